"""Parked page texts (site/parked_html.py) come back exactly as they went in, once."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpi_catalog.site.parked_html import SMALL, ParkedTexts

KPI_PAGE = ('<div class="kpi-fields"><table><tr><th>Owner</th><td>Head of Sales</td></tr>'
            '</table></div>\n<svg role="img"><title>Leads</title><path d="M0 0L10 10"/></svg>')


def test_texts_come_back_as_they_were_and_only_once():
    parked = ParkedTexts()
    pages = {
        "kpis/a.md": [KPI_PAGE, "", "<p>Penjualan naik 5 %</p>"],
        "kpis/b.md": [KPI_PAGE.replace("Sales", "Keuangan ✓"), "<b>x</b>"],
        "overview.md": ["<tr><td>row</td></tr>\n" * (SMALL // 10)],  # large: no dictionary
        "empty.md": [],
    }
    for src, texts in pages.items():
        parked.park(src, texts)
    assert len(parked) == 4 and "kpis/b.md" in parked
    for src, texts in pages.items():
        assert parked.take(src) == texts
        assert src not in parked
        assert parked.take(src) is None
    assert len(parked) == 0


@pytest.mark.parametrize(("first", "other_kind", "second"), [
    ("kpis/first/index.md", "departments/sales/index.md", "kpis/second/index.md"),
    ("kpis/first.md", "departments/sales.md", "kpis/second.md"),
])
def test_a_small_page_takes_a_fraction_of_its_size_once_one_of_its_kind_is_the_dictionary(
        first: str, other_kind: str, second: str):
    page = "".join(f"<p>{number}</p>{KPI_PAGE}" for number in range(10))
    parked = ParkedTexts()
    parked.park(first, [page])
    parked.park(other_kind, ["<ul><li>a department</li></ul>" * 20])
    parked.park(second, [page.replace("Leads", "Sales")])
    assert len(parked._dictionaries) == 2, "one dictionary per kind of page"
    size = len(parked._pages[second][2])
    assert size < len(page) / 10, size
    assert parked.take(second) == [page.replace("Leads", "Sales")]


def test_uncompressed_texts_come_back_the_same_way():
    parked = ParkedTexts(compress=False)
    parked.park("kpis/a/index.md", [KPI_PAGE, "<p>b</p>"])
    assert parked.take("kpis/a/index.md") == [KPI_PAGE, "<p>b</p>"]
    assert parked.take("kpis/a/index.md") is None and len(parked) == 0


def test_clear_forgets_pages_and_dictionary():
    parked = ParkedTexts()
    parked.park("a.md", ["<p>one</p>"])
    parked.clear()
    assert parked.take("a.md") is None
    parked.park("b.md", ["<p>two</p>"])
    assert parked.take("b.md") == ["<p>two</p>"]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.lists(st.text(max_size=300), max_size=5), min_size=1, max_size=6))
def test_any_texts_round_trip(pages: list[list[str]]):
    parked = ParkedTexts()
    for number, texts in enumerate(pages):
        parked.park(f"p{number}.md", texts)
    for number, texts in enumerate(pages):
        assert parked.take(f"p{number}.md") == texts
