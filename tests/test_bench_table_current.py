"""The README's table of benchmark results is the one benchmarks/results.json holds."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _bench():
    spec = importlib.util.spec_from_file_location("bench", REPO / "benchmarks" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while defined
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_readme_table_is_current():
    bench = _bench()
    data = json.loads(bench.RESULTS.read_text(encoding="utf-8"))
    readme = bench.README.read_text(encoding="utf-8")
    assert readme == bench.readme_with_table(readme, data), (
        "README's benchmark table differs from benchmarks/results.json: run "
        "`python benchmarks/bench.py --readme` and commit the result")
    names = {r["name"] for r in data["results"]}
    assert {"site", "site-10k", "serve", "validate"} <= names, f"results.json lacks: {names}"
