"""What `mkdocs serve` shows while the catalog has errors.

The catalog's own pages (each KPI, department and objective, their lists, the overview, the
glossary) become one page listing the errors, at their own addresses, so that the page a
writer has open reloads into the list. Each error says where it is, what is wrong and how to
fix it; its code links to its page (in this site when it has one, such as docs/errors/,
else the published documentation) and its file to its edit page. Pages written by hand stay
as they are, each with a note at its top that links to the list: the page that explains an
error must stay readable while the error is there.

A catalog in several languages has the list in each: under ``id/``, in Bahasa Indonesia,
the errors' messages included. A page the navigation lists (the overview, the departments,
the objectives, the glossary) keeps its usual title there, so that the navigation reads as
it does without errors rather than naming the errors once per page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from markupsafe import Markup

from kpi_catalog import escape
from kpi_catalog.i18n.labels import Labels
from kpi_catalog.model.codes import doc_url
from kpi_catalog.model.diagnostics import Diagnostic
from kpi_catalog.model.fields import SLUG_PATTERN
from kpi_catalog.reading.loader import LoadResult
from kpi_catalog.site.environment import template_environment
from kpi_catalog.site.options import SiteOptions
from kpi_catalog.site.page import SitePage
from kpi_catalog.site.urls import page_url, relative_url

PAGES_OF_CODES = ("errors/{code}.md", "rules/{code}.md")
"""Where a site keeps the page of a code (this repository's docs do)."""


def error_addresses(checked: LoadResult, options: SiteOptions, last: Iterable[str],
                    roots: Iterable[str] = ("",)) -> list[str]:
    """The addresses of the catalog's pages: those of the last valid build (``last``) and
    those the files that did load would have, so that a new KPI's page shows the errors too,
    in each language's folder (``roots``: ``""`` for the first language, ``"id/"``...). A
    KPI file that did not load has the address its name gives it (the id it must have),
    when that name is a valid id: the page the writer has open is that KPI's."""
    catalog = checked.catalog
    each = set(options.index_pages)
    each.update(options.kpi_src(kpi_id) for kpi_id in catalog.kpis)
    each.update(options.kpi_src(name) for name in checked.unreadable_ids
                if re.fullmatch(SLUG_PATTERN, name))
    each.update(options.department_src(d) for d in catalog.departments)
    each.update(options.objective_src(o) for o in catalog.objectives)
    return sorted({*last, *(root + src for root in roots for src in each)})


class ErrorPages:
    """The page of the errors, for each address; the note on pages written by hand.

    ``errors`` and ``t``: the errors and the labels of the first language; ``others``, those
    of each other language by its folder (``"id/"``), the errors' messages in that language.
    """

    def __init__(self, errors: list[Diagnostic], t: Labels, options: SiteOptions,
                 edit_url: Callable[[str], str | None],
                 others: Mapping[str, tuple[list[Diagnostic], Labels]] | None = None):
        self.errors = errors
        self.t = t
        self.options = options
        self.edit_url = edit_url
        self.others = dict(others or {})
        self.env = template_environment()

    def page(self, src: str) -> SitePage:
        """The list of the errors at ``src``, in the language of its folder."""
        root = next((r for r in self.others if src.startswith(r)), "")
        errors_here, t = self.others[root] if root else (self.errors, self.t)
        here = page_url(src, self.options.use_directory_urls)
        errors = [{
            "where": f"{d.path}:{d.line}:{d.column}", "code": d.code,
            "code_url": self._code_url(d.code, here, root),
            "message": with_code(d.message), "field": d.field_label, "hint": with_code(d.hint),
            "edit_url": self.edit_url(d.path),
        } for d in errors_here]
        html = self.env.get_template("partials/serve-errors.html.j2").render(
            t=t, errors=errors, count=with_code(t.get("errors.count", count=len(errors))))
        meta: dict[str, object] = {"render_macros": False}
        title = self._usual_title(src.removeprefix(root), t)
        if title:  # the navigation's name of the page (the theme's, from the front matter)
            meta["title"] = title
        return SitePage(src_uri=src, kind="errors", title=title or t["errors.title"],
                        body=f"# {escape.markdown(t['errors.title'])}\n\n{html.strip()}\n",
                        meta=meta)

    def _usual_title(self, src: str, t: Labels) -> str | None:
        """The title of the page at ``src`` (in its language's folder) when the catalog is
        valid, for the pages a navigation lists; ``None`` for the others."""
        key = self.options.index_pages.get(src)
        return t[key] if key else None

    def note(self, src: str) -> str:
        """An HTML block for the top of a page written by hand: the catalog has errors,
        where to see them."""
        here = page_url(src, self.options.use_directory_urls)
        overview = relative_url(page_url(self.options.overview,
                                         self.options.use_directory_urls), here)
        return self.env.get_template("partials/serve-errors-note.html.j2").render(
            t=self.t, count=len(self.errors), url=overview).strip()

    def _code_url(self, code: str, here: str, root: str = "") -> str | None:
        """The page of ``code``: in the language of the list (its folder, ``root``) when the
        site has one there, else in the first language, else the published one."""
        for folder in dict.fromkeys((root, "")):
            for pattern in PAGES_OF_CODES:
                page = folder + pattern.format(code=code)
                if page in self.options.existing_pages:
                    return relative_url(page_url(page, self.options.use_directory_urls), here)
        return doc_url(code, root.rstrip("/") or "en") or None


def with_code(text: str) -> Markup:
    """Escaped text whose `quoted` parts (ids, values, field names) show as code."""
    parts = text.split("`")
    if len(parts) % 2 == 0:  # an odd number of backticks: no pairs to trust
        return escape.html(text)
    return Markup("").join(escape.html(part) if i % 2 == 0
                           else Markup("<code>") + escape.html(part) + Markup("</code>")
                           for i, part in enumerate(parts))
