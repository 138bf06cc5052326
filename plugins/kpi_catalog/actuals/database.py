"""Pull values from a database: each KPI's own query (``measurement.query``) returns them.

A query is SQL returning one row per period: ``period``, ``value`` and optionally ``note``
(by these column names, or in this order). The rows become :class:`.sources.Row` objects
located at the query in the KPI file, and go through the same checks and the same
all-or-nothing writing as an imported file.

The database address comes from the command line or ``KPI_DATABASE_URL``, never from a
catalog file, so no password lands in git. A query comes from a pull request, so:

* it is exactly one statement that only reads: parsed first (:mod:`.one_statement`), then
  sent so that the server or driver itself refuses a second statement (PostgreSQL: psycopg's
  extended query protocol; SQLite: the sqlite3 module);
* it runs read-only (SQLite: the file opened read-only and ``PRAGMA query_only``;
  PostgreSQL: an explicit read-only transaction, which one statement cannot end);
* its time is limited by a watchdog thread that interrupts (SQLite) or cancels (PostgreSQL)
  it: a limit the query cannot switch off, on top of PostgreSQL's ``statement_timeout``;
* what it may hold and return is bounded: SQLite's own length limits keep every single step
  short (no interrupt can stop a step), and at most 10,000 rows and 16 MB are read.

A query that fails is reported with its KPI and file while the others still run. For other
databases only the parser and the bounds apply: connect as a role that may only read.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from kpi_catalog import yaml_text
from kpi_catalog.actuals.checks import written_period
from kpi_catalog.actuals.one_statement import NotOneRead, check_query
from kpi_catalog.actuals.pulled import Pulled
from kpi_catalog.actuals.sources import DEFAULT_TIMEOUT, Cell, Row, computed_number
from kpi_catalog.i18n.messages import _, count_text, ngettext
from kpi_catalog.model import codes
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.enums import Lifecycle
from kpi_catalog.model.periods import fits

MAX_ROWS = 10_000
MAX_RESULT_BYTES = 16_000_000
"""All the text and bytes of a query's rows together."""
# SQLite: no text or blob longer than this (a KPI file holds 1 MB at most, a note one line),
# and no LIKE/GLOB pattern longer than that, so that no single step of a query, which no
# interrupt can stop, takes long: one LIKE or instr() is quadratic in these lengths.
SQLITE_MAX_LENGTH = 250_000
SQLITE_MAX_PATTERN = 1_000
QUERY_FIELD = ("measurement", "query")


class DatabaseProblem(Exception):
    """The database cannot be reached at all (not one KPI's fault)."""


def shown_url(url: str) -> str:
    """The address with its password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return _("the database address")


def open_database(url: str) -> Engine:
    """An engine on ``url``, read-only where the database allows it."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseProblem(_("the database address is not a URL like "
                                "sqlite:///examples/actuals.sqlite")) from None
    if parsed.get_backend_name() == "sqlite":
        parsed = _sqlite_read_only(parsed)
    elif parsed.get_backend_name() == "postgresql":
        # psycopg (3) whatever the address names: psycopg2 sends a query so that the server
        # runs every statement in it, psycopg's extended protocol so that it refuses a second
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        engine = create_engine(parsed, poolclass=_single_pool())
    except ImportError as exc:
        if parsed.get_backend_name() == "postgresql":
            raise DatabaseProblem(_("PostgreSQL is read with the psycopg driver, which is not "
                                    "installed: pip install 'kpi-catalog[postgresql]'")) from None
        raise DatabaseProblem(_first_line(exc)) from None
    except (ArgumentError, SQLAlchemyError) as exc:
        raise DatabaseProblem(_first_line(exc)) from None
    event.listen(engine, "connect", _read_only_session)
    return engine


def _single_pool():
    from sqlalchemy.pool import NullPool
    return NullPool


def _sqlite_read_only(url: URL) -> URL:
    """A file is opened with ``mode=ro``: read-only, and never created when missing (a
    missing file is a :class:`DatabaseProblem` that says how to make it)."""
    database = url.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        return url
    if not Path(database).is_file():
        raise DatabaseProblem(_missing_sqlite(Path(database)))
    return url.set(database=f"file:{database}", query={**url.query, "mode": "ro", "uri": "true"})


def _missing_sqlite(path: Path) -> str:
    """Why a SQLite file cannot be read, and how to make it: a database that a script
    beside it builds (the example's ``build_actuals_db.py``) is named with that script."""
    builders = sorted(path.parent.glob("build_*.py")) if path.parent.is_dir() else []
    if builders:
        return _("there is no database file at {path}. Make it first: python {script}",
                 path=path, script=builders[0])
    return _("there is no database file at {path}. SQLite addresses are "
             "sqlite:///relative/path.sqlite or sqlite:////absolute/path.sqlite", path=path)


def _read_only_session(dbapi_connection, _record) -> None:
    module = type(dbapi_connection).__module__
    cursor = dbapi_connection.cursor()
    try:
        if module.startswith("sqlite3"):
            cursor.execute("PRAGMA query_only = ON")
        elif "psycopg" in module or "pg8000" in module:
            cursor.execute("SET default_transaction_read_only = on")
            dbapi_connection.commit()  # a SET inside a transaction rolled back would not last
    finally:
        cursor.close()


def pull(catalog: Catalog, engine: Engine, today: date, *, timeout: float = DEFAULT_TIMEOUT,
         only: set[str] | None = None) -> Pulled:
    """Run the query of every KPI that has one (not retired; ``only`` these ids if given)."""
    out = Pulled()
    try:
        with engine.connect() as connection:
            out.warnings += _risks(connection)
    except SQLAlchemyError as exc:
        raise DatabaseProblem(_first_line(exc)) from None
    for kpi_id, kpi in catalog.kpis.items():
        query = kpi.measurement.query
        if not query or kpi.lifecycle is Lifecycle.RETIRED or (only and kpi_id not in only):
            continue
        out.queried += 1
        source = catalog.kpi_sources[kpi_id]
        line, column = source.locate(QUERY_FIELD)
        try:
            columns, records = _run(engine, query, timeout)
        except _QueryFailed as failed:
            out.problems.append(source.diagnostic(
                QUERY_FIELD, codes.QUERY_FAILED, _("The query of `{kpi_id}` failed: {failed}",
                                                   kpi_id=kpi_id, failed=failed),
                _("Run it in your database tool and correct it here; the other KPIs' queries "
                  "ran.")))
            continue
        before: list[str] = []
        for number, record in enumerate(records, 1):
            row = _row(kpi_id, columns, record, source.rel, line, column, number)
            period = written_period(row)
            # Only a period the KPI takes is left out for its date: any other row is a wrong
            # query, whenever it lies, and the checks say so at the query (E404, E405).
            if fits(kpi, period) and out.left_out(kpi, period, today, before):
                continue
            out.rows.append(row)
        out.leave_out_before_baseline(kpi, source, QUERY_FIELD, before)
    return out


def _risks(connection) -> list[str]:
    """What the connection's role could do that no check of a query can prevent."""
    if connection.dialect.name != "postgresql":
        return []
    privileged = connection.exec_driver_sql(
        "SELECT current_setting('is_superuser') = 'on' OR pg_has_role('pg_read_server_files', "
        "'MEMBER') OR pg_has_role('pg_execute_server_program', 'MEMBER')").scalar()
    connection.rollback()
    if not privileged:
        return []
    return [_("The database role is a superuser or may read the server's files: a query "
              "could read any file of the database server (pg_read_file). Connect as a role "
              "that may only read the tables the queries need (see the monthly-update guide).")]


class _QueryFailed(Exception):
    pass


def _run(engine: Engine, query: str, timeout: float) -> tuple[list[str], list[tuple]]:
    """The query's column names and rows; :class:`_QueryFailed` says why not."""
    late = _QueryFailed(ngettext("it took longer than {seconds} second (--timeout).",
                                 "it took longer than {seconds} seconds (--timeout).",
                                 1 if timeout == 1 else 2, seconds=count_text(timeout)))
    try:
        with engine.connect() as connection:
            name = connection.dialect.name
            check_query(query, name)  # before anything is sent
            raw = connection.connection.dbapi_connection
            run, stop = _RUNNERS.get(name, (_run_other, None))
            driver_error = connection.dialect.loaded_dbapi.Error
            try:
                with _Watchdog(timeout, stop and functools.partial(stop, raw)) as watchdog:
                    columns, records = run(connection, raw, query, timeout)
            except (SQLAlchemyError, driver_error) as exc:
                if watchdog.fired or _cancelled_in_time(exc):
                    raise late from None
                raise _QueryFailed(_first_line(exc) + ".") from None
            finally:
                connection.rollback()
            if watchdog.fired:  # it ended, but after its time: a step nothing could stop
                raise late
    except NotOneRead as exc:
        raise _QueryFailed(str(exc)) from None
    except SQLAlchemyError as exc:
        raise _QueryFailed(_first_line(exc) + ".") from None
    if records and len(columns) < 2:
        raise _QueryFailed(_("it must return at least two columns: period and value."))
    if len(records) > MAX_ROWS:
        raise _QueryFailed(_("it returned more than {count} rows; one row per period.",
                             count=count_text(MAX_ROWS)))
    return columns, records


def _cancelled_in_time(error: BaseException) -> bool:
    """Whether PostgreSQL cancelled the query (SQLSTATE 57014): its own `statement_timeout`
    is set to the same limit as the watchdog, and on a busy machine it may fire first."""
    error = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    return getattr(error, "sqlstate", None) == "57014"


class _Watchdog:
    """Stops the query from another thread when its time is up: a limit that the query
    cannot switch off, unlike a setting of the server, which a statement may change."""

    def __init__(self, seconds: float, stop: Callable[[], object] | None):
        self.fired = False
        self._stop = stop
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def _fire(self) -> None:
        self.fired = True
        if self._stop is not None:
            try:
                self._stop()
            except Exception:  # noqa: BLE001 - the connection may be closing meanwhile
                pass

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()


def _take(rows: Iterable) -> list[tuple]:
    """At most MAX_ROWS + 1 rows and MAX_RESULT_BYTES of text, read as they come."""
    taken: list[tuple] = []
    size = 0
    for row in rows:
        taken.append(tuple(row))
        size += sum(len(v) for v in row if isinstance(v, (str, bytes)))
        if size > MAX_RESULT_BYTES:
            raise _QueryFailed(_("it returned more than {size} MB of text; one short row per "
                                 "period.", size=count_text(MAX_RESULT_BYTES // 1_000_000)))
        if len(taken) > MAX_ROWS:
            break
    return taken


def server_time_limit(seconds: float) -> str | None:
    """The statement that sets PostgreSQL's own limit for this transaction only."""
    return f"SET LOCAL statement_timeout = {max(1, int(seconds * 1000))}"


def _run_postgresql(connection, raw, query: str, timeout: float):
    raw.read_only = True  # psycopg begins with BEGIN READ ONLY; one statement cannot end it
    with raw.cursor() as cursor:
        setting = server_time_limit(timeout)
        if setting:
            cursor.execute(setting)
        # stream(): the extended query protocol, in which the server refuses a second
        # statement, and rows as they arrive, so that a huge result is never held
        records = _take(cursor.stream(query))
        columns = [d.name.lower() for d in cursor.description or ()]
    return columns, records


def _run_sqlite(connection, raw, query: str, timeout: float):
    raw.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, SQLITE_MAX_LENGTH)
    raw.setlimit(sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, SQLITE_MAX_PATTERN)
    cursor = raw.cursor()
    try:
        cursor.execute(query)  # the sqlite3 module refuses a second statement
        columns = [str(d[0]).lower() for d in cursor.description or ()]
        return columns, _take(iter(cursor.fetchone, None))
    finally:
        cursor.close()


def _run_other(connection, raw, query: str, timeout: float):
    result = connection.exec_driver_sql(query)
    columns = [str(name).lower() for name in result.keys()]
    return columns, _take(iter(result.fetchone, None))


# Per database: how to run a query, and how another thread stops it.
_RUNNERS = {
    "postgresql": (_run_postgresql, lambda raw: raw.cancel_safe()),
    "sqlite": (_run_sqlite, lambda raw: raw.interrupt()),
}


def _row(kpi_id: str, columns: list[str], record: tuple, path: str, line: int, column: int,
         number: int) -> Row:
    named = {name: i for i, name in enumerate(columns)}
    index = {"period": named.get("period", 0), "value": named.get("value", 1),
             "note": named.get("note", 2 if len(columns) > 2 and "value" not in named else None)}
    cells = {"kpi": Cell(kpi_id, line, column)}
    for name, i in index.items():
        if i is None or i >= len(record):
            continue
        cells[name] = _cell(record[i], name, line, column)
    return Row(path, line, cells, origin=_("row {number} of the query's result", number=number))


def _cell(value, name: str, line: int, column: int) -> Cell:
    if value is None:
        return Cell(None, line, column)
    if name == "period":
        if isinstance(value, datetime):
            value = value.date()
        text = value.isoformat() if isinstance(value, date) else str(value)
        return Cell(text, line, column)
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, float):
        value = computed_number(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Cell(yaml_text.number(value), line, column, value if name == "value" else None)
    return Cell(str(value), line, column)


def _first_line(exc: BaseException) -> str:
    """The driver's own message, without SQLAlchemy's SQL echo and background link."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return (text.splitlines() or [_("unknown error")])[0].rstrip(".")
