"""Shared data and helpers of the rule tests (imported by conftest.py and tests)."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import yaml

from kpi_catalog.catalog import Catalog
from kpi_catalog.models import Department, GlossaryTerm, Kpi, Objective

TODAY = date(2026, 11, 27)

OBJECTIVE = {
    "id": "grow", "name": "Grow", "owner": "CEO", "perspective": "customer",
    "period": {"start": "2026-01-01", "end": "2027-12-31"},
    "success": [{"id": "more", "description": "More of it."}],
}
DEPARTMENTS = [
    {"id": "marketing", "name": "Marketing", "head": "Head of Marketing"},
    {"id": "hr", "name": "Human Resources", "head": "Head of HR"},
]
GLOSSARY = [
    {"term": "SQL", "definition": "Sales-qualified lead.",
     "aliases": ["SQLs", "sales-qualified lead"]},
    {"term": "NPS", "definition": "Net Promoter Score.", "aliases": ["Net Promoter Score"]},
    {"term": "customer acquisition cost", "definition": "Marketing spend per new customer.",
     "aliases": ["CAC"]},
    {"term": "B2B SaaS", "definition": "Software sold to businesses as a service."},
]

BASE_KPI = {
    "id": "leads",
    "name": "Sales-qualified leads per month",
    "statement": "Increase monthly sales-qualified leads from 120 to 200 by 31 December 2026.",
    "department": "marketing",
    "objective": "grow",
    "success_part": "more",
    "owner": "Marketing Operations Lead",
    "lifecycle": "active",
    "measurement": {
        "metric": "Sales-qualified leads handed to Sales",
        "unit": "leads per month",
        "data_source": "CRM lead report",
        "collection_frequency": "monthly",
        "reporting_frequency": "monthly",
    },
    "direction": "higher_is_better",
    "baseline": {"value": 120, "date": "2026-01-01"},
    "target": {"value": 200, "date": "2026-12-31"},
    "thresholds": {"green": 180, "amber": 150},
    "review_date": "2027-01-15",
}


def merge(base: dict, changes: dict) -> dict:
    """``base`` with ``changes``; a nested dict merges, ``None`` removes the field."""
    out = copy.deepcopy(base)
    for key, value in changes.items():
        if value is None:
            out.pop(key, None)
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def kpi_dict(**changes) -> dict:
    return merge(BASE_KPI, changes)


def memory_catalog(*kpis: Kpi) -> Catalog:
    catalog = Catalog(root=Path("kpis"), repo_root=Path("."))
    catalog.objectives = {"grow": Objective.model_validate(OBJECTIVE)}
    catalog.departments = {d["id"]: Department.model_validate(d) for d in DEPARTMENTS}
    catalog.glossary = [GlossaryTerm.model_validate(g) for g in GLOSSARY]
    catalog.kpis = {k.id: k for k in kpis}
    return catalog




def dump(data) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)
