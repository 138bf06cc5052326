"""Which dates may be the deadline (:func:`find_deadlines`), and deadlines counted
from a day the text does not name (:func:`find_relative_deadline`)."""

from __future__ import annotations

import re

from kpi_catalog.checking.text.dates import DateMention, find_dates
from kpi_catalog.checking.text.phrases import FromTo, find_from_to

# --- relative deadlines ----------------------------------------------------------------

_COUNT_EN = (r"(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
             r"eleven|twelve|fifteen|eighteen|twenty(?:-four)?|thirty(?:-six)?)")
_COUNT_ID = (r"(?:(?:\d+(?:[.,]\d+)?|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
             r"sepuluh|sebelas)(?:\s+(?:belas|puluh))?(?:\s+|-)|se)")
_LONG_EN = r"(?:months?|quarters?|years?|semesters?)"
_SHORT_EN = r"(?:days?|weeks?)"
_LONG_ID = r"(?:bulan|bln|triwulan|kuartal|semester|tahun|thn)"
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
    r"|(?:dalam|dlm|selama)\s+(?:(?:jangka|kurun)\s+)?(?:waktu\s+)?" + _COUNT_ID
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
