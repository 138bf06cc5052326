"""The building blocks of the model's fields: one-line labels, sane numbers and dates, safe
links, ids; and the strict base model every catalog file's model derives from.

Each type refuses what it cannot take in plain words (the loader locates the refusal):
a line break in a name, a number beyond 10^15, a date outside 1900-2200, a link that is
not http(s) or mailto.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
)

from kpi_catalog.i18n.messages import _

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


def _iso_date(value: Any) -> Any:
    """Dates are written ``YYYY-MM-DD``; anything else is refused in plain words."""
    if isinstance(value, str):
        if not _ISO_DATE.match(value):
            raise ValueError(_("`{value}` is not a date written as YYYY-MM-DD", value=value))
        try:
            value = date.fromisoformat(value)
        except ValueError:
            raise ValueError(_("`{value}` is not a real date (check the month and day)",
                               value=value)) from None
    if isinstance(value, date):
        return in_years(value)
    raise ValueError(_("a date must be written as YYYY-MM-DD"))


def in_years(day: date, written: str = "") -> date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValueError(_("`{value}` is outside the years {first} to {last} that a "
                           "KPI may use",
                           value=written or day.isoformat(), first=FIRST_YEAR, last=LAST_YEAR))
    return day


def _sane_number(value: float) -> float:
    if abs(value) > NUMBER_LIMIT:
        raise FixableError(
            _("{value:g} is too large a number for a KPI", value=value),
            _("Keep values within ±1,000,000,000,000,000 (10^15): use a larger unit, such as "
              "IDR billion instead of IDR."))
    return value


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


# Line breaks (YAML's and Unicode's) and every other control character, tab included.
_NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")


def _one_line(value: str) -> str:
    """Names, owners, units, terms: labels that pages put on one line, in headings, table
    cells and chart text. A line break there could end the HTML block around it and let
    Markdown (or raw HTML) in; a control character has no place in a label."""
    found = _NOT_ONE_LINE.search(value)
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
    date, BeforeValidator(_iso_date), Field(json_schema_extra={"type": "string", "format": "date"})
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
