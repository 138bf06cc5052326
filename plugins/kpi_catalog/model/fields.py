"""The building blocks of the model's fields: one-line labels, sane numbers and dates, safe
links, ids; and the strict base model every catalog file's model derives from.

Each type refuses what it cannot take in plain words (the loader locates the refusal):
a line break in a name, a number beyond 10^15, a date outside 1900-2200, a link that is
not http(s) or mailto.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import math
import re
import typing
from datetime import date, timedelta
from typing import Annotated, Any, TypeGuard

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    TypeAdapter,
)
from pydantic.dataclasses import is_pydantic_dataclass
from pydantic.fields import FieldInfo

from kpi_catalog import yaml_text
from kpi_catalog.i18n.messages import N_, _
from kpi_catalog.model.written_dates import day_hint, month_hint

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
RULE_CODE_PATTERN = r"^K[0-9]{3}$"


class FixableError(ValueError):
    """A validation error that knows how it is fixed: the message shows ``hint``."""

    def __init__(self, message: str, hint: str):
        super().__init__(message)
        self.hint = hint


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


FIRST_YEAR, LAST_YEAR = 1900, 2200
"""Dates of a KPI lie in these years: enough for any history and plan, and far from the
ends of the calendar (year 9999), where date arithmetic in charts and status fails."""
NUMBER_LIMIT = 1e15
"""Values lie within ±10^15 (a thousand trillion): above it, a float no longer holds every
whole number, and sums and ratios of values could overflow."""
TOO_LARGE_HINT = N_("Keep values within ±1,000,000,000,000,000 (10^15): use a larger unit, "
                    "such as IDR billion instead of IDR.")
"""How to fix a number beyond :data:`NUMBER_LIMIT` (in a KPI file, or an imported cell)."""


def iso_date(value: Any) -> Any:
    """Dates are written ``YYYY-MM-DD``; anything else is refused in plain words."""
    if isinstance(value, str):
        if not _ISO_DATE.match(value):
            raise FixableError(
                _("`{value}` is not a date written as YYYY-MM-DD", value=value),
                day_hint(value) or
                _("Write the year, month and day in that order, with hyphens: 2026-12-31."))
        try:
            value = date.fromisoformat(value)
        except ValueError:
            raise FixableError(
                _("`{value}` is not a real date (check the month and day)", value=value),
                month_hint(value) or
                _("Write a day of the calendar as YYYY-MM-DD: the month from 01 to 12, then "
                  "the day, like 2026-12-31.")) from None
    if isinstance(value, date):
        return in_years(value)
    if isinstance(value, int) and not isinstance(value, bool):
        raise _number_for_a_date(value)
    raise ValueError(_("a date must be written as YYYY-MM-DD"))


_EXCEL_DAY_ZERO = date(1899, 12, 30)  # Excel's day 1 is 1900-01-01 (it counts a 1900-02-29)


def _number_for_a_date(value: int) -> FixableError:
    """A date written as a number: `20271231` without its hyphens, or a day as Excel counts
    them (`46387`, what a date cell holds when it is copied as a value)."""
    message = _("`{value}` is a number, not a date written as YYYY-MM-DD", value=value)
    written = str(value)
    if len(written) == 8:
        with contextlib.suppress(ValueError):
            day = date(int(written[:4]), int(written[4:6]), int(written[6:]))
            return FixableError(message, _("Write it with hyphens: {day}.",
                                           day=day.isoformat()))
    if 18_264 <= value <= 73_050:  # Excel's days of 1950 to 2099: no year or count
        day = _EXCEL_DAY_ZERO + timedelta(days=value)
        return FixableError(message, _(
            "If it is a date copied from Excel, which counts days from 1900, it is {day}: "
            "write `{day}`.", day=day.isoformat()))
    return FixableError(message, _("Write the year, month and day in that order, with "
                                   "hyphens: 2026-12-31."))


def in_years(day: date, written: str = "") -> date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValueError(_("`{value}` is outside the years {first} to {last} that a "
                           "KPI may use",
                           value=written or day.isoformat(), first=FIRST_YEAR, last=LAST_YEAR))
    return day


def _sane_number(value: float) -> float:
    if abs(value) > NUMBER_LIMIT:
        raise FixableError(_("{value} is too large a number for a KPI", value=_said(value)),
                           _(TOO_LARGE_HINT))
    return value


def _said(value: float) -> str:
    """A number too large for a KPI as a person reads it: every digit, as the import says a
    cell (``10000000000000000``, not ``1e+16``), or its power of ten where the digits would
    fill a line (``1.7e308`` is more than 300 of them)."""
    if abs(value) < 1e21:
        return yaml_text.number(value)
    return ("-" if value < 0 else "") + f"10^{math.floor(math.log10(abs(value)))}"


_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f]")  # what str.isspace() finds, and below 32


def _safe_url(value: str) -> str:
    """Only web and e-mail links: a ``javascript:`` link must never reach a page."""
    scheme, sep, rest = value.partition(":")
    if not sep or scheme.lower() not in {"http", "https", "mailto"} or not rest.strip():
        raise ValueError(_("a link must start with http://, https:// or mailto:"))
    if scheme.lower() in {"http", "https"} and not rest.startswith("//"):
        raise ValueError(_("a web link must look like https://example.org/page"))
    if _SPACE_OR_CONTROL.search(value):
        raise ValueError(_("a link must not contain spaces or control characters"))
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError(_("the text is empty"))
    return value


NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
"""Line breaks (YAML's and Unicode's) and every other control character, tab included: what
text on one line may not hold (a non-breaking or zero-width space it may)."""
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")


def _one_line(value: str) -> str:
    """Names, owners, units, terms: labels that pages put on one line, in headings, table
    cells and chart text. A line break there could end the HTML block around it and let
    Markdown (or raw HTML) in; a control character has no place in a label."""
    found = NOT_ONE_LINE.search(value)
    if found:
        char = found.group()
        at = found.start() + 1
        raise FixableError(
            _("the text must be one line, but it holds a line break at character {at}", at=at)
            if char in _LINE_BREAKS else
            _("the text must be one line, but it holds a tab at character {at}", at=at)
            if char == "\t" else
            _("the text must be one line, but it holds the invisible control character "
              "U+{code:04X} at character {at}", code=ord(char), at=at),
            _("Write it on one line (`>-` instead of `>` or `|` drops a block's final line "
              "break); longer text belongs in `description`."))
    return value


IsoDate = Annotated[
    date, BeforeValidator(iso_date), Field(json_schema_extra={"type": "string", "format": "date"})
]
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=100)]
Text = Annotated[str, AfterValidator(_not_blank)]
"""Text that may hold paragraphs (a description, a method, a reason)."""
ONE_LINE = AfterValidator(_one_line)
OneLine = Annotated[str, ONE_LINE, Field(json_schema_extra={
    "pattern": r"^[^\x00-\x1f\x7f-\x9f\u2028\u2029]*$"})]
"""Text shown on one line: no line breaks, no control characters. (The pattern is for
editors; the validator says what is wrong in plain words.)"""
Label = Annotated[OneLine, AfterValidator(_not_blank)]
"""A name, a unit, a term: one line, not empty."""
SANE_NUMBER = AfterValidator(_sane_number)
STATEMENT_LIMIT = 1_000
Statement = Annotated[Label, Field(max_length=STATEMENT_LIMIT)]
"""One sentence: a thousand characters is several times the longest good statement."""
Number = Annotated[float, Field(allow_inf_nan=False, json_schema_extra={
    "minimum": -NUMBER_LIMIT, "maximum": NUMBER_LIMIT}), SANE_NUMBER]
Url = Annotated[str, AfterValidator(_safe_url)]
GITHUB_HANDLE_PATTERN = r"^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9_-]{0,99})?$"
GitHubHandle = Annotated[str, Field(pattern=GITHUB_HANDLE_PATTERN)]
"""A GitHub user (`@ayu-lestari`) or team (`@nusantara-retail/marketing-leads`)."""
RuleCode = Annotated[str, Field(pattern=RULE_CODE_PATTERN)]
# Strict models accept only enum *instances*; YAML gives the value's text, which is exact.
FromText = Field(strict=False)


class StrictModel(BaseModel):
    """Every catalog model: strict types, unknown fields refused, frozen once loaded."""

    model_config = ConfigDict(
        strict=True, extra="forbid", frozen=True, use_attribute_docstrings=True,
        regex_engine="python-re",
    )


def empty_list() -> Any:
    """The default of a list field a file may leave out: a new empty list, made by a factory.

    Pydantic deep-copies a default written as ``= []`` for every object that leaves the field
    out; the factory makes the same list for a sixth of the cost (a KPI has twelve such
    fields: 0.25 s of CPU in `kpi validate` of 10,000 KPIs). The JSON Schema still says
    ``"default": []``.
    """
    return Field(default_factory=list, json_schema_extra={"default": []})


# --- small parts: compact, slotted dataclasses ---------------------------------------------

PART_CONFIG = ConfigDict(extra="forbid", use_attribute_docstrings=True, regex_engine="python-re")
"""The config of a *part*: a small group of fields a KPI holds many of (its actual values,
links), written as a pydantic dataclass with ``slots=True, frozen=True``. An instance then
holds its fields and nothing else (about 60 bytes instead of about 480 for a model with its
``__dict__`` and its set of fields given). Strict per field (:data:`STRICT`), not by the
config: a strict dataclass takes only instances of itself, never the mapping YAML gives."""
STRICT = Strict()
"""Every field of a part is strict, as every field of a :class:`StrictModel` is."""

Shape = type[Any]
"""A model class or a part class: what :func:`fields_of` and :func:`dumped` take."""


def is_shape(value: object) -> TypeGuard[Shape]:
    """Whether ``value`` is a model or a part class (the fields of a catalog file)."""
    return isinstance(value, type) and (issubclass(value, BaseModel)
                                        or is_pydantic_dataclass(value))


def fields_of(shape: Shape) -> dict[str, FieldInfo]:
    """The fields of a model or a part, by name, as pydantic describes them (annotation,
    constraints, default, documentation): a model's ``model_fields``."""
    if issubclass(shape, BaseModel):
        return shape.model_fields
    found = _PART_FIELDS.get(shape)
    if found is None:
        found = _PART_FIELDS[shape] = _part_fields(shape)
    return found


# Made once per part class (a TypeAdapter compiles a schema). Plain dicts, not
# functools.cache: mypy does not take a class as its Hashable argument.
_PART_FIELDS: dict[Shape, dict[str, FieldInfo]] = {}
_ADAPTERS: dict[Shape, TypeAdapter[Any]] = {}


def _adapter(shape: Shape) -> TypeAdapter[Any]:
    """The validator and serializer of a part, one per class."""
    found = _ADAPTERS.get(shape)
    if found is None:
        found = _ADAPTERS[shape] = TypeAdapter(shape)
    return found


def _part_fields(shape: Shape) -> dict[str, FieldInfo]:
    # public parts only: the dataclass's fields and type hints, and the documentation that
    # pydantic puts into the JSON Schema from the attribute docstrings
    hints = typing.get_type_hints(shape, include_extras=True)
    documented = _adapter(shape).json_schema()["properties"]
    found: dict[str, FieldInfo] = {}
    for field in dataclasses.fields(shape):
        about = documented[field.name].get("description")
        documented_type: Any = Annotated[hints[field.name], Field(description=about)]
        found[field.name] = (
            FieldInfo.from_annotation(documented_type) if field.default is dataclasses.MISSING
            else FieldInfo.from_annotated_attribute(documented_type, field.default))
    return found


def dumped(value: Any, **how: Any) -> Any:
    """A model or a part as plain data: ``model_dump(**how)``."""
    if isinstance(value, BaseModel):
        return value.model_dump(**how)
    return _adapter(type(value)).dump_python(value, **how)


_Item = typing.TypeVar("_Item")


def replaced(item: _Item, **changes: Any) -> _Item:
    """A copy of a loaded model or part with some fields changed, not validated again:
    ``model_copy(update=changes)``. A text keeps its type (a marked
    :class:`~kpi_catalog.model.language.Original`), which validation would turn into a
    plain ``str``."""
    if isinstance(item, BaseModel):
        return item.model_copy(update=changes)
    made = copy.copy(item)
    for name, value in changes.items():
        # how a frozen dataclass sets its own fields (Python's dataclasses documentation)
        object.__setattr__(made, name, value)
    return made
