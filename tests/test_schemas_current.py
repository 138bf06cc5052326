"""The committed JSON Schemas (used by editors) must match the models."""

import json
from pathlib import Path

import pytest

from kpi_catalog.schema import SCHEMAS, schema_for

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_committed_schema_matches_the_model(kind):
    committed = json.loads((ROOT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    assert committed == schema_for(kind), (
        f"schemas/{kind}.schema.json is out of date: run `kpi schema --out schemas`"
    )


def test_editor_settings_point_at_existing_schemas():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    for schema_path in settings["yaml.schemas"]:
        assert (ROOT / schema_path).is_file(), schema_path
