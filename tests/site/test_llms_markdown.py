"""llms.txt and llms-full.txt as Markdown readers read them (CommonMark, and GitHub's with its
autolinks): contributor text comes out as the same visible text, never as markup or a link.

Each line form the files put a contributor's text in (a heading, a link's text, a list item,
a paragraph) is read by cmark-gfm with raw HTML let through, so that any tag the text made
would show. Before, `&` was left as it is: the catalog name `A &amp; B` read as `A & B`, and
a heading lost a closing `#` (`Team #` read as `Team`).
"""

from __future__ import annotations

import html
import re

import cmarkgfm
import pytest
from cmarkgfm.cmark import Options
from hypothesis import given, settings
from hypothesis import strategies as st
from site_helpers import TODAY, small_catalog, write_catalog

from kpi_catalog.checking.check import check_catalog
from kpi_catalog.escape import markdown_text, one_line
from kpi_catalog.site.generator import Site
from kpi_catalog.site.llms import llms_full, llms_txt
from kpi_catalog.site.options import SiteOptions

SITE_URL = "https://example.org/catalog/"
UNSAFE = Options.CMARK_OPT_UNSAFE  # raw HTML kept: a tag the text made would show
# GitHub's Markdown makes an e-mail address a mailto: link (allowed: the text stays the same)
MAILTO = re.compile(r'a href="mailto:[^"]*"')
ZWSP = "\u200b"  # in `xmpp:`, which GitHub's Markdown links even escaped: no reader sees it
PAYLOADS = [
    "A &amp; B", "R&D &copy; &#42; &#x3C;b&#x3E;", "<b>bold</b> <img src=x onerror=alert(1)>",
    "*not emphasis* **nor** _this_ __nor__", "[x](javascript:alert(1))",
    "![i](https://evil.example/i.png)", "`code` ``more``", "# Heading", "## Team #",
    "- a list", "+ another", "1. ordered", "2) ordered", "> quote", "=== setext", "---",
    "| a | b |", "~~gone~~", "back\\slash\\", "www.evil.example", "https://evil.example/x",
    "<https://evil.example>", "mailto:boss@evil.example", "[ref]: https://evil.example",
    "[^1]", "a\n\n# b", "  indented", "x  \ny", "boss@evil.example", "xmpp:a@b.example",
    "0http://evil.example", "(www.evil.example)", "\ufeff&", "\ufeff",
]
# Pieces that make Markdown or HTML, for the property: any mix reads as written.
PIECES = ["&", "&amp;", "&#42;", "&copy", "<", ">", "<b>", "</b>", "*", "**", "_", "`", "```",
          "~", "~~", "[", "]", "(", ")", "![", "](javascript:x)", "](<https://e.x>)", "#", "# ",
          "-", "- ", "+ ", "1. ", "3) ", "> ", "=", "---", "|", "\\", "www.e.x", "http://e.x",
          "javascript:", ":", "[x]: ", "[^1]", "@", "a@b.c", "mailto:", " ", "\n", "\t", "a", "B",
          "7", "é"]


def read(markdown: str, gfm: bool) -> tuple[list[str], str]:
    """The tags (with their attributes) and the visible text of Markdown as a reader sees it."""
    convert = cmarkgfm.github_flavored_markdown_to_html if gfm else cmarkgfm.markdown_to_html
    out = convert(markdown, options=UNSAFE)
    tags = [tag for tag in re.findall(r"<(?!/)([^>]*)>", out) if not MAILTO.fullmatch(tag)]
    return tags, html.unescape(re.sub(r"<[^>]*>", "", out)).replace(ZWSP, "").strip()


def forms(text: str) -> list[tuple[str, list[str], str]]:
    """Each line form the files write a contributor's text in, the tags it must make and
    the text it must show."""
    md, shown = markdown_text(text), str(one_line(text))
    return [
        (f"# {md}", ["h1"], shown),
        (f"- [{md}](<{SITE_URL}kpis/x/>): {md}", ["ul", "li", f'a href="{SITE_URL}kpis/x/"'],
         f"{shown}: {shown}"),
        (f"- Owner: {md}", ["ul", "li"], f"Owner: {shown}"),
        (md, ["p"] if shown else [], shown),
    ]


def shows_as_written(text: str) -> None:
    for markdown, tags, shown in forms(text):
        for gfm in (False, True):
            made, visible = read(markdown, gfm)
            assert made == tags, (markdown, gfm, made)
            assert visible == shown.replace(ZWSP, "").strip(), (markdown, gfm, visible)


@pytest.mark.parametrize("text", PAYLOADS)
def test_contributor_text_reads_as_written_in_each_line_form(text):
    shows_as_written(text)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)),
                     max_size=10).map("".join))
def test_any_mix_of_markdown_pieces_reads_as_written(text):
    shows_as_written(text)


def test_the_catalogs_name_and_kpi_texts_read_as_written_in_both_files(tmp_path):
    files = small_catalog()
    files["catalog.yml"] = {"name": "A &amp; B <b>catalog</b> #", "language": "en"}
    leads = files["marketing/new-leads.yml"]
    leads["name"] = "`New` *leads* & [x](javascript:alert(1))"
    leads["statement"] = "# Increase new leads from 100 to 200 per month by 31 December 2026."
    leads["actuals"][1]["note"] = "- &lt;webinar&gt; month"
    result = check_catalog(write_catalog(tmp_path / "kpis", files), today=TODAY)
    assert result.ok, [d.text() for d in result.errors]
    site = Site(result.catalog, today=TODAY, options=SiteOptions(site_url=SITE_URL))
    for gfm in (False, True):
        made, text = read(llms_txt(site), gfm)
        assert text.startswith("A &amp; B <b>catalog</b> #\n"), text[:60]
        assert "`New` *leads* & [x](javascript:alert(1)) (Lead intake, Prospek baru): " in text
        links = [tag for tag in made if tag.startswith("a ")]
        assert links and all(tag.startswith(f'a href="{SITE_URL}') for tag in links), links
        assert not [tag for tag in made if tag.split()[0] in {"b", "em", "strong", "code"}]
        made, text = read(llms_full(site), gfm)
        assert "\n# Increase new leads from 100 to 200" in text
        assert "2026-02: 120 leads per month (- &lt;webinar&gt; month)" in text
        assert [tag for tag in made if tag.startswith("h")].count("h2") == len(site.views)
        assert not [tag for tag in made if tag.split()[0] in {"b", "em", "strong", "code"}]


def test_plain_words_are_left_as_they_are():
    assert markdown_text("Net sales per store, 2026") == "Net sales per store, 2026"
    assert markdown_text("A &amp; B #1") == "A \\&amp; B \\#1"


def test_an_e_mail_address_stays_whole_for_programs_that_copy_it():
    """GitHub's Markdown links it to mailto: (allowed); an invisible character inside would
    break the address a program reading llms.txt copies."""
    assert markdown_text("Ask boss@example.org") == "Ask boss@example.org"
    assert "\u200b" not in markdown_text("mailto:boss@example.org")
