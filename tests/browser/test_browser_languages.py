"""The example site in both of its languages: every KPI, department and objective page in
English at the root and in Bahasa Indonesia under /id/, each linking its twin, each in its
own language (the theme's texts and the catalog's labels alike)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import material
import pytest
import yaml
from kpi_browser import REPO, Site, expect

from kpi_catalog.i18n.labels import EN, labels

pytestmark = pytest.mark.browser

OTHER = {"en": "id", "id": "en"}
FOLDER = {"en": "", "id": "id/"}


def registry_ids(name: str) -> list[str]:
    data = yaml.safe_load((REPO / "kpis" / f"{name}.yml").read_text(encoding="utf-8"))
    return [entry["id"] for entry in data[name]]


def catalog_pages(site: Site) -> list[str]:
    """Every KPI, department and objective page, as a path from a language's root."""
    return ([f"kpis/{kpi.id}/" for kpi in site.kpis]
            + [f"departments/{d}/" for d in registry_ids("departments")]
            + [f"objectives/{o}/" for o in registry_ids("objectives")])


TWIN = re.compile(r'<p class="kpi-languages"[^>]*>\s*<a href="([^"]+)" hreflang="([a-z]+)"')
HTML_LANG = re.compile(r'<html lang="([a-z]+)"')


def test_every_catalog_page_is_in_both_languages_and_links_its_twin(site):
    pages = catalog_pages(site)
    assert len(pages) > 40, "the example lost its pages"
    wrong = []
    for path in pages:
        for language, other in OTHER.items():
            here = "/" + FOLDER[language] + path
            file = Path(site.root, FOLDER[language], path, "index.html")
            if not file.is_file():
                wrong.append(f"{here}: missing")
                continue
            html = file.read_text(encoding="utf-8")
            lang = HTML_LANG.search(html)
            if not lang or lang.group(1) != language:
                wrong.append(f"{here}: <html lang> is {lang and lang.group(1)!r}")
            twin = TWIN.search(html)
            expected = "/" + FOLDER[other] + path
            if not twin or twin.group(2) != other \
                    or urlsplit(urljoin(here, twin.group(1))).path != expected:
                wrong.append(f"{here}: no link to {expected} ({twin and twin.groups()})")
    assert not wrong, "\n".join(wrong)


def test_the_twin_link_leads_to_the_same_page_in_the_other_language(site, page):
    kpi = site.showcase
    page.open(f"/id/kpis/{kpi.id}/")
    expect(page.locator("h1").first).to_contain_text(kpi.text("name", "id"))
    page.locator(".kpi-languages a[hreflang=en]").click()
    page.wait_for_url(lambda url: urlsplit(url).path == kpi.path)
    expect(page.locator("h1").first).to_contain_text(kpi.text("name", "en"))
    page.locator(".kpi-languages a[hreflang=id]").click()
    page.wait_for_url(lambda url: urlsplit(url).path == f"/id/kpis/{kpi.id}/")
    page.watch.check()


def test_the_indonesian_home_page_opens_in_indonesian_and_is_where_its_logo_leads(site, page):
    """/id/ is a page, not "page not found": the catalog in Indonesian, its status and its
    pages; its language link leads to the English home and back; the logo of an Indonesian
    page leads to it."""
    name = yaml.safe_load((REPO / "kpis" / "catalog.yml").read_text(encoding="utf-8"))[
        "translations"]["id"]["name"]
    page.open("/id/")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    expect(page.locator("h1").first).to_contain_text(name)
    expect(page.locator(".kpi-rollup__of")).to_contain_text("KPI aktif")
    expect(page.locator(".kpi-home-pages a")).to_have_text(
        ["Semua KPI", "Departemen", "Sasaran strategis", "Glosarium"])
    page.locator(".kpi-languages a[hreflang=en]").click()
    page.wait_for_url(lambda url: urlsplit(url).path == "/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.locator(".kpi-languages a[hreflang=id]").click()
    page.wait_for_url(lambda url: urlsplit(url).path == "/id/")
    expect(page.locator("h1").first).to_contain_text(name)
    page.open("/id/kpis/")
    page.locator("a.md-header__button.md-logo").click()
    page.wait_for_url(lambda url: urlsplit(url).path == "/id/")
    expect(page.locator("h1").first).to_contain_text(name)
    page.watch.check()


def test_an_indonesian_guide_is_in_the_indonesian_navigation_and_search(site, page):
    """A guide written by hand in docs/id/guide/ reads as an Indonesian page: in its
    language, under "Panduan" in the Indonesian navigation, linked to its English twin and
    back, and the search on it lists the Indonesian guides, not the English ones."""
    page.open("/id/guide/how-to-write-a-kpi/")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    expect(page.locator("h1").first).to_contain_text("Cara menulis KPI")
    expect(page.locator(".md-nav--primary .md-nav__item--active > label.md-nav__link")
           .first).to_contain_text("Panduan")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("sunting berkas", delay=20)
    hits = page.locator(".md-search-result__list a.md-search-result__link")
    expect(hits.first).to_have_attribute("href", re.compile(r"/id/guide/editing-yaml/"))
    paths = {urlsplit(h).path for h in hits.evaluate_all("els => els.map(e => e.href)")}
    assert all(path.startswith("/id/") for path in paths), paths
    page.open("/id/guide/how-to-write-a-kpi/")
    page.locator(".kpi-languages a[hreflang=en]").click()
    page.wait_for_url(lambda url: urlsplit(url).path == "/guide/how-to-write-a-kpi/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.locator(".kpi-languages a[hreflang=id]").click()
    page.wait_for_url(lambda url: urlsplit(url).path == "/id/guide/how-to-write-a-kpi/")
    page.watch.check()


# Every text a page shows or says, besides what is in scripts and styles: text nodes, the
# titles, labels, placeholders and alternatives of elements, and the document's title.
SHOWN_TEXTS = """() => {
  const out = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (parent && parent.closest("script, style, template")) continue;
    const text = walker.currentNode.textContent.trim();
    if (text) out.push(text);
  }
  for (const el of document.querySelectorAll("[title], [aria-label], [placeholder], [alt]")) {
    for (const name of ["title", "aria-label", "placeholder", "alt"]) {
      const value = el.getAttribute(name);
      if (value && value.trim()) out.push(value.trim());
    }
  }
  return out;
}"""


def theme_texts(language: str) -> dict[str, str]:
    """mkdocs-material's own texts in ``language`` (its partials/languages/<language>.html)."""
    folder = Path(material.__file__).parent / "templates" / "partials" / "languages"
    text = (folder / f"{language}.html").read_text(encoding="utf-8")
    return dict(re.findall(r'"([a-z.]+)": "([^"{}]*)"', text))


def foreign_labels(language: str) -> set[str]:
    """The labels of the other language that differ from ``language``'s: the catalog's
    (without placeholders) and the theme's. Short words are left out (a KPI text may hold
    them)."""
    mine, theirs = labels(language), labels(OTHER[language])
    found = {theirs[key] for key in EN if "{" not in EN[key] and theirs[key] != mine[key]}
    own_theme, other_theme = theme_texts(language), theme_texts(OTHER[language])
    found |= {text for key, text in other_theme.items()
              if key != "language" and own_theme.get(key) not in (None, text)}
    return {text for text in found if len(text) >= 6}


@pytest.mark.parametrize("language", ["id", "en"])
def test_no_label_of_the_other_language_on_a_page(site, page, language):
    foreign = foreign_labels(language)
    assert len(foreign) > 50, "the label tables lost their texts"
    kpi = site.showcase
    paths = ["kpis/", f"kpis/{kpi.id}/", "departments/", f"departments/{kpi.department}/",
             "objectives/", f"objectives/{kpi.objective}/", "glossary/"]
    wrong = []
    for path in paths:
        page.open("/" + FOLDER[language] + path)
        expect(page.locator("html")).to_have_attribute("lang", language)
        shown = set(page.evaluate(SHOWN_TEXTS))
        found = sorted(shown & foreign)
        if found:
            wrong.append(f"/{FOLDER[language]}{path}: {found}")
    assert not wrong, f"labels not in {language!r}:\n" + "\n".join(wrong)
    page.watch.check()
