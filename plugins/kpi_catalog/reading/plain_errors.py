"""Turn pydantic's validation errors into plain words with a hint how to fix them.

The people who edit KPI files are department heads and analysts, not programmers:
"Input should be a valid number" becomes "`value` must be a number." with
"Write the number without quotes or units, e.g. 1250."
"""

from __future__ import annotations

import difflib
import re
import types
import typing
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from kpi_catalog.i18n.messages import N_, _, count_text, ngettext, or_list, translated
from kpi_catalog.i18n.written_numbers import number_hint, written_number
from kpi_catalog.model import codes
from kpi_catalog.model.diagnostics import FieldPath
from kpi_catalog.model.fields import (
    GITHUB_HANDLE_PATTERN,
    RULE_CODE_PATTERN,
    SLUG_PATTERN,
    Shape,
    fields_of,
    is_shape,
)

PlainError = tuple[FieldPath, str, str, str]  # field path, code, message, hint


def plain_errors(exc: ValidationError, model: type[BaseModel]) -> Iterator[PlainError]:
    for error in exc.errors(include_url=False):
        path = _without_union_tags(tuple(p for p in error["loc"] if p != "[key]"), model)
        explained = _explain(error, path, model)
        if error["loc"][-1:] == ("[key]",) and explained[0] == codes.INVALID_VALUE:  # a name
            explained = (codes.INVALID_VALUE,
                         _("`{value}` cannot be named here.",
                           value=written_value(error.get("input"))),
                         explained[2])
        yield path, *explained


def _explain(error: Mapping[str, Any], path: FieldPath,  # pydantic's ErrorDetails
             model: type[BaseModel]) -> tuple[str, str, str]:
    kind = error["type"]
    name = _name(path)
    value = error.get("input")
    ctx = error.get("ctx") or {}

    if kind == "missing":
        about = _field_doc(model, path)
        hint = (_("Add `{name}:` here ({about}).", name=name, about=about) if about
                else _("Add `{name}:` here.", name=name))
        return codes.MISSING_FIELD, _("The field `{name}` is missing.", name=name), hint
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):  # a model's, a part's
        known = _known_fields(model, path[:-1])
        # `Data Source`, `review date`: a field's name as a heading writes it
        plain = re.sub(r"[ \-]+", "_", str(name).strip()).lower()
        close = [plain] if plain in known else difflib.get_close_matches(str(name), known, n=1)
        parent = _parent_with(model, path[:-1], str(name))
        spelled = parent is None and plain != name and (
            parent := _parent_with(model, path[:-1], plain)) is not None
        hint = (_("Did you mean `{field}`?", field=close[0]) if close
                else _("It belongs under `{parent}:`, as `{field}`: move it there, indented.",
                       parent=parent, field=plain) if spelled
                else _("It belongs under `{parent}:`: move it there, indented.", parent=parent)
                if parent
                else _("Known fields here: {fields}.", fields=", ".join(f"`{k}`" for k in known)))
        return (codes.UNKNOWN_FIELD, _with_odd_character(
            _("`{name}` is not a field that belongs here.", name=name), str(name)), hint)
    if kind in ("string_type",):
        hint = (_('Put it in quotes: "{value}".', value=written_value(value))
                if isinstance(value, (int, float, bool)) else _("Write it as text."))
        return codes.WRONG_TYPE, _("`{name}` must be text.", name=name), hint
    if kind in ("float_type", "int_type", "float_parsing", "int_parsing", "int_from_float"):
        written = written_number(value) if isinstance(value, str) else None
        return codes.WRONG_TYPE, must_be_number(path), (
            number_hint(written, name) if written is not None
            else _("Write the number without quotes or units, e.g. 1250."))
    if kind == "finite_number":
        return (codes.WRONG_TYPE, _("`{name}` must be a finite number.", name=name),
                _("Write a real number."))
    if kind == "bool_type":
        return (codes.WRONG_TYPE, _("`{name}` must be true or false.", name=name),
                _("Write true or false."))
    if kind == "list_type":
        return codes.WRONG_TYPE, _("`{name}` must be a list.", name=name), (
            _("Write each item on its own line, starting with `- `."))
    if kind in ("model_type", "model_attributes_type", "dict_type",
                "dataclass_type", "dataclass_args_type", "dataclass_exact_type"):
        return codes.WRONG_TYPE, _("`{name}` must be a group of fields.", name=name), (
            _("Write `{name}:` on its own line and indent its fields below it.", name=name))
    if kind in ("enum", "literal_error"):
        expected = ctx.get("expected", "")
        return (codes.INVALID_VALUE,
                _("`{value}` is not a valid `{name}`.", value=written_value(value), name=name),
                _("Use one of: {values}.", values=choices(expected)))
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        if pattern == GITHUB_HANDLE_PATTERN:
            return codes.INVALID_VALUE, _("`{value}` is not a GitHub user or team.",
                                          value=value), (
                _("Write a user as `@name` or a team as `@organisation/team`."))
        hint = _(_PATTERN_HINTS.get(pattern, N_("Check the spelling.")))
        message = _("`{value}` is not a valid `{name}`.", value=value, name=name)
        if pattern == SLUG_PATTERN and isinstance(value, str):
            plain = _plain_letters(value)
            if plain != value and re.fullmatch(SLUG_PATTERN, plain):
                hint = _("Write `{plain}`, in plain letters a-z, digits and hyphens.",
                         plain=plain)
            message = _with_odd_character(message, value)
        return codes.INVALID_VALUE, message, hint
    if kind == "too_short":
        return (codes.INVALID_VALUE, _("`{name}` needs at least one item.", name=name),
                _("Add an item, starting with `- `."))
    if kind in ("string_too_long", "too_long"):  # too_long: a text type with validators
        limit = count_text(ctx.get("max_length", 0))
        if isinstance(value, list):
            return (codes.INVALID_VALUE,
                    ngettext("`{name}` has {count} item.", "`{name}` has {count} items.",
                             len(value), name=name, count=count_text(len(value))),
                    _("Keep it to {limit} items.", limit=limit))
        message = (_("`{name}` is too long ({length} characters).", name=name,
                     length=count_text(len(value)))
                   if isinstance(value, str) else _("`{name}` is too long.", name=name))
        hint = (_("Keep it to {limit} characters; background belongs in `description`.",
                  limit=limit)
                if name == "statement" else _("Keep it to {limit} characters.", limit=limit))
        return codes.INVALID_VALUE, message, hint
    if kind in _LIMITS:
        return (codes.INVALID_VALUE, _(_LIMITS[kind], name=name, limit=written_value(
            next(iter(ctx.values()), ""))), _("Change the value."))
    if kind == "value_error":
        cause = ctx.get("error")
        message = str(cause or error["msg"]).removeprefix("Value error, ")
        text = (_("`{name}`: {problem}.", name=name, problem=message) if path
                else f"{message[:1].upper()}{message[1:]}.")
        return (codes.INVALID_VALUE, text,
                getattr(cause, "hint", None) or _("Correct the value as described."))
    return (codes.INVALID_VALUE, _("`{name}`: {problem}.", name=name, problem=error["msg"]),
            _("Correct the value."))


# Bounds of a number (pydantic's ge, le, gt, lt), said plainly.
_LIMITS = {
    "greater_than_equal": N_("`{name}` must be {limit} or more."),
    "less_than_equal": N_("`{name}` must be {limit} or less."),
    "greater_than": N_("`{name}` must be more than {limit}."),
    "less_than": N_("`{name}` must be less than {limit}."),
}


# The hint for a value that does not match a field's pattern, by the pattern itself (not by
# guessing from what the pattern's source happens to contain).
_PATTERN_HINTS = {
    SLUG_PATTERN: N_("Use lowercase letters, digits and hyphens only, like `new-customers`."),
    RULE_CODE_PATTERN: N_("A rule code is K and three digits, e.g. `K103`."),
}


# Letters of other scripts that look like a-z, as a pasted or mistyped id holds them (the
# Cyrillic а of a Russian keyboard, the Greek ο); accented letters and full-width forms are
# read through Unicode's decompositions instead.
_LOOK_ALIKES = dict(zip(
    "аеорсухіјѕԁһӏԛԝѵɡοαρνικτυϲ",
    "aeopcyxijsdhlqwvgoapvikty" + "c", strict=True))
_DASHES = dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d", "-")
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


def _like(char: str) -> str:
    """The plain character (a-z, 0-9, -) ``char`` is taken for, or ``""``."""
    if char in _LOOK_ALIKES or char in _DASHES:
        return _LOOK_ALIKES.get(char) or _DASHES[char]
    base = unicodedata.normalize("NFKD", char)[:1]  # á -> a, the full-width ａ -> a
    return base.lower() if base.isascii() and base.isalnum() else ""


def _plain_letters(text: str) -> str:
    """``text`` with look-alike letters, dashes and accents made plain, invisible characters
    and the spaces around it dropped: `gross-mаrgin ` (a Cyrillic а) is `gross-margin`."""
    return "".join(_like(char) or char for char in text
                   if char not in _INVISIBLE).strip().lower()


def _with_odd_character(message: str, text: str) -> str:
    """``message`` with the first character of ``text`` that is not what it seems named: an
    id that reads right but is refused holds a letter of another alphabet, or an invisible
    one, which people cannot see in the message's own quote of it."""
    for position, char in enumerate(text, start=1):
        if char.isascii() and char.isprintable() and (char == " " or not char.isspace()):
            continue  # a space shows, in the quote, as a space
        code = f"U+{ord(char):04X} {unicodedata.name(char, '')}".rstrip()
        like = _like(char)
        if like and like != char:
            note = _("Character {position} is `{char}` ({code}), not `{like}`.",
                     position=position, char=char, code=code, like=like)
        elif char in _INVISIBLE or not char.isprintable() or char.isspace():
            note = _("Character {position} is invisible: {code}.", position=position,
                     code=code)
        else:
            note = _("Character {position} is `{char}` ({code}).", position=position,
                     char=char, code=code)
        return f"{message} {note}"
    return message


def written_value(value: object) -> str:
    """A value as it is written in YAML (``true``, not Python's ``True``; ``[en]``, not
    ``['en']``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, list | dict):
        try:
            return yaml.safe_dump(value, default_flow_style=True, allow_unicode=True,
                                  width=10**6).removesuffix("\n").removesuffix("\n...")
        except yaml.YAMLError:
            pass  # a value YAML cannot write back (an object of a tag): as Python shows it
    return str(value)


def must_be_number(path: FieldPath) -> str:
    """The message of a field that holds one number and was given something else."""
    return _("`{name}` must be a number.", name=_name(path))


def _name(path: FieldPath) -> str:
    for part in reversed(path):
        if isinstance(part, str):
            return part
    return "value"


def _without_union_tags(path: FieldPath, model: type[BaseModel]) -> FieldPath:
    """``path`` without the part pydantic adds after a field that takes one of several
    kinds of value (`semantic_metric`: a name or a group of fields): the kind its error is
    about (`measurement.semantic_metric.long.filtr`), which the file does not have."""
    kept: list[str | int] = []
    after_field = False  # the part before this one was kept as a field's name
    for part in path:
        if after_field and isinstance(part, str):
            parent = _model_at(model, tuple(kept[:-1]))
            info = fields_of(parent).get(str(kept[-1])) if parent is not None else None
            if info is not None and len(_kinds(info.annotation)) > 1:
                after_field = False
                continue
        kept.append(part)
        after_field = isinstance(part, str)
    return tuple(kept)


def _kinds(annotation: object) -> list[object]:
    """The kinds of value a field takes, other than None (``Annotated`` and unions opened)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _kinds(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [kind for arg in typing.get_args(annotation) for kind in _kinds(arg)]
    return [] if annotation is type(None) else [annotation]


def _unwrap(annotation: object) -> Shape | None:
    """The model (or part) inside ``X | None``, ``list[X]``, ``dict[K, X]`` or
    ``Annotated[X, ...]``, if any."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin is dict:
        return _unwrap(typing.get_args(annotation)[1])
    if origin in (typing.Union, types.UnionType, list):
        for arg in typing.get_args(annotation):
            found = _unwrap(arg)
            if found:
                return found
        return None
    if is_shape(annotation):
        return annotation
    return None


def _model_at(model: Shape | None, path: FieldPath) -> Shape | None:
    keyed = False  # the part after a mapping's name is a key (`translations: id:`), no field
    for part in path:
        if model is None:
            return None
        if isinstance(part, int) or keyed:
            keyed = False
            continue
        info = fields_of(model).get(part)
        model = _unwrap(info.annotation) if info else None
        keyed = info is not None and typing.get_origin(info.annotation) is dict
    return model


def _known_fields(model: type[BaseModel], path: FieldPath) -> list[str]:
    found = _model_at(model, path)
    return list(fields_of(found)) if found else []


def _parent_with(model: type[BaseModel], path: FieldPath, name: str) -> str | None:
    """The field at ``path`` whose part has a field ``name`` (``unit`` written at the top of
    a KPI file belongs under ``measurement``), when exactly one has it."""
    here = _model_at(model, path)
    if here is None:
        return None
    parents = [key for key, info in fields_of(here).items()
               if (part := _unwrap(info.annotation)) is not None and name in fields_of(part)]
    return parents[0] if len(parents) == 1 else None


def _field_doc(model: type[BaseModel], path: FieldPath) -> str:
    parent = _model_at(model, path[:-1])
    if parent is None or not isinstance(path[-1], str):
        return ""
    info = fields_of(parent).get(path[-1])
    return translated(_summary(info.description or "")) if info else ""


def _summary(doc: str) -> str:
    """The first sentence of a field's documentation."""
    return _SENTENCE_END.split(" ".join(doc.split()), maxsplit=1)[0]


_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)\.(?:\s|$)")


def field_summaries(model: type[BaseModel]) -> Iterator[str]:
    """What the "missing field" hint says of each field of ``model`` and the models inside
    it, in English: the message catalogs translate these too."""
    seen: set[Shape] = set()
    todo: list[Shape] = [model]
    while todo:
        found = todo.pop()
        if found in seen:
            continue
        seen.add(found)
        for info in fields_of(found).values():
            if info.description:
                yield _summary(info.description)
            inner = _unwrap(info.annotation)
            if inner is not None:
                todo.append(inner)


def choices(expected: str) -> str:
    """pydantic's list of the values allowed (``'a', 'b' or 'c'``, its "or" in English) in
    the language spoken (``'a', 'b', atau 'c'``); any other form as pydantic wrote it."""
    items = re.findall(r"'[^']*'", expected)
    if len(items) < 2 or f"{', '.join(items[:-1])} or {items[-1]}" != expected:
        return expected
    return or_list(items)
