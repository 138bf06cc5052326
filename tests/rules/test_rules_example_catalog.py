"""The example catalog in kpis/ passes its own rules and shows a mix of statuses, on the day
the tests fix and half a year after it: a fresh clone validates clean for a good while (its
review dates and the `until` of a status set by hand lie beyond that)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from catalog_factory import TODAY
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.status.compute import catalog_statuses

CATALOG = Path(__file__).resolve().parents[2] / "kpis"


def test_the_example_catalog_has_no_errors():
    result = check_catalog(CATALOG, today=TODAY)
    assert [d.text() for d in result.errors] == []
    assert len(result.catalog.kpis) > 0


DAYS = [TODAY, TODAY + timedelta(days=183)]


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_the_example_catalog_has_no_warnings(day):
    """A passed review date (K109) or status `until` (K116) warns on a fresh clone."""
    result = check_catalog(CATALOG, today=day)
    assert [d.text() for d in result.diagnostics if d.severity.value != "info"] == []


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_the_example_catalog_shows_a_mix_of_statuses(day):
    result = check_catalog(CATALOG, today=day)
    statuses = {s.value for s in catalog_statuses(result.catalog, day).values()}
    assert {"ahead", "on_track", "behind", "achieved"} <= statuses, statuses
