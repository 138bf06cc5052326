"""Where a file's top-level fields start, found by reading its lines instead of parsing it.

Locating a finding means knowing the line of a field, which the parser knows; but parsing
a file again costs as much as reading it did, and when every KPI draws a warning (a review
date passing for the whole catalog at once) that doubles the work of `kpi validate`. Most
findings are about a top-level field, and in a usual KPI file each of those starts a line
of its own at the left margin. This scan finds them, and answers only when it can show
that its answer is the parser's: otherwise it says ``None`` and the caller parses.

Why the answer is the parser's when the scan gives one: the first line with content is a
``name:`` line at the left margin, so the file is a block mapping indented 0, and every one
of its fields starts a line at the left margin. Every such line has the ``name:`` shape
(anything else, such as a quoted name, ``? ``, a flow collection, a text continuing at the
margin, makes the scan give up), so the scan has seen every field; if it has seen exactly as
many lines as the file has fields, none of its lines is a look-alike inside a quoted text.
"""

from __future__ import annotations

import re

from kpi_catalog.model.diagnostics import FieldPath
from kpi_catalog.reading.yaml_reader import YamlProblem, parse_yaml

_AT_MARGIN = re.compile(r"^[^ \t\r\n#].*", re.MULTILINE)
_CONTENT = re.compile(r"^[ \t]*[^ \t\r\n#]", re.MULTILINE)
_FIELD = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t\r]|$)")
_DOCUMENT_START = re.compile(r"---[ \t]*(?:#.*)?\r?")
_OTHER_BREAKS = ("\x85", "\u2028", "\u2029")  # line breaks for YAML, not for `re`


def top_level_lines(text: str, field_count: int) -> dict[str, int] | None:
    """``field name -> line`` (1-based; the field name is in column 1) for every top-level
    field of ``text``, a file that parsed into a mapping of ``field_count`` fields; ``None``
    when the lines alone cannot show it."""
    spans = top_level_spans(text, field_count)
    return None if spans is None else {name: line for name, (line, _start) in spans.items()}


def top_level_spans(text: str, field_count: int) -> dict[str, tuple[int, int]] | None:
    """``field name -> (line, offset)``: as :func:`top_level_lines`, with the offset in
    ``text`` where the field's line starts (fields in the order of the file)."""
    if any(mark in text for mark in _OTHER_BREAKS) or text.count("\r") != text.count("\r\n"):
        return None
    spans: dict[str, tuple[int, int]] = {}
    line, counted_to, mapping_from = 1, 0, 0
    for found in _AT_MARGIN.finditer(text):
        start = found.start()
        line += text.count("\n", counted_to, start)
        counted_to = start
        field = _FIELD.match(found.group())
        if field is None:
            if not spans and _DOCUMENT_START.fullmatch(found.group()):
                mapping_from = found.end()  # a `---` before the mapping
                continue
            return None
        if not spans and _CONTENT.search(text, mapping_from, start):
            return None  # the mapping starts indented: its fields are not at the margin
        name = field.group(1)
        if name in spans:
            return None
        spans[name] = (line, start)
    return spans if len(spans) == field_count else None


def field_positions(text: str, spans: dict[str, tuple[int, int]], name: str,
                    ) -> dict[FieldPath, tuple[int, int]] | None:
    """The parser's positions of top-level field ``name`` and of everything in its value,
    found by parsing only the lines of that field (``spans``: :func:`top_level_spans` of
    ``text``); ``None`` when those lines do not parse alone (an alias of an anchor elsewhere,
    a value YAML tools read differently), and the whole file must be parsed.

    A finding in a nested field (``measurement.metric``) is located without parsing the
    whole file again: when every KPI draws one, that halves what locating them costs. The
    field's lines are the same text at the same columns, so the parser places each value
    where it places it in the whole file, shifted by the lines before.
    """
    if name not in spans:
        return None
    line, start = spans[name]
    ends = [offset for _line, offset in spans.values() if offset > start]
    positions: dict[FieldPath, tuple[int, int]] = {}
    try:
        parse_yaml(text[start:min(ends, default=len(text))], positions=positions)
    except YamlProblem:
        return None
    shift = line - 1
    return {path: (at_line + shift, column) for path, (at_line, column) in positions.items()}
