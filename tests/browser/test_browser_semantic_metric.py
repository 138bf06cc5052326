"""A KPI page that shows its MetricFlow metric's definition, in a real browser: readable,
and no serious accessibility violation (axe-core), light and dark."""

from __future__ import annotations

import pytest
from test_browser_a11y import BLOCKING, audit, describe

pytestmark = pytest.mark.browser

PATH = "/kpis/jabodetabek-delivery-time/"  # a ratio metric with the KPI's own filter


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_semantic_metric_definition_is_shown_and_accessible(site, new_page, axe_source,
                                                                scheme):
    page = new_page(color_scheme=scheme)
    page.open(PATH)
    facts = page.locator("dl.kpi-semantic")
    assert facts.is_visible()
    text = facts.inner_text()
    assert "delivery_days_per_order" in text and "delivery_days / orders_delivered" in text
    assert "{{ Dimension('delivery_batch__region') }} = 'jabodetabek'" in text  # as text
    violations = [v for v in audit(page, axe_source) if v["impact"] in BLOCKING]
    assert not violations, f"axe-core on {PATH} ({scheme}):\n{describe(violations)}"
