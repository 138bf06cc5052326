"""Dates and months as people write them, and the form the catalog writes instead.

An Indonesian (and most European) reader writes a day first, `31/12/2027`; an American
one the month first, `12/31/2027`. Where the numbers tell which (a day above 12, or the
two equal), the hint gives the date to write, `2027-12-31`; where they do not
(`03/04/2027`), it gives both readings, each named, so that nothing is guessed. A month
that does not exist (`2026-13`, `2026-00`) is said to be one, not only "not a period".
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from kpi_catalog.i18n.messages import _

_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})\Z")
_NUMBERED = re.compile(r"\d{4}-(\d{2})(?:-\d{2})?\Z")
_YEAR_FIRST = re.compile(r"(\d{4})\s*([/.\-\s]?)\s*(\d{1,2})\s*\2\s*(\d{1,2})\Z")


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def meant_days(text: str) -> list[date]:
    """The days ``text`` may mean when it writes the year last (`31/12/2027`, `31.12.2027`,
    `31-12-2027`): day first, then month first; one when the numbers tell, none when the
    text is no such date."""
    match = _DAY_MONTH_YEAR.match(text.strip())
    if not match:
        return []
    first, _separator, second, year = match.groups()
    readings = [_day(int(year), int(second), int(first)), _day(int(year), int(first),
                                                                  int(second))]
    return list(dict.fromkeys(day for day in readings if day is not None))


def year_first_day(text: str) -> date | None:
    """The day ``text`` writes year first in another form than YYYY-MM-DD (`2027-1-5`,
    `2027/12/31`, `2027.12.31`, `20271231`); None when it is none, or no day of the
    calendar."""
    match = _YEAR_FIRST.match(text.strip())
    if not match or (not match[2] and len(match[3]) + len(match[4]) != 4):
        return None
    return _day(int(match[1]), int(match[3]), int(match[4]))


def day_hint(text: str) -> str | None:
    """How to write ``text``, a date in another form than YYYY-MM-DD (its year last, or
    first with other separators or single digits), as YYYY-MM-DD; None for any other."""
    written = year_first_day(text)
    if written is not None and written.isoformat() != text.strip():
        return _("Write it as YYYY-MM-DD: {day}.", day=written.isoformat())
    days = meant_days(text)
    if len(days) == 1:
        return _("Write it as YYYY-MM-DD, the year first: {day}.", day=days[0].isoformat())
    if len(days) == 2:
        day_first, month_first = days
        return _("Write it as YYYY-MM-DD, the year first: {day_first} if the day comes first "
                 "(as in Indonesia), {month_first} if the month does.",
                 day_first=day_first.isoformat(), month_first=month_first.isoformat())
    return None


def month_hint(text: str) -> str | None:
    """What is wrong with ``text`` when it names a month that does not exist (`2026-13`,
    `2026-00-15`); None otherwise."""
    match = _NUMBERED.match(text.strip())
    if match is None or 1 <= int(match[1]) <= 12:
        return None
    return _("There is no month {month}: months are numbered 01 (January) to 12 (December).",
             month=match[1])


def calendar_hint(text: str) -> str | None:
    """:func:`month_hint`, and a day, ISO week, quarter or half year the calendar does not
    have (`2026-02-30`, `2026-W54`, `2026-Q5`): what a period in a file of values is told."""
    text = text.strip()
    if (no_month := month_hint(text)) is not None:
        return no_month
    if _NUMBERED.match(text) and len(text) == 10 and _day(*map(int, text.split("-"))) is None:
        days = calendar.monthrange(int(text[:4]), int(text[5:7]))[1]
        return _("There is no day {day} in {year}-{month}: it has {count} days.",
                 day=text[8:], year=text[:4], month=text[5:7], count=days)
    if (week := _WEEK.match(text)) and not 1 <= int(week[2]) <= _weeks(int(week[1])):
        return _("{year} has {count} ISO weeks: {year}-W01 to {year}-W{count}.",
                 year=week[1], count=_weeks(int(week[1])))
    if (part := _PART.match(text)) and not 1 <= int(part[3]) <= (4 if part[2] == "Q" else 2):
        return (_("There is no quarter {number}: quarters are numbered Q1 to Q4.",
                  number=part[3]) if part[2] == "Q" else
                _("There is no half year {number}: half years are H1 and H2.", number=part[3]))
    return None


_WEEK = re.compile(r"(\d{4})-W(\d{1,2})\Z")
_PART = re.compile(r"(\d{4})-([QH])(\d)\Z")


def _weeks(year: int) -> int:
    """ISO weeks in ``year``: 53 where 28 December falls in week 53, else 52."""
    return date(year, 12, 28).isocalendar()[1]
