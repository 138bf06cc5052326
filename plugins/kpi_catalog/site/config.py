"""The options of the ``kpi-catalog`` MkDocs plugin, validated the way MkDocs validates its own.

::

    plugins:
      - search
      - kpi-catalog:
          catalog: kpis              # the catalog folder, relative to mkdocs.yml
          kpi_prefix: kpis           # KPI pages at kpis/<id>/
          department_prefix: departments
          objective_prefix: objectives
          overview: kpis/index.md    # every KPI in one table
          glossary: glossary/index.md
          nav: true                  # departments and objectives in the navigation
          language: null             # null: catalog.yml `language`
          audience: null             # null: catalog.yml `audience`
          today: null                # null: the day of the build
          edit_paths: auto

Settings about the catalog itself (its name, language, status tolerance, rule
severities) live in ``<catalog>/catalog.yml``, which the ``kpi`` command reads too; these
options only say where the catalog is and where its pages go.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Iterable
from pathlib import Path
from typing import cast

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError

from kpi_catalog.i18n.messages import LANGUAGES, _
from kpi_catalog.model.audience import Audience
from kpi_catalog.site.option_kinds import Flag, Folder, Number, OneOf, Titles, written
from kpi_catalog.site.options import SiteOptions

TEMPLATE_OVERRIDES = "kpi-catalog"
"""Template overrides live in ``<theme custom_dir>/kpi-catalog/`` (one file per template)."""

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_FOLDER = re.compile(r"^[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*$")


def _inside(folder: str) -> bool:
    """Whether ``folder`` is a folder inside the site's: relative, URL-safe, no `..`."""
    return bool(_FOLDER.match(folder)) and not any(p in (".", "..") for p in folder.split("/"))


class UrlFolder(c.Type[str]):
    """A folder of the site, such as ``kpis`` or ``catalog/kpis``: URL-safe, relative."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        # not text (MkDocs says "Expected type: <class 'str'>"), or not a folder inside
        folder = value.strip().strip("/") if isinstance(value, str) else None
        if folder is None or not _inside(folder):
            raise ValidationError(_(
                "'{value}' is not a folder of the site: use letters, digits, '-', '_' and '/' "
                "(for example 'kpis' or 'catalog/kpis').",
                value=written(value) if folder is None else folder))
        return folder


class PageLocation(c.BaseConfigOption[str | None]):
    """Where a generated page goes, relative to docs_dir, such as ``kpis/index.md``.

    With ``optional``, ``null`` means "no such page" (an option left out keeps the default).
    """

    def __init__(self, default: str, *, optional: bool = False) -> None:
        super().__init__()
        self.default = default
        self.optional = optional

    def run_validation(self, value: object) -> str | None:
        if value is None and self.optional:
            return None
        if not isinstance(value, str):
            raise ValidationError(_("Expected a page location such as '{example}', not "
                                    "{value}.", example=self.default, value=repr(value)))
        value = value.strip().lstrip("/")
        folder = posixpath.dirname(value)
        if not value.endswith(".md") or (folder and not _inside(folder)) \
                or posixpath.normpath(value) != value:
            raise ValidationError(_(
                "'{value}' is not a page location: give a path inside docs_dir that ends "
                "in .md, such as 'kpis/index.md' or 'glossary.md'.", value=value))
        return value


class Day(c.BaseConfigOption[dt.date]):
    """A date written YYYY-MM-DD (YAML may already have read it as a date)."""

    def run_validation(self, value: object) -> dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                if _ISO_DATE.match(value.strip()):  # written so, but not in the calendar
                    raise ValidationError(" ".join((
                        _("`{value}` is not a real date (check the month and day)",
                          value=value.strip()) + ".",
                        _("Write a day of the calendar as YYYY-MM-DD: the month from 01 to "
                          "12, then the day, like 2026-12-31.")))) from None
        raise ValidationError(_("'{value}' is not a date written as YYYY-MM-DD.",
                                value=value))


class KpiCatalogConfig(Config):
    enabled = Flag(True)
    """Set to false to build the site without the catalog pages."""

    catalog = Folder(exists=True, default="kpis")
    """The catalog folder (catalog.yml, departments.yml, objectives.yml, one folder of
    KPI files per department), relative to mkdocs.yml."""

    kpi_prefix = UrlFolder("kpis")
    """The folder of the KPI pages: a KPI's page is at `<kpi_prefix>/<id>/`, whatever its
    department, so its URL never changes when the KPI moves."""

    department_prefix = UrlFolder("departments")
    """The folder of the department pages (`<department_prefix>/<id>/`) and of the list
    of departments (`<department_prefix>/`)."""

    objective_prefix = UrlFolder("objectives")
    """The folder of the objective pages (`<objective_prefix>/<id>/`) and of the list of
    objectives (`<objective_prefix>/`)."""

    overview = PageLocation("kpis/index.md")
    """Where the overview of every KPI goes (the sortable, filterable table)."""

    glossary = PageLocation("glossary/index.md", optional=True)
    """Where the glossary goes; `null` for no glossary page."""

    nav = Flag(True)
    """Add the departments and the objectives to the navigation (under their list pages).
    KPI pages are never added: with hundreds of KPIs the navigation, which every page
    repeats, would make the site slow to build and large. With many departments or
    objectives (a hundred or more), `false` keeps their pages out too: the page of a
    department repeats the list of every department (150 departments at 1,000 KPIs: 21 KB
    of its 42 KB), and the list pages link to each of them anyway."""

    nav_translations = Titles()
    """The titles of mkdocs.yml's `nav` sections in the catalog's other languages, by
    language and title (`{id: {Guide: Panduan, Reference: Referensi}}`): that language's
    navigation lists the pages written by hand in its folder (`docs/id/guide/...`) in the
    sections of their twins, named so; a section without one keeps its title."""

    language = c.Optional(OneOf(LANGUAGES))
    """The language of the site's labels and of the plugin's messages in the build's log,
    its options' included (`en` or `id`); by default the catalog's (`language` in
    catalog.yml)."""

    audience = c.Optional(OneOf(("public", "internal")))
    """Who this build is for: `public` leaves confidential KPIs out and shows internal ones
    without their values, `internal` shows every KPI; by default the catalog's (`audience`
    in catalog.yml). Build the site twice, once per audience, to publish both."""

    today = c.Optional(Day())
    """Compute statuses as on this day (YYYY-MM-DD) instead of the day of the build, for
    reproducible builds and tests."""

    machine_readable = Flag(True)
    """Publish the catalog for programs with the site: the catalog and each KPI as JSON
    under `api/v1/` (with their JSON Schema), each KPI's trend chart and status badge as
    images that stand alone (`kpis/<id>/chart.svg`, `badge.svg`), and `llms.txt` for AI
    assistants, all for the build's audience (docs/guide/machine-readable.md)."""
    history = Flag(True)
    """Show on each KPI page every commit that changed its file (date, author, subject) and
    what it changed, in words, with the recorded reasons. Read from git in one pass; left
    out, with an info line, without git or in a shallow clone."""

    keep_markdown = Flag(False)
    """Keep each generated page's Markdown (`page.markdown`) until the build ends, for
    another plugin or a template that reads it after `on_page_content`. By default it is
    emptied once every plugin's `on_page_content` has run (see "What other plugins see"):
    MkDocs keeps every page until the build ends, and a KPI page's Markdown is as large as
    its HTML."""

    keep_content = Flag(False)
    """Keep each generated page's HTML (`page.content`) until the build ends, for another
    plugin that reads it in `on_post_build`. By default it is emptied once every plugin's
    `on_post_page` has run (see "What other plugins see"): MkDocs keeps every page until the
    build ends, and 10,000 KPI pages hold about 90 MB of HTML."""

    search_tags_boost = Number(1000)
    """How much mkdocs-material's search weighs a page's tags (a KPI's keywords) against
    its text: as much as a title by default. Material's own weight, 1,000,000, lets a
    keyword (matched as a prefix: `in` matches `inventory`) outweigh the KPI a reader
    names. A `fields: tags:` setting of the search plugin in mkdocs.yml always wins."""

    edit_paths = OneOf(("auto", "repository", "docs"), default="auto")
    """How edit links reach the YAML files. `repository`: `edit_uri` points at the root of
    the repository (`edit/main/`); generated pages link to `kpis/...`, and hand-written
    pages to `<docs_dir>/...` so their edit links stay right too. `docs`: `edit_uri`
    points at docs_dir (MkDocs' default, `edit/main/docs/`); generated pages link to
    `../kpis/...`. `auto`: `docs` when `edit_uri` ends with the docs folder's path in the
    repository, else `repository`."""

    def validate(self):
        failed, warnings = super().validate()
        if failed:
            return failed, warnings
        prefixes = {
            "kpi_prefix": self.kpi_prefix,
            "department_prefix": self.department_prefix,
            "objective_prefix": self.objective_prefix,
        }
        names = list(prefixes)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                x, y = prefixes[a], prefixes[b]
                if x == y or x.startswith(y + "/") or y.startswith(x + "/"):
                    failed.append((b, ValidationError(_(
                        "'{folder}' overlaps {option} '{other}': the KPI, department and "
                        "objective pages need folders of their own.",
                        folder=y, option=a, other=x))))
        pages = {"overview": self.overview, "glossary": self.glossary}
        for key, location in pages.items():
            if not location:
                continue
            for name, prefix in prefixes.items():
                inside = location.startswith(prefix + "/")
                if inside and location != f"{prefix}/index.md":
                    failed.append((key, ValidationError(_(
                        "'{location}' lies inside {option} '{folder}', where generated pages "
                        "go; use '{folder}/index.md' or a path outside it.",
                        location=location, option=name, folder=prefix))))
                elif location == f"{prefix}/index.md" and name != "kpi_prefix":
                    failed.append((key, ValidationError(_(
                        "'{location}' is the list page of {option} '{folder}'; choose another "
                        "path.", location=location, option=name, folder=prefix))))
        if self.glossary and self.glossary == self.overview:
            failed.append(("glossary", ValidationError(_(
                "The glossary and the overview need different locations."))))
        return failed, warnings


def site_options(options: KpiCatalogConfig, *, use_directory_urls: bool = True,
                 custom_dir: str | Path | None = None,
                 existing_pages: Iterable[str] = (), site_url: str = "") -> SiteOptions:
    """The generator's options from the plugin's (validated) ones and the site's settings:
    the MkDocs plugin and `kpi render` make the same pages from the same mkdocs.yml."""
    overrides = Path(custom_dir) / TEMPLATE_OVERRIDES if custom_dir else None
    return SiteOptions(
        kpi_prefix=options.kpi_prefix,
        department_prefix=options.department_prefix,
        objective_prefix=options.objective_prefix,
        overview=cast(str, options.overview),  # not optional: validated to a location
        glossary=options.glossary,
        language=options.language,
        audience=cast(Audience | None, options.audience),  # a Choice of the two
        use_directory_urls=use_directory_urls,
        nav=options.nav,
        nav_translations=tuple(
            (str(language), str(title), str(translated))
            for language, titles in (options.nav_translations or {}).items()
            for title, translated in titles.items()),
        template_dirs=(overrides,) if overrides and overrides.is_dir() else (),
        existing_pages=frozenset(existing_pages),
        history=options.history,
        machine_readable=options.machine_readable,
        site_url=site_url,
    )
