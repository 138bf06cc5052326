"""A throwaway PostgreSQL server for the tests: Debian's binaries, a cluster in a temporary
folder, listening only on a Unix socket in that folder, stopped at the end.

``initdb`` refuses to run as root, so as root the cluster belongs to the ``postgres`` user
(which Debian's package creates). Without the binaries or the driver the tests skip with a
message, except in CI (``CI=true``), where they must run.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL tests cannot run in CI: {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason} (CI installs it; see .ci/run)")


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a server; yields its SQLAlchemy URL (user ``postgres``, database ``postgres``)."""
    try:
        import psycopg  # noqa: F401 - the driver `kpi actuals pull` reads PostgreSQL with
    except ImportError:
        _unavailable("the psycopg driver is not installed (pip install -e '.[test]')")
    binaries = _binaries()
    if binaries is None:
        _unavailable("no PostgreSQL binaries in /usr/lib/postgresql (apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="kpi-pg-"))
    data = folder / "data"
    as_user: list[str] = []
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]

    def run(*command: str) -> None:
        subprocess.run([*as_user, *command], check=True, capture_output=True, timeout=120)

    try:
        run(str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
            "--no-sync")
        run(str(binaries / "pg_ctl"), "-D", str(data), "-w", "-l", str(folder / "log"),
            "-o", f"-k {folder} -c listen_addresses='' -c fsync=off", "start")
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        _unavailable(f"the server did not start ({exc})")
    try:
        yield f"postgresql+psycopg://postgres@/postgres?host={folder}"
    finally:
        subprocess.run([*as_user, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "stop"], capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)
