"""Print diagnostics for people (text), programs (JSON) and GitHub Actions (annotations)."""

from __future__ import annotations

from kpi_catalog import json_text
from kpi_catalog.i18n.messages import _, current_language, ngettext
from kpi_catalog.model.codes import DOCS_URL, doc_url, rules_url
from kpi_catalog.model.diagnostics import Diagnostic, Severity, visible


def summary(diagnostics: list[Diagnostic], kpi_count: int, *, files_checked: int | None = None,
            strict: bool = False) -> str:
    """The last line: valid or not, the counts, and what was checked: the catalog's KPIs,
    or the ``files_checked`` files named on the command line (whether or not they load).
    With ``strict``, warnings fail the run, and the line says so."""
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    warnings = sum(d.severity is Severity.WARNING for d in diagnostics)
    files = len({d.path for d in diagnostics})
    kpis = (ngettext("{count} KPI", "{count} KPIs", kpi_count, count=kpi_count)
            if files_checked is None else
            ngettext("{count} file", "{count} files", files_checked, count=files_checked))
    if not diagnostics:
        return _("All good: {kpis} checked, no problems found.", kpis=kpis)
    notes = sum(d.severity is Severity.INFO for d in diagnostics)
    counted = ", ".join([
        ngettext("{count} error", "{count} errors", errors, count=errors),
        ngettext("{count} warning", "{count} warnings", warnings, count=warnings),
        *([ngettext("{count} note", "{count} notes", notes, count=notes)] if notes else [])])
    in_files = ngettext("{count} file", "{count} files", files, count=files)
    if errors:
        return _("The catalog is not valid: {counted} in {files} ({kpis} checked).",
                 counted=counted, files=in_files, kpis=kpis)
    if strict and warnings:
        return _("The catalog does not pass --strict, where warnings fail too: {counted} in "
                 "{files} ({kpis} checked).", counted=counted, files=in_files, kpis=kpis)
    return _("The catalog is valid: {counted} in {files} ({kpis} checked).",
             counted=counted, files=in_files, kpis=kpis)


def look_up() -> str:
    """Where each code is explained, the last line but one of `kpi validate`."""
    errors, rules = DOCS_URL + "errors/", rules_url(current_language())
    return _("Each code is explained at {errors} (E...) and {rules} (K...).",
             errors=errors, rules=rules)


def as_text(diagnostics: list[Diagnostic], kpi_count: int, *, files_checked: int | None = None,
            strict: bool = False) -> str:
    lines = [d.text() for d in diagnostics]
    if diagnostics:
        lines.append(look_up())
    lines.append(summary(diagnostics, kpi_count, files_checked=files_checked, strict=strict))
    return "\n".join(lines)


def as_json(diagnostics: list[Diagnostic], kpi_count: int, *, files_checked: int | None = None,
            strict: bool = False) -> str:
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    failing = errors or (strict and any(d.severity is Severity.WARNING for d in diagnostics))
    return json_text.dumps({
        "valid": not failing,
        "kpis": kpi_count,
        **({"files": files_checked} if files_checked is not None else {}),
        "errors": errors,
        "warnings": sum(d.severity is Severity.WARNING for d in diagnostics),
        "diagnostics": [{**d.as_dict(), "doc": doc_url(d.code, current_language())}
                        for d in diagnostics],
    }, indent=2)


def _escape_data(text: str) -> str:
    # Controls shown as escapes (`\x1b`, `\u202e`), as in the text lines: raw, a bidi
    # control reorders what a reader of the annotation sees, and an escape character reaches
    # the log. Line breaks are GitHub's own escapes (%0D, %0A).
    text = visible(text, keep_breaks=True)
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
    message = d.message + (" " + _("(field {field})", field=d.field_label) if d.field else "") + (
        f" {d.hint}" if d.hint else "")
    return f"::{level} {props}::{_escape_data(message)}"


def as_github(diagnostics: list[Diagnostic], kpi_count: int, *,
              files_checked: int | None = None, strict: bool = False) -> str:
    """Annotations, then the full text list: GitHub shows only ten annotations per step."""
    lines = [github_annotation(d) for d in diagnostics]
    lines.append(as_text(diagnostics, kpi_count, files_checked=files_checked, strict=strict))
    return "\n".join(lines)


FORMATS = {"text": as_text, "json": as_json, "github": as_github}
