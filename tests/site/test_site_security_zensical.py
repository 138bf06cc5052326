"""The security battery's markup payloads built by Zensical from the pages `kpi render`
writes, and a hand-written page whose heading is made of macros (Zensical runs no MkDocs
plugin, so the plugin's guards do not run there): every page's ``<title>`` holds the
payload as text, and no page has a payload's script or event handler.

Zensical takes a page's title from its front matter, or else from its first heading, which
it unescapes; either way its templates write the title into ``<title>`` as HTML. Zensical
is $KPI_ZENSICAL (`nox -s tests` installs it in a venv of its own); without it the test is
skipped locally and fails in CI.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest
import yaml
from security_battery import MARK, RUN, hostile
from site_helpers import ENV, REPO, parse_html, write_catalog

from kpi_catalog.model.diagnostics import BIDI_CONTROLS

BIDI = " \u202egnp.exe\u202c \u2066isolate\u2069"

CI = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def zensical() -> str:
    found = os.environ.get("KPI_ZENSICAL") or shutil.which("zensical")
    if found is None:
        message = "Zensical is not installed: run `nox -s tests`, or set KPI_ZENSICAL"
        if CI:
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return found


def run(argv: list[str], cwd: Path) -> None:
    # Zensical's macros extension imports kpi_catalog: this checkout's, whatever its venv holds
    env = ENV | {"PYTHONPATH": os.pathsep.join([str(REPO / "plugins"),
                                                  ENV.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{argv} failed:\n{done.stdout}\n{done.stderr}"[-4000:]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The markup group's hostile catalog, rendered and built by Zensical; the site."""
    engine = zensical()
    root = tmp_path_factory.mktemp("zensical")
    catalog = hostile("markup", root / "kpis")
    for department in catalog.files["departments.yml"]["departments"]:  # and bidi controls
        department["name"] += BIDI
    write_catalog(root / "kpis", catalog.files)
    (root / "docs").mkdir()
    (root / "docs" / "index.md").write_text(  # a heading of macros: the page's title
        "# {{ catalog_name() }} {{ kpi_link('new-leads') }}\n", encoding="utf-8")
    macros = {"macros": {"modules": ["kpi_catalog.site.macros"]}}
    extensions = ["abbr", "attr_list", "toc"]
    (root / "mkdocs.yml").write_text(yaml.safe_dump({
        "site_name": "Test site", "theme": {"name": "material", "font": False},
        "site_url": "https://kpi.example.org/",  # the feeds, linked from each page's head
        "plugins": ["search", {"kpi-catalog": {"today": "2026-11-27"}}, macros],
        "markdown_extensions": extensions,
        # the departments' and objectives' names in the navigation (kpi render's nav file)
        "nav": ["index.md", "kpis/index.md", "departments/index.md", "objectives/index.md"],
    }), encoding="utf-8")
    shutil.copytree(REPO / "overrides" / "zensical", root / "overrides" / "zensical")
    (root / "zensical.yml").write_text(yaml.safe_dump({
        "INHERIT": "mkdocs.yml", "site_dir": "site",
        "theme": {"custom_dir": "overrides/zensical"},
        "extra_css": ["assets/kpi-catalog/kpi-catalog.css"],
        "extra_javascript": ["assets/kpi-catalog/kpi-catalog.js"],
        # mkdocs.yml's lists repeated: Zensical 0.1 replaces an inherited list, as MkDocs does
        "markdown_extensions": extensions,
        "plugins": ["search", macros, {"awesome-nav": {"filename": ".kpi-nav.yml",
                                                       "logs": {"nav_override": "info"}}}],
    }), encoding="utf-8")
    run([str(Path(sys.executable).parent / "kpi"), "render", "docs"], root)
    run([engine, "build", "--clean", "-f", "zensical.yml"], root)
    return root / "site"


PAGES = ["", "kpis/new-leads/", "departments/sales/", "departments/marketing/",
         "objectives/grow-pipeline/", "objectives/keep-customers/"]


@pytest.mark.parametrize("path", PAGES)
def test_the_title_holds_the_payload_as_text(built, path):
    doc = parse_html((built / path / "index.html").read_text(encoding="utf-8"))
    # the page's title, as a browser reads its references; a zero-width space may follow `<`
    title = unescape(doc.find("title")[0].text).replace("\u200b", "")
    assert MARK in title, f"{path}: {title!r}"
    assert f"</title><script>{RUN}</script>" in title, \
        f"{path}: the payload closes <title>: {title[:300]!r}"


def test_the_heading_of_macros_shows_the_payload_as_written(built):
    """The zero-width space that keeps the title's text from forming a tag is all the macros
    add: the heading reads as the names are written, not as escaped HTML (`&lt;...`)."""
    page = (built / "index.html").read_text(encoding="utf-8")
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.DOTALL)
    assert heading is not None
    text = unescape(re.sub(r"<[^>]*>", "", heading.group(1))).replace("\u200b", "")
    assert f"</title><script>{RUN}</script>" in text, f"the heading reads {text[:300]!r}"


def test_the_navigation_holds_the_department_names_as_text(built):
    """The navigation (kpi render's nav file) names each department's page by its title:
    the payload as text, not markup (test_no_page_runs_a_payload checks the markup)."""
    html = (built / "departments" / "sales" / "index.html").read_text(encoding="utf-8")
    start = html.index("md-nav--primary")
    nav = html[start:html.index("md-sidebar--secondary", start)]
    assert 'href="../marketing/"' in nav
    text = unescape(re.sub(r"<[^>]*>", "", nav)).replace("\u200b", "")
    assert f"</title><script>{RUN}" in text, text[:500]


GENERATED = ("kpis/", "departments/", "objectives/")


def test_the_search_index_shows_titles_and_tags_as_text_without_markup(built):
    """Zensical's search shows a page's title (its breadcrumbs) and its tags (the filters)
    from the front matter of the generated pages: the payload there as written, but no `<`
    that starts a tag and no `&` that starts a character reference (kpi render's
    escape.theme_text). (A hand-written page's title from a heading of macros is Zensical's
    HTML: test_the_heading_of_macros_shows_the_payload_as_written.)"""
    import json

    items = json.loads((built / "search.json").read_text(encoding="utf-8"))["items"]
    shown = [text for item in items if item["location"].startswith(GENERATED)
             for text in [*item.get("path", []), *item.get("tags", [])]]
    assert any(f"</title><script>{RUN}" in text.replace("\u200b", "") for text in shown)
    for text in shown:
        assert not re.search(r"<[A-Za-z/!?]", text), text[:300]
        assert not re.search(r"&(#|[A-Za-z]+;)", text), text[:300]


def test_no_page_runs_a_payload(built):
    pages = sorted(built.rglob("*.html"))
    assert len(pages) >= len(PAGES)
    for page in pages:
        for element in parse_html(page.read_text(encoding="utf-8")).elements:
            where = f"{page.relative_to(built)}: <{element.tag}>"
            if element.tag == "script":
                assert "__pwned" not in element.text, f"{where} runs a payload"
            assert not any(name.startswith("on") for name in element.attrs), \
                f"{where} {element.attrs}"


def test_no_page_feed_or_index_holds_a_bidi_control(built):
    """The departments' names hold bidirectional controls, which the site drops wherever it
    shows text: in the pages (their feed links' titles too, from the front matter), the
    feeds, the search index, the sitemap (the JSON API keeps the names as written)."""
    feed_titles = [link.attrs.get("title", "") for link in parse_html(
        (built / "kpis" / "new-leads" / "index.html").read_text(encoding="utf-8")).find("link")
        if link.attrs.get("type") == "application/atom+xml"]
    assert any(f"</title><script>{RUN}" in title and "gnp.exe" in title
               for title in feed_titles), feed_titles
    checked = 0
    for path in built.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".txt") \
                and "api" not in path.relative_to(built).parts:
            text = path.read_text(encoding="utf-8")
            checked += "gnp.exe" in text
            assert not set(text) & set(BIDI_CONTROLS), path.relative_to(built)
    assert checked > len(PAGES)
