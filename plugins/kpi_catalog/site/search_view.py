"""What a site search indexes of a generated page: less to parse, and better words.

mkdocs-material's search plugin parses the HTML of every page with Python's HTML parser,
which is the largest cost of building a big catalog, and weighs what it finds by where it
stands (a title a thousand times the text). The search view of a page is its HTML

* without the blocks marked ``data-search-exclude`` (the overview's table, the KPI tables
  of department and objective pages, the chart and its values): search would skip them
  after parsing them, and listing pages would otherwise compete with each KPI's own page;
* without the headings of sections that have nothing left to search once those blocks
  are out ("Thresholds", "Actual values"): each would be an entry of its own, found by its
  heading alone, on every KPI page (half the entries of a large catalog's index);
* with the words of :attr:`~kpi_catalog.site.page.SitePage.search_title` after the first
  heading and :attr:`~kpi_catalog.site.page.SitePage.search_text` in a paragraph below it:
  the spelled-out glossary terms of the acronyms a KPI uses, which readers type.

The MkDocs plugin shows the search plugin this view and the theme the whole page.
"""

from __future__ import annotations

import re

from kpi_catalog.site import escape

Spans = list[tuple[int, int]]


def without_spans(html: str, spans: Spans) -> str:
    """``html`` without the given (ordered, disjoint) spans."""
    parts, last = [], 0
    for start, end in spans:
        parts.append(html[last:start])
        last = end
    parts.append(html[last:])
    return "".join(parts)


# A generated page's headings: contributors' text in them is escaped, so `<` is markup.
_HEADING = re.compile(r"<h([2-6])\b[^>]*>.*?</h\1>", re.DOTALL)


def without_empty_sections(html: str) -> str:
    """``html`` without the headings `<h2>`...`<h6>` followed by nothing but white space
    up to the next heading or the end."""
    headings = list(_HEADING.finditer(html))
    parts, last = [], 0
    for number, heading in enumerate(headings):
        following = headings[number + 1].start() if number + 1 < len(headings) else len(html)
        if html[heading.end():following].strip():
            continue
        parts.append(html[last:heading.start()])
        last = heading.end()
    parts.append(html[last:])
    return "".join(parts)


def with_search_words(html: str, title: str, text: str) -> str:
    """``html`` with ``title`` words added to its first ``<h1>`` and a paragraph of ``text``
    after it (both escaped); unchanged without an ``<h1>``."""
    end = html.find("</h1>")
    if end < 0 or not (title or text):
        return html
    added_title = f" – {escape.html(title)}" if title else ""
    added_text = f"\n<p>{escape.html(text)}</p>" if text else ""
    close = end + len("</h1>")
    return f"{html[:end]}{added_title}</h1>{added_text}{html[close:]}"
