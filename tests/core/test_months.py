"""Month arithmetic shared by the statement's dates and dbt's cumulative windows."""

from __future__ import annotations

from datetime import date, timedelta

from kpi_catalog.months import month_span, months_after


def _step(year: int, month: int, way: int) -> tuple[int, int]:
    """One month on or back, by the calendar: the day after the month's last, or before its
    first."""
    first, last = month_span(year, month)
    day = last + timedelta(days=1) if way > 0 else first - timedelta(days=1)
    return day.year, day.month


def test_months_after_counts_months_either_way_across_years():
    for month in range(1, 13):
        for way in (1, -1):
            year_month = (2026, month)
            for count in range(1, 61):
                year_month = _step(*year_month, way)
                assert months_after(2026, month, way * count) == year_month


def test_a_month_spans_its_first_to_its_last_day():
    assert month_span(2028, 2) == (date(2028, 2, 1), date(2028, 2, 29))
    assert month_span(2027, 2) == (date(2027, 2, 1), date(2027, 2, 28))
    assert month_span(2027, 12) == (date(2027, 12, 1), date(2027, 12, 31))
