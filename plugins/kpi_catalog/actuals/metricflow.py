"""`kpi actuals pull` for KPIs that name a semantic metric: MetricFlow computes the values,
one engine per pull, on the dbt project's own connection.

MetricFlow is used through its Python API (:class:`MetricFlowEngine`), the way the `mf`
command sets it up (dbt-metricflow): the dbt profile gives the warehouse connection, the
semantic manifest gives the metrics. Starting takes a few seconds (importing dbt); each
query then takes tens of milliseconds, so a pull starts one engine and asks it once per KPI.

dbt resolves relative paths in `profiles.yml` (a DuckDB file) against the folder it runs in,
so the engine is started and used with the dbt project folder as the working folder, as when
someone runs `dbt` or `mf` there.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import re
import shlex
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kpi_catalog import yaml_text
from kpi_catalog.actuals.period_ends import Cumulative, days_with_value, not_the_periods
from kpi_catalog.actuals.pulled import Pulled, before_baseline
from kpi_catalog.actuals.sources import Cell, Row, computed_number
from kpi_catalog.checking.semantic import FIELD, catalog_manifest, kpi_grain, manifest_path
from kpi_catalog.i18n.messages import _, shown
from kpi_catalog.model import codes
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.enums import Frequency, Lifecycle
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.periods import (
    next_period,
    period_containing,
    period_end,
    same_period,
    series_form,
    series_frequency,
)


class EngineProblem(Exception):
    """MetricFlow could not start on the dbt project (not one KPI's fault)."""


class EngineMissing(EngineProblem):
    """Nothing here can run MetricFlow: it is not installed, or the dbt project is not in
    this checkout (a catalog may keep only the manifest). The pull leaves the semantic KPIs
    out, as it leaves out the KPIs with a query when no database is given."""


class QueryProblem(Exception):
    """One query failed: what failed in plain words (in the messages' language) and
    MetricFlow's own text, shortened, as the detail."""

    def __init__(self, plain: str, detail: str = ""):
        super().__init__(f"{plain} {detail}".strip())
        self.plain, self.detail = plain, detail


def _what_failed(error: BaseException) -> str:
    """A plain sentence for a failed query, from the kind of error: MetricFlow refusing the
    query it was asked, the warehouse refusing the SQL (its driver's error is in the
    chain), or anything else."""
    chain: list[BaseException] = []
    cause: BaseException | None = error
    while cause is not None and len(chain) < 10:
        chain.append(cause)
        cause = cause.__cause__ or cause.__context__
    if any("InvalidQuery" in kind.__name__ for e in chain for kind in type(e).__mro__):
        return _("MetricFlow cannot make the query from the semantic manifest: a name in the "
                 "filter it cannot resolve, or a dimension the metric cannot reach.")
    if any(type(e).__module__.split(".")[0].lstrip("_") not in _OWN_MODULES for e in chain):
        return _("the warehouse refused MetricFlow's query: a table, column or function it "
                 "does not have, SQL in the filter it cannot read, or a connection that may "
                 "not read the data.")
    return _("MetricFlow stopped with an error.")


_OWN_MODULES = {"builtins", "dbt", "dbt_common", "dbt_metricflow", "metricflow",
                "metricflow_semantics", "dbt_semantic_interfaces", "concurrent", "kpi_catalog"}
"""Where the errors of dbt and MetricFlow themselves come from; any other module in a failed
query's chain of errors is the warehouse's driver (`_duckdb`, `psycopg2`, `snowflake`)."""


@dataclass(frozen=True)
class Point:
    start: date
    value: float | None


class Engine:
    """A started MetricFlow engine; use :func:`start` to get one."""

    def __init__(self, engine, project: Path, manifest_text: str, sql_client):
        self._engine, self.project = engine, project
        self._manifest_text, self._sql_client = manifest_text, sql_client
        self._unfilled = None
        self._spine: tuple[date, date] | None = None
        self._spine_asked = False
        self.undated: float | None = None
        """The value the last :meth:`series` gave rows whose time dimension is empty (a
        ticket not resolved yet, grouped by its resolution date): MetricFlow groups them
        under no period; None when it gave none, or no value."""

    def series(self, metric: str, grain: str, where: str | None, *,
               filled: bool = True) -> list[Point]:
        """The metric grouped by ``metric_time__<grain>``, oldest first. ``filled=False``:
        as if no metric said `fill_nulls_with` or `join_to_timespine`, so that only the
        periods with data have a value (the same warehouse, read the same way)."""
        from metricflow.engine.metricflow_engine import MetricFlowQueryRequest

        group_by = f"metric_time__{grain}"
        request = MetricFlowQueryRequest.create(
            metric_names=[metric], group_by_names=[group_by],
            where_constraints=[where] if where else None, order_by_names=[group_by])
        try:
            with _in_folder(self.project), _quiet():
                engine = self._engine if filled else self._unfilled_engine()
                result = engine.query(request)
        except Exception as error:  # MetricFlow and the adapters raise many kinds
            raise QueryProblem(_what_failed(error), short_message(error)) from None
        table = result.result_df
        if table is None:
            raise QueryProblem(_("MetricFlow returned no table."))
        names = [name.lower() for name in table.column_names]
        time_at, value_at = names.index(group_by), names.index(metric.lower())
        points = []
        self.undated = None
        for row in table.rows:
            start = row[time_at]
            if isinstance(start, datetime):
                start = start.date()
            value = row[value_at]
            number = None if value is None else computed_number(float(value))
            if start is None:
                self.undated = number  # no period to give it to
                continue
            points.append(Point(start, number))
        return sorted(points, key=lambda p: p.start)

    def spine_days(self) -> tuple[date, date] | None:
        """The first and last day of the time spine by the day, as MetricFlow reads it
        (`metric_time` alone: no metric, the spine's own rows); None when it has none, or
        MetricFlow cannot read it (a spine by the day the warehouse lacks, while a metric
        joined to the spine is grouped by the month on a spine by the month): the KPI's own
        query says what fails, if anything. Asked once per pull."""
        if not self._spine_asked:
            from metricflow.engine.metricflow_engine import MetricFlowQueryRequest

            self._spine_asked = True
            request = MetricFlowQueryRequest.create(group_by_names=["metric_time__day"])
            try:
                with _in_folder(self.project), _quiet():
                    table = self._engine.query(request).result_df
            except Exception:  # MetricFlow and the adapters raise many kinds
                return None
            days = [day.date() if isinstance(day, datetime) else day
                    for (day,) in (table.rows if table is not None else ()) if day is not None]
            self._spine = (min(days), max(days)) if days else None
        return self._spine

    def _unfilled_engine(self):
        """A second engine on the manifest without `fill_nulls_with` and
        `join_to_timespine`, made when first needed."""
        if self._unfilled is None:
            self._unfilled = _engine_on(_without_filling(self._manifest_text),
                                        self._sql_client)
        return self._unfilled


def _engine_on(manifest_text: str, sql_client):
    from metricflow.engine.metricflow_engine import MetricFlowEngine
    from metricflow_semantics.model.dbt_manifest_parser import (
        parse_manifest_from_dbt_generated_manifest,
    )
    from metricflow_semantics.model.semantic_manifest_lookup import SemanticManifestLookup

    semantic = parse_manifest_from_dbt_generated_manifest(manifest_text)
    return MetricFlowEngine(semantic_manifest_lookup=SemanticManifestLookup(semantic),
                            sql_client=sql_client)


def _without_filling(manifest_text: str) -> str:
    """The manifest with every metric's `fill_nulls_with` and `join_to_timespine` unset,
    wherever dbt's version writes them (a metric's measure, its input measures, a
    conversion's measures, the metric's own parameters)."""

    def unset(node: object) -> None:
        if isinstance(node, dict):
            if "fill_nulls_with" in node:
                node["fill_nulls_with"] = None
            if "join_to_timespine" in node:
                node["join_to_timespine"] = False
            for value in node.values():
                unset(value)
        elif isinstance(node, list):
            for value in node:
                unset(value)

    raw = json.loads(manifest_text)
    unset(raw.get("metrics"))
    return json.dumps(raw)


@contextlib.contextmanager
def start(project: Path, manifest: Path, profiles_dir: Path | None,
          target: str | None) -> Iterator[Engine]:
    """A MetricFlow engine on the dbt project; :class:`EngineProblem` when it cannot start."""
    try:
        from dbt.adapters.factory import get_adapter_by_type
        from dbt.cli.main import dbtRunner
        from dbt.config.runtime import load_profile, load_project
        from dbt_metricflow.cli.dbt_connectors.adapter_backed_client import (
            AdapterBackedSqlClient,
        )
        from metricflow.engine.metricflow_engine import MetricFlowEngine  # noqa: F401
    except ImportError as error:
        raise EngineMissing(_(
            "MetricFlow is not installed ({module} is missing): install kpi-catalog with its "
            "semantic extra, pip install 'kpi-catalog[semantic]'", module=error.name)) from None
    profiles = profiles_dir or _profiles_dir(project)
    # A pull leaves the contributor's dbt project as it was: dbt writes its log file
    # (logs/dbt.log) in the project unless told where, so it goes to a folder of its own, and
    # dbt's usage statistics, which the person pulling did not ask to send, would write
    # `.user.yml` beside profiles.yml
    logs = tempfile.TemporaryDirectory(prefix="kpi-dbt-logs-", ignore_cleanup_errors=True)
    args = ["debug", "--quiet", "--profiles-dir", str(profiles), "--project-dir", str(project),
            "--log-path", logs.name, "--no-send-anonymous-usage-stats"]
    if target:
        args += ["--target", target]
    with logs:  # kept while MetricFlow's queries run: dbt logs them too
        with _in_folder(project), _quiet():
            try:
                # `dbt debug` checks the profile and the connection, and sets up the global
                # state load_profile needs (as dbt-metricflow's own set-up does).
                said: list[str] = []
                checked = dbtRunner(callbacks=[_results_of_debug(said)]).invoke(args)
                if checked.exception is not None or checked.success is False:
                    raise EngineProblem(_debug_failure(checked, profiles, target, said))
                profile = load_profile(str(project), {}, target_override=target)
                load_project(str(project), version_check=False, profile=profile)
                adapter = get_adapter_by_type(profile.credentials.type)
                text = manifest.read_text(encoding="utf-8")
                client = AdapterBackedSqlClient(adapter)
                engine = _engine_on(text, client)
            except EngineProblem:
                raise
            except Exception as error:
                raise EngineProblem(short_message(error)) from None
        yield Engine(engine, project, text, client)


def _profiles_dir(project: Path) -> Path:
    """Where dbt looks: DBT_PROFILES_DIR, the project folder if it has profiles.yml, ~/.dbt.

    A relative DBT_PROFILES_DIR means, as for dbt, the folder the command runs in: it is made
    absolute here, before MetricFlow starts in the dbt project folder."""
    if os.environ.get("DBT_PROFILES_DIR"):
        return Path(os.environ["DBT_PROFILES_DIR"]).expanduser().absolute()
    if (project / "profiles.yml").is_file():
        return project
    return Path.home() / ".dbt"


def _results_of_debug(said: list[str]):
    """A callback for dbt's events that keeps what `dbt debug` says of its checks (its
    `DebugCmdResult` lines, printed in the terminal; ``--quiet`` hides them)."""

    def keep(event) -> None:
        if event.info.name == "DebugCmdResult":
            said.append(_ANSI.sub("", event.info.msg))

    return keep


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _debug_reason(said: list[str]) -> str:
    """Why `dbt debug` failed, in dbt's words, from what it said after "1 check failed:": the
    warehouse's own error where it quotes one (`>IO Error: ...`), else dbt's text, short."""
    failed = next((i for i, text in enumerate(said) if re.search(r"checks? failed", text)),
                  None)
    if failed is None:
        return ""
    text = "\n".join(said[failed + 1:])
    quoted = [line.strip().lstrip(">").strip() for line in text.splitlines()
              if line.strip().startswith(">")]
    if quoted:
        return " ".join(quoted).rstrip(" .:")
    return _short(text).rstrip(" .:") if text.strip() else ""


def _debug_failure(result, profiles: Path, target: str | None, said: list[str]) -> str:
    if result.exception is not None:
        return short_message(result.exception)
    reason = _debug_reason(said)
    if reason and target:
        return _("`dbt debug` failed for the profile in {folder} (target `{target}`): "
                 "{reason} (run `dbt debug` in the dbt project folder to see more)",
                 folder=profiles, target=target, reason=reason)
    if reason:
        return _("`dbt debug` failed for the profile in {folder}: {reason} (run `dbt debug` "
                 "in the dbt project folder to see more)", folder=profiles, reason=reason)
    if target:
        return _("`dbt debug` failed for the profile in {folder} (target `{target}`): run it "
                 "in the dbt project folder to see why", folder=profiles, target=target)
    return _("`dbt debug` failed for the profile in {folder}: run it in the dbt project "
             "folder to see why", folder=profiles)


def short_message(error: BaseException) -> str:
    """The first lines that say something of a dbt or MetricFlow error, on one line."""
    return _short(str(error).strip() or type(error).__name__)


def _short(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    skip = {"Runtime Error", "Got error(s) during query resolution.", "Message:", "Error #1:",
            "Database Error"}
    kept = [line for line in lines if line not in skip][:4]
    return shown(" ".join(kept) or text, 400)


@contextlib.contextmanager
def _in_folder(folder: Path) -> Iterator[None]:
    previous = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(previous)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """dbt prints its log lines on standard output: keep them out of the command's output.

    MetricFlow logs through Python's logging, which dbt's tracking library sets up to print
    on standard error (`logging.basicConfig` when imported): a query it cannot plan logged
    its traceback there, twice, before the error the pull reports plainly (E420). Its
    loggers' records are kept from the terminal while MetricFlow runs."""
    kept = logging.NullHandler()
    loggers = [logging.getLogger(name) for name in _MF_LOGGERS]
    propagated = [logger.propagate for logger in loggers]
    for logger in loggers:
        logger.addHandler(kept)
        logger.propagate = False
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            yield
    finally:
        for logger, propagate in zip(loggers, propagated, strict=True):
            logger.removeHandler(kept)
            logger.propagate = propagate


_MF_LOGGERS = ("metricflow", "metricflow_semantics", "metricflow_semantic_interfaces",
               "dbt_metricflow", "dbt_semantic_interfaces")

"""The loggers whose records stay out of the terminal (their children's too); what failed
reaches the pull as the error MetricFlow raises."""


# --- the pull --------------------------------------------------------------------------


def pull(catalog: Catalog, today: date, *, only: set[str] | None = None) -> Pulled:
    """Ask MetricFlow for the semantic metric of every KPI that names one (not retired;
    ``only`` these ids if given), at the KPI's grain, for the periods that have ended.

    A KPI whose metric fails is reported, located at its `semantic_metric`, and the others
    are still asked; :class:`EngineProblem` when MetricFlow cannot start at all."""
    out = Pulled()
    kpis = [kpi for kpi in catalog.kpis.values() if kpi.measurement.semantic_metric
            and kpi.lifecycle is not Lifecycle.RETIRED and (not only or kpi.id in only)]
    config = catalog.config.semantic_layer
    if not kpis or config is None:
        return out
    project = catalog.repo_root / config.project
    manifest = manifest_path(catalog)
    assert manifest is not None
    if not (project / "dbt_project.yml").is_file():
        raise EngineMissing(_("there is no dbt project at {project} (no dbt_project.yml)",
                              project=config.project))
    semantic = catalog_manifest(catalog)
    with start(project, manifest, None, config.target) as engine:
        for kpi in kpis:
            out.queried += 1
            name = kpi.measurement.semantic.name if kpi.measurement.semantic else ""
            filled = semantic.filled_with(name) if semantic is not None else []
            on_spine = semantic.cumulative_parts(name) if semantic is not None else []
            joined = semantic is not None and semantic.joins_time_spine(name)
            converted = semantic.conversion_measure(name) if semantic is not None else None
            by_day = [Cumulative(*part) for part in semantic.cumulative_by_day(name)
                      ] if semantic is not None else []
            _pull_one(catalog, kpi, engine, today, out, filled, on_spine, joined, converted,
                      by_day)
    return out


def _after_spine(kpi: Kpi, last: date, frequency: Frequency, form: str,
                 today: date) -> list[str]:
    """The KPI's periods that start after the time spine's ``last`` day and have ended by
    ``today`` (from its baseline period on): MetricFlow gives a metric computed on the
    spine no row for them, while `kpi due` lists them as due."""
    periods = []
    period = next_period(period_containing(last, frequency, form), frequency)
    while period_end(period) <= today:
        if not before_baseline(kpi, period):
            periods.append(period)
        period = next_period(period, frequency)
    return periods


def _quoted(text: str) -> str:
    """``text`` as one argument of a shell command: in double quotes when that is safe (a
    MetricFlow filter holds single quotes), else as the POSIX shell quotes it."""
    return f'"{text}"' if not set(text) & set('"$`\\!') else shlex.quote(text)


def _pull_one(catalog: Catalog, kpi: Kpi, engine: Engine, today: date, out: Pulled,
              filled: list[int], on_spine: list[str], joined: bool,
              converted: str | None = None,
              by_day: list[Cumulative] | None = None) -> None:
    """The values of one KPI's metric; ``on_spine``: the cumulative metrics it is made of,
    whose values end where the time spine ends; ``joined``: it lists the spine's periods
    (`join_to_timespine`), so none after the spine's end; ``converted``: its conversion
    measure, for a conversion metric; ``by_day``: its cumulative parts, whose period's
    value MetricFlow takes from the period's days that have one."""
    source = catalog.kpi_sources[kpi.id]
    reference = kpi.measurement.semantic
    assert reference is not None
    grain = kpi_grain(kpi)
    frequency = series_frequency(kpi)
    form = series_form(kpi, frequency)  # a week as 2026-W13, or as its Sunday if the KPI does
    line, column = source.locate(FIELD)
    if grain is None:
        return  # validation refused it already: a half-yearly KPI has no grain
    try:
        points = engine.series(reference.name, grain, reference.filter)
        undated = engine.undated
        # A metric that fills periods without data (`fill_nulls_with`, over the time spine)
        # gives a value to every period the spine has: asked again without filling, it says
        # which periods have data; the first of them starts the values and the last ends
        # them (after it the spine's periods are filled too, as if the data stopped).
        with_data = [p.start for p in engine.series(reference.name, grain, reference.filter,
                                                    filled=False)
                     if p.value is not None] if filled else []
        spine = engine.spine_days() if on_spine or joined else None
        # MetricFlow takes such a period's value from its days with one: the parts' own
        # days say whether those are the period's first, last, or all its days
        ends = (days_with_value(engine, by_day, reference.filter, QueryProblem)
                if by_day and grain != "day" else {})
    except QueryProblem as problem:
        out.problems.append(source.diagnostic(
            FIELD, codes.SEMANTIC_QUERY_FAILED,
            _("MetricFlow could not compute `{name}` for `{kpi}`: {problem}",
              name=reference.name, kpi=kpi.id, problem=problem.plain)
            + (" " + _("MetricFlow's message: {detail}", detail=problem.detail)
               if problem.detail else ""),
            _("Run `{command}` in the dbt project folder to see it; the other KPIs' metrics "
              "were asked.", command=" ".join(
                  ["mf", "query", "--metrics", reference.name, "--group-by",
                   f"metric_time__{grain}"]
                  + (["--where", _quoted(reference.filter)] if reference.filter else [])))))
        return
    first_data = (period_containing(min(with_data), frequency, form) if with_data else None)
    last_data = (period_containing(max(with_data), frequency, form) if with_data else None)
    left_before_baseline: list[str] = []
    before_data: list[str] = []
    after_data: list[str] = []
    without_value: list[str] = []
    cut_short: list[str] = []
    not_at_end: dict[str, Cumulative] = {}
    returned: set[str] = set()
    for point in points:
        period = period_containing(point.start, frequency, form)
        if on_spine and spine is not None and spine[1] < period_end(period) <= today:
            cut_short.append(period)  # computed on the spine up to its last day only
            continue
        returned.add(period)
        if point.value is None:
            # no value for that period (a ratio over nothing): said if it would have counted
            if period_end(period) <= today and not before_baseline(kpi, period):
                without_value.append(period)
            continue
        if out.left_out(kpi, period, today, left_before_baseline):
            continue
        if (other := not_the_periods(ends, point.start, period_end(period))) is not None:
            not_at_end[period] = other  # other days' value, not the period's
            continue
        if filled and (first_data is None or period_end(period) < period_end(first_data)):
            before_data.append(period)
            continue
        if filled and last_data is not None and period_end(period) > period_end(last_data):
            after_data.append(period)  # the trailing run only: zeros between data stay
            continue
        cells = {"kpi": Cell(kpi.id, line, column), "period": Cell(period, line, column),
                 "value": Cell(yaml_text.number(point.value), line, column,
                               point.value)}
        out.rows.append(Row(source.rel, line, cells,
                            origin=_("MetricFlow's `{name}` for {period}",
                                     name=reference.name, period=period)))
    out.leave_out_before_baseline(kpi, source, FIELD, left_before_baseline)
    if spine is not None:
        # the periods wholly after the spine MetricFlow does not return at all; not those it
        # did return (a spine by the month that goes on after the one by the day ends) nor
        # those the KPI has a value for already (imported by hand): nothing is missing there
        past = [period for period in (set(cut_short) | set(_after_spine(
                    kpi, spine[1], frequency, form, today))) - returned
                if not any(same_period(period, held.period) for held in kpi.actuals)]
        out.leave_out_after_spine(kpi, source, FIELD, on_spine[0] if on_spine
                                  else reference.name, past, spine[1])
    out.without_value(kpi, source, FIELD, reference.name, without_value, converted)
    out.taken_from_other_days(kpi, source, FIELD, reference.name, not_at_end)
    if undated:  # a 0 for rows without a date (a count of empty values) says nothing
        out.undated(kpi, source, FIELD, reference.name, undated)
    out.leave_out_before_data(kpi, source, FIELD, reference.name, before_data, first_data,
                              filled)
    if last_data is not None:
        out.leave_out_after_data(kpi, source, FIELD, reference.name, after_data, last_data,
                                 filled)
