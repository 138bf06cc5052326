"""Rules on accountability: an active KPI has an owner, a data source and a target, and
the same measure is not tracked twice."""

from __future__ import annotations

from collections.abc import Iterator

from kpi_catalog.checking.rules.registry import ACTIVE_ONLY, Context, Finding, rule
from kpi_catalog.i18n.messages import _
from kpi_catalog.model.diagnostics import Severity
from kpi_catalog.model.kpi import Kpi


@rule("K110", "active-kpi-complete", "An active KPI has an owner, a data source and a target.",
      Severity.ERROR, lifecycles=ACTIVE_ONLY)
def active_kpi_complete(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    if not (kpi.owner or "").strip():
        yield Finding(("owner",),
                      _("An active KPI needs an `owner`: add the accountable person or role."),
                      _("Or set `lifecycle: draft` while the KPI is being written."))
    if not (kpi.measurement.data_source or "").strip():
        yield Finding(("measurement", "data_source"),
                      _("An active KPI needs a `measurement.data_source`: add where the values "
                        "come from."),
                      _("Or set `lifecycle: draft` while the KPI is being written."))
    if kpi.target is None:
        yield Finding(("target",),
                      _("An active KPI needs a `target`: add the value to reach and its date."),
                      _("Or set `lifecycle: draft` while the KPI is being written."))


@rule("K111", "no-duplicate-measure",
      "No two KPIs measure the same metric from the same data source.", Severity.WARNING)
def no_duplicate_measure(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    if not (kpi.measurement.data_source or "").strip():
        return
    same = ctx.same_measure.get(ctx.measure_key(kpi), [])
    if len(same) < 2 or same[0] == kpi.id:
        return  # the first file of a group is the original; the others are reported
    first = ctx.catalog.kpi_path(same[0])
    yield Finding(("measurement", "metric"),
                  _("{first} already measures this metric from the same data source; merge the "
                    "two KPIs or tell them apart.", first=first),
                  _("If both are needed (different targets or owners), silence K111 with the "
                    "reason."))
