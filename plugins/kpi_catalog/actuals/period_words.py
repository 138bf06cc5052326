"""Half years and quarters as reports write them: `S2 2027`, `Semester II 2027`, `H2 2027`,
`TW III 2027`, `Triwulan 3 2027`, `Q3/2027`, `2027 S2`.

Indonesian reports write a half year as a semester (`Semester I`, `Sem 1`, `S1`) and a
quarter as a triwulan (`TW III`, `Triwulan 3`): each names one calendar half or quarter
of a year written in full, so it is read as the catalog writes it (`2027-H2`, `2027-Q3`).
A year of two digits (`Q3/27`) or none is never completed: the hint gives the form to write.
A month named with its year in full (`Desember 2026`, `Nov 2026`, `Agu. 2026`, English or
Indonesian: what a spreadsheet shows of a month it turned into a date) is that month
(`2026-12`); `Nov-26` (the year, or the day?) is not.
"""

from __future__ import annotations

import re

from kpi_catalog.checking.text.words import month_number

_HALF = r"h|s|sem|smt|semester|half"
_QUARTER = r"q|qtr|quarter|tw|triwulan|kuartal|kwartal"
_NUMBER = r"[1-4]|iv|iii|ii|i"
_PART = rf"(?P<word>{_HALF}|{_QUARTER})\.?\s*(?P<number>{_NUMBER})"
_SEPARATOR = r"\s*[-/.,]?\s*"
_SPELLED = (re.compile(rf"{_PART}{_SEPARATOR}(?P<year>\d{{4}})\Z", re.IGNORECASE),
            re.compile(rf"(?P<year>\d{{4}}){_SEPARATOR}{_PART}\Z", re.IGNORECASE))
_SHORT_YEAR = (re.compile(rf"{_PART}(?:{_SEPARATOR}'?(?P<year>\d{{2}}))?\Z", re.IGNORECASE),
               re.compile(rf"'?(?P<year>\d{{2}}){_SEPARATOR}{_PART}\Z", re.IGNORECASE))
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_NUMBERED_MONTH = (re.compile(r"(?P<year>\d{4})\s*[-/.]\s*(?P<month>\d{1,2})\Z"),
                   re.compile(r"(?P<month>\d{1,2})\s*[-/.]\s*(?P<year>\d{4})\Z"))
_MONTH = re.compile(r"(?P<month>[^\W\d_]{3,9})\.?\s*[-/,]?\s*(?P<year>\d{4})\Z")


def spelled_period(text: str) -> str | None:
    """``2027-H2`` for ``S2 2027``, ``2026-12`` for ``Desember 2026``; ``None`` for any text
    that names no month, half year or quarter with its year in full (a half numbered 3 is
    none)."""
    for pattern in _SPELLED:
        found = pattern.match(text.strip())
        if found:
            return _period(found["year"], found["word"], found["number"])
    found = _MONTH.match(text.strip())
    month = month_number(found["month"]) if found else None
    return f"{found['year']}-{month:02d}" if found and month else None


def without_full_year(text: str) -> str | None:
    """The form to write for a half year or quarter written without its year in full
    (``Q3/27``: ``2027-Q3``; ``Q3``: ``YYYY-Q3``), else ``None``."""
    for pattern in _SHORT_YEAR:
        found = pattern.match(text.strip())
        if found:
            year = f"20{found['year']}" if found["year"] else "YYYY"
            return _period(year, found["word"], found["number"])
    return None


def numbered_month(text: str) -> str | None:
    """The form to write for a month numbered another way (``2026/11``, ``11/2026``,
    ``2026.11``, ``2026-1``: ``2026-11``, ``2026-01``), else ``None``. Said, not read: the
    catalog's one form is learnt once."""
    for pattern in _NUMBERED_MONTH:
        found = pattern.match(text.strip())
        if found and 1 <= int(found["month"]) <= 12:
            return f"{found['year']}-{int(found['month']):02d}"
    return None


def _period(year: str, word: str, number: str) -> str | None:
    count = int(number) if number.isdigit() else _ROMAN[number.lower()]
    half = re.fullmatch(_HALF, word, re.IGNORECASE) is not None
    if half and count > 2:
        return None
    return f"{year}-{'H' if half else 'Q'}{count}"
