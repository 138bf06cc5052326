"""Data received or skipped, as each commit brought values: what `kpi alerts` says on the
day values arrive, told again from a KPI's history (for the site's feeds).

Today's file cannot tell it: it holds the values, so on no past day was the data overdue.
The history can: each commit's value changes (:mod:`kpi_catalog.changes.compare`) are
undone, newest first, from the values as they are now, which gives the values before and
after each commit. The KPI as it is now, with each, is judged on the commit's day, as `kpi
alerts` judges two moments (:func:`~.detect.kinds_between`): a commit that filled the period
overdue then is "data received", one that wrote a later period and left it empty is "data
skipped". A commit whose values cannot be undone (unreadable, the series rewritten in
another form, the KPI added) ends the look back: an event is left out, never made up.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from kpi_catalog.alerts.detect import Alert, AlertKind, kinds_between, standing_of
from kpi_catalog.changes.compare import Change
from kpi_catalog.changes.history import HistoryEntry
from kpi_catalog.model.config import StatusConfig
from kpi_catalog.model.enums import ChangeKind
from kpi_catalog.model.kpi import Actual, Kpi

ARRIVAL_KINDS = (AlertKind.DATA_RECEIVED, AlertKind.DATA_SKIPPED)
_UNDONE = {ChangeKind.ACTUAL_ADDED, ChangeKind.ACTUAL_DELETED, ChangeKind.ACTUAL_EDITED}
_NOT_UNDONE = {ChangeKind.ACTUALS_RELABELLED, ChangeKind.ADDED, ChangeKind.DELETED}


@dataclass(frozen=True)
class Arrival:
    """A data alert a commit raised."""

    entry: HistoryEntry
    alert: Alert


def arrivals(kpi: Kpi, entries: Sequence[HistoryEntry], since: date, config: StatusConfig
             ) -> list[Arrival]:
    """The data received or skipped by the commits of ``entries`` (the KPI's history, newest
    first) made after ``since``, newest first."""
    found = []
    for entry, before, after in _versions(kpi, entries, since):
        day = entry.when.date()
        was, now = standing_of(before, day, config), standing_of(after, day, config)
        found += [Arrival(entry, Alert(kind, kpi.id, was, now))
                  for kind in kinds_between(was, now) if kind in ARRIVAL_KINDS]
    return found


def _versions(kpi: Kpi, entries: Sequence[HistoryEntry], since: date
              ) -> Iterator[tuple[HistoryEntry, Kpi, Kpi]]:
    """Each commit after ``since`` that changed the values, with the KPI as it is now with
    its values before and after the commit."""
    actuals = list(kpi.actuals)
    for entry in entries:
        if entry.when.date() <= since or not entry.readable or any(
                c.kind in _NOT_UNDONE for c in entry.changes):
            return
        changes = [c for c in entry.changes if c.kind in _UNDONE]
        if not changes:
            continue
        earlier = _undone(actuals, changes)
        if earlier is None:
            return
        yield (entry, kpi.model_copy(update={"actuals": earlier}),
               kpi.model_copy(update={"actuals": actuals}))
        actuals = earlier


def _undone(actuals: list[Actual], changes: list[Change]) -> list[Actual] | None:
    """The values before ``changes``; None when they do not fit ``actuals`` (a change left
    out of the history this build reads)."""
    earlier = list(actuals)
    for change in changes:
        old = _actual(change.old) if change.old is not None else None
        if change.new is None:  # deleted: the value comes back
            earlier.append(old)  # type: ignore[arg-type]
            continue
        written = _actual(change.new)  # added or edited: the value the commit wrote goes
        if written not in earlier:
            return None
        at = earlier.index(written)
        if old is None:
            del earlier[at]
        else:
            earlier[at] = old
    return sorted(earlier, key=lambda a: a.date)  # stable: a period's values keep their order


def _actual(data: dict) -> Actual:
    return Actual(period=data["period"], value=data["value"], note=data.get("note", ""))
