"""The levels a statement names: a "from X to Y" (:func:`find_from_to`), a range
(:func:`find_range`), a target named alone (:func:`find_target`) and a bound
(:func:`find_bound`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kpi_catalog.checking.text import clues
from kpi_catalog.checking.text.clues import emptied_with_clues
from kpi_catalog.checking.text.dates import UNTIL_OR_UP_TO, without_dates, year_counts
from kpi_catalog.checking.text.numbers import (
    ABOUT,
    AMOUNT,
    NEXT_WORD,
    TIME_UNITS,
    amount_values,
    count_amounts,
    is_year,
    number_values,
    with_compound,
)
from kpi_catalog.checking.text.way import WAY_OF_WORD, verb_way
from kpi_catalog.checking.text.words import EMPHASIS, as_seen, re_lower

# Between a number and the word that leads to the next: a few words (`120 leads a month`),
# a year (`120 in 2025`: a year before "to" is not read as a deadline) or a note in brackets.
_BETWEEN = (r"(?:\s+[^\W\d]+|\s+(?:in|on|at|pada|di|per|tahun)\s+(?:19|20|21)\d\d\b"
            r"|\s*\([^()]{0,60}\))")
_TO = r"(?:to|menjadi|jadi|ke|hingga|sampai)"
ARROW = r"(?:→|->|⟶|➝|➔|⇒|=>)"
# Each pattern with a clue: a quick search for a word or sign the pattern cannot match
# without, so that the slower pattern runs only on statements that have it (the arrow
# pattern alone cost four times the rest on a plain "from X to Y").
_FROM_TO_PATTERNS = [(re.compile(clue, re.I), re.compile(p, re.I)) for clue, p in [
    # from 120 to 200, dari 120 menjadi 200
    (r"from|dari", r"\b(?:from|dari)\s+" + ABOUT.format(n="a") + AMOUNT.format(n="a")
     + _BETWEEN + r"{0,4}?\s+" + _TO + r"\s+(?:[^\W\d]+\s+){0,3}?" + ABOUT.format(n="b")
     + AMOUNT.format(n="b")),
    # 120 → 200
    (ARROW, ABOUT.format(n="a") + AMOUNT.format(n="a") + r"(?:\s+[^\W\d]+){0,2}?\s*"
     + ARROW + r"\s*"
     + ABOUT.format(n="b") + AMOUNT.format(n="b")),
    # to 200 (from 120); to 200 by 2027, up from 120; menjadi 200 pada 2027, dari 120; to 95%
    # from 88% (the unit after the target may follow the baseline too: to 8 hours (from 12.5
    # hours)); the clue: a number before "from" (`from 120 to 200` has none)
    (r"\d\D{0,80}?\b(?:from|dari)\b",
     r"\b(?:" + _TO + r"|reach|reaching|mencapai|capai)\s+" + ABOUT.format(n="b")
     + AMOUNT.format(n="b")
     + r"(?:\s+(?P<unit>[^\W\d]+))?(?:\s+[^\W\d]+){0,3}?"
     # without a comma, "dari" only between two percentages: `menjadi 12 dari 15` is 12 of 15
     r"(?:\s*[(,;]\s*(?:(?:up|down|naik|turun)\s+)?(?:from|dari)|\s+(?:(?:up|down)\s+)?from"
     r"|(?:(?<=%)|(?<=persen))\s+dari(?=\s+(?:\S+\s)?[-−+]?\d[\d.,]*\s?(?:%|persen)))\s+"
     + ABOUT.format(n="a")
     + AMOUNT.format(n="a")
     # then the end, or a deadline's word before the date (blanked: at least four spaces)
     + r"(?![.,]?\d)(?:\s+(?P=unit))?(?:\s+(?:by|in|on|at|before|until|pada|di|hingga|sampai|"
     r"sebelum|paling\s+lambat|selambat-lambatnya)(?=\s{4}))?(?=\s*(?:$|[.,;:)\]]))"),
    # baseline 2025: 88%; target 2027: 95% (the labelled years are dates, blanked)
    (r"baseline|awal", r"\b(?:baseline|(?:kondisi|nilai|capaian|posisi)\s+awal)\b[^\d:=;]{0,30}?"
     r"[:=]\s*" + ABOUT.format(n="a") + AMOUNT.format(n="a") + r"\s*[,;]?\s*(?:(?:and|dan)\s+)?"
     r"(?:target|sasaran|goal)\b[^\d:=;]{0,30}?[:=]\s*" + ABOUT.format(n="b")
     + AMOUNT.format(n="b")),
    # to 3 million by 2027 (2025: 2.4 million): a year and a colon label the baseline
    (r"\(\s*(?:19|20|21)\d\d\s*:", r"\b(?:" + _TO + r"|reach|reaching|mencapai|capai)\s+"
     + ABOUT.format(n="b") + AMOUNT.format(n="b") + r"(?:\s+[^\W\d]+){0,4}?\s*\(\s*"
     r"(?:19|20|21)\d\d\s*:\s*" + ABOUT.format(n="a") + AMOUNT.format(n="a")
     + r"(?:\s+[^\W\d]+)?\s*\)"),
]]
@dataclass(frozen=True)
class FromTo:
    """A "from X to Y" (``dari X menjadi Y``, ``X → Y``, ``Y (from X)``) phrase: what it
    says the KPI moves between."""

    text: str
    start: frozenset[float]
    end: frozenset[float]
    start_about: bool = False
    """Whether the first number is said to be approximate (`about 120`, `sekitar 120`)."""
    end_about: bool = False
    offset: int = 0
    """Where the phrase starts in the statement."""
    start_end: int = 0
    """Where the baseline's number ends in the statement, its unit with it."""
    baseline_first: bool = True
    """Whether the baseline comes before the target (`from X to Y`, not `to Y from X`)."""
    in_one_unit: tuple[tuple[frozenset[float], frozenset[float]], ...] = ()
    """Where the ends name two units of time: ``start`` and ``end`` read in the first unit,
    then in the second (`between 2 hours and 30 minutes`: 0.5 to 2, or 30 to 120). Both
    ends of the fields must agree with one of them: ``start`` and ``end`` alone hold both
    readings, and 0.5 with 120 mixes hours with minutes."""
    units: tuple[str, ...] = ()
    """The two units' words as written (`hours`, `minutes`), for ``in_one_unit``."""
def _first_phrase(text: str, patterns: list[tuple[re.Pattern[str], re.Pattern[str]]],
                  low_first: bool = False) -> FromTo | None:
    """The phrase that starts first of those ``patterns`` find (groups ``a`` and ``b``; each
    tried where its clue is found), dates and Markdown emphasis left out; none when both its
    numbers are years. ``low_first``: the ends of a range, the lower one first once both are
    in one unit (`between 2 hours and 30 minutes` is 30 to 120 minutes, not 2 to 30)."""
    masked = EMPHASIS.sub(" ", without_dates(text))
    first = None
    for clue, pattern in patterns:
        match = pattern.search(masked) if not clues.active or clue.search(masked) else None
        if match and (first is None or match.start() < first.start()):
            first = match
    if first is None or (is_year(first, "a") and is_year(first, "b")):
        return None  # "from 2026 to 2027": years, not values
    shown = as_seen(text[first.start():first.end()])
    named = first.re.groupindex
    start_end = max(first.end(name) for name in ("a", "apct", "ascale")
                    if first.group(name) is not None)
    start, end = amount_values(first, "a"), amount_values(first, "b")
    end_end = max(first.end(name) for name in ("b", "bpct", "bscale")
                  if first.group(name) is not None)
    shown_end, end = with_compound(masked, end_end, end)
    if shown_end > first.end():
        shown = as_seen(text[first.start():shown_end])
    factor, words = _time_factor(masked, start_end, first.end("b"))
    one_unit: tuple[tuple[frozenset[float], frozenset[float]], ...] = ()
    start_about = "aabout" in named and first.group("aabout") is not None
    end_about = "babout" in named and first.group("babout") is not None
    if factor != 1:  # from 3 days to 4 hours: 72 to 4, or 3 to 1/6
        unit = NEXT_WORD.match(masked, first.end("b"))
        if unit is not None and unit.end() > shown_end:  # the second unit said: `4 hours`
            shown = as_seen(text[first.start():unit.end()])
        in_second, in_first = frozenset(v * factor for v in start), frozenset(
            v / factor for v in end)
        if low_first and min(in_second) > max(end):  # 2 hours and 30 minutes: 120 > 30
            one_unit = ((in_first, start), (end, in_second))
            start, end = end | in_first, start | in_second
            start_about, end_about = end_about, start_about
        else:
            one_unit = ((start, in_first), (in_second, end))
            start, end = start | in_second, end | in_first
    return FromTo(shown, start, end, start_about, end_about, first.start(), start_end,
                  first.start("a") < first.start("b"), one_unit, words if one_unit else ())


def _time_factor(text: str, start_end: int, end_end: int) -> tuple[float, tuple[str, ...]]:
    """How many of the second amount's time unit the first one's is, where each names
    another (`from 3 days to 4 hours`: 24), and the two words; 1 otherwise."""
    units, words = [], []
    for at in (start_end, end_end):
        word = NEXT_WORD.match(text, at)
        units.append(TIME_UNITS.get(re_lower(word.group(1))) if word else None)
        words.append(word.group(1) if word else "")
    first, second = units
    return (first / second, tuple(words)) if first and second else (1, ())


@emptied_with_clues
@lru_cache(maxsize=256)  # K113 and K121 ask of the same statement, one after the other
def find_from_to(text: str) -> FromTo | None:
    """The first "from X to Y" with numbers on both sides (or ``X → Y``, ``to Y (from X)``,
    ``to Y from X``), dates and Markdown emphasis left out."""
    return _first_phrase(text, _FROM_TO_PATTERNS)
_RANGE_PATTERNS = [(re.compile(clue, re.I), re.compile(p, re.I)) for clue, p in [
    # between 95% and 98%, antara 95% dan 98%, antara 30 hingga 45 hari
    (r"between|antara", r"\b(?:between|antara)\s+" + ABOUT.format(n="a")
     + AMOUNT.format(n="a")
     + r"(?:\s+[^\W\d]+){0,2}?\s+(?:and|to|dan|hingga|sampai|s\.d\.|s/d)\s+"
     + AMOUNT.format(n="b")),
    # 95–98%, 30 - 45 days
    (r"[-–—]", AMOUNT.format(n="a") + r"\s?[-–—]\s?" + AMOUNT.format(n="b")),
    # in the range of 30 to 45 days, pada kisaran 30 hingga 45 hari
    (r"range|kisaran|rentang", r"\b(?:range|kisaran|rentang)\s+(?:of\s+)?"
     + AMOUNT.format(n="a") + r"(?:\s+[^\W\d]+){0,2}?\s+(?:to|hingga|sampai)\s+"
     + AMOUNT.format(n="b")),
]]


def find_range(text: str) -> FromTo | None:
    """The first range with numbers at both ends: ``between 95% and 98%``, ``antara 95% dan
    98%``, ``95–98%``, ``kisaran 30 hingga 45 hari`` (dates and Markdown emphasis left out),
    or a level with a tolerance (``3% ±1 pp``, ``3 ± 1%``: 2 to 4). ``start`` holds the low
    end, ``end`` the high end: as written, or, where the ends name two units of time, as they
    compare in one (`between 2 hours and 30 minutes`: 30 to 120 minutes, or 0.5 to 2 hours)."""
    phrase = _first_phrase(text, _RANGE_PATTERNS, low_first=True)
    tolerance = _tolerance(text)
    if tolerance is not None and (phrase is None or tolerance.offset < phrase.offset):
        return tolerance
    return phrase


# A level with a tolerance either side: `3% ±1 pp`, `3 ± 1%`, `95% (+/- 2 percentage points)`.
_TOLERANCE = re.compile(AMOUNT.format(n="a") + r"\s*+\(?\s*+(?:±|\+/-|\+/−|\+-)\s*+"
                        + AMOUNT.format(n="b") + r"(?:\s*+(?:pp|ppt|p\.p\.|percentage\s+points?|"
                        r"poin(?:\s+persentase)?)\b)?", re.I)


def _tolerance(text: str) -> FromTo | None:
    """A level with a tolerance (:data:`_TOLERANCE`) as the range it allows: the level less
    the tolerance to the level plus it, each reading of the level with each of the tolerance's
    (`1,5 ± 0,5` may be read either way). Dates and Markdown emphasis left out."""
    if "±" not in text and "+/" not in text and "+-" not in text:
        return None
    masked = EMPHASIS.sub(" ", without_dates(text))
    match = _TOLERANCE.search(masked)
    if match is None:
        return None
    levels, widths = amount_values(match, "a"), number_values(match.group("b"))
    low = frozenset(level - width for level in levels for width in widths)
    high = frozenset(level + width for level in levels for width in widths)
    return FromTo(as_seen(text[match.start():match.end()]), low, high, offset=match.start(),
                  start_end=match.end("a"))


# A target named alone: "reach 95%", "mencapai 95%"; or "to 95%" after a verb that moves
# the value ("reduce churn to 3%", "turunkan churn menjadi 3%", :func:`verb_way`). The amount
# may not be glued to letters (`1st`) and is not a year.
REACH_VERBS = (r"reach|reaches|reaching|achieve|achieves|achieving|attain|attains|attaining|hit|"
               r"hits|hitting|mencapai|capai|capailah|meraih|raih|raihlah|menjangkau|jangkau|"
               r"jangkaulah")
"""The verbs that reach a level (`reach 95%`, `mencapai 95%`, `menjangkau 12.000 petani`, as
`reach 12,000 farmers`): K113 reads a target after them, K123 a level of a measure."""
_REACH = re.compile(r"reach|achiev|attain|hit|capai|raih|jangkau", re.I)  # their clue
_TARGET_REACH = re.compile(
    r"\b(?:" + REACH_VERBS + r"|tercapai)\s+"
    r"(?:(?:a|an|the|target|level|of|angka|target|tingkat)\s+){0,2}?"
    + ABOUT.format(n="b") + AMOUNT.format(n="b") + r"(?![^\W_])", re.I)
# Or with a few words of what is reached first (`achieve sales of IDR 50 billion`, `mencapai
# penjualan batu bara 18 juta ton`), read only where the statement states no other amount;
# not across a word that starts another part (`reach farmers in 30 districts`), nor a bound's
# (`raih minimal 5 medali`: a bound, read as one).
_TARGET_REACH_AFTER_WORDS = re.compile(
    r"\b(?:" + REACH_VERBS + r")\s+"
    r"(?:(?!(?:and|or|while|with|by|in|on|at|to|from|for|within|before|after|during|per|dan|"
    r"atau|serta|sambil|dengan|di|pada|ke|dari|dalam|untuk|sebelum|setelah|selama|hingga|"
    r"sampai|minimal|minimum|maksimal|maksimum|maximum|setidaknya|sekurangnya|paling|tidak|"
    r"lebih|kurang|above|below|under|over|more|less|no|not|up)\b)[^\W\d_]++\s+){1,3}?"
    + ABOUT.format(n="b") + AMOUNT.format(n="b") + r"(?![^\W_])", re.I)
_TO_WORD = re.compile(r"\bto\b|menjadi", re.I)
_TARGET_TO = re.compile(r"(?<!\bup\s)\b(?:to|menjadi)\s+" + ABOUT.format(n="b")
                        + AMOUNT.format(n="b") + r"(?![^\W_])", re.I)


@dataclass(frozen=True)
class Target:
    """A target named alone in a statement (``reach 95%``): what it says the KPI reaches."""

    text: str
    values: frozenset[float]
    about: bool


def find_target(text: str, counts: frozenset[int] = frozenset()) -> Target | None:
    """The first target named without a baseline: after reach, achieve, hit, mencapai,
    capai, meraih; or after "to"/"menjadi" in a statement whose verb moves the value one
    way (``reduce churn to 3%``), not after "up to". Dates and Markdown emphasis left
    out, but the years that end where ``counts`` says (counts the fields make of them:
    :func:`without_dates`); a year is not a target. Ask only where :func:`find_from_to` finds
    no phrase."""
    masked = EMPHASIS.sub(" ", without_dates(text, counts))
    match = _TARGET_REACH.search(masked) if not clues.active or _REACH.search(masked) else None
    if (match is None and (not clues.active or _REACH.search(masked))
            and count_amounts(text, counts) == 1):
        match = _TARGET_REACH_AFTER_WORDS.search(masked)
    if match is None and (not clues.active or _TO_WORD.search(masked)) and verb_way(masked):
        match = _TARGET_TO.search(masked)
    if match is None or (is_year(match, "b") and match.end("b") not in counts
                         and not year_counts(text, match.end("b"), re_lower(
                             masked[match.start():match.start("b")].split()[0]), moved=True)):
        return None  # `to 2005 levels`; not `reach 2000 pupils`, `grow members to 2000.` ("to"
        # is read only after a verb that moves the value)
    end, values = with_compound(masked, match.end(), amount_values(match, "b"))
    shown = as_seen(text[match.start():end])
    return Target(shown, values, bool(match.group("babout")))


# A share at the statement's start, after its first word or as its subject, a deadline before
# it or not: `Deliver 98% of parcels`, `Selesaikan 90% klaim`, `95% of invoices are paid`, `By
# 31 March 2027, 95% of invoices are paid`, `Sebelum Juni 2027, 95% faktur dibayar`.
_LEAD_SHARE = re.compile(r"\s*+(?:[^\W\d_]++(?:\s++[^\W\d_]++){0,3}?\s*+,\s*+)?"
                         r"(?:(?P<verb>[^\W\d_]++)\s++)?" + ABOUT.format(n="b")
                         + AMOUNT.format(n="b") + r"(?=\s++[^\W\d_])", re.I)
_SHARE = re.compile(r"%|\b(?:percent|per\s?cent|persen)\b", re.I)


def find_lead_share(text: str) -> Target | None:
    """The share a statement names at its start (:data:`_LEAD_SHARE`), after a deadline or
    not: as its subject (`95% of invoices are paid within 30 days`), or right after its first
    word, a verb that moves the value no way of its own (`Deliver 98% of parcels within 48
    hours`, `Selesaikan 90% klaim dalam 10 hari kerja`: not `Cut 20% of costs`, a change, nor
    `Add`), where it is the statement's only percentage: the level of a KPI counted in percent
    (its other amounts, `48 hours`, say what is counted). Dates and Markdown emphasis left
    out."""
    masked = EMPHASIS.sub(" ", without_dates(text))
    match = _LEAD_SHARE.match(masked)
    if (match is None or not match.group("bpct") or len(_SHARE.findall(masked)) != 1
            or (match.group("verb") and re_lower(match.group("verb")) in WAY_OF_WORD)
            or _ADD_RIGHT_BEFORE.search(masked, 0, match.start("babout") if match.group("babout")
                                        else match.start("b")) is not None):
        return None
    first = match.start("verb") if match.group("verb") else match.start()
    return Target(as_seen(text[first:match.end()].strip()), amount_values(match, "b"),
                  bool(match.group("babout")))


# A bound the value keeps to: "at least 18%", "minimal 18%", "at or below 1.5%", "tidak lebih
# dari 1,5%", "99.9% or higher". Strict words (`below 3%`) count too: a field at the bound
# itself is how such targets are written.
AT_LEAST = (r"at\s+least|no\s+less\s+than|not\s+less\s+than|(?:a\s+)?minimum\s+of|"
             r"at\s+or\s+above|above|over|more\s+than|minimal|minimum|sekurang-kurangnya|"
             r"sekurangnya|setidaknya|setidak-tidaknya|paling\s+sedikit|tidak\s+kurang\s+dari|di\s+atas|"
             r"lebih\s+dari|min\.")
AT_MOST = (r"at\s+most|no\s+more\s+than|not\s+more\s+than|(?:a\s+)?maximum\s+of|"
            r"at\s+or\s+below|below|under|less\s+than|maksimal|maksimum|maks\.?|max\.?|"
            r"paling\s+banyak|tidak\s+lebih\s+dari|di\s+bawah|kurang\s+dari|up\s+to|(?:"
            + "|".join(UNTIL_OR_UP_TO) + r")(?:\s+dengan)?")
_BOUND_CLUE = re.compile(r"least|less|more|most|min|max|maks|above|below|over|under|"
                         r"sekurang|setidak|paling|atas|bawah|lebih|kurang|higher|lower|fewer|up|hingga|sampai|"
                         r"greater", re.I)
_BOUND = re.compile(
    r"(?<![\w-])(?:(?P<low>" + AT_LEAST + r")|(?P<high>" + AT_MOST + r"))\s+"
    + ABOUT.format(n="b") + AMOUNT.format(n="b") + r"(?![^\W_])", re.I)
_OR_MORE = (r"\s+(?:or|atau)\s+(?:(?P<clow>more|higher|above|greater|lebih\s+tinggi|"
            r"lebih(?!\s+rendah))|(?P<chigh>less|lower|fewer|below|kurang|lebih\s+rendah))\b")
_OR_MORE_CLUE = re.compile(_OR_MORE, re.I)
# `99.9% or higher`: the amount is looked for only where the words after it stand
_BOUND_AFTER = re.compile(AMOUNT.format(n="c") + _OR_MORE + r"\Z", re.I)


WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*+$")
_CHANGE_BEFORE = frozenset("by sebesar dengan".split())
# After a verb that moves the value, a bound is the level reached only after one of these:
# `reduce infections to at most 1.5%`, `menurunkan infeksi menjadi tidak lebih dari 1,5%`.
_LEVEL_BEFORE = frozenset("to at of menjadi hingga sampai pada di".split())
# A verb that adds (`menambah sarang hingga 2028 koloni`): the "up to" after it bounds the
# level reached, or the change where it follows the verb right away (`add up to 30 lanes`,
# `menambah hingga 2000 nasabah`) or what is counted is said to be new (`hingga 2000 nasabah
# baru`, `up to 40 new clinics`).
ADD_VERBS = r"add|adds|added|adding|menambah|menambahkan|tambah|tambahkan"
"""The verbs that add a count (`add 150 teachers`, `menambah 150 guru`): K113 reads the "up to"
after them, K123 the count right after them as a change."""
_ADD_BEFORE = re.compile(r"\b(?:" + ADD_VERBS + r")\b", re.I)
_ADD_RIGHT_BEFORE = re.compile(r"\b(?:" + ADD_VERBS + r")\s++$", re.I)
_UP_TO = ("hingga", "sampai", "up to")
NEW_AFTER = (r"(?:\s++[^\W\d_]++){0,2}?\s++(?:baru|tambahan|lagi|new|more|additional|extra)"
             r"(?![^\W\d_])")
"""After a count, within two words, that what it counts is new (`40 new clinics`, `2000 nasabah
baru`, `20 more staff`): the count is added to the level, a change."""
_NEW_AFTER = re.compile(NEW_AFTER, re.I)


@dataclass(frozen=True)
class Bound:
    """A bound named as a statement's only amount (``at least 18%``): the least (or most)
    the KPI is to be."""

    text: str
    values: frozenset[float]
    at_least: bool
    about: bool
    change: bool = False
    """Whether it bounds the change from the baseline (`menambah hingga 2000 nasabah baru`)."""


def find_bound(text: str, counts: frozenset[int] = frozenset()) -> Bound | None:
    """The bound a statement names when that bound is the only amount it states (dates
    left out): with two amounts (`under 30 minutes for 90% of patients`) which one is the
    KPI's is in doubt. Ask only where :func:`find_from_to` and :func:`find_target` find
    nothing. ``counts``: where the dates end that are counts (:func:`without_dates`)."""
    masked = EMPHASIS.sub(" ", without_dates(text, counts))
    if clues.active and not _BOUND_CLUE.search(masked):
        return None
    match = _BOUND.search(masked)
    if match is None:
        after = _OR_MORE_CLUE.search(masked)
        if after is not None:  # the amount ends where "or more" starts (at most 40 before)
            match = _BOUND_AFTER.search(masked, max(0, after.start() - 40), after.end())
    if match is None or count_amounts(text, counts) != 1:
        return None
    before = WORD_BEFORE.search(masked, max(0, match.start() - 40), match.start())
    word = before.group(1).lower() if before else ""
    added = (word not in _CHANGE_BEFORE and re_lower(match.group()).startswith(_UP_TO)
             and _ADD_BEFORE.search(masked, 0, match.start()) is not None)
    if not added and (word in _CHANGE_BEFORE or (word not in _LEVEL_BEFORE
                                                  and verb_way(masked))):
        return None  # `reduce complaints by at least 20%`: a change, not the level reached
    name = "b" if match.re is _BOUND else "c"
    if (is_year(match, name) and match.end(name) not in counts
            and not year_counts(text, match.end(name), bounded=True)):
        return None  # `under 2027`; not `at least 2000 members`, `up to 2000 funeral directors`
    end, values = with_compound(masked, match.end(), amount_values(match, name))
    shown = as_seen(text[match.start():max(end, match.end())])
    at_least = bool(match.group("low") if name == "b" else match.group("clow"))
    about = name == "b" and match.group("babout") is not None
    return Bound(shown, values, at_least, about, added and (
        _NEW_AFTER.match(masked, match.end()) is not None
        or _ADD_RIGHT_BEFORE.search(masked, max(0, match.start() - 20), match.start()) is not None))
