"""Helpers for the actuals tests: a copy of the example catalog in a temporary repository."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from catalog_factory import copy_example_catalog
from kpi_catalog.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "kpis"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository holding a copy of the example catalog in ``kpis/``."""
    return copy_example_catalog(tmp_path)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (names and bytes): to prove nothing changed."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def kpi(*args: str, input: bytes | None = None):
    """Run ``kpi`` in-process; returns click's result (exit_code, output)."""
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def set_query(repo: Path, kpi_path: str, query: str) -> Path:
    """Put ``query`` (any text, written as a YAML string) in place of the example KPI's."""
    path = repo / "kpis" / kpi_path
    text = path.read_text(encoding="utf-8")
    start = text.index("  query: ")
    block = text.startswith("  query: |\n", start)  # as the example writes it
    end = text.index("\n", text.index("ORDER BY month", start) if block else start) + 1
    path.write_text(text[:start] + f"  query: {json.dumps(query)}\n" + text[end:],
                    encoding="utf-8")
    return path
