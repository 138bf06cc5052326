"""Rules on the numbers and dates: a target worth reaching, by a sensible date, with
consistent thresholds, reported no faster than measured, values of the periods measured, and
reviewed on time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kpi_catalog.checking.rules.registry import Context, Finding, rule
from kpi_catalog.i18n.messages import N_, _
from kpi_catalog.i18n.numbers import as_in_yaml
from kpi_catalog.model.diagnostics import Severity
from kpi_catalog.model.enums import Direction, Frequency
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.periods import allowed_forms, form_of, forms_text


@rule("K105", "target-beats-baseline",
      N_("The target is better than the baseline in the KPI's direction."),
      Severity.ERROR)
def target_beats_baseline(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    # within_range KPIs either bring the value into the range (baseline outside it) or keep
    # it there (baseline inside): both are sensible, so only a direction can be wrong.
    if kpi.baseline is None or kpi.target is None or kpi.target.value is None:
        return
    base, goal = kpi.baseline.value, kpi.target.value
    if kpi.direction is Direction.HIGHER_IS_BETTER and goal <= base:
        yield Finding(("target", "value"),
                      _("The target {goal} is not higher than the baseline {base}, but higher "
                        "is better; raise the target.",
                        goal=as_in_yaml(goal), base=as_in_yaml(base)),
                      _("Or, if lower is better, set `direction: lower_is_better`."))
    elif kpi.direction is Direction.LOWER_IS_BETTER and goal >= base:
        yield Finding(("target", "value"),
                      _("The target {goal} is not lower than the baseline {base}, but lower is "
                        "better; lower the target.", goal=as_in_yaml(goal), base=as_in_yaml(base)),
                      _("Or, if higher is better, set `direction: higher_is_better`."))


@rule("K106", "target-date-in-period",
      N_("The target date is after the baseline date and inside the objective's period."),
      Severity.ERROR)
def target_date_in_period(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    if kpi.target is None:
        return
    deadline = kpi.target.date
    if kpi.baseline is not None and kpi.runs_backwards:
        if kpi.milestones:
            return  # E311 says it, at the same place
        yield Finding(("target", "date"),
                      _("The target date {deadline} is not after the baseline date "
                        "{baseline_date}; set a deadline after the baseline.",
                        deadline=deadline, baseline_date=kpi.baseline.date),
                      _("The baseline is where the KPI starts; the target date is when it "
                        "should arrive."))
        return  # the one mistake: whether the date is in the objective's period waits
    objective = ctx.catalog.objectives.get(kpi.objective)
    if objective is None:
        return  # the loader reports an unknown objective
    period = objective.period
    if not period.start <= deadline <= period.end:
        yield Finding(("target", "date"),
                      _("The target date {deadline} is outside the period of the objective "
                        "`{objective}` ({start} to {end}); set a date inside it.",
                        deadline=deadline, objective=objective.id, start=period.start,
                        end=period.end),
                      _("Or, if the KPI belongs to a later plan, link it to that plan's "
                        "objective."))


@rule("K115", "baseline-date-in-period",
      N_("The baseline date lies in the objective's period, or in the year before it."),
      Severity.WARNING)
def baseline_date_in_period(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    # A baseline is often last year's closing value (31 December before a plan starting on
    # 1 January): a year of grace before the start keeps that good habit unflagged.
    objective = ctx.catalog.objectives.get(kpi.objective)
    if kpi.baseline is None or objective is None:
        return
    when, period = kpi.baseline.date, objective.period
    earliest = _year_before(period.start)
    if not earliest <= when <= period.end:
        yield Finding(("baseline", "date"),
                      _("The baseline date {when} is outside the period of the objective "
                        "`{objective}` ({start} to {end}, or the year before it); measure a "
                        "baseline for this plan.",
                        when=when, objective=objective.id, start=period.start,
                        end=period.end),
                      _("A baseline far from the plan says little about where the KPI starts; "
                        "or, if the KPI belongs to another plan, link it to that plan's "
                        "objective."))


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


@rule("K107", "thresholds-ordered",
      N_("Thresholds are ordered with the direction (green beyond amber)."),
      Severity.ERROR)
def thresholds_ordered(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    t = kpi.thresholds
    if t is None:
        return
    if kpi.direction is Direction.HIGHER_IS_BETTER and not t.green > t.amber:
        yield Finding(("thresholds", "green"),
                      _("Green ({green}) must be above amber ({amber}) when higher is "
                        "better; swap or correct them.",
                        green=as_in_yaml(t.green), amber=as_in_yaml(t.amber)),
                      _("Green is where the KPI is good: at or above `green`; amber at or above "
                        "`amber`; red below."))
    elif kpi.direction is Direction.LOWER_IS_BETTER and not t.green < t.amber:
        yield Finding(("thresholds", "green"),
                      _("Green ({green}) must be below amber ({amber}) when lower is "
                        "better; swap or correct them.",
                        green=as_in_yaml(t.green), amber=as_in_yaml(t.amber)),
                      _("Green is where the KPI is good: at or below `green`; amber at or below "
                        "`amber`; red above."))


@rule("K108", "reporting-not-faster-than-collection",
      N_("Reporting is not more frequent than collection."),
      Severity.ERROR)
def reporting_not_faster(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    m = kpi.measurement
    if m.reporting_frequency.rank < m.collection_frequency.rank:
        yield Finding(("measurement", "reporting_frequency"),
                      _("The KPI is reported {reported} but collected only {collected}; "
                        "report it {collected} or less often.",
                        reported=frequency_word(m.reporting_frequency),
                        collected=frequency_word(m.collection_frequency)),
                      _("A report cannot have newer values than the last collection."))


@rule("K122", "values-fit-frequency",
      N_("Each value is for a period of the KPI's collection or reporting frequency."),
      Severity.WARNING)
def values_fit_frequency(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    # A warning, not an error: catalogs that keep such values validated before this rule.
    # `kpi actuals import` refuses the same row (E405), and the status and the chart take a
    # month of a quarterly KPI for one of its quarters.
    forms = allowed_forms(kpi)
    for index, actual in enumerate(kpi.actuals):
        if form_of(actual.period) not in forms:
            yield Finding(("actuals", index, "period"),
                          _("`{period}` does not fit how often this KPI is measured.",
                            period=actual.period),
                          _("This KPI takes periods like {forms}: give the value for such a "
                            "period, or correct measurement.collection_frequency.",
                            forms=forms_text(kpi)))


# A frequency inside a sentence: "reported monthly".
_FREQUENCY_WORDS = {
    Frequency.DAILY: N_("daily"), Frequency.WEEKLY: N_("weekly"),
    Frequency.MONTHLY: N_("monthly"), Frequency.QUARTERLY: N_("quarterly"),
    Frequency.HALF_YEARLY: N_("half-yearly"), Frequency.YEARLY: N_("yearly"),
}


def frequency_word(frequency: Frequency) -> str:
    """``monthly``, ``bulanan``: a frequency inside a sentence."""
    return _(_FREQUENCY_WORDS[frequency])


@rule("K109", "review-date-not-past",
      N_("The review date is not in the past."),
      Severity.WARNING)
def review_date_not_past(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    if kpi.review_date is not None and kpi.review_date < ctx.today:
        yield Finding(("review_date",),
                      _("The review date {review_date} has passed; review the KPI and set "
                        "the next review date.", review_date=kpi.review_date),
                      _("A KPI nobody reviews goes stale: check the target, the owner and the "
                        "data source."))
