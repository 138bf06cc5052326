"""The example catalog in kpis/ (the one the site shows) is valid."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kpi_catalog.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "kpis"


def test_example_catalog_validates():
    result = CliRunner().invoke(main, ["validate", str(EXAMPLE), "--today", "2026-11-27"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "KPIs checked" in result.stdout.splitlines()[-1]


def test_example_catalog_exports():
    result = CliRunner().invoke(main, ["export", str(EXAMPLE), "--today", "2026-11-27"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert '"path": "kpis/' in result.stdout
