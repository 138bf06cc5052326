"""What `mkdocs serve` shows while the catalog has errors.

The catalog's own pages (each KPI, department and objective, their lists, the overview, the
glossary) become one page listing the errors, at their own addresses, so that the page a
writer has open reloads into the list. Each error says where it is, what is wrong and how to
fix it; its code links to its page (in this site when it has one, such as docs/errors/,
else the published documentation) and its file to its edit page. Pages written by hand stay
as they are, each with a note at its top that links to the list: the page that explains an
error must stay readable while the error is there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from markupsafe import Markup

from kpi_catalog import escape
from kpi_catalog.i18n.labels import Labels
from kpi_catalog.model.codes import doc_url
from kpi_catalog.model.diagnostics import Diagnostic
from kpi_catalog.reading.loader import LoadResult
from kpi_catalog.site.environment import template_environment
from kpi_catalog.site.options import SiteOptions
from kpi_catalog.site.page import SitePage
from kpi_catalog.site.urls import page_url, relative_url

PAGES_OF_CODES = ("errors/{code}.md", "rules/{code}.md")
"""Where a site keeps the page of a code (this repository's docs do)."""


def error_addresses(checked: LoadResult, options: SiteOptions, last: Iterable[str]) -> list[str]:
    """The addresses of the catalog's pages: those of the last valid build (``last``) and
    those the files that did load would have, so that a new KPI's page shows the errors too."""
    catalog = checked.catalog
    found = {options.overview, options.departments_src, options.objectives_src, *last}
    if options.glossary:
        found.add(options.glossary)
    found.update(options.kpi_src(kpi_id) for kpi_id in catalog.kpis)
    found.update(options.department_src(d) for d in catalog.departments)
    found.update(options.objective_src(o) for o in catalog.objectives)
    return sorted(found)


class ErrorPages:
    """The page of the errors, for each address; the note on pages written by hand."""

    def __init__(self, errors: list[Diagnostic], t: Labels, options: SiteOptions,
                 edit_url: Callable[[str], str | None]):
        self.errors = errors
        self.t = t
        self.options = options
        self.edit_url = edit_url
        self.env = template_environment()

    def page(self, src: str) -> SitePage:
        """The list of the errors at ``src``."""
        t, here = self.t, page_url(src, self.options.use_directory_urls)
        errors = [{
            "where": f"{d.path}:{d.line}:{d.column}", "code": d.code,
            "code_url": self._code_url(d.code, here),
            "message": with_code(d.message), "field": d.field_label, "hint": with_code(d.hint),
            "edit_url": self.edit_url(d.path),
        } for d in self.errors]
        html = self.env.get_template("partials/serve-errors.html.j2").render(
            t=t, errors=errors, count=with_code(t.get("errors.count", count=len(errors))))
        return SitePage(src_uri=src, kind="errors", title=t["errors.title"],
                        body=f"# {escape.markdown(t['errors.title'])}\n\n{html.strip()}\n",
                        meta={"render_macros": False})

    def note(self, src: str) -> str:
        """An HTML block for the top of a page written by hand: the catalog has errors,
        where to see them."""
        here = page_url(src, self.options.use_directory_urls)
        overview = relative_url(page_url(self.options.overview,
                                         self.options.use_directory_urls), here)
        return self.env.get_template("partials/serve-errors-note.html.j2").render(
            t=self.t, count=len(self.errors), url=overview).strip()

    def _code_url(self, code: str, here: str) -> str | None:
        for pattern in PAGES_OF_CODES:
            page = pattern.format(code=code)
            if page in self.options.existing_pages:
                return relative_url(page_url(page, self.options.use_directory_urls), here)
        return doc_url(code) or None


def with_code(text: str) -> Markup:
    """Escaped text whose `quoted` parts (ids, values, field names) show as code."""
    parts = text.split("`")
    if len(parts) % 2 == 0:  # an odd number of backticks: no pairs to trust
        return escape.html(text)
    return Markup("").join(escape.html(part) if i % 2 == 0
                           else Markup("<code>") + escape.html(part) + Markup("</code>")
                           for i, part in enumerate(parts))
