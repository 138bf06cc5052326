"""Two KPIs of one name (K120 warns; a catalog may keep them, the rule silenced): a reader
tells them apart where names are listed and in search results, by the department, or by the
id where both are in one department. Before, the overview, the department's table and the
search results showed the same title twice. A KPI whose name is its own gets nothing more:
its page is the same, byte for byte, whatever other KPIs are named."""

from __future__ import annotations

import copy
import re

import pytest
from site_helpers import TODAY, make_project, search_index, small_catalog, write_catalog

from kpi_catalog.checking.check import check_catalog
from kpi_catalog.site import generate_pages
from kpi_catalog.site.llms import llms_txt

NAME = "Days to close a deal"
SILENCED = [{"rule": "K120", "reason": "Two desks, one name."}]


def with_twins() -> dict[str, object]:
    """The small catalog, with two more KPIs named as `deal-cycle` (Sales), ignoring capitals
    and accents: one in Marketing, one in Sales."""
    files = small_catalog()
    base = files["sales/deal-cycle.yml"]
    for department, kpi_id, name in (("marketing", "deal-cycle-marketing", NAME.upper()),
                                     ("sales", "deal-cycle-2", "Days to close a déal")):
        twin = copy.deepcopy(base)
        twin.update(id=kpi_id, name=name, department=department, silence=SILENCED)
        twin["measurement"] = {**twin["measurement"], "metric": f"Median days ({kpi_id})"}
        files[f"{department}/{kpi_id}.yml"] = twin
    files["sales/deal-cycle.yml"] = {**base, "silence": SILENCED}
    return files


def pages_of(files: dict[str, object], folder) -> dict[str, str]:
    result = check_catalog(write_catalog(folder, files), today=TODAY)
    assert result.ok, [d.text() for d in result.errors]
    return {page.src_uri: page.body for page in generate_pages(result.catalog, today=TODAY)}


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, str]:
    return pages_of(with_twins(), tmp_path_factory.mktemp("twins") / "kpis")


def listed(qualifier: str | None, name: str = NAME) -> str:
    told = f' <span class="kpi-muted">({qualifier})</span>' if qualifier else ""
    return f">{name}{told}</a>"


def test_the_overview_and_the_department_tables_tell_them_apart(pages):
    overview = pages["kpis/index.md"]
    assert listed("deal-cycle") in overview and listed("deal-cycle-2", "Days to close a déal") \
        in overview, "two of one department: by their ids"
    assert listed("Marketing", NAME.upper()) in overview, "the only one of its department"
    assert listed(None, "New leads per month") in overview, "a name of its own: as it was"
    sales = pages["departments/sales/index.md"]
    assert listed("deal-cycle") in sales and listed("deal-cycle-2", "Days to close a déal") \
        in sales
    assert listed(None, "Days of stock") in sales


def test_a_kpi_page_of_its_own_name_is_unchanged_by_the_twins(pages, tmp_path):
    alone = pages_of(small_catalog(), tmp_path / "kpis")
    for src in ("kpis/new-leads/index.md", "kpis/sql-handover/index.md"):
        assert pages[src] == alone[src], src


def test_llms_txt_tells_them_apart_too(tmp_path):
    from kpi_catalog.site.generator import Site

    result = check_catalog(write_catalog(tmp_path / "kpis", with_twins()), today=TODAY)
    text = llms_txt(Site(result.catalog, today=TODAY))
    assert "- [DAYS TO CLOSE A DEAL (Marketing)](<" in text
    assert "- [Days to close a deal (deal-cycle)](<" in text
    assert "- [New leads per month](<" in text


def test_search_results_tell_them_apart(tmp_path):
    built = make_project(tmp_path / "project", with_twins()).build()
    assert built.returncode == 0, built.output[-3000:]
    titles = {e["location"]: e["title"] for e in search_index(built.site)}
    assert titles["kpis/deal-cycle/"] == f"{NAME} (deal-cycle)"  # as the heading shows it
    assert titles["kpis/deal-cycle-2/"] == "Days to close a déal (deal-cycle-2)"
    assert titles["kpis/deal-cycle-marketing/"].startswith(f"{NAME.upper()} (Marketing) – ")
    assert titles["kpis/new-leads/"] == "New leads per month – Lead intake · Prospek baru"
    page = (built.site / "kpis/deal-cycle-marketing/index.html").read_text(encoding="utf-8")
    assert f"<title>{NAME.upper()} (Marketing) - Test site</title>" in page  # tab, bookmark


def test_a_kpi_page_shows_its_name_and_what_tells_it_apart_muted(pages, tmp_path):
    heading = pages["kpis/deal-cycle-marketing/index.md"].splitlines()[0]
    assert heading.startswith(f'# {NAME.upper()} <span class="kpi-muted">(Marketing)</span>')
    assert "Marketing" not in heading.partition("kpi-search-words")[2], "said once"
    result = check_catalog(write_catalog(tmp_path / "kpis", with_twins()), today=TODAY)
    titles = {page.src_uri: page.meta.get("title")
              for page in generate_pages(result.catalog, today=TODAY)}
    assert titles["kpis/deal-cycle/index.md"] == f"{NAME} (deal-cycle)"
    assert titles["kpis/new-leads/index.md"] == "New leads per month"


def test_the_objective_tree_tells_them_apart(pages):
    tree = pages["objectives/grow-pipeline/index.md"]
    names = re.findall(r'<a xlink:href="[^"]*" [^>]*><title>([^<:]*):', tree)
    assert f"{NAME.upper()} (Marketing)" in names and f"{NAME} (deal-cycle)" in names
    assert "Days to close a déal (deal-cycle-2)" in names and "New leads per month" in names


def test_the_feeds_entries_tell_them_apart(tmp_path):
    from kpi_catalog.site import SiteOptions
    from kpi_catalog.site.feed import feeds
    from kpi_catalog.site.generator import Site

    files = with_twins()
    for data in files.values():  # each turns from behind to on track in September
        if data.get("id", "").startswith("deal-cycle"):
            data["actuals"] = [*data["actuals"], {"period": "2026-09", "value": 42}]
    result = check_catalog(write_catalog(tmp_path / "kpis", files), today=TODAY)
    site = Site(result.catalog, today=TODAY,
                options=SiteOptions(site_url="https://example.org/"))
    feed = next(f.content for f in feeds(site) if f.src_uri == "feed.xml")
    titles = re.findall(r"<title>([^<:]*):", feed.decode() if isinstance(feed, bytes) else feed)
    assert sorted(set(titles)) == [f"{NAME.upper()} (Marketing)", f"{NAME} (deal-cycle)",
                              "Days to close a déal (deal-cycle-2)"]


def test_the_trend_charts_title_tells_them_apart(pages):
    page = pages["kpis/deal-cycle-marketing/index.md"]
    assert f'<title id="kpi-trend-deal-cycle-marketing-title">Trend of {NAME.upper()} ' \
           "(Marketing)</title>" in page
    assert f'-title">Trend of {NAME} (deal-cycle)</title>' in pages["kpis/deal-cycle/index.md"]


def test_the_chart_and_badge_images_tell_them_apart_and_keep_markup_text(tmp_path):
    import xml.etree.ElementTree as ET

    from kpi_catalog.site import SiteOptions
    from kpi_catalog.site.generator import Site
    from kpi_catalog.site.images import badge_svg, chart_svg

    markup = "<b>M</b> & ]]>"
    files = with_twins()
    files["departments.yml"]["departments"][0]["name"] = markup  # marketing
    result = check_catalog(write_catalog(tmp_path / "kpis", files), today=TODAY)
    site = Site(result.catalog, today=TODAY,
                options=SiteOptions(site_url="https://example.org/"))
    svg = "{http://www.w3.org/2000/svg}"
    for kpi_id, told in (("deal-cycle-marketing", f"{NAME.upper()} ({markup})"),
                         ("deal-cycle-2", "Days to close a déal (deal-cycle-2)"),
                         ("new-leads", "New leads per month")):
        view = site.views[kpi_id]
        chart = ET.fromstring(chart_svg(site, view).encode())  # well-formed: markup is text
        assert chart.findtext(f"{svg}title").startswith(f"{told}: "), kpi_id
        assert chart.findtext(f"{svg}text") == told, "the heading"
        assert chart.findtext(f"{svg}svg/{svg}title") == f"Trend of {told}"
        badge = ET.fromstring(badge_svg(site, view).encode())
        assert badge.findtext(f"{svg}title").startswith(f"{told}: ")
        assert badge.findtext(f"{svg}g/{svg}text") == told
        assert "<b>" not in chart_svg(site, view) + badge_svg(site, view)
