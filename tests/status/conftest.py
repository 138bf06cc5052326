"""Fixtures for the status tests: a small catalog on disk for `kpi status`."""

from __future__ import annotations

import pytest

from catalog_factory import DEPARTMENTS, catalog_files, kpi_data, objective, write_catalog


def _kpi(kpi_id: str, department: str, objective: str, **fields) -> dict:
    return kpi_data(**{
        "id": kpi_id, "name": kpi_id.replace("-", " ").capitalize(),
        "statement": "Grow from 100 to 200 by 31 December 2026.", "department": department,
        "objective": objective, "owner": "Someone", "thresholds": None,
        "baseline": {"value": 100, "date": "2026-01-01"},
        "target": {"value": 200, "date": "2026-12-31"},
        "measurement": {"metric": f"Metric of {kpi_id}", "unit": "things",
                        "data_source": "System"},
        **fields,
    })


STATUS_KPIS = [
    # at 2026-07-02 the straight line expects 150 (half-way)
    _kpi("fast", "marketing", "grow", actuals=[{"period": "2026-07-02", "value": 170}],
         thresholds={"green": 160, "amber": 140}),
    _kpi("steady", "marketing", "grow", actuals=[{"period": "2026-07-02", "value": 150}]),
    _kpi("slow", "sales", "grow", actuals=[{"period": "2026-07-02", "value": 120}],
         thresholds={"green": 160, "amber": 140},
         name="A rather long name for a KPI that must be cut short in the table"),
    _kpi("done", "sales", "keep", actuals=[{"period": "2026-Q2", "value": 210}]),
    _kpi("waiting", "sales", "keep"),
    _kpi("by-hand", "sales", "keep", actuals=[{"period": "2026-07-02", "value": 120}],
         status={"value": "on_track", "reason": "A strike held deliveries;\nback on plan."}),
    _kpi("old", "marketing", "grow", lifecycle="retired"),
]


@pytest.fixture
def status_catalog(tmp_path):
    return write_catalog(tmp_path / "kpis", catalog_files(
        STATUS_KPIS, departments=DEPARTMENTS[:2], objectives=[objective("grow"),
                                                              objective("keep")]))
