"""Field tables in Markdown, from the data model's own field documentation.

Used by the generated reference pages and by the `kpi_fields` macro.
"""

from __future__ import annotations

import enum
import itertools
import types
import typing
from datetime import date
from typing import NamedTuple

from kpi_catalog.model.fields import (
    FIRST_YEAR,
    LAST_YEAR,
    ONE_LINE,
    SANE_NUMBER,
    Shape,
    fields_of,
    is_shape,
)


class FieldWords(NamedTuple):
    """The words of a field table: its headers and the mark of a required field."""

    field: str = "field"
    type: str = "type"
    default: str = "default"
    meaning: str = "meaning"
    required: str = "required"


ENGLISH = FieldWords()


def field_table(model: Shape, words: FieldWords = ENGLISH) -> str:
    """One row per field: name, type, default (or required) and the field's docstring."""
    rows = [f"| {words.field} | {words.type} | {words.default} | {words.meaning} |",
            "| --- | --- | --- | --- |"]
    for name, info in fields_of(model).items():
        if info.is_required():
            default = f"**{words.required}**"
        else:
            value = info.get_default(call_default_factory=True)
            default = f"`{literal(value)}`"
        # pydantic keeps a field's own constraints apart from its annotation
        annotation = (typing.Annotated[(info.annotation, *info.metadata)] if info.metadata
                      else info.annotation)
        rows.append(f"| `{name}` | {cell(type_name(annotation))} | {default} | "
                    f"{cell(info.description or '')} |")
    return "\n".join(rows) + "\n"


def cell(text: str) -> str:
    """Text for one cell of a Markdown table: one line, pipes escaped, and ``<`` outside
    code spans escaped (GitHub would take `<kind>` for an HTML tag and hide it)."""
    parts = " ".join(text.split()).replace("|", "\\|").split("`")
    return "`".join(part if odd else part.replace("<", "&lt;")
                    for odd, part in zip(itertools.cycle((False, True)), parts, strict=False))


def literal(value: object) -> str:
    """A default as it is written in YAML."""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if is_shape(type(value)):
        return "(see below)"
    if isinstance(value, list):  # a YAML flow list, not Python's repr of its items
        return "[" + ", ".join(literal(item) for item in value) + "]"
    if isinstance(value, dict) and not value:
        return "{}"
    return str(value)


def type_name(annotation: object) -> str:
    """``text``, ``number``, ``date``, ``list of Link``, ``one of: a, b``..."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        if ONE_LINE in args[1:]:
            return "text (one line)"
        if SANE_NUMBER in args[1:]:
            return "number (within ±10^15)"
        return type_name(args[0])
    if origin in (typing.Union, types.UnionType):
        names = [type_name(a) for a in args if a is not type(None)]
        return " or ".join(names)
    if origin is typing.Literal:
        return "one of: " + ", ".join(str(a) for a in args)
    if origin is list:
        return f"list of {type_name(args[0])}"
    if origin is dict:
        return f"map of {type_name(args[0])} to {type_name(args[1])}"
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            return "one of: " + ", ".join(str(m.value) for m in annotation)
        if is_shape(annotation):
            return annotation.__name__
        if issubclass(annotation, bool):
            return "true/false"
        if issubclass(annotation, (int, float)):
            return "number"
        if issubclass(annotation, date):
            return f"date (YYYY-MM-DD, {FIRST_YEAR} to {LAST_YEAR})"
        if issubclass(annotation, str):
            return "text"
    return str(annotation)
