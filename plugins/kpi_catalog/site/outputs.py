"""Everything a catalog site is made of: its pages and its other files, from one list.

This is the generator's one output interface. A site is a sequence of outputs, each with
the path it goes to (relative to the docs folder, with ``/``):

* :class:`~kpi_catalog.site.page.SitePage`: a Markdown page with front matter, complete in
  itself (HTML blocks where Markdown has no syntax for it), that the site engine builds;
* :class:`SiteFile`: any other file, published as it is: a stylesheet, a script, JSON, an
  SVG, an Atom feed, a text file.

`kpi render` writes the outputs into a folder (:mod:`kpi_catalog.site.render`) for any site
engine; the MkDocs plugin adds the same outputs to its build (pages as MkDocs files, the
files for programs written into the site). So an output added here reaches every engine.
How to add one: docs/reference/outputs.md.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from kpi_catalog import escape
from kpi_catalog.site.edit_links import with_edit_links
from kpi_catalog.site.languages import with_site_names
from kpi_catalog.site.page import SitePage

if TYPE_CHECKING:
    from kpi_catalog.site.generator import Site
    from kpi_catalog.site.rebuild_cache import PageMemo

ASSETS = Path(__file__).parent / "assets"
ASSET_FOLDER = "assets/kpi-catalog"
STYLESHEET = f"{ASSET_FOLDER}/kpi-catalog.css"
"""The site's stylesheet: every page needs it (a site engine's ``extra_css``)."""
SCRIPT = f"{ASSET_FOLDER}/kpi-catalog.js"
"""The site's script (the overview's filters and sorting): ``extra_javascript``."""


@dataclass(frozen=True)
class SiteFile:
    """A file of the site that is not a page: published byte for byte as it is."""

    src_uri: str
    """Where the file goes, relative to the docs folder, with ``/``: ``assets/x.css``."""
    content: str | bytes
    """The file's content; text is written as UTF-8."""

    @property
    def data(self) -> bytes:
        return self.content.encode("utf-8") if isinstance(self.content, str) else self.content


Output = SitePage | SiteFile
"""One output of the site: a page or another file. Both have ``src_uri`` and ``data``."""

Maker = Callable[["Site"], Iterable[Output]]
"""What adds outputs to a site: a function of the :class:`~kpi_catalog.site.generator.Site`
(its catalog is the one this build's audience may see) that yields pages or files."""


def asset_files() -> list[SiteFile]:
    """The stylesheet and the script every generated page uses."""
    return [SiteFile(src_uri, (ASSETS / posixpath.basename(src_uri)).read_bytes())
            for src_uri in (STYLESHEET, SCRIPT)]


def assets(site: Site) -> Iterator[SiteFile]:
    """The maker of :func:`asset_files` (the same for every site)."""
    yield from asset_files()


def _feeds(site: Site) -> Iterable[Output]:
    from kpi_catalog.site.feed import feeds  # feed.py uses SiteFile: imported when made

    return feeds(site)


def _theme_meta(site: Site) -> Callable[[SitePage], SitePage]:
    """What puts in a page's front matter what a theme the plugin does not adapt
    (Zensical's, see overrides/zensical/) needs to do what the plugin does under MkDocs:
    ``kpi_feeds``, the Atom feeds the page links (title and address of each, relative to
    the page's language's own site: Zensical builds each language as a project of its own,
    the other language's from its folder, `id/`), and on a page of a language other than
    the first, ``kpi_language``."""
    from kpi_catalog.site.feed import feed_links  # feed.py uses SiteFile: imported here

    links = feed_links(site)

    def with_theme_meta(page: SitePage) -> SitePage:
        meta = dict(page.meta)
        if links:
            # one line, without controls: the plugin's links under MkDocs drop them too
            meta["kpi_feeds"] = [{"title": str(escape.one_line(title)), "href": path}
                                 for title, path in links.get(page.src_uri) or links[""]]
        if site.root:
            meta["kpi_language"] = site.language
        return dataclasses.replace(page, meta=meta)

    return with_theme_meta


def _for_machines(site: Site) -> Iterable[Output]:
    # the catalog for programs: JSON, images, llms.txt (they use SiteFile: imported here)
    from kpi_catalog.site import api, images, llms

    return chain(api.api_files(site), images.kpi_images(site), llms.llms_files(site))


MAKERS: tuple[Maker, ...] = (
    assets,
    _feeds,
    _for_machines,
)
"""The makers of every output besides the catalog's pages, in the order they run."""

SHARED: tuple[Maker, ...] = (
    assets,
)
"""The makers in :data:`MAKERS` whose outputs are the same in every language: a site in
several languages has them once, with its first language (the others' pages link them)."""


def site_outputs(site: Site, memo: PageMemo | None = None,
                 seen: set[str] | None = None) -> Iterator[Output]:
    """Every output of the site: its pages (see :meth:`Site.iter_pages`; ``memo`` under
    `mkdocs serve`), then what :data:`MAKERS` make. Each path is checked: relative, inside
    the docs folder, and given once (also among the paths in ``seen``, which it adds to).

    The site of a language other than the first (:attr:`Site.root`, see
    :mod:`kpi_catalog.site.languages`) has its outputs under its folder (``id/kpis/...``),
    and none of the :data:`SHARED` ones; its pages name their language in their front
    matter (``kpi_language``), so that a theme the plugin does not adapt (Zensical's, see
    overrides/zensical/partials/language.html) can speak it."""
    seen = set() if seen is None else seen
    root = site.root
    makers = [make for make in MAKERS if not root or make not in SHARED]
    for output in chain(map(_theme_meta(site), site.iter_pages(memo)),
                        *(make(site) for make in makers)):
        if root:
            output = dataclasses.replace(output, src_uri=root + output.src_uri)
        _check_path(output.src_uri, seen)
        yield output


def outputs_of(sites: Sequence[Site], memos: Callable[[Site], PageMemo] | None = None, *,
               edit_url: Callable[[str], str | None] | None = None,
               site_name: str = "") -> Iterator[Output]:
    """The outputs of a site in each of its languages (:func:`site_outputs` of each, one
    after the other), each path given once among all; ``memos`` gives each language's
    memo under `mkdocs serve`.

    Each page's front matter also holds its edit link (``edit_url`` of its YAML file's path,
    none without ``edit_url``: :func:`~kpi_catalog.site.edit_links.with_edit_links`) and,
    on a page of another language, the catalog's name in it when ``site_name`` (mkdocs.yml's)
    is the catalog's (:func:`~kpi_catalog.site.languages.with_site_names`): the same pages
    for the plugin, `kpi render` and :func:`~kpi_catalog.site.render.render_site`."""
    seen: set[str] = set()
    made = chain.from_iterable(site_outputs(site, memos(site) if memos else None, seen=seen)
                               for site in sites)
    return with_site_names(with_edit_links(made, edit_url), sites, site_name)


_SAFE_PATH = re.compile(r"[^\x00-\x1f\\:*?\"<>|]+")


def inside_folder(src_uri: str) -> bool:
    """Whether ``src_uri`` is a path inside the docs folder: relative, with ``/``, no ``..``,
    ``.`` or empty part, and no character that some file systems refuse."""
    return bool(_SAFE_PATH.fullmatch(src_uri)) and not src_uri.startswith("/") and not any(
        part in ("", ".", "..") for part in src_uri.split("/"))


def _check_path(src_uri: str, seen: set[str]) -> None:
    """A maker's mistake (a path outside the folder, a name made twice) stops the build
    instead of writing where it must not."""
    if not inside_folder(src_uri):
        raise ValueError(f"{src_uri!r} is not a path inside the docs folder")
    if src_uri in seen:
        raise ValueError(f"two outputs of the site go to {src_uri!r}")
    seen.add(src_uri)
