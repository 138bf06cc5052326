"""The pages of a catalog's other languages in one MkDocs build, each in its own language.

MkDocs builds a site in one language: the theme's own texts ("Skip to content", the search
box, "Back to top"), ``<html lang>``, the palette toggles' names, the headings' permanent
link title, the site's name and the navigation are mkdocs.yml's. A page of another language
of the catalog (``id/...``, see :mod:`.languages`) gets its own while it is made: the
theme's ``language`` and the texts the plugin writes when mkdocs.yml leaves them out
(:mod:`.theme_texts`) in the page's language, the catalog's name in that language when
``site_name`` is the catalog's name, and a navigation of that language's pages (the twins
of the site navigation's pages, generated or written by hand in its folder). What it
changes is put back as soon as the page is converted or rendered.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from markupsafe import escape
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from kpi_catalog.i18n.labels import labels
from kpi_catalog.model.language import entry_in
from kpi_catalog.site.languages import HOME, in_language_options, language_root, root_of
from kpi_catalog.site.navigation import link_pages, pages_of

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from kpi_catalog.i18n.labels import Labels
    from kpi_catalog.model.catalog import Catalog
    from kpi_catalog.site.generator import Site
    from kpi_catalog.site.options import SiteOptions
    from kpi_catalog.site.theme_texts import ThemeTexts


@dataclass(frozen=True)
class Voice:
    """What a language's pages need of its site while MkDocs renders them: not the site
    itself, whose catalog the plugin lets go once every page is converted."""

    root: str  # the language's folder, "" for the first
    language: str
    languages: tuple[str, ...]
    t: Labels
    name: str  # the catalog's name in this language
    options: SiteOptions

    @classmethod
    def of(cls, site: Site) -> Voice:
        return cls(site.root, site.language, site.languages, site.t,
                   site.catalog.config.name, site.options)

    @classmethod
    def without_site(cls, catalog: Catalog, options: SiteOptions, language: str,
                     languages: Sequence[str]) -> Voice:
        """The voice of ``language`` among ``languages`` when there is no site to ask (the
        error pages of a catalog that has errors): what :meth:`of` takes from its site."""
        return cls(language_root(language, languages), language, tuple(languages),
                   labels(language), entry_in(catalog.config, language,
                                              catalog.config.language).name,
                   in_language_options(options, language, languages))


class PageLanguage:
    """Speaks a page's language while MkDocs converts and renders it."""

    def __init__(self, theme_texts: ThemeTexts) -> None:
        self.theme_texts = theme_texts
        self.voices: dict[str, Voice] = {}  # by language folder ("" for the first)
        self.navs: dict[str, Navigation] = {}  # by folder, the other languages'
        self._saved: tuple[Any, str] | None = None  # theme language, site_name

    def start(self, voices: Iterable[Voice]) -> None:
        """A new build, with a voice per language, the first one first (of the sites of
        :func:`.languages.language_sites`, or, while the catalog has errors, of the
        languages its error pages are in)."""
        self.voices = {voice.root: voice for voice in voices}
        self.navs = {}

    def site_of(self, src: str) -> Voice | None:
        """The language of the page at ``src`` when it is another than the first."""
        if len(self.voices) < 2:
            return None
        first = self.voices[""]
        root = root_of(src, first.languages)
        return self.voices.get(root) if root else None

    def make_navigations(self, nav: Navigation, files: Files) -> None:
        """Each other language's navigation: the site navigation's pages replaced by their
        twins in that language's folder (generated, with their titles, or written by hand,
        with theirs), sections kept when they keep a page and named in that language
        (``nav_translations``); then the pages written by hand in its folder that have no
        twin in the navigation."""
        for root, voice in self.voices.items():
            if not root:
                continue
            first = self.voices[""]
            titles = {first.options.departments_src: voice.t["departments.title"],
                      first.options.objectives_src: voice.t["objectives.title"]}
            items = _twins(nav.items, files, root, titles, voice)
            # its home page first (generated, or written by hand), the theme's home link
            home = files.get_file_from_path(root + HOME)
            if home is not None and home.page is not None:
                items = [home.page, *(item for item in items if item is not home.page)]
            listed = {id(page) for page in pages_of(items)}
            items += [file.page for file in files.documentation_pages()
                      if file.page is not None and id(file.page) not in listed
                      and file.src_uri.startswith(root) and file.generated_by is None
                      and file.inclusion.is_in_nav()
                      and _in_nav(files, file.src_uri.removeprefix(root))]
            pages = pages_of(items)
            link_pages(items, pages)
            navigation = Navigation(items, pages)
            overview = files.get_file_from_path(root + voice.options.overview) \
                if voice.options.overview else None
            navigation.homepage = home.page if home is not None and home.page is not None \
                else overview.page if overview is not None else None
            self.navs[root] = navigation

    def speak(self, config: MkDocsConfig, voice: Voice) -> None:
        """Until :meth:`unspeak`: the theme and the plugin's texts in ``voice``'s language."""
        if self._saved is None:
            language = config.theme["language"] if "language" in config.theme else None
            self._saved = (language, config.site_name)
        first = self.voices[""]
        config.theme["language"] = voice.language
        self.theme_texts.fill(config, voice.t)
        if config.site_name == first.name:
            # Escaped: the theme writes site_name into the page as it is (in <title>, the
            # header, an attribute: a translation's `"` ended it, its `<i>` was markup); as
            # Markup, the theme's own `| e` leaves it as it is. mkdocs.yml's own site_name,
            # on the first language's pages, is the site's to write.
            config.site_name = escape(voice.name)

    def unspeak(self, config: MkDocsConfig) -> None:
        if self._saved is None:
            return
        language, site_name = self._saved
        self._saved = None
        first = self.voices[""]
        config.theme["language"] = language if language is not None else first.language
        config.site_name = site_name
        self.theme_texts.fill(config, first.t)


def _twins(items: list, files: Files, root: str, titles: dict[str, str], voice: Voice) -> list:
    """``items`` with each page replaced by its twin under ``root`` (generated, or written
    by hand in that folder); pages and links without one left out, and sections left
    empty. ``titles``: a section's title in the twins' language, by the page it opens with;
    else mkdocs.yml's, as ``nav_translations`` gives it in that language."""
    out: list = []
    for item in items:
        if isinstance(item, Section):
            children = _twins(item.children, files, root, titles, voice)
            if children:
                index = item.children[0] if item.children else None
                title = titles.get(index.file.src_uri) if isinstance(index, Page) else None
                out.append(Section(
                    title or voice.options.section_title(item.title, voice.language) or "",
                    children))
        elif isinstance(item, Page):
            twin = files.get_file_from_path(root + item.file.src_uri)
            if twin is not None and twin.page is not None:
                out.append(twin.page)
    return out


def _in_nav(files: Files, twin_src: str) -> bool:
    """Whether a page written by hand in another language's folder belongs in its
    navigation: unless its twin (``twin_src``, the same path in the first language) is
    left out of the navigation on purpose (mkdocs.yml's ``not_in_nav``)."""
    twin = files.get_file_from_path(twin_src)
    return twin is None or twin.inclusion.is_in_nav()
