"""Contributor text is shown, never run: HTML, Markdown and template payloads in every
field a contributor writes come out as literal text on every generated page."""

from __future__ import annotations

import json

import markdown
import pytest
from site_helpers import (
    SITE_EXTENSIONS,
    TODAY,
    broken_html_blocks,
    hand_written_page,
    hostile_catalog,
    macros_of,
    make_project,
    parse_html,
    search_index,
    small_catalog,
    tags_and_text,
    write_catalog,
)

from kpi_catalog.checking.check import check_catalog
from kpi_catalog.escape import html as esc_html
from kpi_catalog.site import Site, generate_pages
from kpi_catalog.site.page import GENERATED as GENERATED_MARK

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
LINK = "[click](javascript:alert(1))"
MUSTACHE = "{{ 7*7 }}"
ENDRAW = "{% endraw %}"
TITLE_BREAK = "</title><script>alert(2)</script>"
MARKDOWN = "*em* _em_ `code` {: onclick=alert(3) } --8<-- /etc/passwd"
PAYLOAD = f" P1 {SCRIPT} {IMG} {LINK} {MUSTACHE} {ENDRAW} {TITLE_BREAK} {MARKDOWN} P2"
LITERALS = [SCRIPT, IMG, LINK, MUSTACHE, ENDRAW, TITLE_BREAK, "*em* _em_ `code`",
            "{: onclick=alert(3) }", "--8<-- /etc/passwd"]

GENERATED = [
    "blocks/", "kpis/", "kpis/new-leads/", "kpis/sql-handover/", "departments/",
    "departments/marketing/",
    "objectives/", "objectives/grow-pipeline/", "glossary/",
]


INLINE_MACROS = "{{ catalog_name() }} / {{ kpi_link('new-leads') }}"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    catalog = small_catalog(PAYLOAD)
    # a glossary term with markup of its own, used by a KPI
    catalog["glossary.yml"]["glossary"].append(
        {"term": "<b>bold</b>", "definition": f"A term with markup.{PAYLOAD}"})
    docs = {"index.md": hand_written_page(INLINE_MACROS),
            "blocks.md": "# Blocks\n\n{{ kpi_card('new-leads') }}\n\n"
                         "{{ kpi_statement('new-leads') }}\n\n{{ objective_card('grow-pipeline') }}"
                         "\n\n{{ kpi_measurement('new-leads') }}\n\n{{ kpi_table() }}\n"}
    project = make_project(tmp_path_factory.mktemp("injection"), catalog, docs=docs)
    result = project.build()
    assert result.returncode == 0, result.output
    return result


def test_the_payload_is_really_in_the_catalog(built):
    """The test means something only if the text reached the pages at all."""
    html = built.page("kpis/new-leads/")
    assert "P1" in html and "P2" in html


@pytest.mark.parametrize("path", GENERATED)
def test_no_script_runs_and_no_handler_or_javascript_link_exists(built, path):
    doc = parse_html(built.page(path))
    for element in doc.elements:
        if element.tag == "script":
            assert "alert" not in element.text, f"a script with the payload on {path}"
            src = element.attrs.get("src", "")
            assert not src or src.endswith(".js"), src
        for name, value in element.attrs.items():
            assert not name.startswith("on"), f"<{element.tag} {name}={value!r}> on {path}"
            if name in ("href", "src", "action", "formaction"):
                assert not value.strip().lower().startswith("javascript:"), value
        assert element.tag != "img" or element.attrs.get("src") != "x", f"an <img src=x> on {path}"
        assert element.tag not in ("em", "b") or "kpi" in element.attrs.get("class", ""), \
            f"contributor text became <{element.tag}> on {path}"


@pytest.mark.parametrize("path", ["kpis/new-leads/", "kpis/sql-handover/",
                                  "departments/marketing/", "objectives/grow-pipeline/",
                                  "glossary/", "kpis/"])
def test_payload_reads_literally(built, path):
    text = parse_html(built.page(path)).text
    for literal in LITERALS:
        assert literal in text, f"{literal!r} is not shown as text on {path}"
    assert "49" not in text.replace("2026", "").replace("2027", ""), \
        "{{ 7*7 }} was evaluated by a template engine"


def test_every_field_shows_the_payload_on_the_kpi_page(built):
    text = parse_html(built.page("kpis/new-leads/")).text
    fields = {
        "name": "New leads per month P1", "statement": "by 31 December 2026. P1",
        "owner": "Marketing Operations Lead P1", "metric": "New leads in the CRM P1",
        "data source": "CRM monthly report P1", "method": "Count of new leads P1",
        "actual note": "Webinar month. P1", "link title": "Lead dashboard P1",
        "description": "Every contact who asks for a demo. P1", "department": "Marketing P1",
        "objective": "Grow the sales pipeline P1", "success part": "More contacts become leads. P1",
    }
    for field, start in fields.items():
        assert f"{start} {SCRIPT}" in text, f"{field}: payload not shown literally"


def test_manual_status_reason_and_silence_reason_are_text(built):
    text = parse_html(built.page("kpis/sql-handover/")).text
    assert f"The CRM export is late this month. P1 {SCRIPT}" in text
    assert f"Counted differently from new leads. P1 {SCRIPT}" in text


def test_glossary_definitions_are_text_in_tooltips_and_on_the_glossary(built):
    doc = parse_html(built.page("kpis/sql-handover/"))
    titles = [e.attrs.get("title", "") for e in doc.find("abbr")]
    assert any(t.startswith("Sales-qualified lead") and SCRIPT in t for t in titles), titles
    glossary = parse_html(built.page("glossary/")).text
    assert f"A term with markup. P1 {SCRIPT}" in glossary
    assert "<b>bold</b>" in glossary


def test_the_title_element_cannot_be_closed_by_a_kpi_name(built):
    """The theme writes `page.title | striptags` (which unescapes) into <title>."""
    doc = parse_html(built.page("kpis/new-leads/"))
    head_title = doc.find("title")[0]  # the document's; SVG charts have their own
    assert head_title.text.startswith("New leads per month P1")
    assert "P2" in head_title.text, "the title element ended inside the KPI name"
    assert all("alert" not in e.text for e in doc.find("script"))


def test_front_matter_turns_macros_off_and_tags_are_escaped(built):
    """The tags plugin renders tag names as HTML: they must arrive escaped."""
    tags = json.loads((built.site / "tags.json").read_text(encoding="utf-8"))
    names = json.dumps(tags)
    assert "<script>" not in names and "&lt;script&gt;" in names
    page = built.page("kpis/new-leads/")
    front = (built.site.parent / "kpis").exists()  # the source is generated, not on disk
    assert front and not (built.site.parent / "docs" / "kpis").exists()
    doc = parse_html(page)
    tag_texts = [e for e in doc.with_class("md-tag")]
    assert tag_texts, "KPI pages are tagged"


def test_search_index_holds_no_live_markup(built):
    for entry in search_index(built.site):
        if entry["location"].startswith(("kpis/new-leads/", "glossary/")):
            for key in ("title", "text"):
                value = entry.get(key, "")
                assert "<script" not in value and "<img" not in value, (entry["location"], value)


# --------------------------------------------------------------------------- line breaks

# Issue 13, defect 1: a blank line in a value split the HTML block around it (the chart's
# SVG kept line breaks), and Markdown read the rest: a fenced block with an attribute list
# became `<code onfocus=...>` that ran on load.
FENCE = "per month\n\n```{ tabindex=0 autofocus onfocus=alert(document.domain) }\nx\n```\n\n"
BREAKS = [FENCE, "a\n\n<img src=x onerror=alert(1)>\n\nb", "a\r\n\r\n[x](javascript:alert(1))",
          "a\n~~~{ onclick=alert(1) }\nb\n~~~\nc", "a\n    <script>alert(1)</script>\nb"]


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("loaded") / "kpis"
    write_catalog(folder, small_catalog())
    result = check_catalog(folder, today=TODAY)
    assert result.ok, [d.text() for d in result.errors]
    return result.catalog


@pytest.mark.parametrize("payload", BREAKS)
def test_line_breaks_in_any_text_stay_inside_their_html_block(loaded, payload):
    """Whatever the model accepts: every text field holds the payload, bypassing validation."""
    catalog = hostile_catalog(loaded, lambda path, value: f"{value} {payload}")
    pages = generate_pages(catalog, today=TODAY)
    assert all("alert(" in p.body for p in pages if p.kind == "kpi"), "the payload is missing"
    for page in pages:
        assert broken_html_blocks(page.body) == [], f"an HTML block of {page.src_uri} was split"
        for extensions in SITE_EXTENSIONS:
            doc = parse_html(markdown.markdown(page.body, extensions=extensions))
            for element in doc.elements:
                handlers = [a for a in element.attrs if a.startswith("on")]
                assert not handlers, f"<{element.tag} {handlers}> on {page.src_uri}"
                assert element.tag not in ("script", "img"), f"<{element.tag}> on {page.src_uri}"
                href = element.attrs.get("href", "").lower()
                assert not href.startswith("javascript:"), f"{href} on {page.src_uri}"


def test_the_chart_keeps_line_breaks_as_character_references(loaded):
    kpi = loaded.kpis["new-leads"]
    catalog = hostile_catalog(loaded, lambda path, value: f"{value}\n\n```x\n")
    page = next(p for p in generate_pages(catalog, today=TODAY)
                if p.src_uri == f"kpis/{kpi.id}/index.md")
    svg = page.body[page.body.index("<svg"):page.body.index("</svg>")]
    assert "&#10;&#10;&#96;&#96;&#96;x" in svg and "\n\n" not in svg


def test_the_reported_kpi_is_refused_or_built_safely(project):
    """The exact KPI of the report: either the model refuses the unit (a located error), or
    the site builds and the page holds no attribute from the payload."""
    catalog = small_catalog()
    catalog["marketing/new-leads.yml"]["measurement"]["unit"] = FENCE
    catalog["marketing/new-leads.yml"]["actuals"][0]["note"] = FENCE
    built = project(catalog).build()
    if built.returncode != 0:
        assert "new-leads.yml:" in built.output and "unit" in built.output, built.output
        return
    doc = parse_html(built.page("kpis/new-leads/"))
    assert [e.tag for e in doc.elements if "onfocus" in e.attrs or "autofocus" in e.attrs] == []
    assert "per month ```{ tabindex=0 autofocus" in " ".join(doc.text.split())


CHARACTERS = "nel\x85 csi\x9b del\x7f ls\u2028 ps\u2029 bom\ufeff rlo\u202e nc\uffff"


def test_front_matter_reads_back_whatever_characters_a_tag_holds(loaded):
    """One C1 control or separator in a department's name made MkDocs read the whole front
    matter as page text (shown on the page, and `render_macros: false` lost)."""
    from mkdocs.utils.meta import get_data

    catalog = hostile_catalog(loaded, lambda path, value: f"{value} {CHARACTERS}")
    for page in generate_pages(catalog, today=TODAY):
        body, meta = get_data(page.text)
        assert meta == page.meta, page.src_uri
        assert body == f"{page.body.rstrip()}\n\n{GENERATED_MARK}\n"
        assert meta["render_macros"] is False
    assert "\x85" not in str(esc_html(CHARACTERS)) and "\x9b" not in str(esc_html(CHARACTERS))


# --------------------------------------------------------------------------- macros

# Issue 13, defect 2: the macros escaped for HTML only, and a hand-written page is Markdown:
# a name `[x](javascript:alert(1))` became a live link wherever `kpi_link()` or
# `catalog_name()` was used.


def test_inline_macros_show_names_as_text_in_every_markdown_context(built):
    doc = parse_html(built.page(""))
    hrefs = [e.attrs.get("href", "") for e in doc.find("a")]
    assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")], hrefs
    assert not doc.find("em", title=True) and len(doc.find("em")) == 1, "only the page's *...*"
    for name in ("Test catalog", "New leads per month"):  # 6 places, and the page's nav
        assert doc.text.count(f"{name} P1 {SCRIPT} {IMG} {LINK} {MUSTACHE}") >= 6, name
    kpi_links = [e for e in doc.find("a") if e.attrs.get("href") == "kpis/new-leads/"]
    assert len(kpi_links) >= 6, "kpi_link() still links to the KPI"


@pytest.mark.parametrize("name", [
    "[x](javascript:alert(1))", "![x](data:image/svg+xml,<svg onload=alert(1)>)",
    "<javascript:alert(1)>", "*em* _em_ **b** `c` ==m== ^^i^^ ~~d~~", "{: onclick=alert(1) }",
    "[x]: javascript:alert(1)", "a\n\n[x](javascript:alert(1))", "<script>alert(1)</script>",
    "{{ 7*7 }} {% raw %}", "# heading", "1. list", "| a | b |",
])
def test_inline_macros_are_text_in_markdown(loaded, name):
    """Quick: the macros called directly, their output read by Markdown as a page would."""
    catalog = hostile_catalog(loaded, lambda path, value: name)
    macros = macros_of(Site(catalog, today=TODAY))
    calls = f"{macros['catalog_name']()} / {macros['kpi_link']('new-leads')}"
    for extensions in SITE_EXTENSIONS:
        html = markdown.markdown(hand_written_page(calls), extensions=extensions)
        doc = parse_html(html)
        tags = sorted({e.tag for e in doc.elements})
        assert tags == ["a", "blockquote", "em", "h1", "li", "p", "table", "tbody", "td", "th",
                        "thead", "tr", "ul"], html
        assert [e.attrs["href"] for e in doc.find("a")] == ["kpis/new-leads/"] * 6, html
        shown = " ".join(name.split())
        assert doc.text.count(f"{shown} / {shown}") == 6, html


@pytest.mark.parametrize("text", [
    "R&D", "Tom & Jerry", "a < b > c", "</title><script>top.__pwned=1</script>",
    "&copy 2026 &amp; &lt;b&gt; &#60;img&#62; &Dagger;", '"><img src=x onerror=alert(1)>',
    "Staff's \"A\" & B", "<!-- x --> <![CDATA[y]]> <?php ?>",
])
def test_theme_text_reads_as_written_as_html_and_as_text(text):
    """What `kpi render` writes into a page's front matter for Zensical, which puts it into
    HTML as it is and into its search as text: parsed as HTML (in an element, and in
    `<title>`) it is the text as written, with no element, and as text it differs only by
    zero-width spaces."""
    from kpi_catalog.escape import theme_text

    made = theme_text(text)
    assert made.replace("\u200b", "") == text
    for html in (f"<p>{made}</p>", f"<title>{made}</title>"):
        reader = tags_and_text(html)
        assert reader.tags == [html[1:html.index(">")]], (html, reader.tags)
        assert reader.text.replace("\u200b", "") == text, reader.text
