"""Shared data of the translation tests: two-language catalog.yml settings (a KPI's texts in
Bahasa Indonesia are catalog_factory.INDONESIAN)."""

from __future__ import annotations

from kpi_catalog.model.diagnostics import Diagnostic
from kpi_catalog.reading.loader import LoadResult

BILINGUAL = {"name": "Test", "language": "en", "languages": ["en", "id"]}
"""catalog.yml of a catalog in English and Bahasa Indonesia, with no language required."""

REQUIRED = {**BILINGUAL, "required_languages": ["en", "id"]}
"""The same, with every text required in both languages."""

def found(result: LoadResult, *codes: str) -> list[Diagnostic]:
    """The diagnostics with the given codes."""
    return [d for d in result.diagnostics if d.code in codes]
