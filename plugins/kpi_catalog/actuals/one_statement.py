"""A KPI's query must be exactly one statement that only reads: checked with a real SQL
parser (sqlglot), in the database's own dialect, before anything is sent.

This is the first of three defences (:mod:`.database` sends the query so that the server
refuses a second statement, in a read-only transaction): a parser may read an odd corner of
a dialect differently from the server, so it is never the only one.
"""

from __future__ import annotations

import logging

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.tokens import TokenType

from kpi_catalog.i18n.messages import _

# SQLAlchemy's name of a database -> sqlglot's dialect (None: sqlglot's generic SQL).
_DIALECTS = {
    "postgresql": "postgres", "sqlite": "sqlite", "mysql": "mysql", "mariadb": "mysql",
    "mssql": "tsql", "oracle": "oracle", "duckdb": "duckdb", "snowflake": "snowflake",
    "bigquery": "bigquery", "redshift": "redshift", "trino": "trino", "presto": "presto",
    "databricks": "databricks", "clickhouse": "clickhouse", "hive": "hive", "spark": "spark",
}
# What writes, locks, or is not SQL sqlglot understands, wherever it stands in the statement.
_NOT_A_READ = (exp.Insert, exp.Update, exp.Delete, exp.Merge, exp.Create, exp.Drop,
               exp.Alter, exp.Command, exp.Copy, exp.Into, exp.Lock, exp.TruncateTable,
               exp.Set, exp.Transaction, exp.Commit, exp.Rollback)
_FIRST_WORDS = {TokenType.SELECT, TokenType.WITH, TokenType.L_PAREN, TokenType.VALUES,
                TokenType.TABLE}
_QUIET = logging.Filter("nothing")  # sqlglot logs a warning for SQL it reads as a command


class NotOneRead(Exception):
    """Why the query may not run, in words for the person who wrote it."""


def check_query(query: str, database: str) -> None:
    """Raise :class:`NotOneRead` unless ``query`` is one statement that only reads.

    ``database`` is SQLAlchemy's name of the database (``postgresql``, ``sqlite``...).
    """
    dialect = _DIALECTS.get(database)
    log = logging.getLogger("sqlglot")
    log.addFilter(_QUIET)
    try:
        tokens = sqlglot.Dialect.get_or_raise(dialect).tokenize(query)
        if not tokens or tokens[0].token_type not in _FIRST_WORDS:
            raise NotOneRead(_("it is not a SELECT (a query may only read)."))
        statements = [s for s in sqlglot.parse(query, read=dialect) if s is not None]
    except RecursionError:
        raise NotOneRead(_("it is nested too deeply to be read.")) from None
    except SqlglotError as exc:
        first = (str(exc).strip().splitlines() or [_("it could not be parsed")])[0]
        raise NotOneRead(_("it could not be read as one SQL statement ({first}).",
                           first=first)) from None
    finally:
        log.removeFilter(_QUIET)
    if len(statements) != 1 or isinstance(statements[0], exp.Semicolon):
        raise NotOneRead(_("it holds more than one statement; a query is one SELECT, without a "
                           "`;` in the middle."))
    statement = statements[0]
    if not isinstance(statement, (exp.Query, exp.Values)):
        raise NotOneRead(_("it is not a SELECT (a query may only read)."))
    for node in statement.walk():
        if isinstance(node, _NOT_A_READ):
            what = node.key.upper().replace("_", " ")
            raise NotOneRead(_("it does more than read: it holds {what}.", what=what))
