"""An unusual but valid catalog in Chromium: names, owners, units and tags far longer than the
example's (a 180-character KPI name, a tag without spaces wider than a phone), markup and
emoji in a department's name, and values in the hundreds of trillions (a GMV in rupiah).
A phone needs no sideways scrolling on any page of it, and each chart's value labels stay
inside the chart. The site is built with MkDocs in a few seconds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from kpi_browser import DESKTOP, PHONE, TIMEOUT_MS, PageWatch, serve

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "site"))  # site_helpers
from site_helpers import make_project, small_catalog  # noqa: E402

pytestmark = pytest.mark.browser

LONG_WORD = "Supercalifragilisticexpialidocious" * 3  # 102 letters, no space
LONG_NAME = ("Share of online orders delivered complete and on time to customers in Jabodetabek, "
             "Bandung, Surabaya, Medan and Makassar, excluding marketplace orders shipped by "
             "partners")


def unusual_catalog() -> dict[str, object]:
    files = small_catalog()
    departments = files["departments.yml"]["departments"]
    departments[0]["name"] = ('R&D <b>bold</b> "Quoted" \U0001f680 Penelitian & Pengembangan '
                              "\u2014 Divisi Ketahanan Pangan")
    departments[0]["head"] = "Dr. Raden Ajeng Kartini Wulandari Setyaningrum, S.E., M.B.A."
    leads = files["marketing/new-leads.yml"]
    leads.update(name=LONG_NAME, owner="Raden Mas Haryo Bagus Wicaksono Adiningrat " * 2,
                 tags=["pipeline", f"tag-{LONG_WORD}"])
    leads["measurement"] = {**leads["measurement"], "unit": f"leads per {LONG_WORD}"}
    for kpi_id, low, high in (("gmv-rupiah", 1e14, 9e14), ("cost-millions", 12e6, 48e6)):
        files[f"sales/{kpi_id}.yml"] = {
            "id": kpi_id, "name": f"Value of {kpi_id}", "owner": "Head of Sales",
            "statement": f"Increase the value from {low:.0f} to {high:.0f} IDR by 31 December "
                         "2026.",
            "department": "sales", "objective": "grow-pipeline", "success_part": "more-deals",
            "measurement": {"metric": f"Value {kpi_id}", "unit": "IDR", "data_source": "ERP"},
            "direction": "higher_is_better",
            "baseline": {"value": low, "date": "2026-01-01"},
            "target": {"value": high, "date": "2026-12-31"},
            "actuals": [{"period": "2026-06", "value": (low + high) / 2}],
        }
    return files


@pytest.fixture(scope="module")
def unusual(tmp_path_factory):
    """The catalog's site built by MkDocs, served on loopback: (built site, URL)."""
    # no Google fonts and no repository (its stars are fetched from api.github.com)
    built = make_project(tmp_path_factory.mktemp("unusual"), unusual_catalog(),
                         theme={"font": False}, repo_url=None, edit_uri=None).build()
    assert built.returncode == 0, built.output[-3000:]
    with serve(built.site) as url:
        yield built, url


@pytest.fixture
def open_page(browser, unusual):
    """Factory: a page of the unusual site at a viewport, watching itself."""
    contexts = []

    def make(viewport: dict, path: str):
        context = browser.new_context(viewport=viewport, base_url=unusual[1],
                                      service_workers="block")
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.watch = PageWatch(unusual[1])
        page.watch.attach(context, page)
        response = page.goto(path, wait_until="load")
        assert response is not None and response.status == 200, path
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.mark.parametrize("path", ["/kpis/new-leads/", "/departments/marketing/",
                                  "/objectives/grow-pipeline/", "/kpis/", "/departments/"])
def test_a_phone_needs_no_sideways_scrolling_whatever_the_names(open_page, path):
    """A tag without spaces (the theme's pill above the page) made the KPI's page 646 px
    wide on a 375 px phone; long names, owners and units wrap or scroll in their tables."""
    page = open_page(PHONE, path)
    over = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert over <= 1, f"{path} scrolls sideways by {over}px"
    page.watch.check()


LABELS_OUTSIDE = """svg => [...svg.querySelectorAll('.kpi-trend-values text')]
    .map(t => t.getBBox()).filter(b => b.x < 0 || b.x + b.width > 640)
    .map(b => [Math.round(b.x), Math.round(b.x + b.width)])"""


@pytest.mark.parametrize("kpi", ["gmv-rupiah", "cost-millions"])
def test_chart_value_labels_stay_inside_the_chart(open_page, kpi):
    """At a desktop's width and at 560 px (where the labels are drawn larger), no value
    label reaches past the chart's left edge: `800,000,000,000,000` lost its first digits."""
    for viewport in (DESKTOP, {"width": 560, "height": 800}):
        page = open_page(viewport, f"/kpis/{kpi}/")
        chart = page.locator("figure.kpi-trend svg[role='img']")
        assert chart.locator(".kpi-trend-values text").count() > 2
        outside = chart.evaluate(LABELS_OUTSIDE)
        assert not outside, f"{kpi} at {viewport['width']}px: labels at {outside}"
        page.watch.check()
