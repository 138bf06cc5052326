"""One entry point for "is this catalog valid?": load every file, check what the files refer
to, then apply the rules.

The `kpi validate` command and the MkDocs plugin both call :func:`check_catalog`, so a
pull request fails in CI with exactly the messages the site build would print.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kpi_catalog.checking.references import check_references
from kpi_catalog.checking.rules import run_rules, severities
from kpi_catalog.checking.semantic import check_semantic_references
from kpi_catalog.checking.translations import check_translations
from kpi_catalog.checking.values import check_values
from kpi_catalog.model.diagnostics import sort_diagnostics
from kpi_catalog.reading.loader import LoadResult, ProgressCallback, collector_paused, load_catalog
from kpi_catalog.reading.memo import LoadMemo


def check_catalog(
    root: Path | str,
    *,
    today: date | None = None,
    repo_root: Path | None = None,
    progress: ProgressCallback | None = None,
    parallel: bool = False,
    memo: LoadMemo | None = None,
) -> LoadResult:
    """Load the catalog, check its references, values and translations, and run the
    KPI-writing rules.

    ``parallel``: parse a large catalog and run the rules over it in worker processes
    (same result, sooner). ``memo``: reuse what an earlier check with the same memo made of
    the files that did not change (same result, sooner; see :mod:`kpi_catalog.reading.memo`).
    """
    with collector_paused():
        result = load_catalog(root, repo_root=repo_root, progress=progress,
                              parallel=parallel, memo=memo)
        day = today or date.today()
        references = check_references(result) + check_semantic_references(result)
        values = check_values(result.catalog, day)
        translations = check_translations(result, severities(result.catalog)[0])
        findings = run_rules(result.catalog, day, parallel)
    result.diagnostics = sort_diagnostics(result.diagnostics + references + values
                                          + translations + findings)
    return result
