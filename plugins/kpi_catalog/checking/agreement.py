"""Whether a translated statement states what its original states: the same amounts (with
the same kind of unit: a share in percent, an amount of money) and the same dates.

Both languages are read by :mod:`kpi_catalog.checking.text` without being told which is
which, so `IDR 185,000` and `Rp185.000`, `2.8 days` and `2,8 hari`, `31 December 2027` and
`31 Desember 2027`, `Q4 2026` and `triwulan IV 2026` all agree. Words are not compared:
a translation says things in its own words. As everywhere in the rules, a doubt counts as
agreement (a number written out as a word, `zero`, is not matched against digits).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict, deque
from dataclasses import dataclass
from datetime import date
from itertools import islice

from kpi_catalog.checking.text import (
    DIGITS,
    NUMBER_WORDS,
    SCALE_WORDS,
    find_dates,
    number_values,
    without_dates,
)

_MONEY_BEFORE = {"rp": "IDR", "rp.": "IDR", "idr": "IDR", "usd": "USD", "us$": "USD",
                 "$": "USD", "sgd": "SGD", "s$": "SGD", "eur": "EUR", "€": "EUR", "£": "GBP"}
_MONEY_AFTER = {"rupiah": "IDR", "dollar": "USD", "dollars": "USD", "dolar": "USD",
                "euro": "EUR", "euros": "EUR"}
# An amount: an optional currency, a minus sign (`-12%`, `−12%`), digits (any grouping, `1 234`
# too), then optionally a percent sign or word, a scale word and a currency word. Possessive
# and bounded: linear in the text.
_QUANTITY = re.compile(
    r"(?:(?P<before>Rp\.?|IDR|USD|US\$|SGD|S\$|EUR|\$|€|£)\s?+|(?<![\w.,]))"
    r"(?P<sign>[-−](?=\d))?+(?P<digits>" + DIGITS + ")"
    r"(?:\s?+(?P<percent>%|percent\b|per\s?cent\b|persen\b))?"
    r"(?:\s?+(?P<scale>" + "|".join(sorted(SCALE_WORDS, key=len, reverse=True)) + r")\b)?"
    r"(?:\s?+(?P<after>" + "|".join(_MONEY_AFTER) + r")\b)?",
    re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """An amount stated in a statement."""

    text: str
    values: frozenset[float]
    """What it may mean (`1,200`: 1200 or 1.2), its scale word applied."""
    percent: bool
    money: str | None
    """The currency it is in, when the text says (`IDR` for `Rp`, `IDR` and `rupiah`)."""

    def agrees(self, other: Quantity) -> bool:
        if not self.values & other.values or self.percent != other.percent:
            return False
        return self.money is None or other.money is None or self.money == other.money


def quantities(text: str) -> list[Quantity]:
    """The amounts stated in ``text`` in digits, dates left out; digits glued to letters
    (`Q4`, `H1`, `B2B`) are codes, not amounts."""
    masked = without_dates(text)
    found = []
    for match in _QUANTITY.finditer(masked):
        scale = SCALE_WORDS.get((match.group("scale") or "").lower(), 1.0)
        if match.group("sign"):
            scale = -scale  # -12% is not 12%
        values = frozenset(v * scale for v in number_values(match.group("digits")))
        before, after = match.group("before"), match.group("after")
        money = (_MONEY_BEFORE.get(before.lower()) if before
                 else _MONEY_AFTER.get(after.lower()) if after else None)
        found.append(Quantity(match.group().strip(), values, bool(match.group("percent")),
                              money))
    return found


def _has_number_words(text: str) -> bool:
    return any(word.lower() in NUMBER_WORDS for word in re.findall(r"[^\W\d_]+", text))


def _unmatched(left: list[Quantity], right: list[Quantity]) -> list[Quantity]:
    """The quantities of ``left`` that no quantity of ``right`` agrees with (each used once).

    ``right`` is looked up by value, so that matching takes time linear in the number of
    amounts (a statement is hostile input: it may hold a hundred thousand of them)."""
    by_value: dict[tuple[float, bool], deque[int]] = defaultdict(deque)
    for index, quantity in enumerate(right):
        for value in quantity.values:
            by_value[(value, quantity.percent)].append(index)
    used = bytearray(len(right))
    out = []
    for quantity in left:
        partner = None
        for value in quantity.values:
            waiting = by_value.get((value, quantity.percent))
            while waiting and used[waiting[0]]:
                waiting.popleft()
            # a different currency is rare: look a few places further, not at every one
            for index in islice(waiting or (), _LOOK_AHEAD):
                if not used[index] and quantity.agrees(right[index]):
                    partner = index
                    break
            if partner is not None:
                break
        if partner is None:
            out.append(quantity)
        else:
            used[partner] = 1
    return out


_LOOK_AHEAD = 8


@dataclass(frozen=True)
class Disagreement:
    """What a translated statement says differently: amounts and dates of the original it
    leaves out (or states otherwise), and ones it adds."""

    missing: tuple[str, ...]
    added: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.missing or self.added)


def compare_statements(original: str, translated: str) -> Disagreement:
    """How ``translated`` differs from ``original`` in amounts, units and dates."""
    ours, theirs = quantities(original), quantities(translated)
    missing = [q.text for q in _unmatched(ours, theirs)]
    added = [q.text for q in _unmatched(theirs, ours)]
    if _has_number_words(translated):
        missing = []  # `dua kali lipat` may state an amount of the original in words
    if _has_number_words(original):
        added = []
    dates, their_dates = find_dates(original), find_dates(translated)
    our_days, their_days = _Days.of(dates), _Days.of(their_dates)
    missing += [m.text for m in dates if not any(their_days.meets(p) for p in m.periods)]
    added += [m.text for m in their_dates if not any(our_days.meets(p) for p in m.periods)]
    return Disagreement(tuple(missing), tuple(added))


@dataclass(frozen=True)
class _Days:
    """The days some dates may mean, as sorted disjoint spans: one binary search tells
    whether a period meets any of them."""

    starts: list[date]
    ends: list[date]

    @classmethod
    def of(cls, mentions) -> _Days:
        spans = sorted(span for mention in mentions for span in mention.periods)
        starts: list[date] = []
        ends: list[date] = []
        for first, last in spans:
            if ends and first <= ends[-1]:
                ends[-1] = max(ends[-1], last)
            else:
                starts.append(first)
                ends.append(last)
        return cls(starts, ends)

    def meets(self, period: tuple[date, date]) -> bool:
        first, last = period
        at = bisect_right(self.starts, last) - 1  # the last span starting by `last`
        return at >= 0 and self.ends[at] >= first
