"""The site's navigation as a file, for site engines that run no MkDocs plugin (`kpi render`).

Under MkDocs the plugin puts the departments and objectives under their list pages in the
navigation, and gives each other language's pages a navigation of their twins
(:mod:`.navigation`, :mod:`.page_language`). Zensical runs no plugin, and reads one `nav`
for the whole site; but it reads the navigation files of mkdocs-awesome-nav (its
``awesome-nav`` plugin, with the file name of the plugin's ``filename`` option). So
`kpi render` writes :data:`NAV_FILE`: mkdocs.yml's `nav`, with the department and objective
pages under their list pages as the plugin puts them; and, for each other language, whose
pages Zensical builds as a project of their own (one language, and one search index, per
project), the same file in its folder with its home page (``id/index.md``) first and the
twins of the navigation's pages, generated or written by hand in its folder
(``docs/id/guide/...``), then its other pages written by hand (the navigation the plugin
gives that language's pages under MkDocs). Titles are left to the
pages (their front matter), except those written in mkdocs.yml's `nav`, the sections' own,
and those of pages written by hand whose title calls the catalog's macros
(``# {{ catalog_name() }}``): Zensical took such a title as the macro's Markdown, character
references and all, which its search's breadcrumbs showed as written (``&#42;`` for ``*``);
the navigation names them in plain text (:func:`~kpi_catalog.escape.nav_title`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
import yaml
from jinja2.sandbox import SandboxedEnvironment

from kpi_catalog.escape import nav_title
from kpi_catalog.reading.yaml_reader import YamlProblem, check_limits
from kpi_catalog.site.languages import HOME
from kpi_catalog.site.navigation import nav_srcs
from kpi_catalog.site.outputs import SiteFile

if TYPE_CHECKING:
    from kpi_catalog.site.generator import Site

NAV_FILE = ".kpi-nav.yml"
"""The navigation file in the rendered folder (hidden: MkDocs leaves it out; Zensical reads
it through ``awesome-nav: {filename: .kpi-nav.yml}``)."""


def _listing_pages(site: Site) -> set[str]:
    """The generated pages a navigation can name (KPI pages never are)."""
    options = site.options
    srcs = set(options.index_pages)
    srcs.update(options.department_src(d) for d in site.catalog.departments)
    srcs.update(options.objective_src(o) for o in site.catalog.objectives)
    return srcs


def _entry(item: Any) -> tuple[str | None, Any]:
    """An entry of mkdocs.yml's `nav`: (its title or None, its page, link or children)."""
    if isinstance(item, dict) and len(item) == 1:
        title, value = next(iter(item.items()))
        return (None if title is None else str(title)), value
    return None, item


def _with_sections(items: list, site: Site, placed: set[str]) -> list:
    """``items`` with the department and objective list pages made sections of their
    members (``placed``: the pages the navigation names already, left where they are)."""
    options = site.options
    members = {
        options.departments_src: (site.t["departments.title"], [
            options.department_src(d) for d in site.catalog.departments]),
        options.objectives_src: (site.t["objectives.title"], [
            options.objective_src(o) for o in site.catalog.objectives]),
    } if options.nav else {}
    out: list = []
    for item in items:
        title, value = _entry(item)
        if isinstance(value, list):
            out.append({title: _with_sections(value, site, placed)})
        elif isinstance(value, str) and value in members:
            label, pages = members[value]
            children = [src for src in pages if src not in placed]
            out.append({title or label: [value, *children]} if children else item)
        else:
            out.append(item)
    return out


def _twins(items: list, site: Site, first: Site, written: Collection[str] = frozenset()) -> list:
    """The pages of ``items`` replaced by their twins in ``site``'s language (paths inside
    its folder): the generated pages', and those written by hand in its folder
    (``written``, paths inside it); other pages and links left out, and sections left
    empty; sections of the department and objective pages named in that language, the
    others as the plugin's ``nav_translations`` gives them."""
    titles = {first.options.departments_src: site.t["departments.title"],
              first.options.objectives_src: site.t["objectives.title"]}
    generated = _listing_pages(first)
    out: list = []
    for item in items:
        title, value = _entry(item)
        if isinstance(value, list):
            children = _twins(value, site, first, written)
            if children:
                opening = _entry(value[0])[1] if value else None
                label = titles.get(opening) if isinstance(opening, str) else None
                out.append({label or site.options.section_title(title, site.language):
                            children})
        elif isinstance(value, str) and (value in generated or value in written):
            out.append(value)
    return out


def _listed(items: list) -> set[str]:
    found: set[str] = set()
    for item in items:
        value = _entry(item)[1]
        if isinstance(value, list):
            found |= _listed(value)
        elif isinstance(value, str):
            found.add(value)
    return found


_HEADING = re.compile(r"#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")
_FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})")


def _source_title(text: str) -> str | None:
    """The title Zensical gives a page: its front matter's ``title``, else its first
    heading (``# ...``, outside code blocks)."""
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        front = text[4:end] if end > 0 else ""
        try:
            check_limits(front)  # the bounds of catalog files: PyYAML's loader has none
            meta = yaml.safe_load(front)
        except (yaml.YAMLError, YamlProblem):
            meta = None
        if isinstance(meta, dict) and isinstance(meta.get("title"), str):
            return meta["title"]
        text = text[end + 4:] if end > 0 else text
    fence = None
    for line in text.splitlines():
        opened = _FENCE.match(line)
        if opened:
            mark = opened.group(1)
            if fence is None:
                fence = mark
            elif mark[0] == fence[0] and len(mark) >= len(fence):
                fence = None
        elif fence is None:
            heading = _HEADING.fullmatch(line)
            if heading:
                return heading.group(1)
    return None


def _macro_titles(site: Site) -> jinja2.Environment:
    """The catalog's macros that a title may call, each giving plain text: the catalog's
    name (``catalog_name``) and a KPI's (``kpi_link``); anything else is undefined."""
    env = SandboxedEnvironment(undefined=jinja2.StrictUndefined, autoescape=False)
    env.globals.update(catalog_name=lambda: site.catalog.config.name,
                       kpi_link=lambda kpi_id: site.views[kpi_id].name)
    return env


def _page_titles(items: list, site: Site, folder: Path, generated: set[str]) -> list:
    """``items`` with each page written by hand whose title calls the catalog's macros
    named by that title in plain text; a title with anything else (another module's
    macro, an unknown id) is left to the site engine."""
    env: jinja2.Environment | None = None
    out: list = []
    for item in items:
        title, value = _entry(item)
        if isinstance(value, list):
            out.append({title: _page_titles(value, site, folder, generated)})
            continue
        if title is None and isinstance(value, str) and value not in generated:
            try:
                source = _source_title((folder / value).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                source = None
            if source is not None and "{{" in source:
                env = env or _macro_titles(site)
                try:
                    text = env.from_string(source).render()
                except Exception:  # noqa: BLE001 - any template error: the engine's title
                    text = None
                if text:
                    out.append({nav_title(text): value})
                    continue
        out.append(item)
    return out


def _file(src_uri: str, items: list) -> SiteFile:
    text = ("# Written by kpi render from mkdocs.yml's nav, with the catalog's departments "
            "and objectives\n# under their list pages. Read by Zensical's awesome-nav "
            "(zensical.yml). Do not edit:\n# edit mkdocs.yml's nav and render again.\n"
            + yaml.safe_dump({"nav": items}, allow_unicode=True, sort_keys=False))
    return SiteFile(src_uri, text)


def nav_files(nav: Any, sites: Sequence[Site], folder: Path | None = None
              ) -> list[SiteFile]:
    """:data:`NAV_FILE` for mkdocs.yml's ``nav`` and the site in each language (the first
    first): the first language's in the folder, each other's in its folder (``id/``), for
    the Zensical project of that language, which has the generated pages' twins in it;
    none without a `nav` (a site engine then makes its own navigation). ``folder``: the
    docs folder, whose pages written by hand the first language's file names."""
    if not isinstance(nav, list) or not sites:
        return []
    first = sites[0]
    items = _with_sections(nav, first, set(nav_srcs(nav)))
    first_items = items if folder is None else _page_titles(
        items, first, folder, _listing_pages(first))
    files = [_file(NAV_FILE, first_items)]
    for site in sites[1:]:
        # its home page first (generated, or written by hand in its folder), as the
        # plugin's navigation of that language has it under MkDocs
        # then the pages written by hand in its folder without a twin in the navigation
        # (its options' existing pages: those written by hand in its folder, inside it)
        written = site.options.existing_pages
        twins = [HOME, *(item for item in _twins(items, site, first, written)
                         if item != HOME)]
        listed = _listed(twins)
        twins += sorted(src for src in written if src not in listed)
        files.append(_file(site.root + NAV_FILE, twins))
    return files
