"""What one audience may read of a catalog: a filtered copy, made once per build.

A KPI's ``visibility`` says who may read it; the audience a build is for (catalog.yml
``audience``, the plugin option ``audience``, ``kpi export --audience``) says who will:

* ``internal``: everyone inside the organisation; every KPI, as it is;
* ``public``: public KPIs as they are; internal KPIs without their values (no actuals,
  so no latest value, chart or computed status; no status set by hand); confidential
  KPIs not at all, and no other KPI names them (``related``, ``drivers``,
  ``replaced_by`` are cleared of their ids).

Everything downstream (pages, search index, roll-ups, trees, macros, exports) reads the
filtered catalog, so nothing needs to check visibility again and nothing can forget to.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Literal

from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.enums import Visibility
from kpi_catalog.model.kpi import Kpi

Audience = Literal["public", "internal"]
AUDIENCES: tuple[Audience, ...] = ("public", "internal")


def for_audience(catalog: Catalog, audience: Audience) -> Catalog:
    """The catalog as ``audience`` may read it (the same object for ``internal``)."""
    if audience == "internal":
        return catalog
    kept = {kpi_id: kpi for kpi_id, kpi in catalog.kpis.items()
            if kpi.visibility is not Visibility.CONFIDENTIAL}
    if len(kept) == len(catalog.kpis) and all(
            kpi.visibility is Visibility.PUBLIC for kpi in kept.values()):
        return catalog
    kpis = {kpi_id: _for_public(kpi, kept) for kpi_id, kpi in kept.items()}
    return dataclasses.replace(
        catalog, kpis=kpis,
        kpi_sources={kpi_id: catalog.kpi_sources[kpi_id] for kpi_id in kpis
                     if kpi_id in catalog.kpi_sources})


def _for_public(kpi: Kpi, kept: dict[str, Kpi]) -> Kpi:
    changes: dict[str, object] = {
        "related": [other for other in kpi.related if other in kept],
        "drivers": [other for other in kpi.drivers if other in kept],
    }
    if kpi.replaced_by is not None and kpi.replaced_by not in kept:
        changes["replaced_by"] = None
    if kpi.visibility is Visibility.INTERNAL:
        changes.update(actuals=[], status=None)
    return kpi.model_copy(update=changes)


VALUE_FIELDS = ("actuals", "status")
"""The fields of a KPI that a public build leaves out of an internal KPI: its values, and
the status set by hand (with its reason), which says where they stand."""
_FIELD = re.compile(r"(?:translations\.[^.]+\.)?([a-z_]+)")


def of_values(field: str) -> bool:
    """Whether a change of ``field`` (a path as `kpi diff` names it: ``status``,
    ``actuals[2026-10]``, ``translations.id.status.reason``) shows what
    :data:`VALUE_FIELDS` hold: what history must not tell where the values are hidden."""
    named = _FIELD.match(field)
    return named is not None and named.group(1) in VALUE_FIELDS


def values_hidden(kpi: Kpi, audience: Audience) -> bool:
    """Whether a build for ``audience`` shows this KPI without its values."""
    return audience == "public" and kpi.visibility is Visibility.INTERNAL
