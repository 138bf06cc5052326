"""Which periods of a cumulative metric MetricFlow took from an earlier day (the days it
gives the metric a value on), without dbt: an engine that answers by the day."""

from __future__ import annotations

from datetime import date

from kpi_catalog.actuals.metricflow import Point, QueryProblem
from kpi_catalog.actuals.period_ends import Earlier, days_with_value, taken_earlier


class ByTheDay:
    """Values on 1-14 June 2026 for `rolling`; `unreachable` cannot be asked by the day."""

    def series(self, metric: str, grain: str, where: str | None) -> list[Point]:
        assert grain == "day"
        if metric == "unreachable":
            raise QueryProblem("MetricFlow stopped with an error.")
        return [Point(date(2026, 6, day), 10.0) for day in range(1, 15)] + [
            Point(date(2026, 5, 31), 4.0), Point(date(2026, 7, 31), None)]


def test_a_period_whose_last_day_has_no_value_was_taken_from_an_earlier_day():
    days = days_with_value(ByTheDay(), [("rolling", "amount")], None, QueryProblem)
    assert taken_earlier(days, "2026-06") == Earlier("rolling", "amount")
    assert taken_earlier(days, "2026-05") is None
    assert taken_earlier(days, "2026-07") == Earlier("rolling", "amount")  # its value is None


def test_a_part_metricflow_cannot_give_by_the_day_is_not_checked():
    """A failing day query stopped the KPI's whole pull (E420), though its own values came."""
    days = days_with_value(ByTheDay(), [("unreachable", "amount"), ("rolling", "amount")],
                           "{{ Dimension('member__region') }} = 'Jakarta'", QueryProblem)
    assert list(days) == [("rolling", "amount")]
    assert taken_earlier(days, "2026-05") is None
