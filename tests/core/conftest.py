"""Fixtures for the core tests: a small valid catalog in a temporary repository.

Each test gets its own copy (``catalog`` fixture), breaks one thing in one file, and
asserts the exact located message: path, line, column, code and the key words.
Line numbers in the tests refer to the texts below, so keep them in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from catalog_factory import TODAY
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.checking.references import check_references
from kpi_catalog.model.diagnostics import Diagnostic, Severity, sort_diagnostics
from kpi_catalog.reading.loader import LoadResult, load_catalog

CATALOG_YML = """\
name: Test catalog
language: en
"""

DEPARTMENTS_YML = """\
departments:
  - id: marketing
    name: Marketing
    head: Head of Marketing
  - id: sales
    name: Sales
    head: Head of Sales
"""

OBJECTIVES_YML = """\
objectives:
  - id: grow-pipeline
    name: Grow the sales pipeline
    owner: Chief Commercial Officer
    perspective: customer
    period: {start: 2026-01-01, end: 2027-12-31}
    success:
      - id: more-leads
        description: More contacts become leads.
      - id: more-deals
        description: More leads become won deals.
"""

GLOSSARY_YML = """\
glossary:
  - term: CRM
    definition: Customer relationship management system, where leads and deals are kept.
"""

# Line numbers matter: tests point at them (e.g. `owner` is on line 7).
NEW_LEADS_YML = """\
id: new-leads
name: New leads per month
statement: Increase new leads from 100 to 150 per month by 31 December 2026.
department: marketing
objective: grow-pipeline
success_part: more-leads
owner: Marketing Operations Lead
lifecycle: active
measurement:
  metric: New leads created in the CRM
  unit: leads per month
  data_source: CRM monthly lead report
  collection_frequency: monthly
  reporting_frequency: monthly
direction: higher_is_better
baseline: {value: 100, date: 2026-01-01}
target: {value: 150, date: 2026-12-31}
actuals:
  - {period: 2026-01, value: 104}
  - {period: 2026-02, value: 112}
review_date: 2027-01-15
tags: [pipeline]
related: [won-deals]
description: |
  Leads are contacts that asked to hear from Sales.
"""

WON_DEALS_YML = """\
id: won-deals
name: Deals won per quarter
statement: Increase deals won from 40 to 60 per quarter by 31 December 2026.
department: sales
objective: grow-pipeline
success_part: more-deals
owner: Head of Sales Operations
lifecycle: active
measurement:
  metric: Deals marked as won in the CRM
  unit: deals per quarter
  data_source: CRM pipeline report
  collection_frequency: monthly
  reporting_frequency: quarterly
direction: higher_is_better
baseline: {value: 40, date: 2026-01-01}
target: {value: 60, date: 2026-12-31}
actuals:
  - {period: 2026-Q1, value: 44}
related: [new-leads]
"""

NEW_LEADS = "kpis/marketing/new-leads.yml"
WON_DEALS = "kpis/sales/won-deals.yml"

FILES = {
    "kpis/catalog.yml": CATALOG_YML,
    "kpis/departments.yml": DEPARTMENTS_YML,
    "kpis/objectives.yml": OBJECTIVES_YML,
    "kpis/glossary.yml": GLOSSARY_YML,
    NEW_LEADS: NEW_LEADS_YML,
    WON_DEALS: WON_DEALS_YML,
}


@dataclass
class CatalogRepo:
    """A repository (with ``.git``) holding a valid catalog in ``kpis/``."""

    repo: Path

    @property
    def root(self) -> Path:
        return self.repo / "kpis"

    def path(self, rel: str) -> Path:
        return self.repo / rel

    def read(self, rel: str) -> str:
        return self.path(rel).read_text(encoding="utf-8")

    def write(self, rel: str, text: str | bytes) -> Path:
        path = self.path(rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8", newline="")
        return path

    def edit(self, rel: str, old: str, new: str) -> None:
        """Replace one exact piece of a file; fails loudly if the piece is not there once."""
        text = self.read(rel)
        assert text.count(old) == 1, f"{old!r} is not in {rel} exactly once"
        self.write(rel, text.replace(old, new))

    def load(self) -> LoadResult:
        """The files loaded and their references checked: every error but the rules'."""
        result = load_catalog(self.root)
        result.diagnostics = sort_diagnostics(result.diagnostics + check_references(result))
        return result

    def check(self) -> LoadResult:
        return check_catalog(self.root, today=TODAY)

    def errors(self) -> list[Diagnostic]:
        return [d for d in self.load().diagnostics if d.severity is Severity.ERROR]

    def only_error(self) -> Diagnostic:
        errors = self.errors()
        assert len(errors) == 1, "expected exactly one error, got:\n" + "\n".join(
            d.text() for d in errors)
        return errors[0]


def write_valid_catalog(repo: Path) -> CatalogRepo:
    (repo / ".git").mkdir(parents=True, exist_ok=True)
    catalog = CatalogRepo(repo)
    for rel, text in FILES.items():
        catalog.write(rel, text)
    return catalog


@pytest.fixture
def catalog(tmp_path: Path) -> CatalogRepo:
    return write_valid_catalog(tmp_path / "repo")


@pytest.fixture
def make_catalog():
    """The builder itself, for tests that need more than one repository."""
    return write_valid_catalog


def assert_located(d: Diagnostic, path: str, line: int, column: int, code: str, *words: str):
    """The diagnostic is at this place, with this code, and says these words."""
    assert (d.path, d.line, d.column, d.code) == (path, line, column, code), d.text()
    said = f"{d.message} {d.hint}"
    for word in words:
        assert word in said, f"{word!r} not in: {d.text()}"


@pytest.fixture
def located():
    return assert_located
