"""Where each KPI stands: achieved, ahead, on track, behind, no data, or not started.

Expected progress follows the straight line from the baseline (value, date) to the
target (value, date), or, when the KPI gives ``milestones``, the path of straight lines
from the baseline through each milestone to the target. The latest actual value is
compared with what that path expects on the actual's date; a tolerance (a share of the
distance from baseline to target, ``catalog.yml: status.tolerance``) separates ahead, on
track and behind. Direction matters: where lower is better, progress goes down.

* **achieved**: the latest value has reached the target (early is fine);
* **behind**: the deadline has passed without reaching it, or the value is worse than
  expected by more than the tolerance; **ahead**: better by more than the tolerance;
* ``within_range`` KPIs are on track inside the range (achieved once a value for the
  target date or later lies inside it). Outside the range, a KPI whose baseline lay
  outside it follows the straight line from the baseline to the nearest edge of the range
  (ahead, on track or behind as above); one whose baseline lay inside it (a "keep it in
  range" KPI), or whose deadline has passed, is behind;
* **not started** before the baseline date, and while the first value is not due yet
  (a yearly KPI in its first year); **no data** without a baseline or a target, or when
  a value is due and there is none;
* **data overdue** is shown beside the status when a value later than the latest is due
  (:mod:`.actuals.due`: the period has ended and the catalog's grace days have passed);
* a KPI may set its status by hand (``status: {value, reason, until}``): that wins up to
  its ``until`` day, and the site says it was set by hand and why;
* after a change of method (``method_changed``), only values measured the new way count:
  a KPI without such a value yet has no data;
* a KPI may set its own ``status_tolerance`` instead of the catalog's.

The latest value is the one whose period (``2026-03``, ``2026-Q1``, ``2026``) ended last,
by today; a value for a period that has not ended yet does not count. Roll-ups count
KPIs per status, for the whole catalog, per department and per objective: the active KPIs
(:data:`COUNTED`, :func:`counted_rollup`), wherever a count is shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Literal

from kpi_catalog.actuals.due import data_overdue, first_value_due
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.config import DEFAULT_GRACE_DAYS, DEFAULT_TOLERANCE
from kpi_catalog.model.enums import Direction, Lifecycle, StatusValue
from kpi_catalog.model.kpi import Actual, Baseline, Kpi, Target

Rag = Literal["red", "amber", "green"]


@dataclass(frozen=True)
class KpiStatus:
    value: StatusValue
    manual: bool = False
    reason: str = ""
    latest: Actual | None = None
    expected: float | None = None
    """The value the straight-line path expects on the latest actual's date."""
    progress: float | None = None
    """Share of the way from baseline to target reached by the latest value (0 to 1)."""
    expected_progress: float | None = None
    """Share of the time from baseline date to target date that has passed (0 to 1)."""
    rag: Rag | None = None
    data_overdue: bool = False
    """A value later than the latest is due (see :mod:`.actuals.due`)."""

    def as_dict(self) -> dict:
        data = asdict(self)
        data["value"] = self.value.value
        data["latest"] = (
            {"period": self.latest.period, "value": self.latest.value} if self.latest else None
        )
        return data


# Float noise must not move a value that sits exactly on the tolerance edge.
_EPSILON = 1e-9
# A double's rounding, as a share of the values computed with: ten thousand times its
# precision (2.2e-16), far below any difference a KPI measures.
_ROUNDING = 1e-12


def goal_value(kpi: Kpi) -> float | None:
    """Where the expected path ends: the target value, or for a ``within_range`` KPI the
    edge of the range nearest to where the path comes from (``None`` without a path)."""
    path = expected_path(kpi)
    return path[-1][1] if path else None


def level_to_hold(kpi: Kpi) -> bool:
    """Whether the KPI's baseline already sits at its goal (a level to hold, K105 silenced;
    a ``within_range`` KPI that starts inside its range): no way to go, so no share of it
    is expected by any day."""
    return kpi.baseline is not None and goal_value(kpi) == kpi.baseline.value


def expected_path(kpi: Kpi) -> list[tuple[date, float]]:
    """The points of the expected path: the baseline, each milestone, the target. A range
    (``min``/``max``) counts at its edge nearest to the point before it."""
    if kpi.baseline is None or kpi.target is None:
        return []
    points = [(kpi.baseline.date, kpi.baseline.value)]
    for goal in (*kpi.milestones, kpi.target):
        points.append((goal.date, goal.nearest(points[-1][1])))
    return points


def expected_value(kpi: Kpi, when: date) -> float | None:
    """The path from baseline through the milestones to target, straight between two
    points, flat before the first and after the last."""
    path = expected_path(kpi)
    if not path:
        return None
    if when <= path[0][0]:
        return path[0][1]
    for (start, low), (end, high) in zip(path, path[1:], strict=False):
        if when <= end:
            days = (end - start).days
            share = (when - start).days / days if days > 0 else 1.0
            value = low + (high - low) * share
            # a line through 0 meets it at 0, not at a double's rounding (3.6e-15 on the
            # way from -17.1 to 39.9), which pages would show now that they show 1E-10
            return 0.0 if abs(value) <= _ROUNDING * max(abs(low), abs(high)) else value
    return path[-1][1]


def shown_expected(value: float) -> float:
    """An expected value as people read it (pages, `kpi status`, alerts, chart texts): whole
    from 100 up, since a straight line between two values has no meaningful decimals there
    (322,225.27 rupiah per order reads as 322,225); as computed below 100 (4.75%)."""
    return round(value) if abs(value) >= 100 else value


def _time_share(start: date, end: date, when: date) -> float:
    if end <= start:
        return 1.0
    return min(1.0, max(0.0, (when - start).days / (end - start).days))


def method_break(kpi: Kpi) -> date | None:
    """The day of the latest change of method: values before it are measured another way."""
    return max((change.date for change in kpi.method_changed), default=None)


def manual_status_holds(kpi: Kpi, today: date) -> bool:
    """A status set by hand holds up to and including its `until` day."""
    manual = kpi.status
    return manual is not None and (manual.until is None or today <= manual.until)


def rag_of(kpi: Kpi, value: float | None) -> Rag | None:
    t = kpi.thresholds
    if t is None or value is None or kpi.direction is Direction.WITHIN_RANGE:
        return None
    if kpi.direction is Direction.HIGHER_IS_BETTER:
        return "green" if value >= t.green else "amber" if value >= t.amber else "red"
    return "green" if value <= t.green else "amber" if value <= t.amber else "red"


def compute_status(kpi: Kpi, today: date, tolerance: float = DEFAULT_TOLERANCE,
                   grace_days: int = DEFAULT_GRACE_DAYS) -> KpiStatus:
    """The KPI's status on ``today``; ``tolerance`` is the catalog's, unless the KPI sets
    its own ``status_tolerance``."""
    if kpi.status_tolerance is not None:
        tolerance = kpi.status_tolerance
    latest = kpi.latest_actual(by=today)
    changed = method_break(kpi)
    if latest is not None and changed is not None and latest.date < changed:
        latest = None  # measured the old way: not compared with the path across the break
    baseline, target = kpi.baseline, kpi.target
    measured = KpiStatus(
        StatusValue.NO_DATA, latest=latest, rag=rag_of(kpi, latest.value if latest else None),
        data_overdue=data_overdue(kpi, today, grace_days),
        expected=expected_value(kpi, latest.date) if latest else None,
        progress=progress(kpi, latest.value) if latest else None,
        # none for a level to hold (its page said "0% of the way; 91% expected by now")
        expected_progress=(_time_share(baseline.date, target.date, today)
                           if baseline is not None and target is not None
                           and not level_to_hold(kpi) else None),
    )
    if manual_status_holds(kpi, today) and kpi.status is not None:
        return replace(measured, value=StatusValue(kpi.status.value), manual=True,
                       reason=kpi.status.reason)
    if baseline is None or target is None:
        return measured
    if today < baseline.date:
        return replace(measured, value=StatusValue.NOT_STARTED)
    if latest is None:  # before its first value is due, a KPI has not started reporting
        waiting = not kpi.actuals and not first_value_due(kpi, today, grace_days)
        return replace(measured, value=StatusValue.NOT_STARTED if waiting else StatusValue.NO_DATA)
    return replace(measured, value=_judge(kpi, baseline, target, latest, today, tolerance))


def progress(kpi: Kpi, value: float) -> float | None:
    """Share of the way from the baseline to the goal (:func:`goal_value`) that ``value``
    has come, from 0 to 1; ``None`` without a baseline and a target.

    A KPI whose baseline already sits at its goal (a ``within_range`` KPI that starts
    inside its range, a level to hold) has no way to go: it is all the way there while the
    value stays inside the range, or at the goal or beyond it on the better side (as its
    status is achieved), and nowhere once it leaves.
    """
    goal = goal_value(kpi)
    if kpi.baseline is None or kpi.target is None or goal is None:
        return None
    span = goal - kpi.baseline.value
    if span:
        return min(1.0, max(0.0, (value - kpi.baseline.value) / span))
    if kpi.direction is Direction.WITHIN_RANGE:
        return 1.0 if kpi.target.holds(value) else 0.0
    better = 1 if kpi.direction is Direction.HIGHER_IS_BETTER else -1
    return 1.0 if better * (value - goal) >= 0 else 0.0


def _judge(kpi: Kpi, baseline: Baseline, target: Target, latest: Actual, today: date,
           tolerance: float) -> StatusValue:
    past_deadline = today > target.date
    goal, expected = goal_value(kpi), expected_value(kpi, latest.date)
    assert goal is not None and expected is not None  # a baseline and a target: a path
    base = baseline.value
    if kpi.direction is Direction.WITHIN_RANGE:
        if target.holds(latest.value):
            return StatusValue.ACHIEVED if latest.date >= target.date else StatusValue.ON_TRACK
        if past_deadline or goal == base:  # deadline passed, or a keep-in-range KPI left it
            return StatusValue.BEHIND
        sign = 1 if goal > base else -1
        if sign * (latest.value - goal) > 0:  # overshot: beyond the far side of the range
            return StatusValue.BEHIND
    else:
        sign = 1 if kpi.direction is Direction.HIGHER_IS_BETTER else -1
        if sign * (latest.value - goal) >= 0:
            return StatusValue.ACHIEVED
        if past_deadline:
            return StatusValue.BEHIND
    band = tolerance * abs(goal - base)
    gap = sign * (latest.value - expected)
    slack = _EPSILON * max(1.0, abs(goal), abs(base))
    if gap > band + slack:
        return StatusValue.AHEAD
    if gap < -band - slack:
        return StatusValue.BEHIND
    return StatusValue.ON_TRACK


def catalog_statuses(catalog: Catalog, today: date) -> dict[str, KpiStatus]:
    config = catalog.config.status
    return {kpi_id: compute_status(kpi, today, config.tolerance, config.grace_days)
            for kpi_id, kpi in catalog.kpis.items()}


COUNTED = Lifecycle.ACTIVE
"""The lifecycle of the KPIs that status counts are of: the site's roll-ups (and what their
links select on the overview), the summary of ``llms.txt``, the roll-up line of `kpi status`
and the ``active_rollup`` of the JSON documents and of `kpi mcp`: active, as for alerts. A
draft is not agreed yet and a retired KPI is history."""


def rollup(statuses: Iterable[KpiStatus]) -> dict[StatusValue, int]:
    """How many KPIs are in each status, in the order of :class:`StatusValue`."""
    counts = {value: 0 for value in StatusValue}
    for status in statuses:
        counts[status.value] += 1
    return counts


def counted_rollup(kpis: Iterable[Kpi], statuses: Mapping[str, KpiStatus]
                   ) -> dict[StatusValue, int]:
    """:func:`rollup` of the KPIs that status counts are of (:data:`COUNTED`) among ``kpis``,
    each KPI's status found in ``statuses`` by its id."""
    return rollup(statuses[kpi.id] for kpi in kpis if kpi.lifecycle is COUNTED)


def export_fields(catalog: Catalog, kpi: Kpi, today: date) -> dict:
    """What `kpi export` adds to each KPI."""
    config = catalog.config.status
    status = compute_status(kpi, today, config.tolerance, config.grace_days)
    return {"status": status.as_dict()}
