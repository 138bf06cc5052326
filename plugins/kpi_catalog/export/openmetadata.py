"""OpenMetadata: one create-metric request (`PUT /api/v1/metrics`) per KPI, as a JSON list.

Checked in the tests against OpenMetadata's own JSON Schema of the request
(tests/export/schemas/openmetadata). OpenMetadata names owners by their ids, which the
catalog cannot know: the owner goes into a custom property, `kpiOwner`, with the KPI's
other fields (`extension`: define the custom properties on the Metric type once).
"""

from __future__ import annotations

from typing import Any

from kpi_catalog.export.catalog_fields import (
    DefinitionOf,
    StatusOf,
    TermsOf,
    description,
    kpi_properties,
    related_ids,
    semantic_text,
)

_GRANULARITY = {"daily": "DAY", "weekly": "WEEK", "monthly": "MONTH", "quarterly": "QUARTER",
                "yearly": "YEAR"}
_AGGREGATIONS = {"sum": "SUM", "count": "COUNT", "count_distinct": "COUNT",
                 "average": "AVERAGE", "min": "MIN", "max": "MAX", "median": "MEDIAN"}


def openmetadata(catalog, status_of: StatusOf, definition_of: DefinitionOf,
                 terms_of: TermsOf, glossary: str) -> list[dict[str, Any]]:
    """One OpenMetadata create-metric request (`PUT /api/v1/metrics`) per KPI.

    OpenMetadata names owners by their ids, which the catalog cannot know: the owner goes
    into the custom property `kpiOwner`, with the other fields of the KPI (`extension`)."""
    requests = []
    for kpi in catalog.kpis.values():
        definition = definition_of(kpi)
        request: dict[str, Any] = {
            "name": kpi.id, "displayName": kpi.name, "description": description(kpi)}
        expression = _om_expression(kpi, definition)
        if expression:
            request["metricExpression"] = expression
        kind = _om_type(kpi, definition)
        if kind:
            request["metricType"] = kind
        unit = kpi.measurement.unit
        if unit.startswith("%"):
            request["unitOfMeasurement"] = "PERCENTAGE"
        else:
            request["unitOfMeasurement"] = "OTHER"
            request["customUnitOfMeasurement"] = unit
        granularity = _GRANULARITY.get(kpi.measurement.reporting_frequency.value)
        if granularity:
            request["granularity"] = granularity
        related = related_ids(catalog, kpi)
        if related:
            request["relatedMetrics"] = related
        tags = [{"tagFQN": _om_fqn(glossary, term.term), "source": "Glossary",
                 "labelType": "Manual", "state": "Confirmed"} for term in terms_of(kpi)]
        if tags:
            request["tags"] = tags
        request["extension"] = {_camel(k): v for k, v in
                                kpi_properties(kpi, status_of(kpi)).items()}
        requests.append(request)
    return requests


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return "kpi" + head.capitalize() + "".join(word.capitalize() for word in rest)


def _om_fqn(*names: str) -> str:
    """OpenMetadata quotes a name holding a dot within a fully qualified name."""
    return ".".join(f'"{n}"' if "." in n else n for n in names)


def _om_expression(kpi, definition) -> dict[str, str] | None:
    if definition is not None:
        return {"language": "External", "code": semantic_text(kpi, definition)}
    if kpi.measurement.query:
        return {"language": "SQL", "code": kpi.measurement.query}
    return None


def _om_type(kpi, definition) -> str | None:
    if definition is None:
        return None
    if definition.type == "ratio":
        return "RATIO"
    if definition.type == "simple" and len(definition.measures) == 1:
        measure = definition.measures[0]
        if measure.agg == "percentile" and measure.percentile == 0.5:
            return "MEDIAN"  # discrete or not: the middle value either way
        return _AGGREGATIONS.get(measure.agg, "OTHER")
    return "OTHER"
