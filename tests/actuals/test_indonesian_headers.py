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


@pytest.mark.parametrize(("header", "language", "said"), [
    # a header in Indonesian, `nilai` misspelt: was "no column `value`" and no rename
    ("kpi;periode;nilia;catatan", "id",
     "1:1: E401 Baris judul kolom tidak punya kolom `nilai`. Ganti nama kolom `nilia` "
     "menjadi `nilai`: baris judul kolom menamai kolom kpi, periode, nilai, dan, bila ada, "
     "catatan."),
    ("kpi;periode;nilia;catatan", "en",
     "1:1: E401 The header row has no column `nilai`. Rename the column `nilia` to `nilai`: "
     "the header row names the columns kpi, periode, nilai and, if any, catatan."),
    # no name in either language but `kpi`: each guess in the language it is closest to
    ("kpi;periose;nilia", "en",
     "1:1: E401 The header row lacks the columns `periode`, `nilai`. Rename the column "
     "`periose` to `periode`, `nilia` to `nilai`"),
    # a column missing from an Indonesian header is named in Indonesian
    ("kpi;periode;catatan", "id", "1:1: E401 Baris judul kolom tidak punya kolom `nilai`."),
    # the notes under another name, in an Indonesian header: rename it `catatan`
    ("kpi;periode;nilai;Keterangan", "id",
     "1:1: E401 Kolom `Keterangan` tidak akan dibaca: catatan dibaca dari kolom bernama "
     "`catatan`. Ganti nama kolom `Keterangan` menjadi `catatan`, atau hapus kolom itu."),
    # an English header is still told in English names, whatever the language spoken
    ("kpi,periods,value", "id",
     "1:1: E401 Baris judul kolom tidak punya kolom `period`. Ganti nama kolom `periods` "
     "menjadi `period`: baris judul kolom menamai kolom kpi, period, value, dan, bila ada, "
     "note."),
])
def test_a_misspelt_header_is_told_the_names_of_its_own_language(repo, tmp_path, header,
                                                                  language, said):
    """A header written in Indonesian was told of the English names it lacks (`value`),
    and a misspelt Indonesian name (`nilia`) was compared with the English ones only."""
    separator = header[3]
    path = tmp_path / "v.csv"
    path.write_text(f"{header}\n" + separator.join(["online-gmv", "2026-11", "118", "x"])
                    + "\n", encoding="utf-8")
    before = snapshot(repo / "kpis")
    result = _import(repo, path, language)
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}:{said}"), result.output
    assert snapshot(repo / "kpis") == before


def test_a_workbook_header_in_indonesian_is_told_its_missing_column_in_indonesian(
        repo, tmp_path):
    book = Workbook()
    for row in (["kpi", "periode", "nilia"], ["online-gmv", "2026-11", 118.2]):
        book.active.append(row)
    book.save(tmp_path / "v.xlsx")
    result = _import(repo, tmp_path / "v.xlsx", "id")
    assert result.exit_code == 1
    assert result.output.startswith(
        f"{tmp_path / 'v.xlsx'}:1:1: E401 Baris judul kolom tidak punya kolom `nilai` (lembar "
        "Sheet, sel A1). Ganti nama kolom `nilia` menjadi `nilai`"), result.output
