"""`kpi actuals pull` against hostile queries: a KPI file comes from a pull request, and its
query runs on the organisation's database. Each defence is also tested alone (with the
others switched off), so that none of them silently rests on another."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from actuals_helpers import kpi, set_query, snapshot

import kpi_catalog.actuals.database as database_module

ROOT = Path(__file__).resolve().parents[2]
LATER = "2026-12-20"
KPI_FILE = "marketing/sales-qualified-leads.yml"
LEADS = "crm_lead_status_monthly"


def _pull(repo, url, *options):
    return kpi("actuals", "pull", str(repo / "kpis"), "--database", url, "--today", LATER,
               "--kpi", "sales-qualified-leads", *options)


def _refused(result, *words):
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if " E410 " in line]
    assert lines and lines[0].startswith(f"kpis/{KPI_FILE}:18:3: E410 The query of "
                                         "`sales-qualified-leads` failed:"), result.output
    for word in words:
        assert word in lines[0], lines[0]
    assert "Nothing was written" in result.output


# Each would change the database, run a program, or outlast the time limit if its parts ran.
STACKED = [
    f"SELECT 1; COMMIT; BEGIN READ WRITE; CREATE TABLE pwned(x int); DELETE FROM {LEADS}; "
    f"COMMIT; SELECT month AS period, leads AS value FROM {LEADS}",
    f"SELECT '2026-11', 1; DROP TABLE {LEADS}",
    f"SELECT '2026-11', 1;\n-- a comment\nDELETE FROM {LEADS}",
    f"SELECT '\\'; DELETE FROM {LEADS}; --'",  # standard strings: the backslash is text
    f"SELECT $x$;$x$, 1; DELETE FROM {LEADS}",
    "SELECT '2026-11', 1 /* ; */; CREATE TABLE pwned(x int)",
    "SELECT 1; SET statement_timeout = 0; SELECT '2026-11', 1 FROM pg_sleep(8)",
    "COPY (SELECT 1) TO PROGRAM 'touch /tmp/kpi-catalog-pwned'",
    f"WITH gone AS (DELETE FROM {LEADS} RETURNING 1) SELECT '2026-11', count(*) FROM gone",
    "SELECT '2026-11' AS period, 1 AS value INTO pwned",
    f"SELECT month, leads FROM {LEADS} FOR UPDATE",
    "CREATE TABLE pwned AS SELECT 1",
    "DO $$BEGIN CREATE TABLE pwned(x int); END$$",
    "CALL nothing()",
    "SET ROLE postgres",
    "-- nothing but a comment",
]


@pytest.mark.parametrize("query", STACKED, ids=range(len(STACKED)))
def test_postgresql_runs_exactly_one_statement_that_only_reads(repo, postgres, query):
    set_query(repo, KPI_FILE, query)
    before = snapshot(repo)
    result = _pull(repo, postgres.admin, "--timeout", "2")
    _refused(result)
    assert postgres.untouched() and snapshot(repo) == before
    assert not Path("/tmp/kpi-catalog-pwned").exists()


@pytest.fixture
def parser_off(monkeypatch):
    """The SQL parser lets everything through: the next defence must hold on its own."""
    monkeypatch.setattr(database_module, "check_query", lambda query, dialect: None)


@pytest.mark.parametrize("query", STACKED[:7], ids=range(7))
def test_the_server_refuses_a_second_statement_on_its_own(repo, postgres, parser_off, query):
    set_query(repo, KPI_FILE, query)
    result = _pull(repo, postgres.admin, "--timeout", "2")
    _refused(result, "cannot insert multiple commands into a prepared statement")
    assert postgres.untouched()


@pytest.mark.parametrize("query, words", [
    (STACKED[8], "read-only transaction"),
    (STACKED[9], "read-only transaction"),
    (STACKED[10], "read-only transaction"),
    ("SELECT '2026-11', 1 FROM (SELECT set_config('transaction_read_only', 'off', false)) s",
     "read-write mode must be set before any query"),
])
def test_the_transaction_is_read_only_on_its_own(repo, postgres, parser_off, query, words):
    set_query(repo, KPI_FILE, query)
    _refused(_pull(repo, postgres.admin), words)
    assert postgres.untouched()


def test_a_query_cannot_switch_its_time_limit_off(repo, postgres):
    set_query(repo, KPI_FILE, "SELECT '2026-11', 1 FROM (SELECT set_config("
              "'statement_timeout', '0', false)) s, pg_sleep(8)")
    _refused(_pull(repo, postgres.reader, "--timeout", "0.5"), "longer than 0.5 seconds")


def test_the_watchdog_stops_a_query_on_its_own(repo, postgres, monkeypatch):
    """Without the server's statement_timeout, the client still cancels the query."""
    monkeypatch.setattr(database_module, "server_time_limit", lambda seconds: None)
    set_query(repo, KPI_FILE, "SELECT '2026-11', 1 FROM pg_sleep(8)")
    _refused(_pull(repo, postgres.reader, "--timeout", "0.5"), "longer than 0.5 seconds")


def test_a_superuser_address_is_named_as_a_risk(repo, postgres):
    as_admin = _pull(repo, postgres.admin, "--dry-run")
    assert as_admin.exit_code == 0, as_admin.output
    assert "superuser" in as_admin.output and "may only read" in as_admin.output
    as_reader = _pull(repo, postgres.reader, "--dry-run")
    assert as_reader.exit_code == 0 and "superuser" not in as_reader.output


def test_a_least_privilege_role_cannot_read_server_files(repo, postgres):
    set_query(repo, KPI_FILE, "SELECT '2026-11' AS period, 1 AS value, "
              "pg_read_file('/etc/hostname') AS note")
    _refused(_pull(repo, postgres.reader), "permission denied")


def test_psycopg2_addresses_are_read_with_psycopg(repo, postgres):
    """psycopg2 sends a query in a way that runs every statement in it: the address keeps
    its server, user and database, and the driver that refuses a second statement."""
    address = postgres.reader.replace("+psycopg:", "+psycopg2:")
    set_query(repo, KPI_FILE, f"SELECT '2026-11', 1; DELETE FROM {LEADS}")
    _refused(_pull(repo, address))
    assert postgres.untouched()
    set_query(repo, KPI_FILE, f"SELECT month, leads FROM {LEADS} WHERE status = 'sql'")
    plain = postgres.reader.replace("+psycopg:", ":")
    assert _pull(repo, plain, "--dry-run").exit_code == 0


# --- SQLite ------------------------------------------------------------------------------------


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    spec = importlib.util.spec_from_file_location("build_actuals_db",
                                                  ROOT / "examples" / "build_actuals_db.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return f"sqlite:///{module.build(tmp_path / 'actuals.sqlite')}"


def _a(count: int) -> str:
    """SQL for a text of ``count`` letters a, made by the database itself."""
    return f"replace(hex(zeroblob({count // 2})), '0', 'a')"


@pytest.mark.parametrize("query, words", [
    # one LIKE of a long text with a long pattern is one step of SQLite's machine, which
    # no progress handler and no interrupt can stop: the lengths themselves are bounded
    (f"SELECT '2026-11', 1 WHERE {_a(1_000_000)} LIKE '%' || {_a(20_000)} || 'b'",
     "too big"),
    (f"SELECT '2026-11', 1 WHERE {_a(100_000)} LIKE '%' || {_a(20_000)} || 'b'",
     "pattern too complex"),
    (f"SELECT '2026-11', instr({_a(1_000_000)}, {_a(500_000)} || 'b')", "too big"),
    ("SELECT '2026-11', 1, zeroblob(1000000000) UNION ALL "
     "SELECT '2026-10', 1, zeroblob(1000000000)", "too big"),
    ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9000) "
     f"SELECT '2026-11', 1, {_a(200_000)} FROM n", "more than 16 MB"),
    (f"SELECT '2026-11', 1; DELETE FROM {LEADS}", "one SELECT"),
    ("ATTACH DATABASE '/tmp/kpi-catalog-pwned.sqlite' AS pwned", "not a SELECT"),
    ("PRAGMA query_only = OFF", "not a SELECT"),
])
def test_sqlite_values_and_steps_are_bounded(repo, sqlite_url, query, words):
    set_query(repo, KPI_FILE, query)
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    data = database.read_bytes()
    _refused(_pull(repo, sqlite_url), words)
    assert database.read_bytes() == data
    assert not Path("/tmp/kpi-catalog-pwned.sqlite").exists()


def test_sqlite_long_steps_are_stopped_by_the_watchdog(repo, sqlite_url):
    """Many LIKEs of texts and patterns within the limits: the watchdog interrupts the
    query between two of them (each takes a fraction of a second)."""
    set_query(repo, KPI_FILE,
              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "
              f"SELECT '2026-11', count(*) FROM n WHERE {_a(200_000)} LIKE "
              f"'%' || {_a(900)} || i || 'b'")
    _refused(_pull(repo, sqlite_url, "--timeout", "0.5"), "longer than 0.5 seconds")


def test_sqlite_second_statement_is_refused_by_the_driver_on_its_own(repo, sqlite_url,
                                                                    parser_off):
    set_query(repo, KPI_FILE, f"SELECT '2026-11', 1; DELETE FROM {LEADS}")
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    data = database.read_bytes()
    _refused(_pull(repo, sqlite_url), "one statement at a time")
    assert database.read_bytes() == data
