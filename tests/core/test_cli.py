"""The `kpi` command through click's test runner: exit codes, formats, schema, export."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from kpi_catalog.cli import main
from kpi_catalog.export.tables import CSV_COLUMNS
from kpi_catalog.reading.file_kinds import FILE_KINDS

KPI = "kpis/marketing/new-leads.yml"
WON_DEALS = "kpis/sales/won-deals.yml"
TODAY = ["--today", "2026-11-27"]


def kpi(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


# --- validate: exit codes --------------------------------------------------------------


def test_validate_a_valid_catalog_exits_0(catalog):
    result = kpi("validate", str(catalog.root), *TODAY)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1].startswith("All good: 2 KPIs checked")


def test_validate_an_invalid_catalog_exits_1(catalog):
    catalog.edit(KPI, "direction: higher_is_better", "direction: up")
    result = kpi("validate", str(catalog.root), *TODAY)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "kpis/marketing/new-leads.yml:15:1: E204 `up` is not a valid `direction`. "
        "(field `direction`) Use one of: 'higher_is_better', 'lower_is_better' or "
        "'within_range'.")
    assert lines[-1] == ("The catalog is not valid: 1 error, 0 warnings in 1 file "
                         "(1 KPI checked).")
    assert lines[-2] == ("Each code is explained at https://nusantara-retail.github.io/"
                         "kpi-catalog/errors/ (E...) and https://nusantara-retail.github.io/"
                         "kpi-catalog/rules/ (K...).")


def test_a_note_is_shown_but_neither_counted_as_a_warning_nor_failing(catalog):
    catalog.write("kpis/marketing/won-deals.yml.bak", "id: won-deals\n")
    result = kpi("validate", str(catalog.root), *TODAY)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("kpis/marketing/won-deals.yml.bak:1:1: E308 [info] ")
    assert lines[-1] == ("The catalog is valid: 0 errors, 0 warnings, 1 note in 1 file "
                         "(2 KPIs checked).")
    github = kpi("validate", str(catalog.root), "--format", "github", *TODAY).stdout
    assert github.startswith("::notice file=kpis/marketing/won-deals.yml.bak,")
    report = json.loads(kpi("validate", str(catalog.root), "--format", "json", *TODAY).stdout)
    assert (report["valid"], report["warnings"]) == (True, 0)
    assert report["diagnostics"][0]["doc"].endswith("/errors/E308/")


def test_validate_finds_the_catalog_of_the_current_repository(catalog, monkeypatch):
    monkeypatch.chdir(catalog.path("kpis/marketing"))
    result = kpi("validate", *TODAY)
    assert result.exit_code == 0, result.output
    assert "2 KPIs checked" in result.stdout


@pytest.mark.parametrize("args, words", [
    (["validate", "no/such/folder"], "no catalog folder"),
    (["validate", "--format", "xml"], "'xml' is not one of"),
    (["validate", "--today", "27/11/2026"], "`27/11/2026` is not a date written as YYYY-MM-DD"),
    (["validate", "--bogus"], "No such option"),
    (["frobnicate"], "No such command"),
    (["schema", "nonsense"], "'nonsense' is not one of"),
    (["export", "--format", "xlsx"], "'xlsx' is not one of"),
])
def test_usage_errors_exit_2(catalog, monkeypatch, args, words):
    monkeypatch.chdir(catalog.repo)
    result = kpi(*args)
    assert result.exit_code == 2, result.output
    assert words in result.output


@pytest.mark.parametrize("args", [
    ["--language", "id", "diff", "--bogus"],
    ["--language", "id", "validate", "no/such/folder"],
    ["--language", "id", "frobnicate"],  # before `main` chooses the language
])
def test_a_usage_error_speaks_the_language_of_the_run(catalog, monkeypatch, args):
    """click writes "Usage:" and "Error:" in English (its gettext follows the process's
    locale): the `kpi` command says them in the language it speaks."""
    monkeypatch.chdir(catalog.repo)
    result = kpi(*args)
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert lines[0].startswith("Penggunaan: main "), result.stderr
    assert lines[1].startswith("Coba 'main ") and lines[1].endswith(" --help' untuk bantuan.")
    assert lines[-1].startswith("Kesalahan: ") and "Error" not in result.stderr
    english = kpi(*args[2:])
    assert english.stderr.splitlines()[0].startswith("Usage: main ")
    assert english.stderr.splitlines()[-1].startswith("Error: ")


def test_help_starts_with_usage_in_the_language_of_the_run(catalog, monkeypatch):
    monkeypatch.chdir(catalog.repo)
    assert kpi("--language", "id", "diff", "--help").stdout.startswith("Penggunaan: main diff ")
    assert kpi("diff", "--help").stdout.startswith("Usage: main diff ")


# In English, click's own words, which change between its releases (8.2: `No such option:
# --formt Did you mean --format?`, 8.5: `No such option '--formt'. Did you mean '--format'?`):
# the words every release has.
@pytest.mark.parametrize(("args", "indonesian", "english"), [
    (["diff", "--formt", "json"], "Tidak ada opsi '--formt'. Maksud Anda '--format'?",
     ("No such option", "--formt", "Did you mean", "--format")),
    (["due", "--format", "xml"], "Nilai tidak valid untuk '--format': 'xml' bukan salah satu "
                                 "dari 'text', 'csv', atau 'json'.",
     ("Invalid value for", "--format", "'xml' is not one of", "'json'")),
    (["actuals", "import"], "Argumen 'FILE' belum diberikan.", ("Missing argument", "FILE")),
])
def test_clicks_own_problems_speak_the_language_of_the_run(catalog, monkeypatch, args,
                                                           indonesian, english):
    """An unknown option, a value not among the choices, a missing argument: click's words
    were English after "Kesalahan:"; in English they stay click's."""
    monkeypatch.chdir(catalog.repo)
    said = kpi("--language", "id", *args)
    assert said.exit_code == 2
    assert said.stderr.splitlines()[-1] == f"Kesalahan: {indonesian}", said.stderr
    last = kpi(*args).stderr.splitlines()[-1]
    assert last.startswith("Error: ") and all(words in last for words in english), last


@pytest.mark.parametrize("command", [["status"], ["diff"], ["due"]])
@pytest.mark.parametrize(("day", "english", "indonesian", "fix"), [
    ("2026-02-30", "is not a real date (check the month and day)", "bukan tanggal yang ada",
     "2026-12-31"),
    ("30/12/2026", "is not a date written as YYYY-MM-DD", "bukan tanggal yang ditulis",
     "2026-12-30"),
    ("1800-01-01", "is outside the years 1900 to 2200", "di luar tahun 1900 sampai 2200",
     "1900"),
])
def test_a_today_that_is_no_day_is_said_as_a_kpi_files_date_is(catalog, monkeypatch, command,
                                                                 day, english, indonesian, fix):
    """`--today 2026-02-30` was refused in click's English, "does not match the format
    '%Y-%m-%d'", of a date in that very format; now as a KPI file's date, in both languages,
    with how to write it."""
    monkeypatch.chdir(catalog.repo)
    said = kpi(*command, "--today", day)
    assert said.exit_code == 2, said.output
    last = said.stderr.splitlines()[-1]
    assert last.startswith("Error: Invalid value for '--today': ") and english in last, last
    assert fix in last, last  # how to write it, or the years
    translated = kpi("--language", "id", *command, "--today", day).stderr.splitlines()[-1]
    assert translated.startswith("Kesalahan: Nilai tidak valid untuk '--today': ")
    assert indonesian in translated and "%Y" not in translated, translated


def test_help_headings_are_in_the_language_of_the_run(catalog, monkeypatch):
    """The help said "Options:" and "Commands:" in English under an Indonesian usage line."""
    monkeypatch.chdir(catalog.repo)
    indonesian = kpi("--language", "id", "--help").stdout + kpi(
        "--language", "id", "actuals", "--help").stdout
    assert indonesian.count("\nOpsi:\n") == 2 and indonesian.count("\nPerintah:\n") == 2
    assert "Options:" not in indonesian and "Commands:" not in indonesian
    assert "\nOpsi:\n" in kpi("--language", "id", "diff", "--help").stdout
    english = kpi("--help").stdout
    assert "\nOptions:\n" in english and "\nCommands:\n" in english


def test_clicks_words_after_an_options_help_are_in_the_language_of_the_run(catalog,
                                                                          monkeypatch):
    """`[default: 30.0]` and `[env var: KPI_DATABASE_URL]` stayed English in the Indonesian
    help, after Indonesian help texts; in English they stay click's."""
    monkeypatch.chdir(catalog.repo)
    indonesian = " ".join(kpi("--language", "id", "actuals", "pull", "--help").stdout.split())
    assert "[variabel lingkungan: KPI_DATABASE_URL]" in indonesian
    assert "[bawaan: 30.0; x>=0.1]" in indonesian
    assert "default" not in indonesian and "env var" not in indonesian
    assert "[bawaan: text]" in " ".join(kpi("--language", "id", "diff", "--help").stdout.split())
    english = " ".join(kpi("actuals", "pull", "--help").stdout.split())
    assert "[env var: KPI_DATABASE_URL]" in english and "[default: 30.0; x>=0.1]" in english
    assert "\nOptions:\n" in kpi("--help").stdout and "\nCommands:\n" in kpi("--help").stdout


def test_validate_files_reports_only_their_problems_in_the_whole_catalogs_context(catalog):
    catalog.edit(WON_DEALS, "owner: Head of Sales Operations\n", "")  # an error elsewhere
    catalog.edit(KPI, "related: [won-deals]", "related: [lost-deals]")  # a cross-file error
    result = kpi("validate", str(catalog.path(KPI)))
    assert result.exit_code == 1
    assert f"{KPI}:23:" in result.output and "There is no KPI `lost-deals`" in result.output
    assert WON_DEALS not in result.output
    assert "(1 file checked)" in result.output
    assert kpi("validate", str(catalog.path(WON_DEALS)), str(catalog.path(KPI))).exit_code == 1
    catalog.edit(KPI, "related: [lost-deals]", "related: [won-deals]")
    assert kpi("validate", str(catalog.path(KPI))).exit_code == 0


def test_validate_a_department_folder_checks_its_files_in_the_whole_catalogs_context(catalog):
    """`kpi validate kpis/marketing` took the department's folder for a catalog: every KPI
    file was "not part of the catalog" (move it to kpis/marketing/<department>/), with
    departments.yml "missing". It checks the folder's files as named files are checked."""
    catalog.edit(WON_DEALS, "owner: Head of Sales Operations\n", "")  # an error elsewhere
    catalog.edit(KPI, "related: [won-deals]", "related: [lost-deals]")  # a cross-file error
    catalog.write("kpis/marketing/old/x.yml", "id: x\n")  # a folder in the folder
    result = kpi("validate", str(catalog.path("kpis/marketing")))
    assert result.exit_code == 1
    assert f"{KPI}:23:" in result.output and "There is no KPI `lost-deals`" in result.output
    assert "kpis/marketing/old:1:1: E303" in result.output, result.output
    assert WON_DEALS not in result.output and "E301" not in result.output
    assert "(1 file checked)" in result.output, result.output
    catalog.edit(KPI, "related: [lost-deals]", "related: [won-deals]")
    (catalog.path("kpis/marketing/old/x.yml")).unlink()
    (catalog.path("kpis/marketing/old")).rmdir()
    assert kpi("validate", str(catalog.path("kpis/marketing"))).exit_code == 0


def test_validate_files_usage_errors(catalog, tmp_path):
    stray = tmp_path / "stray.yml"
    stray.write_text("id: x\n", encoding="utf-8")
    for args, words in ((["validate", str(stray)], "is not in a catalog folder"),
                        (["validate", str(catalog.root), str(catalog.path(KPI))], "not both")):
        result = kpi(*args)
        assert result.exit_code == 2, result.output
        assert words in result.output


def test_strict_makes_warnings_fail(catalog):
    catalog.edit(KPI, "review_date: 2027-01-15", "review_date: 2026-01-15")  # K109, a warning
    assert kpi("validate", "--today", "2026-11-27", str(catalog.root)).exit_code == 0
    result = kpi("validate", "--strict", "--today", "2026-11-27", str(catalog.root))
    assert result.exit_code == 1
    assert "K109" in result.output
    strict_file = kpi("validate", "--strict", "--today", "2026-11-27", str(catalog.path(WON_DEALS)))
    assert strict_file.exit_code == 0, strict_file.output


def test_strict_says_that_the_warnings_fail(catalog):
    catalog.edit(KPI, "review_date: 2027-01-15", "review_date: 2026-01-15")  # K109, a warning
    result = kpi("validate", "--strict", "--today", "2026-11-27", str(catalog.path(KPI)))
    assert result.exit_code == 1
    last = result.stdout.strip().splitlines()[-1]
    assert last == ("The catalog does not pass --strict, where warnings fail too: 0 errors, "
                    "1 warning in 1 file (1 file checked)."), last
    report = json.loads(kpi("validate", "--strict", "--format", "json", "--today",
                            "2026-11-27", str(catalog.path(KPI))).stdout)
    assert report["valid"] is False and report["warnings"] == 1


def test_a_named_file_that_does_not_load_is_counted_as_checked(catalog):
    catalog.edit(KPI, "direction: higher_is_better", "direction: sideways")
    result = kpi("validate", str(catalog.path(KPI)))
    assert result.exit_code == 1
    assert result.stdout.strip().endswith("in 1 file (1 file checked)."), result.stdout


def test_version(catalog):
    result = kpi("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("kpi, version ")


def test_validate_starts_without_the_other_commands(catalog):
    """`kpi validate` imports its own command, not what `kpi actuals`, `kpi render` or `kpi
    alerts` need (a fifth of a second of every run's start-up)."""
    script = ("import sys\nfrom kpi_catalog.cli import main\n"
              "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
              "print(sorted(m for m in sys.modules if m.startswith('kpi_catalog.cli.')))")
    run = subprocess.run([sys.executable, "-c", script, "validate", str(catalog.root), *TODAY],
                         capture_output=True, text=True, check=True)
    # progress: the line while the files are read; usage_words: the frame of a usage error
    assert run.stdout.splitlines()[-1] == ("['kpi_catalog.cli.app', 'kpi_catalog.cli.progress',"
                                           " 'kpi_catalog.cli.usage_words',"
                                           " 'kpi_catalog.cli.validate']")


def test_the_command_runs_as_python_m_kpi_catalog(catalog):
    """Where the `kpi` script is not on the PATH (pip on Windows), `python -m kpi_catalog`
    is the same command, exit codes included; it was "No module named kpi_catalog.__main__"."""
    catalog.edit(KPI, "unit:", "units:")
    run = subprocess.run([sys.executable, "-m", "kpi_catalog", "--language", "id", "validate",
                          str(catalog.root), *TODAY], capture_output=True, text=True)
    assert run.returncode == 1, run.stderr
    assert "E202" in run.stdout and "Katalog tidak valid" in run.stdout, run.stdout
    usage = subprocess.run([sys.executable, "-m", "kpi_catalog", "--help"],
                           capture_output=True, text=True, check=True)
    assert usage.stdout.startswith("Usage: python -m kpi_catalog [OPTIONS] COMMAND")


def test_help_lists_every_command_and_a_typo_is_answered(catalog):
    listed = kpi("--help").stdout.split("Commands:")[1].split()
    names = ("actuals", "alerts", "codeowners", "diff", "due", "export", "mcp", "new",
             "render", "schema", "status", "validate")
    for name in names:
        assert name in listed
    result = kpi("statsu")
    assert result.exit_code == 2
    # what click says of a group whose commands are all registered (from click 8.4 on, "Did
    # you mean 'status'?"): the commands imported when called must not change it
    eager = click.Group("main", commands={name: click.Command(name) for name in names})
    said = CliRunner().invoke(eager, ["statsu"]).output.splitlines()[-1]
    assert "No such command 'statsu'" in said
    assert result.output.splitlines()[-1] == said


# --- validate: formats ---------------------------------------------------------------------


def test_json_format(catalog):
    catalog.edit(KPI, "owner: Marketing Operations Lead", "ownr: Marketing Operations Lead")
    result = kpi("validate", str(catalog.root), "--format", "json", *TODAY)
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert (report["valid"], report["kpis"], report["errors"]) == (False, 1, 1)
    assert report["diagnostics"] == [{
        "path": KPI, "line": 7, "column": 1, "code": "E202", "severity": "error",
        "field": "ownr", "message": "`ownr` is not a field that belongs here.",
        "hint": "Did you mean `owner`?",
        "doc": "https://nusantara-retail.github.io/kpi-catalog/errors/E202/",
    }]


def test_json_format_of_a_valid_catalog(catalog):
    result = kpi("validate", str(catalog.root), "--format", "json", *TODAY)
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert (report["valid"], report["kpis"], report["errors"]) == (True, 2, 0)


def test_the_values_to_choose_from_are_listed_in_the_language_spoken(catalog):
    """pydantic lists the choices with an English "or": in Indonesian, "atau"."""
    catalog.edit(KPI, "direction: higher_is_better", "direction: up")
    result = kpi("--language", "id", "validate", str(catalog.root), *TODAY)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0].endswith(
        "Pakai salah satu dari: 'higher_is_better', 'lower_is_better', atau 'within_range'.")


def test_github_format_annotates_then_lists(catalog):
    catalog.edit(KPI, "direction: higher_is_better", "direction: up")
    result = kpi("validate", str(catalog.root), "--format", "github", *TODAY)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "::error file=kpis/marketing/new-leads.yml,line=15,col=1,title=E204::"
        "`up` is not a valid `direction`. (field direction) Use one of: 'higher_is_better', "
        "'lower_is_better' or 'within_range'.")
    assert lines[1].startswith("kpis/marketing/new-leads.yml:15:1: E204 ")
    assert lines[-1].startswith("The catalog is not valid: 1 error")


def test_github_annotations_show_control_and_bidi_characters_escaped(catalog):
    """As the text lines do (`\\u202e`): raw in an annotation, a U+202E reordered what the
    pull request's reader saw, and an escape character reached the log as it was."""
    catalog.write("kpis/x\u202egpj.yml", "id: x\n")
    catalog.edit(KPI, "lifecycle: active", 'lifecycle: active\n"a\\e[2Jb\\u202ec": 1')
    result = kpi("validate", str(catalog.root), "--format", "github", *TODAY)
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 2, result.stdout
    assert not any(c in "".join(annotations) for c in "\x1b\u202e"), annotations
    assert "`a\\x1b[2Jb\\u202ec` is not a field" in annotations[0], annotations[0]
    assert "file=kpis/x\\u202egpj.yml," in annotations[1], annotations[1]


def test_github_escapes_properties_and_data(catalog):
    # A stray file whose name holds `%`, `,` and `:`; a field name holding CR, LF and `%`.
    catalog.write("kpis/odd%,:name.yml", "id: x\n")
    catalog.edit(KPI, "lifecycle: active", 'lifecycle: active\n"bad\\r\\n::warning::x%": 1')
    result = kpi("validate", str(catalog.root), "--format", "github", *TODAY)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    annotations = [line for line in lines if line.startswith("::")]
    assert annotations == [
        "::error file=kpis/marketing/new-leads.yml,line=9,col=1,title=E202::"
        "`bad%0D%0A::warning::x%25` is not a field that belongs here. Character 4 is "
        "invisible: U+000D. (field bad%0D%0A::warning::x%25) Known fields here: "
        + annotations[0].split("Known fields here: ")[1],
        "::error file=kpis/odd%25%2C%3Aname.yml,line=1,col=1,title=E303::"
        "This file is not part of the catalog: KPI files belong in the folder of their "
        "department. Move it to kpis/<department>/odd%25,:name.yml.",
    ]
    # The plain list below the annotations never lets file content start a line.
    assert not any(line.startswith("::warning") for line in lines)
    assert lines[2].startswith("kpis/marketing/new-leads.yml:9:1: E202 `bad\\r\\n::warning::x%`")
    assert "\r" not in result.stdout


def test_github_annotation_escaping_function():
    from kpi_catalog.checking.reporting import github_annotation
    from kpi_catalog.model.diagnostics import Diagnostic, Severity

    d = Diagnostic("a:b,c%d.yml", 3, 4, "K1:0,1", "50% done\r\nnext: a, b", "hint",
                   Severity.WARNING, ("x",))
    assert github_annotation(d) == (
        "::warning file=a%3Ab%2Cc%25d.yml,line=3,col=4,title=K1%3A0%2C1::"
        "50%25 done%0D%0Anext: a, b (field x) hint")


# --- schema --------------------------------------------------------------------------------


def _refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


@pytest.mark.parametrize("kind", sorted(FILE_KINDS))
def test_schema_is_a_json_schema_of_the_model(kind):
    result = kpi("schema", kind)
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    model = FILE_KINDS[kind].model
    assert set(schema["properties"]) == set(model.model_fields)
    required = {name for name, f in model.model_fields.items() if f.is_required()}
    assert set(schema.get("required", [])) == required
    for ref in _refs(schema):  # every reference resolves inside the document
        assert ref.startswith("#/$defs/"), ref
        assert ref.removeprefix("#/$defs/") in schema["$defs"], ref
    _check_keywords(schema)


# The 2020-12 keywords pydantic may write; anything else would be a typo an editor ignores.
KEYWORDS = {
    "$schema", "$defs", "$ref", "type", "properties", "required", "additionalProperties",
    "propertyNames", "patternProperties", "items", "prefixItems", "anyOf", "allOf", "oneOf",
    "enum", "const", "if", "then",
    "pattern", "format", "minItems", "maxItems", "minLength", "maxLength", "minimum",
    "maximum", "exclusiveMinimum", "exclusiveMaximum", "default", "description", "title",
    "examples",
}
TYPES = {"object", "array", "string", "number", "integer", "boolean", "null"}


def _check_keywords(node, where="#"):
    """Every subschema uses only JSON Schema keywords, with values of the right kind."""
    assert isinstance(node, dict), where
    assert set(node) <= KEYWORDS, (where, set(node) - KEYWORDS)
    if "type" in node:
        assert node["type"] in TYPES, where
    for key in ("properties", "$defs", "patternProperties"):
        for name, sub in node.get(key, {}).items():
            _check_keywords(sub, f"{where}/{key}/{name}")
    for key in ("anyOf", "allOf", "oneOf", "prefixItems"):
        for i, sub in enumerate(node.get(key, [])):
            _check_keywords(sub, f"{where}/{key}/{i}")
    for key in ("items", "additionalProperties", "propertyNames"):
        if isinstance(node.get(key), dict):
            _check_keywords(node[key], f"{where}/{key}")
    if "required" in node:
        assert set(node["required"]) <= set(node.get("properties", {})), where
    for pattern in [node.get("pattern", ""), *node.get("patternProperties", {})]:
        re.compile(pattern)


def test_schema_for_a_catalog_lists_its_ids(catalog):
    schema = json.loads(kpi("schema", "kpi", "--catalog", str(catalog.root)).stdout)
    fields = schema["properties"]
    assert fields["department"]["enum"] == ["marketing", "sales"]
    assert fields["objective"]["enum"] == ["grow-pipeline"]
    assert fields["success_part"]["enum"] == ["more-deals", "more-leads"]
    assert fields["department"]["pattern"] == "^[a-z0-9]+(?:-[a-z0-9]+)*$"  # still checked
    # the chosen objective narrows the success parts to its own
    assert schema["allOf"] == [{
        "if": {"properties": {"objective": {"const": "grow-pipeline"}},
               "required": ["objective"]},
        "then": {"properties": {"success_part": {"enum": ["more-leads", "more-deals"]}}},
    }]
    _check_keywords(schema)
    objectives = json.loads(kpi("schema", "objectives", "--catalog", str(catalog.root)).stdout)
    perspective = objectives["$defs"]["Objective"]["properties"]["perspective"]
    assert perspective["enum"] == sorted(["financial", "customer", "internal-process",
                                          "learning-growth"])


def test_schema_for_a_catalog_follows_its_registries(catalog):
    catalog.edit("kpis/departments.yml", "  - id: sales\n", "  - id: vertrieb\n")
    schema = json.loads(kpi("schema", "--catalog", str(catalog.root)).stdout)
    assert schema["properties"]["department"]["enum"] == ["marketing", "vertrieb"]


def test_schema_for_a_catalog_with_broken_registries_is_refused(catalog):
    catalog.edit("kpis/departments.yml", "    head: Head of Sales\n", "")
    result = kpi("schema", "--catalog", str(catalog.root), "--out", str(catalog.repo / "s"))
    assert result.exit_code == 1
    assert "kpis/departments.yml:5:" in result.stderr and "head" in result.stderr
    assert not (catalog.repo / "s").exists()


def test_schema_for_a_catalog_ignores_broken_kpi_files(catalog):
    catalog.edit(KPI, "direction: higher_is_better", "direction: up")
    result = kpi("schema", "--catalog", str(catalog.root))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["properties"]["department"]["enum"] == ["marketing", "sales"]


def test_schema_for_a_missing_catalog_is_a_usage_error(tmp_path):
    result = kpi("schema", "--catalog", str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert "no catalog folder" in result.output


def test_kpi_schema_documents_every_field():
    schema = json.loads(kpi("schema", "kpi").stdout)
    undocumented = [name for name, prop in schema["properties"].items()
                    if not prop.get("description")]
    assert undocumented == []


def test_kpi_schema_describes_dates_and_slugs():
    schema = json.loads(kpi("schema", "kpi").stdout)
    assert schema["properties"]["id"]["pattern"] == "^[a-z0-9]+(?:-[a-z0-9]+)*$"
    review = schema["properties"]["review_date"]
    assert {"type": "string", "format": "date"} in review["anyOf"]
    assert "Short name" in schema["properties"]["id"]["description"]


def test_schema_out_writes_every_kind(tmp_path):
    result = kpi("schema", "--out", str(tmp_path / "schemas"))
    assert result.exit_code == 0
    written = sorted(p.name for p in (tmp_path / "schemas").iterdir())
    assert written == sorted(f"{kind}.schema.json" for kind in FILE_KINDS)
    for kind in FILE_KINDS:
        text = (tmp_path / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8")
        assert json.loads(text) == json.loads(kpi("schema", kind).stdout)


# --- export --------------------------------------------------------------------------------


def test_export_json(catalog):
    result = kpi("export", str(catalog.root), *TODAY)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"kpis", "objectives", "departments", "glossary"} <= set(data)
    assert [(k["id"], k["path"]) for k in data["kpis"]] == [
        ("new-leads", "kpis/marketing/new-leads.yml"), ("won-deals", "kpis/sales/won-deals.yml")]
    new_leads = data["kpis"][0]
    assert new_leads["target"] == {"value": 150.0, "min": None, "max": None, "date": "2026-12-31"}
    assert new_leads["measurement"]["unit"] == "leads per month"
    assert [d["id"] for d in data["departments"]] == ["marketing", "sales"]
    assert [o["id"] for o in data["objectives"]] == ["grow-pipeline"]
    assert [g["term"] for g in data["glossary"]] == ["CRM"]


def test_export_csv_has_one_row_per_kpi(catalog):
    result = kpi("export", str(catalog.root), "--format", "csv", *TODAY)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == CSV_COLUMNS
    assert [(r["id"], r["path"]) for r in rows] == [
        ("new-leads", "kpis/marketing/new-leads.yml"), ("won-deals", "kpis/sales/won-deals.yml")]
    assert rows[0]["target_value"] == "150.0"
    assert rows[0]["latest_period"] == "2026-02"


def test_export_csv_latest_value_is_the_latest_period_not_the_last_line(catalog):
    catalog.edit(KPI, "  - {period: 2026-02, value: 112}",
                 "  - {period: 2026-02, value: 112}\n  - {period: 2025-12, value: 90}")
    result = kpi("export", str(catalog.root), "--format", "csv", *TODAY)
    assert result.exit_code == 0, result.output
    row = next(csv.DictReader(io.StringIO(result.stdout)))
    assert (row["latest_period"], row["latest_value"]) == ("2026-02", "112.0")


def test_export_csv_defuses_formulas(catalog):
    catalog.edit(KPI, "name: New leads per month", """name: '=HYPERLINK("http://x","y")'""")
    catalog.edit(KPI, "owner: Marketing Operations Lead", "owner: '@SUM(A1:A9)'")
    catalog.edit(KPI, "tags: [pipeline]", "tags: ['-2+3', pipeline]")
    catalog.edit(KPI, "  unit: leads per month", "  unit: '+leads'")
    result = kpi("export", str(catalog.root), "--format", "csv", *TODAY)
    assert result.exit_code == 0, result.output
    row = next(csv.DictReader(io.StringIO(result.stdout)))
    assert row["name"] == """'=HYPERLINK("http://x","y")"""
    assert row["owner"] == "'@SUM(A1:A9)"
    assert row["tags"] == "'-2+3; pipeline"
    assert row["unit"] == "'+leads"
    assert row["statement"].startswith("Increase")  # ordinary text is left alone


def test_export_csv_drops_bidirectional_controls(catalog):
    # a U+202E would reorder the cell a spreadsheet shows; dropped as on the site, and a
    # formula behind one is still defused
    catalog.edit(KPI, "name: New leads per month", 'name: "Leads \\u202egnp.exe"')
    catalog.edit(KPI, "owner: Marketing Operations Lead", 'owner: "\\u2066=1+1\\u2069"')
    result = kpi("export", str(catalog.root), "--format", "csv", *TODAY)
    assert result.exit_code == 0, result.output
    row = next(csv.DictReader(io.StringIO(result.stdout)))
    assert row["name"] == "Leads gnp.exe"
    assert row["owner"] == "'=1+1"


def test_export_to_a_file(catalog, tmp_path):
    out = tmp_path / "catalog.json"
    result = kpi("export", str(catalog.root), "-o", str(out), *TODAY)
    assert result.exit_code == 0
    assert "wrote" in result.stderr and "2 KPIs" in result.stderr
    assert result.stdout == ""
    assert len(json.loads(out.read_text(encoding="utf-8"))["kpis"]) == 2


def test_export_refuses_an_invalid_catalog(catalog):
    catalog.edit(KPI, "direction: higher_is_better", "direction: up")
    result = kpi("export", str(catalog.root), *TODAY)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "kpis/marketing/new-leads.yml:15:1: E204" in result.stderr


def test_validate_in_indonesian_links_the_indonesian_rule_pages_that_exist(catalog,
                                                                          monkeypatch):
    """An editor who reads the messages in Bahasa Indonesia is sent to the rules' pages in
    Bahasa Indonesia (docs/id/rules/), and to the English page of a rule not translated."""
    from kpi_catalog.model import codes

    monkeypatch.setitem(codes.TRANSLATED_RULE_PAGES, "id", frozenset({"index", "K101"}))
    catalog.edit(KPI, "per month by 31 December 2026.",
                 "per month within a year. More will follow.")
    site = "https://nusantara-retail.github.io/kpi-catalog/"
    lines = kpi("--language", "id", "validate", str(catalog.root), *TODAY).stdout.splitlines()
    assert lines[-2] == (f"Setiap kode dijelaskan di {site}errors/ (E...) dan "
                         f"{site}id/rules/ (K...).")
    report = json.loads(kpi("--language", "id", "validate", str(catalog.root), "--format",
                            "json", *TODAY).stdout)
    docs = {d["code"]: d["doc"] for d in report["diagnostics"]}
    assert docs["K101"] == f"{site}id/rules/K101/"  # translated
    assert docs["K103"] == f"{site}rules/K103/"  # not translated here: the English page
    english = json.loads(kpi("validate", str(catalog.root), "--format", "json", *TODAY).stdout)
    assert {d["code"]: d["doc"] for d in english["diagnostics"]}["K101"] == (
        f"{site}rules/K101/")
