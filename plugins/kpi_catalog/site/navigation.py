"""Where the generated pages go in MkDocs' navigation.

Departments and objectives go under their list pages (as sections, with the plugin's
`nav` option), whether the navigation is MkDocs' own or written in mkdocs.yml; a section
that holds one generated page becomes that page; KPI pages are never in the navigation
(every page repeats it: a thousand KPIs would make each page large).
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page

from kpi_catalog.site.generator import Site


def nav_titles(items) -> dict[str, str | None]:
    """The Markdown pages mkdocs.yml's `nav` names, with the title it gives each (or None)."""
    found: dict[str, str | None] = {}
    for item in items or []:
        title, value = next(iter(item.items())) if isinstance(item, dict) and len(item) == 1 \
            else (None, item)
        if isinstance(value, list):
            found.update(nav_titles(value))
        elif isinstance(value, str) and value.endswith(".md") and "://" not in value:
            found[value] = None if title is None else str(title)
    return found


def nav_srcs(items) -> list[str]:
    """The Markdown pages mkdocs.yml's `nav` names."""
    return list(nav_titles(items))


class NavBuilder:
    """Departments and objectives under their list pages; KPI pages never in the nav.

    ``generated``: the pages the plugin added; ``add_sections``: the plugin's `nav` option
    (the list pages become sections of their members)."""

    def __init__(self, site: Site, generated: set[str], add_sections: bool,
                 config: MkDocsConfig, files: Files):
        self.config = config
        self.files = files
        options = site.options
        self.t = site.t
        self.generated = generated
        self.given_titles = nav_titles(config.nav)  # titles written in mkdocs.yml's nav
        self.members: dict[str, list[Page]] = {}
        self.titles = {
            options.departments_src: self.t["departments.title"],
            options.objectives_src: self.t["objectives.title"],
        }
        if add_sections:
            self.members = {
                options.departments_src: self._pages(
                    options.department_src(d) for d in site.catalog.departments),
                options.objectives_src: self._pages(
                    options.objective_src(o) for o in site.catalog.objectives),
            }

    def _pages(self, srcs) -> list[Page]:
        found = []
        for src in srcs:
            file = self.files.get_file_from_path(src)
            if file is not None and file.page is not None:
                found.append(file.page)
        return found

    def apply(self, nav: Navigation) -> None:
        auto = self.config.nav is None
        self.placed = {id(p) for p in nav.pages}
        items = self._fix(nav.items, auto)
        present = {id(p) for p in pages_of(items)}
        for index_src, members in self.members.items():
            file = self.files.get_file_from_path(index_src)
            index = file.page if file else None
            if index is not None and id(index) not in present:
                items.append(Section(self.titles[index_src], [index, *members]))
        nav.items = items
        nav.pages = pages_of(items)
        link_pages(nav.items, nav.pages)

    def _fix(self, items: list, auto: bool) -> list:
        out: list[Any] = []  # MkDocs' Page, Section and Link
        for item in items:
            if isinstance(item, Section):
                item.children = self._fix(item.children, auto)
                only = item.children[0] if len(item.children) == 1 else None
                if auto and isinstance(only, Page) and only.file.src_uri in self.generated:
                    out.append(only)  # `Kpis > All KPIs`, `Glossary > Glossary`: one level
                    continue
                first = item.children[0] if item.children else None
                if auto and isinstance(first, Page) and first.file.src_uri in self.titles:
                    item.title = self.titles[first.file.src_uri]
                out.append(item)
            elif isinstance(item, Page) and item.file.src_uri in self.members:
                members = [p for p in self.members[item.file.src_uri] if id(p) not in self.placed]
                if members:
                    title = self.given_titles.get(item.file.src_uri) \
                        or self.titles[item.file.src_uri]
                    out.append(Section(title, [item, *members]))
                else:
                    out.append(item)
            else:
                out.append(item)
        return out


def pages_of(items: list) -> list[Page]:
    pages = []
    for item in items:
        if isinstance(item, Section):
            pages += pages_of(item.children)
        elif isinstance(item, Page):
            pages.append(item)
    return pages


def link_pages(items: list, pages: list[Page], parent: Section | None = None) -> None:
    """Parents, and previous/next pages in navigation order (as MkDocs sets them)."""
    for item in items:
        if isinstance(item, (Section, Page, Link)):
            item.parent = parent
        if isinstance(item, Section):
            link_pages(item.children, [], item)
    for i, page in enumerate(pages):
        page.previous_page = pages[i - 1] if i else None
        page.next_page = pages[i + 1] if i + 1 < len(pages) else None
