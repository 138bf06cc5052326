"""A CSV or TSV file with a title above its header row is read as a workbook with one is
(the same rules: passed over when it holds no number, refused when it does)."""

from __future__ import annotations

import pytest
from actuals_helpers import kpi, snapshot

TODAY = "2027-01-20"
ROW = "online-gmv,2026-11,118.2,Harbolnas\n"


def _import(repo, tmp_path, text: str, name: str = "values.csv", language: str = "en"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    before = snapshot(repo / "kpis")
    result = kpi("--language", language, "actuals", "import", str(path), str(repo / "kpis"),
                 "--today", TODAY)
    return result, before, path


@pytest.mark.parametrize(("text", "name"), [
    (f"Laporan KPI November 2026\nkpi,period,value,note\n{ROW}", "values.csv"),
    # several title lines, a blank one; the title has no delimiter, the header semicolons
    ("Laporan KPI\nDivisi Penjualan\n\nkpi;period;value;note\n"
     "online-gmv;2026-11;118,2;Harbolnas\n", "values.csv"),
    # as a spreadsheet saves a title row: padded with delimiters, dates in it
    ("Laporan KPI;;;\nPer;2026-11-30;30.11.2026;30/11/2026\nkpi;period;value;note\n"
     "online-gmv;2026-11;118,2;Harbolnas\n", "values.csv"),
    ("Laporan KPI\tNovember\nkpi\tperiod\tvalue\tnote\n"
     "online-gmv\t2026-11\t118.2\tHarbolnas\n", "values.tsv"),
])
def test_a_title_above_the_header_is_passed_over(repo, tmp_path, text, name):
    """Each was refused: "The header row lacks the columns `kpi`, `period`, `value`" at 1:1."""
    result, _before, _path = _import(repo, tmp_path, text, name)
    assert result.exit_code == 0, result.output
    written = (repo / "kpis" / "sales" / "online-gmv.yml").read_text(encoding="utf-8")
    assert '{period: 2026-11, value: 118.2, note: "Harbolnas"}' in written


@pytest.mark.parametrize(("text", "name", "language", "said"), [
    (f"online-gmv,2026-10,100\nkpi,period,value,note\n{ROW}", "values.csv", "en",
     "1:20: E401 This row is above the header row (row 2) and holds a number: the import "
     "reads only the rows under the header. Move the row under the header row, or delete "
     "it; a title above the header is fine."),
    ("Nilai 2026\t2026\nkpi\tperiod\tvalue\nonline-gmv\t2026-11\t118.2\n", "values.tsv",
     "id", "1:12: E401 Baris ini ada di atas baris judul kolom (baris 2) dan berisi angka: "
     "impor hanya membaca baris di bawah baris judul kolom. Pindahkan baris ini ke bawah "
     "baris judul kolom, atau hapus; judul lembar di atas baris judul kolom tidak apa-apa."),
    ("Laporan;;\n;;38,5\nkpi;period;value\nonline-gmv;2026-11;118,2\n", "values.csv", "en",
     "2:3: E401 This row is above the header row (row 3) and holds a number"),
    ('Laporan,"Rp 1.250.000"\nkpi,period,value\nonline-gmv,2026-11,118.2\n', "values.csv",
     "en", "1:9: E401 This row is above the header row (row 2) and holds a number"),
    # under a title, a header naming `value` twice: said, not "the header row lacks"
    ("Laporan\nkpi,period,value,Value\nonline-gmv,2026-11,,118.2\n", "values.csv", "en",
     "2:18: E401 The header row names the column `value` twice (`value` and `Value`)"),
    # no row names the columns: the row naming most is the header misspelt (was the title,
    # 1:1, "lacks the columns `kpi`, `period`, `value`")
    ("Laporan\nkpi,periods,valeu\nonline-gmv,2026-11,118.2\n", "values.csv", "en",
     "2:1: E401 The header row lacks the columns `period`, `value`. Rename the column "
     "`periods` to `period`"),
])
def test_a_number_above_the_header_or_no_header_is_refused(repo, tmp_path, text, name,
                                                           language, said):
    """A number above the header may be a value: refused, never guessed or passed over."""
    result, before, path = _import(repo, tmp_path, text, name, language)
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith(f"{path}:{said}"), result.output
    assert snapshot(repo / "kpis") == before


def test_the_header_is_looked_for_in_the_first_ten_rows_only(repo, tmp_path):
    titles = "".join(f"Laporan {n}\n" for n in "ABCDEFGHIJ")
    result, before, path = _import(repo, tmp_path, f"{titles}kpi,period,value\n{ROW}")
    assert result.output.startswith(f"{path}:1:1: E401 The header row lacks the columns")
    assert snapshot(repo / "kpis") == before


def test_a_file_of_separators_alone_says_it_has_no_header_row(repo, tmp_path):
    result, before, path = _import(repo, tmp_path, ";;;\n;;\n")
    assert result.output.startswith(f"{path}:1:1: E401 The file has no header row. Start "
                                    "with the header row: kpi,period,value,note")
    assert snapshot(repo / "kpis") == before


@pytest.mark.parametrize(("text", "said"), [
    # the header misspelt under a title: the header is blamed, not the title
    (f"Laporan KPI November 2026\nkpi,periods,value,note\n{ROW}",
     ":2:1: E401 The header row has no column `period`. Rename the column `periods` to "
     "`period`: the header row names the columns kpi, period, value and, if any, note."),
    # its delimiter is the header's, not the title's (a title with no delimiter)
    ("Laporan KPI\nkpi;Periods;valeu\nonline-gmv;2026-11;118,2\n",
     ":2:1: E401 The header row lacks the columns `period`, `value`. Rename the column "
     "`Periods` to `period`"),
    # two rows naming as many: the first of them
    ("kpi,periods,value\nkpi,period,valeu\n" + ROW,
     ":1:1: E401 The header row has no column `period`."),
])
def test_the_row_naming_most_columns_is_blamed_as_the_header(repo, tmp_path, text, said):
    """Each was blamed on line 1 ("lacks the columns `kpi`, `period`, `value`"), the title."""
    result, before, path = _import(repo, tmp_path, text)
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}{said}"), result.output
    assert snapshot(repo / "kpis") == before


def test_no_row_naming_a_column_blames_the_first_row(repo, tmp_path):
    """The hint was "The first row names the columns", wrong under a title: it says where
    the header may be."""
    result, _before, path = _import(repo, tmp_path, "Laporan KPI\nkode,tanggal,jumlah\n")
    assert result.output.startswith(
        f"{path}:1:1: E401 The header row lacks the columns `kpi`, `period`, `value`. Write "
        "the header row kpi,period,value,note above the values: as the first row, or under "
        "the title rows, among the first 10 rows that hold anything (see `kpi actuals "
        "template`)."), result.output


@pytest.mark.parametrize(("language", "said"), [
    ("en", ":2:1: E401 The header row has no column `value`. This row names some of the "
           "columns, so it is read as the header row: name its columns kpi, period, value "
           "and, if any, note, or in Indonesian kpi, periode, nilai, catatan (see `kpi "
           "actuals template`)."),
    ("id", ":2:1: E401 Baris judul kolom tidak punya kolom `value`. Baris ini menyebut "
           "sebagian nama kolom, jadi dibaca sebagai baris judul kolom: namai kolomnya kpi, "
           "periode, nilai, dan, bila ada, catatan, atau dalam bahasa Inggris kpi, period, "
           "value, note (lihat `kpi actuals template`)."),
])
def test_a_header_under_a_title_naming_some_columns_is_said_to_be_the_header(
        repo, tmp_path, language, said):
    """Under a title, the row naming some columns (none close to `value`) was told "The
    first row names the columns": it is not the first row."""
    result, _before, path = _import(
        repo, tmp_path, "Laporan KPI November 2026\nkpi,period,jumlah\n" + ROW,
        language=language)
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}{said}"), result.output


@pytest.mark.parametrize(("header", "language", "said"), [
    ("kpi,period,value,Keterangan", "en",
     "E401 The column `Keterangan` would be left unread: the notes are read from a column "
     "named `note`. Rename the column `Keterangan` to `note`, or delete it."),
    ("kpi;period;value;Keterangan", "id",
     "E401 Kolom `Keterangan` tidak akan dibaca: catatan dibaca dari kolom bernama `note`. "
     "Ganti nama kolom `Keterangan` menjadi `note`, atau hapus kolom itu."),
    ("kpi,period,value,notes", "en", "E401 The column `notes` would be left unread"),
])
def test_a_note_column_under_another_name_is_not_dropped_unsaid(repo, tmp_path, header,
                                                                language, said):
    """The notes were left out, the values written: `Wrote 1 value`."""
    separator = header[3]
    path = tmp_path / "values.csv"
    path.write_text(f"{header}\n" + separator.join(["online-gmv", "2026-11", "118", "11.11 sale"])
                    + "\n", encoding="utf-8")
    before = snapshot(repo)
    result = kpi("--language", language, "actuals", "import", str(path), str(repo / "kpis"),
                 "--today", "2027-01-20")
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}:1:1: {said}"), result.output
    assert snapshot(repo) == before
