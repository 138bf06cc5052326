"""`kpi diff` reports: text for the terminal, Markdown for a pull request, JSON for programs.

Each change is said in words (:func:`describe`), the same words in every format. Markdown
is short: grouped by department, the changes that need review first, long runs of added
values folded into one line; contributor text in it is escaped like on the site.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable

from kpi_catalog.changes import Compared
from kpi_catalog.changes.compare import CatalogDiff, Change, KpiChanges
from kpi_catalog.changes.words import describe, show
from kpi_catalog.escape import gfm
from kpi_catalog.i18n.messages import _, ngettext
from kpi_catalog.model.enums import ChangeKind

MAX_MARKDOWN_KPIS = 100


def _counts(diff: CatalogDiff) -> tuple[int, int, int]:
    review = sum(c.needs_review for k in diff.kpis for c in k.changes)
    return len(diff.kpis), review, len(diff.missing_reasons())


def _headline(diff: CatalogDiff) -> str:
    kpis, review, missing = _counts(diff)
    if not kpis and not any(diff.registries.values()):
        return _("No KPI changes.")
    changed = ngettext("{count} KPI changed", "{count} KPIs changed", kpis, count=kpis)
    if not review:
        return _("{changed}.", changed=changed)
    needs = ngettext("{count} change needs review", "{count} changes need review", review,
                     count=review)
    if not missing:
        return _("{changed}; {needs}.", changed=changed, needs=needs)
    return _("{changed}; {needs}, {count} without a recorded reason.", changed=changed,
             needs=needs, count=missing)


def _shown_changes(changes: list[Change]) -> list[Change]:
    """A change log entry whose reason is given with the changes it explains is not
    repeated as a change of its own."""
    given = {c.reason for c in changes if c.reason}
    return [c for c in changes
            if not (c.kind is ChangeKind.NOTE_ADDED
                    and any(c.new.get("reason", "") in r for r in given))]


def _reason_note(diff: CatalogDiff, change: Change) -> str:
    if change.reason:
        return " " + _("(reason: {reason})", reason=show(change.reason, 300))
    if change.needs_review and change.kind in diff.require_reason:
        return " " + _("(no reason recorded)")
    return ""


# --- text --------------------------------------------------------------------------


def as_text(compared: Compared) -> str:
    diff, base, head = compared.diff, compared.base_label, compared.head_label
    lines = [_("KPI changes from {base} to {head}: {headline}", base=base, head=head,
               headline=_headline(diff))]
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
        lines += ["", _("Needs a reason: add an entry to the KPI's `changes` log (see the "
                        "pull-request guide), or to `review.deleted` in catalog.yml for a "
                        "deleted KPI.")]
    return "\n".join(lines)


# --- json --------------------------------------------------------------------------


def as_json(compared: Compared) -> str:
    diff, base, head = compared.diff, compared.base_label, compared.head_label
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
    added = [c for c in changes if c.kind is ChangeKind.ACTUAL_ADDED]
    lines = []
    for change in changes:
        if change.kind is ChangeKind.ACTUAL_ADDED and len(added) > 2:
            if change is added[0]:
                periods = ", ".join(c.field.partition("[")[2].rstrip("]") for c in added)
                lines.append("  - " + _("{count} values added ({periods})", count=len(added),
                                        periods=gfm(periods)))
            continue
        mark = "⚠️ " if change.needs_review else ""
        reason = ""
        if change.reason:
            reason = " — " + _("reason: {reason}", reason=gfm(show(change.reason, 300)))
        elif change.needs_review and change.kind in diff.require_reason:
            reason = " — **" + _("no reason recorded") + "**"
        lines.append(f"  - {mark}{gfm(describe(change))}{reason}")
    return lines


def as_markdown(compared: Compared) -> str:
    """KPIs and departments by their names (either side's, for one deleted or added)."""
    diff, base, head = compared.diff, compared.base_label, compared.head_label
    catalogs = (compared.base, compared.head)
    names = {i: k.name for c in catalogs for i, k in c.kpis.items()}
    departments = {i: d.name for c in catalogs for i, d in c.departments.items()}
    lines = ["### " + _("KPI changes"), "",
             _("{headline} Compared {base} with {head}.", headline=gfm(_headline(diff)),
               base=gfm(base), head=gfm(head))]
    grouped: dict[str, list[KpiChanges]] = defaultdict(list)
    for kpi in sorted(diff.kpis, key=lambda k: _importance(diff, k)):
        grouped[kpi.department].append(kpi)
    order = sorted(grouped, key=lambda d: (_importance(diff, grouped[d][0])[:2], d))
    shown = 0
    for department in order:
        lines += ["", f"#### {gfm(departments.get(department, department))}", ""]
        for kpi in grouped[department]:
            if shown == MAX_MARKDOWN_KPIS:
                break
            shown += 1
            title = gfm(names.get(kpi.id, kpi.id))
            lines.append(f"- **{title}** ({gfm(kpi.path)})")
            lines += _markdown_changes(diff, _shown_changes(kpi.changes))
    if len(diff.kpis) > shown:
        lines += ["", _("… and {count} more KPIs: run `kpi diff` to see them all.",
                        count=len(diff.kpis) - shown)]
    registry_lines = [f"- {gfm(name)} {gfm(item.id)}: " + "; ".join(
        gfm(describe(c)) for c in item.changes[:5]) + ("; …" if len(item.changes) > 5 else "")
        for name, items in diff.registries.items() for item in items]
    if registry_lines:
        lines += ["", "#### " + _("Objectives, departments, glossary and settings"), "",
                  *registry_lines]
    if diff.missing_reasons():
        lines += ["", _("⚠️ marks a change that needs review. Record why in the KPI's `changes` "
                        "log in this pull request.")]
    return "\n".join(lines)


FORMATS: dict[str, Callable[[Compared], str]] = {
    "text": as_text, "json": as_json, "markdown": as_markdown}
"""Each format of `kpi diff`: the report of a comparison, without a final line break."""
