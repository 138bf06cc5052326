"""`kpi actuals pull` against a real SQLite database: the example one, and broken queries."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from actuals_helpers import kpi, set_query, snapshot

from kpi_catalog.checking.check import check_catalog

ROOT = Path(__file__).resolve().parents[2]
LATER = "2026-12-20"  # November has ended and is due; December is still running
PULLED = {"online-gmv": 118.6, "average-order-value": 361000, "sales-qualified-leads": 235,
          "contact-csat": 85.9}


def _builder():
    spec = importlib.util.spec_from_file_location("build_actuals_db",
                                                  ROOT / "examples" / "build_actuals_db.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def database(tmp_path) -> Path:
    """The example database, built from examples/actuals.sql by its own script."""
    return _builder().build(tmp_path / "actuals.sqlite")


def _pull(repo, database, *options, today=LATER):
    return kpi("actuals", "pull", str(repo / "kpis"), "--database", f"sqlite:///{database}",
               "--today", today, *options)


def test_pull_fills_the_values_the_queries_return(repo, database):
    result = _pull(repo, database)
    assert result.exit_code == 0, result.output
    assert "Ran 4 queries" in result.output and "4 left out (periods not ended)" in result.output
    assert "Wrote 4 values in 4 KPI files." in result.output
    catalog = check_catalog(repo / "kpis").catalog
    for kpi_id, value in PULLED.items():
        latest = max(catalog.kpis[kpi_id].actuals, key=lambda a: a.date)
        assert (latest.period, latest.value) == ("2026-11", value), kpi_id
    gmv = catalog.kpis["online-gmv"].actuals[-1]
    assert gmv.note == "11.11 sale: three times the usual orders on the day."
    before = snapshot(repo)
    again = _pull(repo, database)
    assert "Nothing to change" in again.output and snapshot(repo) == before


def test_the_database_address_may_come_from_the_environment(repo, database, monkeypatch):
    monkeypatch.setenv("KPI_DATABASE_URL", f"sqlite:///{database}")
    result = kpi("actuals", "pull", str(repo / "kpis"), "--today", LATER, "--dry-run")
    assert result.exit_code == 0 and "+  - {period: 2026-11, value: 235}" in result.output


@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]])
def test_without_a_database_the_pull_says_it_pulled_nothing_and_what_it_needs(repo, monkeypatch,
                                                                             dry_run):
    """Not "Nothing to change: the catalog already has every value": nothing was asked."""
    monkeypatch.delenv("KPI_DATABASE_URL", raising=False)
    before = snapshot(repo)
    result = kpi("actuals", "pull", str(repo / "kpis"), "--kpi", "contact-csat", "--today",
                 LATER, *dry_run)
    assert result.exit_code == 0, result.output
    assert "Nothing to change" not in result.output and "already has" not in result.output
    assert "Left out 1 KPI with a query: give the database with --database or " \
           "KPI_DATABASE_URL." in result.output
    assert "Nothing was pulled: no source of values is configured for these KPIs (see above). " \
           "Nothing was written." in result.output
    assert snapshot(repo) == before


def test_a_failing_query_names_its_kpi_and_file_and_the_others_still_run(repo, database):
    set_query(repo, "sales/online-gmv.yml", "SELECT month, gmv FROM no_such_table")
    set_query(repo, "customer-service/contact-csat.yml",
               "SELECT month AS period, '25%' AS value FROM zendesk_csat_monthly")
    before = snapshot(repo)
    result = _pull(repo, database)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any(line.startswith("kpis/sales/online-gmv.yml:21:3: E410 The query of `online-gmv` "
                               "failed: no such table: no_such_table.") for line in lines), lines
    assert any(line.startswith("kpis/customer-service/contact-csat.yml:16:3: E406 `25%` is not "
                               "a number (row 1 of the query's result).") for line in lines)
    assert "Nothing was written" in result.output
    assert snapshot(repo) == before, "the queries that worked are not written either"


@pytest.mark.parametrize("query, words", [
    ("DELETE FROM online_sales_monthly", "it is not a SELECT"),
    ("WITH gone AS (SELECT 1) DELETE FROM online_sales_monthly", "it is not a SELECT"),
    ("SELECT month AS period, leads AS value FROM crm_lead_status_monthly; "
     "DROP TABLE crm_lead_status_monthly", "more than one statement"),
])
def test_queries_cannot_change_the_database(repo, database, query, words):
    set_query(repo, "marketing/sales-qualified-leads.yml", query)
    data = database.read_bytes()
    result = _pull(repo, database, "--kpi", "sales-qualified-leads")
    assert result.exit_code == 1 and words in result.output, result.output
    assert database.read_bytes() == data


def test_a_slow_query_is_stopped_at_the_timeout(repo, database):
    set_query(repo, "marketing/sales-qualified-leads.yml",
               "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
               "SELECT max(x), 1 FROM n")
    result = _pull(repo, database, "--timeout", "0.3")
    assert result.exit_code == 1
    assert "`sales-qualified-leads` failed: it took longer than 0.3 seconds" in result.output


def test_a_missing_database_is_not_created(repo, tmp_path):
    missing = tmp_path / "missing.sqlite"
    result = _pull(repo, missing)
    assert result.exit_code == 1 and "Could not read the database" in result.output
    assert "--database or KPI_DATABASE_URL" in result.output and not missing.exists()


def test_the_password_is_never_shown(repo):
    result = kpi("actuals", "pull", str(repo / "kpis"), "--database",
                 "postgresql+nosuchdriver://reader:s3cret@localhost/db")
    assert result.exit_code == 1 and "s3cret" not in result.output


def test_only_the_kpis_asked_for(repo, database):
    result = _pull(repo, database, "--kpi", "contact-csat", "--dry-run")
    assert "Ran 1 query" in result.output and "contact-csat.yml" in result.output
    assert "online-gmv" not in result.output
    unknown = _pull(repo, database, "--kpi", "nope")
    assert unknown.exit_code == 2 and "there is no KPI `nope`" in unknown.output


# --- PostgreSQL ------------------------------------------------------------------------------


def test_pull_from_postgresql_fills_the_same_values(repo, postgres):
    result = kpi("actuals", "pull", str(repo / "kpis"), "--database", postgres.reader,
                 "--today", LATER)
    assert result.exit_code == 0, result.output
    assert "Wrote 4 values in 4 KPI files." in result.output
    catalog = check_catalog(repo / "kpis").catalog
    for kpi_id, value in PULLED.items():
        assert catalog.kpis[kpi_id].actuals[-1].value == value, kpi_id


def test_postgresql_sessions_are_read_only_and_timed(repo, postgres):
    set_query(repo, "marketing/sales-qualified-leads.yml",
               "WITH gone AS (DELETE FROM crm_lead_status_monthly RETURNING 1) "
               "SELECT '2026-11', count(*) FROM gone")
    set_query(repo, "sales/online-gmv.yml", "SELECT '2026-11', 1 FROM pg_sleep(5)")
    result = kpi("actuals", "pull", str(repo / "kpis"), "--database", postgres.reader,
                 "--today", LATER, "--timeout", "0.5")
    assert result.exit_code == 1
    assert "does more than read: it holds DELETE" in result.output, result.output
    assert "`online-gmv` failed: it took longer than 0.5 seconds" in result.output
    assert postgres.untouched(), "nothing was deleted"
