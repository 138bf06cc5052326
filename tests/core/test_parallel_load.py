"""Loading in worker processes (parallel_load) gives exactly what loading in one process gives:
the same KPIs, the same sources, the same diagnostics in the same order, the same progress."""

from __future__ import annotations

import multiprocessing
import os
from datetime import date
from pathlib import Path

import pytest

from catalog_factory import copy_example_catalog
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.reading import parallel as parallel_load

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(),
    reason="worker processes are forked; this system cannot fork (never so on Linux CI)")

TODAY = date(2026, 11, 27)
NEW_LEADS = "kpis/marketing/new-leads.yml"


def _kpi(kpi_id: str, department: str = "marketing") -> str:
    return _kpi.template.replace("id: new-leads", f"id: {kpi_id}").replace(
        "department: marketing", f"department: {department}")


BROKEN = [  # each kind of problem a KPI file can have, one in every few files
    lambda n: _kpi(f"kpi-{n}").replace("review_date: 2027-01-15", "review_date: 2026-01-15"),
    lambda n: _kpi(f"kpi-{n}") + "owner: Someone else\nname: Twice\n",  # two problems
    lambda n: _kpi(f"kpi-{n}").replace("statement: ", "statement: [unclosed "),  # YAML syntax
    lambda n: _kpi(f"kpi-{n}").replace("direction: higher_is_better", "direction: up"),
    lambda n: _kpi(f"other-{n}"),  # id is not the file name
    lambda n: _kpi(f"kpi-{n}", "sales"),  # wrong folder
    lambda n: _kpi(f"kpi-{n}").replace("value: 104", "value: yes"),  # ambiguous + invalid
    lambda n: "",  # empty
    lambda n: "- a list\n",
    lambda n: _kpi(f"kpi-{n}").encode("utf-8").replace(b"Leads", b"L\xe9ads"),  # not UTF-8
    lambda n: _kpi(f"kpi-{n}").replace("related: [won-deals]", "related: [kpi-999999]"),
    lambda n: _kpi(f"kpi-{n}") + "silence:\n  - {rule: K999, reason: No such rule.}\n",
    lambda n: _kpi(f"kpi-{n}").replace("owner: Marketing Operations Lead\n", ""),
]


@pytest.fixture
def big_catalog(catalog):
    """600 KPI files, most valid, every kind of problem in many of them, and links."""
    _kpi.template = catalog.read(NEW_LEADS)
    for n in range(600):
        rel = f"kpis/marketing/kpi-{n}.yml"
        if n % 3:
            catalog.write(rel, _kpi(f"kpi-{n}"))
        else:
            catalog.write(rel, BROKEN[(n // 3) % len(BROKEN)](n))
    os.symlink(catalog.path("kpis/marketing/kpi-1.yml"), catalog.path("kpis/marketing/kpi-l.yml"))
    outside = catalog.repo.parent / "outside.yml"
    outside.write_text(_kpi("kpi-o"), encoding="utf-8")
    os.symlink(outside, catalog.path("kpis/marketing/kpi-o.yml"))
    return catalog


def _everything(result) -> tuple:
    """What a load produced, in a form that compares every detail (not only what
    ``Diagnostic.__eq__`` compares)."""
    diagnostics = [(d.text(), d.severity, d.field) for d in result.diagnostics]
    sources = {k: (s.rel, s.text) for k, s in result.catalog.kpi_sources.items()}
    return (diagnostics, result.catalog.kpis, sources, result.unreadable_ids,
            result.index_in_file)


def _check_both_ways(root: Path, monkeypatch) -> tuple[tuple, tuple, list]:
    sequential = check_catalog(root, today=TODAY)
    workers_used = []

    def two_workers(files: int) -> int:
        workers_used.append(files)
        return 2  # even on a one-core machine: the test is about the result

    monkeypatch.setattr(parallel_load, "worker_count", two_workers)
    parallel = check_catalog(root, today=TODAY, parallel=True)
    return _everything(sequential), _everything(parallel), workers_used


def test_parallel_load_gives_identical_diagnostics_and_kpis(big_catalog, monkeypatch):
    sequential, parallel, workers_used = _check_both_ways(big_catalog.root, monkeypatch)
    # the workers did run: reading 600 + the 2 valid files + the link inside the repository
    # (the scan refuses the link out of it, which no worker reads), then the rules
    assert workers_used == [603, len(sequential[1])]
    diagnostics = sequential[0]
    codes = {text.split(" ")[1] for text, _, _ in diagnostics}
    assert len(diagnostics) > 200 and len(codes) >= 8, codes  # the catalog is broken enough
    assert any("outside the repository" in text for text, _, _ in diagnostics)
    assert parallel == sequential


def test_parallel_load_of_the_example_catalog(tmp_path, monkeypatch):
    repo = copy_example_catalog(tmp_path / "repo")
    sequential, parallel, workers_used = _check_both_ways(repo / "kpis", monkeypatch)
    assert workers_used and len(sequential[1]) > 10
    assert parallel == sequential


def test_progress_counts_every_file_in_order(big_catalog, monkeypatch):
    monkeypatch.setattr(parallel_load, "worker_count", lambda files: 2)
    seen = []
    check_catalog(big_catalog.root, today=TODAY, parallel=True,
                  progress=lambda done, total: seen.append((done, total)))
    assert seen == [(n, 603) for n in range(1, 604)]


def test_without_processes_the_parent_reads_everything(big_catalog, monkeypatch):
    sequential = _everything(check_catalog(big_catalog.root, today=TODAY))

    class NoProcesses:
        def __init__(self, *args, **kwargs):
            raise OSError("fork refused")

    monkeypatch.setattr(parallel_load, "worker_count", lambda files: 2)
    monkeypatch.setattr(parallel_load, "ProcessPoolExecutor", NoProcesses)
    assert _everything(check_catalog(big_catalog.root, today=TODAY, parallel=True)) == sequential


def test_small_catalogs_and_threaded_processes_load_in_one_process():
    assert parallel_load.worker_count(parallel_load.MIN_FILES - 1) == 0
