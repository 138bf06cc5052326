"""Turn pydantic's validation errors into plain words with a hint how to fix them.

The people who edit KPI files are department heads and analysts, not programmers:
"Input should be a valid number" becomes "`value` must be a number." with
"Write the number without quotes or units, e.g. 1250."
"""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Iterator

from pydantic import BaseModel, ValidationError

from kpi_catalog.model import codes
from kpi_catalog.model.diagnostics import FieldPath
from kpi_catalog.model.fields import GITHUB_HANDLE_PATTERN, RULE_CODE_PATTERN, SLUG_PATTERN

PlainError = tuple[FieldPath, str, str, str]  # field path, code, message, hint


def plain_errors(exc: ValidationError, model: type[BaseModel]) -> Iterator[PlainError]:
    for error in exc.errors(include_url=False):
        path: FieldPath = tuple(p for p in error["loc"] if p != "[key]")
        explained = _explain(error, path, model)
        if error["loc"][-1:] == ("[key]",) and explained[0] == codes.INVALID_VALUE:  # a name
            explained = (codes.INVALID_VALUE,
                         f"`{_written(error.get('input'))}` cannot be named here.", explained[2])
        yield path, *explained


def _explain(error: dict, path: FieldPath, model: type[BaseModel]) -> tuple[str, str, str]:
    kind = error["type"]
    name = _name(path)
    value = error.get("input")
    ctx = error.get("ctx") or {}

    if kind == "missing":
        about = _field_doc(model, path)
        return codes.MISSING_FIELD, f"The field `{name}` is missing.", (
            f"Add `{name}:` here" + (f" ({about})" if about else "") + ".")
    if kind == "extra_forbidden":
        known = _known_fields(model, path[:-1])
        close = difflib.get_close_matches(str(name), known, n=1)
        hint = (f"Did you mean `{close[0]}`?" if close
                else "Known fields here: " + ", ".join(f"`{k}`" for k in known) + ".")
        return codes.UNKNOWN_FIELD, f"`{name}` is not a field that belongs here.", hint
    if kind in ("string_type",):
        hint = (f'Put it in quotes: "{_written(value)}".'
                if isinstance(value, (int, float, bool)) else "")
        return codes.WRONG_TYPE, f"`{name}` must be text.", hint or "Write it as text."
    if kind in ("float_type", "int_type", "float_parsing", "int_parsing", "int_from_float"):
        return codes.WRONG_TYPE, f"`{name}` must be a number.", (
            "Write the number without quotes or units, e.g. 1250.")
    if kind == "finite_number":
        return codes.WRONG_TYPE, f"`{name}` must be a finite number.", "Write a real number."
    if kind == "bool_type":
        return codes.WRONG_TYPE, f"`{name}` must be true or false.", "Write true or false."
    if kind == "list_type":
        return codes.WRONG_TYPE, f"`{name}` must be a list.", (
            "Write each item on its own line, starting with `- `.")
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return codes.WRONG_TYPE, f"`{name}` must be a group of fields.", (
            f"Write `{name}:` on its own line and indent its fields below it.")
    if kind in ("enum", "literal_error"):
        expected = ctx.get("expected", "")
        return (codes.INVALID_VALUE, f"`{_written(value)}` is not a valid `{name}`.",
                f"Use one of: {expected}.")
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        if pattern == GITHUB_HANDLE_PATTERN:
            return codes.INVALID_VALUE, f"`{value}` is not a GitHub user or team.", (
                "Write a user as `@name` or a team as `@organisation/team`.")
        hint = _PATTERN_HINTS.get(pattern, "Check the spelling.")
        return codes.INVALID_VALUE, f"`{value}` is not a valid `{name}`.", hint
    if kind == "too_short":
        return (codes.INVALID_VALUE, f"`{name}` needs at least one item.",
                "Add an item, starting with `- `.")
    if kind in ("string_too_long", "too_long"):  # too_long: a text type with validators
        limit = ctx.get("max_length")
        length = f" ({len(value):,} characters)" if isinstance(value, str) else ""
        more = "; background belongs in `description`" if name == "statement" else ""
        return (codes.INVALID_VALUE, f"`{name}` is too long{length}.",
                f"Keep it to {limit:,} characters{more}.")
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return codes.INVALID_VALUE, f"`{name}`: {error['msg'].lower()}.", "Change the value."
    if kind == "value_error":
        cause = ctx.get("error")
        message = str(cause or error["msg"]).removeprefix("Value error, ")
        text = f"`{name}`: {message}." if path else f"{message[:1].upper()}{message[1:]}."
        return codes.INVALID_VALUE, text, getattr(cause, "hint", "Correct the value as described.")
    return codes.INVALID_VALUE, f"`{name}`: {error['msg']}.", "Correct the value."


# The hint for a value that does not match a field's pattern, by the pattern itself (not by
# guessing from what the pattern's source happens to contain).
_PATTERN_HINTS = {
    SLUG_PATTERN: "Use lowercase letters, digits and hyphens only, like `new-customers`.",
    RULE_CODE_PATTERN: "A rule code is K and three digits, e.g. `K103`.",
}


def _written(value) -> str:
    """A value as it is written in YAML (``true``, not Python's ``True``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    return str(value)


def _name(path: FieldPath) -> str:
    for part in reversed(path):
        if isinstance(part, str):
            return part
    return "value"


def _unwrap(annotation) -> type[BaseModel] | None:
    """The model inside ``X | None``, ``list[X]`` or ``Annotated[X, ...]``, if any."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType, list):
        for arg in typing.get_args(annotation):
            found = _unwrap(arg)
            if found:
                return found
        return None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _model_at(model: type[BaseModel] | None, path: FieldPath) -> type[BaseModel] | None:
    for part in path:
        if model is None:
            return None
        if isinstance(part, int):
            continue
        info = model.model_fields.get(part)
        model = _unwrap(info.annotation) if info else None
    return model


def _known_fields(model: type[BaseModel], path: FieldPath) -> list[str]:
    found = _model_at(model, path)
    return list(found.model_fields) if found else []


def _field_doc(model: type[BaseModel], path: FieldPath) -> str:
    parent = _model_at(model, path[:-1])
    if parent is None or not isinstance(path[-1], str):
        return ""
    info = parent.model_fields.get(path[-1])
    doc = (info.description or "") if info else ""
    return doc.split("\n")[0].rstrip(".")
