"""The committed JSON Schemas (used by editors) must match the models and the example
catalog's registries (the ids they list for completion)."""

import json
from pathlib import Path

import pytest

from kpi_catalog.export.schema import schema_for
from kpi_catalog.reading.file_kinds import FILE_KINDS
from kpi_catalog.reading.loader import load_catalog

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def example_catalog():
    return load_catalog(ROOT / "kpis").catalog


@pytest.mark.parametrize("kind", sorted(FILE_KINDS))
def test_committed_schema_matches_the_model_and_the_registries(kind, example_catalog):
    committed = json.loads((ROOT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    assert committed == schema_for(kind, example_catalog), (
        f"schemas/{kind}.schema.json is out of date: run `kpi schema --catalog kpis --out schemas`"
    )


def test_committed_kpi_schema_lists_every_department_objective_and_part(example_catalog):
    committed = json.loads((ROOT / "schemas" / "kpi.schema.json").read_text(encoding="utf-8"))
    fields = committed["properties"]
    assert fields["department"]["enum"] == sorted(example_catalog.departments)
    assert fields["objective"]["enum"] == sorted(example_catalog.objectives)
    assert "more-online-sales" in fields["success_part"]["enum"]


def test_editor_settings_map_each_kind_of_file_to_its_schema():
    """.vscode/settings.json is committed for editors; the table of file kinds says what it
    must hold."""
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapped = {schema: [files] if isinstance(files, str) else files
              for schema, files in settings["yaml.schemas"].items()}
    expected = {f"./schemas/{kind.kind}.schema.json": list(kind.editor_globs("kpis"))
                for kind in FILE_KINDS.values()}
    assert mapped == expected
    for schema_path in mapped:
        assert (ROOT / schema_path).is_file(), schema_path
