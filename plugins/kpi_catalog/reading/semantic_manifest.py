"""The dbt semantic manifest (``target/semantic_manifest.json``, written by ``dbt parse``):
which MetricFlow metrics exist, what each one computes, and the finest time grain it can be
grouped by.

The manifest is read with dbt's own models of it (dbt-semantic-interfaces), which accept the
fields of newer dbt versions too. Reading it needs neither dbt nor a warehouse: `kpi validate`
and the site use it; only `kpi actuals pull` runs MetricFlow (the `semantic` extra).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from kpi_catalog import json_text
from kpi_catalog.i18n.messages import N_, _, or_list, translated
from kpi_catalog.months import month_span, months_after
from kpi_catalog.reading.closest import closest

GRAINS = ("day", "week", "month", "quarter", "year")
"""The time grains of `metric_time` a KPI's values can follow, finest first."""
_SUB_DAY = ("nanosecond", "microsecond", "millisecond", "second", "minute", "hour")


_KINDS = {"dimension": N_("dimension"), "entity": N_("entity"),
          "time dimension": N_("time dimension"), "metric": N_("metric")}
"""The kinds of names a filter holds, as messages say them (translated where shown)."""


_BAD_NAME = re.compile(r"Name is in an incorrect format: '([^']+)'\. It should be of the form")
"""What MetricFlow's filter parser says of a name with no entity or more than one in it."""


_CALL = re.compile(r"\{\{.*?\}\}", re.DOTALL)
"""One template expression of a where filter: ``{{ Dimension('order__channel') }}``."""
_MAX_CALLS = 100
"""Expressions of one filter read one by one at the most (a filter has a few)."""


class ManifestProblem(Exception):
    """The manifest is missing or cannot be read; the message says how to fix it."""


@dataclass(frozen=True)
class MeasureText:
    """One measure a metric aggregates, as the manifest defines it."""

    name: str
    agg: str
    expr: str
    semantic_model: str
    filter: str = ""
    taken_on: str = ""
    """A semi-additive measure (a balance): the time dimension it is taken on, not summed
    over (``snapshot_on``); empty for the others."""
    taken_at: str = ""
    """With ``taken_on``: ``last`` (its window_choice max) or ``first`` (min) in a period."""
    percentile: float | None = None
    """A percentile measure: which (0.5 for the median; `agg_params`)."""
    discrete: bool = False
    """A percentile measure: a value of the data (`use_discrete_percentile`), not one
    interpolated between two."""
    taken_for: str = ""
    """With ``taken_on``: the entities it is taken for one by one (`window_groupings`:
    each account's last balance, summed), comma-separated; empty when it is taken on the
    one last day any row has."""
    time_dimension: str = ""
    """The time dimension it is grouped by when it names its own (`agg_time_dimension`:
    amounts by the day booked), not its semantic model's default; empty otherwise."""

    @property
    def call(self) -> str:
        """The aggregation as a call: ``sum(amount)``; a percentile with which one,
        ``percentile_cont(amount, 0.5)`` (``percentile_disc`` for a discrete one), as the SQL
        MetricFlow writes names it: ``percentile(amount)`` said neither."""
        if self.agg == "percentile" and self.percentile is not None:
            kind = "percentile_disc" if self.discrete else "percentile_cont"
            return f"{kind}({self.expr}, {self.percentile:g})"
        return f"{self.agg}({self.expr})"


@dataclass(frozen=True)
class InputText:
    """One metric a ratio or derived metric is made of, as the manifest gives it."""

    name: str
    alias: str = ""
    offset_count: int = 0
    offset_grain: str = ""
    """An offset window: the input is taken ``offset_count`` ``offset_grain`` earlier."""
    offset_to_grain: str = ""
    """An offset to a grain: the input is taken at the start of this grain (``month``)."""
    filters: tuple[str, ...] = ()
    """The input metric's own filters and the filter given where it is used."""

    @property
    def says_more(self) -> bool:
        """Whether it says more than its name in the metric's expression does."""
        return bool(self.alias or self.offset_grain or self.offset_to_grain or self.filters)


@dataclass(frozen=True)
class Offset:
    """An input of a derived metric taken ``count`` ``grain`` earlier: in ``metric``, the
    input ``alias`` (its name when it has no alias) of the metric ``name``."""

    metric: str
    alias: str
    name: str
    count: int
    grain: str


@dataclass(frozen=True)
class ToGrain:
    """An input of a derived metric taken at the start of a grain: in ``metric``, the input
    ``alias`` (its name when it has no alias) of the metric ``name``, at the start of each
    ``to_grain``; its measures' time dimension is by the ``measured`` grain."""

    metric: str
    alias: str
    name: str
    to_grain: str
    measured: str
    grains: tuple[str, ...] = ()
    """The grains at which MetricFlow finds it for most periods."""


@dataclass(frozen=True)
class ConversionText:
    """A conversion metric: the base measure followed by the conversion measure, for the
    same entity, within a window (none: any time later)."""

    base: str
    conversion: str
    entity: str
    window_count: int = 0
    window_grain: str = ""
    rate: bool = True
    """True: the share of base events that convert; False: the count of conversions."""


@dataclass(frozen=True)
class MetricDefinition:
    """What a metric computes, in the manifest's own terms (for pages, `kpi new`, exports)."""

    name: str
    label: str
    description: str
    type: str
    """simple, ratio, derived, cumulative or conversion."""
    expression: str = ""
    """derived: its expression; ratio: ``numerator / denominator`` (by their aliases)."""
    inputs: tuple[str, ...] = ()
    """The metrics a ratio or derived metric is made of."""
    measures: tuple[MeasureText, ...] = ()
    filters: tuple[str, ...] = ()
    """The metric's own where filters (MetricFlow's template syntax)."""
    window: str = ""
    """cumulative: ``7 day``, ``year to date``, or empty for all time (the manifest's words,
    for exports; pages say it in their language from the three fields below)."""
    window_count: int = 0
    """cumulative over a window: how many ``window_grain`` (7)."""
    window_grain: str = ""
    """cumulative over a window: its grain (``day``)."""
    grain_to_date: str = ""
    """cumulative from the start of a grain: that grain (``month`` for month to date)."""
    grain: str | None = None
    """The finest grain its time dimension gives (``day``), when known."""
    unit: str = ""
    """The unit given in the metric's ``meta: {unit: ...}``, if any."""
    semantic_models: tuple[str, ...] = ()
    input_parts: tuple[InputText, ...] = ()
    """ratio and derived: each input with its alias, offset and filters."""
    conversion: ConversionText | None = None
    """conversion: its steps, entity and window."""
    period_agg: str = ""
    """cumulative: which of its values within a period is the period's (``first``, MetricFlow's
    default, ``last`` or ``average``: `period_agg`)."""
    fill_nulls_with: tuple[int, ...] = ()
    """The values it, or a metric it is made of, gives periods without data."""
    join_to_timespine: bool = False
    """Whether it, or a metric it is made of, lists periods without data too."""
    gaps_only_in: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    """ratio and derived whose inputs do not all fill periods without data: (the inputs that
    do, the inputs that do not), so that the page says which."""
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


def _first_cause(error: BaseException) -> str:
    """The first line of what the deepest cause of ``error`` says."""
    cause: BaseException = error
    while (deeper := cause.__cause__ or cause.__context__) is not None:
        cause = deeper
    return (str(cause).strip().splitlines() or [type(cause).__name__])[0]


_GRAIN_WORDS = {"second": N_("second"), "minute": N_("minute"), "hour": N_("hour"),
                "day": N_("day"), "week": N_("week"), "month": N_("month"),
                "quarter": N_("quarter"), "year": N_("year")}
"""The grains in messages' words (MetricFlow's names are English)."""


def grain_word(grain: str) -> str:
    """A grain in the language spoken (a custom or sub-day grain as MetricFlow names it)."""
    return translated(_GRAIN_WORDS[grain]) if grain in _GRAIN_WORDS else grain


def grain_rank(grain: str) -> int:
    """0 for day; sub-day grains are finer (negative), unknown ones coarsest."""
    grain = grain.lower()
    if grain in _SUB_DAY:
        return _SUB_DAY.index(grain) - len(_SUB_DAY)
    return GRAINS.index(grain) if grain in GRAINS else len(GRAINS)


class SemanticManifest:
    """The metrics and semantic models of one manifest, with the lookups the catalog needs."""

    def __init__(self, raw: dict[str, Any], path: Path, written: int = 0):
        from dbt_semantic_interfaces.implementations.semantic_manifest import (
            PydanticSemanticManifest,
        )

        self.path = path
        self.written = written
        """When dbt wrote the file, in nanoseconds (its modification time when read): E330
        compares it with the project's YAML without asking the file again."""
        parsed = PydanticSemanticManifest.parse_obj(raw)
        self.metrics = {m.name: m for m in parsed.metrics}
        self.semantic_models = {s.name: s for s in parsed.semantic_models}
        self.saved_queries = {q.name: list(q.query_params.metrics)
                              for q in parsed.saved_queries}
        """Each saved query's metrics: a name a KPI may give for a metric's."""
        self._measures = {measure.name: (model, measure)
                          for model in parsed.semantic_models for measure in model.measures}
        self.dimensions = {d.name for s in parsed.semantic_models for d in s.dimensions}
        self.entities = {e.name for s in parsed.semantic_models for e in s.entities}
        self.time_dimensions = {d.name for s in parsed.semantic_models for d in s.dimensions
                                if d.type.value == "time"} | {"metric_time"}
        # MetricFlow reaches a model's dimensions through its primary, unique or natural
        # entities (`rider__segment`), never through a foreign one, and through the name
        # its `primary_entity` gives a model without a primary entity (`ride__ridden_at`).
        self._dimensions_by_key: dict[str, list[Any]] = {}
        self._models_by_key: dict[str, list[Any]] = {}
        for model in parsed.semantic_models:
            for key in sorted(dimension_keys(model)):
                self._dimensions_by_key.setdefault(key, []).extend(model.dimensions)
                self._models_by_key.setdefault(key, []).append(model)
        self._dimension_prefixes = self.entities | set(self._dimensions_by_key)
        """The entities a dimension may be named through: all of them, and the names of
        `primary_entity` (no entity of its own: not one for `Entity()`)."""
        self.custom_grains = [g.name for spine in parsed.project_configuration.time_spines
                              for g in spine.custom_granularities]
        configuration = parsed.project_configuration
        self.spine_grains = [_word(spine.primary_column.time_granularity)
                             for spine in configuration.time_spines] + [
            _word(legacy.grain) for legacy in configuration.time_spine_table_configurations]
        """The grains of the time spines: configured (dbt 1.9) and legacy
        (`metricflow_time_spine`, by the day)."""

    def measure(self, name: str) -> tuple[Any, Any] | None:
        """(semantic model, measure) of the measure ``name``; None if the manifest lacks it."""
        return self._measures.get(name)

    # --- names -------------------------------------------------------------------------

    def suggestion(self, name: str, names: Iterable[str] | None = None) -> str | None:
        """The closest known name (case-insensitive), or None."""
        names = list(self.metrics if names is None else names)
        lowered = {n.lower(): n for n in names}
        if name.lower() in lowered:
            return lowered[name.lower()]
        close = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=0.6)
        return lowered[close[0]] if close else None

    def metrics_meant(self, name: str) -> list[str]:
        """The metrics ``name`` most likely means, the surest first, up to three: a metric
        named so in other case, or labelled so (`Orders` for `order_count`), a name or label
        whose words it starts, or one that reads alike (`revenue` renamed `gross_revenue`
        offers the metrics named or labelled with `revenue`)."""
        return closest(name, {metric: [self.metrics[metric].label or ""]
                              for metric in self.metrics})

    def did_you_mean(self, name: str) -> str:
        """The hint naming the metrics ``name`` most likely means; empty when none is close."""
        meant = self.metrics_meant(name)
        if len(meant) == 1:
            return _("Did you mean `{name}`?", name=meant[0])
        if meant:
            return _("Did you mean one of: {ids}?", ids=", ".join(f"`{m}`" for m in meant))
        return ""

    # --- definitions -------------------------------------------------------------------

    def definition(self, name: str) -> MetricDefinition:
        metric = self.metrics[name]
        params = metric.type_params
        kind = metric.type.value.lower()
        expression, window = "", ""
        inputs: tuple[str, ...] = ()
        parts = _inputs(params) if kind in ("ratio", "derived") else []
        if kind == "ratio" and params.numerator and params.denominator:
            inputs = (params.numerator.name, params.denominator.name)
            # by their aliases, as a derived metric's expression and the inputs listed
            expression = " / ".join(part.alias or part.name
                                    for part in (params.numerator, params.denominator))
        elif kind == "derived":
            expression = params.expr or ""
            inputs = tuple(m.name for m in params.metrics or ())
        window_count, window_grain, grain_to_date, period_agg = 0, "", "", ""
        if kind == "cumulative":
            window = _window_text(params)
            window_count, window_grain, grain_to_date = _window_parts(params)
            period_agg = _period_agg(params)
        measures = []
        for ref in metric.input_measures:
            found = self._measures.get(ref.name)
            if found is None:
                continue
            model, measure = found
            additive = measure.non_additive_dimension
            choice = _word(additive.window_choice) if additive else ""
            agg_params = measure.agg_params
            measures.append(MeasureText(
                measure.name, measure.agg.value.lower(), measure.expr or measure.name,
                model.name, _filter_text(ref.filter), additive.name if additive else "",
                {"max": "last", "min": "first"}.get(choice, choice),
                agg_params.percentile if agg_params else None,
                bool(agg_params and agg_params.use_discrete_percentile),
                ", ".join(additive.window_groupings or ()) if additive else "",
                _own_time_dimension(model, measure)))
        meta = dict(metric.config.meta) if metric.config and metric.config.meta else {}
        unit = meta.get("unit")
        return MetricDefinition(
            name=metric.name, label=metric.label or "", description=metric.description or "",
            type=kind, expression=expression, inputs=inputs, measures=tuple(measures),
            filters=tuple(w.where_sql_template for w in
                          (metric.filter.where_filters if metric.filter else ())),
            window=window, window_count=window_count, window_grain=window_grain,
            grain_to_date=grain_to_date, grain=self.finest_grain(name),
            unit=unit if isinstance(unit, str) else "",
            semantic_models=tuple(dict.fromkeys(m.semantic_model for m in measures)),
            input_parts=tuple(self._input_text(part) for part in parts),
            conversion=_conversion_text(params.conversion_type_params), period_agg=period_agg,
            fill_nulls_with=tuple(self.filled_with(name)),
            join_to_timespine=self.joins_time_spine(name),
            gaps_only_in=self._gaps_only_in(metric, parts), meta=meta)

    def _gaps_only_in(self, metric: Any, parts: list[Any]) -> tuple[tuple[str, ...],
                                                                      tuple[str, ...]]:
        """(inputs that fill periods without data, inputs that do not) when only some of a
        ratio's or derived metric's inputs do: "a missing value counts as 0" holds for
        those alone, and a period one of the others lacks stays without a value."""
        if not parts or any(getattr(holder, "fill_nulls_with", None) is not None
                            or getattr(holder, "join_to_timespine", None) is True
                            for holder in (metric.type_params,)):
            return (), ()
        names = list(dict.fromkeys(part.name for part in parts))
        filling = [n for n in names if self.filled_with(n) or self.joins_time_spine(n)]
        if not filling or len(filling) == len(names):
            return (), ()
        return tuple(filling), tuple(n for n in names if n not in filling)

    def _input_text(self, part: Any) -> InputText:
        own = self.metrics.get(part.name)
        filters = [w.where_sql_template for w in
                   (own.filter.where_filters if own is not None and own.filter else ())]
        filters += [w.where_sql_template for w in
                    (part.filter.where_filters if part.filter else ())]
        window, to_grain = part.offset_window, part.offset_to_grain
        return InputText(
            part.name, part.alias or "", window.count if window else 0,
            _word(window.granularity) if window else "",
            _word(to_grain) if to_grain else "",
            tuple(filters))

    def finest_grain(self, name: str) -> str | None:
        """The finest grain all the metric's measures' time dimensions give; None if unknown."""
        grains = self._measure_grains(name)
        if None in grains:
            return None
        return max((g for g in grains if g), key=grain_rank) if grains else None

    def cumulative_taken_first(self, name: str) -> list[str]:
        """Each cumulative metric ``name`` is or is made of whose value for a period is the
        one at the period's start: `period_agg` `first`, MetricFlow's default (an explicit
        `last` or `average` is the author's choice)."""
        return [metric.name for metric in self._cumulative_parts(name)
                if _period_agg(metric.type_params) == "first"]

    def cumulative_by_day(self, name: str) -> list[tuple[str, str, str]]:
        """(metric, measure, period_agg) for each cumulative metric ``name`` is or is made
        of: MetricFlow gives a period the value of its first day (`first`, the default), its
        last (`last`) or their average (`average`), taken only from the days that have one,
        which are other days when nothing lies in the window on some of the period's."""
        return [(metric.name, measure.name, _period_agg(metric.type_params))
                for metric in self._cumulative_parts(name)
                if (measure := metric.type_params.measure) is not None]

    def cumulative_to_date(self, name: str) -> list[tuple[str, str, str]]:
        """(metric, grain, period_agg) for each cumulative metric ``name`` is or is made of
        that starts again at every ``grain`` (`grain_to_date`); `period_agg` says which of
        its values a longer period takes (``first``, the default, ``last`` or
        ``average``)."""
        return [(metric.name, to_date, _period_agg(metric.type_params))
                for metric in self._cumulative_parts(name)
                if (to_date := _window_parts(metric.type_params)[2])]

    def cumulative_parts(self, name: str) -> list[str]:
        """The cumulative metrics ``name`` is or is made of: MetricFlow computes them on the
        time spine, day by day, so a spine that ends early ends their values too."""
        return [metric.name for metric in self._cumulative_parts(name)]

    def _cumulative_parts(self, name: str) -> list[Any]:
        """The cumulative metrics ``name`` is or is made of (through ratios and derived)."""
        return [metric for metric in self._parts(name)
                if metric.type.value.lower() == "cumulative"]

    def _parts(self, name: str) -> list[Any]:
        """The metric ``name`` and every metric it is made of (through ratios and derived)."""
        found: list[Any] = []
        seen: set[str] = set()

        def visit(metric_name: str) -> None:
            metric = self.metrics.get(metric_name)
            if metric is None or metric_name in seen:
                return
            seen.add(metric_name)
            found.append(metric)
            for part in _inputs(metric.type_params):
                visit(part.name)

        visit(name)
        return found

    def conversion_measure(self, name: str) -> str | None:
        """The conversion measure of ``name`` when it is a conversion metric (None
        otherwise): MetricFlow gives it no value, not 0, where nothing converted, unless
        that measure says `fill_nulls_with`."""
        metric = self.metrics.get(name)
        params = metric.type_params.conversion_type_params if metric is not None else None
        return params.conversion_measure.name if params is not None else None

    def ratios_of_one_name(self, name: str) -> list[tuple[str, str]]:
        """(ratio, input's name) for each ratio metric ``name`` is or is made of whose
        numerator and denominator MetricFlow computes under one column name (the same
        metric, no `alias` to set them apart, whatever their filters): it divides the
        numerator by itself."""
        found = []
        for metric in self._parts(name):
            params = metric.type_params
            if metric.type.value.lower() != "ratio" or params.numerator is None \
                    or params.denominator is None:
                continue
            top, bottom = params.numerator, params.denominator
            if (top.alias or top.name).lower() == (bottom.alias or bottom.name).lower():
                found.append((metric.name, top.alias or top.name))
        return found

    def offsets_off_grain(self, name: str, grain: str) -> list[Offset]:
        """Each input of ``name``, or of a metric it is made of, offset by a window
        (`offset_window`) that MetricFlow cannot apply at ``grain``: it moves the periods'
        starts back by the window after grouping by ``grain`` (when ``grain`` is the window's
        grain or finer) and finds a value only where a period starts there. A week moved back
        1 month rarely starts a week, and 1 year never; a month moved back 1 quarter is a
        month. A coarser grain than the window's is moved day by day, as are custom grains,
        which are left alone here."""
        if grain not in GRAINS:
            return []
        found = []
        for metric in self._parts(name):
            for part in _inputs(metric.type_params):
                window = part.offset_window
                unit = _word(window.granularity) if window else ""
                if (unit in GRAINS and grain_rank(grain) <= grain_rank(unit)
                        and not _keeps_period_starts(grain, window.count, unit)):
                    found.append(Offset(metric.name, part.alias or part.name, part.name,
                                        window.count, unit))
        return found

    def to_grain_off_grain(self, name: str, grain: str) -> list[ToGrain]:
        """Each input of ``name``, or of a metric it is made of, taken at the start of a grain
        (`offset_to_grain`) that MetricFlow finds for fewer than half the periods of ``grain``.
        Grouped by ``grain`` coarser than the offset, or by week, MetricFlow takes the input
        before grouping, on the time spine at its measures' grain, for the period starting
        where the KPI's period starts; it finds one only where both the KPI's period and its
        offset start begin a period of that grain (measures by the week: a month that starts
        on a Monday). Measures by the day always give one; custom grains are left alone, and
        a grain finer than the data's (E323 refuses it)."""
        if grain not in GRAINS:
            return []
        found = []
        for metric in self._parts(name):
            for part in _inputs(metric.type_params):
                to_grain = _word(part.offset_to_grain) if part.offset_to_grain else ""
                if to_grain not in GRAINS or part.name not in self.metrics:
                    continue
                grains = self._measure_grains(part.name)
                if not grains or None in grains:
                    continue
                measured = max((g for g in grains if g), key=grain_rank)
                if (measured in GRAINS and grain_rank(measured) <= grain_rank(grain)
                        and not _finds_to_grain(grain, to_grain, measured)):
                    found.append(ToGrain(
                        metric.name, part.alias or part.name, part.name, to_grain, measured,
                        tuple(g for g in GRAINS[GRAINS.index(measured):]
                              if _finds_to_grain(g, to_grain, measured))))
        return found

    def spine_too_coarse(self, name: str, grain: str) -> list[tuple[str, str, str]]:
        """(metric, grain needed, finest time spine) for each metric ``name`` is or is made
        of that MetricFlow computes on the time spine at its measures' grain, finer than any
        time spine of the project: a cumulative metric, or an input taken earlier when
        ``grain`` is coarser than the offset (moved day by day, or hour by hour, before it is
        grouped). MetricFlow refuses such a query."""
        if not self.spine_grains:
            return []
        finest_spine = min(self.spine_grains, key=grain_rank)
        found = []

        def needs(metric: str, part: str) -> None:
            grains = [g for g in self._measure_grains(part) if g] if part in self.metrics \
                else []
            if grains:
                needed = min(grains, key=grain_rank)
                if grain_rank(needed) < grain_rank(finest_spine):
                    found.append((metric, needed, finest_spine))

        for metric in self._parts(name):
            if metric.type.value.lower() == "cumulative":
                needs(metric.name, metric.name)
            for part in _inputs(metric.type_params):
                unit = (_word(part.offset_window.granularity) if part.offset_window else
                        _word(part.offset_to_grain) if part.offset_to_grain else "")
                if unit and grain_rank(grain) > grain_rank(unit):
                    needs(metric.name, part.name)
        return list(dict.fromkeys(found))

    def weekly_time_dimensions(self, name: str) -> list[tuple[str, str]]:
        """(semantic model, time dimension) for each time dimension by the week that a
        measure of ``name`` is aggregated by: grouped by month, quarter or year, MetricFlow
        puts each week whole in the period of its first day."""
        found = []
        for ref in self.metrics[name].input_measures:
            model, measure = self._measures.get(ref.name, (None, None))
            dimension = _time_dimension(model, measure) if model is not None else None
            if dimension is not None and dimension.type_params is not None \
                    and _word(dimension.type_params.time_granularity) == "week":
                found.append((model.name, dimension.name))
        return list(dict.fromkeys(found))

    def _measure_grains(self, name: str) -> list[str | None]:
        """The grain of the time dimension each measure of ``name`` is aggregated by (None:
        a measure or time dimension the manifest does not have)."""
        grains: list[str | None] = []
        for ref in self.metrics[name].input_measures:
            found = self._measures.get(ref.name)
            if found is None:
                grains.append(None)
                continue
            dimension = _time_dimension(*found)
            grains.append(_word(dimension.type_params.time_granularity)
                          if dimension is not None and dimension.type_params is not None
                          else None)
        return grains

    def filled_with(self, name: str) -> list[int]:
        """The values MetricFlow gives periods without data (`fill_nulls_with`) in ``name``
        or the metrics it is made of, in any of the places dbt's versions put it (a
        metric's measure, a conversion's measures, the metric itself); empty for none."""
        return sorted({value for holder in self._measure_holders(name)
                       if isinstance(value := getattr(holder, "fill_nulls_with", None), int)
                       and not isinstance(value, bool)})

    def joins_time_spine(self, name: str) -> bool:
        """Whether ``name`` or a metric it is made of lists every period, those without data
        too (`join_to_timespine`), wherever dbt's versions put it."""
        return any(getattr(holder, "join_to_timespine", None) is True
                   for holder in self._measure_holders(name))

    def _measure_holders(self, name: str) -> Iterable[Any]:
        """Where dbt's versions put `fill_nulls_with` and `join_to_timespine`: a metric's
        measure, a conversion's measures, the metric's own parameters."""
        for metric in self._parts(name):
            params = metric.type_params
            conversion = params.conversion_type_params
            yield from (params, params.measure, *metric.input_measures,
                        *((conversion.base_measure, conversion.conversion_measure)
                          if conversion else ()))

    # --- filters -----------------------------------------------------------------------

    def filter_problems(self, where: str) -> list[tuple[str, str]]:
        """(problem, hint) for each name in a where filter that the manifest does not know;
        one problem when the filter cannot be read at all."""
        from dbt_semantic_interfaces.implementations.filters.where_filter import (
            PydanticWhereFilter,
        )

        try:
            sets = PydanticWhereFilter(where_sql_template=where).call_parameter_sets(
                custom_granularity_names=self.custom_grains)
        except Exception as error:  # the parser raises several kinds; all mean "unreadable"
            first = _first_cause(error)
            sets = None
        if sets is None:  # out of the except: the calls read alone fail on their own
            told = self._badly_named(where, first)
            if told is not None:
                # The parser stops at the first such name: each {{ }} read alone names all.
                return self._problems_call_by_call(where) or [told]
            return [(_("The filter is not in MetricFlow's where syntax ({problem}).",
                       problem=first),
                     _("Write names as {{{{ Dimension('entity__dimension') }}}}, e.g. "
                       "{{{{ Dimension('order__channel') }}}} = 'app'."))]
        problems = []

        def check(name: str, known: Iterable[str], what: str) -> bool:
            if name in known:
                return True
            kind = translated(_KINDS[what])
            close = self.suggestion(name, known)
            hint = _("Did you mean `{name}`?", name=close) if close else \
                _("Use a name the dbt project's semantic models give ({kind}).", kind=kind)
            problems.append((_("The filter names the {kind} `{name}`, which the semantic "
                               "manifest does not have.", kind=kind, name=name), hint))
            return False

        def reachable(entity_path: tuple[Any, ...], name: str) -> None:
            """``entity__name``: a semantic model whose key that entity is has the dimension."""
            if not entity_path or name == "metric_time":
                return
            entity = entity_path[-1].element_name
            if entity not in self._dimension_prefixes:
                return  # said already
            if any(d.name == name for d in self._dimensions_by_key.get(entity, ())):
                return
            through = sorted(key for key, dimensions in self._dimensions_by_key.items()
                             if any(d.name == name for d in dimensions))
            problems.append((
                _("The filter names `{entity}__{name}`, and no semantic model whose primary "
                  "entity is `{entity}` has the dimension `{name}`.", entity=entity, name=name),
                _("Reach `{name}` through an entity of a semantic model that has it: {entities}.",
                  name=name, entities=", ".join(f"`{e}__{name}`" for e in through))))

        def named_through(entity_path: tuple[Any, ...], name: str, known: Iterable[str],
                          what: str) -> None:
            """A dimension or time dimension and the entities it is named through."""
            name_known = check(name, known, what)
            entities_known = all([check(entity.element_name, self._dimension_prefixes,
                                        "entity") for entity in entity_path])
            if name_known and entities_known:
                reachable(entity_path, name)

        for dimension in sets.dimension_call_parameter_sets:
            named_through(dimension.entity_path, dimension.dimension_reference.element_name,
                          self.dimensions, "dimension")
        for time in sets.time_dimension_call_parameter_sets:
            named_through(time.entity_path, time.time_dimension_reference.element_name,
                          self.time_dimensions, "time dimension")
            grain = time.time_granularity_name
            too_fine = self._finer_than_it_is(time.entity_path,
                                              time.time_dimension_reference.element_name,
                                              grain)
            if too_fine is not None:
                problems.append(too_fine)
            if grain and grain.lower() not in (*_SUB_DAY, *GRAINS) \
                    and grain not in self.custom_grains:
                close = self.suggestion(grain, (*GRAINS, *self.custom_grains))
                problems.append((
                    _("The filter asks for the time grain `{grain}`, which MetricFlow and the "
                      "dbt project's time spine do not have.", grain=grain),
                    _("Did you mean `{name}`?", name=close) if close else
                    _("Use a grain MetricFlow has ({grains}) or a custom grain of the time "
                      "spine.", grains=", ".join(GRAINS))))
        for named in sets.entity_call_parameter_sets:
            for entity in named.entity_path:
                check(entity.element_name, self._dimension_prefixes, "entity")
            check(named.entity_reference.element_name, self.entities, "entity")
        for metric in sets.metric_call_parameter_sets:
            check(metric.metric_reference.element_name, self.metrics, "metric")
            for by in metric.group_by:
                check(by.element_name, self.entities, "entity")
        return problems


    def _finer_than_it_is(self, entity_path: tuple[Any, ...], name: str,
                          grain: str | None) -> tuple[str, str] | None:
        """(message, hint) when a filter asks for the time dimension ``entity__name`` by a
        standard grain finer than the one its semantic model gives: MetricFlow has no such
        group-by item and refuses the query (`metric_time` depends on the metric: not
        told here)."""
        if not entity_path or not grain or grain.lower() not in (*_SUB_DAY, *GRAINS):
            return None
        entity = entity_path[-1].element_name
        held = [(model.name, _word(d.type_params.time_granularity))
                for model in self._models_by_key.get(entity, ()) for d in model.dimensions
                if d.name == name and d.type_params is not None
                and d.type_params.time_granularity is not None]
        if not held:
            return None
        model, own = min(held, key=lambda pair: grain_rank(pair[1]))
        if grain_rank(grain) >= grain_rank(own):
            return None
        named = f"{entity}__{name}"
        return (_("The filter asks for `{name}` by the {grain}, and the semantic model "
                  "`{model}` has it by the {own} at the finest.", name=named,
                  grain=grain_word(grain), model=model, own=grain_word(own)),
                _("Ask for it by the {own} or a coarser grain (`{{{{ TimeDimension('{name}', "
                  "'{own_name}') }}}}`).", own=grain_word(own), name=named, own_name=own))

    def _problems_call_by_call(self, where: str) -> list[tuple[str, str]]:
        """:meth:`filter_problems` of each ``{{ ... }}`` of a filter read alone, in their order
        (each problem once); empty when one of them cannot be read for another reason than a
        name's form (the filter's problem is then said of the whole). Each is read by
        MetricFlow's parser as the whole filter is, nothing else evaluated."""
        from dbt_semantic_interfaces.implementations.filters.where_filter import (
            PydanticWhereFilter,
        )

        calls = _CALL.findall(where)
        if len(calls) < 2 or len(calls) > _MAX_CALLS:
            return []
        found: list[tuple[str, str]] = []
        for call in calls:
            try:
                PydanticWhereFilter(where_sql_template=call).call_parameter_sets(
                    custom_granularity_names=self.custom_grains)
            except Exception as error:
                told = self._badly_named(call, _first_cause(error))
                if told is None:
                    return []
                problems = [told]
            else:
                problems = self.filter_problems(call)
            found += [problem for problem in problems if problem not in found]
        return found

    def _badly_named(self, where: str, first: str) -> tuple[str, str] | None:
        """The problem of a name MetricFlow's parser refused for its form (its message
        ``first``), said with the form it takes; None for any other failure."""
        badly_named = _BAD_NAME.match(first)
        return self._name_form_problem(where, badly_named.group(1)) if badly_named else None

    def _name_form_problem(self, where: str, name: str) -> tuple[str, str] | None:
        """A dimension named without its entity (`price_band`) or through more than one
        (`account__plan__tier`), which MetricFlow's parser refuses, with the way to write
        it; None when the name says too little to tell."""
        call = re.search(r"\b(TimeDimension|Dimension)\(\s*['\"]" + re.escape(name) + "['\"]",
                         where)
        kind = call.group(1) if call else "Dimension"
        parts = name.split("__")
        grain = parts.pop() if len(parts) > 1 and parts[-1].lower() in GRAINS else ""
        dimension, entities = parts[-1], parts[:-1]
        suffix = f"__{grain}" if grain else ""
        if not entities:
            through = sorted((key for key, dimensions in self._dimensions_by_key.items()
                              if any(d.name == dimension for d in dimensions)),
                             key=lambda key: (key not in self.entities, key))
            if not through:
                return None
            return (_("The filter names `{name}` without the entity it is reached through: "
                      "MetricFlow needs `entity__{name}`.", name=dimension),
                    _("Write {names} in its place.",
                      names=or_list([f"`{key}__{dimension}{suffix}`" for key in through[:3]])))
        if len(entities) < 2:
            return None
        short = f"{entities[-1]}__{dimension}{suffix}"
        path = ", ".join(f"'{entity}'" for entity in entities[:-1])
        example = f"{{{{ {kind}('{short}', entity_path=[{path}]) }}}}"
        return (_("The filter names `{name}`, with more than one entity in the name: "
                  "MetricFlow reads only the last entity there, and the ones before it in "
                  "`entity_path`.", name=name),
                _("Write `{short}` in its place and add `entity_path=[{path}]`: {example}.",
                  short=short, path=path, example=example))

    # --- join paths --------------------------------------------------------------------

    def unreachable(self, where: str, metric: str) -> list[tuple[str, str]]:
        """(problem, hint) for each dimension or entity of a where filter that ``metric``
        cannot reach: MetricFlow joins the semantic model a metric's values come from to
        another one only on an entity that is the other's key (primary, unique; natural on a
        model with a validity window), at most two joins, along the entities the name lists
        (`order__customer__region`); an entity named without a path is the model's own. A
        metric in the filter (`Metric('orders', group_by=['customer'])`) is joined on an
        entity both metrics' semantic models have. A filter :meth:`filter_problems` finds
        fault with, or a metric whose models are not known, gets none."""
        from dbt_semantic_interfaces.implementations.filters.where_filter import (
            PydanticWhereFilter,
        )

        models = self._source_models(metric)
        if not models:
            return []
        try:
            sets = PydanticWhereFilter(where_sql_template=where).call_parameter_sets(
                custom_granularity_names=self.custom_grains)
        except Exception:  # filter_problems says why
            return []
        # (entity path, name, whether the name is an entity's)
        named = [(d.entity_path, d.dimension_reference.element_name, False)
                 for d in sets.dimension_call_parameter_sets]
        named += [(t.entity_path, t.time_dimension_reference.element_name, False)
                  for t in sets.time_dimension_call_parameter_sets]
        named += [(e.entity_path, e.entity_reference.element_name, True)
                  for e in sets.entity_call_parameter_sets]
        problems = []
        for entity_path, name, is_entity in named:
            path = tuple(entity.element_name for entity in entity_path)
            if (not path and not is_entity) or name == "metric_time":
                continue
            for model in models:
                if self._reaches(model, path, name, entity=is_entity):
                    continue
                problems.append(self._unreached(metric, model, path, name, is_entity))
                break
            else:
                problems += self._reached_apart(metric, models, path, name, is_entity)
        for called in sets.metric_call_parameter_sets:
            problems += self._metric_unjoined(metric, models, called.metric_reference.element_name,
                                              [by.element_name for by in called.group_by])
        for time in sets.time_dimension_call_parameter_sets:
            if not time.entity_path and time.time_dimension_reference.element_name == \
                    "metric_time":
                problems += self._metric_time_too_fine(metric, time.time_granularity_name)
        return problems

    def _metric_time_too_fine(self, metric: str, grain: str | None) -> list[tuple[str, str]]:
        """(message, hint) when a filter asks for `metric_time` by a standard grain finer
        than the one ``metric``'s measures are measured by (by the day, of traffic counted by
        the week): MetricFlow has no such `metric_time` for the metric and refuses the
        query."""
        finest = self.finest_grain(metric)
        if not grain or grain.lower() not in (*_SUB_DAY, *GRAINS) or finest is None \
                or grain_rank(grain.lower()) >= grain_rank(finest):
            return []
        return [(_("The filter asks for `metric_time` by the {grain}, and `{metric}` is "
                   "measured by the {finest} at the finest: MetricFlow has no `metric_time` by "
                   "the {grain} for it and refuses the query.", grain=grain_word(grain.lower()),
                   metric=metric, finest=grain_word(finest)),
                 _("Ask for it by the {finest} or a coarser grain (`{{{{ TimeDimension("
                   "'metric_time', '{finest_name}') }}}}`).", finest=grain_word(finest),
                   finest_name=finest))]

    def _unreached(self, metric: str, model: Any, path: tuple[str, ...], name: str,
                   entity: bool) -> tuple[str, str]:
        """Why ``model`` (of ``metric``) does not reach ``path__name``, and the ways it does."""
        # MetricFlow matches a name to the end of a path: the last entity will do
        routes = list(dict.fromkeys(f"{links[-1]}__{name}" if links else name
                                    for links in self._paths(model, name, entity=entity)))
        if path:
            problem = _("The filter names `{element}`, which the metric `{metric}` cannot "
                        "reach: its values come from the semantic model `{model}`, and "
                        "MetricFlow finds no join from it along {entities} to a semantic model "
                        "with `{name}`.", element="__".join((*path, name)), metric=metric,
                        model=model.name, entities=" → ".join(f"`{e}`" for e in path),
                        name=name)
        else:
            problem = _("The filter names the entity `{name}` without a path, which the metric "
                        "`{metric}` cannot reach: its values come from the semantic model "
                        "`{model}`, which does not have that entity, and MetricFlow names an "
                        "entity without a path only on the metric's own semantic model.",
                        name=name, metric=metric, model=model.name)
        if routes:
            hint = _("`{metric}` reaches `{name}` as {routes}.", metric=metric, name=name,
                     routes=", ".join(f"`{r}`" for r in routes[:5]))
        elif entity:
            hint = _("Filter by an entity `{metric}` reaches (`mf list entities --metrics "
                     "{metric}` lists them), or give `{model}` an entity that joins it to a "
                     "semantic model with the entity `{name}`.", metric=metric,
                     model=model.name, name=name)
        else:
            hint = _("Filter by a dimension `{metric}` reaches (`mf list dimensions "
                     "--metrics {metric}` lists them), or give `{model}` an entity that "
                     "joins it to a semantic model with `{name}`.", metric=metric,
                     model=model.name, name=name)
        return problem, hint

    def _reached_apart(self, metric: str, models: list[Any], path: tuple[str, ...],
                       name: str, entity: bool) -> list[tuple[str, str]]:
        """A ratio or derived metric whose semantic models each reach ``path__name``, by
        different joins (revenue on orders through `customer`, refunds through `order` then
        `customer`): MetricFlow resolves the name for each input on its own and refuses the
        query unless all find the same item."""
        if len(models) < 2:
            return []
        taken = {model.name: next(links for links in self._paths(model, name, entity=entity)
                                  if len(links) >= len(path) and links[-len(path):] == path)
                 for model in models}
        if len(set(taken.values())) < 2:
            return []
        element = "__".join((*path, name))
        ways = ", ".join(_("`{model}` through {entities}", model=model, entities=" → ".join(
            f"`{e}`" for e in links) or "—") for model, links in taken.items())
        return [(_("The filter names `{element}`, which the semantic models of `{metric}`'s "
                   "inputs reach by different joins ({ways}): MetricFlow needs the same one "
                   "for all the inputs of a ratio or derived metric, and refuses the query.",
                   element=element, metric=metric, ways=ways),
                 _("Define in the dbt project a metric like `{metric}` whose inputs each take "
                   "the filter (an input's `filter`, each through its own join), run `dbt "
                   "parse` and name it here; or filter by a dimension all the inputs of "
                   "`{metric}` reach by the same join.", metric=metric))]

    def _metric_unjoined(self, metric: str, models: list[Any], other: str,
                         group_by: list[str]) -> list[tuple[str, str]]:
        """A metric in the filter, ``other`` per each entity of ``group_by``: MetricFlow
        computes it per entity and joins it on that entity, which both metrics' own semantic
        models must have; it cannot compute per entity a metric that needs `metric_time`
        (cumulative over a window or to a date, or an input offset in time)."""
        inner = self._source_models(other)
        if not inner:
            return []  # unknown: filter_problems says so
        timed = self._needs_metric_time(other)
        if timed is not None:
            return [(_("The filter asks for the metric `{other}` per entity, which MetricFlow "
                       "cannot compute: `{part}` needs `metric_time` (cumulative over a window "
                       "or to a date, or offset in time).", other=other, part=timed),
                     _("Filter by another metric, or by a dimension."))]
        problems = []
        for entity in group_by:
            for side, owner in ((metric, models), (other, inner)):
                model = next((m for m in owner if not _has_entity(m, entity)), None)
                if model is None:
                    continue
                problems.append((
                    _("The filter joins the metric `{other}` on the entity `{entity}`, which "
                      "the semantic model `{model}` of `{side}` does not have: MetricFlow "
                      "joins a metric in a filter on an entity of both metrics' own semantic "
                      "models.", other=other, entity=entity, model=model.name, side=side),
                    _("Group `{other}` by an entity `{model}` has: {entities}.", other=other,
                      model=model.name, entities=", ".join(
                          f"`{e.name}`" for e in model.entities))))
                break
        return problems

    def _needs_metric_time(self, name: str) -> str | None:
        """The metric ``name`` is or is made of that MetricFlow computes only with
        `metric_time`: cumulative over a window or to a date, or derived from an input
        offset in time (`offset_window`, `offset_to_grain`); ``None`` if none."""
        for metric in self._parts(name):
            kind = metric.type.value.lower()
            if kind == "cumulative" and any(_window_parts(metric.type_params)[1:]):
                return str(metric.name)
            if kind == "derived" and any(part.offset_window or part.offset_to_grain
                                         for part in _inputs(metric.type_params)):
                return str(metric.name)
        return None

    def _source_models(self, name: str) -> list[Any]:
        """The semantic models a metric's values come from: each measure's, through ratios
        and derived metrics (a conversion metric: its base measure's); empty if unknown."""
        models: dict[str, Any] = {}
        for metric in self._parts(name):
            params = metric.type_params
            kind = metric.type.value.lower()
            if kind in ("ratio", "derived"):
                continue
            conversion = params.conversion_type_params
            refs = ([conversion.base_measure] if conversion is not None
                    else [params.measure] if params.measure is not None
                    else list(metric.input_measures))
            for ref in refs:
                found = self._measures.get(ref.name)
                if found is None:
                    return []
                models[found[0].name] = found[0]
        return list(models.values())

    def _reaches(self, model: Any, path: tuple[str, ...], name: str, *,
                 entity: bool = False) -> bool:
        """Whether a path MetricFlow takes from ``model`` to the dimension (or ``entity``)
        ``name`` ends in the entities ``path`` names (it matches the path named as the end
        of the path taken, the shortest first: `city__province` may be two joins away); an
        empty ``path`` is the model's own entity."""
        return any(len(links) >= len(path) and links[-len(path):] == path
                   for links in self._paths(model, name, entity=entity))

    def _paths(self, model: Any, name: str, *, entity: bool = False) -> list[tuple[str, ...]]:
        """The entity paths through which ``model`` reaches the dimension (or ``entity``)
        ``name``: its own (through one of its keys; an entity of its own also without a
        path), one join, two joins (MetricFlow's most); shortest first."""
        has = _has_entity if entity else _has
        paths: list[tuple[str, ...]] = []
        if has(model, name):
            paths += [()] if entity else []
            paths += [(key,) for key in sorted(dimension_keys(model)) if key != name or not entity]
        for link, other in self._joined_by_entity(model):
            if has(other, name) and (link != name or not entity):
                paths.append((link,))
            for second, far in self._joined_by_entity(other):
                if has(far, name) and (second != name or not entity):
                    paths.append((link, second))
        return sorted(dict.fromkeys(paths), key=len)

    def _joined(self, model: Any, entity: str) -> list[Any]:
        """The semantic models MetricFlow joins to ``model`` on ``entity`` (no fan-out: the
        entity is the other model's key)."""
        left = next((e for e in model.entities if e.name == entity), None)
        if left is None:
            return []
        joined = []
        for other in self.semantic_models.values():
            if other is model:
                continue
            right = next((e for e in other.entities if e.name == entity), None)
            kind = _word(right.type) if right is not None else ""
            if kind in ("primary", "unique") or (
                    kind == "natural" and _word(left.type) != "natural" and _windowed(other)
                    and not _windowed(model)):
                joined.append(other)
        return joined

    def _joined_by_entity(self, model: Any) -> list[tuple[str, Any]]:
        return [(entity.name, other) for entity in model.entities
                for other in self._joined(model, entity.name)]


def _time_dimension(model: Any, measure: Any) -> Any:
    """The time dimension ``measure`` of ``model`` is aggregated by; None if it lacks it."""
    name = measure.agg_time_dimension or (
        model.defaults.agg_time_dimension if model.defaults else None)
    return next((d for d in model.dimensions if d.name == name), None)


def dimension_keys(model: Any) -> set[str]:
    """The entities a model's own dimensions are named through: its primary, unique and
    natural entities (and `primary_entity`)."""
    keys = {e.name for e in model.entities if _word(e.type) in ("primary", "unique", "natural")}
    primary = getattr(model, "primary_entity", None)
    return keys | ({primary} if primary else set())


def _has(model: Any, name: str) -> bool:
    return any(d.name == name for d in model.dimensions)


def _has_entity(model: Any, name: str) -> bool:
    return any(e.name == name for e in model.entities)


def _windowed(model: Any) -> bool:
    """A model with a validity window (a slowly changing dimension)."""
    return any(d.type_params is not None and getattr(d.type_params, "validity_params", None)
               for d in model.dimensions)


def _own_time_dimension(model: Any, measure: Any) -> str:
    """The measure's `agg_time_dimension` when it differs from its semantic model's
    default one (empty when it has none of its own)."""
    own = measure.agg_time_dimension
    default = model.defaults.agg_time_dimension if model.defaults else None
    return own if own and own != default else ""


def _word(value: Any) -> str:
    """An enum's value or a string, in lower case: dbt's manifest types give one or the other
    (granularities became strings when custom grains came)."""
    return str(getattr(value, "value", value)).lower()


def _inputs(params: Any) -> list[Any]:
    """The metrics a ratio (numerator, denominator) or derived metric is made of."""
    return [part for part in (params.numerator, params.denominator, *(params.metrics or ()))
            if part is not None]


@lru_cache(maxsize=64)
def _keeps_period_starts(grain: str, count: int, unit: str) -> bool:
    """Whether moving the start of every period of ``grain`` back by ``count`` ``unit`` gives
    the start of a period of ``grain`` (tried on the periods of four years)."""
    day = date(2024, 1, 1)
    while day < date(2028, 1, 1):
        if _starts(grain, day) and not _starts(grain, _back(day, count, unit)):
            return False
        day += timedelta(days=1)
    return True


@lru_cache(maxsize=64)
def _finds_to_grain(grain: str, to_grain: str, measured: str) -> bool:
    """Whether MetricFlow finds, for at least half the periods of ``grain`` (those of four
    years), an input taken at the start of ``to_grain`` whose measures are by ``measured``.
    Grouped by a grain no coarser than ``to_grain`` (not week) it joins after grouping, and
    each period's offset start begins a period of ``grain``. Otherwise it joins the time
    spine at the measures' grain first, keeping the spine's periods that start where a
    period of ``grain`` starts, each taken at its ``to_grain`` start: both must begin a
    period of ``measured``."""
    if grain != "week" and grain_rank(grain) <= grain_rank(to_grain):
        return True
    found = periods = 0
    day = date(2024, 1, 1)
    while day < date(2028, 1, 1):
        if _starts(grain, day):
            periods += 1
            found += _starts(measured, day) and _starts(measured, _truncated(to_grain, day))
        day += timedelta(days=1)
    return 2 * found >= periods


def _truncated(grain: str, day: date) -> date:
    """The first day of the period of ``grain`` ``day`` lies in (weeks start on Monday)."""
    if grain == "week":
        return day - timedelta(days=day.weekday())
    months = {"day": 0, "month": 1, "quarter": 3, "year": 12}[grain]
    return day if months == 0 else date(day.year, (day.month - 1) // months * months + 1, 1)


def _starts(grain: str, day: date) -> bool:
    """Whether ``day`` is the first day of a period of ``grain`` (a week starts on Monday,
    as MetricFlow's weeks do)."""
    if grain == "week":
        return day.weekday() == 0
    months = {"day": 0, "month": 1, "quarter": 3, "year": 12}[grain]
    return months == 0 or day.day == 1 and (day.month - 1) % months == 0


def _back(day: date, count: int, unit: str) -> date:
    if unit in ("day", "week"):
        return day - timedelta(days=count * (7 if unit == "week" else 1))
    year, month = months_after(day.year, day.month,
                               -count * {"month": 1, "quarter": 3, "year": 12}[unit])
    return date(year, month, min(day.day, month_span(year, month)[1].day))


def _window_text(params: Any) -> str:
    """A metric's window in the manifest's words (``7 day``, ``month to date``)."""
    count, grain, to_date = _window_parts(params)
    if grain:
        return f"{count} {grain}"
    return f"{to_date} to date" if to_date else ""


def _period_agg(params: Any) -> str:
    """Which of a cumulative metric's daily values a longer period takes: ``first`` (MetricFlow's
    default, also when the metric writes none), ``last`` or ``average``."""
    cumulative = params.cumulative_type_params
    return _word(cumulative.period_agg if cumulative and cumulative.period_agg else "first")


def _window_parts(params: Any) -> tuple[int, str, str]:
    """(count, grain, grain to date) of a cumulative metric's window (dbt's MetricTypeParams;
    any version's shape); (0, "", "") for all time."""
    cumulative = params.cumulative_type_params
    window = (cumulative.window if cumulative and cumulative.window else params.window)
    grain_to_date = (cumulative.grain_to_date if cumulative and cumulative.grain_to_date
                     else params.grain_to_date)
    if window:
        return window.count, _word(window.granularity), ""
    if grain_to_date:
        return 0, "", _word(grain_to_date)
    return 0, "", ""


def _conversion_text(params: Any) -> ConversionText | None:
    if params is None:
        return None
    window = params.window
    return ConversionText(
        params.base_measure.name, params.conversion_measure.name, params.entity,
        window.count if window else 0, _word(window.granularity) if window else "",
        _word(params.calculation) != "conversions")


def _filter_text(intersection: Any) -> str:
    if not intersection:
        return ""
    return " and ".join(w.where_sql_template for w in intersection.where_filters)


def load_manifest(path: Path) -> SemanticManifest:
    """The manifest at ``path``; :class:`ManifestProblem` when it is missing or unreadable.
    Kept per file version, so a served site reads it again only when `dbt parse` rewrote it."""
    try:
        stat = path.stat()
    except OSError:
        raise ManifestProblem("missing") from None
    return _load(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _load(path: Path, mtime: int, _size: int) -> SemanticManifest:
    try:
        raw = json_text.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ManifestProblem(_("it is not a JSON file ({problem})", problem=error)) from None
    try:
        return SemanticManifest(raw, path, mtime)
    except Exception as error:  # pydantic's ValidationError, or a key missing in old files
        first = (str(error).strip().splitlines() or [""])[0]
        raise ManifestProblem(_("it is not a semantic manifest dbt wrote ({problem})",
                                problem=first)) from None
