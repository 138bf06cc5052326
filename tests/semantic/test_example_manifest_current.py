"""The example's semantic manifest is committed (the site and `kpi validate` read it without
dbt); it must be what `dbt parse` writes for examples/dbt now."""

from __future__ import annotations

import json
import shutil

from semantic_helpers import EXAMPLE_DBT, run_dbt


def test_the_committed_manifest_is_what_dbt_parse_writes(tmp_path):
    project = tmp_path / "dbt"
    shutil.copytree(EXAMPLE_DBT, project, ignore=shutil.ignore_patterns(
        "target", "logs", "*.duckdb", "*.duckdb.wal"))
    run_dbt(project, "parse", "--quiet")
    written = json.loads((project / "target" / "semantic_manifest.json").read_text("utf-8"))
    committed = json.loads((EXAMPLE_DBT / "target" / "semantic_manifest.json").read_text("utf-8"))
    assert written == committed, (
        "examples/dbt/target/semantic_manifest.json is out of date: run `nox -s dbt` "
        "(or `dbt parse` in examples/dbt) and commit it")
