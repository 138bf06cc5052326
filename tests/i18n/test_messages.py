"""The tool speaks the catalog's language: the message catalogs are complete and keep every
placeholder, and `kpi` picks its language from `--language`, KPI_LANGUAGE, catalog.yml or
the POSIX locale (LC_ALL, LC_MESSAGES, LANG)."""

from __future__ import annotations

import pytest
from babel.messages.catalog import Message
from click.testing import CliRunner

from catalog_factory import catalog_files, kpi_data, write_catalog
from kpi_catalog.cli import main
from kpi_catalog.i18n import catalogs
from kpi_catalog.i18n.labels import EN, labels
from kpi_catalog.i18n.messages import (
    _,
    current_language,
    locale_language,
    ngettext,
    speaking,
)
from kpi_catalog.reading.yaml_reader import YamlProblem, parse_yaml

TODAY = ["--today", "2026-11-27"]


# --- the catalogs ------------------------------------------------------------------------


def test_every_message_has_its_translation_and_the_catalogs_are_compiled():
    found = catalogs.problems()
    assert not found, (f"run `{catalogs.REFRESH_COMMAND}` and translate what it lists in the "
                       ".po file (see TEAM.md, How to write a message):\n" + "\n".join(found))


def test_every_translation_keeps_the_placeholders_and_the_code_of_its_message():
    wrong = [f"{message.id!r}: {problem}" for language in catalogs.TRANSLATED
             for message in catalogs.read(language) if message.id
             for problem in catalogs.translation_problems(message)]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(("english", "translation", "problem"), [
    ("`{name}` must be a number.", "`{nama}` harus berupa angka.", "placeholders"),
    ("`{name}` must be a number.", "Harus berupa angka.", "placeholders"),
    ("Set `lifecycle: draft` first.", "Tulis `siklus: draf` dulu.", "code"),
    ("{count} errors", "{count} kesalahan}", "placeholders"),
])
def test_a_translation_that_loses_a_placeholder_or_code_is_reported(english, translation,
                                                                     problem):
    found = catalogs.translation_problems(Message(english, translation))
    assert found and problem in found[0]


def test_an_example_in_plain_words_may_be_translated_but_code_may_not():
    message = Message("A question (`Are shoppers coming back?`); run `kpi validate`.",
                      "Pertanyaan (`Apakah pembeli kembali?`); jalankan `kpi validate`.")
    assert catalogs.translation_problems(message) == []


def test_every_label_has_an_indonesian_text():
    english, indonesian = labels("en"), labels("id")
    same = [key for key in EN if indonesian[key] == english[key]]
    # words that are the same in both languages
    assert set(same) <= {"field.status", "field.target", "field.kpi", "section.kpis",
                         "field.kpi_count", "text.history_commit", "text.history_language",
                         "text.history_author",
                         "chart.target", "visibility.internal", "link.json", "field.id"}, same


# --- the mechanism -----------------------------------------------------------------------


def test_a_message_is_made_in_the_language_spoken_with_its_values_filled_in():
    with speaking("id"):
        assert current_language() == "id"
        message = _("(field `{field}`)", field="target.value")
        plural = ngettext("{count} error", "{count} errors", 3, count=3)
    assert message == "(kolom `target.value`)"
    assert plural == "3 kesalahan"
    assert current_language() == "en"
    assert ngettext("{count} error", "{count} errors", 1, count=1) == "1 error"


@pytest.mark.parametrize("language, expected", [
    ("en", "All good: 30,000 KPIs checked, no problems found."),
    ("id", "Semua baik: 30.000 KPI diperiksa, tidak ada masalah.")])
def test_a_count_is_written_as_the_language_writes_numbers(language, expected):
    """`kpi validate` of a large catalog said "30000 KPIs" in both languages."""
    from kpi_catalog.checking.reporting import summary

    with speaking(language):
        assert summary([], 30_000) == expected
        assert ngettext("{count} error", "{count} errors", 1_250, count=1_250) in (
            "1,250 errors", "1.250 kesalahan")


def test_a_value_that_looks_like_a_placeholder_is_shown_as_written():
    with speaking("id"):
        assert _("(field `{field}`)", field="{x}") == "(kolom `{x}`)"


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="use one of en, id"), speaking("fr"):
        pass


# --- the `kpi` command -------------------------------------------------------------------


def _catalog(tmp_path, language: str | None):
    config = {"name": "Test", "language": language} if language else None
    root = write_catalog(tmp_path / "repo" / "kpis",
                         catalog_files([kpi_data(review_date="2026-01-15")], config=config))
    (tmp_path / "repo" / ".git").mkdir()
    return root


def kpi(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env or {}, catch_exceptions=False)


def test_validate_speaks_the_language_of_an_indonesian_catalog(tmp_path):
    root = _catalog(tmp_path, "id")
    result = kpi("validate", str(root), *TODAY)
    assert result.exit_code == 0, result.output
    last = result.stdout.splitlines()[-1]
    assert last == "Katalog valid: 0 kesalahan, 1 peringatan di 1 berkas (1 KPI diperiksa)."
    assert "[peringatan]" in result.stdout and "(kolom `review_date`)" in result.stdout
    assert "K109" in result.stdout  # codes stay the same in every language


@pytest.mark.parametrize("language", [None, "en"])
def test_validate_speaks_english_for_an_english_catalog(tmp_path, language):
    result = kpi("validate", str(_catalog(tmp_path, language)), *TODAY)
    assert result.stdout.splitlines()[-1] == ("The catalog is valid: 0 errors, 1 warning in 1 "
                                              "file (1 KPI checked).")


def test_the_language_can_be_chosen_for_one_run(tmp_path):
    root = str(_catalog(tmp_path, "id"))
    option = kpi("--language", "en", "validate", root, *TODAY).stdout
    variable = kpi("validate", root, *TODAY, env={"KPI_LANGUAGE": "en"}).stdout
    assert option == variable
    assert option.splitlines()[-1].startswith("The catalog is valid: ")
    english = kpi("validate", str(_catalog(tmp_path / "en", "en")), *TODAY,
                  env={"KPI_LANGUAGE": "id"})
    assert english.stdout.splitlines()[-1].startswith("Katalog valid: ")


@pytest.mark.parametrize(("environ", "language"), [
    ({"LANG": "id_ID.UTF-8"}, "id"),
    ({"LANG": "id"}, "id"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LC_MESSAGES": "id_ID.UTF-8", "LANG": "en_US.UTF-8"}, "id"),
    ({"LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "id_ID", "LANG": "id_ID.UTF-8"}, "en"),
    ({"LC_ALL": "", "LANG": "id_ID.UTF-8@currency=IDR"}, "id"),  # empty is unset
    ({"LC_ALL": "C", "LANG": "id_ID.UTF-8"}, None),  # C decides: the default
    ({"LANG": "C.UTF-8"}, None),
    ({"LANG": "POSIX"}, None),
    ({"LANG": "fr_FR.UTF-8"}, None),  # a language the tool does not speak
    ({}, None),
])
def test_the_locale_language_is_read_as_gettext_reads_it(environ, language):
    assert locale_language(environ) == language


def test_the_locale_is_the_last_source_of_the_language(tmp_path):
    """LANG was not read: a department head whose computer is set to Indonesian read
    English where no catalog names a language."""
    locale = {"LANG": "id_ID.UTF-8"}
    missing = str(tmp_path / "nowhere")
    assert "Tidak ada folder katalog" in kpi("due", missing, env=locale).output
    assert "There is no catalog folder" in kpi("due", missing, env={
        "LANG": "id_ID.UTF-8", "LC_ALL": "C.UTF-8"}).output
    unnamed = str(_catalog(tmp_path / "none", None))
    said = kpi("validate", unnamed, *TODAY, env=locale).stdout.splitlines()[-1]
    assert said.startswith("Katalog valid: "), said
    said = kpi("validate", unnamed, *TODAY, env={**locale, "KPI_LANGUAGE": "en"})
    assert said.stdout.splitlines()[-1].startswith("The catalog is valid: ")
    said = kpi("--language", "en", "validate", unnamed, *TODAY, env=locale)
    assert said.stdout.splitlines()[-1].startswith("The catalog is valid: ")
    english = str(_catalog(tmp_path / "en", "en"))  # the catalog's language comes first
    said = kpi("validate", english, *TODAY, env=locale).stdout.splitlines()[-1]
    assert said.startswith("The catalog is valid: "), said


def test_help_speaks_the_locale_language_outside_a_catalog(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert "Tampilkan pesan ini lalu keluar." in kpi("--help", env={
        "LANG": "id_ID.UTF-8"}).stdout
    assert "Show this message and exit." in kpi("--help").stdout


def test_an_unknown_language_option_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["--language", "fr", "validate", str(tmp_path)])
    assert result.exit_code == 2 and "'fr' is not one of 'en', 'id'" in result.output


def test_a_broken_catalog_yml_is_reported_in_english(tmp_path):
    root = _catalog(tmp_path, "id")
    (root / "catalog.yml").write_text("language: [id\n", encoding="utf-8")
    result = kpi("validate", str(root), *TODAY)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1].startswith("The catalog is not valid: 1 error, ")


def test_a_run_leaves_the_language_it_found(tmp_path):
    kpi("validate", str(_catalog(tmp_path, "id")), *TODAY)
    assert current_language() == "en"


# --- --help ------------------------------------------------------------------------------


def test_help_speaks_the_language_of_the_catalog_of_the_folder(tmp_path, monkeypatch):
    _catalog(tmp_path, "id")
    monkeypatch.chdir(tmp_path / "repo")
    group = kpi("--help").stdout
    assert "periksa, jelaskan, dan ekspor katalog KPI" in group
    assert "Tampilkan pesan ini lalu keluar." in group  # click's own help option too
    command = kpi("validate", "--help").stdout
    assert "Periksa setiap berkas di folder CATALOG" in command
    assert "Peringatan juga menggagalkan pemeriksaan" in command
    english = kpi("--language", "en", "validate", "--help").stdout
    assert "Check every file of the CATALOG folder" in english
    assert kpi("--help", env={"KPI_LANGUAGE": "en"}).stdout.count("Show the version") == 1



# --- a YAML parser's words -----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "name: New leads\n\tunit: leads\n",          # a tab
    "name: Leads: new per month\n",             # a colon in plain text
    "tags: [pipeline\nowner: Sales\n",          # a bracket left open
    "thresholds: {green: 1\nowner: Sales\n",    # a brace left open
    "name: 'New leads\n",                       # a quote left open
    "name: \"New \\q leads\"\n",                # an unknown escape
    "- pipeline\nname: New leads\n",            # a list, then a field
    "name: New leads\n- pipeline\n",            # a field, then a list
    "measurement:\n  metric: Leads\n unit: leads\n",  # no group fits the line
    "note: >\n\tkept\n",                        # a tab in a block text
])
def test_the_yaml_parsers_problem_is_said_in_indonesian_too(text):
    """E101 quotes the parser's problem: in Indonesian it was left in English ('Ini bukan
    YAML yang valid: found a tab character that violates indentation.')."""
    said = {}
    for language in ("en", "id"):
        with speaking(language), pytest.raises(YamlProblem) as raised:
            parse_yaml(text)
        said[language] = raised.value
    english, indonesian = said["en"], said["id"]
    assert indonesian.code == english.code
    if english.message.startswith("This is not valid YAML: "):
        problem = english.message.removeprefix("This is not valid YAML: ").rstrip(".")
        assert problem not in indonesian.message, indonesian.message


def test_a_quote_left_open_is_named_where_it_opens_in_indonesian_too():
    text = 'name: "New leads\nowner: Sales\nunit: "%"\n'
    with speaking("id"), pytest.raises(YamlProblem) as raised:
        parse_yaml(text)
    problem = raised.value
    assert (problem.line, problem.column) == (1, 7)
    assert problem.message == ("Tanda kutip yang dibuka di baris 1 tidak pernah ditutup: "
                               'nilainya berlanjut sampai tanda " berikutnya, di baris 3.')
    assert problem.hint == 'Tutup di baris 1: name: "New leads"'
