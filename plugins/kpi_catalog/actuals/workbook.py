"""Read values to import from an Excel workbook (``.xlsx``), each cell located.

The sheet holds the same columns as the CSV file (``kpi``, ``period``, ``value``, ``note``,
under a header row), on the first visible sheet or the one named. Cells are read as typed
(openpyxl, read-only, the values the spreadsheet saved for formulas) and handed on as the
CSV path's :class:`~kpi_catalog.actuals.sources.Row`, so that the same checks, codes and
messages apply; a message names the sheet and the cell (``sheet Data, cell C4``).

- A number is its value, to the 15 significant digits a spreadsheet keeps (``118.2``, not
  ``118.20000000000000284``). A cell formatted as a percentage holds ``0.855`` for 85.5%:
  it is marked (:attr:`Cell.percent`), and the checks read 85.5 for a KPI whose unit is a
  percentage and refuse it for any other unit.
- A date is the period it shows: a date whose format shows a month and no day (``mmm-yy``,
  what Excel makes of a typed ``2026-10``, or ``mmmm``) is that month, one that shows only
  the year is that year, a week or a quarter (LibreOffice's ``WW``, ``Q``) that ISO week or
  quarter, one that shows a day is that day. A period that does not fit the KPI is refused
  as in a CSV file (a month for a KPI measured by the day, a day for one measured by the
  month).
- A date in the value column (a number typed in a cell formatted as a date, a date before
  1900 that Excel shows as ``####``) is refused as the date and the number it holds; a
  period cell holding a date before 1900 is refused too (no KPI's period lies there), and
  one in 1900 (30 formatted as a date shows 30/01/1900: a number, never the period 1900-01).
- A duration in the value column (``[h]:mm``, read as a timedelta; ``h:mm:ss``, read as a
  time) is handed on as its seconds (:attr:`Cell.duration`), read in the KPI's unit of time
  (:mod:`.durations`); a format that hides part of it (25:30 shown ``1:30:00`` by
  ``h:mm:ss``) is refused.
- An error value (``#DIV/0!``) is refused at its cell; a formula without a saved result (a
  workbook written by a program and never opened in a spreadsheet) too, saying to open and
  save it.

Before openpyxl reads anything, the file is checked as a zip: at most
:data:`MAX_UNPACKED` bytes unpacked, as the zip declares them (a zip bomb is refused
unread; zipfile never unpacks more than a member declares), and no XML part may declare a
DTD (billion laughs, external entities): Excel and LibreOffice never write one. defusedxml,
which openpyxl uses when it is installed, refuses them too.
"""

from __future__ import annotations

import io
import posixpath
import re
import warnings
import zipfile
import zlib
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from itertools import repeat
from operator import is_

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring, iterparse

from kpi_catalog import yaml_text
from kpi_catalog.actuals.durations import shown_duration
from kpi_catalog.actuals.sheet_header import Header, find_header, merged_across
from kpi_catalog.actuals.sources import (
    UTF16_BOMS,
    Cell,
    Row,
    SourceProblem,
    cell_name,
    placed,
)
from kpi_catalog.i18n.messages import _, count_text, ngettext
from kpi_catalog.model import codes
from kpi_catalog.model.diagnostics import Diagnostic, visible
from kpi_catalog.model.fields import FIRST_YEAR, LAST_YEAR

MAX_UNPACKED = 100 * 1024 * 1024
"""Bytes a workbook may unpack to, all its parts together (100 MiB). A sheet of 5,000 values
unpacks to 0.9 MB (openpyxl) to 1.5 MB (LibreOffice)."""
MAX_PARTS = 10_000
MAX_ROWS = 1_048_576  # Excel's
MAX_COLUMNS = 256  # A to IV: the columns looked at for the header (Excel 2003's width)
MAX_TEXT = 32_767  # characters in a cell, Excel's limit
MAX_MERGED = 100_000  # merged ranges on the sheet read: a sheet of values has a few
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls)
_DOCTYPE = tuple("<!DOCTYPE".encode(encoding) for encoding in ("utf-8", "utf-16-le",
                                                                 "utf-16-be"))
# The parts of a number format that are no format codes: quoted text, escaped characters,
# [colours] and [$-421] locales, _x spaces and *x fills.
_EPOCH_1900 = datetime(1899, 12, 30)  # openpyxl's CALENDAR_WINDOWS_1900
_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_MINUTES = re.compile(r"h+[^a-z]*m{1,2}|m{1,2}[^a-z]*s+")  # in a format without its literals


def is_workbook(data: bytes, path: str) -> bool:
    """A workbook by its content (a zip, an Excel 97-2003 file) or by its name."""
    return data.startswith((_ZIP, _OLE)) or path.lower().endswith(WORKBOOK_SUFFIXES)


def read_workbook(data: bytes, path: str, sheet: str | None = None,
                  decimal_comma: bool = False) -> list[Row]:
    """The rows of the sheet ``sheet`` (by default the first visible one) of an .xlsx file."""
    with _unpacking(path):
        archive = _archive(data, path)
        _check_parts(archive, path)
    from openpyxl import load_workbook  # here: `kpi validate` starts without it

    # openpyxl warns of what it makes of a file (a style missing, an extension it skips):
    # never printed to the reader; the one warning that changes a cell is said at the cell.
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        try:
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # a damaged or hostile file: said, located, never a traceback
            raise SourceProblem([_unreadable(path, exc)]) from None
        try:
            worksheet = _sheet(book, sheet, path)
            merged = _merged_ranges(archive, worksheet.title, path)
            rows, empty = _read(worksheet, path, decimal_comma, merged)
        except SourceProblem:
            raise
        except Exception as exc:
            raise SourceProblem([_unreadable(path, exc)]) from None
        finally:
            book.close()
        if empty:  # a cell the file holds without a value: a formula never calculated?
            with _unpacking(path):
                _check_formulas(data, worksheet.title, empty, path)
    _say_dates_out_of_range(rows, [str(warning.message) for warning in warned])
    return rows


# --- the zip ---------------------------------------------------------------------------


_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
            OSError, ValueError)
"""What zipfile raises reading a damaged member: a bad CRC, a broken deflate stream, a
member cut short, a compression method or encryption it does not read."""


@contextmanager
def _unpacking(path: str) -> Iterator[None]:
    """A member of the zip that cannot be unpacked: said as a damaged file, never a
    traceback."""
    try:
        yield
    except _DAMAGED as exc:
        lines = str(exc).strip().splitlines()
        problem = lines[0].rstrip(".") if lines else type(exc).__name__
        raise SourceProblem([Diagnostic(
            path, 1, 1, codes.BAD_VALUES_FILE,
            _("The workbook is damaged: a part of it cannot be unpacked ({problem}).",
              problem=visible(problem[:200])),
            _("Open it in Excel or LibreOffice Calc and save it again as .xlsx (Excel offers "
              'to repair it), or save it as "CSV UTF-8", then import that file.'))]) from None


def _archive(data: bytes, path: str) -> zipfile.ZipFile:
    if data.startswith(_OLE):
        raise _refused(
            path, _("The file is an Excel 97-2003 workbook (.xls), which the import does not "
                    "read."),
            _('Save it as "Excel Workbook (.xlsx)" or as "CSV UTF-8", then import that '
              "file."))
    if not data.startswith(_ZIP) and _is_text(data):
        raise _refused(
            path, _("The file is named as a workbook but holds text, not a workbook: a CSV "
                    "file renamed?"),
            _("Give it the name it was saved with (.csv for CSV, .jsonl for JSON lines), then "
              "import it."))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise SourceProblem([_not_xlsx(path)]) from None
    if "mimetype" in names and archive.read("mimetype").startswith(
            b"application/vnd.oasis.opendocument"):
        raise _refused(
            path, _("The file is an OpenDocument spreadsheet (.ods), which the import does "
                    "not read."),
            _('In LibreOffice, save it as "Excel 2007-365 (.xlsx)", or as "Text CSV (.csv)" '
              'with the character set "Unicode (UTF-8)", then import that file.'))
    if "xl/workbook.xml" not in names:
        raise SourceProblem([_not_xlsx(path)])
    return archive


def _refused(path: str, message: str, hint: str) -> SourceProblem:
    """The file refused as a whole: located at its start."""
    return SourceProblem([Diagnostic(path, 1, 1, codes.BAD_VALUES_FILE, message, hint)])


def _is_text(data: bytes) -> bool:
    """Whether the file's start is text (UTF-8, or UTF-16 with its mark): no workbook is."""
    start = data[:4096]
    if start.startswith(UTF16_BOMS):
        return True
    if b"\0" in start:
        return False
    try:
        start.decode("utf-8")
    except UnicodeDecodeError as exc:  # a character cut at the end of the start is fine
        return exc.start >= len(start) - 3 and bool(start)
    return bool(start.strip())


def _not_xlsx(path: str) -> Diagnostic:
    return Diagnostic(
        path, 1, 1, codes.BAD_VALUES_FILE,
        _("The file is not an Excel workbook (.xlsx), nor a CSV file."),
        _('Open it in Excel or LibreOffice Calc and save it as "Excel Workbook (.xlsx)" or '
          'as "CSV UTF-8", then import that file.'))


def _check_parts(archive: zipfile.ZipFile, path: str) -> None:
    """Refuse a zip bomb by the sizes the zip declares, and a DTD in any XML part."""
    parts = archive.infolist()
    unpacked = sum(part.file_size for part in parts)
    if len(parts) > MAX_PARTS or unpacked > MAX_UNPACKED:
        raise SourceProblem([Diagnostic(
            path, 1, 1, codes.BAD_VALUES_FILE,
            _("The workbook unpacks to {size} MB in {count} parts, more than the import reads "
              "({limit} MB, {parts} parts).", size=count_text(round(unpacked / 1e6)),
              count=count_text(len(parts)), limit=count_text(round(MAX_UNPACKED / 1e6)),
              parts=count_text(MAX_PARTS)),
            _('A file of values is small: copy the sheet of values into a new workbook, or save '
              'it as "CSV UTF-8", and import that file.'))])
    for part in parts:
        if not part.filename.endswith((".xml", ".rels")):
            continue
        with archive.open(part) as stream:
            start = stream.read(4096)
        if any(mark in start for mark in _DOCTYPE):
            raise SourceProblem([Diagnostic(
                path, 1, 1, codes.BAD_VALUES_FILE,
                _("The workbook's part {part} declares a DTD (<!DOCTYPE>), which Excel and "
                  "LibreOffice never write: the file is not read.",
                  part=visible(part.filename)),
                _("Open the file in Excel or LibreOffice Calc and save it again, or save it as "
                  '"CSV UTF-8", and import that file.'))])


def _unreadable(path: str, exc: BaseException) -> Diagnostic:
    hint = _("Open it in Excel or LibreOffice Calc and save it again as .xlsx, or save it as "
             '"CSV UTF-8", then import that file.')
    cause: BaseException | None = exc
    while cause is not None:  # openpyxl says "invalid XML" of what defusedxml refused
        if isinstance(cause, DefusedXmlException):
            return Diagnostic(
                path, 1, 1, codes.BAD_VALUES_FILE,
                _("One of the workbook's XML files declares a DTD (<!DOCTYPE>), which Excel and "
                  "LibreOffice never write: the file is not read."), hint)
        cause = cause.__cause__ or cause.__context__
    lines = str(exc).strip().splitlines()
    problem = lines[0].rstrip(".") if lines else type(exc).__name__
    return Diagnostic(
        path, 1, 1, codes.BAD_VALUES_FILE,
        _("The workbook could not be read: {problem}.", problem=visible(problem[:200])), hint)


# --- the sheet -------------------------------------------------------------------------


def _sheet(book, name: str | None, path: str):
    sheets = book.worksheets  # no chart sheets
    if not sheets:
        raise SourceProblem([Diagnostic(path, 1, 1, codes.BAD_VALUES_FILE,
                                        _("The workbook has no sheet of cells."))])
    if name is None:
        return next((ws for ws in sheets if ws.sheet_state == "visible"), sheets[0])
    found = next((ws for ws in sheets if ws.title == name), None) or next(
        (ws for ws in sheets if ws.title.casefold() == name.strip().casefold()), None)
    if found is None:
        listed = _listed(sheets)
        raise SourceProblem([Diagnostic(
            path, 1, 1, codes.BAD_VALUES_FILE,
            _("The workbook has no sheet `{name}`; its sheets: {sheets}.",
              name=visible(name), sheets=listed),
            _("Name one of them with --sheet (without it, the first visible sheet is "
              "read)."))])
    return found


def _listed(sheets) -> str:
    """The sheets' names, hidden ones marked: ``Data, Old (hidden)``."""
    return ", ".join(visible(ws.title) + ("" if ws.sheet_state == "visible"
                                          else " " + _("(hidden)")) for ws in sheets)


def _read(worksheet, path: str, decimal_comma: bool, merged: list[tuple[int, int, int, int]]
          ) -> tuple[list[Row], set[tuple[int, int]]]:
    """The rows under the header, and the cells of the header's columns that the file holds
    without a value."""
    worksheet.reset_dimensions()  # never trust the size the file states: no row left out
    sheet = worksheet.title
    found = next(_rows_of(worksheet, path, sheet, 1, MAX_COLUMNS), None)
    if found is None:
        others = [ws for ws in worksheet.parent.worksheets if ws.title != sheet]
        hint = _("Start with the header row: kpi,period,value,note")
        if others:  # the values are likely on another sheet: say which there are
            hint = _("Name the sheet that holds the values with --sheet; the workbook's other "
                     "sheets: {sheets}.", sheets=_listed(others))
        raise SourceProblem([Diagnostic(
            path, 1, 1, codes.BAD_VALUES_FILE,
            _("The sheet {sheet} is empty.", sheet=visible(sheet)), hint)])
    found_header = find_header(
        ((number, [cell.value for cell in cells])
         for number, cells in _rows_of(worksheet, path, sheet, 1, MAX_COLUMNS)),
        merged, path, sheet, MAX_COLUMNS)
    line, header = found_header.line, found_header.names
    rows: list[Row] = []
    empty: set[tuple[int, int]] = set()
    merges = _Merges(merged, header, line, getattr(worksheet.parent, "epoch", _EPOCH_1900))
    # Below the header, only as wide as its columns: 5,000 rows in 0.24 s of CPU, not 0.31.
    for number, cells in _rows_of(worksheet, path, sheet, line + 1, found_header.width):
        empty.update(_held_empty(cells, header))
        row_cells = {name: _under(name, index, cells, number, merges, found_header)
                     for index, name in header.items()}
        rows.append(Row(path, number, row_cells, decimal_comma=decimal_comma, sheet=sheet))
    return rows, empty


def _under(name: str, index: int, cells, line: int, merges: _Merges, header: Header) -> Cell:
    """The row's cell of the column ``name`` (at ``index``), or of the column a header merged
    across columns shows it in."""
    spans = header.spans.get(index)
    if spans is not None:
        held = [(i, cells[i].value) for i in [index, *spans[0]] if i < len(cells)
                and cells[i].value is not None and str(cells[i].value).strip()]
        chosen, refused = merged_across(name, spans, held, line)
        if refused is not None:
            return replace(merges.cell(name, cells[chosen], line, chosen + 1), refused=refused)
        if chosen >= 0:
            index = chosen
    return merges.cell(name, cells[index] if index < len(cells) else None, line, index + 1)


def _rows_of(worksheet, path: str, sheet: str, first: int, width: int):
    """``(line, cells)`` of each row from line ``first`` on, ``width`` cells wide, that holds
    a value (text of blanks alone is none)."""
    from openpyxl.cell.read_only import EMPTY_CELL

    nothing, left_out = repeat(EMPTY_CELL), None
    # openpyxl hands out every row `width` cells wide, the rows the file leaves out too (one
    # tuple, again and again): those are passed over without a Python step per cell (a 5 KB
    # file with one cell at A1048576 took 20 s read cell by cell; 100,000 rows of one cell
    # at XFD, 12 s without max_col).
    for number, cells in enumerate(worksheet.iter_rows(min_row=first, max_col=width), first):
        if number > MAX_ROWS:
            raise _too_many_rows(path, number)
        if cells is left_out or all(map(is_, cells, nothing)):
            left_out = cells
        else:
            values = [cell.value for cell in cells]
            _check_lengths(values, path, number, sheet)
            if values.count(None) != len(values) and any(
                    value is not None and (not isinstance(value, str) or value.strip())
                    for value in values):
                yield number, cells


def _too_many_rows(path: str, line: int) -> SourceProblem:
    return SourceProblem([Diagnostic(
        path, line, 1, codes.BAD_VALUES_FILE,
        _("The sheet has more than {count} rows, more than a spreadsheet holds.",
          count=count_text(MAX_ROWS)),
        _("Open it in Excel or LibreOffice Calc and save it again."))])


def _check_lengths(values: list[object], path: str, line: int, sheet: str) -> None:
    """No text longer than a spreadsheet's cell holds: the same long text may fill every
    cell of a hostile file at the cost of one (shared strings), never copied here."""
    for column, value in enumerate(values, 1):
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise SourceProblem([Diagnostic(
                path, line, column, codes.BAD_VALUES_FILE,
                placed(_("The cell holds {count} characters, more than a spreadsheet's cell "
                         "holds ({limit}).", count=count_text(len(value)),
                         limit=count_text(MAX_TEXT)), sheet, cell_name(line, column)),
                _("Shorten it (a note is one line of explanation)."))])


def _held_empty(cells, header: dict[int, str]) -> list[tuple[int, int]]:
    return [(cells[index].row, cells[index].column) for index in header
            if index < len(cells) and cells[index].value is None
            and getattr(cells[index], "row", None) is not None]


def _cell(name: str, cell, line: int, column: int, epoch: datetime = _EPOCH_1900) -> Cell:
    """The cell as read; ``epoch``: the workbook's date system, for a period cell whose
    format shows only a week or a quarter (``WW``), which openpyxl reads as a number."""
    value = None if cell is None else cell.value
    if value is None:
        return Cell("", line, column)
    if cell.data_type == "e":
        return Cell(str(value), line, column, unreadable=str(value))
    if isinstance(value, bool):
        return Cell("TRUE" if value else "FALSE", line, column)
    if isinstance(value, (int, float)):
        number = float(f"{value:.15g}")  # what a spreadsheet keeps and shows
        refused = _week_or_quarter(number, cell.number_format or "", epoch) \
            if name == "period" else None
        if refused is not None:
            return Cell(yaml_text.number(number), line, column, refused=refused)
        if name == "value":
            percent = "%" in _LITERALS.sub("", cell.number_format or "")
            return Cell(yaml_text.number(number), line, column, number, percent=percent)
        return Cell(yaml_text.number(number), line, column)
    if isinstance(value, timedelta):  # an elapsed time format: [h]:mm, [mm]:ss
        seconds = value.total_seconds()
        if name == "value":
            return Cell(shown_duration(seconds), line, column, seconds, duration=True)
        return Cell(shown_duration(seconds), line, column)
    if isinstance(value, (datetime, date, time)):
        number_format = cell.number_format or ""
        if name == "value" and _time_only(number_format):
            return _duration_cell(value, number_format, line, column, epoch)
        if name == "period":
            refused = _unshown_year(value, number_format) or _outside_years(value, epoch)
        else:
            refused = _date_for_a_number(name, value, epoch)
        return Cell(_date_text(value, number_format), line, column, refused=refused)
    return Cell(str(value).strip(), line, column)


def _time_only(number_format: str) -> bool:
    """A format showing hours, minutes or seconds and no date (``h:mm:ss``, ``mm:ss.0``), nor
    a time of day (``h:mm AM/PM``): the cell holds a duration, in days."""
    shown = number_format.split(";")[0].lower()
    if "am/pm" in shown or "a/p" in shown:
        return False
    shown = _LITERALS.sub("", shown)
    return bool(re.search(r"[hs]", shown)) and not re.search(r"[ydeg]", shown) \
        and "m" not in _MINUTES.sub("", shown)


# What a time format without brackets shows of a duration, by its first code: h:mm:ss
# starts again after 24 hours, mm:ss after an hour, ss after a minute.
_WRAPS = {"h": 86400, "m": 3600, "s": 60}


def _held(value: date | time, epoch: datetime) -> float:
    """The number a date or time cell holds in the workbook's date system (``-29`` for
    1899-12-01, ``0.0625`` for 1:30:00): what it shows once formatted as a number."""
    from openpyxl.utils.datetime import to_excel

    return float(to_excel(value, epoch))


def _duration_cell(value: date | time, number_format: str, line: int, column: int,
                   epoch: datetime) -> Cell:
    """A value cell formatted as a time (``h:mm:ss``): the duration it holds, in seconds;
    refused where the format hides part of it (25:30 shown as 1:30:00 by ``h:mm:ss``)."""
    seconds = round(_held(value, epoch) * 86400, 6)
    shown = _LITERALS.sub("", number_format.split(";")[0].lower())
    first = next((code for code in shown if code in _WRAPS), "h")
    held = shown_duration(seconds)
    if abs(seconds) < _WRAPS[first]:
        return Cell(held, line, column, seconds, duration=True)
    return Cell(held, line, column, refused=(codes.BAD_NUMBER, _(
        "The cell holds the duration {held}, but its format `{format}` shows only part of it "
        "(it starts again after {limit}).", held=held, format=visible(number_format),
        limit={"h": _("24 hours"), "m": _("an hour"), "s": _("a minute")}[first]), _(
        "Format the cell as [h]:mm:ss (elapsed time), check the duration it shows, and "
        "import again.")))


def _serial(value: date | time, epoch: datetime) -> str:
    """:func:`_held` as text, for a message."""
    try:
        return yaml_text.number(_held(value, epoch))
    except (ValueError, OverflowError, TypeError):  # pragma: no cover - openpyxl made it
        return "?"


def _shown_date(value: date) -> str:
    """``1899-12-01``, or ``1899-12-01 06:00:00`` for a date with a time of day."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ") if value.time() != time() else value.date().isoformat()
    return value.isoformat()


def _date_for_a_number(name: str, value: date | time, epoch: datetime
                       ) -> tuple[str, str, str] | None:
    """A value cell formatted as a date or a time: said as the date it shows and the number
    it holds (a number typed in a date cell, or a date before 1900, which Excel shows as
    ####), never as text that is "not a number"."""
    if name != "value":
        return None
    if isinstance(value, time):
        message = _("The cell holds the time {shown} (the number {number} formatted as a "
                    "time), not a number.", shown=value.isoformat(),
                    number=_serial(value, epoch))
    else:
        message = _("The cell holds the date {shown} (the number {number} formatted as a "
                    "date), not a number.", shown=_shown_date(value),
                    number=_serial(value, epoch))
    return codes.BAD_NUMBER, message, _("Format the cell as a number and type the value.")


def _outside_years(value: date | time, epoch: datetime) -> tuple[str, str, str] | None:
    """A period cell holding a date before 1900 (a negative number formatted as a date,
    which Excel shows as ####, or a date LibreOffice keeps): no period of a KPI is there.
    A date in the first year of the workbook's date system (1900, or 1904 on an old Mac) is
    a small number formatted as a date (30 shown as 30/01/1900): refused, never 1900-01."""
    if not isinstance(value, date):
        return None
    first_year = (epoch + timedelta(days=2)).year  # 1899-12-30 is day 0 of 1900's system
    if value.year <= first_year and value.year >= FIRST_YEAR:
        return codes.BAD_PERIOD, _(
            "The cell holds the date {day}, the number {number} formatted as a date: a small "
            "number, not a period.", day=_shown_date(value), number=_serial(value, epoch)), _(
            "Format the period column as text and type the period: 2026-11 (a month).")
    if FIRST_YEAR <= value.year <= LAST_YEAR:
        return None
    return codes.BAD_PERIOD, _(
        "The cell holds the date {day} (the number {number} formatted as a date), outside "
        "the years {first} to {last} that a KPI's periods lie in.",
        day=_shown_date(value), number=_serial(value, epoch), first=FIRST_YEAR,
        last=LAST_YEAR), _(
        "Format the period column as text and type the period: 2026-11 (a month).")


def _date_text(value: date | time, number_format: str) -> str:
    """The period a date cell shows: the day where its format shows a day, else an ISO week
    where it shows a week (LibreOffice's ``WW``), a quarter where it shows one (``Q``), a
    month where it shows a month (``mmm-yy``, ``mmmm``: the year is the date's even if not
    shown), a year where it shows only the year; else the day (and the time, if any)."""
    if isinstance(value, time) or (isinstance(value, datetime) and value.time() != time()):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    day = value.date() if isinstance(value, datetime) else value
    shown = _LITERALS.sub("", number_format).split(";")[0].lower()  # a date is positive
    if "d" in shown:
        return day.isoformat()
    if "w" in shown:
        year, week, _weekday = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if "q" in shown:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if "m" in _MINUTES.sub("", shown):  # the m of h:mm and mm:ss is minutes
        return f"{day.year:04d}-{day.month:02d}"
    if "y" in shown:
        return f"{day.year:04d}"
    return day.isoformat()


def _week_or_quarter(number: float, number_format: str, epoch: datetime
                     ) -> tuple[str, str, str] | None:
    """What to say of a number formatted as a week or a quarter without a year (``WW``,
    ``"Q"Q``): a date the cell shows as 48 or Q4, which openpyxl reads as its serial number
    (no year, month or day in the format): said as the date it is, never `46351`."""
    shown = _LITERALS.sub("", number_format).split(";")[0].lower()
    if not ("w" in shown or "q" in shown) or any(code in shown for code in "ymdhs#0?"):
        return None
    from openpyxl.utils.datetime import from_excel

    try:
        day = from_excel(number, epoch)
    except (ValueError, OverflowError, TypeError):
        return None
    return _unshown_year(day, number_format) if isinstance(day, datetime) else None


def _unshown_year(value: date | time, number_format: str) -> tuple[str, str, str] | None:
    """What to say of a date shown as a week or a quarter whose year the cell does not show
    (``WW``, ``Q`` alone: the cell shows 48, or Q4), or shows as a year its ISO week is not
    in (1 January 2027 shown ``YYYY-WW`` is 2027-53, a day of 2026-W53): the date's year
    would be read unseen, so the cell is refused with the period to type."""
    if not isinstance(value, date):
        return None
    day = value.date() if isinstance(value, datetime) else value
    shown = _LITERALS.sub("", number_format).split(";")[0].lower()
    if "d" in shown or ("w" not in shown and "q" not in shown):
        return None
    if "w" in shown:
        year, week, _weekday = day.isocalendar()
        period = f"{year:04d}-W{week:02d}"
        if "y" not in shown:
            message = _("The cell shows the week {week} without its year: its date, {day}, is "
                        "in the week {period}.", week=week, day=day.isoformat(), period=period)
        elif year != day.year:
            message = _("The cell shows the week {week} with the year {shown}, but its date, "
                        "{day}, is in the week {period} (an ISO week belongs to the year of "
                        "its Thursday).", week=week, shown=day.year, day=day.isoformat(),
                        period=period)
        else:
            return None
    elif "y" not in shown:
        period = f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
        message = _("The cell shows a quarter without its year: its date, {day}, is in the "
                    "quarter {period}.", day=day.isoformat(), period=period)
    else:
        return None
    return codes.BAD_PERIOD, message, _(
        "Format the period column as text and type the period: {period}.", period=period)


_DATE_OUT_OF_RANGE = re.compile(
    r"Cell \$?([A-Z]{1,3})\$?(\d+) is marked as a date but the serial value (\S+) is outside")


def _say_dates_out_of_range(rows: list[Row], warned: list[str]) -> None:
    """A number formatted as a date that no date has (-1, 1e19): openpyxl makes it the error
    ``#VALUE!``, which it is not (a spreadsheet shows ``####``); said as what it is."""
    from openpyxl.utils.cell import column_index_from_string

    found: dict[tuple[int, int], str] = {}
    for message in warned:
        match = _DATE_OUT_OF_RANGE.match(message)
        if match:
            found[int(match[2]), column_index_from_string(match[1])] = match[3]
    if not found:
        return
    for row in rows:
        for name, cell in row.cells.items():
            number = found.get((cell.line, cell.column))
            if number is not None and cell.unreadable:
                row.cells[name] = replace(cell, unreadable="", refused=(
                    {"kpi": codes.UNKNOWN_KPI, "period": codes.BAD_PERIOD}.get(
                        name, codes.BAD_NUMBER),
                    _("The cell holds the number {number} formatted as a date, but no date has "
                      "that number (a spreadsheet shows ####).", number=visible(number)),
                    _("Format the cell as a number or as text and type what it should hold "
                      "(a period as 2026-11).")))


# --- merged cells ----------------------------------------------------------------------


class _Merges:
    """The cells of the header's columns that merged ranges cover, below the header.

    A merged range holds its value in its first (top left) cell; the cells it covers are
    empty in the file, though the sheet shows the value over them. A KPI id, a period or a
    note merged down over several rows is each row's (the first cell's value is read in
    each): a sheet groups its rows so. A value merged over several rows is no row's value
    (which period would it be?), and a cell covered by a range that starts in another column
    is read as empty (the sheet shows another column's text there): a value cell covered so
    is refused at its cell (:attr:`Cell.merged`), never read as a row left blank.
    """

    def __init__(self, ranges: list[tuple[int, int, int, int]], header: dict[int, str],
                 header_line: int, epoch: datetime = _EPOCH_1900):
        self._epoch = epoch
        found: dict[int, list[tuple[int, int, int, str]]] = {index: [] for index in header}
        for first_column, first_row, last_column, last_row in ranges:
            if last_row <= header_line:
                continue  # the header's own
            for index in header:
                if first_column <= index + 1 <= last_column:
                    found[index].append((first_row, last_row, first_column, _range_name(
                        first_column, first_row, last_column, last_row)))
        self._by_column = {index: sorted(spans) for index, spans in found.items() if spans}
        self._starts = {index: [span[0] for span in spans]
                        for index, spans in self._by_column.items()}
        self._header_line = header_line
        self._first: dict[tuple[int, int], object] = {}  # (row, column): the range's cell

    def cell(self, name: str, cell, line: int, column: int) -> Cell:
        spans = self._by_column.get(column - 1)
        span = None
        if spans is not None:
            at = bisect_right(self._starts[column - 1], line) - 1
            if at >= 0 and spans[at][1] >= line:
                span = spans[at]
        if span is None:
            return _cell(name, cell, line, column, self._epoch)
        first_row, _last, first_column, reference = span
        if (first_row, first_column) == (line, column):
            self._first[line, column] = cell
            return _cell(name, cell, line, column, self._epoch)
        if name == "value":
            return Cell("", line, column, merged=reference)
        if first_column == column and first_row > self._header_line:
            return _cell(name, self._first.get((first_row, column)), line, column, self._epoch)
        return _cell(name, cell, line, column, self._epoch)


def _range_name(first_column: int, first_row: int, last_column: int, last_row: int) -> str:
    return f"{cell_name(first_row, first_column)}:{cell_name(last_row, last_column)}"


def _merged_ranges(archive: zipfile.ZipFile, title: str, path: str
                   ) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges, ``(first column, first row, last column, last row)``.

    openpyxl's read-only sheets do not read them: the sheet's XML part is found as openpyxl
    finds it (the workbook's ``<sheet>`` of that name, its relationship's target) and its
    ``<mergeCell ref="A2:A3"/>`` elements read with defusedxml, streamed (rows dropped as
    they are passed), and only when the part holds the word at all."""
    from openpyxl.utils.cell import range_boundaries

    part = _sheet_part(archive, title)
    if part is None or not _holds(archive, part, b"mergeCell"):
        return []
    ranges: list[tuple[int, int, int, int]] = []
    rows_parent = None
    with archive.open(part) as stream:
        for event, element in iterparse(stream, events=("start", "end"), forbid_dtd=True):
            name = _local(element.tag)
            if event == "start":
                if name == "sheetData":
                    rows_parent = element
                continue
            if name == "row" and rows_parent is not None:
                rows_parent.clear()  # the rows are openpyxl's to read
            elif name == "mergeCell":
                try:
                    bounds = range_boundaries(element.get("ref", ""))
                except (ValueError, TypeError):
                    continue  # no range: Excel would repair the file, the cells read as empty
                if None in bounds:
                    continue  # whole rows or columns: no sheet merges those
                ranges.append(bounds)
                if len(ranges) > MAX_MERGED:
                    raise SourceProblem([Diagnostic(
                        path, 1, 1, codes.BAD_VALUES_FILE,
                        placed(_("The sheet merges more than {count} ranges of cells, more "
                                 "than the import reads.", count=count_text(MAX_MERGED)),
                               title, "A1"),
                        _('Unmerge the cells, or save the sheet as "CSV UTF-8", and import '
                          "that file."))])
    return ranges


def _sheet_part(archive: zipfile.ZipFile, title: str) -> str | None:
    """The zip member of the sheet named ``title``: xl/workbook.xml names its relationship,
    xl/_rels/workbook.xml.rels its target."""
    names = set(archive.namelist())
    if "xl/_rels/workbook.xml.rels" not in names:
        return None
    book = fromstring(archive.read("xl/workbook.xml"), forbid_dtd=True)
    relation = next((value for element in book.iter() if _local(element.tag) == "sheet"
                     and element.get("name") == title
                     for key, value in element.attrib.items() if _local(key) == "id"), None)
    if relation is None:
        return None
    rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"), forbid_dtd=True)
    target = next((element.get("Target", "") for element in rels.iter()
                   if _local(element.tag) == "Relationship"
                   and element.get("Id") == relation), None)
    if not target:
        return None
    part = posixpath.normpath(target[1:] if target.startswith("/")
                              else posixpath.join("xl", target))
    return part if part in names else None


def _holds(archive: zipfile.ZipFile, part: str, word: bytes) -> bool:
    """Whether the member holds ``word``, read in pieces (never the whole part at once)."""
    tail = b""
    with archive.open(part) as stream:
        while piece := stream.read(1 << 20):
            if word in tail + piece[:len(word)] or word in piece:
                return True
            tail = piece[-len(word):]
    return False


def _local(tag: str) -> str:
    """An XML name without its namespace: ``mergeCell`` of ``{...main}mergeCell``."""
    return tag.rpartition("}")[2]


# --- formulas without a saved result ---------------------------------------------------


def _check_formulas(data: bytes, title: str, empty: set[tuple[int, int]], path: str) -> None:
    """A formula cell read without a value: the workbook was never calculated."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        worksheet = book[title]
        worksheet.reset_dimensions()
        found: list[tuple[int, int]] = sorted(
            (cell.row, cell.column) for cells in worksheet.iter_rows(max_col=MAX_COLUMNS)
            for cell in cells if cell.data_type == "f" and (cell.row, cell.column) in empty)
    finally:
        book.close()
    if found:
        line, column = found[0]
        others = len(found) - 1
        message = (_("The formula in this cell has no saved result.") if not others else
                   ngettext("The formula in this cell has no saved result, nor has {count} "
                            "other cell.", "The formula in this cell has no saved result, nor "
                            "have {count} other cells.", others, count=count_text(others)))
        raise SourceProblem([Diagnostic(
            path, line, column, codes.BAD_VALUES_FILE,
            placed(message, title, cell_name(line, column)),
            _("The workbook was written by a program and never opened in a spreadsheet: open "
              "it in Excel or LibreOffice Calc, save it, and import it again."))])
