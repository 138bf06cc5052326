"""Two KPIs in one statement (:func:`find_two_measures`, rule K123)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kpi_catalog.checking.text import clues
from kpi_catalog.checking.text.changes import CHANGE_VERBS, is_kind_of
from kpi_catalog.checking.text.dates import YEAR_IS_DATE, without_dates, year_counts
from kpi_catalog.checking.text.numbers import (
    ABOUT,
    AMOUNT,
    CURRENCY_PREFIXES,
    NUMBER_WORDS,
    SHARE_ID,
    TIME_UNITS,
    amount_values,
    is_year,
)
from kpi_catalog.checking.text.phrases import (
    ADD_VERBS,
    ARROW,
    AT_LEAST,
    AT_MOST,
    NEW_AFTER,
    REACH_VERBS,
    WORD_BEFORE,
)
from kpi_catalog.checking.text.way import (
    SAID_AFTER,
    VERB_MULTIPLES,
    WAY_OF_WORD,
    verb_multiple,
)
from kpi_catalog.checking.text.words import EMPHASIS, as_seen, one_of, re_lower

# --- two KPIs in one statement -------------------------------------------------------

# Where a measure reaches a level: a word that leads to the target (`to 60%`, `menjadi 55%`,
# `reach 95%`, `to at least 90%`), a bound (`keep churn under 5%`) or an arrow, then the
# amount. The clue: two such words (the lookahead skips to a letter before trying each word:
# a fifth faster on the benchmark's statements, 4.9 us a statement).
# A verb that sets a level right before its amount is one too (`achieve 95% on-time delivery`,
# `meraih 95%`, `maintain 99.9% uptime`).
_MOVE_WORDS = (r"to|menjadi|jadi|ke|hingga|sampai|" + REACH_VERBS + r"|maintain|maintains|"
               r"maintaining|sustain|sustains|pertahankan|mempertahankan")
_BOUND_WORDS = AT_LEAST + "|" + AT_MOST
# Searched in the text as re.I reads it (:func:`re_lower`), without re.I: a branch that starts with
# a letter is then skipped at its first letter (a fifth of the time on the corpus).
# A change of a measure (`grow deposits by 15%`, `naik 2 poin persentase`) is a level too, of
# the measure it moves; a percentage or points after by, sebesar or an intransitive verb.
_CHANGE_WORDS = r"by|sebesar|sebanyak|" + CHANGE_VERBS
# A change by a count, after by, sebesar or sebanyak (`and grow members by 200`, `dan tambah
# anggota sebanyak 200`, `sebanyak 2000`: those two never lead to a date). After "by", not a
# year that is a date (:data:`YEAR_IS_DATE`: `by 2027.`, `by 2027 statewide`; `by 2000 by
# 2027` and `by 2000 new members` are counts), a day before its month or a date in digits
# (`by 30 June`, `by 31/12/2027`: the clue reads the text with its dates), nor a time of day
# (`by 5 pm`, `by 10.30`) or a duration (`by 3 months`: a deadline) unless a verb of change
# and the name of what it moves stand right before "by" (`cut the waiting time by 3 days`,
# :func:`_count_change`). The clue and the finder read it with one pattern
# (:data:`_COUNT_AT`), the finder on the text as written where the level starts (a date
# blanked before a count is read as the clue reads it: `by 12 June 200`, no change).
_A_COUNT = r"\s++[*_`]*+" + ABOUT.replace("(?P<{n}about>", "(?:") + r"[*_`]*+[-−+]?"
_COUNT_CHANGE = (r"(?:by" + _A_COUNT + r"(?!(?:19|20|21)\d\d(?![.,]?\d)" + YEAR_IS_DATE + r")"
                 r"(?!\d{1,2}[.:]\d\d(?![\d.,]))(?!\d{1,2}[./-]\d{1,2}[./-]\d)"
                 r"(?!\d{1,2}(?:st|nd|rd|th)?\s*+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
                 r"dec|mei|agu|agt|okt|des))|(?:sebesar|sebanyak)" + _A_COUNT + r")\d")
_COUNT_AT = re.compile(_COUNT_CHANGE, re.I)
_TIME_AFTER = re.compile(r"\s*+(?:[:.]\d|a\.?m(?![^\W\d_])|p\.?m(?![^\W\d_])|(?:o'clock|wib|wita|"
                         r"wit)(?![^\W\d_])|(?P<unit>" + one_of(TIME_UNITS) + r")(?![^\W\d_]))",
                         re.I)
# A change by an amount of money is one too (`and grow deposits by IDR 20 billion`, `sebesar Rp
# 20 miliar`); and a change said in a word, a verb before the measure it moves (`and halve
# complaints`, `double exports`, `gandakan ekspor`: read where a part starts, :data:`_CLAUSE_END`),
# or a word after it (`dan kurangi keluhan separuhnya`, `menjadi setengahnya`, `dua kali
# lipat`): the clue of those is their words (:func:`_multiplied`).
_CURRENCY_WORDS = r"rp\.?|idr|usd|us\$|sgd|s\$|eur|\$|€|£"
# the verbs said before the measure
_MULTIPLY_VERB = one_of(form for form in VERB_MULTIPLES if form not in SAID_AFTER)
_MULTIPLY_ID = (r"(?:(?:menjadi|sebesar)\s++)?(?:" + SHARE_ID + ")nya|"
                r"(?:dua|tiga|empat|\d++)\s++kali\s++lipat(?:nya)?")
# A verb that adds or takes away a count right before it (`and add 150 teachers`, `dan
# menambah 150 guru`, `cut 40 jobs`): a change by that count, as `by 150` is.
_ADD_VERBS = ADD_VERBS + r"|cut|cuts|cutting|mengurangi|kurangi|memangkas|pangkas"
# Or any verb right after a joiner whose count is said to be new (`and hire 20 new assessors`,
# `dan rekrut 20 petugas baru`, `and open 12 more branches`): more of what it counts, a change by
# that count as `add 20` is; not an action's count alone (`dan kirim 2000 kartu donor`). (The
# last letter before the space is looked at first: less than half the time of the three words
# alone.)
_JOINED_NEW = (r"(?<=[dnaDNA]\s)(?:(?<=\band\s)|(?<=\bdan\s)|(?<=\bserta\s))[^\W\d_]++"
               r"(?=\s++\d[\d.,]*+"
               + NEW_AFTER + ")")
_MOVE_CLUE = re.compile(r"(?<![\w-])(?=[^\W\d_])(?:(?:" + _MOVE_WORDS + "|" + _BOUND_WORDS
                        + r")\b|(?:" + _CHANGE_WORDS + r")\s++(?:(?:[^\s\d]++\s*+)"
                        r"{0,2}?[-−+]?\d[\d.,]*+\s?(?:%|per|poin|point|pp|bp|basis)|(?:[^\s\d]++"
                        r"\s++){0,2}?(?:" + _CURRENCY_WORDS + r")\s?\d)|" + _COUNT_CHANGE + r"|(?:"
                        + _ADD_VERBS + r")\s++\d)|" + ARROW)
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
_LEVEL = (r"(?:(?<![\w-])(?:(?:" + _MOVE_WORDS + r")\s+(?:(?:" + _BOUND_WORDS + r")\s+)?|(?:"
          + _BOUND_WORDS + r")\s+|(?P<change>" + _CHANGE_WORDS + r")\s+|(?P<adds>" + _ADD_VERBS
          + "|" + _JOINED_NEW + r")\s+(?=\d))|" + ARROW + r"\s*)"
          + ABOUT.format(n="b") + AMOUNT.format(n="b") + r"(?![^\W_])")
_MOVE = re.compile(_LEVEL, re.I)
# With a change said in a word: tried only where :func:`_multiplied` finds its words in the text
# (its alternatives are tried at each place of every text otherwise).
# Or a change said after the measure it moves (`cut complaints in half`, `by half`, `by a
# third`, `sebesar sepertiga`, `exports doubled`, `ekspor digandakan`), not a half of a group
# (`in half of the districts`, `in half the time`, `by half of the staff`).
_MULTIPLY_AFTER = (r"(?:in\s++half|by\s++(?:(?:a|one|two)[\s-]++)?(?:half|thirds?|quarter|"
                   r"fifth)|sebesar\s++(?:" + SHARE_ID + r"))(?!\s++(?:of|the|a|an|our|its|their|"
                   r"dari)(?![^\W_]))|" + one_of(SAID_AFTER))
_MOVE_OR_MULTIPLY = re.compile(_LEVEL + r"|(?P<multiply>(?<![\w-])(?P<verb>" + _MULTIPLY_VERB
                               + r")(?=\s++[^\W\d_])|(?<![\w-])(?:"
                               + _MULTIPLY_ID + r")(?![^\W_])|(?<![\w-])(?P<after>"
                               + _MULTIPLY_AFTER + r")(?![\w-]))", re.I)
# The words that join two parts of a sentence (:data:`_JOINER`, :data:`_CLAUSE_END`,
# :data:`_VERB_GAP`; words that name no measure).
_JOINERS = ("and", "dan", "serta", "plus", "while", "whilst", "sambil", "seraya", "sementara",
            "sedangkan", "as well as", "sekaligus", "sembari", "alongside", "whereas", "but",
            "namun", "tetapi")
# Joiners of more words, whose words alone join nothing or may name a measure (time, with):
# at the same time, along with.
_JOINER_PHRASES = ("at the same time", "and at the same time", "pada saat yang sama",
                   "dan pada saat yang sama", "along with")
_JOINER_WORD = one_of(_JOINERS + _JOINER_PHRASES).replace(r"\ ", r"\s+")
# Where a part of a sentence starts, before a verb of change (`Halve complaints`, `and double
# exports`, `, double exports`, `while doubling exports`, `serta gandakan ekspor`): the
# statement's start, or a joiner, then also/then/juga at most (`Reduce double bookings` is no
# change: double is a word of the measure's name there). Searched back over a few characters.
_CLAUSE_END = re.compile(r"(?:^|[,;:]|(?<![^\W\d_])(?:" + _JOINER_WORD + r"))\s*+(?:(?:also|then|"
                         r"juga|lalu|kemudian)\s++)?$", re.I)
_CLAUSE_BACK = 24
# Before the measure a verb of change moves, words that name none (`double the number of
# branches`, `halve their count`): its name is read after them.
_THE_NUMBER_OF = re.compile(r"(?:\s++(?:the|its|our|their|all)(?![^\W\d_]))?(?:\s++(?:number|"
                            r"amount|count|total|volume|value)\s++of(?![^\W\d_]))?", re.I)


def _multiplied(lower: str) -> bool:
    """Whether the text, as re.I reads it, may say a change in a word: the clue of
    :data:`_MOVE_OR_MULTIPLY` (a test of each word, no generator: the finder's hot path)."""
    return ("halv" in lower or "half" in lower or "doubl" in lower or "tripl" in lower
            or "quadrupl" in lower or "lipat" in lower or "tengah" in lower
            or "paruh" in lower or "pertiga" in lower or "perempat" in lower
            or "perlima" in lower or "gandakan" in lower or "third" in lower
            or "quarter" in lower or "fifth" in lower)


# After a change's number without a percent sign, the points that make it a change (`by 5
# percentage points`, `sebesar 2 poin`); other amounts after "by" are not read (`by 30 June`).
_POINTS = re.compile(r"\s?(?:percentage\s++points?|poin(?:\s++persentase)?|points?|pp|ppt|"
                     r"bps|basis\s++points?)\b", re.I)
# An amount right after the statement's first word, a verb that sets no level of its own
# (`Resolve 90% of small claims …`, `Ship 98% of orders …`): the level of the first measure
# when a second measure is moved to a level of its own after a joiner (`… and cut the appeal
# rate to 10%`); alone, or beside a bare second amount, it is not read.
_LEAD_AMOUNT = re.compile(r"\s*+(?!(?:" + _MOVE_WORDS + "|" + _BOUND_WORDS + r")\b)[^\W\d_]++\s++"
                          + ABOUT.format(n="b") + AMOUNT.format(n="b") + r"(?![^\W_])", re.I)
# Its clue, ten times cheaper: a digit after the first word and at most two short words or
# marks (`Rp 1,2 T`, `about 30%`, `kurang lebih 30`).
_LEAD_CLUE = re.compile(r"\s*+[^\W\d_]++\s++(?:[^\d\s]{0,12}+\s?){0,2}\d")
# A baseline's "from X" (`dari X`), to cut from the words that name the second measure.
_FROM_AMOUNT = re.compile(r"\b(?:from|dari)\s+" + ABOUT.format(n="a") + AMOUNT.format(n="a"),
                          re.I)
# What joins two parts of a sentence; a sentence end between two levels is K101's.
_JOINER = re.compile(r"[,;](?=\s)|\b(?:" + _JOINER_WORD + r")\b", re.I)
_JOINER_WORDS = frozenset(" ".join(_JOINERS).split())
_SENTENCE_BETWEEN = re.compile(r"[.!?](?:\s|$)")
# After a level and its name, "or" (`atau`) starts the same level said another way (`to 5% (or
# 500 customers)`, `menjadi 5%, atau pelanggan berhenti menjadi 500`), not a second measure.
_OR_AFTER = re.compile(r"[\s,(]*+(?:or|atau)\b", re.I)
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
    also juga then lalu kemudian further again lagi finally akhirnya selanjutnya the a an its it
    their them this these that those our his her itu ini tersebut nya yang or atau i e g ie eg
    namely yaitu yakni artinya meaning which is are be will to so up down by sebesar more lebih
    even hingga sampai bring brings move moves take takes get gets push pushes keep keeps hold
    holds make makes improve improves bawa jadikan buat capai mencapai reach reaches reaching
    keeping kept maintain maintains maintaining holding jaga menjaga pertahankan mempertahankan
    tahan menahan never not no tidak jangan tak always selalu still tetap remain remains
    remaining stay stays staying
""".split()) | _JOINER_WORDS | frozenset(WAY_OF_WORD) | NUMBER_WORDS | CURRENCY_PREFIXES
_SAME_MEASURE = frozenset("""
    in at for among across each every including within with without of per on during after
    before over under from di pada untuk bagi antara setiap tiap termasuk dengan tanpa dalam
    per khususnya terutama especially particularly mainly dari selama sebelum setelah
""".split())
_MEASURE_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*+")
# The words right after a level that name what it counts (`to 200 leads`, `95% on-time
# delivery`, `90% perbaikan tuntas`): at most four, up to a word that names no measure or
# starts a part of the same one (`a month`, `per week`, `by`, `pada`, `out of 5`).
_NAME_WORD = re.compile(r"\s*+([^\W\d_]+(?:[-'’][^\W\d_]+)*+)")
_NOT_A_NAME = _NO_MEASURE | _SAME_MEASURE | frozenset("out than".split())
# In a name, words that name no measure of their own: units and periods (`5 minutes`, `2
# hours and 30 minutes` is one amount, `Rp 5 miliar setahun dan Rp 450 juta sebulan` one
# measure), a count of what the name says (`jumlah anggota` and `jumlah cabang` are two), and
# groups and statistics of a measure (`95% urban and 80% rural`, `5 minutes average and 10
# minutes maximum`).
_NAME_NO_MEASURE = frozenset(TIME_UNITS) | frozenset("""
    percent persen point points poin pp ppt bps basis times kali x number numbers jumlah
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
_PAIR_GAP = re.compile(_AND_GAP + r"(?:(?:from|dari)\s++" + ABOUT.format(n="a")
                       + AMOUNT.format(n="a") + r"\s++)?", re.I)
# Between two parts, before a verb of change (`, double exports`, `while doubling exports`, `,
# juga gandakan ekspor`): a joiner or a mark, a deadline's word or a period before it.
_VERB_GAP = re.compile(_DATE_AND_PERIOD + r"\s*+(?:(?:[,;]|(?P<joined>" + _JOINER_WORD
                       + r"|also|juga|then|lalu|kemudian)(?![^\W\d_]))\s*+)+", re.I)
# A second amount without a level word of its own (`reach 95% on-time delivery and 90%
# first-time fix`).
_BARE_SECOND = re.compile(_AND_GAP + r"(?P<amount>)" + ABOUT.format(n="c") + AMOUNT.format(n="c")
                          + r"(?![^\W_])", re.I)
# Or after a comma alone: read only where both are percentages (`95% on-time delivery, 90%
# first-time fix`) that are not one share and the rest (`95% on time, 5% late`); a count
# after a comma may restate a share (`95% on-time delivery, 9,500 orders a month`).
_COMMA_SECOND = re.compile(_DATE_AND_PERIOD + r"\s*+,\s*+(?P<then>)(?P<amount>)"
                           + ABOUT.format(n="c") + AMOUNT.format(n="c") + r"(?![^\W_])", re.I)


@dataclass(frozen=True)
class TwoMeasures:
    """Two KPIs in one statement: each part as written, from the words that name its measure
    to the level it is to reach."""

    first: str
    second: str
    at: int = 0
    """Where the second part starts in the statement (the first is all before it)."""


@clues.emptied_with_clues
@lru_cache(maxsize=256)  # K123 asks, and K113 where the statement's numbers disagree
def find_two_measures(text: str) -> TwoMeasures | None:
    """Two measures each moved to a level of its own in one sentence: two "from X to Y"
    (`Raise literacy from 45% to 60% and numeracy from 38% to 55%`), or two targets
    (`naikkan penjualan menjadi Rp 15 M dan turunkan biaya menjadi 25%`), joined by and, dan,
    serta, as well as, while, sambil, but, namun, sekaligus (:data:`_JOINERS`) or a
    comma, with words between that name another
    measure; or two measures named only after their numbers, joined by a joiner word
    (`from 120 to 200 leads and from 40 to 70 customers`, `reach 95% on-time delivery and
    90% first-time fix`). A change is a level (`and grow deposits by IDR 20 billion`, `and
    grow members by 200`, `Halve complaints`, `, double exports`, `dan gandakan jumlah
    cabang`, `dan kurangi keluhan separuhnya`, `and cut complaints in half`, `dan ekspor
    digandakan`). Not a level of the same measure for
    a group or a date (`and to 3% by 2027`, `and in villages from 70% to 85%`, `and 600 cases
    by 2026`), the same level said again after or/atau (`to 5%, or churned customers to
    500`), a baseline after the target (`to 12%, up from 9%`), nor a to that leads to no
    target (`equal to`, `up to`); dates and emphasis left out."""
    multiplied = True  # a change said in a word may be a level (`and halve complaints`)
    if clues.active:
        lower = re_lower(text)  # as long as the text: offsets agree
        multiplied = _multiplied(lower)
        levels = _MOVE_CLUE.finditer(lower)
        first = next(levels, None)
        if first is None and not multiplied:
            return None
        if first is not None and not multiplied and next(levels, None) is None:
            # the joiner comes after the level (`95% … and 90% …`)
            joiner = _AND_CLUE.search(text, first.end())
            if (joiner is None or _A_DIGIT.search(text, joiner.end()) is None) and (
                    _COMMA_CLUE.search(text, first.end()) is None) and (
                    _LEAD_CLUE.match(text) is None):
                return None
    masked = EMPHASIS.sub(" ", without_dates(text))
    previous, previous_name = _lead_level(text, masked)
    for move in (_MOVE_OR_MULTIPLY if multiplied else _MOVE).finditer(masked):
        multiply = multiplied and move.group("multiply") is not None
        verb = multiply and move.group("verb") is not None
        if verb and (not _CLAUSE_END.search(masked, max(0, move.start() - _CLAUSE_BACK),
                                            move.start()) or is_kind_of(masked, move, "verb")):
            continue  # `Reduce double bookings`, `, double rooms included`: no change
        if not multiply and not _sets_level(text, masked, move):
            continue
        if previous is not None and _restates(masked, previous_name[0], move.start()):
            continue  # `to 5%, or churned customers to 500`: the same level said another way
        word = WORD_BEFORE.search(masked, max(0, move.start() - 40), move.start())
        if word is not None and re_lower(word.group(1)) in _NOT_A_MOVE_AFTER:
            continue
        name = (_name_after_verb if verb else _name_after)(masked, move.end())
        if name[0] == move.end():  # nothing after the number: the name before it counts
            name = (name[0], _name_before(masked, move.start()))
        if previous is not None and multiply and move.group("after") is not None and name[1] & (
                previous_name[1] | _name_before(masked, previous.start())):
            continue  # `from 400 to 800 kontainer, ekspor digandakan`: the first's, said again
        if previous is not None:
            second_start = _second_measure(masked, previous.end(), move.start())
            if second_start is None and _names_differ(previous_name[1], name[1]):
                gap = _PAIR_GAP.match(masked, previous_name[0], move.start())
                if gap is not None and gap.end() == move.start():
                    second_start = gap.start("then")
                elif verb and _verb_starts_part(masked, previous, previous_name[0], move,
                                                name[1]):
                    second_start = move.start()  # `, double exports`, `while doubling exports`
            if second_start is not None:
                return TwoMeasures(_first_part(text, masked, previous, previous_name[0]),
                                   as_seen(text[second_start:name[0]]), second_start)
        previous, previous_name = move, name
        second = _bare_second(masked, move, name)
        if second is not None:
            return TwoMeasures(_first_part(text, masked, move, name[0]),
                               as_seen(text[second[0]:second[1]]), second[0])
    return None


def _verb_starts_part(masked: str, previous: re.Match[str], start: int, move: re.Match[str],
                      name: frozenset[str]) -> bool:
    """Whether a verb of change (``move``, the measure it moves named by ``name``) starts a part
    of its own right after the name of the level before it (``previous``, its name ends at
    ``start``): after a joiner (`while doubling exports`, `serta gandakan ekspor`), or after a
    comma alone (`, double exports`) unless it says the first's change again (`from 1,000 to
    2,000 members, doubling membership`: the same measure in another word). Never where it
    moves the measure named before the first's level (`Grow exports from 400 to 900
    containers, doubling exports`): that measure's change, which K113 compares."""
    gap = _VERB_GAP.fullmatch(masked, start, move.start())
    if gap is None or name & _name_before(masked, previous.start()):
        return False
    return gap.group("joined") is not None or not _same_change(masked, previous, move)


def _same_change(masked: str, previous: re.Match[str], move: re.Match[str]) -> bool:
    """Whether the previous level is a from-to whose target is the baseline times the
    multiple the verb of change says (`from 1,000 to 2,000` and `doubling`), within 5%."""
    if previous.group("b") is None:  # a change said in a word
        return False
    baseline = _FROM_BEFORE.search(masked, max(0, previous.start() - 80), previous.start())
    if baseline is None:
        return False
    factor = verb_multiple(move.group("verb"))
    return any(abs(target - base * factor) <= 0.05 * abs(base * factor)
               for base in amount_values(baseline, "a") for target in amount_values(previous, "b"))


_FIRST_WORD = re.compile(r"[^\W\d_]++")


def _counts_as_year(text: str, start: int, end: int, moved: bool = False) -> bool:
    """Whether the number written like a year from ``start`` to ``end`` (after its level word,
    if any, at ``start``) is an amount (:func:`year_counts`): `menjadi 2000 koloni`, `reach
    2000`, `to 2000 members`, `hingga 2000 nasabah baru`, `Train 2000 teachers`; `grow
    members to 2000.` where a verb has ``moved`` the value."""
    word = _FIRST_WORD.match(text, start)
    return year_counts(text, end, re_lower(word.group()) if word is not None else "", moved)


def _sets_level(text: str, masked: str, move: re.Match[str]) -> bool:
    """Whether an amount after a level word sets a level: not a year (`to 2027`), except a
    count a change is by (`by 2000 by 2027`, `sebanyak 2000`) or a count that what follows
    makes of it (`menjadi 2000 orang`, `hingga 2000 nasabah baru`: :func:`year_counts`); a
    change's amount only as a percentage, money, points or a count (`by 30 June` is a
    deadline)."""
    if move.group("change") and _count_change(text, masked, move):
        return True
    if move.group("adds"):  # `add 150 teachers`; not `cut 30-day readmissions`, `add 2027.`
        return masked[move.end():move.end() + 1] != "-" and (
            not is_year(move, "b") or year_counts(text, move.end("b")))
    if is_year(move, "b"):
        # a count written like a year (`menjadi 2000 orang`, `hingga 2000 nasabah baru`, `grow
        # members to 2000.`: a verb of change and its measure's name right before `to`)
        return _counts_as_year(text, move.start(), move.end("b"),
                               _verb_and_name_before(masked, move.start()))
    return not move.group("change") or bool(move.group("bpct") or move.group("bcur")
                                            or _POINTS.match(masked, move.end()))


def _count_change(text: str, masked: str, move: re.Match[str]) -> bool:
    """Whether a change's amount without a unit is a change by a count (`by 200`, `sebanyak
    200`): after by, sebesar or sebanyak, not a year, a day or a time (:data:`_COUNT_AT`); a
    duration after "by" only right after a verb of change and its measure's name (`cut the
    waiting time by 3 days`), where no deadline stands."""
    if move.group("bratio") or _COUNT_AT.match(text, move.start()) is None:
        return False
    if re_lower(move.group("change")) != "by":
        return True  # sebesar, sebanyak: never a date
    after = _TIME_AFTER.match(masked, move.end())
    return after is None or (after.group("unit") is not None
                             and _verb_and_name_before(masked, move.start()))


# Before "by": a verb of change, then the name of what it moves (`cut the waiting time`).
_VERB_NAME_BACK = 80


def _verb_and_name_before(masked: str, at: int) -> bool:
    """Whether a verb that moves a value (:data:`WAY_OF_WORD`) and one to four words after it
    stand right before ``at``, no number or mark between: a change's "by", not a deadline's."""
    tokens = _TOKEN.findall(re_lower(masked[max(0, at - _VERB_NAME_BACK):at]))[:-6:-1]
    for count, token in enumerate(tokens):
        if not token[0].isalpha():
            return False
        if token in WAY_OF_WORD:
            return count > 0
    return False


def _restates(masked: str, start: int, end: int) -> bool:
    """Whether the level whose word starts at ``end`` says the level before it (whose name ends
    at ``start``) another way: "or" (`atau`) right after that name, and no joiner between."""
    said = _OR_AFTER.match(masked, start, end)
    return said is not None and _JOINER.search(masked, said.end(), end) is None


def _lead_level(text: str, masked: str
                ) -> tuple[re.Match[str] | None, tuple[int, frozenset[str]]]:
    """The amount after the first word (:data:`_LEAD_AMOUNT`) and its name, when it names
    one (`90% of small claims`, `2000 teachers`); none for a year or an amount without a
    name."""
    lead = _LEAD_AMOUNT.match(masked) if _LEAD_CLUE.match(masked) else None
    if lead is not None and (not is_year(lead, "b")
                             or year_counts(text, lead.end("b"))):
        name = _name_after(masked, lead.end())
        if name[1]:
            return lead, name
    return None, (0, frozenset())


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
                abs(first + second - 100) < 1e-9 for first in amount_values(move, "b")
                for second in amount_values(bare, "c")):
            return None
    if is_year(bare, "c"):
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
    after = froms[-1].end() if froms else start
    joiner = _JOINER.search(masked, after, cut)
    while joiner is not None and _OR_AFTER.match(masked, joiner.end(), cut):
        joiner = _JOINER.search(masked, joiner.end(), cut)  # `, or 500 customers,`: restated
    if joiner is None:
        with_word = _WITH.search(masked, after, cut)
        return None if with_word is None else _with_measure(masked, with_word, cut)
    first = None  # the part starts at its first word after the joiner (`turunkan biaya`)
    for word in _MEASURE_WORD.finditer(masked, joiner.end(), cut):
        key = re_lower(word.group())
        if first is None and key not in _JOINER_WORDS:
            first = word.start()
            if key in ("with", "dengan"):
                return _with_measure(masked, word, cut)
        if key in _SAME_MEASURE:
            return None
        if key not in _NO_MEASURE and not (key.endswith("nya") and key[:-3] in _NO_MEASURE):
            return first  # `menaikkannya` (raise it) names no measure, as `raise it` does not
    return None


_WITH = re.compile(r"\b(?:with|dengan)\b", re.I)
_WITH_WINDOW = 240
# After with/dengan, words that make what follows a part or a condition of the same measure
# (`with every village reaching 80%`, `with no patient waiting over 2 hours`); and a bound
# phrase (`with at least one tutor per school`, `dengan sekurangnya 85% di setiap desa`), read
# with the phrases of the bounds themselves (:data:`_BOUND_WORDS`).
_GROUP_AFTER_WITH = frozenset("""
    every each all any no none both setiap tiap semua seluruh masing-masing tidak tanpa
""".split())
_BOUND_AT = re.compile(r"(?:" + _BOUND_WORDS + r")(?![^\W_])", re.I)
# Or that hold another measure where it is while the first moves: a condition of how the first
# is reached (`dengan churn tetap di bawah 5%`, `with churn staying below 5%`).
_HELD = frozenset("""
    tetap still remain remains remaining stay stays staying kept held holding terjaga
    dipertahankan bertahan
""".split())
# Or that name a milestone of the first (`with an interim target of at least USD 45M`).
_MILESTONE = frozenset("target targets goal goals milestone milestones interim sasaran".split())


def _with_measure(masked: str, with_word: re.Match[str], end: int) -> int | None:
    """Where a second measure named after with/dengan starts (`…, dengan nilai TKDN minimal
    40%`, `with operating costs at no more than 25%`): words before its level (``end``) that
    name a measure the statement has not named before with; none for a group or a condition
    of the same measure (`with every village`, `with rural coverage at 85%`), nor for another
    measure held where it is (`dengan churn tetap di bawah 5%`)."""
    first, named = None, []
    for word in _MEASURE_WORD.finditer(masked, with_word.end(), end):
        key = re_lower(word.group())
        if first is None and (key in _GROUP_AFTER_WITH
                              or _BOUND_AT.match(masked, word.start()) is not None):
            return None
        if key in _HELD or key in _MILESTONE:
            return None
        if key in _SAME_MEASURE:
            break
        if key in _NO_MEASURE or key in _NAME_NO_MEASURE:
            continue
        named.append(_stem(key))
        first = word.start() if first is None else first
    if first is None:
        return None
    # the words before with, as far back as a statement names its first measure (a bounded
    # window: each level of a long text would read it all again)
    start = max(0, with_word.start() - _WITH_WINDOW)
    before = [_stem(re_lower(w)) for w in _MEASURE_WORD.findall(masked, start, with_word.start())]
    # the word a name is of: its last in English, its first in Bahasa Indonesia (`customer
    # churn`, `churn pelanggan`: churn, another measure than customer satisfaction; `rural
    # coverage`, `cakupan di perdesaan`: coverage, a group of the same)
    english = re_lower(with_word.group()) == "with"
    head = named[-1] if english else named[0]
    if head not in before:
        return first
    # the same word, said of others: `staff satisfaction` beside `customer satisfaction`,
    # `kepuasan staf` beside `kepuasan pelanggan` (not `public school enrolment` beside
    # `school enrolment`, nor `kepuasan pelanggan korporat`: a group of the same)
    said_of = set(named) - {head}
    first_said_of = _said_of(before, head, english)
    return first if said_of and first_said_of and not any(
        one.endswith(other) or other.endswith(one)  # `outpatient`, `patient`: one group
        for one in said_of for other in first_said_of) else None


# A level word, where the words that name a measure stop (`kepuasan pelanggan menjadi 85%`).
_MOVE_WORD_SET = frozenset(_MOVE_WORDS.split("|"))


def _said_of(words: list[str], head: str, english: bool) -> set[str]:
    """The words that say what ``head`` is of, wherever it stands in ``words``: up to three
    before it in English (`customer satisfaction`), after it in Bahasa Indonesia (`kepuasan
    pelanggan`), to a word that names no measure."""
    said: set[str] = set()
    for at, word in enumerate(words):
        if word != head:
            continue
        near = words[max(0, at - 3):at][::-1] if english else words[at + 1:at + 4]
        for other in near:
            if other in _NOT_A_NAME or other in _MOVE_WORD_SET or other in _NAME_NO_MEASURE:
                break
            said.add(other)
    return said


def _stem(word: str) -> str:
    """A word without a plural s (`costs`, `cost`)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


# After a level, "of" before its name (`95% of households`); not "dari" before a number (a
# baseline), nor "of them".
_OF_NAME = re.compile(r"\s++(?:of|dari)(?:\s++(?:the|all|our|semua|seluruh))?(?=\s++[^\W\d_])",
                      re.I)


_MORE_OF = frozenset("more further".split())


def _name_after(masked: str, at: int) -> tuple[int, frozenset[str]]:
    """Where the words that name what a level counts end (``at`` where its amount ends), and
    those of them that name a measure (not a unit, a group or a statistic)."""
    end, named = at, set()
    of = _OF_NAME.match(masked, at)
    if of is not None:
        end = of.end()
    for count in range(4):
        word = _NAME_WORD.match(masked, end)
        if word is None:
            break
        key = re_lower(word.group(1))
        if count == 0 and key in _MORE_OF:
            end = word.end()  # `12 more branches`: more of what the next words name
            continue
        if key in _NOT_A_NAME:
            break
        end = word.end()
        if key not in _NAME_NO_MEASURE:
            named.add(key)
    if of is not None and end == of.end():
        return at, frozenset()  # `of them`: no name
    return end, frozenset(named)


def _name_after_verb(masked: str, at: int) -> tuple[int, frozenset[str]]:
    """The name of the measure a verb of change moves (``at`` where the verb ends), after the
    words that name none (`double the number of branches`: branches); none for a pronoun
    (`halve them`), where the words before the verb are read instead."""
    skipped = _THE_NUMBER_OF.match(masked, at)
    name = _name_after(masked, at if skipped is None else skipped.end())
    return name if name[1] else (at, frozenset())


# Before a level word, a baseline's "from X" (`on-time delivery from 88% to 95%`).
_FROM_BEFORE = re.compile(r"\b(?:from|dari)\s++" + ABOUT.format(n="a") + AMOUNT.format(n="a")
                          + r"\s*+$", re.I)
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*+|\S")  # a word, or a mark or digit


def _name_before(masked: str, at: int) -> frozenset[str]:
    """The words that name a measure right before its level word (``at``), back to a verb,
    an article, a preposition or a mark (`Raise on-time delivery to 95%`: on-time, delivery),
    at most four; after a baseline's "from X" too."""
    start = max(0, at - 120)
    window = re_lower(masked[start:at])
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
    `private schools`: groups of one measure, nor `inspector pool` and `new inspectors`: a
    plural is its word)."""
    return bool(first) and bool(second) and not {_stem(w) for w in first} & {
        _stem(w) for w in second}


def _first_part(text: str, masked: str, move: re.Match[str], end: int) -> str:
    """The first part as its reader sees it (:func:`as_seen`): from the start of its clause to
    the end of its level's name (``end``: `from 8 to 5 minutes`), at most twelve words."""
    clause = max(masked.rfind(mark, 0, move.start()) for mark in (", ", "; ", ": "))
    words = as_seen(text[clause + 1 if clause >= 0 else 0:end]).split()
    return " ".join(words) if len(words) <= 12 else "… " + " ".join(words[-12:])
