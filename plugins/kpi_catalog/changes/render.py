"""`kpi diff` reports: text for the terminal, Markdown for a pull request, JSON for programs.

Each change is said in words (:func:`describe`), the same words in every format. Markdown
is for a pull request's job summary, which GitHub shows only up to 1 MiB: grouped by
department, the changes that need review first and whole, runs of added, edited or deleted
values folded into one line each, and the rest cut where the summary would grow past
:data:`MAX_MARKDOWN_BYTES` (saying how much is left out). Contributor text in it is escaped
for GitHub (:func:`~kpi_catalog.escape.gfm`): no link, mention, e-mail link or emoji.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from kpi_catalog import json_text
from kpi_catalog.changes import Compared
from kpi_catalog.changes.compare import CatalogDiff, Change, KpiChanges
from kpi_catalog.changes.effects import moved_by_settings, status_line, statuses_of, units_of
from kpi_catalog.changes.words import describe, named, show
from kpi_catalog.escape import gfm
from kpi_catalog.i18n.labels import current_labels
from kpi_catalog.i18n.messages import _, count_text, current_language, ngettext
from kpi_catalog.i18n.numbers import with_unit
from kpi_catalog.model.enums import ChangeKind
from kpi_catalog.model.language import entry_in

MAX_MARKDOWN_BYTES = 1_000_000
"""The Markdown report's size at most: GitHub drops a job summary over 1 MiB whole."""
_RUN = 3  # this many values of one kind in a KPI, or more, are said in one line
_RUNS = (ChangeKind.ACTUAL_ADDED, ChangeKind.ACTUAL_EDITED, ChangeKind.ACTUAL_DELETED)


def _counts(diff: CatalogDiff) -> tuple[int, int, int]:
    review = sum(c.needs_review for k in diff.kpis for c in k.changes) + sum(
        c.needs_review for items in diff.registries.values() for i in items for c in i.changes)
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
             needs=needs, count=count_text(missing))


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
    names, units, statuses = _names(compared), units_of(compared, current_language()), \
        statuses_of(compared)
    for kpi in diff.kpis:
        lines.append("")
        lines.append(f"{kpi.path} ({kpi.id})")
        moved = status_line(*statuses[kpi.id])
        if moved:
            lines.append(f"  {moved}")
        for change in named(_shown_changes(kpi.changes), names):
            mark = "!" if change.needs_review else "-"
            said = describe(change, units=units[kpi.id])
            lines.append(f"  {mark} {said}{_reason_note(diff, change)}")
    for registry, items in diff.registries.items():
        for item in items:
            lines.append("")
            lines.append(f"{_registry_name(registry)}: "
                         f"{show(item.id, _NAME)}")  # a glossary term: text
            lines += [f"  {'!' if change.needs_review else '-'} {describe(change, entry=True)}"
                      for change in item.changes]
    by_settings = moved_by_settings(compared)
    if by_settings:
        lines += ["", _settings_moved(len(by_settings))]
        lines += [f"  - {show(names['kpi'].get(kpi_id, kpi_id), _NAME)} ({kpi_id}): "
                  f"{status_line(before, after)}" for kpi_id, before, after in by_settings]
    lines += _rename_hint(diff)
    missing = diff.missing_reasons()
    if missing:
        lines += ["", _("Needs a reason: add an entry to the KPI's `changes` log (see the "
                        "pull-request guide), or to `review.deleted` in catalog.yml for a "
                        "deleted KPI.")]
    return "\n".join(lines)


def _registry_name(registry: str) -> str:
    """``objectives``, ``settings``: the shared file an entry is in, in the report's language
    (the JSON report keeps the key)."""
    return current_labels()[f"change.registry.{registry}"]


def _settings_moved(count: int) -> str:
    return ngettext("The status settings in catalog.yml move the status of {count} KPI the "
                    "change leaves as it was:",
                    "The status settings in catalog.yml move the status of {count} KPIs the "
                    "change leaves as they were:", count, count=count)


def _rename_hint(diff: CatalogDiff) -> list[str]:
    """A rename is a deletion to the readers of the old id: the way that keeps their links."""
    if not any(c.kind is ChangeKind.RENAMED for k in diff.kpis for c in k.changes):
        return []
    return ["", _("A renamed KPI breaks links to its old id and its old page. To keep them, "
                  "keep the old KPI, retired, with `replaced_by:` the new id (see the "
                  "pull-request guide); to rename it anyway, record why in `review.deleted` "
                  "in catalog.yml, under the old id.")]


# --- json --------------------------------------------------------------------------


def as_json(compared: Compared) -> str:
    diff, base, head = compared.diff, compared.base_label, compared.head_label
    kpis, review, missing = _counts(diff)
    units, statuses = units_of(compared, None), statuses_of(compared)

    def sides(pair: tuple) -> dict[str, object]:
        return dict(zip(("before", "after"), pair, strict=True))

    return json_text.dumps({
        "base": base,
        "head": head,
        "today": compared.today.isoformat(),
        "kpis": [{"id": k.id, "path": k.path,
                  "unit": sides(tuple(u or None for u in units[k.id])),
                  "status": sides(tuple(s and s.value.value for s in statuses[k.id])),
                  "changes": [c.as_dict() for c in k.changes]}
                 for k in diff.kpis],
        "registries": {name: [{"id": item.id, "changes": [c.as_dict() for c in item.changes]}
                              for item in items]
                       for name, items in diff.registries.items()},
        "status_moved_by_settings": [
            {"id": kpi_id, "before": before.value.value, "after": after.value.value}
            for kpi_id, before, after in moved_by_settings(compared)],
        "summary": {"kpis_changed": kpis, "needs_review": review, "missing_reasons": missing},
    }, indent=2)


# --- markdown ----------------------------------------------------------------------


def _importance(diff: CatalogDiff, kpi: KpiChanges) -> tuple:
    missing = any(c.needs_review and not c.reason and c.kind in diff.require_reason
                  for c in kpi.changes)
    return (not missing, not kpi.needs_review, min(c.rank for c in kpi.changes), kpi.id)


def _reason(diff: CatalogDiff, change: Change) -> str:
    if change.reason:
        return " — " + _("reason: {reason}", reason=gfm(show(change.reason, 300)))
    if change.needs_review and change.kind in diff.require_reason:
        return " — **" + _("no reason recorded") + "**"
    return ""


def _period(change: Change) -> str:
    """The period of a value's change as a reader reads it (``October 2026``), as
    :func:`describe` names it."""
    return current_labels().period(change.field.partition("[")[2].rstrip("]"))


def _markdown_changes(diff: CatalogDiff, changes: list[Change], units: tuple[str, str]
                      ) -> tuple[list[str], list[str]]:
    """One KPI's bullets: those that need review, and the others. A run of added values
    is one bullet naming its periods; a run of edited or deleted values (with one reason)
    is one bullet that still names each period and value, so that nothing to review is
    lost. Values are said with ``units`` (before, after)."""
    runs: dict[tuple[ChangeKind, str], list[Change]] = defaultdict(list)
    for change in changes:
        if change.kind in _RUNS:
            runs[(change.kind, change.reason)].append(change)
    review: list[str] = []
    other: list[str] = []
    for change in changes:
        run = runs.get((change.kind, change.reason), [])
        lines = review if change.needs_review else other
        if len(run) < _RUN:
            mark = "⚠️ " if change.needs_review else ""
            said = describe(change, units=units)
            lines.append(f"  - {mark}{gfm(said)}{_reason(diff, change)}")
        elif change is run[0]:
            lines.append(_folded(diff, run, units))
    return review, other


def _folded(diff: CatalogDiff, run: list[Change], units: tuple[str, str]) -> str:
    kind, count = run[0].kind, len(run)
    if kind is ChangeKind.ACTUAL_ADDED:
        shown = (", ".join(_period(c) for c in run) if count <= 12
                 else _("{first} to {last}", first=_period(run[0]), last=_period(run[-1])))
        return "  - " + _("{count} values added ({periods})", count=count, periods=gfm(shown))
    before, after = units
    if kind is ChangeKind.ACTUAL_EDITED:
        values = "; ".join(f"{_period(c)}: {with_unit(show(c.old.get('value')), before)} → "
                           f"{with_unit(show(c.new.get('value')), after)}" for c in run)
        said = _("{count} past values edited: {values}", count=count, values=values)
    else:
        values = "; ".join(f"{_period(c)}: {with_unit(show(c.old.get('value')), before)}"
                           for c in run)
        said = _("{count} past values deleted: {values}", count=count, values=values)
    return f"  - ⚠️ {gfm(said)}{_reason(diff, run[0])}"


def _size(lines: list[str]) -> int:
    return sum(len(line.encode("utf-8")) + 1 for line in lines)


_NAME = 120  # a KPI's or department's name in the summary at most, in characters


def _names(compared: Compared) -> dict[str, dict[str, str]]:
    """KPIs', departments' and objectives' names by id (tables ``kpi``, ``department``,
    ``objective``) in the report's language, where the files give them (either side's, the
    head's first): a manager reads the summary in one language, and by names, not ids."""
    language = current_language()
    names: dict[str, dict[str, str]] = {"kpi": {}, "department": {}, "objective": {}}
    for catalog in (compared.base, compared.head):
        written = catalog.config.language
        for table, entries in (("kpi", catalog.kpis), ("department", catalog.departments),
                               ("objective", catalog.objectives)):
            names[table].update({i: entry_in(e, language, written).name
                                 for i, e in entries.items()})
    return names


def as_markdown(compared: Compared, max_bytes: int = MAX_MARKDOWN_BYTES) -> str:
    """KPIs and departments by their names (either side's, for one deleted or added).

    At most ``max_bytes``: the changes that need review come first and are kept whole (each
    KPI's title with them); other changes fill what is left, in order of importance, and
    what does not fit is counted instead of shown.
    """
    diff, base, head = compared.diff, compared.base_label, compared.head_label
    names, units, statuses = _names(compared), units_of(compared, current_language()), \
        statuses_of(compared)
    head_lines = ["### " + _("KPI changes"), "",
                  _("{headline} Compared {base} with {head}.", headline=gfm(_headline(diff)),
                    base=gfm(base), head=gfm(head))]
    tail = (["", _("⚠️ marks a change that needs review. Record why in the KPI's `changes` "
                   "log in this pull request.")] if diff.missing_reasons() else [])
    tail += _rename_hint(diff)
    grouped: dict[str, list[KpiChanges]] = defaultdict(list)
    for kpi in sorted(diff.kpis, key=lambda k: _importance(diff, k)):
        grouped[kpi.department].append(kpi)
    order = sorted(grouped, key=lambda d: (_importance(diff, grouped[d][0])[:2], d))
    blocks = []  # (department, title lines, review lines, other lines)
    for department in order:
        for kpi in grouped[department]:
            title = [f"- **{gfm(show(names['kpi'].get(kpi.id, kpi.id), _NAME))}** "
                     f"({gfm(kpi.path)})"]
            moved = status_line(*statuses[kpi.id])
            if moved:  # first, in bold: what the change does, before how
                title.append(f"  - **{gfm(moved)}**")
            blocks.append((department, title, *_markdown_changes(diff, named(
                _shown_changes(kpi.changes), names), units[kpi.id])))
    budget = max_bytes - _size(head_lines) - _size(tail) - 400  # 400: the counts of cuts
    reserved = sum(_size([*title, *review]) + 200 for _d, title, review, _o in blocks if review)
    lines: list[str] = []
    used, left_out, review_left_out = 0, 0, 0
    heading: str | None = None

    def add(new: list[str]) -> None:
        nonlocal used
        lines.extend(new)
        used += _size(new)

    for department, title, review, other in blocks:
        if review:
            reserved -= _size([*title, *review]) + 200
        start = [] if department == heading else [
            "", f"#### {gfm(show(names['department'].get(department, department), _NAME))}", ""]
        room = budget - used - reserved
        kept: list[str] = []
        for line in other:
            if _size(start + [*title, *review, *kept, line]) > room:
                break
            kept.append(line)
        if review and used + _size(start + [*title, *review]) > budget:
            review_left_out += len(review)
            left_out += len(other)
            continue
        if not review and not kept:
            left_out += len(other)
            continue
        add(start + [*title, *review, *kept])
        heading = department
        if len(kept) < len(other):
            more = len(other) - len(kept)
            add(["  - " + ngettext("… and {count} more change: run `kpi diff` to see them all.",
                                   "… and {count} more changes: run `kpi diff` to see them all.",
                                   more, count=more)])
    registry_lines = [f"- {gfm(_registry_name(name))} {gfm(item.id)}: " + "; ".join(
        ("⚠️ " if c.needs_review else "") + gfm(describe(c, entry=True))
        for c in item.changes[:5])
        + ("; …" if len(item.changes) > 5 else "")
        for name, items in diff.registries.items() for item in items]
    by_settings = moved_by_settings(compared)
    if by_settings:
        registry_lines.append("- " + gfm(_settings_moved(len(by_settings))))
        registry_lines += [f"  - {gfm(show(names['kpi'].get(kpi_id, kpi_id), _NAME))}: "
                           f"{gfm(status_line(before, after))}"
                           for kpi_id, before, after in by_settings]
    if registry_lines:
        start = ["", "#### " + _("Objectives, departments, glossary and settings"), ""]
        kept = []
        for line in registry_lines:
            if used + _size(start + kept + [line]) > budget:
                break
            kept.append(line)
        if kept:
            add(start + kept)
        left_out += len(registry_lines) - len(kept)
    if review_left_out:
        add(["", ngettext("⚠️ {count} more change that needs review is not shown: this summary "
                          "is limited to {size} bytes. Run `kpi diff` to see them all.",
                          "⚠️ {count} more changes that need review are not shown: this summary "
                          "is limited to {size} bytes. Run `kpi diff` to see them all.",
                          review_left_out, count=review_left_out, size=count_text(max_bytes))])
    elif left_out:
        add(["", ngettext("… and {count} more change that needs no review: run `kpi diff` to "
                          "see them all.",
                          "… and {count} more changes that need no review: run `kpi diff` to "
                          "see them all.", left_out, count=left_out)])
    return "\n".join(head_lines + lines + tail)


def broken_note(label: str, errors: int) -> str:
    """The Markdown summary when a side does not load: what happened, and where the located
    messages are (the job's log), so that an empty summary never reads as "no changes"."""
    return "\n".join(["### " + _("KPI changes"), "", ngettext(
        "The catalog at {label} is not valid, so it cannot be compared: {count} error. See "
        "this step's log, or run `kpi validate`.",
        "The catalog at {label} is not valid, so it cannot be compared: {count} errors. See "
        "this step's log, or run `kpi validate`.", errors, label=gfm(label), count=errors)])


FORMATS: dict[str, Callable[[Compared], str]] = {
    "text": as_text, "json": as_json, "markdown": as_markdown}
"""Each format of `kpi diff`: the report of a comparison, without a final line break."""
