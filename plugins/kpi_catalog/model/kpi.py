"""The KPI file's model, in the order the method writes a KPI.

1. a **strategic objective** (:class:`Objective`), with its definition of success in
   one or more named parts (:class:`SuccessPart`);
2. the **measurement** of one part (:class:`Measurement`);
3. the **KPI** itself (:class:`Kpi`): one plain sentence, from a baseline to a target by
   a date, with the values measured so far.

Models are strict (no silent conversion of ``"12"`` into 12) and reject unknown fields,
so a misspelt field is an error, not a field quietly ignored. The attribute docstrings
are the field documentation: they flow into ``kpi schema`` and so into editors.
"""

from __future__ import annotations

import difflib
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    Discriminator,
    Field,
    Tag,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic.dataclasses import dataclass

from kpi_catalog.i18n.messages import _
from kpi_catalog.model.enums import Direction, Frequency, Lifecycle, Visibility
from kpi_catalog.model.fields import (
    PART_CONFIG,
    STRICT,
    FixableError,
    FromText,
    IsoDate,
    Label,
    Number,
    OneLine,
    RuleCode,
    Slug,
    Statement,
    StrictModel,
    Text,
    Url,
    empty_list,
)
from kpi_catalog.model.periods import PeriodText, period_end
from kpi_catalog.model.translations import KpiTexts, Language

MAX_ALIASES = 20
"""Enough for every name a KPI goes by; a longer list would be keywords (`tags`)."""

MetricName = Annotated[str, Field(min_length=1, max_length=250)]
"""A metric's name as the KPI writes it. Any text: `kpi validate` checks it against the
semantic manifest (E322), and guesses the metric meant from what was written, a label or
a part of a name too (`Average basket` for `basket_size`)."""


class SemanticMetric(StrictModel):
    """A MetricFlow metric of the catalog's dbt project, optionally filtered."""

    name: MetricName
    """The metric's name in the dbt project (`otif_rate`); `kpi validate` checks it against
    the semantic manifest."""
    filter: Text | None = None
    """A condition in MetricFlow's where syntax that the KPI's values keep to
    (`{{ Dimension('delivery__region') }} = 'jabodetabek'`)."""


class Measurement(StrictModel):
    metric: Label
    """What is counted or measured (`new subscribers added to the marketing automation
    platform`)."""
    unit: Label
    """Unit of the value (`contacts`, `%`, `IDR million`, `days`)."""
    data_source: OneLine | None = None
    """Where the value comes from (system, report or team)."""
    method: str | None = None
    """How the value is computed: a formula or a short procedure."""
    collection_frequency: Annotated[Frequency, FromText] = Frequency.MONTHLY
    """How often the value is collected."""
    reporting_frequency: Annotated[Frequency, FromText] = Frequency.MONTHLY
    """How often the value is reported; not more often than it is collected."""
    query: str | None = None
    """SQL that returns the KPI's values, one row per period: `period`, `value` and
    optionally `note` (`kpi actuals pull` runs it). Never put credentials here: the database
    address comes from the command line or `KPI_DATABASE_URL`."""
    semantic_metric: Annotated[
        Annotated[MetricName, Tag("name")] | Annotated[SemanticMetric, Tag("long")],
        Discriminator(lambda value: "long" if isinstance(value, dict | SemanticMetric)
                      else "name")] | None = None
    """The MetricFlow metric whose values are the KPI's, at the grain of the KPI's values:
    its name (`otif_rate`), or `name` and a `filter` in MetricFlow's where syntax.
    `kpi actuals pull` asks MetricFlow for it; catalog.yml `semantic_layer` says where the
    dbt project is."""

    @model_validator(mode="after")
    def _one_source(self) -> Measurement:
        if self.query is not None and self.semantic_metric is not None:
            raise FixableError(_("a KPI's values come from a `query` or a "
                                 "`semantic_metric`, not both"), _("Remove one of the two."))
        return self

    @property
    def semantic(self) -> SemanticMetric | None:
        """The semantic metric, written short (a name) or long (name and filter)."""
        named = self.semantic_metric
        return SemanticMetric(name=named) if isinstance(named, str) else named


@dataclass(slots=True, frozen=True, config=PART_CONFIG)
class Baseline:
    value: Annotated[Number, STRICT]
    """The value at the start."""
    date: Annotated[IsoDate, STRICT]
    """When the baseline was measured (YYYY-MM-DD)."""


class Target(StrictModel):
    """The value to reach by a date; a range (`min`, `max`) for `within_range` KPIs."""

    value: Number | None = None
    """The value to reach (for higher/lower is better)."""
    min: Number | None = None
    """Lowest acceptable value (for `within_range`)."""
    max: Number | None = None
    """Highest acceptable value (for `within_range`)."""
    date: IsoDate
    """The deadline (YYYY-MM-DD)."""

    @model_validator(mode="after")
    def _one_kind(self) -> Target:
        has_range = self.min is not None or self.max is not None
        if self.value is None and not has_range:
            raise ValueError(_("give the target `value` (or `min` and `max` for a range)"))
        if self.value is not None and has_range:
            raise ValueError(_("give either a target `value` or a range `min`/`max`, not both"))
        if has_range and (self.min is None or self.max is None or self.min > self.max):
            raise ValueError(_("a target range needs both `min` and `max`, with min <= max"))
        return self

    def holds(self, value: float) -> bool:
        """Whether ``value`` is the target value, or inside the target range."""
        if self.value is not None:
            return value == self.value
        return ((self.min is None or self.min <= value)
                and (self.max is None or value <= self.max))

    def nearest(self, value: float) -> float:
        """The target value, or the edge of the range nearest to ``value``."""
        if self.value is not None:
            return self.value
        low = self.min if self.min is not None else value
        high = self.max if self.max is not None else value
        return min(max(value, low), high)


@dataclass(slots=True, frozen=True, config=PART_CONFIG)
class Thresholds:
    """Red/amber/green bands: green at or beyond `green`, amber at or beyond `amber`, else red."""

    green: Annotated[Number, STRICT]
    """The value from which the KPI is green."""
    amber: Annotated[Number, STRICT]
    """The value from which the KPI is amber (below it: red)."""


class Milestone(Target):
    """A value to reach by a date between the baseline and the target: a quarterly
    target, or a step of a seasonal path."""

    date: IsoDate
    """When the milestone value should be reached (YYYY-MM-DD), between the baseline date and
    the target date."""


class ValidRange(StrictModel):
    """The values the measure can take at all: a share between 0 and 100, a count of 0 or
    more. A value outside it is a typing mistake."""

    min: Number | None = None
    """The lowest possible value (leave out if there is none)."""
    max: Number | None = None
    """The highest possible value (leave out if there is none)."""

    @model_validator(mode="after")
    def _bounds(self) -> ValidRange:
        if self.min is None and self.max is None:
            raise ValueError(_("give `min`, `max` or both"))
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(_("`min` must not be above `max`"))
        return self

    def excludes(self, value: float) -> bool:
        return (self.min is not None and value < self.min) or (
            self.max is not None and value > self.max)


class MethodChange(StrictModel):
    date: IsoDate
    """The first day values are measured the new way (YYYY-MM-DD)."""
    change: Text
    """What changed in how the value is measured, in plain words."""


@dataclass(slots=True, frozen=True, config=PART_CONFIG)
class Actual:
    period: Annotated[PeriodText, STRICT]
    """The day or period the value is for: `2026-03-31`, `2026-W47` (ISO week), `2026-03`,
    `2026-Q1`, `2026-H1` or `2026`."""
    value: Annotated[Number, STRICT]
    """The measured value."""
    note: Annotated[str, STRICT] = ""
    """Anything a reader should know about this value."""

    @property
    def date(self) -> date:
        """The last day of the period: when the value counts for status."""
        return period_end(self.period)


class ManualStatus(StrictModel):
    value: Literal["achieved", "ahead", "on_track", "behind"]
    """The status to show instead of the computed one."""
    reason: Text
    """Why the status is set by hand; the site shows it."""
    until: IsoDate | None = None
    """The last day the status set by hand holds (YYYY-MM-DD); after it, the computed status
    shows again and `kpi validate` asks for a review."""


@dataclass(slots=True, frozen=True, config=PART_CONFIG)
class Link:
    title: Annotated[Label, STRICT]
    """The text of the link."""
    url: Annotated[Url, STRICT]
    """An http://, https:// or mailto: address."""




class Silence(StrictModel):
    rule: RuleCode
    """The code of the rule to silence for this KPI (`K103`)."""
    reason: Text
    """Why the rule does not apply here; the site shows it."""


class ChangeNote(StrictModel):
    """One entry of a KPI's change log: why a change that reviewers look at was made."""

    date: IsoDate
    """When the change was decided (YYYY-MM-DD)."""
    reason: Text
    """Why, in a sentence or two; reviewers read it in the pull request, readers on the site."""
    fields: list[Annotated[str, Field(pattern=r"^[a-z_]+(?:\.[a-z_]+)*$", max_length=100)]] = (
        empty_list())
    """The fields the reason is for (`target`, `target.date`, `baseline`, `actuals`); leave
    out to cover every change made with it."""

    @field_validator("fields")
    @classmethod
    def _fields_of_a_kpi(cls, names: list[str]) -> list[str]:
        known = list(Kpi.model_fields)
        for name in names:
            if name.split(".")[0] not in known:
                dotted = name.replace("_", ".", 1)  # target_date: target.date
                close = _SAID_IN_CHANGES.get(name) or (
                    dotted if dotted.split(".")[0] in known else None) or next(
                    iter(difflib.get_close_matches(name, known, n=1, cutoff=0.8)), None)
                raise FixableError(
                    _("`{name}` is not a field of a KPI", name=name),
                    _("Did you mean `{field}`?", field=close) if close else
                    _("Name the fields as the KPI file writes them: `target`, `target.date` "
                      "(the deadline), `baseline` or `actuals`."))
        return names


# What `kpi diff` calls a change, where it is not the field's own name.
_SAID_IN_CHANGES = {"deadline": "target.date"}


def _matches_direction(goal: Target, direction: Direction | None, what: str) -> None:
    is_target, kind = what == "target", direction.value if direction else ""
    if direction is Direction.WITHIN_RANGE and goal.value is not None:
        raise FixableError(
            _("a within_range KPI needs a target range: `min` and `max`") if is_target else
            _("a within_range KPI needs a milestone range: `min` and `max`"),
            _("Write `min:` and `max:` in `target` instead of `value:`.") if is_target else
            _("Write `min:` and `max:` in the milestone instead of `value:`."))
    if direction not in (None, Direction.WITHIN_RANGE) and goal.value is None:
        raise FixableError(
            _("a {direction} KPI needs a target `value`, not a range", direction=kind)
            if is_target else
            _("a {direction} KPI needs a milestone `value`, not a range", direction=kind),
            _("Write `value:` in `target`, or set `direction: within_range`.") if is_target else
            _("Write `value:` in the milestone, or set `direction: within_range`."))


class Kpi(StrictModel):
    """One KPI: a single plain sentence, from a baseline to a target by a date."""

    id: Slug
    """Short name, equal to the file name without `.yml`; the KPI's URL is built from it."""
    name: Label
    """A short title (`Marketing-qualified contacts per month`)."""
    aliases: Annotated[list[Label], Field(max_length=MAX_ALIASES)] = empty_list()
    """Other names readers know the KPI by, in any language: abbreviations, the name a
    team uses, an older name (`stockout rate`, `OOS`, `stok kosong`). Search finds the KPI
    by them as by its name."""
    statement: Statement
    """The KPI as one plain, SMART sentence: from a baseline to a target by a date (at most
    1,000 characters)."""
    question: OneLine | None = None
    """The key performance question the KPI answers (`Are more shoppers coming back?`)."""
    department: Slug
    """The department that owns the KPI; also the folder the file lies in."""
    objective: Slug
    """The strategic objective the KPI measures (an id from objectives.yml)."""
    success_part: Slug
    """Which part of the objective's success it measures (an id under the objective's `success`)."""
    owner: OneLine | None = None
    """The accountable person or role. Required for active KPIs."""
    data_steward: OneLine | None = None
    """Who collects the numbers and vouches for them (the owner is accountable for the
    result; the steward for the data)."""
    lifecycle: Annotated[Lifecycle, FromText] = Lifecycle.ACTIVE
    """draft, active or retired."""
    replaced_by: Slug | None = None
    """For a retired KPI: the id of the KPI that replaces it; the site sends readers there."""
    visibility: Annotated[Visibility, FromText] = Visibility.PUBLIC
    """Who may read the KPI: `public` (everyone), `internal` (a public site lists it without
    its values) or `confidential` (a public site leaves it out entirely)."""
    measurement: Measurement
    """How the KPI is measured."""
    direction: Annotated[Direction, FromText]
    """higher_is_better, lower_is_better, or within_range."""
    valid_range: ValidRange | None = None
    """The values the measure can take at all (`min: 0, max: 100` for a share in %); a
    baseline, target, milestone or actual outside it is an error."""
    baseline: Baseline | None = None
    """Where the value stood at the start."""
    target: Target | None = None
    """The value to reach, and by when. Required for active KPIs."""
    target_rationale: str = ""
    """Why the target is realistic: a benchmark, the capacity, or the history behind it."""
    milestones: list[Milestone] = empty_list()
    """Values to reach on the way, in date order between the baseline and the target date
    (quarterly targets, a seasonal path); status then follows the path through them."""
    thresholds: Thresholds | None = None
    """Optional red/amber/green bands."""
    status_tolerance: Annotated[float, Field(ge=0, le=1)] | None = None
    """This KPI's tolerance for status, instead of catalog.yml `status.tolerance` (a share of
    the distance from baseline to target: 0.1 = 10%)."""
    drivers: list[Slug] = empty_list()
    """Ids of the KPIs that drive this one: inputs of its formula or leading indicators.
    They form the objective's KPI tree."""
    actuals: list[Actual] = empty_list()
    """Values measured so far, oldest first."""
    method_changed: list[MethodChange] = empty_list()
    """Changes of how the value is measured, each with the date and what changed. Values
    before the latest change are shown apart and are not compared with the path."""
    status: ManualStatus | None = None
    """Set the status by hand, with a reason; leave out to compute it."""
    review_date: IsoDate | None = None
    """When the KPI is next reviewed (YYYY-MM-DD)."""
    tags: list[Label] = empty_list()
    """Free keywords for search and filtering, each written as other KPIs write it (K124)."""
    related: list[Slug] = empty_list()
    """Ids of related KPIs."""
    links: list[Link] = empty_list()
    """Related documents or dashboards (http, https or mailto only)."""
    description: str = ""
    """Background for readers: plain text, blank lines separate paragraphs."""
    limitations: str = ""
    """What the KPI does not tell, and where its numbers are weak."""
    unintended_effects: str = ""
    """How the KPI could be gamed or do harm, and the countermeasure."""
    silence: list[Silence] = empty_list()
    """KPI-writing rules that do not apply to this KPI, each with a reason."""
    changes: list[ChangeNote] = empty_list()
    """Change log, oldest first: why the target, deadline, baseline or a past actual value was
    changed. `kpi diff --strict` asks for an entry when such a change is made; the site shows
    the log on the KPI's page."""
    language: Language | None = None
    """The language this file's texts are written in, when it is not the catalog's
    `language` (catalog.yml): `en` or `id`."""
    translations: dict[Language, KpiTexts] = {}
    """The KPI's texts in the catalog's other languages, one block per language (`id:`), in
    the shape of the file but with texts only; see the guide "Writing in two languages"."""

    def latest_actual(self, by: date | None = None) -> Actual | None:
        """The value of the latest period (of those ended by ``by``, when given), None
        without one: what `kpi due` asks on from, the status compares and an alert names.
        On a tie (``2026-03`` and ``2026-Q1`` end on one day) the later entry: the form the
        file went on in."""
        known = [(a.date, index, a) for index, a in enumerate(self.actuals)
                 if by is None or a.date <= by]
        return max(known, key=lambda item: item[:2])[2] if known else None

    @property
    def runs_backwards(self) -> bool:
        """The target is dated on or before the baseline. One error says so (E311 when the
        KPI has milestones, else K106); the checks that read the dates against each other
        (K106's objective period, K112's statement date) keep quiet until it is fixed, as
        their findings would only repeat the one mistake."""
        return (self.baseline is not None and self.target is not None
                and self.target.date <= self.baseline.date)

    # Field validators (not a model validator) so that errors point at `target`/`thresholds`;
    # `direction` is declared before both, so it is in `info.data` when it is valid.
    @field_validator("target")
    @classmethod
    def _target_matches_direction(cls, target: Target | None,
                                  info: ValidationInfo) -> Target | None:
        if target is not None:
            _matches_direction(target, info.data.get("direction"), "target")
        return target

    @field_validator("milestones")
    @classmethod
    def _milestones_match_direction(cls, milestones: list[Milestone],
                                    info: ValidationInfo) -> list[Milestone]:
        for milestone in milestones:
            _matches_direction(milestone, info.data.get("direction"), "milestone")
        return milestones

    @field_validator("replaced_by")
    @classmethod
    def _only_retired_are_replaced(cls, successor: str | None,
                                   info: ValidationInfo) -> str | None:
        if successor is not None and info.data.get("lifecycle") not in (None, Lifecycle.RETIRED):
            raise FixableError(_("only a retired KPI has a successor"),
                               _("Set `lifecycle: retired`, or remove `replaced_by`."))
        return successor

    @field_validator("thresholds")
    @classmethod
    def _thresholds_need_a_direction(cls, thresholds: Thresholds | None,
                                     info: ValidationInfo) -> Thresholds | None:
        if thresholds is not None and info.data.get("direction") is Direction.WITHIN_RANGE:
            raise FixableError(
                _("thresholds apply to higher_is_better and lower_is_better KPIs only"),
                _("Remove `thresholds`: a within_range KPI is judged by its target range."))
        return thresholds
