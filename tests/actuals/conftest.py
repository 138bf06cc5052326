"""Fixtures for the actuals tests (helpers in actuals_helpers.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from actuals_helpers import repo  # noqa: F401 - the fixture, for every test here

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Postgres:
    """A throwaway server holding the example database: ``admin`` is a superuser's address,
    ``reader`` a role that may only read the example's tables (as the guide advises)."""

    admin: str
    reader: str

    def scalar(self, sql: str):
        from sqlalchemy import create_engine

        engine = create_engine(self.admin)
        try:
            with engine.connect() as connection:
                return connection.exec_driver_sql(sql).scalar()
        finally:
            engine.dispose()

    def untouched(self) -> bool:
        """The example's rows are all there and no table was added."""
        return (self.scalar("SELECT count(*) FROM crm_lead_status_monthly") == 24
                and self.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
                == 3)


@pytest.fixture(scope="session")
def postgres():
    """The example database in a throwaway PostgreSQL server, one per test session."""
    from postgres_server import postgres_server
    from sqlalchemy import create_engine

    with postgres_server() as url:
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.exec_driver_sql((ROOT / "examples" / "actuals.sql").read_text())
            connection.exec_driver_sql(
                "CREATE ROLE reader LOGIN; GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader")
        engine.dispose()
        yield Postgres(url, url.replace("//postgres@", "//reader@"))
