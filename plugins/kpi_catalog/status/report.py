"""The ``kpi status`` report: a plain-text table for a terminal, or JSON for programs.

The statuses themselves are computed by :mod:`kpi_catalog.status.compute`; this module only
chooses the rows and writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kpi_catalog import json_text
from kpi_catalog.actuals.gaps import kpi_gaps
from kpi_catalog.escape import one_line
from kpi_catalog.i18n.labels import current_labels
from kpi_catalog.i18n.messages import _, and_list, ngettext
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.enums import Lifecycle, StatusValue
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.selection import KpiFilter
from kpi_catalog.status.compute import (
    KpiStatus,
    compute_status,
    counted_rollup,
    rollup,
    shown_expected,
)

NAME_WIDTH = 30
GAPS_NAMED = 5
"""KPIs with empty periods named one by one under the table; the rest are counted."""


@dataclass(frozen=True)
class StatusRow:
    kpi: Kpi
    status: KpiStatus
    gaps: tuple[str, ...] = ()
    """The periods inside the KPI's series without a value, due by the day (as `kpi due
    --gaps`): a status judged on the latest value, and no "data overdue", would hide them."""


def status_rows(
    catalog: Catalog, today: date, *, department: str | None = None,
    objective: str | None = None,
) -> tuple[list[StatusRow], int]:
    """The KPIs to report (not retired), by department then id; and how many retired
    KPIs matched the filters but were left out."""
    config = catalog.config.status
    order = {dep_id: i for i, dep_id in enumerate(catalog.departments)}
    rows, retired = [], 0
    which = KpiFilter(department=department, objective=objective)
    for kpi in sorted(catalog.kpis.values(),
                      key=lambda k: (order.get(k.department, len(order)), k.department, k.id)):
        if not which.matches(kpi):
            continue
        if kpi.lifecycle is Lifecycle.RETIRED:
            retired += 1
            continue
        rows.append(StatusRow(
            kpi, compute_status(kpi, today, config.tolerance, config.grace_days),
            tuple(item.period for item in kpi_gaps(kpi, today, config.grace_days))))
    return rows, retired


def _truncate(text: str, width: int) -> str:
    text = one_line(text)  # a contributor's: no control character reaches the terminal
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _expected_text(value: float | None) -> str:
    if value is None:
        return "-"
    return current_labels().number(shown_expected(value))


def _target_text(kpi: Kpi) -> str:
    t = kpi.target
    if t is None:
        return "-"
    number = current_labels().number
    goal = number(t.value) if t.value is not None else (
        _("{min} to {max}", min=number(t.min), max=number(t.max)))
    return _("{goal} by {date}", goal=goal, date=t.date.isoformat())


def rollup_text(counts: dict[StatusValue, int], shown: int = 0) -> str:
    """``Status of 12 active KPIs: 3 achieved, 2 ahead, 7 on track.``: the counts of the
    active KPIs (:data:`~kpi_catalog.status.compute.COUNTED`, as the site's roll-ups), zero
    counts left out; ``shown``: how many KPIs the table shows, drafts too."""
    total = sum(counts.values())
    if not total:
        return _("No active KPIs to count.") if shown else _("No KPIs to show.")
    t = current_labels()
    parts = [f"{n} {t.status(value).lower()}" for value, n in counts.items() if n]
    return ngettext("Status of {count} active KPI: {parts}.",
                    "Status of {count} active KPIs: {parts}.", total, count=total,
                    parts=", ".join(parts))


def _counted(rows: list[StatusRow]) -> dict[StatusValue, int]:
    return counted_rollup((row.kpi for row in rows), {row.kpi.id: row.status for row in rows})


def status_table(rows: list[StatusRow], retired: int = 0) -> str:
    """A plain-text table for a terminal, a roll-up line, and the reasons of manual statuses."""
    t = current_labels()
    header = (_("ID"), _("NAME"), _("DEPARTMENT"), _("LATEST"), _("EXPECTED"), _("TARGET"),
              _("STATUS"), _("RAG"))
    lines: list[tuple[str, ...]] = [header]
    notes = []
    for row in rows:
        kpi, status = row.kpi, row.status
        latest = status.latest
        word = t.status(status.value).lower() + ("*" if status.manual else "") + (
            ", " + t.status("data_overdue").lower() if status.data_overdue else "")
        if status.manual:
            notes.append("* " + _("{id}: set by hand: {reason}", id=kpi.id,
                                  reason=one_line(status.reason)))
        lines.append((
            kpi.id,
            _truncate(kpi.name, NAME_WIDTH),
            kpi.department,
            f"{t.number(latest.value)} ({latest.period})" if latest else "-",
            _expected_text(status.expected),
            _target_text(kpi),
            word,
            t.rag(status.rag).lower() if status.rag else "-",
        ))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    numeric = {3, 4, 5}
    out = []
    for n, line in enumerate(lines):
        cells = [cell.rjust(widths[i]) if i in numeric and n else cell.ljust(widths[i])
                 for i, cell in enumerate(line)]
        out.append("  ".join(cells).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    out.append("")
    summary = rollup_text(_counted(rows), len(rows))
    drafts = sum(row.kpi.lifecycle is Lifecycle.DRAFT for row in rows)
    if drafts:
        summary += " " + ngettext("({count} draft in the table not counted.)",
                                  "({count} drafts in the table not counted.)", drafts,
                                  count=drafts)
    if retired:
        summary += " " + _("({count} retired not shown.)", count=retired)
    out.append(summary)
    out.extend(notes)
    gaps = gaps_text(rows)
    if gaps:
        out.append(gaps)
    return "\n".join(out)


def gaps_text(rows: list[StatusRow]) -> str:
    """One line naming the KPIs whose series have empty periods, with how many (`kpi due
    --gaps` lists them): the status says nothing of a period skipped. Empty without any."""
    gapped = [row for row in rows if row.gaps]
    if not gapped:
        return ""
    named = [ngettext("{kpi} ({count} period)", "{kpi} ({count} periods)", len(row.gaps),
                      kpi=row.kpi.id, count=len(row.gaps)) for row in gapped[:GAPS_NAMED]]
    if len(gapped) > GAPS_NAMED:
        named.append(_("{count} more", count=len(gapped) - GAPS_NAMED))
    return ngettext(
        "{count} KPI has earlier periods without a value, which kpi due no longer asks for: "
        "{kpis}. kpi due --gaps lists them.",
        "{count} KPIs have earlier periods without a value, which kpi due no longer asks "
        "for: {kpis}. kpi due --gaps lists them.", len(gapped), count=len(gapped),
        kpis=and_list(named))


def status_json(rows: list[StatusRow], today: date, retired: int = 0) -> str:
    kpis = []
    for row in rows:
        kpi = row.kpi
        kpis.append({
            "id": kpi.id, "name": kpi.name, "department": kpi.department,
            "objective": kpi.objective, "lifecycle": kpi.lifecycle.value,
            "direction": kpi.direction.value, "unit": kpi.measurement.unit,
            "target": kpi.target.model_dump(mode="json") if kpi.target else None,
            "status": row.status.as_dict(),
            "gaps": list(row.gaps),
        })
    counts = rollup(row.status for row in rows)
    return json_text.dumps({
        "today": today.isoformat(),
        "kpis": kpis,
        "rollup": {value.value: n for value, n in counts.items()},
        "active_rollup": {value.value: n for value, n in _counted(rows).items()},
        "retired_not_shown": retired,
    }, indent=2, allow_nan=False)
