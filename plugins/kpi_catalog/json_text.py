"""JSON text for other programs: every JSON the catalog writes goes through :func:`dumps`.

Contributor text may hold bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE and its
kin): in raw JSON they would reorder what a person reading the file, a diff or a log sees
(``"gnp.exe"`` shown for ``"exe.png"``, a value moved to another key). They are written as
JSON escapes (``\\u202e``) instead: a program that parses the JSON reads the same text, and
a person reading it sees the escape. So are `<`, `>` and `&` (``\\u003c``...), as Go's
encoding/json writes them: a name like ``<script>...`` stays data wherever the JSON lands,
in a page's ``<script>`` block or a browser that takes the file for HTML; and the line and
paragraph separators (U+2028, U+2029), which end a line in JavaScript. Every other character
is written as it is (UTF-8).

JSON that another library writes (the MCP SDK writes ``kpi mcp``'s answers) cannot be asked
for the escapes: the data given to it is :func:`without_bidi`, the text as the site shows it.

JSON from other programs (a values file, dbt's semantic manifest, an earlier render's
manifest) is read with :func:`loads`: what Python's reader stops on with another error than
:class:`json.JSONDecodeError` (values nested thousands deep, an integer of more than 4,300
digits) is one too, located, to be said as any other.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from kpi_catalog.i18n.messages import _
from kpi_catalog.model.diagnostics import BIDI_CONTROLS

_ESCAPED = re.compile(f"[{BIDI_CONTROLS}<>&\u2028\u2029]")
_NO_BIDI = dict.fromkeys(map(ord, BIDI_CONTROLS))


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def dumps(value: Any, **options: Any) -> str:
    """``json.dumps(value, **options)``, UTF-8 as it is (``ensure_ascii`` off unless given),
    with each bidirectional control, `<`, `>`, `&` and line separator escaped. Each can stand
    only inside a JSON string (none is JSON's syntax or whitespace), where its escape means
    the same character."""
    options.setdefault("ensure_ascii", False)
    return _ESCAPED.sub(_escape, json.dumps(value, **options))


def dumps_in_pieces(value: Any, *, indent: int, **options: Any) -> Iterator[str]:
    """The text of :func:`dumps` ``(value, indent=indent, **options)`` in pieces, where an
    iterator stands for an array (of a large document's items, made one by one): each item
    is made, written and let go in turn, so that the document is never whole in memory, as
    objects or as text (10,000 KPIs: the document as objects, its text and the text
    escaped were 400 MB together). A dict or list that holds such an iterator is written
    item by item (a dict's keys are text); any other value as :func:`dumps` writes it,
    indented to its place."""
    def pieces(value: Any, level: int) -> Iterator[str]:
        here, inside = ("\n" + " " * (indent * n) for n in (level, level + 1))
        if not isinstance(value, Iterator):
            try:  # most values hold no iterator: written whole, without a walk to find one
                text = dumps(value, indent=indent, **options)
            except TypeError:
                if not isinstance(value, (dict, list, tuple)) or not _lazy(value):
                    raise
            else:
                yield text.replace("\n", here) if level else text
                return
        if isinstance(value, dict):
            for n, (key, item) in enumerate(value.items()):
                yield ("," if n else "{") + inside + dumps(key, **options) + ": "
                yield from pieces(item, level + 1)
            yield here + "}"
            return
        empty = True
        for item in value:
            yield ("," if not empty else "[") + inside
            yield from pieces(item, level + 1)
            empty = False
        yield "[]" if empty else here + "]"

    return pieces(value, 0)


def _lazy(value: Any) -> bool:
    """Whether ``value`` is or holds an iterator (an array made as it is written)."""
    if isinstance(value, Iterator):
        return True
    items = value.values() if isinstance(value, dict) else value if isinstance(
        value, (list, tuple)) else ()
    return any(_lazy(item) for item in items)


def without_bidi(value: Any) -> Any:
    """JSON data (objects, arrays, text, numbers) with the bidirectional controls taken out
    of its texts and names, as the site shows them: for JSON that another library writes,
    raw, where :func:`dumps` cannot write it."""
    if isinstance(value, str):
        return value.translate(_NO_BIDI)
    if isinstance(value, dict):
        return {without_bidi(key): without_bidi(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [without_bidi(item) for item in value]
    return value


_LONG_INTEGER = re.compile(r"-?[0-9]{4301,}")  # past Python's int_max_str_digits (4,300)
_BRACKETS_OR_STRING = re.compile(r'[\[\]{}]|"(?:[^"\\]|\\.)*"')


def loads(text: str, **options: Any) -> Any:
    """``json.loads(text, **options)``; :class:`json.JSONDecodeError` where Python's reader
    stops with a RecursionError (values nested too deep) or a ValueError (an integer of
    more than 4,300 digits), at the place it stopped."""
    try:
        return json.loads(text, **options)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise json.JSONDecodeError(_("the values are nested too deep"), text,
                                   _too_deep(text)) from None
    except ValueError:
        found = _LONG_INTEGER.search(text)
        if found is None:
            raise
        raise json.JSONDecodeError(_("a number with more than 4,300 digits"), text,
                                   found.start()) from None


def _too_deep(text: str) -> int:
    """Where the values of ``text`` open more than 500 levels deep (Python's reader stops
    before 1,000); 0 if they do not."""
    depth = 0
    for found in _BRACKETS_OR_STRING.finditer(text):
        mark = found.group()
        if mark in "[{":
            depth += 1
            if depth > 500:
                return found.start()
        elif mark in "]}":
            depth -= 1
    return 0
