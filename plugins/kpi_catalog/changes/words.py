"""A change in words, in the site's language (the labels ``change.<kind>`` of i18n.py):
the same words in `kpi diff` reports and in the history on KPI pages."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from kpi_catalog.changes.compare import Change
from kpi_catalog.i18n.labels import EN, PLURALS, Labels, current_labels
from kpi_catalog.i18n.messages import _, current_language, shown, speaking
from kpi_catalog.i18n.numbers import format_number, number_marks, with_unit
from kpi_catalog.model.diagnostics import BIDI_CONTROLS, visible
from kpi_catalog.model.enums import ChangeKind
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.language import TEXT_FIELDS

if TYPE_CHECKING:
    from kpi_catalog.model.catalog import Catalog

_SHORT = 90
_NO_BIDI = dict.fromkeys(map(ord, BIDI_CONTROLS))  # dropped wherever a change is shown

# Field paths whose name on the site is not the label ``field.<last part>``.
_NAME_LABELS = {
    "thresholds": "section.thresholds", "thresholds.green": "rag.green",
    "thresholds.amber": "rag.amber", "links": "section.links", "related": "section.related",
    "description": "section.description", "drivers": "field.driven_by",
    "silence": "section.silenced", "changes": "section.changelog", "actuals": "section.actuals",
    "success": "section.success", "measurement.semantic_metric.filter": "field.semantic_filters",
}
# Field paths whose English name is not their key: `method_changed changed` said the verb
# twice.
_WRITTEN_NAMES = {"method_changed": "method changes"}
# Field paths whose values are words the site shows by a label: ``<prefix>.<value>``.
_VALUE_LABELS = {
    "lifecycle": "lifecycle", "direction": "direction", "visibility": "visibility",
    "audience": "visibility",
    "status.value": "status", "measurement.collection_frequency": "frequency",
    "measurement.reporting_frequency": "frequency", "perspective": "perspective",
    "language": "language",
}


def show(value: Any, limit: int = _SHORT, field: str = "",
         day: Callable[[date], str] | None = None,
         mark: Callable[[str], str] | None = None) -> str:
    """A value in words, in the language spoken: 150 (not 150.0), ranges as 2–4, nested
    fields as `key value`. ``field``, the value's path (``status.value``), names the fields
    inside it and the words the site labels, in a language other than English. ``day``
    writes the dates of date fields (``t.date``: 31 December 2026); without it they stay
    as the file writes them. ``mark`` stands for each text inside a list's items (a link's
    title, a method change's words), as :func:`describe`'s for a text value."""
    if value is None or value == "" or value == [] or value == {}:
        return _("none")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (int, float)):  # every digit, with the language's marks
        return format_number(value, number_marks(current_language()), decimals=None)
    if isinstance(value, list):
        if len(value) == 2 and all(isinstance(v, (int, float)) for v in value):
            return f"{show(value[0])}–{show(value[1])}"
        return ", ".join(show(v, limit, field, day, mark) for v in value)
    if isinstance(value, dict):
        if set(value) >= {"value", "date"} and len(value) == 2:  # a baseline
            return f"{show(value['value'])} ({_day(value['date'], day)})"
        paths = {k: f"{field}.{k}" if field else k for k in value}
        return ", ".join(f"{_field_name(paths[k], k)} {show(v, limit, paths[k], day, mark)}"
                         for k, v in value.items())
    if day is not None and _DATE_FIELD.search(field) and isinstance(value, str):
        return _day(value, day)
    text = visible(" ".join(str(value).translate(_NO_BIDI).split()))  # breaks read as spaces
    if not text:
        return _("none")
    label = f"{_VALUE_LABELS[field]}.{text}" if field in _VALUE_LABELS else ""
    if label in EN and current_language() != "en":
        return current_labels()[label]
    said = shown(text, limit)
    if mark is not None and field in _TEXT_PATHS and any(c.isalpha() for c in said):
        return mark(said)
    return said


# The fields that hold a date (``target.date``, ``status.until``, ``review_date``, an
# objective's ``period.start``), by the last part of their path.
_DATE_FIELD = re.compile(r"(?:^|[.\]])(?:date|until|start|end|[a-z_]+_date)\Z")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


def _day(written: object, day: Callable[[date], str] | None) -> str:
    """A date as ``day`` writes it; anything else (or an impossible date) as written."""
    text = str(written)
    if day is None or not _ISO_DATE.match(text):
        return text
    try:
        return day(date.fromisoformat(text))
    except ValueError:
        return text


_CONTEXT = 30  # characters kept before the first difference of a long text


def _from_difference(old: str, new: str, limit: int) -> tuple[str, str]:
    """Two versions of a text, each started near where they first differ (``… per bulan
    paling lambat 30 Juni 2027``) when that is too far in for a text cut at ``limit`` to
    show: otherwise both would be cut to the same words, the change out of view."""
    same = len(os.path.commonprefix([old, new]))
    if same < limit - _CONTEXT:
        return old, new
    start = max(0, same - _CONTEXT)
    space = old.find(" ", start, same)  # from a word's start
    start = space + 1 if space != -1 else start
    return "…" + old[start:], "…" + new[start:]


def _field_name(path: str, written: str | None = None) -> str:
    """A field's name in words, in the language spoken: in English as written (``written``,
    by default the path: `data source`), in another language its label on the site (`Sumber
    data`) where it has one."""
    label = _NAME_LABELS.get(path, f"field.{path.rpartition('.')[2]}")
    if current_language() != "en" and "[" not in path and label in EN:
        return _in_sentence(current_labels()[label])
    return _WRITTEN_NAMES.get(path) or (path if written is None else written).replace("_", " ")


def _in_sentence(label: str) -> str:
    """A label as a word inside a sentence: `Sumber data` is `sumber data` in "pengukuran
    (sumber data) berubah", as the English line writes `data source`; a label that starts
    with an acronym (`KPI aktif`, `ID`) keeps it. A line's first letter is made a capital
    where it starts a sentence (the history on a KPI page)."""
    if label[1:2].islower():
        return label[:1].lower() + label[1:]
    return label


def _text_paths() -> frozenset[str]:
    """The fields of a KPI that hold text in its language, as changes name them (list items'
    keys left out): ``statement``, ``measurement.unit``, ``links.title``."""
    fields = TEXT_FIELDS[Kpi]
    return frozenset((*fields.scalars, *fields.optional,
                      *(f"{name}.{part}" for name, parts in fields.nested.items()
                        for part in parts),
                      *(f"{name}.{text}" for name, (_key, text) in fields.keyed.items())))


_TEXT_PATHS = _text_paths()
_ITEM_KEY = re.compile(r"\[[^\]]*\]")


def text_language(change: Change, written_in: str) -> str | None:
    """The language of the texts a change of a KPI shows (its old and new values, a note's
    reason): the translation's for a translated text, else ``written_in``, the language the
    KPI is written in; None when it shows no text (numbers, dates, ids, words the site has
    labels for). A stale translation shows its original's texts."""
    if change.kind is ChangeKind.TRANSLATION_CHANGED:
        return change.field.split(".")[1]
    if change.kind is ChangeKind.NOTE_ADDED or change.kind is ChangeKind.TRANSLATION_STALE:
        return written_in
    path = _ITEM_KEY.sub("", change.field)
    if path in _TEXT_PATHS or any(_holds_text(side, change.field)
                                  for side in shown_sides(change)):
        return written_in
    return None


def shown_sides(change: Change) -> tuple[Any, Any]:
    """The old and new value a change shows: of a group of fields changed (`status: {value,
    reason, until}` with a new `until`), the parts that changed only. What a change says
    and the language it is said to be in come from the same parts: a new `until` was
    followed by "(English)" for the reason it did not show."""
    old, new = change.old, change.new
    if isinstance(old, dict) and isinstance(new, dict) and change.kind is ChangeKind.CHANGED:
        kept = [k for k in old.keys() | new.keys() if old.get(k) != new.get(k)]
        return ({k: v for k, v in old.items() if k in kept},
                {k: v for k, v in new.items() if k in kept})
    return old, new


def _holds_text(value: Any, field: str) -> bool:
    """Whether a group or list of fields (``status``, ``method_changed``: a whole list) holds
    a text with a letter, as :func:`show` says it inside it."""
    if isinstance(value, list):
        return any(_holds_text(item, field) for item in value)
    if isinstance(value, dict):
        return any(_holds_text(v, f"{field}.{k}") for k, v in value.items())
    return field in _TEXT_PATHS and isinstance(value, str) and any(c.isalpha() for c in value)


def move_names(catalog: Catalog) -> dict[str, dict[str, str]]:
    """The names :func:`named` takes from one catalog: its departments' and objectives' by
    id, in the catalog's language (registries hold no confidential text)."""
    return {"department": {i: d.name for i, d in catalog.departments.items()},
            "objective": {i: o.name for i, o in catalog.objectives.items()}}


def named(changes: list[Change], names: Mapping[str, Mapping[str, str]]) -> list[Change]:
    """The changes, a KPI moved to another department or objective naming both as people
    say them: ``names`` maps ``department``/``objective`` to names by id (JSON keeps ids)."""
    return [replace(c, old=names[c.field].get(c.old, c.old), new=names[c.field].get(c.new, c.new))
            if c.kind is ChangeKind.MOVED and c.field in names else c for c in changes]


# The fields whose numbers are in the KPI's unit: its target, milestones, baseline,
# thresholds, values and the range of values it can take.
_IN_UNIT = re.compile(r"(?:target|milestones|baseline|thresholds|actuals|valid_range)(?:[.\[]|\Z)")


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _in_unit(v: Any, unit: str, number: Callable[[float], str]) -> Any:
    """``v`` with each number in it written with ``unit`` (``28%``, ``352,000 IDR per
    order``), a range as ``30–45 days``: a reviewer reads ``27 → 26`` as nothing until
    told it is a percentage. Dates and words stay as they are."""
    if _is_number(v):
        return with_unit(number(v), unit)
    if isinstance(v, list) and len(v) == 2 and all(map(_is_number, v)):
        return with_unit(f"{number(v[0])}–{number(v[1])}", unit)
    if isinstance(v, list):
        return [_in_unit(item, unit, number) for item in v]
    if isinstance(v, dict):
        return {k: _in_unit(item, unit, number) for k, item in v.items()}
    return v


def describe(change: Change, t: Labels | None = None,
             number: Callable[[float], str] | None = None,
             mark: Callable[[str], str] | None = None,
             units: tuple[str, str] = ("", ""), entry: bool = False) -> str:
    """One change in words, e.g. ``target made easier: 260 → 240``, ``value added for
    October 2026: 235`` (a period as :meth:`Labels.period` names it; labels in ``t``'s
    language, by default the current one; ``number`` formats numbers, e.g. ``t.number`` on
    the site; ``mark`` stands for each text value shown, e.g. to name its language).
    ``units``, the KPI's unit before and after the change, is said after each target,
    baseline, threshold or value (``target made easier: 28% → 25%``). ``entry``: the change
    is a registry's (an objective, a department, a glossary term), whose entries are added
    and deleted, never new KPIs nor retired."""
    t = t or current_labels()
    if entry and change.kind in (ChangeKind.ADDED, ChangeKind.DELETED):
        return t[f"change.{change.kind.value}.entry"]
    with speaking(t.language):  # the values' words (none, yes, names) in the labels' language
        return _describe(change, t, number, mark, units)


def _describe(change: Change, t: Labels, number: Callable[[float], str] | None,
              mark: Callable[[str], str] | None = None,
              units: tuple[str, str] = ("", "")) -> str:
    quantity = _IN_UNIT.match(change.field) is not None  # dates and notes have no numbers

    def value(v: Any, limit: int = _SHORT, unit: str = "") -> str:
        if unit and quantity:
            v = _in_unit(v, unit, number or show)
        if number is not None and _is_number(v):
            return number(v)
        if isinstance(v, dict) and number is not None and _is_number(v.get("value")):
            v = {**v, "value": number(v["value"])}  # a baseline; not `status: {value: behind}`
        wordy = isinstance(v, str) and any(c.isalpha() for c in v)
        said = show(v, limit, change.field, t.date, None if isinstance(v, str) else mark)
        return mark(said) if mark is not None and wordy else said

    kind = change.kind
    old, new = shown_sides(change)
    if isinstance(old, str) and isinstance(new, str):
        old, new = _from_difference(old, new, 400 if kind is ChangeKind.STATEMENT_CHANGED
                                    else _SHORT)
    key = f"change.{kind.value}"
    inner = change.field.partition("[")[2]
    values: dict[str, object] = {
        "old": value(old, unit=units[0]), "new": value(new, unit=units[1]),
        "name": _field_name(change.field),
        # a value's period as the site names it (October 2026, Q3 2026 / Triwulan III 2026)
        "period": t.period(inner.rstrip("]")), "part": inner.rstrip("]")}
    if kind is ChangeKind.MOVED:
        key = f"change.moved.{change.field}"
    elif change.field == "audience":  # catalog.yml's, for every KPI (a visibility is one's)
        key = f"change.{kind.value}.audience"
    elif kind.startswith("actual_") and kind is not ChangeKind.ACTUAL_NOTE_CHANGED:  # text
        values.update(old=value(old and old.get("value"), unit=units[0]),
                      new=value(new and new.get("value"), unit=units[1]))
    elif kind is ChangeKind.ACTUALS_RELABELLED:
        pairs = [f"{o} → {n}" for o, n in zip(old, new, strict=False)]
        values.update(count=len(pairs), pairs=", ".join(pairs[:3]) + (", …" if len(pairs) > 3
                                                                       else ""))
    elif kind is ChangeKind.NOTE_ADDED:
        values["new"] = value(new.get("reason"), 300)
    elif kind is ChangeKind.STATEMENT_CHANGED:
        values.update(old=value(old, 400), new=value(new, 400))
    elif kind is ChangeKind.MEASUREMENT_CHANGED:
        values["name"] = _field_name(change.field, change.field.partition(".")[2])
    elif kind.startswith("translation_"):
        _translations, language, name = (change.field.split(".", 2) + [""])[:3]
        values.update(language=t[f"language.{language}"], name=_field_name(name))
    if key not in EN and key not in PLURALS:
        key = "change.changed"
    text = t.get(key, **values)
    if change.field.startswith("milestones[") and kind is not ChangeKind.CHANGED:
        return t.get("change.milestone", date=_day(inner.partition("]")[0], t.date),
                     text=text)
    return text
