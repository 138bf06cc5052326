"""A header written in Indonesian (`periode`, `nilai`, `catatan`; `id KPI`) is read as the
English one, in a CSV file, JSON lines and a workbook; a column named in both languages
(`value` and `nilai`) is refused at its cell, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from actuals_helpers import kpi, snapshot
from openpyxl import Workbook

TODAY = "2027-01-20"
GMV = "sales/online-gmv.yml"


def _import(repo: Path, path: Path, language: str = "en"):
    return kpi("--language", language, "actuals", "import", str(path), str(repo / "kpis"),
               "--today", TODAY)


def _written(repo: Path) -> str:
    return (repo / "kpis" / GMV).read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "text"), [
    ("v.csv", "kpi,periode,nilai,catatan\nonline-gmv,2026-11,118.2,Harbolnas\n"),
    ("v.csv", "KPI;Periode;Nilai;Catatan\nonline-gmv;2026-11;118,2;Harbolnas\n"),
    ("v.csv", "Laporan KPI November 2026\nID KPI,Periode,Nilai,Catatan\n"
              "online-gmv,2026-11,118.2,Harbolnas\n"),
    ("v.csv", "kpi,periode,value,catatan\nonline-gmv,2026-11,118.2,Harbolnas\n"),  # mixed
    ("v.jsonl", '{"kpi": "online-gmv", "periode": "2026-11", "nilai": 118.2, '
                '"catatan": "Harbolnas"}\n'),
])
def test_a_header_in_indonesian_is_read(repo, tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = _import(repo, path)
    assert result.exit_code == 0, result.output
    assert "{period: 2026-11, value: 118.2, note: \"Harbolnas\"}" in _written(repo), result.output


def test_a_workbook_headed_in_indonesian_under_a_title_is_read(repo, tmp_path):
    book = Workbook()
    for row in (["Laporan KPI"], ["kpi", "periode", "nilai", "catatan"],
                ["online-gmv", "2026-11", 118.2, "Harbolnas"]):
        book.active.append(row)
    book.save(tmp_path / "v.xlsx")
    result = _import(repo, tmp_path / "v.xlsx")
    assert result.exit_code == 0, result.output
    assert "{period: 2026-11, value: 118.2, note: \"Harbolnas\"}" in _written(repo), result.output


@pytest.mark.parametrize(("header", "language", "said"), [
    ("kpi,period,value,nilai", "en",
     "1:18: E401 The header row names the column `value` twice (`value` and `nilai`): one of "
     "them would be left unread. Rename or delete one of the two columns: `value` and "
     "`nilai` both name the column `value` (in English or in Indonesian; `id` names the "
     "KPI's column too)."),
    ("kpi,periode,nilai,period", "id",
     "1:19: E401 Baris judul kolom menamai kolom `period` dua kali (`periode` dan "
     "`period`)"),
])
def test_a_column_named_in_both_languages_is_refused_at_its_cell(repo, tmp_path, header,
                                                                 language, said):
    path = tmp_path / "v.csv"
    path.write_text(f"{header}\nonline-gmv,2026-11,118.2,1\n", encoding="utf-8")
    before = snapshot(repo / "kpis")
    result = _import(repo, path, language)
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}:{said}"), result.output
    assert snapshot(repo / "kpis") == before


def test_a_workbook_column_named_in_both_languages_names_its_cell(repo, tmp_path):
    book = Workbook()
    for row in (["kpi", "periode", "value", "nilai"], ["online-gmv", "2026-11", 118.2, 1]):
        book.active.append(row)
    book.save(tmp_path / "v.xlsx")
    result = _import(repo, tmp_path / "v.xlsx")
    assert result.exit_code == 1
    assert result.output.startswith(
        f"{tmp_path / 'v.xlsx'}:1:4: E401 The header row names the column `value` twice "
        "(`value` and `nilai`): one of them would be left unread (sheet Sheet, cell D1)."), \
        result.output


@pytest.mark.parametrize(("language", "header"), [
    ("en", "Write the header row kpi,period,value,note above the values"),
    ("id", "Tulis baris judul kolom kpi,periode,nilai,catatan di atas nilai-nilainya"),
])
def test_a_file_without_a_header_is_told_the_header_in_its_language(repo, tmp_path, language,
                                                                    header):
    """The hint named the English header alone, in an Indonesian run too."""
    path = tmp_path / "v.csv"
    path.write_text("Laporan KPI November 2026\nonline-gmv\n", encoding="utf-8")
    before = snapshot(repo)
    result = _import(repo, path, language)
    assert result.exit_code == 1
    assert f"{path}:1:1: E401 " in result.output and header in result.output, result.output
    assert snapshot(repo) == before
