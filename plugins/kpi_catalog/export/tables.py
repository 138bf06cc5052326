"""The validated catalog as CSV, for spreadsheets (JSON: :mod:`kpi_catalog.export.document`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kpi_catalog import json_text, yaml_text
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


@dataclass(frozen=True)
class CsvStyle:
    """How a CSV file is written: what separates the cells, the decimal mark, whether it
    starts with a UTF-8 byte order mark (by which Excel knows the encoding)."""

    delimiter: str
    decimal_comma: bool
    bom: bool
    line_end: str


CSV_STYLES = {
    # for programs: commas, decimal points, no mark (the default, as before)
    "plain": CsvStyle(",", decimal_comma=False, bom=False, line_end="\n"),
    # for a spreadsheet set to Indonesian (or most European) number formats, opened with a
    # double-click: what it saves itself, and what `kpi actuals import` reads back
    "semicolon": CsvStyle(";", decimal_comma=True, bom=True, line_end="\r\n"),
}


def spreadsheet_number(value: float, decimal_comma: bool) -> str:
    """A number with all its digits and never an exponent (``1e-05`` is ``0.00001``), a
    whole number without ``.0``; with ``decimal_comma``, ``38,5``."""
    text = yaml_text.number(value)
    return text.replace(".", ",") if decimal_comma else text


def write_csv(rows: Iterable[Sequence[Any]], style: CsvStyle) -> str:
    """The rows (the header first) as CSV text in ``style``. Numbers are cells of their own
    (never prefixed as formulas are): with decimal commas they are written ``38,5``."""
    out = io.StringIO()
    if style.bom:
        out.write("\ufeff")
    writer = csv.writer(out, delimiter=style.delimiter, lineterminator=style.line_end)
    for row in rows:
        writer.writerow([_number_cell(value, style) for value in row])
    return out.getvalue()


def _number_cell(value: Any, style: CsvStyle) -> Any:
    if style.decimal_comma and isinstance(value, (int, float)) and not isinstance(value, bool):
        return spreadsheet_number(value, decimal_comma=True)
    return value


def spreadsheet_safe(value: Any) -> Any:
    """Text without bidirectional controls (a U+202E would reorder what the spreadsheet
    shows; dropped, as on the site), and prefixed with `'` where a spreadsheet would run it
    as a formula (CSV injection): checked after the controls are dropped, which hide none."""
    value = json_text.without_bidi(value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def _latest(kpi: Kpi, status: dict[str, Any]) -> dict[str, Any] | None:
    """The latest value the status judged (periods ended by its `today`), so that the row
    never shows a value beside a status computed without it; else the latest period."""
    if "latest" in status:
        return status["latest"]
    latest = kpi.latest_actual()  # the latest period, not the last written
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
    return {key: spreadsheet_safe(value) for key, value in row.items()}


def to_csv(catalog: Catalog, extras: KpiExtras | None = None,
           style: CsvStyle = CSV_STYLES["plain"]) -> str:
    rows = (csv_row(catalog, kpi, extras) for kpi in catalog.kpis.values())
    return write_csv([CSV_COLUMNS, *([row[name] for name in CSV_COLUMNS] for row in rows)],
                     style)
