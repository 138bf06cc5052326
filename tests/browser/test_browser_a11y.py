"""Automated accessibility audit with axe-core (npm package, injected into the page)."""

from __future__ import annotations

import json

import pytest
from kpi_browser import PHONE, expect, page_paths

pytestmark = pytest.mark.browser

BLOCKING = ("critical", "serious")




def audit(page, axe_source) -> list[dict]:
    page.add_script_tag(path=str(axe_source))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return result["violations"]


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:5]:
            target = json.dumps(node["target"])
            summary = node.get("failureSummary") or ""
            why = "; ".join(s.strip() for s in summary.splitlines()[1:] if s.strip())
            html = " ".join(node["html"].split())[:160]
            lines.append(f"    {target}: {why}")
            lines.append(f"      {html}")
        if len(v["nodes"]) > 5:
            lines.append(f"    ... and {len(v['nodes']) - 5} more")
    return "\n".join(lines)


@pytest.mark.parametrize("name", ["home", "overview", "kpi", "department", "objective", "glossary",
                                  "kpi-id", "overview-id", "home-id"])
def test_no_serious_accessibility_violations(site, page, axe_source, name):
    page.open(page_paths(site)[name])
    violations = [v for v in audit(page, axe_source) if v["impact"] in BLOCKING]
    assert not violations, f"axe-core on {page_paths(site)[name]}:\n{describe(violations)}"


@pytest.mark.parametrize("name", ["home", "overview", "kpi", "department", "objective", "glossary",
                                  "departments", "objectives", "status", "guide", "guide-id",
                                  "kpi-id", "home-id"])
def test_no_serious_accessibility_violations_on_a_phone(site, new_page, axe_source, name):
    """At a phone's width code blocks and tables scroll sideways, and a phone does not hover:
    the theme makes a code block focusable only where the device hovers, so each box that
    scrolls must take the keyboard's focus some other way (scrollable-region-focusable)."""
    page = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    page.open(page_paths(site)[name])
    violations = [v for v in audit(page, axe_source) if v["impact"] in BLOCKING]
    assert not violations, f"axe-core on {page_paths(site)[name]} (phone):\n{describe(violations)}"


@pytest.mark.parametrize("name", ["home", "overview", "kpi", "department", "objective"])
def test_no_serious_accessibility_violations_in_dark_mode(site, new_page, axe_source, name):
    """The palette follows prefers-color-scheme: the slate scheme needs contrast too."""
    page = new_page(color_scheme="dark")
    page.open(page_paths(site)[name])
    scheme = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert scheme == "slate", f"expected the dark (slate) scheme, got {scheme!r}"
    violations = [v for v in audit(page, axe_source) if v["impact"] in BLOCKING]
    assert not violations, f"axe-core on {page_paths(site)[name]} (dark):\n{describe(violations)}"


def test_a_retired_kpis_notice_reads_in_dark_mode(site, new_page, axe_source):
    """The notice naming a retired KPI's successor: its grey tint lightened the slate
    background under the link to 4.2:1 (WCAG AA asks 4.5:1)."""
    retired = next(k for k in site.kpis if k.data.get("replaced_by"))
    page = new_page(color_scheme="dark")
    page.open(retired.path)
    violations = [v for v in audit(page, axe_source) if v["impact"] in BLOCKING]
    assert not violations, f"axe-core on {retired.path} (dark):\n{describe(violations)}"


# The element focused, if it is in the page's content (the catalog's own controls, not the
# theme's header), and whether it looks different from itself unfocused: a ring, a shadow,
# other colours. Blurred to compare, then focused again for the next Tab.
FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || !el.closest('.md-content')) return null;
    const look = () => {
        const s = getComputedStyle(el);
        const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
        return [ring && s.outlineColor, s.boxShadow, s.backgroundColor, s.color,
                s.borderColor, s.textDecorationLine].join('|');
    };
    const focused = look();
    el.blur();
    const shown = look() !== focused;
    el.focus();
    return {control: el.outerHTML.slice(0, 120), shown};
}"""


@pytest.mark.parametrize("name", ["overview", "kpi", "objective", "overview-id", "status"])
def test_keyboard_focus_is_visible_on_every_control_of_the_content(site, page, name):
    """Tabbing through a page, each control of the content shows where the focus is: the
    theme's `input {outline: none}` hid it on the overview's text filter (WCAG 2.4.7)."""
    page.open(page_paths(site)[name])
    page.add_style_tag(content="* { transition: none !important; }")  # the look it ends in
    page.locator("body").focus()
    seen, hidden = 0, []
    for _ in range(60):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is not None:
            seen += 1
            if not focused["shown"]:
                hidden.append(focused["control"])
    assert seen, f"no control of {page_paths(site)[name]} took the focus"
    assert not hidden, "focused without looking focused:\n  " + "\n  ".join(hidden)


# A code block wider than a phone upright but not lying down, on the hand-written status page.
WIDE_CODE = "pre > code:has-text('one-off rebate')"


def test_a_code_block_that_starts_to_scroll_becomes_focusable(site, new_page):
    """A phone turned upright after the page loaded: the code blocks that now scroll
    sideways take the keyboard's focus too."""
    page = new_page(viewport={"width": PHONE["height"], "height": PHONE["width"]},
                    is_mobile=True, has_touch=True)
    page.open("/status/")
    code = page.locator(WIDE_CODE)
    assert code.evaluate("el => el.scrollWidth <= el.clientWidth"), "scrolls lying down"
    expect(code).not_to_have_attribute("tabindex", "0")
    page.set_viewport_size(PHONE)
    expect(code).to_have_attribute("tabindex", "0")


# In forced colours (Windows' contrast themes) the browser paints every background in the
# theme's Canvas colour and every text in its CanvasText, but leaves an SVG's own colours.
# Colours as "r,g,b" (the alpha left out): the page's Canvas is what a mark must not be.
FORCED_LOOK = """() => {
    const look = s => getComputedStyle(document.querySelector(s));
    const rgb = colour => colour.match(/[\\d.]+/g).slice(0, 3).join();
    return {canvas: rgb(look('body').backgroundColor),
            bar: rgb(look('.kpi-progress__bar').backgroundColor),
            expected: rgb(look('.kpi-progress__expected').backgroundColor),
            text: look('.kpi-trend figcaption').color,
            lines: [...document.querySelectorAll(
                '.kpi-trend-actual polyline, .kpi-trend-target line, .kpi-trend-expected')]
                .map(line => getComputedStyle(line).stroke)};
}"""


def test_progress_and_chart_show_in_a_contrast_theme(site, new_page):
    """A dark contrast theme: the progress bar and the expected mark were painted in the
    page's colour (gone, the words below them alone saying how far), and the chart's
    lines kept their own colours, not the theme's (indigo on black: 3.1:1)."""
    kpi = next(k for k in site.kpis if k.status == "behind" and k.data.get("actuals"))
    page = new_page(color_scheme="dark")
    page.emulate_media(forced_colors="active")
    page.open(kpi.path)
    look = page.evaluate(FORCED_LOOK)
    assert look["bar"] != look["canvas"], look
    assert look["expected"] != look["canvas"], look
    assert look["lines"] and set(look["lines"]) == {look["text"]}, look
