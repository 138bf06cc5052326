"""The overview table at /kpis/: filters narrow the rows and the count, headers sort."""

from __future__ import annotations

import re

import pytest
from kpi_browser import PHONE, Site, expect, read_yaml_kpis

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
    # the example site is built for the public: a confidential KPI is left out entirely
    public = [i for i, (_, data) in read_yaml_kpis().items()
              if data.get("visibility", "public") != "confidential"]
    assert len(public) < len(read_yaml_kpis()), "the example should hold a confidential KPI"
    assert sorted(k.id for k in site.kpis) == sorted(public)
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


def option_counts(page, key: str) -> dict[str, int]:
    """Each option's count, as the reader sees it: ``Behind (7)``."""
    texts = page.locator(f"select[data-kpi-filter='{key}'] option").evaluate_all(
        "os => os.map(o => [o.value, o.textContent])")
    return {value: int(re.fullmatch(r".*\((\d+)\)", text.strip()).group(1))
            for value, text in texts}


@pytest.mark.parametrize("path", ["/", "/kpis/", "/id/kpis/"])
def test_a_rollup_count_the_filters_and_the_rows_agree(site, page, path):
    """The roll-up counts the active KPIs (the home page's and the overview's alike); a count
    followed shows as many rows, and each filter's options count what choosing them would show
    (before: 7 behind on the home page, 7 in the overview's summary, 8 in its filter)."""
    page.open(path)
    item = page.locator(".kpi-rollup__item--behind").first
    behind = int(item.locator(".kpi-rollup__count").text_content())
    active = [k for k in site.kpis if k.lifecycle == "active"]
    assert behind == len([k for k in active if k.status == "behind"])
    assert behind < len([k for k in site.kpis if k.status == "behind"]), "a retired one too"
    of = page.locator(".kpi-rollup__of").first
    expect(of).to_contain_text(str(len(active)))
    item.locator("a").click()
    page.wait_for_url(re.compile(r"lifecycle=active&status=behind"))
    check_rows(page, site, lifecycle="active", status="behind")
    assert option_counts(page, "status")["behind"] == behind
    assert option_counts(page, "status")[""] == len(active)
    assert option_counts(page, "lifecycle")["active"] == behind
    # what each would show, given the rest (owners are named in the page's language)
    for key in ("department", "objective") + (() if path.startswith("/id/") else ("owner",)):
        counts = option_counts(page, key)
        for value, n in counts.items():
            assert n == len([k for k in active if k.status == "behind"
                             and (not value or getattr(k, key) == value)]), (key, value)
    page.locator("select[data-kpi-filter='lifecycle']").select_option("")
    assert option_counts(page, "status")["behind"] == len(
        [k for k in site.kpis if k.status == "behind"])
    page.watch.check()


NONE = "[data-kpi-none]"


@pytest.mark.parametrize(("path", "said"), [
    ("/kpis/", "No KPI matches. Set a filter back to “All” or clear the Find box"),
    ("/id/kpis/", "Tidak ada KPI yang cocok. Kembalikan filter ke “Semua” atau kosongkan kotak "
                  "Cari"),
])
def test_a_filter_combination_without_a_match_says_so(site, page, path, said):
    """Before, a combination no KPI has showed an empty table and nothing else."""
    page.open(path)
    line = page.locator(NONE)
    expect(line).to_be_hidden()
    # a department and a status that no KPI has together
    pairs = {(k.department, k.status) for k in site.kpis}
    department, status = next((d, s) for d in sorted({k.department for k in site.kpis})
                              for s in sorted({k.status for k in site.kpis})
                              if (d, s) not in pairs)
    page.locator("select[data-kpi-filter='department']").select_option(department)
    page.locator("select[data-kpi-filter='status']").select_option(status)
    expect(page.locator(VISIBLE_ROWS)).to_have_count(0)
    expect(line).to_be_visible()
    expect(line).to_have_text(re.compile(re.escape(said)))
    # inside a live region, so that a screen reader says it when it appears
    live = line.evaluate("p => p.closest('[role=status], [aria-live]') !== null")
    assert live, "the line is not in a role=status or aria-live region"
    page.locator("select[data-kpi-filter='status']").select_option("")
    expect(line).to_be_hidden()
    page.locator("input[data-kpi-text-filter]").fill("no such words anywhere")
    expect(line).to_be_visible()
    page.locator("input[data-kpi-text-filter]").fill("")
    expect(line).to_be_hidden()
    page.watch.check()


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


def test_text_filter_after_sorting(site, page):
    """Sorting reorders the rows: the words must still be looked for in each row's own text
    (they were looked for in the text of the row first at that place before)."""
    page.open("/kpis/")
    for header in range(page.locator("button[data-kpi-sort]").count()):
        page.locator("button[data-kpi-sort]").nth(header).click()
        box = page.locator("input[data-kpi-text-filter]")
        box.fill("cikarang")
        check_text_filter(page, site, "cikarang")
        expect(page.locator(VISIBLE_ROWS)).to_have_count(len(matching(site, "cikarang")))
        box.fill("")
    page.watch.check()


def matching(site: Site, *words: str, language: str = "en") -> list[str]:
    """KPIs whose id, name, statement, owner or tags in ``language`` contain every word (case
    ignored)."""
    def text(kpi) -> str:
        return " ".join([kpi.id, kpi.text("name", language), kpi.text("statement", language),
                         kpi.text("owner", language), *(kpi.text("tags", language) or [])]
                        ).casefold()
    return sorted(k.id for k in site.kpis if all(w.casefold() in text(k) for w in words))


ROW_TEXTS = """rows => rows.map(r => [r.dataset.kpi, r.dataset.text || '', r.textContent]
    .join(' ').toLowerCase())"""


def check_text_filter(page, site: Site, probe: str, among: set[str] | None = None,
                      language: str = "en") -> list[str]:
    """Every KPI the words describe is shown, and every row shown contains the words."""
    shown = visible_ids(page)
    expected = set(matching(site, *probe.split(), language=language))
    if among is not None:
        expected &= among
    assert expected <= set(shown), f"{probe!r} hides {sorted(expected - set(shown))}"
    for text in page.locator(VISIBLE_ROWS).evaluate_all(ROW_TEXTS):
        assert all(w.casefold() in text for w in probe.split()), f"{probe!r} shows {text!r}"
    expect(page.locator("[data-kpi-count]").first).to_have_text(
        re.compile(rf"^\s*{len(shown)}\s*$"))
    return shown


def test_text_filter_finds_by_name_statement_owner_tag_and_id(site, page):
    page.open("/kpis/")
    box = page.locator("input[data-kpi-text-filter]")
    expect(box).to_be_visible()
    kpi = site.showcase
    box.fill(kpi.id)
    assert check_text_filter(page, site, kpi.id) == [kpi.id]
    for probe in [kpi.text("name").split()[-1], kpi.text("tags")[0],
                  kpi.text("owner").split()[0], "Cikarang", "employee", "new customers"]:
        box.fill(probe)
        shown = check_text_filter(page, site, probe)
        assert shown, f"{probe!r} finds nothing"
        assert len(shown) < len(site.kpis), f"{probe!r} narrows nothing"
    box.fill("no such words anywhere")
    expect(page.locator(VISIBLE_ROWS)).to_have_count(0)
    box.fill("")
    expect(page.locator(VISIBLE_ROWS)).to_have_count(len(site.kpis))
    page.watch.check()


def test_the_indonesian_overview_filters_by_the_indonesian_texts(site, page):
    page.open("/id/kpis/")
    box = page.locator("input[data-kpi-text-filter]")
    expect(box).to_be_visible()
    kpi = site.showcase
    for probe in [kpi.text("name", "id").split()[-1], "KARYAWAN", "pelanggan baru"]:
        box.fill(probe)
        shown = check_text_filter(page, site, probe, language="id")
        assert shown, f"{probe!r} finds nothing"
        assert len(shown) < len(site.kpis), f"{probe!r} narrows nothing"
    page.watch.check()


def test_text_filter_combines_with_the_filters_and_lives_in_the_address(site, page):
    page.open("/kpis/")
    kpi = site.showcase
    word = kpi.text("tags")[0]
    page.locator("select[data-kpi-filter='department']").select_option(kpi.department)
    page.locator("input[data-kpi-text-filter]").fill(word)
    department = {k.id for k in site.kpis if k.department == kpi.department}
    shown = check_text_filter(page, site, word, among=department)
    assert kpi.id in shown and set(shown) <= department
    page.wait_for_url(re.compile(rf"department={kpi.department}"))
    page.wait_for_url(re.compile(rf"[?&]find={re.escape(word)}"))
    shared = page.url  # a filtered view shared as a link opens filtered
    other = page.context.new_page()
    other.goto(shared, wait_until="load")
    expect(other.locator("input[data-kpi-text-filter]")).to_have_value(word)
    expect(other.locator("select[data-kpi-filter='department']")).to_have_value(kpi.department)
    expect(other.locator(VISIBLE_ROWS)).to_have_count(len(shown))
    other.close()
    page.locator("input[data-kpi-text-filter]").fill("")
    page.wait_for_url(lambda url: "find=" not in url)
    expect(page.locator(".md-search__output")).to_be_hidden()  # `q` would open the search
    page.watch.check()


def test_text_filter_on_a_phone(site, new_page):
    page = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    page.open("/kpis/")
    box = page.locator("input[data-kpi-text-filter]")
    expect(box).to_be_visible()
    width = box.evaluate("e => e.getBoundingClientRect().width")
    assert width >= 200, f"the text filter is {width}px wide on a phone"
    box.tap()
    box.press_sequentially("cikarang", delay=20)
    expect(page.locator(VISIBLE_ROWS)).to_have_count(len(matching(site, "cikarang")))
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the page scrolls sideways by {overflow}px"
    page.watch.check()
