"""Month arithmetic on the calendar, in one place: the statement's dates
(:mod:`kpi_catalog.checking.text.dates`: the months a fiscal year's part may end in) and dbt's
cumulative windows (:mod:`kpi_catalog.reading.semantic_manifest`: a window counted back in
months, quarters or years) count months the same way."""

from __future__ import annotations

import calendar
from datetime import date


def months_after(year: int, month: int, months: int) -> tuple[int, int]:
    """The year and month ``months`` after ``month`` of ``year`` (before it, when ``months``
    is negative)."""
    year_more, month_index = divmod(month - 1 + months, 12)
    return year + year_more, month_index + 1


def month_span(year: int, month: int) -> tuple[date, date]:
    """The first and the last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
