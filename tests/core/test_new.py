"""`kpi new`: the prompts (driven through click's runner), the options and the answer file.

Every route must end in one valid file that the real loader reads with zero errors, with its
comments, in the department's folder; a bad answer is asked again (or refused in scripts).
"""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from catalog_factory import TODAY
from kpi_catalog.authoring.questions import DAY, NUMBER
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.cli import main
from kpi_catalog.files import create_file
from kpi_catalog.i18n.messages import speaking
from kpi_catalog.reading.yaml_reader import parse_yaml

NEW = "kpis/marketing/qualified-leads-per-month.yml"
GOOD_STATEMENT = "Increase qualified leads from 100 to 150 per month by 31 December 2026."


def run(catalog, *args: str, input: str | None = None):
    return CliRunner().invoke(main, ["new", str(catalog.root), "--today", TODAY.isoformat(),
                                     *args], input=input, catch_exceptions=False)


def lines(*answers: str) -> str:
    return "\n".join(answers) + "\n"


def assert_valid(catalog, rel: str = NEW) -> dict:
    """The whole catalog checks without errors and without findings for the new file."""
    result = check_catalog(catalog.root, today=TODAY)
    problems = [d.text() for d in result.diagnostics if d.path == rel or d.severity == "error"]
    assert problems == []
    text = catalog.read(rel)
    assert "# How it is measured" in text and "# Where it belongs" in text  # comments kept
    return parse_yaml(text)


STEPS = [
    "9",          # department: no such number -> asked again
    "hr",         # department: no such id -> asked again
    "markting",   # department: misspelt -> did you mean, asked again
    "1",          # marketing
    "grow-pipeline",
    "1",          # success part: more-leads
    "Qualified leads per month",
    "",           # id: the default, from the name
    "",           # owner: the department's head
    "",           # lifecycle: active
    "",           # metric: required -> the reason, asked again
    "Leads accepted by Sales",
    "leads per month",
    "CRM monthly lead report",
    "",           # method: skipped
    "",           # collected monthly
    "",           # reported monthly
    "higher_is_better",
    "many",       # not a number -> asked again
    "100",
    "2026/01/01",  # not written YYYY-MM-DD -> asked again
    "2026-02-30",  # no such day -> asked again
    "2026-01-01",
    "150",
    "2026-12-31",
]


@pytest.mark.parametrize(("typed", "said"), [
    ("24,5", "write decimals with a point, 24.5."),
    ("0,250", "write decimals with a point, 0.250."),  # no thousand starts with 0
    ("1234,567", "write decimals with a point, 1234.567."),  # nor with 4 digits
    ("1 250", "write it without thousands separators, 1250."),
    ("1.234.567", "write it without thousands separators, 1234567."),
    ("1.234,5", "write it without thousands separators, 1234.5."),
    ("\u22125", "write the minus sign as a hyphen, -5."),  # Word's minus
    ("1,250", "write it with digits and a decimal point"),  # a thousand, or 1.25: not guessed
])
def test_a_number_written_as_reports_write_it_is_answered_with_the_number_to_type(typed,
                                                                                  said):
    """The prompt read written numbers its own way: 0,250 or 1 250 got only "write it with
    digits", though the YAML reader's hints (E106, E203) know what they mean."""
    with pytest.raises(click.BadParameter) as refused:
        NUMBER.convert(typed, None, None)
    assert refused.value.message.startswith(f"`{typed}` is not a number: {said}"), \
        refused.value.message


@pytest.mark.parametrize(("typed", "language", "said"), [
    ("31/12/2027", "en", "`31/12/2027` is not a date written as YYYY-MM-DD. Write it as "
                         "YYYY-MM-DD, the year first: 2027-12-31."),
    ("31.12.2027", "id", "`31.12.2027` bukan tanggal yang ditulis sebagai YYYY-MM-DD. Tulis "
                         "sebagai YYYY-MM-DD, tahun lebih dulu: 2027-12-31."),
    ("12/31/2027", "en", "`12/31/2027` is not a date written as YYYY-MM-DD. Write it as "
                         "YYYY-MM-DD, the year first: 2027-12-31."),
    # either could be meant: both, each named, nothing guessed
    ("03/04/2027", "en", "`03/04/2027` is not a date written as YYYY-MM-DD. Write it as "
                         "YYYY-MM-DD, the year first: 2027-04-03 if the day comes first (as "
                         "in Indonesia), 2027-03-04 if the month does."),
    ("2027-13-01", "id", "`2027-13-01` bukan tanggal yang ada (periksa bulan dan harinya). "
                         "Tidak ada bulan 13: bulan bernomor 01 (Januari) sampai 12 "
                         "(Desember)."),
    # the year first, in another form: the same day, written as the catalog writes it
    ("2027-1-5", "en", "`2027-1-5` is not a date written as YYYY-MM-DD. Write it as "
                       "YYYY-MM-DD: 2027-01-05."),
    ("2027/12/31", "id", "`2027/12/31` bukan tanggal yang ditulis sebagai YYYY-MM-DD. Tulis "
                         "sebagai YYYY-MM-DD: 2027-12-31."),
    ("20271231", "en", "`20271231` is not a date written as YYYY-MM-DD. Write it as "
                       "YYYY-MM-DD: 2027-12-31."),
])
def test_a_date_written_as_people_write_it_is_answered_with_the_date_to_type(typed, language,
                                                                            said):
    """`31/12/2027`, as an Indonesian writes a date, got only "write it as YYYY-MM-DD, like
    2026-12-31" (another date than the one meant)."""
    with speaking(language), pytest.raises(click.BadParameter) as refused:
        DAY.convert(typed, None, None)
    assert refused.value.message == said


@pytest.mark.parametrize("typed", ["24,5", "1 250", "\u22125", "12.5"])
def test_a_number_answer_is_read_once(typed, monkeypatch):
    """The answer was read twice as a written number: for a decimal comma, then again."""
    from kpi_catalog.authoring import questions
    from kpi_catalog.i18n import written_numbers

    reads = []
    real = written_numbers.written_number

    def counted(text):
        reads.append(text)
        return real(text)

    monkeypatch.setattr(written_numbers, "written_number", counted)
    monkeypatch.setattr(questions, "written_number", counted)
    try:
        NUMBER.convert(typed, None, None)
    except click.BadParameter:
        pass
    assert reads == [typed]


@pytest.mark.parametrize(("typed", "number"), [("1.234", 1.234), ("-12.5", -12.5),
                                               ("+3", 3.0), (" 7 ", 7.0)])
def test_a_plain_number_is_taken_as_written(typed, number):
    assert NUMBER.convert(typed, None, None) == number


@pytest.mark.parametrize(("language", "answers", "said", "kept"), [
    # Indonesian words: `ya` was "Error: invalid input", in English, and asked again
    ("id", ["mungkin", "ya"], "`mungkin` bukan jawaban di sini: ketik y untuk ya atau t untuk "
                              "tidak.", True),
    ("id", ["tidak", GOOD_STATEMENT], "? [y/T] ", False),
    ("en", ["maybe", "yes"], "`maybe` is not an answer here: type y for yes or n for no.",
     True),
])
def test_keeping_a_statement_with_warnings_is_answered_in_either_language(
        catalog, language, answers, said, kept):
    result = CliRunner().invoke(
        main, ["--language", language, "new", str(catalog.root), "--today", TODAY.isoformat()],
        input=lines(*STEPS, "More leads.", *answers, ""), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert said in result.output and "invalid input" not in result.output, result.output
    statement = parse_yaml(catalog.read(NEW))["statement"]
    assert statement == ("More leads." if kept else GOOD_STATEMENT)


@pytest.mark.parametrize(("language", "said"), [
    ("id", "Pertanyaan ini perlu dijawab: ketik `Makin tinggi makin baik`, `Makin rendah makin "
           "baik`, atau `Di dalam rentang`."),
    ("en", "An answer is needed here: type `Higher is better`, `Lower is better` or `Within a "
           "range`."),
])
def test_a_choice_left_empty_is_told_the_words_the_prompt_shows(catalog, language, said):
    """The direction left empty was told "higher_is_better, lower_is_better or
    within_range", the file's words, under a prompt offering `Makin tinggi makin baik`."""
    at = STEPS.index("higher_is_better")
    steps = [*STEPS[:at], "", *STEPS[at:]]
    result = CliRunner().invoke(
        main, ["--language", language, "new", str(catalog.root), "--today", TODAY.isoformat()],
        input=lines(*steps, GOOD_STATEMENT, ""), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert said in result.output and "higher_is_better," not in result.output, result.output


@pytest.mark.parametrize(("language", "said"), [("id", "Dibatalkan!"), ("en", "Aborted!")])
def test_questions_left_unanswered_stop_in_the_language_of_the_run(catalog, language, said):
    """The end of the answers (Ctrl-D, a closed input) stops `kpi new` as click does, but
    its "Aborted!" was English after Indonesian questions; nothing is written."""
    before = sorted(catalog.root.rglob("*.yml"))
    result = CliRunner().invoke(
        main, ["--language", language, "new", str(catalog.root), "--today", TODAY.isoformat()],
        input=lines(*STEPS[:2]))
    assert result.exit_code == 1, result.output
    assert result.stderr.rstrip().endswith(said), result.stderr
    assert "Aborted!" not in result.stderr or language == "en"
    assert sorted(catalog.root.rglob("*.yml")) == before


def test_every_step_through_the_prompts(catalog):
    result = run(catalog, input=lines(*STEPS, "More leads.", "n", GOOD_STATEMENT, ""))
    assert result.exit_code == 0, result.output
    out = result.output
    assert "1) marketing: Marketing" in out and "2) sales: Sales" in out
    assert "There is no department `9`" in out and "There is no department `hr`" in out
    assert "There is no department `markting`. Did you mean `marketing`?" in out
    assert "An answer is needed here: What is counted or measured." in out
    assert "`many` is not a number: write it with digits and a decimal point" in out
    assert "`2026/01/01` is not a date written as YYYY-MM-DD. Write it as YYYY-MM-DD: " \
        "2026-01-01." in out
    assert "`2026-02-30` is not a real date (check the month and day)." in out
    assert "valid float" not in out and "does not match the format" not in out
    assert "K102 (warning) The statement states no number" in out
    assert "K103 (warning) The statement states no date" in out
    assert out.count("Statement:") == 2  # asked again after the warnings
    data = assert_valid(catalog)
    assert data == {
        "id": "qualified-leads-per-month", "name": "Qualified leads per month",
        "statement": GOOD_STATEMENT, "department": "marketing", "objective": "grow-pipeline",
        "success_part": "more-leads", "owner": "Head of Marketing", "lifecycle": "active",
        "measurement": {"metric": "Leads accepted by Sales", "unit": "leads per month",
                        "data_source": "CRM monthly lead report",
                        "collection_frequency": "monthly", "reporting_frequency": "monthly"},
        "direction": "higher_is_better",
        "baseline": {"value": 100, "date": "2026-01-01"},
        "target": {"value": 150, "date": "2026-12-31"},
        "actuals": [],
    }


def test_a_choice_may_be_typed_by_its_first_letters_or_its_name(catalog):
    """`higher` was refused ('is not one of `higher_is_better`, ...', with no guess), and an
    Indonesian author could not type the words the site shows them (Bulanan, Aktif)."""
    steps = list(STEPS)
    steps[9] = "Active"                       # lifecycle: the site's name for it
    steps[15:18] = ["half yearly", "Y", "higher"]  # first letters, spaces, any case
    result = run(catalog, input=lines(*steps, GOOD_STATEMENT, ""))
    assert result.exit_code == 0, result.output
    assert "is not one of" not in result.output
    data = parse_yaml(catalog.read(NEW))
    assert data["lifecycle"] == "active" and data["direction"] == "higher_is_better"
    assert data["measurement"]["collection_frequency"] == "half_yearly"
    assert data["measurement"]["reporting_frequency"] == "yearly"


def test_indonesian_prompts_and_names_and_a_decimal_comma(catalog):
    """`kpi --language id new` asked 'Collected' and 'Statement' in English; `24,5` was
    refused with no word of the comma."""
    steps = list(STEPS)
    steps[9] = "aktif"
    steps[15:18] = ["semester", "tahunan", "makin tinggi makin baik"]
    steps[19:20] = ["100,5", "100"]
    result = CliRunner().invoke(main, ["--language", "id", "new", str(catalog.root), "--today",
                                       TODAY.isoformat()], input=lines(*steps, GOOD_STATEMENT,
                                                                       ""),
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Collected" not in out and "Statement" not in out, out
    assert "Dikumpulkan (" in out and "Pernyataan:" in out
    assert "`100,5` bukan angka: tulis desimal dengan titik, 100.5." in out
    data = parse_yaml(catalog.read(NEW))
    assert data["lifecycle"] == "active" and data["direction"] == "higher_is_better"
    assert data["measurement"]["collection_frequency"] == "half_yearly"


def test_a_choice_that_starts_several_words_is_asked_again(catalog):
    steps = list(STEPS)
    steps[15:16] = ["ly", "monthly"]  # no word starts so; then an answer
    result = run(catalog, input=lines(*steps, GOOD_STATEMENT, ""))
    assert result.exit_code == 0, result.output
    assert "`ly` is not one of `Daily`, `Weekly`, `Monthly`, `Quarterly`, `Half-yearly`, " \
        "`Yearly`." in result.output  # the words the prompt shows


def test_a_misspelt_choice_is_answered_with_the_word_shown_for_it(catalog):
    steps = list(STEPS)
    steps[15:16] = ["Mothly", ""]
    result = run(catalog, input=lines(*steps, GOOD_STATEMENT, ""))
    assert result.exit_code == 0, result.output
    assert "`Mothly` is not one of `Daily`, " in result.output
    assert "Did you mean `Monthly`?" in result.output


@pytest.mark.parametrize(("language", "prompts"), [
    ("en", ["Lifecycle (Draft, Active, Retired) [Active]: ",
            "Collected (Daily, Weekly, Monthly, Quarterly, Half-yearly, Yearly) [Monthly]: ",
            "Reported, not more often than collected (Monthly, Quarterly, Half-yearly, "
            "Yearly) [Monthly]: ",
            "Direction (Higher is better, Lower is better, Within a range): "]),
    ("id", ["Tahap (Draf, Aktif, Tidak dipakai lagi) [Aktif]: ",
            "Dikumpulkan (Harian, Mingguan, Bulanan, Triwulanan, Semesteran, Tahunan) "
            "[Bulanan]: ",
            "Dilaporkan, tidak lebih sering daripada dikumpulkan (Bulanan, Triwulanan, "
            "Semesteran, Tahunan) [Bulanan]: ",
            "Arah (Makin tinggi makin baik, Makin rendah makin baik, Di dalam rentang): "]),
])
def test_the_choices_are_offered_in_the_words_a_person_reads(catalog, language, prompts):
    """They were offered as the file writes them, `(daily, ..., half_yearly, yearly)
    [monthly]`, and the reporting frequency's prompt had two sets of brackets."""
    result = CliRunner().invoke(main, ["--language", language, "new", str(catalog.root),
                                       "--today", TODAY.isoformat()],
                                input=lines(*STEPS, GOOD_STATEMENT, ""), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for prompt in prompts:
        assert prompt in result.output, prompt
    assert "half_yearly" not in result.output and ") (" not in result.output
    data = parse_yaml(catalog.read(NEW))  # the defaults, shown by name, are still taken
    assert data["lifecycle"] == "active"
    assert data["measurement"]["collection_frequency"] == "monthly"
    assert data["measurement"]["reporting_frequency"] == "monthly"


@pytest.mark.parametrize(("collected", "example"), [
    ("", "{period: 2026-01, value: 1390"),        # monthly
    ("quarterly", "{period: 2026-Q1, value: 1390"),
    ("weekly", "{period: 2026-W01, value: 1390"),  # the week of 1 January 2026 ends on the 4th
])
def test_the_example_value_is_of_the_kpis_own_periods(catalog, collected, example):
    """The comment above `actuals` showed `{period: 2026-03, ...}` whatever the frequency:
    a month, for a KPI reported quarterly, is a period `kpi actuals import` refuses (E405)."""
    steps = list(STEPS)
    steps[15] = collected
    result = run(catalog, input=lines(*steps, GOOD_STATEMENT, ""))
    assert result.exit_code == 0, result.output
    assert "#   - " + example in catalog.read(NEW)


def test_a_department_and_an_objective_may_be_typed_by_the_name_the_list_shows(catalog):
    """The lists show `1) marketing: Marketing`; typing the name was refused ('There is no
    department `Marketing`'), and in Indonesian every name differs from its id."""
    steps = ["Marketing", " grow the SALES pipeline ", *STEPS[5:]]
    result = run(catalog, input=lines(*steps, GOOD_STATEMENT, ""))
    assert result.exit_code == 0, result.output
    assert "There is no" not in result.output
    data = assert_valid(catalog)
    assert (data["department"], data["objective"]) == ("marketing", "grow-pipeline")


def test_a_statement_with_warnings_can_be_kept(catalog):
    statement = "Increase qualified leads from 100 to 150 per month."
    result = run(catalog, input=lines(*STEPS, statement, "y", ""))
    assert result.exit_code == 0, result.output
    assert "K103 (warning)" in result.output
    found = check_catalog(catalog.root, today=TODAY).diagnostics
    assert [(d.path, d.code) for d in found] == [(NEW, "K103")]  # kept, and still reported


def test_a_statement_whose_numbers_disagree_is_explained(catalog):
    wrong = "Increase qualified leads from 90 to 150 per month by 31 December 2026."
    result = run(catalog, input=lines(*STEPS, wrong, "n", GOOD_STATEMENT, ""))
    assert result.exit_code == 0, result.output
    assert "K113 (warning) The statement says `from 90 to 150` but baseline.value is 100" \
        in result.output
    assert_valid(catalog)


def test_rules_the_catalog_makes_errors_cannot_be_kept(catalog):
    catalog.write("kpis/catalog.yml", "rules: {K103: error}\n")
    no_date = "Increase qualified leads from 100 to 150 per month."
    result = run(catalog, input=lines(*STEPS, no_date, GOOD_STATEMENT, ""))
    assert result.exit_code == 0, result.output
    assert "K103 (error)" in result.output
    assert "Keep this statement anyway" not in result.output
    assert_valid(catalog)


def test_a_target_that_does_not_beat_the_baseline_is_asked_again(catalog):
    # Enter keeps the direction asked again (higher_is_better)
    steps = STEPS[:-2] + ["90", "2026-12-31", "", "100", "2026-01-01", "150", "2026-12-31"]
    result = run(catalog, input=lines(*steps, GOOD_STATEMENT, ""))
    assert result.exit_code == 0, result.output
    assert "K105 (error) The target 90 is not higher than the baseline 100" in result.output
    assert "Give the direction (Enter keeps it), the baseline and the target again." \
        in result.output
    data = parse_yaml(catalog.read(NEW))
    assert data["target"] == {"value": 150, "date": "2026-12-31"}
    assert data["direction"] == "higher_is_better"


def test_a_direction_given_the_wrong_way_can_be_corrected_in_place(catalog):
    """K105 says "or, if lower is better, set `direction: lower_is_better`", but only the
    baseline and target were asked again: a wrong direction meant starting over."""
    statement = "Cut qualified leads lost from 100 to 90 per month by 31 December 2026."
    steps = STEPS[:-2] + ["90", "2026-12-31", "lower", "100", "2026-01-01", "90", "2026-12-31"]
    result = run(catalog, input=lines(*steps, statement, ""))
    assert result.exit_code == 0, result.output
    data = parse_yaml(catalog.read(NEW))
    assert data["direction"] == "lower_is_better"
    assert data["target"] == {"value": 90, "date": "2026-12-31"}


def test_a_new_success_part_is_added_to_objectives_yml(catalog):
    before = catalog.read("kpis/objectives.yml")
    steps = STEPS[:5] + ["new", "more-qualified-leads", "Leads that Sales accepts."] + STEPS[6:]
    result = run(catalog, input=lines(*steps, GOOD_STATEMENT, ""))
    assert result.exit_code == 0, result.output
    after = catalog.read("kpis/objectives.yml")
    assert after == before + ("      - id: more-qualified-leads\n"
                              "        description: Leads that Sales accepts.\n")
    assert parse_yaml(catalog.read(NEW))["success_part"] == "more-qualified-leads"
    assert_valid(catalog)


OPTIONS = [
    "--name", "Qualified leads per month", "--department", "marketing",
    "--objective", "grow-pipeline", "--success-part", "more-leads",
    "--metric", "Leads accepted by Sales", "--unit", "leads per month",
    "--data-source", "CRM monthly lead report",
    "--direction", "higher_is_better", "--baseline-value", "100",
    "--baseline-date", "2026-01-01", "--target-value", "150", "--target-date", "2026-12-31",
    "--statement", GOOD_STATEMENT,
]


def test_every_answer_from_options(catalog):
    result = run(catalog, "--no-input", *OPTIONS, "--id", "sql-leads", "--owner", "Ayu")
    assert result.exit_code == 0, result.output
    rel = "kpis/marketing/sql-leads.yml"
    data = assert_valid(catalog, rel)
    assert (data["id"], data["owner"], data["measurement"]["reporting_frequency"]) == (
        "sql-leads", "Ayu", "monthly")


def test_every_answer_from_a_json_file_with_a_range_and_a_new_part(catalog, tmp_path):
    answers = {
        "name": "Days of stock: in range", "department": "sales", "objective": "grow-pipeline",
        "success_part": "balanced-stock",
        "success_part_description": "Stock: neither short nor idle.",
        "metric": "Days of stock", "unit": "days", "data_source": "ERP",
        "direction": "within_range",
        "baseline_value": 40, "baseline_date": "2026-01-01", "target_min": 20, "target_max": 30,
        "target_date": "2026-12-31", "method": "Stock value divided by\ndaily cost of sales.\n",
        "statement": "Bring days of stock from 40 into 20 to 30 days by 31 December 2026.",
        "description": "Yes: \"idle\" stock costs money.\n\nShort stock loses sales.",
    }
    (tmp_path / "a.json").write_text(json.dumps(answers), encoding="utf-8")
    result = run(catalog, "--no-input", "--answers", str(tmp_path / "a.json"))
    assert result.exit_code == 0, result.output
    data = assert_valid(catalog, "kpis/sales/days-of-stock-in-range.yml")
    assert data["target"] == {"min": 20, "max": 30, "date": "2026-12-31"}
    assert data["measurement"]["method"] == answers["method"]
    assert data["description"] == answers["description"]
    assert data["name"] == answers["name"]
    assert "balanced-stock" in catalog.read("kpis/objectives.yml")


def test_options_win_over_the_answer_file(catalog, tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"name": "From the file", "unit": "x"}))
    result = run(catalog, "--no-input", "--answers", str(tmp_path / "a.json"), *OPTIONS)
    assert result.exit_code == 0, result.output
    assert parse_yaml(catalog.read(NEW))["measurement"]["unit"] == "leads per month"


@pytest.mark.parametrize(("extra", "said"), [
    (["--department", "hr"], "answer `department`: There is no department `hr`"),
    (["--department", "sale"], "There is no department `sale`. Did you mean `sales`?"),
    (["--baseline-value", "many"], "answer `baseline_value`: `many` is not a number"),
    (["--direction", "up"], "`up` is not one of `Higher is better`, "),
    (["--target-date", "31/12/2026"], "answer `target_date`"),
    (["--id", "new-leads"], "there is already a KPI `new-leads`"),
    (["--id", "Not A Slug"], "`Not A Slug` is not a valid id"),
    (["--target-value", "90"], "K105 (error) The target 90 is not higher than the baseline"),
])
def test_a_wrong_answer_in_a_script_is_a_usage_error(catalog, extra, said):
    before = catalog.read("kpis/marketing/new-leads.yml")
    result = run(catalog, "--no-input", *OPTIONS, *extra)
    assert result.exit_code == 2, result.output
    assert said in result.output
    assert catalog.read("kpis/marketing/new-leads.yml") == before  # never overwritten
    assert not catalog.path(NEW).exists()


def test_a_missing_answer_in_a_script_is_named(catalog):
    without_unit = [a for a in OPTIONS if a not in ("--unit", "leads per month")]
    result = run(catalog, "--no-input", *without_unit)
    assert result.exit_code == 2
    assert "the answer `unit` is missing: give --unit" in result.output


def test_an_answer_file_with_an_unknown_answer_is_refused(catalog, tmp_path):
    (tmp_path / "a.json").write_text('{"nmae": "x"}')
    result = run(catalog, "--no-input", "--answers", str(tmp_path / "a.json"))
    assert result.exit_code == 2
    assert "nmae is not an answer" in result.output
    (tmp_path / "b.json").write_text('{"name": ')
    result = run(catalog, "--no-input", "--answers", str(tmp_path / "b.json"))
    assert result.exit_code == 2 and "is not JSON at line 1" in result.output


def test_a_statement_with_warnings_is_written_from_a_script(catalog):
    result = run(catalog, "--no-input", *OPTIONS[:-1], "More leads by 2026.")
    assert result.exit_code == 0, result.output
    assert result.output.count("K102") == 1, result.output  # said once, located in the file
    assert f"{NEW.removeprefix('kpis/')}:7:1: K102 [warning]" in result.output
    assert parse_yaml(catalog.read(NEW))["statement"] == "More leads by 2026."


def test_create_file_never_overwrites_and_leaves_nothing_behind(tmp_path):
    target = tmp_path / "kpis" / "a.yml"
    create_file(target, "first\n")
    with pytest.raises(FileExistsError):
        create_file(target, "second\n")
    assert target.read_text() == "first\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.yml"]  # no temporary file


def test_an_answer_the_model_refuses_is_explained_not_asked_forever(catalog):
    result = run(catalog, "--no-input", *OPTIONS, "--lifecycle", "draft", "--unit", " ")
    assert result.exit_code == 2
    assert "`unit`: the text is empty" in result.output
    assert "correct the answers above" in result.output


def test_control_characters_in_a_one_line_answer_are_refused(catalog):
    """A name is one line: the model refuses line breaks and control characters, so no
    file is written that would hold them."""
    name = "Leads\x00 per\u2028month\nnew"
    result = run(catalog, "--no-input", *OPTIONS, "--name", name, "--id", "odd-leads")
    assert result.exit_code == 2, result.output
    assert "must be one line" in result.output
    assert not catalog.path("kpis/marketing/odd-leads.yml").exists()


def test_unusual_characters_in_answers_stay_inside_their_quoted_value(catalog):
    name = "Leads \u202eper\u202c month \u200b# not a comment: {x} 'q' \"d\""
    result = run(catalog, "--no-input", *OPTIONS, "--name", name, "--id", "odd-leads")
    assert result.exit_code == 0, result.output
    text = catalog.read("kpis/marketing/odd-leads.yml")
    assert parse_yaml(text)["name"] == name
