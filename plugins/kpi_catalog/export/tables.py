"""The validated catalog as CSV, for spreadsheets (JSON: :mod:`kpi_catalog.export.document`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.kpi import Kpi

# Extra per-KPI fields computed elsewhere: `kpi export` passes the status
# (status.compute.export_fields).
KpiExtras = Callable[[Catalog, Kpi], dict[str, Any]]


CSV_COLUMNS = [
    "id", "name", "statement", "department", "objective", "success_part", "owner",
    "lifecycle", "direction", "metric", "unit", "data_source", "collection_frequency",
    "reporting_frequency", "baseline_value", "baseline_date", "target_value", "target_min",
    "target_max", "target_date", "latest_period", "latest_value", "status", "review_date",
    "tags", "path",
]


def _cell(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula is prefixed with `'` (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def _latest(kpi: Kpi, status: dict[str, Any]) -> dict[str, Any] | None:
    """The latest value the status judged (periods ended by its `today`), so that the row
    never shows a value beside a status computed without it; else the latest period."""
    if "latest" in status:
        return status["latest"]
    latest = max(kpi.actuals, key=lambda a: a.date, default=None)  # not the last written
    return {"period": latest.period, "value": latest.value} if latest else None


def csv_row(catalog: Catalog, kpi: Kpi, extras: KpiExtras | None) -> dict[str, Any]:
    status = (extras(catalog, kpi).get("status") if extras else None) or {}
    latest = _latest(kpi, status)
    m, b, t = kpi.measurement, kpi.baseline, kpi.target
    row = {
        "id": kpi.id, "name": kpi.name, "statement": kpi.statement,
        "department": kpi.department, "objective": kpi.objective,
        "success_part": kpi.success_part, "owner": kpi.owner,
        "lifecycle": kpi.lifecycle.value, "direction": kpi.direction.value,
        "metric": m.metric, "unit": m.unit, "data_source": m.data_source,
        "collection_frequency": m.collection_frequency.value,
        "reporting_frequency": m.reporting_frequency.value,
        "baseline_value": b.value if b else None,
        "baseline_date": b.date.isoformat() if b else None,
        "target_value": t.value if t else None, "target_min": t.min if t else None,
        "target_max": t.max if t else None, "target_date": t.date.isoformat() if t else None,
        "latest_period": latest["period"] if latest else None,
        "latest_value": latest["value"] if latest else None,
        "status": status.get("value"),
        "review_date": kpi.review_date.isoformat() if kpi.review_date else None,
        "tags": "; ".join(kpi.tags), "path": catalog.kpi_path(kpi.id),
    }
    return {key: _cell(value) for key, value in row.items()}


def to_csv(catalog: Catalog, extras: KpiExtras | None = None) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for kpi in catalog.kpis.values():
        writer.writerow(csv_row(catalog, kpi, extras))
    return out.getvalue()
