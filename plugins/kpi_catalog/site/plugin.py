"""The ``kpi-catalog`` MkDocs plugin: a thin adapter around :mod:`kpi_catalog.site.generator`.

What it does, event by event:

* ``on_startup``: notes whether MkDocs builds or serves.
* ``on_config``: reads and checks the catalog (the same check as ``kpi validate``); an
  invalid catalog stops the build with the same located messages (under ``mkdocs serve``,
  every page of the served site lists them instead, see ``_error_pages``, until a rebuild
  finds the catalog valid again); rule warnings are
  logged at INFO level so that ``--strict`` does not fail on them. Adds the site's CSS
  and JavaScript and the ``abbr`` Markdown extension (glossary tooltips), and the texts
  mkdocs.yml leaves out in the site's language (palette toggles, permalink title: see
  :mod:`.theme_texts`).
* ``on_files``: generates the pages (in memory, nothing is written into docs_dir) and
  adds them, with their edit links pointing at the YAML files.
* ``on_nav``: puts the departments and objectives under their list pages in the
  navigation; KPI pages stay out of it (they are linked from the tables).
* ``on_page_content``: puts back the HTML blocks that Markdown did not need to see, and
  makes the titles of generated pages safe for the theme's ``<title>`` element; in a
  build, a generated page's finished HTML is then kept compressed until the theme renders
  the page (``on_page_context``), and let go of once the page is written (see
  :mod:`.parked_html`).
* ``on_serve``: rebuilds when a catalog file (or a template override) changes.

Page generation knows nothing about MkDocs, so the same pages can feed another site
generator; see :mod:`kpi_catalog.site.outputs` and `kpi render`.
"""

from __future__ import annotations

import logging
import os
import posixpath
import secrets
from datetime import date
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

from markupsafe import Markup
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
from kpi_catalog.i18n.messages import _, ngettext, speaking
from kpi_catalog.model.diagnostics import Severity
from kpi_catalog.reading.loader import LoadResult, catalog_language, find_repo_root
from kpi_catalog.reading.memo import LoadMemo
from kpi_catalog.site.config import TEMPLATE_OVERRIDES, KpiCatalogConfig, site_options
from kpi_catalog.site.environment import template_environment
from kpi_catalog.site.feed import feed_links
from kpi_catalog.site.generator import Site
from kpi_catalog.site.html_blocks import BlockRestorer, compact_lines, skeleton
from kpi_catalog.site.navigation import NavBuilder, nav_srcs
from kpi_catalog.site.outputs import SCRIPT, STYLESHEET, SiteFile, asset_files, site_outputs
from kpi_catalog.site.parked_html import ParkedTexts
from kpi_catalog.site.rebuild_cache import PageMemo
from kpi_catalog.site.render import read_manifest
from kpi_catalog.site.search_view import with_search_words, without_empty_sections, without_spans
from kpi_catalog.site.serve_cache import ServeCache
from kpi_catalog.site.theme_texts import ThemeTexts
from kpi_catalog.site.urls import relative_url

log = logging.getLogger("mkdocs.plugins.kpi_catalog")

CSS, JS = STYLESHEET, SCRIPT
_PARKED = object()  # in `unsearched`: the HTML is parked, as it was restored


class KpiCatalogPlugin(BasePlugin[KpiCatalogConfig]):
    """Generates a page per KPI, department and objective, an overview and a glossary."""

    def __init__(self) -> None:
        super().__init__()
        self.result: LoadResult | None = None  # the checked catalog of this build
        self.today = date.today()
        self.site: Site | None = None  # the pages' generator, also used by the macros
        self.blocks = ParkedTexts()  # src -> HTML blocks taken out of the page
        self.restorer = BlockRestorer("")
        # src -> (the page's HTML, spans of the blocks that search leaves out); until indexed
        self.unsearched: dict[str, tuple[str, list[tuple[int, int]]]] = {}
        # src -> SitePage.search_title, search_text, search_terms
        self.search_words: dict[str, tuple[str, str, str]] = {}
        self.whole_page: tuple[Page, str] | None = None  # while search sees its search view
        self.parked_html = ParkedTexts()  # a build's generated pages, Markdown to theme
        self.search_enabled = False
        self.serving = False  # `mkdocs serve`: the plugin instance lives across rebuilds
        self.checked: LoadResult | None = None  # the check of this build, valid or not
        self.served_srcs: set[str] = set()  # catalog pages of the last valid build
        # `mkdocs serve` only: what the next build may reuse (see rebuild_cache, serve_cache)
        self.marker = f"kpi-catalog-{secrets.token_hex(6)}"  # no catalog text can predict it
        self.page_memo = PageMemo()
        self.load_memo = LoadMemo()  # the catalog's models, by file and text
        self.serve_cache = ServeCache()
        self.caching = False  # this build is served and its catalog is valid
        self.feed_links: dict[str, list[tuple[str, str]]] = {}  # src -> (title, feed URL)
        self.theme_texts = ThemeTexts()  # palette toggles' names, permalink title

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
        self.result, self.site, self.caching = None, None, False
        self.blocks.clear()
        if not self.config.enabled:
            return None
        self._weigh_search_tags(config)
        catalog = Path(self.config.catalog)
        today = self.config.today or date.today()
        language = self.config.language or catalog_language(catalog)
        # The build log speaks the catalog's language, as `kpi validate` does.
        with speaking(language):
            result = self.checked = self._check(config, catalog, today)
        self.theme_texts.fill(config, labels(language))
        if result.ok:
            self.result = result
            self.today = today
            self._hint_theme_language(config,
                                      self.config.language or result.catalog.config.language)

        if CSS not in config.extra_css:
            config.extra_css.append(CSS)
        if JS not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.append(JS)
        extensions = [e for e in config.markdown_extensions if isinstance(e, str)]
        if not any(e == "abbr" or e.endswith(".abbr") for e in extensions):
            config.markdown_extensions.append("abbr")
        if self.serving:
            self.serve_cache.start(config)
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
        mkdocs.yml sets the search plugin's `fields: tags:` itself."""
        boost = self.config.search_tags_boost
        search = config.plugins.get("material/search") or config.plugins.get("search")
        fields = getattr(getattr(search, "config", None), "fields", None)
        if isinstance(fields, dict) and "tags" not in fields:
            fields["tags"] = {"boost": float(boost)}

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

    # Priority 50 (early): the catalog pages are added before other plugins' on_files run
    # (navigation, i18n or exclusion plugins), so that they see them like any other page.
    @event_priority(50)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if self.config.enabled and self.serving and self.checked and not self.checked.ok:
            return self._error_pages(files, config)
        if not self.config.enabled or self.result is None:
            return None
        options = site_options(
            self.config, use_directory_urls=config.use_directory_urls,
            custom_dir=getattr(config.theme, "custom_dir", None),
            existing_pages=(f.src_uri for f in files.documentation_pages()),
            site_url=config.site_url or "")
        self.site = Site(self.result.catalog, today=self.today, options=options,
                         env=self.serve_cache.environment(options.template_dirs)
                         if self.serving else None)
        self.feed_links = feed_links(self.site)
        if not self.serving:  # the texts were for locating (and the history); a rebuild
            self.result.catalog.forget_texts()  # under serve compares them

        explicit_nav = config.nav is not None
        edit_path = self._edit_path(config)
        # Markdown gets each page without its HTML blocks (tables, the chart...), which it
        # would only pass through after parsing every tag twice; on_page_content puts them
        # back. The marker is random (new for every `mkdocs build`), so no text predicts it.
        marker = self.marker
        self.restorer = BlockRestorer(marker)
        self.caching = self.serving
        self.unsearched, self.search_words = {}, {}
        self.blocks.clear()
        self.blocks.compress = not self.caching
        self.parked_html.clear()
        self.search_enabled = any(name in ("search", "material/search")
                                  for name in config.plugins)
        # What `kpi render` wrote into docs_dir makes way for the plugin's own outputs.
        rendered = _rendered_files(Path(config.docs_dir))
        for file in [f for f in files if f.src_uri in rendered and f.generated_by is None]:
            files.remove(file)
        generated = set()
        # One page at a time: MkDocs keeps the skeleton, the plugin the HTML blocks (until
        # on_page_content); the page's full text is not kept at all.
        for page in site_outputs(self.site, self.page_memo if self.caching else None):
            existing = files.get_file_from_path(page.src_uri)
            if existing is not None and existing.generated_by is None:
                raise PluginError(
                    f"docs/{page.src_uri} is written by hand, but the kpi-catalog plugin generates "
                    "that file. Remove or move it, or change the plugin's options "
                    "(kpi_prefix, department_prefix, objective_prefix, overview, glossary)."
                )
            if isinstance(page, SiteFile):
                files.append(File.generated(config, page.src_uri, content=page.content))
                continue
            generated.add(page.src_uri)
            in_nav = page.in_nav and not explicit_nav
            if self.caching:
                content, blocks = self.serve_cache.skeleton(page, marker)
            else:
                content, blocks = skeleton(page, marker)
            self.blocks.park(page.src_uri, blocks)
            if self.search_enabled and (page.search_title or page.search_text):
                self.search_words[page.src_uri] = (
                    page.search_title, page.search_text, page.search_terms)
            file = File.generated(
                config, page.src_uri, content=content,
                inclusion=InclusionLevel.UNDEFINED if in_nav else InclusionLevel.NOT_IN_NAV,
            )
            file.edit_uri = edit_path(page.yaml_path) if page.yaml_path else None
            files.append(file)
        self.served_srcs = generated
        if self.caching:
            self.serve_cache.forget_others(generated)
            self.serve_cache.cache_search(config, generated)

        if self._edit_mode(config) == "repository":
            docs = self._docs_in_repository(config)
            if docs:
                for file in files.documentation_pages():
                    if file.generated_by is None:
                        file.edit_uri = f"{docs}/{file.src_uri}"
        return files

    # Priority -50 (late): plugins that build or reorder the navigation run first; the
    # department and objective pages are then added to whatever navigation they made.
    @event_priority(-50)
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation | None:
        if not self.config.enabled or self.site is None:
            return None
        NavBuilder(self.site, self.served_srcs, self.config.nav, config, files).apply(nav)
        if self.caching:
            self.serve_cache.add_navigation(nav)
        return nav

    # Priority -100 (last): what Markdown gets is final once every plugin changed it. A
    # served page whose Markdown did not change since the last build is not rendered again;
    # in a build, the generated File lets go of its copy of the text.
    @event_priority(-100)
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files):
        if page.file.src_uri not in self.served_srcs or page.file.generated_by is None:
            return None
        if self.caching:
            self.serve_cache.before_markdown(page, markdown)
        elif self.result is not None:
            # The page has read its text: the File need not keep a second copy for the rest
            # of a build (10,000 KPI pages hold 15 MB of it).
            page.file.content_string = ""
        return None

    # Priority 0 (default): the template that reuses a served page's theme output.
    @event_priority(0)
    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        if self.caching:
            self.serve_cache.add_wrapper(env)
        return env

    # Priority 100 (first): the HTML blocks taken out in on_files go back before any other
    # plugin looks at the page's HTML. The title is made safe here too, before any page
    # (whose navigation lists this one) is rendered: the theme writes
    # `page.title | striptags` into <title>, and striptags unescapes, so a KPI named
    # `</title><script>` would close the element. A zero-width space after each escaped `<`
    # keeps the text as it looks while nothing can form a tag.
    @event_priority(100)
    def _put_blocks_back(self, html: str, *, page: Page, config: MkDocsConfig, files: Files):
        if not self.blocks or page.file.generated_by is None:
            return None
        if self.caching:
            self.serve_cache.after_markdown(page, html)
        title = page.title
        if title and "&lt;" in title:
            page.title = title.replace("&lt;", "&lt;&#8203;")
        blocks = self.blocks.take(page.file.src_uri)
        if not blocks:
            return None
        html, unsearched = self.restorer.put_back(html, blocks)
        if unsearched and self.search_enabled:
            self.unsearched[page.file.src_uri] = (html, unsearched)
        return html

    # Priority -100 (last): every plugin has seen the page's HTML; in a build, it waits
    # compressed for the theme (MkDocs converts every page before it renders any: 10,000
    # KPI pages would hold 100 MB of HTML at once). `mkdocs serve` keeps it (its caches
    # compare it).
    @event_priority(-100)
    def _park_html(self, html: str, *, page: Page, config: MkDocsConfig, files: Files):
        src = page.file.src_uri
        if self.caching or src not in self.served_srcs or page.file.generated_by is None:
            return None
        entry = self.unsearched.get(src)
        if entry is not None:  # the search view applies only to the HTML as it was restored
            if entry[0] is html:
                self.unsearched[src] = (_PARKED, entry[1])
            else:
                del self.unsearched[src]
        self.parked_html.park(src, [html])
        return ""

    on_page_content = CombinedEvent(_put_blocks_back, _park_html)

    # Priority 100 (first): the search plugin (priority 0) indexes `page.content` in this
    # event, parsing every tag. It gets the page without the blocks marked
    # `data-search-exclude` (tables, the chart), which it would skip anyway after parsing
    # them; priority -100 (last) gives the theme the whole page again. Only when the page
    # is still what on_page_content returned: another plugin's change is never undone.
    @event_priority(100)
    def _show_search_view(self, context, *, page: Page, config: MkDocsConfig, nav):
        src = page.file.src_uri
        if src in self.parked_html:
            page.content = self.parked_html.take(src)[0]
        entry = self.unsearched.pop(src, None)
        words = self.search_words.pop(src, None)
        whole = view = page.content
        if entry is not None and (whole is entry[0] or entry[0] is _PARKED):
            view = without_empty_sections(without_spans(whole, entry[1]))
        if words is not None:
            view = with_search_words(view, *words)
        if view is not whole:
            self.whole_page = (page, whole)
            page.content = view
        return context

    @event_priority(-100)
    def _show_whole_page(self, context, *, page: Page, config: MkDocsConfig, nav):
        if self.whole_page is not None and self.whole_page[0] is page:
            page.content = self.whole_page[1]
        self.whole_page = None
        if self.caching and page.file.src_uri in self.served_srcs:
            self.serve_cache.before_theme(page, context)
        return context

    on_page_context = CombinedEvent(_show_search_view, _show_whole_page)

    # Priority -100 (last): every other plugin has changed the page's HTML; only then is the
    # indentation of the theme's template taken out (a third of a KPI page's bytes).
    @event_priority(-100)
    def _compact(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        if page.file.src_uri not in self.served_srcs:
            return None
        if self.caching:
            return self.serve_cache.compacted(page, output)
        if page.file.generated_by is not None:
            page.content = None  # written: its HTML need not stay (see _park_html)
        return compact_lines(output)

    # Priority 100 (first): a served page's theme output is kept before any plugin changes it.
    @event_priority(100)
    def _keep_theme_output(self, output: str, *, page: Page, config: MkDocsConfig):
        if self.caching and page.file.src_uri in self.served_srcs:
            self.serve_cache.after_theme(page, output)
        return None

    # Priority -90: after the other plugins, before the indentation is taken out. Every page
    # links the catalog's feed; a department's page and its KPIs' pages, the department's.
    @event_priority(-90)
    def _link_feeds(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        if not self.feed_links:
            return None
        links = self.feed_links.get(page.file.src_uri) or self.feed_links[""]
        tags = "".join(f'<link rel="alternate" type="application/atom+xml" '
                       f'title="{escape.html(title)}" '
                       f'href="{escape.html(relative_url(path, page.url))}">'
                       for title, path in links)
        return output.replace("</head>", tags + "</head>", 1)

    on_post_page = CombinedEvent(_keep_theme_output, _link_feeds, _compact)

    # Priority 0 (default): adding watched paths does not depend on other plugins.
    @event_priority(0)
    def on_serve(self, server, *, config: MkDocsConfig, builder):
        if self.config.enabled:
            server.watch(str(Path(self.config.catalog)))
            for folder in self._template_dirs(config):
                server.watch(str(folder))
        return server

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """While the catalog has errors, an address that has no page shows them too."""
        if self.serving and self.checked is not None and not self.checked.ok:
            home = Path(config.site_dir) / "index.html"
            if home.is_file():
                # served at any depth: its relative links start from the site's root
                base = quote(urlsplit(config.site_url or "/").path or "/")
                html = home.read_text(encoding="utf-8").replace(
                    "<head>", f'<head><base href="{base}">', 1)
                (Path(config.site_dir) / "404.html").write_text(html, encoding="utf-8")

    # --- the served error page -------------------------------------------------------------

    def _error_pages(self, files: Files, config: MkDocsConfig) -> Files:
        """Every page (hand-written ones use the catalog through macros) becomes the list of
        the catalog's errors, at its own address, so that the open page reloads into it."""
        language = self.config.language or self.checked.catalog.config.language
        t = labels(language)
        errors = [{
            "where": f"{d.path}:{d.line}:{d.column}", "code": d.code,
            "message": _with_code(d.message), "field": d.field_label, "hint": _with_code(d.hint),
            "edit_url": self._edit_url(config, d.path),
        } for d in self.checked.errors]
        html = template_environment().get_template("partials/serve-errors.html.j2").render(
            t=t, errors=errors, count=_with_code(t.get("errors.count", count=len(errors))))
        srcs = {f.src_uri for f in files.documentation_pages()} | self.served_srcs
        srcs |= {"index.md", *nav_srcs(config.nav)}
        for file in list(files.documentation_pages()):
            files.remove(file)
        marker = f"kpi-catalog-{secrets.token_hex(6)}"
        self.restorer = BlockRestorer(marker)
        self.unsearched, self.search_words = {}, {}
        for src in sorted(srcs):
            content = f"# {t['errors.title']}\n\n<!--{marker}-0-->\n"
            files.append(File.generated(config, src, content=content))
            self.blocks.park(src, [html])
        self._add_assets(files, config)
        return files

    def _edit_url(self, config: MkDocsConfig, path: str) -> str | None:
        """The file's edit link, built as MkDocs builds a page's; only a web address."""
        if not config.repo_url or not (config.edit_uri or config.edit_uri_template):
            return None
        source = quote(self._edit_path(config)(path))
        if config.edit_uri_template:
            uri = config.edit_uri_template.format(path=source,
                                                  path_noext=posixpath.splitext(source)[0])
        else:
            uri = config.edit_uri + source
        url = urljoin(config.repo_url if config.repo_url.endswith("/")
                      else config.repo_url + "/", uri)
        return url if url.startswith(("https://", "http://")) else None

    # --- helpers -------------------------------------------------------------------------

    @staticmethod
    def _add_assets(files: Files, config: MkDocsConfig) -> None:
        for asset in asset_files():
            files.append(File.generated(config, asset.src_uri, content=asset.content))

    def _template_dirs(self, config: MkDocsConfig) -> tuple[Path, ...]:
        custom_dir = getattr(config.theme, "custom_dir", None)
        if not custom_dir:
            return ()
        folder = Path(custom_dir) / TEMPLATE_OVERRIDES
        return (folder,) if folder.is_dir() else ()

    def _docs_in_repository(self, config: MkDocsConfig) -> str | None:
        """docs_dir relative to the repository root (``docs``), if it lies inside it."""
        repo_root = self.checked.catalog.repo_root
        try:
            return Path(config.docs_dir).resolve().relative_to(repo_root).as_posix()
        except ValueError:
            return None

    def _edit_mode(self, config: MkDocsConfig) -> str:
        mode = self.config.edit_paths
        if mode != "auto":
            return mode
        docs = self._docs_in_repository(config)
        template = config.edit_uri_template
        base = template.split("{path", 1)[0] if template else (config.edit_uri or "")
        base = base.strip("/")
        if docs and (base == docs or base.endswith("/" + docs)):
            return "docs"
        return "repository"

    def _edit_path(self, config: MkDocsConfig):
        """How a YAML path (relative to the repository root) is written after edit_uri."""
        if self._edit_mode(config) == "docs":
            docs = self._docs_in_repository(config) or "."
            return lambda source: posixpath.relpath(source, docs)
        return lambda source: source


def _rendered_files(docs_dir: Path) -> set[str]:
    """The files a `kpi render` into docs_dir wrote (its manifest); none when unreadable."""
    try:
        return set((read_manifest(docs_dir) or {"files": {}})["files"])
    except ValueError:
        return set()


def _with_code(text: str) -> Markup:
    """Escaped text whose `quoted` parts (ids, values, field names) show as code."""
    parts = text.split("`")
    if len(parts) % 2 == 0:  # an odd number of backticks: no pairs to trust
        return escape.html(text)
    return Markup("").join(escape.html(part) if i % 2 == 0
                           else Markup("<code>") + escape.html(part) + Markup("</code>")
                           for i, part in enumerate(parts))
