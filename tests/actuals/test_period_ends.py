"""Which periods of a cumulative metric MetricFlow took from other days than the period's own
(the days it gives the metric a value on), without dbt: an engine that answers by the day."""

from __future__ import annotations

from datetime import date

from kpi_catalog.actuals.metricflow import Point, QueryProblem
from kpi_catalog.actuals.period_ends import Cumulative, days_with_value, not_the_periods

LAST = Cumulative("rolling", "amount", "last")
FIRST = Cumulative("rolling", "amount", "first")
AVERAGE = Cumulative("rolling", "amount", "average")
JUNE, MAY, JULY = (date(2026, 6, 1), date(2026, 6, 30)), (date(2026, 5, 1), date(2026, 5, 31)), (
    date(2026, 7, 1), date(2026, 7, 31))


class ByTheDay:
    """Values on 1-14 June 2026 for `rolling`; `unreachable` cannot be asked by the day."""

    def series(self, metric: str, grain: str, where: str | None) -> list[Point]:
        assert grain == "day"
        if metric == "unreachable":
            raise QueryProblem("MetricFlow stopped with an error.")
        return [Point(date(2026, 6, day), 10.0) for day in range(1, 15)] + [
            Point(date(2026, 5, 31), 4.0), Point(date(2026, 7, 31), None)]


def test_a_period_whose_last_day_has_no_value_was_taken_from_an_earlier_day():
    days = days_with_value(ByTheDay(), [LAST], None, QueryProblem)
    assert not_the_periods(days, *JUNE) == LAST
    assert not_the_periods(days, *MAY) is None
    assert not_the_periods(days, *JULY) == LAST  # its value is None


def test_a_period_whose_first_day_has_no_value_was_taken_from_a_later_day():
    """`period_agg: first` mirrors `last`: MetricFlow gave May the value of its first day
    with one (the 31st), not of 1 May, when nothing lay in the window."""
    days = days_with_value(ByTheDay(), [FIRST], None, QueryProblem)
    assert not_the_periods(days, *MAY) == FIRST
    assert not_the_periods(days, *JUNE) is None


def test_an_average_over_fewer_days_than_the_period_has_is_not_the_periods():
    """`period_agg: average` averages only the days with a value: June has 14 of 30."""
    days = days_with_value(ByTheDay(), [AVERAGE], None, QueryProblem)
    assert not_the_periods(days, *JUNE) == AVERAGE
    assert not_the_periods(days, date(2026, 6, 1), date(2026, 6, 14)) is None


def test_a_part_metricflow_cannot_give_by_the_day_is_not_checked():
    """A failing day query stopped the KPI's whole pull (E420), though its own values came."""
    unreachable = Cumulative("unreachable", "amount", "last")
    days = days_with_value(ByTheDay(), [unreachable, LAST],
                           "{{ Dimension('member__region') }} = 'Jakarta'", QueryProblem)
    assert list(days) == [LAST]
    assert not_the_periods(days, *MAY) is None
