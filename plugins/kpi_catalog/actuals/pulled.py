"""What a pull brought back, and what it left out and why (:class:`Pulled`).

Both pulls fill one: a KPI's own query on a database (:mod:`.database`) and a semantic
metric asked of MetricFlow (:mod:`.metricflow`). Values for periods before the KPI's baseline,
for periods MetricFlow filled in before a metric's first or after its last data, and for
periods past the end of the time spine a cumulative metric is computed on, are left out with
one located note a KPI and reason (E421, information), counted apart in the pull's last
line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kpi_catalog.actuals.period_ends import Cumulative
from kpi_catalog.actuals.sources import Row
from kpi_catalog.i18n.messages import _, current_language, ngettext
from kpi_catalog.i18n.numbers import format_number, number_marks
from kpi_catalog.model import codes
from kpi_catalog.model.catalog import SourceFile
from kpi_catalog.model.diagnostics import Diagnostic, FieldPath, Severity
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.periods import period_containing, period_end, series_form, series_frequency


@dataclass
class Pulled:
    rows: list[Row] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)
    queried: int = 0
    not_ended: int = 0
    """Rows left out because their period has not ended by today (a month still running)."""
    before_start: int = 0
    """Rows left out because their period comes before the KPI's values start: before its
    baseline period, or before a metric's first data where MetricFlow filled periods in."""
    after_data: int = 0
    """Values left out because their period comes after a metric's last data, where
    MetricFlow filled periods in (the data may have stopped arriving)."""
    after_spine: int = 0
    """Periods left out because they end past the time spine a cumulative metric is
    computed on (the spine model ends too early)."""
    notes: list[Diagnostic] = field(default_factory=list)
    """What was left out and why, located at the KPI (information, not problems)."""
    warnings: list[str] = field(default_factory=list)
    """Risks of the connection itself (a superuser's address), for the person running it."""

    def left_out(self, kpi: Kpi, period: str, today: date, before: list[str]) -> bool:
        """Whether a value of ``period`` is left out for its date, as both pulls leave it:
        its period has not ended by ``today`` (counted), or it comes before the KPI's
        baseline (added to ``before``, for :meth:`leave_out_before_baseline`)."""
        if period_end(period) > today:
            self.not_ended += 1
            return True
        if before_baseline(kpi, period):
            before.append(period)
            return True
        return False

    # What was left out and why: one located note a KPI and reason (information, not a
    # problem), each counted in the pull's last line.

    def leave_out_before_baseline(self, kpi: Kpi, source: SourceFile, field_path: FieldPath,
                                  periods: list[str]) -> None:
        """Count ``periods`` (those :func:`before_baseline` found) as left out, and say which
        in one note located at ``field_path`` (the query, or the semantic metric)."""
        if not periods or kpi.baseline is None:
            return
        periods = sorted(periods, key=period_end)
        frequency = series_frequency(kpi)
        baseline = period_containing(kpi.baseline.date, frequency, series_form(kpi, frequency))
        self.before_start += len(periods)
        self._note(source, field_path, ngettext(
            "Left out {count} value for `{kpi}` ({periods}): it comes before the KPI's "
            "baseline period, {baseline}.",
            "Left out {count} values for `{kpi}` ({periods}): they come before the KPI's "
            "baseline period, {baseline}.", len(periods),
            count=len(periods), kpi=kpi.id, periods=periods_text(periods), baseline=baseline),
            _("A KPI's values start with the period of its baseline date; if the older "
              "values belong to the KPI, move `baseline` earlier."))

    def leave_out_before_data(self, kpi: Kpi, source: SourceFile, field_path: FieldPath,
                              metric: str, periods: list[str], first: str | None,
                              fill: list[int]) -> None:
        """Count ``periods`` as left out: periods of the semantic ``metric`` before its first
        data (in the period ``first``; ``None``: it has none yet) that MetricFlow filled in
        with ``fill`` (`fill_nulls_with`); say which in one note at ``field_path``."""
        if not periods:
            return
        periods = sorted(periods, key=period_end)
        self.before_start += len(periods)
        words = {"count": len(periods), "name": metric, "kpi": kpi.id,
                 "periods": periods_text(periods), "fill": _fill_text(fill)}
        if first is None:
            message = ngettext(
                "Left out {count} value of `{name}` for `{kpi}` ({periods}): the metric has "
                "no data yet, and MetricFlow filled the period in with {fill} "
                "(`fill_nulls_with`).",
                "Left out {count} values of `{name}` for `{kpi}` ({periods}): the metric has "
                "no data yet, and MetricFlow filled the periods in with {fill} "
                "(`fill_nulls_with`).", len(periods), **words)
        else:
            message = ngettext(
                "Left out {count} value of `{name}` for `{kpi}` ({periods}): the metric's "
                "data starts in {first}, and MetricFlow filled the period before it in with "
                "{fill} (`fill_nulls_with`).",
                "Left out {count} values of `{name}` for `{kpi}` ({periods}): the metric's "
                "data starts in {first}, and MetricFlow filled the periods before it in with "
                "{fill} (`fill_nulls_with`).", len(periods), first=first, **words)
        self._note(source, field_path, message, _(
            "Nothing to change: a period before the metric's data was not measured. If such "
            "a value is real, import it with `kpi actuals import`."))

    def leave_out_after_data(self, kpi: Kpi, source: SourceFile, field_path: FieldPath,
                             metric: str, periods: list[str], last: str,
                             fill: list[int]) -> None:
        """Count ``periods`` as left out: periods of the semantic ``metric`` after its last
        data (in the period ``last``) that MetricFlow filled in with ``fill``, as it does
        when the data stopped arriving; say which in one note at ``field_path``."""
        if not periods:
            return
        periods = sorted(periods, key=period_end)
        self.after_data += len(periods)
        self._note(source, field_path, ngettext(
            "Left out {count} value of `{name}` for `{kpi}` ({periods}): it comes after "
            "the metric's last data, in {last}, and MetricFlow filled the period in with "
            "{fill} (`fill_nulls_with`).",
            "Left out {count} values of `{name}` for `{kpi}` ({periods}): they come after "
            "the metric's last data, in {last}, and MetricFlow filled the periods in with "
            "{fill} (`fill_nulls_with`).", len(periods), count=len(periods), name=metric,
            kpi=kpi.id, periods=periods_text(periods), last=last, fill=_fill_text(fill)),
            _("Check that the metric's data still arrives: a pipeline that stopped loading "
              "looks like this. Once newer data arrives, the next `kpi actuals pull` imports "
              "these periods; if one really had nothing to count, import its value with `kpi "
              "actuals import`."))

    def leave_out_after_spine(self, kpi: Kpi, source: SourceFile, field_path: FieldPath,
                              metric: str, periods: list[str], last: date) -> None:
        """Count ``periods`` as left out: periods that end after the time spine's ``last``
        day (the one it ends within, and those MetricFlow returns nothing for since they
        start after it), for which MetricFlow computes ``metric`` (cumulative, or joined to
        the spine) up to that day only; say which in one note at ``field_path``."""
        if periods:
            self.after_spine += len(periods)
            self._note(source, field_path, *self._spine_words(
                kpi, metric, sorted(periods, key=period_end), last))

    @staticmethod
    def _spine_words(kpi: Kpi, metric: str, periods: list[str],
                     last: date) -> tuple[str, str]:
        """The note's message and hint for ``periods`` cut short by the time spine."""
        return (ngettext(
            "Left out {periods} of `{kpi}`: it ends past the dbt project's time spine, "
            "which ends on {last}, and MetricFlow computes `{name}` on the spine up to that "
            "day only.",
            "Left out {periods} of `{kpi}`: they end past the dbt project's time spine, "
            "which ends on {last}, and MetricFlow computes `{name}` on the spine up to that "
            "day only.", len(periods), periods=periods_text(periods),
            kpi=kpi.id, last=last.isoformat(), name=metric),
            _("Extend the time spine model in the dbt project up to today or later, build "
              "it (`dbt build` in the dbt project folder), then pull again."))

    def without_value(self, kpi: Kpi, source: SourceFile, field_path: FieldPath,
                      metric: str, periods: list[str], conversion: str | None = None) -> None:
        """Say which ``periods`` MetricFlow gave the semantic ``metric`` no value for (a
        ratio whose numerator, or a conversion metric whose conversions, had no data), in
        one note at ``field_path``: where that means 0, the 0 is not imported. The metric
        holds the formula, so the pull invents no 0 where it gives none: a conversions table
        that stopped loading looks the same as a month nobody converted. For a conversion
        metric (``conversion``: its conversion measure) the note says how the metric itself
        gives 0 there."""
        if not periods:
            return
        periods = sorted(periods, key=period_end)
        shown = ", ".join(periods) if len(periods) <= 6 else periods_text(periods)
        if conversion is not None:
            self._note(source, field_path, ngettext(
                "MetricFlow gave the conversion metric `{name}` no value for {count} period of "
                "`{kpi}` ({periods}): nothing converted in it, and MetricFlow gives no value "
                "there, not 0; nothing is imported for it.",
                "MetricFlow gave the conversion metric `{name}` no value for {count} periods "
                "of `{kpi}` ({periods}): nothing converted in them, and MetricFlow gives no "
                "value there, not 0; nothing is imported for them.", len(periods),
                count=len(periods), name=metric, kpi=kpi.id, periods=shown),
                _("If nothing converting means 0 (and not conversions that have not arrived), "
                  "give the conversion measure `fill_nulls_with: 0` in the dbt project "
                  "(`conversion_measure: {{name: {measure}, fill_nulls_with: 0}}` under "
                  "`conversion_type_params`) and run `dbt parse`: MetricFlow then gives 0, "
                  "which the next pull imports. Or import the 0 with `kpi actuals import`.",
                  measure=conversion))
            return
        self._note(source, field_path, ngettext(
            "MetricFlow gave `{name}` no value for {count} period of `{kpi}` ({periods}): "
            "nothing is imported for it.",
            "MetricFlow gave `{name}` no value for {count} periods of `{kpi}` ({periods}): "
            "nothing is imported for them.", len(periods), count=len(periods), name=metric,
            kpi=kpi.id, periods=shown),
            _("A ratio has no value where its numerator has no data, a conversion metric "
              "where nothing converted, a derived metric where an input has none (one offset "
              "in time, before the data starts), even when the rest has data. If such a "
              "period is 0, "
              "give that measure `fill_nulls_with: 0` in the dbt project and run `dbt "
              "parse`, or import the 0 with `kpi actuals import`."))

    def taken_from_other_days(self, kpi: Kpi, source: SourceFile, field_path: FieldPath,
                              metric: str, periods: dict[str, Cumulative]) -> None:
        """Say which ``periods`` MetricFlow gave the semantic ``metric`` other days' value
        for, in one note per `period_agg` at ``field_path``: on the period's first day
        (`first`), its last (`last`) or some of its days (`average`) nothing lies in the
        window of a cumulative metric it is (or is made of), which has no value there, and
        MetricFlow took the days that have one. That value is not the period's."""
        for agg in ("first", "last", "average"):
            ordered = sorted((p for p, part in periods.items() if part.agg == agg),
                             key=period_end)
            if not ordered:
                continue
            part = periods[ordered[0]]
            words = {"count": len(ordered), "name": metric, "kpi": kpi.id,
                     "periods": ", ".join(ordered) if len(ordered) <= 6
                     else periods_text(ordered), "part": part.metric}
            self._note(source, field_path, _other_days(agg, len(ordered), words), _(
                "If nothing in the window means 0, give `{part}`'s measure `fill_nulls_with: "
                "0` and `join_to_timespine: true` in the dbt project (`measure: {{name: "
                "{measure}, fill_nulls_with: 0, join_to_timespine: true}}` under "
                "`type_params`) and run `dbt parse`: MetricFlow then gives 0 on those days, "
                "which the next pull imports. Or import the value with `kpi actuals import`.",
                part=part.metric, measure=part.measure))

    def undated(self, kpi: Kpi, source: SourceFile, field_path: FieldPath, metric: str,
                value: float) -> None:
        """Say that MetricFlow gave the semantic ``metric`` a value for rows whose time
        dimension is empty: it belongs to no period of the KPI, and is not imported."""
        self._note(source, field_path, _(
            "MetricFlow gave `{name}` the value {value} for rows without a date (their time "
            "dimension is empty): it belongs to no period of `{kpi}` and is not imported.",
            name=metric, kpi=kpi.id,
            value=format_number(value, number_marks(current_language()), decimals=None)),
            _("If those rows should count, give them a date in the dbt project's model, or "
              "make the measure's `agg_time_dimension` a time dimension they all have."))

    def _note(self, source: SourceFile, field_path: FieldPath, message: str,
              hint: str) -> None:
        self.notes.append(source.diagnostic(field_path, codes.PERIODS_LEFT_OUT, message, hint,
                                            Severity.INFO))


def _fill_text(fill: list[int]) -> str:
    return ", ".join(str(value) for value in fill)


def before_baseline(kpi: Kpi, period: str) -> bool:
    """Whether ``period`` comes before the KPI's baseline period (the period its
    ``baseline.date`` lies in): it ends before that date. A period of any frequency that
    ends before the date ends before the period of its own frequency holding it."""
    return kpi.baseline is not None and period_end(period) < kpi.baseline.date


def periods_text(periods: list[str]) -> str:
    """``2025-06`` or ``2025-06 to 2025-12`` (oldest first)."""
    if len(periods) == 1:
        return periods[0]
    return _("{first} to {last}", first=periods[0], last=periods[-1])


def _other_days(agg: str, count: int, words: dict) -> str:
    """What MetricFlow took, for ``count`` periods, instead of the value of a cumulative
    metric whose `period_agg` is ``agg`` on the period's own day or days."""
    if agg == "first":
        return ngettext(
            "MetricFlow gave `{name}` for {count} period of `{kpi}` ({periods}) the value of "
            "a later day: on the period's first day nothing lies in the window of the "
            "cumulative metric `{part}`, which has no value there, and MetricFlow takes the "
            "first day that has one; nothing is imported for it.",
            "MetricFlow gave `{name}` for {count} periods of `{kpi}` ({periods}) the value of "
            "a later day: on each period's first day nothing lies in the window of the "
            "cumulative metric `{part}`, which has no value there, and MetricFlow takes the "
            "first day that has one; nothing is imported for them.", count, **words)
    if agg == "average":
        return ngettext(
            "MetricFlow gave `{name}` for {count} period of `{kpi}` ({periods}) the average "
            "of fewer days than the period has: on some of its days nothing lies in the "
            "window of the cumulative metric `{part}`, which has no value there, and "
            "MetricFlow averages only the days that have one; nothing is imported for it.",
            "MetricFlow gave `{name}` for {count} periods of `{kpi}` ({periods}) the average "
            "of fewer days than the period has: on some of each period's days nothing lies in "
            "the window of the cumulative metric `{part}`, which has no value there, and "
            "MetricFlow averages only the days that have one; nothing is imported for them.",
            count, **words)
    return ngettext(
        "MetricFlow gave `{name}` for {count} period of `{kpi}` ({periods}) the value of "
        "an earlier day: on the period's last day nothing lies in the window of the "
        "cumulative metric `{part}`, which has no value there, and MetricFlow takes the "
        "last day that has one; nothing is imported for it.",
        "MetricFlow gave `{name}` for {count} periods of `{kpi}` ({periods}) the value of "
        "an earlier day: on each period's last day nothing lies in the window of the "
        "cumulative metric `{part}`, which has no value there, and MetricFlow takes the "
        "last day that has one; nothing is imported for them.", count, **words)
