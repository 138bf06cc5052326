"""What the catalog's files refer to, checked once every file has loaded.

A KPI names its department, objective and success part, and related KPIs; an objective
names its perspective (drivers, successors and values are checked in :mod:`kpi_links`).
Each such reference must point at something the catalog holds. A reference into a file
that did not load is not reported (that file's own errors are), so one broken file does
not flood the report.
"""

from __future__ import annotations

from kpi_catalog.checking.kpi_links import check_kpi_links, kpi_guesser, kpi_hint
from kpi_catalog.i18n.messages import _
from kpi_catalog.model import codes
from kpi_catalog.model.diagnostics import Diagnostic
from kpi_catalog.reading.closest import Guesser, named
from kpi_catalog.reading.loader import LoadResult


def check_references(result: LoadResult) -> list[Diagnostic]:
    """Every reference of the loaded catalog that points at nothing."""
    catalog = result.catalog
    found = _unknown_perspectives(result)
    have_departments = "departments" in catalog.registry_sources
    have_objectives = "objectives" in catalog.registry_sources
    language = catalog.config.language
    departments = Guesser(lambda: named(catalog.departments.values(), language))
    objectives = Guesser(lambda: named(catalog.objectives.values(), language))
    kpis = kpi_guesser(catalog)
    for kpi_id, kpi in catalog.kpis.items():
        source = catalog.kpi_sources[kpi_id]
        if have_departments and kpi.department not in catalog.departments:
            found.append(source.diagnostic(
                ("department",), codes.UNKNOWN_REFERENCE,
                _("There is no department `{department}`.", department=kpi.department),
                _one_of(kpi.department, departments, "departments.yml", "department",
                        source.path.parent.name)))
        objective = catalog.objectives.get(kpi.objective)
        if have_objectives and objective is None:
            found.append(source.diagnostic(
                ("objective",), codes.UNKNOWN_REFERENCE,
                _("There is no objective `{objective}`.", objective=kpi.objective),
                _one_of(kpi.objective, objectives, "objectives.yml", "objective")))
        elif objective is not None:
            parts = [part.id for part in objective.success]
            if kpi.success_part not in parts:
                found.append(source.diagnostic(
                    ("success_part",), codes.UNKNOWN_REFERENCE,
                    _("The objective `{objective}` has no success part `{part}`.",
                      objective=objective.id, part=kpi.success_part),
                    _one_of(kpi.success_part, Guesser.among({part: {} for part in parts}),
                            _("the objective `{objective}`", objective=objective.id),
                            "success_part")))
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
                    kpi_hint(related, kpis)))
    return found + check_kpi_links(catalog, result.unreadable_ids, kpis)


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


_LISTED = 8
"""Up to this many ids, the hint lists them all; more are a list to look up, not to read."""


def _one_of(given: str, guesser: Guesser, where: str, field: str, folder: str = "") -> str:
    """The id ``given`` most likely means (by its id, its name in either language, their
    initials or first letters; else the department whose ``folder`` the file lies in) and
    the line to write; the valid ids when they are few; or how to add one."""
    ids = sorted(guesser.names)
    if not ids:
        return _("Add `{given}` to {where} first.", given=given, where=where)
    guess = guesser.did_you_mean(given, field)
    if not guess and folder in guesser.names:
        guess = _("The file lies in the folder of `{folder}`: write `{field}: {folder}`.",
                  folder=folder, field=field)
    if len(ids) <= _LISTED:
        rest = _("Use one of: {ids}; or add `{given}` to {where}.",
                 ids=", ".join(f"`{i}`" for i in ids), given=given, where=where)
    elif guess:
        rest = _("Or add `{given}` to {where}.", given=given, where=where)
    else:
        rest = _("Use one of the ids in {where}, or add `{given}` there.", given=given,
                 where=where)
    return f"{guess} {rest}" if guess else rest

