"""What the search index holds: each KPI by its own words, listing pages without their tables.

mkdocs-material's search reads each generated page as the theme shows it: blocks and
headings marked `data-search-exclude` are left out, and hidden elements hold the words
it should find a KPI by besides its text (kpi_catalog.site.search_words). These tests
read the index the build wrote, and the pages, of a small catalog whose glossary explains
`CRM` (alias `SQLs` of `SQL`).
"""

from __future__ import annotations

import json
import re

import pytest
from site_helpers import search_index, small_catalog

from kpi_catalog.site.search_words import new_handles


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from site_helpers import make_project

    catalog = small_catalog()
    project = make_project(tmp_path_factory.mktemp("search"), catalog)
    result = project.build()
    assert result.returncode == 0, result.output
    return result


def entries_of(index: list[dict], location: str) -> list[dict]:
    return [e for e in index if e["location"].split("#")[0] == location]


def test_kpi_page_is_indexed_with_the_spelled_out_terms_it_uses(built):
    index = search_index(built.site)
    page = entries_of(index, "kpis/new-leads/")[0]
    assert page["title"].startswith("New leads per month")
    # the metric says `CRM`; the glossary spells it out, and search finds the KPI by it
    assert "CRM" in page["text"] and "Customer relationship management" not in page["text"]
    terms = [e for e in entries_of(index, "kpis/new-leads/") if "#kpi-terms" in e["location"]]
    assert terms and "Customer relationship management" in terms[0]["text"]


def test_blocks_marked_for_search_exclusion_are_not_indexed(built):
    index = search_index(built.site)
    entries = entries_of(index, "kpis/new-leads/")
    assert not any("110" in e["text"] or "2026-01" in e["text"] for e in entries)
    # a section left with nothing but its heading is no entry of its own
    assert not [e for e in entries if "actual-values" in e["location"]]
    assert all(e["text"].strip() for e in entries), [e["location"] for e in entries]
    assert len(entries) >= 3, "sections with text keep their entries"
    html = built.page("kpis/new-leads/")
    assert "2026-01" in html and "<svg" in html, "the page itself keeps the chart and values"


def test_listing_pages_do_not_repeat_kpi_names_in_the_index(built):
    index = search_index(built.site)
    name = "New leads per month"
    for location in ("kpis/", "departments/marketing/", "objectives/grow-pipeline/",
                     "departments/", "objectives/"):
        entries = entries_of(index, location)
        assert entries, location
        text = " ".join(e["title"] + " " + e["text"] for e in entries)
        assert name not in text, f"{location} would compete with the KPI's own page"
    assert name in built.page("kpis/"), "the overview still lists the KPI"


def test_tags_are_weighed_like_titles_unless_mkdocs_yml_says_otherwise(built, project):
    config = json.loads((built.site / "search" / "search_index.json").read_text())["config"]
    assert config["fields"]["tags"] == {"boost": 1000.0}
    own = project()
    own.config["plugins"][0] = {"search": {"fields": {"tags": {"boost": 5}}}}
    result = own.build()
    assert result.returncode == 0, result.output
    config = json.loads((result.site / "search" / "search_index.json").read_text())["config"]
    assert config["fields"]["tags"] == {"boost": 5}


def test_kpi_page_is_indexed_with_its_handles_as_title(built):
    """A KPI is found by the words of its id and by its aliases as by its name; what the
    name already says is not repeated (a repeated word would rank the page higher for it
    than a page that has it once)."""
    index = search_index(built.site)
    titles = {e["location"]: e["title"] for e in index}
    assert titles["kpis/deal-cycle/"] == "Days to close a deal – deal cycle"
    assert titles["kpis/sql-handover/"] == "SQLs handed to Sales – sql handover"
    assert titles["kpis/new-leads/"] == "New leads per month – Lead intake · Prospek baru"
    html = built.page("kpis/new-leads/")
    assert "Lead intake" in html and "Prospek baru" in html, "the page says its other names"
    deal = built.page("kpis/deal-cycle/")
    assert '<span class="kpi-search-words" hidden>&#8211; deal cycle</span>' in deal, (
        "id words are for search only: hidden")
    assert "<title>Days to close a deal - " in deal, "the page's title is the KPI's name"


def test_kpi_page_text_ends_with_its_name_and_the_terms_it_uses(built):
    index = search_index(built.site)
    page = entries_of(index, "kpis/sql-handover/")[0]
    # the statement comes first: search results show the start of the text
    assert page["text"].startswith("<p>Increase the SQLs handed to Sales")
    assert page["text"].endswith("<p>SQLs handed to Sales · SQL · SQLs · CRM</p>")
    terms = [e for e in entries_of(index, "kpis/sql-handover/") if "#kpi-terms" in e["location"]]
    assert terms[0]["title"] == "Terms used – SQL · SQLs · CRM"


def test_a_label_and_its_value_are_two_words_in_the_index(built):
    """Search reads a page's text without its tags: a label (`Owner`) written against its
    value (`Marketing Operations Lead`) was one word, `OwnerMarketing`, in what a result
    shows and in what a query matches (`Marketing` did not find it there)."""
    index = search_index(built.site)
    glued = re.compile(r"\b(Baseline|Target|Latest value|Owner|Department|Objective|Measures|"
                       r"Lifecycle|Next review|Tags|Metric|Unit|Data source|Method|Collected|"
                       r"Reported|Direction|Period|Perspective|SQL|CRM)(?=[A-Z0-9])")
    for location in ("kpis/new-leads/", "objectives/grow-pipeline/", "glossary/"):
        text = " ".join(e["text"] for e in entries_of(index, location))
        assert text and not glued.search(text), (location, glued.findall(text))
    page = " ".join(e["text"] for e in entries_of(index, "kpis/new-leads/"))
    assert "Owner Marketing Operations Lead" in page, page


def test_new_handles_are_those_with_a_word_the_name_lacks():
    name = "Share of MQLs that become SQLs"
    handles = ["mql to sql conversion", "SQL", "SQLs", "sales-qualified lead",
               "sales-qualified leads", "marketing-qualified lead", "MQL"]
    # `sql` finds `sqls` already; `leads` is `lead` with a short ending
    assert new_handles(name, handles) == [
        "mql to sql conversion", "sales-qualified lead", "marketing-qualified lead"]
    assert new_handles("Gross margin", ["gross margin", "GROSS-MARGIN!"]) == []
    assert new_handles("Stock in stores", ["store stockout rate"]) == ["store stockout rate"]
    assert new_handles("Orders", ["ord"]) == [], "a query for `ord` finds `orders`"
    assert new_handles("A deal", ["alpha"]) == ["alpha"], "one letter is no word to extend"


def test_generated_pages_lose_indentation_not_content(built):
    """Generated pages are written without the theme's indentation and blank lines; the
    text a browser shows is the same (white space around a line break collapses)."""
    from kpi_catalog.site.html_blocks import compact_lines

    html = built.page("kpis/new-leads/")
    assert "\n " not in html and "\n\n" not in html
    assert "New leads per month" in html and "<svg" in html
    assert compact_lines("<p>a</p>\n    \n  <p>b  </p>\n") == "<p>a</p>\n<p>b  </p>\n"
    kept = "<pre>  code\n    indented</pre>\n   <p>x</p>"
    assert compact_lines(kept) == kept, "white space in <pre> is shown as it is"
    hand_written = built.page("")
    assert "\n " in hand_written, "pages written by hand are left as the theme made them"
