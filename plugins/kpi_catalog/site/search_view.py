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
* with the words of a :class:`~kpi_catalog.site.page.SitePage` that readers type but the
  page does not show where search weighs them (see :func:`with_search_words`): a KPI's
  other handles (its id's words, its aliases, the spelled-out terms of its acronyms,
  :mod:`kpi_catalog.model.handles`) after its title, and the glossary terms it uses after
  the heading of its list of terms.

How the search ranks, and so why the words go where they go: lunr (in the browser) scores
each entry (a page's first section, and each section under a heading) by the words of the
query it holds, a title's word a thousand times a text's; the words are split at spaces
and hyphens only, and each word of a query also matches the words it begins (`stock`
finds `stockout`). A page ranks by its best entry, and the page's own first entry weighs
two and a half times a section's when it holds every word of the query. So a KPI's
handles in its title make it the first result for them; a glossary term in the heading of
its terms section puts the KPIs that use the term above the glossary page (whose entry
only has it in its text) but below a KPI that the term names; and the name once more in
the text lets a KPI named by the words a reader typed come before one whose other handles
merely hold them (`net promoter score`: the NPS KPI before the eNPS one).

The MkDocs plugin shows the search plugin this view and the theme the whole page.
"""

from __future__ import annotations

import re

from kpi_catalog import escape

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


SEPARATOR = " · "
"""Between handles in the search view: a word of its own for the search, so that no
punctuation sticks to a handle's last word (`score;` would be another word than `score`)."""
_WORDS = re.compile(r"\w+")


def _covered(word: str, held: list[str]) -> bool:
    """Whether a query that finds ``word`` already finds a word in ``held``: a word it begins
    (`lead` in `leads`), or the word with a short ending (`leads` for `lead`)."""
    return any(other.startswith(word) or (
        len(other) >= 3 and word.startswith(other) and len(word) - len(other) <= 2)
        for other in held)


def new_handles(name: str, handles: list[str]) -> list[str]:
    """The ``handles`` a search for a KPI named ``name`` would not find it by otherwise:
    each with a word that neither the name nor an earlier handle holds. The rest would
    only count the same words again, and a title that repeats a word ranks higher for it
    than a title that has it once, whichever KPI the reader means."""
    held = [w.casefold() for w in _WORDS.findall(name)]
    kept = []
    for handle in handles:
        own = [w.casefold() for w in _WORDS.findall(handle)]
        if own and not all(_covered(word, held) for word in own):
            kept.append(handle)
            held.extend(own)
    return kept


_FIRST_SECTION_END = re.compile(r"<h[2-6]\b")


def with_search_words(html: str, title: str, text: str, terms: str = "") -> str:
    """``html`` with ``title`` added to its first ``<h1>``, a paragraph of ``text`` at the
    end of the section the ``<h1>`` opens, and ``terms`` added to the heading before the
    list of glossary terms (``<dl class="kpi-terms">``); each escaped. A part whose place
    the page lacks is left out."""
    if terms:
        terms_list = html.find('<dl class="kpi-terms"')
        heading_end = html.rfind("</h2>", 0, terms_list) if terms_list > 0 else -1
        if heading_end >= 0:
            html = f"{html[:heading_end]} – {escape.html(terms)}{html[heading_end:]}"
    end = html.find("</h1>")
    if end < 0 or not (title or text):
        return html
    close = end + len("</h1>")
    added_title = f" – {escape.html(title)}" if title else ""
    section = _FIRST_SECTION_END.search(html, close)
    at = section.start() if section else len(html)
    added_text = f"<p>{escape.html(text)}</p>\n" if text else ""
    return f"{html[:end]}{added_title}</h1>{html[close:at]}{added_text}{html[at:]}"
