"""Screenshots of the main pages, desktop and phone, for people to look at.

They go to test-artifacts/screenshots/ (or $KPI_SCREENSHOT_DIR); the run prints the folder.
The set in docs/assets/screenshots/ is shown in the README.
"""

from __future__ import annotations

import pytest
from kpi_browser import DESKTOP, PHONE, expect

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_screenshots(site, new_page, save_screenshot, device):
    if device == "phone":
        page = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    else:
        page = new_page(viewport=DESKTOP)
    kpi = site.showcase
    pages = {
        "home": "/",
        "overview": "/kpis/",
        "department": f"/departments/{kpi.department}/",
        "objective": f"/objectives/{kpi.objective}/",
        "kpi": kpi.path,
    }
    for name, path in pages.items():
        page.open(path)
        expect(page.locator("h1").first).to_be_visible()
        page.evaluate("document.fonts.ready")
        shot = save_screenshot(page, f"{name}-{device}")
        assert shot.stat().st_size > 1000
    # the KPI page is open last: its trend chart, which sits below the fold
    chart = page.locator("figure.kpi-trend svg").first
    chart.evaluate("svg => svg.scrollIntoView({block: 'center'})")  # clear of the header
    save_screenshot(chart, f"kpi-trend-{device}")
    page.watch.check()
