"""KpiFilter: the one filter behind the site's listings, the page macros, `kpi status` and
the MCP server's `find`."""

from __future__ import annotations

from datetime import date

import pytest

from kpi_catalog.checking.check import check_catalog
from kpi_catalog.model.selection import EVERY_KPI, KpiFilter, UnknownFilter
from kpi_catalog.status.compute import catalog_statuses

DAY = date(2026, 7, 2)


@pytest.fixture
def catalog(status_catalog):
    result = check_catalog(status_catalog, today=DAY)
    assert result.ok, [d.text() for d in result.errors]
    return result.catalog


def _ids(catalog, which: KpiFilter) -> set[str]:
    statuses = catalog_statuses(catalog, DAY)
    return {kpi.id for kpi in catalog.kpis.values()
            if which.matches(kpi, statuses[kpi.id].value.value)}


def test_every_filter_given_must_match(catalog):
    assert _ids(catalog, EVERY_KPI) == set(catalog.kpis)
    assert _ids(catalog, KpiFilter(department="marketing")) == {"fast", "steady", "old"}
    assert _ids(catalog, KpiFilter(objective="keep")) == {"done", "waiting", "by-hand"}
    assert _ids(catalog, KpiFilter(lifecycle="retired")) == {"old"}
    assert _ids(catalog, KpiFilter(department="sales", objective="grow")) == {"slow"}
    assert _ids(catalog, KpiFilter(status="achieved")) == {"done"}
    assert _ids(catalog, KpiFilter(department="marketing", status="achieved")) == set()
    assert _ids(catalog, KpiFilter(owner=" Someone\n")) == set(catalog.kpis)
    assert _ids(catalog, KpiFilter(owner="Someone else")) == set()
    assert _ids(catalog, KpiFilter(department="")) == set(catalog.kpis)  # empty: no filter


def test_a_filter_naming_nothing_in_the_catalog_says_what_there_is(catalog):
    KpiFilter(department="sales", status="behind", owner="Someone").check(catalog)
    with pytest.raises(UnknownFilter, match=r"no department `finance`.*marketing, sales"):
        KpiFilter(department="finance").check(catalog)
    with pytest.raises(UnknownFilter, match=r"no status `late`.*on_track"):
        KpiFilter(status="late").check(catalog)


def test_keyword_arguments_that_are_no_filter_are_refused_by_name():
    assert KpiFilter.of({"tag": "x"}, asked_by="kpi_count") == KpiFilter(tag="x")
    with pytest.raises(UnknownFilter, match=r"`kpi_count` has no filter `colour`.*owner"):
        KpiFilter.of({"colour": "red"}, asked_by="kpi_count")
