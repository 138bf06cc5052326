"""The catalog on a fifth team's dbt project (tests/semantic/clinic_project, a chain of
clinics), unlike the other four on purpose: models under `dbt_models/`, seeds under
`seed_data/`, a profiles.yml whose path comes from `env_var` with a default, semantic models
in a nested folder, filters by dimensions of other semantic models (the patient's region,
the clinic's city through a natural key with a validity window, the shift's staffing through
a key of two columns), a ratio whose numerator has its own filter, a metric filtered by a time
dimension, cumulative metrics with `period_agg: first` and `average`, a metric whose
`time_granularity` is the month in weekly and daily KPIs, CASE expressions, a measure with
`create_metric: true`, a metric named as a dbt model, saved queries with exports.

The values expected are computed here with SQL over the seed files (DuckDB, not dbt)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import duckdb
import pytest
from semantic_helpers import kpi, metric_kpi, project_repo
from semantic_helpers import marketing_actuals as actuals

from kpi_catalog.checking.check import check_catalog
from kpi_catalog.model.periods import period_end
from kpi_catalog.site import SiteOptions
from kpi_catalog.site.generator import Site

TODAY = "2026-06-15"

KPIS = {  # KPI id: (metric or reference, frequency)
    "visits": ("visits", "monthly"),
    "visits-weekly": ("visits", "weekly"),
    "visits-daily": ("visits", "daily"),
    "visits-quarterly": ("visits", "quarterly"),
    "north": ("north_visits", "monthly"),
    "jakarta": ("jakarta_fees", "monthly"),
    "short-staffed": ("short_staffed_visits", "monthly"),
    "since-march": ("visits_since_march", "monthly"),
    "paid": ("paid_fees", "monthly"),
    "no-shows": ("no_shows", "weekly"),
    "seen": ("patients_seen", "monthly"),
    "no-show-rate": ("no_show_rate", "monthly"),
    "paid-share": ("paid_share", "quarterly"),
    "fees-by-month": ("monthly_fees", "monthly"),
    "fees-by-month-weekly": ("monthly_fees", "weekly"),
    "fees-by-month-daily": ("monthly_fees", "daily"),
    "rolling": ("visits_rolling_7d", "monthly"),
    "rolling-weekly": ("visits_rolling_7d", "weekly"),
    "month-to-date": ("fees_mtd_average", "monthly"),
    "fees-yearly": ("fee_total", "yearly"),
    "nurse-days": ("nurse_days", "monthly"),
    "bogor": ({"name": "fee_total",
               "filter": "{{ Dimension('clinic__city') }} = 'Bogor'"}, "monthly"),
    "mid-june": ({"name": "visits", "filter": (
        "{{ TimeDimension('visit__visited_at', 'day') }} >= '2025-06-15'")}, "monthly"),
    "south-rate": ({"name": "no_show_rate",
                    "filter": "{{ Dimension('patient__region') }} = 'south'"}, "monthly"),
}

GRAINS = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
          "yearly": "year"}


def _period(grain: str, day: str) -> str:
    return {"day": f"strftime({day}, '%Y-%m-%d')", "week": f"strftime({day}, '%G-W%V')",
            "month": f"strftime({day}, '%Y-%m')",
            "quarter": f"year({day}) || '-Q' || quarter({day})",
            "year": f"cast(year({day}) as varchar)"}[grain]


def expected_values(project: Path) -> dict[str, dict[str, float]]:
    """Each KPI's values from the seeds, by period (the pull's cut by TODAY not made)."""
    db = duckdb.connect()
    for name in ("visits", "patients", "clinics", "roster"):
        db.execute(f"create view {name} as select * from "
                   f"read_csv_auto('{project / 'seed_data' / f'raw_{name}.csv'}')")
    db.execute("create view v as select visits.*, cast(visited_on as date) as d, region, "
               "city from visits join patients using (patient_id) left join clinics c on "
               "visits.clinic_code = c.clinic_code and cast(visited_on as date) >= "
               "cast(valid_from as date) and (valid_to is null or cast(visited_on as date) < "
               "cast(valid_to as date))")
    db.execute("create view days as select cast(range as date) as d "
               "from range(date '2025-01-01', date '2026-06-16', interval 1 day)")

    def rows(sql: str) -> dict[str, float]:
        return {str(k): round(float(x), 6) for k, x in db.execute(sql).fetchall()
                if x is not None and x == x and abs(x) != float("inf")}

    def of(grain, expr, table="v", where="true", day="d"):
        return rows(f"select {_period(grain, day)}, {expr} from {table} where {where} "
                    "group by 1")

    # no value where the numerator has no rows (no no-shows)
    rate = ("count(*) filter (where status = 'no_show') / count(*) / (count(*) filter "
            "(where status = 'no_show') > 0)::int")

    def rolling_at_start(grain):
        # the visits of the 7 days up to the period's first day; an empty window is no value
        return rows(f"select {_period(grain, 's.d')}, (select nullif(count(*), 0) from v "
                    "where v.d > s.d - interval 7 day and v.d <= s.d) from days s where s.d = "
                    f"cast(date_trunc('{grain}', s.d) as date)")

    def month_to_date_average(grain):
        # the fees of the month up to each day, averaged over the period's days
        return rows(f"select p, avg(x) from (select {_period(grain, 's.d')} as p, (select "
                    "sum(fee) from v where v.d >= date_trunc('month', s.d) and v.d <= s.d) "
                    "as x from days s) group by p having count(x) = count(*)")

    values = {}
    for kpi_id, (_metric, frequency) in KPIS.items():
        grain = GRAINS[frequency]
        values[kpi_id] = {
            "visits": lambda g: of(g, "count(*)"),
            "north": lambda g: of(g, "count(*)", where="region = 'north'"),
            "jakarta": lambda g: of(g, "sum(fee)", where="city = 'Jakarta'"),
            "short-staffed": lambda g: of(g, "count(*)", "v join roster r on r.clinic_code = "
                                          "v.clinic_code and cast(shift_date as date) = v.d",
                                          "nurses < 2"),
            "since-march": lambda g: of(g, "count(*)", where="d >= date '2025-03-01'"),
            "paid": lambda g: of(g, "sum(case when status = 'paid' then fee else 0 end)"),
            "no-shows": lambda g: of(g, "sum(case when status = 'no_show' then 1 else 0 end)"),
            "seen": lambda g: of(g, "count(distinct patient_id) filter (where status <> "
                                    "'no_show')"),
            "no-show-rate": lambda g: of(g, rate),
            "paid-share": lambda g: of(g, "sum(fee) filter (where status = 'paid') * 100.0 "
                                          "/ sum(fee)"),
            "fees": lambda g: of(g, "sum(fee)"),
            "rolling": rolling_at_start,
            "month-to-date": month_to_date_average,
            "nurse-days": lambda g: of(g, "sum(nurses)", "roster",
                                       day="cast(shift_date as date)"),
            "bogor": lambda g: of(g, "sum(fee)", where="city = 'Bogor'"),
            "mid-june": lambda g: of(g, "count(*)", where="d >= date '2025-06-15'"),
            "south-rate": lambda g: of(g, rate, where="region = 'south'"),
        }[_family(kpi_id)](grain)
    return values


def _family(kpi_id: str) -> str:
    for prefix in ("visits", "rolling", "fees"):
        if kpi_id.startswith(prefix):
            return prefix
    return kpi_id


def ended(period: str) -> bool:
    return period_end(period) <= date.fromisoformat(TODAY)


@pytest.fixture(scope="module")
def pulled(tmp_path_factory, clinic_dbt):
    """The catalog of KPIS on the built project, pulled once, read through the profile's
    `reader` target with the DuckDB file its `env_var` names; and the pull's output."""
    tmp_path = tmp_path_factory.mktemp("clinic")
    kpis = [metric_kpi(kpi_id, metric, frequency)
            for kpi_id, (metric, frequency) in KPIS.items()]
    root = project_repo(tmp_path, clinic_dbt, "care", "clinic.duckdb", "Clinic KPIs",
                        "reader", kpis)
    # the project's YAML edited after `dbt parse` (no change): validate compares it with the
    # manifest, metrics made by `create_metric`, in nested folders under `dbt_models/`
    newer = max(p.stat().st_mtime for p in (root / "care" / "target").iterdir()) + 10
    for path in (root / "care" / "dbt_models").rglob("*.yml"):
        os.utime(path, (newer, newer))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CLINIC_DUCKDB", str(root / "care" / "clinic.duckdb"))
        checked = kpi("validate", str(root / "kpis"), "--today", TODAY)
        result = kpi("actuals", "pull", str(root / "kpis"), "--today", TODAY)
    return root, checked, result


def test_every_kpi_pulled_has_the_values_of_the_seeds(pulled, clinic_dbt):
    """Each KPI's values are the seeds' (joins through a natural key with a validity window,
    a key of two columns, filters of the metric and of the KPI, a month-grained metric by the
    week and the day). A cumulative metric whose period's value is its first day's gave the
    month the data starts (nothing in the 7 days before 1 January) the value of a later day;
    one averaged within the period gave a month without fees on its first days the average
    of the days with some: those periods are left out now, and said."""
    root, checked, result = pulled
    assert checked.exit_code == 0, checked.output
    assert " E330 " not in checked.output and " E32" not in checked.output.replace(
        " E325 ", "").replace(" E326 ", ""), checked.output
    assert result.exit_code == 0, result.output
    expected = expected_values(clinic_dbt)
    for kpi_id in KPIS:
        written = {period: round(value, 6) for period, value in actuals(root, kpi_id).items()}
        assert written == {period: value for period, value in expected[kpi_id].items()
                           if ended(period)}, kpi_id


def test_the_periods_taken_from_other_days_are_said(pulled):
    """One note per KPI whose cumulative metric MetricFlow gave other days' values."""
    root, checked, result = pulled
    notes = {line.split(": E421 [info] ")[0]: line.split(" E421 [info] ")[1]
             for line in result.output.splitlines() if "the value of a later day" in line
             or "the average of fewer days" in line}
    assert notes["kpis/marketing/rolling.yml:15:3"].startswith(
        "MetricFlow gave `visits_rolling_7d` for 1 period of `rolling` (2025-01) the value of "
        "a later day: on the period's first day nothing lies in the window of the cumulative "
        "metric `visits_rolling_7d`, which has no value there, and MetricFlow takes the first "
        "day that has one; nothing is imported for it.")
    assert "MetricFlow averages only the days that have one" in notes[
        "kpis/marketing/month-to-date.yml:15:3"]
    assert sorted(notes) == ["kpis/marketing/month-to-date.yml:15:3",
                             "kpis/marketing/rolling-weekly.yml:15:3",
                             "kpis/marketing/rolling.yml:15:3"]


def test_the_dbt_projects_markup_is_shown_as_text_on_the_kpi_page(pulled):
    """`paid_fees`'s label holds quotes and HTML, its description Markdown and a script: the
    page shows them as the text they are."""
    root, checked, result = pulled
    catalog = check_catalog(root / "kpis", today=date.fromisoformat(TODAY)).catalog
    site = Site(catalog, today=date.fromisoformat(TODAY), options=SiteOptions(language="en"))
    page = site.kpi_page(site.views["paid"]).body
    assert ("<code>paid_fees</code> (Fees &quot;paid&quot; &lt;b&gt;in full&lt;/b&gt; &amp; "
            "on time), simple") in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "<script>alert" not in page and "<b>in full" not in page


@pytest.mark.parametrize(("language", "said"), [
    ("en", "the value of a quarter would be the average of totals that start again every "
           "month, not a total since the quarter began."),
    ("id", "rata-rata")])
def test_a_to_date_metric_averaged_in_a_longer_period_is_said_as_an_average(
        tmp_path, clinic_dbt, language, said):
    """E326 said a quarter of `fees_mtd_average` (a month to date, `period_agg: average`)
    would be its last month alone: MetricFlow averages the quarter's days instead."""
    root = project_repo(tmp_path, clinic_dbt, "care", "clinic.duckdb", "Clinic KPIs",
                        "reader", [metric_kpi("quarterly-fees", "fees_mtd_average",
                                              "quarterly")])
    result = kpi("--language", language, "validate", str(root / "kpis"), "--today", TODAY)
    lines = [line for line in result.output.splitlines() if " E326 " in line]
    assert len(lines) == 1 and said in lines[0] and "last month" not in lines[0], lines
