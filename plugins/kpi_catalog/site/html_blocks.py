"""The HTML blocks of a generated page, kept away from Markdown.

Generated pages are mostly HTML (tables, cards, the chart) that Markdown passes through
untouched after parsing every tag. The MkDocs plugin (its only user) hands Markdown the
:func:`skeleton` of a page, with each top-level HTML block replaced by a comment, and puts
the blocks back into the HTML afterwards.
"""

from __future__ import annotations

import re

from kpi_catalog.site.page import SitePage


def skeleton(page: SitePage, marker: str) -> tuple[str, list[str]]:
    """The page with its HTML blocks taken out, for Markdown tools that pass HTML through.

    Returns the text (front matter and body) with each top-level HTML block replaced
    by an HTML comment ``<!--{marker}-N-->``, and the blocks. Markdown keeps comments as
    they are, so putting ``blocks[N]`` back after rendering gives the same HTML as
    rendering :attr:`SitePage.text`, without Markdown parsing every tag of every table and
    chart.
    """
    blocks: list[str] = []
    chunks = []
    for chunk in _CHUNK.split(page.body):
        if _is_html_block(chunk):
            chunks.append(f"<!--{marker}-{len(blocks)}-->")
            blocks.append(chunk.strip())
        else:
            chunks.append(chunk)
    return page.front_matter + "\n\n".join(chunks), blocks


_CHUNK = re.compile(r"\n[ \t]*\n")
_BLOCK_ELEMENTS = ("div", "table", "figure", "dl", "ul", "ol", "p", "section", "blockquote",
                   "nav", "aside")
_BLOCK_START = re.compile(rf"<({'|'.join(_BLOCK_ELEMENTS)})[\s>]", re.IGNORECASE)
# Per block element: its start and end tags (`<div ...>`, `</div>`, not `<div-x>`).
# Generated attribute values never hold `<` (escaped), so a tag ends at the first `>`.
_SAME_TAG = {name: re.compile(rf"<(/?){name}(?![a-zA-Z0-9-])[^>]*?(/?)>", re.IGNORECASE)
             for name in _BLOCK_ELEMENTS}
_MARKDOWN_ATTRIBUTE = re.compile(r"<[^>]*\smarkdown[\s=>]", re.IGNORECASE)


def _is_html_block(chunk: str) -> bool:
    """Whether Markdown passes ``chunk`` through untouched: a sequence of complete
    block-level elements, each closing at the end of a line, without `markdown` attributes
    (md_in_html). Anything else stays with Markdown, which is always correct."""
    chunk = chunk.strip()
    if _MARKDOWN_ATTRIBUTE.search(chunk):
        return False
    pos, size = 0, len(chunk)
    while pos < size:
        start = _BLOCK_START.match(chunk, pos)
        if not start:
            return False
        name, depth, end = start.group(1).lower(), 0, -1
        for tag in _SAME_TAG[name].finditer(chunk, pos):  # only this element's tags
            depth += -1 if tag.group(1) else (0 if tag.group(2) else 1)
            if depth == 0:
                end = tag.end()
                break
        if end < 0:
            return False
        pos = end
        while pos < size and chunk[pos] in " \t":
            pos += 1
        if pos < size and chunk[pos] != "\n":
            return False
        while pos < size and chunk[pos] in " \t\n":
            pos += 1
    return True


# A block whose outer element carries `data-search-exclude` (mkdocs-material's attribute) is
# left out of the search index: the overview's table, the KPI tables of listing pages, the
# chart and its values. Search then finds a KPI's own page, not every page that lists it.
_SEARCH_EXCLUDED = re.compile(r"<[a-zA-Z][\w-]*\b[^>]*?\sdata-search-exclude[\s>=]")


class BlockRestorer:
    """Puts the blocks of :func:`skeleton` back into rendered HTML, for one build."""

    def __init__(self, marker: str):
        self._marker = re.compile(rf"<!--{re.escape(marker)}-(\d+)-->")

    def put_back(self, html: str, blocks: list[str]) -> tuple[str, list[tuple[int, int]]]:
        """The HTML with its blocks back, and the spans (start, end) of the blocks that are
        excluded from search, so that the search index never has to parse them."""
        out: list[str] = []
        spans: list[tuple[int, int]] = []
        size = last = 0
        for match in self._marker.finditer(html):
            before = html[last:match.start()]
            block = as_ascii(blocks[int(match.group(1))])
            out += (before, block)
            size += len(before)
            if _SEARCH_EXCLUDED.match(block):
                spans.append((size, size + len(block)))
            size += len(block)
            last = match.end()
        out.append(html[last:])
        return "".join(out), spans



_INDENTATION = re.compile(r"[ \t]*\n[ \t\r\n]*")
_PREFORMATTED = re.compile(r"<(?:pre|textarea)\b", re.IGNORECASE)


def compact_lines(html: str) -> str:
    """``html`` without indentation and blank lines: what a browser shows is the same (a line
    break stays, and white space around it collapses into one space), but a page of a
    template-built theme is a third smaller. Pages with ``<pre>`` or ``<textarea>``, where
    white space is shown as it is, are returned unchanged."""
    if _PREFORMATTED.search(html):
        return html
    return _INDENTATION.sub("\n", html)


def as_ascii(html: str) -> str:
    """``html`` with every non-ASCII character as a character reference (``→`` as
    ``&#8594;``): a browser shows the same, and Python keeps an ASCII string in one byte
    per character instead of two or four, for every page of a large site until it is
    written. Only for HTML blocks: in Markdown text a reference would change anchors."""
    return html if html.isascii() else html.encode("ascii", "xmlcharrefreplace").decode("ascii")
