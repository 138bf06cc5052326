"""Helpers for the actuals tests: a copy of the example catalog in a temporary repository."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kpi_catalog.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "kpis"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository holding a copy of the example catalog in ``kpis/``."""
    (tmp_path / ".git").mkdir()
    shutil.copytree(EXAMPLE, tmp_path / "kpis")
    return tmp_path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (names and bytes): to prove nothing changed."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def kpi(*args: str, input: bytes | None = None):
    """Run ``kpi`` in-process; returns click's result (exit_code, output)."""
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
