"""The MkDocs plugin builds a catalog in two languages into one site: the first language's
pages at the root, the other's under `id/`, each page in its own language, the theme's
texts, title and navigation included, and mkdocs.yml's language back for the pages after."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from site_helpers import Document, small_catalog

PALETTE = [
    {"media": "(prefers-color-scheme: light)", "scheme": "default",
     "toggle": {"icon": "material/brightness-7"}},
    {"media": "(prefers-color-scheme: dark)", "scheme": "slate",
     "toggle": {"icon": "material/brightness-4"}},
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from site_helpers import make_project

    catalog = small_catalog()
    catalog["catalog.yml"] = {"name": "Test catalog", "language": "en", "languages": ["en", "id"],
                              "translations": {"id": {"name": "Katalog uji"}}}
    catalog["marketing/new-leads.yml"]["translations"] = {"id": {"name": "Prospek baru"}}
    project = make_project(tmp_path_factory.mktemp("two"), catalog,
                           docs={"index.md": "# Home\n\n{{ kpi_languages() }}\n\n"
                                             "## Part\n\nText.\n",
                                 "guide/one.md": "# One\n\n{{ kpi_languages() }}\n"},
                           theme={"language": "en", "palette": PALETTE},
                           markdown_extensions=[{"toc": {"permalink": True}}],
                           nav=["index.md", "kpis/index.md", "departments/index.md"],
                           site_name="Test catalog")
    result = project.build()
    assert result.returncode == 0, result.output
    return result


def page(built, path: str) -> Document:
    return Document((built.site / path).read_text(encoding="utf-8"))


def html_lang(document: Document) -> str:
    return document.find("html")[0].attrs["lang"]


def toggles(document: Document) -> list[str]:
    return [e.attrs.get("title", "") for e in document.find("label")
            if e.attrs.get("for", "").startswith("__palette")]


def permalinks(document: Document) -> set[str]:
    return {e.attrs.get("title", "") for e in document.with_class("headerlink")}


def nav_titles(document: Document) -> str:
    return " ".join(e.text or "" for e in document.with_class("md-nav__link")) + document.text


def test_a_hand_written_page_links_the_catalog_in_the_other_language_in_its_words(built):
    """A page written by hand has no twin: `kpi_languages()` gives the reader of the other
    language a way in, its home page, worded in that language, from any folder."""
    for path, href in (("index.html", "id/"), ("guide/one/index.html", "../../id/")):
        document = page(built, path)
        links = [a for a in document.find("a") if a.attrs.get("hreflang") == "id"]
        assert len(links) == 1, path
        assert links[0].attrs["href"] == href
        assert links[0].attrs["lang"] == "id"
        assert "Katalog dalam bahasa Indonesia" in document.text
    assert (built.site / "id" / "index.html").exists()


def test_each_page_of_the_other_language_speaks_it(built):
    kpi = page(built, "id/kpis/new-leads/index.html")
    assert html_lang(kpi) == "id"
    assert kpi.find("title")[0].text == "Prospek baru - Katalog uji"
    assert toggles(kpi) == ["Beralih ke mode gelap", "Beralih ke mode terang"]
    assert permalinks(kpi) <= {"Tautan permanen"}
    assert "Lewati ke isi" in kpi.text  # the theme's own texts
    assert "Skip to content" not in kpi.text
    # the navigation of the Indonesian pages: the twins of the generated pages only
    assert "Semua KPI" in kpi.text and "Departemen" in kpi.text
    assert "All KPIs" not in kpi.text and "Home" not in kpi.text


def logo(document: Document) -> str:
    return next(a.attrs["href"] for a in document.find("a")
                if "md-header__button" in a.attrs.get("class", ""))


def test_the_other_language_has_its_home_page_first_and_its_logo_leads_there(built):
    """`id/` is a page in Indonesian, the first of the Indonesian navigation: the logo of
    every Indonesian page leads to it, as the English pages' logo leads to the English
    home; it and the English home link each other."""
    home = page(built, "id/index.html")
    assert html_lang(home) == "id"
    assert "Katalog uji" in home.text
    assert "Ringkasan status" in home.text and "Cara menemukan KPI" in home.text
    assert "Lewati ke isi" in home.text and "Skip to content" not in home.text
    assert logo(home) == "./"
    assert logo(page(built, "id/kpis/new-leads/index.html")) == "../../"
    assert logo(page(built, "kpis/new-leads/index.html")) == "../.."
    twins = [a.attrs for a in home.find("a") if a.attrs.get("hreflang")]
    assert [(t["hreflang"], t["href"]) for t in twins] == [("en", "../")]
    english = [a.attrs["href"] for a in page(built, "index.html").find("a")
               if a.attrs.get("hreflang") == "id"]
    assert english == ["id/"]
    # the first link of the Indonesian navigation, on each Indonesian page
    for path in ("id/index.html", "id/departments/index.html"):
        links = [a.attrs["href"] for a in page(built, path).find("a")
                 if "md-nav__link" in a.attrs.get("class", "")]
        assert links[0] in ("./", "../"), (path, links)


def test_the_other_languages_home_page_names_the_catalog_once_in_the_tab(built):
    """The generated Indonesian home page is titled "Beranda" (home): the browser's tab
    reads "Beranda - <the catalog's name>", not the name twice (the theme writes the
    page's title before the site's name), and the navigation names it "Beranda", as the
    English home page of a project names it "Home"; its heading is the catalog's name."""
    assert page(built, "id/index.html").find("title")[0].text == "Beranda - Katalog uji"
    html = (built.site / "id" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<h1[^>]*>Katalog uji<", html)
    names = re.findall(r'class="md-nav__link[^"]*"[^>]*>\s*<span class="md-ellipsis">\s*'
                       r"([^<]*?)\s*<", html)
    assert names[0] == "Beranda" and "Semua KPI" in names and "Katalog uji" not in names


def test_an_indonesian_home_page_written_by_hand_is_used(tmp_path):
    """docs/id/index.md, written by hand: nothing is generated over it, it speaks
    Indonesian (theme and `<html lang>`) and it is the first page of the Indonesian
    navigation, where the logo of the Indonesian pages leads."""
    from site_helpers import make_project

    catalog = small_catalog()
    catalog["catalog.yml"] = {"name": "Test catalog", "language": "en", "languages": ["en", "id"],
                              "description": "What we *measure*.",
                              "translations": {"id": {"name": "Katalog uji",
                                                      "description": "Apa yang kami ukur."}}}
    project = make_project(tmp_path / "hand", catalog,
                           docs={"index.md": "# Home\n\n{{ kpi_languages() }}\n\n"
                                             "{{ catalog_description() }}\n",
                                 "id/index.md": "# Beranda kami\n\nDitulis tangan.\n\n"
                                                "{{ catalog_description() }}\n\n"
                                                "{{ kpi_languages() }}\n\n"
                                                "Lihat {{ kpi_link('new-leads') }}.\n\n"
                                                "{{ kpi_rollup() }}\n"},
                           nav=["index.md", "kpis/index.md"], site_name="Test catalog")
    result = project.build()
    assert result.returncode == 0, result.output
    home = page(result, "id/index.html")
    assert "Beranda kami" in home.text and "Ditulis tangan." in home.text
    assert "Ringkasan status" not in home.text  # not the generated page
    # the macro gives catalog.yml's description in the page's language, as text
    assert "<p>Apa yang kami ukur.</p>" in (result.site / "id" / "index.html").read_text(
        encoding="utf-8")
    english = page(result, "index.html")
    assert "What we *measure*." in english.text and not english.find("em"), "as text"
    # ... as every macro does on that page: its links lead to the Indonesian pages, its
    # words are Indonesian, and its language link leads to the English home page
    html = (result.site / "id" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="kpis/new-leads/">(<span[^>]*>)?New leads per month<', html)
    assert re.search(r'<a href="\.\./" hreflang="en"[^>]*>The catalog in English<', html)
    assert re.search(r">Status \d+ KPI aktif:<", html) and "Status of" not in html
    assert 'href="kpis/?lifecycle=active&amp;status=' in html
    assert html_lang(home) == "id" and "Lewati ke isi" in home.text
    assert logo(page(result, "id/kpis/index.html")) == "../"
    assert [a.attrs["href"] for a in page(result, "index.html").find("a")
            if a.attrs.get("hreflang") == "id"] == ["id/"]
    sitemap = (result.site / "id" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.org/catalog/id/</loc>" in sitemap


def test_a_rendered_home_page_replaced_by_hand_is_used_by_mkdocs_too(tmp_path):
    """`kpi render docs` wrote docs/id/index.md, then it was replaced by a page of one's
    own: a MkDocs build uses that page (the plugin drops what `kpi render` wrote for its
    own outputs, but not a home page replaced by hand, as `kpi render` takes it), before
    and after the next render; a rendered page left as written still makes way."""
    import os

    from click.testing import CliRunner
    from site_helpers import make_project

    from kpi_catalog.cli import main

    catalog = small_catalog()
    catalog["catalog.yml"] = {"name": "Test catalog", "language": "en", "languages": ["en", "id"],
                              "translations": {"id": {"name": "Katalog uji"}}}
    project = make_project(tmp_path / "rendered", catalog, docs={"index.md": "# Home\n"},
                           nav=["index.md", "kpis/index.md"], site_name="Test catalog")
    project.write_config()

    def render() -> None:
        old = Path.cwd()
        os.chdir(project.root)
        try:
            done = CliRunner().invoke(main, ["render", "docs"], catch_exceptions=False)
        finally:
            os.chdir(old)
        assert done.exit_code == 0, done.output

    render()
    home = project.root / "docs" / "id" / "index.md"
    assert "Ringkasan status" in home.read_text(encoding="utf-8")
    home.write_text("# Beranda kami\n\nDitulis tangan.\n", encoding="utf-8")
    for _ in range(2):  # before the next render, then after it
        result = project.build()
        assert result.returncode == 0, result.output
        built = page(result, "id/index.html")
        assert "Ditulis tangan." in built.text and "Ringkasan status" not in built.text
        assert "Semua KPI" in page(result, "id/kpis/index.html").text
        render()
    assert home.read_text(encoding="utf-8") == "# Beranda kami\n\nDitulis tangan.\n"


@pytest.mark.parametrize("path", ["index.html", "kpis/new-leads/index.html", "kpis/index.html"])
def test_the_first_languages_pages_keep_mkdocs_yml_s_language(built, path):
    # pages made after an Indonesian one (alphabetical order puts id/ among them)
    document = page(built, path)
    assert html_lang(document) == "en"
    assert toggles(document) == ["Switch to dark mode", "Switch to light mode"]
    assert document.find("title")[0].text.endswith("Test catalog")
    assert "Skip to content" in document.text and "Lewati ke isi" not in document.text
    assert "Semua KPI" not in document.text


def test_every_page_names_the_other_languages_folders_for_search(built):
    for path in ["index.html", "id/kpis/index.html"]:
        metas = page(built, path).find("meta", name="kpi-catalog-languages")
        assert [m.attrs["content"] for m in metas] == ["id/"]


def test_the_other_language_has_a_sitemap_of_its_pages(built):
    # mkdocs-material fetches sitemap.xml beside each alternate link (id/feed.xml's too)
    sitemap = (built.site / "id" / "sitemap.xml").read_text(encoding="utf-8")
    assert "https://example.org/catalog/id/kpis/new-leads/" in sitemap
    assert "<loc>https://example.org/catalog/kpis/" not in sitemap
    assert sitemap.count("<url>") == sitemap.count("</url>") > 3


def test_the_sitemap_lists_each_catalog_page_in_every_language(built):
    import gzip
    import xml.etree.ElementTree as ET

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9",
          "x": "http://www.w3.org/1999/xhtml"}
    text = (built.site / "sitemap.xml").read_text(encoding="utf-8")
    assert gzip.decompress((built.site / "sitemap.xml.gz").read_bytes()).decode() == text
    alternates = {}
    for url in ET.fromstring(text).findall("s:url", ns):
        loc = url.find("s:loc", ns).text
        alternates[loc] = {link.get("hreflang"): link.get("href")
                           for link in url.findall("x:link", ns) if link.get("rel") == "alternate"}
    both = {"en": "https://example.org/catalog/kpis/new-leads/",
            "id": "https://example.org/catalog/id/kpis/new-leads/"}
    assert alternates[both["en"]] == both
    assert alternates[both["id"]] == both
    homes = {"en": "https://example.org/catalog/", "id": "https://example.org/catalog/id/"}
    assert alternates[homes["en"]] == alternates[homes["id"]] == homes  # the home pages too
    assert alternates["https://example.org/catalog/guide/one/"] == {}  # by hand: one language


# One build as `mkdocs serve` makes it (the plugin told it serves), in a child process.
SERVED_BUILD = """
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
config = load_config(sys.argv[1], site_dir=sys.argv[2])
config.plugins.on_startup(command="serve", dirty=False)
try:
    build(config)
finally:
    config.plugins.on_shutdown()  # as `mkdocs serve` does when it stops
"""


def test_the_served_error_page_speaks_each_language_and_names_each_page_once(tmp_path):
    import re
    import subprocess
    import sys

    from site_helpers import ENV, make_project

    catalog = small_catalog()
    catalog["catalog.yml"] = {"name": "Test catalog", "language": "en", "languages": ["en", "id"],
                              "translations": {"id": {"name": "Katalog uji"}}}
    kpi = dict(catalog["marketing/new-leads.yml"])
    kpi["measurement"] = {k: v for k, v in kpi["measurement"].items() if k != "unit"}
    catalog["marketing/new-leads.yml"] = kpi  # an error: the unit is missing
    project = make_project(tmp_path / "p", catalog, theme={"language": "en"},
                           docs={"index.md": "# {{ catalog_name() }}\n\nHome.\n"},
                           nav=["index.md", "kpis/index.md", "departments/index.md",
                                "objectives/index.md", "glossary/index.md"],
                           site_name="Site of the test")
    site = tmp_path / "site"
    done = subprocess.run([sys.executable, "-c", SERVED_BUILD, str(project.write_config()),
                           str(site)], cwd=project.root, env=ENV, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr

    def nav_links(html: str) -> list[str]:
        return [text.strip() for text in re.findall(
            r'class="md-nav__link[^"]*"[^>]*>(?:\s*<[^>]+>)*\s*([^<]+)', html)]

    html = (site / "kpis" / "index.html").read_text(encoding="utf-8")
    english, links = Document(html), nav_links(html)
    # the navigation names the pages as it does without errors, not the errors four times
    assert "The KPI catalog has errors" not in links, links
    assert {"All KPIs", "Departments", "Strategic objectives", "Glossary"} <= set(links)
    # the home page's title is the catalog's name from catalog.yml, sound in spite of errors
    assert links[0] == "Test catalog" and "(not shown" not in html, links
    assert re.search(r"<h1[^>]*>The KPI catalog has errors", html)
    assert "marketing/new-leads.yml" in english.text

    # the broken KPI's own page too, in each language (it was a 404 under id/: no valid
    # build before, and the KPI did not load, so its address was known to no one)
    assert "marketing/new-leads.yml" in (site / "kpis/new-leads/index.html").read_text(
        encoding="utf-8")
    for path in ("id/kpis/index.html", "id/kpis/csat-range/index.html",
                 "id/kpis/new-leads/index.html"):
        html = (site / path).read_text(encoding="utf-8")
        indonesian = Document(html)
        assert html_lang(indonesian) == "id", path
        assert re.search(r"<h1[^>]*>Katalog KPI memiliki kesalahan", html), path
        assert "Kolom unit tidak ada" in indonesian.text  # the error's message, translated
        assert "marketing/new-leads.yml" in indonesian.text
        assert "The KPI catalog has errors" not in indonesian.text
        assert "The field" not in indonesian.text and "Skip to content" not in indonesian.text
        assert {"Semua KPI", "Departemen", "Sasaran strategis", "Glosarium"} <= set(nav_links(html))


def test_a_kpi_file_that_did_not_load_has_its_page_of_errors_only_under_a_valid_id(tmp_path):
    """Its name gives the address (the id the file must have); a name that is no id (upper
    case, spaces, markup) gives no page."""
    from kpi_catalog.model.catalog import Catalog
    from kpi_catalog.reading.loader import LoadResult
    from kpi_catalog.site.options import SiteOptions
    from kpi_catalog.site.serve_errors import error_addresses

    checked = LoadResult(Catalog(root=tmp_path, repo_root=tmp_path),
                         unreadable_ids={"new-leads", "Shouting", "two words", "<b>x</b>"})
    addresses = error_addresses(checked, SiteOptions(), [], ["", "id/"])
    assert {"kpis/new-leads/index.md", "id/kpis/new-leads/index.md"} <= set(addresses)
    assert not [a for a in addresses if "Shouting" in a or " " in a or "<" in a], addresses


def test_a_catalog_in_one_language_links_no_other(tmp_path):
    from site_helpers import make_project

    project = make_project(tmp_path / "one", small_catalog(),
                           docs={"index.md": "# Home\n\n{{ kpi_languages() }}\n\nText.\n"})
    result = project.build()
    assert result.returncode == 0, result.output
    home = Document((result.site / "index.html").read_text(encoding="utf-8"))
    assert not home.with_class("kpi-languages")
    assert not [a for a in home.find("a") if a.attrs.get("hreflang")]


@pytest.fixture(scope="module")
def guides(tmp_path_factory):
    """A guide written by hand in English and in Indonesian (`docs/id/guide/one.md`), and
    an Indonesian page that has no English twin."""
    from site_helpers import make_project

    catalog = small_catalog()
    catalog["catalog.yml"] = {"name": "Test catalog", "language": "en", "languages": ["en", "id"],
                              "translations": {"id": {"name": "Katalog uji"}}}
    catalog["marketing/new-leads.yml"]["translations"] = {"id": {"name": "Prospek baru"}}
    project = make_project(
        tmp_path_factory.mktemp("guides"), catalog,
        docs={"index.md": "# Home\n\n{{ kpi_languages() }}\n",
              "guide/one.md": "# One\n\nSee {{ kpi_link('new-leads') }}.\n",
              "guide/two.md": "# Two\n\nEnglish only.\n",
              "id/guide/one.md": "# Satu\n\nLihat {{ kpi_link('new-leads') }}.\n",
              "id/extra.md": "# Tambahan\n\nHanya dalam bahasa Indonesia.\n"},
        plugin={"nav_translations": {"id": {"Guide": "Panduan"}}},
        nav=["index.md", "kpis/index.md", {"Guide": ["guide/one.md", "guide/two.md"]}],
        site_name="Test catalog")
    result = project.build()
    assert result.returncode == 0, result.output
    return result


def html_of(built, path: str) -> str:
    return (built.site / path).read_text(encoding="utf-8")


def nav_links(html: str) -> list[str]:
    """The titles of the navigation's pages and sections, in order."""
    return re.findall(r'class="md-nav__link[^"]*"[^>]*>\s*<span class="md-ellipsis">\s*'
                      r"([^<]*?)\s*<", html)


def test_a_page_written_by_hand_in_the_other_languages_folder_speaks_it(guides):
    """`docs/id/guide/one.md` is an Indonesian page, as the generated ones: the theme's
    words, `<html lang>`, the Indonesian navigation (the guide in its English twin's
    section, named in Indonesian; a page without a twin after the catalog's pages), and its
    macros speak Indonesian and lead to the Indonesian pages."""
    guide = page(guides, "id/guide/one/index.html")
    assert html_lang(guide) == "id"
    assert "Lewati ke isi" in guide.text and "Skip to content" not in guide.text
    assert guide.find("title")[0].text == "Satu - Katalog uji"
    links = nav_links(html_of(guides, "id/guide/one/index.html"))
    assert "Panduan" in links and "Guide" not in links
    assert links.index("Semua KPI") < links.index("Satu") < links.index("Tambahan")
    assert "One" not in links and "Two" not in links and "Home" not in links
    html = (guides.site / "id" / "guide" / "one" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="\.\./\.\./kpis/new-leads/">(<span[^>]*>)?Prospek baru<', html)
    # ... and the English pages keep theirs
    english = page(guides, "guide/one/index.html")
    assert html_lang(english) == "en"
    assert "Tambahan" not in nav_links(html_of(guides, "guide/one/index.html"))


def test_a_page_written_by_hand_and_its_twin_link_each_other(guides):
    """As a generated page and its twin do, below the title, each link worded in the
    language it leads to; a page without a twin links none, and the sitemap names the two
    as twins."""
    def twins(path: str) -> list[tuple[str, str, str]]:
        return re.findall(r'<a href="([^"]*)" hreflang="([^"]*)"[^>]*>([^<]*)<',
                          html_of(guides, path))

    assert twins("id/guide/one/index.html") == [
        ("../../../guide/one/", "en", "This page in English")]
    assert twins("guide/one/index.html") == [
        ("../../id/guide/one/", "id", "Halaman ini dalam bahasa Indonesia")]
    assert twins("guide/two/index.html") == [] and twins("id/extra/index.html") == []
    sitemap = (guides.site / "sitemap.xml").read_text(encoding="utf-8")
    entry = re.search(r"<url>\s*<loc>https://example.org/catalog/id/guide/one/</loc>.*?</url>",
                      sitemap, re.S)
    assert entry is not None
    assert 'hreflang="en" href="https://example.org/catalog/guide/one/"' in entry.group(0)
    assert "<loc>https://example.org/catalog/id/guide/one/</loc>" in (
        guides.site / "id" / "sitemap.xml").read_text(encoding="utf-8")
