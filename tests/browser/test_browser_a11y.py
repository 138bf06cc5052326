"""Automated accessibility audit with axe-core (npm package, injected into the page)."""

from __future__ import annotations

import json

import pytest
from kpi_browser import PHONE, page_paths

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


@pytest.mark.parametrize("name", ["overview", "kpi"])
def test_no_serious_accessibility_violations_on_a_phone(site, new_page, axe_source, name):
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
