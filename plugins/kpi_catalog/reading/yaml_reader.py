"""Read one YAML file safely, strictly and fast.

Why not ``yaml.safe_load``? It keeps the last of two duplicate keys without a word,
reads ``NO`` as false, ``1:20`` as 80 and ``010`` as 8, turns text that looks like a
date into a date, expands aliases without bound (the "billion laughs"), and the
libyaml-backed loader recurses in C on nesting, so a deep enough document crashes the
process. Here the (C, when available) parser only produces events; this module builds
the Python values from them in one loop with an explicit stack, so that:

* plain scalars follow the YAML 1.2 core schema (``true``, ``null``, ``12``, ``1.5``);
  scalars that YAML 1.1 tools read differently (``yes``, ``off``, ``010``, ``1:20``,
  ``.nan``, ``1_000``) are errors that say to quote them;
* nothing becomes a date: date fields are parsed later, by the model;
* duplicate keys, non-text keys, merge keys, tags, several documents, recursive and
  unknown aliases are located errors;
* size, nesting depth and alias expansion (in values and in characters: an alias counts
  as the text it repeats) are bounded while the events arrive, before any large value
  exists; every reader of catalog YAML goes through :func:`parse_yaml`, so the bounds hold
  for text from git and from edits as for files.

Positions are only recorded when asked for (``positions=``): valid files, the common
case, pay nothing for them, and a file with a problem is parsed again to locate it.
"""

from __future__ import annotations

import math
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from sys import intern
from typing import Any, Protocol

import yaml
from yaml import events as ev

from kpi_catalog.i18n.messages import N_, _, count_text, shown, translated
from kpi_catalog.i18n.written_numbers import number_hint, written_number
from kpi_catalog.model import codes
from kpi_catalog.model.diagnostics import FieldPath

YAML_LOADER: type[yaml.CSafeLoader] | type[yaml.SafeLoader]
"""PyYAML's safe loader on libyaml, about ten times faster, where PyYAML was built with it.
Only its parser's events and composer's nodes are used, never its constructors."""
try:
    YAML_LOADER = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    YAML_LOADER = yaml.SafeLoader


class _Mark(Protocol):
    """Where an event starts (libyaml's and the pure-Python parser's marks alike)."""

    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...


__all__ = ["Limits", "YamlProblem", "check_limits", "escapes_in_quotes", "number_in_brackets",
           "parse_yaml", "read_text", "read_yaml_file"]


@dataclass(frozen=True)
class Limits:
    """Bounds that keep hostile input harmless."""

    max_bytes: int = 1_000_000
    max_depth: int = 64
    max_values: int = 100_000  # values after alias expansion
    max_chars: int = 1_000_000  # characters of text after alias expansion


DEFAULT_LIMITS = Limits()


class YamlProblem(Exception):
    """A located problem that stops a file from being read.

    ``also`` holds the other problems found in the same file: reading goes on past a value
    YAML would mis-read or a duplicate field, so one run reports all of them.
    """

    def __init__(self, line: int, column: int, code: str, message: str, hint: str = ""):
        super().__init__(message)
        self.line, self.column, self.code = line, column, code
        self.message, self.hint = message, hint
        self.also: list[YamlProblem] = []

    def all(self) -> list[YamlProblem]:
        return [self, *self.also]


def _raise_all(problems: list[YamlProblem]) -> None:
    first = problems[0]
    first.also = problems[1:]
    raise first


# --- scalars -------------------------------------------------------------------------

_NULLS = {"", "~", "null", "Null", "NULL"}
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_YAML11_BOOLS = {"yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
                 "y", "Y", "n", "N"}
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_LEADING_ZERO = re.compile(r"[-+]?0[0-9]+(?:\.[0-9]*)?\Z")
_OTHER_BASE = re.compile(r"[-+]?0[xXoObB][0-9a-fA-F_]+\Z")
_SEXAGESIMAL = re.compile(r"[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?\Z")
_UNDERSCORED = re.compile(r"[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?\Z")
_SPECIAL_FLOAT = re.compile(r"[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)\Z")
_NUMBER_START = frozenset("0123456789+-.")
# Anything that one of the number patterns above could match: a plain scalar that starts
# like a number but matches none of them (2026-03-31, 12 apples, -foo) is text at once.
_NUMBERISH = re.compile("(?:" + "|".join(
    p.pattern.removesuffix(r"\Z") for p in
    (_INT, _FLOAT, _LEADING_ZERO, _OTHER_BASE, _SEXAGESIMAL, _UNDERSCORED, _SPECIAL_FLOAT)
) + r")\Z")

_CORE = "tag:yaml.org,2002:"
# `!!omap`, `!!set`, `!!pairs` and the like make other kinds of values (an ordered mapping,
# a set) that no KPI file needs: only the tags of what YAML makes anyway are accepted.
_COLLECTION_TAGS = {None, "!", _CORE + "map", _CORE + "seq"}
_SCALAR_TAGS = {_CORE + "null", _CORE + "bool", _CORE + "int", _CORE + "float"}


class _Ambiguous(Exception):
    def __init__(self, message: str, hint: str):
        self.message, self.hint = message, hint


def _resolve_plain(text: str) -> Any:
    """Type of a plain (unquoted) scalar, YAML 1.2 core schema, traps refused."""
    if text in _NULLS:
        return None
    if text in _BOOLS:
        return _BOOLS[text]
    if text in _YAML11_BOOLS:
        raise _Ambiguous(
            _("`{text}` is read as true/false by some YAML tools and as text by others.",
              text=shown(text)),
            _("Write \"{text}\" in quotes if you mean the text, or true/false for a yes/no "
              "value.", text=text),
        )
    if text[0] not in _NUMBER_START:
        return text
    return _resolve_number(text)


def _resolve_number(text: str) -> Any:
    """A plain scalar that starts like a number: a number, text, or a trap refused."""
    if text.isdigit() and text.isascii() and (text[0] != "0" or len(text) == 1):
        return _int(text)  # the common case, without a regex
    if _INT.match(text):
        return _int(text)
    if not _NUMBERISH.match(text):
        return text
    if _LEADING_ZERO.match(text):
        raise _Ambiguous(
            _("`{text}` starts with 0, which some YAML tools read as an octal number.",
              text=shown(text)),
            _("Drop the leading zero for a number, or write \"{text}\" in quotes for a code.",
              text=text),
        )
    if _FLOAT.match(text):
        return _float(text)
    if _SPECIAL_FLOAT.match(text):
        raise _Ambiguous(
            _("`{text}` is not a finite number.", text=shown(text)),
            _("Write a real number, or leave the value out if it is unknown."),
        )
    if _SEXAGESIMAL.match(text):
        raise _Ambiguous(
            _("`{text}` is read as a base-60 number by YAML 1.1 tools (1:20 becomes 80).",
              text=shown(text)),
            _("Write \"{text}\" in quotes if you mean a time or a ratio.", text=text),
        )
    if _OTHER_BASE.match(text) or _UNDERSCORED.match(text):
        raise _Ambiguous(
            _("`{text}` is read as a number by some YAML tools and as text by others.",
              text=shown(text)),
            _("Write the number in plain decimal digits, or \"{text}\" in quotes for text.",
              text=text),
        )
    return text


def _in_curly_quotes(text: str, parent: _Open | None) -> _Ambiguous:
    """`owner: “Finance”`: Word's and Excel's curly quotes are no quotes to YAML, so they
    stay in the value, where the site shows them (and `Finance` is not `“Finance”`)."""
    field = (f"{parent.key}: " if parent is not None and parent.is_map
             and parent.key.__class__ is str and not parent.flow else "")
    return _Ambiguous(
        _("The value `{text}` keeps its curly quotes ({opening} and {closing}): YAML takes "
          "only straight quotes (\" and ') for quotes, so these are part of the text.",
          text=shown(text), opening=text[0], closing=text[-1]),
        _("Write it without them: `{line}`. If they belong to the text, put it in straight "
          "quotes: `{quoted}`.", line=shown(field + text[1:-1], 60),
          quoted=shown(field + _quoted(text), 60)))


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:  # more digits than Python converts (sys.int_info.str_digits_check_threshold)
        raise _Ambiguous(_("`{text}` has too many digits to be a number.", text=shown(text)),
                         _("Write a shorter number, or put it in quotes if it is a code.")
                         ) from None


def _float(text: str) -> float:
    value = float(text)
    if value in (_INF, -_INF):
        raise _Ambiguous(_("`{text}` is too large to be a number.", text=shown(text)),
                         _("Write a real number, or put it in quotes if it is text."))
    return value


_INF = float("inf")


def _resolve_tagged(tag: str, text: str) -> Any:
    """A scalar with an explicit core tag (``!!str 010``); other tags are refused."""
    if tag in ("!", _CORE + "str"):
        return text
    if tag == _CORE + "null" and text in _NULLS:
        return None
    if tag == _CORE + "bool" and text in _BOOLS:
        return _BOOLS[text]
    if tag == _CORE + "int" and _INT.match(text):
        return _int(text)
    if tag == _CORE + "float" and (_FLOAT.match(text) or _INT.match(text)):
        return _float(text)
    if tag in _SCALAR_TAGS:
        raise _Ambiguous(
            _("`{text}` is not a valid `{tag}` value.", text=shown(text), tag=_short_tag(tag)),
            _("Remove the tag and write the value plainly (in quotes for text)."),
        )
    raise _Ambiguous(
        _("The tag `{tag}` is not allowed here.", tag=_short_tag(tag)),
        _("Remove the tag: KPI files hold plain text, numbers, lists and fields only."),
    )


_UNREAD = object()


def _pyyaml_value(text: str) -> Any:
    """The plain value ``text`` as PyYAML (YAML 1.1), which dbt reads its files with, makes
    it (`yes` true, `010` 8); ``_UNREAD`` when PyYAML cannot either, or reads more than a
    value into it."""
    try:
        value = yaml.load(text, Loader=YAML_LOADER)  # the safe loader: no objects made
    except Exception:  # noqa: BLE001 - a value PyYAML refuses (too many digits) stays refused
        return _UNREAD
    return value if isinstance(value, (bool, int, float, str)) else _UNREAD


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag


# --- documents -----------------------------------------------------------------------


def _mark(event: ev.Event) -> tuple[int, int]:
    mark = event.start_mark
    assert mark is not None  # the parser marks every event
    return mark.line + 1, mark.column + 1


def _problem_at(event: ev.Event, code: str, message: str, hint: str = "") -> YamlProblem:
    line, column = _mark(event)
    return YamlProblem(line, column, code, message, hint)


class _Open:
    """A mapping or sequence whose end event has not arrived yet."""

    __slots__ = ("value", "anchor", "weight", "path", "key", "key_event", "key_marks", "is_map",
                 "flow", "chars_before", "start", "merged")

    def __init__(self, value: Any, anchor: str | None, path: FieldPath, is_map: bool,
                 flow: bool = False):
        self.value = value
        self.flow = flow  # written inline: `{a: 1}` or `[1, 2]`
        self.start: _Mark | None = None  # where a flow collection opens, in a file with `#`s
        self.anchor = anchor
        self.weight = 1
        self.chars_before = 0  # the text read before it: what it holds is the difference
        self.path = path
        self.is_map = is_map
        self.key: Any = _NO_KEY  # the key read, a YAML value not yet checked
        self.key_event: ev.Event | None = None
        # For a mapping: each key read so far -> where it stands, for duplicates.
        self.key_marks: dict[Any, _Mark] = {}  # mappings only
        # The mappings its merge keys (`<<: *base`) give, in another tool's file: the later
        # ones win over the earlier ones, and the mapping's own fields over all.
        self.merged: list[dict[Any, Any]] | None = None


_NO_KEY = object()
_SHARED_TEXT = 64
"""Texts up to this length are interned: one object for each period, id, unit, owner and
tag however many files repeat it (10,000 KPIs: the same `2026-03` in every file)."""
# Plain scalars that are not text as they stand (the rest: text unless they look numeric).
_PLAIN_WORDS = frozenset(_NULLS) | frozenset(_BOOLS) | frozenset(_YAML11_BOOLS)


def parse_yaml(
    text: str,
    limits: Limits = DEFAULT_LIMITS,
    positions: dict[FieldPath, tuple[int, int]] | None = None,
    words_as_text: frozenset[tuple[str, ...]] = frozenset(),
    as_pyyaml: bool = False,
) -> Any:
    """Build the single document of ``text``; ``None`` when there is none.

    When ``positions`` is a dict it receives ``field path -> (line, column)`` for every
    value (for a mapping entry, where its key stands). At the field paths in
    ``words_as_text`` (``("rules", "*")``: any field under ``rules``), ``yes``, ``no``,
    ``on`` and ``off`` are text: where a field takes words such as `off` and never
    true/false, nobody means a boolean. ``as_pyyaml=True`` is for another tool's file
    (a dbt project's), read as that tool reads it with PyYAML, without a problem: a value that
    a `#` cuts short (`owner: #N/A`) as YAML does, and the plain values YAML 1.1 reads
    otherwise than 1.2 as PyYAML does (`yes`, `off` true and false, `010` 8, `1:20` 80),
    field names among them (`on:` is the key True), where a catalog file is told to quote
    them, and a field written twice as its last value.
    """
    soft: list[YamlProblem] = []  # problems after which reading can go on
    if len(text) > limits.max_bytes // 4:  # fewer characters cannot exceed it in UTF-8
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > limits.max_bytes:  # text from git or an edit, not from read_text
            raise YamlProblem(1, 1, codes.UNREADABLE_FILE,
                              _("The file is {size} bytes; the limit is {limit}.",
                                size=count_text(size), limit=count_text(limits.max_bytes)),
                              _("Split it, or remove what is not needed."))
    if not text.isascii() and ("\u2028" in text or "\u2029" in text or "\x85" in text):
        separator = _ODD_BREAK.search(text)  # found: where (a regex search is 200 times slower)
        assert separator is not None
        line, column = _line_col(text, separator.start())
        raise YamlProblem(line, column, codes.FORBIDDEN_CHARACTER,
                          _("The file holds an invisible line separator (U+{code:04X}) that YAML "
                            "reads as a line break, though editors show none.",
                            code=ord(separator.group())),
                          _("Delete it (it comes with text pasted from a web page or a "
                            "document), or retype the line."))
    try:
        hashes = [] if as_pyyaml else _hashes_after_space(text)
        comments = _Comments(text, hashes) if hashes else None
        root = _build(YAML_LOADER(text), limits, positions, soft, words_as_text, comments,
                      as_pyyaml=as_pyyaml)
    except _SplitNumber as problem:
        hard = problem.said(text)
    except YamlProblem as problem:
        hard = _after_question_mark(problem, text)
    except yaml.MarkedYAMLError as exc:
        hard = _syntax_problem(exc, text)
    except yaml.reader.ReaderError as exc:
        line, column = _line_col(text, _char_offset(text, exc.position))
        hard = YamlProblem(
            line, column, codes.FORBIDDEN_CHARACTER,
            _("The file holds a character that YAML does not allow (code {character:#x}).",
              character=exc.character),
            _("Delete the invisible character, or retype the line."),
        )
    except Exception as exc:  # noqa: BLE001 - a contributor's file must never crash a build
        hard = YamlProblem(1, 1, codes.NOT_YAML,
                           _("The file could not be read as YAML ({name}).",
                             name=type(exc).__name__),
                           _("Check that this is a YAML file."))
    else:
        if soft:
            _raise_all(soft)
        return root
    _raise_all([*soft, hard])


def check_limits(text: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """:class:`YamlProblem` when ``text``, a file another loader reads (a site's mkdocs.yml,
    read as MkDocs reads it), exceeds the bounds that :func:`parse_yaml` keeps: its size,
    its nesting (a loader that recurses crashes), its values and text after alias expansion
    (the "billion laughs"), an alias inside the value it repeats (one that never ends).
    Its events only, in one loop; a syntax error is left to that loader to say."""
    if len(text) > limits.max_bytes // 4 and len(text.encode("utf-8", "surrogatepass")) > (
            limits.max_bytes):
        raise YamlProblem(1, 1, codes.UNREADABLE_FILE,
                          _("The file is {size} bytes; the limit is {limit}.",
                            size=count_text(len(text.encode("utf-8", "surrogatepass"))),
                            limit=count_text(limits.max_bytes)),
                          _("Split it, or remove what is not needed."))
    opened: list[tuple[str | None, int, int]] = []  # anchor, values and text before it
    sizes: dict[str, tuple[int, int]] = {}  # an anchor's values and text, as an alias repeats
    total = chars = 0
    event: Any  # told apart by its class, as in _build
    try:
        for event in yaml.parse(text, Loader=YAML_LOADER):
            cls = event.__class__
            if cls is ev.ScalarEvent:
                total, chars = total + 1, chars + len(event.value)
                if event.anchor is not None:
                    sizes[event.anchor] = (1, len(event.value))
            elif cls is ev.MappingStartEvent or cls is ev.SequenceStartEvent:
                if len(opened) >= limits.max_depth:
                    line, column = _mark(event)
                    raise _too_deep(line, column, limits)
                opened.append((event.anchor, total, chars))
                total += 1
            elif cls is ev.MappingEndEvent or cls is ev.SequenceEndEvent:
                anchor, values_before, chars_before = opened.pop()
                if anchor is not None:
                    sizes[anchor] = (total - values_before, chars - chars_before)
            elif cls is ev.AliasEvent:
                if any(anchor == event.anchor for anchor, _total, _chars in opened):
                    raise _problem_at(event, codes.BAD_ALIAS,
                                      _("The alias `*{anchor}` refers to a value that "
                                        "contains it, which never ends.", anchor=event.anchor),
                                      _("Remove the alias or copy the value out."))
                values, repeated = sizes.get(event.anchor, (0, 0))
                total, chars = total + values, chars + repeated
            if total > limits.max_values or chars > limits.max_chars:
                raise _too_many(event, limits, chars > limits.max_chars)
    except yaml.MarkedYAMLError as exc:  # libyaml stops at 1,000 levels, before their events
        if "maximum nesting depth" in str(exc.problem) and exc.problem_mark is not None:
            raise _too_deep(exc.problem_mark.line + 1, exc.problem_mark.column + 1,
                            limits) from None
    except yaml.YAMLError:
        return


def _too_deep(line: int, column: int, limits: Limits) -> YamlProblem:
    return YamlProblem(line, column, codes.TOO_LARGE,
                       _("The values are nested more than {max_depth} levels deep.",
                         max_depth=limits.max_depth),
                       _("Flatten the structure: no setting needs that many levels."))


def _hashes_after_space(text: str) -> list[int]:
    """Where ` #N/A` stands: a `#` after a space, with no space after it. A comment is
    `# like this`; a `#` written against a word is text more often (Excel's #N/A and #REF!,
    `Team #2`). A `#` right after `[`, `{` or `,` too (`[#leads]`, `[a,#b]`): in brackets,
    the parser reads it as a comment as well. (str.find: 0.4 µs a file; a regular
    expression took 10 µs, 3% of the parsing, on every file, with such a `#` or without.)"""
    found = []
    at = text.find("#")
    while at >= 0:
        after = text[at + 1:at + 2]
        if at and text[at - 1] in _BEFORE_A_COMMENT and after and after != "#" and (
                not after.isspace()):
            found.append(at)
        at = text.find("#", at + 1)
    return found


_BEFORE_A_COMMENT = " \t[{,"  # in brackets, a `#` after these starts a comment


class _Comments:
    """Values that a `#` cut short, in a file that reads: `owner: #N/A` is an empty owner,
    `owner: Team #2` the owner `Team`, as `#` after a space starts a comment. Said of a
    value the `#` follows (`owner: "Team" #2` too: the quotes end the value, the rest is a
    comment), of an item of a list or group in brackets written over several lines that a
    `#` hides (`[pipeline, #leads` then `growth]` on the next line), and only for a `#` with
    no space after it (`owner:  # to be decided` is a comment).

    Made only for a text with such a `#` (in a block text too: `issue #12`); the reading
    loop asks it about each plain value that ends on a line with one (:meth:`check`)."""

    __slots__ = ("hashes", "text")

    def __init__(self, text: str, hashes: list[int]):
        self.text = text
        self.hashes: dict[int, list[int]] = {}  # line -> columns of a `#` after a space
        plain_breaks = "\r" not in text  # the other breaks YAML counts are refused before
        for at in hashes:
            if plain_breaks:
                line, column = text.count("\n", 0, at), at - text.rfind("\n", 0, at) - 1
            else:
                line, column = _line_col(text, at)
                line, column = line - 1, column - 1
            self.hashes.setdefault(line, []).append(column)

    def check(self, event: ev.ScalarEvent, soft: list[YamlProblem]) -> None:
        """Note the problem of the plain value ``event`` if a `#` right after it, on the
        line where it ends, starts a comment."""
        begin, end = event.start_mark, event.end_mark
        if begin is None or end is None:  # pragma: no cover - the parser marks every event
            return
        if not event.implicit[0] and event.style not in ('"', "'"):
            return  # a text in a block (`|`) ends on the line after it
        line = _line_at(self.text, end.line)
        for column in self.hashes.get(end.line, ()):
            if column > end.column and not line[end.column:column].strip():
                start = begin.column if begin.line == end.line else -1
                quoted = None if event.implicit[0] else event.value + line[end.column:column]
                problem = _cut_by_comment(line, end.line, column, event.value, start, quoted)
                if problem is not None:
                    soft.append(problem)
                return

    def in_quotes(self, event: ev.ScalarEvent) -> None:
        """Forget the `#`s inside the quoted value ``event`` (`["a,#b",`): text, no comment."""
        begin, end = event.start_mark, event.end_mark
        if begin is None or end is None:  # pragma: no cover - the parser marks every event
            return
        for index in range(begin.line, end.line + 1):
            columns = self.hashes.get(index)
            if columns:
                self.hashes[index] = [
                    column for column in columns
                    if not (begin.line, begin.column) < (index, column) < (end.line, end.column)]

    def hidden_items(self, start: _Mark, end: _Mark, soft: list[YamlProblem]) -> None:
        """Note the items that a `#` hides in the brackets from ``start`` to ``end``, written
        over several lines (on one line the `#` hides the closing bracket too, which the
        parser says): a `#` right after the opening bracket, a comma (`[a,#b` too: no space
        is needed there) or a line's indentation."""
        for index in range(start.line, end.line + 1):
            line = _line_at(self.text, index)
            for column in self.hashes.get(index, ()):
                if (index == start.line and column <= start.column
                        or index == end.line and column >= end.column):
                    continue
                before = line[:column].rstrip()
                if index == start.line and len(before) == start.column:
                    before += "["  # the opening bracket itself: `[` or `{`
                if before and before[-1] not in ",[{":
                    continue  # after a value: check() says it
                item = re.split(r"[,\]}]|[ \t]+#", line[column:], maxsplit=1)[0].rstrip()
                rest = line[column + len(item):]
                closes = self.text[_offset_after(self.text, index):].lstrip()[:1] in ("]", "}")
                comma = "" if rest.strip() or closes else ","
                fixed = (line[:column] + _quoted(item) + comma + rest).strip()
                soft.append(YamlProblem(
                    index + 1, column + 1, codes.AMBIGUOUS_VALUE,
                    _("`{comment}` is read as a comment, not as a value: in brackets, a `#` "
                      "after a space, a comma or the bracket starts a comment, so the "
                      "brackets leave out what follows it on the line.", comment=shown(item)),
                    _("Put the text in quotes: `{line}`. If it is a comment, write a space "
                      "after the `#`.", line=shown(fixed, 60))))


def _offset_after(text: str, index: int) -> int:
    """Where the line after line ``index`` (0-based) starts in ``text``; its end if none."""
    at = -1
    for _line in range(index + 1):
        at = text.find("\n", at + 1)
        if at < 0:
            return len(text)
    return at + 1


def _cut_by_comment(line: str, index: int, column: int, value: str,
                    start: int, quoted: str | None = None) -> YamlProblem | None:
    """The problem of a value ``value`` (starting at ``start`` of ``line``; -1: on a line
    above) that a `#` at ``column`` of ``line`` cut; ``quoted``: the value, in quotes, and the
    spaces before the `#`."""
    comment = re.split(r"[ \t]+#", line[column:], maxsplit=1)[0].rstrip()
    if value in _PLAIN_WORDS and value or _NUMBERISH.match(value):
        return None  # `value: 100 #approx`: a comment after a number is meant as one
    if start < 0:  # a value over several lines: the line to write would be several too
        hint = _("Put the whole value in quotes. If it is a comment, write a space after the "
                 "`#`.")
    else:
        start = start if value or quoted is not None else column
        written = line[start:column] if quoted is None else quoted
        fixed = line[:start] + _quoted(written + comment) + line[column + len(comment):]
        hint = _("Put the text in quotes: {line}. If it is a comment, write a space after the "
                 "`#`.", line=shown(fixed.strip(), 60))
    if not value:
        message = _("`{comment}` is read as a comment, not as the value: a `#` after a space "
                    "starts a comment, so the value is left empty.", comment=shown(comment))
    else:
        message = _("`{comment}` is read as a comment, not as part of the value: a `#` after a "
                    "space starts a comment, so the value is `{value}`.",
                    comment=shown(comment), value=shown(value))
    return YamlProblem(index + 1, column + 1, codes.AMBIGUOUS_VALUE, message, hint)


def _build(parser: yaml.CSafeLoader | yaml.SafeLoader, limits: Limits,
           positions: dict[FieldPath, tuple[int, int]] | None, soft: list[YamlProblem],
           words_as_text: frozenset[tuple[str, ...]] = frozenset(),
           comments: _Comments | None = None, as_pyyaml: bool = False) -> Any:
    # One loop over the events, with an explicit stack: no recursion, whatever the nesting.
    # This runs for every value of every file, so the common cases (a plain text scalar, a
    # new text key) take the shortest path; everything unusual goes to the helpers.
    max_depth, max_values, max_chars = limits.max_depth, limits.max_values, limits.max_chars
    stack: list[_Open] = []
    parent: _Open | None = None  # always stack[-1], or None at the top
    anchors: dict[str, tuple[Any, int, int]] = {}  # value, weight, characters
    open_anchors: set[str] = set()
    unused: dict[str, _Anchor] = {}  # anchors no alias has repeated yet
    total = 0
    chars = 0  # characters of text so far, each alias counted as the text it repeats
    root: Any = None
    documents = 0
    get_event = parser.get_event
    scalar_event, alias_event = ev.ScalarEvent, ev.AliasEvent
    map_start, seq_start = ev.MappingStartEvent, ev.SequenceStartEvent
    map_end, seq_end = ev.MappingEndEvent, ev.SequenceEndEvent
    words, number_start = _PLAIN_WORDS, _NUMBER_START
    curly, curly_close = _CURLY_OPEN, _CURLY_CLOSE

    # Events are told apart by their class (`cls is ...`: the fastest test, but one a type
    # checker cannot narrow on), so within this loop an event is of any event type.
    event: Any
    while True:
        event = get_event()
        cls = event.__class__

        if cls is scalar_event:
            value = event.value
            tag = event.tag
            try:
                if tag is None:
                    if not event.implicit[0]:
                        pass  # quoted: text as written
                    elif value in words:
                        value = _resolve_plain(value)
                    elif value[0] in number_start:
                        value = _resolve_number(value)
                    elif value[0] in curly and value[-1] in curly_close and len(value) > 1:
                        raise _in_curly_quotes(value, parent)
                elif event.implicit[0] and tag == "!":
                    value = _resolve_plain(value)
                else:
                    value = _resolve_tagged(tag, value)
            except _Ambiguous as amb:  # noted; the text is kept so reading can go on
                if as_pyyaml and tag is None and event.implicit[0] and (
                        read := _pyyaml_value(value)) is not _UNREAD:
                    value = read
                elif not (words_as_text and value in _YAML11_BOOLS
                          and _at(stack, words_as_text)):
                    soft.append(_problem_at(event, codes.AMBIGUOUS_VALUE, amb.message,
                                            amb.hint))
            if comments is not None:
                if event.style in ('"', "'") and any(
                        line in comments.hashes
                        for line in range(event.start_mark.line, event.end_mark.line + 1)):
                    comments.in_quotes(event)
                if event.end_mark.line in comments.hashes:
                    comments.check(event, soft)
            total += 1
            chars += len(event.value)
            if total > max_values or chars > max_chars:
                raise _too_many(event, limits, chars > max_chars, bool(anchors))
            if value.__class__ is str and len(value) <= _SHARED_TEXT:
                value = intern(value)
            if event.anchor is not None:
                anchors[event.anchor] = (value, 1, len(event.value))
                if not as_pyyaml:  # another tool's file may name values it does not repeat
                    _anchor_defined(unused, _Anchor(event, value, stack), soft)
            weight = 1
            is_scalar = True

        elif cls is map_start or cls is seq_start:
            tag = event.tag
            if tag is not None and tag not in _COLLECTION_TAGS:
                raise _problem_at(
                    event, codes.AMBIGUOUS_VALUE,
                    _("The tag `{tag}` is not allowed here.", tag=_short_tag(tag)),
                    _("Remove the tag: KPI files hold plain text, numbers, lists and fields "
                      "only."),
                )
            if len(stack) >= max_depth:
                raise _problem_at(
                    event, codes.TOO_LARGE,
                    _("The values are nested more than {max_depth} levels deep.",
                      max_depth=max_depth),
                    _("KPI files need only a few levels; flatten the structure."),
                )
            if parent is not None and parent.is_map and parent.key is _NO_KEY:
                raise _problem_at(event, codes.FIELD_NAME_NOT_TEXT,
                                  _("A field name must be plain text, not a list or a group of "
                                    "fields."),
                                  _("Write the field name as a single word, followed by a colon."))
            path: FieldPath = ()
            if positions is not None and parent is not None:
                if parent.is_map:
                    path = parent.path + (parent.key,)
                else:
                    path = parent.path + (len(parent.value),)
                    positions[path] = _mark(event)
            is_map = cls is map_start
            parent = _Open({} if is_map else [], event.anchor, path, is_map,
                           bool(event.flow_style))
            stack.append(parent)
            if comments is not None and parent.flow:
                parent.start = event.start_mark
            if event.anchor is not None:
                open_anchors.add(event.anchor)
                parent.chars_before = chars
                if not as_pyyaml:
                    _anchor_defined(unused, _Anchor(event, None, stack[:-1]), soft)
            total += 1
            if total > max_values:
                raise _too_many(event, limits, repeated=bool(anchors))
            continue

        elif cls is map_end or cls is seq_end:
            done = stack.pop()
            parent = stack[-1] if stack else None
            if done.start is not None and comments is not None and (
                    done.start.line < event.end_mark.line):
                comments.hidden_items(done.start, event.end_mark, soft)
            if done.is_map and done.key_event is not None and done.key is not _NO_KEY:
                raise _problem_at(done.key_event, codes.FIELD_WITHOUT_VALUE,
                                  _("This field has no value."))
            value, weight, is_scalar = done.value, done.weight, False
            if done.merged is not None:
                value = _merge(done.merged, value, event)
            if done.anchor is not None:
                open_anchors.discard(done.anchor)
                anchors[done.anchor] = (value, weight, chars - done.chars_before)
            event = None  # positions of collections were taken at their start
            if parent is None:
                root = value
                continue

        elif cls is alias_event:
            if event.anchor in open_anchors:
                raise _problem_at(event, codes.BAD_ALIAS,
                                  _("The alias `*{anchor}` refers to a value that "
                                    "contains it, which never ends.", anchor=event.anchor),
                                  _("Remove the alias or copy the value out."))
            if event.anchor not in anchors:
                raise _problem_at(event, codes.BAD_ALIAS,
                                  _("The alias `*{anchor}` refers to no anchor "
                                    "`&{anchor}` above it.", anchor=event.anchor),
                                  _("If `*{anchor}` is text, put it in quotes: \"*{anchor}\". "
                                    "Otherwise define the anchor first, or write the value "
                                    "out.", anchor=event.anchor))
            value, weight, repeated = anchors[event.anchor]
            unused.pop(event.anchor, None)
            is_scalar = not isinstance(value, (dict, list))
            total += weight
            chars += repeated
            if total > max_values or chars > max_chars:
                raise _too_many(event, limits, chars > max_chars)

        elif cls is ev.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _problem_at(
                    event, codes.SEVERAL_DOCUMENTS, _("The file holds more than one YAML "
                                                      "document."),
                    _("Keep one KPI per file: remove the `---` line and what follows it, or "
                      "move it to a file of its own."),
                )
            continue
        elif cls is ev.StreamEndEvent:
            if unused:
                soft.extend(anchor.problem() for anchor in unused.values())
                soft.sort(key=lambda problem: (problem.line, problem.column))
            return root
        else:  # StreamStart, DocumentEnd
            continue

        # The value is complete: it goes into its parent.
        if parent is None:
            root = value
            continue
        parent.weight += weight
        if not parent.is_map:  # a sequence item
            if positions is not None and event is not None:
                positions[parent.path + (len(parent.value),)] = _mark(event)
            parent.value.append(value)
        elif parent.key is _NO_KEY:  # a key arrives
            if is_scalar and value.__class__ is str and value != "<<":
                seen = parent.key_marks
                if value in seen:
                    if not as_pyyaml:  # PyYAML keeps the last one, and says nothing
                        soft.append(_duplicate(event, value, seen[value]))
                else:
                    seen[value] = event.start_mark
            elif as_pyyaml and value == "<<" and event.__class__ is scalar_event and \
                    event.implicit[0]:
                value = _MERGE  # PyYAML's merge key: its value's fields join the mapping's
            elif not (as_pyyaml and is_scalar and (value is None or value.__class__ in (
                    bool, int, float))):  # PyYAML's keys `on:` (True), `1:`, `null:`
                _check_key(event, value, is_scalar, parent)
            parent.key, parent.key_event = value, event
            if positions is not None:
                positions[parent.path + (value,)] = _mark(event)
        else:
            if value is None and parent.flow and parent.key.__class__ is str:
                _no_split_number(parent)  # `{value: 24,5%}`: `5%` is a field with no value
            if parent.key is _MERGE:
                parent.merged = (parent.merged or []) + _to_merge(value, parent)
            else:
                parent.value[parent.key] = value
            parent.key = _NO_KEY


_MERGE = object()
"""The merge key `<<` of another tool's file, as PyYAML reads it."""


def _to_merge(value: Any, parent: _Open) -> list[dict[Any, Any]]:
    """The mappings a merge key's value gives (one, or a list of them); PyYAML refuses
    anything else."""
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list) and all(isinstance(item, dict) for item in value):
        return value
    assert parent.key_event is not None
    raise _problem_at(parent.key_event, codes.FIELD_NAME_NOT_TEXT,
                      _("The merge key `<<` takes a group of fields or a list of them."),
                      _("Give `<<` an alias of a group of fields (`<<: *base`)."))


def _merge(merged: list[dict[Any, Any]], own: dict[Any, Any], event: Any) -> dict[Any, Any]:
    """A mapping with the fields its merge keys give, as PyYAML builds it: theirs first, then
    its own, which win over them. Two merged mappings that give a field different values are
    refused: which one wins changed between PyYAML's versions (the first in older ones, the
    last in 6.0.4, or the first again for a one-letter field), so what dbt reads cannot be
    known."""
    result: dict[Any, Any] = {}
    for fields in merged:
        for key, value in fields.items():
            if key in result and key not in own and result[key] != value:
                raise _problem_at(event, codes.FIELD_NAME_NOT_TEXT,
                                  _("Two merge keys (`<<`) give the field `{key}` different "
                                    "values; which one wins differs between PyYAML versions.",
                                    key=shown(str(key))),
                                  _("Write the field `{key}` itself, beside the merge keys.",
                                    key=shown(str(key))))
            result.setdefault(key, value)
    result.update(own)
    return result


class _Anchor:
    """An anchor (`&name`) where it is defined: an error unless an alias repeats it.

    A KPI file has no use for an anchor that nothing repeats, and one is mostly text that
    YAML read otherwise: `owner: &Co Finance` is the owner `Finance` and an anchor `Co`.
    """

    __slots__ = ("event", "value", "field")

    def __init__(self, event: Any, value: Any, stack: list[_Open]):
        self.event = event
        self.value = value  # a scalar's value; None for a list or a group of fields
        parent = stack[-1] if stack else None
        self.field = (parent.key if parent is not None and parent.is_map
                      and isinstance(parent.key, str) else None)

    def problem(self) -> YamlProblem:
        event, anchor, field = self.event, self.event.anchor, self.field
        if not isinstance(event, ev.ScalarEvent) or not event.implicit[0]:
            return _problem_at(event, codes.BAD_ALIAS,
                               _("The anchor `&{anchor}` names this value so that `*{anchor}` "
                                 "can repeat it elsewhere, but nothing repeats it.",
                                 anchor=anchor),
                               _("Remove `&{anchor}`: the catalog's files need no anchors.",
                                 anchor=anchor))
        written = f"&{anchor} {event.value}" if event.value else f"&{anchor}"
        line = f'{field}: "{written}"' if field is not None else f'- "{written}"'
        message = (_("`&{anchor}` at the start of this value is read as an anchor (a name "
                     "for repeating the value elsewhere), not as text: the value is "
                     "`{value}`, and nothing repeats it.", anchor=anchor,
                     value=shown(event.value))
                   if event.value else
                   _("`&{anchor}` is read as an anchor (a name for repeating a value "
                     "elsewhere), not as text: the value is empty, and nothing repeats it.",
                     anchor=anchor))
        hint = _("If `&{anchor}` is part of the text, put the whole value in quotes: {line}. "
                 "Otherwise remove `&{anchor}`.", anchor=anchor, line=shown(line, 60))
        return _problem_at(event, codes.BAD_ALIAS, message, hint)


def _anchor_defined(unused: dict[str, _Anchor], anchor: _Anchor,
                    soft: list[YamlProblem]) -> None:
    """Note a new anchor; one of the same name that nothing repeated is reported now (the
    new one hides it from every alias below)."""
    earlier = unused.get(anchor.event.anchor)
    if earlier is not None:
        soft.append(earlier.problem())
    unused[anchor.event.anchor] = anchor


def _at(stack: list[_Open], paths: frozenset[tuple[str, ...]]) -> bool:
    """Whether the value arriving now is a field's value at one of ``paths`` (``*``: any)."""
    if not stack or not stack[-1].is_map or stack[-1].key is _NO_KEY:
        return False  # an item of a list, or a field name
    keys = [open_.key if open_.is_map else "*" for open_ in stack]
    return any(len(path) == len(keys)
               and all(p in ("*", k) for p, k in zip(path, keys, strict=True))
               for path in paths)


def _check_key(event: ev.NodeEvent, key: Any, is_scalar: bool, parent: _Open) -> None:
    """The unusual keys: not text, a merge key, or `<<` written in quotes."""
    if isinstance(event, ev.ScalarEvent) and event.implicit[0] and _split_number(
            event.value, parent):
        line, column = _mark(event)
        raise _SplitNumber(line, column, next(reversed(parent.value)), event.value)
    if not is_scalar or not isinstance(key, str):
        if isinstance(event, ev.ScalarEvent):
            written = shown(event.value)
            message = (
                _("The field name `{written}` is read as true/false, not as text.",
                  written=written) if isinstance(key, bool) else
                _("The field name `{written}` is read as a number, not as text.",
                  written=written) if isinstance(key, (int, float)) else
                _("The field name `{written}` is read as empty (null), not as text.",
                  written=written))
            raise _problem_at(event, codes.FIELD_NAME_NOT_TEXT, message,
                              _('Put the name in quotes: "{written}".', written=written))
        raise _problem_at(event, codes.FIELD_NAME_NOT_TEXT,
                          _("The alias `*{anchor}` is not plain text and cannot be a field "
                            "name.", anchor=event.anchor),
                          _("Write the field name out as text."))
    if key == "<<" and getattr(event, "implicit", (False,))[0]:
        raise _problem_at(event, codes.FIELD_NAME_NOT_TEXT,
                          _("Merge keys (`<<`) are not supported."),
                          _("Write the fields out in full."))
    if key in parent.key_marks:
        raise _duplicate(event, key, parent.key_marks[key])
    if event.start_mark is not None:
        parent.key_marks[key] = event.start_mark


def _split_number(written: str, parent: _Open) -> bool:
    """`{value: 99,72}`, `{value: 1,250}`, `{value: 24,5%}`: in `{...}` the comma in a
    number splits it into a number and a field named by the digits after the comma; so too
    in `{value: −1,5}` (Word's minus) and `{value: (1,250)}` (brackets: a negative amount),
    whose first part is text."""
    if not (parent.flow and parent.is_map and parent.value
            and _NUMBER_AFTER.fullmatch(written) is not None):
        return False
    before = next(reversed(parent.value.values()))
    if (written[-1:] == ")") != (type(before) is str and before[:1] == "("):
        return False  # a closing bracket only after an opening one
    return type(before) in (int, float) or (
        type(before) is str and _SPLIT_TEXT.fullmatch(before) is not None)


def _no_split_number(parent: _Open) -> None:
    key_event = parent.key_event
    if (isinstance(key_event, ev.ScalarEvent) and key_event.implicit[0]
            and _split_number(key_event.value, parent)):
        line, column = _mark(key_event)
        raise _SplitNumber(line, column, next(reversed(parent.value)), key_event.value,
                           is_text=True)


class _SplitNumber(YamlProblem):
    """A number split at its comma in `{...}`; said with the number as written on its line,
    which only the text shows (:meth:`said`)."""

    def __init__(self, line: int, column: int, field: str, key: str, is_text: bool = False):
        super().__init__(line, column, codes.FIELD_NAME_NOT_TEXT, "")
        self.field, self.key, self.is_text = field, key, is_text

    def said(self, text: str) -> YamlProblem:
        line = _line_at(text, self.line - 1)
        near = max(0, self.column - 1 - _NEAR)  # a number is short; a line may not be
        before = _NUMBER_BEFORE.search(line, near, self.column - 1)
        after = _NUMBER_AFTER.match(line, self.column - 1, self.column - 1 + _NEAR)
        start = before.start() if before is not None else self.column - 1
        end = after.end() if after is not None else self.column - 1
        if before is None or line[end:].lstrip(" ")[:1] == ":":  # `{value: 1, 2026: 3}`
            found = (YamlProblem(self.line, self.column, codes.FIELD_WITHOUT_VALUE,
                                 _("This field has no value."))
                     if self.is_text else
                     YamlProblem(self.line, self.column, self.code,
                                 _("The field name `{written}` is read as a number, not as "
                                   "text.", written=shown(self.key)),
                                 _('Put the name in quotes: "{written}".', written=self.key)))
            found.also = self.also
            return found
        written = line[start:end]
        meant = written_number(written)
        found = YamlProblem(
            self.line, start + 1, self.code,
            _("`{written}` is not read as one number: in `{{...}}` a comma separates fields, "
              "so it is read as a number and a field named `{key}`.", written=shown(written),
              key=shown(self.key)),
            number_hint(meant, self.field) if meant is not None else
            _("Write numbers with a decimal point and no thousands separators, e.g. 1234.56."))
        found.also = self.also
        return found


# The number before the comma that split it, and what follows the comma, on its line.
_NUMBER_BEFORE = re.compile(r"\(?[-+\u2212]?[0-9][0-9.,'\u00a0\u202f\u2019 ]*,\Z")
_NEAR = 40
_NUMBER_AFTER = re.compile(r"[0-9]+(?:[,.'\u00a0\u202f\u2019 ][0-9]+)*(?:[ \u00a0]?%)?\)?")
_SPLIT_TEXT = re.compile(r"\u2212[0-9]+|\([-\u2212]?[0-9]+")  # `−1` of `−1,5`, `(1` of `(1,250)`


def _duplicate(event: ev.Event, key: str, first_mark: _Mark) -> YamlProblem:
    return _problem_at(event, codes.DUPLICATE_FIELD,
                       _("The field `{key}` appears twice in the same place (first on line "
                         "{line}).", key=shown(key), line=first_mark.line + 1),
                       _("Keep one of the two: YAML would silently drop the first."))


def _too_many(event: ev.Event, limits: Limits, text: bool = False,
              repeated: bool = True) -> YamlProblem:
    if not repeated:  # no alias: the values are all written out
        return _problem_at(event, codes.TOO_LARGE,
                           _("The file holds more than {count} values.",
                             count=count_text(limits.max_values)),
                           _("Split it, or remove what is not needed."))
    if text:
        return _problem_at(event, codes.TOO_LARGE,
                           _("The document expands to more than {count} characters of text "
                             "(an alias counts as the text it repeats).",
                             count=count_text(limits.max_chars)),
                           _("Write the values out instead of repeating anchors."))
    return _problem_at(event, codes.TOO_LARGE,
                       _("The document expands to more than {count} values (aliases are "
                         "counted each time they are used).",
                         count=count_text(limits.max_values)),
                       _("Write the values out instead of repeating anchors."))


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str) -> YamlProblem:
    conflict = _CONFLICT.search(text)
    if conflict is not None:  # markers start a line, so they always break the YAML
        line, _column = _line_col(text, conflict.start())
        return YamlProblem(
            line, 1, codes.YAML_SYNTAX,
            _("Line {line} is a mark that git leaves where two changes to this file met (a "
              "merge conflict): `{mark}`.", line=line,
              mark=shown(_rest_of_line(text, _Place(line - 1, 0)))),
            _("Keep the lines you want between `<<<<<<<`, `=======` and `>>>>>>>`, and delete "
              "those three mark lines."))
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = (exc.problem or exc.context or "invalid YAML").strip()
    if "maximum nesting depth" in problem:  # libyaml's own bound, above ours for block nesting
        return YamlProblem(line, column, codes.TOO_LARGE, _("The values are nested too deeply."),
                           _("KPI files need only a few levels; flatten the structure."))
    if mark is not None:
        left_open = _quote_left_open(exc, text, mark)
        if left_open is not None:
            return left_open
    if mark is not None:
        odd_indent = _odd_spaces_indenting(text, mark)
        if odd_indent is not None:
            return odd_indent
        nameless = _nameless_field(text, mark)
        if nameless is not None:
            return nameless
    if mark is not None and not _tab_at(text, mark):
        colonless = _colonless_field(text, mark.line)
        if colonless is not None:
            return colonless
        misplaced = _indentation_problem(text, mark.line) or _item_among_fields(exc, text, mark)
        if misplaced is not None:
            return misplaced
    key = exc.context_mark
    if problem == "could not find expected ':'" and key is not None and (
            exc.context == "while scanning a simple key"):  # a line with no colon in it
        return (_quote_before_field(text, key, mark) if mark is not None else None) or (
            _no_colon(key.line, key.column, _rest_of_line(text, key)))
    if mark is not None:
        plain = _common_mistake(exc, text, mark)
        if plain is not None:
            return plain
    hint = _("Check the indentation, quotes and colons on this line and the line above.")
    if "\\t" in problem or "tab" in problem or _tab_at(text, mark):
        hint = _("Indent with spaces, not tabs.")
    elif "mapping values are not allowed" in problem:
        hint = _('Put text that contains ": " in quotes.')
    elif "found undefined alias" in problem:
        hint = _("Define the anchor first, or write the value out.")
    elif (mark is not None and "cannot start any token" in problem
          and _char_at(text, mark) in _RESERVED):
        hint = _('A value starting with "{char}" must be in quotes: "{line}".',
                 char=_char_at(text, mark), line=shown(_rest_of_line(text, mark)))
    return YamlProblem(line, column, codes.YAML_SYNTAX,
                       _("This is not valid YAML: {problem}.", problem=translated(problem)), hint)


def _common_mistake(exc: yaml.MarkedYAMLError, text: str, mark: _Mark) -> YamlProblem | None:
    """The mistakes people make most, said plainly with the line to write, in place of the
    parser's words: a tab, a colon inside a value, a value starting with @, ` or %, text
    on the line of `|` or `>` (a block's, or a value starting with it), a list
    item on its field's line, a bracket left open or closing nothing. A fix is offered only
    when the file, so changed, reads past the place of the error."""
    problem = exc.problem or ""
    lines = _LINE_BREAK.split(text)
    if mark.line >= len(lines):
        return None
    line = lines[mark.line]
    indentation = line[:len(line) - len(line.lstrip(" \t"))]
    if "\t" in indentation:
        return YamlProblem(mark.line + 1, indentation.index("\t") + 1, codes.YAML_SYNTAX,
                           _("This line has a tab in its indentation; YAML indents with "
                             "spaces only."),
                           _("Replace the tab with spaces, as many as the lines of its group "
                             "start with."))
    if "mapping values are not allowed" in problem:
        return _colon_in_value(lines, mark)
    if _char_at(text, mark) in ("?", "-"):
        lone = _lone_indicator(lines, mark)
        if lone is not None:
            return lone
    if exc.context_mark is not None and (problem in _ESCAPE_PROBLEMS
                                         or problem.startswith("expected escape sequence")):
        escape = _unknown_escape(lines, exc.context_mark)
        if escape is not None:
            return escape
    if problem == "found invalid Unicode character escape code":
        escape = _no_character(lines, mark)
        if escape is not None:
            return escape
    if "cannot start any token" in problem and _char_at(text, mark) in _RESERVED:
        return _reserved_start(lines, mark)
    if "block sequence entries are not allowed" in problem:
        field = _FIELD_LINE.fullmatch(line.rstrip())
        if field is not None and field.group(3).startswith("- "):
            return YamlProblem(
                mark.line + 1, mark.column + 1, codes.YAML_SYNTAX,
                _("A list item cannot start on the line of its field `{field}`.",
                  field=field.group(2)),
                _('Write `{field}:` alone, then each item on a line of its own below it, '
                  'indented, starting with "- ".', field=field.group(2)))
    if problem == "did not find expected key":
        closed_early = _closed_early(lines, mark)
        if closed_early is not None:
            return closed_early
    if "expected comment or line break" in problem:
        field = _FIELD_LINE.fullmatch(line.rstrip())
        if field is not None and field.group(3)[:1] in ("|", ">"):
            return _text_after_block_indicator(lines, mark, field)
    opened = exc.context_mark
    if problem.startswith("did not find expected ','") and opened is not None:
        return _left_open(lines, opened, mark, "]" if "]" in problem else "}")
    if problem == "did not find expected node content" and exc.context == (
            "while parsing a flow node"):  # `[pipeline, #leads]`: a `#` hid the `]`
        bracket = _open_bracket(text, mark)
        if bracket is not None:
            return _hidden_by_comment(lines, bracket[0], mark, bracket[1])
    if problem == "did not find expected key" and _char_at(text, mark) in ("]", "}"):
        char = _char_at(text, mark)
        fixed = line[:mark.column] + line[mark.column + 1:]
        if _reads_past(lines, mark.line, fixed):
            return YamlProblem(mark.line + 1, mark.column + 1, codes.YAML_SYNTAX,
                               _('This "{char}" closes nothing: no "{opening}" is open before '
                                 'it.', char=char, opening="[" if char == "]" else "{"),
                               _("Remove it: {line}", line=shown(fixed.strip(), 60)))
    return None


# `name: Ratio: A/B`, `  - note: text`: a field's indentation, name and value (no comment)
_FIELD_LINE = re.compile(r"(\s*(?:- )?)([^\s:#'\"{}\[\],&*!|>%@`-][^:#]*?): +(.*?)(\s+#.*)?")


# `|`, `>-`, `|2`: what starts a text written on the lines below (a block)
_BLOCK_HEADER = re.compile(r"[|>](?:[-+][1-9]?|[1-9][-+]?)?")


def _text_after_block_indicator(lines: list[str], mark: _Mark,
                                field: re.Match[str]) -> YamlProblem | None:
    """`owner: | Marketing lead`: the text after `|` or `>` starts on the line below;
    `owner: |Marketing lead`: a text starting with "|" or ">" (quoted, or a block)."""
    value = field.group(3)
    header = _BLOCK_HEADER.match(value)
    if header is None:
        return None
    indicator, rest = value[:header.end()], value[header.end():]
    text = rest.strip()
    block = (f"{field.group(1)}{field.group(2)}: {indicator}\n"
             f"{' ' * (len(field.group(1)) + 2)}{text}")
    as_block = bool(text) and _reads_past(lines, mark.line, block, mark.line)
    if rest[:1] == " ":
        if not as_block:
            return None
        return YamlProblem(
            mark.line + 1, mark.column + 1, codes.YAML_SYNTAX,
            _("After `{indicator}` the text starts on the next line, not on the line "
              "of `{field}`.", indicator=indicator, field=field.group(2)),
            _("Put `{text}` on the line below, indented further than `{field}`.",
              text=shown(text), field=field.group(2)))
    quoted = (field.group(1) + field.group(2) + ": " + _quoted(value)
              + (field.group(4) or ""))
    if not _reads_past(lines, mark.line, quoted):
        return None
    line = shown(quoted.strip(), 60)
    return YamlProblem(
        mark.line + 1, field.start(3) + 1, codes.YAML_SYNTAX,
        _('A value cannot start with "{char}" unless it is in quotes.', char=value[0]),
        _('Put the text in quotes: `{line}`. Or, if "{indicator}" starts a text on the lines '
          "below, write `{field}: {indicator}` alone and `{text}` on the line below it, "
          "indented further than `{field}`.", line=line, indicator=indicator,
          field=field.group(2), text=shown(text)) if as_block else
        _("Put the text in quotes: {line}", line=line))


def _reads_past(lines: list[str], index: int, fixed: str, past: int | None = None) -> bool:
    """Whether the file with line ``index`` written as ``fixed`` reads past line ``past``
    (that line itself, unless told)."""
    stopped = _first_error_line("\n".join([*lines[:index], fixed, *lines[index + 1:]]))
    return stopped is None or stopped > (index if past is None else past)


def _quoted(value: str) -> str:
    if '"' not in value and "\\" not in value:
        return f'"{value}"'
    if "'" not in value:
        return f"'{value}'"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _lone_indicator(lines: list[str], mark: _Mark) -> YamlProblem | None:
    """`owner: ?`, `owner: -`, `{value: ?}`: a placeholder for a value not known yet, which
    YAML reads as the start of a field name (`?`) or of a list item (`-`)."""
    line = lines[mark.line]
    char, after = line[mark.column:mark.column + 1], line[mark.column + 1:]
    if (char not in ("?", "-") or after.strip()[:1] not in ("", "#", ",", "}", "]")
            or after[:1] not in ("", " ", "\t", ",", "}", "]")):
        return None
    fixed = line[:mark.column] + f'"{char}"' + after
    if not _reads_past(lines, mark.line, fixed):
        return None
    return YamlProblem(
        mark.line + 1, mark.column + 1, codes.YAML_SYNTAX,
        _('A value cannot be "{char}" alone: YAML reads it as the start of a field name.',
          char=char) if char == "?" else
        _('A value cannot be "{char}" alone: YAML reads it as the start of a list item.',
          char=char),
        _('Put it in quotes, {line}, or leave the value out until it is known.',
          line=shown(fixed.strip(), 60)))


_ESCAPES = frozenset('0abt\tnvfre "/\\N_LPxuU')  # what may follow a backslash in "..."
_HEX_DIGITS = {"x": 2, "u": 4, "U": 8}  # `\x41`, `\u00e9`, `\U0001F600`: a character's code
_HEX = frozenset("0123456789abcdefABCDEF")
# What libyaml says of `\R` and of `\Users` (a `\U` without its 8 hex digits).
_ESCAPE_PROBLEMS = ("found unknown escape character", "did not find expected hexdecimal number")


def _valid_escape(line: str, at: int) -> bool:
    """Whether what follows a backslash at ``at - 1`` of ``line`` is an escape of "..."."""
    char = line[at:at + 1]
    digits = _HEX_DIGITS.get(char, 0)
    return char in _ESCAPES and all(c in _HEX for c in line[at + 1:at + 1 + digits]) and (
        len(line[at + 1:at + 1 + digits]) == digits)


def _unknown_escape(lines: list[str], opened: _Mark) -> YamlProblem | None:
    """`data_source: "C:\\Reports\\margin.xlsx"`: in double quotes a backslash starts an
    escape (`\\n`, a line break), and `\\R` is none; in single quotes it is plain text."""
    line = lines[opened.line] if opened.line < len(lines) else ""
    start = opened.column
    if line[start:start + 1] != '"':
        return None
    end, escape = start + 1, None
    while end < len(line) and line[end] != '"':
        if line[end] == "\\":
            if escape is None and not _valid_escape(line, end + 1):
                escape = end
            end += 1
        end += 1
    if escape is None or end >= len(line):
        return None
    inner = line[start + 1:end]
    fixed = line[:start] + "'" + inner.replace("'", "''") + "'" + line[end + 1:]
    if not _reads_past(lines, opened.line, fixed):
        return None
    return YamlProblem(
        opened.line + 1, escape + 1, codes.YAML_SYNTAX,
        _('In double quotes a backslash starts a special character (`\\n` is a line break), '
          'and `{escape}` is none.', escape=line[escape:escape + 2]),
        _("Put the text in single quotes, where a backslash is plain text: {line}",
          line=shown(fixed.strip(), 60)))


_CODE_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))")
_HALVES = re.compile(r"\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})")


def _no_character(lines: list[str], mark: _Mark) -> YamlProblem | None:
    """`"\\ud83d\\ude80"`: a character's code that is none, where libyaml stops (``mark``,
    two characters after the backslash): half of a character beyond U+FFFF as JSON and
    JavaScript write one (a surrogate: YAML writes it whole, `\\U0001F680`), or a code past
    Unicode's last."""
    line = lines[mark.line]
    at = mark.column - 2
    escape = _CODE_ESCAPE.match(line, at)
    if at < 0 or escape is None:
        return None
    halves = _HALVES.match(line, at)
    if halves is not None:
        high, low = (int(half, 16) for half in halves.groups())
        code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        return YamlProblem(
            mark.line + 1, at + 1, codes.YAML_SYNTAX,
            _("`{escape}` is one character written in two halves, as JSON writes a character "
              "beyond U+FFFF; YAML writes it whole.", escape=halves.group()),
            _("Write `\\U{code:08X}` instead, or the character itself: {character}",
              code=code, character=chr(code)) if chr(code).isprintable()
            else _("Write `\\U{code:08X}` instead.", code=code))
    code = int(escape.group(1) or escape.group(2), 16)
    if 0xD800 <= code <= 0xDFFF:
        message = _("`{escape}` is half of a character (a surrogate), which YAML text cannot "
                    "hold.", escape=escape.group())
    else:
        message = _("`{escape}`: no character has this code (the last is 10FFFF).",
                    escape=escape.group())
    return YamlProblem(mark.line + 1, at + 1, codes.YAML_SYNTAX, message,
                       _("Delete it, or write the character itself, or its code as `\\U` and "
                         "eight hex digits (`\\U0001F680` is a rocket)."))


# The escapes of "..." that make a control character: a path's `\new` and `\table` are a
# line break and a tab (`\x..`, `\u....` are left out: no path has one by mistake).
_CONTROL_ESCAPE = re.compile(r"\\[0abtnvfreNLP\t]|\\\\")  # `\\\\`: one backslash, skipped
# A Windows path: a drive (`C:\`), a share (`\\server`), `.\`, or a file name with an
# extension after the last backslash (`Reports\leads.xlsx`).
_WINDOWS_PATH = re.compile(r"\A\s*(?:[A-Za-z]:\\|\\\\|\.{1,2}\\)|\\[^\\]+\.[A-Za-z0-9]{1,5}\s*\Z")
_ESCAPED = {"n": N_("a line break"), "t": N_("a tab"), "\t": N_("a tab"),
            "": N_("an invisible control character")}
_DOUBLE_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')


def escapes_in_quotes(text: str, line: int, column: int) -> tuple[int, str, str] | None:
    """`data_source: "C:\\new\\table.xlsx"` reads, as a line break and a tab in a value meant
    to be one line: the column of its first such backslash (1-based), the message and the
    hint for the value in double quotes that starts on ``line`` (1-based) after ``column``,
    when its escapes made those characters."""
    current = _line_at(text, line - 1)
    quoted = _DOUBLE_QUOTED.search(current, max(column - 1, 0))
    if quoted is None:
        return None
    raw = quoted.group(1)
    if _WINDOWS_PATH.search(raw) is None:  # `"per month\n\n..."`: a line break meant
        return None
    found = [escape for escape in _CONTROL_ESCAPE.finditer(raw) if escape.group() != "\\\\"]
    if not found:
        return None
    escapes = list(dict.fromkeys(escape.group() for escape in found))
    fixed = (current[:quoted.start()] + "'" + raw.replace("'", "''") + "'"
             + current[quoted.end():]).strip()
    read = "; ".join(_("`{escape}` is read as {what}", escape=escape,
                       what=_(_ESCAPED.get(escape[1], _ESCAPED[""]))) for escape in escapes[:3])
    return (quoted.start(1) + found[0].start() + 1,
            _("This path is in double quotes, where a backslash starts a special character, "
              "so `{written}` does not hold the path written: {read}.", written=shown(raw),
              read=read),
            _("Put it in single quotes, where a backslash is plain text: {line}. Or write it "
              "with forward slashes: {path}.", line=shown(fixed, 60),
              path=shown(raw.replace("\\", "/"), 60)))


# `[24,5]`: two numbers with a comma and no space between them, alone in brackets
_PAIR_IN_BRACKETS = re.compile(r"\[[ \t]*([-+]?[0-9]+,[0-9]+)[ \t]*\]")


def number_in_brackets(text: str, line: int, column: int, name: str
                       ) -> tuple[int, str, str] | None:
    """`value: [24,5]` reads as a list of two numbers, 24 and 5, where a decimal comma was
    meant: the column of its `[`, the message and the hint, for the field ``name`` that holds
    one number and whose value in brackets starts on ``line`` (1-based) after ``column``.
    ``None`` for `[24, 5]`: with a space after the comma, the list is written as one."""
    current = _line_at(text, line - 1)
    pair = _PAIR_IN_BRACKETS.search(current, max(column - 1, 0))
    if pair is None:
        return None
    meant = written_number(pair.group(1))
    if meant is None:
        return None
    first, second = pair.group(1).split(",")
    return (pair.start() + 1,
            _("`{written}` is read as a list of two numbers, {first} and {second}: in `[...]` "
              "a comma separates items, and `{name}` holds one number.",
              written=shown(pair.group()), first=first, second=second, name=name),
            number_hint(meant, name))


def _colon_in_value(lines: list[str], mark: _Mark) -> YamlProblem | None:
    """`name: Ratio: A/B`: the value's own colon reads as the start of another field."""
    field = _FIELD_LINE.fullmatch(lines[mark.line].rstrip())
    if field is None or mark.column < field.start(3):
        return None
    value = field.group(3)
    curly = value[:1] in _CURLY_OPEN and value[-1:] in _CURLY_CLOSE and len(value) > 1
    fixed = (field.group(1) + field.group(2) + ": " + _quoted(value[1:-1] if curly else value)
             + (field.group(4) or ""))
    if not _reads_past(lines, mark.line, fixed):
        return None
    return YamlProblem(mark.line + 1, mark.column + 1, codes.YAML_SYNTAX,
                       _('The value of `{field}` has a colon and a space (": ") in it, which '
                         "YAML reads as the start of another field.", field=field.group(2)),
                       _("Put the text in straight quotes: {line} (YAML takes {opening} and "
                         "{closing} for part of the text, not for quotes).",
                         line=shown(fixed.strip(), 60), opening=value[0],
                         closing=value[-1]) if curly else
                       _("Put the text in quotes: {line}", line=shown(fixed.strip(), 60)))


# “ ‘ „ ‚ « ‹ (Word's, Excel's quotes; German and French ones), » › as Danish opens, and
# ” ’ where Word turned an opening quote the wrong way
_CURLY_OPEN = frozenset("\u201c\u2018\u201e\u201a\u00ab\u2039\u00bb\u203a\u201d\u2019")
_CURLY_CLOSE = frozenset("\u201d\u2019\u201c\u2018\u00bb\u203a\u00ab\u2039")


def _closed_early(lines: list[str], mark: _Mark) -> YamlProblem | None:
    """`name: 'Gross margin's share'`: the quote inside the text closes the value, and the
    rest of the text follows where the parser wants the next field."""
    field = _FIELD_LINE.fullmatch(lines[mark.line].rstrip())
    if field is None:
        return None
    value = field.group(3) + (field.group(4) or "")  # a `#` inside quotes is no comment
    quote = value[:1]
    inner = value[1:-1]
    if quote not in ("'", '"') or value[-1:] != quote or quote not in inner:
        return None
    other = '"' if quote == "'" else "'"
    requoted = (other + inner + other if other not in inner else
                "'" + inner.replace("'", "''") + "'" if quote == "'" else
                '"' + inner.replace("\\", "\\\\").replace('"', '\\"') + '"')
    fixed = field.group(1) + field.group(2) + ": " + requoted
    if not _reads_past(lines, mark.line, fixed):
        return None
    closing = field.start(3) + 1 + inner.index(quote)  # the quote that closes too early
    return YamlProblem(mark.line + 1, closing + 1, codes.YAML_SYNTAX,
                       _("The {quote} inside the text closes the quotes around the value of "
                         "`{field}` early.", quote=quote, field=field.group(2)),
                       _("Put the text in the other kind of quotes: {line}",
                         line=shown(fixed.strip(), 60)) if other not in inner else
                       _("Write it so: {line}", line=shown(fixed.strip(), 60)))


def _quote_before_field(text: str, key: _Mark, mark: _Mark) -> YamlProblem | None:
    """`"owner: Finance Controller`: a quote before the field's name, never closed, makes
    the lines below it one text, and no field."""
    lines = _LINE_BREAK.split(text)
    line = lines[key.line] if key.line < len(lines) else ""
    if line[key.column: key.column + 1] not in ("'", '"') or ":" not in line:
        return None
    fixed = line[:key.column] + line[key.column + 1:]
    if not _reads_past(lines, key.line, fixed, mark.line):
        return None
    return YamlProblem(key.line + 1, key.column + 1, codes.YAML_SYNTAX,
                       _("The quote at the start of this line is never closed, so the lines "
                         "below it read as one text."),
                       _("Remove the quote: {line}", line=shown(fixed.strip(), 60)))


def _reserved_start(lines: list[str], mark: _Mark) -> YamlProblem | None:
    """`owner: @finance`, `reviewers: [@team]`: a value that starts with a character YAML
    keeps for itself."""
    line, start = lines[mark.line], mark.column
    before = line[:start]
    in_brackets = before.count("[") + before.count("{") > before.count("]") + before.count("}")
    ends = [at for at in (line.find(c, start) for c in ",]}") if at >= 0] if in_brackets else []
    comment = line.find(" #", start)
    end = min(ends) if ends else (comment if comment >= 0 else len(line))
    value = line[start:end].rstrip()
    fixed = line[:start] + _quoted(value) + line[start + len(value):]
    char = line[start]
    message = _('A value cannot start with "{char}" unless it is in quotes.', char=char)
    if not _reads_past(lines, mark.line, fixed):
        return YamlProblem(mark.line + 1, start + 1, codes.YAML_SYNTAX, message,
                           _('A value starting with "{char}" must be in quotes: "{line}".',
                             char=char, line=shown(value)))
    return YamlProblem(mark.line + 1, start + 1, codes.YAML_SYNTAX, message,
                       _("Put the text in quotes: {line}", line=shown(fixed.strip(), 60)))


def _left_open(lines: list[str], opened: _Mark, mark: _Mark, closing: str) -> YamlProblem:
    """`tags: [a, b` with no `]`: the parser stops lines below, at the next field."""
    message = (_('The list opened with "[" on line {line} is not closed.', line=opened.line + 1)
               if closing == "]" else
               _('The fields opened with "{{" on line {line} are not closed.',
                 line=opened.line + 1))
    hint = _('Close it with "{char}" after its last item.', char=closing)
    hidden = _hidden_by_comment(lines, opened, mark, closing)
    if hidden is not None:
        return hidden
    if opened.line < len(lines):
        line = lines[opened.line]
        comment = line.find(" #", opened.column)
        body, rest = (line[:comment], line[comment:]) if comment >= 0 else (line, "")
        fixed = body.rstrip().rstrip(",") + closing + rest
        if _reads_past(lines, opened.line, fixed, max(mark.line, opened.line)):
            hint = _("Close it at the end of line {line}: {fixed}", line=opened.line + 1,
                     fixed=shown(fixed.strip(), 60))
    return YamlProblem(opened.line + 1, opened.column + 1, codes.YAML_SYNTAX, message, hint)


def _hidden_by_comment(lines: list[str], opened: _Mark, mark: _Mark,
                       closing: str) -> YamlProblem | None:
    """`{value: #N/A, date: 2026-01-01}`: a value starting with `#` (Excel's #N/A, #REF!) is
    a comment, which hides the rest of the line, the closing bracket included; on the line
    of the opening bracket, or on one below it (`[pipeline,` then `#leads, growth]`)."""
    for index in range(opened.line, min(mark.line, len(lines) - 1) + 1):
        found = _hidden_on_line(lines, index, opened.column if index == opened.line else 0,
                                opened, mark, closing)
        if found is not None:
            return found
    return None


def _hidden_on_line(lines: list[str], index: int, after: int, opened: _Mark, mark: _Mark,
                    closing: str) -> YamlProblem | None:
    line = lines[index]
    hashes = [at for at in range(max(after, 1), len(line))
              if line[at] == "#" and line[at - 1] in _BEFORE_A_COMMENT]  # `[#leads`, `, #a`
    first = len(line) - len(line.lstrip(" "))
    if line[first:first + 1] == "#" and index > opened.line and first not in hashes:
        hashes.insert(0, first)  # `#leads` starts the line
    for start in hashes:
        found = _hidden_item(lines, index, start, mark, closing)
        if found is not None:
            return found
    return None


def _hidden_item(lines: list[str], index: int, start: int, mark: _Mark, closing: str
                 ) -> YamlProblem | None:
    """The problem of the item starting with the `#` at ``start`` of line ``index``, if that
    `#` started the comment that hid the ``closing`` bracket."""
    line = lines[index]
    if closing not in line[start:] or line[:start].rstrip()[-1:] not in (
            "", ",", "[", "{", ":"):
        return None  # `growth #leads]`: a comment after a value, said as E104
    ends = (",", "]", "}", ": ") if closing == "}" else (",", "]", "}")  # `{#a: 1}`: a key
    end = min((at for at in (line.find(c, start) for c in ends) if at >= 0), default=len(line))
    value = line[start:end].rstrip()
    fixed = line[:start] + _quoted(value) + line[start + len(value):]
    if not _reads_past(lines, index, fixed, max(mark.line, index)):
        return None
    return YamlProblem(
        index + 1, start + 1, codes.YAML_SYNTAX,
        _('A value cannot start with "#" unless it is in quotes: "#" starts a comment, which '
          'hides the rest of the line, its "{char}" included.', char=closing),
        _("Put the text in quotes: {line}", line=shown(fixed.strip(), 60)))


# The problems libyaml (and PyYAML's own parser) says, which E101 quotes: marked so that
# they are translated (`translated` looks them up as they are written); another problem is
# quoted as the parser wrote it.
PARSER_PROBLEMS = (
    N_("invalid YAML"),
    N_("mapping values are not allowed in this context"),
    N_("mapping values are not allowed here"),
    N_("block sequence entries are not allowed in this context"),
    N_("found character that cannot start any token"),
    N_("found a tab character that violates indentation"),
    N_("found a tab character where an indentation space is expected"),
    N_("found unexpected end of stream"),
    N_("found unknown escape character"),
    N_("found unexpected document indicator"),
    N_("did not find expected key"),
    N_("did not find expected '-' indicator"),
    N_("did not find expected ',' or ']'"),
    N_("did not find expected ',' or '}'"),
    N_("did not find expected node content"),
    N_("could not find expected ':'"),
    N_("found undefined alias"),
    N_("but found another document"),
)


_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # the breaks libyaml counts
_ODD_BREAK = re.compile("[\x85\u2028\u2029]")  # breaks to YAML, to editors none
_CONFLICT = re.compile(r"^(?:<{7}|={7}|>{7})(?: |$)", re.MULTILINE)


def _quote_left_open(exc: yaml.MarkedYAMLError, text: str, mark: _Mark) -> YamlProblem | None:
    """A quote opened and not closed on its line, when that is why the parser gave up.

    The quoted value runs on to the next quote of its kind, lines below (or to the end of
    the file), and the parser stops there: far from the mistake, with advice about that
    line. A quoted value may span lines in valid YAML, so it counts only if the parser
    stops where the value ends (or on the next line), and closing the quote on the line
    where it opens lets the file read further.
    """
    opened: _Mark | None = None
    ends: int | None = None  # the 0-based line of the next quote; None: the end of the file
    if (exc.context == "while scanning a quoted scalar" and exc.context_mark is not None
            and exc.problem == "found unexpected end of stream"):
        opened = exc.context_mark
    else:
        for token in _tokens_before(text, mark):
            if (isinstance(token, yaml.ScalarToken) and token.style in ("'", '"')
                    and token.start_mark.line < token.end_mark.line
                    and token.end_mark.line <= mark.line <= token.end_mark.line + 1):
                opened, ends = token.start_mark, token.end_mark.line
    if opened is None:
        return None
    lines = _LINE_BREAK.split(text)
    if opened.line >= len(lines):
        return None
    current = lines[opened.line]
    quote = current[opened.column: opened.column + 1]
    if quote not in ("'", '"'):
        return None
    for closed in _closings(current, opened.column, quote):
        trial = "\n".join([*lines[:opened.line], closed, *lines[opened.line + 1:]])
        stopped = _first_error_line(trial)
        if stopped is None or stopped > (opened.line if ends is None else mark.line):
            break
    else:
        return None
    line = opened.line + 1
    message = (_("The quote opened on line {line} is never closed: the value runs on to the "
                 "end of the file.", line=line) if ends is None else
               _("The quote opened on line {line} is never closed: the value runs on to the "
                 "next {quote}, on line {end}.", line=line, quote=quote, end=ends + 1))
    hint = _("Close it on line {line}: {closed}", line=line, closed=shown(closed.strip(), 60))
    return YamlProblem(line, opened.column + 1, codes.YAML_SYNTAX, message, hint)


def _open_bracket(text: str, mark: _Mark) -> tuple[_Mark, str] | None:
    """Where the innermost `[` or `{` still open at ``mark`` stands, and what closes it."""
    opened: list[tuple[_Mark, str]] = []
    for token in _tokens_before(text, mark):
        if isinstance(token, (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken)):
            opened.append((token.start_mark,
                           "]" if isinstance(token, yaml.FlowSequenceStartToken) else "}"))
        elif isinstance(token, (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken)) and opened:
            opened.pop()
    return opened[-1] if opened else None


def _tokens_before(text: str, mark: _Mark) -> list[yaml.Token]:
    """The parser's tokens of ``text`` that start before ``mark``."""
    scanner = YAML_LOADER(text)
    found: list[yaml.Token] = []
    try:
        while (token := scanner.get_token()) is not None and not isinstance(
                token, yaml.StreamEndToken):
            if (token.start_mark.line, token.start_mark.column) >= (mark.line, mark.column):
                break
            found.append(token)
    except yaml.YAMLError:
        pass
    return found


def _closings(line: str, column: int, quote: str) -> list[str]:
    """``line`` with its quote at ``column`` closed: at the end of the line, or before the
    brackets and commas that end it (``{date: "2026-12-31}``)."""
    value = line.rstrip()
    ended = value.rstrip("]}, ")
    closings = [value + quote]
    if value[-1:] in _CURLY_CLOSE and len(value) - 1 > column:  # `"Finance”`: Word's quote
        closings.insert(0, value[:-1] + quote)
    if column < len(ended) < len(value):
        closings.append(ended + quote + value[len(ended):])
    return closings


def _odd_spaces_indenting(text: str, mark: _Mark) -> YamlProblem | None:
    """A line indented with no-break spaces (U+00A0) or other spaces YAML does not count,
    as text copied from a web page or a document brings them, at or just above the place
    where the parser gave up: it reads them as the start of a text, not as indentation."""
    lines = _LINE_BREAK.split(text, maxsplit=mark.line + 1)
    for index in range(max(0, mark.line - 2), min(mark.line + 1, len(lines))):
        line = lines[index]
        rest = line.lstrip(" ")
        if rest[:1].isspace() and rest[:1] not in "\t\r\n":
            column = len(line) - len(rest)
            return YamlProblem(
                index + 1, column + 1, codes.YAML_SYNTAX,
                _("This line is indented with a no-break space or another space YAML does not "
                  "count (U+{code:04X}).", code=ord(rest[0])),
                _("Delete the spaces at the start of the line and type plain spaces (they come "
                  "with text copied from a web page or a document)."))
    return None


def _nameless_field(text: str, mark: _Mark) -> YamlProblem | None:
    """`: Finance Controller` at the start of a line, `{: 24.5}`: a colon with no field name
    before it (the name deleted, or never typed), where the parser says only that it "did
    not find expected key"."""
    line = _line_at(text, mark.line)
    before, rest = line[:mark.column].rstrip(" \t"), line[mark.column:]
    if not (rest[:1] == ":" and rest[1:2] in ("", " ", "\t", ",", "}", "]")):
        return None
    if before and before[-1] not in "{[,-?":
        return None
    value = rest[1:].strip()
    if "{" in before or "[" in before:  # in `{...}`: the value ends at a comma or bracket
        value = re.split(r"[,}\]]", value, maxsplit=1)[0].strip()
    return YamlProblem(
        mark.line + 1, mark.column + 1, codes.YAML_SYNTAX,
        _("This colon has no field name before it."),
        _("Write the name of the field before the colon (`name: {value}`), or delete what is "
          "left over.", value=shown(value)) if value else
        _("Write the name of the field before the colon, or delete the colon."))


def _item_among_fields(exc: yaml.MarkedYAMLError, text: str, mark: _Mark
                       ) -> YamlProblem | None:
    """`- : x` or `- Finance` among the fields of a group, at their column: a list item where
    a field belongs (the parser says only that it "did not find expected key")."""
    if exc.problem != "did not find expected key":
        return None
    line = _line_at(text, mark.line)
    rest = line[mark.column:]
    if not (rest[:1] == "-" and rest[1:2] in ("", " ")) or line[:mark.column].strip():
        return None
    item = rest[1:].strip()
    if item[:1] == ":" and item[1:2] in ("", " "):
        value = item[1:].strip()
        return YamlProblem(
            mark.line + 1, mark.column + 1, codes.YAML_SYNTAX,
            _('This line is a list item ("- ") with a colon and no field name, among fields.'),
            _("Write it as a field, its name before the colon and no \"- \" (`name: {value}`), "
              "or delete the line.", value=shown(value)) if value else
            _("Delete the line, or write it as a field: `name: value`."))
    return YamlProblem(
        mark.line + 1, mark.column + 1, codes.YAML_SYNTAX,
        _('This line is a list item ("- "), among fields: a group of fields holds `name: '
          'value` lines only.'),
        _("If it is an item of a list, put it under that list's field (`tags:` alone on its "
          "line, the items below it, indented); if it is a field, write it as `name: value`, "
          "without \"- \"."))


def _after_question_mark(problem: YamlProblem, text: str) -> YamlProblem:
    """A field name YAML refused (E106) that a `?` before it made: `? owner: Finance` makes
    the group of fields `owner: Finance` a field's name, `?` alone an empty one. `?` starts a
    field name written over several lines (a complex key), which no KPI file needs."""
    if problem.code != codes.FIELD_NAME_NOT_TEXT:
        return problem
    line = _line_at(text, problem.line - 1)
    if not line[:problem.column - 1].rstrip().endswith("?"):
        return problem
    question = line[:problem.column - 1].rstrip()
    found = YamlProblem(problem.line, len(question), problem.code, problem.message,
                        _("Remove the `?`: a field is written as "
                          "`name: value`, and `?` makes what follows it the name of another "
                          "field."))
    if problem.message == _("The field name `{written}` is read as empty (null), not as text.",
                            written=""):
        found.message = _("This field has no name: the `?` before it starts a field name, and "
                          "none follows.")
    found.also = problem.also
    return found


def _no_colon(line: int, column: int, written: str) -> YamlProblem:
    """`owner Finance`, and what else stands between a name and its value where a colon and
    a space belong: a tab (two cells copied from Excel), `=`, `;`, a colon with no space
    after it (or a no-break space), a full-width colon (：)."""
    found = _SEPARATOR.match(written)
    if found is None:
        name, _space, value = written.partition(" ")
        separator = " "
    else:
        name, separator, value = found.group("name", "separator", "value")
    value = value.strip()
    if value[:1] in _QUOTE_FIRST:  # `owner:#N/A`: `owner: #N/A` would be an empty owner
        value = _quoted(value)
    fix = (_("Write it as `{field}: {value}`.", field=shown(name), value=shown(value))
           if value else _("Add a colon after the field name."))
    quoted = shown(written)
    if separator == ":":
        message = _("`{line}` has no space after its colon: a field is its name, a colon and a "
                    "space, then its value.", line=quoted)
    elif separator.startswith(":"):
        message = _("The space after the colon in `{line}` is a no-break space (U+{code:04X}), "
                    "which YAML does not take for a space.", line=quoted,
                    code=ord(separator[1]))
        fix = _("Delete it and type a plain space: `{field}: {value}`.", field=shown(name),
                value=shown(value))
    elif separator.strip() in _OTHER_COLONS:
        message = _("`{line}` has a colon of another script (`{colon}`, U+{code:04X}), not `:`.",
                    line=quoted, colon=separator.strip(), code=ord(separator.strip()))
    else:
        message = _("`{line}` has no colon: a field is its name, a colon and a space, then its "
                    "value.", line=quoted)
    return YamlProblem(line + 1, column + 1, codes.YAML_SYNTAX, message, fix)


_QUOTE_FIRST = frozenset("#&*!|>%@`{[")  # what a value cannot start with unquoted
_OTHER_COLONS = frozenset("\uff1a\u2236\ua789")  # full-width ：, ratio ∶, modifier ꞉
# A field's name, then what stands where `: ` belongs, then the value.
_SEPARATOR = re.compile(r"(?P<name>[A-Za-z_][A-Za-z0-9_-]*)(?P<separator>"
                        r"[ \t]*[=;][ \t]*|:(?=[^\s:])|:[^\S \t\r\n]+"
                        r"|[ \t]*[\uff1a\u2236\ua789][ \t]*|[ \t]+)(?P<value>.*)")


_COLONLESS = re.compile(r"([a-z][a-z0-9_]*) +([^ #].*)")  # `metric New leads`: a field's name


def _colonless_field(text: str, error_line: int) -> YamlProblem | None:
    """A field written without its colon, near where the parser gave up: as the first of a
    group (`measurement:` then `  metric New leads`) it reads as text running on into the
    next line, whose colon the parser then refuses, and that line looked misindented. The
    line counts when the file reads to its end with the colon put after its first word."""
    lines = _LINE_BREAK.split(text)
    content = [n for n, line in enumerate(lines)
               if line.strip() and not line.lstrip(" ").startswith("#")]
    for candidate in reversed([n for n in content if n <= error_line][-3:]):
        indent = _indent(lines[candidate])
        field = _COLONLESS.fullmatch(lines[candidate][indent:].rstrip())
        if field is None or ":" in field.group(2):
            continue
        trial = [*lines[:candidate], f"{' ' * indent}{field.group(1)}: {field.group(2)}",
                 *lines[candidate + 1:]]
        if _first_error_line("\n".join(trial)) is None:
            return _no_colon(candidate, indent, lines[candidate][indent:].rstrip())
    return None


def _indentation_problem(text: str, error_line: int) -> YamlProblem | None:
    """A line indented unlike its group, near where the parser gave up (on that line, or a
    line or two before it: the parser often notices on the line after the mistake).

    Each nearby line is tried at the indentation of the lines around it; the change with
    which the file reads furthest (to its end, best) names the mistake, if it reads past
    the place of the error at all. A change counts only if the moved line is still read as
    a field or list item of its own: indented deeper, a line after `method: |` would read
    as more of that text, and the file to its end, whatever the line's mistake is.
    """
    lines = _LINE_BREAK.split(text)
    content = [n for n, line in enumerate(lines)
               if line.strip() and not line.lstrip(" ").startswith("#")]
    tried: list[tuple[float, int, int]] = []  # how far it reads, line, indentation
    for candidate in reversed([n for n in content if n <= error_line][-3:]):
        found = _indent(lines[candidate])
        for expected in {_indent(lines[n]) for n in content if abs(n - candidate) <= 8}:
            if expected != found:
                trial = [*lines[:candidate], " " * expected + lines[candidate].lstrip(" "),
                         *lines[candidate + 1:]]
                stopped = _first_error_line("\n".join(trial), candidate)
                if stopped is not None and stopped < 0:
                    continue  # the line became part of a text above it
                tried.append((math.inf if stopped is None else stopped, candidate, expected))
    reach = max((t[0] for t in tried), default=0)
    if reach <= error_line:
        return None
    candidate = max(t[1] for t in tried if t[0] == reach)  # the nearest the error
    found = _indent(lines[candidate])
    # Two indentations can both be right (a last field of a group, or the first after it):
    # which group the field belongs to, the reader knows, and the message says both.
    fits = sorted((t[2] for t in tried if t[:2] == (reach, candidate)),
                  key=lambda indent: (abs(indent - found), indent))[:2]
    return _misindented(lines[candidate], candidate, found, sorted(fits))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _first_error_line(text: str, own_line: int | None = None) -> int | None:
    """The line where the parser gives up on ``text``; ``None`` when it reads to the end.

    With ``own_line``: -1 when the parser reads past that line without a value starting on
    it (the line is read as the continuation of a text that starts above it).
    """
    parser = YAML_LOADER(text)
    started = own_line is None
    try:
        while not isinstance(event := parser.get_event(), ev.StreamEndEvent):
            mark = getattr(event, "start_mark", None)
            if not started and own_line is not None and mark is not None:
                if mark.line == own_line:
                    started = True
                elif mark.line > own_line:
                    return -1
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return mark.line if mark is not None else 0
    except yaml.YAMLError:
        return 0
    return None if started else -1


_KEY = re.compile(r"(?:- )?([^\s:#'\"{}\[\],&*!|>%@`-][^:#]*?):(?:\s|$)")


def _misindented(line: str, index: int, found: int, fits: list[int]) -> YamlProblem:
    key = _KEY.match(line.lstrip(" "))
    name = shown(key.group(1)) if key is not None else None
    if len(fits) == 1:
        expected = fits[0] + 1
        message = (_("`{key}` starts in column {found}, but the fields around it in column "
                     "{expected}.", key=name, found=found + 1, expected=expected)
                   if name is not None else
                   _("This line starts in column {found}, but the lines around it in column "
                     "{expected}.", found=found + 1, expected=expected))
        hint = _("Move it to column {expected}: the fields of one group start in the same "
                 "column.", expected=expected)
    else:
        low, high = fits[0] + 1, fits[1] + 1
        message = (_("`{key}` starts in column {found}, between the columns of the fields "
                     "around it ({low} and {high}).", key=name, found=found + 1, low=low,
                     high=high)
                   if name is not None else
                   _("This line starts in column {found}, between the columns of the lines "
                     "around it ({low} and {high}).", found=found + 1, low=low, high=high))
        hint = _("Move it to column {low} or {high}, to the group it belongs to: the fields "
                 "of one group start in the same column.", low=low, high=high)
    return YamlProblem(index + 1, found + 1, codes.YAML_SYNTAX, message, hint)


@dataclass(frozen=True)
class _Place:
    """A place in a text, 0-based, as the parser's marks give it."""

    line: int
    column: int


_RESERVED = frozenset("%@`")  # characters YAML keeps for itself at the start of a value


def _line_at(text: str, index: int) -> str:
    """Line ``index`` (0-based, as the parser counts lines) of ``text``; "" past its end."""
    lines = _LINE_BREAK.split(text, maxsplit=index + 1)
    return lines[index] if 0 <= index < len(lines) else ""


def _rest_of_line(text: str, mark: _Mark) -> str:
    return _line_at(text, mark.line)[mark.column:].strip()


def _char_at(text: str, mark: _Mark | None) -> str:
    return _rest_of_line(text, mark)[:1] if mark is not None else ""


def _tab_at(text: str, mark: _Mark | None) -> bool:
    """Whether the line of ``mark`` is indented with a tab or has one at the mark."""
    if mark is None:
        return False
    current = _line_at(text, mark.line)
    indent = current[: len(current) - len(current.lstrip(" \t"))]
    return "\t" in indent or current[mark.column: mark.column + 1] == "\t"


def _line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset, counting lines as the parser does."""
    before = text[:offset]
    breaks = list(_LINE_BREAK.finditer(before))
    start = breaks[-1].end() if breaks else 0
    return len(breaks) + 1, offset - start + 1


def _char_offset(text: str, position: int) -> int:
    """libyaml reads UTF-8 and reports byte offsets; the pure-Python reader, characters."""
    if YAML_LOADER is yaml.SafeLoader:  # pragma: no cover - only without libyaml
        return position
    return len(text.encode("utf-8")[:position].decode("utf-8", "ignore"))


def read_text(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """The file as text: size bounded, UTF-8 (a byte-order mark is fine), else located."""
    try:
        # One open, one fstat, one read. Non-blocking, so that a FIFO cannot hang the build;
        # bounded, so that a link to /dev/zero cannot fill the memory.
        fd = os.open(path, os.O_RDONLY | _O_BINARY | _O_NONBLOCK)
        with open(fd, "rb", buffering=0) as file:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise YamlProblem(1, 1, codes.UNREADABLE_FILE, _("This is not a regular file."),
                                  _("Replace it with a plain text file."))
            size = info.st_size
            if size <= limits.max_bytes:
                raw = file.read(size + 1)
                if len(raw) > size:  # it grew since fstat: read on, up to the limit
                    raw += file.read(limits.max_bytes + 1 - len(raw))
                    size = len(raw)
        if size > limits.max_bytes:
            raise YamlProblem(1, 1, codes.UNREADABLE_FILE,
                              _("The file is {size} bytes; the limit is {limit}.",
                                size=count_text(size), limit=count_text(limits.max_bytes)),
                              _("Split it, or remove what is not needed."))
    except OSError as exc:
        raise YamlProblem(1, 1, codes.UNREADABLE_FILE,
                          _("The file could not be read: {strerror}.", strerror=exc.strerror),
                          _("Check that it exists and can be read.")) from None
    if raw.startswith(_BOM):  # dropped here, so that error offsets count from the text
        raw = raw[len(_BOM):]
    if _utf32(raw):  # before UTF-16, whose byte-order mark and NUL bytes it starts with
        raise YamlProblem(1, 1, codes.NOT_UTF8,
                          _("The file is saved as UTF-32, not as UTF-8."), _utf8_hint())
    if _utf16(raw):  # decodes as UTF-8 when it is all ASCII, with a NUL byte each
        raise YamlProblem(1, 1, codes.NOT_UTF8,
                          _("The file is saved as UTF-16 (called \"Unicode\" in Notepad), not "
                            "as UTF-8."), _utf8_hint())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _not_utf8(raw, exc.start) from None


def _utf32(raw: bytes) -> bool:
    """Whether the bytes are UTF-32 text: a byte-order mark, or three NUL bytes in each
    four when the text is ASCII."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return True
    sample = raw[:400]
    nuls = sorted(sample[offset::4].count(0) for offset in range(4))[1:]  # the three most
    return len(sample) >= 8 and all(4 * count >= 3 * (len(sample) // 4) for count in nuls)


def _utf16(raw: bytes) -> bool:
    """Whether the bytes are UTF-16 text (Notepad's "Unicode"): a byte-order mark, or as
    many NUL bytes as characters when the text is ASCII."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = raw[:200]
    nuls = max(sample[0::2].count(0), sample[1::2].count(0))  # one in each character
    return len(sample) >= 4 and 4 * nuls >= 3 * (len(sample) // 2)


def _utf8_hint() -> str:
    return _("Save it as UTF-8 in your editor (Notepad: File, Save as, Encoding: UTF-8).")


def _not_utf8(raw: bytes, start: int) -> YamlProblem:
    """Where the bytes stop being UTF-8, and what the byte there would be in Windows-1252,
    the encoding of text pasted from Word or saved as "ANSI" (a curly quote, a dash)."""
    before = raw[:start].decode("utf-8")  # valid up to the bad byte
    line, column = _line_col(before, len(before))
    try:
        meant = raw[start:start + 1].decode("cp1252")
    except UnicodeDecodeError:
        meant = ""
    if meant.isprintable() and not meant.isspace():
        message = _("The file is not UTF-8 text: the byte {byte:#x} at this place is "
                    "`{character}` in Windows-1252, the encoding of text pasted from Word or "
                    "saved as \"ANSI\".", byte=raw[start], character=meant)
    else:
        message = _("The file is not UTF-8 text (byte {byte:#x} at this place).",
                    byte=raw[start])
    return YamlProblem(line, column, codes.NOT_UTF8, message, _utf8_hint())


_BOM = b"\xef\xbb\xbf"
_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def read_yaml_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[str, Any]:
    """Read and parse one file; returns its text too, to locate problems later."""
    text = read_text(path, limits)
    return text, parse_yaml(text, limits)
