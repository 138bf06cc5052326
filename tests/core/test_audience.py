"""The catalog as one audience may read it (kpi_catalog.model.audience): made once, by filtering."""

from __future__ import annotations

from kpi_catalog.model.audience import for_audience
from kpi_catalog.model.enums import Visibility


def _loaded(catalog, edits: dict[str, str]):
    for rel, (old, new) in edits.items():
        catalog.edit(rel, old, new)
    result = catalog.load()
    assert result.ok, [d.text() for d in result.diagnostics]
    return result.catalog


NEW_LEADS = "kpis/marketing/new-leads.yml"
WON_DEALS = "kpis/sales/won-deals.yml"


def test_a_public_reader_never_meets_a_confidential_kpi(catalog):
    loaded = _loaded(catalog, {
        WON_DEALS: ("lifecycle: active", "lifecycle: active\nvisibility: confidential"),
        NEW_LEADS: ("related: [won-deals]", "related: [won-deals]\ndrivers: [won-deals]"),
    })
    public = for_audience(loaded, "public")
    assert list(public.kpis) == ["new-leads"] and list(public.kpi_sources) == ["new-leads"]
    assert public.kpis["new-leads"].related == [] and public.kpis["new-leads"].drivers == []
    assert public.driven_by == {} and loaded.driven_by == {"won-deals": ["new-leads"]}
    assert for_audience(loaded, "internal") is loaded
    assert loaded.kpis["new-leads"].related == ["won-deals"]  # the original is untouched


def test_an_internal_kpi_keeps_its_plan_but_not_its_values(catalog):
    loaded = _loaded(catalog, {NEW_LEADS: ("lifecycle: active", "lifecycle: active\n"
                                           "visibility: internal\nstatus: {value: ahead, "
                                           "reason: Campaign.}")})
    kpi = for_audience(loaded, "public").kpis["new-leads"]
    assert kpi.visibility is Visibility.INTERNAL
    assert kpi.actuals == [] and kpi.status is None
    assert kpi.target == loaded.kpis["new-leads"].target and kpi.statement


def test_a_catalog_of_public_kpis_is_not_copied(catalog):
    loaded = _loaded(catalog, {})
    assert for_audience(loaded, "public") is loaded
