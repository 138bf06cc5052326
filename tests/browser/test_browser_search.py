"""mkdocs-material's search finds a KPI by a word of its statement and opens its page."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

import pytest
from kpi_browser import Kpi, Site, expect

pytestmark = pytest.mark.browser


def words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[A-Za-z]{6,}", text)}


def rare_word(site: Site, kpi: Kpi) -> str:
    """A word of the KPI's statement used by as few other KPI statements as possible."""
    seen = Counter(w for k in site.kpis for w in words(k.data.get("statement", "")))
    mine = words(kpi.data["statement"])
    assert mine, f"no searchable word in the statement of {kpi.id}"
    return min(sorted(mine), key=lambda w: (seen[w], -len(w)))


def test_search_finds_a_kpi_by_a_word_of_its_statement(site, page):
    kpi = site.showcase
    word = rare_word(site, kpi)
    page.open("/")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(word, delay=20)
    hit = page.locator(f".md-search-result__list a.md-search-result__link[href*='kpis/{kpi.id}/']")
    expect(hit.first).to_be_visible()
    hit.first.click()
    page.wait_for_url(lambda url: urlsplit(url).path == kpi.path)
    expect(page.locator("h1").first).to_contain_text(kpi.data["name"])
    page.watch.check()
