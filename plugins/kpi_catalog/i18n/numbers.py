"""Numbers as people read them: one formatter for the site, the charts, ``kpi status`` and
the rules' messages.

Pages, charts and reports round to two decimals and group thousands (``352,000``; in
Bahasa Indonesia ``352.000`` and ``2,05``), but never show a value that is not zero as
``0``: a smaller one keeps its first two digits (``0.0012``), and one below 10^-9 is
written in scientific form with two digits (``1.2E-12``, ``1,2E-12``). Rule messages name a field's
value as the YAML file writes it (``AS_IN_YAML``, every digit kept): a message must help
find the number in the file, and rounding could make two different values look the same.

The marks of each language come from Babel's CLDR data (:func:`number_marks`); the number
itself is written here: a site formats about 60 numbers per KPI page, and Babel's
``format_decimal`` made the rendering of a 1,000-KPI site 32% slower (3.7 s -> 4.9 s CPU)
for the same text.
"""

from __future__ import annotations

import math
from decimal import Decimal
from functools import cache

from kpi_catalog.escape import one_line
from kpi_catalog.i18n.messages import LOCALES

ENGLISH_MARKS = (",", ".")
"""The thousands separator and the decimal mark of English."""
_SMALLEST = 9
"""The most decimals a page shows: a value that rounds to 0 at the usual two (a target of
0.001) keeps its first two digits, down to 10^-9; a smaller one (a failure rate of 10^-10
per hour) is written in scientific form (:func:`_scientific`)."""
_NOISE = 1e-15
"""Below this a value is a double's rounding noise around 0 (0.1 + 0.2 - 0.3 is 5.6 x
10^-17) and shows as 0. The status computation leaves no noise of its own above it
(``status.compute.expected_value``)."""
AS_IN_YAML = ("", ".")
"""No thousands separator, a decimal point: how a YAML file writes a number."""


@cache
def number_marks(language: str) -> tuple[str, str]:
    """The thousands separator and the decimal mark of ``language`` (CLDR's)."""
    from babel.numbers import get_decimal_symbol, get_group_symbol  # only where numbers show

    locale = LOCALES[language]
    return get_group_symbol(locale=locale), get_decimal_symbol(locale=locale)


def format_number(
    value: float | None, marks: tuple[str, str] = ENGLISH_MARKS, decimals: int | None = 2,
) -> str:
    """``352,000``, ``2.05``, ``-3.5``: up to ``decimals`` decimals, no trailing zeros; a
    value those would show as ``0`` keeps two digits (``0.0012``).

    ``marks`` are the thousands separator and the decimal mark; ``decimals=None`` keeps
    every digit the value has, and never writes an exponent (``1e+20``). ``None`` gives
    an empty text.
    """
    if value is None:
        return ""
    if decimals is None:
        text = format(Decimal(repr(float(value))), ",f")
    else:
        if value and abs(value) < 0.5 / 10**decimals:  # would show as 0: two digits of it
            if _NOISE <= abs(value) < 10**-_SMALLEST:
                return _scientific(value, marks)
            decimals = min(_SMALLEST, 1 - math.floor(math.log10(abs(value))))
        text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    thousands, decimal = marks
    marked: dict[str, str | int | None] = {",": thousands, ".": decimal}  # str.maketrans' type
    return text.translate(str.maketrans(marked))


def _scientific(value: float, marks: tuple[str, str]) -> str:
    """A tiny value with two digits in scientific form, ``1.2E-12`` (``1,2E-12``): CLDR's
    exponent symbol through Babel, the decimal mark ``marks`` gives (rounded first: Babel
    writes 9.99e-10 as ``10E-10``)."""
    from babel.numbers import format_scientific  # only for the rare tiny value

    text = format_scientific(float(f"{value:.1e}"), "0.#E0", locale="en")
    return text.replace(".", marks[1])


def with_unit(number: str, unit: str) -> str:
    """``1,200 subscribers``; ``45%`` and ``24.5% of net sales`` without a space: how a KPI
    page says a value, and `kpi diff` the values it changes. No unit, the number alone."""
    unit = one_line(unit)
    if not unit:
        return number
    return f"{number}{unit}" if unit.startswith("%") else f"{number} {unit}"


def as_in_yaml(value: float) -> str:
    """A field's value as a YAML file writes it, for the rules' messages: ``1234567.5``."""
    return format_number(value, AS_IN_YAML, decimals=None)
