"""Checks of a KPI's values that depend on the day: a value for a period that has not ended,
and a series that writes the same kind of period in two forms.

Errors, not rules a catalog could switch off, wherever the value came from (an import, a
query, a hand edit): a value for next month makes `kpi due` stop asking for this month's
and "data overdue" disappear; weeks written both as `2026-W13` and as `2026-03-29` make
`kpi due` ask for the wrong form and can hold one week twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kpi_catalog.i18n.messages import N_, _
from kpi_catalog.model.catalog import Catalog, SourceFile
from kpi_catalog.model.codes import MIXED_PERIOD_FORMS, PERIOD_NOT_ENDED
from kpi_catalog.model.diagnostics import Diagnostic
from kpi_catalog.model.enums import Frequency
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.periods import allowed_frequencies, in_series_form, series_form


def check_values(catalog: Catalog, today: date, only: set[str] | None = None
                 ) -> list[Diagnostic]:
    """Every problem of the values of the KPIs (``only`` these ids when given)."""
    found: list[Diagnostic] = []
    for kpi_id, kpi in catalog.kpis.items():
        if only is not None and kpi_id not in only or not kpi.actuals:
            continue
        source = catalog.kpi_sources[kpi_id]
        found.extend(_not_ended(kpi, source, today))
        found.extend(_mixed_forms(kpi, source))
    return found


def _not_ended(kpi: Kpi, source: SourceFile, today: date) -> Iterator[Diagnostic]:
    for index, actual in enumerate(kpi.actuals):
        if actual.date > today:
            yield source.diagnostic(
                ("actuals", index, "period"), PERIOD_NOT_ENDED,
                _("The value for {period} is for a period that ends on {end}, after today "
                  "({today}).", period=actual.period, end=actual.date, today=today),
                _("Remove it, or correct the period: a value is measured once its period is "
                  "over."))


def _mixed_forms(kpi: Kpi, source: SourceFile) -> Iterator[Diagnostic]:
    if Frequency.WEEKLY not in allowed_frequencies(kpi):  # only weeks have two forms
        return
    wanted = None
    for index, actual in enumerate(kpi.actuals):
        rewritten = in_series_form(kpi, actual.period)
        if rewritten == actual.period:
            continue
        wanted = wanted or series_form(kpi, Frequency.WEEKLY)
        message = (N_("`{period}` writes a week in another form than the KPI's other weeks, "
                      "which are ISO weeks (2026-W13).") if wanted == "week" else
                   N_("`{period}` writes a week in another form than the KPI's other weeks, "
                      "which are days (each week's Sunday)."))
        yield source.diagnostic(
            ("actuals", index, "period"), MIXED_PERIOD_FORMS,
            _(message, period=actual.period),
            _("Write it as {period}, like the others: one form per series.",
              period=rewritten))
