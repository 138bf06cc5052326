"""The history section of a KPI page: commits and their field changes, in the site's language.

The history itself comes from git (:mod:`kpi_catalog.changes.history`), read once per build
and only when the ``history`` option is on; this module only words it for the template.
"""

from __future__ import annotations

from datetime import date

from kpi_catalog.changes.history import HistoryEntry
from kpi_catalog.changes.words import describe
from kpi_catalog.i18n.labels import Labels


def history_view(entries: list[HistoryEntry], t: Labels) -> list[dict]:
    """One dict per commit, newest first: ``date``, ``author``, ``subject`` (None: not for
    this audience), ``readable`` and ``changes`` (each a ``text``, its ``reason`` and whether
    it ``needs_review``)."""
    return [{
        "date": entry.when.date(),
        "author": entry.author,
        "subject": entry.subject,
        "readable": entry.readable,
        "changes": [{"text": describe(change, t, t.number), "reason": change.reason,
                     "needs_review": change.needs_review} for change in entry.changes],
    } for entry in entries]


_ON_THE_CHART = ("target_", "deadline_", "baseline_")


def chart_marks(entries: list[HistoryEntry], t: Labels) -> list[tuple[date, str]]:
    """The days the target, its deadline or the baseline changed, for the trend chart."""
    return [(entry.when.date(), describe(change, t, t.number))
            for entry in entries for change in entry.changes
            if change.kind.startswith(_ON_THE_CHART)]
