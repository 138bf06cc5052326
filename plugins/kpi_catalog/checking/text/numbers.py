"""Numbers and amounts in a statement: where they stand (:func:`find_numbers`), what a
written number may mean (:func:`number_values`), and the pattern of an amount that the
phrases, changes and measures read."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kpi_catalog.checking.text import clues
from kpi_catalog.checking.text.dates import without_dates
from kpi_catalog.checking.text.quantities import Written
from kpi_catalog.checking.text.way import VERB_MULTIPLES
from kpi_catalog.checking.text.words import one_of, re_lower

# --- numbers -------------------------------------------------------------------------

CURRENCY_PREFIXES = frozenset(
    "rp idr usd us sgd s eur gbp jpy aud cny myr hkd chf thb inr krw nzd cad".split())
SHARES_ID = {"setengah": 1 / 2, "separuh": 1 / 2, "sepertiga": 1 / 3, "seperempat": 1 / 4,
             "seperlima": 1 / 5, "dua pertiga": 2 / 3}
"""The shares of a value said in Indonesian words, and what each is (`sepertiga`; with -nya,
`sepertiganya`: a third of it): K102 reads them as numbers, K113 as a change, K123 as a
second measure's change."""
SHARE_ID = one_of(SHARES_ID).replace(r"\ ", r"\s++")
"""A pattern of any of :data:`SHARES_ID` (match case-insensitively)."""
# Number words, the verbs that multiply (:data:`VERB_MULTIPLES`: `gandakan` and `doubling`
# say how much as `double` does) and the shares (`sepertiganya`).
NUMBER_WORDS = frozenset("""
    zero two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty sixty seventy eighty ninety hundred thousand million billion trillion
    percent per-cent half twice dozen
    nol dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh ratus
    seratus ribu seribu juta sejuta miliar milyar triliun persen lipat
    third thirds fifth twofold threefold fourfold
""".split()) | frozenset(VERB_MULTIPLES) | {
    share + nya for share in SHARES_ID if " " not in share for nya in ("", "nya")}
SPACES_IN_NUMBERS = "\u0020\u00a0\u2009\u202f"
"""The spaces that group a number's thousands (`1 234`, `12 500`: a space, a no-break space, a
thin space or a narrow one)."""
DIGITS = (r"(?:(?<!\d)(?<!\d[" + SPACES_IN_NUMBERS + r"])\d{1,3}(?:[" + SPACES_IN_NUMBERS
          + r"]\d{3}(?!\d))++(?:[.,]\d+)?|\d+(?:[.,]\d+)*)")
"""A number in digits: grouped by commas, dots or spaces (`1,200`, `1.234,5`, `1 234`); a group
after a space starts no number of its own (a run of groups is read once: linear)."""
# `a quarter`, `three quarters`: a share in words (`quarter` alone is a period, `each quarter`)
_QUARTERS = re.compile(r"\b(?:a|one|three)[\s-]quarters?\b", re.I)
_DIGITS = re.compile(DIGITS)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LETTERS_AT_END = re.compile(r"(?<![^\W\d_])[^\W\d_]++$")


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    text: str


def find_numbers(text: str, counts: frozenset[int] = frozenset()) -> list[NumberMention]:
    """Quantities stated in the text, dates left out (digits and number words); ``counts``:
    where the dates end that are counts (:func:`without_dates`)."""
    return sorted(_numbers(without_dates(text, counts)), key=lambda m: m.start)


def states_number(text: str) -> bool:
    """Whether :func:`find_numbers` finds any (it stops at the first)."""
    if not clues.active:
        return bool(find_numbers(text))
    return next(_numbers(without_dates(text)), None) is not None


def _numbers(masked: str) -> Iterator[NumberMention]:
    """:func:`find_numbers`' quantities, those in digits first, then number words."""
    previous_end = 0  # the letters before a number lie after the previous number
    for match in _DIGITS.finditer(masked):
        start, end = match.span()
        letters = _LETTERS_AT_END.search(masked, previous_end, start)
        previous_end = end
        if letters and letters.group().lower() not in CURRENCY_PREFIXES:
            continue  # Q4, H1, B2B, ISO9001: a code, not a quantity; Rp5 is an amount
        yield NumberMention(start, end, match.group())
    for match in _WORD.finditer(masked):
        if match.group().lower() in NUMBER_WORDS:
            yield NumberMention(match.start(), match.end(), match.group())
    for match in _QUARTERS.finditer(masked):
        yield NumberMention(match.start(), match.end(), match.group())


def count_amounts(text: str, counts: frozenset[int] = frozenset()) -> int:
    """How many numbers in digits the text states, dates and codes left out (`IDR 520
    billion` is one: its scale word is no second amount), nor those that make a word
    (`30-day mortality`, `a 5-star rating`: what is measured, not how much); a duration in
    two units (`2 hours and 30 minutes`) is one."""
    count, compound_end = 0, -1
    masked = without_dates(text, counts)
    for mention in find_numbers(text, counts):
        if (not mention.text[0].isdigit() or _JOINED_WORD.match(text, mention.end)
                or mention.start < compound_end):
            continue  # `30-day`; the 30 of `2 hours and 30 minutes`: one amount
        count += 1
        compound = compound_duration(masked, mention.end)
        if compound is not None:
            compound_end = compound[0]
    return count


_JOINED_WORD = re.compile(r"-[^\W\d_]")


_NUMBER_SPACES = re.compile("[" + SPACES_IN_NUMBERS + "]")


def number_values(text: str) -> set[float]:
    """What a written number may mean: ``1,200`` is 1200 (English) or 1.2 (Indonesian)."""
    text = _NUMBER_SPACES.sub("", text.strip())  # `1 234`: grouped by spaces
    values: set[float] = set()
    for thousands, decimal in ((",", "."), (".", ",")):
        parts = text.split(decimal)
        if len(parts) > 2:
            continue
        whole = parts[0]
        groups = whole.split(thousands)
        if len(groups) > 1 and not all(len(g) == 3 for g in groups[1:]):
            continue
        decimals = parts[1] if len(parts) == 2 else ""
        number = "".join(groups) + ("." + decimals if decimals else "")
        try:
            value = float(number)
        except ValueError:
            continue
        # `0.20`: its last zero says hundredths, which the float 0.2 no longer does
        values.add(Written(value, 10.0 ** -len(decimals)) if decimals.endswith("0") else value)
    return values
SCALE_WORDS = {
    "k": 1e3, "rb": 1e3, "ribu": 1e3, "thousand": 1e3,
    "m": 1e6, "mn": 1e6, "mio": 1e6, "jt": 1e6, "juta": 1e6, "million": 1e6, "millions": 1e6,
    "b": 1e9, "bn": 1e9, "miliar": 1e9, "milyar": 1e9, "billion": 1e9, "billions": 1e9,
    "t": 1e12, "tn": 1e12, "triliun": 1e12, "trillion": 1e12,
}
_CURRENCY = r"(?:Rp\.?|IDR|USD|US\$|SGD|S\$|EUR|\$|€|£)"
# Not a share's whole: `3 in 12 months` is a count in a time (nor `120 in 2026`: a year).
_PERIODS = (r"days?|weeks?|months?|quarters?|years?|hours?|minutes?|hari|minggu|pekan|bulan|"
            r"triwulan|kuartal|tahun|jam|menit")
# An amount: a currency, a sign (`-5%`, `+20`, `−3`), digits in any grouping, a share of a
# whole (`1 in 4`, `3 out of 5`, `1 dari 4`: group `{n}of`), a percent sign or word, a scale
# word and a "per" part (`4.5/5`, `120/month`); or a ratio to one (`1:20`, `1:2.500`), read by
# its second number. Bounded: linear in the text.
AMOUNT = (r"(?:(?P<{n}cur>" + _CURRENCY + r")\s?|(?<![\w.,])(?P<{n}ratio>1\s?:\s?(?=\d))?)"
           r"(?P<{n}sign>[-−+])?(?P<{n}>" + DIGITS.replace("{", "{{").replace("}", "}}") + ")"
           r"(?:\s++(?:in|out\s+of|dari)\s++(?!(?:19|20|21)\d\d\b)(?P<{n}of>\d+(?:[.,]\d+)*+)(?![.,]?\d|\s*+%)"
           r"(?!\s*+(?:" + _PERIODS + r")\b))?"
           r"(?:\s?(?P<{n}pct>%|percent\b|per\s?cent\b|persen\b))?"
           r"(?:\s?(?P<{n}scale>" + one_of(SCALE_WORDS)
           + r")\b)?(?:\s?/\s?(?:\d+\b|[^\W\d]+))?")
# "about 30%": the group `{n}about` says the number is approximate (held to APPROXIMATE).
ABOUT = (r"(?:(?P<{n}about>about|around|approximately|approx\.|roughly|nearly|almost|circa|"
          r"ca\.|c\.|some|sekitar|kira-kira|hampir|kurang\s+lebih|±|~)\s*)?")
def amount_values(match: re.Match[str], name: str) -> frozenset[float]:
    values = number_values(match.group(name))
    if match.group(name + "ratio"):  # 1:20 is 20 to one, or one twentieth (0.05)
        values |= {1 / v for v in values if v}
    if match.group(name + "of"):
        shares = _shares(values, number_values(match.group(name + "of")))
        # `1 in 4` is a share; `menjadi 12 dari 15 desa` may be a count of 12, `4 out of 5` a
        # score of 4
        values = shares if shares and values == {1.0} else values | shares
    scale = match.group(name + "scale")
    factor = SCALE_WORDS.get(scale.lower(), 1.0) if scale else 1.0
    if factor == 1e6 and scale.lower() == "m" and (match.group(name + "cur") or "")[:2] in (
            "Rp", "RP", "rp", "rP"):
        factor = 1e9  # Rp 1,1 M: miliar, as Indonesian writes rupiah (a million is jt)
    if match.group(name + "sign") in ("-", "−"):
        factor = -factor
    return frozenset(v.times(factor) if isinstance(v, Written) else v * factor for v in values)


def _shares(parts: set[float], wholes: set[float]) -> set[float]:
    """What `1 in 4` may mean: the share in percent (25) or as a fraction (0.25), each written
    to two digits (`1 in 3` is 33 or 33.3%); none where the part is not less than the whole
    (`95 in 10 districts`)."""
    shares: set[float] = set()
    for part in parts:
        for whole in wholes:
            if 0 < part < whole:
                share = part / whole
                place = 10.0 ** (math.floor(math.log10(share)) - 1)
                shares |= {Written(share * 100, place * 100), Written(share, place)}
    return shares


_A_YEAR = re.compile(r"(?:19|20|21)\d\d")


def is_year(match: re.Match[str], name: str) -> bool:
    return bool(_A_YEAR.fullmatch(match.group(name))
                and not match.group(name + "pct") and not match.group(name + "scale"))


TIME_UNITS = {  # in seconds: a call centre counts them (`from 3 minutes to 90 seconds`, `2 h`)
    **dict.fromkeys("second seconds sec secs detik dtk".split(), 1),
    **dict.fromkeys("minute minutes min mins menit mnt".split(), 60),
    **dict.fromkeys("hour hours h hr hrs jam".split(), 60 * 60),
    **dict.fromkeys("day days hari".split(), 60 * 60 * 24),
    **dict.fromkeys("week weeks minggu pekan".split(), 60 * 60 * 24 * 7),
    **dict.fromkeys("month months bulan".split(), 60 * 60 * 24 * 30),
    **dict.fromkeys("year years tahun".split(), 60 * 60 * 24 * 365),
}
NEXT_WORD = re.compile(r"\s*+([^\W\d_]++)")
_PER = re.compile(r"/|\bper\b", re.I)
_ONE_WORD = re.compile(r"[^\W\d_]+")


def counted_in(unit: str) -> str:
    """The part of a KPI's ``unit`` before `per` or `/`: what one value counts (`hours` of
    `hours per parcel`, `%` of `% per tahun`)."""
    return _PER.split(unit, maxsplit=1)[0].strip()


def unit_word(unit: str) -> str:
    """The one word a KPI's ``unit`` counts in, lower case (`hours` of `hours per parcel`,
    `jam` of `jam/karyawan`), or "" where it is more (`working days`: no unit of time) or
    none (`%`): what K113 and the import of durations ask of the unit."""
    counted = counted_in(unit)
    return re_lower(counted) if _ONE_WORD.fullmatch(counted) else ""


_PERCENT_UNIT = re.compile(r"%|(?:percent|per\s?cent|persen|percentage|persentase)\b", re.I)


def in_percent(unit: str) -> bool:
    """Whether a KPI's ``unit`` counts in percent (`%`, `% of orders`, `percent`, `persen`):
    a share the statement names is then its level."""
    return _PERCENT_UNIT.match(counted_in(unit)) is not None


# Words of a unit that name nothing counted (`% of orders`, `visits a month`).
_NOT_COUNTED = frozenset("a an the of and or in on at to for by dari dan atau di ke pada untuk "
                         "yang".split())


def counted_words(unit: str) -> frozenset[str]:
    """The words of what one value of a KPI's ``unit`` counts, lower case and without a plural
    s (`store` and `visit` of `store visits per month`, `berkas` of `berkas`): a number that
    these follow counts them."""
    return frozenset(word_stem(re_lower(word)) for word in _ONE_WORD.findall(counted_in(unit))
                     if re_lower(word) not in _NOT_COUNTED)


def word_stem(word: str) -> str:
    """A lower-case word without a plural s (`visits`, `visit`; not `class` or `bus`)."""
    return word[:-1] if len(word) > 3 and word[-1] == "s" and word[-2] not in "su" else word


# After an amount, a smaller unit of time that makes one duration with it: `2 hours and 30
# minutes`, `2 jam 30 menit`, `1 day, 4 hours`.
_COMPOUND = re.compile(r"\s*+([^\W\d_]++)\s*+,?\s*+(?:(?:and|dan)\s++)?(\d+(?:[.,]\d+)?)\s*+"
                       r"([^\W\d_]++)\b", re.I)


def compound_duration(text: str, at: int) -> tuple[int, float, frozenset[float]] | None:
    """A duration in two units after the amount ending at ``at`` (`2 hours and 30 minutes`):
    where it ends, how many of the smaller unit the larger is (60), and the smaller number's
    values (30). None where no such duration follows: one amount is two numbers only there."""
    match = _COMPOUND.match(text, at)
    if match is None:
        return None
    larger = TIME_UNITS.get(re_lower(match.group(1)))
    smaller = TIME_UNITS.get(re_lower(match.group(3)))
    if not larger or not smaller or smaller >= larger:
        return None
    return match.end(), larger / smaller, frozenset(number_values(match.group(2)))


def with_compound(text: str, at: int, values: frozenset[float]
                   ) -> tuple[int, frozenset[float]]:
    """Where an amount ends and what it may mean, a compound duration read whole: `2 hours
    and 30 minutes` is 2.5 (hours) or 150 (minutes); else ``at`` and ``values``."""
    compound = compound_duration(text, at)
    if compound is None:
        return at, values
    end, ratio, smaller = compound
    return end, frozenset({v + p / ratio for v in values for p in smaller}
                          | {v * ratio + p for v in values for p in smaller})
