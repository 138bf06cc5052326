"""Open Semantic Interchange (OSI): one document with the semantic models the KPIs' metrics
read as datasets, and each KPI that names a semantic metric as an OSI metric.

An OSI metric is a SQL aggregate over datasets; it is written from the MetricFlow definition
where that can be done exactly (simple, ratio and derived metrics whose filters name columns
of the measure's own semantic model). The KPI's own fields go in a `custom_extensions` entry
of vendor COMMON, its MetricFlow reference in one of vendor DBT. Checked in the tests against
the OSI JSON Schema (tests/export/schemas/osi).
"""

from __future__ import annotations

import re
from typing import Any

from kpi_catalog import json_text
from kpi_catalog.export.catalog_fields import StatusOf, TermsOf, kpi_properties, slug
from kpi_catalog.i18n.messages import _
from kpi_catalog.reading.semantic_manifest import dimension_keys

_SQL_AGG = {"sum": "SUM({})", "count": "COUNT({})", "count_distinct": "COUNT(DISTINCT {})",
            "average": "AVG({})", "min": "MIN({})", "max": "MAX({})",
            "sum_boolean": "SUM(CASE WHEN {} THEN 1 ELSE 0 END)",
            "median": "MEDIAN({})"}


def _aggregate(measure) -> str | None:
    """The SQL aggregate of a measure, ``{}`` standing for its column; None when ANSI SQL
    has none (an approximate percentile is each warehouse's own function). A percentile
    (dbt's way of writing a median too) is SQL's ordered-set aggregate."""
    agg = measure.agg.value.lower()
    if agg != "percentile":
        return _SQL_AGG.get(agg)
    params = measure.agg_params
    if params is None or params.percentile is None or params.use_approximate_percentile:
        return None
    kind = "PERCENTILE_DISC" if params.use_discrete_percentile else "PERCENTILE_CONT"
    return f"{kind}({params.percentile!r}) WITHIN GROUP (ORDER BY {{}})"


class OsiProblem(Exception):
    """The KPIs cannot make an OSI document (it needs at least one dataset)."""


def osi(catalog, status_of: StatusOf, manifest, terms_of: TermsOf) -> dict[str, Any]:
    """An OSI document: the semantic models the KPIs' metrics read as datasets, and each
    KPI that names a semantic metric as an OSI metric, with the KPI's own fields in a
    `custom_extensions` entry (vendor COMMON) and its MetricFlow reference in another (DBT).

    OSI metrics are SQL aggregate expressions; a KPI without a semantic metric has none, so
    it is left out, as a KPI whose metric cannot be written as one SQL expression."""
    metrics, models = [], {}
    for kpi in catalog.kpis.values():
        reference = kpi.measurement.semantic
        if reference is None or manifest is None or reference.name not in manifest.metrics:
            continue
        name = reference.name
        definition = manifest.definition(name)
        expression = sql_expression(manifest, name, (reference.filter,) if reference.filter
                                    else ())
        if expression is None:
            continue
        for model in definition.semantic_models:
            models[model] = manifest.semantic_models[model]
        fields = kpi_properties(kpi, status_of(kpi))
        fields["name"] = kpi.name
        fields["drivers"] = [d for d in kpi.drivers if d in catalog.kpis]
        fields["glossary_terms"] = [t.term for t in terms_of(kpi)]
        dbt = {"metric": definition.name, "type": definition.type,
               "filter": reference.filter or "",
               "metric_filters": list(definition.filters), "window": definition.window}
        metrics.append({
            "name": kpi.id,
            "expression": {"dialects": [{"dialect": "ANSI_SQL", "expression": expression}]},
            "description": " ".join(kpi.statement.split()),
            "custom_extensions": [
                {"vendor_name": "COMMON", "data": json_text.dumps(fields)},
                {"vendor_name": "DBT", "data": json_text.dumps(dbt)}],
        })
    if not metrics:
        raise OsiProblem(_("none of the KPIs exported names a semantic metric "
                           "(measurement.semantic_metric)"))
    datasets = [_osi_dataset(model) for model in models.values()]
    return {"semantic_model": [{
        "name": slug(catalog.config.name).replace("-", "_"),
        "description": " ".join((catalog.config.description or catalog.config.name).split()),
        "datasets": datasets,
        "metrics": metrics,
    }]}


def _osi_dataset(model) -> dict[str, Any]:
    relation = model.node_relation
    source = ".".join(p for p in (relation.database, relation.schema_name, relation.alias) if p)
    fields = []
    for dimension in model.dimensions:
        fields.append({
            "name": dimension.name,
            "expression": {"dialects": [{"dialect": "ANSI_SQL",
                                         "expression": dimension.expr or dimension.name}]},
            "dimension": {"is_time": dimension.type.value == "time"},
            **({"description": dimension.description} if dimension.description else {}),
        })
    out = {"name": model.name, "source": source, "fields": fields}
    if model.description:
        out["description"] = model.description
    return out


_DIMENSION = re.compile(r"\{\{\s*Dimension\(\s*'([A-Za-z0-9_]+)'\s*\)\s*\}\}")


def sql_expression(manifest, name: str, where: tuple[str, ...] = (), depth: int = 0) -> str | None:
    """The metric as one SQL aggregate over its datasets' columns, when it can be written so
    (simple, ratio and derived metrics whose filters name dimensions of the measure's own
    semantic model; None otherwise: cumulative and conversion metrics, joins, offsets, and
    semi-additive measures, a balance taken at the period's last day, not summed over it). A
    measure's `fill_nulls_with` is kept: COALESCE(SUM(...), 0)."""
    metric = manifest.metrics.get(name)
    if metric is None or depth > 10:
        return None
    where = (*where, *(w.where_sql_template for w in
                       (metric.filter.where_filters if metric.filter else ())))
    kind = metric.type.value.lower()
    params = metric.type_params
    if kind == "simple":
        measure = params.measure
        found = manifest._measures.get(measure.name) if measure else None
        if found is None:
            return None
        model, definition = found
        if definition.non_additive_dimension is not None:
            return None  # semi-additive (a balance): one aggregate over all rows would be wrong
        template = _aggregate(definition)
        if template is None:
            return None
        if measure.filter:
            where = (*where, *(w.where_sql_template for w in measure.filter.where_filters))
        column = _column(model, definition.expr or definition.name)
        conditions = [_condition(model, w) for w in where]
        if any(c is None for c in conditions):
            return None
        if conditions:
            column = f"CASE WHEN {' AND '.join(f'({c})' for c in conditions)} THEN {column} END"
        if measure.fill_nulls_with is None:
            return template.format(column)
        return f"COALESCE({template.format(column)}, {measure.fill_nulls_with})"
    inputs = []
    if kind == "ratio":
        inputs = [params.numerator, params.denominator]
    elif kind == "derived":
        inputs = list(params.metrics or ())
    else:
        return None
    parts = {}
    for item in inputs:
        if item is None or item.offset_window or item.offset_to_grain:
            return None
        extra = tuple(w.where_sql_template for w in item.filter.where_filters) \
            if item.filter else ()
        inner = sql_expression(manifest, item.name, (*where, *extra), depth + 1)
        if inner is None:
            return None
        parts[item.alias or item.name] = inner
    if kind == "ratio":
        top, bottom = parts.values()
        return f"CAST({top} AS DOUBLE) / NULLIF({bottom}, 0)"
    # every input at once: an alias also a dataset's name (`orders`) would otherwise be
    # replaced again inside the SQL of the inputs put in before it
    if not parts:
        return None
    names = re.compile(r"\b(" + "|".join(re.escape(alias) for alias in parts) + r")\b")
    return names.sub(lambda match: f"({parts[match.group(1)]})", params.expr or "")


def _column(model, expr: str) -> str:
    return f"{model.name}.{expr}" if expr.isidentifier() else expr


def _condition(model, where: str) -> str | None:
    """A where filter as SQL on the model's own columns; None when it names anything else."""
    names = {d.name: d for d in model.dimensions}
    keys = dimension_keys(model)

    def column(match: re.Match) -> str:
        # the model's own dimension only through its own key (`delivery_batch__region`);
        # `account__region` is the region of the account joined to the row
        entity, _sep, name = match.group(1).rpartition("__")
        dimension = names.get(name)
        if dimension is None or entity not in keys:
            raise KeyError(match.group(1))
        return _column(model, dimension.expr or dimension.name)

    try:
        text = _DIMENSION.sub(column, where)
    except KeyError:
        return None
    return None if "{{" in text or "{%" in text else " ".join(text.split())
