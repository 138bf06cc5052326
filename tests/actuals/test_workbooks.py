"""`kpi actuals import` of Excel workbooks (.xlsx): the files LibreOffice wrote
(tests/actuals/libreoffice/README.md says how), and workbooks made here with openpyxl for
what a spreadsheet rarely writes (formulas never calculated, error values, hidden sheets)
and with zipfile for hostile ones (a zip bomb, a DTD: billion laughs, external entities)."""

from __future__ import annotations

import io
import time
import warnings
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from actuals_helpers import kpi, snapshot
from openpyxl import Workbook, load_workbook

FILES = Path(__file__).parent / "libreoffice"
TODAY = "2027-01-20"


def _import(repo: Path, path: Path, *options: str, language: str = "en"):
    return kpi("--language", language, "actuals", "import", str(path), str(repo / "kpis"),
               "--today", TODAY, *options)


def _text(repo: Path, name: str) -> str:
    return (repo / "kpis" / name).read_text(encoding="utf-8")


def _workbook(path: Path, rows, formats: dict[str, str] | None = None, title: str = "Data",
              more: dict[str, list] | None = None, hidden_first: bool = False) -> Path:
    """A workbook made by openpyxl: ``rows`` on the sheet ``title``; ``formats``: number
    formats by cell (``{"C2": "0.0%"}``); ``more``: further sheets."""
    book = Workbook()
    sheet = book.active
    if hidden_first:
        sheet.title = "Hidden"
        sheet.append(["kpi", "period", "value"])
        sheet.append(["online-gmv", "2026-11", 1])
        sheet.sheet_state = "hidden"
        sheet = book.create_sheet(title)
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for cell, number_format in (formats or {}).items():
        sheet[cell].number_format = number_format
    for name, other in (more or {}).items():
        extra = book.create_sheet(name)
        for row in other:
            extra.append(row)
    book.save(path)
    return path


HEADER = ["kpi", "period", "value", "note"]
GMV = ["online-gmv", "2026-11", 118.2, "Harbolnas"]


# --- files LibreOffice wrote -------------------------------------------------------------


@pytest.mark.parametrize(("name", "gmv_note"), [
    ("workbook-en-US.xlsx", "Harbolnas 12.12 — café partners"),
    ("workbook-id-ID.xlsx", "Harbolnas 12.12 — mitra kafé"),
])
def test_a_workbook_libreoffice_saved_is_read_as_typed(repo, name, gmv_note):
    """Decimals typed with a point (en-US) or a comma (id-ID), a formula, percentages."""
    result = _import(repo, FILES / name)
    assert result.exit_code == 0, result.output
    assert "Wrote 7 values in 6 KPI files." in result.output
    gmv = _text(repo, "sales/online-gmv.yml")
    assert "{period: 2026-11, value: 118.2, note: " in gmv
    assert f'{{period: 2026-12, value: 96.4, note: "{gmv_note}"}}' in gmv  # =964/10
    assert "{period: 2026-11, value: 187500}" in _text(repo, "sales/average-order-value.yml")
    # 85.5% (0.855 in the cell) for a KPI measured in "% of answers"
    assert "{period: 2026-11, value: 85.5}" in _text(repo, "customer-service/contact-csat.yml")
    assert "{period: 2026-11, value: 91.25}" in _text(repo, "procurement/supplier-otif.yml")
    assert "{period: 2026-11, value: 231}" in _text(repo, "marketing/sales-qualified-leads.yml")
    assert "{period: 2026-W48, value: 12.5}" in _text(
        repo, "customer-service/chat-first-response-time.yml")


@pytest.mark.parametrize(("name", "language", "said"), [
    ("workbook-date-en-US.xlsx", "en",
     "E405 `2026-12-01` does not fit how often `corporate-dso` is measured (sheet "
     "workbook-date-en-US, cell B2). This KPI takes periods like 2026-03 (monthly). A "
     "spreadsheet may have turned the period into a date"),
    ("workbook-date-id-ID.xlsx", "id",
     "E405 `2026-12-01` tidak sesuai dengan seberapa sering `corporate-dso` diukur (lembar "
     "workbook-date-id-ID, sel B2). KPI ini memakai periode seperti 2026-03 (bulanan). "
     "Spreadsheet mungkin telah mengubah periode menjadi tanggal"),
])
def test_a_month_libreoffice_turned_into_a_day_is_refused_at_its_cell(
        repo, name, language, said):
    """`Dec 2026` typed in LibreOffice's CSV import: the date 2026-12-01 shown mm/dd/yy."""
    before = snapshot(repo / "kpis")
    result = _import(repo, FILES / name, language=language)
    assert result.exit_code == 1
    assert result.output.startswith(f"{FILES / name}:2:2: {said}")
    assert snapshot(repo / "kpis") == before


# --- typed cells -------------------------------------------------------------------------


def test_numbers_keep_the_digits_a_spreadsheet_shows(repo, tmp_path):
    """Excel saves up to 17 digits (a formula's 118.20000000000002); it shows and computes
    with 15. openpyxl writes 15, so the sheet is edited to hold the 17."""
    made = _workbook(tmp_path / "made.xlsx", [
        HEADER,
        ["online-gmv", "2026-11", 118.2],
        ["sales-qualified-leads", "2026-11", 231.0],
        ["contact-csat", "2026-11", 0.1234],
    ], formats={"C4": "0.00%"})
    with zipfile.ZipFile(made) as old:
        sheet = old.read("xl/worksheets/sheet1.xml")
    assert sheet.count(b"<v>118.2</v>") == 1 and sheet.count(b"<v>0.1234</v>") == 1
    path = _with_part(made, tmp_path / "v.xlsx", "xl/worksheets/sheet1.xml", sheet.replace(
        b"<v>118.2</v>", b"<v>118.20000000000002</v>").replace(
        b"<v>0.1234</v>", b"<v>0.12340000000000001</v>"))
    result = _import(repo, path)
    assert result.exit_code == 0, result.output
    assert "{period: 2026-11, value: 118.2}" in _text(repo, "sales/online-gmv.yml")
    assert "{period: 2026-11, value: 231}" in _text(repo, "marketing/sales-qualified-leads.yml")
    assert "{period: 2026-11, value: 12.34}" in _text(repo, "customer-service/contact-csat.yml")


@pytest.mark.parametrize(("language", "said"), [
    ("en", "E406 The cell shows a percentage (85.5%), but `online-gmv` is measured in IDR "
           "billion (sheet Data, cell C2). Format the cell as a number and type the value in "
           "IDR billion."),
    # the unit as the KPI's file gives it in Bahasa Indonesia
    ("id", "E406 Sel ini menampilkan persentase (85.5%), tetapi `online-gmv` diukur dalam "
           "miliar rupiah (lembar Data, sel C2)."),
])
def test_a_percentage_for_a_kpi_not_measured_in_percent_is_refused(
        repo, tmp_path, language, said):
    path = _workbook(tmp_path / "v.xlsx", [HEADER, ["online-gmv", "2026-11", 0.855]],
                     formats={"C2": "0.0%"})
    before = snapshot(repo / "kpis")
    result = _import(repo, path, language=language)
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}:2:3: {said}")
    assert snapshot(repo / "kpis") == before


def test_a_date_is_the_period_it_shows(repo, tmp_path):
    """Excel makes the date 2026-10-01 shown `mmm-yy` of a typed `2026-10`."""
    path = _workbook(tmp_path / "v.xlsx", [
        HEADER,
        ["corporate-dso", datetime(2026, 11, 1), 48],  # mmm-yy: a month
        ["sales-qualified-leads", datetime(2026, 12, 1), 231],  # MMMM YYYY: a month
        ["corporate-reorder-rate", datetime(2026, 1, 1), 61.5],  # yyyy: a year
        ["corporate-reorder-rate", 2025, 60],  # a year typed: a number
    ], formats={"B2": "mmm-yy", "B3": '[$-421]MMMM\\ YYYY;@', "B4": "yyyy"})
    result = _import(repo, path)
    assert result.exit_code == 0, result.output
    assert "{period: 2026-11, value: 48}" in _text(repo, "finance/corporate-dso.yml")
    assert "{period: 2026-12, value: 231}" in _text(repo, "marketing/sales-qualified-leads.yml")
    reorder = _text(repo, "sales/corporate-reorder-rate.yml")
    assert "{period: 2026, value: 61.5}" in reorder and "{period: 2025, value: 60}" in reorder


def test_a_date_that_does_not_fit_the_kpi_says_which_periods_it_takes(repo, tmp_path):
    path = _workbook(tmp_path / "v.xlsx", [
        HEADER,
        ["corporate-reorder-rate", datetime(2026, 10, 1), 61.5],  # a month for a yearly KPI
        ["corporate-dso", datetime(2026, 10, 15), 48],  # a day for a monthly KPI
    ], formats={"B2": "mmm-yy", "B3": "dd/mm/yyyy"})
    result = _import(repo, path)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == (
        f"{path}:2:2: E405 `2026-10` does not fit how often `corporate-reorder-rate` is "
        "measured (sheet Data, cell B2). This KPI takes periods like 2026 (yearly).")
    assert lines[1].startswith(
        f"{path}:3:2: E405 `2026-10-15` does not fit how often `corporate-dso` is measured")


def test_a_date_shown_as_a_month_week_or_quarter_is_that_period(repo, tmp_path):
    """A format without a day shows a month even without the year (`mmmm`: November), and
    LibreOffice's week (`WW`) and quarter (`Q`) codes show those periods."""
    path = _workbook(tmp_path / "v.xlsx", [
        HEADER,
        ["corporate-dso", datetime(2026, 11, 1), 48],  # mmmm: a month, its year not shown
        ["chat-first-response-time", datetime(2026, 11, 25), 12.5],  # a Wednesday: W48
        ["sql-win-rate", datetime(2026, 10, 1), 27.1],  # 2026-Q4
    ], formats={"B2": "mmmm", "B3": 'yyyy"-W"ww', "B4": 'yyyy"-Q"q'})
    result = _import(repo, path)
    assert result.exit_code == 0, result.output
    assert "{period: 2026-11, value: 48}" in _text(repo, "finance/corporate-dso.yml")
    assert "{period: 2026-W48, value: 12.5}" in _text(
        repo, "customer-service/chat-first-response-time.yml")
    assert "{period: 2026-Q4, value: 27.1}" in _text(repo, "sales/sql-win-rate.yml")


def test_a_week_and_a_quarter_libreoffice_formatted_are_those_periods(repo):
    """weeks-quarters.xlsx: LibreOffice's week (`yyyy"-W"WW`) and quarter (`yyyy\\-Q`)
    formats, as it writes them to .xlsx; both were read as the year (2026)."""
    result = _import(repo, FILES / "weeks-quarters.xlsx")
    assert result.exit_code == 0, result.output
    assert "{period: 2026-W48, value: 12.5}" in _text(
        repo, "customer-service/chat-first-response-time.yml")
    assert "{period: 2026-Q4, value: 27.1}" in _text(repo, "sales/sql-win-rate.yml")


@pytest.mark.parametrize(("number_format", "day", "language", "said"), [
    ("WW", datetime(2026, 11, 25), "en",
     "E404 The cell shows the week 48 without its year: its date, 2026-11-25, is in the week "
     "2026-W48 (sheet Data, cell B2). Format the period column as text and type the period: "
     "2026-W48."),
    ("WW", datetime(2026, 11, 25), "id",
     "E404 Sel menampilkan minggu 48 tanpa tahunnya: tanggalnya, 2026-11-25, ada di minggu "
     "2026-W48 (lembar Data, sel B2). Format kolom periode sebagai teks dan ketik periodenya: "
     "2026-W48."),
    ('"Q"Q', datetime(2026, 10, 1), "en",
     "E404 The cell shows a quarter without its year: its date, 2026-10-01, is in the quarter "
     "2026-Q4 (sheet Data, cell B2). Format the period column as text and type the period: "
     "2026-Q4."),
    ('yyyy"-W"ww', datetime(2027, 1, 1), "en",
     "E404 The cell shows the week 53 with the year 2027, but its date, 2027-01-01, is in the "
     "week 2026-W53 (an ISO week belongs to the year of its Thursday) (sheet Data, cell B2). "
     "Format the period column as text and type the period: 2026-W53."),
])
def test_a_week_or_quarter_shown_without_its_year_is_refused_with_the_period(
        repo, tmp_path, number_format, day, language, said):
    """A cell formatted `WW` shows 48, `Q` shows 4: the date's year was read unseen (and
    1 January 2027 shown `YYYY-WW` reads 2027-53, a week of 2026)."""
    path = _workbook(tmp_path / "v.xlsx", [
        HEADER, ["chat-first-response-time", day, 12.5]], formats={"B2": number_format})
    before = snapshot(repo / "kpis")
    result = _import(repo, path, "--today", "2027-06-01", language=language)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == f"{path}:2:2: {said}"
    assert snapshot(repo / "kpis") == before


@pytest.mark.parametrize("number_format", ["mmm-yy", "mmmm", "mmm", "[$-421]MMMM\\ YYYY;@",
                                           "mmm-yy hh:mm"])  # the hh:mm of midnight
@pytest.mark.parametrize(("language", "said"), [
    ("en", "E405 `2026-11` does not fit how often `chat-first-response-time` is measured "
           "(sheet Data, cell B2). This KPI takes periods like 2026-03-31 (daily)."),
    ("id", "E405 `2026-11` tidak sesuai dengan seberapa sering `chat-first-response-time` "
           "diukur (lembar Data, sel B2). KPI ini memakai periode seperti 2026-03-31 "
           "(harian)."),
])
def test_a_date_shown_as_a_month_is_refused_for_a_kpi_measured_by_the_day(
        repo, tmp_path, number_format, language, said):
    """The cell shows November: never its first day (a Sunday, which a KPI reported weekly
    would have taken as a week), whether or not the format shows the year."""
    kpi_file = repo / "kpis" / "customer-service" / "chat-first-response-time.yml"
    kpi_file.write_text(kpi_file.read_text(encoding="utf-8").replace(
        "reporting_frequency: weekly", "reporting_frequency: daily"), encoding="utf-8")
    path = _workbook(tmp_path / "v.xlsx", [
        HEADER, ["chat-first-response-time", datetime(2026, 11, 1), 12.5],
        ["chat-first-response-time", datetime(2026, 11, 2), 12.0]],
        formats={"B2": number_format, "B3": "dd/mm/yyyy"})
    before = snapshot(repo / "kpis")
    result = _import(repo, path, language=language)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == f"{path}:2:2: {said}"
    assert len(result.output.splitlines()) == 2  # the day in B3 fits
    assert snapshot(repo / "kpis") == before


@pytest.mark.parametrize(("collected", "forms"), [
    ("daily", "2026-W13 (weekly) or 2026-03-31 (daily)"),
    # A week given as a day is its Sunday: the hint said `2026-03-31 (weekly)`, a Tuesday.
    ("weekly", "2026-W13 (weekly) or 2026-03-29 (weekly)"),
])
def test_a_date_shown_as_a_month_is_no_week_of_a_kpi_reported_weekly(
        repo, tmp_path, collected, forms):
    """1 November 2026 is a Sunday, the end of a week: shown `mmm` it is still November."""
    kpi_file = repo / "kpis" / "customer-service" / "chat-first-response-time.yml"
    kpi_file.write_text(kpi_file.read_text(encoding="utf-8").replace(
        "collection_frequency: daily", f"collection_frequency: {collected}"), encoding="utf-8")
    path = _workbook(tmp_path / "v.xlsx", [
        HEADER, ["chat-first-response-time", datetime(2026, 11, 1), 12.5],
        ["chat-first-response-time", datetime(2026, 11, 29), 12.5]],  # a Sunday: W48
        formats={"B2": "mmm", "B3": "d mmm yyyy"})
    result = _import(repo, path)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{path}:2:2: E405 `2026-11` does not fit how often `chat-first-response-time` is "
        f"measured (sheet Data, cell B2). This KPI takes periods like {forms}.")
    assert len(result.output.splitlines()) == 2  # the day shown as a day is the week


def test_formulas_never_calculated_say_to_open_and_save_the_workbook(repo, tmp_path):
    """openpyxl writes formulas without a result, as many programs do."""
    path = _workbook(tmp_path / "v.xlsx", [
        HEADER,
        ["online-gmv", "2026-11", "=100+18.2"],
        ["sales-qualified-leads", "2026-11", "=200+31"],
        ["corporate-dso", "=TEXT(DATE(2026,11,1),\"yyyy-mm\")", 48],
    ])
    before = snapshot(repo / "kpis")
    result = _import(repo, path)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{path}:2:3: E401 The formula in this cell has no saved result, nor have 2 other "
        "cells (sheet Data, cell C2). The workbook was written by a program and never opened "
        "in a spreadsheet: open it in Excel or LibreOffice Calc, save it, and import it "
        "again.",
        "Nothing was written: 1 problem found."]
    assert snapshot(repo / "kpis") == before
    indonesian = _import(repo, path, language="id")
    assert "buka di Excel atau LibreOffice Calc" in indonesian.output


@pytest.mark.parametrize(("language", "said"), [
    ("en", "E406 The cell holds the number 99999999 formatted as a date, but no date has "
           "that number (a spreadsheet shows ####) (sheet Data, cell C2). Format the cell as a "
           "number or as text and type what it should hold (a period as 2026-11)."),
    ("id", "E406 Sel berisi angka 99999999 yang diformat sebagai tanggal, tetapi tidak ada tanggal "
           "dengan angka itu (spreadsheet menampilkan ####) (lembar Data, sel C2). Format sel "
           "sebagai angka atau teks dan ketik isinya yang seharusnya (periode sebagai 2026-11)."),
])
def test_a_number_formatted_as_a_date_no_date_has_is_said_and_openpyxl_is_silent(
        repo, tmp_path, language, said):
    """openpyxl warned on the reader's terminal (its file and line, `warn(msg)`), then read
    the cell as the error #VALUE!, which the sheet does not show: both said as one problem."""
    path = _workbook(tmp_path / "v.xlsx", [HEADER, ["online-gmv", "2026-11", 99999999]],
                     formats={"C2": "dd/mm/yyyy"})
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        result = _import(repo, path, language=language)
    assert [str(warning.message) for warning in warned] == []
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == f"{path}:2:3: {said}"


@pytest.mark.parametrize(("cells", "formats", "language", "said"), [
    # a date before 1900 (Excel shows ####, LibreOffice 1899-12-01) in the value column
    (["online-gmv", "2026-11", datetime(1899, 12, 1)], {"C2": "yyyy-mm-dd"}, "en",
     "2:3: E406 The cell holds the date 1899-12-01 (the number -29 formatted as a date), not "
     "a number (sheet Data, cell C2). Format the cell as a number and type the value."),
    # a number typed in a cell formatted as a date: its date, and the number it holds
    (["online-gmv", "2026-11", 30], {"C2": "dd/mm/yyyy"}, "id",
     "2:3: E406 Sel berisi tanggal 1900-01-30 (angka 30 yang diformat sebagai tanggal), bukan "
     "angka (lembar Data, sel C2). Format sel sebagai angka dan ketik nilainya."),
    (["online-gmv", "2026-11", 0.5], {"C2": "hh:mm"}, "en",
     "2:3: E406 The cell holds the duration 12:00:00, but `online-gmv` is measured in IDR "
     "billion, which is not a unit of time (sheet Data, cell C2)."),
    # a period before 1900: a negative number shown as a month; was E409 "could not be
    # written ... report this file's layout as a bug"
    (["online-gmv", -400, 118.2], {"B2": "mmm-yy"}, "en",
     "2:2: E404 The cell holds the date 1898-11-25 (the number -400 formatted as a date), "
     "outside the years 1900 to 2200 that a KPI's periods lie in (sheet Data, cell B2). "
     "Format the period column as text and type the period: 2026-11 (a month)."),
    # a small number formatted as a date: 30 shows as Jan-00 (was written as 1900-01) or
    # 30/01/1900 (was "does not fit how often `online-gmv` is measured")
    (["online-gmv", 30, 118.2], {"B2": "mmm-yy"}, "en",
     "2:2: E404 The cell holds the date 1900-01-30, the number 30 formatted as a date: a small "
     "number, not a period (sheet Data, cell B2). Format the period column as text and type "
     "the period: 2026-11 (a month)."),
    (["online-gmv", 366, 118.2], {"B2": "dd/mm/yyyy"}, "en",
     "2:2: E404 The cell holds the date 1900-12-31, the number 366 formatted as a date"),
    (["online-gmv", datetime(1899, 11, 1), 118.2], {"B2": "mmm-yy"}, "id",
     "2:2: E404 Sel berisi tanggal 1899-11-01 (angka -59 yang diformat sebagai tanggal), di "
     "luar tahun 1900 sampai 2200 tempat periode KPI berada (lembar Data, sel B2). Format "
     "kolom periode sebagai teks dan ketik periodenya: 2026-11 (bulan)."),
])
def test_a_date_in_the_value_column_or_before_1900_is_said_as_a_date(
        repo, tmp_path, cells, formats, language, said):
    """Each was "`1899-12-01` is not a number" (a value), or E409 (a period before 1900)."""
    path = _workbook(tmp_path / "v.xlsx", [HEADER, cells], formats=formats)
    before = snapshot(repo / "kpis")
    result = _import(repo, path, language=language)
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith(f"{path}:{said}"), result.output
    assert snapshot(repo / "kpis") == before


def test_a_misspelt_header_under_a_title_is_blamed_at_its_row(repo, tmp_path):
    """Was blamed on the title, A1: "lacks the columns `kpi`, `period`, `value`"."""
    path = _workbook(tmp_path / "v.xlsx", [["Laporan KPI"], ["kpi", "periods", "value"],
                                           ["online-gmv", "2026-11", 118.2]])
    result = _import(repo, path, language="id")
    assert result.exit_code == 1
    assert result.output.startswith(
        f"{path}:2:1: E401 Baris judul kolom tidak punya kolom `period` (lembar Data, sel "
        "A2). Ganti nama kolom `periods` menjadi `period`"), result.output


def test_openpyxl_is_silent_when_a_formula_without_result_is_looked_for(repo, tmp_path):
    """The workbook is opened a second time to find formulas never calculated: openpyxl
    warned there too, of the period cell no date has."""
    path = _workbook(tmp_path / "v.xlsx", [HEADER, ["online-gmv", 99999999, "=1+1"]],
                     formats={"B2": "dd/mm/yyyy"})
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        result = _import(repo, path)
    assert [str(warning.message) for warning in warned] == []
    assert result.exit_code == 1 and "no saved result" in result.output, result.output


def test_error_values_are_refused_at_their_cells(repo, tmp_path):
    path = _workbook(tmp_path / "v.xlsx", [
        HEADER,
        ["online-gmv", "2026-11", "#DIV/0!"],
        ["sales-qualified-leads", "#N/A", 231],
        ["corporate-dso", "2026-11", 48, "#REF!"],  # a note too: not written as text
    ])
    result = _import(repo, path)
    assert result.exit_code == 1
    assert [line.split(" ", 2)[:2] for line in result.output.splitlines()[:-1]] == [
        [f"{path}:2:3:", "E406"], [f"{path}:3:2:", "E404"], [f"{path}:4:4:", "E406"]]
    assert ("E406 The cell shows the error #DIV/0!: its formula gives no value (sheet Data, "
            "cell C2). Correct the formula, or type the value in.") in result.output


def test_blank_rows_empty_columns_and_other_columns_are_passed_over(repo, tmp_path):
    path = _workbook(tmp_path / "v.xlsx", [
        [],
        ["Name", "KPI", "Period", "Unit", "Value", "Note", None, None],
        ["Online GMV", "online-gmv", "2026-11", "IDR billion", 118.2, "11.11 sale"],
        [None, None, None, None, None, None, None, None],
        ["Leads", "sales-qualified-leads", "2026-11", "SQLs", None, None],  # left blank
        [None, "  ", None],
    ])
    result = _import(repo, path)
    assert result.exit_code == 0, result.output
    assert "1 row left blank: not imported." in result.output
    assert "Wrote 1 value in 1 KPI file." in result.output
    assert '{period: 2026-11, value: 118.2, note: "11.11 sale"}' in _text(
        repo, "sales/online-gmv.yml")


def test_a_missing_column_is_named_at_the_header_row(repo, tmp_path):
    path = _workbook(tmp_path / "v.xlsx", [[], ["kpi", "month", "value"]])
    result = _import(repo, path)
    assert result.exit_code == 1
    assert result.output.startswith(
        f"{path}:2:1: E401 The header row has no column `period` (sheet Data, cell A2).")


# --- sheets ------------------------------------------------------------------------------


def test_the_first_visible_sheet_is_read_or_the_one_named(repo, tmp_path):
    path = _workbook(tmp_path / "v.xlsx", [HEADER, ["online-gmv", "2026-11", 118.2]],
                     hidden_first=True,
                     more={"Leads": [HEADER, ["sales-qualified-leads", "2026-11", 231]]})
    first = _import(repo, path, "--dry-run")
    assert first.exit_code == 0, first.output
    assert "+  - {period: 2026-11, value: 118.2}" in first.output  # not the hidden 1
    named = _import(repo, path, "--dry-run", "--sheet", "leads")
    assert named.exit_code == 0, named.output
    assert "+  - {period: 2026-11, value: 231}" in named.output
    assert "online-gmv" not in named.output


@pytest.mark.parametrize(("options", "language", "said"), [
    (["--sheet", "Juni"], "en", "E401 The workbook has no sheet `Juni`; its sheets: Cover, "
                                "Data, Old (hidden). Name one of them with --sheet"),
    (["--sheet", "Juni"], "id", "E401 Buku kerja ini tidak punya lembar `Juni`; lembarnya: "
                                "Cover, Data, Old (tersembunyi)."),
    # An empty first sheet (a cover): the hint said to start with the header row.
    ([], "en", "E401 The sheet Cover is empty. Name the sheet that holds the values with "
               "--sheet; the workbook's other sheets: Data, Old (hidden)."),
    ([], "id", "E401 Lembar Cover kosong. Sebutkan lembar yang berisi nilai dengan --sheet; "
               "lembar lain di buku kerja ini: Data, Old (tersembunyi)."),
])
def test_an_unknown_sheet_or_an_empty_one_lists_the_sheets_there_are(
        repo, tmp_path, options, language, said):
    path = _workbook(tmp_path / "v.xlsx", [], title="Cover",
                     more={"Data": [HEADER, GMV], "Old": [HEADER]})
    book = load_workbook(path)
    book["Old"].sheet_state = "hidden"
    book.save(path)
    result = _import(repo, path, *options, language=language)
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}:1:1: {said}")


def test_sheet_is_refused_for_a_csv_file(repo, tmp_path):
    path = tmp_path / "v.csv"
    path.write_text("kpi,period,value\nonline-gmv,2026-11,118.2\n", encoding="utf-8")
    result = _import(repo, path, "--sheet", "Data")
    assert result.exit_code == 1
    assert "--sheet names a sheet of an Excel workbook" in result.output


def test_a_workbook_is_read_from_standard_input(repo, tmp_path):
    path = _workbook(tmp_path / "v.xlsx", [HEADER, ["online-gmv", "2026-11", "#N/A"]])
    result = kpi("actuals", "import", "-", str(repo / "kpis"), "--today", TODAY,
                 input=path.read_bytes())
    assert result.output.startswith("<stdin>:2:3: E406 The cell shows the error #N/A")


# --- files that are no .xlsx -------------------------------------------------------------


@pytest.mark.parametrize(("name", "data", "language", "said"), [
    ("values.ods", (FILES / "id-ID-workbook.ods").read_bytes(), "en",
     'E401 The file is an OpenDocument spreadsheet (.ods), which the import does not read. '
     'In LibreOffice, save it as "Excel 2007-365 (.xlsx)", or as "Text CSV (.csv)"'),
    ("values.ods", (FILES / "id-ID-workbook.ods").read_bytes(), "id",
     "E401 Berkas ini spreadsheet OpenDocument (.ods), yang tidak dibaca oleh impor. Di "
     'LibreOffice, simpan sebagai "Excel 2007-365 (.xlsx)"'),
    ("values.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "en",
     'E401 The file is an Excel 97-2003 workbook (.xls), which the import does not read. '
     'Save it as "Excel Workbook (.xlsx)" or as "CSV UTF-8"'),
    ("values.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "id",
     "E401 Berkas ini buku kerja Excel 97-2003 (.xls), yang tidak dibaca oleh impor. Simpan "
     'sebagai "Excel Workbook (.xlsx)" atau "CSV UTF-8"'),
    # was "not an Excel workbook (.xlsx), nor a CSV file": it is one, renamed
    ("values.xlsx", b"kpi,period,value\n", "en",
     "E401 The file is named as a workbook but holds text, not a workbook: a CSV file "
     "renamed? Give it the name it was saved with (.csv for CSV"),
    ("values.xlsx", "kpi,period,value\n".encode("utf-16"), "id",
     "E401 Nama berkas ini nama buku kerja, tetapi isinya teks, bukan buku kerja: berkas CSV "
     "yang diganti namanya?"),
    ("values.xlsx", b"\x00\x01binary", "en",
     "E401 The file is not an Excel workbook (.xlsx), nor a CSV file."),
    ("values.xlsx", b"PK\x03\x04 broken", "id",
     "E401 Berkas ini bukan buku kerja Excel (.xlsx), bukan pula berkas CSV."),
])
def test_files_that_are_no_xlsx_say_how_to_save_them(repo, tmp_path, name, data, language,
                                                     said):
    path = tmp_path / name
    path.write_bytes(data)
    result = _import(repo, path, language=language)
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}:1:1: {said}")


def test_the_workbook_libreoffice_saved_instead_of_csv_is_read(repo):
    """id-ID-workbook.xlsx (refused as a workbook before): 85,5% read as 85.5 for a KPI in
    %, 187.500 typed in Indonesian as 187500; the day typed for a monthly KPI refused."""
    path = FILES / "id-ID-workbook.xlsx"
    result = _import(repo, path)
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith(
        f"{path}:8:2: E405 `2026-11-01` does not fit how often `corporate-dso` is measured "
        "(sheet id-ID-workbook, cell B8).")
    assert result.output.endswith("Nothing was written: 1 problem found.\n")


# --- hostile files -----------------------------------------------------------------------


def _with_part(source: Path, target: Path, name: str, data: bytes) -> Path:
    """The workbook ``source`` with its part ``name`` replaced by ``data``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w",
                                                          zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item.filename, data if item.filename == name else old.read(item))
    return target


LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">'
                    for n in range(1, 10))
          + ']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
          "</sheetData></worksheet>")
EXTERNAL = ('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&secret;</t></is></c></row>'
            "</sheetData></worksheet>")


@pytest.mark.parametrize(("part", "sheet"), [
    ("xl/worksheets/sheet1.xml", LAUGHS),
    ("xl/worksheets/sheet1.xml", EXTERNAL),
    ("xl/workbook.xml", EXTERNAL),
])
@pytest.mark.parametrize("language", ["en", "id"])
def test_a_dtd_in_any_part_is_refused_unread(repo, tmp_path, part, sheet, language):
    made = _workbook(tmp_path / "made.xlsx", [HEADER])
    path = _with_part(made, tmp_path / "hostile.xlsx", part, sheet.encode())
    started = time.perf_counter()
    result = _import(repo, path, language=language)
    assert time.perf_counter() - started < 10
    assert result.exit_code == 1
    said = {"en": f"E401 The workbook's part {part} declares a DTD (<!DOCTYPE>), which Excel "
                  "and LibreOffice never write: the file is not read.",
            "id": f"E401 Bagian {part} dari buku kerja ini mendeklarasikan DTD (<!DOCTYPE>)"}
    assert result.output.startswith(f"{path}:1:1: {said[language]}")
    assert "root:" not in result.output and "lollol" not in result.output


def test_a_dtd_past_the_first_bytes_is_refused_by_defusedxml(repo, tmp_path):
    """A prolog longer than the 4 KB looked at: openpyxl parses with defusedxml, which
    refuses the DTD."""
    made = _workbook(tmp_path / "made.xlsx", [HEADER])
    padded = LAUGHS.replace("\n<!DOCTYPE", "\n<!--" + " " * 5000 + "-->\n<!DOCTYPE", 1)
    path = _with_part(made, tmp_path / "hostile.xlsx", "xl/worksheets/sheet1.xml",
                      padded.encode())
    result = _import(repo, path)
    assert result.exit_code == 1
    assert result.output.startswith(
        f"{path}:1:1: E401 One of the workbook's XML files declares a DTD (<!DOCTYPE>), which "
        "Excel and LibreOffice never write: the file is not read. Open it in Excel")
    assert "lollol" not in result.output


def _damaged(made: Path, path: Path, how: str) -> Path:
    """The workbook with the packed bytes of its sheet's part spoilt: ``deflate`` (a
    stream zlib refuses), ``crc`` (a stored part whose checksum no longer fits)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(made) as old, zipfile.ZipFile(buffer, "w") as new:
        for item in old.infolist():
            method = zipfile.ZIP_STORED if how == "crc" else zipfile.ZIP_DEFLATED
            new.writestr(item.filename, old.read(item), compress_type=method)
    data = bytearray(buffer.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        item = archive.getinfo("xl/worksheets/sheet1.xml")
    start = item.header_offset + 30 + len(item.filename.encode()) + len(item.extra)
    if how == "crc":
        data[start + item.compress_size - 20] ^= 0x01  # one byte of the sheet's XML
    else:
        data[start:start + 8] = b"\xff" * 8  # no deflate block starts so
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("how", ["deflate", "crc"])
@pytest.mark.parametrize(("language", "said"), [
    ("en", "E401 The workbook is damaged: a part of it cannot be unpacked ("),
    ("id", "E401 Buku kerja ini rusak: salah satu bagiannya tidak dapat diurai ("),
])
def test_a_damaged_zip_is_said_as_such_not_a_traceback(repo, tmp_path, how, language, said):
    made = _workbook(tmp_path / "made.xlsx", [HEADER, GMV])
    path = _damaged(made, tmp_path / "damaged.xlsx", how)
    before = snapshot(repo)
    result = _import(repo, path, language=language)
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"{path}:1:1: {said}"), result.output[:400]
    assert "Traceback" not in result.output
    assert snapshot(repo) == before


def test_a_zip_bomb_is_refused_by_its_declared_size_before_reading(repo, tmp_path):
    """A sheet that unpacks to 101 MiB (blanks between its cells) from 0.1 MB packed."""
    made = _workbook(tmp_path / "made.xlsx", [HEADER, ["online-gmv", "2026-11", 118.2]])
    path = tmp_path / "bomb.xlsx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(made) as old, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                new.writestr(item.filename, old.read(item))
                continue
            before, after = old.read(item).split(b"<sheetData>")
            with new.open(item.filename, "w") as stream:
                stream.write(before + b"<sheetData>")
                block = b" " * (1024 * 1024)
                for _ in range(101):
                    stream.write(block)
                stream.write(after)
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 1_000_000
    for language, said in [
        ("en", "E401 The workbook unpacks to 106 MB in 9 parts, more than the import reads "
               "(105 MB, 10,000 parts)."),
        ("id", "E401 Buku kerja ini terurai menjadi 106 MB dalam 9 bagian, lebih dari yang "
               "dibaca impor (105 MB, 10.000 bagian)."),
    ]:
        started = time.perf_counter()
        result = _import(repo, path, language=language)
        assert time.perf_counter() - started < 10
        assert result.exit_code == 1
        assert result.output.startswith(f"{path}:1:1: {said}")


def test_an_id_a_period_and_a_note_merged_down_are_each_rows(repo):
    """merged-en-US.xlsx (LibreOffice saved it): `online-gmv` and its note merged over two
    rows, a period (a date shown `mmm-yy`) over two KPIs' rows, a note over columns no
    header names; the file holds each value in the range's first cell only."""
    result = _import(repo, FILES / "merged-en-US.xlsx", "--sheet", "Grouped")
    assert result.exit_code == 0, result.output
    assert "Wrote 5 values in 4 KPI files." in result.output
    gmv = _text(repo, "sales/online-gmv.yml")
    assert '{period: 2026-11, value: 118.2, note: "Harbolnas 11.11"}' in gmv
    assert '{period: 2026-12, value: 96.4, note: "Harbolnas 11.11"}' in gmv
    assert "{period: 2026-11, value: 231}" in _text(repo, "marketing/sales-qualified-leads.yml")
    assert "{period: 2026-11, value: 48}" in _text(repo, "finance/corporate-dso.yml")
    assert '{period: 2026-11, value: 187500, note: "one"}' in _text(
        repo, "sales/average-order-value.yml")


@pytest.mark.parametrize(("language", "said"), [
    ("en", "E406 The value cell is part of the merged cells C2:C3, which hold their value in "
           "their first cell only: this row has no value of its own (sheet Value merged, cell "
           "C3). Unmerge the cells, then type each period's value in its own row."),
    ("id", "E406 Sel nilai ini bagian dari sel gabungan C2:C3, yang menyimpan nilainya hanya "
           "di sel pertamanya: baris ini tidak punya nilai sendiri (lembar Value merged, sel "
           "C3). Pisahkan sel gabungan itu, lalu ketik nilai setiap periode di barisnya "
           "sendiri."),
])
def test_a_value_merged_over_two_periods_is_refused_at_its_cell(repo, language, said):
    """One value shown over 2026-11 and 2026-12: which month's is it? Never read as a row
    left blank, nor as both months'."""
    path = FILES / "merged-en-US.xlsx"
    before = snapshot(repo / "kpis")
    result = _import(repo, path, "--sheet", "Value merged", language=language)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == f"{path}:3:3: {said}"
    assert snapshot(repo / "kpis") == before


def test_merged_cells_are_read_from_the_sheet_named_and_hidden_rows_are_read(
        repo, tmp_path):
    """The ranges of the sheet read, not those of another sheet."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Other"
    sheet.append(["kpi", "period", "value"])
    sheet.merge_cells("C2:C5")
    data = book.create_sheet("Data")
    for row in [HEADER, [None, None, None], ["online-gmv", "2026-11", 118.2],
                [None, "2026-12", 96.4], ["sales-qualified-leads", "2026-11", 231]]:
        data.append(row)
    data.merge_cells("A1:A2")  # the header's own cell, over an empty row
    data.merge_cells("A3:A4")  # online-gmv shown over two rows
    data.row_dimensions[5].hidden = True
    path = tmp_path / "v.xlsx"
    book.save(path)
    result = _import(repo, path, "--sheet", "Data")
    assert result.exit_code == 0, result.output
    assert "Wrote 3 values in 2 KPI files." in result.output  # the hidden row's too
    assert "{period: 2026-12, value: 96.4}" in _text(repo, "sales/online-gmv.yml")


def _merged_workbook(path: Path, rows, merges: list[str]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Data"
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    book.save(path)
    return path


@pytest.mark.parametrize(("rows", "merges"), [
    ([["Laporan KPI November 2026"], HEADER, GMV], ["A1:D1"]),  # a title merged across
    ([["Laporan KPI"], ["Divisi Penjualan"], [None], HEADER, GMV], ["A1:D1", "A2:D2"]),
    ([["Identitas", None, "Nilai", None], HEADER, GMV], ["A1:B1", "C1:D1"]),  # groups
    ([HEADER, [None] * 4, GMV], ["A1:A2", "B1:B2", "C1:C2", "D1:D2"]),  # over two rows
    # kpi and period merged down over two rows, value and note under a group "Nilai"
    ([["kpi", "period", "Nilai", None], [None, None, "value", "note"], GMV],
     ["A1:A2", "B1:B2", "C1:D1"]),
    # the value's name merged over two columns, the value typed in the second
    ([["kpi", "period", "value", None, "note"], ["online-gmv", "2026-11", None, 118.2,
                                                 "Harbolnas"]], ["C1:D1"]),
])
def test_a_header_under_a_title_or_merged_is_read_as_the_sheet_shows_it(
        repo, tmp_path, rows, merges):
    """Each was refused: "The header row lacks the columns" at A1 (a title, groups, names
    merged down), or "The value is empty" at C2 (the value under its merged name, in D)."""
    path = _merged_workbook(tmp_path / "v.xlsx", rows, merges)
    result = _import(repo, path)
    assert result.exit_code == 0, result.output
    assert '{period: 2026-11, value: 118.2, note: "Harbolnas"}' in _text(
        repo, "sales/online-gmv.yml")


@pytest.mark.parametrize(("rows", "merges", "language", "said"), [
    ([["online-gmv", "2026-10", 100], ["kpi", "period", "value"],
      ["online-gmv", "2026-11", 118.2]], [], "en",
     "1:3: E401 This row is above the header row (row 2) and holds a number: the import reads "
     "only the rows under the header (sheet Data, cell C1). Move the row under the header "
     "row, or delete it; a title above the header is fine."),
    # a number typed as text, as a CSV file's cells are
    ([["Laporan", None, "118,2"], HEADER, GMV], [], "en",
     "1:3: E401 This row is above the header row (row 2) and holds a number: the import reads "
     "only the rows under the header (sheet Data, cell C1). Move the row under the header "
     "row, or delete it; a title above the header is fine."),
    ([["Nilai 2026", 2026], HEADER, GMV], ["B1:D1"], "id",
     "1:2: E401 Baris ini ada di atas baris judul kolom (baris 2) dan berisi angka: impor "
     "hanya membaca baris di bawah baris judul kolom (lembar Data, sel B1). Pindahkan baris "
     "ini ke bawah baris judul kolom, atau hapus; judul lembar di atas baris judul kolom "
     "tidak apa-apa."),
    # under a title, a header naming `value` twice: said, not "the header row lacks"
    ([["Laporan"], ["kpi", "period", "value", "value"], ["online-gmv", "2026-11", None, 1]],
     [], "id", "2:4: E401 Baris judul kolom menamai kolom `value` dua kali (`value` dan `value`): "
               "salah satunya tidak akan terbaca (lembar Data, sel D2). Ganti nama atau hapus "
               "salah satu dari dua kolom itu: `value` dan `value` sama-sama menamai kolom "
               "`value` (dalam bahasa Inggris atau bahasa Indonesia; `id` juga menamai kolom "
               "KPI)."),
    ([["kpi", "period", "value", None], ["online-gmv", "2026-11", 118.2, 120]], ["C1:D1"],
     "en",
     "2:4: E401 The header `value` is merged over the cells C1:D1, and this row has something "
     "under it in two cells (C2 and D2): which one is its value? (sheet Data, cell D2). "
     "Unmerge the header's cells and give each column its own name (the columns the header "
     "does not name are not read)."),
])
def test_a_number_above_the_header_or_two_under_a_merged_name_is_refused(
        repo, tmp_path, rows, merges, language, said):
    """Never passed over unsaid: a value above the header, or one of two under a name."""
    path = _merged_workbook(tmp_path / "v.xlsx", rows, merges)
    before = snapshot(repo / "kpis")
    result = _import(repo, path, language=language)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == f"{path}:{said}"
    assert snapshot(repo / "kpis") == before


def test_a_1904_workbook_with_a_filter_and_a_hidden_row_is_read_whole(repo):
    """views-1904.xlsx (LibreOffice saved it, shared strings): the 1904 date system (Excel
    for Mac's: the number 44865 is 1 November 2026 there, 31 October 2022 in the 1900 one),
    a filter that shows two KPIs, and the row it hides: read, as every hidden row is (a
    value hidden from view is still in the file, and importing only what a filter happens
    to show would drop values unsaid)."""
    result = _import(repo, FILES / "views-1904.xlsx")
    assert result.exit_code == 0, result.output
    assert "Wrote 3 values in 3 KPI files." in result.output
    assert '{period: 2026-11, value: 118.2, note: "Harbolnas 11.11"}' in _text(
        repo, "sales/online-gmv.yml")
    assert "{period: 2026-11, value: 231}" in _text(repo, "marketing/sales-qualified-leads.yml")
    assert "{period: 2026-11, value: 48}" in _text(repo, "finance/corporate-dso.yml")


def test_a_sheet_merging_more_ranges_than_read_is_refused(repo, tmp_path, monkeypatch):
    from kpi_catalog.actuals import workbook

    monkeypatch.setattr(workbook, "MAX_MERGED", 3)
    book = Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet.append(HEADER)
    for row in range(2, 12, 2):
        sheet.append(["online-gmv", "2026-11", 1])
        sheet.append([None, None, None])
        sheet.merge_cells(f"D{row}:D{row + 1}")
    path = tmp_path / "v.xlsx"
    book.save(path)
    for language, said in [("en", "E401 The sheet merges more than 3 ranges of cells, more "
                                  "than the import reads (sheet Data, cell A1)."),
                           ("id", "E401 Lembar ini menggabungkan lebih dari 3 rentang sel, "
                                  "lebih dari yang dibaca impor (lembar Data, sel A1).")]:
        result = _import(repo, path, language=language)
        assert result.exit_code == 1
        assert result.output.startswith(f"{path}:1:1: {said}"), result.output


def test_text_longer_than_a_cell_holds_is_refused_at_its_cell(repo, tmp_path):
    """A text of 5 MB in one cell (a hostile file may put one shared string in every cell
    at the cost of one): refused, never stripped or copied."""
    made = _workbook(tmp_path / "made.xlsx", [HEADER, ["online-gmv", "2026-11", 118.2, "x"]])
    with zipfile.ZipFile(made) as old:
        sheet = old.read("xl/worksheets/sheet1.xml")
    assert sheet.count(b'<c r="D2" t="inlineStr"><is><t>x</t></is></c>') == 1
    long = b" " + b"y" * 5_000_000 + b" "
    path = _with_part(made, tmp_path / "v.xlsx", "xl/worksheets/sheet1.xml", sheet.replace(
        b"<t>x</t>", b"<t xml:space=\"preserve\">" + long + b"</t>"))
    result = _import(repo, path)
    assert result.exit_code == 1
    assert result.output.startswith(
        f"{path}:2:4: E401 The cell holds 5,000,002 characters, more than a spreadsheet's cell "
        "holds (32,767) (sheet Data, cell D2). Shorten it")


def test_a_percentage_too_large_to_be_a_number_is_refused(repo, tmp_path):
    path = _workbook(tmp_path / "v.xlsx", [HEADER, ["contact-csat", "2026-11", 1e307]],
                     formats={"C2": "0%"})
    result = _import(repo, path)
    assert result.exit_code == 1
    assert result.output.startswith(
        f"{path}:2:3: E406 The value is too large to be a number (sheet Data, cell C2).")


@pytest.mark.parametrize(("last", "refused"), [(1_048_576, False), (1_048_577, True)])
def test_rows_a_file_leaves_out_cost_no_time(repo, tmp_path, last, refused):
    """A 5 KB sheet whose last cell is on Excel's last row: a million rows the file does
    not hold (20 s of CPU when each was read cell by cell); one row further is more than a
    spreadsheet holds."""
    made = _workbook(tmp_path / "made.xlsx", [HEADER, ["online-gmv", "2026-11", 118.2]])
    with zipfile.ZipFile(made) as old:
        sheet = old.read("xl/worksheets/sheet1.xml")
    far = (f'<row r="{last}"><c r="C{last}" t="inlineStr"><is><t>x</t></is></c><c r="XFD{last}">'
           "<v>1</v></c></row></sheetData>").encode()
    path = _with_part(made, tmp_path / "v.xlsx", "xl/worksheets/sheet1.xml",
                      sheet.replace(b"</sheetData>", far))
    assert path.stat().st_size < 10_000
    started = time.process_time()
    result = _import(repo, path)
    assert time.process_time() - started < 5
    assert result.exit_code == 1
    if refused:
        assert result.output.startswith(
            f"{path}:1048577:1: E401 The sheet has more than 1,048,576 rows, more than a "
            "spreadsheet holds.")
    else:  # read: the far row is one more row of values, without a KPI
        assert result.output.startswith(
            f"{path}:{last}:1: E402 The KPI id is missing (sheet Data, cell A{last}).")


def test_a_period_given_twice_on_a_sheet_names_the_first_row(repo, tmp_path):
    """E407 in a workbook: the first of the two rows is a row of the sheet, in both
    languages."""
    book = _workbook(tmp_path / "twice.xlsx", [
        HEADER, ["online-gmv", "2026-11", 118.2], ["online-gmv", "2026-12", 96.4],
        ["online-gmv", "2026-11", 120]])
    english = _import(repo, book)
    assert english.exit_code == 1, english.output
    assert ("twice.xlsx:4:2: E407 `online-gmv` has a value for 2026-11 twice in this sheet "
            "(first in row 2) (sheet Data, cell B4).") in english.output, english.output
    indonesian = _import(repo, book, language="id")
    assert ("E407 `online-gmv` punya dua nilai untuk 2026-11 di lembar ini (yang pertama di "
            "baris 2) (lembar Data, sel B4).") in indonesian.output, indonesian.output
