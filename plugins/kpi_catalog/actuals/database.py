"""Pull values from a database: each KPI's own query (``measurement.query``) returns them.

A query is SQL returning one row per period: ``period``, ``value`` and optionally ``note``
(by these column names, or in this order). The rows become :class:`.sources.Row` objects
located at the query in the KPI file, and go through the same checks and the same
all-or-nothing writing as an imported file.

The database address comes from the command line or ``KPI_DATABASE_URL``, never from a
catalog file, so no password lands in git. Connections are read-only where the database
allows it (SQLite: the file opened read-only and ``PRAGMA query_only``; PostgreSQL: read-only
transactions), each query has a time limit (SQLite: a progress handler; PostgreSQL:
``statement_timeout``), and a query that fails is reported with its KPI and file while the
others still run. For other databases, connect as a user that may only read.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from kpi_catalog.actuals.sources import DEFAULT_TIMEOUT, Cell, Row
from kpi_catalog.i18n.messages import _
from kpi_catalog.model import codes
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.diagnostics import Diagnostic
from kpi_catalog.model.enums import Lifecycle
from kpi_catalog.model.periods import period_end

MAX_ROWS = 10_000
_SELECT = re.compile(r"\s*(?:(?:--[^\n]*\n|/\*.*?\*/)\s*)*(?:select|with)\b", re.I | re.S)
QUERY_FIELD = ("measurement", "query")


class DatabaseProblem(Exception):
    """The database cannot be reached at all (not one KPI's fault)."""


@dataclass
class Pulled:
    rows: list[Row] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)
    queried: int = 0
    not_ended: int = 0
    """Rows left out because their period has not ended by today (a month still running)."""


def shown_url(url: str) -> str:
    """The address with its password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "the database address"


def open_database(url: str) -> Engine:
    """An engine on ``url``, read-only where the database allows it."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseProblem("the database address is not a URL like "
                              "sqlite:///examples/actuals.sqlite") from None
    if parsed.get_backend_name() == "sqlite":
        parsed = _sqlite_read_only(parsed)
    try:
        engine = create_engine(parsed, poolclass=_single_pool())
    except (ArgumentError, ImportError, SQLAlchemyError) as exc:
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
        engine.connect().close()
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
                QUERY_FIELD, codes.QUERY_FAILED, f"The query of `{kpi_id}` failed: {failed}",
                "Run it in your database tool and correct it here; the other KPIs' queries "
                "ran."))
            continue
        for number, record in enumerate(records, 1):
            row = _row(kpi_id, columns, record, source.rel, line, column, number)
            period = row.cell("period").text or ""
            try:
                if period_end(period) > today:
                    out.not_ended += 1
                    continue
            except ValueError:
                pass  # not a period: the checks say so, located
            out.rows.append(row)
    return out


class _QueryFailed(Exception):
    pass


def _run(engine: Engine, query: str, timeout: float) -> tuple[list[str], list[tuple]]:
    if not _SELECT.match(query):
        raise _QueryFailed("it is not a SELECT (a query may only read).")
    deadline = time.monotonic() + timeout
    try:
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            if hasattr(raw, "set_progress_handler"):  # SQLite: checked every 10,000 steps
                raw.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
            elif connection.dialect.name == "postgresql":
                connection.exec_driver_sql(f"SET statement_timeout = {int(timeout * 1000)}")
            result = connection.exec_driver_sql(query)
            columns = [str(name).lower() for name in result.keys()]
            records = [tuple(r) for r in result.fetchmany(MAX_ROWS + 1)]
            connection.rollback()
    except SQLAlchemyError as exc:
        if time.monotonic() > deadline:
            raise _QueryFailed(f"it took longer than {timeout:g} seconds (--timeout).") from None
        raise _QueryFailed(_first_line(exc) + ".") from None
    if len(columns) < 2:
        raise _QueryFailed("it must return at least two columns: period and value.")
    if len(records) > MAX_ROWS:
        raise _QueryFailed(f"it returned more than {MAX_ROWS:,} rows; one row per period.")
    return columns, records


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
    return Row(path, line, cells, origin=f"row {number} of the query's result")


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
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Cell(repr(value), line, column, value if name == "value" else None)
    return Cell(str(value), line, column)


def _first_line(exc: BaseException) -> str:
    """The driver's own message, without SQLAlchemy's SQL echo and background link."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return (text.splitlines() or ["unknown error"])[0].rstrip(".")
