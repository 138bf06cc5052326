"""A load with a memo (load_memo.py, used by `mkdocs serve`) gives the result a fresh load
gives; it only skips validating files whose text did not change."""

from __future__ import annotations

from catalog_factory import TODAY
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.reading.memo import LoadMemo

KPI = "kpis/marketing/new-leads.yml"
TAIL = "review_date: 2027-01-15"


def checked(catalog, memo: LoadMemo | None):
    result = check_catalog(catalog.root, today=TODAY, memo=memo)
    return result, [d.text() for d in result.diagnostics]


def test_unchanged_files_come_back_and_an_edited_one_is_read_again(catalog):
    memo = LoadMemo()
    first, _ = checked(catalog, memo)
    assert memo.last_reused == 0
    files = len(first.catalog.kpi_sources) + len(first.catalog.registry_sources)
    again, _ = checked(catalog, memo)
    assert memo.last_reused == files
    assert again.catalog.kpis == first.catalog.kpis
    assert all(again.catalog.kpis[k] is first.catalog.kpis[k] for k in first.catalog.kpis)

    catalog.edit(KPI, "name: New leads per month", "name: New leads each month")
    edited, diagnostics = checked(catalog, memo)
    fresh, fresh_diagnostics = checked(catalog, None)
    assert memo.last_reused == files - 1
    assert edited.catalog.kpis["new-leads"].name == "New leads each month"
    assert edited.catalog.kpis == fresh.catalog.kpis and diagnostics == fresh_diagnostics


def test_a_broken_file_is_never_remembered_and_its_problem_found_every_time(catalog):
    memo = LoadMemo()
    catalog.edit(KPI, TAIL, TAIL + "\nunknown_field: 1")
    for _ in range(3):
        result, diagnostics = checked(catalog, memo)
        assert "new-leads" not in result.catalog.kpis
        assert any("unknown_field" in d for d in diagnostics), diagnostics
    catalog.edit(KPI, "\nunknown_field: 1", "")
    result, _ = checked(catalog, memo)
    assert result.ok and "new-leads" in result.catalog.kpis


def test_a_deleted_file_is_forgotten(catalog):
    memo = LoadMemo()
    checked(catalog, memo)
    text = catalog.read(KPI)
    catalog.path(KPI).unlink()
    result, _ = checked(catalog, memo)
    assert "new-leads" not in result.catalog.kpis
    catalog.write(KPI, text)
    checked(catalog, memo)
    files = memo.last_reused
    result, _ = checked(catalog, memo)
    assert memo.last_reused == files + 1 and "new-leads" in result.catalog.kpis
