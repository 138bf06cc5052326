"""Month names, and words in lower case as the patterns (re.I) read them."""

from __future__ import annotations

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

MONTH = r"(?:" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")"
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
