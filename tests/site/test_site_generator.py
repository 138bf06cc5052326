"""The page generator on its own: no MkDocs involved."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import markdown
import pytest
import yaml
from site_helpers import TODAY, macros_of, parse_html, small_catalog, write_catalog

from kpi_catalog import escape as esc
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.site import Site, SiteOptions, generate_pages, render_site
from kpi_catalog.site.html_blocks import HtmlBlocksExtension
from kpi_catalog.site.page import GENERATED
from kpi_catalog.site.urls import page_url, relative_url


@pytest.fixture
def catalog(tmp_path):
    write_catalog(tmp_path / "kpis", small_catalog())
    result = check_catalog(tmp_path / "kpis", today=TODAY)
    assert result.ok, [d.text() for d in result.errors]
    return result.catalog


def front_matter(text: str) -> tuple[dict, str]:
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


def test_render_site_into_any_folder(catalog, tmp_path):
    out = tmp_path / "out"
    names = set(render_site(catalog, out, today=TODAY).written)
    assert names == {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()
                     and p.name != ".kpi-render.json"}
    assert {f"kpis/{k}/index.md" for k in catalog.kpis} <= names
    assert {f"departments/{d}/index.md" for d in catalog.departments} <= names
    assert {f"objectives/{o}/index.md" for o in catalog.objectives} <= names
    assert {"kpis/index.md", "departments/index.md", "objectives/index.md",
            "glossary/index.md"} <= names
    pages = [name for name in names if name.endswith(".md")]
    assert len(pages) == len(catalog.kpis) + len(catalog.departments) + len(
        catalog.objectives) + 4
    meta, body = front_matter((out / "kpis/new-leads/index.md").read_text(encoding="utf-8"))
    assert meta["render_macros"] is False
    assert meta["tags"] == ["pipeline", "email"]
    assert body.startswith("# New leads per month")


def test_the_generator_does_not_import_mkdocs(tmp_path):
    write_catalog(tmp_path / "kpis", small_catalog())
    code = (
        "import sys; from kpi_catalog.checking.check import check_catalog; "
        "from kpi_catalog.site import render_site; "
        f"r = check_catalog({str(tmp_path / 'kpis')!r}); "
        f"render_site(r.catalog, {str(tmp_path / 'out')!r}); "
        "bad = [m for m in sys.modules if m == 'mkdocs' or m.startswith(('mkdocs.', 'material'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "out" / "kpis" / "new-leads" / "index.md").exists()


def test_reading_and_rendering_a_catalog_leave_the_yaml_writer_out(tmp_path):
    """ruamel.yaml writes catalog files (`kpi new`, `kpi actuals`); a site build only reads
    them, and does without its 30 modules."""
    write_catalog(tmp_path / "kpis", small_catalog())
    code = (
        "import sys; from kpi_catalog.checking.check import check_catalog; "
        "from kpi_catalog.site import render_site; import kpi_catalog.site.plugin; "
        f"r = check_catalog({str(tmp_path / 'kpis')!r}); "
        f"render_site(r.catalog, {str(tmp_path / 'out')!r}); "
        "print(sorted(m for m in sys.modules if m.startswith('ruamel')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.splitlines()[-1] == "[]"
    assert (tmp_path / "out" / "kpis" / "new-leads" / "index.md").exists()


def test_pages_carry_their_yaml_path_for_edit_links(catalog):
    pages = {p.src_uri: p for p in generate_pages(catalog, today=TODAY)}
    assert pages["kpis/new-leads/index.md"].yaml_path.endswith("kpis/marketing/new-leads.yml")
    assert pages["departments/sales/index.md"].yaml_path.endswith("kpis/departments.yml")
    assert pages["objectives/grow-pipeline/index.md"].yaml_path.endswith("kpis/objectives.yml")
    assert pages["kpis/index.md"].yaml_path is None
    kinds = {p.kind for p in pages.values()}
    assert kinds == {"kpi", "department", "objective", "overview", "departments",
                     "objectives", "glossary"}
    assert not any(p.in_nav for p in pages.values() if p.kind == "kpi")


def test_a_kpi_url_depends_only_on_its_id(tmp_path):
    files = small_catalog()
    write_catalog(tmp_path / "a", files)
    moved = small_catalog()
    kpi = moved.pop("marketing/new-leads.yml")
    kpi["department"] = "sales"
    moved["sales/new-leads.yml"] = kpi
    write_catalog(tmp_path / "b", moved)
    srcs = []
    for folder in ("a", "b"):
        result = check_catalog(tmp_path / folder, today=TODAY)
        assert result.ok
        srcs.append({p.title: p.src_uri for p in generate_pages(result.catalog, today=TODAY)
                     if p.kind == "kpi"})
    assert srcs[0] == srcs[1]
    assert "kpis/new-leads/index.md" in srcs[0].values()


def _kpi_page(catalog, kpi_id: str):
    return next(p for p in generate_pages(catalog, today=TODAY)
                if p.src_uri == f"kpis/{kpi_id}/index.md")

def test_abbreviations_explain_glossary_words_used_in_the_text(catalog):
    page = _kpi_page(catalog, "sql-handover")
    assert "\n*[SQLs]: Sales-qualified lead, accepted by Sales.\n" in page.body
    html = markdown.markdown(front_matter(page.text)[1], extensions=["abbr"])
    abbrs = parse_html(html).find("abbr")
    assert abbrs and all(a.attrs["title"].startswith("Sales-qualified") for a in abbrs)


def test_options_change_folders_language_and_urls(catalog):
    options = SiteOptions(kpi_prefix="k", department_prefix="d", objective_prefix="o",
                          overview="all.md", glossary=None, language="id",
                          use_directory_urls=False)
    pages = {p.src_uri: p for p in generate_pages(catalog, today=TODAY, options=options)}
    assert "k/new-leads/index.md" in pages and "all.md" in pages
    assert not any(p.kind == "glossary" for p in pages.values())
    body = pages["k/new-leads/index.md"].body
    assert 'href="../../d/marketing/index.html"' in body
    assert "Nilai awal" in body and "31 Desember 2026" in body
    assert 'href="k/new-leads/index.html"' in pages["all.md"].body


def test_overview_rows_follow_the_dom_contract(catalog):
    overview = next(p for p in generate_pages(catalog, today=TODAY) if p.kind == "overview")
    html = markdown.markdown(overview.body, extensions=["abbr"])
    doc = parse_html(html)
    rows = doc.find("tr", data_kpi=True)
    assert [r.attrs["data-kpi"] for r in rows] == [
        "draft-idea", "csat-range", "deal-cycle", "new-leads", "sql-handover"]  # by name
    row = next(r for r in rows if r.attrs["data-kpi"] == "sql-handover")
    kpi = catalog.kpis["sql-handover"]
    assert row.attrs == {
        "data-kpi": "sql-handover", "data-department": "marketing",
        "data-objective": "grow-pipeline", "data-owner": "Marketing Operations Lead",
        "data-lifecycle": "active", "data-status": "on_track",
        "data-text": " ".join([kpi.statement, *kpi.tags]),  # for the text filter
    }
    assert doc.find("input", data_kpi_text_filter=True), "the text filter"
    selects = doc.find("select", data_kpi_filter=True)
    assert [s.attrs["data-kpi-filter"] for s in selects] == [
        "department", "objective", "owner", "lifecycle", "status"]
    empty = [e for e in doc.find("option") if e.attrs.get("value") == ""]
    assert len(empty) == 5, "each filter starts with an empty 'All' option"


def test_a_description_of_nothing_visible_has_no_section(catalog):
    """Blank lines and control characters only: no empty Background heading."""
    kpi = catalog.kpis["new-leads"].model_copy(update={"description": " \n\n \x00 "})
    catalog.kpis["new-leads"] = kpi
    page = _kpi_page(catalog, "new-leads")
    assert "## Background" not in page.body and "## Measurement" in page.body


def test_manual_status_and_silenced_rules_are_shown(catalog):
    page = _kpi_page(catalog, "sql-handover")
    text = parse_html(markdown.markdown(page.body)).text
    assert "On track set by hand" in text
    assert "Status set by hand: The CRM export is late this month." in text
    assert re.search(r"K111 ?: Counted differently from new leads\.", text)


def test_the_change_log_is_shown_with_its_dates_and_fields(catalog):
    page = _kpi_page(catalog, "sql-handover")
    body = page.body[page.body.index("## Change log"):]
    doc = parse_html(markdown.markdown(body[:body.index("</ul>") + 5]))
    assert doc.find("ul", class_="kpi-changelog")
    assert re.search(r"Change log 1 October 2026 ?: Handover rules changed\. \(for: target\)",
                     doc.text), doc.text
    assert doc.find("time")[0].attrs["datetime"] == "2026-10-01"


def test_only_web_and_mail_links_become_links(catalog):
    page = _kpi_page(catalog, "new-leads")
    doc = parse_html(markdown.markdown(page.body))
    external = [e.attrs["href"] for e in doc.find("a") if ":" in e.attrs["href"]]
    assert external == ["https://example.org/leads", "mailto:leads@example.org"]


# --------------------------------------------------------------------------- escaping

PAYLOADS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))",
    "{{ 7*7 }}", "{% endraw %}", "*em* and _em_", "`code`", "text {: onclick=alert(1) }",
    "<javascript:alert(1)>", "![x](y)", "[x]: javascript:alert(1)", "*[SQL]: injected",
    "# heading", "- item", "1. item", "> quote", "    indented", "===", "| a | b |",
    "--8<-- 'secret.txt'", "~~~\nfence", "```\nfence", "!!! note", ": definition", "[^1]",
    "a\\*b", "&lt;already&gt;", "==mark== ^^ins^^ ~~del~~ ++ctrl++ :smile: $x$",
    "www.x.example ftp.x.example", "https://x.example mail@x.example",
]
EXTENSIONS = ["abbr", "attr_list", "def_list", "footnotes", "tables", "admonition", "toc",
              "md_in_html", "pymdownx.magiclink"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_escape_shows_the_text_and_nothing_else(payload):
    html = markdown.markdown(f"{esc.markdown(payload)}\n", extensions=EXTENSIONS)
    doc = parse_html(html)
    assert [e.tag for e in doc.elements] == ["p"], html
    assert doc.text == " ".join(payload.split())


@pytest.mark.parametrize("payload", PAYLOADS)
def test_html_escape_inside_an_html_block_shows_the_text(payload):
    source = f'<div class="x">\n<p title="{esc.html(payload)}">{esc.html(payload)}</p>\n</div>\n'
    html = markdown.markdown(source, extensions=EXTENSIONS)
    doc = parse_html(html)
    assert [e.tag for e in doc.elements] == ["div", "p"], html
    assert doc.elements[1].attrs["title"] == payload.replace("\n", "\n")
    assert doc.text == " ".join(payload.split())
    assert "{{" not in source and "{%" not in source and "\n~~~" not in source


def test_paragraphs_split_at_blank_lines():
    assert esc.paragraphs("One\nline.\n\n  Two.\n \n\nThree.") == ["One line.", "Two.", "Three."]
    assert esc.paragraphs("") == []


def test_control_characters_are_dropped():
    assert esc.html("a\x02b\x03c") == "abc"
    assert esc.markdown("a\x00b") == "ab"


# --------------------------------------------------------------------------- URLs


@pytest.mark.parametrize(("src", "directory", "url"), [
    ("kpis/x/index.md", True, "kpis/x/"),
    ("kpis/index.md", True, "kpis/"),
    ("index.md", True, ""),
    ("glossary.md", True, "glossary/"),
    ("kpis/x/index.md", False, "kpis/x/index.html"),
    ("glossary.md", False, "glossary.html"),
])
def test_page_url_follows_mkdocs(src, directory, url):
    assert page_url(src, directory) == url
    from mkdocs.structure.files import File

    assert File(src, "/docs", "/site", directory).url == (url or "./")


@pytest.mark.parametrize(("to", "frm"), [
    ("departments/a/", "kpis/x/"), ("kpis/x/", "kpis/"), ("kpis/", "kpis/"), ("", "kpis/x/"),
    ("kpis/x/", ""), ("glossary.html", "kpis/x/index.html"), ("kpis/index.html", "index.html"),
    ("a/b/c/", "a/b/d/e/"),
])
def test_relative_url_matches_mkdocs(to, frm):
    from mkdocs.utils import get_relative_url

    expected = get_relative_url(to or ".", frm or ".")
    got = relative_url(to, frm)
    assert got.rstrip("/") == expected.rstrip("/") or (got, expected) == ("./", "."), \
        (got, expected)
    resolved = Path("/site", frm if frm.endswith("/") or not frm else str(Path(frm).parent), got)
    assert re.sub(r"/+$", "", str(resolved.resolve())) == re.sub(r"/+$", "", f"/site/{to}")


def test_the_html_blocks_extension_changes_no_page_and_passes_their_blocks_through(catalog):
    """kpi_catalog.site.html_blocks hands a generated page's HTML blocks to Markdown's store
    of raw HTML without parsing them: the HTML that comes out is the same."""
    extensions = ["abbr", "attr_list", "toc"]
    for page in generate_pages(catalog, today=TODAY):
        body = front_matter(page.text)[1]
        assert body.rstrip().endswith(GENERATED)
        plain = markdown.Markdown(extensions=extensions)
        fast = markdown.Markdown(extensions=[*extensions, HtmlBlocksExtension()])
        assert fast.convert(body) == plain.convert(body), page.src_uri


def test_the_html_blocks_extension_leaves_hand_written_pages_to_markdown():
    """Its blocks are what stands between blank lines, which is not Markdown's rule inside a
    code fence: only pages marked as generated (which have no fences) are its business."""
    text = "# Notes\n\n~~~html\n\n<div>shown as code</div>\n\n~~~\n"
    plain = markdown.markdown(text, extensions=["fenced_code"])
    fast = markdown.markdown(text, extensions=["fenced_code", HtmlBlocksExtension()])
    assert fast == plain and "&lt;div&gt;shown as code&lt;/div&gt;" in fast
    marked = text + "\n" + GENERATED + "\n"
    assert "<div>shown as code</div>" in markdown.markdown(
        marked, extensions=["fenced_code", HtmlBlocksExtension()]), "a generated page is"


def test_rollups_count_the_active_kpis_and_say_so():
    """Drafts are not agreed yet and retired KPIs are history: every roll-up counts the
    active KPIs (before, the overview's counted drafts too, the home page's did not), says
    how many, and links to the overview's rows of active KPIs in that status."""
    root = Path(__file__).resolve().parents[2] / "kpis"
    result = check_catalog(root, today=TODAY)
    catalog = result.catalog
    lifecycles = {k.lifecycle.value for k in catalog.kpis.values()}
    assert {"draft", "retired"} <= lifecycles, "the example catalog should hold both"
    active = [k for k in catalog.kpis.values() if k.lifecycle.value == "active"]
    options = SiteOptions(audience="internal")  # every KPI, the confidential one too
    pages = {p.src_uri: p.body for p in generate_pages(catalog, today=TODAY, options=options)}
    overview = pages["kpis/index.md"]
    counts = [int(n) for n in re.findall(r'kpi-rollup__count">(\d+)<', overview)]
    assert sum(counts) == len(active) < len(catalog.kpis)
    assert f"Status of {len(active)} active KPIs:" in overview
    links = re.findall(r'<a href="([^"]*status=[a-z_]+)"', overview)
    assert links and all("lifecycle=active&amp;status=" in link for link in links)
    for department in catalog.departments:
        body = pages[f"departments/{department}/index.md"]
        mine = [k for k in active if k.department == department]
        shown = [int(n) for n in re.findall(r'kpi-rollup__count">(\d+)<', body)]
        assert sum(shown) == len(mine), department
    macros = macros_of(Site(catalog, today=TODAY, options=options))
    assert sum(macros["kpi_counts"]().values()) == len(active)
    assert sum(macros["kpi_counts"](lifecycle="draft").values()) == len(
        [k for k in catalog.kpis.values() if k.lifecycle.value == "draft"])
    assert "Status of 2 retired KPIs:" in macros["kpi_rollup"](lifecycle="retired")
