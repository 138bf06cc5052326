"""Fixtures for the status tests: a small catalog on disk for `kpi status`."""

from __future__ import annotations

import pytest
import yaml


def _dump(data) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


def _kpi(kpi_id: str, department: str, objective: str, **fields) -> dict:
    data = {
        "id": kpi_id, "name": fields.pop("name", kpi_id.replace("-", " ").capitalize()),
        "statement": "Grow from 100 to 200 by 31 December 2026.",
        "department": department, "objective": objective, "success_part": "more",
        "owner": "Someone", "lifecycle": fields.pop("lifecycle", "active"),
        "measurement": {"metric": f"Metric of {kpi_id}", "unit": "things",
                        "data_source": "System"},
        "direction": "higher_is_better",
        "baseline": {"value": 100, "date": "2026-01-01"},
        "target": {"value": 200, "date": "2026-12-31"},
    }
    data.update(fields)
    return data


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
    root = tmp_path / "kpis"
    root.mkdir()
    (root / "departments.yml").write_text(_dump({"departments": [
        {"id": "marketing", "name": "Marketing", "head": "Head of Marketing"},
        {"id": "sales", "name": "Sales", "head": "Head of Sales"},
    ]}))
    period = {"start": "2026-01-01", "end": "2027-12-31"}
    (root / "objectives.yml").write_text(_dump({"objectives": [
        {"id": oid, "name": oid.capitalize(), "owner": "CEO", "perspective": "customer",
         "period": period, "success": [{"id": "more", "description": "More."}]}
        for oid in ("grow", "keep")
    ]}))
    for kpi in STATUS_KPIS:
        folder = root / kpi["department"]
        folder.mkdir(exist_ok=True)
        (folder / f"{kpi['id']}.yml").write_text(_dump(kpi))
    return root
