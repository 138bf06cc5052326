"""KPI-writing rules (see issue: SMART rules). Filled in by the rules module."""

from __future__ import annotations

from datetime import date

from ..catalog import Catalog
from ..diagnostics import Diagnostic


def run_rules(catalog: Catalog, today: date) -> list[Diagnostic]:
    return []
