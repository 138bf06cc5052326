"""The periods whose value MetricFlow took from other days than the period's own.

A cumulative metric gives each period one of its daily values (`period_agg`): the one on the
period's first day (`first`, MetricFlow's default), on its last (`last`), or their average
over the period (`average`). MetricFlow computes it day by day on the time spine, but only
for the days where something lies in the metric's window, and takes the period's value from
those days alone: a later day's when the window is empty on the period's first day (a rolling
7 days in the month the data starts), an earlier day's when it is empty on the last (a
rolling 30 days a month after the data stops, a month to date in a week that ends in a month
without data yet), the average of fewer days than the period has when it is empty on some
(a month to date before the month's first sale). The metric's own days say which periods
those are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol


class _Series(Protocol):
    def series(self, metric: str, grain: str, where: str | None) -> list: ...


@dataclass(frozen=True)
class Cumulative:
    """A cumulative ``metric`` (of ``measure``) a KPI's metric is or is made of, whose
    period's value is the one ``agg`` says: ``first``, ``last`` or ``average``."""

    metric: str
    measure: str
    agg: str


def days_with_value(engine: _Series, parts: list[Cumulative], where: str | None,
                    failed: type[Exception]) -> dict[Cumulative, set[date]]:
    """The days each cumulative part of ``parts`` has a value on, filtered as the KPI is (by
    the day: MetricFlow's own days, no period taken). A part MetricFlow cannot give by the
    day (``failed`` raised: a filter only the whole metric reaches) is not checked: the
    KPI's own values still come."""
    days = {}
    for part in parts:
        try:
            points = engine.series(part.metric, "day", where)
        except failed:
            continue
        days[part] = {point.start for point in points if point.value is not None}
    return days


def not_the_periods(days: dict[Cumulative, set[date]], start: date,
                    end: date) -> Cumulative | None:
    """The first cumulative part that lacks a value on a day its value for the period from
    ``start`` to ``end`` is taken from (the first, the last, every day for the average), so
    MetricFlow took it from other days; None when all have their days."""
    for part, with_value in days.items():
        if part.agg == "first":
            needed = [start]
        elif part.agg == "last":
            needed = [end]
        else:
            needed = [start + timedelta(days=n) for n in range((end - start).days + 1)]
        if any(day not in with_value for day in needed):
            return part
    return None
