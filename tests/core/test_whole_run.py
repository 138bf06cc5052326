"""One run reads every file and reports every problem, in a deterministic order."""

from __future__ import annotations

import random

from kpi_catalog.model.diagnostics import Diagnostic

KPI = "kpis/marketing/new-leads.yml"
OTHER = "kpis/sales/won-deals.yml"

# What break_everything() does, in the order the report must list it (path, line, col, code).
EXPECTED = [
    ("kpis/catalog.yml", 2, 11, "E104"),              # language: NO
    ("kpis/departments.yml", 5, 5, "E201"),           # so `head` is missing here
    ("kpis/departments.yml", 7, 5, "E202"),           # heed: (did you mean head)
    ("kpis/marketing/a-latin1.yml", 2, 10, "E111"),   # latin-1 byte
    ("kpis/marketing/new-leads.yml", 9, 1, "E109"),   # duplicate owner
    ("kpis/marketing/z-empty.yml", 1, 1, "E112"),     # empty file
    ("kpis/sales/won-deals.yml", 1, 1, "E201"),       # name missing
    ("kpis/sales/won-deals.yml", 14, 1, "E204"),      # direction: up (a line up: no name)
    ("kpis/stray.yml", 1, 1, "E303"),                 # not in a department folder
]


def break_everything(catalog) -> None:
    catalog.write("kpis/catalog.yml", "name: Test\nlanguage: NO\n")
    catalog.edit("kpis/departments.yml", "    head: Head of Sales", "    heed: Head of Sales")
    catalog.edit(KPI, "lifecycle: active\n", "lifecycle: active\nowner: Someone Else\n")
    catalog.edit(OTHER, "name: Deals won per quarter\n", "")
    catalog.edit(OTHER, "direction: higher_is_better", "direction: up")
    catalog.write("kpis/marketing/a-latin1.yml", b"id: a-latin1\nname: Caf\xe9\n")
    catalog.write("kpis/marketing/z-empty.yml", "")
    catalog.write("kpis/stray.yml", "id: stray\n")


def located(diagnostics: list[Diagnostic]) -> list[tuple]:
    return [(d.path, d.line, d.column, d.code) for d in diagnostics]


def test_every_problem_of_every_file_in_one_run(catalog):
    break_everything(catalog)
    assert located(catalog.load().diagnostics) == EXPECTED


def test_check_catalog_reports_the_same(catalog):
    break_everything(catalog)
    result = catalog.check()
    assert located(result.errors) == EXPECTED
    assert not result.ok


def test_order_does_not_depend_on_how_files_were_written(tmp_path, make_catalog):
    reports = []
    for seed in (1, 2):
        catalog = make_catalog(tmp_path / f"repo{seed}")
        steps = [
            lambda c: c.write("kpis/stray.yml", "id: stray\n"),
            lambda c: c.write("kpis/marketing/z-empty.yml", ""),
            lambda c: c.write("kpis/marketing/a-latin1.yml", b"id: a-latin1\nname: Caf\xe9\n"),
            lambda c: c.edit(OTHER, "direction: higher_is_better", "direction: up"),
        ]
        random.Random(seed).shuffle(steps)
        for step in steps:
            step(catalog)
        reports.append([d.text() for d in catalog.load().diagnostics])
    assert reports[0] == reports[1]
    assert len(reports[0]) == 4


def test_repeated_runs_give_the_same_report(catalog):
    break_everything(catalog)
    first = [d.as_dict() for d in catalog.load().diagnostics]
    second = [d.as_dict() for d in catalog.load().diagnostics]
    assert first == second


def test_a_broken_file_does_not_hide_the_valid_ones(catalog):
    catalog.edit(KPI, "tags: [pipeline]", "tags: [pipeline")
    result = catalog.load()
    assert located(result.errors) == [(KPI, 22, 7, "E101")]  # where the [ opens
    assert list(result.catalog.kpis) == ["won-deals"]


def test_problems_in_one_file_are_sorted_by_position(catalog):
    catalog.edit(KPI, "tags: [pipeline]", "tags: [pipeline, 12, true]")
    catalog.edit(KPI, "name: New leads per month", "name: 7")
    got = located(catalog.load().diagnostics)
    assert got == [(KPI, 2, 1, "E203"), (KPI, 22, 18, "E203"), (KPI, 22, 22, "E203")]


def test_progress_is_reported_for_every_kpi_file(catalog):
    from kpi_catalog.reading.loader import load_catalog

    catalog.write("kpis/marketing/z-empty.yml", "")
    calls = []
    load_catalog(catalog.root, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]



def test_loading_leaves_the_garbage_collector_as_it_found_it(catalog):
    import gc

    assert gc.isenabled()
    catalog.write("kpis/marketing/z-empty.yml", "")  # a problem too: the error path
    catalog.load()
    assert gc.isenabled()
    gc.disable()
    try:
        catalog.load()
        assert not gc.isenabled()
    finally:
        gc.enable()
