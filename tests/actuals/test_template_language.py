"""The import template (`kpi actuals template`, `kpi due --format csv`) headed in the run's
language, as it names the KPIs: an Indonesian run writes `periode`, `nilai`, `catatan`, the
names the import reads, and the template imports back in either language, as CSV of either
style and as a workbook saved from it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from actuals_helpers import kpi
from openpyxl import Workbook

DAY = "2026-12-20"
HEADERS = {"en": ["kpi", "period", "value", "note", "name", "unit", "due_since"],
           "id": ["kpi", "periode", "nilai", "catatan", "nama", "satuan", "jatuh_tempo"]}


def _template(repo: Path, language: str, *options: str) -> list[list[str]]:
    result = kpi("--language", language, "actuals", "template", str(repo / "kpis"), "--today",
                 DAY, *options)
    assert result.exit_code == 0, result.output
    text = result.stdout_bytes.decode("utf-8").removeprefix("\ufeff")
    delimiter = ";" if "semicolon" in options else ","
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_template_is_headed_in_the_run_s_language(repo, language):
    rows = _template(repo, language)
    assert rows[0] == HEADERS[language]
    due = kpi("--language", language, "due", str(repo / "kpis"), "--today", DAY, "--format",
              "csv")
    assert due.stdout_bytes.decode("utf-8").splitlines()[0] == ",".join(HEADERS[language])


def _filled(rows: list[list[str]]) -> list[list[str]]:
    """The template with one value and note typed in: online-gmv's November."""
    [row] = [r for r in rows[1:] if r[:2] == ["online-gmv", "2026-11"]]
    row[2:4] = ["118.25", "Harbolnas"]
    return rows


def _written(repo: Path) -> str:
    return (repo / "kpis/sales/online-gmv.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["en", "id"])
@pytest.mark.parametrize("form", ["plain", "semicolon", "xlsx"])
def test_the_template_filled_in_imports_back(repo, tmp_path, language, form):
    options = ("--csv-style", "semicolon") if form == "semicolon" else ()
    rows = _filled(_template(repo, language, *options))
    if form == "xlsx":  # the template opened in a spreadsheet and saved as a workbook
        book = Workbook()
        for row in rows:
            book.active.append([float(c) if c == "118.25" else c for c in row])
        path = tmp_path / "due.xlsx"
        book.save(path)
    else:
        path = tmp_path / "due.csv"
        out = io.StringIO()
        if form == "semicolon":
            rows[[r[0] for r in rows].index("online-gmv")][2] = "118,25"
        csv.writer(out, delimiter=";" if form == "semicolon" else ",").writerows(rows)
        path.write_text(out.getvalue(), encoding="utf-8")
    result = kpi("--language", language, "actuals", "import", str(path), str(repo / "kpis"),
                 "--today", DAY)
    assert result.exit_code == 0, result.output
    assert "{period: 2026-11, value: 118.25, note: \"Harbolnas\"}" in _written(repo), \
        result.output
    left_blank = len(rows) - 2
    assert f"{left_blank} " in result.output and "E4" not in result.output, result.output



def test_the_template_drops_bidirectional_controls(repo):
    """A U+202E in a KPI's unit reordered the template's cell in a spreadsheet: dropped, as
    in `kpi export --format csv` and on the site."""
    path = repo / "kpis" / "sales" / "online-gmv.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  unit: IDR billion", '  unit: "IDR \\u202ebillion"', 1),
                    encoding="utf-8")
    rows = _template(repo, "en")
    [unit] = {row[5] for row in rows[1:] if row[0] == "online-gmv"}
    assert unit == "IDR billion"
