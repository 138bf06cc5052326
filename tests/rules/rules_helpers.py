"""Shared data and helpers of the rule tests (imported by conftest.py and tests)."""

from __future__ import annotations

from pathlib import Path

from catalog_factory import DEPARTMENTS, OBJECTIVE, TODAY, dump, kpi_data
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.registries import Department, GlossaryTerm, Objective

GLOSSARY = [
    {"term": "SQL", "definition": "Sales-qualified lead.",
     "aliases": ["SQLs", "sales-qualified lead"]},
    {"term": "NPS", "definition": "Net Promoter Score.", "aliases": ["Net Promoter Score"]},
    {"term": "customer acquisition cost", "definition": "Marketing spend per new customer.",
     "aliases": ["CAC"]},
    {"term": "B2B SaaS", "definition": "Software sold to businesses as a service."},
]


def memory_catalog(*kpis: Kpi) -> Catalog:
    catalog = Catalog(root=Path("kpis"), repo_root=Path("."))
    catalog.objectives = {"grow": Objective.model_validate(OBJECTIVE)}
    catalog.departments = {d["id"]: Department.model_validate(d) for d in DEPARTMENTS}
    catalog.glossary = [GlossaryTerm.model_validate(g) for g in GLOSSARY]
    catalog.kpis = {k.id: k for k in kpis}
    return catalog


__all__ = ["DEPARTMENTS", "GLOSSARY", "OBJECTIVE", "TODAY", "dump", "kpi_data",
           "memory_catalog"]
