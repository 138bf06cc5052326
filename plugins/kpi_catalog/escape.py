"""Contributor text, made safe for where it lands: the site's pages and SVGs, GitHub.

Generated pages are Markdown with HTML blocks. What a contributor writes must come out as
the same text, never as markup, in both:

* :func:`html` for text inside HTML elements and attributes (most of each page), and inside
  the SVG elements of charts and trees (XML: the references it writes are XML's too, and
  it drops the characters XML forbids). Besides
  the five HTML characters it encodes ``{`` ``}`` (template syntax, e.g. for
  mkdocs-macros), the backtick and ``~`` (code fences), square brackets and the
  backslash (links, images, footnotes: should a template put the text where Markdown
  reads it, it still cannot become a link) and line breaks (so that no contributor text
  ever starts a line of the Markdown source, where Markdown preprocessors such as fences
  or snippets look for their markers, and no blank line ends an HTML block). Control
  characters and bidirectional controls (U+202E...) are dropped.
* :func:`markdown` for text that Markdown itself must read (headings and paragraphs,
  where the ``abbr`` extension explains glossary terms): everything :func:`html` does,
  plus the characters that start emphasis, links, code, attribute lists, footnotes,
  abbreviations, keys, marks and emoji, web addresses that autolinking extensions would
  link, and whatever would make the start of a paragraph a list, a heading, a quote or a
  definition.

Both return :class:`markupsafe.Markup`, so jinja2's autoescaping leaves them alone.
:func:`gfm` is for GitHub's Markdown (`kpi diff` in a pull request, issue bodies).

A text shown in its original language because it has no translation into the page's (an
:class:`~kpi_catalog.model.language.Original`) comes out of :func:`text`, :func:`markdown`
and :func:`paragraphs` inside ``<span class="kpi-untranslated" lang="...">``: readers see
it marked (the stylesheet), screen readers and search engines know its language.
"""

from __future__ import annotations

import functools
import re
from html import entities as html_entities

from markupsafe import Markup

from kpi_catalog.model.diagnostics import BIDI_CONTROLS
from kpi_catalog.model.language import Original

# Bidirectional controls (BIDI_CONTROLS) are dropped wherever contributor text or git
# metadata is shown, like the C0 and C1 controls, and so is the byte-order mark (U+FEFF,
# invisible; a Markdown reader drops it where a file starts, so a text `\ufeff&` first in a
# Markdown file read as `&`: found by the Hypothesis test of test_llms_markdown).
_CONTROL = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff{BIDI_CONTROLS}]")
# One table for str.translate (fast: every page escapes thousands of values). A line break
# (\r, \n) becomes a character reference; control characters (C0, C1, bidi), the byte-order
# mark and the two non-characters are dropped.
_HTML = str.maketrans({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;",
    "{": "&#123;", "}": "&#125;", "`": "&#96;", "~": "&#126;",
    "[": "&#91;", "]": "&#93;", "\\": "&#92;",
    "\n": "&#10;", "\r": None,
    **{chr(c): None for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20),
                              *range(0x7F, 0xA0), 0xFEFF, 0xFFFE, 0xFFFF]},
    **dict.fromkeys(BIDI_CONTROLS),
})
# The characters _HTML changes: most texts have none, and a search for one is 3 to 10 times
# faster than translate (a 1,000-KPI site escapes 200,000 texts: 0.15 s of its build).
_HTML_CHANGES = re.compile("[" + re.escape("".join(map(chr, _HTML))) + "]")

# Inside a paragraph or heading: Markdown's own and the common extensions' syntax.
_MD_INLINE = {c: f"&#{ord(c)};" for c in "\\*_[]#+|^=:$@"}
_MD_INLINE.update({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                   "{": "&#123;", "}": "&#125;", "`": "&#96;", "~": "&#126;"})
_MD_INLINE_RE = re.compile("|".join(re.escape(k) for k in _MD_INLINE))
_ORDERED_LIST_START = re.compile(r"^(\d+)([.)])")
# `www.example.org` and `ftp.example.org` become links with autolinking extensions
# (pymdownx.magiclink); URLs with a scheme cannot, their `:` being escaped.
_BARE_HOST = re.compile(r"\b(www|ftp)\.", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def html(text: object) -> Markup:
    """Text for HTML element content or a quoted attribute value (a :class:`Marked` text:
    its HTML, for element content)."""
    if text is None:
        return Markup("")
    if isinstance(text, Markup):
        return text
    if isinstance(text, Marked):
        return text.html
    value = str(text)
    return Markup(value.translate(_HTML) if _HTML_CHANGES.search(value) else value)


def latin1(markup: str) -> str:
    """Finished HTML or SVG with every character beyond Latin-1 written as a character
    reference (``–`` as ``&#8211;``): the same text for a browser or an XML reader, but a
    Python string of one byte per character instead of two or four. MkDocs keeps every
    page's Markdown and HTML until its build ends, so one dash or arrow of our own in a
    page would double the memory its text takes. Only for markup (an HTML block, an
    SVG): in Markdown's text a reference inside a code span would show as written."""
    if markup.isascii():
        return markup
    return markup.encode("latin-1", "xmlcharrefreplace").decode("latin-1")


def text(value: object) -> Markup:
    """Text for HTML element content (never an attribute): :func:`html`, and marked when it
    is shown in its original language (see the module)."""
    return marked(html(value), value)


def marked(escaped: Markup, original: object) -> Markup:
    """``escaped`` inside an element that names its language, when ``original`` is a text
    shown untranslated; else ``escaped`` as it is."""
    if not isinstance(original, Original) or not escaped:
        return escaped
    return (Markup('<span class="kpi-untranslated" lang="{}">').format(original.language)
            + escaped + Markup("</span>"))


class Marked(str):
    """A text made of parts, one of them shown in its original language (a value and its
    unit, ``90 % of orders``, the unit untranslated): as a ``str`` the plain words (for an
    image, a text file, an attribute: ``| plain``), and in ``html`` escaped with that part
    marked, which :func:`html` and :func:`text` give. See :func:`joined`."""

    html: Markup

    def __new__(cls, text: str, marked: Markup | None = None) -> Marked:
        made = super().__new__(cls, text)
        made.html = html(text) if marked is None else marked  # a copy (pickle): its state
        return made


def joined(*parts: str) -> str:
    """``parts`` as one text; a :class:`Marked` one when a part is shown in its original
    language (an :class:`~kpi_catalog.model.language.Original`, or a Marked text): a
    text put together of contributor words keeps their mark."""
    said = "".join(parts)
    if not any(isinstance(part, (Original, Marked)) for part in parts):
        return said
    return Marked(said, Markup("").join(text(part) for part in parts))


def language_attribute(text: object) -> str:
    """`` lang="en"`` for a text shown in its original language, on the element that holds
    it alone (an SVG ``<text>``, where a ``<span>`` cannot go); nothing for another."""
    return f' lang="{text.language}"' if isinstance(text, Original) else ""


def markdown(text: object) -> Markup:
    """One line of Markdown text (a heading, or one paragraph): whitespace is collapsed."""
    return marked(_markdown(text), text)


def _markdown(text: object) -> Markup:
    if text is None:
        return Markup("")
    if isinstance(text, Markup):
        return text
    value = _SPACE.sub(" ", _CONTROL.sub("", str(text))).strip()
    if not value:
        return Markup("")
    value = _MD_INLINE_RE.sub(lambda m: _MD_INLINE[m.group(0)], value)
    value = _BARE_HOST.sub(r"\1&#46;", value)
    # What a line may start with: a list (`- `, `1. `), a heading, a quote, a definition,
    # an admonition or details block; escape the first character whatever it is.
    match = _ORDERED_LIST_START.match(value)
    if match:
        value = f"{match.group(1)}&#{ord(match.group(2))};{value[match.end():]}"
    elif not value[0].isalnum() and value[0] != "&":
        value = f"&#{ord(value[0])};{value[1:]}"
    return Markup(value)


def paragraph_texts(text: object) -> list[str]:
    """Plain text split at blank lines, unescaped: one reading of a paragraph for every
    output (the Markdown and HTML escapes differ, the split does not)."""
    return _PARAGRAPH_BREAK.split(str(text).strip()) if text else []


def paragraphs(text: object) -> list[Markup]:
    """Plain text split at blank lines, each paragraph escaped by :func:`markdown`."""
    return [marked(p, text) for p in (_markdown(part) for part in paragraph_texts(text)) if p]


def tag_proof(html: str) -> str:
    """Escaped HTML that stays text when a theme unescapes it once and writes it as HTML
    (``page.title | striptags`` into ``<title>``; Zensical's title from a heading): a
    zero-width space after each ``&lt;``, so no ``<`` can start a tag; it looks the same."""
    return str(html).replace("&lt;", "&lt;&#8203;")


@functools.cache
def _reference() -> re.Pattern[str]:
    """A character reference as a browser reads one after `&` in text (HTML's named
    references, some valid without their `;`, and numeric ones): an `&` before anything
    else is text. Made when first needed: its 2,200 names take 40 ms to compile, in every
    process that imports this module, and only `kpi render` needs it."""
    return re.compile("&(?=#|" + "|".join(
        re.escape(name) for name in sorted(html_entities.html5, key=len, reverse=True)) + ")")


_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")


def theme_text(text: object) -> str:
    """Text for a theme that writes it as HTML unescaped in some places (Zensical: a page's
    title from its front matter into ``<title>``, the header and the navigation; a tag into
    the page) and shows it as text in others (its search's breadcrumbs and tag filters,
    where ``&amp;`` showed as written): the text as it is, except a zero-width space after a
    ``<`` that would start a tag and after an ``&`` that would start a character reference.
    So it reads the same both ways and never becomes markup (the themes escape what they
    put into attributes)."""
    line = one_line(text)
    return _reference().sub("&" + _ZWSP, _TAG_START.sub("<" + _ZWSP, line))


def nav_title(text: object) -> str:
    """A navigation title for Zensical, which writes it as HTML unescaped (the navigation,
    the breadcrumbs), strips it of tags and unescapes it into ``<title>``, and shows it in
    its search's breadcrumbs reading no character reference but ``&amp;``, ``&lt;`` and
    ``&gt;`` (``&#42;`` showed as written): the text on one line, ``&``, ``<`` and ``>``
    escaped by those three, and a zero-width space after each ``&lt;`` and after an ``&``
    that would start a character reference, so that once unescaped no ``<`` starts a tag
    (``</title>``) and no ``&amp;`` of the text is read as ``&``."""
    line = _reference().sub("&" + _ZWSP, one_line(text))
    return line.replace("&", "&amp;").replace("<", "&lt;" + _ZWSP).replace(">", "&gt;")


def unpinged(text: str) -> str:
    """``text`` with an invisible joiner after every ``@``: where a chat tool shows it (an
    alert's message, a feed entry a channel follows), `@everyone` pings nobody."""
    return text.replace("@", "@\u2060")


def one_line(text: object) -> str:
    """Whitespace collapsed, control characters dropped; not escaped (a text shown in its
    original language stays marked as one)."""
    line = _SPACE.sub(" ", _CONTROL.sub("", str(text or ""))).strip()
    return Original(line, text.language) if isinstance(text, Original) else line


# GitHub Markdown, as the site escapes Markdown: inline syntax backslash-escaped; HTML, the
# `:` of a link's scheme (https://, mailto:) and the `.` of `www.` as entities. Mentions,
# issue references (#12, acme/kpis#12, GH-12), e-mail addresses and :emoji: are found by
# GitHub in the text after Markdown is read, where no escape survives (`\#12` links issue
# 12): a zero-width space after `@`, before a reference's number and after a shortcode's `:`
# keeps them text.
_GFM_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_GFM_INLINE = re.compile(r"([\\`*_\[\]|~!#$])")
_SCHEME = re.compile(r"\b([a-z][a-z0-9+.-]*):(?=//)|\b(mailto|xmpp):", re.IGNORECASE)
_GFM_HOST = re.compile(r"\b(www|ftp)\.", re.IGNORECASE)
_SHORTCODE = re.compile(r":(?=[\w+-])")
_ISSUE_REFERENCE = re.compile(r"(#|\bGH-)(?=\d)", re.IGNORECASE)
_ZWSP = "\u200b"


def gfm(text: object) -> str:
    """Contributor text as one line of GitHub Markdown that shows as written: no link,
    mention, issue reference, e-mail link or emoji comes of it."""
    value = _GFM_INLINE.sub(r"\\\1", one_line(text)).translate(_GFM_ENTITIES)
    value = _SHORTCODE.sub(":" + _ZWSP, value.replace("@", "@" + _ZWSP))
    value = _ISSUE_REFERENCE.sub(r"\1" + _ZWSP, value)
    value = _SCHEME.sub(lambda m: (m.group(1) or m.group(2)) + "&#58;", value)
    value = _GFM_HOST.sub(r"\1&#46;", value)
    if value[:1].isdigit():  # `1. ` or `1) ` would start a list
        value = re.sub(r"^(\d+)([.)])", r"\1\\\2", value)
    return value


# Plain Markdown files read as text (llms.txt): unlike GitHub Markdown, no HTML is read and
# no entity shown as such; a backslash before each character Markdown reads: `&` too (`&amp;`
# is a character reference, read as `&`; `\&amp;` is the text `&amp;`) and `#` (a heading's
# closing `#`s are dropped: `# Team #1 #` reads `Team #1`).
_MD_TEXT = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|~&#"})
_LINE_START = re.compile(r"^(?:([-+=])|(\d+)([.)]))")
# No word boundary before the scheme or host: GitHub's Markdown links `0http://x` from its
# `http`, and `_www.x` from its `www`.
_TEXT_SCHEME = re.compile(r"(https?|ftp|mailto|xmpp|javascript|data|file):", re.IGNORECASE)
_TEXT_HOST = re.compile(r"(www|ftp)\.", re.IGNORECASE)


def markdown_text(text: object) -> str:
    """One line of contributor text for a plain Markdown file that people and programs read
    as text (``llms.txt``): whitespace collapsed, control characters dropped, and a backslash
    before every character Markdown gives a meaning, so that it stays the text it is, never
    a link, an image, a heading, a list or HTML. Unlike :func:`markdown`, no character
    reference: a reader of the file sees the words. Web addresses are not linked (their
    `:` escaped, `www.` too). An e-mail address stays as it is: GitHub's Markdown makes it a
    `mailto:` link (allowed), and the files' readers are programs that copy it, which an
    invisible character inside would break."""
    value = one_line(text).translate(_MD_TEXT)
    value = _LINE_START.sub(  # what would start a list, a heading, a quote
        lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", value)
    # GitHub's Markdown links `xmpp:` before an e-mail address even with its `:` escaped:
    # a zero-width space before it (in the scheme, not in the address a reader copies)
    value = _TEXT_SCHEME.sub(lambda m: m.group(1) + (
        _ZWSP if m.group(1).lower() == "xmpp" else "") + "\\:", value)
    return _TEXT_HOST.sub(lambda m: f"{m.group(1)}\\.", value)
