"""Which values should exist by now: each KPI owes the periods after its latest value.

A period's value is due once the period has ended and the catalog's grace has passed
(``catalog.yml: status.grace_days``, 14 days by default: time to close the books). The
periods follow the KPI's series (:func:`.periods.series_frequency`): the form of its
latest value, or its reporting frequency. A KPI without values owes from the first period
that ends after its baseline date; one without a baseline owes nothing yet (nothing says
when measuring starts). Only active KPIs owe values (``kpi due``, "data overdue"): drafts
are not measured yet and retired KPIs are history; but for every KPI, the first value's due
date separates "not started" from "no data". A period left empty before the latest value is
owed no more: the import warns when its values leave one, and `kpi due --gaps` lists them
(:mod:`.gaps`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kpi_catalog.model.config import DEFAULT_GRACE_DAYS
from kpi_catalog.model.enums import Frequency, Lifecycle
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.periods import (
    form_of,
    next_period,
    period_containing,
    period_end,
    series_frequency,
)

MAX_OWED = 1000  # a daily KPI left alone for years: the oldest thousand are enough to say


@dataclass(frozen=True)
class Owed:
    kpi: Kpi
    period: str
    due: date
    """The day the value became due: the period's end plus the grace."""


def first_owed_period(kpi: Kpi, frequency: Frequency | None = None, form: str | None = None
                      ) -> str | None:
    """The first period after the KPI's latest value (or its baseline), due or not, in the
    series of ``frequency`` written in ``form``: by default the KPI's own, which goes on
    from its latest value as written (weeks kept as their Wednesdays stay Wednesdays); the
    series an import goes on in, for the gaps it leaves (:mod:`.gaps`: a month written
    after a quarter), where the first is the one after the period holding the latest
    value's last day."""
    own = series_frequency(kpi)
    frequency = frequency or own
    latest = kpi.latest_actual()
    if latest is not None:
        if frequency is own and form in (None, form_of(latest.period)):
            return next_period(latest.period, frequency)
        return next_period(period_containing(latest.date, frequency, form), frequency)
    if kpi.baseline is None:
        return None
    return first_after_baseline(kpi.baseline.date, frequency, form)


def first_after_baseline(baseline: date, frequency: Frequency, form: str | None = None) -> str:
    """The first period of the series that ends after the baseline's date: the first one a
    KPI without values owes (in ``form``, a week or its Sunday, where the series has one)."""
    first = period_containing(baseline, frequency, form)
    return next_period(first, frequency) if period_end(first) <= baseline else first


def owed(kpi: Kpi, today: date, grace_days: int = DEFAULT_GRACE_DAYS) -> list[Owed]:
    """The periods whose value is due by ``today`` and missing, oldest first."""
    if kpi.lifecycle is not Lifecycle.ACTIVE:
        return []
    period = first_owed_period(kpi)
    grace = timedelta(days=grace_days)
    frequency = series_frequency(kpi)
    out: list[Owed] = []
    while period is not None and len(out) < MAX_OWED:
        due = period_end(period) + grace
        if due > today:
            break
        out.append(Owed(kpi, period, due))
        period = next_period(period, frequency)
    return out


def data_overdue(kpi: Kpi, today: date, grace_days: int = DEFAULT_GRACE_DAYS) -> bool:
    """The latest value is older than the KPI's period allows: a later one is due. (A KPI
    without any value is not "overdue": its status says "no data" once a value is due.)"""
    return (kpi.lifecycle is Lifecycle.ACTIVE and bool(kpi.actuals)
            and _is_due(first_owed_period(kpi), today, grace_days))


def first_value_due(kpi: Kpi, today: date, grace_days: int = DEFAULT_GRACE_DAYS) -> bool:
    """Whether a KPI should have a value by now (always, once it has one)."""
    return bool(kpi.actuals) or _is_due(first_owed_period(kpi), today, grace_days)


def _is_due(period: str | None, today: date, grace_days: int) -> bool:
    return period is not None and period_end(period) + timedelta(days=grace_days) <= today
