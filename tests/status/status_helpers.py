"""Shared helpers of the status tests: a KPI from a few numbers."""

from __future__ import annotations

from catalog_factory import kpi_data
from kpi_catalog.model.kpi import Kpi


def make_kpi(
    direction: str = "higher_is_better",
    baseline: tuple[float, str] | None = (100, "2026-01-01"),
    target: tuple | None = (200, "2026-12-31"),
    actuals: list[tuple[str, float]] = (),
    thresholds: tuple[float, float] | None = None,
    status: tuple[str, str] | dict | None = None,
    **fields,
) -> Kpi:
    """``target`` is ``(value, date)``, or ``(min, max, date)`` for within_range."""
    data = kpi_data(**{
        "id": "k", "name": "A KPI", "statement": "Grow from 100 to 200 by 31 December 2026.",
        "owner": "Someone", "direction": direction, "thresholds": None, "baseline": None,
        "target": None,
        "measurement": {"metric": "Things", "unit": "things", "data_source": "System"},
        "actuals": [{"period": p, "value": v} for p, v in actuals], **fields,
    })
    if baseline:
        data["baseline"] = {"value": baseline[0], "date": baseline[1]}
    if target and len(target) == 2:
        data["target"] = {"value": target[0], "date": target[1]}
    elif target:
        data["target"] = {"min": target[0], "max": target[1], "date": target[2]}
    if thresholds:
        data["thresholds"] = {"green": thresholds[0], "amber": thresholds[1]}
    if status:
        data["status"] = status if isinstance(status, dict) else {
            "value": status[0], "reason": status[1]}
    return Kpi.model_validate(data)
