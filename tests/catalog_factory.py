"""The one place tests build catalogs from: one ``TODAY``, a valid KPI from a few changes,
and catalog folders written from plain data.

Every test folder imports it (``pythonpath = ["tests"]`` in pyproject.toml). Its pieces:

* ``kpi_data(**changes)``: a valid, active KPI as a dict; a nested dict merges, ``None``
  removes a field;
* ``DEPARTMENTS``, ``OBJECTIVE``, ``objectives(*ids)``: registries that KPI refers to;
* ``write_catalog(folder, files)``: writes ``{"name.yml": data or text}``;
* ``catalog_files(kpis, ...)``: the registries plus one file per KPI, in its department's
  folder, ready for ``write_catalog``.

The core tests keep their YAML as literal texts on purpose: they point at line numbers.
"""

from __future__ import annotations

import copy
import shutil
from datetime import date
from pathlib import Path

import yaml

TODAY = date(2026, 11, 27)
"""The day every test takes as today, unless it says otherwise."""

DEPARTMENTS = [
    {"id": "marketing", "name": "Marketing", "head": "Head of Marketing"},
    {"id": "sales", "name": "Sales", "head": "Head of Sales"},
    {"id": "hr", "name": "Human Resources", "head": "Head of HR"},
]
PERIOD = {"start": "2026-01-01", "end": "2027-12-31"}


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


def objective(objective_id: str = "grow", **changes) -> dict:
    """An objective with one success part, ``more``."""
    return merge({
        "id": objective_id, "name": objective_id.replace("-", " ").capitalize(),
        "owner": "CEO", "perspective": "customer", "period": PERIOD,
        "success": [{"id": "more", "description": "More of it."}],
    }, changes)


OBJECTIVE = objective()

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


def kpi_data(**changes) -> dict:
    """A valid, active KPI as a dict (``BASE_KPI`` with ``changes``)."""
    return merge(BASE_KPI, changes)


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


def dump(data) -> str:
    """YAML as a person writes it: fields in order, no line wrapping."""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


def catalog_files(
    kpis: list[dict], *, departments: list[dict] = DEPARTMENTS,
    objectives: list[dict] = (OBJECTIVE,), glossary: list[dict] | None = None,
    config: dict | None = None,
) -> dict[str, object]:
    """The files of a catalog folder: registries, then each KPI in its department's folder."""
    files: dict[str, object] = {
        "departments.yml": {"departments": list(departments)},
        "objectives.yml": {"objectives": list(objectives)},
    }
    if glossary is not None:
        files["glossary.yml"] = {"glossary": glossary}
    if config is not None:
        files["catalog.yml"] = config
    for kpi in kpis:
        files[f"{kpi['department']}/{kpi['id']}.yml"] = kpi
    return files


def write_catalog(folder: Path, files: dict[str, object]) -> Path:
    """Write ``{"name.yml": data or text}`` into ``folder``; returns the folder."""
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(data if isinstance(data, str) else dump(data), encoding="utf-8")
    return folder


EXAMPLE_MANIFEST = "examples/dbt/target/semantic_manifest.json"
"""The semantic manifest the example's KPIs name metrics of (catalog.yml `semantic_layer`)."""


def copy_semantic_manifest(root: Path) -> None:
    """Put the example's semantic manifest where its catalog.yml says, under the repository
    ``root``: a copy of the example catalog validates only beside it."""
    target = root / EXAMPLE_MANIFEST
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes((Path(__file__).resolve().parents[1] / EXAMPLE_MANIFEST).read_bytes())


def copy_example_catalog(root: Path) -> Path:
    """``root`` made a repository (a `.git` folder marks it) holding a copy of the example
    catalog in ``kpis/`` and the semantic manifest its catalog.yml names; ``root``."""
    (root / ".git").mkdir(parents=True, exist_ok=True)
    shutil.copytree(Path(__file__).resolve().parents[1] / "kpis", root / "kpis")
    copy_semantic_manifest(root)
    return root
