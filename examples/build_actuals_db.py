"""Build the example SQLite database from actuals.sql (standard library only, no kpi-catalog).

    python examples/build_actuals_db.py                  # examples/actuals.sqlite
    python examples/build_actuals_db.py /tmp/other.sqlite

The SQL is committed (it reads well in a review); the database it makes is not.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def build(target: Path, sql: Path = HERE / "actuals.sql") -> Path:
    """Write a fresh database at ``target`` (replacing one that is there)."""
    target.unlink(missing_ok=True)
    with sqlite3.connect(target) as connection:
        connection.executescript(sql.read_text(encoding="utf-8"))
    connection.close()
    return target


if __name__ == "__main__":
    out = build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "actuals.sqlite")
    print(f"wrote {out}")
