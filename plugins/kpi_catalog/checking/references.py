"""What the catalog's files refer to, checked once every file has loaded.

A KPI names its department, objective and success part, and related KPIs; an objective
names its perspective (drivers, successors and values are checked in :mod:`kpi_links`).
Each such reference must point at something the catalog holds. A reference into a file
that did not load is not reported (that file's own errors are), so one broken file does
not flood the report.
"""

from __future__ import annotations

import difflib

from kpi_catalog.checking.kpi_links import check_kpi_links
from kpi_catalog.i18n.messages import _
from kpi_catalog.model import codes
from kpi_catalog.model.diagnostics import Diagnostic
from kpi_catalog.reading.loader import LoadResult


def check_references(result: LoadResult) -> list[Diagnostic]:
    """Every reference of the loaded catalog that points at nothing."""
    catalog = result.catalog
    found = _unknown_perspectives(result)
    have_departments = "departments" in catalog.registry_sources
    have_objectives = "objectives" in catalog.registry_sources
    for kpi_id, kpi in catalog.kpis.items():
        source = catalog.kpi_sources[kpi_id]
        if have_departments and kpi.department not in catalog.departments:
            found.append(source.diagnostic(
                ("department",), codes.UNKNOWN_REFERENCE,
                _("There is no department `{department}`.", department=kpi.department),
                _one_of(kpi.department, catalog.departments, "departments.yml")))
        objective = catalog.objectives.get(kpi.objective)
        if have_objectives and objective is None:
            found.append(source.diagnostic(
                ("objective",), codes.UNKNOWN_REFERENCE,
                _("There is no objective `{objective}`.", objective=kpi.objective),
                _one_of(kpi.objective, catalog.objectives, "objectives.yml")))
        elif objective is not None:
            parts = [part.id for part in objective.success]
            if kpi.success_part not in parts:
                found.append(source.diagnostic(
                    ("success_part",), codes.UNKNOWN_REFERENCE,
                    _("The objective `{objective}` has no success part `{part}`.",
                      objective=objective.id, part=kpi.success_part),
                    _one_of(kpi.success_part, parts,
                            _("the objective `{objective}`", objective=objective.id))))
        for index, related in enumerate(kpi.related):
            if related == kpi_id:
                found.append(source.diagnostic(
                    ("related", index), codes.UNKNOWN_REFERENCE,
                    _("A KPI cannot be related to itself."),
                    _("Remove `{related}` from `related`.", related=related)))
            elif related not in catalog.kpis and related not in result.unreadable_ids:
                found.append(source.diagnostic(
                    ("related", index), codes.UNKNOWN_REFERENCE,
                    _("There is no KPI `{related}`.", related=related),
                    _("Use the id of an existing KPI (its file name without .yml).")))
    return found + check_kpi_links(catalog, result.unreadable_ids)


def _unknown_perspectives(result: LoadResult) -> list[Diagnostic]:
    """Objectives whose perspective catalog.yml does not list."""
    catalog = result.catalog
    source = catalog.registry_sources.get("objectives")
    if source is None:
        return []
    perspectives = catalog.config.perspectives
    index_of = result.index_in_file.get("objectives", {})
    return [source.diagnostic(
                ("objectives", index_of[objective.id], "perspective"),
                codes.UNKNOWN_PERSPECTIVE,
                _("`{perspective}` is not one of the catalog's perspectives.",
                  perspective=objective.perspective),
                _("Use one of: {perspectives} (set them in catalog.yml).",
                  perspectives=", ".join(perspectives)))
            for objective in catalog.objectives.values()
            if objective.perspective not in perspectives]


def _one_of(given: str, ids, where: str) -> str:
    """Did you mean the closest id? Else the valid ids; or how to add one."""
    ids = sorted(ids)
    if not ids:
        return _("Add `{given}` to {where} first.", given=given, where=where)
    close = difflib.get_close_matches(given, ids, n=1)
    shown = ", ".join(f"`{i}`" for i in ids[:12]) + (", …" if len(ids) > 12 else "")
    if close:
        return _("Did you mean `{close}`? Use one of: {ids}; or add `{given}` to {where}.",
                 close=close[0], ids=shown, given=given, where=where)
    return _("Use one of: {ids}; or add `{given}` to {where}.", ids=shown, given=given,
             where=where)
