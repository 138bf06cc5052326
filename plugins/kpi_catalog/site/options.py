"""Where the generated pages go and how they read: the options of :class:`~.generator.Site`.

The MkDocs plugin fills them from its own options (:mod:`kpi_catalog.site.config`) and
from ``mkdocs.yml``; another site generator can fill them directly.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from kpi_catalog.model.audience import Audience


@dataclass(frozen=True)
class SiteOptions:
    """Where the generated pages go and how they read. Paths are relative to the docs folder."""

    kpi_prefix: str = "kpis"
    department_prefix: str = "departments"
    objective_prefix: str = "objectives"
    overview: str = "kpis/index.md"
    glossary: str | None = "glossary/index.md"
    language: str | None = None
    """``en`` or ``id``; ``None`` takes the catalog's ``language``."""
    languages: tuple[str, ...] = ()
    """Every language the site is made in, the first one's pages at the root and each
    other's under ``<language>/`` (see :mod:`kpi_catalog.site.languages`); empty: the site
    has one language, ``language``."""
    audience: Audience | None = None
    """``public`` or ``internal`` (see :mod:`kpi_catalog.model.audience`); ``None`` takes the
    catalog's ``audience``."""
    use_directory_urls: bool = True
    nav: bool = True
    """Whether department and objective pages belong in the navigation (``in_nav``)."""
    nav_translations: tuple[tuple[str, str, str], ...] = ()
    """(language, title, translated title) of the navigation's sections (the plugin's
    `nav_translations` option): see :meth:`section_title`."""
    template_dirs: tuple[Path, ...] = ()
    """Folders searched before the built-in templates (overrides by file name)."""
    rule_page: str = "rules/{code}.md"
    """Where a rule's documentation lives; linked from silenced rules when it exists."""
    existing_pages: frozenset[str] = frozenset()
    """Hand-written pages of the site (to know which rule pages exist, and whether a
    language's home page, ``index.md`` in its folder, is written by hand)."""
    first_home: bool = True
    """Whether the first language's home page (``index.md`` at the root) exists: the home
    page generated for another language links it as its twin when it does, else the first
    language's overview (see :mod:`kpi_catalog.site.languages`)."""
    history: bool = False
    """Show each KPI's history from git on its page (the MkDocs plugin's `history` option)."""
    machine_readable: bool = True
    """Publish the catalog for programs with the site: JSON, chart and badge images,
    llms.txt (see docs/guide/machine-readable.md)."""
    site_url: str = ""
    """Where the site is published (mkdocs.yml `site_url`): the Atom feeds need absolute
    addresses, and are left out without it."""

    def kpi_src(self, kpi_id: str) -> str:
        return f"{self.kpi_prefix}/{kpi_id}/index.md"

    def department_src(self, department_id: str) -> str:
        return f"{self.department_prefix}/{department_id}/index.md"

    def objective_src(self, objective_id: str) -> str:
        return f"{self.objective_prefix}/{objective_id}/index.md"

    def section_title(self, title: str | None, language: str) -> str | None:
        """A section of mkdocs.yml's `nav` titled ``title``, in ``language``'s navigation."""
        return next((translated for code, original, translated in self.nav_translations
                     if code == language and original == title), title)

    @property
    def departments_src(self) -> str:
        return f"{self.department_prefix}/index.md"

    @property
    def objectives_src(self) -> str:
        return f"{self.objective_prefix}/index.md"

    @property
    def index_pages(self) -> dict[str, str]:
        """The catalog's list pages (the overview, the departments, the objectives and the
        glossary when there is one), each with the label of its title."""
        pages = {self.overview: "overview.title", self.departments_src: "departments.title",
                 self.objectives_src: "objectives.title"}
        if self.glossary:
            pages[self.glossary] = "glossary.title"
        return pages


    def settings(self, base: Path) -> dict[str, Any]:
        """The options as JSON values (without ``existing_pages``; template folders relative
        to ``base``), to make the same pages again later: see :meth:`from_settings`."""
        values = asdict(self)
        del values["existing_pages"]
        values["template_dirs"] = [Path(os.path.relpath(folder.resolve(), base.resolve()))
                                   .as_posix() for folder in self.template_dirs]
        return values

    @classmethod
    def from_settings(cls, values: dict[str, Any], base: Path = Path(".")) -> SiteOptions:
        """Options from :meth:`settings` (unknown names left out; relative template folders
        from ``base``)."""
        known = {f.name for f in fields(cls)} - {"existing_pages"}
        given = {name: value for name, value in values.items() if name in known}
        given["template_dirs"] = tuple(base / folder for folder in values.get("template_dirs", ()))
        given["languages"] = tuple(values.get("languages", ()))
        given["nav_translations"] = tuple(tuple(entry)
                                          for entry in values.get("nav_translations", ()))
        return cls(**given)
