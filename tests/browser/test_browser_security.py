"""The security battery in Chromium: nothing a contributor writes runs.

Each payload group of tests/site/security_battery.py is put into every text field of
every catalog file and built into a site; every page of it (the generated ones, the
hand-written pages using each macro, the tags page, the 404 page) is opened in Chromium.
Each payload script sets ``top.__pwned`` or opens a dialog. After the load, after every
element was focused and hovered (events dispatched to each) and after tabbing through the
page, and after a search for the payload's text: no dialog opened, ``__pwned`` is
undefined, and no element in the DOM has an event handler attribute or a ``javascript:``,
``data:`` or ``vbscript:`` URL.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from kpi_browser import DESKTOP, TIMEOUT_MS, PageWatch, expect, serve

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "site"))  # the battery's catalogs
from security_battery import GROUPS, MARK, build  # noqa: E402
from site_helpers import parse_html  # noqa: E402

pytestmark = pytest.mark.browser

# Every element focused, then each event that a handler attribute could listen to.
PROVOKE = """() => {
  const events = ["focus", "focusin", "mouseover", "mouseenter", "pointerover", "mousemove",
                  "animationstart", "transitionend", "toggle", "load", "error", "input"];
  for (const el of document.querySelectorAll("body *")) {
    if (typeof el.focus === "function") el.focus({preventScroll: true});
    for (const type of events) el.dispatchEvent(new Event(type));
  }
}"""
# What must not be in the DOM, whoever put it there (Markdown, the theme's JavaScript).
UNSAFE = """() => {
  const urls = ["href", "src", "action", "formaction", "xlink:href", "srcdoc", "poster",
                "data", "background", "srcset", "ping"];
  const bad = [];
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\\s\\u0000-\\u001f]/g, "").toLowerCase();
      if (name.startsWith("on")) bad.push(`<${el.tagName} ${name}="${attr.value}">`);
      if (urls.includes(name) && /^(javascript|data|vbscript):/.test(value))
        bad.push(`<${el.tagName} ${name}="${attr.value}">`);
    }
  }
  return bad;
}"""
PWNED = "() => [window.__pwned, top.__pwned, document.documentElement.dataset.pwned]"


@pytest.fixture(scope="module", params=list(GROUPS))
def hostile_site(request, tmp_path_factory):
    """(group, built site, its URL): one payload group's site, served on loopback."""
    _, built = build(request.param, tmp_path_factory.mktemp(f"browser-{request.param}"))
    with serve(built.site) as url:
        yield request.param, built, url


@pytest.fixture
def hostile_page(browser, hostile_site):
    """A page of the hostile site that records dialogs (and dismisses them)."""
    group, built, url = hostile_site
    context = browser.new_context(viewport=DESKTOP, base_url=url, service_workers="block")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.watch = PageWatch(url)
    page.watch.attach(context, page)
    page.dialogs = []

    def dialog(d) -> None:
        page.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    yield page
    context.close()


def paths(built) -> dict[str, bool]:
    """Every HTML page of the site, as URL paths, with whether its text holds a payload
    (a page showing only one-line labels holds none when the model refuses the group)."""
    found = {}
    for file in built.pages():
        rel = file.relative_to(built.site).as_posix()
        path = "/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        found[path] = MARK in parse_html(file.read_text(encoding="utf-8")).text
    return found


def test_no_payload_runs_on_any_page(hostile_site, hostile_page):
    group, built, _ = hostile_site
    page = hostile_page
    visited, found = paths(built), []
    assert {"/", "/blocks/", "/kpis/new-leads/", "/departments/marketing/",
            "/objectives/grow-pipeline/", "/glossary/"} <= set(visited)
    assert visited["/kpis/new-leads/"], f"{group}: the payload is not in the built site"
    for path, holds_payload in visited.items():
        response = page.goto(path, wait_until="load")
        assert response is not None and response.status in (200, 404), path
        page.evaluate(PROVOKE)
        page.locator("body").focus()
        for _ in range(30):
            page.keyboard.press("Tab")
        found += [f"{path}: {bad}" for bad in page.evaluate(UNSAFE)]
        if any(page.evaluate(PWNED)):
            found.append(f"{path}: a payload script ran")
        if holds_payload:  # the browser shows it as text, as the HTML has it
            assert MARK in page.locator("body").inner_text(), f"{group}: no payload on {path}"
    assert not page.dialogs, f"{group}: dialogs opened: {page.dialogs}"
    assert not found, f"{group}:\n" + "\n".join(found)
    page.watch.check()


def test_search_results_show_payloads_as_text(hostile_site, hostile_page):
    """The theme renders search results from the index in the browser."""
    group, _, _ = hostile_site
    page = hostile_page
    page.goto("/", wait_until="load")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(MARK.lower(), delay=20)
    results = page.locator(".md-search-result__list .md-search-result__item")
    expect(results.first).to_be_visible()
    page.evaluate(PROVOKE)
    assert not page.evaluate(UNSAFE), f"{group}: {page.evaluate(UNSAFE)}"
    assert not any(page.evaluate(PWNED)), f"{group}: a payload script ran in the search results"
    assert not page.dialogs, f"{group}: dialogs opened: {page.dialogs}"
    page.watch.check()


# Names that every JavaScript object has (Object.prototype's): an owner so named was counted
# on the object's own function, not from zero ('constructor (function Object() { [native
# code] }1)' in the overview's owner filter).
OBJECT_NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]


@pytest.fixture(scope="module")
def owners_site(tmp_path_factory):
    """A site whose KPIs' owners are named as Object.prototype's properties, served."""
    from security_battery import base_catalog, build_site

    files = base_catalog()
    kpis = [data for data in files.values() if isinstance(data, dict) and "measurement" in data]
    assert len(kpis) >= 2
    for i, data in enumerate(kpis):
        data["owner"] = OBJECT_NAMES[i % len(OBJECT_NAMES)]
    built = build_site(tmp_path_factory.mktemp("owners"), files)
    with serve(built.site) as url:
        yield url


def test_filter_counts_of_owners_named_as_javascript_properties(browser, owners_site):
    """The overview's owner filter counts each owner's rows, whatever the owner's name."""
    context = browser.new_context(viewport=DESKTOP, base_url=owners_site,
                                  service_workers="block")
    context.set_default_timeout(TIMEOUT_MS)
    try:
        page = context.new_page()
        page.goto("/kpis/", wait_until="load")
        rows = page.locator("table[data-kpi-table] tbody tr[data-kpi]").evaluate_all(
            "rows => rows.map(r => r.getAttribute('data-owner'))")
        assert set(rows) & set(OBJECT_NAMES), rows
        select = page.locator("select[data-kpi-filter='owner']")
        for _ in range(2):  # as the page opens, and after a filter was chosen and cleared
            texts = select.locator("option").evaluate_all(
                "os => os.map(o => [o.value, o.textContent])")
            expected = {value: rows.count(value) if value else len(rows) for value, _ in texts}
            shown = {value: text for value, text in texts}
            assert all(shown[value].endswith(f" ({count})") for value, count in expected.items()), \
                shown
            select.select_option(OBJECT_NAMES[0])
            select.select_option("")
    finally:
        context.close()
