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
    assert ("Ran 4 queries: 44 values (4 new or changed, 40 already in the catalog); 4 left "
            "out (periods not ended).") in result.output
    assert "Wrote 4 values in 4 KPI files." in result.output
    catalog = check_catalog(repo / "kpis").catalog
    for kpi_id, value in PULLED.items():
        latest = max(catalog.kpis[kpi_id].actuals, key=lambda a: a.date)
        assert (latest.period, latest.value) == ("2026-11", value), kpi_id
    gmv = catalog.kpis["online-gmv"].actuals[-1]
    assert gmv.note == "11.11 sale: three times the usual orders on the day."
    before = snapshot(repo)
    again = _pull(repo, database, "--dry-run")
    assert "Ran 4 queries: 44 values (0 new or changed, 44 already in the catalog)" \
        in again.output
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
               "SELECT month AS period, 'n/a' AS value FROM zendesk_csat_monthly")
    before = snapshot(repo)
    result = _pull(repo, database)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any(line.startswith("kpis/sales/online-gmv.yml:21:3: E410 The query of `online-gmv` "
                               "failed: no such table: no_such_table.") for line in lines), lines
    assert any(line.startswith("kpis/customer-service/contact-csat.yml:16:3: E406 `n/a` is not "
                               "a number (row 1 of the query's result).") for line in lines)
    assert "Nothing was written" in result.output
    assert snapshot(repo) == before, "the queries that worked are not written either"



def test_a_sum_of_fractions_is_written_as_the_number_it_means(repo, database):
    """A warehouse adds DOUBLE amounts in binary: 0.1 + 0.2 is 0.30000000000000004 there.
    The value written keeps the 15 significant digits a double holds: 0.3, and a pull
    again finds it already in the catalog."""
    set_query(repo, "customer-service/contact-csat.yml",
              "SELECT '2026-11' AS period, 85.1 + 0.7 + 0.1 AS value")
    result = _pull(repo, database, "--kpi", "contact-csat", "--replace")
    assert result.exit_code == 0, result.output
    assert "85.89999999" not in (repo / "kpis/customer-service/contact-csat.yml").read_text(
        encoding="utf-8")
    assert check_catalog(repo / "kpis").catalog.kpis["contact-csat"].actuals[-1].value == 85.9
    again = _pull(repo, database, "--kpi", "contact-csat", "--dry-run")
    assert "1 value (0 new or changed, 1 already in the catalog)" in again.output, again.output

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


# Two months before the baseline period of `sales-qualified-leads` (baseline 2026-01-01), then
# the example's rows (2026-01 to 2026-12), in no particular order.
OLDER_ROWS = ("SELECT month AS period, leads AS value FROM crm_lead_status_monthly "
              "WHERE status = 'sql' UNION ALL SELECT '2025-12', 145 "
              "UNION ALL SELECT '2025-11', 140")
LEFT_OUT_NOTE = (
    "kpis/marketing/sales-qualified-leads.yml:18:3: E421 [info] Left out 2 values for "
    "`sales-qualified-leads` (2025-11 to 2025-12): they come before the KPI's baseline period, "
    "2026-01. (field `measurement.query`) A KPI's values start with the period of its baseline "
    "date; if the older values belong to the KPI, move `baseline` earlier.")
LEFT_OUT_COUNTS = ("Ran 1 query: 11 values (1 new or changed, 10 already in the catalog); 1 left "
                   "out (periods not ended), 2 left out (before the KPI's baseline period, see "
                   "above).")


def _periods(repo, kpi_id: str) -> list[str]:
    return [a.period for a in check_catalog(repo / "kpis").catalog.kpis[kpi_id].actuals]


def test_rows_before_the_baseline_period_are_left_out_and_said(repo, database):
    """A table's older history is not the KPI's: the rows before the period of its baseline
    date are not imported, and one note located at the query says how many and which."""
    set_query(repo, "marketing/sales-qualified-leads.yml", OLDER_ROWS)
    result = _pull(repo, database, "--kpi", "sales-qualified-leads")
    assert result.exit_code == 0, result.output
    assert [line for line in result.output.splitlines() if " E421 " in line] == [LEFT_OUT_NOTE]
    assert LEFT_OUT_COUNTS in result.output
    assert "Wrote 1 value in 1 KPI file." in result.output, result.output  # 2026-11
    periods = _periods(repo, "sales-qualified-leads")
    assert periods[0] == "2026-01" and periods[-1] == "2026-11", periods


def test_the_note_of_rows_before_the_baseline_is_said_in_indonesian(repo, database):
    set_query(repo, "marketing/sales-qualified-leads.yml", OLDER_ROWS)
    result = kpi("--language", "id", "actuals", "pull", str(repo / "kpis"), "--database",
                 f"sqlite:///{database}", "--today", LATER, "--kpi", "sales-qualified-leads",
                 "--dry-run")
    assert result.exit_code == 0, result.output
    notes = [line for line in result.output.splitlines() if " E421 " in line]
    assert len(notes) == 1 and notes[0].startswith(
        "kpis/marketing/sales-qualified-leads.yml:18:3: E421 [info] 2 nilai untuk "
        "`sales-qualified-leads` tidak diambil (2025-11 sampai 2025-12): periodenya sebelum "
        "periode nilai awal KPI, 2026-01."), notes
    assert "Left out" not in result.output and "Menjalankan 1 kueri: 11 nilai (1 baru atau " \
        "berubah, 10 sudah ada di katalog); 1 tidak diambil (periodenya belum berakhir), 2 " \
        "tidak diambil (sebelum periode nilai awal KPI, lihat di atas)." in result.output, \
        result.output


def test_a_kpi_without_a_baseline_keeps_every_row(repo, database):
    """Nothing says where its values start: every ended period is pulled."""
    path = set_query(repo, "marketing/sales-qualified-leads.yml", OLDER_ROWS)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("baseline: {value: 150, date: 2026-01-01}\n", ""),
                    encoding="utf-8")
    result = _pull(repo, database, "--kpi", "sales-qualified-leads", "--dry-run")
    assert " E421 " not in result.output, result.output
    assert ("Ran 1 query: 13 values (3 new or changed, 10 already in the catalog); 1 left out "
            "(periods not ended).") in result.output
    assert "+  - {period: 2025-11, value: 140}" in result.output, result.output


def test_a_row_of_another_frequency_is_refused_wherever_its_period_lies(repo, database):
    """A day for a monthly KPI is a wrong query, before the baseline as after it: the same
    E405 at the query (it was left out as "before the baseline", or "not ended", unsaid)."""
    set_query(repo, "marketing/sales-qualified-leads.yml",
              OLDER_ROWS + " UNION ALL SELECT '2025-03-14', 100 UNION ALL SELECT '2026-05-14', "
              "100 UNION ALL SELECT '2027-01-14', 100")
    before = snapshot(repo)
    result = _pull(repo, database, "--kpi", "sales-qualified-leads")
    assert result.exit_code == 1, result.output
    refused = [line for line in result.output.splitlines() if " E405 " in line]
    assert [line.split(" E405 ")[1].split(" (row")[0] for line in refused] == [
        f"`{day}` does not fit how often `sales-qualified-leads` is measured"
        for day in ("2025-03-14", "2026-05-14", "2027-01-14")], result.output
    assert all(line.startswith("kpis/marketing/sales-qualified-leads.yml:18:3: ")
               for line in refused), refused
    assert "Nothing was written: 3 problems found." in result.output
    assert snapshot(repo) == before
    # The months before the baseline are still left out, and said: they are of its frequency.
    assert LEFT_OUT_NOTE in result.output.splitlines(), result.output


def test_periods_are_read_as_the_checks_read_them_before_the_baseline_is_asked(repo, database):
    """` 2025-12 ` is 2025-12 for the checks (blanks around it): before the baseline, it is
    left out as 2025-12 is, not imported."""
    set_query(repo, "marketing/sales-qualified-leads.yml",
              OLDER_ROWS.replace("SELECT '2025-12'", "SELECT ' 2025-12 '"))
    result = _pull(repo, database, "--kpi", "sales-qualified-leads", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "2025-12" not in result.output.split("Ran 1 query")[1], result.output
    assert LEFT_OUT_COUNTS in result.output, result.output


def test_a_period_the_query_gives_twice_names_the_first_row_of_its_result(repo, database):
    """A query's rows all stand at the query's line: E407 names the first row of the result,
    not a line of the file."""
    set_query(repo, "marketing/sales-qualified-leads.yml",
              "SELECT '2026-05' AS period, 100 AS value UNION ALL SELECT '2026-06', 110 "
              "UNION ALL SELECT '2026-05', 120")
    result = _pull(repo, database, "--kpi", "sales-qualified-leads")
    assert result.exit_code == 1, result.output
    twice = [line for line in result.output.splitlines() if " E407 " in line]
    assert len(twice) == 1, result.output
    assert twice[0].split(" E407 ")[1] == (
        "`sales-qualified-leads` has a value for 2026-05 twice (first: row 1 of the query's "
        "result) (row 3 of the query's result). Keep one of the two rows."), twice


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


def test_postgresql_rows_before_the_baseline_period_are_left_out_and_said(repo, postgres):
    set_query(repo, "marketing/sales-qualified-leads.yml", OLDER_ROWS)
    result = kpi("actuals", "pull", str(repo / "kpis"), "--database", postgres.reader,
                 "--today", LATER, "--kpi", "sales-qualified-leads")
    assert result.exit_code == 0, result.output
    assert [line for line in result.output.splitlines() if " E421 " in line] == [LEFT_OUT_NOTE]
    assert LEFT_OUT_COUNTS in result.output
    assert _periods(repo, "sales-qualified-leads")[0] == "2026-01"


@pytest.mark.parametrize(("selected", "said"), [
    ("1e20", "`100000000000000000000` is too large a number for a KPI"),  # was `1e+20`
    ("150", "150 is outside the KPI's valid range (from 0 up to 100)"),  # was written
])
def test_a_value_the_kpi_cannot_hold_is_said_at_the_query_in_plain_digits(
        repo, database, selected, said):
    path = set_query(repo, "customer-service/contact-csat.yml",
                     f"SELECT month AS period, {selected} AS value FROM zendesk_csat_monthly")
    path.write_text(path.read_text(encoding="utf-8").replace(
        "\nbaseline:", "\nvalid_range: {min: 0, max: 100}\nbaseline:", 1), encoding="utf-8")
    before = snapshot(repo)
    result = _pull(repo, database)
    assert result.exit_code == 1
    assert any(line.startswith("kpis/customer-service/contact-csat.yml:") and said in line
               for line in result.output.splitlines()), result.output
    assert "e+" not in result.output
    assert snapshot(repo) == before
