"""The site publishes its Atom feeds (the catalog's and each department's) and every page
links them, so that feed readers find them."""

from __future__ import annotations

from pathlib import Path

import rnc2rng
from lxml import etree
from site_helpers import parse_html

ATOM = "{http://www.w3.org/2005/Atom}"
SCHEMA = etree.RelaxNG(etree.fromstring(rnc2rng.dumps(rnc2rng.load(
    str(Path(__file__).parent / "schemas" / "atom.rnc"))).encode()))
SITE_URL = "https://nusantara-retail.github.io/kpi-catalog/"


def _feed_links(html: str) -> list[tuple[str, str]]:
    return [(link.attrs.get("href"), link.attrs.get("title"))
            for link in parse_html(html).find("link")
            if link.attrs.get("rel") == "alternate"
            and link.attrs.get("type") == "application/atom+xml"]


def test_the_feeds_are_published_with_the_site_and_valid(example_site):
    feed = etree.parse(str(example_site.site / "feed.xml")).getroot()
    assert SCHEMA.validate(feed), SCHEMA.error_log
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == SITE_URL + "feed.xml"
    assert feed.findall(f"{ATOM}entry"), "the example has status changes to tell"
    assert feed.find(f"{ATOM}subtitle").text.startswith("How Nusantara Retail, a chain of"), \
        "catalog.yml's description"
    pages = set()
    for path in sorted(example_site.site.glob("feed-*.xml")):
        department = etree.parse(str(path)).getroot()
        assert SCHEMA.validate(department), (path, SCHEMA.error_log)
        assert department.find(f"{ATOM}subtitle") is None, "the catalog's, not a department's"
        pages |= {e.find(f"{ATOM}link").get("href") for e in department.findall(f"{ATOM}entry")}
    assert len(list(example_site.site.glob("feed-*.xml"))) == 7
    assert pages and all(p.startswith(SITE_URL + "kpis/") for p in pages)


def test_every_page_links_the_catalog_feed_and_its_department_feed(example_site):
    """Relative addresses: a feed reader resolves them against the page, and the theme (which
    fetches `sitemap.xml` beside every alternate link) stays on the site."""
    catalog_feed = "Nusantara Retail KPI catalog"
    assert _feed_links(example_site.page("")) == [("feed.xml", catalog_feed)]
    assert _feed_links(example_site.page("kpis/online-gmv/")) == [
        ("../../feed.xml", catalog_feed),
        ("../../feed-sales.xml", "Nusantara Retail KPI catalog: Sales")]
    assert _feed_links(example_site.page("departments/finance/"))[1] == (
        "../../feed-finance.xml", "Nusantara Retail KPI catalog: Finance")
    for href, _title in _feed_links(example_site.page("kpis/online-gmv/")):
        assert (example_site.site / "kpis/online-gmv" / href).resolve().is_file()
