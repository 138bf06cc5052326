"""Rules on a KPI over time: a status set by hand expires, and a KPI does not lean on
retired KPIs."""

from __future__ import annotations

from collections.abc import Iterator

from kpi_catalog.checking.rules.registry import Context, Finding, rule
from kpi_catalog.i18n.messages import N_, _
from kpi_catalog.model.diagnostics import Severity
from kpi_catalog.model.enums import Lifecycle
from kpi_catalog.model.kpi import Kpi


@rule("K116", "manual-status-current",
      N_("A status set by hand has not passed its `until` date."),
      Severity.WARNING)
def manual_status_current(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    manual = kpi.status
    if manual is not None and manual.until is not None and manual.until < ctx.today:
        yield Finding(("status", "until"),
                      _("The status set by hand expired on {manual_until}; the site shows the "
                        "computed status again. Review it.", manual_until=manual.until),
                      _("Remove `status` to keep the computed status, or set a new `until` date "
                        "with a current reason."))


@rule("K117", "no-retired-links",
      N_("A KPI does not list a retired KPI as related or as a driver."),
      Severity.WARNING)
def no_retired_links(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    for field in ("related", "drivers"):
        for index, other_id in enumerate(getattr(kpi, field)):
            other = ctx.catalog.kpis.get(other_id)
            if other is None or other.lifecycle is not Lifecycle.RETIRED \
                    or other.replaced_by == kpi.id:  # a successor may point to its history
                continue
            successor = other.replaced_by
            yield Finding((field, index),
                          _("`{other_id}` is retired; it no longer counts in `{field}`.",
                            other_id=other_id, field=field),
                          _("Use its successor `{successor}` instead.", successor=successor)
                          if successor else
                          _("Remove it from `{field}`, or link the KPI that took over.",
                            field=field))
