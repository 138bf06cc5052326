"""Spreadsheets as people export them: decimal commas, rows left blank, and a database that
is not made yet."""

from __future__ import annotations

import pytest
from actuals_helpers import kpi, snapshot

CSAT = "kpis/customer-service/contact-csat.yml"  # monthly, % of answers, values up to 2026-10
DAY = "2026-12-20"


def _import(repo, tmp_path, text: str, *options: str, name: str = "values.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kpi("actuals", "import", str(path), str(repo / "kpis"), "--today", DAY, *options), path


# --- decimal commas -----------------------------------------------------------------------


def test_a_file_separated_by_semicolons_takes_decimal_commas(repo, tmp_path):
    result, _ = _import(repo, tmp_path, "kpi;period;value;note\ncontact-csat;2026-11;38,5;\n")
    assert result.exit_code == 0, result.output
    assert "{period: 2026-11, value: 38.5}" in (repo / CSAT).read_text()


@pytest.mark.parametrize("text, options", [
    ("kpi\tperiod\tvalue\ncontact-csat\t2026-11\t38,5\n", ("--decimal-comma",)),
    ('kpi,period,value\ncontact-csat,2026-11,"38,5"\n', ("--decimal-comma",)),
    ('{"kpi": "contact-csat", "period": "2026-11", "value": "38,5"}\n', ("--decimal-comma",)),
])
def test_decimal_commas_when_asked_for(repo, tmp_path, text, options):
    name = "values.jsonl" if text.startswith("{") else "values.csv"
    result, _ = _import(repo, tmp_path, text, *options, name=name)
    assert result.exit_code == 0, result.output
    assert "{period: 2026-11, value: 38.5}" in (repo / CSAT).read_text()


@pytest.mark.parametrize("value", ["1.234,5", "1.234", "38,5,1"])
def test_thousands_separators_stay_refused_with_decimal_commas(repo, tmp_path, value):
    before = snapshot(repo / "kpis")
    result, path = _import(repo, tmp_path, f"kpi;period;value\ncontact-csat;2026-11;{value}\n")
    assert result.exit_code == 1
    assert f"{path}:2:22: E406 `{value}` is not a number." in result.output
    assert "without thousands separators" in result.output
    assert snapshot(repo / "kpis") == before


@pytest.mark.parametrize(("value", "language", "said"), [
    ("187.500", "en", "Write it without thousands separators: 187500 (this file writes decimals "
                      "with a comma)."),
    ("1.234,5", "id", "Tulis tanpa pemisah ribuan: 1234,5 (berkas ini menulis desimal dengan "
                      "koma)."),
])
def test_a_number_with_thousands_separators_is_answered_with_the_number_to_write(
        repo, tmp_path, value, language, said):
    """A spreadsheet set to Indonesian saves a cell formatted with thousands separators as
    `187.500`; the hint gave the rule only ("1234,5, not 1.234,5 or 1.234"), not the number."""
    before = snapshot(repo / "kpis")
    path = tmp_path / "values.csv"
    path.write_text(f"kpi;period;value\ncontact-csat;2026-11;{value}\n", encoding="utf-8")
    result = kpi("--language", language, "actuals", "import", str(path), str(repo / "kpis"),
                 "--today", DAY)
    assert result.exit_code == 1 and said in result.output, result.output
    assert snapshot(repo / "kpis") == before


def test_a_decimal_comma_without_the_option_says_how_to_take_it(repo, tmp_path):
    result, path = _import(repo, tmp_path, "kpi\tperiod\tvalue\ncontact-csat\t2026-11\t38,5\n")
    assert result.exit_code == 1 and f"{path}:2:22: E406 `38,5` is not a number" in result.output
    assert "--decimal-comma" in result.output


# --- rows left blank ----------------------------------------------------------------------


def test_rows_left_blank_are_skipped_with_one_line(repo, tmp_path):
    template = kpi("due", str(repo / "kpis"), "--today", DAY, "--format", "csv").output
    lines = template.splitlines()
    blank = len(lines) - 2
    filled = [lines[0], *(line.replace(",,,", ",85.5,,", 1) if line.startswith("contact-csat,")
                          else line for line in lines[1:])]
    assert sum(line.startswith("contact-csat,") for line in filled) == 1
    before = snapshot(repo / "kpis")
    result, _ = _import(repo, tmp_path, "\n".join(filled) + "\n")
    assert result.exit_code == 0, result.output
    assert f"{blank} rows left blank: not imported." in result.output
    assert "Wrote 1 value in 1 KPI file." in result.output
    changed = [name for name, data in snapshot(repo / "kpis").items() if before[name] != data]
    assert changed == [CSAT.removeprefix("kpis/")]


def test_a_file_of_blank_rows_writes_nothing(repo, tmp_path):
    before = snapshot(repo / "kpis")
    result, _ = _import(repo, tmp_path, "kpi,period,value,note\ncontact-csat,2026-11,,\n"
                                        "corporate-dso,2026-11,,\n")
    assert result.exit_code == 0
    assert "2 rows left blank: not imported." in result.output
    assert "Nothing to change" in result.output and snapshot(repo / "kpis") == before


def test_a_blank_row_does_not_hide_a_malformed_one(repo, tmp_path):
    result, path = _import(repo, tmp_path, "kpi,period,value,note\ncontact-csat,2026-11,,\n"
                                           "corporate-dso,2026-11,n/a,\n"
                                           "online-gmv,2026-11,,only a note\n")
    assert result.exit_code == 1
    assert f"{path}:3:23: E406 `n/a` is not a number." in result.output
    assert f"{path}:4:20: E406 The value is empty." in result.output
    assert "1 row left blank: not imported." in result.output


# --- a database that is not made yet -----------------------------------------------------


def test_pull_before_the_example_database_exists_says_how_to_make_it(repo, tmp_path,
                                                                     monkeypatch):
    examples = repo / "examples"
    examples.mkdir(exist_ok=True)  # the repo may hold examples/dbt's manifest already
    (examples / "build_actuals_db.py").write_text("# builds actuals.sqlite\n")
    monkeypatch.chdir(repo)
    result = kpi("actuals", "pull", "kpis", "--database", "sqlite:///examples/actuals.sqlite")
    assert result.exit_code == 1
    assert "there is no database file at examples/actuals.sqlite. Make it first: " \
           "python examples/build_actuals_db.py" in result.output
    assert not (examples / "actuals.sqlite").exists()
    elsewhere = kpi("actuals", "pull", "kpis", "--database", f"sqlite:///{tmp_path}/none.db")
    assert f"there is no database file at {tmp_path}/none.db" in elsewhere.output
    assert "sqlite:////absolute/path.sqlite" in elsewhere.output
