"""`kpi export --format csv --csv-style semicolon`: the catalog for a spreadsheet set to
Indonesian (or most European) number formats, every digit kept, formulas still defused."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from kpi_catalog.cli import main
from kpi_catalog.export.tables import CSV_STYLES, spreadsheet_number, write_csv

KPI = "kpis/marketing/new-leads.yml"
TODAY = ["--today", "2026-11-27"]
NUMBERS = ("baseline_value", "target_value", "target_min", "target_max", "latest_value")


def kpi(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _export(catalog, *options: str) -> list[dict[str, str]]:
    result = kpi("export", str(catalog.root), "--format", "csv", *TODAY, *options)
    assert result.exit_code == 0, result.output
    semicolon = "--csv-style" in options and "semicolon" in options
    text = result.stdout_bytes.decode("utf-8")
    assert text.startswith("\ufeffid;name;") if semicolon else text.startswith("id,name,")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""),
                               delimiter=";" if semicolon else ","))


def test_numbers_keep_every_digit_with_a_decimal_comma(catalog):
    catalog.edit(KPI, "baseline: {value: 100, date: 2026-01-01}",
                 "baseline: {value: 0.00001, date: 2026-01-01}")
    catalog.edit(KPI, "target: {value: 150, date: 2026-12-31}",
                 "target: {value: 123456789012.375, date: 2026-12-31}")
    catalog.edit(KPI, "  - {period: 2026-02, value: 112}", "  - {period: 2026-02, value: 112.25}")
    plain = _export(catalog)
    rows = _export(catalog, "--csv-style", "semicolon")
    row = rows[0]
    assert (row["baseline_value"], row["target_value"], row["latest_value"]) == (
        "0,00001", "123456789012,375", "112,25")
    assert len(rows) == len(plain)
    for mine, theirs in zip(rows, plain, strict=True):  # the same cells, numbers aside
        for column in theirs:
            if column in NUMBERS and theirs[column]:
                assert float(mine[column].replace(",", ".")) == float(theirs[column])
            else:
                assert mine[column] == theirs[column]


def test_the_semicolon_style_still_defuses_formulas(catalog):
    catalog.edit(KPI, "name: New leads per month", """name: '=HYPERLINK("http://x";"y")'""")
    catalog.edit(KPI, "tags: [pipeline]", "tags: ['-2+3', pipeline]")
    row = _export(catalog, "--csv-style", "semicolon")[0]
    assert row["name"] == """'=HYPERLINK("http://x";"y")"""
    assert row["tags"] == "'-2+3; pipeline"


def test_the_semicolon_style_to_a_file(catalog, tmp_path):
    shown = kpi("export", str(catalog.root), "--format", "csv", *TODAY,
                "--csv-style", "semicolon").stdout_bytes
    result = kpi("export", str(catalog.root), "--format", "csv", *TODAY,
                 "--csv-style", "semicolon", "-o", str(tmp_path / "kpis.csv"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "kpis.csv").read_bytes() == shown
    assert shown.startswith(b"\xef\xbb\xbfid;") and shown.endswith(b"\r\n")


def test_a_csv_style_needs_the_csv_format(catalog):
    result = kpi("export", str(catalog.root), "--csv-style", "semicolon")
    assert result.exit_code == 2
    assert "--csv-style is for CSV: add --format csv." in result.output


@pytest.mark.parametrize("value, text", [
    (118.2, "118,2"), (310000.0, "310000"), (-3.5, "-3,5"), (1e-05, "0,00001"),
    (1e15, "1000000000000000"), (0.1 + 0.2, "0,30000000000000004"),
    (123456789012.375, "123456789012,375"),
])
def test_spreadsheet_numbers(value, text):
    assert spreadsheet_number(value, decimal_comma=True) == text
    assert float(text.replace(",", ".")) == value


def test_a_negative_number_is_a_number_not_a_defused_formula():
    assert write_csv([["value"], [-3.5]], CSV_STYLES["semicolon"]) == "\ufeffvalue\r\n-3,5\r\n"
