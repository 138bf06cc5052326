"""Reading KPI statements written in English or Bahasa Indonesia.

The KPI-writing rules ask simple questions of one sentence: how many sentences is it,
does it state a number, does it state a date, which acronyms does it use. Both
languages are handled by the same functions; nothing needs to be told which language
a statement is in. Everything here leans towards *not* finding a problem: a rule that
nags about good KPIs teaches people to ignore all rules.

* :func:`count_sentences` splits on ``.``, ``!`` and ``?`` followed by a space and a
  capital letter, but not after abbreviations (``e.g.``, ``Rp.``, ``dll.``, ``No.``,
  ``Des.``), initials (``A. Rahman``) or inside URLs; decimals (``12.5``), thousands
  (``1.200``) and times (``10.30``) have no space after the dot, so never split.
* :func:`find_dates` finds dates that name a year: ``31 December 2026``,
  ``Desember 2026``, ``Dec. 2026``, ``2026-12-31``, ``31/12/2026``, ``Q4 2026``,
  ``H1 2027``, ``triwulan IV 2026``, ``end of 2026``, ``YE 2026``, ``akhir 2026``,
  ``mid-2027``, ``FY2026``, ``by 2027``, ``every month of 2027``, ``sepanjang 2027``,
  ``pada tahun 2027``, ``di 2027``, ``paruh kedua 2027``, ``before 2028`` (2027), ``Q4/2027``,
  ``TW IV/2027``, ``Q4 FY27``, ``late 2027``, ``the 2027 planting season``, ``musim giling
  2027``. Each comes with the days it may mean.
* :func:`find_numbers` finds stated quantities outside those dates: ``1,200``,
  ``1.200``, ``12,5%``, ``Rp 5 miliar``, ``IDR 2.5 billion``, ``30 days`` and number
  words (``zero``, ``double``, ``dua``, ``juta``, ``persen``); digits inside codes such
  as ``Q4``, ``H1`` or ``B2B`` are not quantities.
* :func:`find_deadlines` keeps the dates that may be the deadline: not the baseline's
  (``from 88% in 2025``, ``88% (2025)``, ``baseline 2025: 88%``).
* :func:`find_change` reads a change named as such (``halve``, ``double``, ``3x``, ``by a
  third``, ``by 20%``, ``by 5 percentage points``, ``dua kali lipat``, ``setengahnya``,
  ``turun 5 poin persentase``), to compare with the way from baseline to target.
* :func:`find_jargon` lists acronyms (``CAC``, ``SQLs``, ``B2B``, ``P&L``, ``eNPS``) that neither
  the glossary nor a small list of well-known tokens explains.

Statements come from pull requests, so every function here takes time linear in the
length of the text, whatever it holds: no pattern can backtrack over a run it has already
read (possessive quantifiers, and lookbehinds that start a run's pattern only at the start
of the run), and nothing searches again from the start of the text for each match.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

# --- clues -------------------------------------------------------------------------

_clues = True
"""Whether the finders skip a pattern where its clue is not in the text (always, but inside
:func:`clues_bypassed`)."""


@contextmanager
def clues_bypassed() -> Iterator[None]:
    """Inside, every finder here (and :meth:`VagueWords.find`) runs as if each clue were
    found: every pattern is tried on every text, no early return. A clue only saves time, so
    the answers must be the same: this exists for tests/rules/test_text_clues.py, which checks
    that, and for nothing else. The caches of answers are emptied on the way in and out; not
    for use with threads."""
    global _clues
    _clear_caches()
    _clues = False
    try:
        yield
    finally:
        _clues = True
        _clear_caches()


def clues_on() -> bool:
    """False inside :func:`clues_bypassed`."""
    return _clues


def _clear_caches() -> None:
    find_dates.cache_clear()
    without_dates.cache_clear()
    find_from_to.cache_clear()


# --- months --------------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
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
        _MONTHS[_name] = _number

MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")"
"""A month name or abbreviation, English or Indonesian (match case-insensitively)."""


_AS_RE_READS = str.maketrans("ıİſ\u212a", "iisk")


def _key(written: str) -> str:
    """A matched word in lower case, as re.I read it: ı and İ as i, ſ as s, the Kelvin sign as
    k (`ſetengahnya` is matched by `setengah`; lower() keeps ſ). Same length as ``written``."""
    if written.isascii():  # most statements: a flag of the string, no translation needed
        return written.lower()
    return written.translate(_AS_RE_READS).lower()


def month_number(name: str) -> int | None:
    return _MONTHS.get(_key(name).rstrip("."))


# --- sentences -----------------------------------------------------------------------

ABBREVIATIONS = frozenset("""
    e.g i.e etc vs approx ca cf no nos nr mr mrs ms dr prof st jr sr inc ltd co corp
    dept est fig min max avg incl excl resp tbk pt rp jl bpk ibu sdr yth dll dsb dst tsb
    spt sbg dgn utk yg hlm hal kab kec kel prov no tgl thn bln
""".split()) | frozenset(_MONTHS)
"""Words that end with a dot without ending the sentence (compared in lower case)."""

# `(?<![.!?])`: a run of `!!!!` is tried once, from its start, not again from each `!`.
_SENTENCE_END = re.compile(r"(?<![.!?])([.!?]++)[\"'”’)\]]*+\s++(?=[\"'“‘(\[]?(\w))")
_URL = re.compile(r"(?:https?://|www\.|mailto:)\S+"
                  r"|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+", re.I)
_LAST_WORD = re.compile(r"(?<!\S)(\S++)$")  # searched only back to the previous sentence end
# What a sentence end needs, looked for before the URLs are masked (masking adds none of it).
_MAY_END = re.compile(r"[.!?][\"'”’)\]]*+\s")


def _mask(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: "x" * len(m.group()), text)


def sentence_breaks(text: str) -> list[int]:
    """Offsets where a new sentence starts (not counting the first)."""
    if _clues and not _MAY_END.search(text):
        return []
    masked = _mask(text, _URL)
    breaks = []
    previous_end = 0  # the word before a dot lies after the previous match (which ends a space)
    for match in _SENTENCE_END.finditer(masked):
        start, previous_end = previous_end, match.end()
        if not match.group(2).isupper():
            continue
        if match.group(1) == ".":
            word = _LAST_WORD.search(masked, start, match.start())
            token = word.group(1).lstrip("\"'“‘([") if word else ""
            bare = token.lower()
            dotted = "." in bare and not any(c.isdigit() for c in bare)  # U.S., not 99.9
            if (bare in ABBREVIATIONS or dotted  # e.g., U.S., s.d.
                    or (len(token) == 1 and token.isalpha())):  # an initial: A. Rahman
                continue
        breaks.append(match.end())
    return breaks


def count_sentences(text: str) -> int:
    return len(sentence_breaks(text.strip())) + 1 if text.strip() else 0


# --- dates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DateMention:
    """A date stated in text, with every span of days it may mean."""

    start: int
    end: int
    text: str
    periods: tuple[tuple[date, date], ...]
    by_start: bool = False
    """Whether the mention may mean the day its period starts: "by 2027" (by the start of
    2027), not "in 2027"."""
    baseline: bool = False
    """Whether the mention is labelled as the baseline's (`baseline 2025: 88%`)."""
    fiscal: bool = False
    """Whether it names a fiscal year (FY2027, tahun anggaran 2027, the 2027 financial year,
    the end of fiscal year 2027), or a quarter or half of one (Q4 FY27, H1 FY2027), not a
    calendar one."""
    fiscal_months: int = 12
    """Of a fiscal year's part, how many months from the fiscal year's start it ends: 3 for
    Q1 FY27, 6 for H1 or Q2, 12 for Q4, H2 and the whole year."""

    def covers(self, day: date) -> bool:
        """Whether a deadline on ``day`` says what the mention says: a day give or take one
        ("by 1 January 2027" is met on 31 December 2026); a longer period (a month, a
        quarter, a half or a year) from its first day to its last, and "by 2027" from the
        day before it starts. A deadline before a period starts is not in it: "semester II
        2027" is not met on 30 June 2027.

        A fiscal year is any twelve months its name may mean: the catalog does not say when
        its fiscal year starts, and FY2027 ends in 2027 where a fiscal year is named for the
        year it ends (April 2026 to March 2027) and as late as November 2028 where it is
        named for the year it starts (April 2027 to March 2028). So any day from 1 January
        2027 to 30 November 2028 meets it, whatever part of it (the end, the start) is
        named. A quarter or half of it likewise: Q1 FY2027 ends from April 2026 (a year from
        February 2026 to January 2027) to February 2028 (one from December 2027); Q4 FY27
        ends when FY2027 does."""
        if self.fiscal:
            year, months = self.periods[0][1].year, self.fiscal_months
            # the month the part ends in: of a year from February before, from December
            earliest = _month_span(*_months_after(year - 1, 2, months - 1))[0]
            latest = _month_span(*_months_after(year, 12, months - 1))[1]
            if earliest <= day <= latest:
                return True
        for first, last in self.periods:
            if first == last:
                if abs((day - first).days) <= 1:
                    return True
            elif first - timedelta(days=self.by_start) <= day <= last:
                return True
        return False


_YEAR = r"(?P<year>(?:19|20|21)\d\d)"
# Any word where a month may stand: faster than the alternation of every month name;
# `_periods` keeps only real months (`month_number`).
_MONTHISH = r"[^\W\d_]{3,9}"
_ORD = r"(?:st|nd|rd|th)?"
_QUARTER_WORDS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
    "4th": 4, "last": 4, "terakhir": 4, "pertama": 1, "kesatu": 1, "satu": 1, "kedua": 2, "dua": 2,
    "ketiga": 3, "tiga": 3, "keempat": 4, "empat": 4, "akhir": 4, "i": 1, "ii": 2,
    "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
}
_QWORD = r"(?P<qword>" + "|".join(sorted(_QUARTER_WORDS, key=len, reverse=True)) + r")"

# A pattern runs only where the text holds its clue (by default, the clue of its kind): one
# of a few words, looked for in the lower-cased text, or a match of a quick pattern, looked for
# once per text. re.I reads ı and İ as i and ſ as s, which lower() leaves: the words from `ymd`
# on have no i or s (`akh`, not `akhir`), so that they hold wherever their pattern matches.
_NUMERIC_DATE = re.compile(r"\d[-/.]\d")  # 2027-12-31, 31/12/2027, 2027-12
_QUARTER_CODE = re.compile(r"[QHS][1-4]|[1-4][QH]", re.I)  # Q4 2027, 2027Q4, 4Q 2027
_CLUES: dict[str, tuple[str, ...] | re.Pattern[str]] = {
    "quarter_words": ("quarter", "half"),
    "quarter_id": ("kuart", "triwulan", "semester", "caturwulan", "cawu", "tw", "paruh"),
    "year_pair": ("/",),
    "year_every": ("tiap",),
    "fiscal": re.compile(r"FY|CY|TA|TB|T\.A"),  # in capitals, as the pattern asks
    "season": ("season", "harvest", "year"),
    "musim": ("musim", "masa", "panen"),
    "early_late": ("early", "late"),
    "year_paren": ("(",),
    "year_label": ("baseline", "target", "sasaran", "goal"),
    "ymd": _NUMERIC_DATE,
    "dmy_numeric": _NUMERIC_DATE,
    "ym": _NUMERIC_DATE,
    "quarter": _QUARTER_CODE,
    "quarter_yf": _QUARTER_CODE,
    "end_of": ("of",),
    "year_end": re.compile(r"mid|end|start|ye|eoy", re.I),
    "akhir": ("akh", "awal", "pertengahan", "penghujung", "tutup"),
    "tahun": ("tahun",),
}

# After a year that a word before may make a quantity (`by 2000 units`): the end of the
# phrase, punctuation or a word that starts another.
_YEAR_ENDS = (r"(?=\s*(?:$|[^\w\s%]|(?:and|or|with|for|across|at|in|while|compared|against|as|"
              r"vs|versus|dan|atau|dengan|untuk|di|serta|sementara|sedangkan|dibanding|"
              r"dibandingkan)\b))(?![.,/-]\d)")

# (kind, clue, pattern): the kind says what a match means (_periods).
_DATE_PATTERNS: list[tuple[str, tuple[str, ...] | re.Pattern[str] | None, re.Pattern[str]]] = [
    (kind, _CLUES.get(clue[0] if clue else kind), re.compile(p, re.I)) for kind, p, *clue in [
    # a labelled year: baseline 2025: 88%; target (2027): 95%
    # (the mention is group `dated`: the label stays for the from-to to read)
    ("year_label", r"\b(?P<label>baseline|target|sasaran|goal)\s*(?:\(\s*)?(?P<dated>(?:(?:for|"
     r"in|tahun|pada)\s+)?" + _YEAR + r")(?:\s*\))?(?=\s*[:=])"),
    # an academic or fiscal year over two calendar years: 2026/2027, 2026/27
    ("year_pair", r"\b" + _YEAR + r"\s?/\s?(?P<year2>(?:19|20|21)?\d\d)\b(?![.,/-]\d)"),
    ("ymd", r"\b(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})\b"),
    ("dmy_numeric", r"\b(?P<a>\d{1,2})([/.-])(?P<b>\d{1,2})\2(?P<year>\d{4})\b"),
    ("dmy", r"\b(?P<day>\d{1,2})" + _ORD + r"\s+(?:of\s+)?(?P<month>" + _MONTHISH + r")\.?,?\s+"
     + _YEAR + r"\b"),
    ("mdy", r"\b(?P<month>" + _MONTHISH + r")\.?\s+(?P<day>\d{1,2})" + _ORD + r",?\s+" + _YEAR
     + r"\b"),
    ("my", r"\b(?P<month>" + _MONTHISH + r")\.?,?[\s-]+(?:of\s+)?(?:" + _YEAR
     + r"|['’](?P<yy>\d\d))\b"),
    ("ym", r"\b(?P<year>\d{4})-(?P<month>\d{2})\b(?!-\d)"),
    # Q4 2027, Q4-2027, Q4/2027, Q4 FY2027, Q4 FY27, Q4'27
    ("quarter", r"\b(?:(?P<q>[QHS])(?P<qn>[1-4])|(?P<qn2>[1-4])(?P<q2>[QH]))[\s/-]*(?:of\s+)?"
     r"(?:(?:(?P<fy>FY)\s*)?" + _YEAR + r"|(?:(?P<fy2>FY)\s*|['’])(?P<yy>\d\d))\b"),
    ("quarter_yf", r"\b" + _YEAR + r"[\s/-]?(?P<q>[QH])(?P<qn>[1-4])\b"),
    ("quarter_words", r"\b(?:the\s+)?" + _QWORD + r"\s+(?P<part>quarter|half)\s+(?:of\s+)?"
     r"(?:(?:the\s+)?(?:(?P<fy>fiscal|financial)\s+)?year\s+)?(?:(?P<fy2>FY)\s*)?" + _YEAR
     + r"\b"),
    # TW: triwulan as plans and budgets abbreviate it (TW IV 2027, TW-4 2027)
    ("quarter_id", r"\b(?P<part>kuartal|kuarter|triwulan|semester|caturwulan|cawu|TW|paruh)"
     r"(?:\s+|-)"
     r"(?:ke-?\s*)?" + _QWORD + r"(?:\s+|\s*/\s*)(?:tahun\s+)?" + _YEAR + r"\b"),
    ("year_edge", r"\b(?:the\s+)?(?P<edge>end|close|start|beginning|middle)\s+of\s+"
     r"(?:the\s+)?(?:(?:(?P<fy>fiscal|financial)|calendar)\s+)?(?:year\s+)?(?:(?P<fy2>FY)\s*)?"
     + _YEAR + r"\b", "end_of"),
    # end-2027, mid-2027, YE 2027, EOY2027; early 2027, late 2027 (not "late 2000 orders")
    ("year_edge", r"\b(?P<edge>year[\s-]end|mid|end|start|ye|eoy)(?:[\s-]|(?<=ye|oy))" + _YEAR
     + r"\b", "year_end"),
    ("early_late", r"\b(?P<edge>early|late)[\s-]" + _YEAR + _YEAR_ENDS),
    ("year_edge", r"\b(?P<edge>akhir|awal|pertengahan|penghujung|tutup)\s+(?:tahun\s+)?"
     r"(?:(?P<fy>buku|anggaran)\s+)?" + _YEAR + r"\b", "akhir"),
    ("fiscal", r"\b(?-i:(?P<fy>FY|TA|TB|T\.A)|CY)\.?\s?(?:" + _YEAR + r"|['’]?(?P<yy>\d\d))\b"),
    ("year", r"\b(?:pada\s+)?tahun\s+(?:(?P<fy>buku|anggaran)\s+)?" + _YEAR
     + r"\b(?![.,/-]\d)", "tahun"),
    # every (end of a) month or quarter of a year: setiap akhir triwulan 2027, tiap bulan 2027
    ("year_every", r"\b(?:setiap|tiap)\s+(?:akhir\s+)?"
     r"(?:bulan|triwulan|kuartal|semester|minggu|pekan)"
     r"\s+(?:(?:di|pada|dalam)\s+)?(?:tahun\s+)?" + _YEAR + r"\b(?![.,/-]\d)"),
    # a year of a season or a year that is not the calendar's: the 2027 planting season, the
    # 2027 financial year, musim giling 2027, masa tanam 2027, panen raya 2027
    ("season", r"\bthe\s+" + _YEAR + r"\s+(?:(?P<fy>fiscal|financial)\s+year\b|"
     r"(?:[^\W\d_]+\s+){0,2}?(?:year|season|harvest)\b)"),
    ("musim", r"\b(?:musim|masa|panen)\s+(?:[^\W\d_]+\s+){0,2}?(?:tahun\s+)?" + _YEAR
     + r"\b(?![.,/-]\d)"),
    # "by 2027" is a deadline, "by 2000 units" a quantity: a year ends the phrase. "by 2027"
    # may mean by its start (group `by`); "before 2028", by the end of 2027 (`before`). The
    # lookahead lets the search skip to the next letter before trying each word (twice as fast).
    ("year", r"(?=[a-z])\b(?:(?P<by>by|until|till|hingga|sampai(?:\s+dengan)?|s\.\s?d\.|s/d|"
     r"selambat-lambatnya|paling\s+lambat)|(?P<before>before|sebelum)|in|within|over|for|"
     r"through|throughout|during|end|of|from|starting|pada|di|dalam|untuk|sepanjang|selama|mulai|"
     r"dari)\s+"
     r"(?:the\s+end\s+of\s+|(?:the\s+)?(?:(?:calendar|(?P<fy>fiscal|financial))\s+)?year\s+)?"
     # or a baseline after it (group `from`: `to 95% in 2027 from 88%`; see _from_after_year)
     + _YEAR + r"(?:" + _YEAR_ENDS + r"|(?P<from>(?=\s+(?:from|dari)\s)))"),
    # a year alone in brackets after an amount: from 88% (2025) to 95% (2027)
    ("year_paren", r"\(\s*(?:(?:in|by|pada|tahun|(?P<fy>FY))\s*)?" + _YEAR + r"\s*\)"),
]]

# Before a year that a baseline follows (`to 95% in 2027 from 88%`): an amount, the target's.
_AMOUNT_BEFORE = re.compile(r"(?:\d|%|\b(?:percent|cent|persen|thousand|million|billion|"
                            r"trillion|ribu|juta|miliar|milyar|triliun|[kmbt]n?|rb|jt))\s*+$",
                            re.I)


# After a year: a baseline with its own year (` dari 20 pada 2024`, ` from 88% (2025)`).
_DATED_BASELINE_AFTER = re.compile(
    r"\s+(?:from|dari)\s+(?:(?:Rp|IDR|USD|US\$|\$)\.?\s?)?[-−+]?\d[\d.,]*+(?:\s*%|\s+[^\W\d]+)"
    r"{0,3}?\s*(?:(?:in|on|pada|di|tahun|pada\s+tahun)\s+|\(\s*)(?P<year>(?:19|20|21)\d\d)\b",
    re.I)


def _from_after_year(text: str, start: int, end: int, by: bool) -> bool:
    """Whether a year that "from" or "dari" follows is a date: after an amount (`to 95% in
    2027 from 88%`, `menjadi 95% pada 2027 dari 88%`), or before "from" after a word other
    than "by" (`in 2027 from 88% to 95%`), or before a baseline with an earlier year of its own
    (`menjadi 16 per 1.000 kelahiran pada 2027 dari 20 pada 2024`). Not `increase sales by 2000
    from 10,000` (a change), nor `untuk 2000 dari 3000 desa (pada 2027)` (2000 of 3000
    villages)."""
    if _AMOUNT_BEFORE.search(text, max(0, start - 30), start):
        return True
    dated = _DATED_BASELINE_AFTER.match(text, end)
    if dated and int(dated.group("year")) < int(text[end - 4:end]):
        return True  # the target's year, then the baseline's earlier one
    return not by and text[end:end + 6].lstrip().lower().startswith("from")


_HAS_YEAR = re.compile(r"\d\d")  # every date pattern needs two digits in a row


def _months_after(year: int, month: int, months: int) -> tuple[int, int]:
    """The year and month ``months`` after ``month`` of ``year``."""
    year_more, month_index = divmod(month - 1 + months, 12)
    return year + year_more, month_index + 1


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _year_span(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _periods(kind: str, g: Mapping[str, str]) -> list[tuple[date, date]]:
    """The days a matched date may mean; empty when it is not a real date. ``g``: the
    match's groups, "" for those that did not take part."""
    year = int(g["year"]) if g.get("year") else (2000 + int(g["yy"]) if g.get("yy") else 0)
    try:
        if kind in ("ymd", "dmy", "mdy"):
            month = int(g["month"]) if kind == "ymd" else month_number(g["month"])
            if month is None:
                return []
            day = date(year, month, int(g["day"]))
            return [(day, day)]
        if kind == "dmy_numeric":
            a, b = int(g["a"]), int(g["b"])
            out: list[tuple[date, date]] = []
            for day_of_month, month in ((a, b), (b, a)):  # 31/12/2026 or 12/31/2026
                if 1 <= month <= 12 and 1 <= day_of_month <= calendar.monthrange(year, month)[1]:
                    out.append((date(year, month, day_of_month),) * 2)
            return out
        if kind in ("my", "ym"):
            month = month_number(g["month"]) if kind == "my" else int(g["month"])
            return [_month_span(year, month)] if month and 1 <= month <= 12 else []
        if kind in ("quarter", "quarter_yf"):
            letter = (g.get("q") or g.get("q2") or "").upper()
            n = int(g.get("qn") or g.get("qn2", ""))
            months = 3 if letter == "Q" else 6
            if n * months > 12:
                return []
            first = _month_span(year, (n - 1) * months + 1)[0]
            return [(first, _month_span(year, n * months)[1])]
        if kind in ("quarter_words", "quarter_id"):
            part = _key(g["part"])
            months = {"half": 6, "semester": 6, "paruh": 6, "caturwulan": 4,
                      "cawu": 4}.get(part, 3)
            n = _QUARTER_WORDS[_key(g["qword"])]
            if _key(g["qword"]) in ("last", "akhir", "terakhir"):
                n = 12 // months
            if n * months > 12:
                return []
            return [(_month_span(year, (n - 1) * months + 1)[0], _month_span(year, n * months)[1])]
        if kind in ("year_edge", "early_late"):
            edge = _key(g["edge"]).replace("-", " ")
            if edge in ("end", "close", "late", "year end", "ye", "eoy", "akhir", "penghujung",
                        "tutup"):
                return [(date(year, 10, 1), date(year, 12, 31))]
            if edge in ("start", "beginning", "early", "awal"):
                return [(date(year, 1, 1), date(year, 3, 31))]
            return [(date(year, 4, 1), date(year, 9, 30))]
        if kind == "year" and g.get("before"):
            return [_year_span(year - 1)]
        if kind in ("fiscal", "year", "year_every", "season", "musim", "year_paren", "year_label"):
            return [_year_span(year)]
        if kind == "year_pair":
            second = int(g["year2"])
            if second not in (year + 1, (year + 1) % 100):
                return []  # not two years in a row: 2026/2030 is no school year
            return [(date(year, 1, 1), date(year + 1, 12, 31))]
    except (ValueError, KeyError):  # a day or a quarter the calendar does not have
        return []
    return []


_PARTS = frozenset({"quarter", "quarter_words"})
"""The kinds of date that may name a quarter or half of a fiscal year (Q4 FY27)."""


@lru_cache(maxsize=2048)
def find_dates(text: str) -> tuple[DateMention, ...]:
    """Dates that name a year, in the order they appear; of overlapping matches, the one
    of the more specific pattern (earlier in the list) is kept."""
    if _clues and not _HAS_YEAR.search(text):
        return ()
    lower = _key(text)  # the clue words as the patterns (re.I) read the text: musım is musim
    found: list[DateMention] = []
    taken = bytearray(len(text))  # 1 where a kept date stands: overlaps found without a search
    quick: dict[re.Pattern[str], bool] = {}  # the clues that are patterns, once each
    patterns = _DATE_PATTERNS if _clues else [(kind, None, p) for kind, _, p in _DATE_PATTERNS]
    for kind, clue, pattern in patterns:
        if isinstance(clue, tuple):
            for word in clue:  # a loop: any() of a generator took twice as long
                if word in lower:
                    break
            else:
                continue
        elif clue is not None:
            if clue not in quick:
                quick[clue] = clue.search(text) is not None
            if not quick[clue]:
                continue
        for match in pattern.finditer(text):
            start, end = match.span("dated" if kind == "year_label" else 0)
            if taken.find(1, start, end) >= 0:
                continue
            groups = match.groupdict(default="")
            if ("from" in groups and match.group("from") is not None
                    and not _from_after_year(text, start, end,
                                             bool(groups.get("by") or groups.get("before")))):
                continue
            periods = _periods(kind, groups)
            if periods:
                found.append(DateMention(
                    start, end, text[start:end], tuple(periods), bool(groups.get("by")),
                    baseline=groups.get("label", "").lower() == "baseline",
                    fiscal=bool(groups.get("fy") or groups.get("fy2")),
                    fiscal_months=periods[0][1].month if kind in _PARTS else 12))
                taken[start:end] = b"\x01" * (end - start)
    return tuple(sorted(found, key=lambda m: m.start))


@lru_cache(maxsize=2048)
def without_dates(text: str) -> str:
    """The text with every date blanked out (same length, so offsets still agree)."""
    chars = list(text)
    for mention in find_dates(text):
        chars[mention.start:mention.end] = " " * (mention.end - mention.start)
    return "".join(chars)


# --- relative deadlines ----------------------------------------------------------------

_COUNT_EN = (r"(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
             r"eleven|twelve|fifteen|eighteen|twenty(?:-four)?|thirty(?:-six)?)")
_COUNT_ID = (r"(?:(?:\d+(?:[.,]\d+)?|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
             r"sepuluh|sebelas)(?:\s+(?:belas|puluh))?(?:\s+|-)|se)")
_LONG_EN = r"(?:months?|quarters?|years?|semesters?)"
_SHORT_EN = r"(?:days?|weeks?)"
_LONG_ID = r"(?:bulan|triwulan|kuartal|semester|tahun)"
_SHORT_ID = r"(?:hari|minggu|pekan)"
# A duration counted from a day the text does not name: `within 18 months`, `dalam 18 bulan`,
# `over the next two years`, `18 bulan ke depan`; or a year, quarter or month named from
# today: `next year`, `tahun depan`, `akhir tahun ini`. Group `counted`: said to count from
# now (`next`, `from now`, `ke depan`); without it, a duration counts only where it ends the
# sentence or starts it (`Cut churn to 5% within 12 months.`), and only in months or longer:
# `answer 90% of calls within 2 days` measures, `within 2 days` is no deadline.
_RELATIVE = re.compile(
    r"\b(?:(?:within|in|over|during|inside)\s+(?:the\s+)?"
    r"(?:(?P<counted>next|coming|following)\s+(?:" + _COUNT_EN + r"\s+)?(?:" + _LONG_EN + "|"
    + _SHORT_EN + r")|" + _COUNT_EN + r"[\s-]+(?P<long>" + _LONG_EN + r")|" + _COUNT_EN
    + r"[\s-]+" + _SHORT_EN + r")"
    r"|(?:dalam|selama)\s+(?:(?:jangka|kurun)\s+)?(?:waktu\s+)?" + _COUNT_ID
    + r"(?:(?P<long_id>" + _LONG_ID + r")|" + _SHORT_ID + r")"
    r"|(?:" + _COUNT_EN + r"[\s-]+(?:" + _LONG_EN + "|" + _SHORT_EN + r")|" + _COUNT_ID
    + r"(?:" + _LONG_ID + "|" + _SHORT_ID + r"))(?=\s+(?:from\s+(?:now|today)|ke\s+depan|"
    r"mendatang|lagi|dari\s+sekarang)\b)"
    r"|(?P<named>(?:this|next|the\s+coming)\s+(?:(?:fiscal|financial|calendar)\s+)?"
    r"(?:year|quarter|month|half|semester)|(?:(?:akhir|awal|pertengahan)\s+)?"
    r"(?:tahun|bulan|triwulan|kuartal|semester)\s+(?:ini|depan)))\b"
    r"(?P<after>(?:['’]s?\s+time|\s+(?:from\s+(?:now|today)|ke\s+depan|mendatang|lagi|"
    r"dari\s+sekarang)\b)?)", re.I)
_ENDS_SENTENCE = re.compile(r"[\s.!?;)\]\"'”’]*+\Z")
_STARTS_SENTENCE = re.compile(r"\A[\s\"'“‘(\[]*+\Z")


def find_relative_deadline(text: str) -> str | None:
    """A deadline counted from a day the text does not name, as written: ``within 18
    months``, ``dalam 18 bulan``, ``in the next 90 days``, ``next year``, ``tahun depan``.
    Ask where :func:`find_dates` finds no date: it says what to write instead."""
    for match in _RELATIVE.finditer(text):
        relative = bool(match.group("counted") or match.group("named") or match.group("after"))
        if not relative and (match.group("long") or match.group("long_id")):
            relative = bool(_ENDS_SENTENCE.match(text, match.end())
                            or _STARTS_SENTENCE.match(text, 0, match.start()))
        if relative:
            return " ".join(match.group(0).split())
    return None


# --- numbers -------------------------------------------------------------------------

CURRENCY_PREFIXES = frozenset(
    "rp idr usd us sgd s eur gbp jpy aud cny myr hkd chf thb inr krw nzd cad".split())
NUMBER_WORDS = frozenset("""
    zero two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty sixty seventy eighty ninety hundred thousand million billion trillion
    percent per-cent double triple quadruple halve half twice dozen
    nol dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh ratus
    seratus ribu seribu juta sejuta miliar milyar triliun persen setengah separuh lipat
    halves halved doubled tripled third thirds fifth twofold threefold fourfold setengahnya
    separuhnya sepertiga sepertiganya seperempat seperempatnya
""".split())
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LETTERS_AT_END = re.compile(r"(?<![^\W\d_])[^\W\d_]++$")


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    text: str


def find_numbers(text: str) -> list[NumberMention]:
    """Quantities stated in the text, dates left out (digits and number words)."""
    return sorted(_numbers(without_dates(text)), key=lambda m: m.start)


def states_number(text: str) -> bool:
    """Whether :func:`find_numbers` finds any (it stops at the first)."""
    if not _clues:
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


def count_amounts(text: str) -> int:
    """How many numbers in digits the text states, dates and codes left out (`IDR 520
    billion` is one: its scale word is no second amount), nor those that make a word
    (`30-day mortality`, `a 5-star rating`: what is measured, not how much); a duration in
    two units (`2 hours and 30 minutes`) is one."""
    count, compound_end = 0, -1
    masked = without_dates(text)
    for mention in find_numbers(text):
        if (not mention.text[0].isdigit() or _JOINED_WORD.match(text, mention.end)
                or mention.start < compound_end):
            continue  # `30-day`; the 30 of `2 hours and 30 minutes`: one amount
        count += 1
        compound = compound_duration(masked, mention.end)
        if compound is not None:
            compound_end = compound[0]
    return count


_JOINED_WORD = re.compile(r"-[^\W\d_]")


def number_values(text: str) -> set[float]:
    """What a written number may mean: ``1,200`` is 1200 (English) or 1.2 (Indonesian)."""
    text = text.strip()
    values: set[float] = set()
    for thousands, decimal in ((",", "."), (".", ",")):
        parts = text.split(decimal)
        if len(parts) > 2:
            continue
        whole = parts[0]
        groups = whole.split(thousands)
        if len(groups) > 1 and not all(len(g) == 3 for g in groups[1:]):
            continue
        number = "".join(groups) + ("." + parts[1] if len(parts) == 2 else "")
        try:
            values.add(float(number))
        except ValueError:
            continue
    return values


_SCALE_WORDS = {
    "k": 1e3, "rb": 1e3, "ribu": 1e3, "thousand": 1e3,
    "m": 1e6, "mn": 1e6, "mio": 1e6, "jt": 1e6, "juta": 1e6, "million": 1e6, "millions": 1e6,
    "b": 1e9, "bn": 1e9, "miliar": 1e9, "milyar": 1e9, "billion": 1e9, "billions": 1e9,
    "t": 1e12, "tn": 1e12, "triliun": 1e12, "trillion": 1e12,
}
_CURRENCY = r"(?:Rp\.?|IDR|USD|US\$|SGD|S\$|EUR|\$|€|£)"
# An amount: a currency, a sign (`-5%`, `+20`, `−3`), digits in any grouping, a percent sign
# or word, a scale word and a "per" part (`4.5/5`, `120/month`); or a ratio to one (`1:20`,
# `1:2.500`), read by its second number. Bounded: linear in the text.
_AMOUNT = (r"(?:(?P<{n}cur>" + _CURRENCY + r")\s?|(?<![\w.,])(?P<{n}ratio>1\s?:\s?(?=\d))?)"
           r"(?P<{n}sign>[-−+])?(?P<{n}>\d+(?:[.,]\d+)*)"
           r"(?:\s?(?P<{n}pct>%|percent\b|per\s?cent\b|persen\b))?"
           r"(?:\s?(?P<{n}scale>" + "|".join(sorted(_SCALE_WORDS, key=len, reverse=True))
           + r")\b)?(?:\s?/\s?(?:\d+\b|[^\W\d]+))?")
# "about 30%": the group `{n}about` says the number is approximate (held to APPROXIMATE).
_ABOUT = (r"(?:(?P<{n}about>about|around|approximately|approx\.|roughly|nearly|almost|circa|"
          r"ca\.|c\.|some|sekitar|kira-kira|hampir|kurang\s+lebih|±|~)\s*)?")
# Between a number and the word that leads to the next: a few words (`120 leads a month`),
# a year (`120 in 2025`: a year before "to" is not read as a deadline) or a note in brackets.
_BETWEEN = (r"(?:\s+[^\W\d]+|\s+(?:in|on|at|pada|di|per|tahun)\s+(?:19|20|21)\d\d\b"
            r"|\s*\([^()]{0,60}\))")
_TO = r"(?:to|menjadi|jadi|ke|hingga|sampai)"
_ARROW = r"(?:→|->|⟶|➝|➔|⇒|=>)"
# Each pattern with a clue: a quick search for a word or sign the pattern cannot match
# without, so that the slower pattern runs only on statements that have it (the arrow
# pattern alone cost four times the rest on a plain "from X to Y").
_FROM_TO_PATTERNS = [(re.compile(clue, re.I), re.compile(p, re.I)) for clue, p in [
    # from 120 to 200, dari 120 menjadi 200
    (r"from|dari", r"\b(?:from|dari)\s+" + _ABOUT.format(n="a") + _AMOUNT.format(n="a")
     + _BETWEEN + r"{0,4}?\s+" + _TO + r"\s+(?:[^\W\d]+\s+){0,3}?" + _ABOUT.format(n="b")
     + _AMOUNT.format(n="b")),
    # 120 → 200
    (_ARROW, _ABOUT.format(n="a") + _AMOUNT.format(n="a") + r"(?:\s+[^\W\d]+){0,2}?\s*"
     + _ARROW + r"\s*"
     + _ABOUT.format(n="b") + _AMOUNT.format(n="b")),
    # to 200 (from 120); to 200 by 2027, up from 120; menjadi 200 pada 2027, dari 120; to 95%
    # from 88% (the unit after the target may follow the baseline too: to 8 hours (from 12.5
    # hours)); the clue: a number before "from" (`from 120 to 200` has none)
    (r"\d\D{0,80}?\b(?:from|dari)\b",
     r"\b(?:" + _TO + r"|reach|reaching|mencapai|capai)\s+" + _ABOUT.format(n="b")
     + _AMOUNT.format(n="b")
     + r"(?:\s+(?P<unit>[^\W\d]+))?(?:\s+[^\W\d]+){0,3}?"
     # without a comma, "dari" only between two percentages: `menjadi 12 dari 15` is 12 of 15
     r"(?:\s*[(,;]\s*(?:(?:up|down|naik|turun)\s+)?(?:from|dari)|\s+(?:(?:up|down)\s+)?from"
     r"|(?:(?<=%)|(?<=persen))\s+dari(?=\s+(?:\S+\s)?[-−+]?\d[\d.,]*\s?(?:%|persen)))\s+"
     + _ABOUT.format(n="a")
     + _AMOUNT.format(n="a")
     # then the end, or a deadline's word before the date (blanked: at least four spaces)
     + r"(?![.,]?\d)(?:\s+(?P=unit))?(?:\s+(?:by|in|on|at|before|until|pada|di|hingga|sampai|"
     r"sebelum|paling\s+lambat|selambat-lambatnya)(?=\s{4}))?(?=\s*(?:$|[.,;:)\]]))"),
    # baseline 2025: 88%; target 2027: 95% (the labelled years are dates, blanked)
    (r"baseline|awal", r"\b(?:baseline|(?:kondisi|nilai|capaian|posisi)\s+awal)\b[^\d:=;]{0,30}?"
     r"[:=]\s*" + _ABOUT.format(n="a") + _AMOUNT.format(n="a") + r"\s*[,;]?\s*(?:(?:and|dan)\s+)?"
     r"(?:target|sasaran|goal)\b[^\d:=;]{0,30}?[:=]\s*" + _ABOUT.format(n="b")
     + _AMOUNT.format(n="b")),
    # to 3 million by 2027 (2025: 2.4 million): a year and a colon label the baseline
    (r"\(\s*(?:19|20|21)\d\d\s*:", r"\b(?:" + _TO + r"|reach|reaching|mencapai|capai)\s+"
     + _ABOUT.format(n="b") + _AMOUNT.format(n="b") + r"(?:\s+[^\W\d]+){0,4}?\s*\(\s*"
     r"(?:19|20|21)\d\d\s*:\s*" + _ABOUT.format(n="a") + _AMOUNT.format(n="a")
     + r"(?:\s+[^\W\d]+)?\s*\)"),
]]
_EMPHASIS = re.compile(r"[*_`]")


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


def _amount_values(match: re.Match[str], name: str) -> frozenset[float]:
    values = number_values(match.group(name))
    if match.group(name + "ratio"):  # 1:20 is 20 to one, or one twentieth (0.05)
        values |= {1 / v for v in values if v}
    scale = match.group(name + "scale")
    factor = _SCALE_WORDS.get(scale.lower(), 1.0) if scale else 1.0
    if factor == 1e6 and scale.lower() == "m" and (match.group(name + "cur") or "")[:2] in (
            "Rp", "RP", "rp", "rP"):
        factor = 1e9  # Rp 1,1 M: miliar, as Indonesian writes rupiah (a million is jt)
    if match.group(name + "sign") in ("-", "−"):
        factor = -factor
    return frozenset(v * factor for v in values)


_A_YEAR = re.compile(r"(?:19|20|21)\d\d")


def _is_year(match: re.Match[str], name: str) -> bool:
    return bool(_A_YEAR.fullmatch(match.group(name))
                and not match.group(name + "pct") and not match.group(name + "scale"))


def _first_phrase(text: str, patterns: list[tuple[re.Pattern[str], re.Pattern[str]]]
                  ) -> FromTo | None:
    """The phrase that starts first of those ``patterns`` find (groups ``a`` and ``b``; each
    tried where its clue is found), dates and Markdown emphasis left out; none when both its
    numbers are years."""
    masked = _EMPHASIS.sub(" ", without_dates(text))
    first = None
    for clue, pattern in patterns:
        match = pattern.search(masked) if not _clues or clue.search(masked) else None
        if match and (first is None or match.start() < first.start()):
            first = match
    if first is None or (_is_year(first, "a") and _is_year(first, "b")):
        return None  # "from 2026 to 2027": years, not values
    shown = " ".join(text[first.start():first.end()].split())
    named = first.re.groupindex
    start_end = max(first.end(name) for name in ("a", "apct", "ascale")
                    if first.group(name) is not None)
    start, end = _amount_values(first, "a"), _amount_values(first, "b")
    end_end = max(first.end(name) for name in ("b", "bpct", "bscale")
                  if first.group(name) is not None)
    shown_end, end = _with_compound(masked, end_end, end)
    if shown_end > first.end():
        shown = " ".join(text[first.start():shown_end].split())
    factor = _time_factor(masked, start_end, first.end("b"))
    if factor != 1:  # from 3 days to 4 hours: 72 to 4, or 3 to 1/6
        start, end = start | {v * factor for v in start}, end | {v / factor for v in end}
    return FromTo(shown, start, end,
                  "aabout" in named and first.group("aabout") is not None,
                  "babout" in named and first.group("babout") is not None, first.start(),
                  start_end, first.start("a") < first.start("b"))


_TIME_UNITS = {
    **dict.fromkeys("minute minutes min mins menit".split(), 1),
    **dict.fromkeys("hour hours hr hrs jam".split(), 60),
    **dict.fromkeys("day days hari".split(), 60 * 24),
    **dict.fromkeys("week weeks minggu pekan".split(), 60 * 24 * 7),
    **dict.fromkeys("month months bulan".split(), 60 * 24 * 30),
    **dict.fromkeys("year years tahun".split(), 60 * 24 * 365),
}
_NEXT_WORD = re.compile(r"\s*+([^\W\d_]++)")


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
    larger = _TIME_UNITS.get(_key(match.group(1)))
    smaller = _TIME_UNITS.get(_key(match.group(3)))
    if not larger or not smaller or smaller >= larger:
        return None
    return match.end(), larger / smaller, frozenset(number_values(match.group(2)))


def _with_compound(text: str, at: int, values: frozenset[float]
                   ) -> tuple[int, frozenset[float]]:
    """Where an amount ends and what it may mean, a compound duration read whole: `2 hours
    and 30 minutes` is 2.5 (hours) or 150 (minutes); else ``at`` and ``values``."""
    compound = compound_duration(text, at)
    if compound is None:
        return at, values
    end, ratio, smaller = compound
    return end, frozenset({v + p / ratio for v in values for p in smaller}
                          | {v * ratio + p for v in values for p in smaller})


def _time_factor(text: str, start_end: int, end_end: int) -> float:
    """How many of the second amount's time unit the first one's is, where each names
    another (`from 3 days to 4 hours`: 24); 1 otherwise."""
    units = []
    for at in (start_end, end_end):
        word = _NEXT_WORD.match(text, at)
        units.append(_TIME_UNITS.get(_key(word.group(1))) if word else None)
    first, second = units
    return first / second if first and second else 1


@lru_cache(maxsize=256)  # K113 and K121 ask of the same statement, one after the other
def find_from_to(text: str) -> FromTo | None:
    """The first "from X to Y" with numbers on both sides (or ``X → Y``, ``to Y (from X)``,
    ``to Y from X``), dates and Markdown emphasis left out."""
    return _first_phrase(text, _FROM_TO_PATTERNS)


# Between a baseline's amount and its date: spaces, a unit (`3.9/5`, `/month`) or a word.
_TO_BASELINE_DATE = re.compile(r"\s*+(?:/\s?\w+\s*+)?(?:[^\W\d_]+\s*+)?")


def find_deadlines(text: str) -> tuple[DateMention, ...]:
    """The dates of :func:`find_dates` that may be the deadline: not the baseline's, the
    date right after a "from X to Y"'s first number (`from 88% (2025) to 95% (2027)`,
    `to 95% in 2027 from 88% in 2025`, `dari 88% pada 2025`) or labelled as the baseline's
    (`baseline 2025: 88%`)."""
    mentions = find_dates(text)
    if not mentions:
        return mentions
    phrase = find_from_to(text)
    kept: list[DateMention] = []
    for mention in mentions:
        if mention.baseline or (phrase is not None and _dates_baseline(text, phrase, mention,
                                                                       kept)):
            continue
        kept.append(mention)
    return tuple(kept)


def _dates_baseline(text: str, phrase: FromTo, mention: DateMention,
                    before: list[DateMention]) -> bool:
    """Whether ``mention`` stands right after the baseline's number and is its date: in
    brackets, before the target (`from 88% in 2025 to`), or after a target with a date of its
    own (`to 95% in 2027 from 88% in 2025`); `to 95% from 88% by 2027` keeps its deadline."""
    if mention.start < phrase.start_end:
        return False
    between = _TO_BASELINE_DATE.match(text, phrase.start_end, mention.start)
    if between is None or between.end() != mention.start:
        return False
    return (mention.text.startswith("(") or phrase.baseline_first
            or any(phrase.offset <= m.start < phrase.start_end for m in before))


_RANGE_PATTERNS = [(re.compile(clue, re.I), re.compile(p, re.I)) for clue, p in [
    # between 95% and 98%, antara 95% dan 98%, antara 30 hingga 45 hari
    (r"between|antara", r"\b(?:between|antara)\s+" + _ABOUT.format(n="a")
     + _AMOUNT.format(n="a")
     + r"(?:\s+[^\W\d]+){0,2}?\s+(?:and|to|dan|hingga|sampai|s\.d\.|s/d)\s+"
     + _AMOUNT.format(n="b")),
    # 95–98%, 30 - 45 days
    (r"[-–—]", _AMOUNT.format(n="a") + r"\s?[-–—]\s?" + _AMOUNT.format(n="b")),
    # in the range of 30 to 45 days, pada kisaran 30 hingga 45 hari
    (r"range|kisaran|rentang", r"\b(?:range|kisaran|rentang)\s+(?:of\s+)?"
     + _AMOUNT.format(n="a") + r"(?:\s+[^\W\d]+){0,2}?\s+(?:to|hingga|sampai)\s+"
     + _AMOUNT.format(n="b")),
]]


def find_range(text: str) -> FromTo | None:
    """The first range with numbers at both ends: ``between 95% and 98%``, ``antara 95% dan
    98%``, ``95–98%``, ``kisaran 30 hingga 45 hari`` (dates and Markdown emphasis left out).
    ``start`` holds the low end as written, ``end`` the high end."""
    return _first_phrase(text, _RANGE_PATTERNS)


# A target named alone: "reach 95%", "mencapai 95%"; or "to 95%" after a verb that moves
# the value ("reduce churn to 3%", "turunkan churn menjadi 3%", :func:`verb_way`). The amount
# may not be glued to letters (`1st`) and is not a year.
_REACH = re.compile(r"reach|achiev|attain|hit|capai|raih", re.I)
_TARGET_REACH = re.compile(
    r"\b(?:reach|reaches|reaching|achieve|achieves|achieving|attain|attains|attaining|hit|"
    r"hits|hitting|mencapai|capai|capailah|tercapai|meraih|raih)\s+"
    r"(?:(?:a|an|the|target|level|of|angka|target|tingkat)\s+){0,2}?"
    + _ABOUT.format(n="b") + _AMOUNT.format(n="b") + r"(?![^\W_])", re.I)
# Or with a few words of what is reached first (`achieve sales of IDR 50 billion`, `mencapai
# penjualan batu bara 18 juta ton`), read only where the statement states no other amount;
# not across a word that starts another part (`reach farmers in 30 districts`).
_TARGET_REACH_AFTER_WORDS = re.compile(
    r"\b(?:reach|reaches|reaching|achieve|achieves|achieving|attain|attains|attaining|hit|"
    r"hits|hitting|mencapai|capai|capailah|meraih|raih)\s+"
    r"(?:(?!(?:and|or|while|with|by|in|on|at|to|from|for|within|before|after|during|per|dan|"
    r"atau|serta|sambil|dengan|di|pada|ke|dari|dalam|untuk|sebelum|setelah|selama|hingga|"
    r"sampai)\b)[^\W\d_]++\s+){1,3}?"
    + _ABOUT.format(n="b") + _AMOUNT.format(n="b") + r"(?![^\W_])", re.I)
_TO_WORD = re.compile(r"\bto\b|menjadi", re.I)
_TARGET_TO = re.compile(r"(?<!\bup\s)\b(?:to|menjadi)\s+" + _ABOUT.format(n="b")
                        + _AMOUNT.format(n="b") + r"(?![^\W_])", re.I)


@dataclass(frozen=True)
class Target:
    """A target named alone in a statement (``reach 95%``): what it says the KPI reaches."""

    text: str
    values: frozenset[float]
    about: bool


def find_target(text: str) -> Target | None:
    """The first target named without a baseline: after reach, achieve, hit, mencapai,
    capai, meraih; or after "to"/"menjadi" in a statement whose verb moves the value one
    way (``reduce churn to 3%``), not after "up to". Dates and Markdown emphasis left
    out; a year is not a target. Ask only where :func:`find_from_to` finds no phrase."""
    masked = _EMPHASIS.sub(" ", without_dates(text))
    match = _TARGET_REACH.search(masked) if not _clues or _REACH.search(masked) else None
    if match is None and (not _clues or _REACH.search(masked)) and count_amounts(text) == 1:
        match = _TARGET_REACH_AFTER_WORDS.search(masked)
    if match is None and (not _clues or _TO_WORD.search(masked)) and verb_way(masked):
        match = _TARGET_TO.search(masked)
    if match is None or _is_year(match, "b"):
        return None
    end, values = _with_compound(masked, match.end(), _amount_values(match, "b"))
    shown = " ".join(text[match.start():end].split())
    return Target(shown, values, bool(match.group("babout")))


# A bound the value keeps to: "at least 18%", "minimal 18%", "at or below 1.5%", "tidak lebih
# dari 1,5%", "99.9% or higher". Strict words (`below 3%`) count too: a field at the bound
# itself is how such targets are written.
_AT_LEAST = (r"at\s+least|no\s+less\s+than|not\s+less\s+than|(?:a\s+)?minimum\s+of|"
             r"at\s+or\s+above|above|over|more\s+than|minimal|minimum|sekurang-kurangnya|"
             r"setidaknya|setidak-tidaknya|paling\s+sedikit|tidak\s+kurang\s+dari|di\s+atas|"
             r"lebih\s+dari")
_AT_MOST = (r"at\s+most|no\s+more\s+than|not\s+more\s+than|(?:a\s+)?maximum\s+of|"
            r"at\s+or\s+below|below|under|less\s+than|maksimal|maksimum|paling\s+banyak|"
            r"tidak\s+lebih\s+dari|di\s+bawah|kurang\s+dari")
_BOUND_CLUE = re.compile(r"least|less|more|most|minim|maxim|maksim|above|below|over|under|"
                         r"sekurang|setidak|paling|atas|bawah|lebih|kurang|higher|lower|fewer|"
                         r"greater", re.I)
_BOUND = re.compile(
    r"(?<![\w-])(?:(?P<low>" + _AT_LEAST + r")|(?P<high>" + _AT_MOST + r"))\s+"
    + _ABOUT.format(n="b") + _AMOUNT.format(n="b") + r"(?![^\W_])", re.I)
_OR_MORE = (r"\s+(?:or|atau)\s+(?:(?P<clow>more|higher|above|greater|lebih\s+tinggi|"
            r"lebih(?!\s+rendah))|(?P<chigh>less|lower|fewer|below|kurang|lebih\s+rendah))\b")
_OR_MORE_CLUE = re.compile(_OR_MORE, re.I)
# `99.9% or higher`: the amount is looked for only where the words after it stand
_BOUND_AFTER = re.compile(_AMOUNT.format(n="c") + _OR_MORE + r"\Z", re.I)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*+$")
_CHANGE_BEFORE = frozenset("by sebesar dengan".split())
# After a verb that moves the value, a bound is the level reached only after one of these:
# `reduce infections to at most 1.5%`, `menurunkan infeksi menjadi tidak lebih dari 1,5%`.
_LEVEL_BEFORE = frozenset("to at of menjadi hingga sampai pada di".split())


@dataclass(frozen=True)
class Bound:
    """A bound named as a statement's only amount (``at least 18%``): the least (or most)
    the KPI is to be."""

    text: str
    values: frozenset[float]
    at_least: bool
    about: bool


def find_bound(text: str) -> Bound | None:
    """The bound a statement names when that bound is the only amount it states (dates
    left out): with two amounts (`under 30 minutes for 90% of patients`) which one is the
    KPI's is in doubt. Ask only where :func:`find_from_to` and :func:`find_target` find
    nothing."""
    masked = _EMPHASIS.sub(" ", without_dates(text))
    if _clues and not _BOUND_CLUE.search(masked):
        return None
    match = _BOUND.search(masked)
    if match is None:
        after = _OR_MORE_CLUE.search(masked)
        if after is not None:  # the amount ends where "or more" starts (at most 40 before)
            match = _BOUND_AFTER.search(masked, max(0, after.start() - 40), after.end())
    if match is None or count_amounts(text) != 1:
        return None
    before = _WORD_BEFORE.search(masked, max(0, match.start() - 40), match.start())
    word = before.group(1).lower() if before else ""
    if word in _CHANGE_BEFORE or (word not in _LEVEL_BEFORE and verb_way(masked)):
        return None  # `reduce complaints by at least 20%`: a change, not the level reached
    name = "b" if match.re is _BOUND else "c"
    if _is_year(match, name):
        return None
    end, values = _with_compound(masked, match.end(), _amount_values(match, name))
    shown = " ".join(text[match.start():max(end, match.end())].split())
    at_least = bool(match.group("low") if name == "b" else match.group("clow"))
    about = name == "b" and match.group("babout") is not None
    return Bound(shown, values, at_least, about)


# --- the way a verb moves the value ----------------------------------------------------

RATIO = re.compile(r"(?<![\w.,])1\s?:\s?\d")
"""A ratio to one (`1:20`): whether it rises as its second number falls is in doubt."""

UP, DOWN = 1, -1
_WAY_WORDS = {
    UP: """increase increases increased increasing raise raises raised raising grow grows
        grew grown growing lift lifts lifted lifting boost boosts boosted boosting expand
        expands expanded expanding double doubles doubled doubling triple tripled
        lengthen lengthened widen widened rise rises rising
        meningkatkan tingkatkan ditingkatkan peningkatan menaikkan naikkan dinaikkan kenaikan
        naik menumbuhkan tumbuhkan ditumbuhkan menambah tambah tambahkan ditambah bertambah
        memperluas perluas melipatgandakan lipatgandakan""",
    DOWN: """reduce reduces reduced reducing reduction cut cuts cutting lower lowers lowered
        lowering decrease decreases decreased decreasing shrink shrinks shrinking shorten
        shortens shortened shortening halve halves halved halving trim trims trimmed
        trimming lessen lessened slash slashes slashed slashing
        menurunkan turunkan diturunkan penurunan turun mengurangi kurangi dikurangi
        pengurangan berkurang menekan tekan ditekan memangkas pangkas dipangkas
        memperpendek perpendek mempersingkat persingkat memperkecil perkecil menyusutkan""",
}
WAY_OF_WORD = {word: way for way, words in _WAY_WORDS.items() for word in words.split()}
"""The verbs (and their nouns) that say which way the value moves, English and Indonesian."""
_DOWN_AFTER = frozenset("bring brings bringing brought".split())  # bring down
# Words that leave the way in doubt: a negation or a "keep" (`keep churn from rising`), and
# ranks, where a better place is a smaller number (`raise the ranking from 5th to 1st`).
_WAY_DOUBT = frozenset("""
    not never no prevent prevents avoid avoids stop stops keep keeps maintain maintains hold
    holds rank ranks ranking rankings position place jangan tidak bukan tak mencegah cegah
    menjaga jaga mempertahankan pertahankan menahan tahan peringkat posisi urutan
""".split())
_WAY_CLUES = frozenset(WAY_OF_WORD) | {"down"}
# Words are split at white space and at punctuation other than a hyphen (`lower-income` is
# one word, not `lower`): a translation and a split, both in C, so that the many statements
# without such a verb cost a set intersection.
_SPACES = str.maketrans({c: " " for c in "!\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~‘’“”…→·"})


def verb_way(text: str) -> tuple[int, str] | None:
    """The way the verbs of ``text`` move the value (:data:`UP` or :data:`DOWN`) and the
    first of them as written: ``Reduce`` in "Reduce churn from 5% to 3%". None when no
    verb says a way, when verbs say both ways, or when a negation, a "keep" or a rank leaves
    it in doubt."""
    words = text.lower().translate(_SPACES).split()
    found = _WAY_CLUES.intersection(words)
    if not found or not _WAY_DOUBT.isdisjoint(words):
        return None
    ways = {WAY_OF_WORD[word] for word in found if word != "down"}
    down_at = -1
    if "down" in found:
        down_at = next((at for at in range(1, len(words))
                        if words[at] == "down" and words[at - 1] in _DOWN_AFTER), -1)
        if down_at > 0:
            ways.add(DOWN)
    if len(ways) != 1:
        return None
    first = next((at for at, word in enumerate(words) if word in WAY_OF_WORD), len(words))
    written = text.translate(_SPACES).split()
    if 0 < down_at < first:
        return DOWN, " ".join(written[down_at - 1:down_at + 1])
    return ways.pop(), written[first]


def _last_digit(number: float) -> float:
    """The place of the last digit a number is written to: 0.1 for 12.5, 100 for 1,200,
    100,000 for 1.2 million (1,200,000). A whole number under 1,000 is taken as exact
    (1 for 200): people round large amounts in prose, not 24% or 200 leads."""
    magnitude = abs(number)
    if magnitude < 1e12 and magnitude.is_integer():  # most amounts: no Decimal needed
        digits = str(int(magnitude))
        return 1.0 if magnitude < 1000 else 10.0 ** (len(digits) - len(digits.rstrip("0")))
    written = Decimal(f"{abs(number):.12g}").normalize()
    exponent = written.as_tuple().exponent
    assert isinstance(exponent, int)  # a float is finite
    if exponent > 0 and abs(number) < 1000:
        return 1.0
    return 10.0 ** exponent


_THOUSANDS = [10.0 ** (3 * k) for k in range(-4, 5)]
_SCALES_TRIED = tuple(_THOUSANDS + [s * 100 for s in _THOUSANDS] + [s / 100 for s in _THOUSANDS])
"""The units a statement and a field may differ by: powers of a thousand, and of 100 more."""
_SCALES_SAME_FIRST = (1.0, *(scale for scale in _SCALES_TRIED if scale != 1.0))
"""The same, the same unit first: where most numbers agree."""

APPROXIMATE = 0.05
"""How far a number said to be approximate (`about 30%`, `sekitar 30%`, `~30%`) may be from
the field's value, as a share of the stated number: `about 30%` agrees with 28.5 to 31.5."""


def beyond_bound(stated: Iterable[float], value: float, at_least: bool,
                 approximate: bool = False) -> bool:
    """Whether a field's value lies on the wrong side of a stated bound (below "at least
    18%", above "at most 12%") and does not round to it. The bound is taken in the unit
    (:data:`_SCALES_TRIED`) that brings it nearest the value: `at least 18%` is 0.18 to a
    field of 0.16. Each reading of a written number must be crossed (`1.200`)."""
    stated = tuple(stated)
    if not stated or same_quantity(stated, value, approximate):
        return False
    for number in stated:
        if number == 0 or value == 0 or (number < 0) != (value < 0):
            bound = number
        else:
            bound = min((number * scale for scale in _SCALES_TRIED),
                        key=lambda b: abs(math.log(value / b)))
        if (value >= bound) if at_least else (value <= bound):
            return False
    return True


def same_quantity(stated: Iterable[float], value: float, approximate: bool = False) -> bool:
    """Whether a stated number matches a field's value, allowing for units and rounding.

    The statement may say ``Rp 5 miliar`` where the field holds 5000 (IDR million), or
    ``18%`` where it holds 0.18: scales by powers of a thousand and by 100 are allowed.
    A stated number is taken as rounded to its last digit (:func:`_last_digit`):
    ``1.2 million`` agrees with 1,213,456, ``24%`` does not agree with 25. An
    ``approximate`` number may also be off by :data:`APPROXIMATE` of itself.
    """
    for number in stated:
        half = _last_digit(number) / 2
        if approximate:  # "about 30%": 28.5 to 31.5 (the bound itself too, float or not)
            half = max(half, APPROXIMATE * abs(number) * (1 + 1e-9))
        for scale in _SCALES_SAME_FIRST:
            scaled = number * scale
            off = abs(scaled - value)
            # rounds to the stated number (a half is not: 3.5 billion is not "3 billion"),
            # or equal but for the float's last bits
            if off < half * scale or off <= 1e-9 * max(abs(scaled), abs(value)):
                return True
    return False


# --- a change the statement names: halve, double, by 20%, by 5 percentage points ---------

# A share of the value (`by a third`, `sepertiganya`), a multiple (`2.5x`, `dua kali lipat`),
# a percentage or points after "by"/"sebesar" or an intransitive verb (`naik 10%`), points
# anywhere (`2 percentage points`, `5 poin persentase`, `50 bps`). Group names say the kind.
_FRACTIONS = {"half": 1 / 2, "a half": 1 / 2, "one half": 1 / 2, "a third": 1 / 3,
              "one third": 1 / 3, "one-third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3,
              "a quarter": 1 / 4, "one quarter": 1 / 4, "a fifth": 1 / 5, "one fifth": 1 / 5,
              "two third": 2 / 3,
              "setengah": 1 / 2, "separuh": 1 / 2, "sepertiga": 1 / 3, "seperempat": 1 / 4,
              "seperlima": 1 / 5, "dua pertiga": 2 / 3}
_MULTIPLES = {"double": 2, "doubles": 2, "doubled": 2, "doubling": 2, "triple": 3, "triples": 3,
              "tripled": 3, "tripling": 3, "quadruple": 4, "quadrupled": 4, "twofold": 2,
              "threefold": 3, "fourfold": 4, "dua": 2, "tiga": 3, "empat": 4}
# Each pattern runs only where the lower-cased text holds one of its clues.
# A clue is a few words, or a pattern (the percentage's: a change word before a number).
_CHANGE_PATTERNS = [(re.compile(clue if isinstance(clue, str) else "|".join(map(re.escape, clue))),
                     re.compile(p, re.I)) for clue, p in [
    # halve, cut in half
    (("halv", "half"), r"(?P<halve>\bhalv(?:e|es|ed|ing)\b)|\bin\s+(?P<in_half>half)\b"),
    # by half, by a third, sebesar sepertiga (group `part`)
    (("half", "third", "quarter", "fifth", "setengah", "separuh", "pertiga", "perempat",
      "perlima"), r"\b(?:by|sebesar)\s+(?P<part>(?:a|one|two)[\s-](?:half|third|thirds|"
     r"quarter|fifth)|half|dua\s+pertiga|se(?:tengah|paruh|pertiga|perempat|perlima))(?:nya)?"
     r"\b(?!\s+(?:of|dari)\b)"),
    # setengahnya, sepertiganya, menjadi setengahnya (group `idpart`, `into` after menjadi)
    (("nya",), r"(?P<into>\bmenjadi\s+)?\b(?P<idpart>se(?:tengah|paruh|pertiga|perempat|"
     r"perlima)|dua\s+pertiga)nya\b"),
    # double at the start or after to/will/and (not `double-digit`, `reduce double bookings`)
    (("doubl", "tripl", "quadrupl"), r"(?:^\s*|(?<=\bto\s)|(?<=\bwill\s)|(?<=\band\s))"
     r"(?P<multiple>doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|quadruple[sd]?)\b(?!-)"),
    # 2.5x, 3×, not `to 3x` (a level: _LEVEL_MULTIPLE), `24x7` or `3x 4`
    (tuple(f"{n}x" for n in range(10)) + ("×",), r"(?P<times>\d+(?:[.,]\d+)?)[x×](?![\w×])"
     r"(?!\s*\d)"),
    (("fold",), r"\b(?P<fold>two|three|four)fold\b"),
    # dua kali lipat, 3 kali lipat
    (("lipat",), r"\b(?P<lipat>\d+(?:[.,]\d+)?|dua|tiga|empat)\s+kali\s+lipat\b"),
    # 2 percentage points, 5 poin persentase, 6 points, 50 bps (group `points`)
    (("poin", "point", "pp", "p.p", "bp"), r"(?P<points>\d+(?:[.,]\d+)?)\s*"
     r"(?:(?P<pct_points>percentage[\s-]points?|poin\s+persentase|pp|ppt|p\.p\.)|"
     r"(?P<bps>basis\s+points?|bps)|(?P<by_points>points?|poin))(?![\w-])"),
    # 20%, after a word that makes it a change (_CHANGE_WORD)
    (r"(?:by|sebesar|naik|turun|meningkat|menurun|tumbuh|bertambah|berkurang|grows?|rises?|"
     r"falls?|up|down)\s+(?:[a-z-]+\s+)?\d", r"(?P<pct>\d+(?:[.,]\d+)?)\s?"
     r"(?:%|percent\b|per\s?cent\b|persen\b)(?!\s*(?:of\b|dari\s+[^\W\d]|or\b|atau\b))"),
]]
# The numbers of those patterns start where no digit, letter or mark stands before them.
_LEVEL_MULTIPLE = re.compile(r"\b(?:to|menjadi)\s$", re.I)
_POINTS_CHANGE, _PCT_CHANGE = _CHANGE_PATTERNS[-2][1], _CHANGE_PATTERNS[-1][1]
# Before a percentage or points that are a change: by 20%, sebesar 20%, naik 10%, grow 10%.
_CHANGE_WORD = re.compile(r"\b(?:by|sebesar|naik|turun|meningkat|menurun|tumbuh|bertambah|"
                            r"berkurang|grows?|rises?|falls?|up|down)\s+(?:(?:about|around|"
                            r"roughly|approximately|sekitar|kira-kira)\s+)?$", re.I)
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
class Change:
    """A change a statement names (``halve``, ``double``, ``by 20%``, ``by 5 percentage
    points``): what the target may be, as a multiple of the baseline (``ratios``) or as a
    difference from it in points (``points``, by size)."""

    text: str
    ratios: frozenset[float]
    points: frozenset[float]


def find_change(text: str) -> Change | None:
    """The change the statement names, where its reading is sure; none when a rate is each
    period (`10% year on year`, `naik 10% per tahun`: compounding), when it may count from
    another year than the baseline's (`by 30% compared with 2020`), when the way of a
    percentage is in doubt (no verb, or verbs both ways), or when the statement names two.
    A percentage may be of the value or points of it (`cut churn by 2%`, 5% to 3%), so both
    readings are kept; `sepertiganya` may be by a third or to a third."""
    masked = _EMPHASIS.sub(" ", without_dates(text))
    lower = _key(masked)  # as the patterns (re.I) read it: ſetengahnya holds setengah
    found: list[tuple[int, re.Match[str]]] = []
    for clues, pattern in _CHANGE_PATTERNS:
        if _clues and not clues.search(lower):
            continue
        for match in pattern.finditer(masked):
            start = match.start()
            if start and match.group(0)[0].isdigit() and (
                    masked[start - 1].isalnum() or masked[start - 1] in ".,_"
                    or _LEVEL_MULTIPLE.search(masked, max(0, start - 9), start)):
                continue  # B2B, the 5 of 12.5; `to 3x`, `menjadi 3x`: a level
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
    g = match.groupdict()
    said = None if g.get("halve") or g.get("multiple") or g.get("fold") or g.get(
        "points") else verb_way(masked)  # those say their way themselves
    way = said[0] if said else 0
    ratios: set[float] = set()
    points: set[float] = set()
    if g.get("halve") or (g.get("in_half") or g.get("part") == "half") and way == DOWN:
        ratios.add(0.5)
    elif g.get("part"):
        written = " ".join(_key(g["part"]).replace("-", " ").split())
        part = _FRACTIONS.get(written.removesuffix("nya"))
        if part is None or not way:
            return None
        ratios.add(1 + way * part)
        if written.startswith("se") and way == DOWN:
            ratios.add(part)  # turun sebesar setengah: to half, which is by half too
    elif g.get("idpart"):
        part = _FRACTIONS[" ".join(_key(g["idpart"]).split())]
        if g.get("into"):
            ratios.add(part)
        elif way == DOWN:
            ratios |= {part, 1 - part}  # kurangi sepertiganya: by a third, or to a third
        else:
            return None
    elif g.get("multiple"):
        ratios.add(float(_MULTIPLES[_key(g["multiple"])]))
    elif g.get("times") or g.get("lipat"):
        written = g.get("times") or g["lipat"]
        values = number_values(written) or {float(_MULTIPLES.get(_key(written), 0))}
        if way != UP:
            return None  # `reduce 3x`: to a third? `3x a week`: a frequency
        ratios |= {v for v in values if v > 1}
    elif g.get("fold"):
        ratios.add(float(_MULTIPLES[_key(g["fold"]) + "fold"]))
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
    return Change(" ".join(text[start:match.end()].split()), frozenset(ratios),
                  frozenset(points))


def change_agrees(change: Change, baseline: float, target: float) -> bool:
    """Whether going from ``baseline`` to ``target`` is the change named: the target within
    5% of the named multiple of the baseline (people round a change: `double` is 1.9 to 2.1
    times, `cut by 20%` 0.76 to 0.84 times), or the two values the named
    points apart (`2 percentage points` is 31 to 33, or 0.31 to 0.33; no other unit: `naik
    10%` is no 10,000 more).
    A baseline of zero or less agrees with any multiple, and so does a target on the other
    side of the baseline (the way is :func:`verb_way`'s and K121's business)."""
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
        half = _last_digit(number) / 2
        for scale in (1.0, 0.01):
            if abs(number * scale - difference) < half * scale + 1e-9 * max(difference, 1e-9):
                return True
    return False


# --- two KPIs in one statement -------------------------------------------------------

# Where a measure reaches a level: a word that leads to the target (`to 60%`, `menjadi 55%`,
# `reach 95%`, `to at least 90%`), a bound (`keep churn under 5%`) or an arrow, then the
# amount. The clue: two such words (the lookahead skips to a letter before trying each word:
# a fifth faster on the benchmark's statements, 4.9 us a statement).
# A verb that sets a level right before its amount is one too (`achieve 95% on-time delivery`,
# `meraih 95%`, `maintain 99.9% uptime`).
_MOVE_WORDS = (r"to|menjadi|jadi|ke|hingga|sampai|reach|reaches|reaching|mencapai|capai|capailah|"
               r"achieve|achieves|achieving|attain|attains|attaining|hit|hits|hitting|maintain|"
               r"maintains|maintaining|sustain|sustains|meraih|raih|raihlah|pertahankan|"
               r"mempertahankan")
_BOUND_WORDS = _AT_LEAST + "|" + _AT_MOST
# Searched in the text as re.I reads it (:func:`_key`), without re.I: a branch that starts with
# a letter is then skipped at its first letter (a fifth of the time on the corpus).
_MOVE_CLUE = re.compile(r"(?<![\w-])(?=[^\W\d_])(?:" + _MOVE_WORDS + "|" + _BOUND_WORDS
                        + r")\b|" + _ARROW)
# With one level word: a joiner word (and, dan, serta, plus, as) or a semicolon with a digit
# after it (`reach 95% on-time delivery and 90% first-time fix`). Each word bounded by
# letters, not \b (an underscore or a date beside it is blanked before the finder reads it);
# the pattern starts with its first letters, which the regex engine skips to (a fifth of the
# time of a pattern that starts with the boundary).
_NOT_AFTER_LETTERS = r"(?<![^\W\d_]{})(?![^\W\d_])"
_AND_CLUE = re.compile(r"[adps;](?:(?<=a)(?:nd" + _NOT_AFTER_LETTERS.format("and") + "|s"
                       + _NOT_AFTER_LETTERS.format("as") + ")|(?<=d)an"
                       + _NOT_AFTER_LETTERS.format("dan") + "|(?<=s)erta"
                       + _NOT_AFTER_LETTERS.format("serta") + "|(?<=p)lus"
                       + _NOT_AFTER_LETTERS.format("plus") + "|(?<=;))", re.I)
_A_DIGIT = re.compile(r"\d")
# Or a comma with an amount after it (`95% on-time delivery, 90% first-time fix`).
_COMMA_CLUE = re.compile(r",\s++(?:[^\W\d]+\s*+)?[-−+]?\d")
_MOVE = re.compile(
    r"(?:(?<![\w-])(?:(?:" + _MOVE_WORDS + r")\s+(?:(?:" + _BOUND_WORDS + r")\s+)?|(?:"
    + _BOUND_WORDS + r")\s+)|" + _ARROW + r"\s*)" + _ABOUT.format(n="b")
    + _AMOUNT.format(n="b") + r"(?![^\W_])", re.I)
# A baseline's "from X" (`dari X`), to cut from the words that name the second measure.
_FROM_AMOUNT = re.compile(r"\b(?:from|dari)\s+" + _ABOUT.format(n="a") + _AMOUNT.format(n="a"),
                          re.I)
# What joins two parts of a sentence; a sentence end between two levels is K101's.
_JOINER = re.compile(r"[,;](?=\s)|\b(?:and|dan|serta|while|whilst|sambil|sementara|sedangkan|plus|"
                     r"as\s+well\s+as)\b", re.I)
_JOINER_WORDS = frozenset(
    "and dan serta while whilst sambil sementara sedangkan plus as well".split())
_SENTENCE_BETWEEN = re.compile(r"[.!?](?:\s|$)")
# Before "to", a word that makes it no target: `equal to 1,200 orders`, `up to 5 days`.
_NOT_A_MOVE_AFTER = frozenset("""
    equal equals equivalent close closer up next due according compared relative addition
    similar prior amounting corresponding sama setara
""".split())
# Words that name no measure: joiners, articles, pronouns, adverbs, number and currency words,
# verbs of moving without a measure (`and then bring it down to 3%`); and the words that start
# a part of the same measure (`in villages`, `for girls`, `with every district`), after which
# the second level is the first measure's, for a group or a date.
_NO_MEASURE = frozenset("""
    and dan serta while whilst sambil sementara sedangkan plus as well also juga then lalu
    kemudian further again lagi finally akhirnya selanjutnya the a an its it their them this
    these that those our his her itu ini tersebut nya yang or atau i e g ie eg namely yaitu
    yakni artinya meaning which is are be will to so up down by sebesar more lebih even hingga
    sampai bring brings move moves take takes get gets push pushes keep keeps hold holds make
    makes improve improves bawa jadikan buat capai mencapai reach reaches reaching keeping
    kept maintain maintains maintaining holding jaga menjaga pertahankan mempertahankan tahan
    menahan never not no tidak jangan tak always selalu still tetap remain remains remaining
    stay stays staying
""".split()) | frozenset(WAY_OF_WORD) | NUMBER_WORDS | CURRENCY_PREFIXES
_SAME_MEASURE = frozenset("""
    in at for among across each every including within with without of per on during after
    before over under from di pada untuk bagi antara setiap tiap termasuk dengan tanpa dalam
    per khususnya terutama especially particularly mainly dari selama sebelum setelah
""".split())
_MEASURE_WORD = re.compile(r"[^\W\d_]+")
# The words right after a level that name what it counts (`to 200 leads`, `95% on-time
# delivery`, `90% perbaikan tuntas`): at most four, up to a word that names no measure or
# starts a part of the same one (`a month`, `per week`, `by`, `pada`, `out of 5`).
_NAME_WORD = re.compile(r"\s*+([^\W\d_]+(?:[-'’][^\W\d_]+)*+)")
_NOT_A_NAME = _NO_MEASURE | _SAME_MEASURE | frozenset("out than".split())
# In a name, words that name no measure of their own: units and periods (`5 minutes`, `2
# hours and 30 minutes` is one amount, `Rp 5 miliar setahun dan Rp 450 juta sebulan` one
# measure), and groups and statistics of a measure (`95% urban and 80% rural`, `5 minutes
# average and 10 minutes maximum`).
_NAME_NO_MEASURE = frozenset(_TIME_UNITS) | frozenset("""
    percent persen point points poin pp ppt bps basis times kali x
    daily weekly monthly quarterly yearly annually annual harian mingguan bulanan tahunan
    sehari seminggu sebulan setahun
    urban rural male female men women boys girls children adults adult child weekdays
    weekends weekday weekend peak off-peak national nationally overall total average mean
    median maximum minimum max min kota desa perkotaan perdesaan pedesaan laki-laki
    perempuan pria wanita anak anak-anak dewasa nasional rata-rata keseluruhan puncak
""".split())
# Between a level's name and the next part: a deadline's word before its date (blanked), a
# period (`a month`), a comma, then a joiner word or a semicolon (a comma alone may restate:
# `95% on-time delivery, 9,500 orders a month`); the next part starts after it (`then`).
_DATE_AND_PERIOD = (r"(?:\s++(?:by|in|on|at|before|until|pada|di|hingga|sampai|sebelum)"
                    r"(?=\s{4}))?(?:\s++(?:a|per|each|every|setiap|tiap)\s++(?:day|week|month|"
                    r"quarter|year|hari|minggu|pekan|bulan|triwulan|tahun)\b)?")
_AND_GAP = (_DATE_AND_PERIOD + r"\s*+,?\s*+(?:(?:and|dan|serta|plus|as\s+well"
            r"\s+as)\b|;)\s*+(?P<then>)"
            r"(?:(?:also|juga|then|lalu)\s++)?")
# A second from-to or target named only after its numbers (`… 200 leads and from 40 to 70
# customers`, `and to 70 customers`): the gap up to its level word.
_PAIR_GAP = re.compile(_AND_GAP + r"(?:(?:from|dari)\s++" + _ABOUT.format(n="a")
                       + _AMOUNT.format(n="a") + r"\s++)?", re.I)
# A second amount without a level word of its own (`reach 95% on-time delivery and 90%
# first-time fix`).
_BARE_SECOND = re.compile(_AND_GAP + r"(?P<amount>)" + _ABOUT.format(n="c") + _AMOUNT.format(n="c")
                          + r"(?![^\W_])", re.I)
# Or after a comma alone: read only where both are percentages (`95% on-time delivery, 90%
# first-time fix`) that are not one share and the rest (`95% on time, 5% late`); a count
# after a comma may restate a share (`95% on-time delivery, 9,500 orders a month`).
_COMMA_SECOND = re.compile(_DATE_AND_PERIOD + r"\s*+,\s*+(?P<then>)(?P<amount>)"
                           + _ABOUT.format(n="c") + _AMOUNT.format(n="c") + r"(?![^\W_])", re.I)


@dataclass(frozen=True)
class TwoMeasures:
    """Two KPIs in one statement: each part as written, from the words that name its measure
    to the level it is to reach."""

    first: str
    second: str


def find_two_measures(text: str) -> TwoMeasures | None:
    """Two measures each moved to a level of its own in one sentence: two "from X to Y"
    (`Raise literacy from 45% to 60% and numeracy from 38% to 55%`), or two targets
    (`naikkan penjualan menjadi Rp 15 M dan turunkan biaya menjadi 25%`), joined by and, dan,
    serta, as well as, while, sambil or a comma, with words between that name another
    measure; or two measures named only after their numbers, joined by a joiner word
    (`from 120 to 200 leads and from 40 to 70 customers`, `reach 95% on-time delivery and
    90% first-time fix`). Not a level of the same measure for a group or a date (`and to 3%
    by 2027`, `and in villages from 70% to 85%`, `and 600 cases by 2026`), a baseline after
    the target (`to 12%, up from 9%`), nor a to that leads to no target (`equal to`,
    `up to`); dates and emphasis left out."""
    if _clues:
        clues = _MOVE_CLUE.finditer(_key(text))  # as long as the text: offsets agree
        first = next(clues, None)
        if first is None:
            return None
        if next(clues, None) is None:  # the joiner comes after the level (`95% … and 90% …`)
            joiner = _AND_CLUE.search(text, first.end())
            if (joiner is None or _A_DIGIT.search(text, joiner.end()) is None) and (
                    _COMMA_CLUE.search(text, first.end()) is None):
                return None
    masked = _EMPHASIS.sub(" ", without_dates(text))
    previous: re.Match[str] | None = None
    previous_name: tuple[int, frozenset[str]] = (0, frozenset())
    for move in _MOVE.finditer(masked):
        if _is_year(move, "b"):
            continue
        word = _WORD_BEFORE.search(masked, max(0, move.start() - 40), move.start())
        if word is not None and _key(word.group(1)) in _NOT_A_MOVE_AFTER:
            continue
        name = _name_after(masked, move.end())
        if name[0] == move.end():  # nothing after the number: the name before it counts
            name = (name[0], _name_before(masked, move.start()))
        if previous is not None:
            second_start = _second_measure(masked, previous.end(), move.start())
            if second_start is None and _names_differ(previous_name[1], name[1]):
                gap = _PAIR_GAP.match(masked, previous_name[0], move.start())
                if gap is not None and gap.end() == move.start():
                    second_start = gap.start("then")
            if second_start is not None:
                return TwoMeasures(_first_part(text, masked, previous, previous_name[0]),
                                   " ".join(text[second_start:name[0]].split()))
        previous, previous_name = move, name
        second = _bare_second(masked, move, name)
        if second is not None:
            return TwoMeasures(_first_part(text, masked, move, name[0]),
                               " ".join(text[second[0]:second[1]].split()))
    return None


def _bare_second(masked: str, move: re.Match[str], name: tuple[int, frozenset[str]]
                 ) -> tuple[int, int] | None:
    """Where a second amount without a level word of its own, and its name, stand right after
    a level's name (``name``: where it ends, its words), when they name another measure: after
    a joiner word, or after a comma alone where both are percentages that do not add up to a
    whole (`95% on time, 5% late` is one share and the rest)."""
    if not name[1]:
        return None
    bare = _BARE_SECOND.match(masked, name[0])
    if bare is None:
        bare = _COMMA_SECOND.match(masked, name[0])
        if bare is None or not (move.group("bpct") and bare.group("cpct")) or any(
                abs(first + second - 100) < 1e-9 for first in _amount_values(move, "b")
                for second in _amount_values(bare, "c")):
            return None
    if _is_year(bare, "c"):
        return None
    second_name = _name_after(masked, bare.end())
    if not _names_differ(name[1], second_name[1]):
        return None
    return bare.start("amount"), second_name[0]


def _second_measure(masked: str, start: int, end: int) -> int | None:
    """Where the words naming a second measure start between two levels (``start`` is where
    the first ends, ``end`` where the second's word starts); none where they name none."""
    if _SENTENCE_BETWEEN.search(masked, start, end):
        return None
    froms = list(_FROM_AMOUNT.finditer(masked, start, end))
    cut = end
    if froms and not _JOINER.search(masked, froms[-1].end(), end):
        cut = froms[-1].start()  # the second's baseline: `and numeracy from 38% to 55%`
        froms.pop()
    # after the first's own baseline (`to 12%, up from 9%, and`)
    joiner = _JOINER.search(masked, froms[-1].end() if froms else start, cut)
    if joiner is None:
        return None
    first = None  # the part starts at its first word after the joiner (`turunkan biaya`)
    for word in _MEASURE_WORD.finditer(masked, joiner.end(), cut):
        key = _key(word.group())
        if first is None and key not in _JOINER_WORDS:
            first = word.start()
        if key in _SAME_MEASURE:
            return None
        if key not in _NO_MEASURE:
            return first
    return None


# After a level, "of" before its name (`95% of households`); not "dari" before a number (a
# baseline), nor "of them".
_OF_NAME = re.compile(r"\s++(?:of|dari)(?:\s++(?:the|all|our|semua|seluruh))?(?=\s++[^\W\d_])",
                      re.I)


def _name_after(masked: str, at: int) -> tuple[int, frozenset[str]]:
    """Where the words that name what a level counts end (``at`` where its amount ends), and
    those of them that name a measure (not a unit, a group or a statistic)."""
    end, named = at, set()
    of = _OF_NAME.match(masked, at)
    if of is not None:
        end = of.end()
    for _ in range(4):
        word = _NAME_WORD.match(masked, end)
        if word is None:
            break
        key = _key(word.group(1))
        if key in _NOT_A_NAME:
            break
        end = word.end()
        if key not in _NAME_NO_MEASURE:
            named.add(key)
    if of is not None and end == of.end():
        return at, frozenset()  # `of them`: no name
    return end, frozenset(named)


# Before a level word, a baseline's "from X" (`on-time delivery from 88% to 95%`).
_FROM_BEFORE = re.compile(r"\b(?:from|dari)\s++" + _ABOUT.format(n="a") + _AMOUNT.format(n="a")
                          + r"\s*+$", re.I)
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*+|\S")  # a word, or a mark or digit


def _name_before(masked: str, at: int) -> frozenset[str]:
    """The words that name a measure right before its level word (``at``), back to a verb,
    an article, a preposition or a mark (`Raise on-time delivery to 95%`: on-time, delivery),
    at most four; after a baseline's "from X" too."""
    start = max(0, at - 120)
    window = _key(masked[start:at])
    if "from" in window or "dari" in window:
        baseline = _FROM_BEFORE.search(masked, start, at)
        if baseline is not None:
            window = window[:baseline.start() - start]
    named: set[str] = set()
    for token in _TOKEN.findall(window)[:-5:-1]:
        if not token[0].isalpha() or token in _NOT_A_NAME or token in _NO_MEASURE:
            break
        if token not in _NAME_NO_MEASURE:
            named.add(token)
    return frozenset(named)


def _names_differ(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two levels' names name two measures: both name one, and they share no word
    (`leads` and `customers`; not `users` and `paying users`, nor `public schools` and
    `private schools`: groups of one measure)."""
    return bool(first) and bool(second) and not first & second


def _first_part(text: str, masked: str, move: re.Match[str], end: int) -> str:
    """The first part as written: from the start of its clause to the end of its level's name
    (``end``: `from 8 to 5 minutes`), at most twelve words."""
    clause = max(masked.rfind(mark, 0, move.start()) for mark in (", ", "; ", ": "))
    words = text[clause + 1 if clause >= 0 else 0:end].split()
    return " ".join(words) if len(words) <= 12 else "… " + " ".join(words[-12:])


# --- jargon --------------------------------------------------------------------------

WELL_KNOWN = frozenset("""
    KPI IDR USD EUR SGD GBP JPY AUD CNY MYR HKD CHF THB INR KRW NZD CAD
    FY AM PM WIB WITA WIT UTC GMT KM KG CM MM KWH MW GB TB MB PT TBK KW GW GJ MJ
    US USA UK EU ASEAN
    CEO CFO COO CTO CIO VAT GST GDP SME MSME ATM PhD MoU
    PPN PBB NPWP PDB UMKM BUMN SDM THR UMR UMP BPJS OJK
    ID KTP KK NIK SIM SD SMP SMA SMK PAUD PNS ASN APBN APBD DPR DPRD BPS BBM
    RSUD IGD ICU ASI HIV AIDS TBC COVID
""".split())
"""Tokens every reader knows: currency codes, time words, units (`kW`, `GJ`), `PT`/`Tbk`,
`KPI`, degrees and agreements (`PhD`, `MoU`), and the
business abbreviations of the news, a payslip or a receipt, which say one thing to everyone:
company officers (`CEO`, `CFO`), taxes (`VAT`, `PPN`), the economy (`GDP`, `PDB`), small
firms (`SME`, `UMKM`), state firms (`BUMN`), staff (`SDM`, `THR`, `UMR`, `BPJS`); and those
of public services every citizen meets: papers (`ID`, `KTP`, `KK`, `NIK`, `SIM`), schools
(`SD`, `SMP`, `SMA`, `SMK`, `PAUD`), the state (`PNS`, `ASN`, `APBN`, `APBD`, `DPRD`, `BPS`,
`BBM`), hospitals (`RSUD`, `IGD`, `ICU`) and health words (`ASI`, `HIV`, `AIDS`, `TBC`,
`COVID`). Team words that name a measure or a process (`CAC`, `SQL`, `OTIF`, `ROI`, `YoY`,
`SaaS`) stay jargon: the glossary says how this catalog counts them."""

_ROMAN = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})\Z")  # I to XXIX: triwulan IV, fase II
# The lookahead asks for a capital letter once, instead of trying every split of the run.
# An acronym may start with one lower-case letter before two capitals: eNPS, iOS, mPOS; or
# with a short capitalised syllable: RevPAR, ChatGPT.
_LOWER_LEAD = r"(?:(?:[A-Z][a-z]{1,3}+|[a-z])(?=[A-Z]{2}))?"
# Or a word that starts and ends with a capital, a few lower-case letters between: YoY,
# MoM, QoQ, SaaS (not DevOps, LinkedIn: a capital inside a word is no acronym).
_CAPITAL_ENDS = r"[A-Z][a-z]{1,3}+[A-Z](?![\w&])"
_ACRONYM = re.compile(
    r"(?<![\w&])(?P<base>" + _CAPITAL_ENDS + "|" + _LOWER_LEAD
    + r"(?=[0-9&]*+[A-Z])[A-Z0-9&]++)(?:s|['’]s)?(?![\w&])")
_PAREN_ACRONYM = re.compile(r"\(\s*+(" + _CAPITAL_ENDS + "|" + _LOWER_LEAD
                            + r"[A-Z0-9&]{2,}+)s?\s*+\)")
_ACRONYM_BEFORE_PAREN = re.compile(r"(?<![\w&])(" + _CAPITAL_ENDS + "|" + _LOWER_LEAD
                                   + r"[A-Z0-9&]{2,}+)s?\s*+\(")
_LOWER_CASE = re.compile(r"[a-z]")
# Every acronym find_jargon reports has two capitals with at most digits or `&` between them
# (CAC, B2B, P&L, eNPS), or a few lower-case letters (YoY, SaaS): a text without such a pair
# is neither masked nor searched.
_TWO_CAPITALS = re.compile(r"[A-Z][0-9&]*+[A-Z]|[A-Z][a-z]{1,3}+[A-Z]")


def _explained_before_parentheses(text: str) -> set[str]:
    """Acronyms followed by words in parentheses: `CAC (customer acquisition cost)`.

    The closing parenthesis and the next lower-case letter are looked up again only when
    the previous answer lies behind the acronym: many acronyms before one far parenthesis
    cost one search, not one each.
    """
    explained: set[str] = set()
    close = lower = -1
    for match in _ACRONYM_BEFORE_PAREN.finditer(text):
        inside = match.end()
        if close < inside:
            close = text.find(")", inside)
            if close < 0:
                break
        if lower < inside:
            found = _LOWER_CASE.search(text, inside)
            lower = found.start() if found else len(text)
        if lower < close:
            explained.add(match.group(1).casefold())
    return explained


def is_acronym(token: str) -> bool:
    """Two or more capital letters, possibly with digits or `&` (`CAC`, `B2B`, `P&L`, `eNPS`)."""
    return sum(c.isupper() for c in token) >= 2


def _folds(word: str) -> set[str]:
    """A word and its singular/plural forms, case-folded: `SQLs` -> {sqls, sql}."""
    w = word.casefold()
    forms = {w, w + "s"}
    if w.endswith("'s") or w.endswith("’s"):
        forms.add(w[:-2])
    elif w.endswith("s") and len(w) > 2:
        forms.add(w[:-1])
    return forms


@dataclass(frozen=True)
class Glossary:
    """What the glossary explains: single words (every form), and multi-word phrases."""

    words: frozenset[str]
    phrases: tuple[re.Pattern[str], ...]

    @classmethod
    def build(cls, entries: Iterable[str]) -> Glossary:
        words: set[str] = set()
        phrases = []
        for entry in entries:
            entry = entry.strip()
            if not entry:
                continue
            if re.search(r"\s", entry):
                phrases.append(r"\s+".join(map(re.escape, entry.split())))
            words |= _folds(entry)
            for inner in _PAREN_ACRONYM.finditer(entry):  # `Net Promoter Score (NPS)`
                words |= _folds(inner.group(1))
        phrases.sort(key=len, reverse=True)  # the longest phrase wins
        pattern = (re.compile(r"(?<![\w&])(?:" + "|".join(phrases) + r")s?(?![\w&])", re.I),)
        return cls(frozenset(words), pattern if phrases else ())

    def knows(self, token: str) -> bool:
        return bool(_folds(token) & self.words)


@lru_cache(maxsize=64)
def _known_folded(extra_known: frozenset[str]) -> frozenset[str]:
    """The words that are no jargon, case-folded (once per catalog, not once per KPI)."""
    return frozenset(w.casefold() for w in WELL_KNOWN | extra_known)


def find_jargon(text: str, glossary: Glossary, extra_known: Iterable[str] = ()) -> list[str]:
    """Acronyms in the text that the glossary does not explain, first seen first, once each.

    Not jargon: glossary terms and aliases (any case, singular or plural; multi-word
    terms as a whole), :data:`WELL_KNOWN` tokens, roman numerals, and acronyms the text
    explains itself: `customer acquisition cost (CAC)` or `CAC (customer acquisition cost)`.
    """
    if _clues and not _TWO_CAPITALS.search(text):
        return []
    masked = _mask(without_dates(text), _URL)  # Q4 2026, FY2026: dates, not jargon
    for phrase in glossary.phrases:
        masked = _mask(masked, phrase)
    explained = {m.group(1).casefold() for m in _PAREN_ACRONYM.finditer(masked)}
    explained |= _explained_before_parentheses(masked)
    known = _known_folded(frozenset(extra_known))
    out: list[str] = []
    for match in _ACRONYM.finditer(masked):
        base = match.group("base")
        if not is_acronym(base) or _ROMAN.match(base):
            continue
        folded = _folds(base)
        if folded & known or folded & explained or glossary.knows(base):
            continue
        if match.group() not in out:
            out.append(match.group())
    return out
