"""Fixtures for the translation tests: a two-language catalog written to disk and checked as
`kpi validate` checks it."""

from __future__ import annotations

from pathlib import Path

import pytest
from translations_helpers import BILINGUAL

import catalog_factory as factory
from catalog_factory import TODAY
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.reading.loader import LoadResult


@pytest.fixture
def check(tmp_path: Path):
    """``check(kpis, config=..., departments=..., objectives=..., glossary=...)``: the
    catalog written and checked (``kpis``: dicts, see ``kpi_data``)."""
    def run(kpis: list[dict], config: dict | None = None, **registries) -> LoadResult:
        folder = factory.write_catalog(tmp_path / "kpis", factory.catalog_files(
            kpis, config=BILINGUAL if config is None else config, **registries))
        return check_catalog(folder, today=TODAY, repo_root=tmp_path)
    return run
