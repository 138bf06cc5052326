"""A site in Bahasa Indonesia shows no English of the configuration where a reader looks: the
palette toggles and the headings' permanent links are named in the catalog's language when
mkdocs.yml leaves them out, and the generated pages' navigation titles are their own."""

from __future__ import annotations

import pytest
from site_helpers import Document, small_catalog

PALETTE = [
    {"media": "(prefers-color-scheme)", "toggle": {"icon": "material/brightness-auto"}},
    {"media": "(prefers-color-scheme: light)", "scheme": "default",
     "toggle": {"icon": "material/brightness-7"}},
    {"media": "(prefers-color-scheme: dark)", "scheme": "slate",
     "toggle": {"icon": "material/brightness-4"}},
]
DOCS = {"index.md": "# Beranda\n\n## Bagian\n\nTeks.\n"}


def _build(project, language: str, palette=PALETTE, toc=None, **options):
    catalog = small_catalog()
    catalog["catalog.yml"]["language"] = language
    site = project(catalog, docs=DOCS, theme={"language": language, "palette": palette},
                   markdown_extensions=[{"toc": toc or {"permalink": True}}],
                   nav=["index.md", "kpis/index.md"], **options)
    built = site.build()
    assert built.returncode == 0, built.output
    return built


def _page(built, path: str) -> Document:
    return Document((built.site / path).read_text(encoding="utf-8"))


def _permalinks(document: Document) -> set[str]:
    return {e.attrs.get("title", "") for e in document.with_class("headerlink")}


def _toggles(document: Document) -> list[str]:
    return [e.attrs.get("title", "") for e in document.find("label")
            if e.attrs.get("for", "").startswith("__palette")]


@pytest.mark.parametrize(("language", "words"), [
    ("id", ["Ikuti pengaturan sistem", "Beralih ke mode gelap", "Beralih ke mode terang",
            "Tautan permanen", "Semua KPI"]),
    ("en", ["Switch to system preference", "Switch to dark mode", "Switch to light mode",
            "Permanent link", "All KPIs"]),
])
def test_the_theme_texts_are_in_the_catalogs_language(project, language, words):
    system, dark, light, permalink, overview = words
    built = _build(project, language)
    home = _page(built, "index.html")
    # each toggle says where it leads: system -> light -> dark -> system
    assert _toggles(home) == [light, dark, system]
    assert _permalinks(home) == {permalink}
    # the overview's navigation title and <title> are the page's own, in its language
    page = _page(built, "kpis/index.html")
    assert page.find("title")[0].text.startswith(f"{overview} - ")
    assert overview in home.text


def test_texts_written_in_mkdocs_yml_are_kept(project):
    named = {"icon": "material/brightness-7", "name": "Gelap saja"}
    palette = [{**PALETTE[1], "toggle": named}, PALETTE[2]]
    built = _build(project, "id", palette=palette,
                   toc={"permalink": True, "permalink_title": "Tautan ke bagian ini"})
    home = _page(built, "index.html")
    assert _toggles(home) == ["Gelap saja", "Beralih ke mode terang"]
    assert _permalinks(home) == {"Tautan ke bagian ini"}


def test_no_permalink_title_without_permalinks(project):
    built = _build(project, "id", toc={"permalink": False})
    home = _page(built, "index.html")
    assert _permalinks(home) == set() and "Tautan permanen" not in home.text
