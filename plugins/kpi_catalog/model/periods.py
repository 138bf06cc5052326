"""Periods of actual values as the catalog writes them: a day (`2026-03-31`), a month
(`2026-03`), a quarter (`2026-Q1`), a half year (`2026-H1`), an ISO week (`2026-W47`,
counted from its Sunday) or a year (`2026`), and the day each one ends; which form each
frequency writes, and what comes next.

A KPI's values are written per period, in the form of its frequency::

    daily, weekly   2026-03-29   (a day; a week is written as its last day)
    monthly         2026-03
    quarterly       2026-Q1
    half_yearly     2026-H1
    yearly          2026

A value may be recorded per collection period or per reporting period (the example catalog
records reported values: a KPI collected monthly and reported quarterly has `2026-Q1`).
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import (
    AfterValidator,
    BeforeValidator,
)

from kpi_catalog.model.enums import Frequency
from kpi_catalog.model.fields import in_years

if TYPE_CHECKING:
    from kpi_catalog.model.kpi import Kpi

_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(Q[1-4]|H[12])|-W(\d{2}))?\Z")


def _period_text(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # `period: 2026` is a year
    if isinstance(value, date):
        return value.isoformat()
    return value


@functools.lru_cache(maxsize=4096)  # called for every actual on every status computation
def period_end(period: str) -> date:
    """Last day of a period written `2026`, `2026-H1`, `2026-Q3`, `2026-03`, `2026-W47` (an
    ISO week: it ends on its Sunday) or `2026-03-31`."""
    match = _PERIOD.match(period)
    if not match:
        raise ValueError(period)
    year, month, day, part, week = match.groups()
    y = int(year)
    if week:
        return date.fromisocalendar(y, int(week), 7)  # ValueError for W00, or W53 in most years
    if day:
        return date(y, int(month), int(day))
    if month:
        m = int(month)
        return date(y, m, calendar.monthrange(y, m)[1])
    if part:
        last_month = {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12}[part]
        return date(y, last_month, calendar.monthrange(y, last_month)[1])
    return date(y, 12, 31)


def _valid_period(value: str) -> str:
    try:
        end = period_end(value)
    except ValueError:
        raise ValueError(
            f"`{value}` is not a period: write 2026-03-31 (a day), 2026-W47 (an ISO week), "
            "2026-03 (a month), 2026-Q1 (a quarter), 2026-H1 (a half year) or 2026 (a year)"
        ) from None
    in_years(end, value)
    return value


PeriodText = Annotated[str, BeforeValidator(_period_text), AfterValidator(_valid_period)]


# --- forms of each frequency, and the next period ---------------------------------

_FORMS = {
    "day": re.compile(r"\d{4}-\d{2}-\d{2}\Z"),
    "month": re.compile(r"\d{4}-\d{2}\Z"),
    "quarter": re.compile(r"\d{4}-Q[1-4]\Z"),
    "half": re.compile(r"\d{4}-H[12]\Z"),
    "year": re.compile(r"\d{4}\Z"),
}
FORM_OF = {
    Frequency.DAILY: "day",
    Frequency.WEEKLY: "day",
    Frequency.MONTHLY: "month",
    Frequency.QUARTERLY: "quarter",
    Frequency.HALF_YEARLY: "half",
    Frequency.YEARLY: "year",
}
EXAMPLE_OF = {"day": "2026-03-31", "month": "2026-03", "quarter": "2026-Q1",
              "half": "2026-H1", "year": "2026"}


def form_of(period: str) -> str | None:
    """``"month"`` for ``2026-03``; ``None`` when the text is no period at all."""
    for form, pattern in _FORMS.items():
        if pattern.match(period):
            try:
                period_end(period)
            except ValueError:  # 2026-13, 2026-02-30
                return None
            return form
    return None


def allowed_frequencies(kpi: Kpi) -> list[Frequency]:
    """The frequencies a KPI's periods may follow: reporting first, then collection."""
    m = kpi.measurement
    return list(dict.fromkeys([m.reporting_frequency, m.collection_frequency]))


def fits(kpi: Kpi, period: str) -> bool:
    return form_of(period) in {FORM_OF[f] for f in allowed_frequencies(kpi)}


def expected_forms_text(kpi: Kpi) -> str:
    """``2026-Q1 (quarterly) or 2026-03 (monthly)``: for messages."""
    shown = {}
    for frequency in allowed_frequencies(kpi):
        example = EXAMPLE_OF[FORM_OF[frequency]]
        shown.setdefault(example, frequency.value.replace("_", " "))
    return " or ".join(f"{example} ({word})" for example, word in shown.items())


def series_frequency(kpi: Kpi) -> Frequency:
    """The frequency the KPI's values are kept in: the one its latest value follows, the
    reporting frequency when it has none (or when the latest fits neither)."""
    frequencies = allowed_frequencies(kpi)
    if kpi.actuals:
        latest = max(kpi.actuals, key=lambda a: a.date).period
        for frequency in frequencies:
            if form_of(latest) == FORM_OF[frequency]:
                return frequency
    return frequencies[0]


def period_containing(day: date, frequency: Frequency) -> str:
    """The period of ``frequency`` that ``day`` falls in; a week ends on Sunday."""
    form = FORM_OF[frequency]
    if frequency is Frequency.WEEKLY:
        return (day + timedelta(days=6 - day.weekday())).isoformat()
    if form == "day":
        return day.isoformat()
    if form == "month":
        return f"{day.year}-{day.month:02d}"
    if form == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if form == "half":
        return f"{day.year}-H{(day.month - 1) // 6 + 1}"
    return str(day.year)


def next_period(period: str, frequency: Frequency) -> str:
    """The period after ``period`` in the series of ``frequency``."""
    end = period_end(period)
    if frequency is Frequency.WEEKLY and form_of(period) == "day":
        return (end + timedelta(days=7)).isoformat()
    return period_containing(end + timedelta(days=1), frequency)
