"""The catalog as JSON for programs (`kpi export --format json`, the site's `api/v1/` files,
`kpi mcp`): it validates against the JSON Schema made from the models, and each KPI's
status is the one `kpi status --format json` gives."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from catalog_factory import TODAY
from kpi_catalog.cli import main
from kpi_catalog.export.document import VERSION, schemas

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "kpis"
DAY = TODAY.isoformat()


def kpi(*args: str) -> str:
    out = CliRunner().invoke(main, list(args))
    assert out.exit_code == 0, out.output
    return out.stdout


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = schemas("https://example.org/api/v1/")[name]
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("audience", ["public", "internal"])
def test_the_export_validates_against_its_schema_and_agrees_with_kpi_status(audience):
    document = json.loads(kpi("export", str(EXAMPLE), "--today", DAY, "--audience", audience))
    errors = [f"{list(e.path)}: {e.message}" for e in validator("catalog.schema.json")
              .iter_errors(document)]
    assert not errors, errors[:5]
    assert (document["version"], document["today"], document["audience"]) == (VERSION, DAY,
                                                                              audience)
    status = {k["id"]: k["status"] for k in json.loads(
        kpi("status", str(EXAMPLE), "--format", "json", "--today", DAY, "--audience",
            audience))["kpis"]}
    published = {k["id"]: k for k in document["kpis"]}
    shown = [k for k in published.values() if k["visibility"] == "public"]
    assert len(shown) >= 30
    for item in shown:
        if item["id"] in status:  # `kpi status` leaves retired KPIs out
            assert item["status"] == status[item["id"]], item["id"]
    assert sum(document["rollup"].values()) == len(document["kpis"])
    active = [k for k in document["kpis"] if k["lifecycle"] == "active"]
    assert document["active_rollup"] == {  # the site's roll-ups count these
        value: sum(k["status"]["value"] == value for k in active) for value in document["rollup"]}
    assert len(active) < len(document["kpis"]), "the example has drafts and retired KPIs"
    assert ("rasio-gaji-terhadap-pasar" in published) == (audience == "internal")
    internal = published["negotiated-savings"]
    if audience == "public":
        assert internal["actuals"] == [] and internal["status"]["value"] == "no_data"
    else:
        assert internal["status"] == status["negotiated-savings"]


def test_a_document_that_drifts_from_the_schema_fails_validation():
    document = json.loads(kpi("export", str(EXAMPLE), "--today", DAY))
    document["kpis"][0]["status"]["colour"] = "green"  # not in the schema
    document["kpis"][1]["status"]["value"] = "fine"
    document["version"] = 2
    messages = [e.message for e in validator("catalog.schema.json").iter_errors(document)]
    assert any("colour" in m for m in messages)
    assert any("'fine'" in m for m in messages)
    assert any("1 was expected" in m for m in messages)


def test_the_schemas_describe_their_fields():
    kpi_schema = schemas()["kpi.schema.json"]
    assert kpi_schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    standing = kpi_schema["$defs"]["Standing"]["properties"]
    assert all(field.get("description") for field in standing.values())
    assert "aliases" in kpi_schema["properties"], "the KPI file's fields are all there"
    counts = schemas()["catalog.schema.json"]["properties"]
    assert "whatever their lifecycle" in counts["rollup"]["description"]
    assert "active KPIs" in counts["active_rollup"]["description"]
    assert "active_rollup" in schemas()["catalog.schema.json"]["required"]
    assert schemas("https://x.org/api/v1/")["catalog.schema.json"]["$id"] == \
        "https://x.org/api/v1/catalog.schema.json"
