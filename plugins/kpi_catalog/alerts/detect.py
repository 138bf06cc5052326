"""What changed in where the KPIs stand between two moments: the alerts.

A moment is a catalog judged on a day (:func:`standings`: each KPI's status, RAG colour,
overdue data and review date, from :mod:`kpi_catalog.status`). Comparing two moments gives
the alerts (:func:`detect`): a KPI that turned behind or red, recovered, achieved its
target or stopped being achieved, whose data became overdue or arrived (or was skipped: a
later period written, the overdue one left empty), whose review date passed or was
reviewed, that was retired or is no longer tracked. Only active KPIs raise alerts: drafts
are not measured yet and retired KPIs are history.

Alerts about the same thing share a *topic* (off track, data overdue, review due): one
open GitHub issue per KPI and topic, opened while the topic's condition holds
(:func:`open_topics`) and closed when it stops.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from kpi_catalog.actuals.due import first_owed_period, owed
from kpi_catalog.actuals.gaps import left_empty
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.config import StatusConfig
from kpi_catalog.model.enums import Lifecycle, StatusValue
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.periods import period_end
from kpi_catalog.status.compute import compute_status


class Topic(str, enum.Enum):
    """What an open issue is about: a condition that holds for a while."""

    OFF_TRACK = "off_track"
    """Behind, or red."""
    DATA_OVERDUE = "data_overdue"
    REVIEW_DUE = "review_due"


class AlertKind(str, enum.Enum):
    TURNED_BEHIND = "turned_behind"
    TURNED_RED = "turned_red"
    RECOVERED = "recovered"
    ACHIEVED = "achieved"
    NO_LONGER_ACHIEVED = "no_longer_achieved"
    """Achieved before, not now, nor behind (that is "turned behind"): e.g. a corrected
    value. It opens no issue: a KPI on track needs none."""
    DATA_OVERDUE = "data_overdue"
    DATA_RECEIVED = "data_received"
    DATA_SKIPPED = "data_skipped"
    """A later period was written while the period that was overdue (and maybe others after
    it) is still empty: never called "received", and said even when a later period is
    overdue now (the issue would name that one and forget the empty one). It closes the
    data-overdue topic, as not planned, when nothing is overdue any more."""
    REVIEW_DUE = "review_due"
    REVIEWED = "reviewed"
    RETIRED = "retired"
    UNTRACKED = "untracked"
    """No longer active without being retired: deleted, or back to draft."""

    @property
    def topics(self) -> tuple[Topic, ...]:
        """The topics this alert opens or closes."""
        return _TOPICS[self]

    @property
    def closes(self) -> bool:
        return self in _CLOSING


_TOPICS = {
    AlertKind.TURNED_BEHIND: (Topic.OFF_TRACK,), AlertKind.TURNED_RED: (Topic.OFF_TRACK,),
    AlertKind.RECOVERED: (Topic.OFF_TRACK,), AlertKind.ACHIEVED: (Topic.OFF_TRACK,),
    AlertKind.NO_LONGER_ACHIEVED: (),
    AlertKind.DATA_OVERDUE: (Topic.DATA_OVERDUE,),
    AlertKind.DATA_RECEIVED: (Topic.DATA_OVERDUE,),
    AlertKind.DATA_SKIPPED: (Topic.DATA_OVERDUE,),
    AlertKind.REVIEW_DUE: (Topic.REVIEW_DUE,), AlertKind.REVIEWED: (Topic.REVIEW_DUE,),
    AlertKind.RETIRED: tuple(Topic), AlertKind.UNTRACKED: tuple(Topic),
}
_CLOSING = {AlertKind.RECOVERED, AlertKind.ACHIEVED, AlertKind.DATA_RECEIVED,
            AlertKind.DATA_SKIPPED, AlertKind.REVIEWED, AlertKind.RETIRED, AlertKind.UNTRACKED}


@dataclass(frozen=True)
class Standing:
    """Where one KPI stands on one day."""

    kpi: Kpi
    day: date
    status: StatusValue
    rag: str | None = None
    latest: tuple[str, float] | None = None
    """The latest value that counts: its period and value."""
    expected: float | None = None
    overdue: tuple[str, date] | None = None
    """The first value due and missing: its period and the day it became due."""
    manual: bool = False
    """The status is the KPI's own, set by hand: an alert gives its reason."""

    @property
    def tracked(self) -> bool:
        return self.kpi.lifecycle is Lifecycle.ACTIVE

    @property
    def review_due(self) -> bool:
        return self.kpi.review_date is not None and self.kpi.review_date < self.day

    @property
    def off_track(self) -> bool:
        return self.status is StatusValue.BEHIND or self.rag == "red"

    def holds(self, topic: Topic) -> bool:
        """Whether the topic's condition holds (only ever for an active KPI)."""
        if not self.tracked:
            return False
        if topic is Topic.OFF_TRACK:
            return self.off_track
        if topic is Topic.DATA_OVERDUE:
            return self.overdue is not None
        return self.review_due


def standing_of(kpi: Kpi, day: date, config: StatusConfig) -> Standing:
    """Where ``kpi`` stands on ``day`` (``config``: the catalog's status settings)."""
    status = compute_status(kpi, day, config.tolerance, config.grace_days)
    due = owed(kpi, day, config.grace_days)[:1] if status.data_overdue else []
    return Standing(kpi, day, status.value, status.rag,
                    (status.latest.period, status.latest.value) if status.latest else None,
                    status.expected, (due[0].period, due[0].due) if due else None,
                    status.manual)


def standings(catalog: Catalog, day: date) -> dict[str, Standing]:
    """Each KPI of the catalog judged on ``day``."""
    return {kpi_id: standing_of(kpi, day, catalog.config.status)
            for kpi_id, kpi in catalog.kpis.items()}


def change_days(kpi: Kpi, grace_days: int) -> set[date]:
    """The days a KPI's status can change without its file changing."""
    days = {a.date for a in kpi.actuals}
    if kpi.baseline is not None:
        days.add(kpi.baseline.date)
    if kpi.target is not None:
        days.add(kpi.target.date + timedelta(days=1))
    if kpi.status is not None and kpi.status.until is not None:
        days.add(kpi.status.until + timedelta(days=1))
    owed = first_owed_period(kpi)
    if owed is not None:
        days.add(period_end(owed) + timedelta(days=grace_days))
    return days


def off_track_since(standing: Standing, config: StatusConfig) -> date | None:
    """The day an off-track KPI went off track, as its values tell it now (a value that
    counts, a deadline passed): what a reader of its issue needs, and the same on every run.
    None for a status set by hand (the file says since when it holds nowhere), or when it
    was off track from its first day."""
    if standing.manual or not standing.off_track:
        return None
    kpi, one = standing.kpi, timedelta(days=1)
    for day in sorted((d for d in change_days(kpi, config.grace_days) if d <= standing.day),
                      reverse=True):
        if not standing_of(kpi, day - one, config).off_track:
            return day
    return None


@dataclass(frozen=True)
class Alert:
    kind: AlertKind
    kpi_id: str
    before: Standing | None
    after: Standing | None
    """The KPI now; None when it was deleted."""

    @property
    def kpi(self) -> Kpi:
        return (self.after or self.before).kpi  # type: ignore[union-attr]

    @property
    def closes(self) -> bool:
        """Whether it ends its topics: data skipped does not while data is overdue still."""
        return self.kind.closes and not (
            self.after is not None and any(self.after.holds(t) for t in self.kind.topics))

    @property
    def left_empty(self) -> list[str]:
        """For data skipped: the periods left without a value (:func:`skipped`)."""
        return skipped(self.before, self.after)


def detect(before: dict[str, Standing], after: dict[str, Standing]) -> list[Alert]:
    """The alerts from ``before`` to ``after``, by KPI id, most important kind first."""
    alerts: list[Alert] = []
    for kpi_id in sorted(before.keys() | after.keys()):
        old, new = before.get(kpi_id), after.get(kpi_id)
        was = old if old is not None and old.tracked else None
        for kind in kinds_between(was, new):
            alerts.append(Alert(kind, kpi_id, old, new))
    return alerts


def kinds_between(was: Standing | None, new: Standing | None) -> list[AlertKind]:
    """The alerts from ``was`` to ``new`` (None: absent, or not tracked then)."""
    if was is not None and not was.tracked:
        was = None
    if new is None or not new.tracked:
        if was is None:
            return []
        retired = new is not None and new.kpi.lifecycle is Lifecycle.RETIRED
        return [AlertKind.RETIRED if retired else AlertKind.UNTRACKED]
    kinds = []
    if new.status is StatusValue.BEHIND and (was is None or was.status is not StatusValue.BEHIND):
        kinds.append(AlertKind.TURNED_BEHIND)
    if new.rag == "red" and (was is None or was.rag != "red"):
        kinds.append(AlertKind.TURNED_RED)
    if new.status is StatusValue.ACHIEVED and (was is None
                                                or was.status is not StatusValue.ACHIEVED):
        kinds.append(AlertKind.ACHIEVED)
    elif was is not None and was.off_track and not new.off_track:
        kinds.append(AlertKind.RECOVERED)
    elif (was is not None and was.status is StatusValue.ACHIEVED
          and new.status is not StatusValue.ACHIEVED
          and AlertKind.TURNED_BEHIND not in kinds):
        kinds.append(AlertKind.NO_LONGER_ACHIEVED)
    if new.overdue and (was is None or not was.overdue):
        kinds.append(AlertKind.DATA_OVERDUE)
    elif was is not None and was.overdue and skipped(was, new):
        kinds.append(AlertKind.DATA_SKIPPED)  # a later value, overdue again or not
    elif was is not None and was.overdue and not new.overdue:
        kinds.append(AlertKind.DATA_RECEIVED)
    if new.review_due and (was is None or not was.review_due):
        kinds.append(AlertKind.REVIEW_DUE)
    elif was is not None and was.review_due and not new.review_due:
        kinds.append(AlertKind.REVIEWED)
    return kinds


def skipped(was: Standing | None, new: Standing | None) -> list[str]:
    """The periods from the one overdue in ``was`` up to the latest value of ``new`` that are
    still empty (:func:`~kpi_catalog.actuals.gaps.left_empty`): none when the overdue data
    arrived."""
    if was is None or was.overdue is None or new is None:
        return []
    return left_empty(was.kpi, new.kpi)


def open_topics(after: dict[str, Standing]) -> list[tuple[str, Topic]]:
    """Every (KPI id, topic) whose condition holds now: what should have an open issue."""
    return [(kpi_id, topic) for kpi_id, standing in sorted(after.items())
            for topic in Topic if standing.holds(topic)]
