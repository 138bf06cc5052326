"""The catalog on a third team's dbt project (tests/semantic/retail_project): models under
`transform/`, seeds under `data/`, semantic models in nested folders joined on entities
(orders to customers and stores, refunds to orders), two time spines (by the day, ending on
2026-03-31, and by the month), store traffic by the week, and a saved query.

The values expected are computed here from the seed files."""

from __future__ import annotations

import csv
import shutil
from collections import defaultdict
from pathlib import Path

from click.testing import CliRunner

from catalog_factory import catalog_files, kpi_data, write_catalog
from kpi_catalog.cli import main
from kpi_catalog.reading.yaml_reader import parse_yaml

TODAY = "2026-06-15"


def kpi(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def metric_kpi(kpi_id: str, semantic_metric, frequency: str = "monthly", **changes) -> dict:
    return kpi_data(id=kpi_id, name=kpi_id.replace("-", " ").capitalize(),
                    measurement={"semantic_metric": semantic_metric, "unit": "orders",
                                 "collection_frequency": frequency,
                                 "reporting_frequency": frequency},
                    baseline={"value": 10, "date": "2025-01-01"}, **changes)


def retail_repo(tmp_path: Path, retail_dbt: Path, kpis: list[dict]) -> Path:
    """A repository with the catalog in kpis/ and the built dbt project in analytics/, read
    through the profile's `read_only` target; the project's own logs/ from its build gone."""
    root = tmp_path / "repo"
    project = root / "analytics"
    shutil.copytree(retail_dbt, project, ignore=shutil.ignore_patterns("*.wal", "logs"))
    (root / ".git").mkdir()
    # dbt-duckdb keeps a database an earlier pull of this process opened for a profile
    # written alike (`path: retail.duckdb`): this copy's own path makes it open this one
    profiles = project / "profiles.yml"
    profiles.write_text(profiles.read_text(encoding="utf-8").replace(
        "path: retail.duckdb", f"path: '{(project / 'retail.duckdb').as_posix()}'"),
        encoding="utf-8")
    config = {"name": "Retail KPIs",
              "semantic_layer": {"project": "analytics", "target": "read_only"}}
    write_catalog(root / "kpis", catalog_files(kpis, config=config))
    return root


def actuals(root: Path, kpi_id: str) -> dict[str, float]:
    data = parse_yaml((root / "kpis" / "marketing" / f"{kpi_id}.yml").read_text(
        encoding="utf-8"))
    return {str(a["period"]): a["value"] for a in data.get("actuals") or []}


def orders(project: Path) -> list[dict]:
    with open(project / "data" / "raw_orders.csv", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def files_of(folder: Path) -> dict[str, float]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns
            for p in folder.rglob("*") if p.is_file()}


def test_a_pull_leaves_the_dbt_project_as_it_was(tmp_path, retail_dbt):
    """Each pull's `dbt debug` wrote logs/dbt.log inside the contributor's dbt project (a
    folder git then showed as new, or a log that grew each month): dbt logs elsewhere now."""
    root = retail_repo(tmp_path, retail_dbt, [metric_kpi("orders", "order_count")])
    before = files_of(root / "analytics")
    result = kpi("actuals", "pull", str(root / "kpis"), "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert files_of(root / "analytics") == before
    months: dict[str, int] = defaultdict(int)
    for row in orders(retail_dbt):
        months[row["ordered_on"][:7]] += 1
    assert actuals(root, "orders") == {m: n for m, n in months.items() if m <= "2026-05"}
