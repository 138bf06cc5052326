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

Each job has a module of its own: clues, words, sentences, dates, deadlines, numbers,
phrases (from-to, range, target, bound), way, quantities, changes, measures (K123) and
jargon; the names other modules use are imported from here. A name one module takes from
another is public (no underscore), and re-exported here.

A list of words that more than one rule reads is written once, in the lowest module that
needs it, and the others build their patterns from it: the verbs that multiply
(:data:`VERB_MULTIPLES`, way), the shares said in Indonesian (:data:`SHARES_ID`, numbers),
the verbs before a change (:data:`CHANGE_VERBS`, changes), those that reach a level
(:data:`REACH_VERBS`, phrases) and the date words that also mean "up to" (:data:`UNTIL_OR_UP_TO`,
dates: K103 reads a count after them beside another deadline, K113 a bound). Rules that read
one word differently are a bug a contributor cannot see from a statement.
"""

from __future__ import annotations

from kpi_catalog.checking.text.changes import (
    CHANGE_VERBS,
    NamedChange,
    change_agrees,
    find_change,
    is_kind_of,
)
from kpi_catalog.checking.text.clues import clues_bypassed, clues_on, emptied_with_clues
from kpi_catalog.checking.text.dates import (
    UNTIL_OR_UP_TO,
    DateMention,
    find_dates,
    without_dates,
)
from kpi_catalog.checking.text.deadlines import find_deadlines, find_relative_deadline
from kpi_catalog.checking.text.jargon import WELL_KNOWN, Glossary, find_jargon, is_acronym
from kpi_catalog.checking.text.measures import TwoMeasures, find_two_measures
from kpi_catalog.checking.text.numbers import (
    ABOUT,
    AMOUNT,
    CURRENCY_PREFIXES,
    DIGITS,
    NEXT_WORD,
    NUMBER_WORDS,
    SCALE_WORDS,
    SHARE_ID,
    SHARES_ID,
    TIME_UNITS,
    NumberMention,
    amount_values,
    compound_duration,
    count_amounts,
    counted_words,
    find_numbers,
    in_percent,
    is_year,
    number_values,
    states_number,
    unit_word,
    with_compound,
    word_stem,
)
from kpi_catalog.checking.text.phrases import (
    ARROW,
    AT_LEAST,
    AT_MOST,
    REACH_VERBS,
    WORD_BEFORE,
    Bound,
    FromTo,
    Target,
    find_bound,
    find_from_to,
    find_lead_share,
    find_range,
    find_target,
)
from kpi_catalog.checking.text.quantities import (
    APPROXIMATE,
    beyond_bound,
    last_digit,
    same_quantity,
)
from kpi_catalog.checking.text.sentences import (
    ABBREVIATIONS,
    URL,
    count_sentences,
    mask,
    sentence_breaks,
)
from kpi_catalog.checking.text.way import (
    DOWN,
    RATIO,
    SAID_AFTER,
    UP,
    VERB_MULTIPLES,
    WAY_OF_WORD,
    verb_multiple,
    verb_way,
)
from kpi_catalog.checking.text.words import (
    EMPHASIS,
    MONTH,
    MONTH_NUMBERS,
    as_seen,
    month_number,
    one_of,
    re_lower,
    unemphasised,
)

__all__ = [
    "ABBREVIATIONS", "ABOUT", "AMOUNT", "APPROXIMATE", "ARROW", "AT_LEAST", "AT_MOST", "Bound",
    "CHANGE_VERBS", "CURRENCY_PREFIXES", "DIGITS", "DOWN", "DateMention", "EMPHASIS", "FromTo",
    "Glossary",
    "MONTH", "MONTH_NUMBERS", "NEXT_WORD", "NUMBER_WORDS", "NamedChange", "NumberMention", "RATIO",
    "REACH_VERBS", "SAID_AFTER", "SCALE_WORDS", "SHARES_ID", "SHARE_ID", "TIME_UNITS", "Target",
    "TwoMeasures",
    "UNTIL_OR_UP_TO", "UP", "URL", "VERB_MULTIPLES", "WAY_OF_WORD", "WELL_KNOWN", "WORD_BEFORE",
    "amount_values", "as_seen", "beyond_bound", "change_agrees", "clues_bypassed", "clues_on",
    "compound_duration", "count_amounts", "count_sentences", "counted_words",
    "emptied_with_clues", "find_bound", "find_change", "find_dates", "find_deadlines",
    "find_from_to", "find_jargon", "find_lead_share", "find_numbers", "find_range",
    "find_relative_deadline", "find_target", "find_two_measures", "in_percent", "is_acronym",
    "is_kind_of", "is_year", "last_digit", "mask", "month_number", "number_values", "one_of",
    "re_lower", "same_quantity", "sentence_breaks", "states_number", "unemphasised", "unit_word",
    "verb_multiple", "verb_way", "with_compound", "without_dates", "word_stem",
]
