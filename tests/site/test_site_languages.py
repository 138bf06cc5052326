"""A catalog in two languages has its site in both, from one run: the first language's pages
at the root, the other's under `id/`, each page in its language (texts, labels, dates),
linked to its twin, and a text without a translation shown as written, marked."""

from __future__ import annotations

import posixpath
import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

import catalog_factory as factory
from catalog_factory import INDONESIAN, TODAY, kpi_data, with_indonesian
from kpi_catalog import escape
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.cli import main
from kpi_catalog.model.language import Original
from kpi_catalog.site.languages import language_sites
from kpi_catalog.site.options import SiteOptions
from kpi_catalog.site.outputs import SiteFile, outputs_of
from kpi_catalog.site.page import GENERATED
from kpi_catalog.site.render import render_site
from kpi_catalog.site.urls import page_url

BILINGUAL = {"name": "Test", "language": "en", "languages": ["en", "id"],
             "translations": {"id": {"name": "Uji"}}}
DEPARTMENTS = [{**department, "translations": {"id": {"name": f"Departemen {department['id']}"}}}
               for department in factory.DEPARTMENTS]
OBJECTIVES = [factory.objective(translations={"id": {
    "name": "Tumbuh", "success": [{"id": "more", "description": "Lebih banyak."}]}})]
UNTRANSLATED = kpi_data(id="returns", name="Returned orders per month",
                        statement="Reduce returned orders from 120 to 80 by 31 December 2026.",
                        direction="lower_is_better", baseline={"value": 120},
                        target={"value": 80}, thresholds={"green": 90, "amber": 100})
"""A KPI with no Indonesian texts: the Indonesian site shows them in English, marked."""


def catalog(tmp_path: Path, kpis: list[dict], config: dict | None = None):
    """The catalog checked (its registries in both languages when it has two)."""
    config = BILINGUAL if config is None else config
    registries = {}
    if len(config.get("languages", ())) > 1:  # written in English, translated
        english = {"language": "en"} if config["language"] != "en" else {}
        registries = {"departments": [{**d, **english} for d in DEPARTMENTS],
                      "objectives": [{**o, **english} for o in OBJECTIVES]}
    folder = factory.write_catalog(tmp_path / "kpis", factory.catalog_files(
        kpis, config=config, **registries))
    result = check_catalog(folder, today=TODAY, repo_root=tmp_path)
    assert result.ok, [d.text() for d in result.errors]
    return result.catalog


@pytest.fixture
def rendered(tmp_path: Path) -> Path:
    """The site of a two-language catalog, rendered: one KPI translated, one not."""
    made = catalog(tmp_path, [with_indonesian(), UNTRANSLATED])
    report = render_site(made, tmp_path / "docs", today=TODAY)
    assert not report.problems
    return tmp_path / "docs"


def pages(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*.md")}


def twin_links(text: str) -> list[tuple[str, str]]:
    """The (hreflang, href) of the page's links to its twins."""
    block = re.search(r'<p class="kpi-languages"[^>]*>(.*?)</p>', text)
    if block is None:
        return []
    return re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)"[^>]*>', block.group(1))


def test_every_page_is_made_in_both_languages_at_the_same_path(rendered):
    english = {p for p in pages(rendered) if not p.startswith("id/")}
    indonesian = {p.removeprefix("id/") for p in pages(rendered) if p.startswith("id/")}
    # and the Indonesian home page: the English one is written by hand (docs/index.md)
    assert english | {"index.md"} == indonesian and "index.md" not in english
    assert {"kpis/index.md", "kpis/leads/index.md", "kpis/returns/index.md",
            "departments/index.md", "departments/marketing/index.md",
            "objectives/index.md", "objectives/grow/index.md",
            "glossary/index.md"} <= english
    # the stylesheet and the script once, for both
    assert (rendered / "assets/kpi-catalog/kpi-catalog.css").is_file()
    assert not (rendered / "id/assets").exists()


def test_each_page_links_its_twin_in_the_other_language(rendered):
    for src in pages(rendered):
        language = "id" if src.startswith("id/") else "en"
        other = "en" if language == "id" else "id"
        twin = src.removeprefix("id/") if language == "id" else "id/" + src
        if src == "id/index.md":  # no English home in the folder: the English overview
            twin = "kpis/index.md"
        links = twin_links((rendered / src).read_text(encoding="utf-8"))
        assert [hreflang for _, hreflang in links] == [other], src
        here = page_url(src)
        target = posixpath.normpath(posixpath.join(here, links[0][0])) + "/"
        assert target == page_url(twin), (src, links)


def test_each_language_reads_its_own_texts_labels_and_dates(rendered):
    english = (rendered / "kpis/leads/index.md").read_text(encoding="utf-8")
    indonesian = (rendered / "id/kpis/leads/index.md").read_text(encoding="utf-8")
    assert "# Sales-qualified leads per month" in english
    assert f"# {INDONESIAN['name']}" in indonesian
    assert INDONESIAN["statement"][:40] in indonesian and "Increase monthly" not in indonesian
    assert "31 December 2026" in english and "31 Desember 2026" in indonesian
    assert ">Baseline<" in english and ">Nilai awal<" in indonesian
    # each link to a twin in the words of the language it leads to, marked with it
    assert twin_words(english) == ["Halaman ini dalam bahasa Indonesia"]
    assert twin_words(indonesian) == ["This page in English"]
    assert 'hreflang="id" lang="id"' in english and 'hreflang="en" lang="en"' in indonesian
    for text in (english, indonesian):  # every text of this KPI is given in both
        assert "kpi-untranslated" not in text


def test_a_text_without_translation_is_shown_as_written_and_marked(rendered):
    page = (rendered / "id/kpis/returns/index.md").read_text(encoding="utf-8")
    marked = '<span class="kpi-untranslated" lang="en">'
    assert f"# {marked}Returned orders per month</span>" in page
    assert f"{marked}Reduce returned orders from 120 to 80" in page
    notice = re.search(r'<p class="kpi-notice kpi-notice--untranslated"[^>]*>(.*?)</p>', page)
    assert notice and "belum diterjemahkan ke bahasa Indonesia" in notice.group(1)
    assert "bahasa Inggris" in notice.group(1)
    # the overview lists it marked too, and says so; the English site has nothing to mark
    overview = (rendered / "id/kpis/index.md").read_text(encoding="utf-8")
    assert f"{marked}Returned orders per month</span></a>" in overview
    assert "kpi-notice--untranslated" in overview
    for src in pages(rendered):
        if not src.startswith("id/"):
            text = (rendered / src).read_text(encoding="utf-8")
            assert "kpi-untranslated" not in text, src


def test_an_untranslated_unit_is_marked_after_each_number_and_plain_elsewhere(rendered):
    """`Target: 80 leads per month` on the Indonesian page: the value's English unit was
    unmarked, in an Indonesian sentence (`Hijau mulai 90 leads per month`), wherever a
    number is said with it; in the site's text files it stays plain words."""
    page = (rendered / "id/kpis/returns/index.md").read_text(encoding="utf-8")
    unit = '<span class="kpi-untranslated" lang="en">leads per month</span>'
    assert f"<dd>80 {unit} paling lambat 31 Desember 2026</dd>" in page  # the target
    assert f"<dd>120 {unit} <span" in page  # the baseline, its date after it
    assert f">Hijau mulai 90 {unit}</li>" in page and f">Merah di atas 100 {unit}</li>" in page
    department = (rendered / "id/departments/marketing/index.md").read_text(encoding="utf-8")
    assert f"<td>80 {unit} <span" in department  # the KPI table's target
    chart = (rendered / "id/kpis/returns/chart.svg").read_text(encoding="utf-8")
    assert "80 leads per month paling lambat" in chart and "span" not in chart  # an image


def test_the_notice_is_only_where_an_untranslated_text_is_shown(rendered):
    # the translated KPI's page names no untranslated text: no notice
    page = (rendered / "id/kpis/leads/index.md").read_text(encoding="utf-8")
    assert "kpi-notice--untranslated" not in page
    body = page.split("---", 2)[2].replace(GENERATED, "")  # every page's last line
    assert "<!--" not in body  # the notice's place is not left behind


def test_a_one_language_catalog_makes_the_site_it_always_made(tmp_path):
    made = catalog(tmp_path, [kpi_data()], config={"name": "Test", "language": "en"})
    render_site(made, tmp_path / "docs", today=TODAY)
    assert not (tmp_path / "docs" / "id").exists()
    for src in pages(tmp_path / "docs"):
        text = (tmp_path / "docs" / src).read_text(encoding="utf-8")
        assert "kpi-languages" not in text and "kpi-untranslated" not in text, src


def test_the_plugin_option_language_makes_one_language_only(tmp_path):
    made = catalog(tmp_path, [with_indonesian()])
    sites = language_sites(made, today=TODAY, options=SiteOptions(language="id"))
    assert [site.language for site in sites] == ["id"] and sites[0].root == ""
    page = next(p for p in outputs_of(sites) if p.src_uri == "kpis/leads/index.md")
    assert f"# {INDONESIAN['name']}" in page.text and "kpi-languages" not in page.text


def test_the_indonesian_first_catalog_has_indonesian_at_the_root(tmp_path):
    config = {"name": "Uji", "language": "id", "languages": ["id", "en"]}
    kpi = kpi_data(**INDONESIAN, translations={"en": {
        "name": "Sales-qualified leads per month",
        "statement": "Increase monthly sales-qualified leads from 120 to 200 by 31 December "
                     "2026."}})
    made = catalog(tmp_path, [kpi], config=config)
    render_site(made, tmp_path / "docs", today=TODAY)
    root = (tmp_path / "docs/kpis/leads/index.md").read_text(encoding="utf-8")
    english = (tmp_path / "docs/en/kpis/leads/index.md").read_text(encoding="utf-8")
    assert f"# {INDONESIAN['name']}" in root and "# Sales-qualified leads per month" in english
    assert twin_links(root) == [("../../en/kpis/leads/", "en")]


def test_each_language_has_its_feeds_with_its_own_addresses(tmp_path):
    made = catalog(tmp_path, [with_indonesian()])
    options = SiteOptions(site_url="https://example.org/kpi/")
    files = {o.src_uri: o.data.decode() for o in outputs_of(
        language_sites(made, today=TODAY, options=options)) if isinstance(o, SiteFile)}
    assert {"feed.xml", "id/feed.xml"} <= set(files)
    assert 'xml:lang="id"' in files["id/feed.xml"] and 'xml:lang="en"' in files["feed.xml"]
    assert "https://example.org/kpi/id/kpis/" in files["id/feed.xml"]
    assert "https://example.org/kpi/id/" not in files["feed.xml"]


def test_hostile_text_stays_text_inside_its_mark():
    hostile = Original('<script>alert(1)</script> *x* [a](b)', "id")
    for made in (escape.text(hostile), escape.markdown(hostile),
                 *escape.paragraphs(hostile)):
        assert made.startswith('<span class="kpi-untranslated" lang="id">')
        assert "<script>" not in made and "&lt;script&gt;" in made
    assert escape.text("plain") == "plain" and escape.markdown("") == ""


def test_a_rule_page_is_linked_in_the_language_that_has_it(tmp_path):
    silenced = with_indonesian(silence=[{"rule": "K114", "reason": "A fixed phrase."}])
    made = catalog(tmp_path, [silenced])
    options = SiteOptions(existing_pages=frozenset({"rules/K114.md"}))
    made_pages = {o.src_uri: o.text for o in outputs_of(
        language_sites(made, today=TODAY, options=options)) if not isinstance(o, SiteFile)}
    assert 'href="../../rules/K114/"' in made_pages["kpis/leads/index.md"]
    assert "rules/K114" not in made_pages["id/kpis/leads/index.md"]  # no Indonesian page
    options = SiteOptions(existing_pages=frozenset({"rules/K114.md", "id/rules/K114.md"}))
    made_pages = {o.src_uri: o.text for o in outputs_of(
        language_sites(made, today=TODAY, options=options)) if not isinstance(o, SiteFile)}
    assert 'href="../../rules/K114/"' in made_pages["id/kpis/leads/index.md"]


def test_kpi_render_writes_both_languages(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    catalog(tmp_path, [with_indonesian(), UNTRANSLATED])
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(main, ["render", "docs", "--today", TODAY.isoformat()],
                              catch_exceptions=False)
    assert done.exit_code == 0, done.output
    assert (tmp_path / "docs/id/kpis/leads/index.md").is_file()
    assert (tmp_path / "docs/kpis/leads/index.md").is_file()
    manifest = yaml.safe_load((tmp_path / "docs/.kpi-render.json").read_text())
    assert "id/kpis/returns/index.md" in manifest["files"]
    # a catalog back in one language: the Indonesian pages it wrote are removed
    shutil.rmtree(tmp_path / "kpis")
    catalog(tmp_path, [kpi_data(), UNTRANSLATED], config={"name": "Test", "language": "en"})
    done = CliRunner().invoke(main, ["render", "docs", "--today", TODAY.isoformat()],
                              catch_exceptions=False)
    assert done.exit_code == 0, done.output
    assert not (tmp_path / "docs/id").exists()


def title_words(page) -> str:
    """The words a KPI page's heading holds hidden for search (empty when none)."""
    heading = next(line for line in page.body.splitlines() if line.startswith("# "))
    hidden = re.search(r'<span class="kpi-search-words" hidden>(.*?)</span>', heading)
    return hidden.group(1) if hidden else ""


def test_a_kpi_is_found_by_its_name_in_the_other_language_too(tmp_path):
    made = catalog(tmp_path, [with_indonesian(), UNTRANSLATED])
    english, indonesian = language_sites(made, today=TODAY)
    page = english.kpi_page(english.views["leads"])
    assert INDONESIAN["name"] in title_words(page)
    page = indonesian.kpi_page(indonesian.views["leads"])
    assert "Sales-qualified leads per month" in title_words(page)
    # a KPI without a translation has one name: nothing to add
    assert title_words(indonesian.kpi_page(indonesian.views["returns"])) == \
        title_words(english.kpi_page(english.views["returns"]))


def test_each_languages_pages_explain_the_glossarys_words_in_that_language(tmp_path):
    glossary = [{"term": "CRM", "definition": "The system that records every customer contact.",
                 "translations": {"id": {
                     "definition": "Sistem yang mencatat setiap kontak dengan pelanggan."}}}]
    kpi = kpi_data(name="CRM leads per month", translations={
        "id": {**INDONESIAN, "name": "Prospek CRM per bulan"}})
    folder = factory.write_catalog(tmp_path / "kpis", factory.catalog_files(
        [kpi], config=BILINGUAL, glossary=glossary,
        departments=[{**d, "language": "en"} for d in DEPARTMENTS],
        objectives=[{**o, "language": "en"} for o in OBJECTIVES]))
    result = check_catalog(folder, today=TODAY, repo_root=tmp_path)
    assert result.ok, [d.text() for d in result.errors]
    render_site(result.catalog, tmp_path / "docs", today=TODAY)
    # "CRM" is in the name in both languages: its tooltip is in the page's language
    english = (tmp_path / "docs/kpis/leads/index.md").read_text(encoding="utf-8")
    indonesian = (tmp_path / "docs/id/kpis/leads/index.md").read_text(encoding="utf-8")
    assert "*[CRM]: The system that records every customer contact." in english
    assert "*[CRM]: Sistem yang mencatat setiap kontak dengan pelanggan." in indonesian
    assert "The system that records" not in indonesian


# --- the home page of the other language (id/) ----------------------------------------


def made_pages(made, **options) -> dict[str, str]:
    """Each page of the site in both languages, by path, as written."""
    return {o.src_uri: o.text for o in outputs_of(language_sites(
        made, today=TODAY, options=SiteOptions(**options))) if not isinstance(o, SiteFile)}


def test_the_other_language_has_a_home_page_in_its_language(rendered):
    """`id/` is a page: the catalog's name, what it is, the status of its active KPIs and
    links to its pages, all in Indonesian."""
    home = (rendered / "id/index.md").read_text(encoding="utf-8")
    # titled Beranda (home), its heading the catalog's name: a tab reads "Beranda - <name>"
    assert '\ntitle: "Beranda"\n' in home and "\n# Uji\n" in home
    assert "Katalog indikator kinerja utama (KPI)" in home and "2 KPI." in home
    assert "## Ringkasan status" in home
    assert '<p class="kpi-rollup__of" data-search-exclude>Status 2 KPI aktif:</p>' in home
    assert 'href="kpis/?lifecycle=active&amp;status=' in home  # each count, its KPIs
    links = dict((text, href) for href, text in re.findall(
        r'<li><a href="([^"]+)">([^<]+)</a>', home))
    assert links == {"Semua KPI": "kpis/", "Departemen": "departments/",
                     "Sasaran strategis": "objectives/", "Glosarium": "glossary/"}
    for href in links.values():  # each one a page of the Indonesian site
        assert (rendered / "id" / href / "index.md").is_file(), href
    for english in ("All KPIs", "Departments", "Status at a glance", "How to find"):
        assert english not in home
    assert 'kpi_language: "id"' in home


def twin_words(text: str) -> list[str]:
    """The words of the page's links to its twins."""
    block = re.search(r'<p class="kpi-languages"[^>]*>(.*?)</p>', text)
    return re.findall(r"<a [^>]*>([^<]*)</a>", block.group(1)) if block else []


def test_the_home_pages_link_each_other(tmp_path):
    """With the first language's home page written by hand (docs/index.md), the two are
    twins: the Indonesian one links the English one (hreflang), "This page in English", in
    the words of the language it leads to; without it, the English overview, not an address
    that has no page, and its words say so: the catalog in English, not this page."""
    made = catalog(tmp_path, [with_indonesian()])
    written = made_pages(made, existing_pages=frozenset({"index.md"}))
    assert twin_links(written["id/index.md"]) == [("../", "en")]
    assert twin_words(written["id/index.md"]) == ["This page in English"]
    assert "index.md" not in written  # the English one is the hand-written page
    alone = made_pages(made)
    assert twin_links(alone["id/index.md"]) == [("../kpis/", "en")]
    assert twin_words(alone["id/index.md"]) == ["The catalog in English"]
    # every other page links its own twin, worded so, with or without an English home
    for pages in (written, alone):
        assert twin_words(pages["id/kpis/index.md"]) == ["This page in English"]
        assert twin_words(pages["kpis/index.md"]) == ["Halaman ini dalam bahasa Indonesia"]


def test_a_home_page_written_by_hand_is_used_and_none_is_generated(tmp_path):
    made = catalog(tmp_path, [with_indonesian()])
    written = made_pages(made, existing_pages=frozenset({"index.md", "id/index.md"}))
    assert "id/index.md" not in written and "id/kpis/index.md" in written


def test_a_catalog_in_one_language_has_no_generated_home_page(tmp_path):
    made = catalog(tmp_path, [kpi_data()], config={"name": "Test", "language": "en"})
    assert "index.md" not in made_pages(made)


def test_the_home_page_counts_and_names_no_kpi_the_audience_may_not_read(tmp_path):
    secret = with_indonesian(id="secret-kpi", name="Secret margin",
                             visibility="confidential")
    draft = with_indonesian(id="draft-kpi", lifecycle="draft")
    made = catalog(tmp_path, [with_indonesian(), secret, draft])
    public = made_pages(made, audience="public")["id/index.md"]
    assert "2 KPI." in public and "Status 1 KPI aktif:" in public  # the draft is not active
    assert "secret" not in public.lower()
    internal = made_pages(made, audience="internal")["id/index.md"]
    assert "3 KPI." in internal and "Status 2 KPI aktif:" in internal


def test_the_home_page_writes_the_catalogs_name_as_text(tmp_path):
    hostile = '<script>alert(1)</script> *x* [a](https://e.org) {{ 7*7 }}'
    config = {**BILINGUAL, "translations": {"id": {"name": hostile}}}
    made = catalog(tmp_path, [with_indonesian()], config=config)
    home = made_pages(made)["id/index.md"]
    heading = next(line for line in home.splitlines() if line.startswith("# "))
    assert "<script>" not in home and "&lt;script&gt;" in heading
    assert "*x*" not in heading and "[a](" not in heading and "{{" not in heading
    assert "render_macros: false" in home


def test_the_home_page_says_what_the_catalog_is_for_in_its_language(tmp_path):
    """catalog.yml's `description`, translated, leads the home page; an untranslated one
    is shown as written, marked; hostile text stays text."""
    config = {**BILINGUAL, "description": "The KPIs of our shops.",
              "translations": {"id": {"name": "Uji", "description":
                                      "KPI toko kami.\n\n<script>alert(1)</script> *x*"}}}
    home = made_pages(catalog(tmp_path / "a", [with_indonesian()], config=config))["id/index.md"]
    intro = home.index("KPI toko kami.")
    assert intro < home.index("Katalog indikator kinerja utama (KPI)")
    assert "The KPIs of our shops." not in home
    assert "<script>" not in home and "*x*" not in home and "&lt;script&gt;alert(1)" in home
    untranslated = {**BILINGUAL, "description": "The KPIs of our shops."}
    home = made_pages(catalog(tmp_path / "b", [with_indonesian()], untranslated))["id/index.md"]
    assert '<span class="kpi-untranslated" lang="en">The KPIs of our shops.</span>' in home
    assert 'class="kpi-notice kpi-notice--untranslated"' in home


def test_the_catalog_feed_of_each_language_has_its_description_as_subtitle(tmp_path):
    config = {**BILINGUAL, "description": "The KPIs of our\nshops <b>.",
              "translations": {"id": {"name": "Uji", "description": "KPI toko kami."}}}
    made = catalog(tmp_path, [with_indonesian()], config=config)
    files = {o.src_uri: o.data.decode() for o in outputs_of(language_sites(
        made, today=TODAY, options=SiteOptions(site_url="https://example.org/kpi/")))
        if isinstance(o, SiteFile)}
    assert "<subtitle>The KPIs of our shops &lt;b&gt;.</subtitle>" in files["feed.xml"]
    assert "<subtitle>KPI toko kami.</subtitle>" in files["id/feed.xml"]


def test_under_zensical_the_macros_of_the_indonesian_project_show_the_indonesian_site(tmp_path):
    """Zensical builds docs/id as a project of its own (zensical-id.yml): the macros of a
    page written by hand there find the catalog `kpi render docs` wrote, in Indonesian (they
    said to run `kpi render docs/id`, which would render the catalog into the wrong place)."""
    from types import SimpleNamespace

    from kpi_catalog.site import macros

    config = {**BILINGUAL, "description": "Our KPIs.",
              "translations": {"id": {"name": "Uji", "description": "KPI kami."}}}
    made = catalog(tmp_path, [with_indonesian()], config=config)
    render_site(made, tmp_path / "docs", today=TODAY)
    found: dict = {}
    for docs in ("docs/id", "docs"):
        found.clear()
        env = SimpleNamespace(conf={"root_dir": str(tmp_path), "docs_dir": docs},
                              page=SimpleNamespace(path="index.md", meta={}),
                              macro=lambda f: found.setdefault(f.__name__, f))
        macros.define_env(env)
        if docs == "docs/id":
            assert found["catalog_name"]() == "Uji"
            assert "KPI kami." in found["catalog_description"]()
            assert "Status 1 KPI aktif:" in found["kpi_rollup"]()
            assert 'href="kpis/leads/">Prospek siap jual' in found["kpi_link"]("leads")
            # the English home is the next project's, one folder up
            assert 'href="../" hreflang="en"' in found["kpi_languages"]()
        else:
            assert found["catalog_name"]() == "Test"
            assert "Our KPIs." in found["catalog_description"]()
            assert 'href="id/" hreflang="id"' in found["kpi_languages"]()


def test_the_objective_tree_names_the_language_of_an_untranslated_name(rendered):
    """The tree is an SVG, where the site's mark (a span) cannot go: the `<text>` of a name
    shown untranslated says its language itself, and screen readers read `Returned orders
    per month` as English on the Indonesian page."""
    page = (rendered / "id/objectives/grow/index.md").read_text(encoding="utf-8")
    tree = page[page.index("<svg"):page.index("</svg>")]
    texts = re.findall(r"<(text)([^>]*)>(?:<tspan[^>]*>)?([^<]*)", tree)
    untranslated = [attrs for tag, attrs, words in texts if words.startswith("Returned orders")]
    assert untranslated and all('lang="en"' in attrs for attrs in untranslated), texts
    translated = [attrs for tag, attrs, words in texts if words.startswith("Lebih banyak")]
    assert translated and not any("lang=" in attrs for attrs in translated), texts
    english = (rendered / "objectives/grow/index.md").read_text(encoding="utf-8")
    assert "lang=" not in english[english.index("<svg"):english.index("</svg>")]


def test_the_charts_caption_marks_an_untranslated_name_inside_its_sentence(tmp_path):
    """`Tren <span lang="en">Returned orders per month</span>`: the caption's own words are
    the page's, the name is the KPI's as written."""
    measured = {**UNTRANSLATED, "actuals": [{"period": "2026-06", "value": 100}]}
    render_site(catalog(tmp_path, [measured]), tmp_path / "docs", today=TODAY)
    page = (tmp_path / "docs/id/kpis/returns/index.md").read_text(encoding="utf-8")
    caption = re.search(r"<figcaption>(.*?)</figcaption>", page)
    assert caption, "the KPI with values has a chart with a caption"
    assert ('<span class="kpi-untranslated" lang="en">Returned orders per month</span>'
            in caption.group(1)), caption.group(1)
