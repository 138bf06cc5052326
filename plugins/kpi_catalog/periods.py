"""Periods of actual values as the catalog writes them: a day (`2026-03-31`), a month
(`2026-03`), a quarter (`2026-Q1`), a half year (`2026-H1`), an ISO week (`2026-W47`,
counted from its Sunday) or a year (`2026`), and the day each one ends.
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BeforeValidator,
)

from .field_types import _in_years

_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(Q[1-4]|H[12])|-W(\d{2}))?\Z")


def _period_text(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # `period: 2026` is a year
    if isinstance(value, date):
        return value.isoformat()
    return value


@functools.lru_cache(maxsize=4096)  # called for every actual on every status computation
def period_end(period: str) -> date:
    """Last day of a period written `2026`, `2026-H1`, `2026-Q3`, `2026-03`, `2026-W47` (an
    ISO week: it ends on its Sunday) or `2026-03-31`."""
    match = _PERIOD.match(period)
    if not match:
        raise ValueError(period)
    year, month, day, part, week = match.groups()
    y = int(year)
    if week:
        return date.fromisocalendar(y, int(week), 7)  # ValueError for W00, or W53 in most years
    if day:
        return date(y, int(month), int(day))
    if month:
        m = int(month)
        return date(y, m, calendar.monthrange(y, m)[1])
    if part:
        last_month = {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12}[part]
        return date(y, last_month, calendar.monthrange(y, last_month)[1])
    return date(y, 12, 31)


def _valid_period(value: str) -> str:
    try:
        end = period_end(value)
    except ValueError:
        raise ValueError(
            f"`{value}` is not a period: write 2026-03-31 (a day), 2026-W47 (an ISO week), "
            "2026-03 (a month), 2026-Q1 (a quarter), 2026-H1 (a half year) or 2026 (a year)"
        ) from None
    _in_years(end, value)
    return value


PeriodText = Annotated[str, BeforeValidator(_period_text), AfterValidator(_valid_period)]
