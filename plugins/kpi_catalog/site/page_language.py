"""The pages of a catalog's other languages in one MkDocs build, each in its own language.

MkDocs builds a site in one language: the theme's own texts ("Skip to content", the search
box, "Back to top"), ``<html lang>``, the palette toggles' names, the headings' permanent
link title, the site's name and the navigation are mkdocs.yml's. A page of another language
of the catalog (``id/...``, see :mod:`.languages`) gets its own while it is made: the
theme's ``language`` and the texts the plugin writes when mkdocs.yml leaves them out
(:mod:`.theme_texts`) in the page's language, the catalog's name in that language when
``site_name`` is the catalog's name, and a navigation of that language's pages (the twins
of the generated pages in the site's navigation; pages written by hand have none). What it
changes is put back as soon as the page is converted or rendered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from kpi_catalog.site.languages import root_of
from kpi_catalog.site.navigation import link_pages, pages_of

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from kpi_catalog.site.generator import Site
    from kpi_catalog.site.theme_texts import ThemeTexts


class PageLanguage:
    """Speaks a page's language while MkDocs converts and renders it."""

    def __init__(self, theme_texts: ThemeTexts) -> None:
        self.theme_texts = theme_texts
        self.sites: dict[str, Site] = {}  # by language folder ("" for the first)
        self.navs: dict[str, Navigation] = {}  # by folder, the other languages'
        self._saved: tuple[Any, str] | None = None  # theme language, site_name

    def start(self, sites: list[Site]) -> None:
        """A new build, with a site per language (:func:`.languages.language_sites`)."""
        self.sites = {site.root: site for site in sites}
        self.navs = {}

    def site_of(self, src: str) -> Site | None:
        """The site of the page at ``src`` when it is in another language than the first."""
        if len(self.sites) < 2:
            return None
        first = self.sites[""]
        root = root_of(src, first.languages)
        return self.sites.get(root) if root else None

    def make_navigations(self, nav: Navigation, files: Files) -> None:
        """Each other language's navigation: the site navigation's generated pages replaced
        by their twins (with their titles), sections kept when they keep a page."""
        for root, site in self.sites.items():
            if not root:
                continue
            first = self.sites[""]
            titles = {first.options.departments_src: site.t["departments.title"],
                      first.options.objectives_src: site.t["objectives.title"]}
            items = _twins(nav.items, files, root, titles)
            pages = pages_of(items)
            link_pages(items, pages)
            navigation = Navigation(items, pages)
            overview = files.get_file_from_path(root + site.options.overview) \
                if site.options.overview else None
            navigation.homepage = overview.page if overview is not None else None
            self.navs[root] = navigation

    def speak(self, config: MkDocsConfig, site: Site) -> None:
        """Until :meth:`unspeak`: the theme and the plugin's texts in ``site``'s language."""
        if self._saved is None:
            language = config.theme["language"] if "language" in config.theme else None
            self._saved = (language, config.site_name)
        first = self.sites[""]
        config.theme["language"] = site.language
        self.theme_texts.fill(config, site.t)
        if config.site_name == first.catalog.config.name:
            config.site_name = site.catalog.config.name

    def unspeak(self, config: MkDocsConfig) -> None:
        if self._saved is None:
            return
        language, site_name = self._saved
        self._saved = None
        config.theme["language"] = language if language is not None else self.sites[""].language
        config.site_name = site_name
        self.theme_texts.fill(config, self.sites[""].t)


def _twins(items: list, files: Files, root: str, titles: dict[str, str]) -> list:
    """``items`` with each generated page replaced by its twin under ``root``; pages and
    links without one left out, and sections left empty. ``titles``: a section's title in
    the twins' language, by the page it opens with."""
    out: list = []
    for item in items:
        if isinstance(item, Section):
            children = _twins(item.children, files, root, titles)
            if children:
                index = item.children[0] if item.children else None
                title = titles.get(index.file.src_uri, item.title) \
                    if isinstance(index, Page) else item.title
                out.append(Section(title, children))
        elif isinstance(item, Page):
            twin = files.get_file_from_path(root + item.file.src_uri)
            if twin is not None and twin.generated_by is not None and twin.page is not None:
                out.append(twin.page)
    return out
