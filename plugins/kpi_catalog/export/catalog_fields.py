"""What the three data-catalog exports share (`kpi export --format openmetadata|datahub|osi`):
the KPI's own fields as plain values, its glossary terms, its MetricFlow reference in words.

Each format maps the same things: the KPI's name and statement, owner, drivers (as related
metrics), glossary terms, retired as deprecated, and targets, thresholds and status as
custom properties; a KPI that names a semantic metric also carries its MetricFlow
definition. The catalog given is already cut to the export's audience.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from kpi_catalog.escape import markdown_text


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "catalog"


def kpi_properties(kpi, status: dict[str, Any] | None) -> dict[str, Any]:
    """The KPI's own fields that a metric entity has no place for, as plain values."""
    out: dict[str, Any] = {
        "id": kpi.id, "statement": kpi.statement, "department": kpi.department,
        "objective": kpi.objective, "success_part": kpi.success_part,
        "lifecycle": kpi.lifecycle.value, "direction": kpi.direction.value,
        "unit": kpi.measurement.unit, "owner": kpi.owner or "",
    }
    if kpi.baseline:
        out["baseline_value"] = kpi.baseline.value
        out["baseline_date"] = kpi.baseline.date.isoformat()
    if kpi.target:
        for key in ("value", "min", "max"):
            if getattr(kpi.target, key) is not None:
                out[f"target_{key}"] = getattr(kpi.target, key)
        out["target_date"] = kpi.target.date.isoformat()
    if kpi.thresholds:
        out["threshold_green"] = kpi.thresholds.green
        out["threshold_amber"] = kpi.thresholds.amber
    if status:
        out["status"] = status.get("value")
        latest = status.get("latest")
        if latest:
            out["latest_period"] = latest["period"]
            out["latest_value"] = latest["value"]
    return out


StatusOf = Callable[[Any], "dict[str, Any] | None"]
"""The status of a KPI as `kpi export` gives it (None: no status)."""
DefinitionOf = Callable[[Any], Any]
"""The definition of a KPI's semantic metric (None: it names none)."""
TermsOf = Callable[[Any], list]
"""The glossary terms a KPI uses."""


def description(kpi) -> str:
    """The statement and the description, as Markdown that shows the text as written (each
    paragraph one line, escaped as llms.txt's: `&amp;` stays the text `&amp;`)."""
    parts = [kpi.statement, *(p for p in kpi.description.split("\n\n") if p.strip())]
    return "\n\n".join(markdown_text(" ".join(p.split())) for p in parts)


def glossary_terms(catalog) -> Callable[[Any], list]:
    """``terms_of(kpi)``: the glossary terms a KPI's texts use (a term or an alias as a
    whole word), in glossary order, as the site's pages find them."""
    words: dict[str, Any] = {}
    for term in catalog.glossary:
        for word in (term.term, *term.aliases):
            words.setdefault(word, term)
    if not words:
        return lambda kpi: []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")
    order = {id(term): i for i, term in enumerate(catalog.glossary)}

    def terms_of(kpi) -> list:
        texts = (kpi.name, kpi.statement, kpi.description, kpi.measurement.metric,
                 kpi.measurement.method, kpi.measurement.data_source)
        found = {id(words[m.group(0)]): words[m.group(0)]
                 for text in texts if text for m in pattern.finditer(text)}
        return sorted(found.values(), key=lambda term: order[id(term)])

    return terms_of


def semantic_text(kpi, definition) -> str:
    """The MetricFlow query the KPI's values come from, as one readable line."""
    reference = kpi.measurement.semantic
    text = f"MetricFlow metric {definition.name} ({definition.type})"
    if definition.expression:
        text += f" = {definition.expression}"
    if reference is not None and reference.filter:
        text += f", where {' '.join(reference.filter.split())}"
    return text


def related_ids(catalog, kpi) -> list[str]:
    """The KPI's drivers that the export holds: its related metrics."""
    return [d for d in dict.fromkeys(kpi.drivers) if d in catalog.kpis and d != kpi.id]

