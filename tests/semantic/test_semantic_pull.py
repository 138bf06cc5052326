"""`kpi actuals pull` for KPIs that name a MetricFlow metric: real dbt, MetricFlow and DuckDB.

The values expected are computed here from the seed files themselves, not copied from what
MetricFlow returned."""

from __future__ import annotations

import csv
import shutil
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from semantic_helpers import REPO, repo_with

from catalog_factory import catalog_files, copy_semantic_manifest, kpi_data, write_catalog
from kpi_catalog.cli import main
from kpi_catalog.reading.yaml_reader import parse_yaml


def kpi(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def actuals(root: Path, rel: str) -> dict[str, float]:
    data = parse_yaml((root / "kpis" / rel).read_text(encoding="utf-8"))
    return {str(a["period"]): a["value"] for a in data.get("actuals") or []}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*.yml"))}


def left_out_notes(output: str) -> list[str]:
    """The E421 lines of a pull's output."""
    return [line for line in output.splitlines() if " E421 " in line]


def pulled_in_indonesian(root: Path, today: str):
    result = kpi("--language", "id", "actuals", "pull", str(root / "kpis"), "--today", today,
                 "--dry-run")
    assert result.exit_code == 0, result.output
    return result


def revenue_by_month(project: Path, buyer: str | None = None) -> dict[str, float]:
    """The shop's revenue per month (of one buyer's orders if given), from the seed file."""
    months: dict[str, float] = defaultdict(float)
    with open(project / "seeds" / "shop_orders.csv", encoding="utf-8") as seed:
        for row in csv.DictReader(seed):
            if buyer is None or row["buyer"] == buyer:
                months[row["placed_at"][:7]] += float(row["net_amount"])
    return dict(months)


# --- the example -------------------------------------------------------------------------


def test_the_example_pull_fills_the_months_that_ended(tmp_path, example_dbt):
    root = repo_with(tmp_path, example_dbt)
    before = snapshot(root / "kpis")
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", "2026-12-20", "--dry-run")
    assert result.exit_code == 0, result.output
    assert ("Asked MetricFlow for 4 metrics: 28 values (2 new or changed, 26 already in the "
            "catalog); 4 left out (periods not ended).") in result.output
    assert "+  - {period: 2026-11, value: 91.2}" in result.output  # online-otif
    assert "+  - {period: 2026-11, value: 1.95}" in result.output  # jabodetabek, filtered
    assert "2026-12" not in result.output  # December has not ended
    assert snapshot(root / "kpis") == before  # a dry run writes nothing

    result = kpi("actuals", "pull", str(root / "kpis"), "--today", "2026-12-20")
    assert result.exit_code == 0, result.output
    assert "Wrote 2 values in 2 KPI files." in result.output
    assert actuals(root, "operations/online-otif.yml")["2026-11"] == 91.2
    assert actuals(root, "operations/jabodetabek-delivery-time.yml")["2026-11"] == 1.95
    # What the example already had is what MetricFlow computes: nothing else changed.
    again = kpi("actuals", "pull", str(root / "kpis"), "--today", "2026-12-20")
    assert "28 values (0 new or changed, 28 already in the catalog)" in again.output
    assert "Nothing to change: the catalog already has every value." in again.output


def test_the_example_values_are_the_seeds_aggregated(example_dbt):
    """The example KPIs' values up to October equal their seed data, aggregated here."""
    month = defaultdict(lambda: [0, 0, 0, 0])
    with open(example_dbt / "seeds" / "deliveries.csv", encoding="utf-8") as seed:
        for row in csv.DictReader(seed):
            totals = month[row["delivered_on"][:7]]
            totals[0] += int(row["orders"])
            totals[1] += int(row["otif_orders"])
            if row["region"] == "jabodetabek":
                totals[2] += int(row["orders"])
                totals[3] += int(row["delivery_days"])
    otif = actuals(REPO, "operations/online-otif.yml")
    days = actuals(REPO, "operations/jabodetabek-delivery-time.yml")
    for period, value in otif.items():
        assert abs(month[period][1] * 100 / month[period][0] - value) < 1e-9, period
    for period, value in days.items():
        assert abs(month[period][3] / month[period][2] - value) < 1e-9, period


def test_a_failing_metric_names_its_kpi_and_hides_no_other(tmp_path, example_dbt):
    root = repo_with(tmp_path, example_dbt)
    # Names the manifest has, each reached by the metric (so validation passes), compared
    # with a column the warehouse does not have: only the warehouse can say.
    for rel in ("operations/online-otif.yml", "marketing/customer-acquisition-cost.yml"):
        path = root / "kpis" / rel
        text = path.read_text(encoding="utf-8")
        metric, dimension = (("otif_rate", "delivery_batch__region") if "otif" in rel else
                             ("customer_acquisition_cost", "acquisition_line__channel"))
        text = text.replace(
            f"semantic_metric: {metric}",
            f"semantic_metric:\n    name: {metric}\n"
            f"    filter: \"{{{{ Dimension('{dimension}') }}}} = no_such_column\"")
        path.write_text(text, encoding="utf-8")
    assert kpi("validate", str(root / "kpis"), "--today", "2026-12-20").exit_code == 0
    before = snapshot(root / "kpis")
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", "2026-12-20")
    assert result.exit_code == 1
    failed = [line for line in result.output.splitlines() if " E420 " in line]
    assert len(failed) == 2, result.output
    assert any(line.startswith("kpis/operations/online-otif.yml:") and "`online-otif`" in line
               for line in failed)
    assert any("`customer-acquisition-cost`" in line for line in failed)
    # The command to see it asks what the pull asked, the KPI's filter too:
    assert "Run `mf query --metrics otif_rate --group-by metric_time__month --where " \
           "\"{{ Dimension('delivery_batch__region') }} = no_such_column\"` in the dbt " \
           "project folder" in result.output
    assert "Nothing was written: 2 problems found." in result.output
    assert snapshot(root / "kpis") == before
    # First what failed, in plain words; then MetricFlow's (here the warehouse's) own text.
    assert all(": the warehouse refused MetricFlow's query: a table, column or function it "
               "does not have" in line for line in failed), failed
    assert all("MetricFlow's message: Binder Error: Referenced column \"no_such_column\" "
               "not found" in line for line in failed), failed
    indonesian = kpi("--language", "id", "actuals", "pull", str(root / "kpis"), "--today",
                     "2026-12-20")
    failed = [line for line in indonesian.output.splitlines() if " E420 " in line]
    assert len(failed) == 2, indonesian.output
    for line in failed:
        message = line.split(" E420 ", 1)[1]
        assert message.startswith("MetricFlow tidak dapat menghitung "), message
        plain, detail = message.split(" Pesan MetricFlow: ")
        assert ": gudang data menolak kueri MetricFlow: ada tabel, kolom atau fungsi" in plain
        assert detail.startswith("Binder Error: Referenced column"), detail


def test_a_dbt_target_that_does_not_exist_stops_the_pull_plainly(tmp_path, example_dbt):
    root = repo_with(tmp_path, example_dbt)
    config = root / "kpis" / "catalog.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "target: read_only", "target: no_such_target"), encoding="utf-8")
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", "2026-12-20")
    assert result.exit_code == 1
    assert "Could not start MetricFlow on the dbt project dbt:" in result.output
    assert "Traceback" not in result.output
    # dbt's reason, which `dbt debug --quiet` keeps to itself:
    assert "(target `no_such_target`): Profile loading failed for the following reason: The " \
           "profile 'nusantara_retail' does not have a target named 'no_such_target'. The " \
           "valid target names for this profile are: - dev - read_only (run `dbt debug` in " \
           "the dbt project folder to see more). Nothing was written." in result.output, \
        result.output


def test_a_warehouse_not_built_yet_is_said_in_the_warehouse_words(tmp_path, example_dbt):
    """A fresh clone of the example has no DuckDB file until `dbt build` makes it: the pull
    says what the warehouse said, in both languages, and writes nothing."""
    root = repo_with(tmp_path, example_dbt)
    (root / "dbt" / "nusantara.duckdb").unlink()
    # Another file name too: dbt-duckdb keeps the database of an earlier pull in this test
    # process open for a profile that names the same path, and would not look for the file.
    profiles = root / "dbt" / "profiles.yml"
    profiles.write_text(profiles.read_text(encoding="utf-8").replace(
        "path: nusantara.duckdb", "path: not_built.duckdb"), encoding="utf-8")
    before = snapshot(root / "kpis")
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", "2026-12-20")
    assert result.exit_code == 1
    assert f"(target `read_only`): IO Error: Cannot open database \"{root / 'dbt'}" \
           "/not_built.duckdb\" in read-only mode: database does not exist (run `dbt debug` " \
           "in the dbt project folder to see more). Nothing was written." in result.output, \
        result.output
    assert snapshot(root / "kpis") == before
    assert "To pull the KPIs with a query without MetricFlow: kpi actuals pull --kpi " \
           "average-order-value --kpi contact-csat --kpi online-gmv --kpi " \
           "sales-qualified-leads." in result.output, "the way on, before `dbt build`"
    indonesian = kpi("--language", "id", "actuals", "pull", str(root / "kpis"), "--today",
                     "2026-12-20")
    assert indonesian.exit_code == 1
    assert "database does not exist (jalankan `dbt debug` di folder proyek dbt untuk melihat " \
           "lebih lanjut)" in indonesian.output, indonesian.output
    assert "Untuk menarik nilai KPI yang memakai kueri, tanpa menjalankan MetricFlow: kpi " \
           "actuals pull --kpi average-order-value --kpi contact-csat" in indonesian.output, \
        indonesian.output


# --- a project of another shape ----------------------------------------------------------


def shop_totals(project: Path) -> dict[str, dict]:
    """Revenue per ISO week (Monday to Sunday, as MetricFlow's weeks and the catalog's
    `2026-W13`), basket size per quarter and shoppers of the year by month end, from the
    seed file."""
    weeks, quarters, shoppers = defaultdict(float), defaultdict(lambda: [0.0, 0]), {}
    seen: set[str] = set()
    with open(project / "seeds" / "shop_orders.csv", encoding="utf-8") as seed:
        rows = sorted(csv.DictReader(seed), key=lambda r: r["placed_at"])
    for row in rows:
        day = date.fromisoformat(row["placed_at"])
        year, week, _ = day.isocalendar()
        weeks[f"{year}-W{week:02d}"] += float(row["net_amount"])
        quarter = quarters[f"{day.year}-Q{(day.month - 1) // 3 + 1}"]
        quarter[0] += float(row["net_amount"])
        quarter[1] += 1
        seen.add(row["buyer"])
        shoppers[f"{day.year}-{day.month:02d}"] = len(seen)
    return {"weeks": dict(weeks),
            "quarters": {q: round(total / count, 1) for q, (total, count) in quarters.items()},
            "shoppers": shoppers}


def test_another_project_gives_each_kpi_its_grain(tmp_path, shop_dbt):
    kpis = [
        kpi_data(id="weekly-revenue", name="Weekly revenue",
                 measurement={"semantic_metric": "revenue", "collection_frequency": "weekly",
                              "reporting_frequency": "weekly", "unit": "IDR"},
                 baseline={"value": 100, "date": "2026-01-01"}),
        kpi_data(id="basket", name="Average basket", department="sales",
                 measurement={"semantic_metric": "basket_size", "unit": "IDR",
                              "collection_frequency": "quarterly",
                              "reporting_frequency": "quarterly"},
                 baseline={"value": 50, "date": "2026-01-01"}),
        kpi_data(id="shoppers", name="Shoppers this year", department="sales",
                 measurement={"semantic_metric": "shoppers_year_to_date", "unit": "shoppers"},
                 baseline={"value": 1, "date": "2026-01-01"}),
        kpi_data(id="north-revenue", name="Revenue of the north store", department="sales",
                 measurement={"semantic_metric": {
                     "name": "revenue",
                     "filter": "{{ Dimension('sale__store') }} = 'north'"}, "unit": "IDR"},
                 baseline={"value": 1, "date": "2026-01-01"}),
    ]
    catalog = tmp_path / "catalog"
    write_catalog(catalog, catalog_files(kpis))
    root = repo_with(tmp_path / "repo", shop_dbt, catalog)
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", "2026-07-31")
    assert result.exit_code == 0, result.output
    expected = shop_totals(shop_dbt)
    weekly = actuals(root, "marketing/weekly-revenue.yml")
    ended = {w: v for w, v in expected["weeks"].items()
             if date.fromisocalendar(int(w[:4]), int(w[6:]), 7) <= date(2026, 7, 31)}
    assert weekly == ended
    assert actuals(root, "sales/basket.yml") == {
        q: v for q, v in expected["quarters"].items() if q in ("2026-Q1", "2026-Q2")}
    assert actuals(root, "sales/shoppers.yml") == expected["shoppers"]
    north = actuals(root, "sales/north-revenue.yml")
    with open(shop_dbt / "seeds" / "shop_orders.csv", encoding="utf-8") as seed:
        rows = [r for r in csv.DictReader(seed) if r["store"] == "north"]
    assert north["2026-03"] == sum(float(r["net_amount"]) for r in rows
                                   if r["placed_at"].startswith("2026-03"))


def test_without_the_dbt_project_the_semantic_kpis_are_left_out_with_a_note(tmp_path):
    """A catalog may keep only the manifest (the dbt project lives elsewhere): the pull says
    it leaves the semantic KPIs out, as it does for queries without a database."""
    (tmp_path / ".git").mkdir()
    shutil.copytree(REPO / "kpis", tmp_path / "kpis")
    copy_semantic_manifest(tmp_path)
    result = kpi("actuals", "pull", str(tmp_path / "kpis"), "--today", "2026-12-20")
    assert result.exit_code == 0, result.output
    assert "Left out 4 KPIs with a semantic metric: there is no dbt project at examples/dbt " \
           "(no dbt_project.yml)." in result.output
    assert "Left out 4 KPIs with a query" in result.output


def test_a_relative_dbt_profiles_dir_means_the_folder_the_command_runs_in(
        tmp_path, example_dbt, monkeypatch):
    """`DBT_PROFILES_DIR=dbt kpi actuals pull kpis` from the repository root, as one runs
    `dbt --project-dir dbt` there: the pull used to look for the profile in dbt/dbt (it runs
    MetricFlow in the dbt project folder) and stopped on a failed `dbt debug`."""
    root = repo_with(tmp_path, example_dbt)
    monkeypatch.chdir(root)
    monkeypatch.setenv("DBT_PROFILES_DIR", "dbt")
    result = kpi("actuals", "pull", "kpis", "--today", "2026-12-20", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Asked MetricFlow for 4 metrics" in result.output


def test_periods_a_metric_fills_before_the_kpi_starts_are_left_out_and_said(tmp_path, shop_dbt):
    """`revenue_every_month` fills every period of the time spine (June 2025 to May 2027)
    with 0; the shop's orders start in January 2026 and stop in July 2026. Neither the
    months before a KPI's baseline period nor those before the first order are values, and
    nor are those after the last order (the data may have stopped arriving)."""
    kpis = [
        kpi_data(id="revenue-since-september", name="Revenue since September",
                 measurement={"semantic_metric": "revenue_every_month", "unit": "IDR"},
                 baseline={"value": 0, "date": "2025-09-15"}),
        kpi_data(id="revenue-this-year", name="Revenue this year", department="sales",
                 measurement={"semantic_metric": "revenue_every_month", "unit": "IDR"},
                 baseline={"value": 0, "date": "2026-01-01"}),
    ]
    catalog = tmp_path / "catalog"
    write_catalog(catalog, catalog_files(kpis))
    root = repo_with(tmp_path / "repo", shop_dbt, catalog)
    months = revenue_by_month(shop_dbt)
    assert min(months) == "2026-01" and max(months) == "2026-07"

    result = kpi("actuals", "pull", str(root / "kpis"), "--today", "2026-09-30")
    assert result.exit_code == 0, result.output
    assert actuals(root, "marketing/revenue-since-september.yml") == months
    assert actuals(root, "sales/revenue-this-year.yml") == months
    notes = [line for line in left_out_notes(result.output)
             if "after the metric's last data" not in line]
    assert notes == [
        "kpis/marketing/revenue-since-september.yml:15:3: E421 [info] Left out 3 values for "
        "`revenue-since-september` (2025-06 to 2025-08): they come "
        "before the KPI's baseline period, 2025-09. (field `measurement.semantic_metric`) "
        "A KPI's values start with the period of its baseline date; if the older values "
        "belong to the KPI, move `baseline` earlier.",
        "kpis/marketing/revenue-since-september.yml:15:3: E421 [info] Left out 4 values of "
        "`revenue_every_month` for `revenue-since-september` (2025-09 to 2025-12): the "
        "metric's data starts in 2026-01, and MetricFlow filled the periods before it in "
        "with 0 (`fill_nulls_with`). (field `measurement.semantic_metric`) Nothing to "
        "change: a period before the metric's data was not measured. If such a value is "
        "real, import it with `kpi actuals import`.",
        "kpis/sales/revenue-this-year.yml:15:3: E421 [info] Left out 7 values for "
        "`revenue-this-year` (2025-06 to 2025-12): they come "
        "before the KPI's baseline period, 2026-01. (field `measurement.semantic_metric`) "
        "A KPI's values start with the period of its baseline date; if the older values "
        "belong to the KPI, move `baseline` earlier.",
    ], result.output
    after = [line for line in left_out_notes(result.output)
             if "after the metric's last data" in line]
    assert len(after) == 2 and all(
        f"Left out 2 values of `revenue_every_month` for `{kpi_id}` (2026-08 to 2026-09): "
        "they come after the metric's last data, in 2026-07," in line
        for kpi_id, line in zip(("revenue-since-september", "revenue-this-year"), after,
                                strict=True)), after
    # June 2025 to May 2027 is 24 months a KPI: 7 imported, 8 not ended, 7 before the start,
    # 2 after the last order.
    assert "Asked MetricFlow for 2 metrics: 14 values (14 new or changed, 0 already in the " \
           "catalog); 16 left out (periods not ended), 14 left out (before the KPIs' values " \
           "start), 4 left out (after the metrics' last data), see above." in result.output

    indonesian = pulled_in_indonesian(root, "2026-09-30")
    notes = left_out_notes(indonesian.output)
    assert len(notes) == 5 and all("Left out" not in line for line in notes), notes
    assert "(2025-09 sampai 2025-12)" in notes[1], notes


def shopper_revenue_repo(tmp_path: Path, shop_dbt: Path, buyer: str) -> Path:
    """A repository with one monthly KPI, `<buyer>-revenue`: `revenue_every_month` of that
    shopper's orders, from January 2026."""
    kpis = [kpi_data(id=f"{buyer}-revenue", name=f"Revenue from {buyer}",
                     measurement={"semantic_metric": {
                         "name": "revenue_every_month",
                         "filter": f"{{{{ Entity('shopper') }}}} = '{buyer}'"}, "unit": "IDR"},
                     baseline={"value": 0, "date": "2026-01-01"})]
    catalog = tmp_path / "catalog"
    write_catalog(catalog, catalog_files(kpis))
    return repo_with(tmp_path / "repo", shop_dbt, catalog)


def test_periods_a_metric_fills_after_its_last_data_are_left_out_and_said(tmp_path, shop_dbt):
    """A pipeline that stopped loading: shopper b18 ordered in January, March, April and May
    2026, then nothing. `revenue_every_month` for b18 fills February with 0, a month without
    orders between months with orders, which is what the metric counts and is imported; it
    fills June to September with 0 too, after the last data, and those are left out and
    said, so that the KPI does not seem to collapse on data that is missing."""
    root = shopper_revenue_repo(tmp_path, shop_dbt, "b18")
    months = revenue_by_month(shop_dbt, "b18")
    assert sorted(months) == ["2026-01", "2026-03", "2026-04", "2026-05"]

    result = kpi("actuals", "pull", str(root / "kpis"), "--today", "2026-09-30")
    assert result.exit_code == 0, result.output
    assert actuals(root, "marketing/b18-revenue.yml") == {**months, "2026-02": 0.0}
    notes = left_out_notes(result.output)
    assert notes[1:] == [
        "kpis/marketing/b18-revenue.yml:15:3: E421 [info] Left out 4 values of "
        "`revenue_every_month` for `b18-revenue` (2026-06 to 2026-09): they come after the "
        "metric's last data, in 2026-05, and MetricFlow filled the periods in with 0 "
        "(`fill_nulls_with`). (field `measurement.semantic_metric`) Check that the metric's "
        "data still arrives: a pipeline that stopped loading looks like this. Once newer data "
        "arrives, the next `kpi actuals pull` imports these periods; if one really had "
        "nothing to count, import its value with `kpi actuals import`."], result.output
    assert "Asked MetricFlow for 1 metric: 5 values (5 new or changed, 0 already in the " \
           "catalog); 8 left out (periods not ended), 7 left out (before the KPI's values " \
           "start), 4 left out (after the metric's last data), see above." in result.output

    indonesian = pulled_in_indonesian(root, "2026-09-30")
    notes = left_out_notes(indonesian.output)
    assert notes[1].startswith(
        "kpis/marketing/b18-revenue.yml:15:3: E421 [info] 4 nilai `revenue_every_month` untuk "
        "`b18-revenue` tidak diambil (2026-06 sampai 2026-09): periodenya setelah data "
        "terakhir metrik ini, di 2026-05,"), notes
    assert "Periksa apakah data metrik ini masih masuk" in notes[1], notes
    assert "4 tidak diambil (setelah data terakhir metrik), lihat di atas." \
        in indonesian.output, indonesian.output


def test_a_filled_metric_without_any_data_gives_no_values_and_says_why(tmp_path, shop_dbt):
    """No order of shopper b99 (there is none): `revenue_every_month` still gives a 0 for
    every month of the time spine, and none of them is a value."""
    root = shopper_revenue_repo(tmp_path, shop_dbt, "b99")
    assert revenue_by_month(shop_dbt, "b99") == {}
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", "2026-09-30")
    assert result.exit_code == 0, result.output
    assert actuals(root, "marketing/b99-revenue.yml") == {}
    assert left_out_notes(result.output)[1:] == [
        "kpis/marketing/b99-revenue.yml:15:3: E421 [info] Left out 9 values of "
        "`revenue_every_month` for `b99-revenue` (2026-01 to 2026-09): the metric has no data "
        "yet, and MetricFlow filled the periods in with 0 (`fill_nulls_with`). (field "
        "`measurement.semantic_metric`) Nothing to change: a period before the metric's data "
        "was not measured. If such a value is real, import it with `kpi actuals import`."], \
        result.output
    assert "Asked MetricFlow for 1 metric: 0 values; 8 left out (periods not ended), 16 left " \
           "out (before the KPI's values start, see above)." in result.output


def test_filters_through_joins_that_validation_accepts_are_what_metricflow_computes(
        tmp_path, shop_dbt):
    """`kpi validate` follows the joins as MetricFlow does: what it accepts, MetricFlow
    computes (one and two joins away, the values as the seeds give them); what it refuses
    (E327), MetricFlow refuses too."""
    from kpi_catalog.actuals.metricflow import QueryProblem, start

    kpis = [
        kpi_data(id="member-revenue", name="Revenue from members",
                 measurement={"semantic_metric": {
                     "name": "revenue",
                     "filter": "{{ Dimension('shopper__segment') }} = 'member'"},
                     "unit": "IDR"}),
        kpi_data(id="west-java-revenue", name="Revenue from West Java", department="sales",
                 measurement={"semantic_metric": {
                     "name": "revenue",
                     "filter": "{{ Dimension('city__province') }} = 'jawa barat'"},
                     "unit": "IDR"}),
    ]
    catalog = tmp_path / "catalog"
    write_catalog(catalog, catalog_files(kpis))
    root = repo_with(tmp_path / "repo", shop_dbt, catalog)
    assert kpi("validate", str(root / "kpis"), "--today", "2026-07-31").exit_code == 0
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", "2026-07-31")
    assert result.exit_code == 0, result.output

    def rows(name: str) -> list[dict]:
        with open(shop_dbt / "seeds" / name, encoding="utf-8") as seed:
            return list(csv.DictReader(seed))

    shoppers = {row["buyer"]: row for row in rows("shoppers.csv")}
    provinces = {row["city"]: row["province"] for row in rows("cities.csv")}
    members, west_java = defaultdict(float), defaultdict(float)
    for order in rows("shop_orders.csv"):
        shopper = shoppers[order["buyer"]]
        if shopper["segment"] == "member":
            members[order["placed_at"][:7]] += float(order["net_amount"])
        if provinces[shopper["city"]] == "jawa barat":
            west_java[order["placed_at"][:7]] += float(order["net_amount"])
    assert actuals(root, "marketing/member-revenue.yml") == members
    assert actuals(root, "sales/west-java-revenue.yml") == west_java
    assert 0 < len(west_java) and sum(west_java.values()) < sum(members.values())

    project = root / "dbt"
    with start(project, project / "target" / "semantic_manifest.json", project,
               None) as engine:
        try:
            engine.series("monthly_budget", "month",
                          "{{ Dimension('shopper__segment') }} = 'member'")
        except QueryProblem as problem:
            assert problem.plain.startswith("MetricFlow cannot make the query from the "
                                            "semantic manifest"), problem.plain
            assert "No valid join paths" in problem.detail, problem
        else:
            raise AssertionError("MetricFlow filtered the budgets by the shoppers' segment")


def test_a_period_metricflow_gives_no_value_is_said_not_passed_over(tmp_path, shop_dbt):
    """A ratio whose numerator has no data in a month (nobody came in by the east door in
    March) has no value there, where 0 may be meant: the pull used to pass over it without a
    word."""
    kpis = [kpi_data(id="east-door-share", name="Share of visitors at the east door",
                     measurement={"semantic_metric": "east_door_share", "unit": "share"})]
    catalog = tmp_path / "catalog"
    write_catalog(catalog, catalog_files(kpis))
    root = repo_with(tmp_path / "repo", shop_dbt, catalog)
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", "2026-07-31")
    assert result.exit_code == 0, result.output
    assert actuals(root, "marketing/east-door-share.yml") == {"2026-01": 12 / 19, "2026-02": 1.0}
    (note,) = left_out_notes(result.output)
    assert note.startswith("kpis/marketing/east-door-share.yml:15:3: E421 [info] MetricFlow "
                           "gave `east_door_share` no value for 1 period of `east-door-share` "
                           "(2026-03): nothing is imported for it. (field "
                           "`measurement.semantic_metric`) A ratio has no value where its "
                           "numerator has no data"), result.output


def _spine_ending(tmp_path: Path, project: Path, kpi_id: str, metric: str, unit: str,
                  spine_end: str) -> Path:
    """A repository with one monthly KPI on ``metric`` and the shop's time spine ending on
    ``spine_end`` (a spine model built up to a fixed date, not rebuilt since)."""
    import duckdb

    catalog = tmp_path / "catalog"
    write_catalog(catalog, catalog_files([kpi_data(
        id=kpi_id, name="Shop figures", department="sales",
        measurement={"semantic_metric": metric, "unit": unit},
        baseline={"value": 1, "date": "2026-01-01"})]))
    root = repo_with(tmp_path / "repo", project, catalog)
    warehouse_file = root / "dbt" / "shop.duckdb"
    with duckdb.connect(str(warehouse_file)) as warehouse:
        warehouse.execute(f"delete from days where day_of > date '{spine_end}'")
    # dbt-duckdb keeps the database of an earlier pull in this process open for a profile
    # written alike (`path: shop.duckdb`): this one's own path makes it open this copy
    profiles = root / "dbt" / "profiles.yml"
    profiles.write_text(profiles.read_text(encoding="utf-8").replace(
        "path: shop.duckdb", f"path: '{warehouse_file.as_posix()}'"), encoding="utf-8")
    return root


@pytest.mark.parametrize(("spine_end", "said"), [
    ("2026-06-20", "2026-06 to 2026-07"),  # June cut at the 20th, July not returned at all
    ("2026-05-31", "2026-06 to 2026-07"),  # both months wholly after: MetricFlow is silent
])
def test_periods_the_time_spine_ends_within_or_before_are_left_out_and_said(
        tmp_path, shop_dbt, spine_end, said):
    """A cumulative metric is computed on the time spine: with the spine ending on 20 June
    (a spine model built up to a fixed date, not rebuilt since), MetricFlow gave June the
    shoppers counted up to the 20th, and the pull imported that as June's value; July,
    wholly after the spine, MetricFlow did not return at all, and nothing was said while
    `kpi due` listed it as due."""
    root = _spine_ending(tmp_path, shop_dbt, "shoppers", "shoppers_year_to_date", "shoppers",
                         spine_end)
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", "2026-07-31")
    assert result.exit_code == 0, result.output
    written = actuals(root, "sales/shoppers.yml")
    expected = shop_totals(shop_dbt)["shoppers"]
    assert written == {m: v for m, v in expected.items() if m <= "2026-05"}
    assert left_out_notes(result.output) == [
        f"kpis/sales/shoppers.yml:15:3: E421 [info] Left out {said} of `shoppers`: they end "
        f"past the dbt project's time spine, which ends on {spine_end}, and MetricFlow "
        "computes `shoppers_year_to_date` on the spine up to that day only. (field "
        "`measurement.semantic_metric`) Extend the time spine model in the dbt project up "
        "to today or later, build it (`dbt build` in the dbt project folder), then pull "
        "again."]
    assert ("left out (before the KPI's values start), 2 left out (past the time spine's "
            "end), see above.") in result.output
    indonesian = pulled_in_indonesian(root, "2026-07-31")
    assert spine_end in indonesian.output and "time spine, which" not in indonesian.output


def test_periods_after_the_time_spine_of_a_metric_joined_to_it_are_said(tmp_path, shop_dbt):
    """A metric that lists every period of the time spine (`join_to_timespine`) has no row
    after the spine's end: June and July, with orders, were left out and nothing said."""
    root = _spine_ending(tmp_path, shop_dbt, "revenue", "revenue_every_month", "IDR",
                         "2026-05-20")
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", "2026-07-31")
    assert result.exit_code == 0, result.output
    expected = revenue_by_month(shop_dbt)
    assert actuals(root, "sales/revenue.yml") == {
        m: v for m, v in expected.items() if "2026-01" <= m <= "2026-05"}
    assert [note.split(" E421 [info] ")[1] for note in left_out_notes(result.output)][-1] == (
        "Left out 2026-06 to 2026-07 of `revenue`: they end past the dbt project's time "
        "spine, which ends on 2026-05-20, and MetricFlow computes `revenue_every_month` on "
        "the spine up to that day only. (field `measurement.semantic_metric`) Extend the "
        "time spine model in the dbt project up to today or later, build it (`dbt build` in "
        "the dbt project folder), then pull again.")
