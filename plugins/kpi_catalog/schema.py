"""JSON Schema of each catalog file, generated from the models.

Editors (the YAML language server in VS Code, JetBrains IDEs) use these schemas to
complete field names and flag mistakes while people type.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from .models import CatalogConfig, DepartmentsFile, GlossaryFile, Kpi, ObjectivesFile

SCHEMAS: dict[str, type[BaseModel]] = {
    "kpi": Kpi,
    "departments": DepartmentsFile,
    "objectives": ObjectivesFile,
    "glossary": GlossaryFile,
    "catalog": CatalogConfig,
}


def schema_for(kind: str) -> dict[str, Any]:
    schema = SCHEMAS[kind].model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
