"""Durations in the value column (``0:30:00``, ``[h]:mm`` cells): read in the KPI's unit.

Analysts track handling and response times as durations. A duration converts exactly to
seconds, minutes, hours, days or weeks, so a KPI measured in one of those (its ``unit``,
alone or followed by ``per ...``) takes it: 1:30:00 is 90 for a KPI in minutes, 1.5 in
hours. Any other unit (``%``, ``working days``: a working day is no fixed number of hours;
``months``: no fixed length) is refused at the cell with the number to type instead.
A CSV cell of three parts (``1:30:00``) is hours, minutes and seconds; of two parts with
decimal seconds (``30:00.0``, what a spreadsheet writes for ``mm:ss.0``), minutes and
seconds; ``1:30`` may be either, and is refused with both readings.
"""

from __future__ import annotations

import re

from kpi_catalog import yaml_text
from kpi_catalog.checking.text.numbers import TIME_UNITS, unit_word
from kpi_catalog.i18n.messages import _
from kpi_catalog.model.kpi import Kpi

_WEEK = 60 * 24 * 7
# Seconds in each unit a duration converts to exactly: a month or a year has no fixed length.
SECONDS_IN = {**{word: minutes * 60 for word, minutes in TIME_UNITS.items() if minutes <= _WEEK},
              **dict.fromkeys("second seconds sec secs detik".split(), 1)}
_HMS = re.compile(r"([-+]?)(\d+):([0-5]\d):([0-5]\d(?:[.,]\d+)?)")
_MS = re.compile(r"([-+]?)(\d+):([0-5]\d[.,]\d+)")
_TWO = re.compile(r"([-+]?)(\d+):([0-5]\d)")


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


def not_a_time_unit(kpi: Kpi, shown: str) -> tuple[str, str]:
    """What to say of a duration for a KPI whose unit is no fixed length of time."""
    unit = kpi.measurement.unit.strip()
    return (_("The cell holds the duration {duration}, but `{id}` is measured in {unit}, "
              "which is no fixed length of time: the import cannot convert it.",
              duration=shown, id=kpi.id, unit=unit),
            _("Format the cell as a number and type the value in {unit}.", unit=unit))


def ambiguous(kpi: Kpi, text: str, unit_seconds: int) -> tuple[str, str] | None:
    """What to say of ``1:30`` for a KPI measured in time: hours and minutes, or minutes and
    seconds? Both readings, in the KPI's unit."""
    readings = two_readings(text)
    if readings is None:
        return None
    hours, minutes = (in_unit(seconds, unit_seconds) for seconds in readings)
    unit = kpi.measurement.unit.strip()
    return (_("`{text}` may be hours and minutes or minutes and seconds.", text=text.strip()),
            _("Write the value as a number in {unit}: {hours} (if hours and minutes) or "
              "{minutes} (if minutes and seconds); or as {text}:00 for hours, minutes and "
              "seconds.", unit=unit, hours=yaml_text.number(hours),
              minutes=yaml_text.number(minutes), text=text.strip()))
