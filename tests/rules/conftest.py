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
    dump,
    kpi_dict,
    memory_catalog,
)

from kpi_catalog.check import check_catalog
from kpi_catalog.models import Kpi
from kpi_catalog.rules import RULES, Context


@pytest.fixture
def findings():
    """``findings("K102", statement="...")``: what one rule says about one KPI."""
    def run(code: str, today: date = TODAY, **changes) -> list:
        kpi = Kpi.model_validate(kpi_dict(**changes))
        return list(RULES[code].check(kpi, Context(memory_catalog(kpi), today)))
    return run


@pytest.fixture
def write_catalog(tmp_path):
    """Write a catalog folder; returns its path. KPIs are dicts (see ``kpi_dict``)."""
    def write(kpis: list[dict], config: dict | None = None, glossary=GLOSSARY) -> Path:
        root = tmp_path / "kpis"
        root.mkdir(exist_ok=True)
        (root / "departments.yml").write_text(dump({"departments": DEPARTMENTS}))
        (root / "objectives.yml").write_text(dump({"objectives": [OBJECTIVE]}))
        (root / "glossary.yml").write_text(dump({"glossary": glossary}))
        if config is not None:
            (root / "catalog.yml").write_text(dump(config))
        for kpi in kpis:
            folder = root / kpi["department"]
            folder.mkdir(exist_ok=True)
            (folder / f"{kpi['id']}.yml").write_text(dump(kpi))
        return root
    return write


@pytest.fixture
def check(write_catalog):
    """Write a catalog and check it; returns the LoadResult."""
    def run(kpis: list[dict], config: dict | None = None, today: date = TODAY, **kw):
        root = write_catalog(kpis, config, **kw)
        return check_catalog(root, today=today, repo_root=root.parent)
    return run
