"""Periods of actual values as the catalog writes them: a day (`2026-03-31`), a month
(`2026-03`), a quarter (`2026-Q1`), a half year (`2026-H1`), an ISO week (`2026-W47`,
counted from its Sunday) or a year (`2026`), and the day each one ends; which form each
frequency writes, and what comes next.

A KPI's values are written per period, in a form of its frequency::

    daily           2026-03-29
    weekly          2026-W13 (an ISO week), or 2026-03-29 (the week's last day, a Sunday)
    monthly         2026-03
    quarterly       2026-Q1
    half_yearly     2026-H1
    yearly          2026

A value may be recorded per collection period or per reporting period (the example catalog
records reported values: a KPI collected monthly and reported quarterly has `2026-Q1`).

A series keeps one form: a weekly KPI whose values are ISO weeks owes ISO weeks, and a week
given as a day is written as its ISO week (:func:`in_series_form`); one whose values are
days goes on in days. Without values, a weekly KPI is written in ISO weeks, which a
spreadsheet never mistakes for a date.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections import Counter
from datetime import date, timedelta
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import (
    AfterValidator,
    BeforeValidator,
)

from kpi_catalog.i18n.messages import _, or_list
from kpi_catalog.model.diagnostics import quoted_value
from kpi_catalog.model.enums import Frequency
from kpi_catalog.model.fields import FixableError, in_years
from kpi_catalog.model.written_dates import month_hint

if TYPE_CHECKING:
    from kpi_catalog.model.kpi import Kpi

_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(Q[1-4]|H[12])|-W(\d{2}))?\Z")


def _period_text(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # `period: 2026` is a year
    if isinstance(value, date):
        return value.isoformat()
    return value


PERIODS_KEPT = 1 << 18
"""How many periods :func:`period_end` and :func:`form_of` keep: every one a KPI may name
(the days, weeks, months... of 1900 to 2200, about 131,000). Fewer, a KPI naming more (a
daily one over decades) missed every time, cycling through them at each status computed."""


@functools.lru_cache(maxsize=PERIODS_KEPT)  # for every actual on every status computation
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
        no_month = month_hint(value)
        if no_month is not None:
            raise FixableError(_("`{value}` is not a period", value=quoted_value(value)),
                               no_month) from None
        raise ValueError(_(
            "`{value}` is not a period: write 2026-03-31 (a day), 2026-W47 (an ISO week), "
            "2026-03 (a month), 2026-Q1 (a quarter), 2026-H1 (a half year) or 2026 (a year)",
            value=quoted_value(value))) from None
    in_years(end, value)
    return value


PeriodText = Annotated[str, BeforeValidator(_period_text), AfterValidator(_valid_period)]


def same_period(a: str, b: str) -> bool:
    """Whether two texts name the same period: equal, or an ISO week (``2026-W13``) and the
    day it ends on (``2026-03-29``), the two forms a weekly value is written in."""
    return a == b or other_form(a) == b


def other_form(period: str) -> str | None:
    """The period's other text, where a weekly value may be written two ways: an ISO week's
    Sunday (``2026-03-29`` for ``2026-W13``), a Sunday's week; None for any other period."""
    form = form_of(period)
    if form == "week":
        return period_end(period).isoformat()
    if form == "day" and period_end(period).weekday() == 6:
        return as_week(period)
    return None


# --- forms of each frequency, and the next period ---------------------------------

_FORMS = {
    "day": re.compile(r"\d{4}-\d{2}-\d{2}\Z"),
    "week": re.compile(r"\d{4}-W\d{2}\Z"),
    "month": re.compile(r"\d{4}-\d{2}\Z"),
    "quarter": re.compile(r"\d{4}-Q[1-4]\Z"),
    "half": re.compile(r"\d{4}-H[12]\Z"),
    "year": re.compile(r"\d{4}\Z"),
}
FORMS_OF = {
    Frequency.DAILY: ("day",),
    Frequency.WEEKLY: ("week", "day"),  # the first form is the one a new series takes
    Frequency.MONTHLY: ("month",),
    Frequency.QUARTERLY: ("quarter",),
    Frequency.HALF_YEARLY: ("half",),
    Frequency.YEARLY: ("year",),
}
EXAMPLE_OF = {"day": "2026-03-31", "week": "2026-W13", "month": "2026-03",
              "quarter": "2026-Q1", "half": "2026-H1", "year": "2026"}


@functools.lru_cache(maxsize=PERIODS_KEPT)  # a catalog's values name periods again and again
def form_of(period: str) -> str | None:
    """``"month"`` for ``2026-03``; ``None`` when the text is no period at all."""
    for form, pattern in _FORMS.items():
        if pattern.match(period):
            try:
                period_end(period)
            except ValueError:  # 2026-13, 2026-02-30, 2026-W60
                return None
            return form
    return None


def allowed_frequencies(kpi: Kpi) -> list[Frequency]:
    """The frequencies a KPI's periods may follow: reporting first, then collection."""
    m = kpi.measurement
    return list(dict.fromkeys([m.reporting_frequency, m.collection_frequency]))


def allowed_forms(kpi: Kpi) -> set[str]:
    """The forms of period the KPI takes (``{"quarter", "month"}``)."""
    return {form for frequency in allowed_frequencies(kpi) for form in FORMS_OF[frequency]}


def fits(kpi: Kpi, period: str) -> bool:
    return form_of(period) in allowed_forms(kpi)


def expected_forms(kpi: Kpi) -> dict[str, Frequency]:
    """``{"2026-Q1": QUARTERLY, "2026-03": MONTHLY}``: an example of each form of period the
    KPI takes, with the frequency it is a period of (for messages). A week given as a day is
    its Sunday (``2026-03-29``), left out beside a daily frequency, where any day is one."""
    frequencies = allowed_frequencies(kpi)
    shown: dict[str, Frequency] = {}
    for frequency in frequencies:
        for form in FORMS_OF[frequency]:
            if frequency is Frequency.WEEKLY and form == "day":
                if Frequency.DAILY not in frequencies:
                    shown.setdefault(_WEEK_AS_DAY, frequency)
                continue
            shown.setdefault(EXAMPLE_OF[form], frequency)
    return shown


def forms_text(kpi: Kpi) -> str:
    """:func:`expected_forms` in words, in the language of the messages: ``2026-Q1
    (quarterly) or 2026-03 (monthly)`` / ``2026-Q1 (triwulanan) atau 2026-03 (bulanan)``."""
    from kpi_catalog.i18n.labels import current_labels  # the labels name periods: read here

    words = current_labels()
    return or_list([f"{example} ({words.frequency(frequency).lower()})"
                    for example, frequency in expected_forms(kpi).items()])


_WEEK_AS_DAY = "2026-03-29"  # the Sunday that ends 2026-W13


def _is_sunday(period: str) -> bool:
    return period_end(period).weekday() == 6


def frequency_of(kpi: Kpi, period: str) -> Frequency | None:
    """The frequency ``period`` is a period of, for this KPI (a Sunday of a KPI collected
    daily and reported weekly is read as a week, as the reporting frequency comes first)."""
    form = form_of(period)
    for frequency in allowed_frequencies(kpi):
        if form in FORMS_OF[frequency]:
            if frequency is Frequency.WEEKLY and form == "day" and not _is_sunday(period) \
                    and Frequency.DAILY in allowed_frequencies(kpi):
                continue  # a Wednesday of a daily KPI is a day, not a week
            return frequency
    return None


def series_frequency(kpi: Kpi) -> Frequency:
    """The frequency the KPI's values are kept in: the one its latest value follows, the
    reporting frequency when it has none (or when the latest fits neither)."""
    latest = kpi.latest_actual()
    if latest is not None:
        frequency = frequency_of(kpi, latest.period)
        if frequency is not None:
            return frequency
    return allowed_frequencies(kpi)[0]


def series_form(kpi: Kpi, frequency: Frequency | None = None) -> str:
    """The form the KPI writes periods of ``frequency`` in (default: its series'): the form
    most of its values of that frequency use (the latest's on a tie), else the frequency's
    first form."""
    frequency = frequency or series_frequency(kpi)
    forms = FORMS_OF[frequency]
    used = [form for a in sorted(kpi.actuals, key=lambda a: a.date)
            if frequency_of(kpi, a.period) is frequency
            and (form := form_of(a.period)) is not None]
    counts = Counter(form for form in used if form in forms)
    if not counts:
        return forms[0]
    best = max(counts.values())
    return next(form for form in reversed(used) if counts.get(form) == best)


def as_week(period: str) -> str:
    """``2026-W13`` for ``2026-03-29`` (the week a day ends)."""
    year, week, _day = period_end(period).isocalendar()
    return f"{year}-W{week:02d}"


def in_series_form(kpi: Kpi, period: str) -> str:
    """``period`` written in the form the KPI's series of its frequency uses: in a series of
    ISO weeks a week given as a day (its Sunday) becomes ``2026-W13``, and in a series of
    days an ISO week becomes its Sunday."""
    frequency = frequency_of(kpi, period)
    if frequency is not Frequency.WEEKLY:
        return period
    form, wanted = form_of(period), series_form(kpi, Frequency.WEEKLY)
    if form == wanted:
        return period
    if wanted == "week":
        return as_week(period)
    if wanted == "day" and form == "week":
        return period_end(period).isoformat()
    return period


def period_containing(day: date, frequency: Frequency, form: str | None = None) -> str:
    """The period of ``frequency`` that ``day`` falls in, in ``form`` (default: the
    frequency's first); a week ends on Sunday."""
    form = form or FORMS_OF[frequency][0]
    if frequency is Frequency.WEEKLY:
        sunday = (day + timedelta(days=6 - day.weekday())).isoformat()
        return as_week(sunday) if form == "week" else sunday
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
    """The period after ``period`` in the series of ``frequency``, in ``period``'s form."""
    end = period_end(period)
    form = form_of(period)
    if frequency is Frequency.WEEKLY:
        following = end + timedelta(days=7)
        return as_week(following.isoformat()) if form == "week" else following.isoformat()
    return period_containing(end + timedelta(days=1), frequency, form)
