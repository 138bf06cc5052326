"""Where each KPI stands: achieved, ahead, on track, behind, no data, or not started.

Expected progress follows the straight line from the baseline (value, date) to the
target (value, date). The latest actual value is compared with what that line expects
on the actual's date; a tolerance (a share of the distance from baseline to target,
``catalog.yml: status.tolerance``) separates ahead, on track and behind. Direction
matters: where lower is better, progress goes down.

* **achieved**: the latest value has reached the target (early is fine);
* **behind**: the deadline has passed without reaching it, or the value is worse than
  expected by more than the tolerance; **ahead**: better by more than the tolerance;
* ``within_range`` KPIs are on track inside the range (achieved once the target date
  has passed inside it) and behind outside it;
* **not started** before the baseline date; **no data** without a baseline, a target,
  or an actual value up to today;
* a KPI may set its status by hand (``status: {value, reason}``): that wins, and the
  site says it was set by hand and why.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Literal

from .catalog import Catalog
from .models import Actual, Direction, Kpi, StatusValue

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

    def as_dict(self) -> dict:
        data = asdict(self)
        data["value"] = self.value.value
        data["latest"] = (
            {"period": self.latest.period, "value": self.latest.value} if self.latest else None
        )
        return data


def expected_value(kpi: Kpi, when: date) -> float | None:
    """The straight line from baseline to target, flat before and after."""
    if kpi.baseline is None or kpi.target is None or kpi.target.value is None:
        return None
    return kpi.baseline.value + (kpi.target.value - kpi.baseline.value) * _time_share(kpi, when)


def _time_share(kpi: Kpi, when: date) -> float:
    start, end = kpi.baseline.date, kpi.target.date
    if end <= start:
        return 1.0
    return min(1.0, max(0.0, (when - start).days / (end - start).days))


def latest_actual(kpi: Kpi, today: date) -> Actual | None:
    """The most recent value whose period has ended by today."""
    known = [a for a in kpi.actuals if a.date <= today]
    return max(known, key=lambda a: a.date) if known else None


def rag_of(kpi: Kpi, value: float | None) -> Rag | None:
    t = kpi.thresholds
    if t is None or value is None or kpi.direction is Direction.WITHIN_RANGE:
        return None
    if kpi.direction is Direction.HIGHER_IS_BETTER:
        return "green" if value >= t.green else "amber" if value >= t.amber else "red"
    return "green" if value <= t.green else "amber" if value <= t.amber else "red"


def compute_status(kpi: Kpi, today: date, tolerance: float = 0.05) -> KpiStatus:
    latest = latest_actual(kpi, today)
    value = latest.value if latest else None
    common = {"latest": latest, "rag": rag_of(kpi, value)}
    if kpi.baseline and kpi.target and kpi.target.value is not None:
        span = kpi.target.value - kpi.baseline.value
        common["expected_progress"] = _time_share(kpi, today)
        if latest and span:
            common["progress"] = min(1.0, max(0.0, (latest.value - kpi.baseline.value) / span))
            common["expected"] = expected_value(kpi, latest.date)

    if kpi.status is not None:
        return KpiStatus(StatusValue(kpi.status.value), manual=True, reason=kpi.status.reason,
                         **common)
    if kpi.baseline is None or kpi.target is None:
        return KpiStatus(StatusValue.NO_DATA, **common)
    if today < kpi.baseline.date:
        return KpiStatus(StatusValue.NOT_STARTED, **common)
    if latest is None:
        return KpiStatus(StatusValue.NO_DATA, **common)
    return KpiStatus(_judge(kpi, latest, today, tolerance), **common)


def _judge(kpi: Kpi, latest: Actual, today: date, tolerance: float) -> StatusValue:
    target = kpi.target
    past_deadline = today > target.date
    if kpi.direction is Direction.WITHIN_RANGE:
        inside = target.min <= latest.value <= target.max
        if not inside:
            return StatusValue.BEHIND
        return StatusValue.ACHIEVED if latest.date >= target.date else StatusValue.ON_TRACK
    sign = 1 if kpi.direction is Direction.HIGHER_IS_BETTER else -1
    if sign * (latest.value - target.value) >= 0:
        return StatusValue.ACHIEVED
    if past_deadline:
        return StatusValue.BEHIND
    band = tolerance * abs(target.value - kpi.baseline.value)
    gap = sign * (latest.value - expected_value(kpi, latest.date))
    if gap > band:
        return StatusValue.AHEAD
    if gap < -band:
        return StatusValue.BEHIND
    return StatusValue.ON_TRACK


def catalog_statuses(catalog: Catalog, today: date) -> dict[str, KpiStatus]:
    tolerance = catalog.config.status.tolerance
    return {kpi_id: compute_status(kpi, today, tolerance) for kpi_id, kpi in catalog.kpis.items()}


def rollup(statuses: Iterable[KpiStatus]) -> dict[StatusValue, int]:
    """How many KPIs are in each status, in the order of :class:`StatusValue`."""
    counts = {value: 0 for value in StatusValue}
    for status in statuses:
        counts[status.value] += 1
    return counts


def export_fields(catalog: Catalog, kpi: Kpi, today: date) -> dict:
    """What `kpi export` adds to each KPI."""
    status = compute_status(kpi, today, catalog.config.status.tolerance)
    return {"status": status.as_dict()}
