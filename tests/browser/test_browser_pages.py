"""Pages load cleanly, KPI pages carry their edit link, chart and progress bar, and nothing
needs horizontal scrolling on a phone."""

from __future__ import annotations

import re

import pytest
from kpi_browser import PHONE, REPO, expect, page_paths

pytestmark = pytest.mark.browser

EDIT_BASE = "https://github.com/nusantara-retail/kpi-catalog/edit/main/"




@pytest.mark.parametrize("name", ["home", "overview", "kpi", "department", "objective", "glossary",
                                  "kpi-id", "overview-id"])
def test_page_loads_without_errors(site, page, name):
    """No console error, no uncaught exception, no failed or foreign request, no 4xx/5xx."""
    page.open(page_paths(site)[name])
    page.wait_for_load_state("networkidle")  # the search index loads after `load`
    expect(page.locator("h1").first).to_be_visible()
    page.watch.check()


def test_kpi_page_shows_its_name_and_statement(site, page):
    kpi = site.showcase
    page.open(kpi.path)
    expect(page.locator("h1").first).to_contain_text(kpi.text("name"))
    statement = " ".join(kpi.text("statement").split())
    expect(page.locator(".md-content")).to_contain_text(statement)


def test_edit_button_points_at_the_kpi_yaml_file(site, page):
    kpi = site.showcase
    page.open(kpi.path)
    button = page.locator("a.md-content__button[title*='Edit']")
    expect(button).to_have_count(1)
    expect(button).to_be_visible()
    relative = kpi.source.relative_to(REPO).as_posix()
    assert relative == f"kpis/{kpi.department}/{kpi.id}.yml"
    expect(button).to_have_attribute("href", EDIT_BASE + relative)


def test_trend_chart_is_visible_with_text_alternatives(site, page):
    kpi = site.showcase
    actuals = kpi.data.get("actuals") or []
    assert actuals, f"{kpi.id} has no actuals; the showcase KPI should have a trend"
    page.open(kpi.path)
    figure = page.locator("figure.kpi-trend")
    expect(figure).to_have_count(1)
    chart = figure.locator("svg[role='img']")
    expect(chart).to_be_visible()
    box = chart.bounding_box()
    assert box and box["width"] > 100 and box["height"] > 50, f"chart too small: {box}"
    assert chart.locator("title").first.text_content().strip(), "the SVG needs a <title>"
    assert chart.locator("desc").first.text_content().strip(), "the SVG needs a <desc>"
    expect(chart).to_have_accessible_name(re.compile(r"\S"))
    # the values are also given as a table, for screen readers and for people who want numbers
    table = figure.locator("table")
    expect(table).to_have_count(1)
    text = table.text_content()
    for actual in actuals:
        assert str(actual["period"]) in text, f"period {actual['period']} missing from {text!r}"


# Each visible text of the chart: its font size on screen (computed size times the SVG's
# scale, CSS transforms included), whether it lies inside the chart's box, and the texts
# whose boxes overlap another's.
CHART_TEXTS = """svg => {
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll(
            '.kpi-trend-axis text, .kpi-trend-legend text, .kpi-trend-method text')]
        .filter(t => t.getBoundingClientRect().width > 0)
        .map(t => {
            const r = t.getBoundingClientRect();
            return {text: t.textContent, r,
                    px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,
                    inside: r.left >= box.left - 1 && r.right <= box.right + 1
                            && r.top >= box.top - 1 && r.bottom <= box.bottom + 1};
        });
    const meets = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5
                            && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
    return texts.map((t, i) => ({text: t.text, px: t.px, inside: t.inside,
        overlaps: texts.filter((u, j) => j !== i && meets(t.r, u.r)).map(u => u.text)}));
}"""


# Phones (390, 360, 430), and the widths between them and a tablet where the chart's text was
# under 10 px (12 units on a chart 481-568 px wide: 9.0-9.8 px, the unit 8.3-9.0 px), then the
# first width with the desktop's text (641: the unit 10.5 px).
CHART_WIDTHS = [PHONE["width"], 360, 430, 513, 540, 600, 641]


def chart_pages(site, prefix: str) -> list[str]:
    """The path of every KPI page with a trend chart, in the language under ``prefix``."""
    pages = []
    for kpi in site.kpis:
        html = site.root / prefix.strip("/") / "kpis" / kpi.id / "index.html"
        if html.exists() and 'class="kpi-trend"' in html.read_text(encoding="utf-8"):
            pages.append(f"{prefix}/kpis/{kpi.id}/")
    return pages


def layout_page(new_page, **options):
    """A page for measuring layout: search plays no part in it, so its index is not loaded
    and it is opened with ``settle=False`` (half of CI's time on these tests)."""
    page = new_page(**options)
    page.route("**/search/search_index.json", lambda route: route.abort())
    return page


def at_widths(page, paths: list[str], selector: str, script: str, widths: list[int],
              problems: list[str]):
    """For each page and width (one page, resized): where it is, and what ``script`` says
    of the first ``selector`` there (its texts); a page that scrolls sideways is one of the
    ``problems``."""
    for path in paths:
        page.open(path, settle=False)
        drawing = page.locator(selector).first
        for width in widths:
            page.set_viewport_size({**PHONE, "width": width})
            where = f"{path} at {width}px:"
            yield where, drawing.evaluate(script)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 1:
                problems.append(f"{where} the page scrolls sideways by {overflow}px")


def unreadable(where: str, texts: list[dict], what: str, smallest: float) -> list[str]:
    """Texts under ``smallest`` px on screen, or outside their drawing's box."""
    problems = []
    small = [f"{t['text']!r} {t['px']:.1f}px" for t in texts if t["px"] < smallest]
    if small:
        problems.append(f"{where} {what} text under {smallest} px: {small}")
    cut = [t["text"] for t in texts if not t["inside"]]
    if cut:
        problems.append(f"{where} {what} text cut off by its edges: {cut}")
    return problems


@pytest.mark.parametrize("prefix", ["", "/id"], ids=["en", "id"])
def test_trend_chart_is_readable_on_a_phone_or_a_small_tablet(site, new_page, prefix):
    """On a phone or a small tablet the 640-unit chart is drawn 330-610 px wide: its axis
    labels and legend must still be at least 10 px on screen, none over another or cut off
    by the chart's edges, and the page must not scroll sideways for it. Every KPI page with
    a chart (their value labels and units differ: a long one met the months or the legend),
    each at every width, in one page resized."""
    paths = chart_pages(site, prefix)
    assert site.showcase.path in [p.removeprefix(prefix) for p in paths], paths
    page = layout_page(new_page, viewport=PHONE, is_mobile=True, has_touch=True)
    problems = []
    for where, texts in at_widths(page, paths, "figure.kpi-trend svg[role='img']", CHART_TEXTS,
                                  CHART_WIDTHS, problems):
        if len(texts) < 5:
            problems.append(f"{where} too few axis and legend labels: {texts}")
        problems += unreadable(where, texts, "chart", 10)
        over = [f"{t['text']!r} over {t['overlaps']}" for t in texts if t["overlaps"]]
        if over:
            problems.append(f"{where} chart text over other text: {over}")
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


# Each visible text of an objective's KPI tree: its font size on screen (computed size, CSS
# included, times the SVG's scale) and whether it lies inside the tree's box.
TREE_TEXTS = """svg => {
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text')]
        .filter(t => t.getBoundingClientRect().width > 0)
        .map(t => {
            const r = t.getBoundingClientRect();
            return {text: t.textContent,
                    px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,
                    inside: r.left >= box.left - 1 && r.right <= box.right + 1
                            && r.top >= box.top - 1 && r.bottom <= box.bottom + 1};
        });
}"""
TREE_WIDTHS = [360, PHONE["width"], 412, 430]
TREE_SMALLEST_PX = 10.5


@pytest.mark.parametrize("prefix", ["", "/id"], ids=["en", "id"])
def test_objective_tree_is_readable_on_a_phone(site, new_page, prefix):
    """On a 360-430 px phone every text of every objective's KPI tree is at least 10.5 px on
    screen (before: the tree was drawn 300 px wide, its status words 9.2 px), inside the
    tree, and the page does not scroll sideways for it; on a desktop the tree is 420 px wide,
    its texts at least 12 px (it was drawn 300 px wide everywhere)."""
    objectives = sorted(p.parent.name for p in (site.root / prefix.strip("/") / "objectives")
                        .glob("*/index.html"))
    assert len(objectives) >= 5, objectives
    paths = [f"{prefix}/objectives/{objective}/" for objective in objectives]
    page = layout_page(new_page, viewport=PHONE, is_mobile=True, has_touch=True)
    problems = []
    for where, texts in at_widths(page, paths, "figure.kpi-tree-figure svg.kpi-tree",
                                  TREE_TEXTS, TREE_WIDTHS, problems):
        if not any(t["text"] for t in texts):
            problems.append(f"{where} no text in the tree")
        problems += unreadable(where, texts, "tree", TREE_SMALLEST_PX)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
    page.set_viewport_size({"width": 1280, "height": 800})  # a desktop: 420 px, not 300
    tree = page.locator("svg.kpi-tree").first
    width = tree.evaluate("s => s.getBoundingClientRect().width")
    assert width == pytest.approx(420, abs=1), f"the desktop's tree is {width}px wide"
    assert not unreadable(f"{paths[-1]} at 1280px:", tree.evaluate(TREE_TEXTS), "tree", 12)


def test_values_table_aligns_its_numbers_and_not_its_words(site, page):
    """Value and expected columns, headers included, right-aligned in tabular figures (by a
    CSS selector, no class per cell); the period and the note read from the left."""
    page.open(site.showcase.path)
    table = page.locator("table.kpi-actuals").first
    expect(table).to_be_visible()
    rows = table.evaluate("""t => [...t.rows].map(r => [...r.cells].map(c => {
        const s = getComputedStyle(c);
        return [s.textAlign, s.fontVariantNumeric];
    }))""")
    assert rows, "the showcase KPI's values table has no rows"
    for cells in rows:
        assert cells[0][0] in ("start", "left") and cells[-1][0] in ("start", "left"), cells
        assert all(c == ["right", "tabular-nums"] for c in cells[1:-1]), cells


def test_progress_bar_is_visible_with_text_alternatives(site, page):
    page.open(site.showcase.path)
    bar = page.locator(".kpi-progress[role='progressbar']").first
    expect(bar).to_be_visible()
    now = bar.get_attribute("aria-valuenow")
    assert now is not None and re.fullmatch(r"-?\d+(\.\d+)?", now), f"aria-valuenow={now!r}"
    low = float(bar.get_attribute("aria-valuemin") or 0)
    high = float(bar.get_attribute("aria-valuemax") or 100)
    assert low <= float(now) <= high, f"aria-valuenow {now} outside [{low}, {high}]"
    assert (bar.get_attribute("aria-label") or "").strip(), "the progress bar needs an aria-label"
    expect(bar).to_have_accessible_name(re.compile(r"\S"))


def test_status_badge_matches_the_overview(site, page):
    kpi = site.showcase
    page.open(kpi.path)
    badge = page.locator(".md-content .kpi-status").first
    expect(badge).to_be_visible()
    expect(badge).to_have_class(re.compile(rf"\bkpi-status--{re.escape(kpi.status)}\b"))
    assert badge.text_content().strip(), "the status badge needs text, not only a colour"


@pytest.mark.parametrize("name", ["overview", "kpi", "home", "department", "objective"])
def test_phone_needs_no_horizontal_scrolling(site, new_page, name):
    page = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    page.open(page_paths(site)[name])
    widths = page.evaluate(
        """() => ({scroll: document.documentElement.scrollWidth,
                   body: document.body.scrollWidth, inner: window.innerWidth})"""
    )
    limit = min(widths["inner"], PHONE["width"])
    if widths["scroll"] > limit:
        wide = page.evaluate(
            """(limit) => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > limit + 1)
                .filter(e => !e.closest('.md-typeset__scrollwrap, .md-sidebar, [hidden]'))
                .slice(0, 8)
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                          + ' right=' + Math.round(e.getBoundingClientRect().right))""",
            limit,
        )
        pytest.fail(f"page is {widths['scroll']}px wide on a {limit}px phone; too wide: {wide}")


def test_every_kpi_page_gives_its_chart_and_progress_bar_text_alternatives(site):
    """The built HTML of every KPI page (no browser needed: quick for all of them)."""
    problems = []
    for kpi in site.kpis:
        html = (site.root / "kpis" / kpi.id / "index.html").read_text(encoding="utf-8")
        # an internal KPI shows no values on the public site, hence neither chart nor progress
        shown = kpi.data.get("actuals") and kpi.data.get("visibility", "public") == "public"
        for bar in re.findall(r"<[^>]*\brole=\"progressbar\"[^>]*>", html):
            attrs = dict(re.findall(r'([\w-]+)="([^"]*)"', bar))
            if "aria-valuenow" not in attrs:  # indeterminate: only when nothing is measured
                if shown:
                    problems.append(f"{kpi.id}: has actuals but an indeterminate progressbar")
            else:
                try:
                    now = float(attrs["aria-valuenow"])
                    low, high = float(attrs["aria-valuemin"]), float(attrs["aria-valuemax"])
                    if not low <= now <= high:
                        problems.append(f"{kpi.id}: aria-valuenow {now} outside [{low}, {high}]")
                except (KeyError, ValueError) as error:
                    problems.append(f"{kpi.id}: progressbar without a numeric {error}")
            if not attrs.get("aria-label", "").strip():
                problems.append(f"{kpi.id}: progressbar without an aria-label")
        figures = re.findall(r'<figure class="kpi-trend"[^>]*>(.*?)</figure>', html, re.S)
        if shown and not figures:
            problems.append(f"{kpi.id}: has actuals but no <figure class='kpi-trend'>")
        for figure in figures:
            if "<table" not in figure:
                problems.append(f"{kpi.id}: the trend has no table of its values")
            for svg in re.findall(r"<svg\b.*?</svg>", figure, re.S):
                if not re.search(r'<svg[^>]*\brole="img"', svg):
                    problems.append(f"{kpi.id}: chart SVG without role=img")
                for tag in ("title", "desc"):
                    if not re.search(rf"<{tag}\b[^>]*>\s*[^<\s]", svg):
                        problems.append(f"{kpi.id}: chart SVG without a <{tag}>")
    assert not problems, "\n".join(problems)



def test_catalog_tables_fit_their_box_on_a_desktop(site, new_page):
    """On a desktop every table of the catalog (lists of KPIs, objectives, the overview) fits
    the content column beside the sidebars, in both languages: a reader should not have to
    scroll a table sideways to see its last column (Indonesian words are longer). Each page
    with such a table, at three widths, in one page resized."""
    paths = sorted(
        f"/{html.parent.relative_to(site.root).as_posix()}/".replace("/./", "/")
        for html in site.root.rglob("index.html")
        if re.search(r'class="kpi-(list|table)\b', html.read_text(encoding="utf-8"))
    )
    assert len(paths) > 20, paths
    page = layout_page(new_page)
    wide = []
    for path in paths:
        page.open(path, settle=False)
        for width in (1024, 1280, 1440):
            page.set_viewport_size({"width": width, "height": 800})
            wide += [f"{path} at {width}px: {over}px" for over in page.evaluate(
                """() => [...document.querySelectorAll('article .kpi-list, article .kpi-table')]
                    .map(t => t.scrollWidth - t.parentElement.clientWidth)
                    .filter(over => over > 1)""")]
    assert not wide, "tables wider than their box:\n" + "\n".join(wide)


# Where a printed page may break: after each heading, inside each fact (label and value).
PRINT_BREAKS = """() => ({
    facts: [...document.querySelectorAll('.kpi-facts > div')]
        .map(fact => getComputedStyle(fact).breakInside),
    headings: [...document.querySelectorAll('.md-content h2, .md-content h3')]
        .map(heading => getComputedStyle(heading).breakAfter),
})"""


def test_a_printed_kpi_page_keeps_labels_with_what_they_label(site, page):
    """Printed on A4, the showcase's page put "Metric" at the foot of page 1 and the metric
    on page 2, and "Terms used" at the foot of page 4 with its terms on page 5."""
    page.open(site.showcase.path)
    page.emulate_media(media="print")
    breaks = page.evaluate(PRINT_BREAKS)
    assert breaks["facts"] and set(breaks["facts"]) == {"avoid"}, breaks
    assert breaks["headings"] and set(breaks["headings"]) == {"avoid"}, breaks
