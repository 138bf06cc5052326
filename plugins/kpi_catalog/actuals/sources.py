"""Read values to import from a CSV file (with a header) or JSON lines, each cell located.

A row is kept as text (:class:`Row`): the checks against the catalog (:mod:`.checks`) turn
its cells into a period and a number, so that every problem names the line and column of
the cell at fault, as ``kpi validate`` does for YAML.

CSV: a header row names the columns ``kpi``, ``period``, ``value`` and, optionally,
``note`` (in any order; other columns are ignored, so the template may carry the KPI's name
and unit for the person filling it in), in English or in Indonesian (``periode``,
``nilai``, ``catatan``: :data:`INDONESIAN`). Commas, semicolons or tabs separate the cells.
Title lines above the header are passed over as in a workbook (:mod:`.sheet_header`): the
header is the first of :data:`MAX_ROWS_LOOKED_AT` rows that names the columns, and a row
above it that holds a number is refused (it may be a value).
Spreadsheets set to Indonesian or European number formats save with semicolons and write
decimals with a comma (``38,5``): in a file separated by semicolons, or with
``decimal_comma``, a comma is the decimal mark (:attr:`Row.decimal_comma`).
JSON lines: one object per line, ``{"kpi": ..., "period": ..., "value": ..., "note": ...}``.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
from dataclasses import dataclass, field
from itertools import islice

from kpi_catalog import json_text
from kpi_catalog.i18n.messages import _, count_text, current_language
from kpi_catalog.i18n.written_numbers import written_number
from kpi_catalog.model import codes
from kpi_catalog.model.diagnostics import Diagnostic, quoted_value, visible

COLUMNS = ("kpi", "period", "value", "note")
REQUIRED = ("kpi", "period", "value")
INDONESIAN = {"periode": "period", "nilai": "value", "catatan": "note"}
"""The columns' names in Indonesian, read as the English ones (`kpi` is the same word): a
header may be written in either language, or mix them; a column named in both (`value` and
`nilai`) is named twice, and refused."""
IN_INDONESIAN = {english: word for word, english in INDONESIAN.items()}
"""The columns' Indonesian names by their English ones (`kpi` is the same word)."""
_ALIASES = {"kpi_id": "kpi", "id": "kpi", "kpi id": "kpi", "id kpi": "kpi", "id_kpi": "kpi",
            **INDONESIAN}
# A column that may hold the notes under another name (`keterangan`: remarks, or a
# description): refused where no column is named `note`, never read as the notes.
_NOTES_MAYBE = {"keterangan": "note"}
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
# Seconds a KPI's database query may run. Here, not in .database, so that the command line
# can show it in `--help` without importing SQLAlchemy.
DEFAULT_TIMEOUT = 30.0
MAX_ROWS_LOOKED_AT = 10
"""Rows (that hold anything) looked at for the header: a title above it is passed over."""



def computed_number(value: float) -> float:
    """A number a warehouse computed, to the 15 significant digits a double holds (what a
    spreadsheet keeps too): a sum of DOUBLE amounts such as 0.1 + 0.2 is
    0.30000000000000004, and a KPI's value is 0.3."""
    return float(f"{value:.15g}")

@dataclass(frozen=True)
class Cell:
    text: str | None  # None: the cell is missing
    line: int
    column: int
    raw: object = None  # a JSON value as given (a number stays a number)
    percent: bool = False
    """A workbook's number formatted as a percentage: ``raw`` holds 0.855 for 85.5%."""
    duration: bool = False
    """A duration (``0:30:00``, a workbook's ``[h]:mm`` cell): ``raw`` holds its seconds."""
    unreadable: str = ""
    """A workbook's error value (``#DIV/0!``): the cell holds no value to read."""
    merged: str = ""
    """A workbook's value cell covered by merged cells (``C6:C7``), that hold their value in
    their first cell only: no value of this row."""
    refused: tuple[str, str, str] | None = None
    """A workbook's cell that cannot be read as the sheet shows it (a period shown as a week
    without its year): the code, message and hint that say so at the cell."""


@dataclass(frozen=True)
class Row:
    """One value to import, as written, with the place of each cell."""

    path: str
    line: int
    cells: dict[str, Cell] = field(default_factory=dict)
    origin: str = ""
    """Where the row came from when the place is not in ``path`` itself (a query's row)."""
    decimal_comma: bool = False
    """Whether a comma in the value is the decimal mark (``38,5``)."""
    sheet: str = ""
    """The workbook's sheet the row is on: a message then names the sheet and the cell."""

    def cell(self, name: str) -> Cell:
        return self.cells.get(name) or Cell(None, self.line, 1)

    def diagnostic(self, column: str, code: str, message: str, hint: str = "") -> Diagnostic:
        cell = self.cell(column)
        if self.sheet:
            message = placed(message, self.sheet, cell_name(cell.line, cell.column))
        if self.origin:
            message = f"{message[:-1] if message.endswith('.') else message} ({self.origin})."
        return Diagnostic(self.path, cell.line, cell.column, code, message, hint)


class SourceProblem(Exception):
    """The file as a whole cannot be read (no header, not UTF-8, not JSON)."""

    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__("\n".join(d.text() for d in diagnostics))
        self.diagnostics = diagnostics


class HeaderRefused(SourceProblem):
    """A header row that names every column, and is refused: one of them twice, or the notes
    under another name (`keterangan`) that would be left unread. No other row is the
    header."""


class NoHeader(SourceProblem):
    """A row that is no header: ``named`` of the required columns are named in it. Of the rows
    looked at, the one naming most is the header misspelt (``kpi,periode,value``): it is
    blamed, not a title above it."""

    def __init__(self, diagnostics: list[Diagnostic], named: int):
        super().__init__(diagnostics)
        self.named = named


def likelier(best: NoHeader | None, problem: NoHeader) -> NoHeader:
    """The problem of the row that names more of the columns; the first of two that name as
    many."""
    return problem if best is None or problem.named > best.named else best


def read_rows(data: bytes, path: str, fmt: str | None = None,
              decimal_comma: bool = False, sheet: str | None = None) -> list[Row]:
    """The rows of a CSV or JSON lines file (``fmt``: ``csv``, ``jsonl`` or guessed), or of
    an Excel workbook's sheet (``sheet``, by default the first visible one); ``decimal_comma``:
    values written as text write decimals with a comma."""
    from kpi_catalog.actuals.workbook import is_workbook, read_workbook

    if is_workbook(data, path):
        return read_workbook(data, path, sheet, decimal_comma)
    if sheet is not None:
        raise SourceProblem([Diagnostic(
            path, 1, 1, codes.BAD_VALUES_FILE,
            _("The file is not a workbook: --sheet names a sheet of an Excel workbook (.xlsx)."),
            _("Leave out --sheet for a CSV or JSON lines file."))])
    text = _decode(data, path)
    fmt = fmt or guess_format(path, text)
    if fmt == "jsonl":
        return read_jsonl(text, path, decimal_comma)
    return read_csv(text, path, decimal_comma)


def placed(message: str, sheet: str, cell: str) -> str:
    """``message`` with the place of a workbook's cell: ``... (sheet Data, cell C4).``"""
    place = _("sheet {sheet}, cell {cell}", sheet=visible(sheet), cell=cell)
    return f"{message[:-1] if message.endswith('.') else message} ({place})."


def cell_name(line: int, column: int) -> str:
    """``C4``: the cell of a sheet at line (row) 4, column 3."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{line}"


def guess_format(path: str, text: str) -> str:
    lower = path.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(CSV_SUFFIXES):
        return "csv"
    return "jsonl" if text.lstrip().startswith("{") else "csv"


def _decode(data: bytes, path: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):  # spreadsheets save "CSV UTF-8" with a BOM
        while data.startswith(b"\xef\xbb\xbf"):  # twice: a tool added one to a file with one
            data = data[3:]
    elif data.startswith(UTF16_BOMS):  # "Unicode" text: LibreOffice, Excel, PowerShell's >
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: said below, as for any file not UTF-8
    elif utf16 := _utf16_without_bom(data):
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode("utf-8")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        raise SourceProblem([Diagnostic(
            path, line, column, codes.BAD_VALUES_FILE, _("The file is not UTF-8 text."),
            _('Save it as "CSV UTF-8" in Excel; in LibreOffice as "Text CSV" with the character '
              'set "Unicode (UTF-8)"; or as UTF-8 in your editor.'))]
        ) from None


UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
"""The byte order marks UTF-16 text starts with (little-endian, big-endian)."""


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for UTF-16 text saved without its byte order mark
    (a NUL byte beside each letter of the header); read as UTF-8 it held NULs everywhere,
    and its header was said to lack the columns it shows."""
    head = data[:1024 if len(data) > 1024 else len(data) - len(data) % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if b"\0" not in even and odd.count(0) >= 0.9 * len(odd):
        return "utf-16-le"
    if b"\0" not in odd and even.count(0) >= 0.9 * len(even):
        return "utf-16-be"
    return None


# --- CSV -------------------------------------------------------------------------------


def read_csv(text: str, path: str, decimal_comma: bool = False) -> list[Row]:
    lines = file_lines(text)
    if not any(line.strip() for line in lines):
        raise SourceProblem([Diagnostic(path, 1, 1, codes.BAD_VALUES_FILE, _("The file is empty."),
                                        _("Start with the header row: kpi,period,value,note"))])
    delimiter = _header_delimiter(lines)
    decimal_comma = decimal_comma or delimiter == ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    header: dict[int, str] | None = None
    passed: list[tuple[int, list[str], list[tuple[int, int]]]] = []
    first: NoHeader | None = None
    rows: list[Row] = []
    beyond: list[Diagnostic] = []  # cells past the header's last column
    width = 0  # the header's cells
    end = 0  # the last line of the previous record
    for record in _records(reader, path):
        start, end = end + 1, reader.line_num
        if not any(cell.strip() for cell in record):
            continue  # blank lines are fine
        scan = _scan_record("".join(lines[start - 1:end]), delimiter, start)
        if scan.unclosed is not None:
            raise SourceProblem([_unclosed_quote(path, *scan.unclosed)])
        starts = scan.starts
        if header is None:
            try:
                header = header_of(record, path, start, [column for _at, column in starts])
            except HeaderRefused:
                raise
            except NoHeader as problem:  # a title above the header, as in a workbook
                first = likelier(first, problem)
                passed.append((start, record, starts))
                if len(passed) >= MAX_ROWS_LOOKED_AT:
                    raise first from None
                continue
            _check_passed_text(passed, start, path)
            width = len(record)
            continue
        beyond.extend(_cells_beyond(record, width, starts, path, delimiter))
        if delimiter == ",":
            beyond.extend(_number_cut_in_two(record, header, scan, path))
        cells = {}
        for index, name in header.items():
            line, column = starts[index] if index < len(starts) else (start, 1)
            value = record[index].strip() if index < len(record) else None
            cells[name] = Cell(value, line, column)
        rows.append(Row(path, start, cells, decimal_comma=decimal_comma))
    if header is None:  # no row names the columns: the problem of the row naming most
        raise first or SourceProblem([Diagnostic(  # only separators (`;;;`): no cell filled
            path, 1, 1, codes.BAD_VALUES_FILE, _("The file has no header row."),
            _("Start with the header row: kpi,period,value,note"))])
    if beyond:
        raise SourceProblem(beyond)
    return rows


def _cells_beyond(record: list[str], width: int, starts: list[tuple[int, int]], path: str,
                  delimiter: str) -> list[Diagnostic]:
    """The first filled cell past the header's last column: it would be left unread, most
    often the decimals of a value written with a comma (118,2 read as 118)."""
    index = next((i for i in range(width, len(record)) if record[i].strip()), None)
    if index is None:
        return []
    line, column = starts[index] if index < len(starts) else starts[-1]
    hint = (_("A value with a decimal comma in a file separated by commas is cut in two: write "
              "it with a decimal point (118.2) or in quotes (\"118,2\"). Otherwise name the "
              "column in the header row, or delete the cell.") if delimiter == ","
            else _("Name the column in the header row, or delete the cell."))
    return [Diagnostic(
        path, line, column, codes.BAD_VALUES_FILE,
        _("This cell (`{text}`) is past the last column the header row names: it would be "
          "left unread.", text=quoted_value(record[index].strip())), hint)]


_WHOLE_NUMBER = re.compile(r"[-+]?[0-9]+")
_DIGITS = re.compile(r"[0-9]+")


def _number_cut_in_two(record: list[str], header: dict[int, str], scan: _Scan,
                       path: str) -> list[Diagnostic]:
    """A value with a decimal comma in a file of commas, with the note column right after
    the value's: `118,2` is read as the value 118 with the note `2`, and nothing is past the
    header's columns to tell. A note that is only digits, right after a whole number, is
    no explanation of a value; either cell in quotes (``"118","2"``) says they are two."""
    value_at = next(index for index, name in header.items() if name == "value")
    note_at = value_at + 1
    if header.get(note_at) != "note" or note_at >= len(record):
        return []
    value, note = record[value_at].strip(), record[note_at].strip()
    if not (_WHOLE_NUMBER.fullmatch(value) and _DIGITS.fullmatch(note)):
        return []
    if value_at in scan.quoted or note_at in scan.quoted:
        return []
    starts = scan.starts
    line, column = starts[value_at] if value_at < len(starts) else starts[-1]
    return [Diagnostic(
        path, line, column, codes.BAD_NUMBER,
        _("`{value},{note}` is cut in two by the comma that separates the cells: the value "
          "would be read as {value}, with the note `{note}`.", value=value, note=note),
        _("If it is one number, write it with a decimal point ({value}.{note}) and no "
          "thousands separator. If `{note}` is the note, write it in quotes (\"{note}\").",
          value=value, note=note))]


def file_lines(text: str) -> list[str]:
    """The lines as the csv module and a text editor count them: ended by \\n, \\r\\n or
    \\r only. str.splitlines also ends a line at a form feed, a U+2028 line separator and
    others a note may hold, and the rows under one were placed a line and cells off (a JSON
    string holding one, valid JSON, was cut into two lines that are not)."""
    return io.StringIO(text, newline="").readlines()


def _header_delimiter(lines: list[str]) -> str:
    """The delimiter of the header row (a title above it may hold none, or another one):
    of the first of the first lines that names the columns, else of the first line."""
    filled = list(islice((line for line in lines if line.strip()), MAX_ROWS_LOOKED_AT))
    best: NoHeader | None = None
    best_delimiter = _delimiter(filled[0])
    for line in filled:
        delimiter = _delimiter(line)
        try:
            record = next(csv.reader([line], delimiter=delimiter, strict=False), [])
        except csv.Error:
            continue  # a cell longer than csv reads: no header; said, located, by read_csv
        try:
            header_of(record, "", 1)
        except NoHeader as problem:  # a header misspelt (`kpi;periode;value`) names some
            if problem.named and likelier(best, problem) is problem:
                best, best_delimiter = problem, delimiter
            continue
        except SourceProblem:
            continue
        return delimiter
    return best_delimiter


def _check_passed_text(passed: list[tuple[int, list[str], list[tuple[int, int]]]],
                       line: int, path: str) -> None:
    """A CSV row above the header may be a title, never a value: a number there is said."""
    for above, record, starts in passed:
        index = next((i for i, cell in enumerate(record) if holds_number(cell)), None)
        if index is not None:
            at_line, column = starts[index] if index < len(starts) else (above, 1)
            raise SourceProblem([number_above_header(path, at_line, column, line)])


def number_above_header(path: str, above: int, column: int, line: int,
                        sheet: str = "") -> Diagnostic:
    """A row above the header (row ``line``) holds a number at ``above``:``column``: it may
    be a value, never passed over unsaid (``sheet``: the workbook's sheet, to name the cell)."""
    message = _("This row is above the header row (row {line}) and holds a number: the "
                "import reads only the rows under the header.", line=line)
    if sheet:
        message = placed(message, sheet, cell_name(above, column))
    return Diagnostic(path, above, column, codes.BAD_VALUES_FILE, message, _(
        "Move the row under the header row, or delete it; a title above the header is fine."))


def holds_number(cell: str) -> bool:
    """Whether a cell's text is a number, as written or as a report writes one (2026, 118.2,
    38,5, 1.234,5, 85%, Rp 1.250.000): a value, maybe. A date (30.11.2026) is none."""
    text = cell.strip()
    return bool(_PLAIN_NUMBER.fullmatch(text)) or written_number(text) is not None


_PLAIN_NUMBER = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


def _records(reader, path: str):
    """The reader's records; a record it cannot read (a cell longer than the csv module
    reads) is a located problem, not a traceback."""
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise SourceProblem([Diagnostic(
                path, reader.line_num, 1, codes.BAD_VALUES_FILE,
                _("This row could not be read: {problem}.", problem=str(exc).rstrip(".")),
                _("A cell holds at most {count} characters: shorten it (a note is one line of "
                  "explanation).", count=count_text(csv.field_size_limit())))]) from None


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def header_of(record: list[str], path: str, line: int,
              columns: list[int] | None = None) -> dict[int, str]:
    """The columns the header row names, by their index; a column named twice is refused
    at the second (the second's values were left unread, a row with its value there counted
    blank). ``columns``: where each cell starts on its line (a CSV file's characters); by
    default a sheet's columns, one per cell."""
    header: dict[int, str] = {}
    twice: tuple[str, int, int] | None = None
    for index, name in enumerate(record):
        key = name.strip().lower()
        key = _ALIASES.get(key, key)
        if key in COLUMNS and key in header.values():
            twice = twice or (key, next(i for i, named in header.items() if named == key), index)
        elif key in COLUMNS:
            header[index] = key
    missing = [name for name in REQUIRED if name not in header.values()]
    if missing:
        renames = _renamed(record, header, missing)
        words = _column_words(record, renames)
        words |= {INDONESIAN.get(word, word): word for _cell, word in renames}
        shown = ", ".join(f"`{words.get(name, name)}`" for name in missing)
        raise NoHeader([Diagnostic(
            path, line, 1, codes.BAD_VALUES_FILE,
            _("The header row has no column {columns}.", columns=shown) if len(missing) == 1
            else _("The header row lacks the columns {columns}.", columns=shown),
            _rename_hint(renames, words) or _where_header(bool(header)))],
            len(REQUIRED) - len(missing))
    unread = _note_named_otherwise(record, header)
    if unread is not None:
        note = _column_words(record, []).get("note", "note")
        raise HeaderRefused([Diagnostic(
            path, line, 1, codes.BAD_VALUES_FILE,
            _("The column `{name}` would be left unread: the notes are read from a column "
              "named `{note}`.", name=quoted_value(unread), note=note),
            _("Rename the column `{name}` to `{note}`, or delete it.", name=quoted_value(unread),
              note=note))])
    if twice is not None:
        key, first, second = twice
        at = columns[second] if columns is not None and second < len(columns) else second + 1
        raise HeaderRefused([Diagnostic(
            path, line, at, codes.BAD_VALUES_FILE,
            _("The header row names the column `{name}` twice (`{first}` and `{second}`): "
              "one of them would be left unread.", name=key,
              first=quoted_value(record[first].strip()),
              second=quoted_value(record[second].strip())),
            _("Rename or delete one of the two columns: `{first}` and `{second}` both name "
              "the column `{name}` (in English or in Indonesian; `id` names the KPI's column "
              "too).", name=key, first=quoted_value(record[first].strip()),
              second=quoted_value(record[second].strip())))])
    return header


def _note_named_otherwise(record: list[str], header: dict[int, str]) -> str | None:
    """A column that holds the notes under another name (``catatan``, ``notes``), in a header
    without ``note``: its notes would be dropped unsaid, as any column the header does not
    name."""
    if "note" in header.values():
        return None
    for index, cell in enumerate(record):
        name = cell.strip()
        if index not in header and (_NOTES_MAYBE.get(name.lower()) == "note" or
                                    difflib.get_close_matches(name.lower(), ["note"], 1, 0.8)):
            return name
    return None


def _where_header(names_some: bool) -> str:
    """Where the header row is looked for: this row, when it names some of the columns;
    else the first row, or the first under a title."""
    if names_some:
        return _("This row names some of the columns, so it is read as the header row: "
                 "name its columns kpi, period, value and, if any, note, or in Indonesian "
                 "kpi, periode, nilai, catatan (see `kpi actuals template`).")
    return _("Write the header row {header} above the values: as the first row, or under the "
             "title rows, among the first {count} rows that hold anything (see `kpi actuals "
             "template`).", header=header_row(), count=MAX_ROWS_LOOKED_AT)


def header_row() -> str:
    """The header row in the language spoken (``kpi,periode,nilai,catatan`` in Indonesian):
    a reader is told the names of their own language, which the import reads as well."""
    names = IN_INDONESIAN if current_language() == "id" else {}
    return ",".join(names.get(column, column) for column in COLUMNS)


def _renamed(record: list[str], header: dict[int, str], missing: list[str]
             ) -> list[tuple[str, str]]:
    """For a header that names some columns and misspells others (``periods``, ``nilia``):
    each cell close to a missing column's name, in English or in Indonesian, with the name
    it is closest to; none where no cell is close, or the row names no column (a title)."""
    if not header:
        return []  # a title row, likely: nothing to rename
    cells = {cell.strip().lower(): cell.strip() for index, cell in enumerate(record)
             if index not in header and cell.strip()}
    pairs = []
    for name in missing:
        spellings = [name, *([IN_INDONESIAN[name]] if name in IN_INDONESIAN else [])]
        scored = [(difflib.SequenceMatcher(None, word, cell).ratio(), word, cell)
                  for word in spellings for cell in cells]
        close = [(ratio, word, cell) for ratio, word, cell in scored if ratio >= 0.6]
        if close:
            _ratio, word, cell = max(close, key=lambda scored: scored[0])
            pairs.append((cells[cell], word))
    return pairs


def _column_words(record: list[str], renames: list[tuple[str, str]]) -> dict[str, str]:
    """The columns' names in the language the header row is written in, by their English
    ones: the language of the names it gives (``periode``: Indonesian), else of the names
    its misspelt cells are closest to (``nilia``), else the language spoken. A reader who
    wrote ``kpi;periode;nilia`` is told of `nilai`, not of `value`."""
    written = {cell.strip().lower() for cell in record}
    for words in (written, {word for _cell, word in renames}):
        if words & set(INDONESIAN):
            return dict(IN_INDONESIAN)
        if words & (set(COLUMNS) - {"kpi"}):  # `kpi`: a word of both languages
            return {}
    return dict(IN_INDONESIAN) if current_language() == "id" else {}


def _rename_hint(renames: list[tuple[str, str]], words: dict[str, str]) -> str:
    """The hint for a header whose misspelt cells are close to the names it lacks."""
    if not renames:
        return ""
    pairs = ", ".join(_("`{written}` to `{name}`", written=quoted_value(written), name=name)
                      for written, name in renames)
    return _("Rename the column {renames}: the header row names the columns {columns} and, "
             "if any, {note}.", renames=pairs,
             columns=", ".join(words.get(name, name) for name in REQUIRED),
             note=words.get("note", "note"))


@dataclass(frozen=True)
class _Scan:
    """One CSV record as its text shows it: where each cell starts (line, column), which
    cells open with a quote (by index), and where a quote that opens a cell is never closed
    (None when each one is)."""

    starts: list[tuple[int, int]]
    quoted: frozenset[int]
    unclosed: tuple[int, int] | None


def _scan_record(raw: str, delimiter: str, first_line: int) -> _Scan:
    """The record ``raw`` (its lines, from ``first_line``) read once as the csv module
    reads it: a quote is special where it opens a cell, and written twice inside a quoted
    one (`"12"" screen"`); one never closed makes the rest of the file that one cell."""
    starts, quoted = [(first_line, 1)], set()
    opened: tuple[int, int] | None = None
    line, column, at_start, index = first_line, 1, True, 0
    while index < len(raw):
        char = raw[index]
        if opened is not None:
            if char == '"' and raw[index + 1:index + 2] == '"':
                index, column = index + 2, column + 2
                continue
            if char == '"':
                opened = None
        elif char == '"' and at_start:
            opened = (line, column)
            quoted.add(len(starts) - 1)
        elif char == delimiter:
            starts.append((line, column + 1))
        at_start = opened is None and char in (delimiter, "\n", "\r")
        if char == "\n":
            line, column = line + 1, 1
        else:
            column += 1
        index += 1
    return _Scan(starts, frozenset(quoted), opened)


def _unclosed_quote(path: str, line: int, column: int) -> Diagnostic:
    """A quote that opens a cell and is never closed: the rows under it would be lost
    unsaid (a row without value is left blank)."""
    return Diagnostic(
        path, line, column, codes.BAD_VALUES_FILE,
        _("The quote (\") that opens this cell is never closed: every row under it would "
          "be read as part of this one cell."),
        _('Close the quote, or delete it. A quote inside a quoted cell is written twice: '
          '"12"" screen".'))


# --- JSON lines --------------------------------------------------------------------------


def read_jsonl(text: str, path: str, decimal_comma: bool = False) -> list[Row]:
    rows: list[Row] = []
    problems: list[Diagnostic] = []
    for number, line in enumerate((line.rstrip("\r\n") for line in file_lines(text)), 1):
        if not line.strip():
            continue
        fields = _Fields()
        try:
            data = json_text.loads(line, object_pairs_hook=fields)
        except json.JSONDecodeError as exc:
            problems.append(Diagnostic(path, number, exc.colno, codes.BAD_VALUES_FILE,
                                       _("This line is not JSON: {msg}.", msg=exc.msg),
                                       _("Write one object per line: {{\"kpi\": \"…\", "
                                         "\"period\": \"2026-03\", \"value\": 104}}")))
            continue
        if not isinstance(data, dict):
            problems.append(Diagnostic(path, number, 1, codes.BAD_VALUES_FILE,
                                       _("This line is not a JSON object."),
                                       _("Write one object per line: {{\"kpi\": \"…\", "
                                         "\"period\": \"2026-03\", \"value\": 104}}")))
            continue
        cells: dict[str, Cell] = {}
        given: dict[str, str] = {}
        for key, value in fields.last:  # every field as written: a dict keeps the last
            name = _ALIASES.get(str(key).lower(), str(key).lower())
            if name in given:
                problems.append(Diagnostic(
                    path, number, _key_column(line, key, last=True), codes.BAD_VALUES_FILE,
                    _("This line gives the field `{name}` twice (`{first}` and `{second}`): "
                      "one of them would be left unread.", name=name,
                      first=quoted_value(given[name]), second=quoted_value(key)),
                    _("Keep one of the two fields (`id` and `kpi` both name the KPI).")))
            elif name in COLUMNS:
                given[name] = key
                text_value = None if value is None else (
                    value if isinstance(value, str) else json.dumps(value))
                cells[name] = Cell(text_value, number, _key_column(line, key), value)
        rows.append(Row(path, number, cells, decimal_comma=decimal_comma))
    if problems:
        raise SourceProblem(problems)
    return rows


class _Fields:
    """json.loads' ``object_pairs_hook``: the fields of the object read last (a line's own
    object: inner objects end first), as written, a key given twice too."""

    def __init__(self) -> None:
        self.last: list[tuple[str, object]] = []

    def __call__(self, pairs: list[tuple[str, object]]) -> dict[str, object]:
        self.last = pairs
        return dict(pairs)


def _key_column(line: str, key: str, last: bool = False) -> int:
    """The column of the key's value: of its first field, or its ``last`` (a key twice)."""
    found = list(re.finditer(re.escape(json.dumps(key)) + r"\s*:\s*", line))
    return found[-1 if last else 0].end() + 1 if found else 1
