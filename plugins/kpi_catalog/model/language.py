"""The catalog's texts, language by language: which fields a reader sees as text, and the
catalog as read in one of its languages.

Which fields are texts is said once, per kind of entry (:data:`TEXT_FIELDS`); the checks
(what is missing, what a translation names that the entry does not have), ``kpi diff``
(translations gone stale) and :func:`in_language` all walk the same table.

:func:`in_language` is to languages what :func:`~kpi_catalog.model.audience.for_audience` is
to readers: the one place where the texts of one language's build are chosen, so that every
page, table and macro of that build reads the same. A text left in its original language is
an :class:`Original`, a ``str`` that knows its language, so that pages can mark it (a
``lang`` attribute and a visible "not translated" marker) wherever it lands.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel

from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.config import CatalogConfig
from kpi_catalog.model.diagnostics import FieldPath
from kpi_catalog.model.fields import replaced
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.registries import Department, GlossaryTerm, Objective

TextKey = tuple[Any, ...]
"""Names a text independently of list positions: ``("name",)``, ``("measurement", "unit")``,
``("links", "https://...", 0, "title")`` (the item's key, its rank among items with the same
key, and the text field)."""


class Original(str):
    """A text shown in its original language, not in the language of the page around it."""

    language: str

    def __new__(cls, text: str, language: str) -> Original:
        made = super().__new__(cls, text)
        made.language = language
        return made

    def __reduce__(self) -> tuple[type[Original], tuple[str, str]]:
        # pickled for worker processes as what it is
        return Original, (str(self), self.language)


@dataclass(frozen=True)
class TextFields:
    """The fields of one kind of entry that readers see as text."""

    scalars: tuple[str, ...]
    """Texts directly on the entry."""
    optional: tuple[str, ...] = ()
    """Words that may be given in another language but read the same in many (people and
    roles, keywords, a glossary term's spelling): shown as written, unmarked, when not
    given."""
    nested: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Texts inside a group of fields: ``{"measurement": ("metric", "unit", ...)}``."""
    keyed: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Lists whose items hold a text: ``{"links": ("url", "title")}`` (what names an item,
    and its text)."""


TEXT_FIELDS: dict[type[BaseModel], TextFields] = {
    Kpi: TextFields(
        scalars=("name", "statement", "question", "target_rationale", "limitations",
                 "unintended_effects", "description"),
        optional=("owner", "data_steward", "tags"),
        nested={"measurement": ("metric", "unit", "data_source", "method"),
                "status": ("reason",)},
        keyed={"links": ("url", "title"), "actuals": ("period", "note"),
               "silence": ("rule", "reason"), "method_changed": ("date", "change"),
               "changes": ("date", "reason")}),
    Department: TextFields(scalars=("name", "description"), optional=("head",)),
    Objective: TextFields(scalars=("name", "description"), optional=("owner",),
                          keyed={"success": ("id", "description")}),
    GlossaryTerm: TextFields(scalars=("definition",), optional=("term", "aliases")),
    CatalogConfig: TextFields(scalars=("name", "description")),
}
"""Every kind of entry with texts, and which fields they are. The `translations` models of
:mod:`kpi_catalog.model.translations` have the same field names."""


def language_of(entry: Any, catalog_language: str) -> str:
    """The language an entry's own texts are written in."""
    return getattr(entry, "language", None) or catalog_language


def texts(entry: BaseModel | None, fields: TextFields, optional: bool = False,
          letterless: bool = False) -> dict[TextKey, tuple[Any, FieldPath]]:
    """The texts an entry (or its translation, which has the same field names) gives, each
    with where it stands in it (``optional``: with the optional words). Texts without a
    letter (`%`, a number) read the same in every language and are left out (``letterless``:
    kept), as are empty ones."""
    found: dict[TextKey, tuple[Any, FieldPath]] = {}
    if entry is None:
        return found
    kept = _written if letterless else _wordy
    for name in (*fields.scalars, *(fields.optional if optional else ())):
        value = getattr(entry, name, None)
        if kept(value):
            found[(name,)] = (value, (name,))
    for name, inner in fields.nested.items():
        group = getattr(entry, name, None)
        for part in inner if group is not None else ():
            value = getattr(group, part, None)
            if kept(value):
                found[(name, part)] = (value, (name, part))
    for name, (key, text) in fields.keyed.items():
        seen: Counter[Any] = Counter()
        for index, item in enumerate(getattr(entry, name, None) or ()):
            item_key = _plain(getattr(item, key))
            rank = seen[item_key]
            seen[item_key] += 1
            value = getattr(item, text, None)
            if kept(value):
                found[(name, item_key, rank, text)] = (value, (name, index, text))
    return found


def _wordy(value: Any) -> bool:
    if isinstance(value, str):
        return any(c.isalpha() for c in value)
    return isinstance(value, list) and any(_wordy(v) for v in value)


def _written(value: Any) -> bool:
    """Whether a text is given at all, letters or not (`%`, `2027-12-31`)."""
    if isinstance(value, str):
        return bool(value.strip())
    return isinstance(value, list) and any(_written(v) for v in value)


def text_key(key: TextKey) -> str:
    """``statement``, ``measurement.unit``, ``links[https://...].title``: a text as people
    find it in the file (a second item with the same key: ``changes[2026-03-31 #2]``)."""
    if len(key) == 4:
        name, item, rank, text = key
        return f"{name}[{item}{f' #{rank + 1}' if rank else ''}].{text}"
    return ".".join(str(part) for part in key)


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def given_texts(entry: BaseModel, key: TextKey, catalog_language: str) -> dict[str, Any]:
    """One text of an entry (``key``: ``("name",)``, ``("measurement", "unit")``) in each
    language its file gives it: its own language first, then its translations'."""
    found: dict[str, Any] = {}
    own = _text_at(entry, key)
    if own:
        found[language_of(entry, catalog_language)] = own
    for language, given in (getattr(entry, "translations", None) or {}).items():
        value = _text_at(given, key)
        if value:
            found.setdefault(language, value)
    return found


def _text_at(entry: Any, key: TextKey) -> Any:
    for name in key:
        entry = getattr(entry, name, None)
    return entry


def text_fields(entry: BaseModel) -> TextFields:
    return TEXT_FIELDS[type(entry)]


# --- the catalog in one language --------------------------------------------------------------


def _text(original: Any, translated: Any, language: str) -> Any:
    """The translation if given; else the original, marked (texts without a letter, and
    empty ones, stay as they are)."""
    if translated is not None:
        return translated
    if isinstance(original, str) and _wordy(original):
        return Original(original, language)
    return original


def _keyed(items: list[Any], translated: list[Any], key: str, text: str,
           language: str) -> list[Any]:
    """List items with their text in the language, matched by ``key`` (and by order among
    items with the same key)."""
    pending: dict[Any, list[Any]] = {}
    for entry in translated:
        pending.setdefault(_plain(getattr(entry, key)), []).append(getattr(entry, text))
    out = []
    for item in items:
        found = pending.get(_plain(getattr(item, key)))
        given = found.pop(0) if found else None
        out.append(replaced(item, **{text: _text(getattr(item, text), given, language)}))
    return out


_Entry = TypeVar("_Entry", bound=BaseModel)


def entry_in(entry: _Entry, language: str, catalog_language: str) -> _Entry:
    """The entry with its texts in ``language``: translated where its `translations` give
    them, else original and marked; the entry itself when it is written in ``language``."""
    written_in = language_of(entry, catalog_language)
    if written_in == language:
        return entry
    given = getattr(entry, "translations", {}).get(language)
    fields = text_fields(entry)
    update: dict[str, Any] = {
        name: _text(getattr(entry, name), getattr(given, name, None), written_in)
        for name in fields.scalars}
    for name in fields.optional:
        value = getattr(given, name, None)
        if value is not None:
            update[name] = value
    for name, inner in fields.nested.items():
        group = getattr(entry, name)
        if group is not None:
            group_given = getattr(given, name, None)
            update[name] = group.model_copy(update={
                part: _text(getattr(group, part), getattr(group_given, part, None), written_in)
                for part in inner})
    for name, (key, text) in fields.keyed.items():
        update[name] = _keyed(getattr(entry, name), getattr(given, name, None) or [], key, text,
                              written_in)
    return entry.model_copy(update=update)


def in_language(catalog: Catalog, language: str) -> Catalog:
    """The catalog with every text in ``language`` where the files give it (see the module's
    docstring); the catalog itself when all of it is written in ``language``."""
    base = catalog.config.language
    config = entry_in(catalog.config, language, base)
    kpis = {key: entry_in(kpi, language, base) for key, kpi in catalog.kpis.items()}
    departments = {key: entry_in(d, language, base) for key, d in catalog.departments.items()}
    objectives = {key: entry_in(o, language, base) for key, o in catalog.objectives.items()}
    glossary = [entry_in(term, language, base) for term in catalog.glossary]
    same = (config is catalog.config
            and all(kpis[key] is kpi for key, kpi in catalog.kpis.items())
            and all(departments[key] is d for key, d in catalog.departments.items())
            and all(objectives[key] is o for key, o in catalog.objectives.items())
            and all(a is b for a, b in zip(glossary, catalog.glossary, strict=True)))
    if same:
        return catalog
    return dataclasses.replace(catalog, config=config, kpis=kpis, departments=departments,
                               objectives=objectives, glossary=glossary)


def untranslated(entry: BaseModel) -> list[TextKey]:
    """The texts of an entry (as :func:`in_language` made it) shown in their original
    language."""
    found = []
    for key, (value, _) in texts(entry, text_fields(entry)).items():
        if isinstance(value, Original) or (
                isinstance(value, list) and any(isinstance(v, Original) for v in value)):
            found.append(key)
    return found
