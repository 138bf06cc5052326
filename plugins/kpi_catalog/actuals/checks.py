"""Check rows to import against the catalog: every problem located at its cell.

Nothing is written unless every row passes: :func:`check_rows` returns the changes to make
per KPI, or the diagnostics of every row at fault (all of them, in one run). A row left
blank (no value, no note: the template's rows not filled in) is skipped and counted.
A period is written in the form of the KPI's series (a week given as its Sunday becomes
``2026-W48`` beside ISO weeks), and a value for a period that has not ended is refused.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from kpi_catalog import yaml_text
from kpi_catalog.actuals.durations import (
    ambiguous,
    in_unit,
    negative,
    not_a_time_unit,
    seconds_in_unit,
    shown_duration,
    text_duration,
    two_readings,
)
from kpi_catalog.actuals.fractions import Fractions, in_percent
from kpi_catalog.actuals.period_words import (
    numbered_month,
    spelled_period,
    without_full_year,
)
from kpi_catalog.actuals.sources import Row
from kpi_catalog.checking.kpi_links import kpi_guesser, kpi_hint, outside_range
from kpi_catalog.i18n.messages import _, current_language
from kpi_catalog.i18n.written_numbers import MINUS, decimal_comma_number, written_number
from kpi_catalog.model import codes
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.diagnostics import Diagnostic, quoted_value, visible
from kpi_catalog.model.enums import Lifecycle
from kpi_catalog.model.fields import (
    FIRST_YEAR,
    LAST_YEAR,
    NOT_ONE_LINE,
    NUMBER_LIMIT,
    TOO_LARGE_HINT,
)
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.language import entry_in
from kpi_catalog.model.periods import (
    fits,
    form_of,
    forms_text,
    in_series_form,
    period_end,
)
from kpi_catalog.model.written_dates import calendar_hint
from kpi_catalog.reading.closest import Guesser

_NUMBER = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?\Z")
# 1.23457E+11, 1,23457E+11: what Excel's (and LibreOffice's) General format shows of a
# number too long for its column, and saves in a CSV file, its other digits lost. A program
# writes its exponent with a small e (`2.31e2`, `1e-05`: Python, pandas, R), the number whole.
_EXPONENT = re.compile(r"[-+]?[0-9]*[.,]?[0-9]+E[-+][0-9]+")
_GROUPED = re.compile(r"[-+]?[0-9]{1,3}(?:\.[0-9]{3})+\Z")  # 1.234: a thousand, or 1.234?
# 187.500 or 1.234,5 in a file of decimal commas: the number is shown, to be written without
# its points (never read so: the refusal stays, and says what to write)
_GROUPED_DECIMAL = re.compile(r"[-+]?[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?\Z")
_CASED_PERIOD = re.compile(r"(\d{4}-)([qh])([1-4])\Z")
# What a spreadsheet shows and saves once it has read `2026-11` as a date: Nov-26, 1-Nov-26,
# Nov 2026, 11/1/2026, 01.11.2026 (month names in any language).
_SPREADSHEET_DATE = re.compile(
    r"(?:\d{1,2}[-/. ])?[^\W\d_]{3,}\.?[-/. ]\d{2,4}|\d{1,4}[/.]\d{1,2}[/.]\d{1,4}", re.UNICODE)


@dataclass(frozen=True)
class Change:
    """One value to write into a KPI file; ``note`` None keeps the note there is."""

    kpi_id: str
    period: str
    value: float
    note: str | None
    row: Row | None = None
    duration: tuple[str, str] | None = None
    """The duration the value was read from and the KPI's unit, as the reader reads them
    (``("1:30:00", "minutes")``): the report says the conversion."""


@dataclass
class Checked:
    """What the rows would do: the changes per KPI id (values already there left out), the
    problems, how many rows were left blank, and the rows whose value (and note) the catalog
    already has."""

    changes: dict[str, list[Change]] = field(default_factory=dict)
    problems: list[Diagnostic] = field(default_factory=list)
    blank: int = 0
    unchanged: list[Row] = field(default_factory=list)


class UnitsShown:
    """Each KPI's unit as the reader reads it, for the messages about a value (a duration, a
    percentage cell): in the language spoken where the KPI's file translates it (``menit``
    for ``minutes``), else as written. Looked up once per KPI."""

    def __init__(self, catalog: Catalog):
        self._language = catalog.config.language
        self._units: dict[str, str] = {}

    def __call__(self, kpi: Kpi) -> str:
        if kpi.id not in self._units:
            shown = entry_in(kpi, current_language(), self._language).measurement.unit
            self._units[kpi.id] = str(shown or kpi.measurement.unit).strip()
        return self._units[kpi.id]


def check_rows(catalog: Catalog, rows: Iterable[Row], today: date, *, replace: bool = False
               ) -> Checked:
    out = Checked()
    seen: dict[tuple[str, str], Row] = {}
    units = UnitsShown(catalog)
    fractions = Fractions()
    guesser = kpi_guesser(catalog)
    for row in rows:
        if _blank(row):
            out.blank += 1
            continue
        unreadable = _unreadable(row)
        if unreadable:
            out.problems.extend(unreadable)
            continue
        found: list[Diagnostic] = []
        kpi = _kpi(catalog, row, found, guesser)
        period = _period(kpi, row, found, today)
        value, duration = _number(row, found, kpi, units)
        if kpi is not None and value is not None and duration is None:
            found.extend(_fraction(row, kpi, value, period, units, fractions))
        note = _note(row, found)
        if kpi is not None and period is not None:
            first = seen.setdefault((kpi.id, period), row)
            if first is not row:
                found.append(row.diagnostic(
                    "period", codes.SAME_PERIOD_TWICE, _twice(kpi.id, period, first),
                    _("Keep one of the two rows.")))
        if found or kpi is None or period is None or value is None:
            out.problems.extend(found)
            continue
        existing = next((a for a in kpi.actuals if a.period == period), None)
        if existing is not None and existing.value == value and note in (None, existing.note):
            out.unchanged.append(row)  # importing the same file twice changes nothing
            continue
        if existing is not None and not replace:
            out.problems.append(row.diagnostic(
                "value", codes.VALUE_EXISTS,
                _("`{id}` already has the value {value} for {period}.",
                  id=kpi.id, value=yaml_text.number(existing.value), period=period),
                _("Correcting a past value must be deliberate: run again with --replace, or "
                  "remove the row.")))
            continue
        out.changes.setdefault(kpi.id, []).append(
            Change(kpi.id, period, value, note, row, duration))
    return out


def _twice(kpi_id: str, period: str, first: Row) -> str:
    """What SAME_PERIOD_TWICE says, naming the first of the two rows as its source does:
    a query's rows all stand at the query's line, a sheet's rows are rows."""
    if first.origin:
        return _("`{id}` has a value for {period} twice (first: {first}).",
                 id=kpi_id, period=period, first=first.origin)
    if first.sheet:
        return _("`{id}` has a value for {period} twice in this sheet (first in row {line}).",
                 id=kpi_id, period=period, line=first.line)
    return _("`{id}` has a value for {period} twice in this file (first on line {line}).",
             id=kpi_id, period=period, line=first.line)


def _blank(row: Row) -> bool:
    """No value and no note: a row of the template nobody filled in."""
    value, note = row.cell("value"), row.cell("note")
    return not (value.text or "").strip() and value.raw is None and not value.merged \
        and not (note.text or "").strip() and not any(cell.refused for cell in row.cells.values())


# The code of a workbook's error value (#DIV/0!) in each column.
_UNREADABLE_CODES = {"kpi": codes.UNKNOWN_KPI, "period": codes.BAD_PERIOD,
                     "value": codes.BAD_NUMBER, "note": codes.BAD_NUMBER}


def _unreadable(row: Row) -> list[Diagnostic]:
    """A workbook's cells that show an error value instead of a value, a value cell that
    merged cells cover (their value is in their first cell only), and a period cell that
    shows no period to read (a week without its year)."""
    return [row.diagnostic(name, _UNREADABLE_CODES[name],
                           _("The cell shows the error {error}: its formula gives no value.",
                             error=visible(cell.unreadable)),
                           _("Correct the formula, or type the value in."))
            for name, cell in row.cells.items() if cell.unreadable] + [
        row.diagnostic(name, codes.BAD_NUMBER,
                       _("The value cell is part of the merged cells {cells}, which hold "
                         "their value in their first cell only: this row has no value of "
                         "its own.", cells=cell.merged),
                       _("Unmerge the cells, then type each period's value in its own row."))
        for name, cell in row.cells.items() if cell.merged] + [
        row.diagnostic(name, *cell.refused)
        for name, cell in row.cells.items() if cell.refused]


def _kpi(catalog: Catalog, row: Row, found: list[Diagnostic], guesser: Guesser
         ) -> Kpi | None:
    kpi_id = row.cell("kpi").text
    if not kpi_id:
        found.append(row.diagnostic("kpi", codes.UNKNOWN_KPI, _("The KPI id is missing."),
                                    _("Write the KPI's id (its file name without .yml).")))
        return None
    kpi = catalog.kpis.get(kpi_id)
    if kpi is None:
        # as `kpi validate` guesses: a name (`Online GMV`), other case, a slip of a letter
        found.append(row.diagnostic("kpi", codes.UNKNOWN_KPI,
                                    _("There is no KPI `{kpi_id}`.", kpi_id=quoted_value(kpi_id)),
                                    kpi_hint(kpi_id, guesser)))
        return None
    if kpi.lifecycle is Lifecycle.RETIRED:
        found.append(row.diagnostic(
            "kpi", codes.RETIRED_KPI, _("`{kpi_id}` is retired: it takes no new values.",
                                        kpi_id=kpi_id),
            _("Remove the row, or set the KPI's `lifecycle` back to active first.")))
        return None
    return kpi


def written_period(row: Row) -> str:
    """The period a row's cell names, read as the checks read it: without the blanks around
    it, `2026-q1` as `2026-Q1`, a half year or quarter as reports write it (`S2 2027`,
    `TW III 2027`) as the catalog writes it (it may be no period at all)."""
    text = (row.cell("period").text or "").strip()
    return spelled_period(text) or _CASED_PERIOD.sub(lambda m: m[1] + m[2].upper() + m[3],
                                                     text)


def _period(kpi: Kpi | None, row: Row, found: list[Diagnostic], today: date) -> str | None:
    text = written_period(row)
    if not text:
        found.append(row.diagnostic("period", codes.BAD_PERIOD, _("The period is missing."),
                                    _("Write it as 2026-03 (a month), 2026-Q1, 2026-H1, 2026 or "
                                      "2026-03-31 (a day).")))
        return None
    if form_of(text) is None:
        hint = _("Write 2026-03-31 (a day), 2026-03 (a month), 2026-Q1 (a quarter), 2026-H1 (a "
                 "half year) or 2026 (a year).")
        short = without_full_year(text)
        if short is not None:
            hint = _("Write the year in full, then the half year or quarter: {period}.",
                     period=short)
        elif (no_month := calendar_hint(text)) is not None:
            hint = no_month
        elif (month := numbered_month(text)) is not None and (kpi is None or fits(kpi, month)):
            hint = _("Write the month as the catalog writes it: {period}.", period=month)
        elif kpi is not None and _SPREADSHEET_DATE.fullmatch(text):
            hint = _("A spreadsheet may have turned the period into a date: format the period "
                     "column as text, then write the period as {forms}.",
                     forms=forms_text(kpi))
        found.append(row.diagnostic(
            "period", codes.BAD_PERIOD, _("`{text}` is not a period.", text=quoted_value(text)),
            hint))
        return None
    if period_end(text).year < FIRST_YEAR:  # no KPI file may hold it: said, not E409
        found.append(row.diagnostic(
            "period", codes.BAD_PERIOD,
            _("`{value}` is outside the years {first} to {last} that a KPI may use",
              value=quoted_value(text), first=FIRST_YEAR, last=LAST_YEAR) + ".",
            _("Correct the year of the period: 2026-03 (a month), 2026-Q1, 2026.")))
        return None
    if kpi is not None and not fits(kpi, text):
        if form_of(text) == "day" and text.endswith("-01"):
            hint = _("This KPI takes periods like {forms}. A spreadsheet may have turned the "
                     "period into a date: format the period column as text.",
                     forms=forms_text(kpi))
        else:
            hint = _("This KPI takes periods like {forms}.", forms=forms_text(kpi))
        found.append(row.diagnostic(
            "period", codes.PERIOD_NOT_FREQUENCY,
            _("`{text}` does not fit how often `{id}` is measured.", text=text, id=kpi.id),
            hint))
        return None
    if period_end(text) > today:
        found.append(row.diagnostic(
            "period", codes.ROW_PERIOD_NOT_ENDED,
            _("{period} ends on {end}, after today ({today}): its value is not measured yet.",
              period=text, end=period_end(text), today=today),
            _("Remove the row, or correct the period; import the value once the period is "
              "over.")))
        return None
    return in_series_form(kpi, text) if kpi is not None else text


def _number(row: Row, found: list[Diagnostic], kpi: Kpi | None, units: UnitsShown
            ) -> tuple[float | None, tuple[str, str] | None]:
    """The row's value, and the duration it was read from with the unit (for the report)."""
    cell = row.cell("value")
    value: float | None
    duration: tuple[str, str] | None = None
    if cell.percent and isinstance(cell.raw, float):
        value = _percent(row, cell.raw, found, kpi, units)
    elif cell.duration and isinstance(cell.raw, float):
        value = _duration(row, cell.raw, cell.text or "", found, kpi, units)
        duration = (cell.text or "", units(kpi)) if kpi is not None else None
    elif isinstance(cell.raw, (int, float)) and not isinstance(cell.raw, bool):
        try:
            value = float(cell.raw)
        except OverflowError:  # a JSON integer past 1.8e308: said below, as 1e400 is
            value = math.inf
    else:
        text = (cell.text or "").strip()
        value = _parse_number(text, row.decimal_comma)
        if _EXPONENT.fullmatch(text) and (value is None or math.isfinite(value)):
            found.append(row.diagnostic(
                "value", codes.BAD_NUMBER,
                _("`{text}` is a number in exponent form: a spreadsheet shows a number so when "
                  "its column is too narrow for it, and saves only the digits it shows.",
                  text=quoted_value(text)),
                _("Format the value column as a number with its decimals (not General), save "
                  "the file again and import it; or type the number in plain digits.")))
            return None, None
        seconds = text_duration(text) if value is None else None
        share = (_parse_number(text[:-1].rstrip(), row.decimal_comma)
                 if value is None and kpi is not None and text.endswith("%") else None)
        if share is not None and kpi is not None:
            value = _percent_text(row, text, share, found, kpi, units)
            if value is None:
                return None, None
        elif seconds is not None:
            value = _duration(row, seconds, text, found, kpi, units)
            duration = (text, units(kpi)) if kpi is not None else None
        elif value is None and kpi is not None and (readings := two_readings(text)):
            unit = seconds_in_unit(kpi)
            said = (ambiguous(text, readings, unit, units(kpi), kpi) if unit
                    else not_a_time_unit(kpi, text, units(kpi), bool(row.sheet)))
            found.append(row.diagnostic("value", codes.BAD_NUMBER, *said))
            return None, None
        elif value is None:
            found.append(row.diagnostic("value", codes.BAD_NUMBER, _not_a_number(text),
                                        _number_hint(text, row.decimal_comma)))
    if value is None:
        return None, None
    if not math.isfinite(value):
        found.append(row.diagnostic("value", codes.BAD_NUMBER,
                                    _("The value is too large to be a number."),
                                    _("Write a real number.")))
        return None, None
    if abs(value) > NUMBER_LIMIT:  # the KPI file would be refused: said here, at the cell
        found.append(row.diagnostic(
            "value", codes.BAD_NUMBER,
            _("`{text}` is too large a number for a KPI.", text=quoted_value(cell.text or "")),
            _(TOO_LARGE_HINT)))
        return None, None
    if kpi is not None and kpi.valid_range is not None and kpi.valid_range.excludes(value):
        found.append(row.diagnostic("value", codes.OUTSIDE_VALID_RANGE,
                                    *outside_range(kpi.valid_range, value)))
        return None, None
    return value, duration


def _percent(row: Row, share: float, found: list[Diagnostic], kpi: Kpi | None,
             units: UnitsShown) -> float | None:
    """A workbook's cell formatted as a percentage (0.855 shown as 85.5%): the number shown
    (85.5) for a KPI whose unit is a percentage; for any other unit, a problem."""
    shown = float(f"{share * 100:.15g}")
    if kpi is None:
        return shown  # the KPI's own problem is said
    if in_percent(kpi):
        return shown
    unit = units(kpi)
    found.append(row.diagnostic(
        "value", codes.BAD_NUMBER,
        _("The cell shows a percentage ({shown}%), but `{id}` is measured in {unit}.",
          shown=yaml_text.number(shown), id=kpi.id, unit=unit),
        _("Format the cell as a number and type the value in {unit}.", unit=unit)))
    return None


def _percent_text(row: Row, text: str, shown: float, found: list[Diagnostic], kpi: Kpi,
                  units: UnitsShown) -> float | None:
    """A typed percentage (``85,5%``: what a spreadsheet saves in CSV for a cell formatted
    as a percentage): the number (85.5) for a KPI whose unit is a percentage, as a
    workbook's percentage cell; for any other unit, a problem that names the unit."""
    if in_percent(kpi):
        return shown
    unit = units(kpi)
    found.append(row.diagnostic(
        "value", codes.BAD_NUMBER,
        _("`{text}` is a percentage, but `{id}` is measured in {unit}.", text=quoted_value(text),
          id=kpi.id, unit=unit),
        _("Write the value as a number in {unit}, without %.", unit=unit)))
    return None


def _fraction(row: Row, kpi: Kpi, value: float, period: str | None, units: UnitsShown,
              fractions: Fractions) -> list[Diagnostic]:
    """A share written as a fraction (0.27 for 27%) in a file, refused at its cell: a plain
    number that fits the KPI's scale only once read as a percentage (:mod:`.fractions`). A
    value written with its sign (`0.27%`, a percentage cell) is read as it stands, and a
    query's value is the query's to compute."""
    found = fractions(kpi, value, period)
    if found is None:
        return []
    cell = row.cell("value")
    if row.origin or cell.percent or (cell.text or "").strip().endswith("%"):
        return []
    text = (cell.text or "").strip()
    comma = "," in text and "." not in text  # `0,27` in a file of Indonesian numbers

    def said(number: float) -> str:  # with the decimal mark the file uses
        written = yaml_text.number(number)
        return written.replace(".", ",") if comma else written

    written, percent = (quoted_value(text) if text else said(value),
                        said(float(f"{value * 100:.15g}")))
    low, high = said(found[0]), said(found[1])
    return [row.diagnostic(
        "value", codes.BAD_NUMBER,
        _("`{value}` looks like a share written as a fraction ({percent}%): `{id}` is measured "
          "in {unit}, and its recent values, baseline and target lie between {low} and "
          "{high}.", value=written, percent=percent, id=kpi.id, unit=units(kpi),
          low=low, high=high),
        _("Write {percent} for {percent}%. If the value really is {value}%, write it with its "
          "sign: {value}%.", percent=percent, value=written))]


def _duration(row: Row, seconds: float, shown: str, found: list[Diagnostic],
              kpi: Kpi | None, units: UnitsShown) -> float | None:
    """A duration (0:30:00) in the KPI's unit of time (30 for minutes, 0.5 for hours); for a
    unit that is no fixed length of time, or a negative duration, a problem."""
    if kpi is None:
        return None  # the KPI's own problem is said
    unit = seconds_in_unit(kpi)
    if unit is None:
        found.append(row.diagnostic("value", codes.BAD_NUMBER,
                                    *not_a_time_unit(kpi, shown, units(kpi), bool(row.sheet))))
        return None
    if seconds < 0:
        found.append(row.diagnostic("value", codes.BAD_NUMBER, *negative(
            shown, shown_duration(-seconds), units(kpi), bool(row.sheet),
            in_unit(seconds, unit), kpi)))
        return None
    return in_unit(seconds, unit) + 0.0  # -0:00:00 is 0


def _parse_number(text: str, decimal_comma: bool) -> float | None:
    """A plain number; with decimal commas (a file from a spreadsheet set to Indonesian
    number formats) ``38,5`` too, but never ``1.234``, which may mean a thousand."""
    if decimal_comma:
        if _GROUPED.match(text):
            return None
        text = decimal_comma_number(text, either=True) or text
    return float(text) if _NUMBER.match(text) else None


def _not_a_number(text: str) -> str:
    return _("The value is empty.") if not text else _("`{text}` is not a number.",
                                                        text=quoted_value(text))


def _number_hint(text: str, decimal_comma: bool = False) -> str:
    if not text:
        return _("Give the value, or leave the note empty too to skip the row.")
    if text.rstrip().endswith("%"):
        return _("Write the number without %: {number} (the KPI file gives the unit).",
                 number=text.rstrip()[:-1].strip())
    if decimal_comma and _GROUPED_DECIMAL.match(text):  # 187.500, 1.234,5: refused, unguessed
        return _("Write it without thousands separators: {number} (this file writes decimals "
                 "with a comma).", number=text.replace(".", ""))
    if decimal_comma and ("." in text or "," in text):
        return _("Write numbers without thousands separators: 1234,5 (this file writes "
                 "decimals with a comma), not 1.234,5 or 1.234.")
    if "," in text:
        return _("Write numbers with a decimal point and no thousands separators: 1234.5, "
                 "not 1.234,5 or 1,234.5. A file whose cells are separated by semicolons, or "
                 "--decimal-comma, takes decimal commas: 1234,5.")
    written = written_number(text)
    if written is not None and written.kind == MINUS:  # a report's −5, copied from Word
        return _("Write the minus sign as a hyphen (-): {number}.", number=written.number)
    return _("Write a number in plain digits, with a decimal point: 104 or 12.5.")


def _note(row: Row, found: list[Diagnostic]) -> str | None:
    cell = row.cell("note")
    note = cell.text
    if note is None or not note.strip():
        return None
    if isinstance(cell.raw, (dict, list)):  # JSON lines: was written as its JSON text
        found.append(row.diagnostic(
            "note", codes.BAD_NUMBER,
            _("The note is a JSON object, not text.") if isinstance(cell.raw, dict)
            else _("The note is a JSON array, not text."),
            _("Write the note as one string: \"note\": \"Harbolnas 12.12\".")))
        return None
    if NOT_ONE_LINE.search(note):  # as the KPI file's note: a non-breaking space is fine
        found.append(row.diagnostic(
            "note", codes.BAD_NUMBER, _("The note holds a line break or a control character."),
            _("Write the note on one line.")))
        return None
    return note.strip()
