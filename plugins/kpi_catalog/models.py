"""The data model of a KPI catalog, in the order the method writes a KPI.

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

import calendar
import enum
import functools
import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
RULE_CODE_PATTERN = r"^K[0-9]{3}$"


class FixableError(ValueError):
    """A validation error that knows how it is fixed: the message shows ``hint``."""

    def __init__(self, message: str, hint: str):
        super().__init__(message)
        self.hint = hint


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


FIRST_YEAR, LAST_YEAR = 1900, 2200
"""Dates of a KPI lie in these years: enough for any history and plan, and far from the
ends of the calendar (year 9999), where date arithmetic in charts and status fails."""
NUMBER_LIMIT = 1e15
"""Values lie within ±10^15 (a thousand trillion): above it, a float no longer holds every
whole number, and sums and ratios of values could overflow."""


def _iso_date(value: Any) -> Any:
    """Dates are written ``YYYY-MM-DD``; anything else is refused in plain words."""
    if isinstance(value, str):
        if not _ISO_DATE.match(value):
            raise ValueError(f"`{value}` is not a date written as YYYY-MM-DD")
        try:
            value = date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"`{value}` is not a real date (check the month and day)") from None
    if isinstance(value, date):
        return _in_years(value)
    raise ValueError("a date must be written as YYYY-MM-DD")


def _in_years(day: date, written: str = "") -> date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValueError(f"`{written or day.isoformat()}` is outside the years {FIRST_YEAR} "
                         f"to {LAST_YEAR} that a KPI may use")
    return day


def _sane_number(value: float) -> float:
    if abs(value) > NUMBER_LIMIT:
        raise FixableError(
            f"{value:g} is too large a number for a KPI",
            "Keep values within ±1,000,000,000,000,000 (10^15): use a larger unit, such as "
            "IDR billion instead of IDR.")
    return value


def _safe_url(value: str) -> str:
    """Only web and e-mail links: a ``javascript:`` link must never reach a page."""
    scheme, sep, rest = value.partition(":")
    if not sep or scheme.lower() not in {"http", "https", "mailto"} or not rest.strip():
        raise ValueError("a link must start with http://, https:// or mailto:")
    if scheme.lower() in {"http", "https"} and not rest.startswith("//"):
        raise ValueError("a web link must look like https://example.org/page")
    if any(c.isspace() or ord(c) < 32 for c in value):
        raise ValueError("a link must not contain spaces or control characters")
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("the text is empty")
    return value


# Line breaks (YAML's and Unicode's) and every other control character, tab included.
_NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")


def _one_line(value: str) -> str:
    """Names, owners, units, terms: labels that pages put on one line, in headings, table
    cells and chart text. A line break there could end the HTML block around it and let
    Markdown (or raw HTML) in; a control character has no place in a label."""
    found = _NOT_ONE_LINE.search(value)
    if found:
        char = found.group()
        what = ("a line break" if char in _LINE_BREAKS else "a tab" if char == "\t"
                else f"the invisible control character U+{ord(char):04X}")
        raise FixableError(
            f"the text must be one line, but it holds {what} at character {found.start() + 1}",
            "Write it on one line (`>-` instead of `>` or `|` drops a block's final line "
            "break); longer text belongs in `description`.")
    return value


IsoDate = Annotated[
    date, BeforeValidator(_iso_date), Field(json_schema_extra={"type": "string", "format": "date"})
]
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=100)]
Text = Annotated[str, AfterValidator(_not_blank)]
"""Text that may hold paragraphs (a description, a method, a reason)."""
ONE_LINE = AfterValidator(_one_line)
OneLine = Annotated[str, ONE_LINE, Field(json_schema_extra={
    "pattern": r"^[^\x00-\x1f\x7f-\x9f\u2028\u2029]*$"})]
"""Text shown on one line: no line breaks, no control characters. (The pattern is for
editors; the validator says what is wrong in plain words.)"""
Label = Annotated[OneLine, AfterValidator(_not_blank)]
"""A name, a unit, a term: one line, not empty."""
SANE_NUMBER = AfterValidator(_sane_number)
STATEMENT_LIMIT = 1_000
Statement = Annotated[Label, Field(max_length=STATEMENT_LIMIT)]
"""One sentence: a thousand characters is several times the longest good statement."""
Number = Annotated[float, Field(allow_inf_nan=False, json_schema_extra={
    "minimum": -NUMBER_LIMIT, "maximum": NUMBER_LIMIT}), SANE_NUMBER]
Url = Annotated[str, AfterValidator(_safe_url)]
GITHUB_HANDLE_PATTERN = r"^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9_-]{0,99})?$"
GitHubHandle = Annotated[str, Field(pattern=GITHUB_HANDLE_PATTERN)]
"""A GitHub user (`@ayu-lestari`) or team (`@nusantara-retail/marketing-leads`)."""
# Strict models accept only enum *instances*; YAML gives the value's text, which is exact.
_FromText = Field(strict=False)


class _Strict(BaseModel):
    model_config = ConfigDict(
        strict=True, extra="forbid", frozen=True, use_attribute_docstrings=True,
        regex_engine="python-re",
    )


# --- enumerations --------------------------------------------------------------------


class Direction(str, enum.Enum):
    """Which way is better for the measured value."""

    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"
    WITHIN_RANGE = "within_range"


class Lifecycle(str, enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    RETIRED = "retired"


class Frequency(str, enum.Enum):
    """How often a value is collected or reported, from most to least frequent."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"

    @property
    def rank(self) -> int:
        """0 for daily; a larger rank is less frequent."""
        return list(Frequency).index(self)


class Visibility(str, enum.Enum):
    """Who may read a KPI: what a build for the public audience shows of it."""

    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"


class StatusValue(str, enum.Enum):
    """Where a KPI stands. The order is the order of the site's roll-ups."""

    ACHIEVED = "achieved"
    AHEAD = "ahead"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NOT_STARTED = "not_started"
    NO_DATA = "no_data"


# --- registries ----------------------------------------------------------------------


class Department(_Strict):
    id: Slug
    """Short name used in URLs and by KPIs (`department: marketing`); also the folder of its
    KPI files."""
    name: Label
    """The department's name as people say it."""
    head: Label
    """The person or role who leads the department."""
    description: str = ""
    """What the department does, in a sentence or two."""
    reviewers: list[GitHubHandle] = []
    """GitHub users (`@ayu-lestari`) or teams (`@nusantara-retail/marketing-leads`) who must
    approve changes to the department's KPI files; `kpi codeowners` writes them into
    `.github/CODEOWNERS`."""


class Period(_Strict):
    start: IsoDate
    """First day of the period (YYYY-MM-DD)."""
    end: IsoDate
    """Last day of the period (YYYY-MM-DD)."""

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end <= self.start:
            raise ValueError("the period must end after it starts")
        return self


class SuccessPart(_Strict):
    id: Slug
    """Short name of this part, used by KPIs (`success_part: more-leads`)."""
    description: Label
    """What success looks like for this part, in plain words."""


class Objective(_Strict):
    id: Slug
    """Short name used in URLs and by KPIs (`objective: grow-pipeline`)."""
    name: Label
    """The strategic objective, as the organisation states it."""
    description: str = ""
    """Why this objective matters."""
    owner: Label
    """The person or role accountable for the objective."""
    perspective: Slug
    """Balanced-scorecard perspective; one of the catalog's `perspectives` (catalog.yml)."""
    period: Period
    """The time the objective covers; KPI target dates fall inside it."""
    success: list[SuccessPart] = Field(min_length=1)
    """What success of the objective looks like, as one or more named parts."""


class GlossaryTerm(_Strict):
    term: Label
    """The word or acronym, as it is written in KPI text (`SQL`)."""
    definition: Text
    """What it means, in plain words."""
    aliases: list[Label] = []
    """Other spellings of the same term (`SQLs`, `sales-qualified lead`)."""


class DepartmentsFile(_Strict):
    """`departments.yml`: the departments of the organisation."""

    departments: list[Department] = Field(min_length=1)


class ObjectivesFile(_Strict):
    """`objectives.yml`: the strategic objectives."""

    objectives: list[Objective] = Field(min_length=1)


class GlossaryFile(_Strict):
    """`glossary.yml`: terms a KPI may use that readers may not know."""

    glossary: list[GlossaryTerm] = []


# --- the KPI -------------------------------------------------------------------------


class Measurement(_Strict):
    metric: Label
    """What is counted or measured (`new subscribers added to the marketing automation
    platform`)."""
    unit: Label
    """Unit of the value (`contacts`, `%`, `IDR million`, `days`)."""
    data_source: OneLine | None = None
    """Where the value comes from (system, report or team)."""
    method: str | None = None
    """How the value is computed: a formula or a short procedure."""
    collection_frequency: Annotated[Frequency, _FromText] = Frequency.MONTHLY
    """How often the value is collected."""
    reporting_frequency: Annotated[Frequency, _FromText] = Frequency.MONTHLY
    """How often the value is reported; not more often than it is collected."""
    query: str | None = None
    """SQL that returns the KPI's values, one row per period: `period`, `value` and
    optionally `note` (`kpi actuals pull` runs it). Never put credentials here: the database
    address comes from the command line or `KPI_DATABASE_URL`."""


class Baseline(_Strict):
    value: Number
    """The value at the start."""
    date: IsoDate
    """When the baseline was measured (YYYY-MM-DD)."""


class Target(_Strict):
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
            raise ValueError("give the target `value` (or `min` and `max` for a range)")
        if self.value is not None and has_range:
            raise ValueError("give either a target `value` or a range `min`/`max`, not both")
        if has_range and (self.min is None or self.max is None or self.min > self.max):
            raise ValueError("a target range needs both `min` and `max`, with min <= max")
        return self


class Thresholds(_Strict):
    """Red/amber/green bands: green at or beyond `green`, amber at or beyond `amber`, else red."""

    green: Number
    """The value from which the KPI is green."""
    amber: Number
    """The value from which the KPI is amber (below it: red)."""


class Milestone(Target):
    """A value to reach by a date between the baseline and the target: a quarterly
    target, or a step of a seasonal path."""

    date: IsoDate
    """When the milestone value should be reached (YYYY-MM-DD), between the baseline date and
    the target date."""


class ValidRange(_Strict):
    """The values the measure can take at all: a share between 0 and 100, a count of 0 or
    more. A value outside it is a typing mistake."""

    min: Number | None = None
    """The lowest possible value (leave out if there is none)."""
    max: Number | None = None
    """The highest possible value (leave out if there is none)."""

    @model_validator(mode="after")
    def _bounds(self) -> ValidRange:
        if self.min is None and self.max is None:
            raise ValueError("give `min`, `max` or both")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("`min` must not be above `max`")
        return self

    def excludes(self, value: float) -> bool:
        return (self.min is not None and value < self.min) or (
            self.max is not None and value > self.max)


class MethodChange(_Strict):
    date: IsoDate
    """The first day values are measured the new way (YYYY-MM-DD)."""
    change: Text
    """What changed in how the value is measured, in plain words."""


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
    _in_years(end, value)
    return value


PeriodText = Annotated[str, BeforeValidator(_period_text), AfterValidator(_valid_period)]


class Actual(_Strict):
    period: PeriodText
    """The day or period the value is for: `2026-03-31`, `2026-W47` (ISO week), `2026-03`,
    `2026-Q1`, `2026-H1` or `2026`."""
    value: Number
    """The measured value."""
    note: str = ""
    """Anything a reader should know about this value."""

    @property
    def date(self) -> date:
        """The last day of the period: when the value counts for status."""
        return period_end(self.period)


class ManualStatus(_Strict):
    value: Literal["achieved", "ahead", "on_track", "behind"]
    """The status to show instead of the computed one."""
    reason: Text
    """Why the status is set by hand; the site shows it."""
    until: IsoDate | None = None
    """The last day the status set by hand holds (YYYY-MM-DD); after it, the computed status
    shows again and `kpi validate` asks for a review."""


class Link(_Strict):
    title: Label
    """The text of the link."""
    url: Url
    """An http://, https:// or mailto: address."""


RuleCode = Annotated[str, Field(pattern=RULE_CODE_PATTERN)]


class Silence(_Strict):
    rule: RuleCode
    """The code of the rule to silence for this KPI (`K103`)."""
    reason: Text
    """Why the rule does not apply here; the site shows it."""


class ChangeNote(_Strict):
    """One entry of a KPI's change log: why a change that reviewers look at was made."""

    date: IsoDate
    """When the change was decided (YYYY-MM-DD)."""
    reason: Text
    """Why, in a sentence or two; reviewers read it in the pull request, readers on the site."""
    fields: list[Annotated[str, Field(pattern=r"^[a-z_]+(?:\.[a-z_]+)*$", max_length=100)]] = []
    """The fields the reason is for (`target`, `target.date`, `baseline`, `actuals`); leave
    out to cover every change made with it."""
def _matches_direction(goal: Target, direction: Direction | None, what: str) -> None:
    where = f"`{what}`" if what == "target" else f"the {what}"
    if direction is Direction.WITHIN_RANGE and goal.value is not None:
        raise FixableError(f"a within_range KPI needs a {what} range: `min` and `max`",
                           f"Write `min:` and `max:` in {where} instead of `value:`.")
    if direction not in (None, Direction.WITHIN_RANGE) and goal.value is None:
        raise FixableError(f"a {direction.value} KPI needs a {what} `value`, not a range",
                           f"Write `value:` in {where}, or set `direction: within_range`.")


class Kpi(_Strict):
    """One KPI: a single plain sentence, from a baseline to a target by a date."""

    id: Slug
    """Short name, equal to the file name without `.yml`; the KPI's URL is built from it."""
    name: Label
    """A short title (`Marketing-qualified contacts per month`)."""
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
    lifecycle: Annotated[Lifecycle, _FromText] = Lifecycle.ACTIVE
    """draft, active or retired."""
    replaced_by: Slug | None = None
    """For a retired KPI: the id of the KPI that replaces it; the site sends readers there."""
    visibility: Annotated[Visibility, _FromText] = Visibility.PUBLIC
    """Who may read the KPI: `public` (everyone), `internal` (a public site lists it without
    its values) or `confidential` (a public site leaves it out entirely)."""
    measurement: Measurement
    """How the KPI is measured."""
    direction: Annotated[Direction, _FromText]
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
    milestones: list[Milestone] = []
    """Values to reach on the way, in date order between the baseline and the target date
    (quarterly targets, a seasonal path); status then follows the path through them."""
    thresholds: Thresholds | None = None
    """Optional red/amber/green bands."""
    status_tolerance: Annotated[float, Field(ge=0, le=1)] | None = None
    """This KPI's tolerance for status, instead of catalog.yml `status.tolerance` (a share of
    the distance from baseline to target: 0.1 = 10%)."""
    drivers: list[Slug] = []
    """Ids of the KPIs that drive this one: inputs of its formula or leading indicators.
    They form the objective's KPI tree."""
    actuals: list[Actual] = []
    """Values measured so far, oldest first."""
    method_changed: list[MethodChange] = []
    """Changes of how the value is measured, each with the date and what changed. Values
    before the latest change are shown apart and are not compared with the path."""
    status: ManualStatus | None = None
    """Set the status by hand, with a reason; leave out to compute it."""
    review_date: IsoDate | None = None
    """When the KPI is next reviewed (YYYY-MM-DD)."""
    tags: list[Label] = []
    """Free keywords for search and filtering."""
    related: list[Slug] = []
    """Ids of related KPIs."""
    links: list[Link] = []
    """Related documents or dashboards (http, https or mailto only)."""
    description: str = ""
    """Background for readers: plain text, blank lines separate paragraphs."""
    limitations: str = ""
    """What the KPI does not tell, and where its numbers are weak."""
    unintended_effects: str = ""
    """How the KPI could be gamed or do harm, and the countermeasure."""
    silence: list[Silence] = []
    """KPI-writing rules that do not apply to this KPI, each with a reason."""
    changes: list[ChangeNote] = []
    """Change log, oldest first: why the target, deadline, baseline or a past actual value was
    changed. `kpi diff --strict` asks for an entry when such a change is made; the site shows
    the log on the KPI's page."""

    # Field validators (not a model validator) so that errors point at `target`/`thresholds`;
    # `direction` is declared before both, so it is in `info.data` when it is valid.
    @field_validator("target")
    @classmethod
    def _target_matches_direction(cls, target: Target | None, info: ValidationInfo):
        if target is not None:
            _matches_direction(target, info.data.get("direction"), "target")
        return target

    @field_validator("milestones")
    @classmethod
    def _milestones_match_direction(cls, milestones: list[Milestone], info: ValidationInfo):
        for milestone in milestones:
            _matches_direction(milestone, info.data.get("direction"), "milestone")
        return milestones

    @field_validator("replaced_by")
    @classmethod
    def _only_retired_are_replaced(cls, successor: str | None, info: ValidationInfo):
        if successor is not None and info.data.get("lifecycle") not in (None, Lifecycle.RETIRED):
            raise FixableError("only a retired KPI has a successor",
                               "Set `lifecycle: retired`, or remove `replaced_by`.")
        return successor

    @field_validator("thresholds")
    @classmethod
    def _thresholds_need_a_direction(cls, thresholds: Thresholds | None, info: ValidationInfo):
        if thresholds is not None and info.data.get("direction") is Direction.WITHIN_RANGE:
            raise FixableError(
                "thresholds apply to higher_is_better and lower_is_better KPIs only",
                "Remove `thresholds`: a within_range KPI is judged by its target range.")
        return thresholds

    @field_validator("changes")
    @classmethod
    def _changes_name_fields(cls, changes: list[ChangeNote]):
        for note in changes:
            for name in note.fields:
                if name.split(".")[0] not in cls.model_fields:
                    raise ValueError(f"`{name}` is not a field of a KPI (write e.g. `target`, "
                                     "`target.date`, `baseline` or `actuals`)")
        return changes


# --- the catalog configuration -------------------------------------------------------


DEFAULT_PERSPECTIVES = ["financial", "customer", "internal-process", "learning-growth"]


class StatusConfig(_Strict):
    tolerance: Annotated[float, Field(ge=0, le=1)] = 0.05
    """How far from the expected path still counts as on track, as a share of the distance
    from baseline to target (0.05 = 5%); a KPI may set its own `status_tolerance`."""
    grace_days: Annotated[int, Field(ge=0, le=366)] = 14
    """Days after a period ends before its value is due (`kpi due`, and "data overdue" beside
    the status): time to close the books and collect the number."""


class ReviewKind(str, enum.Enum):
    """Changes that `kpi diff` flags for a reviewer's attention."""

    TARGET_EASIER = "target_easier"
    DEADLINE_LATER = "deadline_later"
    BASELINE_CHANGED = "baseline_changed"
    ACTUAL_EDITED = "actual_edited"
    ACTUAL_DELETED = "actual_deleted"
    KPI_DELETED = "deleted"


class DeletedKpi(_Strict):
    """Why a KPI file was deleted instead of the KPI being retired (`lifecycle: retired`)."""

    id: Slug
    """The id of the deleted KPI."""
    date: IsoDate
    """When it was deleted (YYYY-MM-DD)."""
    reason: Text
    """Why it was deleted rather than retired (e.g. it was created by mistake)."""


class ReviewConfig(_Strict):
    require_reason: list[Annotated[ReviewKind, _FromText]] = Field(
        default_factory=lambda: list(ReviewKind))
    """Changes that need a recorded reason: `kpi diff --strict` fails a pull request that
    makes one without a new entry in the KPI's `changes` log. All of them by default; `[]`
    asks for none."""
    deleted: list[DeletedKpi] = []
    """The reasons for deleting KPIs (retiring a KPI keeps its history and needs none)."""


class CatalogConfig(_Strict):
    """`catalog.yml`: settings shared by the `kpi` command and the MkDocs plugin."""

    name: Label = "KPI catalog"
    """The catalog's title, shown on the site."""
    language: Literal["en", "id"] = "en"
    """Language of the site's labels: `en` (English) or `id` (Bahasa Indonesia)."""
    perspectives: list[Slug] = Field(
        default_factory=lambda: list(DEFAULT_PERSPECTIVES), min_length=1
    )
    """The perspectives objectives may use (Balanced Scorecard by default)."""
    status: StatusConfig = StatusConfig()
    """How status is computed."""
    rules: dict[RuleCode, Literal["error", "warning", "off"]] = {}
    """Severity per KPI-writing rule, e.g. `K104: off`; rules not listed keep their default."""
    reviewers: list[GitHubHandle] = []
    """GitHub users or teams who must approve changes to the catalog's shared files
    (catalog.yml, departments.yml, objectives.yml, glossary.yml) and to the KPIs of departments
    that name no reviewers of their own; `kpi codeowners` writes them into
    `.github/CODEOWNERS`."""
    review: ReviewConfig = ReviewConfig()
    """What `kpi diff --strict` asks of a pull request (see the pull-request guide)."""
    vague_words: dict[Literal["en", "id"], list[Text]] = {}
    """More vague words and buzzwords for rule K114, per language, e.g.
    `en: [frictionless]`; they add to the built-in lists."""
    audience: Literal["public", "internal"] = "public"
    """Who the site and `kpi export` are for: `public` leaves confidential KPIs out and shows
    internal ones without their values; `internal` shows every KPI. The plugin option
    `audience` and `kpi export --audience` choose another for one build."""
