"""Checks a single KPI file cannot make alone: values against the KPI's `valid_range`,
milestones on the way from the baseline to the target, and the links between KPIs
(`drivers`, `replaced_by`): unknown ids and driver cycles.

These are errors, like a wrong field: a share of 140% or a tree that goes round in a
circle is not a matter of style, so they are not rules that a catalog could switch off.
"""

from __future__ import annotations

from collections.abc import Iterator

from kpi_catalog.i18n.messages import _
from kpi_catalog.model.catalog import Catalog, SourceFile
from kpi_catalog.model.codes import (
    DRIVER_CYCLE,
    MISPLACED_MILESTONE,
    OUTSIDE_VALID_RANGE,
    UNKNOWN_REFERENCE,
)
from kpi_catalog.model.diagnostics import Diagnostic
from kpi_catalog.model.kpi import Kpi, ValidRange
from kpi_catalog.reading.closest import Guesser, named
from kpi_catalog.yaml_text import number


def check_kpi_links(catalog: Catalog, unreadable_ids: set[str],
                    kpis: Guesser | None = None) -> list[Diagnostic]:
    """Every problem of values and KPI links, in KPI order (``kpis``: the guesses at a KPI
    id that names none, :func:`kpi_guesser`)."""
    kpis = kpis or kpi_guesser(catalog)
    found: list[Diagnostic] = []
    for kpi_id, kpi in catalog.kpis.items():
        source = catalog.kpi_sources[kpi_id]
        found.extend(_outside_range(kpi, source))
        found.extend(_misplaced_milestones(kpi, source))
        found.extend(_unknown_links(catalog, kpi, source, unreadable_ids, kpis))
    found.extend(_cycles(catalog))
    return found


def _values(kpi: Kpi) -> Iterator[tuple[tuple, float]]:
    """Every number of the KPI that is a value of its measure, with its field path."""
    if kpi.baseline is not None:
        yield ("baseline", "value"), kpi.baseline.value
    for prefix, goal in ([(("target",), kpi.target)] if kpi.target else []) + [
            (("milestones", i), m) for i, m in enumerate(kpi.milestones)]:
        for name in ("value", "min", "max"):
            number = getattr(goal, name)
            if number is not None:
                yield (*prefix, name), number
    for index, actual in enumerate(kpi.actuals):
        yield ("actuals", index, "value"), actual.value


def _outside_range(kpi: Kpi, source: SourceFile) -> Iterator[Diagnostic]:
    valid = kpi.valid_range
    if valid is None:
        return
    for path, value in _values(kpi):
        if valid.excludes(value):
            yield source.diagnostic(path, OUTSIDE_VALID_RANGE, *outside_range(valid, value))


def outside_range(valid: ValidRange, value: float) -> tuple[str, str]:
    """What to say of a value ``valid`` excludes, and how to fix it: said of a KPI file's
    value here, of an imported cell by the import (before the value is written)."""
    low, high = valid.min, valid.max
    if low is not None and high is not None:
        bounds = _("from {min} up to {max}", min=number(low), max=number(high))
    elif low is not None:
        bounds = _("from {min} up", min=number(low))
    else:
        assert high is not None  # ValidRange refuses a range without either bound
        bounds = _("up to {max}", max=number(high))
    return (_("{value} is outside the KPI's valid range ({bounds}).", value=number(value),
              bounds=bounds),
            _("Correct the value (a typing mistake, or a share written as 0.45 instead of "
              "45?), or widen `valid_range` if such values are possible."))


def _misplaced_milestones(kpi: Kpi, source: SourceFile) -> Iterator[Diagnostic]:
    first = kpi.baseline.date if kpi.baseline else None
    last = kpi.target.date if kpi.target else None
    if kpi.milestones and kpi.runs_backwards:
        # no day lies between them: one error at the target, not one per milestone
        yield source.diagnostic(
            ("target", "date"), MISPLACED_MILESTONE,
            _("The target date {last} is not after the baseline date ({first}), so no "
              "milestone can lie between them.", last=last, first=first),
            _("Correct `target.date` (or `baseline.date`); the milestones are checked again "
              "once the target comes after the baseline."))
        return
    previous = None
    for index, milestone in enumerate(kpi.milestones):
        when = milestone.date
        if first is not None and when <= first or last is not None and when >= last:
            yield source.diagnostic(
                ("milestones", index, "date"), MISPLACED_MILESTONE,
                _("The milestone date {when} is not between the baseline date ({first}) and the "
                  "target date ({last}).", when=when, first=first or _("not set"),
                  last=last or _("not set")),
                _("A milestone is a step on the way: date it after the baseline and before the "
                  "target (the target itself is the last step)."))
        elif previous is not None and when <= previous:
            yield source.diagnostic(
                ("milestones", index, "date"), MISPLACED_MILESTONE,
                _("The milestone date {when} is not after the one before it ({previous}).",
                  when=when, previous=previous),
                _("List the milestones in date order, each date once."))
        previous = when if previous is None else max(previous, when)


def _unknown_links(
    catalog: Catalog, kpi: Kpi, source: SourceFile, unreadable_ids: set[str], kpis: Guesser,
) -> Iterator[Diagnostic]:
    def unknown(other: str) -> bool:
        return other not in catalog.kpis and other not in unreadable_ids

    for index, driver in enumerate(kpi.drivers):
        if driver == kpi.id:
            yield source.diagnostic(("drivers", index), DRIVER_CYCLE,
                                    _("A KPI cannot drive itself."),
                                    _("Remove `{driver}` from `drivers`.", driver=driver))
        elif unknown(driver):
            yield source.diagnostic(("drivers", index), UNKNOWN_REFERENCE,
                                    _("There is no KPI `{driver}`.", driver=driver),
                                    kpi_hint(driver, kpis))
    successor = kpi.replaced_by
    if successor is not None and (successor == kpi.id or unknown(successor)):
        yield source.diagnostic(("replaced_by",), UNKNOWN_REFERENCE,
                                _("There is no other KPI `{successor}` to replace this one.",
                                  successor=successor),
                                _guessed(successor, kpis, _(
                                    "Use the id of the KPI that took over (its file name "
                                    "without .yml), or remove `replaced_by`.")))


def kpi_guesser(catalog: Catalog) -> Guesser:
    """Guesses at the KPI a mistyped id means, by the KPIs' ids and names."""
    return Guesser(lambda: named(catalog.kpis.values(), catalog.config.language))


def kpi_hint(given: str, kpis: Guesser) -> str:
    """For a KPI id that names no KPI: the one it most likely means, and where ids come
    from."""
    return _guessed(given, kpis,
                    _("Use the id of an existing KPI (its file name without .yml)."))


def _guessed(given: str, kpis: Guesser, rest: str) -> str:
    guess = kpis.did_you_mean(given)
    return f"{guess} {rest}" if guess else rest


def _cycles(catalog: Catalog) -> Iterator[Diagnostic]:
    """One error per cycle of drivers, at the link that closes it (found depth first, in
    id order, without recursion so that a long chain cannot overflow the stack)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    for start in catalog.kpis:
        if start in state:
            continue
        path: list[str] = [start]
        pending = [iter(_known_drivers(catalog, start))]
        state[start] = 1
        while pending:
            step = next(pending[-1], None)
            if step is None:
                state[path.pop()] = 2
                pending.pop()
                continue
            index, driver = step
            if state.get(driver) == 1:
                circle = path[path.index(driver):] + [driver]
                source = catalog.kpi_sources[path[-1]]
                yield source.diagnostic(
                    ("drivers", index), DRIVER_CYCLE,
                    _("The drivers go round in a circle: {circle}.", circle=" → ".join(circle)),
                    _("A driver is an input of the KPI it drives; remove the link that is not."))
            elif driver not in state:
                state[driver] = 1
                path.append(driver)
                pending.append(iter(_known_drivers(catalog, driver)))


def _known_drivers(catalog: Catalog, kpi_id: str) -> list[tuple[int, str]]:
    drivers = catalog.kpis[kpi_id].drivers
    return [(i, d) for i, d in enumerate(drivers) if d in catalog.kpis and d != kpi_id]
