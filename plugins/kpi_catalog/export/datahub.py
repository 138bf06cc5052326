"""DataHub: the KPIs as `metric` entities, in a file of metadata change proposals that
DataHub's `file` source reads (`datahub ingest` with `source: {type: file}`).

The file starts with the structured properties the KPIs use (targets, thresholds, status),
so it is complete on its own. Owners become groups named after the catalog's owner text
(`urn:li:corpGroup:head-of-e-commerce-sales`). Checked in the tests with DataHub's own
models and file source (acryl-datahub).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kpi_catalog.export.catalog_fields import (
    DefinitionOf,
    StatusOf,
    TermsOf,
    description,
    kpi_properties,
    related_ids,
    semantic_text,
    slug,
)

PLATFORM = "kpi-catalog"
"""The data platform of the KPIs' metric URNs."""

_PROPERTIES = {
    # name: (value type, description)
    "statement": ("string", "The KPI in one sentence, from a baseline to a target by a date."),
    "status": ("string", "Where the KPI stands: achieved, ahead, on_track, behind, "
                         "not_started or no_data."),
    "baseline_value": ("number", "The value at the start."),
    "baseline_date": ("string", "When the baseline was measured."),
    "target_value": ("number", "The value to reach."),
    "target_min": ("number", "Lowest acceptable value of a target range."),
    "target_max": ("number", "Highest acceptable value of a target range."),
    "target_date": ("string", "The deadline of the target."),
    "threshold_green": ("number", "The value from which the KPI is green."),
    "threshold_amber": ("number", "The value from which the KPI is amber."),
    "latest_value": ("number", "The latest value measured."),
    "latest_period": ("string", "The period of the latest value."),
    "unit": ("string", "The unit of the values."),
    "direction": ("string", "higher_is_better, lower_is_better or within_range."),
    "owner": ("string", "The person or role accountable for the KPI, as the catalog names them."),
}


def datahub(catalog, status_of: StatusOf, definition_of: DefinitionOf, terms_of: TermsOf,
            namespace: str, now_ms: int) -> list[dict[str, Any]]:
    """Metadata change proposals for DataHub's `file` source: the structured properties
    the KPIs use, then each KPI as a `metric` entity."""
    return list(proposals(catalog, status_of, definition_of, terms_of, namespace, now_ms))


def proposals(catalog, status_of: StatusOf, definition_of: DefinitionOf, terms_of: TermsOf,
              namespace: str, now_ms: int) -> Iterator[dict[str, Any]]:
    """:func:`datahub`'s proposals one by one, each made when asked for: a large catalog's
    are written as they are made (:func:`.json_text.dumps_in_pieces`)."""
    stamp = {"time": now_ms, "actor": "urn:li:corpuser:datahub"}
    for name, (kind, text) in _PROPERTIES.items():
        yield _mcp("structuredProperty", _property_urn(name), "propertyDefinition", {
            "qualifiedName": f"{PLATFORM.replace('-', '_')}.{name}",
            "displayName": "KPI " + name.replace("_", " "), "description": text,
            "valueType": f"urn:li:dataType:datahub.{kind}", "cardinality": "SINGLE",
            "entityTypes": ["urn:li:entityType:datahub.metric"]})
    for kpi in catalog.kpis.values():
        urn = metric_urn(namespace, kpi.id)
        definition = definition_of(kpi)
        info: dict[str, Any] = {"name": kpi.name, "description": description(kpi)}
        if definition is not None:
            info["expression"] = {"dialects": [
                {"dialect": "OTHER", "expression": semantic_text(kpi, definition)}]}
        elif kpi.measurement.query:
            info["expression"] = {"dialects": [
                {"dialect": "ANSI_SQL", "expression": kpi.measurement.query}]}
        yield _mcp("metric", urn, "metricInfo", info)
        related = related_ids(catalog, kpi)
        if related:
            yield _mcp("metric", urn, "metricRelationships", {"relatedMetrics": [
                {"destinationUrn": metric_urn(namespace, d)} for d in related]})
        if kpi.owner:
            yield _mcp("metric", urn, "ownership", {
                "owners": [{"owner": f"urn:li:corpGroup:{slug(kpi.owner)}",
                            "type": "BUSINESS_OWNER"}],
                "lastModified": stamp})
        terms = terms_of(kpi)
        if terms:
            yield _mcp("metric", urn, "glossaryTerms", {
                "terms": [{"urn": f"urn:li:glossaryTerm:{slug(t.term)}"} for t in terms],
                "auditStamp": stamp})
        if kpi.lifecycle.value == "retired":
            deprecation: dict[str, Any] = {
                "deprecated": True, "actor": stamp["actor"],
                "note": "Retired in the KPI catalog."}
            if kpi.replaced_by and kpi.replaced_by in catalog.kpis:
                deprecation["replacement"] = metric_urn(namespace, kpi.replaced_by)
            yield _mcp("metric", urn, "deprecation", deprecation)
        links = [link for link in kpi.links if str(link.url).startswith(("http://", "https://"))]
        if links:
            yield _mcp("metric", urn, "institutionalMemory", {"elements": [
                {"url": str(link.url), "description": link.title, "createStamp": stamp}
                for link in links]})
        values = {k: v for k, v in kpi_properties(kpi, status_of(kpi)).items()
                  if k in _PROPERTIES and v not in (None, "")}
        yield _mcp("metric", urn, "structuredProperties", {"properties": [
            {"propertyUrn": _property_urn(k), "values": [v]} for k, v in values.items()]})


def metric_urn(namespace: str, kpi_id: str) -> str:
    return f"urn:li:metric:(urn:li:dataPlatform:{PLATFORM},{namespace},{kpi_id})"


def _property_urn(name: str) -> str:
    return f"urn:li:structuredProperty:{PLATFORM.replace('-', '_')}.{name}"


def _mcp(entity: str, urn: str, aspect: str, value: dict[str, Any]) -> dict[str, Any]:
    return {"entityType": entity, "entityUrn": urn, "changeType": "UPSERT",
            "aspectName": aspect, "aspect": {"json": value}}


