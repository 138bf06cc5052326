"""The loaded catalog's lookups follow the catalog as it changes (no stale cache)."""

from __future__ import annotations

KPI = "kpis/marketing/new-leads.yml"
TAIL = "review_date: 2027-01-15"


def test_driven_by_follows_kpis_added_and_removed_after_a_first_use(catalog):
    catalog.edit(KPI, TAIL, TAIL + "\ndrivers: [won-deals]")
    loaded = catalog.load().catalog
    assert loaded.driven_by == {"won-deals": ["new-leads"]}
    leads = loaded.kpis.pop("new-leads")
    assert loaded.driven_by == {}
    loaded.kpis["new-leads"] = leads
    assert loaded.driven_by == {"won-deals": ["new-leads"]}
