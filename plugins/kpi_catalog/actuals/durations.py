"""Durations in the value column (``0:30:00``, ``[h]:mm`` cells): read in the KPI's unit.

Analysts track handling and response times as durations. A duration converts exactly to
seconds, minutes, hours, days or weeks, so a KPI measured in one of those (its ``unit``,
alone or followed by ``per ...``) takes it: 1:30:00 is 90 for a KPI in minutes, 1.5 in
hours. Any other unit (``%``, ``working days``: a working day is no fixed number of hours;
``months``: no fixed length) is refused at the cell with the number to type instead, and
so is a negative duration (what Excel shows as ``####``): a duration is never negative.
Units are named as the reader reads them: the KPI's unit in the language spoken, where its
file translates it (``menit``). A CSV cell of three parts (``1:30:00``) is hours, minutes
and seconds; of two parts with decimal seconds (``30:00.0``, what a spreadsheet writes for
``mm:ss.0``), minutes and seconds; ``1:30`` may be either, and is refused with both
readings. The import's report says each value read from a duration (:func:`durations_read`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kpi_catalog import yaml_text
from kpi_catalog.actuals.sources import cell_name, placed
from kpi_catalog.checking.text.numbers import TIME_UNITS, counted_in, unit_word
from kpi_catalog.i18n.messages import _, ngettext, or_list
from kpi_catalog.model.diagnostics import visible
from kpi_catalog.model.kpi import Kpi

if TYPE_CHECKING:
    from kpi_catalog.actuals.checks import Change

_WEEK = 60 * 60 * 24 * 7
# Seconds in each unit a duration converts to exactly: a month or a year has no fixed length.
SECONDS_IN = {word: seconds for word, seconds in TIME_UNITS.items() if seconds <= _WEEK}
_HMS = re.compile(r"([-+]?)(\d+):([0-5]\d):([0-5]\d(?:[.,]\d+)?)")
_MS = re.compile(r"([-+]?)(\d+):([0-5]\d[.,]\d+)")
_TWO = re.compile(r"([-+]?)(\d+):([0-5]\d)")
_WORD = re.compile(r"[^\W\d_]+")
# Significant digits of a reading shown whole; a longer one is shown rounded, as "about".
_SHORT = 6
_ROUNDED = 3
MAX_SAID = 10
"""Values read from durations the report names one by one; more are counted."""


def seconds_in_unit(kpi: Kpi) -> int | None:
    """Seconds in one of the KPI's unit (60 for ``minutes``, ``menit per chat``), or None
    where the unit is no fixed length of time."""
    return SECONDS_IN.get(unit_word(kpi.measurement.unit))


def shown_duration(seconds: float) -> str:
    """``25:30:00``, ``-0:00:01.5``: hours (past 24), minutes and seconds."""
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    minutes, rest = divmod(rest, 60)
    whole = f"{rest:02.0f}" if float(rest).is_integer() else f"{rest:06.3f}".rstrip("0")
    return f"{sign}{int(hours)}:{int(minutes):02d}:{whole}"


def in_unit(seconds: float, unit_seconds: int) -> float:
    """The duration in the unit, to the 15 digits a spreadsheet keeps (1/3 hour)."""
    return float(f"{seconds / unit_seconds:.15g}")


def reading(value: float) -> str:
    """A number to read in a hint: whole where it is short (``0.0625``), else rounded
    (``about 0.00104``); the hint gives an exact form to type beside it."""
    if float(f"{value:.{_SHORT}g}") == value:
        return yaml_text.number(value)
    return _("about {number}", number=yaml_text.number(float(f"{value:.{_ROUNDED}g}")))


def text_duration(text: str) -> float | None:
    """The seconds a CSV cell's duration holds (``1:30:00``, ``30:00.5``); None for any other
    text, ``1:30`` too (see :func:`two_readings`)."""
    text = text.strip()
    match = _HMS.fullmatch(text)
    if match:
        seconds = int(match[2]) * 3600 + int(match[3]) * 60 + float(match[4].replace(",", "."))
    else:
        match = _MS.fullmatch(text)
        if not match:
            return None
        seconds = int(match[2]) * 60 + float(match[3].replace(",", "."))
    return -seconds if match[1] == "-" else seconds


def two_readings(text: str) -> tuple[float, float] | None:
    """``1:30`` as hours and minutes (5400 seconds) and as minutes and seconds (90)."""
    match = _TWO.fullmatch(text.strip())
    if not match:
        return None
    sign = -1 if match[1] == "-" else 1
    first, second = int(match[2]), int(match[3])
    return sign * (first * 3600 + second * 60), sign * (first * 60 + second)


def not_a_time_unit(kpi: Kpi, shown: str, unit: str, in_sheet: bool) -> tuple[str, str]:
    """What to say of a duration for a KPI whose unit is no fixed length of time
    (``working days``) or no time at all (``%``): ``unit`` as the reader reads it; a
    sheet's cell is formatted, a CSV cell typed."""
    counted = counted_in(kpi.measurement.unit)  # `% per tahun`: a share
    timely = any(word.lower() in TIME_UNITS for word in _WORD.findall(counted))
    if in_sheet:
        message = (_("The cell holds the duration {duration}, but `{id}` is measured in "
                     "{unit}, which is no fixed length of time: the import cannot convert it.",
                     duration=shown, id=kpi.id, unit=unit) if timely else
                   _("The cell holds the duration {duration}, but `{id}` is measured in "
                     "{unit}, which is not a unit of time.", duration=shown, id=kpi.id,
                     unit=unit))
        return message, _("Format the cell as a number and type the value in {unit}.",
                          unit=unit)
    message = (_("`{text}` looks like a duration, but `{id}` is measured in {unit}, which is "
                 "no fixed length of time: the import cannot convert it.", text=shown,
                 id=kpi.id, unit=unit) if timely else
               _("`{text}` looks like a duration, but `{id}` is measured in {unit}, which is "
                 "not a unit of time.", text=shown, id=kpi.id, unit=unit))
    return message, _("Write the value as a number in {unit}, without a colon: 12.5, not "
                      "12:30.", unit=unit)


def negative(shown: str, positive: str, unit: str, in_sheet: bool, value: float | None,
             kpi: Kpi) -> tuple[str, str]:
    """What to say of a negative duration (``-0:30:00``; a sheet shows ``####``): a duration
    is never negative, but a value in a unit of time may be (minutes early): ``positive``,
    the duration to write instead; ``value``, the number below zero, where it is known. The
    number is offered only where the KPI's ``valid_range`` takes it (a response time from 0
    up would refuse it next)."""
    message = (_("The cell holds a negative duration ({duration}), which a spreadsheet "
                 "shows as ####: a duration is never negative.", duration=shown) if in_sheet
               else _("`{text}` is a negative duration: a duration is never negative.",
                      text=shown))
    lowest = kpi.valid_range.min if kpi.valid_range is not None else None
    if lowest is not None and (lowest >= 0 if value is None else value < lowest):
        return message, _("Write the duration without the minus sign ({duration}): a value "
                          "of `{id}` cannot be below {lowest} (its `valid_range`).",
                          duration=positive, id=kpi.id, lowest=yaml_text.number(lowest))
    if value is None:
        return message, _("Write the duration without the minus sign ({duration}); for a "
                          "value below zero, write a number in {unit}.", duration=positive,
                          unit=unit)
    return message, _("Write the duration without the minus sign ({duration}); for a value "
                      "below zero, write the number in {unit}: {number}.", duration=positive,
                      unit=unit, number=yaml_text.number(value))


def ambiguous(text: str, readings: tuple[float, float], unit_seconds: int, unit: str,
              kpi: Kpi) -> tuple[str, str]:
    """What to say of ``1:30`` (its :func:`two_readings`) for a KPI measured in time: hours
    and minutes, or minutes and seconds? Both readings, in the KPI's unit (``unit`` as the
    reader reads it), and both durations written in full."""
    if readings[0] < 0:
        durations = [shown_duration(-seconds) for seconds in readings]
        return negative(text.strip(), or_list(durations), unit, False, None, kpi)
    hours, minutes = (in_unit(seconds, unit_seconds) for seconds in readings)
    return (_("`{text}` may be hours and minutes or minutes and seconds.", text=text.strip()),
            _("Write the value as a number in {unit}: {hours} (if hours and minutes) or "
              "{minutes} (if minutes and seconds); or as a duration in hours, minutes and "
              "seconds: {as_hours} or {as_minutes}.", unit=unit, hours=reading(hours),
              minutes=reading(minutes), as_hours=shown_duration(readings[0]),
              as_minutes=shown_duration(readings[1])))


def durations_read(changes: list[Change]) -> list[str]:
    """What the import's report says of the values read from durations: how many, then
    each at its cell (the first :data:`MAX_SAID`), so that the reader sees `1:30:00`
    became 90 (minutes)."""
    read = [change for change in changes if change.duration is not None]
    if not read:
        return []
    lines = [ngettext("{count} value was read from a duration, in its KPI's unit of time:",
                      "{count} values were read from durations, each in its KPI's unit of "
                      "time:", len(read), count=len(read))]
    for change in read[:MAX_SAID]:
        lines.append("  " + _read_as(change))
    if len(read) > MAX_SAID:
        more = len(read) - MAX_SAID
        lines.append("  " + ngettext("and {count} more.", "and {count} more.", more,
                                     count=more))
    return lines


def _read_as(change: Change) -> str:
    """``v.csv:2:35: 1:30:00 read as 90 (minutes): `chat-first-response-time`, 2026-W48.``"""
    assert change.duration is not None and change.row is not None
    duration, unit = change.duration
    message = _("{duration} read as {value} ({unit}): `{id}`, {period}.", duration=duration,
                value=yaml_text.number(change.value), unit=unit, id=change.kpi_id,
                period=change.period)
    cell = change.row.cell("value")
    if change.row.sheet:
        message = placed(message, change.row.sheet, cell_name(cell.line, cell.column))
    return visible(f"{change.row.path}:{cell.line}:{cell.column}: {message}")
