"""The list of errors `mkdocs serve` shows links each code's page in the list's language."""

from __future__ import annotations

from kpi_catalog.i18n.labels import labels
from kpi_catalog.model.codes import DOCS_URL
from kpi_catalog.model.diagnostics import Diagnostic
from kpi_catalog.site.options import SiteOptions
from kpi_catalog.site.serve_errors import ErrorPages


def _problem(code: str) -> Diagnostic:
    return Diagnostic("kpis/marketing/leads.yml", 3, 1, code, "A problem.")


def test_the_indonesian_list_links_the_indonesian_rule_page_where_the_site_has_one():
    problems = [_problem("K110"), _problem("K103"), _problem("K105")]
    options = SiteOptions(existing_pages=frozenset({
        "rules/K110.md", "rules/K103.md", "id/rules/K110.md"}))
    pages = ErrorPages(problems, labels("en"), options, lambda path: None,
                       {"id/": (problems, labels("id"))})
    indonesian = pages.page("id/kpis/index.md").body
    assert 'href="../rules/K110/"' in indonesian  # id/rules/K110.md, beside it
    assert 'href="../../rules/K103/"' in indonesian  # no Indonesian page: the English one
    assert f'href="{DOCS_URL}id/rules/K105/"' in indonesian  # none in this site: published
    english = pages.page("kpis/index.md").body
    assert 'href="../rules/K110/"' in english and 'href="../rules/K103/"' in english
    assert f'href="{DOCS_URL}rules/K105/"' in english
