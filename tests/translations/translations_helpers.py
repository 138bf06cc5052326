"""Shared data of the translation tests: a two-language catalog.yml and a KPI's texts in
Bahasa Indonesia."""

from __future__ import annotations

from catalog_factory import kpi_data
from kpi_catalog.model.diagnostics import Diagnostic
from kpi_catalog.reading.loader import LoadResult

BILINGUAL = {"name": "Test", "language": "en", "languages": ["en", "id"]}
"""catalog.yml of a catalog in English and Bahasa Indonesia, with no language required."""

REQUIRED = {**BILINGUAL, "required_languages": ["en", "id"]}
"""The same, with every text required in both languages."""

INDONESIAN = {
    "name": "Prospek siap jual per bulan",
    "statement": "Menaikkan prospek siap jual per bulan dari 120 menjadi 200 paling lambat "
                 "31 Desember 2026.",
    "measurement": {"metric": "Prospek siap jual yang diserahkan ke tim Penjualan",
                    "unit": "prospek per bulan", "data_source": "Laporan prospek CRM"},
}
"""The Indonesian texts of ``kpi_data()``: every text it has."""


def with_indonesian(texts: dict | None = None, **changes) -> dict:
    """A valid KPI with its texts in Indonesian too (``texts`` merged into them)."""
    return kpi_data(translations={"id": {**INDONESIAN, **(texts or {})}}, **changes)


def found(result: LoadResult, *codes: str) -> list[Diagnostic]:
    """The diagnostics with the given codes."""
    return [d for d in result.diagnostics if d.code in codes]
