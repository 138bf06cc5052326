"""An unusual but valid catalog in Chromium: names, owners, units and tags far longer than the
example's (a 180-character KPI name, a tag without spaces wider than a phone), markup and
emoji in a department's name, and values in the hundreds of trillions (a GMV in rupiah);
ten years of monthly values; a department whose only KPI is confidential; departments named
`search`, `assets`, `api` and `index`, with a KPI without values, one with a single value,
one past its target date and not there, one whose baseline is its target, two KPIs of the
same name; a chain of drivers six deep; a department and an owner named in Arabic. A phone
needs no sideways scrolling on any page of it, and each chart's value labels stay inside the
chart. Built with MkDocs in a few seconds."""

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
    files["catalog.yml"]["languages"] = ["en", "id"]
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
    files["sales/ten-years.yml"] = _kpi(
        "ten-years", "sales", name="Ten years of monthly deals", actuals=[
            {"period": f"{2016 + (i + 10) // 12}-{(i + 10) % 12 + 1:02d}",
             "value": 100 + i % 7 + i / 2} for i in range(120)],
        baseline={"value": 100, "date": "2016-11-01"},
        silence=[{"rule": "K115", "reason": "A ten-year series."}])
    _unusual_cases(files)
    return files


def _kpi(kpi_id: str, department: str, **fields: object) -> dict[str, object]:
    return {
        "id": kpi_id, "name": f"KPI {kpi_id}", "owner": "Head of Sales",
        "statement": "Increase deals from 100 to 200 per month by 31 December 2026.",
        "department": department, "objective": "grow-pipeline", "success_part": "more-deals",
        "measurement": {"metric": f"Deals {kpi_id}", "unit": "deals", "data_source": "CRM"},
        "direction": "higher_is_better",
        "baseline": {"value": 100, "date": "2026-01-01"},
        "target": {"value": 200, "date": "2026-12-31"},
        "actuals": [{"period": "2026-06", "value": 140}, {"period": "2026-09", "value": 160}],
        **fields}


RESERVED = ("search", "assets", "api", "index")
RTL_NAME = "\u062e\u062f\u0645\u0629 \u0627\u0644\u0639\u0645\u0644\u0627\u0621"  # customer service
RTL_OWNER = "\u0645\u062f\u064a\u0631 \u0627\u0644\u062e\u062f\u0645\u0629"  # service manager


def _unusual_cases(files: dict[str, object]) -> None:
    """The catalog's unusual KPIs and departments (see the module's text)."""
    departments = files["departments.yml"]["departments"]
    departments += [{"id": "vault", "name": "Vault", "head": "Head of Vault"}]
    departments += [{"id": name, "name": f"Department {name}", "head": "Someone"}
                    for name in RESERVED]
    files["vault/payroll-zanzibar.yml"] = _kpi("payroll-zanzibar", "vault",
                                               visibility="confidential")
    cases = {
        "search": _kpi("no-values", "search", actuals=[]),
        "assets": _kpi("one-value", "assets", actuals=[{"period": "2026-06", "value": 140}]),
        "api": _kpi("past-target", "api", target={"value": 200, "date": "2026-03-31"},
                    statement="Increase deals from 100 to 200 per month by 31 March 2026."),
        "index": _kpi("hold-the-line", "index", target={"value": 100, "date": "2026-12-31"},
                      statement="Keep deals at 100 per month until 31 December 2026.",
                      silence=[{"rule": "K105", "reason": "Hold the line."}]),
    }
    for department, kpi in cases.items():
        files[f"{department}/{kpi['id']}.yml"] = kpi
    for n, department in enumerate(("search", "api")):
        files[f"{department}/same-name-{n}.yml"] = _kpi(
            f"same-name-{n}", department, name="Deals won",
            silence=[{"rule": "K120", "reason": "Two desks, one name."}])
    departments += [{"id": "layanan", "name": RTL_NAME, "head": "Kepala Layanan"}]
    files["layanan/rtl-owner.yml"] = _kpi("rtl-owner", "layanan", owner=RTL_OWNER)
    for level in range(7):  # chain-6 is driven by chain-5 ... by chain-0
        files[f"sales/chain-{level}.yml"] = _kpi(
            f"chain-{level}", "sales", name=f"Driver level {level}",
            drivers=[f"chain-{level - 1}"] if level else [])


@pytest.fixture(scope="module")
def unusual(tmp_path_factory):
    """The catalog's site built by MkDocs, served on loopback: (built site, URL)."""
    # no Google fonts and no repository (its stars are fetched from api.github.com)
    palette = [{"media": f"(prefers-color-scheme: {scheme})", "scheme": name,
                "toggle": {"icon": "material/brightness-7", "name": scheme}}
               for scheme, name in (("light", "default"), ("dark", "slate"))]
    built = make_project(tmp_path_factory.mktemp("unusual"), unusual_catalog(),
                         theme={"font": False, "palette": palette}, repo_url=None,
                         edit_uri=None).build()
    assert built.returncode == 0, built.output[-3000:]
    with serve(built.site) as url:
        yield built, url


@pytest.fixture
def open_page(browser, unusual):
    """Factory: a page of the unusual site at a viewport, watching itself."""
    contexts = []

    def make(viewport: dict, path: str, **options):
        context = browser.new_context(viewport=viewport, base_url=unusual[1],
                                      service_workers="block", **options)
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


LEGEND_AND_UNIT = """svg => {
    const box = e => e.getBoundingClientRect();
    const unit = box(svg.querySelector('.kpi-trend-axis > text'));
    return [...svg.querySelectorAll('.kpi-trend-legend text')].map(box)
        .filter(t => t.left < unit.right && unit.left < t.right)
        .map(t => Math.round((unit.top - t.bottom) * 10) / 10);
}"""


@pytest.mark.parametrize("width", [320, 375, 414])
def test_a_long_series_reads_on_a_phone(open_page, save_screenshot, width):
    """120 monthly values: a line with the latest value's dot, where 120 dots 5 px wide made
    a band; and the unit under the legend keeps its distance (it was 2 px under the last
    word of the legend, in both languages)."""
    for path in ("/kpis/ten-years/", "/id/kpis/ten-years/"):
        page = open_page({"width": width, "height": 800}, path, color_scheme="dark")
        chart = page.locator("figure.kpi-trend svg[role='img']")
        dots = chart.locator(".kpi-trend-actual path").evaluate_all(
            "paths => paths.map(p => p.getAttribute('d').split('h0').length - 1)")
        assert dots == [1], dots
        gaps = chart.evaluate(LEGEND_AND_UNIT)
        assert gaps and min(gaps) >= 3, f"{path} at {width}px: unit {gaps} px under the legend"
        if width == 375 and not path.startswith("/id/"):
            save_screenshot(chart, "unusual-ten-years-dark-375")
        page.watch.check()
    desktop = open_page(DESKTOP, "/kpis/ten-years/")
    save_screenshot(desktop.locator("figure.kpi-trend svg[role='img']"),
                    "unusual-ten-years-light-desktop")
    desktop.watch.check()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE])
def test_a_long_series_table_scrolls_in_its_box_with_its_header_in_view(open_page, viewport):
    """120 values: the table's box is a few screens' rows tall, not the page 5,000 px long;
    scrolled by keys to the end, its header row is still at the box's top, opaque, and the
    last value is in view."""
    page = open_page(viewport, "/kpis/ten-years/")
    box = page.locator(".kpi-trend .kpi-scroll").first
    size = box.evaluate("b => [b.clientHeight, b.scrollHeight]")
    assert 200 < size[0] < 800 < size[1], f"box {size[0]} px tall for {size[1]} px of rows"
    box.focus()
    page.keyboard.press("End")
    page.wait_for_function(
        "b => b.scrollTop + b.clientHeight >= b.scrollHeight - 1", arg=box.element_handle())
    head, last, color = box.evaluate("""b => {
        const r = b.getBoundingClientRect();
        const th = b.querySelector('thead th').getBoundingClientRect();
        const rows = b.querySelectorAll('tbody tr');
        const last = rows[rows.length - 1].getBoundingClientRect();
        return [th.top - r.top, r.bottom - last.bottom,
                getComputedStyle(b.querySelector('thead th')).backgroundColor];
    }""")
    assert abs(head) <= 2, f"the header row is {head} px from the box's top after scrolling"
    assert last >= -2, f"the last row ends {-last} px below the box"
    assert not color.startswith("rgba(0, 0, 0, 0)") and not color.endswith(", 0)"), color
    page.watch.check()


@pytest.mark.parametrize("path, heading", [
    *[(f"/departments/{name}/", f"Department {name}") for name in RESERVED],
    ("/kpis/no-values/", "KPI no-values"), ("/kpis/one-value/", "KPI one-value"),
    ("/kpis/past-target/", "KPI past-target"), ("/kpis/hold-the-line/", "KPI hold-the-line"),
    ("/kpis/same-name-0/", "Deals won (Department search)"),  # told apart (K120 silenced)
    ("/kpis/same-name-1/", "Deals won (Department api)"),
    ("/kpis/chain-6/", "Driver level 6"), ("/objectives/grow-pipeline/", None),
])
def test_unusual_pages_open_whole_on_a_phone(open_page, path, heading):
    """Each page is its own (a department named `search` is not the search page), loads
    without a console error or a missing file, and needs no sideways scrolling."""
    page = open_page(PHONE, path)
    if heading is not None:
        assert page.locator("article h1").inner_text().strip() == heading
    if path == "/kpis/hold-the-line/":  # its baseline is its target: no way to go
        assert page.locator(".kpi-progress__text").inner_text() == (
            "At its target, which is its baseline: a level to hold.")
        assert page.locator(".kpi-progress__expected").count() == 0
    over = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert over <= 1, f"{path} scrolls sideways by {over}px"
    page.watch.check()


def test_the_deep_driver_chain_is_drawn_in_the_objective_tree(open_page):
    """Six levels of drivers under a KPI of the objective, each a link in the tree."""
    page = open_page(DESKTOP, "/objectives/grow-pipeline/")
    tree = page.locator("figure.kpi-tree-figure svg")
    for level in range(7):
        assert tree.get_by_text(f"Driver level {level}").count() >= 1, level
    page.watch.check()


# The lines of the tree's link whose <title> starts with `name`, and whether each lies
# inside the link's box on screen.
TREE_LINES = """(name) => {
    const link = [...document.querySelectorAll('svg.kpi-tree a')]
        .find(a => a.querySelector('title').textContent.startsWith(name));
    const box = link.querySelector('rect').getBoundingClientRect();
    return [...link.querySelector('text').querySelectorAll('tspan')].map(span => {
        const r = span.getBoundingClientRect();
        return {text: span.textContent,
                inside: r.left >= box.left && r.right <= box.right + 0.5
                        && r.top >= box.top && r.bottom <= box.bottom};
    });
}"""


@pytest.mark.parametrize("viewport", [DESKTOP, {**PHONE, "width": 375}], ids=["1280", "375"])
def test_a_long_name_in_the_objective_tree_is_wrapped_inside_its_box(open_page, viewport):
    """The 180-character name runs over three lines of its box, at 1280 and 375 px: it was
    cut after 40 characters ('Share of online orders delivered comp…')."""
    page = open_page(viewport, "/objectives/grow-pipeline/")
    lines = page.evaluate(TREE_LINES, LONG_NAME)
    assert len(lines) == 3 and all(line["inside"] for line in lines), lines
    shown = " ".join(line["text"] for line in lines)
    assert LONG_NAME.startswith(shown.removesuffix("…")) and len(shown) > 100, shown
    page.watch.check()


@pytest.mark.parametrize("root", ["", "/id"])
def test_a_department_with_nothing_published_says_so(open_page, root):
    page = open_page(PHONE, f"{root}/departments/vault/")
    text = page.locator("article").inner_text()
    said = {"": "No KPI of this department is published in this edition of the catalog.",
            "/id": "Tidak ada KPI departemen ini yang diterbitkan dalam edisi katalog ini."}
    assert said[root] in text and "zanzibar" not in text.lower()
    assert page.locator(".kpi-rollup, article table").count() == 0
    feeds = page.locator("link[type='application/atom+xml']").evaluate_all(
        "links => links.map(l => l.getAttribute('href'))")
    assert feeds and not any("vault" in href for href in feeds), feeds
    page.watch.check()


# Where the count of an option's label lands when the label is laid out in the page (an
# <option>'s own layout cannot be measured): the left edge of its "(" and of each letter of
# the name, in pixels.
COUNT_AND_NAME = """(text) => {
    const line = document.createElement('div');
    line.textContent = text;
    document.querySelector('article').appendChild(line);
    const node = line.firstChild, range = document.createRange();
    const left = i => { range.setStart(node, i); range.setEnd(node, i + 1);
                        return range.getBoundingClientRect().left; };
    const letters = [...text].map((c, i) => /[\\u0600-\\u06ff]/.test(c) ? left(i) : null)
        .filter(x => x !== null);
    const count = left(text.lastIndexOf('('));
    line.remove();
    return {count, name: Math.max(...letters)};
}"""


@pytest.mark.parametrize("key, name", [("department", RTL_NAME), ("owner", RTL_OWNER)])
def test_a_filter_option_named_in_arabic_keeps_its_count_after_the_name(open_page, key, name):
    """`خدمة العملاء (1)` in a left-to-right page: the count came out on the name's left,
    `(1) ...`, as written and again after the script counts anew (a word typed)."""
    page = open_page(DESKTOP, "/kpis/")
    option = page.locator(f"select[data-kpi-filter='{key}'] option[data-label='{name}']")
    for moment in ("as built", "counted by the script"):
        text = option.text_content()
        assert name in text and text.rstrip().endswith("(1)"), text
        where = page.evaluate(COUNT_AND_NAME, text)
        assert where["count"] > where["name"], f"{moment}: {text!r} shows the count first"
        page.locator("input[data-kpi-text-filter]").fill("deals")
    page.watch.check()
