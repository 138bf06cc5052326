"""Dates that name a year (:func:`find_dates`), with the days each may mean."""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from kpi_catalog.checking.text import clues
from kpi_catalog.checking.text.clues import emptied_with_clues
from kpi_catalog.checking.text.way import WAY_OF_WORD
from kpi_catalog.checking.text.words import month_number, one_of, re_lower, unemphasised
from kpi_catalog.months import month_span, months_after

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
    alone: bool = False
    """Whether it is a year alone after a word that may lead to a count too (`by 2027`,
    `hingga 2027`): a number written like a year (`hingga 2000 pelajar`) reads the same."""

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
            earliest = month_span(*months_after(year - 1, 2, months - 1))[0]
            latest = month_span(*months_after(year, 12, months - 1))[1]
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
_QWORD = r"(?P<qword>" + one_of(_QUARTER_WORDS) + r")"
# The words before an event's name and its year (`pada SEA Games 2027`, `at the Expo 2027`).
_EVENT_LEADS = ("at", "in", "during", "pada", "di", "saat", "menjelang", "jelang", "selama")
# Events and groups a year names, after "the 2027": `the 2027 regional election`, `the 2027
# intake`.
_EVENTS = (r"elections?|games|olympics|census|championships?|cup|festival|expo|summit|hajj|"
           r"intake|cohort|tournament|league|budget|session")
# `tahun` (year) before a year, as written in full or cut short (`thn 2027`, `th. 2027`), as
# notes and chat messages write it; `pd` is `pada` so cut (`pd akhir thn 2027`).
_TAHUN = r"(?:tahun\s+|thn\.?\s*+|th\.\s*+)"

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
    "year_span": ("from", "between", "dari", "antara"),
    "year_every": ("tiap",),
    "fiscal": re.compile(r"FY|CY|TA|TB|T\.A"),  # in capitals, as the pattern asks
    "season": ("the",),
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
    "tahun": ("tahun", "thn", "th."),
}

# Before a plural, a word or two that say what kind is counted (`2030 funeral directors`,
# `2026 nursing assistants`): lower case, and no word that starts another part of the sentence
# (`by 2027 in all wards`, `by 2027 among girls`, `by 2027 despite staff cuts`, `by 2027
# including weekends`, `pada 2027 di semua kelas`) nor an adverb in -ly.
_KIND_WORD = (
    r"(?!(?:a|an|the|all|each|every|both|any|some|no|its|their|our|this|that|these|those|"
    r"and|or|but|nor|so|yet|plus|minus|while|whilst|whereas|once|if|when|where|as|because|"
    r"unless|until|then|than|in|on|at|of|for|to|by|from|with|without|within|across|among|"
    r"amongst|amid|via|per|under|over|through|throughout|after|before|since|during|despite|"
    r"into|onto|upon|like|near|beyond|against|toward|towards|along|around|about|above|below|"
    r"between|except|versus|vs|including|excluding|using|covering|following|regarding|"
    r"concerning|considering|involving|starting|beginning|ending|given|subject|ahead|"
    r"regardless|irrespective|compared|relative|provided|providing|assuming|supposing|even|"
    r"whatever|whichever|however|wherever|whenever|should|dan|atau|serta|di|ke|dari|pada|"
    r"untuk|bagi|dalam|dengan|yang|oleh|seluruh|semua|setiap|tiap|melalui|lewat|secara|sebagai|"
    r"antara|tanpa|sejak|selama|menurut|sesuai|terhadap|bersama|kepada|hingga|sampai|sebelum|"
    r"setelah|sesudah|agar|supaya|sehingga|karena|jika|bila|namun|tetapi|sedangkan|termasuk|"
    r"kecuali|mendatang|nanti|ini|itu|lintas|antar|kendati|meskipun|walaupun|demi|guna|"
    r"alongside|beside|besides|unlike|amidst|together)(?![^\W_]))"
    r"(?-i:[a-z][a-z-]+)(?<!ly)\s++")
# After a number written like a year, what is counted: a plural in lower case of three letters
# or more (not `-ss`, `-us`, `-is`, `-as`: across, plus, this, whereas; nor `vs`, nor a few
# words ending in s that are none: adverbs such as `indoors`, `onwards`), maybe after words of
# its kind (:data:`_KIND_WORD`), a count word or a unit; not one that `included`, `excluded`,
# `aside`, `termasuk` or `dikecualikan` follows, which ends a part of its own. Read as re.I
# reads the text.
_COUNTED = (
    r"(?:(?:" + _KIND_WORD + r"){0,2}"
    r"(?!(?:its|does|thanks|besides|always|perhaps|sometimes|nowadays|anyways|indoors|outdoors|"
    r"upstairs|downstairs|sideways|(?:after|on|to|up|down|out|in|for|back|home)wards)"
    r"(?![^\W_]))(?-i:[a-z][a-z-]*[b-hj-rtv-z]s)(?![^\W_])|"
    r"(?:people|persons?|staff|children|men|women|personnel|head|cattle|livestock|units?|"
    r"tons?|tonnes?|kg|km|ha|hectares?|litres?|liters?|mw|kwh|orang|jiwa|unit|buah|ekor|kasus|"
    r"perkara|paket|rumah|keluarga|kk|desa|kali|lembar|batang|titik|lokasi|sekolah|siswa|"
    r"peserta|anggota|pelanggan|nasabah|pasien|petani|kendaraan|kontainer|dokumen|hektare|"
    r"hektar|liter|meter)(?![^\W_]))"
    # not what a part that ends it names (`by 2027 year-round operations included`: by 2027,
    # with those operations; `pada 2027 unit sewa termasuk`)
    r"(?!(?:\s++[^\W\d_]++){0,2}?\s++(?:included|excluded|aside|termasuk|dikecualikan)"
    r"(?![^\W_]))")
# After a year that a word before may make a quantity (`by 2000 units`): a year is a date (`by
# 2027 statewide`, `pada 2027 mendatang`) unless what follows makes it a count. Read as re.I
# reads the text:
_COUNT_AFTER_YEAR = (
    # a percent, a scale or a currency (`by 2000 million`, `sebesar 2025 juta`)
    r"%|(?:percent|per\s?cent|persen|thousand|million|billion|trillion|ribu|rb|juta|jt|miliar|"
    r"milyar|triliun|k|m|mn|bn|t|tn|rupiah|usd|idr|eur)(?![^\W_])|"
    # more of what is counted (`by 2000 new members`, `2000 orang lagi`)
    r"(?:more|new|additional|extra|fewer|further|lebih|baru|tambahan|lagi)(?![^\W_])|"
    # a range of counts, an average, a rate (`by 2000 to 12,000`, `on average`, `a month`)
    r"(?:to|hingga|sampai|s\.?d\.?)\s*+[-−+]?\d|on\s++average|rata-rata|"
    r"(?:(?:a|an|per|each|every|setiap|tiap)\s++|se)(?:day|week|month|quarter|year|annum|"
    r"capita|person|head|hari|minggu|pekan|bulan|triwulan|tahun|kapita|orang)(?![^\W_])"
    r"(?!\s++(?:early|earlier|ahead|late|later|sooner|before|after)(?![^\W_]))|"
    # a deadline of its own after it (`by 2000 by 2027`, `by 2000 in 2027`; not `by 2027 in
    # 2030 villages`: a count)
    r"(?:by|in|before|until|during|pada|hingga|sampai|sebelum|dalam)\s[^\d.;]{0,24}?"
    r"(?<!\d)(?:19|20|21)\d\d(?!\d)(?!\s*+(?:" + _COUNTED + r"))|"
    # a baseline after it: left to the year pattern's `from` (see _from_after_year)
    r"(?:from|dari)\s|" + _COUNTED)
YEAR_IS_DATE = r"(?![^\W_])(?![.,/-]\d)(?!\s*+(?:" + _COUNT_AFTER_YEAR + r"))"
"""After a year (1900 to 2199), that it is a date: no digit or letter right after it, and no
word after it that makes it a count."""

# Or a year's level: neither a date nor a count (`to 2005 levels`, `at 2020 prices`, `hit 2027
# targets`).
_YEARS_LEVEL = (r"\s*+(?:levels?|figures?|prices?|terms|values?|baselines?|standards?|targets?|"
                r"goals?|plans?|budgets?)(?![^\W_])")
_YEAR_IS_DATE_OR_LEVEL = re.compile(YEAR_IS_DATE + "|" + _YEARS_LEVEL, re.I)
_YEARS_LEVEL_AT = re.compile(_YEARS_LEVEL, re.I)
NEVER_BEFORE_A_DATE = frozenset("""
    menjadi jadi mencapai capai capailah meraih raih raihlah reach reaches reaching achieve
    achieves achieving attain attains attaining menjangkau jangkau jangkaulah
""".split())
"""Words that set a level and never lead to a date: a number written like a year after them is
the level (`menjadi 2000 koloni`, `reach 2000 pupils`)."""


MOVED_TO = frozenset("to ke".split())
"""Words that lead to the level a verb moves a value to and, unlike `by` or `hingga`, to no
date (:func:`find_dates` reads none after them): after such a verb, a number written like a
year after them is the level (`grow members to 2000.`), as after
:data:`NEVER_BEFORE_A_DATE`, unless it ends a span of years (`from 2025 to 2027`)."""
# Before a year, the start of a span of years it ends: `2025 to`, `2025 ke`.
_SPAN_START = re.compile(r"(?<!\d)(?:19|20|21)\d\d\s*+(?:to|ke)\s++$", re.I)


UNTIL_OR_UP_TO = ("hingga", "sampai")
"""Date words that also mean "up to" (`hingga 2027`, `hingga 2000 orang`): a number written
like a year after one that the phrase goes on from (`hingga 2028 koloni`, `hingga 2027 nanti`)
is a count where the statement names a deadline of another kind (`hingga 2028 koloni pada
2027`): a statement has one deadline (:func:`_counts_left_out`)."""


def _up_to_count(text: str, mention: DateMention) -> bool:
    """Whether a date may be a count: a year alone after a word of :data:`UNTIL_OR_UP_TO` that
    the phrase goes on from."""
    return (mention.alone and re_lower(mention.text).startswith(UNTIL_OR_UP_TO)
            and _PHRASE_GOES_ON.match(text, mention.end) is not None)


def _other_deadline(text: str, mentions: tuple[DateMention, ...] | list[DateMention]) -> bool:
    """Whether one of ``mentions`` is a deadline that may not be a count (:func:`_up_to_count`):
    not labelled as the baseline's, nor right after a baseline's amount (`from 40% in 2024`,
    `dari 40% (2024)`)."""
    return any(not mention.baseline and not _up_to_count(text, mention)
               and _BASELINE_BEFORE.search(text, max(0, mention.start - 40), mention.start) is None
               for mention in mentions)


@emptied_with_clues
@lru_cache(maxsize=256)
def _unemphasised(text: str) -> str:
    """:func:`unemphasised`, once a text: :func:`year_counts` is asked of each of its levels."""
    return unemphasised(text)


@emptied_with_clues
@lru_cache(maxsize=256)
def _names_a_deadline(text: str) -> bool:
    """Whether the text names a deadline that may not be a count (:func:`_other_deadline`),
    once a text."""
    return _other_deadline(_unemphasised(text), find_dates(text))


def year_counts(text: str, end: int, after: str = "", moved: bool = False,
                bounded: bool = False) -> bool:
    """Whether a number written like a year that ends at ``end`` is a count, not a date nor a
    year's level (`2027.`, `2005 levels`): after a word of :data:`NEVER_BEFORE_A_DATE`
    (``after``, lower case), always; after one of :data:`MOVED_TO` where a verb has
    ``moved`` the value, unless it ends a span of years; after a bound (``bounded``: `no
    more than 2000 open tickets`) or a word of :data:`UNTIL_OR_UP_TO` beside another deadline,
    where the phrase goes on from it; else where what follows makes it one (`2000 members`,
    `2000 orang`, `2000 by 2027`: :data:`YEAR_IS_DATE`). Read in the text as written, through
    its emphasis (`*2000* members`): a deadline after it makes it a count."""
    written = text
    text = _unemphasised(text)
    if _YEARS_LEVEL_AT.match(text, end):
        return False  # `to 2005 levels by 2027`
    if (bounded or (after in UNTIL_OR_UP_TO and _names_a_deadline(written))) and (
            _PHRASE_GOES_ON.match(text, end) is not None):
        return True
    if after in NEVER_BEFORE_A_DATE or (moved and after in MOVED_TO and not _SPAN_START.search(
            text, max(0, end - 24), end - 4)):
        return True
    return _YEAR_IS_DATE_OR_LEVEL.match(text, end) is None


# (kind, clue, pattern): the kind says what a match means (_periods).
_DATE_PATTERNS: list[tuple[str, tuple[str, ...] | re.Pattern[str] | None, re.Pattern[str]]] = [
    (kind, _CLUES.get(clue[0] if clue else kind), re.compile(p, re.I)) for kind, p, *clue in [
    # a labelled year: baseline 2025: 88%; target (2027): 95%
    # (the mention is group `dated`: the label stays for the from-to to read)
    ("year_label", r"\b(?P<label>baseline|target|sasaran|goal)\s*(?:\(\s*)?(?P<dated>(?:(?:for|"
     r"in|tahun|pada)\s+)?" + _YEAR + r")(?:\s*\))?(?=\s*[:=])"),
    # a span of years, dated by the year it ends: from 2025 to 2027, dari 2025 hingga 2027 (not
    # a range of counts: `from 2025 to 2027 members`, `from 2000 to 2100 by 2027`; _periods
    # asks the end to come after the start, within ten years)
    ("year_span", r"\b(?:from|between|dari|antara)\s+(?P<start>(?:19|20|21)\d\d)\s*+(?:to|until|"
     r"till|through|and|hingga|sampai(?:\s+dengan)?|s\.\s?d\.|s/d|ke|dan|[-–—])\s*+" + _YEAR
     + YEAR_IS_DATE),
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
     r"(?:ke-?\s*)?" + _QWORD + r"(?:\s+|\s*/\s*)(?:" + _TAHUN + r")?" + _YEAR + r"\b"),
    ("year_edge", r"\b(?:the\s+)?(?P<edge>end|close|start|beginning|middle)\s+of\s+"
     r"(?:the\s+)?(?:(?:(?P<fy>fiscal|financial)|calendar)\s+)?(?:year\s+)?(?:(?P<fy2>FY)\s*)?"
     + _YEAR + r"\b", "end_of"),
    # end-2027, mid-2027, YE 2027, EOY2027; early 2027, late 2027 (not "late 2000 orders")
    ("year_edge", r"\b(?P<edge>year[\s-]end|mid|end|start|ye|eoy)(?:[\s-]|(?<=ye|oy))" + _YEAR
     + r"\b", "year_end"),
    ("early_late", r"\b(?P<edge>early|late)[\s-]" + _YEAR + YEAR_IS_DATE),
    ("year_edge", r"\b(?P<edge>akhir|awal|pertengahan|penghujung|tutup)\s+(?:" + _TAHUN + ")?"
     r"(?:(?P<fy>buku|anggaran)\s+)?" + _YEAR + r"\b", "akhir"),
    ("fiscal", r"\b(?-i:(?P<fy>FY|TA|TB|T\.A)|CY)\.?\s?(?:" + _YEAR + r"|['’]?(?P<yy>\d\d))\b"),
    ("year", r"\b(?:(?:pada|pd\.?)\s+)?" + _TAHUN + r"(?:(?P<fy>buku|anggaran)\s+)?" + _YEAR
     + r"\b(?![.,/-]\d)", "tahun"),
    # every (end of a) month or quarter of a year: setiap akhir triwulan 2027, tiap bulan 2027
    ("year_every", r"\b(?:setiap|tiap)\s+(?:akhir\s+)?"
     r"(?:bulan|triwulan|kuartal|semester|minggu|pekan)"
     r"\s+(?:(?:di|pada|dalam)\s+)?(?:" + _TAHUN + r")?" + _YEAR + r"\b(?![.,/-]\d)"),
    # a year of a season or a year that is not the calendar's: the 2027 planting season, the
    # 2027 financial year, musim giling 2027, masa tanam 2027, panen raya 2027
    # ... and of an event or a group the year names: the 2027 regional election, the 2027
    # intake, the 2027 SEA Games (a name in capitals, left out of the mention)
    ("season", r"\bthe\s+" + _YEAR + r"\s+(?:(?P<fy>fiscal|financial)\s+year\b|(?=(?-i:[A-Z]))|"
     r"(?:[^\W\d_]+\s+){0,2}?(?:year|season|harvest|" + _EVENTS + r")\b)"),
    # an event's name, then its year: pada SEA Games 2027, di PON 2028, at Expo 2027 (the
    # mention is the year, group `dated`: the name is left for the other rules to read)
    # (the capital first: a regex engine skips to it; the words before it looked behind)
    ("named", r"(?-i:[A-Z])(?:" + "|".join(
        rf"(?<=\b{lead}\s{the}.)" for lead in _EVENT_LEADS for the in ("", r"the\s"))
     + r")[\w-]*+(?:\s+(?-i:[A-Z][\w-]*+)){0,2}?\s+(?P<dated>" + _YEAR + ")" + YEAR_IS_DATE),
    ("musim", r"\b(?:musim|masa|panen)\s+(?:[^\W\d_]+\s+){0,2}?(?:" + _TAHUN + r")?" + _YEAR
     + r"\b(?![.,/-]\d)"),
    # "by 2027" is a deadline, "by 2000 units" a quantity (YEAR_IS_DATE; after a word of place
    # or purpose, group `place`, only where the phrase ends: _PLACE_YEAR_END). "by 2027"
    # may mean by its start (group `by`); "before 2028", by the end of 2027 (`before`). The
    # lookahead lets the search skip to the next letter before trying each word (twice as fast).
    ("year_alone", r"(?=[a-z])\b(?:(?P<by>by|until|till|hingga|sampai(?:\s+dengan)?|s\.\s?d\.|s/d|"
     r"selambat-lambatnya|paling\s+lambat)|(?P<before>before|sebelum)|in|within|through|"
     r"throughout|during|end|of|from|starting|pada|pd\.?|sepanjang|selama|mulai|"
     r"(?P<place>over|for|di|dalam|untuk|dari))\s+"
     r"(?:the\s+end\s+of\s+|(?:the\s+)?(?:(?:calendar|(?P<fy>fiscal|financial))\s+)?year\s+)?"
     # or a baseline after it (group `from`: `to 95% in 2027 from 88%`; see _from_after_year)
     + _YEAR + r"(?:" + YEAR_IS_DATE + r"|(?P<from>(?=\s+(?:from|dari)\s)))"),
    # a year alone in brackets after an amount: from 88% (2025) to 95% (2027)
    ("year_paren", r"\(\s*(?:(?:in|by|pada|tahun|(?P<fy>FY))\s*)?" + _YEAR + r"\s*\)"),
]]

# After a year that a word of place or purpose leads (`di 2027`, `for 2027`), where a count is
# as likely (`di 2027 kantor`, `for 2030 households`, `over 2027 customers`): the end of the
# phrase, punctuation or a joiner or word of place, time or purpose that starts another part.
_PART_STARTS = (r"and|or|with|on|at|in|for|by|to|from|dan|atau|serta|dengan|di|pada|untuk|bagi|"
                r"dalam|ke|dari")
_PLACE_YEAR_END = re.compile(r"\s*+(?:$|[^\w\s%]|(?:" + _PART_STARTS + r")(?![^\W_]))", re.I)

# After a number written like a year, a lower-case word that starts no other part: the phrase
# goes on (`hingga 2028 koloni`, `hingga 2027 nanti`); a count where a deadline follows. Not a
# word ending in -nya, which tells of something said (`hingga 2027 seluruhnya`), not what a
# number counts.
_PHRASE_GOES_ON = re.compile(r"\s++(?!(?:" + _PART_STARTS + r")(?![^\W_]))(?-i:[a-z])"
                             r"(?![^\W\d_]*?nya(?![^\W_]))", re.I)
# Before a date, a baseline's amount: the date is the baseline's (`up from 40% in 2024`).
_BASELINE_BEFORE = re.compile(r"(?:from|dari)\s++\S*\d\S*+(?:\s++[^\W\d_]++)?\s*+\(?\s*+$",
                              re.I)

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


# Before a span of years, the words back to a number or a mark: a verb of change among them
# moves a value from one number to the other (`grow members from 2026 to 2027`).
_WORDS_BACK = re.compile(r"(?:[^\W\d_]++[\s*_]*+)*+$")


def _moved_before(lower: str, at: int) -> bool:
    """Whether a verb of change (:data:`WAY_OF_WORD`) stands among the words right before
    ``at`` in ``lower``, no number or mark between: `from 2026 to 2027` after it are values."""
    words = _WORDS_BACK.search(lower, max(0, at - 60), at)
    return words is not None and any(word in WAY_OF_WORD for word in words.group().split())


_SPAN_YEARS = 10
"""The most years a span of years (`from 2025 to 2027`) runs: a longer one is a range of
counts (`from 2000 to 2030`)."""


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
            return [month_span(year, month)] if month and 1 <= month <= 12 else []
        if kind in ("quarter", "quarter_yf"):
            letter = (g.get("q") or g.get("q2") or "").upper()
            n = int(g.get("qn") or g.get("qn2", ""))
            months = 3 if letter == "Q" else 6
            if n * months > 12:
                return []
            first = month_span(year, (n - 1) * months + 1)[0]
            return [(first, month_span(year, n * months)[1])]
        if kind in ("quarter_words", "quarter_id"):
            part = re_lower(g["part"])
            months = {"half": 6, "semester": 6, "paruh": 6, "caturwulan": 4,
                      "cawu": 4}.get(part, 3)
            n = _QUARTER_WORDS[re_lower(g["qword"])]
            if re_lower(g["qword"]) in ("last", "akhir", "terakhir"):
                n = 12 // months
            if n * months > 12:
                return []
            return [(month_span(year, (n - 1) * months + 1)[0], month_span(year, n * months)[1])]
        if kind in ("year_edge", "early_late"):
            edge = re_lower(g["edge"]).replace("-", " ")
            if edge in ("end", "close", "late", "year end", "ye", "eoy", "akhir", "penghujung",
                        "tutup"):
                return [(date(year, 10, 1), date(year, 12, 31))]
            if edge in ("start", "beginning", "early", "awal"):
                return [(date(year, 1, 1), date(year, 3, 31))]
            return [(date(year, 4, 1), date(year, 9, 30))]
        if kind == "year_alone" and g.get("before"):
            return [_year_span(year - 1)]
        if kind in ("fiscal", "year", "year_alone", "year_every", "season", "named", "musim",
                    "year_paren",
                    "year_label"):
            return [_year_span(year)]
        if kind == "year_span":
            return [_year_span(year)] if 0 < year - int(g["start"]) <= _SPAN_YEARS else []
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


@emptied_with_clues
@lru_cache(maxsize=2048)
def find_dates(text: str) -> tuple[DateMention, ...]:
    """Dates that name a year, in the order they appear; of overlapping matches, the one
    of the more specific pattern (earlier in the list) is kept. Read through emphasis (`by
    _30 June 2027_`), quoted as seen (`30 June 2027`)."""
    if clues.active and not _HAS_YEAR.search(text):
        return ()
    text = unemphasised(text)
    lower = re_lower(text)  # the clue words as the patterns (re.I) read the text: musım is musim
    found: list[DateMention] = []
    taken = bytearray(len(text))  # 1 where a kept date stands: overlaps found without a search
    quick: dict[re.Pattern[str], bool] = {}  # the clues that are patterns, once each
    patterns = (_DATE_PATTERNS if clues.active
                else [(kind, None, p) for kind, _, p in _DATE_PATTERNS])
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
            start, end = match.span("dated" if kind in ("year_label", "named") else 0)
            if taken.find(1, start, end) >= 0:
                continue
            groups = match.groupdict(default="")
            if (groups.get("place") and match.group("from") is None
                    and not _PLACE_YEAR_END.match(text, end)):
                continue  # `di 2027 kantor`: 2027 offices
            if kind == "year_span" and _moved_before(lower, start):
                continue  # `grow members from 2026 to 2027`: two values, no span of years
            if ("from" in groups and match.group("from") is not None
                    and not _from_after_year(text, start, end,
                                             bool(groups.get("by") or groups.get("before")))):
                continue
            periods = _periods(kind, groups)
            if periods:
                found.append(DateMention(
                    start, end, " ".join(text[start:end].split()), tuple(periods),
                    bool(groups.get("by")),
                    baseline=groups.get("label", "").lower() == "baseline",
                    fiscal=bool(groups.get("fy") or groups.get("fy2")),
                    fiscal_months=periods[0][1].month if kind in _PARTS else 12,
                    alone=kind == "year_alone"))
                taken[start:end] = b"\x01" * (end - start)
    return _counts_left_out(text, sorted(found, key=lambda m: m.start))


def _counts_left_out(text: str, found: list[DateMention]) -> tuple[DateMention, ...]:
    """The dates, less the numbers written like a year after `hingga` or `sampai` that another
    deadline makes counts (:data:`UNTIL_OR_UP_TO`): `hingga 2028 koloni pada 2027`, `pada 2027
    dan melatih hingga 2000 sopir`."""
    if not any(_up_to_count(text, mention) for mention in found) or not _other_deadline(
            text, found):
        return tuple(found)
    return tuple(mention for mention in found if not _up_to_count(text, mention))


@emptied_with_clues
@lru_cache(maxsize=2048)
def without_dates(text: str, counts: frozenset[int] = frozenset()) -> str:
    """The text with every date blanked out (same length, so offsets still agree), but those
    that end where ``counts`` says: years that the KPI's fields make counts (`hingga 2000
    pelajar` with a baseline in 2026)."""
    chars = list(text)
    for mention in find_dates(text):
        if mention.end not in counts:
            chars[mention.start:mention.end] = " " * (mention.end - mention.start)
    return "".join(chars)
