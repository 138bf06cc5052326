"""Values written into catalog files as YAML that the catalog's strict reader reads back
exactly (`kpi new` writing a KPI file, `kpi actuals` writing values into one).

Text is quoted by ruamel.yaml's emitter, so that any text, line breaks and invisible
characters included, is valid YAML; plain (unquoted) only where nothing can misread it.
"""

from __future__ import annotations

import io
import math
import re
from datetime import date
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ruamel.yaml import YAML

_PLAIN_START = re.compile(r"[A-Za-z\u00c0-\uffff(]")
_NEEDS_QUOTES = re.compile(r":(\s|$)|\s#")  # in block context, only these end a plain text
_RESERVED = {"y", "yes", "n", "no", "true", "false", "on", "off", "null"}


def number(value: float) -> str:
    """A number as a plain scalar: whole numbers without a decimal point (``118.2``,
    ``231``), every digit Python keeps and never an exponent (``0.0000016534``, not
    ``1.6534e-06``: a person reads the file and the messages). Messages about an imported
    cell show its number so too, as YAML would hold it."""
    if isinstance(value, int) and not isinstance(value, bool):  # a database's, however long
        return str(value)
    value = float(value)
    if not math.isfinite(value):
        return repr(value)
    if value.is_integer():
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def quoted(text: str) -> str:
    """``text`` as a double-quoted scalar on one line."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    out = io.StringIO()
    _emitter().dump([DoubleQuotedScalarString(text)], out)
    return out.getvalue().rstrip("\n")[2:]


@cache
def _emitter() -> YAML:
    """ruamel.yaml's emitter, imported by the first file written: a site build, which
    only reads, leaves its 30 modules out (1.5 MB of its peak memory)."""
    from ruamel.yaml import YAML

    emitter = YAML()
    emitter.width = 2**30  # never fold a text onto a second line
    return emitter


def scalar(value: bool | float | date | str) -> str:
    """Any value of a catalog file: text plain where that reads back as the same text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float | int):
        return number(value)
    if isinstance(value, date):
        return value.isoformat()
    if (_PLAIN_START.match(value) and value.isprintable() and value == value.strip()
            and value.lower() not in _RESERVED and not _NEEDS_QUOTES.search(value)):
        return value
    return quoted(value)
