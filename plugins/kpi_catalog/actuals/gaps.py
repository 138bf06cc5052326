"""Periods without a value inside a KPI's series: what `kpi due` no longer asks for.

`kpi due` owes the periods after a KPI's latest value (:mod:`.due`). A value written for a
later period than the next one leaves the periods between without a value, and nothing
asks for them again: the import warns when its values leave such a gap (E413), and
`kpi due --gaps` lists the gaps inside each series; `kpi alerts` says "data skipped", not
"received", when an overdue period is left behind so (:func:`left_empty`). Each check walks
the series once, period by period: its time is that of the periods walked and the values
read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from kpi_catalog.actuals.checks import Change
from kpi_catalog.actuals.due import MAX_OWED, Owed, first_owed_period
from kpi_catalog.i18n.labels import period_text
from kpi_catalog.i18n.messages import and_list, ngettext
from kpi_catalog.model import codes
from kpi_catalog.model.diagnostics import Diagnostic, Severity
from kpi_catalog.model.enums import Frequency, Lifecycle
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.periods import (
    form_of,
    frequency_of,
    next_period,
    other_form,
    period_containing,
    period_end,
    series_frequency,
)

LISTED = 5
"""Gaps up to this many periods are named one by one; a longer one by its first, its last
and its count (a daily KPI may leave thousands)."""


def filled(periods: Iterable[str]) -> set[str]:
    """The periods that have a value, a week both as ``2026-W48`` and as its Sunday: the two
    forms a weekly value is written in name one period."""
    out: set[str] = set()
    for period in periods:
        out.add(period)
        other = other_form(period)
        if other is not None:
            out.add(other)
    return out


def missing(start: str, before: date, frequency: Frequency, have: set[str]) -> list[str]:
    """The periods of the series from ``start`` on that end before ``before`` and have no
    value, oldest first."""
    out: list[str] = []
    period = start
    while period_end(period) < before:
        if period not in have:
            out.append(period)
        period = next_period(period, frequency)
    return out


def series_gaps(kpi: Kpi) -> list[str]:
    """The periods between the first and the latest value of the KPI's series that have no
    value, in the series' form (a KPI reported quarterly and collected monthly, whose latest
    value is a month, is walked from its first month)."""
    latest = kpi.latest_actual()
    if latest is None:
        return []
    frequency = series_frequency(kpi)
    own = [a for a in kpi.actuals if frequency_of(kpi, a.period) is frequency
           and form_of(a.period) == form_of(latest.period)]
    if not own:  # the latest value fits none of the KPI's frequencies (K122): no series
        return []
    first = min(own, key=lambda a: a.date).period
    return missing(first, latest.date, frequency, filled(a.period for a in kpi.actuals))


def left_empty(before: Kpi, after: Kpi, written: Iterable[str] = ()) -> list[str]:
    """The periods `kpi due` owed or would have owed ``before`` (:func:`_start`), up to
    ``after``'s latest value, that ``after`` leaves without a value, in the form of its
    series: the gap a later value left, which the import warns of (E413) and `kpi alerts`
    calls data skipped, not received (``written``: the periods the change wrote)."""
    latest = after.latest_actual()
    if latest is None:
        return []
    frequency = series_frequency(after)
    if frequency_of(after, latest.period) is not frequency:  # fits no frequency (K122)
        return []
    start = _start(before, list(written) or [latest.period], frequency, form_of(latest.period))
    return missing(start, latest.date, frequency, filled(a.period for a in after.actuals))


def stretches(kpi: Kpi, gaps: list[str]) -> int:
    """How many runs of periods in a row ``gaps`` (periods of the KPI's series, oldest
    first) make: a long gap said by its ends alone would read as one run, though values lie
    inside it."""
    frequency = series_frequency(kpi)
    return len(gaps[:1]) + sum(1 for before, after in zip(gaps, gaps[1:], strict=False)
                               if next_period(before, frequency) != after)


def kpi_gaps(kpi: Kpi, today: date, grace_days: int) -> list[Owed]:
    """The periods inside an active KPI's series that have no value and were due by
    ``today``, oldest first: the latest thousand, the ones a department head can still
    ask for."""
    if kpi.lifecycle is not Lifecycle.ACTIVE:
        return []
    grace = timedelta(days=grace_days)
    items = [Owed(kpi, period, period_end(period) + grace) for period in series_gaps(kpi)]
    return [item for item in items if item.due <= today][-MAX_OWED:]


def _start(before: Kpi, written: list[str], frequency: Frequency, form: str | None) -> str:
    """The first period, in the series after the import, that `kpi due` owed before it
    (:func:`~.due.first_owed_period`), else (nothing was owed) the first value written."""
    first = first_owed_period(before, frequency, form)
    if first is not None:
        return first
    return period_containing(min(period_end(p) for p in written), frequency, form)


def gap_warning(before: Kpi, after: Kpi, changes: list[Change], path: str
                ) -> Diagnostic | None:
    """E413 when the import's values (``changes``, giving ``after`` from ``before``) leave
    periods without a value that `kpi due` owed or would have owed: located at the first
    value written after the first of them. Gaps older than the import are left as they are."""
    if before.lifecycle is not Lifecycle.ACTIVE:
        return None
    gaps, latest = left_empty(before, after, [c.period for c in changes]), after.latest_actual()
    if not gaps or latest is None:
        return None
    gap_end = period_end(gaps[0])
    after_gap = min((c for c in changes if period_end(c.period) > gap_end),
                    key=lambda c: period_end(c.period))
    message, hint = _said(after.id, gaps, latest.period)
    if after_gap.row is None:
        return Diagnostic(path, 1, 1, codes.PERIODS_SKIPPED, message, hint, Severity.WARNING)
    return replace(after_gap.row.diagnostic("period", codes.PERIODS_SKIPPED, message, hint),
                   severity=Severity.WARNING)


def _said(kpi_id: str, gaps: list[str], latest: str) -> tuple[str, str]:
    """The warning's message and hint: a short gap named period by period, a long one by
    its ends and count."""
    count = len(gaps)
    if count <= LISTED:
        message = ngettext(
            "`{kpi}`: {periods} has no value; once {latest} is written, `kpi due` no longer "
            "asks for it.",
            "`{kpi}`: {periods} have no value; once {latest} is written, `kpi due` no longer "
            "asks for them.", count, kpi=kpi_id, periods=and_list([period_text(p) for p in gaps]),
            latest=period_text(latest))
    else:
        message = ngettext(
            "`{kpi}`: {count} period from {first} to {last} has no value; once {latest} is "
            "written, `kpi due` no longer asks for it.",
            "`{kpi}`: {count} periods from {first} to {last} have no value; once {latest} is "
            "written, `kpi due` no longer asks for them.", count, kpi=kpi_id, count=count,
            first=period_text(gaps[0]), last=period_text(gaps[-1]), latest=period_text(latest))
    hint = ngettext(
        "Import its value too, or leave it empty if it was never measured (`kpi due --gaps` "
        "lists it).",
        "Import their values too, or leave them empty if they were never measured (`kpi due "
        "--gaps` lists them).", count)
    return message, hint
