"""Loaded models share their sets of given fields (model_memory.py), and nothing a reader
of a model can see changes: each model's `model_fields_set` is what validation gave it."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from catalog_factory import TODAY
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.reading.yaml_reader import read_yaml_file

ROOT = Path(__file__).resolve().parents[2]


def models_in(model: BaseModel):
    """``model`` and every model inside it, depth first."""
    yield model
    for value in model.__dict__.values():
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, BaseModel):
                yield from models_in(item)


def test_the_example_catalogs_models_share_one_set_per_combination_of_fields():
    catalog = check_catalog(ROOT / "kpis", today=TODAY).catalog
    models = [m for kpi in catalog.kpis.values() for m in models_in(kpi)]
    assert len(models) > 10 * len(catalog.kpis)  # KPIs with measurement, actuals, links...
    sets = {id(m.model_fields_set): m.model_fields_set for m in models}
    combinations = {frozenset(s) for s in sets.values()}
    assert len(sets) == len(combinations) < len(models) / 5


def test_every_model_keeps_the_fields_its_input_gave():
    catalog = check_catalog(ROOT / "kpis", today=TODAY).catalog
    for kpi_id, source in catalog.kpi_sources.items():
        fresh = Kpi.model_validate(read_yaml_file(source.path)[1])
        loaded = catalog.kpis[kpi_id]
        assert loaded == fresh
        assert [m.model_fields_set for m in models_in(loaded)] == \
            [m.model_fields_set for m in models_in(fresh)], kpi_id


def test_a_changed_copy_leaves_the_shared_sets_alone():
    catalog = check_catalog(ROOT / "kpis", today=TODAY).catalog
    actuals = [a for kpi in catalog.kpis.values() for a in kpi.actuals if not a.note]
    shared = actuals[0].model_fields_set
    sharing = [a for a in actuals if a.model_fields_set is shared]
    assert len(sharing) > 10 and "note" not in shared
    copy = sharing[0].model_copy(update={"note": "estimated"})
    assert "note" in copy.model_fields_set
    assert all(a.model_fields_set is shared for a in sharing) and "note" not in shared
