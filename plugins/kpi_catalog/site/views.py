"""What the templates show of a KPI: :class:`KpiView`, the contract templates rely on.

Templates (built-in or overrides, see ``docs/reference/templates.md``) get each KPI as a
``KpiView`` named ``v``: the validated :class:`~kpi_catalog.model.Kpi` as ``v.kpi``, its
computed status, and the texts a page shows (formatted in the site's language). Every
public attribute and property below is part of that contract: renaming one breaks the
templates of sites that override ours. Values are plain text; templates escape them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from kpi_catalog import escape
from kpi_catalog.actuals.gaps import LISTED, kpi_gaps, stretches
from kpi_catalog.i18n import labels as i18n
from kpi_catalog.i18n.messages import and_list
from kpi_catalog.i18n.numbers import with_unit
from kpi_catalog.model import names
from kpi_catalog.model.config import DEFAULT_GRACE_DAYS
from kpi_catalog.model.enums import StatusValue
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.language import Original
from kpi_catalog.model.periods import series_frequency
from kpi_catalog.model.registries import Department, Objective, SuccessPart
from kpi_catalog.status.compute import (
    KpiStatus,
    expected_value,
    level_to_hold,
    method_break,
    shown_expected,
)

STATUS_ORDER = {value: rank for rank, value in enumerate(StatusValue)}


@dataclass
class KpiView:
    """One KPI as the templates see it, computed once per site."""

    kpi: Kpi
    """The KPI as validated (``v.kpi.measurement.unit``, ``v.kpi.target.date``...)."""
    status: KpiStatus
    """Its status today: ``v.status.value``, ``.latest``, ``.reason``, ``.progress``."""
    src_uri: str
    """Its page, relative to the docs folder: ``url(v.src_uri)`` links to it."""
    yaml_path: str | None
    """Its YAML file, relative to the repository root (``None`` if not known)."""
    department: Department | None
    """Its department from ``departments.yml`` (``None`` if the id is not listed)."""
    objective: Objective | None
    """Its objective from ``objectives.yml`` (``None`` if the id is not listed)."""
    part: SuccessPart | None
    """The part of the objective's success it measures (``None`` if not found)."""
    progress: int | None
    """Percent of the way from baseline to target (0 to 100), ``None`` without a way."""
    expected: int | None
    """Percent of the way expected by today on a straight line, ``None`` without one."""
    t: i18n.Labels = field(repr=False)
    """The site's labels (the same as the templates' ``t``)."""
    today: date | None = None
    """The day the status is computed for; values of periods ending later are not shown."""
    grace_days: int = DEFAULT_GRACE_DAYS
    """The catalog's ``status.grace_days``: a period left empty is said once it was due."""
    qualifier: str = ""
    """What tells the KPI apart where names are listed, when another KPI of the site goes
    by the same name (K120 warns, a catalog may keep them): its department's name, or its
    id when the other is in the same department; empty when its name is its own (see
    :func:`tell_apart`)."""

    @property
    def src(self) -> str:
        """The former name of :attr:`src_uri`, kept for template overrides that use it."""
        return self.src_uri

    @property
    def id(self) -> str:
        """The KPI's id (``net-sales``)."""
        return self.kpi.id

    @property
    def name(self) -> str:
        """The KPI's name."""
        return self.kpi.name

    @property
    def distinct_name(self) -> str:
        """The name with what tells the KPI apart in brackets (``Deals won (Sales)``) when
        another KPI of the site has its name (:attr:`qualifier`); the name otherwise: where a
        name stands alone as plain text (a tree, a feed's entry, the page's ``<title>``)."""
        return names.distinct_name(self.kpi.name, self.qualifier)

    @property
    def filter_text(self) -> str:
        """What the overview's text filter matches besides the row's cells (name, owner...):
        the statement, the other names and the keywords, on one line."""
        return escape.one_line(" ".join((self.kpi.statement, *self.kpi.aliases, *self.kpi.tags)))

    @property
    def owner(self) -> str:
        """Who answers for it, on one line."""
        return escape.one_line(self.kpi.owner)

    @property
    def status_value(self) -> str:
        """The status as a word for machines (``on_track``): CSS classes, data attributes."""
        return self.status.value.value

    @property
    def status_label(self) -> str:
        """The status in the site's language (``On track``, ``Sesuai rencana``)."""
        return self.t.status(self.status.value)

    @property
    def status_rank(self) -> int:
        """Where the status sorts: its place in :class:`~kpi_catalog.model.StatusValue`."""
        return STATUS_ORDER[self.status.value]

    @property
    def lifecycle(self) -> str:
        """``active``, ``draft`` or ``retired``."""
        return self.kpi.lifecycle.value

    @property
    def lifecycle_label(self) -> str:
        """The lifecycle in the site's language."""
        return self.t.lifecycle(self.kpi.lifecycle)

    @property
    def department_id(self) -> str:
        """The department's id as the KPI file gives it."""
        return self.kpi.department

    @property
    def objective_id(self) -> str:
        """The objective's id as the KPI file gives it."""
        return self.kpi.objective

    @property
    def department_name(self) -> str:
        """The department's name, or its id when ``departments.yml`` does not list it."""
        return self.department.name if self.department else self.kpi.department

    @property
    def objective_name(self) -> str:
        """The objective's name, or its id when ``objectives.yml`` does not list it."""
        return self.objective.name if self.objective else self.kpi.objective

    def quantity(self, value: float | None) -> str:
        """``1,200 subscribers per month``, ``45%``."""
        if value is None:
            return ""
        return self._with_unit(self.t.number(value))

    def _with_unit(self, number: str) -> str:
        """``number`` and the KPI's unit (:func:`with_unit`), the unit marked where it is
        shown untranslated (``90 <span lang="en">% of orders</span>``, see
        :func:`escape.joined`): plain words wherever a text is not HTML."""
        unit = escape.one_line(self.kpi.measurement.unit)
        said = with_unit(number, unit)
        if not isinstance(unit, Original) or said == number:
            return said
        return escape.joined(number, said[len(number):len(said) - len(unit)], unit)

    @property
    def baseline_text(self) -> str:
        """The baseline with its unit (empty without a baseline)."""
        return self.quantity(self.kpi.baseline.value) if self.kpi.baseline else ""

    @property
    def target_text(self) -> str:
        """The target (or its range) with its unit (empty without a target)."""
        return self.goal_text(self.kpi.target) if self.kpi.target is not None else ""

    @property
    def method_break(self) -> date | None:
        """The day of the latest change of method (values before it are shown apart)."""
        return method_break(self.kpi)

    @property
    def valid_range_text(self) -> str:
        """The values the measure can take (``from 0 up to 100 %``); empty without a range."""
        valid = self.kpi.valid_range
        if valid is None:
            return ""
        parts = []
        if valid.min is not None:
            parts.append(self.t.get("text.range_from", min=self.t.number(valid.min)))
        if valid.max is not None:
            parts.append(self.t.get("text.range_up_to", max=self.t.number(valid.max)))
        return self._with_unit(" ".join(parts))

    def goal_text(self, goal) -> str:
        """A target or milestone (its value, or its range) with the unit."""
        if goal.value is not None:
            return self.quantity(goal.value)
        low, high = self.t.number(goal.min), self.t.number(goal.max)
        return self._with_unit(self.t.get("text.range", min=low, max=high))

    @property
    def latest_text(self) -> str:
        """The latest value that counts today, with its unit and its period as a reader
        reads it (``2,855 orders (October 2026)``); empty if none."""
        latest = self.status.latest
        if latest is None:
            return ""
        return escape.joined(self.quantity(latest.value), f" ({self.t.period(latest.period)})")

    @property
    def progress_label(self) -> str:
        """The progress in words, with the share expected by today when there is one."""
        if self.progress is None:
            return self.t["text.no_progress"]
        if self.expected is None:
            if level_to_hold(self.kpi):  # at the goal (100) or away from it (0)
                return self.t["text.hold_met" if self.progress == 100 else "text.hold_missed"]
            return self.t.get("text.progress", progress=self.progress)
        return self.t.get("text.progress_expected", progress=self.progress, expected=self.expected)

    @property
    def has_progress_bar(self) -> bool:
        """Whether the page shows a progress bar: there is a baseline and a target."""
        return self.kpi.baseline is not None and self.kpi.target is not None


    @property
    def actual_rows(self) -> list[dict[str, str]]:
        """The measured values of periods ended by today, oldest first, formatted (with the
        expected value): the values the chart draws, as its text alternative."""
        rows = []
        for actual in sorted(self.kpi.actuals, key=lambda a: a.date):
            if self.today is not None and actual.date > self.today:
                continue
            expected = expected_value(self.kpi, actual.date)
            rows.append({
                "period": actual.period,
                "value": self.t.number(actual.value),
                "expected": self.t.number(shown_expected(expected))
                if expected is not None else "",
                "note": escape.one_line(actual.note),
            })
        return rows

    @property
    def gaps_text(self) -> str:
        """``No value for November 2026.``: the periods left empty inside the series once they
        were due (as `kpi due --gaps`), which the chart's line and the table pass over and
        the status does not show; a long gap by its count and ends, and by how many
        stretches it makes when values lie inside it. Empty without any."""
        if self.today is None:
            return ""
        gaps = [item.period for item in kpi_gaps(self.kpi, self.today, self.grace_days)]
        if len(gaps) > LISTED:
            runs = stretches(self.kpi, gaps)
            return self.t.get("text.gaps_many" if runs == 1 else "text.gaps_apart",
                              count=self.t.number(len(gaps)), stretches=self.t.number(runs),
                              periods=self.t[f"periods.{series_frequency(self.kpi).value}"],
                              first=self.t.period(gaps[0]), last=self.t.period(gaps[-1]))
        if gaps:
            return self.t.get("text.gaps", periods=and_list(
                [self.t.period(p) for p in gaps], self.t.language))
        return ""


def tell_apart(views: Iterable[KpiView]) -> None:
    """Set :attr:`KpiView.qualifier` of each KPI whose name another of ``views`` has too
    (:func:`kpi_catalog.model.names.qualifiers`: the department's name, else the KPI's id).
    Listings show it beside the name, and search in the KPI's title, so that a reader can
    tell the two apart; a KPI whose name is its own gets nothing (one look-up per KPI, no
    byte on its page)."""
    views = list(views)
    told = names.qualifiers((view.id, view.name, view.department_name) for view in views)
    for view in views:
        if view.id in told:
            view.qualifier = told[view.id]


def _percent(share: float | None) -> int | None:
    return None if share is None else round(100 * min(1.0, max(0.0, share)))


def progress_percents(kpi: Kpi, status: KpiStatus) -> tuple[int | None, int | None]:
    """Share of the way from baseline to target, and the share expected by today (percent;
    see :func:`kpi_catalog.status.compute.progress`)."""
    return _percent(status.progress), _percent(status.expected_progress)
