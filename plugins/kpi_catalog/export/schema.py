"""JSON Schema of each catalog file, generated from the models.

Editors (the YAML language server in VS Code, JetBrains IDEs) use these schemas to
complete field names and flag mistakes while people type. Written for a given catalog,
the schemas also list its department, objective and success-part ids, so that an editor
completes them and underlines a misspelt one before `kpi validate` would.
"""

from __future__ import annotations

from typing import Any

from kpi_catalog.model.catalog import Catalog
from kpi_catalog.reading.file_kinds import FILE_KINDS


def schema_for(kind: str, catalog: Catalog | None = None) -> dict[str, Any]:
    """The schema of one kind of file; with ``catalog``, its ids are listed where they fit."""
    schema = FILE_KINDS[kind].model.model_json_schema()
    if catalog is not None:
        _list_ids(kind, schema, catalog)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def _list_ids(kind: str, schema: dict[str, Any], catalog: Catalog) -> None:
    if kind == "kpi":
        fields = schema["properties"]
        _enum(fields["department"], catalog.departments)
        _enum(fields["objective"], catalog.objectives)
        parts = {part.id for o in catalog.objectives.values() for part in o.success}
        _enum(fields["success_part"], parts)
        # Each objective narrows `success_part` to its own parts: a part of another
        # objective is flagged too, as the loader would.
        narrowed = [
            {"if": {"properties": {"objective": {"const": objective.id}},
                    "required": ["objective"]},
             "then": {"properties": {"success_part": {"enum": [p.id for p in objective.success]}}}}
            for objective in catalog.objectives.values()
        ]
        if narrowed:
            schema["allOf"] = narrowed
    elif kind == "objectives":
        _enum(schema["$defs"]["Objective"]["properties"]["perspective"],
              catalog.config.perspectives)


def _enum(field_schema: dict[str, Any], ids) -> None:
    """Only ids that exist; left open when the registry did not load (nothing to offer)."""
    if ids:
        field_schema["enum"] = sorted(ids)
