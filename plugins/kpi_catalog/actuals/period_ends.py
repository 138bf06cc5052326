"""The periods whose value MetricFlow took from a day before the period's last.

A cumulative metric with `period_agg: last` gives each period its value on the period's last
day. MetricFlow computes it day by day on the time spine, but only for the days where
something lies in the metric's window, and takes a period's value from the last of those:
an earlier day when the window is empty on the period's last (a rolling 30 days a month
after the data stops, a month to date in a week that ends in a month without data yet).
The metric's own days say which periods those are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from kpi_catalog.model.periods import period_end


class _Series(Protocol):
    def series(self, metric: str, grain: str, where: str | None) -> list: ...


@dataclass(frozen=True)
class Earlier:
    """The cumulative ``metric`` (of ``measure``) has no value on the period's last day."""

    metric: str
    measure: str


def days_with_value(engine: _Series, parts: list[tuple[str, str]], where: str | None,
                    failed: type[Exception]) -> dict[tuple[str, str], set[date]]:
    """The days each cumulative (metric, measure) of ``parts`` has a value on, filtered as
    the KPI is (by the day: MetricFlow's own days, no period taken). A part MetricFlow
    cannot give by the day (``failed`` raised: a filter only the whole metric reaches) is
    not checked: the KPI's own values still come."""
    days = {}
    for part in parts:
        try:
            points = engine.series(part[0], "day", where)
        except failed:
            continue
        days[part] = {point.start for point in points if point.value is not None}
    return days


def taken_earlier(days: dict[tuple[str, str], set[date]], period: str) -> Earlier | None:
    """The first cumulative part without a value on ``period``'s last day, whose value
    MetricFlow took for the period from an earlier day; None when all have one."""
    end = period_end(period)
    for (metric, measure), with_value in days.items():
        if end not in with_value:
            return Earlier(metric, measure)
    return None
