"""Month names, words in lower case as the patterns (re.I) read them, a pattern of a list of
words, and the Markdown emphasis marks the patterns read past."""

from __future__ import annotations

import re
from collections.abc import Iterable


def one_of(words: Iterable[str]) -> str:
    """A pattern of any of ``words``, the longest first (`halves` before `halve`)."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# --- months --------------------------------------------------------------------------

MONTH_NUMBERS: dict[str, int] = {}
for _number, _names in enumerate([
    "january jan januari",
    "february feb februari pebruari",
    "march mar maret",
    "april apr",
    "may mei",
    "june jun juni",
    "july jul juli",
    "august aug agustus agu agt ags",
    "september sep sept",
    "october oct oktober okt",
    "november nov nop nopember",
    "december dec desember des",
], start=1):
    for _name in _names.split():
        MONTH_NUMBERS[_name] = _number

MONTH = r"(?:" + one_of(MONTH_NUMBERS) + r")"
"""A month name or abbreviation, English or Indonesian (match case-insensitively)."""


_AS_RE_READS = str.maketrans("ıİſ\u212a", "iisk")


def re_lower(written: str) -> str:
    """A matched word in lower case, as re.I read it: ı and İ as i, ſ as s, the Kelvin sign as
    k (`ſetengahnya` is matched by `setengah`; lower() keeps ſ). Same length as ``written``."""
    if written.isascii():  # most statements: a flag of the string, no translation needed
        return written.lower()
    return written.translate(_AS_RE_READS).lower()


def month_number(name: str) -> int | None:
    return MONTH_NUMBERS.get(re_lower(name).rstrip("."))


# --- Markdown emphasis ----------------------------------------------------------------

EMPHASIS = re.compile(r"[*_`]")


def as_seen(part: str) -> str:
    """A part of a statement to quote, as its reader sees it: without the Markdown emphasis
    marks the rules read past (:data:`EMPHASIS`: `by **200**` is quoted `by 200`), but with an
    underscore inside a word (`on_time_rate`), its spaces made one."""
    return " ".join(EMPHASIS.sub(_kept_mark, part).split())


def unemphasised(text: str) -> str:
    """The text with its emphasis marks blanked, the same length (offsets still agree): a
    date read through them (`by _30 June 2027_`, `30 *June* 2027`), an underscore inside a
    word kept (`on_time_rate` is one word)."""
    return EMPHASIS.sub(lambda mark: _kept_mark(mark) or " ", text)


def _kept_mark(mark: re.Match[str]) -> str:
    at, part = mark.start(), mark.string
    inside = (mark.group() == "_" and 0 < at < len(part) - 1 and part[at - 1].isalnum()
              and part[at + 1].isalnum())
    return mark.group() if inside else ""
