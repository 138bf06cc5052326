"""The ``kpi-catalog`` MkDocs plugin: hands the generator's outputs to MkDocs, nothing more.

The pages and files come from :mod:`kpi_catalog.site.outputs`, the same that `kpi render`
writes for other engines. The plugin uses documented events and public attributes only; what
other plugins see at each event is in docs/reference/plugin.md. Event by event:

* ``on_startup``: whether MkDocs builds or serves.
* ``on_config``: checks the catalog as `kpi validate` does. An invalid catalog stops
  `mkdocs build` with the same located messages; under `mkdocs serve` the catalog's pages
  list them instead (:mod:`.serve_errors`). Rule warnings are logged at INFO, so that
  ``--strict`` does not fail on them. Adds the site's stylesheet and script and the Markdown
  extensions the pages use (``abbr``, ``attr_list``, and :mod:`.html_blocks` for speed),
  and the texts mkdocs.yml leaves out in the site's language (palette toggles, permalink
  title: see :mod:`.theme_texts`).
* ``on_files``: adds every output as a file of the build, generated pages with their edit
  links pointing at the YAML files: in each language of the catalog, the first one's at the
  root, each other's under ``<language>/`` (see :mod:`.languages`), as `kpi render` writes
  them.
* ``on_nav``: puts the departments and objectives under their list pages in the navigation;
  KPI pages stay out of it (they are linked from the tables).
* ``on_page_markdown``: under `mkdocs serve` with errors, a note on each hand-written page.
* ``on_page_content``: makes the titles of generated pages safe for the theme's
  ``<title>``; last, lets go of their Markdown (``keep_markdown`` keeps it).
* ``on_env`` (every page converted): under `mkdocs build`, lets go of the catalog.
* ``on_page_context`` .. ``on_post_page``: a page of the catalog's other language speaks
  it, theme included (:mod:`.page_language`).
* ``on_post_page``: links the catalog's Atom feeds from every page, and takes the theme's
  indentation out of generated pages; last, lets go of their HTML (``keep_content`` keeps it).
* ``on_serve``: rebuilds when a catalog file (or a template override) changes.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from mkdocs.config.base import ConfigErrors, ConfigWarnings
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from kpi_catalog import escape
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.checking.reporting import look_up
from kpi_catalog.i18n.labels import labels
from kpi_catalog.i18n.messages import LANGUAGES, _, ngettext, speaking
from kpi_catalog.model.diagnostics import Severity
from kpi_catalog.reading.loader import LoadResult, catalog_language, find_repo_root
from kpi_catalog.reading.memo import LoadMemo
from kpi_catalog.site.config import TEMPLATE_OVERRIDES, KpiCatalogConfig, site_options
from kpi_catalog.site.edit_links import EditLinks
from kpi_catalog.site.feed import feed_links
from kpi_catalog.site.generator import Site
from kpi_catalog.site.html_blocks import compact_lines
from kpi_catalog.site.language_links import below_title, twin_links
from kpi_catalog.site.languages import (
    HOME,
    language_root,
    language_sites,
    replaceable_homes,
    root_of,
    site_languages,
)
from kpi_catalog.site.navigation import NavBuilder, nav_srcs
from kpi_catalog.site.options import SiteOptions
from kpi_catalog.site.outputs import (
    SCRIPT,
    STYLESHEET,
    Output,
    SiteFile,
    asset_files,
    outputs_of,
)
from kpi_catalog.site.page_language import PageLanguage, Voice
from kpi_catalog.site.rebuild_cache import PageMemo
from kpi_catalog.site.render import read_manifest, replaced_by_hand
from kpi_catalog.site.serve_errors import ErrorPages, error_addresses
from kpi_catalog.site.sitemaps import language_sitemaps
from kpi_catalog.site.theme_texts import ThemeTexts
from kpi_catalog.site.urls import page_url, relative_url

log = logging.getLogger("mkdocs.plugins.kpi_catalog")

EXTENSIONS = ("abbr", "attr_list", "kpi_catalog.site.html_blocks")
"""What the pages need of Markdown: glossary tooltips, attributes on headings (a heading
left out of search), and the fast way through their HTML blocks."""


class KpiCatalogPlugin(BasePlugin[KpiCatalogConfig]):
    """Generates a page per KPI, department and objective, an overview and a glossary."""

    def __init__(self) -> None:
        super().__init__()
        self.site: Site | None = None
        """The generator of this build's pages (read by the macros) until every page is
        converted (see on_env); under `mkdocs serve` while the catalog has errors, that of
        the last valid build."""
        self.checked: LoadResult | None = None  # the check of this build, valid or not
        self.checked_on = date.today()  # the day it was checked as of
        self.languages: tuple[str, ...] = ()  # the site's, the first one's pages at the root
        self.today = date.today()
        self.serving = False  # `mkdocs serve`: the instance lives across rebuilds
        self.generated: set[str] = set()  # the pages this build added
        # each language's home page that exists (index.md, id/index.md), generated or not
        self.homes: set[str] = set()
        # every page of the build (the twins of pages written by hand: see language_links)
        self.page_srcs: set[str] = set()
        # hand-written pages not yet converted: their macros may still read the catalog
        self.unconverted: set[str] = set()
        self.valid_pages: set[str] = set()  # ... and those of the last build without errors
        self.errors: ErrorPages | None = None  # under `mkdocs serve`, while there are errors
        # the errors of the macros (kpi_catalog.site.macros) in the page being read, when
        # mkdocs-macros is to stop the build at one (`on_error_fail`): see _macro_failed
        self.macro_errors: list[str] = []
        self.folder: Path | None = None  # where the outputs are written for MkDocs to read
        self.made_folders: set[str] = set()  # the folders made by this build's on_files
        # `mkdocs serve` only: what the next build may reuse, each keyed by what it depends
        # on, so that a rebuild writes what a fresh build writes (see rebuild_cache)
        self.load_memo = LoadMemo()
        self.page_memos: dict[str, PageMemo] = {}  # by language
        self.feed_links: dict[str, list[tuple[str, str]]] = {}  # src -> (title, feed URL)
        self.theme_texts = ThemeTexts()  # palette toggles' names, permalink title
        self.sites: list[Site] = []  # one per language, self.site (the first) first
        # the theme's language, texts and navigation of the other languages' pages
        self.page_language = PageLanguage(self.theme_texts)

    def load_config(self, options: dict[str, Any], config_file_path: str | None = None
                    ) -> tuple[ConfigErrors, ConfigWarnings]:
        """MkDocs validates the options here (BasePlugin's method); a mistake in them is
        told in the catalog's language, as the rest of the build is."""
        with speaking(_options_language(options, config_file_path)):
            return super().load_config(options, config_file_path)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        # mkdocs-macros lists at INFO, on every build, the modules, variables and macros it
        # found (seven lines); they help to debug a macros set-up, so `mkdocs -v` shows them.
        if not log.isEnabledFor(logging.DEBUG):
            logging.getLogger("mkdocs.plugins.mkdocs_macros").setLevel(logging.WARNING)

    # Priority 10 (before the default 0): mkdocs-material's search reads its field weights
    # in its own on_config, so the weight of tags is set before (see `search_tags_boost`).
    # Reading the catalog needs nothing from other plugins, and the options set here
    # (extra_css, extra_javascript, markdown_extensions) are read by MkDocs and the theme
    # only after every on_config has run.
    @event_priority(10)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self.errors, self.generated, self.feed_links = None, set(), {}
        self.homes = set()
        if not self.serving:
            self.site, self.languages = None, ()
        if not self.config.enabled:
            return None
        self._weigh_search_tags(config)
        catalog = Path(self.config.catalog)
        today = self.config.today or date.today()
        language = self.config.language or catalog_language(catalog)
        # The build log speaks the catalog's language, as `kpi validate` does.
        with speaking(language):
            result = self.checked = self._check(config, catalog, today)
        self.checked_on = today
        self.theme_texts.fill(config, labels(language))
        if result.ok:
            self.today = today
            self._hint_theme_language(config,
                                      self.config.language or result.catalog.config.language)
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        if SCRIPT not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.append(SCRIPT)
        named = {str(e).rsplit(".", 1)[-1] for e in config.markdown_extensions}
        for extension in EXTENSIONS:
            if extension.rsplit(".", 1)[-1] not in named:
                config.markdown_extensions.append(extension)
        return config

    def _check(self, config: MkDocsConfig, catalog: Path, today: date) -> LoadResult:
        """The catalog checked, its warnings logged; its errors fail a build (``mkdocs
        build``) or wait on the served error page (``mkdocs serve``)."""
        result = check_catalog(catalog, today=today, repo_root=find_repo_root(catalog),
                               memo=self.load_memo if self.serving else None)
        for diagnostic in result.diagnostics:
            if diagnostic.severity in (Severity.WARNING, Severity.INFO):
                # INFO, not WARNING: `mkdocs build --strict` must not fail on rule warnings.
                log.info(diagnostic.text())
        if not result.ok:
            errors = result.errors
            lines = "\n".join(d.text() for d in errors)
            shown = os.path.relpath(catalog, os.path.dirname(config.config_file_path or "."))
            message = ngettext("The KPI catalog in {catalog} has {count} error (the same as "
                               "`kpi validate`):", "The KPI catalog in {catalog} has {count} "
                               "errors (the same as `kpi validate`):", len(errors),
                               catalog=shown, count=len(errors))
            message += f"\n{lines}\n{look_up()}"
            if not self.serving:
                raise PluginError(message)
            log.warning(message + "\n" + _("The served site shows these errors until they are "
                                            "fixed."))
        return result

    def _weigh_search_tags(self, config: MkDocsConfig) -> None:
        """Tags are a KPI's keywords; mkdocs-material's search weighs them a million times
        the text and matches every word as a prefix, so `in` would find each KPI tagged
        `inventory` before the KPI a reader looks for. Weighed like titles instead, unless
        mkdocs.yml sets the search plugin's `fields: tags:` itself (its documented option,
        read in its on_config)."""
        search = config.plugins.get("material/search") or config.plugins.get("search")
        fields = getattr(getattr(search, "config", None), "fields", None)
        if isinstance(fields, dict) and "tags" not in fields:
            fields["tags"] = {"boost": float(self.config.search_tags_boost)}

    @staticmethod
    def _hint_theme_language(config: MkDocsConfig, language: str) -> None:
        """The theme decides `<html lang>` and its own texts (search box, navigation): a
        catalog in Bahasa Indonesia on an English theme reads as a mix of both."""
        theme_language = config.theme["language"] if "language" in config.theme else None
        if theme_language and theme_language != language:
            log.info(_(
                "The catalog's labels are in '{language}' but the theme's language is "
                "'{theme_language}': set `theme: language: {language}` in mkdocs.yml so that "
                "the pages' lang attribute and the theme's own texts match.",
                language=language, theme_language=theme_language))

    def _options(self, config: MkDocsConfig, files: Files) -> SiteOptions:
        return site_options(
            self.config, use_directory_urls=config.use_directory_urls,
            custom_dir=getattr(config.theme, "custom_dir", None),
            existing_pages=(f.src_uri for f in files.documentation_pages()),
            site_url=config.site_url or "")

    # Priority 50 (early): the catalog's pages are added before other plugins' on_files run
    # (navigation, i18n or exclusion plugins), so that they see them like any other page.
    @event_priority(50)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled or self.checked is None:
            return None
        # What `kpi render` wrote into docs_dir makes way for the plugin's own outputs, but
        # a home page it wrote that was replaced by hand since, which is the reader's own
        rendered = _rendered_files(Path(config.docs_dir),
                                   replaceable_homes(self.checked.catalog))
        for file in [f for f in files if f.src_uri in rendered and f.generated_by is None]:
            files.remove(file)
        options = self._options(config, files)
        edit_links = EditLinks(config, self.checked.catalog.repo_root, self.config.edit_paths)
        if self.checked.ok:
            self.sites = language_sites(self.checked.catalog, today=self.today, options=options)
            self.site = self.sites[0]
            self.languages = self.site.languages
            self.page_language.start(Voice.of(site) for site in self.sites)
            self.feed_links = {
                site.root + src: [(title, site.root + path) for title, path in links]
                for site in self.sites for src, links in feed_links(site).items()}
            memos = (lambda site: self.page_memos.setdefault(site.language, PageMemo())) \
                if self.serving else None
            # with the front matter `kpi render` writes (edit link, site name), which
            # MkDocs' themes leave: one page, whichever way it is made
            outputs: Iterable[Output] = outputs_of(
                self.sites, memos, edit_url=edit_links.url, site_name=config.site_name)
        else:
            outputs = self._error_outputs(options, edit_links)
        in_nav = set(nav_srcs(config.nav)) if config.nav is not None else None
        if self.folder is None:
            self.folder = Path(tempfile.mkdtemp(prefix="kpi-catalog-"))
        self.made_folders = set()  # site_dir was cleaned (or is new) before on_files
        for output in outputs:
            self._add(output, files, config, edit_links, in_nav)
        if self.errors is None:
            self.valid_pages = set(self.generated)
        self.homes = {src for src in (language_root(language, self.languages) + HOME
                                      for language in self.languages)
                      if files.get_file_from_path(src) is not None}
        self.page_srcs = {file.src_uri for file in files.documentation_pages()}
        if edit_links.mode == "repository":
            for file in files.documentation_pages():
                path = edit_links.page_path(file.src_uri)
                if file.generated_by is None and path:
                    file.edit_uri = path
        return files

    def _add(self, output: Output, files: Files, config: MkDocsConfig, edit_links: EditLinks,
             in_nav: set[str] | None) -> None:
        """One output as a File of the build, read from the plugin's folder; a file for
        programs (the JSON API, the images, llms.txt, the feeds) written straight into
        site_dir, which MkDocs cleaned before on_files: MkDocs keeps every File (about
        1 KB each) until the build ends, 30,000 of them at 10,000 KPIs (27 MB of the peak),
        and copied each one from the folder."""
        existing = files.src_uris.get(output.src_uri)  # src_uri: a checked path with `/`
        if existing is not None and existing.generated_by is None:
            raise PluginError(
                f"docs/{output.src_uri} is written by hand, but the kpi-catalog plugin "
                "generates that file. Remove or move it, or change the plugin's options "
                "(kpi_prefix, department_prefix, objective_prefix, overview, glossary).")
        # The plugin's own temporary folder holds no one else's file and nothing to keep:
        # a plain write (kpi render's careful writer, for a docs folder people share, took
        # 3x the time: 0.97 against 0.28 s of CPU for a 1,000-KPI site's 4,081 files). A
        # page or asset lies there under its src_uri made one file name (MkDocs reads it
        # from abs_src_path), so that no folder is made for it; each folder of site_dir is
        # made once (0.2 s of CPU at 1,000 KPIs: 1,000 folders, 3,000 `mkdir` calls less).
        assert self.folder is not None
        for_programs = isinstance(output, SiteFile) and output.src_uri not in (STYLESHEET,
                                                                                SCRIPT)
        if for_programs:  # a path inside it (outputs.py checks each)
            folder, path = config.site_dir, os.path.join(config.site_dir, output.src_uri)
        else:
            folder = str(self.folder)
            name = quote(output.src_uri, safe="")
            if len(name) > 200:  # file names end at 255 bytes
                name = hashlib.sha256(output.src_uri.encode("utf-8")).hexdigest()
            path = os.path.join(folder, name)
        try:
            parent = os.path.dirname(path)
            if parent not in self.made_folders:
                os.makedirs(parent, exist_ok=True)
                self.made_folders.add(parent)
            with open(path, "wb") as written:
                written.write(output.data)
        except OSError as exc:
            raise PluginError(f"{output.src_uri} could not be written into {folder}: "
                              f"{exc.strerror or exc}") from exc
        if for_programs:
            return
        source = path
        if isinstance(output, SiteFile):  # the stylesheet and the script, for the theme
            files.append(File.generated(config, output.src_uri, abs_src_path=source))
            return
        listed = output.in_nav if in_nav is None else output.src_uri in in_nav
        if self.site is not None and root_of(output.src_uri, self.languages):
            listed = False  # reached by each page's link to its twin
        file = File.generated(
            config, output.src_uri, abs_src_path=source,
            inclusion=InclusionLevel.UNDEFINED if listed else InclusionLevel.NOT_IN_NAV)
        file.edit_uri = edit_links.path(output.yaml_path) if output.yaml_path else None
        files.append(file)
        self.generated.add(output.src_uri)

    def _error_outputs(self, options: SiteOptions, edit_links: EditLinks) -> list[Output]:
        """Under `mkdocs serve`, while the catalog has errors: the list of the errors at the
        address of each catalog page, in each language of the catalog (the errors checked
        again in each other language, for their messages), and the stylesheet (see
        :mod:`.serve_errors`)."""
        assert self.checked is not None
        catalog = self.checked.catalog
        languages = site_languages(catalog, options)
        voices = [Voice.without_site(catalog, options, language, languages)
                  for language in languages]
        others = {}
        for voice in voices[1:]:
            with speaking(voice.language):
                again = check_catalog(Path(self.config.catalog), today=self.checked_on,
                                      repo_root=find_repo_root(Path(self.config.catalog)))
            others[voice.root] = (again.errors, voice.t)
        self.errors = ErrorPages(self.checked.errors, voices[0].t, options, edit_links.url,
                                 others)
        self.languages = languages
        self.page_language.start(voices)
        addresses = error_addresses(self.checked, options, self.valid_pages,
                                    [voice.root for voice in voices])
        return [*(self.errors.page(src) for src in addresses), *asset_files()]

    # Priority -50 (late): plugins that build or reorder the navigation run first; the
    # department and objective pages are then added to whatever navigation they made.
    @event_priority(-50)
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation | None:
        if self.config.enabled and self.errors is not None:
            # the other languages' error pages with their language's navigation
            self.page_language.make_navigations(nav, files)
            return None
        if not self.config.enabled or self.site is None:
            return None
        NavBuilder(self.site, self.generated, self.config.nav, config, files).apply(nav)
        self.page_language.make_navigations(nav, files)
        # the pages `mkdocs build` converts (MkDocs' own choice of them), less the generated
        self.unconverted = {f.src_uri for f in files.documentation_pages(
            inclusion=InclusionLevel.is_included) if f.src_uri not in self.generated}
        if not self.unconverted:
            self._let_go()
        return nav

    # Priority 100 (first): the note goes on top before any plugin (macros) reads the page.
    @event_priority(100)
    def _error_note(self, markdown: str, *, page: Page, config: MkDocsConfig,
                    files: Files) -> str | None:
        if self.errors is None or page.file.src_uri in self.generated:
            in_language = self.page_language.site_of(page.file.src_uri)
            if in_language is not None:
                # until on_page_content: its headings' permanent links in its language
                self.page_language.speak(config, in_language)
            return None
        return f"{self.errors.note(page.file.src_uri)}\n\n{markdown}"

    # Priority -100 (last): the page's macros have run (mkdocs-macros', at the default 0).
    # A macro's error stops the build as MkDocs reports a plugin's: its message (the page,
    # the macro, what to write instead), without the traceback mkdocs-macros logs with it.
    @event_priority(-100)
    def _macro_failed(self, markdown: str, *, page: Page, config: MkDocsConfig,
                      files: Files) -> None:
        if self.macro_errors:
            errors, self.macro_errors = self.macro_errors, []
            raise PluginError("\n".join(dict.fromkeys(errors)))
        return None

    on_page_markdown = CombinedEvent(_error_note, _macro_failed)

    # Priority 100 (first): the title is made safe before any page (whose navigation lists
    # this one) is rendered. The theme writes `page.title | striptags` into <title>, and
    # striptags unescapes, so a KPI named `</title><script>` would close the element. A
    # zero-width space after each escaped `<` keeps the text as it looks while nothing can
    # form a tag.
    @event_priority(100)
    def _safe_title(self, html: str, *, page: Page, config: MkDocsConfig,
                    files: Files) -> None:
        self.page_language.unspeak(config)
        if page.file.src_uri not in self.generated:
            return None
        title = page.title
        if title and "&lt;" in title:
            page.title = escape.tag_proof(title)
        return None

    # Priority -1000 (below MkDocs' "last", -100): every other plugin's on_page_content has
    # run, and some read page.markdown there (material's typeset plugin does), so only then
    # is a generated page's Markdown let go. MkDocs keeps every page until the build ends,
    # and a KPI page's Markdown is mostly HTML blocks, as large as its HTML (10 KB a page).
    # Emptied, not None: MkDocs reads None as "not read yet" (page.title is then None).
    @event_priority(-1000)
    def _release_markdown(self, html: str, *, page: Page, config: MkDocsConfig,
                          files: Files) -> None:
        if not self.config.keep_markdown and page.file.src_uri in self.generated:
            page.markdown = ""
        return None

    # Priority -1000 (after every other plugin, its macros included): the last hand-written
    # page converted lets the catalog go (see _let_go).
    @event_priority(-1000)
    def _converted(self, html: str, *, page: Page, config: MkDocsConfig,
                   files: Files) -> None:
        if page.file.src_uri in self.unconverted:
            self.unconverted.discard(page.file.src_uri)
            if not self.unconverted:
                self._let_go()
        return None

    # Priority 0 (default): before the search reads the page (on_page_context).
    @event_priority(0)
    def _link_twins(self, html: str, *, page: Page, config: MkDocsConfig,
                    files: Files) -> str | None:
        src = page.file.src_uri
        if len(self.languages) < 2 or src in self.generated or src in self.homes:
            return None
        voice = self.page_language.voices.get(root_of(src, self.languages))
        if voice is None:
            return None
        return below_title(html, twin_links(src, self.page_srcs, self.languages,
                                            config.use_directory_urls))

    on_page_content = CombinedEvent(_safe_title, _link_twins, _release_markdown, _converted)

    # Priority -100 (last): until on_post_page, a page of the catalog's other language has
    # the theme speak it, with that language's navigation (see page_language).
    @event_priority(-100)
    def on_page_context(self, context, *, page: Page, config: MkDocsConfig, nav):
        in_language = self.page_language.site_of(page.file.src_uri)
        if in_language is not None:
            self.page_language.speak(config, in_language)
            context["nav"] = self.page_language.navs.get(in_language.root, nav)
        return context

    def site_of_page(self, src: str) -> Site | None:
        """The site whose pages the page at ``src`` goes with, for its macros: the first
        language's, but for a page in another language's folder (``id/...``, generated or
        written by hand), that one's.
        None while there is none (the catalog has errors, or was let go of)."""
        root = root_of(src, self.languages) if self.site is not None else None
        if root:
            return next((site for site in self.sites if site.root == root), self.site)
        return self.site

    # Priority -100 (last): MkDocs sends on_env once every page is read and converted; the
    # catalog is let go of then at the latest (see _let_go).
    @event_priority(-100)
    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        self._let_go()
        return None

    def _let_go(self) -> None:
        """Under `mkdocs build`, drop the catalog once the last hand-written page is
        converted (on_page_content; the generated pages are made already, and their macros
        off), so that MkDocs' pages reuse its memory: a 10,000-KPI catalog is 150 MB of
        models. What later events need (the languages, the feed links, which pages are
        generated) was kept apart in on_files. `mkdocs serve` keeps it for the next build
        (a rebuild reuses what did not change; a served error page's macros show the last
        valid catalog)."""
        if not self.serving:
            self.checked, self.site, self.sites = None, None, []

    # Priority 100 (first): the theme speaks mkdocs.yml's language again.
    @event_priority(100)
    def _language_back(self, output: str, *, page: Page, config: MkDocsConfig) -> None:
        self.page_language.unspeak(config)

    # Priority -80: after the other plugins. The theme writes one language, mkdocs.yml's,
    # into every page's `<html lang>`: a page of another language of the catalog says its
    # own (screen readers, hyphenation, search engines read it) also under themes that do
    # not follow theme.language, and every page tells kpi-catalog.js the other languages'
    # folders, so that search lists the pages of the open page's language.
    @event_priority(-80)
    def _page_language(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        if len(self.languages) < 2:
            return None
        languages = self.languages
        root = root_of(page.file.src_uri, languages)
        if root:
            output = _HTML_LANG.sub(f'<html lang="{root[:-1]}"', output, count=1)
        folders = " ".join(f"{language}/" for language in languages[1:])
        return output.replace(
            "</head>", f'<meta name="kpi-catalog-languages" content="{escape.html(folders)}">'
            "</head>", 1)

    # Priority -90: after the other plugins, before the indentation is taken out. Every page
    # links the catalog's feed; a department's page and its KPIs' pages, the department's.
    @event_priority(-90)
    def _link_feeds(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        if not self.feed_links:
            return None
        src = page.file.src_uri
        links = self.feed_links.get(src) or self.feed_links.get(
            root_of(src, self.languages)) or self.feed_links[""]
        tags = "".join(f'<link rel="alternate" type="application/atom+xml" '
                       f'title="{escape.html(title)}" '
                       f'href="{escape.html(relative_url(path, page.url))}">'
                       for title, path in links)
        return output.replace("</head>", tags + "</head>", 1)

    # Priority -100 (last): every other plugin has changed the page's HTML; only then is the
    # indentation of the theme's template taken out (a third of a KPI page's bytes).
    @event_priority(-100)
    def _compact(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        if page.file.src_uri not in self.generated:
            return None
        return compact_lines(output)

    # Priority -1000 (below MkDocs' "last", -100): every other plugin's on_post_page has run,
    # and the page's output is made, so a generated page's HTML is let go, as its Markdown
    # was (10,000 KPIs: peak 355 -> 339 MB, the mean of three builds each).
    @event_priority(-1000)
    def _release_content(self, output: str, *, page: Page, config: MkDocsConfig) -> None:
        if not self.config.keep_content and page.file.src_uri in self.generated:
            page.content = ""
        return None

    on_post_page = CombinedEvent(_language_back, _page_language, _link_feeds, _compact,
                                 _release_content)

    # Priority 0 (default): adding watched paths does not depend on other plugins.
    @event_priority(0)
    def on_serve(self, server, *, config: MkDocsConfig, builder):
        if self.config.enabled:
            server.watch(str(Path(self.config.catalog)))
            custom_dir = getattr(config.theme, "custom_dir", None)
            if custom_dir and (Path(custom_dir) / TEMPLATE_OVERRIDES).is_dir():
                server.watch(str(Path(custom_dir) / TEMPLATE_OVERRIDES))
        return server

    def on_shutdown(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """While the catalog has errors, an address that has no page lists them too (a new
        KPI's page, before its file is valid): the overview's page, as the 404 page. The
        sitemaps of a site in several languages: see :mod:`.sitemaps`.

        Under `mkdocs build` every page is read by now: the temporary folder goes here, not
        only in on_shutdown, which MkDocs sends from its command line alone; a program
        that calls ``mkdocs.commands.build.build`` (the benchmarks do) left one folder per
        build in the system's temporary folder, 11 MB at 1,000 KPIs."""
        if not self.serving:
            self.on_shutdown()
        if self.errors is None:
            if len(self.languages) > 1:
                language_sitemaps(Path(config.site_dir), config.site_url or "",
                                  self.languages, self.page_srcs,
                                  config.use_directory_urls)
            return
        url = page_url(self.errors.options.overview, config.use_directory_urls)
        built = Path(config.site_dir) / (url + "index.html" if url.endswith("/") or not url
                                         else url)
        if built.is_file():
            # served at any depth: its relative links start from the overview's folder
            root = urlsplit(config.site_url or "/").path or "/"
            base = quote(root.rstrip("/") + "/" + url.rpartition("/")[0] + "/")
            html = built.read_text(encoding="utf-8").replace(
                "<head>", f'<head><base href="{base.replace("//", "/")}">', 1)
            (Path(config.site_dir) / "404.html").write_text(html, encoding="utf-8")


_HTML_LANG = re.compile(r'<html lang="[^"]*"')


def _options_language(options: dict[str, Any], config_file_path: str | None) -> str:
    """The language of the plugin's own messages about its options: the ``language``
    option, else the catalog's (its catalog.yml, found as MkDocs finds ``catalog``)."""
    chosen = options.get("language")
    if chosen in LANGUAGES:
        return chosen
    catalog = options.get("catalog", "kpis")
    base = Path(config_file_path).parent if config_file_path else Path.cwd()
    return catalog_language(base / catalog) if isinstance(catalog, str) else "en"


def _rendered_files(docs_dir: Path, replaceable: set[str]) -> set[str]:
    """The files a `kpi render` into docs_dir wrote (its manifest), but those of
    ``replaceable`` replaced by hand since (as `kpi render` takes them); none when
    unreadable."""
    try:
        files = (read_manifest(docs_dir) or {"files": {}})["files"]
    except ValueError:
        return set()
    return {src for src, written in files.items()
            if src not in replaceable or not replaced_by_hand(docs_dir, src, written)}
