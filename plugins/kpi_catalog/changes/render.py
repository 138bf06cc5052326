"""`kpi diff` reports: text for the terminal, Markdown for a pull request, JSON for programs.

Each change is said in words (:func:`describe`), the same words in every format. Markdown
is short: grouped by department, the changes that need review first, long runs of added
values folded into one line; contributor text in it is escaped like on the site.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

from ..site.escape import one_line
from .compare import CatalogDiff, Change, KpiChanges

MAX_MARKDOWN_KPIS = 100
# GitHub Markdown: HTML and @mentions as entities, inline syntax backslash-escaped.
_GFM_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "@": "&#64;"})
_GFM_INLINE = re.compile(r"([\\`*_\[\]|~!#])")


def md(text: object) -> str:
    """Contributor text as one line of GitHub Markdown that shows as written."""
    return _GFM_INLINE.sub(r"\\\1", one_line(text)).translate(_GFM_ENTITIES)

_SHORT = 90

_PHRASES = {
    "added": "new",
    "deleted": "deleted (instead of retired)",
    "retired": "retired",
    "lifecycle_changed": "lifecycle changed",
    "statement_changed": "statement changed",
    "direction_changed": "direction changed",
    "target_easier": "target made easier",
    "target_harder": "target made harder",
    "target_moved": "target range moved",
    "target_changed": "target changed",
    "target_set": "target set",
    "target_removed": "target removed",
    "deadline_later": "deadline moved later",
    "deadline_earlier": "deadline moved earlier",
    "baseline_changed": "baseline changed",
    "baseline_set": "baseline set",
    "thresholds_changed": "thresholds changed",
    "owner_changed": "owner changed",
    "actual_added": "value added",
    "actual_edited": "past value edited",
    "actual_deleted": "past value deleted",
    "actual_note_changed": "note of a value changed",
    "note_added": "change log entry added",
    "period_changed": "period changed",
    "part_added": "success part added",
    "part_removed": "success part removed",
    "part_changed": "success part reworded",
}
_MOVED = {"department": "moved to another department", "objective": "moved to another objective",
          "success_part": "moved to another success part"}


def show(value: Any, limit: int = _SHORT) -> str:
    """A value in words: 150 (not 150.0), ranges as 2–4, nested fields as `key value`."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, (int, float)):
        return f"{value:,}"
    if isinstance(value, list):
        if len(value) == 2 and all(isinstance(v, (int, float)) for v in value):
            return f"{show(value[0])}–{show(value[1])}"
        return ", ".join(show(v, limit) for v in value) or "none"
    if isinstance(value, dict):
        if set(value) >= {"value", "date"} and len(value) == 2:  # a baseline
            return f"{show(value['value'])} ({value['date']})"
        return ", ".join(f"{k} {show(v, limit)}" for k, v in value.items())
    text = one_line(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def describe(change: Change) -> str:
    """One change in words, e.g. ``target made easier: 260 → 240``."""
    kind, old, new = change.kind, change.old, change.new
    if kind == "added":
        return "new"
    if kind == "deleted":
        return _PHRASES[kind]
    if kind == "moved":
        return f"{_MOVED[change.field]}: {show(old)} → {show(new)}"
    if kind.startswith("actual_"):
        period = change.field.partition("[")[2].rstrip("]")
        if kind == "actual_added":
            return f"value added for {period}: {show(new['value'])}"
        if kind == "actual_deleted":
            return f"past value for {period} deleted (was {show(old['value'])})"
        if kind == "actual_edited":
            return f"past value for {period} edited: {show(old['value'])} → {show(new['value'])}"
        return f"note of the {period} value changed"
    if kind == "note_added":
        return f"change log entry added: {show(new.get('reason'))}"
    if kind == "statement_changed":
        return f"statement changed from “{show(old, 400)}” to “{show(new, 400)}”"
    if kind in ("part_added", "part_removed", "part_changed"):
        part = change.field.partition("[")[2].rstrip("]")
        return f"{_PHRASES[kind]} `{part}`: {show(new if new is not None else old)}"
    if kind == "measurement_changed":
        name = change.field.partition(".")[2].replace("_", " ")
        return f"measurement {name} changed: {show(old)} → {show(new)}"
    phrase = _PHRASES.get(kind, f"{change.field.replace('_', ' ')} changed")
    return f"{phrase}: {show(old)} → {show(new)}"


def _counts(diff: CatalogDiff) -> tuple[int, int, int]:
    review = sum(c.needs_review for k in diff.kpis for c in k.changes)
    return len(diff.kpis), review, len(diff.missing_reasons())


def _headline(diff: CatalogDiff) -> str:
    kpis, review, missing = _counts(diff)
    if not kpis and not any(diff.registries.values()):
        return "No KPI changes."
    text = f"{kpis} KPI{'' if kpis == 1 else 's'} changed"
    if review:
        text += f"; {review} change{'' if review == 1 else 's'} need{'s' if review == 1 else ''}"
        text += " review"
        if missing:
            text += f", {missing} without a recorded reason"
    return text + "."


def _shown_changes(changes: list[Change]) -> list[Change]:
    """A change log entry whose reason is given with the changes it explains is not
    repeated as a change of its own."""
    given = {c.reason for c in changes if c.reason}
    return [c for c in changes
            if not (c.kind == "note_added" and any(c.new.get("reason", "") in r for r in given))]


def _reason_note(diff: CatalogDiff, change: Change) -> str:
    if change.reason:
        return f" (reason: {show(change.reason, 300)})"
    if change.needs_review and change.kind in diff.require_reason:
        return " (no reason recorded)"
    return ""


# --- text --------------------------------------------------------------------------


def as_text(diff: CatalogDiff, base: str, head: str) -> str:
    lines = [f"KPI changes from {base} to {head}: {_headline(diff)}"]
    for kpi in diff.kpis:
        lines.append("")
        lines.append(f"{kpi.path} ({kpi.id})")
        for change in _shown_changes(kpi.changes):
            mark = "!" if change.needs_review else "-"
            lines.append(f"  {mark} {describe(change)}{_reason_note(diff, change)}")
    for registry, items in diff.registries.items():
        for item in items:
            lines.append("")
            lines.append(f"{registry}: {item.id}")
            lines += [f"  - {describe(change)}" for change in item.changes]
    missing = diff.missing_reasons()
    if missing:
        lines += ["", "Needs a reason: add an entry to the KPI's `changes` log (see the "
                  "pull-request guide), or to `review.deleted` in catalog.yml for a deleted KPI."]
    return "\n".join(lines)


# --- json --------------------------------------------------------------------------


def as_json(diff: CatalogDiff, base: str, head: str) -> str:
    kpis, review, missing = _counts(diff)
    return json.dumps({
        "base": base,
        "head": head,
        "kpis": [{"id": k.id, "path": k.path, "changes": [c.as_dict() for c in k.changes]}
                 for k in diff.kpis],
        "registries": {name: [{"id": item.id, "changes": [c.as_dict() for c in item.changes]}
                              for item in items]
                       for name, items in diff.registries.items()},
        "summary": {"kpis_changed": kpis, "needs_review": review, "missing_reasons": missing},
    }, indent=2, ensure_ascii=False)


# --- markdown ----------------------------------------------------------------------


def _importance(diff: CatalogDiff, kpi: KpiChanges) -> tuple:
    missing = any(c.needs_review and not c.reason and c.kind in diff.require_reason
                  for c in kpi.changes)
    return (not missing, not kpi.needs_review, min(c.rank for c in kpi.changes), kpi.id)


def _markdown_changes(diff: CatalogDiff, changes: list[Change]) -> list[str]:
    """Bullets; runs of added values become one bullet."""
    added = [c for c in changes if c.kind == "actual_added"]
    lines = []
    for change in changes:
        if change.kind == "actual_added" and len(added) > 2:
            if change is added[0]:
                periods = ", ".join(c.field.partition("[")[2].rstrip("]") for c in added)
                lines.append(f"  - {len(added)} values added ({md(periods)})")
            continue
        mark = "⚠️ " if change.needs_review else ""
        reason = ""
        if change.reason:
            reason = f" — reason: {md(show(change.reason, 300))}"
        elif change.needs_review and change.kind in diff.require_reason:
            reason = " — **no reason recorded**"
        lines.append(f"  - {mark}{md(describe(change))}{reason}")
    return lines


def as_markdown(diff: CatalogDiff, base: str, head: str,
                names: dict[str, str] | None = None,
                departments: dict[str, str] | None = None) -> str:
    """``names``: KPI id → name; ``departments``: department id → name (both optional)."""
    names, departments = names or {}, departments or {}
    lines = ["### KPI changes", "", f"{md(_headline(diff))} Compared {md(base)} with {md(head)}."]
    grouped: dict[str, list[KpiChanges]] = defaultdict(list)
    for kpi in sorted(diff.kpis, key=lambda k: _importance(diff, k)):
        grouped[kpi.department].append(kpi)
    order = sorted(grouped, key=lambda d: (_importance(diff, grouped[d][0])[:2], d))
    shown = 0
    for department in order:
        lines += ["", f"#### {md(departments.get(department, department))}", ""]
        for kpi in grouped[department]:
            if shown == MAX_MARKDOWN_KPIS:
                break
            shown += 1
            title = md(names.get(kpi.id, kpi.id))
            lines.append(f"- **{title}** ({md(kpi.path)})")
            lines += _markdown_changes(diff, _shown_changes(kpi.changes))
    if len(diff.kpis) > shown:
        lines += ["", f"… and {len(diff.kpis) - shown} more KPIs: run `kpi diff` to see them all."]
    registry_lines = [f"- {md(name)} {md(item.id)}: " + "; ".join(
        md(describe(c)) for c in item.changes[:5]) + ("; …" if len(item.changes) > 5 else "")
        for name, items in diff.registries.items() for item in items]
    if registry_lines:
        lines += ["", "#### Objectives, departments, glossary and settings", "", *registry_lines]
    if diff.missing_reasons():
        lines += ["", "⚠️ marks a change that needs review. Record why in the KPI's `changes` "
                  "log in this pull request."]
    return "\n".join(lines) + "\n"


FORMATS = {"text": as_text, "json": as_json, "markdown": as_markdown}
