"""The example catalog in kpis/ passes its own rules and shows a mix of statuses."""

from __future__ import annotations

from pathlib import Path

from catalog_factory import TODAY
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.status.compute import catalog_statuses

CATALOG = Path(__file__).resolve().parents[2] / "kpis"


def test_the_example_catalog_has_no_errors():
    result = check_catalog(CATALOG, today=TODAY)
    assert [d.text() for d in result.errors] == []
    assert len(result.catalog.kpis) > 0


def test_the_example_catalog_shows_a_mix_of_statuses():
    result = check_catalog(CATALOG, today=TODAY)
    statuses = {s.value for s in catalog_statuses(result.catalog, TODAY).values()}
    assert len(statuses) >= 4, statuses
