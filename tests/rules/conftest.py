"""Fixtures for the rule tests: one rule run on one KPI in memory, and a small catalog
written to disk for end-to-end checks (location, severity, silence)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from rules_helpers import (
    DEPARTMENTS,
    GLOSSARY,
    OBJECTIVE,
    TODAY,
    kpi_data,
    memory_catalog,
)

import catalog_factory as factory
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.checking.rules import RULES, Context
from kpi_catalog.model.kpi import Kpi


@pytest.fixture
def findings():
    """``findings("K102", statement="...")``: what one rule says about one KPI."""
    def run(code: str, today: date = TODAY, **changes) -> list:
        kpi = Kpi.model_validate(kpi_data(**changes))
        return list(RULES[code].check(kpi, Context(memory_catalog(kpi), today)))
    return run


@pytest.fixture
def write_catalog(tmp_path):
    """Write a catalog folder; returns its path. KPIs are dicts (see ``kpi_data``)."""
    def write(kpis: list[dict], config: dict | None = None, glossary=GLOSSARY) -> Path:
        return factory.write_catalog(tmp_path / "kpis", factory.catalog_files(
            kpis, departments=DEPARTMENTS, objectives=[OBJECTIVE], glossary=glossary,
            config=config))
    return write


@pytest.fixture
def check(write_catalog):
    """Write a catalog and check it; returns the LoadResult."""
    def run(kpis: list[dict], config: dict | None = None, today: date = TODAY, **kw):
        root = write_catalog(kpis, config, **kw)
        return check_catalog(root, today=today, repo_root=root.parent)
    return run
