"""A Markdown extension that passes a generated page's HTML blocks through untouched, fast.

Generated pages are mostly HTML blocks (tables, cards, the trend chart), which Markdown
passes through as they are, but only after Python-Markdown (and MkDocs, looking for
anchors) has parsed every tag of them: two thirds of a KPI page's conversion time. This
extension (``markdown_extensions: [kpi_catalog.site.html_blocks]``) hands such blocks to
Markdown's own store of raw HTML (``md.htmlStash``, as Python-Markdown's HTML block
processor does) before anything parses them. The HTML that comes out is the same with or
without it; the MkDocs plugin adds it by itself, and any engine built on Python-Markdown
(Zensical, MkDocs without the plugin) may list it.

It only acts on pages that end with :data:`GENERATED` (every page of the generator does):
hand-written pages, where a blank-line-separated chunk may sit inside a code fence, are
left to Markdown.

:func:`compact_lines` is here too: the MkDocs plugin uses it on each generated page's
finished HTML.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.preprocessors import Preprocessor
from markdown.util import AtomicString

from kpi_catalog.site.page import GENERATED


class _StashHtmlBlocks(Preprocessor):
    def __init__(self, md: Markdown, stashed: set[str]) -> None:
        super().__init__(md)
        self.stashed = stashed  # the placeholders of this page's blocks

    def run(self, lines: list[str]) -> list[str]:
        self.stashed.clear()
        end = len(lines)
        while end and not lines[end - 1].strip():
            end -= 1
        if not end or lines[end - 1] != GENERATED:
            return lines
        chunks = _CHUNK.split("\n".join(lines))
        for number, chunk in enumerate(chunks[:-1]):  # each followed by a blank line
            if chunk.startswith("<") and _is_html_block(chunk):
                # as Markdown's own HTML block processor stores a block a blank line follows
                chunks[number] = self.md.htmlStash.store(chunk.rstrip() + "\n")
                self.stashed.add(chunks[number])
        return "\n\n".join(chunks).split("\n")


class _StashedParagraphs(BlockProcessor):
    """A stashed block's placeholder becomes the paragraph Markdown makes of it, its text
    atomic: inline patterns have nothing to find in it (a KPI page has a dozen such
    blocks, each tried against every pattern), and Markdown puts the block in its place
    as it does for its own HTML blocks."""

    def __init__(self, md: Markdown, stashed: set[str]) -> None:
        super().__init__(md.parser)
        self.stashed = stashed

    def test(self, parent: etree.Element, block: str) -> bool:
        return block in self.stashed and not self.parser.state.isstate("list")

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        etree.SubElement(parent, "p").text = AtomicString(blocks.pop(0))


class HtmlBlocksExtension(Extension):
    """See the module."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        # Priority 28: after whitespace is normalised (30), before fenced code (25), MkDocs'
        # scan of raw HTML for anchors (21) and Markdown's own HTML blocks (20).
        stashed: set[str] = set()
        md.preprocessors.register(_StashHtmlBlocks(md, stashed), "kpi_catalog_html_blocks", 28)
        # Priority 105: before every block processor of Markdown's (the first, 100).
        md.parser.blockprocessors.register(_StashedParagraphs(md, stashed),
                                           "kpi_catalog_stashed", 105)


def makeExtension(**kwargs: object) -> HtmlBlocksExtension:  # noqa: N802 - Markdown's name
    return HtmlBlocksExtension(**kwargs)


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
    # the word first: a search of it in lower case takes a third of the pattern's time
    if "markdown" in chunk.lower() and _MARKDOWN_ATTRIBUTE.search(chunk):
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


_PREFORMATTED = re.compile(r"<(?:pre|textarea)\b", re.IGNORECASE)


def compact_lines(html: str) -> str:
    """``html`` without indentation and blank lines: what a browser shows is the same (a line
    break stays, and white space around it collapses into one space), but a page of a
    template-built theme is a third smaller. Pages with ``<pre>`` or ``<textarea>``, where
    white space is shown as it is, are returned unchanged.

    Exactly: spaces and tabs before a line break, and every space, tab, carriage return
    and line break after it, become that one line break. Line by line, not by a regular
    expression: a quarter of the time (0.3 s of a 1,000-KPI site's build, 0.08 s so)."""
    if _PREFORMATTED.search(html):
        return html
    lines = html.split("\n")
    if len(lines) == 1:
        return html
    kept = [lines[0].rstrip(" \t")]
    for line in lines[1:-1]:
        line = line.lstrip(" \t\r")
        if line:
            kept.append(line.rstrip(" \t"))
    kept.append(lines[-1].lstrip(" \t\r"))
    return "\n".join(kept)
