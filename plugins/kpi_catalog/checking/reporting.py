"""Print diagnostics for people (text), programs (JSON) and GitHub Actions (annotations)."""

from __future__ import annotations

import json

from kpi_catalog.model.codes import DOCS_URL, doc_url
from kpi_catalog.model.diagnostics import Diagnostic, Severity


def summary(diagnostics: list[Diagnostic], kpi_count: int) -> str:
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    warnings = sum(d.severity is Severity.WARNING for d in diagnostics)
    files = len({d.path for d in diagnostics})
    if not diagnostics:
        return f"All good: {_count(kpi_count, 'KPI')} checked, no problems found."
    notes = sum(d.severity is Severity.INFO for d in diagnostics)
    verdict = "The catalog is valid" if not errors else "The catalog is not valid"
    counted = f"{_count(errors, 'error')}, {_count(warnings, 'warning')}" + (
        f", {_count(notes, 'note')}" if notes else "")
    return (f"{verdict}: {counted} in {_count(files, 'file')} "
            f"({_count(kpi_count, 'KPI')} checked).")


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


LOOK_UP = f"Each code is explained at {DOCS_URL}errors/ (E...) and {DOCS_URL}rules/ (K...)."


def as_text(diagnostics: list[Diagnostic], kpi_count: int) -> str:
    lines = [d.text() for d in diagnostics]
    if diagnostics:
        lines.append(LOOK_UP)
    lines.append(summary(diagnostics, kpi_count))
    return "\n".join(lines)


def as_json(diagnostics: list[Diagnostic], kpi_count: int) -> str:
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    return json.dumps({
        "valid": errors == 0,
        "kpis": kpi_count,
        "errors": errors,
        "warnings": sum(d.severity is Severity.WARNING for d in diagnostics),
        "diagnostics": [{**d.as_dict(), "doc": doc_url(d.code)} for d in diagnostics],
    }, indent=2, ensure_ascii=False)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


_ANNOTATION_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning",
                      Severity.INFO: "notice"}


def github_annotation(d: Diagnostic) -> str:
    """One ``::error``/``::warning`` workflow command, escaped as GitHub's toolkit does."""
    level = _ANNOTATION_LEVELS.get(d.severity, "warning")
    props = ",".join([
        f"file={_escape_property(d.path)}",
        f"line={d.line}",
        f"col={d.column}",
        f"title={_escape_property(d.code)}",
    ])
    message = d.message + (f" (field {d.field_label})" if d.field else "") + (
        f" {d.hint}" if d.hint else "")
    return f"::{level} {props}::{_escape_data(message)}"


def as_github(diagnostics: list[Diagnostic], kpi_count: int) -> str:
    """Annotations, then the full text list: GitHub shows only ten annotations per step."""
    lines = [github_annotation(d) for d in diagnostics]
    lines.append(as_text(diagnostics, kpi_count))
    return "\n".join(lines)


FORMATS = {"text": as_text, "json": as_json, "github": as_github}
