"""`kpi export --format openmetadata|datahub|osi`: each checked with the vendor's own schema
or models (tests/data_catalogs/schemas, acryl-datahub), never with our reading of them."""

from __future__ import annotations

import importlib
import json
import os
import re
from pathlib import Path

import cmarkgfm
import pytest
import yaml
from click.testing import CliRunner
from cmarkgfm.cmark import Options

from catalog_factory import copy_example_catalog
from kpi_catalog.cli import main

REPO = Path(__file__).resolve().parents[2]
SCHEMAS = Path(__file__).resolve().parent / "schemas"
TODAY = "2026-12-20"


def need(module: str):
    """The vendor's package; a CI run fails without it instead of skipping."""
    try:
        return importlib.import_module(module)
    except ImportError:
        message = f"{module} is not installed: pip install -e '.[test]'"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return copy_example_catalog(tmp_path)


def export(root: Path, fmt: str, *args: str) -> str:
    out = root / f"export-{fmt}.json"  # DataHub's file source reads .json files
    result = CliRunner().invoke(main, ["export", str(root / "kpis"), "--format", fmt, "-o",
                                       str(out), "--today", TODAY, *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


# --- OpenMetadata ----------------------------------------------------------------------


def openmetadata_validator():
    jsonschema = need("jsonschema")
    referencing = need("referencing")
    root = SCHEMAS / "openmetadata"
    registry = referencing.Registry()
    for path in root.rglob("*.json"):
        registry = registry.with_resource(
            "https://open-metadata.org/schema/" + path.relative_to(root).as_posix(),
            referencing.Resource.from_contents(json.loads(path.read_text(encoding="utf-8"))))
    schema = json.loads((root / "api/data/createMetric.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, registry=registry,
                                           format_checker=jsonschema.FormatChecker())


def test_openmetadata_requests_fit_the_create_metric_schema(repo):
    requests = json.loads(export(repo, "openmetadata"))
    validator = openmetadata_validator()
    assert len(requests) == 35  # the example less its one confidential KPI
    for request in requests:
        errors = [e.message for e in validator.iter_errors(request)]
        assert not errors, (request["name"], errors)
    by_name = {r["name"]: r for r in requests}
    gmv = by_name["online-gmv"]
    assert gmv["relatedMetrics"] == ["average-order-value", "repeat-purchase-rate"]
    assert gmv["extension"]["kpiOwner"] == "Head of E-commerce Sales"
    assert gmv["extension"]["kpiTargetValue"] == 125
    assert gmv["extension"]["kpiStatus"] in {"achieved", "ahead", "on_track", "behind"}
    assert by_name["online-otif"]["metricType"] == "RATIO"
    assert "MetricFlow metric otif_rate" in by_name["online-otif"]["metricExpression"]["code"]
    assert by_name["rata-rata-jam-pelatihan"]["extension"]["kpiLifecycle"] == "retired"


def test_the_openmetadata_check_can_fail(repo):
    """The schema check is no formality: a request of the wrong shape is refused."""
    request = json.loads(export(repo, "openmetadata"))[0]
    validator = openmetadata_validator()
    for broken in ({**request, "granularity": "HALF_YEAR"}, {**request, "owner": "someone"},
                   {**request, "tags": [{"tagFQN": "x"}]}, {**request, "name": ""}):
        assert list(validator.iter_errors(broken))


def as_percentile(repo: Path, percentile: float, discrete: bool,
                  approximate: bool = False) -> None:
    """The example manifest with the measure `accounts` (of `new-corporate-accounts`) a
    percentile, as dbt writes a median."""
    manifest = repo / "examples" / "dbt" / "target" / "semantic_manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    (measure,) = [m for model in data["semantic_models"] for m in model["measures"]
                  if m["name"] == "accounts"]
    measure["agg"] = "percentile"
    measure["agg_params"] = {"percentile": percentile, "use_discrete_percentile": discrete,
                             "use_approximate_percentile": approximate}
    manifest.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(("percentile", "discrete", "kind"), [
    (0.5, False, "MEDIAN"), (0.5, True, "MEDIAN"), (0.9, False, "OTHER")])
def test_a_median_written_as_a_percentile_is_an_openmetadata_median(
        repo, percentile, discrete, kind):
    """dbt writes a median as `agg: percentile` with `percentile: 0.5` (MetricFlow's
    `median` aggregation aside): OpenMetadata's MEDIAN either way, another percentile OTHER."""
    as_percentile(repo, percentile, discrete)
    requests = json.loads(export(repo, "openmetadata"))
    (request,) = [r for r in requests if r["name"] == "new-corporate-accounts"]
    assert request["metricType"] == kind
    assert not list(openmetadata_validator().iter_errors(request))


# --- DataHub ---------------------------------------------------------------------------


def datahub_read(path: Path) -> list:
    """The proposals as DataHub's own `file` source reads them, each aspect validated by
    DataHub's models."""
    need("datahub")
    from datahub.emitter.mcp import MetadataChangeProposalWrapper
    from datahub.ingestion.run.pipeline import Pipeline

    out = path.with_suffix(".read.json")
    pipeline = Pipeline.create({"source": {"type": "file", "config": {"path": str(path)}},
                                "sink": {"type": "file", "config": {"filename": str(out)}}})
    pipeline.run()
    pipeline.raise_from_status()
    read = [MetadataChangeProposalWrapper.from_obj(o)
            for o in json.loads(out.read_text(encoding="utf-8"))]
    for proposal in read:
        assert proposal.aspect is not None and proposal.aspect.validate(), proposal
        assert proposal.validate(), proposal
    return read


def test_datahub_file_is_read_by_datahub_file_source(repo):
    export(repo, "datahub")
    read = datahub_read(repo / "export-datahub.json")
    aspects: dict[tuple[str, str], object] = {(p.entityUrn, p.aspectName): p.aspect
                                              for p in read}
    gmv = "urn:li:metric:(urn:li:dataPlatform:kpi-catalog,nusantara-retail-kpi-catalog," \
          "online-gmv)"
    assert aspects[(gmv, "metricInfo")].name == "Monthly online GMV"
    owners = aspects[(gmv, "ownership")].owners
    assert [o.owner for o in owners] == ["urn:li:corpGroup:head-of-e-commerce-sales"]
    related = aspects[(gmv, "metricRelationships")].relatedMetrics
    assert [e.destinationUrn.rsplit(",", 1)[1] for e in related] == [
        "average-order-value)", "repeat-purchase-rate)"]
    terms = aspects[(gmv, "glossaryTerms")].terms
    assert "urn:li:glossaryTerm:gmv" in [t.urn for t in terms]
    values = {p.propertyUrn.rsplit(".", 1)[1]: p.values[0]
              for p in aspects[(gmv, "structuredProperties")].properties}
    assert values["target_value"] == 125 and values["status"] in {"ahead", "on_track", "behind"}
    retired = "urn:li:metric:(urn:li:dataPlatform:kpi-catalog,nusantara-retail-kpi-catalog," \
              "rata-rata-jam-pelatihan)"
    assert aspects[(retired, "deprecation")].deprecated is True
    defined = {p.entityUrn for p in read if p.aspectName == "propertyDefinition"}
    used = {p.propertyUrn for (_, name), a in aspects.items() if name == "structuredProperties"
            for p in a.properties}
    assert used <= defined  # the file defines every property it uses


def test_the_datahub_check_can_fail(repo, tmp_path):
    export(repo, "datahub")
    proposals = json.loads((repo / "export-datahub.json").read_text(encoding="utf-8"))
    broken = [p for p in proposals if p["aspectName"] == "ownership"][:1]
    broken[0]["aspect"]["json"]["owners"][0]["type"] = 42
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(Exception):  # noqa: B017  (DataHub raises its own kinds)
        datahub_read(path)


# --- OSI -------------------------------------------------------------------------------


def osi_validator():
    jsonschema = need("jsonschema")
    schema = json.loads((SCHEMAS / "osi" / "osi-schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def test_osi_document_fits_the_osi_schema(repo):
    document = yaml.safe_load(export(repo, "osi"))
    errors = [e.message for e in osi_validator().iter_errors(document)]
    assert not errors, errors
    (model,) = document["semantic_model"]
    metrics = {m["name"]: m for m in model["metrics"]}
    assert set(metrics) == {"online-otif", "jabodetabek-delivery-time",
                            "customer-acquisition-cost", "new-corporate-accounts"}
    jabodetabek = metrics["jabodetabek-delivery-time"]
    sql = jabodetabek["expression"]["dialects"][0]["expression"]
    assert "deliveries.region = 'jabodetabek'" in sql  # the KPI's own filter is kept
    common, dbt = (json.loads(e["data"]) for e in jabodetabek["custom_extensions"])
    assert common["owner"] and common["target_value"] == 1.5
    assert dbt["metric"] == "delivery_days_per_order"
    assert {d["name"] for d in model["datasets"]} == {
        "deliveries", "acquisition", "corporate_accounts"}


def test_the_osi_check_can_fail(repo):
    document = yaml.safe_load(export(repo, "osi"))
    document["semantic_model"][0]["metrics"][0]["custom_extensions"][0]["vendor_name"] = "KPI"
    assert list(osi_validator().iter_errors(document))
    del document["semantic_model"][0]["datasets"]
    assert list(osi_validator().iter_errors(document))


# --- audiences and hostile text --------------------------------------------------------


@pytest.mark.parametrize("fmt", ["openmetadata", "datahub", "osi", "json"])
def test_a_public_export_holds_no_confidential_kpi(repo, fmt):
    text = export(repo, fmt, "--audience", "public")
    assert "rasio-gaji-terhadap-pasar" not in text  # the example's confidential KPI
    internal = export(repo, fmt, "--audience", "internal")
    if fmt != "osi":  # OSI holds only KPIs with a semantic metric
        assert "rasio-gaji-terhadap-pasar" in internal


@pytest.mark.parametrize("fmt", ["osi", "openmetadata", "json"])
def test_the_count_said_is_the_count_written(repo, fmt):
    """"wrote FILE (N KPIs)" counts what the file holds: an OSI document leaves out the KPIs
    without a metric it can express, and says how many."""
    out = repo / f"export.{fmt}"
    result = CliRunner().invoke(main, ["export", str(repo / "kpis"), "--format", fmt, "-o",
                                       str(out), "--today", TODAY, "--audience", "internal"])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    if fmt == "osi":
        held = len(yaml.safe_load(text)["semantic_model"][0]["metrics"])
        left_out = int(re.search(r"Left out (\d+) KPI", result.output).group(1))
        every = json.loads(export(repo, "json", "--audience", "internal"))["kpis"]
        assert held and left_out and held + left_out == len(every)
    elif fmt == "openmetadata":
        held = len(json.loads(text))
    else:
        held = len(json.loads(text)["kpis"])
    assert f"({held} KPI" in result.output, result.output


def test_an_internal_kpi_is_exported_without_its_values_to_the_public(repo):
    requests = json.loads(export(repo, "openmetadata", "--audience", "public"))
    savings = next(r for r in requests if r["name"] == "negotiated-savings")  # internal
    assert "kpiLatestValue" not in savings["extension"]
    assert savings["extension"]["kpiStatus"] == "no_data"


def test_contributor_text_cannot_become_markup_in_openmetadata(repo):
    path = repo / "kpis" / "sales" / "online-gmv.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(
        "description: |\n", "description: |\n  <img src=x onerror=alert(1)> "
        "[click](javascript:alert(1)) **bold** &amp;\n\n", 1), encoding="utf-8")
    request = next(r for r in json.loads(export(repo, "openmetadata"))
                   if r["name"] == "online-gmv")
    description = request["description"]
    assert not re.search(r"(?<!\\)[<\[*&]", description)  # every markup character escaped
    shown = cmarkgfm.github_flavored_markdown_to_html(  # raw HTML let through: a tag would show
        description, options=Options.CMARK_OPT_UNSAFE)
    assert "<img" not in shown and "<a" not in shown and "<strong>" not in shown
    assert "&lt;img src=x onerror=alert(1)&gt; [click](javascript:alert(1)) **bold** &amp;amp;" \
        in shown


def test_a_semi_additive_measure_is_not_exported_as_a_sum(repo):
    """A balance (a measure with `non_additive_dimension`: the value on the period's last
    day) used to be exported as SUM over every row of the period, so an OSI reader's
    quarterly savings were ninety days of balances added up; it has no single SQL aggregate,
    so the KPI is left out of the OSI document, as a cumulative metric is."""
    path = repo / "examples/dbt/target/semantic_manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    (model,) = [m for m in manifest["semantic_models"] if m["name"] == "corporate_accounts"]
    (measure,) = model["measures"]
    measure["non_additive_dimension"] = {"name": "first_invoice_on", "window_choice": "max",
                                         "window_groupings": []}
    path.write_text(json.dumps(manifest), encoding="utf-8")
    document = yaml.safe_load(export(repo, "osi"))
    names = {m["name"] for m in document["semantic_model"][0]["metrics"]}
    assert "new-corporate-accounts" not in names
    assert "online-otif" in names  # the others are still there


def _edited_manifest(repo: Path, edit) -> dict[str, str]:
    """The OSI expressions by KPI after ``edit`` changed the example's manifest (a dict)."""
    path = repo / "examples/dbt/target/semantic_manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    edit({m["name"]: m for m in manifest["metrics"]})
    path.write_text(json.dumps(manifest), encoding="utf-8")
    document = yaml.safe_load(export(repo, "osi"))
    assert not [e.message for e in osi_validator().iter_errors(document)]
    return {m["name"]: m["expression"]["dialects"][0]["expression"]
            for m in document["semantic_model"][0]["metrics"]}


def test_an_input_named_as_a_semantic_model_is_written_once(repo):
    """A derived metric whose input's alias is also a semantic model's name (a metric
    `orders` on the model `orders` is common): each input was put into the expression one
    after the other, so the second replaced the model's name inside the first one's SQL,
    `(SUM((SUM(acquisition.new_customers)).spend_idr))`."""
    def edit(metrics):
        cost = metrics["customer_acquisition_cost"]["type_params"]
        cost["expr"] = "spend / acquisition"
        cost["metrics"][1]["alias"] = "acquisition"
    expressions = _edited_manifest(repo, edit)
    assert expressions["customer-acquisition-cost"] == \
        "(SUM(acquisition.spend_idr)) / (SUM(acquisition.new_customers))"


def test_a_measure_filled_with_a_value_keeps_it(repo):
    """`fill_nulls_with: 0`: MetricFlow gives 0 where the sum has no value (no rows, or rows
    whose amounts are all NULL); the OSI expression said SUM alone, NULL there."""
    def edit(metrics):
        metrics["orders_delivered"]["type_params"]["measure"]["fill_nulls_with"] = 0
    expressions = _edited_manifest(repo, edit)
    assert expressions["online-otif"] == \
        "CAST(SUM(otif_orders * 100) AS DOUBLE) / NULLIF(COALESCE(SUM(deliveries.orders), 0), 0)"


_CORPORATE = ("CASE WHEN (corporate_accounts.account_type in ('corporate', 'reseller')) "
              "THEN corporate_accounts.account_id END")


@pytest.mark.parametrize(("percentile", "discrete", "approximate", "written"), [
    (0.5, False, False, f"PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY {_CORPORATE})"),
    (0.9, True, False, f"PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY {_CORPORATE})"),
    (0.5, False, True, None),  # each warehouse's own function: left out
])
def test_a_percentile_is_sql_s_ordered_set_aggregate(repo, percentile, discrete, approximate,
                                                    written):
    """A measure with `agg: percentile` (dbt's way of writing a median too) left its KPI out
    of the OSI document, as if no SQL aggregate could say it: SQL's PERCENTILE_CONT (or
    PERCENTILE_DISC, `use_discrete_percentile`) does."""
    as_percentile(repo, percentile, discrete, approximate)
    assert _edited_manifest(repo, lambda metrics: None).get("new-corporate-accounts") == written


def test_a_filter_through_a_join_is_not_written_on_the_metrics_own_dataset(repo):
    """`{{ Dimension('account__region') }}` is the region of the account joined to each
    delivery; the deliveries have a `region` of their own, and the filter was written on it
    (`deliveries.region = ...`), another condition than MetricFlow's. A filter through a join
    has no SQL on one dataset: the KPI is left out, as the guide says."""
    path = repo / "examples/dbt/target/semantic_manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    models = {m["name"]: m for m in manifest["semantic_models"]}
    models["deliveries"]["entities"].append({"name": "account", "type": "foreign",
                                             "expr": "region", "description": None,
                                             "role": None, "metadata": None, "label": None,
                                             "config": None})
    models["corporate_accounts"]["dimensions"].append(
        {**models["deliveries"]["dimensions"][1], "name": "region"})
    path.write_text(json.dumps(manifest), encoding="utf-8")
    kpi_file = repo / "kpis/operations/jabodetabek-delivery-time.yml"
    kpi_file.write_text(kpi_file.read_text(encoding="utf-8").replace(
        "Dimension('delivery_batch__region')", "Dimension('account__region')"),
        encoding="utf-8")
    document = yaml.safe_load(export(repo, "osi"))
    names = {m["name"] for m in document["semantic_model"][0]["metrics"]}
    assert "jabodetabek-delivery-time" not in names
    assert "online-otif" in names
