"""Helpers of the semantic-layer tests: real dbt, MetricFlow and DuckDB.

Each dbt project is copied and built (`dbt build`: seeds, models, semantic manifest) once per
test session. Without dbt (the `semantic` extra) the tests that need it skip on a developer's
machine and fail in CI (`CI` set), so a CI run never passes by skipping them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from catalog_factory import catalog_files, kpi_data, write_catalog
from kpi_catalog.cli import main
from kpi_catalog.reading.yaml_reader import parse_yaml

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_DBT = REPO / "examples" / "dbt"
SHOP_DBT = Path(__file__).resolve().parent / "shop_project"
SAAS_DBT = Path(__file__).resolve().parent / "saas_project"
RETAIL_DBT = Path(__file__).resolve().parent / "retail_project"
LEDGER_DBT = Path(__file__).resolve().parent / "ledger_project"
CLINIC_DBT = Path(__file__).resolve().parent / "clinic_project"
DBT_ENV = {"DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "NO_MKDOCS_2_WARNING": "1"}


def dbt_command() -> Path:
    """The `dbt` executable beside this Python; a CI run fails without it."""
    found = Path(sys.executable).parent / "dbt"
    if not found.is_file():
        message = "dbt is not installed: pip install -e '.[test,semantic]'"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def run_dbt(project: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(dbt_command()), *args, "--project-dir", str(project), "--profiles-dir",
         str(project)], cwd=project, capture_output=True, text=True,
        env={**os.environ, **DBT_ENV}, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result


def built_copy(source: Path, folder: Path) -> Path:
    """A copy of the dbt project ``source`` in ``folder``, built with `dbt build` (after
    `dbt deps` when it declares packages)."""
    project = folder / source.name
    shutil.copytree(source, project, ignore=shutil.ignore_patterns(
        "target", "logs", "*.duckdb", "*.duckdb.wal", "dbt_packages", "package-lock.yml"))
    if (project / "packages.yml").is_file():
        run_dbt(project, "deps", "--quiet")
    run_dbt(project, "build", "--quiet")
    return project



def repo_with(tmp_path: Path, project: Path, catalog: Path | None = None) -> Path:
    """A repository holding ``catalog`` (default: the example) in kpis/ and the built dbt
    project in dbt/, with catalog.yml pointing at it."""
    (tmp_path / ".git").mkdir(parents=True)
    shutil.copytree(project, tmp_path / "dbt", ignore=shutil.ignore_patterns("*.wal"))
    shutil.copytree(catalog or REPO / "kpis", tmp_path / "kpis")
    config = tmp_path / "kpis" / "catalog.yml"
    text = config.read_text(encoding="utf-8") if config.exists() else ""
    text = text.replace("project: examples/dbt", "project: dbt")
    if "semantic_layer:" not in text:
        text += "\nsemantic_layer:\n  project: dbt\n"
    config.write_text(text, encoding="utf-8")
    return tmp_path


def project_repo(tmp_path: Path, built: Path, folder: str, database: str, name: str,
                 target: str, kpis: list[dict]) -> Path:
    """A repository with the catalog ``name`` of ``kpis`` in kpis/ and a copy of the built dbt
    project in ``folder``, read through the profile's ``target``; its own logs/ left out."""
    root = tmp_path / "repo"
    project = root / folder
    shutil.copytree(built, project, ignore=shutil.ignore_patterns("*.wal", "logs"))
    (root / ".git").mkdir()
    # dbt-duckdb keeps a database an earlier pull of this process opened for a profile
    # written alike (`path: retail.duckdb`): this copy's own path makes it open this one
    profiles = project / "profiles.yml"
    profiles.write_text(profiles.read_text(encoding="utf-8").replace(
        f"path: {database}", f"path: '{(project / database).as_posix()}'"), encoding="utf-8")
    config = {"name": name, "semantic_layer": {"project": folder, "target": target}}
    write_catalog(root / "kpis", catalog_files(kpis, config=config))
    return root


def kpi(*args: str):
    """The `kpi` command run with ``args``, its exceptions raised."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def metric_kpi(kpi_id: str, semantic_metric, frequency: str = "monthly", **changes) -> dict:
    """A marketing KPI on ``semantic_metric`` with values of ``frequency``, from 2025."""
    return kpi_data(id=kpi_id, name=kpi_id.replace("-", " ").capitalize(),
                    measurement={"semantic_metric": semantic_metric, "unit": "accounts",
                                 "collection_frequency": frequency,
                                 "reporting_frequency": frequency},
                    baseline={"value": 120, "date": "2025-01-01"}, **changes)


def marketing_actuals(root: Path, kpi_id: str) -> dict[str, float]:
    """The values a marketing KPI of the catalog in ``root``/kpis holds, by period."""
    data = parse_yaml((root / "kpis" / "marketing" / f"{kpi_id}.yml").read_text(
        encoding="utf-8"))
    return {str(a["period"]): a["value"] for a in data.get("actuals") or []}
