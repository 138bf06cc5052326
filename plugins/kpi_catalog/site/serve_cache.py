"""The MkDocs side of what `mkdocs serve` keeps between builds (see :mod:`.rebuild_cache`).

A generated page whose Markdown is the same as in the last build gets the same HTML from
Markdown without running it; one whose HTML, title, table of contents, front matter, place
in the navigation and site configuration are the same gets the theme's output of the last
build without rendering the theme's templates. The theme's output is kept *before* any
plugin's ``on_post_page`` changes it, so those run on a reused page as on a new one.

How the theme is skipped: under `mkdocs serve` a generated page's template is
:data:`WRAPPER`, which renders the theme's ``main.html`` as it is, or the kept output when
the plugin put it into the page's context (decided in ``on_page_context``, after every
plugin had its say).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from kpi_catalog.site.environment import template_environment
from kpi_catalog.site.html_blocks import compact_lines, skeleton
from kpi_catalog.site.page import SitePage
from kpi_catalog.site.rebuild_cache import digest, folder_state

WRAPPER = "kpi-catalog/serve-cache.html"
CACHED = "kpi_catalog_cached_page"
_WRAPPER_SOURCE = (f"{{%- if {CACHED} is defined %}}{{{{ {CACHED} }}}}"
                   '{% else %}{% include "main.html" %}{% endif -%}')


@dataclass
class _Rendered:
    """What rendering Markdown leaves on a page (``mkdocs.structure.pages.Page.render``)."""

    content: str
    toc: Any
    title: str | None
    anchors: Any
    links: Any

    def apply(self, page: Page, config: MkDocsConfig, files: Any) -> None:
        page.content, page.toc = self.content, self.toc
        page._title_from_render = self.title
        page.present_anchor_ids, page.links_to_anchors = self.anchors, self.links


class ServeCache:
    """Markdown's and the theme's output of the last build, by page, with their keys."""

    def __init__(self) -> None:
        self._markdown: dict[str, tuple[str, _Rendered]] = {}
        self._theme: dict[str, tuple[str, str, str | None]] = {}  # key, output, compacted
        self._search: dict[str, tuple[str, list[dict]]] = {}
        self._skeletons: dict[str, tuple[SitePage, str, tuple[str, list[str]]]] = {}
        self._env: tuple[tuple, jinja2.Environment] | None = None
        self._pending_markdown: dict[str, str] = {}  # src -> key, until rendered
        self._pending_theme: dict[str, str] = {}
        self.site_key = ""  # configuration, theme overrides and navigation of this build
        self.reused = {"markdown": 0, "theme": 0, "search": 0}

    # --- per build ---------------------------------------------------------------------

    def start(self, config: MkDocsConfig) -> None:
        """A new build: what every page's theme output depends on besides the page."""
        path = config.config_file_path
        text = Path(path).read_text(encoding="utf-8") if path and Path(path).is_file() else None
        custom = getattr(config.theme, "custom_dir", None)
        self.site_key = "" if text is None else digest(
            text, config.site_url, config.theme.name, folder_state([custom] if custom else []),
            [str(e) for e in config.markdown_extensions], config.mdx_configs)
        self.reused = {"markdown": 0, "theme": 0, "search": 0}
        self._pending_markdown.clear()
        self._pending_theme.clear()

    def add_navigation(self, nav: Navigation) -> None:
        if self.site_key:
            self.site_key = digest(self.site_key, _outline(nav.items))

    def add_wrapper(self, env: jinja2.Environment) -> None:
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({WRAPPER: _WRAPPER_SOURCE}),
                                          env.loader])

    # --- per page ----------------------------------------------------------------------

    def before_markdown(self, page: Page, markdown: str) -> None:
        """Reuse Markdown's output for the same Markdown, and choose the wrapper template."""
        if not self.site_key:
            return
        src = page.file.src_uri
        page.meta["template"] = WRAPPER
        key = digest(self.site_key, page.url, markdown)
        kept = self._markdown.get(src)
        if kept is not None and kept[0] == key:
            self.reused["markdown"] += 1
            page.render = functools.partial(kept[1].apply, page)  # this build's Page only
        else:
            self._pending_markdown[src] = key

    def after_markdown(self, page: Page, html: str) -> None:
        key = self._pending_markdown.pop(page.file.src_uri, None)
        if key is not None:
            self._markdown[page.file.src_uri] = (key, _Rendered(
                html, page.toc, page._title_from_render, page.present_anchor_ids,
                page.links_to_anchors))

    def before_theme(self, page: Page, context: dict) -> None:
        """The kept theme output goes into the context when nothing it depends on changed."""
        if not self.site_key or page.meta.get("template") != WRAPPER:
            return
        src = page.file.src_uri
        neighbours = [(p.url, p.title) if p else None
                      for p in (page.previous_page, page.next_page)]
        meta = {k: v for k, v in page.meta.items() if k != "template"}
        key = digest(self.site_key, page.url, page.title, page.content, str(page.toc), meta,
                     page.edit_url, page.canonical_url, neighbours, sorted(context))
        kept = self._theme.get(src)
        if kept is not None and kept[0] == key:
            self.reused["theme"] += 1
            context[CACHED] = Markup(kept[1])
        else:
            self._pending_theme[src] = key

    def after_theme(self, page: Page, output: str) -> None:
        key = self._pending_theme.pop(page.file.src_uri, None)
        if key is not None:
            self._theme[page.file.src_uri] = (key, output, None)

    def compacted(self, page: Page, output: str) -> str:
        """:func:`compact_lines` of the output, kept with the theme's output it came from."""
        src = page.file.src_uri
        kept = self._theme.get(src)
        if kept is None or output != kept[1]:  # another plugin changed it: not kept
            return compact_lines(output)
        if kept[2] is None:
            self._theme[src] = (*kept[:2], compact_lines(output))
        return self._theme[src][2]

    # --- what does not depend on MkDocs' page objects ----------------------------------

    def environment(self, template_dirs) -> jinja2.Environment:
        """The templates' environment of the last build while no override changed: its
        compiled templates are kept with it."""
        state = folder_state(template_dirs)
        if self._env is None or self._env[0] != state:
            self._env = (state, template_environment(template_dirs))
        return self._env[1]

    def skeleton(self, page: SitePage, marker: str) -> tuple[str, list[str]]:
        """:func:`skeleton` of a page, kept while the generator gives the same page."""
        kept = self._skeletons.get(page.src_uri)
        if kept is None or kept[0] is not page or kept[1] != marker:
            kept = (page, marker, skeleton(page, marker))
            self._skeletons[page.src_uri] = kept
        return kept[2]

    def cache_search(self, config: MkDocsConfig, ours: set[str]) -> None:
        """mkdocs-material's search parses every page's HTML again in every build; a
        generated page whose indexed HTML, address, title, table of contents and front
        matter did not change gets the entries it got last time instead."""
        search = config.plugins.get("material/search") or config.plugins.get("search")
        index = getattr(search, "search_index", None)
        add = getattr(index, "add_entry_from_context", None)
        entries = getattr(index, "entries", None)
        if add is None or not isinstance(entries, list):
            return  # another search plugin, or another version: nothing is kept

        def add_entry(page: Page) -> None:
            src = page.file.src_uri
            if src not in ours:
                return add(page)
            key = digest(page.url, page.content, page.title, str(page.toc),
                         {k: page.meta.get(k) for k in ("title", "tags", "search")})
            kept = self._search.get(src)
            if kept is not None and kept[0] == key:
                self.reused["search"] += 1
                entries.extend(dict(entry) for entry in kept[1])
                return None
            first = len(entries)
            add(page)
            self._search[src] = (key, [dict(entry) for entry in entries[first:]])
            return None

        index.add_entry_from_context = add_entry

    def forget_others(self, src_uris: set[str]) -> None:
        for kept in (self._markdown, self._theme, self._search, self._skeletons):
            for src in [s for s in kept if s not in src_uris]:
                del kept[src]


def _outline(items: list) -> list:
    """The navigation as titles and addresses, nested: what every page's menu shows."""
    out = []
    for item in items:
        if isinstance(item, Section):
            out.append((item.title, _outline(item.children)))
        else:
            out.append((getattr(item, "title", None), getattr(item, "url", None)))
    return out
