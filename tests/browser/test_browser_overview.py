"""The overview table at /kpis/: filters narrow the rows and the count, headers sort."""

from __future__ import annotations

import re

import pytest
from kpi_browser import Site, expect, read_yaml_kpis

pytestmark = pytest.mark.browser

VISIBLE_ROWS = "table[data-kpi-table] tbody tr[data-kpi]:visible"


def visible_ids(page) -> list[str]:
    return page.locator(VISIBLE_ROWS).evaluate_all("rows => rows.map(r => r.dataset.kpi)")


def check_rows(page, site: Site, **chosen: str) -> None:
    """The visible rows are exactly the KPIs matching every chosen filter, in any order."""
    expected = sorted(
        k.id for k in site.kpis if all(getattr(k, key) == value for key, value in chosen.items())
    )
    assert sorted(visible_ids(page)) == expected, f"rows shown for {chosen}"
    expect(page.locator("[data-kpi-count]").first).to_have_text(
        re.compile(rf"^\s*{len(expected)}\s*$")
    )


def options(page, key: str) -> list[str]:
    select = page.locator(f"select[data-kpi-filter='{key}']")
    expect(select).to_have_count(1)
    values = select.locator("option").evaluate_all("os => os.map(o => o.value)")
    assert values and values[0] == "", f"the {key} filter should start with an empty 'All' option"
    return values[1:]


def test_overview_lists_every_kpi_file(site):
    assert sorted(k.id for k in site.kpis) == sorted(read_yaml_kpis())
    for kpi in site.kpis:
        relative = kpi.source.relative_to(kpi.source.parents[2]).as_posix()
        assert relative == f"kpis/{kpi.department}/{kpi.id}.yml", "data-department is the folder"


@pytest.mark.parametrize("key", ["department", "lifecycle", "status", "objective", "owner"])
def test_filter_narrows_rows_and_count(site, page, key):
    page.open("/kpis/")
    check_rows(page, site)
    values = options(page, key)
    listed = {getattr(k, key) for k in site.kpis}
    assert listed <= set(values), f"{key} filter lacks values: {listed - set(values)}"
    select = page.locator(f"select[data-kpi-filter='{key}']")
    for value in values:
        select.select_option(value)
        check_rows(page, site, **{key: value})
    select.select_option("")
    check_rows(page, site)


def test_filters_combine(site, page):
    page.open("/kpis/")
    kpi = site.showcase
    page.locator("select[data-kpi-filter='department']").select_option(kpi.department)
    page.locator("select[data-kpi-filter='status']").select_option(kpi.status)
    check_rows(page, site, department=kpi.department, status=kpi.status)
    assert kpi.id in visible_ids(page)
    page.locator("select[data-kpi-filter='department']").select_option("")
    check_rows(page, site, status=kpi.status)


def test_filters_from_the_query_string(site, page):
    kpi = site.showcase
    page.open(f"/kpis/?department={kpi.department}&status={kpi.status}")
    expect(page.locator("select[data-kpi-filter='department']")).to_have_value(kpi.department)
    check_rows(page, site, department=kpi.department, status=kpi.status)


def test_filters_work_after_navigating_from_the_home_page(site, page):
    """With mkdocs-material's instant navigation the overview's script must still run."""
    page.open("/")
    page.locator("a[href$='kpis/']").first.click()
    page.wait_for_url(re.compile(r"/kpis/$"))
    kpi = site.showcase
    page.locator("select[data-kpi-filter='department']").select_option(kpi.department)
    check_rows(page, site, department=kpi.department)


def sort_key(text: str) -> tuple:
    text = " ".join(text.split())
    number = re.fullmatch(r"[-+]?[\d,]*\.?\d+\s*%?", text)
    if number:
        return (0, float(text.replace(",", "").rstrip("%").strip()), "")
    return (1, 0.0, text.casefold())


def column_keys(page, column: int) -> list[tuple]:
    cells = page.locator(VISIBLE_ROWS).evaluate_all(
        """(rows, i) => rows.map(r => {
               const c = r.cells[i];
               return c.dataset.sortValue ?? c.dataset.sort ?? c.textContent;
           })""",
        column,
    )
    return [sort_key(c) for c in cells]


def test_sorting_by_each_column(site, page):
    page.open("/kpis/")
    headers = page.locator("table[data-kpi-table] thead th:has(button[data-kpi-sort])")
    count = headers.count()
    assert count >= 2, "the overview should have sortable columns"
    for i in range(count):
        th = headers.nth(i)
        column = th.evaluate("th => th.cellIndex")
        button = th.locator("button[data-kpi-sort]")
        button.click()
        expect(th).to_have_attribute("aria-sort", "ascending")
        ascending = column_keys(page, column)
        label = th.text_content().strip()
        assert ascending == sorted(ascending), f"{label}: not ascending: {ascending}"
        order = visible_ids(page)
        button.click()
        expect(th).to_have_attribute("aria-sort", "descending")
        descending = column_keys(page, column)
        assert descending == sorted(descending, reverse=True), f"{label}: not descending"
        assert sorted(visible_ids(page)) == sorted(order)
        # only one column is sorted at a time
        others = headers.evaluate_all(
            "(ths, me) => ths.filter((t, j) => j !== me && t.getAttribute('aria-sort') "
            "&& t.getAttribute('aria-sort') !== 'none').length",
            i,
        )
        assert others == 0, f"other headers still claim aria-sort after sorting by {label}"
    check_rows(page, site)


def test_sorting_keeps_the_filter(site, page):
    page.open("/kpis/")
    kpi = site.showcase
    page.locator("select[data-kpi-filter='lifecycle']").select_option(kpi.lifecycle)
    page.locator("button[data-kpi-sort]").first.click()
    check_rows(page, site, lifecycle=kpi.lifecycle)
