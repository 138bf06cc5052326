"""What a change does to each KPI it touches, beyond the changes themselves: the unit its
values are said in, and its status before and after, judged as the site judges it.

`kpi diff` says ``28 → 25`` as ``28% → 25%`` and, when the change moves a KPI's status,
``Status: Behind → On track``: the first thing a reviewer of an easier target wants to
know. Both sides are judged on one day (:attr:`~kpi_catalog.changes.Compared.today`), so
that only the change moves a status, never the time between two commits.
"""

from __future__ import annotations

from datetime import date

from kpi_catalog.changes import Compared
from kpi_catalog.i18n.labels import current_labels
from kpi_catalog.i18n.messages import _
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.language import entry_in
from kpi_catalog.status.compute import KpiStatus, compute_status


def units_of(compared: Compared, language: str | None) -> dict[str, tuple[str, str]]:
    """Each changed KPI's unit before and after (empty where it does not exist): in
    ``language`` as its page says it, or as the files write it (None)."""
    def unit(catalog: Catalog, kpi_id: str) -> str:
        kpi = catalog.kpis.get(kpi_id)
        if kpi is None:
            return ""
        if language is not None:
            kpi = entry_in(kpi, language, catalog.config.language)
        return kpi.measurement.unit

    return {k.id: (unit(compared.base, k.base_id), unit(compared.head, k.id))
            for k in compared.diff.kpis}


def _status(catalog: Catalog, kpi_id: str, today: date) -> KpiStatus | None:
    """The KPI's status as the site computes it on ``today``, with its side's settings."""
    kpi = catalog.kpis.get(kpi_id)
    if kpi is None:
        return None
    config = catalog.config.status
    return compute_status(kpi, today, config.tolerance, config.grace_days)


def statuses_of(compared: Compared) -> dict[str, tuple[KpiStatus | None, KpiStatus | None]]:
    """Each changed KPI's status before and after, both on the same day
    (:attr:`Compared.today`): only the change moves it. Only the KPIs in the report are
    computed, so a large catalog with a small change costs no more."""
    today = compared.today
    return {k.id: (_status(compared.base, k.base_id, today), _status(compared.head, k.id, today))
            for k in compared.diff.kpis}


def moved_by_settings(compared: Compared) -> list[tuple[str, KpiStatus, KpiStatus]]:
    """The KPIs the change leaves as they were whose status it moves all the same, through
    catalog.yml's `status` settings (a wider tolerance turns Behind into On track across
    the catalog), each with its status before and after; computed only when those settings
    changed."""
    base, head = compared.base, compared.head
    if base.config.status == head.config.status:
        return []
    changed = {k.id for k in compared.diff.kpis}
    moved = []
    for kpi_id in sorted((base.kpis.keys() & head.kpis.keys()) - changed):
        before = _status(base, kpi_id, compared.today)
        after = _status(head, kpi_id, compared.today)
        if before is not None and after is not None and before.value is not after.value:
            moved.append((kpi_id, before, after))
    return moved


def _status_word(status: KpiStatus) -> str:
    """The status as the site's badge names it, and whether it was set by hand."""
    word = current_labels().status(status.value)
    return f"{word} ({current_labels()['text.manual']})" if status.manual else word


def status_line(before: KpiStatus | None, after: KpiStatus | None) -> str:
    """``Status: Behind → On track`` when the change moved the KPI's status; a new KPI's
    status as it arrives (``Status: Achieved`` may mean its target is already met). Empty
    when the status stayed, and for a deleted KPI (its deletion is said already)."""
    if after is None:
        return ""
    if before is None:
        return _("Status: {status}", status=_status_word(after))
    if before.value is after.value:
        return ""
    return _("Status: {old} → {new}", old=_status_word(before), new=_status_word(after))
