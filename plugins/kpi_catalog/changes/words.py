"""A change in words, in the site's language (the labels ``change.<kind>`` of i18n.py):
the same words in `kpi diff` reports and in the history on KPI pages."""

from __future__ import annotations

from typing import Any

from kpi_catalog.changes.compare import Change
from kpi_catalog.i18n.labels import EN, Labels, current_labels
from kpi_catalog.i18n.messages import _, current_language
from kpi_catalog.i18n.numbers import format_number, number_marks
from kpi_catalog.model.diagnostics import BIDI_CONTROLS, visible
from kpi_catalog.model.enums import ChangeKind

_SHORT = 90
_NO_BIDI = dict.fromkeys(map(ord, BIDI_CONTROLS))  # dropped wherever a change is shown


def show(value: Any, limit: int = _SHORT) -> str:
    """A value in words: 150 (not 150.0), ranges as 2–4, nested fields as `key value`."""
    if value is None:
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
        return ", ".join(show(v, limit) for v in value) or _("none")
    if isinstance(value, dict):
        if not value:
            return "none"
        if set(value) >= {"value", "date"} and len(value) == 2:  # a baseline
            return f"{show(value['value'])} ({value['date']})"
        return ", ".join(f"{k} {show(v, limit)}" for k, v in value.items())
    text = visible(" ".join(str(value).translate(_NO_BIDI).split()))  # breaks read as spaces
    if not text:
        return "none"
    return text if len(text) <= limit else text[:limit - 1] + "…"


def describe(change: Change, t: Labels | None = None, number=None) -> str:
    """One change in words, e.g. ``target made easier: 260 → 240`` (labels in ``t``'s
    language, by default the current one; ``number`` formats numbers, e.g. ``t.number`` on
    the site)."""
    t = t or current_labels()
    def is_number(v: Any) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, bool)

    def value(v: Any, limit: int = _SHORT) -> str:
        if number is not None and is_number(v):
            return number(v)
        if isinstance(v, dict) and number is not None and is_number(v.get("value")):
            v = {**v, "value": number(v["value"])}  # a baseline; not `status: {value: behind}`
        return show(v, limit)

    kind, old, new = change.kind, change.old, change.new
    if isinstance(old, dict) and isinstance(new, dict) and kind is ChangeKind.CHANGED:
        # `status: {value, reason, until}` with a new `until`: the parts that changed only
        kept = [k for k in old.keys() | new.keys() if old.get(k) != new.get(k)]
        old = {k: v for k, v in old.items() if k in kept}
        new = {k: v for k, v in new.items() if k in kept}
    key = f"change.{kind.value}"
    inner = change.field.partition("[")[2]
    values: dict[str, object] = {
        "old": value(old), "new": value(new), "name": _field_name(change.field, t),
        "period": inner.rstrip("]"), "part": inner.rstrip("]")}
    if kind is ChangeKind.MOVED:
        key = f"change.moved.{change.field}"
    elif kind.startswith("actual_") and kind is not ChangeKind.ACTUAL_NOTE_CHANGED:  # text
        values.update(old=value(old and old.get("value")), new=value(new and new.get("value")))
    elif kind is ChangeKind.ACTUALS_RELABELLED:
        pairs = [f"{o} → {n}" for o, n in zip(old, new, strict=False)]
        values.update(count=len(pairs), pairs=", ".join(pairs[:3]) + (", …" if len(pairs) > 3
                                                                       else ""))
    elif kind is ChangeKind.NOTE_ADDED:
        values["new"] = value(new.get("reason"), 300)
    elif kind is ChangeKind.STATEMENT_CHANGED:
        values.update(old=value(old, 400), new=value(new, 400))
    elif kind is ChangeKind.MEASUREMENT_CHANGED:
        values["name"] = _field_name(change.field.partition(".")[2], t)
    elif kind.startswith("translation_"):
        _translations, language, name = (change.field.split(".", 2) + [""])[:3]
        values.update(language=t[f"language.{language}"], name=name)
    if key not in EN:
        key = "change.changed"
    text = t.get(key, **values)
    if change.field.startswith("milestones[") and kind is not ChangeKind.CHANGED:
        return t.get("change.milestone", date=inner.partition("]")[0], text=text)
    return text


def _field_name(field: str, t: Labels) -> str:
    """A field's name in words: in English as written (`data source`), in another language
    its label on the site (`Sumber data`) where it has one."""
    if t.language != "en" and f"field.{field}" in EN:
        return t[f"field.{field}"]
    return field.replace("_", " ")
