"""Compare two versions of a catalog KPI by KPI, into :class:`Change` records.

The records say what a change *does* (a target made easier, a past value edited), not which
lines moved, so that a reviewer who never reads YAML can judge a pull request. The same
records feed `kpi diff` and the history on each KPI page.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.config import ReviewKind
from kpi_catalog.model.enums import ChangeKind, Direction, Lifecycle, Visibility
from kpi_catalog.model.fields import dumped, is_shape
from kpi_catalog.model.kpi import ChangeNote, Kpi
from kpi_catalog.model.language import TEXT_FIELDS, text_key, texts
from kpi_catalog.model.periods import same_period
from kpi_catalog.model.registries import Objective

REVIEW_KINDS = frozenset(ChangeKind(kind.value) for kind in ReviewKind)


@dataclass(frozen=True)
class Change:
    """One change to one field; ``old``/``new`` are JSON values (None when absent)."""

    kind: ChangeKind
    field: str
    old: Any = None
    new: Any = None
    reason: str = ""

    @property
    def needs_review(self) -> bool:
        return self.kind in REVIEW_KINDS

    @property
    def rank(self) -> int:
        return self.kind.rank

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "field": self.field, "old": self.old, "new": self.new,
                "needs_review": self.needs_review, "reason": self.reason or None}


@dataclass
class KpiChanges:
    id: str
    path: str
    department: str
    changes: list[Change] = field(default_factory=list)

    @property
    def needs_review(self) -> bool:
        return any(c.needs_review for c in self.changes)

    @property
    def base_id(self) -> str:
        """The KPI's id on the base side: its old id where it was renamed."""
        return next((c.old for c in self.changes if c.kind is ChangeKind.RENAMED), self.id)


@dataclass
class ItemChanges:
    """Changes to one registry entry (an objective, a department, a glossary term)."""

    id: str
    changes: list[Change] = field(default_factory=list)


@dataclass
class CatalogDiff:
    kpis: list[KpiChanges] = field(default_factory=list)
    registries: dict[str, list[ItemChanges]] = field(default_factory=dict)
    require_reason: frozenset[str] = REVIEW_KINDS

    def missing_reasons(self) -> list[tuple[KpiChanges, Change]]:
        """Changes that need a recorded reason (per ``review.require_reason``) and have none."""
        return [(k, c) for k in self.kpis for c in k.changes
                if c.needs_review and c.kind in self.require_reason and not c.reason]


def _json(value: Any) -> Any:
    if is_shape(type(value)):
        return dumped(value, mode="json", exclude_defaults=True)
    if isinstance(value, list):
        return [_json(v) for v in value]
    if isinstance(value, dict):
        return {key: _json(v) for key, v in value.items()}
    if hasattr(value, "value") and not isinstance(value, (int, float)):  # an enum
        return value.value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


# --- one KPI -----------------------------------------------------------------------


def compare_kpis(old: Kpi | None, new: Kpi | None) -> list[Change]:
    """Every change from ``old`` to ``new`` (either may be None: added or deleted)."""
    if old is None:
        return [] if new is None else [Change(ChangeKind.ADDED, "id", None, new.id)]
    if new is None:
        return [Change(ChangeKind.DELETED, "id", old.id, None)]
    if old == new:
        return []
    changes: list[Change] = []
    handled = {"lifecycle", "department", "objective", "success_part", "statement", "target",
               "baseline", "thresholds", "owner", "measurement", "actuals", "changes",
               "direction", "milestones", "language", "translations", "visibility"}
    if old.lifecycle != new.lifecycle:
        kind = (ChangeKind.RETIRED if new.lifecycle is Lifecycle.RETIRED
                else ChangeKind.LIFECYCLE_CHANGED)
        changes.append(Change(kind, "lifecycle", old.lifecycle.value, new.lifecycle.value))
    for name in ("department", "objective", "success_part"):
        if getattr(old, name) != getattr(new, name):
            changes.append(Change(ChangeKind.MOVED, name, getattr(old, name), getattr(new, name)))
    if old.statement != new.statement:
        changes.append(Change(ChangeKind.STATEMENT_CHANGED, "statement", old.statement,
                              new.statement))
    if old.direction != new.direction:
        changes.append(Change(ChangeKind.DIRECTION_CHANGED, "direction", old.direction.value,
                              new.direction.value))
    changes += _target_changes(old, new)
    changes += _milestone_changes(old, new)
    if old.baseline != new.baseline:
        kind = ChangeKind.BASELINE_SET if old.baseline is None else ChangeKind.BASELINE_CHANGED
        changes.append(Change(kind, "baseline", _json(old.baseline), _json(new.baseline)))
    if old.thresholds != new.thresholds:
        changes.append(Change(ChangeKind.THRESHOLDS_CHANGED, "thresholds", _json(old.thresholds),
                              _json(new.thresholds)))
    if old.owner != new.owner:
        changes.append(Change(ChangeKind.OWNER_CHANGED, "owner", old.owner, new.owner))
    if old.visibility != new.visibility:
        changes.append(_visibility_change(old.visibility, new.visibility))
    for name in type(old.measurement).model_fields:
        before, after = getattr(old.measurement, name), getattr(new.measurement, name)
        if before != after:
            changes.append(Change(ChangeKind.MEASUREMENT_CHANGED, f"measurement.{name}",
                                  _json(before), _json(after)))
    changes += _actual_changes(old, new)
    for note in new.changes:
        if note not in old.changes:
            changes.append(Change(ChangeKind.NOTE_ADDED, "changes", None, _json(note)))
    changes += translation_changes(old, new)
    for name in type(old).model_fields:
        if name not in handled and getattr(old, name) != getattr(new, name):
            changes.append(Change(ChangeKind.CHANGED, name, _json(getattr(old, name)),
                                  _json(getattr(new, name))))
    return _with_reasons(changes, [n for n in new.changes if n not in old.changes])


def _visibility_change(old: Visibility, new: Visibility) -> Change:
    """Shown to more readers (confidential to internal or public, internal to public) is a
    publication the merge makes, for a reviewer to decide; to fewer, a plain change."""
    kind = (ChangeKind.VISIBILITY_WIDENED if new.openness > old.openness
            else ChangeKind.VISIBILITY_NARROWED)
    return Change(kind, "visibility", old.value, new.value)


# --- renames -----------------------------------------------------------------------

RENAME_FIELDS = frozenset({"statement", "measurement", "actuals"})
"""What two KPI files must share to be one KPI under two ids: the promise, how it is
measured and every value measured, as written (other fields may change with the id)."""


def _content(kpi: Kpi) -> str:
    return json.dumps(dumped(kpi, mode="json", include=set(RENAME_FIELDS)), sort_keys=True)


def renames(before: Mapping[str, Kpi], after: Mapping[str, Kpi]) -> dict[str, str]:
    """Old id -> new id, for each KPI gone whose :data:`RENAME_FIELDS` are those of exactly
    one KPI new in ``after`` and of no other KPI on either side: a match that is not one to
    one (or a content many KPIs share, as a template's) stays a deletion and an addition,
    so that no deletion is hidden behind a guess."""
    gone: dict[str, list[str]] = defaultdict(list)
    came: dict[str, list[str]] = defaultdict(list)
    for kpi_id, kpi in before.items():
        if kpi_id not in after:
            gone[_content(kpi)].append(kpi_id)
    for kpi_id, kpi in after.items():
        if kpi_id not in before:
            came[_content(kpi)].append(kpi_id)
    pairs = {key: (ids[0], came[key][0]) for key, ids in gone.items()
             if len(ids) == 1 and len(came.get(key, ())) == 1}
    if not pairs:
        return {}
    statements = {before[old_id].statement for old_id, _new in pairs.values()}
    for kpi_id, kpi in after.items():  # KPIs on both sides: is the content theirs too?
        for other in (kpi, before[kpi_id]) if kpi_id in before else ():
            if other.statement in statements:
                pairs.pop(_content(other), None)
    return dict(pairs.values())


def compare_renamed(old: Kpi, new: Kpi) -> list[Change]:
    """A KPI renamed (see :func:`renames`): the rename, then every other change as for one
    id. The rename needs review: links to the old id and the old page's address break."""
    notes = [n for n in new.changes if n not in old.changes]
    rename = Change(ChangeKind.RENAMED, "id", old.id, new.id)
    return _with_reasons([rename, *compare_kpis(old.model_copy(update={"id": new.id}), new)],
                         notes)


def _target_changes(old: Kpi, new: Kpi) -> list[Change]:
    before, after = old.target, new.target
    if before == after:
        return []
    if before is None:
        return [Change(ChangeKind.TARGET_SET, "target", None, _json(after))]
    if after is None:
        return [Change(ChangeKind.TARGET_REMOVED, "target", _json(before), None)]
    return _goal_changes(old, new, before, after, "target")


def _milestone_changes(old: Kpi, new: Kpi) -> list[Change]:
    """Milestones are targets on the way: each is compared like the target (easier, harder,
    later), in order; milestones added or removed are one change of the list."""
    if old.milestones == new.milestones:
        return []
    changes = []
    for before, after in zip(old.milestones, new.milestones, strict=False):
        if before != after:
            field = f"milestones[{after.date.isoformat()}]"
            changes += _goal_changes(old, new, before, after, field)
    if len(old.milestones) != len(new.milestones):
        changes.append(Change(ChangeKind.CHANGED, "milestones", _json(old.milestones),
                              _json(new.milestones)))
    return changes


def _goal_changes(old: Kpi, new: Kpi, before, after, field: str) -> list[Change]:
    """The changes of a target or milestone: its date, and its value or range."""
    changes = []
    if before.date != after.date:
        kind = (ChangeKind.DEADLINE_LATER if after.date > before.date
                else ChangeKind.DEADLINE_EARLIER)
        changes.append(Change(kind, f"{field}.date", before.date.isoformat(),
                              after.date.isoformat()))
    if _aim(before) != _aim(after):
        if after.value is not None:
            changes.append(Change(_value_kind(old, new, before, after), f"{field}.value",
                                  _aim(before), _aim(after)))
        else:
            changes.append(Change(_range_kind(old, new, before, after), field, _aim(before),
                                  _aim(after)))
    return changes


def _aim(target) -> float | list[float]:
    """The value to reach, or the range ``[min, max]`` to stay in."""
    return target.value if target.value is not None else [target.min, target.max]


def _comparable(old: Kpi, new: Kpi) -> bool:
    """Whether two versions' numbers can be weighed against each other: not where the
    direction changed, nor the unit (340,000 IDR as 352 IDR thousand is no harder target)."""
    return (old.direction == new.direction
            and old.measurement.unit.strip() == new.measurement.unit.strip())


def _value_kind(old: Kpi, new: Kpi, before_goal, after_goal) -> ChangeKind:
    """Easier or harder, in the KPI's direction; undecidable when the direction or the unit
    changed."""
    before, after = before_goal.value, after_goal.value
    if before is None or not _comparable(old, new):
        return ChangeKind.TARGET_CHANGED
    lower = after < before
    if new.direction is Direction.LOWER_IS_BETTER:
        lower = not lower
    return ChangeKind.TARGET_EASIER if lower else ChangeKind.TARGET_HARDER


def _range_kind(old: Kpi, new: Kpi, before, after) -> ChangeKind:
    """A wider range is easier to stay in, a narrower one harder; a shifted one just moved."""
    if before.value is not None or not _comparable(old, new):
        return ChangeKind.TARGET_CHANGED
    if after.min <= before.min and after.max >= before.max:
        return ChangeKind.TARGET_EASIER
    if after.min >= before.min and after.max <= before.max:
        return ChangeKind.TARGET_HARDER
    return ChangeKind.TARGET_MOVED


def _actual_changes(old: Kpi, new: Kpi) -> list[Change]:
    """Actuals are matched by period (the n-th value of a period with the n-th); a period
    rewritten in its other form (``2026-03-29`` as ``2026-W13``) is the same period, so
    that a series rewritten in one form is one relabelling, not deletions and additions."""
    if old.actuals == new.actuals:
        return []
    before, after = _by_period(old.actuals), _by_period(new.actuals)
    relabelled = _relabelled(before, after)
    changes = []
    for key, actual in before.items():
        new_key = relabelled.get(key, key)
        label = f"actuals[{new_key[0]}]"
        if new_key not in after:
            changes.append(Change(ChangeKind.ACTUAL_DELETED, label, _json(actual), None))
        elif after[new_key].value != actual.value:
            changes.append(Change(ChangeKind.ACTUAL_EDITED, label, _json(actual),
                                  _json(after[new_key])))
        elif after[new_key].note != actual.note:
            changes.append(Change(ChangeKind.ACTUAL_NOTE_CHANGED, label, actual.note,
                                  after[new_key].note))
    taken = set(relabelled.values())
    for key, actual in after.items():
        if key not in before and key not in taken:
            changes.append(Change(ChangeKind.ACTUAL_ADDED, f"actuals[{key[0]}]", None,
                                  _json(actual)))
    if relabelled:
        pairs = sorted(relabelled.items(), key=lambda pair: new.actuals.index(after[pair[1]]))
        changes.append(Change(ChangeKind.ACTUALS_RELABELLED, "actuals", [o[0] for o, _ in pairs],
                              [n[0] for _, n in pairs]))
    return changes


def _relabelled(before: dict, after: dict) -> dict[tuple[str, int], tuple[str, int]]:
    """Old key -> new key, for values whose period is written in another form only."""
    gone = [key for key in before if key not in after]
    came = [key for key in after if key not in before]
    pairs: dict[tuple[str, int], tuple[str, int]] = {}
    for old_key in gone:
        match = next((k for k in came if k[1] == old_key[1] and same_period(old_key[0], k[0])
                      and k not in pairs.values()), None)
        if match is not None:
            pairs[old_key] = match
    return pairs


def _by_period(actuals) -> dict[tuple[str, int], Any]:
    seen: dict[str, int] = {}
    keyed = {}
    for actual in actuals:
        n = seen[actual.period] = seen.get(actual.period, -1) + 1
        keyed[(actual.period, n)] = actual
    return keyed


def _with_reasons(changes: list[Change], notes: list[ChangeNote]) -> list[Change]:
    """A change log entry added with the changes gives the reason of the changes it names
    (all of them when it names no field)."""
    if not notes:
        return sorted(changes, key=lambda c: c.rank)
    out = []
    for change in changes:
        if change.needs_review and not change.reason:
            reasons = [n.reason for n in notes if covers(n, change.field)]
            if reasons:
                change = replace(change, reason=" ".join(reasons))
        out.append(change)
    return sorted(out, key=lambda c: c.rank)


def covers(note: ChangeNote, field_path: str) -> bool:
    """``target`` covers ``target.date``; ``actuals`` covers ``actuals[2026-03]``."""
    if not note.fields:
        return True
    return any(field_path == name or field_path.startswith((name + ".", name + "["))
               for name in note.fields)


# --- whole catalogs ----------------------------------------------------------------


def compare_catalogs(base: Catalog, head: Catalog) -> CatalogDiff:
    """Every KPI that changed (unchanged ones are left out), then the registries."""
    # The base's policy decides: a pull request that empties `review.require_reason` while
    # easing a target must not pass its own check.
    diff = CatalogDiff(require_reason=frozenset(k.value for k in
                                                base.config.review.require_reason))
    deletions = {d.id: d.reason for d in head.config.review.deleted
                 if d not in base.config.review.deleted}
    renamed = renames(base.kpis, head.kpis)
    old_ids = {new_id: old_id for old_id, new_id in renamed.items()}
    for kpi_id in sorted(base.kpis.keys() | head.kpis.keys()):
        if kpi_id in renamed:  # said under its new id
            continue
        old, new = base.kpis.get(old_ids.get(kpi_id, kpi_id)), head.kpis.get(kpi_id)
        changes = (compare_renamed(old, new) if old is not None and new is not None
                   and kpi_id in old_ids else compare_kpis(old, new))
        if not changes:
            continue
        changes = [_deletion_reason(c, deletions) for c in changes]
        side = head if new is not None else base
        kpi = side.kpis[kpi_id]
        diff.kpis.append(KpiChanges(kpi_id, side.kpi_path(kpi_id), kpi.department, changes))
    diff.registries = {
        "objectives": _registry(base.objectives, head.objectives, _objective_changes),
        "departments": _registry(base.departments, head.departments, _fields_changes),
        "glossary": _registry(_terms(base), _terms(head), _fields_changes),
        "settings": _settings(base, head),
    }
    return diff


def _deletion_reason(change: Change, deletions: dict[str, str]) -> Change:
    """A KPI deleted or renamed takes the reason `review.deleted` gives for its old id."""
    if change.kind in (ChangeKind.DELETED, ChangeKind.RENAMED) and not change.reason \
            and change.old in deletions:
        return replace(change, reason=deletions[change.old])
    return change


def _terms(catalog: Catalog) -> dict[str, Any]:
    return {term.term: term for term in catalog.glossary}


def _registry(before: dict, after: dict, compare) -> list[ItemChanges]:
    items = []
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if old is None:
            changes = [Change(ChangeKind.ADDED, "id", None, key)]
        elif new is None:
            changes = [Change(ChangeKind.DELETED, "id", key, None)]
        else:
            changes = compare(old, new)
        items.append(ItemChanges(key, changes))
    return items


def _fields_changes(old, new, skip=()) -> list[Change]:
    changes = [Change(ChangeKind.CHANGED, name, _json(getattr(old, name)),
                      _json(getattr(new, name)))
               for name in type(old).model_fields
               if name not in (*skip, "language", "translations")
               and getattr(old, name) != getattr(new, name)]
    return changes + translation_changes(old, new)


# --- translations ------------------------------------------------------------------


def translation_changes(old, new) -> list[Change]:
    """What changed in an entry's texts in other languages: a language's texts added or
    removed, a translated text changed, and, for a reviewer, each translation left as it
    was while its original changed (``translation_stale``)."""
    changes = []
    if getattr(old, "language", None) != getattr(new, "language", None):
        changes.append(Change(ChangeKind.LANGUAGE_CHANGED, "language", old.language, new.language))
    fields = TEXT_FIELDS.get(type(new))
    if fields is None:
        return changes
    before, after = texts(old, fields, optional=True), texts(new, fields, optional=True)
    for language in sorted(old.translations.keys() | new.translations.keys()):
        was, now = old.translations.get(language), new.translations.get(language)
        said_before, said_after = texts(was, fields, True), texts(now, fields, True)
        at = f"translations.{language}"
        if was is None:
            changes.append(Change(ChangeKind.TRANSLATION_ADDED, at, None, len(said_after)))
            continue
        if now is None:
            changes.append(Change(ChangeKind.TRANSLATION_REMOVED, at, len(said_before), None))
            continue
        for key in sorted(said_before.keys() | said_after.keys(), key=str):
            text_before = said_before.get(key, (None,))[0]
            text_after = said_after.get(key, (None,))[0]
            field = f"{at}.{text_key(key)}"
            if text_before != text_after:
                changes.append(Change(ChangeKind.TRANSLATION_CHANGED, field, _json(text_before),
                                      _json(text_after)))
            elif text_after is not None and key in before and key in after \
                    and before[key][0] != after[key][0]:
                changes.append(Change(ChangeKind.TRANSLATION_STALE, field, _json(before[key][0]),
                                      _json(after[key][0])))
    return changes


def _objective_changes(old: Objective, new: Objective) -> list[Change]:
    changes = []
    if old.period != new.period:
        changes.append(Change(ChangeKind.PERIOD_CHANGED, "period", _json(old.period),
                              _json(new.period)))
    parts_before = {p.id: p for p in old.success}
    parts_after = {p.id: p for p in new.success}
    for part_id in sorted(parts_before.keys() | parts_after.keys()):
        before, after = parts_before.get(part_id), parts_after.get(part_id)
        if before == after:
            continue
        kind = (ChangeKind.PART_ADDED if before is None else
                ChangeKind.PART_REMOVED if after is None else ChangeKind.PART_CHANGED)
        changes.append(Change(kind, f"success[{part_id}]",
                              None if before is None else before.description,
                              None if after is None else after.description))
    return changes + _fields_changes(old, new, skip=("period", "success"))


def _settings(base: Catalog, head: Catalog) -> list[ItemChanges]:
    changes = [_audience_change(c) if c.field == "audience" else
               _settings_part(c, getattr(base.config, c.field, None),
                              getattr(head.config, c.field, None))
               for c in _fields_changes(base.config, head.config)]
    return [ItemChanges("catalog.yml", changes)] if changes else []


def _settings_part(change: Change, old: Any, new: Any) -> Change:
    """A part of the settings (`status`) said by the keys that changed, each with its value
    on both sides, a default included: `status: {tolerance: 0.05}`, the default, made 0.1
    was said `none → tolerance 0.1`."""
    if not (is_shape(type(old)) and is_shape(type(new))):
        return change
    before, after = dumped(old, mode="json"), dumped(new, mode="json")
    keys = [key for key in {**before, **after} if before.get(key) != after.get(key)]
    return replace(change, old={key: before.get(key) for key in keys},
                   new={key: after.get(key) for key in keys})


def _audience_change(change: Change) -> Change:
    """`audience: internal` publishes every KPI, confidential ones and every value among
    them, on the site and in exports: a publication the merge makes, as a KPI's visibility
    widened is (catalog.yml keeps no change log, so no reason is asked for: marked only)."""
    widened = change.new == "internal"
    return replace(change, kind=ChangeKind.VISIBILITY_WIDENED if widened
                   else ChangeKind.VISIBILITY_NARROWED)
