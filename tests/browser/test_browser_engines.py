"""The example built by each site engine works in a browser: MkDocs with the plugin (the site
the other browser tests use), ProperDocs with the same plugin, and Zensical from the pages
`kpi render` wrote. Each site has every KPI, department and objective page of the MkDocs
build, its pages load without a console error (charts shown, the overview's filters at
work), its search index holds every public KPI's name (and no file the confidential KPI),
and its search finds a KPI by its name."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from kpi_browser import (
    DESKTOP,
    PHONE,
    REPO,
    TIMEOUT_MS,
    PageWatch,
    expect,
    missing,
    read_yaml_kpis,
    serve,
)

from kpi_catalog.i18n.labels import Labels

pytestmark = pytest.mark.browser

ENV = os.environ | {"NO_MKDOCS_2_WARNING": "1"}
ENGINES = ("mkdocs", "properdocs", "zensical")
PROJECT = ("mkdocs.yml", "zensical.yml", "zensical-id.yml", "docs", "kpis", "overrides",
           "examples/dbt/target/semantic_manifest.json")  # the example's semantic metrics


def _run(argv: list[str], cwd: Path) -> None:
    done = subprocess.run(argv, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=600)
    if done.returncode:
        pytest.fail(f"{' '.join(argv)} failed ({done.returncode}):\n{done.stdout}\n"
                    f"{done.stderr}"[-4000:], pytrace=False)


def _tool(name: str) -> str:
    """The engine's command: $KPI_ZENSICAL for Zensical (`nox -s tests` installs it in a venv
    of its own), else beside this Python or on PATH."""
    found = os.environ.get(f"KPI_{name.upper()}") or shutil.which(
        name, path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
    if found is None:
        missing(f"{name} is not installed", "Run `nox -s tests`, which installs it, or "
                f"`pip install -e '.[{name}]'` (Zensical: in a venv without the semantic extra, "
                "named by KPI_ZENSICAL).")
    return str(found)


def build(engine: str, work: Path, site_dir: Path) -> Path:
    """The example built by ``engine`` from a copy of the repository; the built folder."""
    if engine == "mkdocs":
        return site_dir  # the session's site, built by conftest.py
    _copy_example(work)
    if engine == "properdocs":
        _run([_tool("properdocs"), "build", "--strict", "-d", str(work / "site")], work)
        return work / "site"
    _run([_tool("kpi"), "render", "docs"], work)
    build_zensical(work)
    return work / "site-zensical"


def build_zensical(work: Path) -> None:
    """The example's Zensical projects as `nox -s zensical` builds them: the site, then its
    Indonesian pages (a project of their own: one language and search index each)."""
    _run([_tool("zensical"), "build", "--clean", "-f", "zensical.yml"], work)
    _run([_tool("zensical"), "build", "-f", "zensical-id.yml"], work)


def _copy_example(work: Path) -> None:
    """The example's project (configuration, hand-written pages, catalog) in ``work``:
    without what a `kpi render docs` of this checkout (`nox -s zensical`) left in docs/,
    which the plugin refuses as pages written by hand (`docs/feed.xml is written by hand`)."""
    manifest = REPO / "docs" / ".kpi-render.json"
    rendered = set(json.loads(manifest.read_text(encoding="utf-8"))["files"]) \
        if manifest.is_file() else set()
    folders = shutil.ignore_patterns(".kpi-render.json", "kpis", "departments", "objectives",
                                     "glossary", "kpi-catalog")

    def left_out(folder: str, names: list[str]) -> set[str]:
        inside = Path(folder).relative_to(REPO / "docs")
        return folders(folder, names) | {name for name in names
                                         if (inside / name).as_posix() in rendered}

    for name in PROJECT:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, work / name, ignore=left_out if name == "docs" else None)
        elif source.exists():
            (work / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, work / name)


@pytest.fixture(scope="module", params=ENGINES)
def engine_site(request, site_dir: Path, tmp_path_factory) -> Iterator[tuple[str, Path, str]]:
    """(engine, built folder, URL of the served folder)."""
    built = build(request.param, tmp_path_factory.mktemp(request.param), site_dir)
    with serve(built) as url:
        yield request.param, built, url


@pytest.fixture
def watched(engine_site, browser) -> Iterator[tuple[object, PageWatch]]:
    """A desktop page in a fresh context on the engine's site, and its watch."""
    url = engine_site[2]
    context = browser.new_context(viewport=DESKTOP, base_url=url, service_workers="block")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    watch = PageWatch(url)
    watch.attach(context, page)
    yield page, watch
    context.close()


def visit(page, path: str) -> None:
    """Go to a path of the site; the page before has finished loading (leaving a page while
    its search index loads aborts that request: normal for a browser, noise for the watch)."""
    if page.url != "about:blank":
        page.wait_for_load_state("networkidle")
    response = page.goto(path, wait_until="load")
    assert response is not None and response.status == 200, f"{path}: {response}"


def test_on_a_phone_a_code_block_that_scrolls_takes_the_keyboards_focus(engine_site, browser):
    """On a phone (no hover) a code block too wide for it scrolls sideways; a keyboard user
    must be able to focus it to scroll it. kpi-catalog.js gives it the focus under every
    engine, on a page written by hand (the status guide's wide code block)."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True,
                                  base_url=engine_site[2], service_workers="block")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    try:
        visit(page, "status/")
        code = page.locator("pre > code:has-text('one-off rebate')").first
        assert code.evaluate("el => el.scrollWidth > el.clientWidth"), "does not scroll"
        expect(code).to_have_attribute("tabindex", "0")
        code.focus()
        assert page.evaluate("document.activeElement.tagName") == "CODE"
    finally:
        context.close()


def pages_of(built: Path, folder: str) -> set[str]:
    return {p.parent.name for p in (built / folder).glob("*/index.html")}


RELATIVE_LINK = re.compile(r'\b(?:href|src)="([^"#?:/<\s][^"#?:<\s]*)(?=["#?])')


def _followed(folder: tuple[str, ...], link: str) -> tuple[str, ...] | None:
    """Where ``link`` leads from a page in ``folder``, as a path of the site; None when it
    climbs above the site's root (a browser stops it there at a domain's root, but a site
    published under a path, `/kpi-catalog/`, loses its first part)."""
    parts = list(folder)
    for part in unquote(unescape(link)).split("/"):
        if part == "..":
            if not parts:
                return None
            parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return tuple(parts)


def test_the_links_of_pages_written_by_hand_lead_to_pages_of_the_site(engine_site):
    """The home page, the guides (in each language) and the references link catalog pages
    through the macros (`kpi_card`, `kpi_link`...) and each other. Under Zensical a card on a
    guide led one folder too high (`../../../kpis/x/` from `guide/how-to-write-a-kpi/`):
    Zensical takes a page's relative links as relative to its Markdown file."""
    engine, built, _ = engine_site
    pages = [built / "index.html", built / "id" / "index.html",
             *built.glob("guide/*/index.html"), *built.glob("id/guide/*/index.html"),
             *built.glob("reference/*/index.html")]
    problems, followed = [], 0
    for page in pages:
        folder = page.parent.relative_to(built).parts
        for link in sorted(set(RELATIVE_LINK.findall(page.read_text(encoding="utf-8")))):
            target = _followed(folder, link)
            followed += 1
            if target is None:
                problems.append(f"{page.relative_to(built)}: {link} climbs above the site")
            elif not ((built.joinpath(*target)).is_file()
                      or (built.joinpath(*target) / "index.html").is_file()):
                problems.append(f"{page.relative_to(built)}: {link} leads nowhere")
    assert followed > 100, f"{engine}: only {followed} links"
    assert not problems, f"{engine}:\n  " + "\n  ".join(problems[:20])


def test_every_kpi_department_and_objective_page_is_built(engine_site, site_dir):
    engine, built, _ = engine_site
    for folder in ("kpis", "departments", "objectives"):
        expected = pages_of(site_dir, folder)
        assert expected, f"the MkDocs build has no {folder}/ pages"
        assert pages_of(built, folder) == expected, f"{engine}: {folder}/"
    for page in ("kpis/index.html", "glossary/index.html", "index.html"):
        assert (built / page).is_file(), f"{engine}: {page}"


def test_each_language_has_a_sitemap_of_its_pages(engine_site, site_dir):
    """`id/sitemap.xml` lists the Indonesian pages (the plugin writes it under MkDocs;
    under Zensical the Indonesian project does): before, Zensical's site had none."""
    engine, built, _ = engine_site
    sitemap = (built / "id" / "sitemap.xml").read_text(encoding="utf-8")
    for folder in ("kpis", "departments", "objectives"):
        for name in pages_of(site_dir, folder):
            assert f"/id/{folder}/{name}/</loc>" in sitemap, f"{engine}: id/{folder}/{name}"


def search_index(engine: str, built: Path) -> list[dict]:
    """The entries of the engine's search index: mkdocs-material's or Zensical's own (one
    per language: the Indonesian pages are a project of their own, their locations made
    the site's here)."""
    if engine == "zensical":
        items = json.loads((built / "search.json").read_text(encoding="utf-8"))["items"]
        theirs = json.loads((built / "id" / "search.json").read_text(encoding="utf-8"))["items"]
        return items + [{**item, "location": "id/" + item["location"]} for item in theirs]
    return json.loads((built / "search" / "search_index.json").read_text(
        encoding="utf-8"))["docs"]


def test_the_search_index_holds_every_public_kpi_by_its_name(engine_site):
    """Every KPI the public site shows is in the engine's index under its name, at its page,
    in each language (the name its file gives for that language, else as written; a title
    is HTML: ``&`` is ``&amp;``). The confidential KPI is in no file of the site."""
    engine, built, _ = engine_site
    kpis = read_yaml_kpis()
    public = {i: data for i, (_, data) in kpis.items()
              if data.get("visibility") != "confidential"}
    assert len(public) < len(kpis), "the example has no confidential KPI to leave out"
    titles: dict[str, list[str]] = {}
    for entry in search_index(engine, built):
        titles.setdefault(entry["location"], []).append(unescape(entry["title"]))
    for kpi_id, data in public.items():
        for language, folder in (("en", "kpis"), ("id", "id/kpis")):
            name = ((data.get("translations") or {}).get(language) or {}).get("name") \
                or data["name"]
            found = titles.get(f"{folder}/{kpi_id}/", [])
            assert any(t.startswith(name) for t in found), f"{engine}: {name!r} -> {found}"
    secret = next(data for _, data in kpis.values() if data.get("visibility") == "confidential")
    for path in built.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml", ".txt", ".svg"):
            text = path.read_text(encoding="utf-8")
            assert secret["id"] not in text and secret["name"] not in text, f"{engine}: {path}"


def test_a_kpi_page_links_the_catalog_feed_and_its_department_feed(engine_site):
    """Under MkDocs and ProperDocs the plugin links them; under Zensical its theme override
    does, from the page's front matter."""
    engine, built, _ = engine_site
    page = built / "kpis" / "online-gmv" / "index.html"
    links = re.findall(r'<link rel="alternate" type="application/atom\+xml" [^>]*'
                       r'href="([^"]+)"', page.read_text(encoding="utf-8"))
    assert [Path(href).name for href in links] == ["feed.xml", "feed-sales.xml"], engine
    for href in links:
        assert (page.parent / href).resolve().is_file(), f"{engine}: {href}"


def test_a_hand_written_page_links_the_catalog_feed(engine_site):
    """The home page is where a feed reader looks for a site's feed: under Zensical the
    hand-written pages (the English home page among them) linked none, the Indonesian home
    page (generated) its own."""
    engine, built, _ = engine_site
    for page in (built / "index.html", built / "status" / "index.html"):
        links = re.findall(r'<link rel="alternate" type="application/atom\+xml" [^>]*'
                           r'href="([^"]+)"', page.read_text(encoding="utf-8"))
        assert [Path(href).name for href in links] == ["feed.xml"], f"{engine}: {page}"
        assert (page.parent / links[0]).resolve() == built / "feed.xml", f"{engine}: {page}"


def test_pages_of_the_other_language_are_in_that_language(engine_site):
    """The catalog's pages in its other language (id/) say so to the browser and to screen
    readers (`<html lang="id">`), and the theme's own words are in it: under MkDocs and
    ProperDocs through the plugin, under Zensical through its theme override, from the
    page's front matter. Pages of the first language stay in the theme's language."""
    engine, built, _ = engine_site
    for path in ("id/kpis/online-gmv/index.html", "id/departments/sales/index.html",
                 "id/kpis/index.html", "id/index.html"):
        html = (built / path).read_text(encoding="utf-8")
        assert '<html lang="id"' in html, f"{engine}: {path}"
        assert "Lewati ke isi" in html and "Skip to content" not in html, f"{engine}: {path}"
    english = (built / "kpis" / "online-gmv" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in english and "Skip to content" in english, engine


def test_the_palette_toggles_are_named_in_the_pages_language(engine_site):
    """Screen readers say a toggle's name: under Zensical, which runs no plugin, the light
    and dark toggles were named "none" (its template writes a missing name so)."""
    engine, built, _ = engine_site
    for path, language in (("kpis/online-gmv/index.html", "en"), ("guide/new-kpi/index.html", "en"),
                           ("id/kpis/online-gmv/index.html", "id"), ("id/index.html", "id")):
        html = (built / path).read_text(encoding="utf-8")
        names = re.findall(r'<input class="md-option"[^>]*?aria-label="([^"]*)"', html)
        t = Labels(language)
        assert names == [t["site.to_dark"], t["site.to_light"]], f"{engine}: {path}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_highlighted_code_has_enough_contrast(engine_site, browser, axe_source, scheme):
    """Zensical highlights code blocks (MkDocs, as mkdocs.yml is, does not) in the theme's
    colours: comments, variables and a command's output at 4.47:1 on the light scheme,
    numbers and constants at 4.44:1 on the dark one (WCAG AA asks 4.5:1)."""
    engine, _, url = engine_site
    context = browser.new_context(viewport=DESKTOP, base_url=url, color_scheme=scheme,
                                  service_workers="block")
    context.set_default_timeout(TIMEOUT_MS)
    try:
        page = context.new_page()
        page.goto("/guide/monthly-update/", wait_until="load")
        page.add_script_tag(path=str(axe_source))
        found = page.evaluate("""async () => (await axe.run({include: [['.md-content pre']]},
            {runOnly: ['color-contrast']})).violations.flatMap(v => v.nodes.map(n =>
            n.target.join(' ') + ': ' + n.failureSummary.split('\\n').slice(1).join(' ')))""")
    finally:
        context.close()
    assert not found, f"{engine} ({scheme}):\n  " + "\n  ".join(found[:8])


def test_the_other_languages_home_page_is_built_and_links_the_first_ones(engine_site):
    """`id/` is the Indonesian home page under every engine (generated: the example has no
    docs/id/index.md), the first page of the Indonesian navigation, and its language link
    leads to the English home."""
    engine, built, _ = engine_site
    html = (built / "id" / "index.html").read_text(encoding="utf-8")
    assert "Ringkasan status" in html and "Cara menemukan KPI" in html, engine
    assert re.search(r'<a href="\.\./" hreflang="en"', html), engine
    assert (built / "index.html").is_file(), engine
    links = re.findall(r'<a href="([^"]*)"[^>]*class="md-nav__link', html)
    assert links and links[0] in ("", "./", "."), (engine, links[:3])  # itself
    # the catalog's name once in the tab, the page's title before it, as the English home
    # (titled Home in its front matter) reads under every engine
    assert "<title>Beranda - Katalog KPI Nusantara Retail</title>" in html, engine
    english = (built / "index.html").read_text(encoding="utf-8")
    assert "<title>Home - Nusantara Retail KPI catalog</title>" in english, engine


def edit_links(html: str) -> list[str]:
    """The addresses of a built page's edit buttons, as the browser reads them."""
    return [unescape(href) for href in re.findall(r'<a href="([^"]*)"[^>]* rel="edit"', html)]


def test_the_edit_button_of_a_kpi_page_opens_its_yaml_file(engine_site):
    """Under Zensical too (its theme override reads the page's front matter): not the
    rendered Markdown file, which is not in git. A generated page without a YAML file (the
    overview) has no button; a hand-written page keeps the engine's."""
    engine, built, _ = engine_site
    yaml_file = "https://github.com/nusantara-retail/kpi-catalog/edit/main/kpis/sales/online-gmv.yml"
    for path in ("kpis/online-gmv/index.html", "id/kpis/online-gmv/index.html"):
        assert edit_links((built / path).read_text(encoding="utf-8")) == [yaml_file], \
            f"{engine}: {path}"
    for path in ("kpis/index.html", "id/kpis/index.html"):
        assert edit_links((built / path).read_text(encoding="utf-8")) == [], f"{engine}: {path}"
    # the page's Markdown file in git: under MkDocs by the plugin's edit_paths, under
    # Zensical by zensical.yml's edit_uri
    root = "https://github.com/nusantara-retail/kpi-catalog/edit/main/docs/"
    for path, source in (("index.html", "index.md"), ("guide/new-kpi/index.html",
                                                        "guide/new-kpi.md")):
        assert edit_links((built / path).read_text(encoding="utf-8")) == [root + source], \
            f"{engine}: {path}"


def test_an_edit_link_under_zensical_is_escaped(tmp_path):
    """mkdocs.yml's repo_url lands in the page's front matter and from there in its HTML:
    escaped there, so that a quote in it ends no attribute."""
    _copy_example(tmp_path)
    config = tmp_path / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "repo_url: https://github.com/nusantara-retail/kpi-catalog",
        """repo_url: 'https://example.org/a"b<c&d'"""), encoding="utf-8")
    _run([_tool("kpi"), "render", "docs"], tmp_path)
    _run([_tool("zensical"), "build", "-f", "zensical.yml"], tmp_path)
    html = (tmp_path / "site-zensical" / "kpis" / "online-gmv" / "index.html").read_text(
        encoding="utf-8")
    assert edit_links(html) == ['https://example.org/a"b<c&d/edit/main/kpis/sales/online-gmv.yml']
    assert 'a"b<c' not in html


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_under_zensical_search_shows_names_and_tags_as_written(tmp_path, browser):
    """Zensical's search shows a page's title (its breadcrumbs) and its tags (the filters)
    as text, from the page's front matter, where they were escaped HTML: a department
    named `R&D` read `R&amp;D` in the filters, `Staff's "A"` `Staff&#39;s &quot;A&quot;` in
    the breadcrumbs. A name's markup stays text, never an element. So is the catalog's
    name in the breadcrumbs of the home page's sections, its title a macro
    (`# {{ catalog_name() }}`): they showed its Markdown's character references (`&#42;`)."""
    _copy_example(tmp_path)
    _edit(tmp_path / "kpis" / "departments.yml", "name: Sales\n",
          "name: 'R&D''s \"x\" <b>y</b>'\n")
    _edit(tmp_path / "kpis" / "catalog.yml", "name: Nusantara Retail KPI catalog\n",
          "name: 'KPI: *Nusantara* <i>Retail</i> & [co]'\n")
    _edit(tmp_path / "kpis" / "sales" / "online-gmv.yml", "tags: [e-commerce,",
          "tags: [R&D, e-commerce,")
    # the home page titled by its heading alone, as a project's may be (the example's
    # front matter titles it Home)
    home = tmp_path / "docs" / "index.md"
    front, body = home.read_text(encoding="utf-8").removeprefix("---\n").split("\n---\n", 1)
    assert "title: Home" in front
    home.write_text(body.lstrip(), encoding="utf-8")
    _run([_tool("kpi"), "render", "docs"], tmp_path)
    _run([_tool("zensical"), "build", "-f", "zensical.yml"], tmp_path)
    with serve(tmp_path / "site-zensical") as url:
        context = browser.new_context(viewport=DESKTOP, base_url=url, service_workers="block")
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        watch = PageWatch(url)
        watch.attach(context, page)
        visit(page, "/departments/sales/")
        assert page.title().replace("\u200b", "").startswith('R&D\'s "x" <b>y</b> - ')
        # a section of the department's page: its breadcrumbs hold the page's title
        search(page, "zensical", "Grow revenue profitably")
        hit = page.locator("ol[role='listbox'] a[role='option'][href*='departments/sales/']")
        expect(hit.first).to_be_visible()
        shown = [text.replace("\u200b", "") for text in hit.all_inner_texts()]
        assert any('\nR&D\'s "x"' in text for text in shown), shown
        assert not any(re.search("&(amp|lt|quot|#39);", text) for text in shown), shown
        assert page.locator("ol[role='listbox'] b").count() == 0
        page.locator("input[role='combobox']").fill("")
        page.locator("input[role='combobox']").press_sequentially("Write or change a KPI",
                                                                  delay=20)
        home = page.locator("ol[role='listbox'] a[role='option']").filter(
            has_text="Write or change a KPI").first
        expect(home).to_be_visible()
        assert "\nKPI: *Nusantara* <i>Retail</i> & [co]\n" in home.inner_text().replace(
            "\u200b", ""), home.inner_text()
        assert page.locator("ol[role='listbox'] i").count() == 0
        page.locator("input[role='combobox']").fill("")
        page.locator("input[role='combobox']").press_sequentially("online GMV", delay=20)
        expect(page.get_by_text("R&D", exact=True).first).to_be_visible()  # the tag filter
        assert page.get_by_text("R&amp;D").count() == 0
        watch.check()
        context.close()


def test_under_zensical_only_the_site_name_itself_is_put_in_the_pages_language(tmp_path):
    """An id/ page names the site in Indonesian where Zensical writes mkdocs.yml's site_name
    (the tab's title after the page's, the header, the logo's title and label, the drawer's
    title), escaped, and nowhere else: not in a page or navigation title that contains the
    site's name (here "GMV", in the page's title "GMV online per bulan")."""
    _copy_example(tmp_path)
    for name, old, new in (
            ("mkdocs.yml", "site_name: Nusantara Retail KPI catalog", "site_name: GMV"),
            ("kpis/catalog.yml", "name: Nusantara Retail KPI catalog", "name: GMV"),
            ("kpis/catalog.yml", "    name: Katalog KPI Nusantara Retail\n",
             """    name: 'Katalog GMV & "<Ritel>"'\n""")):
        path = tmp_path / name
        text = path.read_text(encoding="utf-8")
        assert old in text, (name, old)
        path.write_text(text.replace(old, new), encoding="utf-8")
    _run([_tool("kpi"), "render", "docs"], tmp_path)
    build_zensical(tmp_path)
    site = tmp_path / "site-zensical"
    html = (site / "id" / "kpis" / "online-gmv" / "index.html").read_text(encoding="utf-8")
    name = "Katalog GMV &amp; &quot;&lt;Ritel&gt;&quot;"
    assert f"<title>GMV online per bulan - {name}</title>" in html
    assert re.search(r'md-header__topic">\s*<span class="md-ellipsis">\s*' + re.escape(name)
                     + r"\s*<", html)
    assert re.search(r'data-md-component="header-topic">\s*<span class="md-ellipsis">\s*'
                     r"GMV online per bulan\s*<", html)
    assert re.search(r'md-nav__title" for="__drawer">.*?</a>\s*' + re.escape(name) + r"\s*<",
                     html, re.S)
    for logo in ("md-header__button", "md-nav__button"):
        assert f'title="{name}" class="{logo} md-logo" aria-label="{name}"' in html, logo
    assert "<Ritel>" not in html and f"{name} online" not in html
    # the navigation is the Indonesian project's own: no English page in it
    assert re.search(r'class="md-nav__link[^"]*">\s*<span class="md-ellipsis">\s*Semua KPI\s*<',
                     html)
    assert not re.search(r'class="md-nav__link[^"]*">\s*<span class="md-ellipsis">\s*GMV\s*<',
                         html)
    english = (site / "kpis" / "online-gmv" / "index.html").read_text(encoding="utf-8")
    assert "<title>Monthly online GMV - GMV</title>" in english
    assert "Katalog" not in english


def test_a_macro_error_under_zensical_names_its_page(tmp_path):
    """Zensical's macros extension stops the build at a macro's error (`on_error_fail` in
    mkdocs.yml) without saying on which page: the message says it, with the macro and what
    to write instead, and it is all Zensical shows of the error (it printed two Python
    tracebacks around it)."""
    _copy_example(tmp_path)
    (tmp_path / "docs" / "guide" / "broken.md").write_text(
        '# Broken\n\n{{ kpi_card("no-such-kpi") }}\n', encoding="utf-8")
    _run([_tool("kpi"), "render", "docs"], tmp_path)
    done = subprocess.run([_tool("zensical"), "build", "-f", "zensical.yml"], cwd=tmp_path,
                          env=ENV, capture_output=True, text=True, timeout=600)
    assert done.returncode != 0
    assert "guide/broken.md, in kpi_card: There is no KPI `no-such-kpi` in the catalog. " \
        "Write the id of one of its KPIs" in done.stdout + done.stderr, done.stderr[-2000:]
    assert "Traceback" not in done.stdout + done.stderr, done.stderr[-2000:]
    assert done.stderr.splitlines()[-1].startswith("guide/broken.md, in kpi_card: ")


def test_pages_load_without_errors_and_show_charts_and_filters(engine_site, watched):
    engine, built, url = engine_site
    page, watch = watched
    kpi = next(name for name in sorted(pages_of(built, "kpis"))
               if 'class="kpi-trend"' in (built / "kpis" / name / "index.html").read_text(
                   encoding="utf-8"))
    visit(page, f"/kpis/{kpi}/")
    chart = page.locator("figure.kpi-trend svg[role='img']")
    expect(chart).to_be_visible()
    box = chart.bounding_box()
    assert box and box["width"] > 100 and box["height"] > 50, f"{engine}: chart {box}"
    for path in ("/", "/departments/", "/objectives/", "/glossary/"):
        visit(page, path)
        expect(page.locator("h1").first).to_be_visible()
    visit(page, "/kpis/")
    rows = page.locator("tr[data-kpi]")
    total = rows.count()
    select = page.locator("select[data-kpi-filter='department']")
    expect(select).to_be_visible()
    department = select.locator("option").nth(1).get_attribute("value")
    select.select_option(department)
    shown = page.locator(f"tr[data-kpi][data-department='{department}']:visible")
    expect(page.locator("tr[data-kpi]:visible")).to_have_count(shown.count())
    assert 0 < shown.count() < total, f"{engine}: the department filter hid nothing"
    watch.check()


def nav_targets(page) -> set[str]:
    """The paths that the links of the navigation a reader sees (the primary sidebar at
    desktop width) lead to."""
    links = page.locator("nav.md-nav--primary a.md-nav__link[href]:visible")
    return {urlsplit(href).path for href in links.evaluate_all("els => els.map(e => e.href)")}


def test_the_navigation_shows_each_department_and_objective_in_each_language(
        engine_site, watched, site_dir):
    """On a department's page the navigation lists every department, on an objective's page
    every objective, in each language (under Zensical from the navigation file `kpi render`
    writes: before, its navigation had the list pages only, and no Indonesian page)."""
    engine, _, url = engine_site
    page, watch = watched
    base = urlsplit(url).path.rstrip("/")
    for folder in ("departments", "objectives"):
        names = sorted(pages_of(site_dir, folder))
        for root in ("", "/id"):
            visit(page, f"{root}/{folder}/{names[0]}/")
            shown = nav_targets(page)
            wanted = {f"{base}{root}/{folder}/{name}/" for name in names}
            assert wanted <= shown, f"{engine}: {sorted(wanted - shown)} not in the navigation"
    watch.check()


def search(page, engine: str, words: str):
    """Type ``words`` into the engine's search; the links of its results."""
    if engine == "zensical":
        page.locator("button.md-search__button").click()
        page.locator("input[role='combobox']").press_sequentially(words, delay=20)
        return page.locator("ol[role='listbox'] a[role='option']")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(words, delay=20)
    return page.locator(".md-search-result__list a.md-search-result__link")


def result_paths(page, hits, wanted: str, first: int | None = None) -> list[str]:
    """The paths of the results once ``wanted`` is among them (among the ``first`` ones):
    search answers as each letter is typed, so a list read as soon as it shows may be the
    answer to the first letters only. After TIMEOUT_MS, the list as it is (the caller's
    assertion then fails with it)."""
    for _ in range(TIMEOUT_MS // 100):
        paths = [urlsplit(h).path for h in hits.evaluate_all("els => els.map(e => e.href)")]
        if wanted in paths[:first]:
            break
        page.wait_for_timeout(100)
    return paths


def test_search_finds_a_kpi_by_its_name(engine_site, watched):
    engine, built, url = engine_site
    page, watch = watched
    kpi = "online-gmv"
    html = (built / "kpis" / kpi / "index.html").read_text(encoding="utf-8")
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
    # the name as the reader sees it: not the words hidden for search, nor the permalink
    heading = re.sub(r'<span class="kpi-search-words" hidden>.*?</span>|'
                     r'<a class="headerlink".*?</a>', "", heading, flags=re.S)
    name = unescape(re.sub(r"<[^>]+>", "", heading)).strip()  # the <abbr> around GMV
    visit(page, "/")
    hits = search(page, engine, name)
    expect(hits.first).to_be_visible()
    first = result_paths(page, hits, f"/kpis/{kpi}/", 3)[:3]
    assert f"/kpis/{kpi}/" in first, f"{engine}: {name!r} -> {first}"
    watch.check()


def test_search_lists_the_pages_of_the_open_pages_language(engine_site, watched):
    """An English page's search lists English pages, an Indonesian page's Indonesian ones
    (under MkDocs the plugin's script filters the results; under Zensical the Indonesian
    pages are a project of their own, with their own index: before, an English search
    listed `id/` pages, first)."""
    engine, _, _ = engine_site
    page, watch = watched
    for start, inside in (("/kpis/online-gmv/", lambda path: not path.startswith("/id/")),
                          ("/id/kpis/online-gmv/", lambda path: path.startswith("/id/"))):
        visit(page, start)
        hits = search(page, engine, "GMV")
        expect(hits.first).to_be_visible()
        paths = result_paths(page, hits, start)
        assert paths and all(inside(path) for path in paths), f"{engine} {start}: {paths}"
        assert start in paths, f"{engine} {start}: {paths}"
    watch.check()


def test_the_header_has_the_primary_colour_in_each_language(engine_site, watched):
    """mkdocs.yml's palette (`primary: indigo`) colours the header as under MkDocs: Zensical's
    default variant (modern) gives the primary colour to links only, so zensical.yml and
    zensical-id.yml choose the classic one, mkdocs-material's look."""
    engine, _, _ = engine_site
    page, watch = watched
    for path in ("/", "/id/kpis/"):
        visit(page, path)
        colour = page.evaluate(
            "() => getComputedStyle(document.querySelector('header.md-header')).backgroundColor")
        assert colour == "rgb(64, 81, 181)", f"{engine} {path}: {colour}"  # indigo
    watch.check()


def test_a_screen_reader_hears_the_kpi_name_without_the_words_hidden_for_search(
        engine_site, watched):
    """A KPI page holds other handles of the KPI (id words, aliases, the name in the other
    language) hidden, for the search engine to weigh: not in what assistive technology
    reads (the accessibility tree): the heading is the name as shown."""
    engine, built, _ = engine_site
    page, watch = watched
    html = (built / "kpis" / "online-gmv" / "index.html").read_text(encoding="utf-8")
    hidden = [unescape(re.sub(r"<[^>]+>", "", text)).strip() for text in re.findall(
        r'class="kpi-search-words" hidden>(.*?)</(?:span|p)>', html, re.S)]
    assert len(hidden) >= 2 and all(hidden), f"{engine}: {hidden}"  # heading, summary
    visit(page, "/kpis/online-gmv/")
    heading = page.locator("article h1").first.aria_snapshot()
    assert "Monthly online GMV" in heading, f"{engine}: {heading}"
    tree = page.locator("article").first.aria_snapshot()
    assert "Monthly online GMV" in tree and "Grow the monthly" in tree, f"{engine}: {tree[:300]}"
    for text in hidden:
        assert text not in tree, f"{engine}: {text!r} is read out"
    watch.check()


def test_the_language_link_loads_the_page_in_its_language(engine_site, watched):
    """The link to a page's twin loads that page whole: the themes' instant navigation swaps
    only the content, leaving `<html lang>` and the search box in the language of the page
    before (an Indonesian page read to a screen reader as English). Zensical's theme
    navigates instantly here; mkdocs-material's does at the site's own address."""
    engine, _, _ = engine_site
    page, watch = watched
    shown = """() => [document.documentElement.lang,
        (document.querySelector('input.md-search__input') || {}).placeholder
        || document.querySelector('.md-search__button').innerText.trim().split('\\n')[0]]"""
    visit(page, "/kpis/online-gmv/")
    for language, search_words, path in (("id", "Cari", "/id/kpis/online-gmv/"),
                                         ("en", "Search", "/kpis/online-gmv/")):
        page.locator(f".kpi-languages a[hreflang={language}]").click()
        page.wait_for_url(lambda url, path=path: urlsplit(url).path == path)
        page.wait_for_load_state("load")
        assert page.evaluate(shown) == [language, search_words], f"{engine}: {path}"
    watch.check()


def test_the_home_page_leads_to_the_catalog_in_the_other_language(engine_site, watched):
    """The home page, written by hand: its `kpi_languages()` link, worded in Indonesian,
    loads its twin, the Indonesian home page (under Zensical too, where the macros read the
    rendered site: it must know the other language)."""
    engine, _, _ = engine_site
    page, watch = watched
    visit(page, "/")
    link = page.locator(".kpi-languages a[hreflang=id]")
    assert link.count() == 1, engine
    assert link.inner_text().strip() == "Katalog dalam bahasa Indonesia", engine
    link.click()
    page.wait_for_url(lambda url: urlsplit(url).path == "/id/")
    page.wait_for_load_state("load")
    assert page.evaluate("document.documentElement.lang") == "id", engine
    watch.check()


def test_pages_of_the_other_language_show_the_catalogs_name_in_it(engine_site):
    """The browser's tab, the header and the drawer of an id/ page name the site in
    Indonesian (the plugin under MkDocs; under Zensical its theme override, from the page's
    front matter); English pages keep mkdocs.yml's site_name."""
    engine, built, _ = engine_site
    html = (built / "id" / "kpis" / "online-gmv" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]*- Katalog KPI Nusantara Retail</title>", html), engine
    assert re.search(r'md-header__topic">\s*<span class="md-ellipsis">\s*'
                     r"Katalog KPI Nusantara Retail\s*<", html), engine
    # only where the theme writes the site's name counts (not a navigation's page titles)
    theirs = re.sub(r'<a [^>]*class="md-nav__link.*?</a>', "", html, flags=re.S)
    assert "Nusantara Retail KPI catalog" not in theirs, engine
    english = (built / "kpis" / "online-gmv" / "index.html").read_text(encoding="utf-8")
    assert "<title>Monthly online GMV - Nusantara Retail KPI catalog</title>" in english, engine
