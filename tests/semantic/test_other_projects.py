"""The catalog on a dbt project shaped as another team's (tests/semantic/saas_project): the
catalog inside the dbt project (`semantic_layer: {project: .}`), profiles.yml beside
dbt_project.yml with targets `warehouse` and `reader` and the DuckDB path from an environment
variable, the time spine configured the dbt 1.9 way with a custom grain, timestamps at hour
grain, metrics in a subfolder, a conversion metric and inputs taken earlier.

The values expected are computed here from the seed files."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from semantic_helpers import kpi, metric_kpi
from semantic_helpers import marketing_actuals as actuals

from catalog_factory import catalog_files, write_catalog
from kpi_catalog.actuals.metricflow import QueryProblem, start
from kpi_catalog.cli import main
from kpi_catalog.reading.semantic_manifest import GRAINS, load_manifest

TODAY = "2026-07-15"


def saas_repo(tmp_path: Path, saas_dbt: Path, kpis: list[dict]) -> Path:
    """A repository that is the dbt project, with the catalog in kpis/ inside it, reading
    through the profile's `reader` target (not its default)."""
    root = tmp_path / "saas"
    shutil.copytree(saas_dbt, root, ignore=shutil.ignore_patterns("*.wal"))
    (root / ".git").mkdir()
    config = {"name": "SaaS KPIs", "semantic_layer": {"project": ".", "target": "reader"}}
    write_catalog(root / "kpis", catalog_files(kpis, config=config))
    return root



def validated(root: Path, code: str, language: str = "en") -> tuple[int, list[str]]:
    """kpi validate's exit code and its lines of ``code``."""
    result = kpi("--language", language, "validate", str(root / "kpis"), "--today", TODAY)
    return result.exit_code, [line for line in result.output.splitlines()
                              if f" {code} " in line]

def seeds(project: Path) -> tuple[list[dict], dict[str, datetime]]:
    with open(project / "seeds" / "signups.csv", encoding="utf-8") as file:
        signups = list(csv.DictReader(file))
    with open(project / "seeds" / "activations.csv", encoding="utf-8") as file:
        activated = {row["account_id"]: datetime.fromisoformat(row["activated_ts"])
                     for row in csv.DictReader(file)}
    return signups, activated


def test_a_catalog_inside_the_dbt_project_pulls_through_the_profile_beside_it(
        tmp_path, saas_dbt, monkeypatch):
    monkeypatch.delenv("DBT_PROFILES_DIR", raising=False)
    monkeypatch.delenv("SAAS_DUCKDB", raising=False)
    kpis = [metric_kpi("signups", "signups"), metric_kpi("fees", "fees"),
            metric_kpi("activation", "activation_rate", "quarterly"),
            metric_kpi("pro-signups", {"name": "signups",
                                       "filter": "{{ Dimension('account__plan') }} = 'pro'"})]
    root = saas_repo(tmp_path, saas_dbt, kpis)
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", TODAY)
    assert result.exit_code == 0, result.output
    signups, activated = seeds(saas_dbt)
    months: dict[str, int] = defaultdict(int)
    pro: dict[str, int] = defaultdict(int)
    fees: dict[str, float] = defaultdict(float)
    quarters: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in signups:
        at = datetime.fromisoformat(row["signed_up_ts"])
        month, quarter = f"{at:%Y-%m}", f"{at.year}-Q{(at.month - 1) // 3 + 1}"
        months[month] += 1
        pro[month] += row["plan"] == "pro"
        fees[month] += float(row["fee"])
        quarters[quarter][0] += 1
        converted = activated.get(row["account_id"])
        quarters[quarter][1] += converted is not None and converted - at <= timedelta(days=7)
    assert actuals(root, "signups") == months
    assert actuals(root, "pro-signups") == {m: n for m, n in pro.items() if n}
    assert actuals(root, "activation") == pytest.approx(
        {q: converted / base for q, (base, converted) in quarters.items()})
    # Sums of 0.1, 0.2 and 0.7 in DOUBLE: written as the amounts they are, not 1.2000000000000002
    written = actuals(root, "fees")
    assert written == {m: round(total, 10) for m, total in fees.items()}
    assert all(len(repr(value)) <= 6 for value in written.values()), written



def test_rows_without_a_date_are_left_out_and_said(tmp_path, saas_dbt):
    """`paid_fees` is grouped by `paid_on`, empty for the free plan's sign-ups: MetricFlow
    gives those rows a value under no period, and the pull stopped with a TypeError (its
    periods were sorted with the empty one among them). The dated values are imported; the
    undated one is said, located at the KPI."""
    root = saas_repo(tmp_path, saas_dbt, [metric_kpi("paid-fees", "paid_fees")])
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", TODAY)
    assert result.exit_code == 0, result.output
    signups, _activated = seeds(saas_dbt)
    paid: dict[str, float] = defaultdict(float)
    free = 0.0
    for row in signups:
        if row["plan"] == "free":
            free += float(row["fee"])
        else:
            paid[f"{datetime.fromisoformat(row['signed_up_ts']):%Y-%m}"] += float(row["fee"])
    assert actuals(root, "paid-fees") == pytest.approx(paid)
    assert (f"kpis/marketing/paid-fees.yml:15:3: E421 [info] MetricFlow gave `paid_fees` the "
            f"value {round(free, 10)!r} for rows without a date (their time dimension is "
            "empty): it belongs to no period of `paid-fees` and is not imported.") \
        in result.output, result.output


def test_a_month_nobody_converted_in_is_said_with_the_way_to_make_it_0(
        tmp_path, saas_dbt, monkeypatch):
    """No account activated from 1 March to 10 April 2025: MetricFlow gives the conversion
    metric no value for March (its SQL joins the conversions' count, absent, to the base's),
    not 0. The pull imports nothing for it, as the metric says, and the note said only what
    it says of a ratio, with "give that measure fill_nulls_with"; it now names the conversion
    measure and where to write it, after which MetricFlow gives 0."""
    import duckdb

    root = saas_repo(tmp_path, saas_dbt, [metric_kpi("activation", "activation_rate")])
    warehouse_file = root / "warehouse.duckdb"
    with duckdb.connect(str(warehouse_file)) as warehouse:
        warehouse.execute("delete from activations where activated_ts >= '2025-03-01' "
                          "and activated_ts < '2025-04-11'")
    monkeypatch.setenv("SAAS_DUCKDB", str(warehouse_file))
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", TODAY)
    assert result.exit_code == 0, result.output
    signups, activated = seeds(saas_dbt)
    months: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in signups:
        at = datetime.fromisoformat(row["signed_up_ts"])
        converted = activated.get(row["account_id"])
        months[f"{at:%Y-%m}"][0] += 1
        months[f"{at:%Y-%m}"][1] += (converted is not None and converted - at <= timedelta(
            days=7) and not date(2025, 3, 1) <= converted.date() <= date(2025, 4, 10))
    assert months["2025-03"][1] == 0
    assert actuals(root, "activation") == pytest.approx(
        {m: c / n for m, (n, c) in months.items() if c})
    notes = [line for line in result.output.splitlines() if " E421 " in line]
    assert notes == [
        "kpis/marketing/activation.yml:15:3: E421 [info] MetricFlow gave the conversion "
        "metric `activation_rate` no value for 1 period of `activation` (2025-03): nothing "
        "converted in it, and MetricFlow gives no value there, not 0; nothing is imported for "
        "it. (field `measurement.semantic_metric`) If nothing converting means 0 (and not "
        "conversions that have not arrived), give the conversion measure `fill_nulls_with: 0` "
        "in the dbt project (`conversion_measure: {name: activations, fill_nulls_with: 0}` "
        "under `conversion_type_params`) and run `dbt parse`: MetricFlow then gives 0, which "
        "the next pull imports. Or import the 0 with `kpi actuals import`."]
    indonesian = kpi("--language", "id", "actuals", "pull", str(root / "kpis"), "--today",
                     TODAY, "--dry-run")
    assert "metrik konversi `activation_rate`" in indonesian.output, indonesian.output
    assert "fill_nulls_with: 0}` di bawah" in indonesian.output


def test_a_target_the_profile_lacks_names_the_repository_that_is_the_dbt_project(
        tmp_path, saas_dbt):
    """`project: .` was said as "on the dbt project .:"."""
    root = saas_repo(tmp_path, saas_dbt, [metric_kpi("signups", "signups")])
    config = root / "kpis" / "catalog.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("target: reader",
                                                                 "target: dev"),
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["actuals", "pull", str(root / "kpis"), "--today", TODAY])
    assert result.exit_code == 1
    assert f"Could not start MetricFlow on the dbt project {root}: `dbt debug` failed for the " \
           f"profile in {root} (target `dev`): " in result.output, result.output
    assert "target named 'dev'" in result.output

ASKED_IN_A_PROCESS = """
import sys
from pathlib import Path
from kpi_catalog.actuals.metricflow import QueryProblem, start
project = Path(sys.argv[1])
with start(project, project / "target" / "semantic_manifest.json", project, "reader") as engine:
    try:
        engine.series("signups_year_to_date", "month", None)
    except QueryProblem as problem:
        print(problem)
"""


def test_a_query_metricflow_cannot_plan_is_said_plainly_without_its_log(saas_dbt):
    """A cumulative metric over hour-grain timestamps needs a time spine by the hour, which
    the project lacks (kpi validate says so, E329, before a pull asks): MetricFlow logged its
    traceback twice on standard error (dbt's tracking library sets up Python's logging so)
    before the pull's plain E420. Asked as the pull asks, in a process of its own."""
    result = subprocess.run([sys.executable, "-c", ASKED_IN_A_PROCESS, str(saas_dbt)],
                            capture_output=True, text=True, timeout=300,
                            env={**os.environ, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"})
    assert result.returncode == 0, result.stderr
    assert "MetricFlow stopped with an error. This query requires a time spine with " \
           "granularity HOUR or smaller" in result.stdout, result.stdout
    assert "Traceback" not in result.stderr and "metricflow" not in result.stderr, \
        result.stderr

# --- inputs taken earlier -------------------------------------------------------------------

OFFSET_METRICS = {"signups_vs_last_year": (1, "year"), "signups_vs_four_weeks_earlier": (4, "week")}


def test_a_weekly_kpi_on_a_year_over_year_metric_is_warned_of(tmp_path, saas_dbt):
    kpis = [metric_kpi("weekly-yoy", "signups_vs_last_year", "weekly"),
            metric_kpi("monthly-yoy", "signups_vs_last_year"),
            metric_kpi("weekly-four", "signups_vs_four_weeks_earlier", "weekly")]
    warned_in_both_languages(saas_repo(tmp_path, saas_dbt, kpis), "weekly-yoy", [
        "kpis/marketing/weekly-yoy.yml:15:3: E328 [warning] `weekly-yoy` has weekly values, "
        "and `signups_vs_last_year` takes its input `signups_a_year_earlier` 1 year earlier: "
        "MetricFlow moves the start of each week back by that much and finds a value only "
        "where a week starts there, so most of the KPI's periods, or all, get no value. "
        "(field `measurement.semantic_metric`) Report the KPI by year or by a coarser grain, "
        "or take `signups_a_year_earlier` 52 weeks earlier (`offset_window: 52 weeks`) in the "
        "dbt project and run `dbt parse`."], "52 minggu", "MetricFlow moves")


def warned_in_both_languages(root: Path, kpi_id: str, english: list[str], indonesian_words: str,
                             english_words: str) -> None:
    """kpi validate gives exactly the E328 lines ``english``, and in Indonesian one for
    ``kpi_id`` with ``indonesian_words`` and not ``english_words``."""
    code, warned = validated(root, "E328")
    assert code == 0
    assert warned == english
    (indonesian,) = validated(root, "E328", "id")[1]
    assert indonesian.startswith(f"kpis/marketing/{kpi_id}.yml:15:3: E328 [peringatan] ")
    assert "mingguan" in indonesian and indonesian_words in indonesian
    assert english_words not in indonesian and "Report the KPI" not in indonesian


def _start(grain: str, day: date) -> date:
    if grain == "week":
        return day - timedelta(days=day.weekday())
    months = {"day": 0, "month": 1, "quarter": 3, "year": 12}[grain]
    return day if not months else date(day.year, (day.month - 1) // months * months + 1, 1)


def _back(day: date, count: int, unit: str) -> date:
    """``day`` moved back by the offsets of OFFSET_METRICS (weeks or years)."""
    if unit == "week":
        return day - timedelta(weeks=count)
    assert unit == "year"
    return day.replace(year=day.year - count, day=28 if (day.month, day.day) == (2, 29)
                       else day.day)


def test_the_offset_warning_agrees_with_what_metricflow_computes(saas_dbt):
    """For each metric with an input taken earlier, at each grain: `kpi validate` warns (E328)
    exactly where MetricFlow gives a value to fewer than half the periods it could compare
    (the period and the one its start moved back lies in both have data)."""
    manifest = load_manifest(saas_dbt / "target" / "semantic_manifest.json")
    checked = []
    with start(saas_dbt, manifest.path, saas_dbt, "reader") as engine:
        for metric, (count, unit) in OFFSET_METRICS.items():
            for grain in GRAINS:
                plain = {p.start: p.value for p in engine.series("daily_signups", grain, None)}
                valued = sum(p.value is not None for p in engine.series(metric, grain, None))
                could = sum(1 for begins, value in plain.items() if value is not None and
                            plain.get(_start(grain, _back(begins, count, unit))) is not None)
                warned = bool(manifest.offsets_off_grain(metric, grain))
                checked.append((metric, grain, warned, valued, could))
                assert warned == (2 * valued < could), checked[-1]
    assert [(m, g) for m, g, warned, _v, _c in checked if warned] == [
        ("signups_vs_last_year", "week")]
    assert all(could for _m, _g, _w, _v, could in checked), checked


# --- inputs taken at the start of a grain (offset_to_grain) -----------------------------

TO_GRAIN_METRICS = {f"{base}_since_{to_grain}_start": (base, to_grain) for base, to_grain in (
    ("daily_signups", "month"), ("daily_signups", "year"), ("weekly_signups", "week"),
    ("weekly_signups", "month"), ("weekly_signups", "quarter"))}


def test_a_weekly_kpi_on_weekly_data_taken_at_the_month_start_is_warned_of(tmp_path, saas_dbt):
    """MetricFlow takes the input of a weekly KPI at the month's start from the week that
    starts on the month's first day: weekly data has one only when the 1st is a Monday. On
    daily data, or reported by the month, every period has one: no warning."""
    kpis = [metric_kpi("weekly-since-month", "weekly_signups_since_month_start", "weekly"),
            metric_kpi("monthly-since-month", "weekly_signups_since_month_start"),
            metric_kpi("daily-data-weekly", "daily_signups_since_month_start", "weekly"),
            metric_kpi("weekly-since-week", "weekly_signups_since_week_start", "weekly")]
    warned_in_both_languages(saas_repo(tmp_path, saas_dbt, kpis), "weekly-since-month", [
        "kpis/marketing/weekly-since-month.yml:15:3: E328 [warning] `weekly-since-month` has "
        "weekly values, and `weekly_signups_since_month_start` takes its input `at_start` at "
        "the start of the month (`offset_to_grain`), from data by the week: MetricFlow finds "
        "it only where the month starts on the first day of a week, so most of the KPI's "
        "periods, or all, get no value. (field `measurement.semantic_metric`) Report the KPI "
        "by month, where MetricFlow finds it, or give the measures of `weekly_signups` a time "
        "dimension by the day (`agg_time_dimension`) in the dbt project and run `dbt parse`."],
        "awal bulan",
        "MetricFlow finds")


def test_the_offset_to_grain_warning_agrees_with_what_metricflow_computes(saas_dbt):
    """For each metric with an input taken at the start of a grain, at each grain its data
    gives: `kpi validate` warns (E328) exactly where MetricFlow gives a value to fewer than
    half the periods it could (the period has data, and so has the period of the measures'
    grain its offset start lies in)."""
    manifest = load_manifest(saas_dbt / "target" / "semantic_manifest.json")
    checked = []
    with start(saas_dbt, manifest.path, saas_dbt, "reader") as engine:
        for metric, (base, to_grain) in TO_GRAIN_METRICS.items():
            measured = manifest.finest_grain(base)
            assert measured is not None
            data = {p.start: p.value for p in engine.series(base, measured, None)}
            for grain in GRAINS[GRAINS.index(measured):]:
                plain = {p.start: p.value for p in engine.series(base, grain, None)}
                valued = sum(p.value is not None for p in engine.series(metric, grain, None))
                could = sum(1 for begins, value in plain.items() if value is not None and
                            data.get(_start(measured, _start(to_grain, begins))) is not None)
                warned = bool(manifest.to_grain_off_grain(metric, grain))
                checked.append((metric, grain, warned, valued, could))
                assert warned == (2 * valued < could), checked[-1]
    assert [(m, g) for m, g, warned, _v, _c in checked if warned] == [
        ("weekly_signups_since_week_start", "month"),
        ("weekly_signups_since_week_start", "quarter"),
        ("weekly_signups_since_week_start", "year"),
        ("weekly_signups_since_month_start", "week"),
        ("weekly_signups_since_month_start", "quarter"),
        ("weekly_signups_since_month_start", "year"),
        ("weekly_signups_since_quarter_start", "week"),
        ("weekly_signups_since_quarter_start", "year")], checked
    assert all(could for _m, _g, _w, _v, could in checked), checked


# --- what needs a time spine finer than the project's -----------------------------------


def test_a_metric_needing_a_finer_time_spine_is_refused_by_validate(tmp_path, saas_dbt):
    """The SaaS project's time spine is by the day and its sign-ups by the hour: a cumulative
    metric on them, at any grain, and an input taken 4 weeks earlier, by the month, are
    queries MetricFlow refuses at the pull (E420); kpi validate says so first (E329)."""
    kpis = [metric_kpi("so-far", "signups_year_to_date"),
            metric_kpi("hourly-four", "signups_vs_four_weeks_earlier_by_the_hour"),
            metric_kpi("weekly-hourly-four", "signups_vs_four_weeks_earlier_by_the_hour",
                       "weekly"),
            metric_kpi("daily-four", "signups_vs_four_weeks_earlier")]
    root = saas_repo(tmp_path, saas_dbt, kpis)
    code, refused = validated(root, "E329")
    assert code == 1
    assert refused == [
        "kpis/marketing/hourly-four.yml:15:3: E329 For `hourly-four`, MetricFlow would compute "
        "`signups_vs_four_weeks_earlier_by_the_hour` on the time spine by the hour, the grain "
        "of its measures' time dimension, and the dbt project's finest time spine is by the "
        "day: MetricFlow refuses the query. (field `measurement.semantic_metric`) Add a time "
        "spine by the hour to the dbt project (a model with `time_spine:`, its column with "
        "`granularity: hour`), or give the measures a time dimension by the day as "
        "`agg_time_dimension`, and run `dbt parse`.",
        "kpis/marketing/so-far.yml:15:3: E329 For `so-far`, MetricFlow would compute "
        "`signups_year_to_date` on the time spine by the hour, the grain of its measures' time "
        "dimension, and the dbt project's finest time spine is by the day: MetricFlow refuses "
        "the query. (field `measurement.semantic_metric`) Add a time spine by the hour to the "
        "dbt project (a model with `time_spine:`, its column with `granularity: hour`), or "
        "give the measures a time dimension by the day as `agg_time_dimension`, and run "
        "`dbt parse`."]
    indonesian = validated(root, "E329", "id")[1]
    assert [line.split(" E329 ")[0] for line in indonesian] == [
        line.split(" E329 ")[0] for line in refused]
    assert all("jam" in line and "MetricFlow would" not in line for line in indonesian)


def test_the_time_spine_check_agrees_with_what_metricflow_refuses(saas_dbt):
    """Every metric of the SaaS project at each grain: kpi validate refuses it (E329)
    exactly where MetricFlow refuses the query for want of a finer time spine."""
    manifest = load_manifest(saas_dbt / "target" / "semantic_manifest.json")
    checked = []
    with start(saas_dbt, manifest.path, saas_dbt, "reader") as engine:
        for metric in sorted(manifest.metrics):
            finest = manifest.finest_grain(metric) or "day"
            for grain in GRAINS[GRAINS.index(finest) if finest in GRAINS else 0:]:
                try:
                    engine.series(metric, grain, None)
                    refused = False
                except QueryProblem as problem:
                    refused = "requires a time spine" in problem.detail
                    assert refused, problem
                predicted = bool(manifest.spine_too_coarse(metric, grain))
                checked.append((metric, grain, predicted, refused))
                assert predicted == refused, checked[-1]
    assert sorted({(m, g) for m, g, predicted, _r in checked if predicted}) == sorted([
        ("signups_vs_four_weeks_earlier_by_the_hour", "month"),
        ("signups_vs_four_weeks_earlier_by_the_hour", "quarter"),
        ("signups_vs_four_weeks_earlier_by_the_hour", "year"),
        *(("signups_year_to_date", g) for g in GRAINS)])
