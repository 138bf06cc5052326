"""A change a statement names (halve, double, by 20%, by 5 percentage points) and
whether the fields make it (:func:`find_change`, :func:`change_agrees`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kpi_catalog.checking.text import clues
from kpi_catalog.checking.text.dates import without_dates
from kpi_catalog.checking.text.numbers import (
    SHARE_ID,
    SHARES_ID,
    TIME_UNITS,
    number_values,
)
from kpi_catalog.checking.text.quantities import APPROXIMATE, last_digit
from kpi_catalog.checking.text.way import (
    DOWN,
    UP,
    VERB_MULTIPLES,
    verb_multiple,
    verb_way,
)
from kpi_catalog.checking.text.words import EMPHASIS, as_seen, one_of, re_lower

# --- a change the statement names: halve, double, by 20%, by 5 percentage points ---------

# A share of the value (`by a third`, `sepertiganya`), a multiple (`2.5x`, `dua kali lipat`),
# a percentage or points after "by"/"sebesar" or an intransitive verb (`naik 10%`), points
# anywhere (`2 percentage points`, `5 poin persentase`, `50 bps`). Group names say the kind.
_FRACTIONS = {"half": 1 / 2, "a half": 1 / 2, "one half": 1 / 2, "a third": 1 / 3,
              "one third": 1 / 3, "one-third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3,
              "a quarter": 1 / 4, "one quarter": 1 / 4, "a fifth": 1 / 5, "one fifth": 1 / 5,
              "two third": 2 / 3, **SHARES_ID}
_MULTIPLE_WORDS = {"twofold": 2, "threefold": 3, "fourfold": 4, "dua": 2, "tiga": 3,
                   "empat": 4}
# The verbs of change (:data:`VERB_MULTIPLES`) that halve, and those that multiply: an
# Indonesian one (`gandakan`) may take -nya (`gandakannya`: double it).
_HALVE = one_of(form for form, times in VERB_MULTIPLES.items() if times < 1)
_MULTIPLY_EN = one_of(form for form, times in VERB_MULTIPLES.items()
                      if times > 1 and not form.endswith("kan"))
_MULTIPLY_ID = one_of(form for form, times in VERB_MULTIPLES.items()
                      if times > 1 and form.endswith("kan"))


CHANGE_VERBS = r"naik|turun|meningkat|menurun|tumbuh|bertambah|berkurang|grows?|rises?|falls?"
"""The verbs that make the amount right after them a change (`naik 10%`, `grows 10%`): K113
reads it (their way is :func:`verb_way`'s), and K123 a second measure's change."""
_CHANGE_WORDS = "by|sebesar|" + CHANGE_VERBS + "|up|down"  # `by 20%`, `revenue up 10%`

# Each pattern runs only where the lower-cased text holds one of its clues.
# A clue is a few words, or a pattern (the percentage's: a change word before a number).
_CHANGE_PATTERNS = [(re.compile(clue if isinstance(clue, str) else "|".join(map(re.escape, clue))),
                     re.compile(p, re.I)) for clue, p in [
    # halve, cut in half
    (("halv", "half"), r"(?P<halve>\b(?:" + _HALVE + r")\b)|\bin\s+(?P<in_half>half)\b"),
    # by half, by a third, sebesar sepertiga (group `part`)
    (("half", "third", "quarter", "fifth", "setengah", "separuh", "pertiga", "perempat",
      "perlima"), r"\b(?:by|sebesar)\s+(?P<part>(?:a|one|two)[\s-](?:half|third|thirds|"
     r"quarter|fifth)|half|" + SHARE_ID + r")(?:nya)?"
     r"\b(?!\s+(?:of|dari)\b)"),
    # setengahnya, sepertiganya, menjadi setengahnya (group `idpart`, `into` after menjadi)
    (("nya",), r"(?P<into>\bmenjadi\s+)?\b(?P<idpart>" + SHARE_ID + r")nya\b"),
    # double, gandakan (not `double-digit`), where a part of the sentence starts
    # (:func:`_verb_of_change`: not `reduce double bookings`)
    (("doubl", "tripl", "quadrupl", "gandakan"), r"(?<![\w-])(?P<multiple>"
     + _MULTIPLY_EN + "|(?:" + _MULTIPLY_ID + r")(?:nya)?)\b(?!-)"),
    # 2.5x, 3×, not `to 3x` (a level: _LEVEL_MULTIPLE), `24x7` or `3x 4`
    (tuple(f"{n}x" for n in range(10)) + ("×",), r"(?P<times>\d+(?:[.,]\d+)?)[x×](?![\w×])"
     r"(?!\s*\d)"),
    (("fold",), r"\b(?P<fold>two|three|four)fold\b"),
    # dua kali lipat, 3 kali lipat
    (("lipat",), r"\b(?P<lipat>\d+(?:[.,]\d+)?|dua|tiga|empat)\s+kali\s+lipat\b"),
    # a count after by, sebesar, sebanyak or an intransitive verb (`grow members by 2000
    # farmers`, `tambah anggota sebanyak 1.500`; group `count`): dates are blanked before; not
    # a percentage, points, money, a scale, a multiple, a unit of time (`by 3 days`: a
    # duration, compared in which unit?), a time of day or a day before its month (`by 30 June`)
    (r"(?:by|sebesar|sebanyak|" + CHANGE_VERBS + r")\s++[-−+]?\d",
     r"(?<![\w-])(?:by|sebesar|sebanyak|" + CHANGE_VERBS + r")\s++(?P<count>\d+(?:[.,]\d+)*+)"
     r"(?![\w.,:/×-]|\s*+(?:%|percent|per\s?cent|persen|percentage|poin|points?|pp|ppt|bps|"
     r"basis|kali|x|times|thousand|million|billion|trillion|ribu|rb|juta|jt|miliar|milyar|"
     r"triliun|k|m|mn|mio|b|bn|t|tn|" + one_of(TIME_UNITS) + r"|a\.?m|p\.?m|"
     r"o'clock|wib|wita|wit|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mei|agu|agt|okt|des)"
     r"(?![^\W\d_]))"),
    # 2 percentage points, 5 poin persentase, 6 points, 50 bps (group `points`)
    (("poin", "point", "pp", "p.p", "bp"), r"(?P<points>\d+(?:[.,]\d+)?)\s*"
     r"(?:(?P<pct_points>percentage[\s-]points?|poin\s+persentase|pp|ppt|p\.p\.)|"
     r"(?P<bps>basis\s+points?|bps)|(?P<by_points>points?|poin))(?![\w-])"),
    # 20%, after a word that makes it a change (_CHANGE_WORD)
    (r"(?:" + _CHANGE_WORDS + r")\s+(?:[a-z-]+\s+)?\d", r"(?P<pct>\d+(?:[.,]\d+)?)\s?"
     r"(?:%|percent\b|per\s?cent\b|persen\b)(?!\s*(?:of\b|dari\s+[^\W\d]|or\b|atau\b))"),
]]
# A verb of change (`double`, `gandakan`) is one at the start or after to, will, and, akan or
# dan; its -ing form and gandakan after a comma, while, whilst, sambil or seraya too (`…,
# doubling them`, `sambil menggandakan ekspor`). Searched back from the verb over any spaces:
# emphasis marks are blanked to spaces (`, *doubling* them`), which a lookbehind of one space
# in the pattern did not see.
_VERB_AFTER = re.compile(r"(?:^|(?<![^\W\d_])(?:to|will|and|dan|akan))\s*+$", re.I)
_ING_AFTER = re.compile(r"(?:,|(?<![^\W\d_])(?:while|whilst|sambil|seraya))\s*+$", re.I)
_VERB_BACK = 24  # characters: `whilst` and a few marks
# `double`, `triple`, `quadruple` before the words they are said of and a participle that
# ends the part (`, double rooms included.`, `single and double rooms excluded,`, `double
# rooms only`, `kamar double dan triple termasuk`): a kind of the thing, an adjective, not a
# verb; a verb's object takes no participle after it (`double exports including services`,
# `double exports, services included`: not read so).
_ADJECTIVES = frozenset(("double", "triple", "quadruple"))
_KIND_OF = re.compile(r"(?:\s++[^\W\d_]++(?:-[^\W\d_]++)*+){0,3}?\s++(?:included|excluded|only|"
                      r"aside|termasuk|dikecualikan|saja)\s*+(?:[,.;:!?)]|$)", re.I)


def is_kind_of(text: str, word: re.Match[str], group: str) -> bool:
    """Whether ``double``, ``triple`` or ``quadruple`` (``group`` of ``word``, in ``text``
    with its emphasis blanked) names a kind of the thing (`double rooms included`): read as a
    verb of change, it would make a change (K113) or a second measure (K123) of an adjective."""
    return (re_lower(word.group(group)) in _ADJECTIVES
            and _KIND_OF.match(text, word.end(group)) is not None)


def _verb_of_change(masked: str, match: re.Match[str]) -> bool:
    """Whether a verb of change (the `multiple` group) starts a part of the sentence, where
    it moves a measure (:data:`_VERB_AFTER`), and names no kind (:func:`is_kind_of`)."""
    start = match.start()
    back = max(0, start - _VERB_BACK)
    if not _VERB_AFTER.search(masked, back, start) and not (
            (re_lower(match.group())[-3:] == "ing" or "gandakan" in re_lower(match.group()))
            and _ING_AFTER.search(masked, back, start)):
        return False
    return not is_kind_of(masked, match, "multiple")


# The numbers of those patterns start where no digit, letter or mark stands before them.
_LEVEL_MULTIPLE = re.compile(r"\b(?:to|menjadi)\s$", re.I)
_POINTS_CHANGE, _PCT_CHANGE = _CHANGE_PATTERNS[-2][1], _CHANGE_PATTERNS[-1][1]
_CHANGE_WORD = re.compile(r"\b(?:" + _CHANGE_WORDS + r")\s+(?:(?:about|around|roughly|"
                          r"approximately|sekitar|kira-kira)\s+)?$", re.I)
# A rate each period: compounding that the fields' two values do not show. Right after the
# change (`10% a year`, `naik 10% per tahun`), or anywhere for the words that only say that.
_PER_PERIOD_AFTER = re.compile(r"\s*(?:a|per|each|every|setiap|tiap)\s+(?:year|annum|month|"
                               r"quarter|week|tahun|bulan|triwulan|minggu)\b|\s*(?:annually|"
                               r"monthly|yearly|setahun|sebulan|per\s+tahun)\b", re.I)
_PER_PERIOD = re.compile(r"year[\s-]on[\s-]year|month[\s-]on[\s-]month|\b(?:yoy|mom|qoq|cagr)"
                         r"\b|annual\s+growth|pertumbuhan\s+tahunan|compound", re.I)


# A change from another value than the baseline may be meant: `by 30% compared with 2020`,
# `against budget`, `dibanding tahun lalu`, `from 2020 levels`.
_AGAINST_YEAR = re.compile(r"\b(?:compared|relative\s+to|vs\.?|versus|against|dibanding(?:kan)?|"
                           r"terhadap|levels?)\b", re.I)


@dataclass(frozen=True)
class NamedChange:
    """A change a statement names (``halve``, ``double``, ``by 20%``, ``by 5 percentage
    points``): what the target may be, as a multiple of the baseline (``ratios``) or as a
    difference from it in points (``points``, by size)."""

    text: str
    ratios: frozenset[float]
    points: frozenset[float]
    counts: frozenset[float] = frozenset()
    """A change by a count (`by 2000 farmers`): the difference of the two values, its way the
    verb's (``way``)."""
    way: int = 0


def find_change(text: str) -> NamedChange | None:
    """The change the statement names, where its reading is sure; none when a rate is each
    period (`10% year on year`, `naik 10% per tahun`: compounding), when it may count from
    another year than the baseline's (`by 30% compared with 2020`), when the way of a
    percentage is in doubt (no verb, or verbs both ways), or when the statement names two.
    A percentage may be of the value or points of it (`cut churn by 2%`, 5% to 3%), so both
    readings are kept; `sepertiganya` may be by a third or to a third."""
    masked = EMPHASIS.sub(" ", without_dates(text))
    lower = re_lower(masked)  # as the patterns (re.I) read it: ſetengahnya holds setengah
    found: list[tuple[int, re.Match[str]]] = []
    for clue, pattern in _CHANGE_PATTERNS:
        if clues.active and not clue.search(lower):
            continue
        for match in pattern.finditer(masked):
            start = match.start()
            if start and match.group(0)[0].isdigit() and (
                    masked[start - 1].isalnum() or masked[start - 1] in ".,_"
                    or _LEVEL_MULTIPLE.search(masked, max(0, start - 9), start)):
                continue  # B2B, the 5 of 12.5; `to 3x`, `menjadi 3x`: a level
            if "multiple" in pattern.groupindex and not _verb_of_change(masked, match):
                continue  # `reduce double bookings`, `, double rooms included`: no verb
            needs_word = pattern is _PCT_CHANGE or (pattern is _POINTS_CHANGE
                                                     and match.group("by_points") is not None)
            if needs_word:
                before = _CHANGE_WORD.search(masked, max(0, start - 40), start)
                if before is None:
                    continue  # `95%`, `customers with 100 points`: a level, not a change
                start = before.start()
            if any(start < other.end() and other_start < match.end()
                   for other_start, other in found):
                continue  # `sebesar setengahnya`: read once
            found.append((start, match))
            if len(found) > 1:
                return None  # two changes: which is the KPI's?
    if not found:
        return None
    start, match = found[0]
    if (_PER_PERIOD_AFTER.match(masked, match.end()) or _PER_PERIOD.search(masked)
            or _AGAINST_YEAR.search(text)):
        return None
    if match.groupdict().get("count") is not None:
        return _count_change(text, masked, start, match)
    g = match.groupdict()
    said = None if g.get("halve") or g.get("multiple") or g.get("fold") or g.get(
        "points") else verb_way(masked)  # those say their way themselves
    way = said[0] if said else 0
    ratios: set[float] = set()
    points: set[float] = set()
    if g.get("halve") or (g.get("in_half") or g.get("part") == "half") and way == DOWN:
        ratios.add(0.5)
    elif g.get("part"):
        written = " ".join(re_lower(g["part"]).replace("-", " ").split())
        part = _FRACTIONS.get(written.removesuffix("nya"))
        if part is None or not way:
            return None
        ratios.add(1 + way * part)
        if written.startswith("se") and way == DOWN:
            ratios.add(part)  # turun sebesar setengah: to half, which is by half too
    elif g.get("idpart"):
        part = _FRACTIONS[" ".join(re_lower(g["idpart"]).split())]
        if g.get("into"):
            ratios.add(part)
        elif way == DOWN:
            ratios |= {part, 1 - part}  # kurangi sepertiganya: by a third, or to a third
        else:
            return None
    elif g.get("multiple"):
        ratios.add(verb_multiple(g["multiple"]))
    elif g.get("times") or g.get("lipat"):
        written = g.get("times") or g["lipat"]
        values = number_values(written) or {
            float(_MULTIPLE_WORDS.get(re_lower(written), 0))}
        if way != UP:
            return None  # `reduce 3x`: to a third? `3x a week`: a frequency
        ratios |= {v for v in values if v > 1}
    elif g.get("fold"):
        ratios.add(float(_MULTIPLE_WORDS[re_lower(g["fold"]) + "fold"]))
    elif g.get("points"):
        values = number_values(g["points"])
        points |= {v / 100 for v in values} if g.get("bps") else values
    elif g.get("pct"):
        if not way:
            return None
        values = number_values(g["pct"])
        ratios |= {1 + way * v / 100 for v in values if way == UP or v < 100}
        points |= values  # cut churn by 2%: 2 points, or 2% of it
    if not ratios and not points:
        return None
    return NamedChange(as_seen(text[start:match.end()]), frozenset(ratios),
                  frozenset(points))


# After a count and a few words of what it counts, a rate each period: `by 200 members a year`.
_COUNTED_PER_PERIOD = re.compile(r"(?:\s++[^\W\d_]++){0,3}?" + _PER_PERIOD_AFTER.pattern, re.I)


def _count_change(text: str, masked: str, start: int, match: re.Match[str]
                  ) -> NamedChange | None:
    """A change by a count (`grow members by 2000 farmers`), where a verb says its way and no
    rate each period follows (`by 200 members a year`)."""
    said = verb_way(masked)
    if not said or _COUNTED_PER_PERIOD.match(masked, match.end()):
        return None
    return NamedChange(as_seen(text[start:match.end()]), frozenset(), frozenset(),
                       frozenset(number_values(match.group("count"))), said[0])


def change_agrees(change: NamedChange, baseline: float, target: float) -> bool:
    """Whether going from ``baseline`` to ``target`` is the change named: the target within
    5% of the named multiple of the baseline (people round a change: `double` is 1.9 to 2.1
    times, `cut by 20%` 0.76 to 0.84 times), or the two values the named
    points apart (`2 percentage points` is 31 to 33, or 0.31 to 0.33; no other unit: `naik
    10%` is no 10,000 more).
    A baseline of zero or less agrees with any multiple, and so does a target on the other
    side of the baseline (the way is :func:`verb_way`'s and K121's business). A count is the
    difference, in the fields' unit, rounded as a level is (`by 2000` is 1,500 to 2,499 more)."""
    if change.counts:
        if change.way * (target - baseline) < 0:
            return True  # the other way: K121's business
        difference = abs(target - baseline)
        return any(abs(number - difference) < last_digit(number) / 2
                   or abs(number - difference) <= 1e-9 * max(number, difference)
                   for number in change.counts)
    if baseline <= 0 or target < 0:
        if not change.points:
            return True
    else:
        actual = target / baseline
        if not change.points and all((ratio > 1) != (actual > 1) for ratio in change.ratios):
            return True  # the other way: K121's business (`Double bookings fall from 40 to 10`)
        for ratio in change.ratios:
            if abs(actual - ratio) <= APPROXIMATE * ratio * (1 + 1e-9):
                return True
    difference = abs(target - baseline)
    for number in change.points:  # in the fields' unit: points of a percentage or a fraction
        half = last_digit(number) / 2
        for scale in (1.0, 0.01):
            # rounds to the stated points (a half is not, as for a level: `1 percentage
            # point` is no fall of 0.5 or 1.5), or equal but for the float's last bits
            off = abs(number * scale - difference)
            if off < half * scale or off <= 1e-9 * max(number * scale, difference):
                return True
    return False
