"""The catalog on a third team's dbt project (tests/semantic/retail_project): models under
`transform/`, seeds under `data/`, semantic models in nested folders joined on entities
(orders to customers and stores, refunds to orders), two time spines (by the day, ending on
2026-03-31, and by the month), store traffic by the week, and a saved query.

The values expected are computed here from the seed files."""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from semantic_helpers import kpi, metric_kpi, project_repo
from semantic_helpers import marketing_actuals as actuals

from kpi_catalog.model.periods import period_end

TODAY = "2026-06-15"


def retail_repo(tmp_path: Path, retail_dbt: Path, kpis: list[dict]) -> Path:
    """A repository with the catalog in kpis/ and the built dbt project in analytics/, read
    through the profile's `read_only` target; the project's own logs/ from its build gone."""
    return project_repo(tmp_path, retail_dbt, "analytics", "retail.duckdb", "Retail KPIs",
                        "read_only", kpis)


def orders(project: Path) -> list[dict]:
    with open(project / "data" / "raw_orders.csv", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def by_month(project: Path, column: str | None = None) -> dict[str, float]:
    """The seed orders counted (or their ``column`` summed) by the month placed in, up to
    May 2026, the last month ended by TODAY."""
    months: dict[str, float] = defaultdict(float)
    for row in orders(project):
        months[row["ordered_on"][:7]] += float(row[column]) if column else 1
    return {month: value for month, value in months.items() if month <= "2026-05"}


def files_of(folder: Path) -> dict[str, float]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns
            for p in folder.rglob("*") if p.is_file()}


def test_a_pull_leaves_the_dbt_project_as_it_was(tmp_path, retail_dbt):
    """Each pull's `dbt debug` wrote logs/dbt.log inside the contributor's dbt project (a
    folder git then showed as new, or a log that grew each month): dbt logs elsewhere now."""
    root = retail_repo(tmp_path, retail_dbt, [metric_kpi("orders", "order_count")])
    before = files_of(root / "analytics")
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert files_of(root / "analytics") == before
    assert actuals(root, "orders") == by_month(retail_dbt)


def validated(root: Path, language: str = "en") -> tuple[int, list[str]]:
    """kpi validate's exit code and its lines that name a code."""
    result = kpi("--language", language, "validate", str(root / "kpis"), "--today", TODAY)
    return result.exit_code, [line for line in result.output.splitlines()
                              if " E3" in line or " E4" in line]


def refused(root: Path, said: str, named: str, english: str) -> None:
    """`kpi validate` refuses the catalog in ``root`` with the one line ``said``; in
    Indonesian with one line that still names ``named`` and lacks the ``english`` words."""
    assert validated(root) == (1, [said])
    code, lines = validated(root, "id")
    assert code == 1 and len(lines) == 1, lines
    assert named in lines[0] and english not in lines[0], lines[0]


HEALTHY = [
    metric_kpi("weekly-revenue", {
        "name": "revenue", "filter": "{{ TimeDimension('metric_time', 'week') }} >= '2025-03-03'"},
        "weekly"),
    metric_kpi("quarterly-orders", "order_count", "quarterly"),
    metric_kpi("north-revenue", "north_revenue"),
    metric_kpi("s1-orders", {"name": "order_count", "filter": "{{ Entity('store') }} = 'S1'"}),
    metric_kpi("lyon-orders", {"name": "order_count",
                               "filter": "{{ Dimension('store__city') }} = 'Lyon'"}),
    metric_kpi("north-refunds", {"name": "refund_total", "filter": (
        "{{ Dimension('customer__region', entity_path=['order']) }} = 'north'")}),
    metric_kpi("buyers", "buyers"),
    metric_kpi("median-basket", "median_basket"),
    metric_kpi("net-per-order", "net_revenue_per_order"),
    metric_kpi("weekly-visitors", {
        "name": "visitors", "filter": "{{ TimeDimension('metric_time', 'week') }} >= '2025-02-03'"},
        "weekly"),
]


def test_filters_by_metric_time_finer_than_the_metric_is_measured_are_refused(
        tmp_path, retail_dbt):
    """Store traffic is counted by the week: a filter asking for `metric_time` by the day
    passed `kpi validate`, and MetricFlow refused the query at the pull (E420, with its own
    words). It is said where the filter is written, as a dimension the metric cannot reach
    is (E327); by the week, and the KPIs of the project's other shapes, pass."""
    daily = metric_kpi("visitors-since", {
        "name": "visitors", "filter": "{{ TimeDimension('metric_time', 'day') }} >= '2025-02-01'"},
        "weekly")
    root = retail_repo(tmp_path, retail_dbt, [*HEALTHY, daily])
    refused(root, (
        "kpis/marketing/visitors-since.yml:17:5: E327 The filter asks for `metric_time` by the "
        "day, and `visitors` is measured by the week at the finest: MetricFlow has no "
        "`metric_time` by the day for it and refuses the query. (field "
        "`measurement.semantic_metric.filter`) Ask for it by the week or a coarser grain "
        "(`{{ TimeDimension('metric_time', 'week') }}`)."), "metric_time", "is measured by")


def test_a_derived_metric_whose_inputs_reach_a_dimension_by_different_joins_is_refused(
        tmp_path, retail_dbt):
    """`net_revenue` is revenue (orders) less refunds (refunds): the orders reach
    `customer__segment` through `customer`, the refunds through `order`, then `customer`.
    Each input reaches it, so `kpi validate` passed, and MetricFlow refused the query at the
    pull (E420: "the given input does not match to a common item"): it resolves the name for
    each input and needs the same item for all."""
    pro = metric_kpi("pro-net-revenue", {
        "name": "net_revenue", "filter": "{{ Dimension('customer__segment') }} = 'pro'"})
    root = retail_repo(tmp_path, retail_dbt, [*HEALTHY, pro])
    refused(root, (
        "kpis/marketing/pro-net-revenue.yml:17:5: E327 The filter names `customer__segment`, "
        "which the semantic models of `net_revenue`'s inputs reach by different joins "
        "(`orders` through `customer`, `refunds` through `order` → `customer`): MetricFlow "
        "needs the same one for all the inputs of a ratio or derived metric, and refuses the "
        "query. (field `measurement.semantic_metric.filter`) Define in the dbt project a "
        "metric like `net_revenue` whose inputs each take the filter (an input's `filter`, "
        "each through its own join), run `dbt parse` and name it here; or filter by a "
        "dimension all the inputs of `net_revenue` reach by the same join."),
        "net_revenue", "different joins")


def left_out_notes(output: str) -> list[str]:
    return [line.split(" E421 [info] ")[1] for line in output.splitlines() if " E421 " in line]




def test_the_periods_said_past_the_time_spine_are_those_without_a_value(tmp_path, retail_dbt):
    """The project's spine by the day ends on 2026-03-31, its spine by the month goes on to
    2027. A metric joined to the spine is grouped by the month on the monthly spine: April and
    May were imported, and still said to be left out past the spine's end. A running total is
    computed on the daily spine: April, already imported by hand, was said left out too; only
    May is."""
    running = metric_kpi("running-revenue", "revenue_running",
                         actuals=[{"period": "2026-04", "value": 5000}])
    root = retail_repo(tmp_path, retail_dbt, [metric_kpi("orders-spine", "orders_on_spine"),
                                              running])
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert actuals(root, "orders-spine") == by_month(retail_dbt)
    months = by_month(retail_dbt, "amount")
    total, expected = 0.0, {}
    for month in sorted(months):
        total += months[month]
        expected[month] = round(total, 6)
    written = actuals(root, "running-revenue")
    assert written.pop("2026-04") == 5000
    assert {m: round(v, 6) for m, v in written.items()} == {
        m: v for m, v in expected.items() if m <= "2026-03"}
    assert left_out_notes(result.output) == [
        "Left out 2026-05 of `running-revenue`: it ends past the dbt project's time spine, "
        "which ends on 2026-03-31, and MetricFlow computes `revenue_running` on the spine up "
        "to that day only. (field `measurement.semantic_metric`) Extend the time spine model "
        "in the dbt project up to today or later, build it (`dbt build` in the dbt project "
        "folder), then pull again."]


def test_a_spine_the_warehouse_lacks_stops_no_kpi_that_does_not_need_it(tmp_path, retail_dbt):
    """The pull asks MetricFlow where the time spine by the day ends, for a metric joined to
    the spine. With that spine's table missing from the warehouse (not built by the read
    target, dropped), the question failed and the KPI got E420, though its own query, grouped
    by the month on the spine by the month, has all its values."""
    import duckdb

    root = retail_repo(tmp_path, retail_dbt, [metric_kpi("orders-spine", "orders_on_spine")])
    with duckdb.connect(str(root / "analytics" / "retail.duckdb")) as warehouse:
        warehouse.execute("drop table spine_days")
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert actuals(root, "orders-spine") == by_month(retail_dbt)
    assert left_out_notes(result.output) == []


def test_a_ratio_of_one_metric_without_an_alias_is_refused(tmp_path, retail_dbt):
    """`north_return_rate` divides the northern orders returned by the northern orders, both
    `order_count` with its own filter and no alias: MetricFlow names both columns
    `order_count` and divided the first by itself, and the pull imported 1.0 for every month
    with a return. The same ratio with an alias on its denominator validates, and its values
    are the seeds' shares."""
    kpis = [*HEALTHY, metric_kpi("return-rate", "north_return_rate"),
            metric_kpi("return-share", "north_return_share")]
    root = retail_repo(tmp_path, retail_dbt, kpis)
    refused(root, (
        "kpis/marketing/return-rate.yml:15:3: E332 The ratio metric `north_return_rate` "
        "divides `order_count` by `order_count`: its numerator and denominator name the same "
        "metric without an `alias` that sets them apart, so MetricFlow computes both under one "
        "column name and divides the numerator by itself (every value 1), whatever their "
        "filters. (field `measurement.semantic_metric`) Give the denominator of "
        "`north_return_rate` an `alias` (`alias: order_count_all`) in the dbt project and run "
        "`dbt parse`."), "north_return_rate", "divides")
    (root / "kpis" / "marketing" / "return-rate.yml").unlink()
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", TODAY)
    assert result.exit_code == 0, result.output
    with open(retail_dbt / "data" / "raw_customers.csv", encoding="utf-8") as file:
        north = {row["customer_id"] for row in csv.DictReader(file) if row["region"] == "north"}
    shares: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in orders(retail_dbt):
        if row["customer_id"] in north:
            shares[row["ordered_on"][:7]][0] += row["status"] == "returned"
            shares[row["ordered_on"][:7]][1] += 1
    assert actuals(root, "return-share") == pytest.approx(
        {m: r / n for m, (r, n) in shares.items() if r and m <= "2026-05"})


def test_a_metric_the_project_disables_is_said_as_disabled(tmp_path, retail_dbt):
    """`old_order_count` has `config: {enabled: false}`: dbt leaves it out of the manifest,
    and the KPI naming it was told only that the manifest has no such metric (and to run
    `dbt parse`, were it defined), and `kpi new --from-semantic-metric` that the dbt project
    has no such metric. Both tell where the metric is disabled."""
    root = retail_repo(tmp_path, retail_dbt, [metric_kpi("old-orders", "old_order_count")])
    refused(root, (
        "kpis/marketing/old-orders.yml:15:3: E322 The metric `old_order_count` is disabled in "
        "analytics/transform/metrics/sales/core.yml (`enabled: false`): dbt leaves it out of "
        "the semantic manifest. (field `measurement.semantic_metric`) Name an enabled metric "
        "in this KPI, or enable `old_order_count` in analytics/transform/metrics/sales/core.yml "
        "and run `dbt parse` in analytics. Did you mean `order_count`?"), "core.yml", "is disabled")
    result = kpi("new", str(root / "kpis"), "--from-semantic-metric", "old_order_count",
                 "--no-input")
    assert result.exit_code == 2
    assert ("The metric `old_order_count` is disabled in analytics/transform/metrics/sales/"
            "core.yml (`enabled: false`)") in " ".join(result.output.split()), result.output


def test_a_saved_query_named_as_a_metric_is_said_with_its_metrics(tmp_path, retail_dbt):
    """`weekly_sales_by_region` is the project's saved query of revenue and orders: a KPI
    naming it was told the manifest has no such metric, and to pick one from a list."""
    root = retail_repo(tmp_path, retail_dbt, [metric_kpi("sales", "weekly_sales_by_region")])
    refused(root, (
        "kpis/marketing/sales.yml:15:3: E322 `weekly_sales_by_region` is a saved query of the "
        "dbt project, not a metric: a KPI names one metric. (field "
        "`measurement.semantic_metric`) Name one of its metrics: `revenue`, `order_count`."),
        "`revenue`, `order_count`", "saved query of")


_MONTH = "strftime(ordered_on, '%Y-%m')"
_BY_HAND = {
    "weekly-revenue": "select strftime(date_trunc('week', ordered_on), '%G-W%V'), sum(amount) "
                      "from o where date_trunc('week', ordered_on) >= date '2025-03-03' "
                      "group by 1",
    "quarterly-orders": "select year(ordered_on) || '-Q' || quarter(ordered_on), count(*) "
                        "from o group by 1",
    "north-revenue": f"select {_MONTH}, sum(amount) from o join c using (customer_id) "
                     "where region = 'north' group by 1",
    "s1-orders": f"select {_MONTH}, count(*) from o where store_id = 'S1' group by 1",
    "lyon-orders": f"select {_MONTH}, count(*) from o join s using (store_id) "
                   "where city = 'Lyon' group by 1",
    "north-refunds": "select strftime(refunded_on, '%Y-%m'), sum(refund_amount) from r "
                     "join o using (order_id) join c using (customer_id) "
                     "where region = 'north' group by 1",
    "buyers": f"select {_MONTH}, count(distinct customer_id) from o group by 1",
    "median-basket": f"select {_MONTH}, quantile_cont(amount, 0.5) from o group by 1",
    "net-per-order": f"select m, (revenue - coalesce(refunds, 0)) / n from (select {_MONTH} m, "
                     "sum(amount) revenue, count(*) n from o group by 1) left join (select "
                     "strftime(refunded_on, '%Y-%m') m, sum(refund_amount) refunds from r "
                     "group by 1) using (m)",
    "weekly-visitors": "select strftime(week_start, '%G-W%V'), sum(visitors) from f "
                       "where week_start >= date '2025-02-03' group by 1",
}


def test_each_shape_pulls_the_values_sql_on_the_seeds_gives(tmp_path, retail_dbt):
    """The KPIs of every shape the project has (a weekly KPI filtered by `metric_time` by the
    week, a quarterly one, a filter by a joined model's dimension, by an entity, through two
    joins with `entity_path`, a count_distinct, a percentile, a derived metric of a derived
    metric with a filled input) get the values a query written by hand on the seed files
    gives, for the periods ended by TODAY."""
    import duckdb

    root = retail_repo(tmp_path, retail_dbt, HEALTHY)
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", TODAY)
    assert result.exit_code == 0, result.output
    seeds = retail_dbt / "data"
    with duckdb.connect() as hand:
        for view, seed in (("o", "raw_orders"), ("c", "raw_customers"), ("s", "raw_stores"),
                           ("r", "raw_refunds"), ("f", "raw_footfall")):
            hand.execute(f"create view {view} as select * from read_csv_auto("
                         f"'{(seeds / seed).as_posix()}.csv')")
        for kpi_id, sql in _BY_HAND.items():
            ended = {period: value for period, value in hand.execute(sql).fetchall()
                     if period_end(period) <= date.fromisoformat(TODAY)}
            assert actuals(root, kpi_id) == pytest.approx(ended), kpi_id
