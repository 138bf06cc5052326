"""Property: generated hostile text in every text field comes out of the pages as text only.

Hypothesis writes text from the pieces attackers use (HTML, Markdown block and inline
syntax, attribute lists, fences, blank lines, Jinja, control, bidi and separator
characters) mixed with any Unicode, and puts it into every contributor text field of a
loaded catalog, without validation (whatever the model accepts today or later). Every page
is generated and read by Python-Markdown with the extensions sites use, and compared with
the same page of the clean catalog: no element the clean page lacks (paragraphs aside: a
blank line in a description starts one), no attribute a tag of the clean page lacks, no HTML
block split, and each KPI's name shown exactly as written in its heading.

Quick in the suite (``EXAMPLES``); ``nox -s fuzz`` (``HYPOTHESIS_PROFILE=fuzz``) runs many
more.
"""

from __future__ import annotations

import functools
import html
import os
import re
import tempfile
import zlib
from collections import Counter
from pathlib import Path

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from site_helpers import (
    SITE_EXTENSIONS,
    TODAY,
    added_by_length,
    broken_html_blocks,
    hostile_catalog,
    parse_html,
    small_catalog,
    tags_and_text,
    write_catalog,
)

from kpi_catalog.checking.check import check_catalog
from kpi_catalog.model.diagnostics import BIDI_CONTROLS
from kpi_catalog.site import generate_pages, generator

FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
EXAMPLES = 2000 if FUZZ else 100

PIECES = [
    "<", ">", "</", "/>", "<script>", "</script>", "<img src=x onerror=alert(1)>", "<svg onload=",
    "<a href=javascript:alert(1)>", "<!--", "-->", "<![CDATA[", "]]>", "</title>", "<div>",
    "</div>", "</figure>", "</svg>", "<p markdown>", "&", "&lt;", "&#60;", "&#x3c;", '"', "'",
    "`", "```", "~~~", "{", "}", "{:", "{ onfocus=alert(1) autofocus tabindex=0 }", "{#id .c}",
    "[", "]", "(", ")", "![", "](javascript:alert(1))", "](data:text/html,x)", "[x]: ", "[^1]",
    "*", "**", "_", "__", "#", "# ", "## ", "- ", "+ ", "1. ", "> ", "    ", "\t", "|", "---",
    "===", "!!! note", "??? ", ": ", "*[", "]:", "\\", "==", "^^", "~~", "++", ":smile:", "$",
    "--8<--", "{{", "}}", "{%", "%}", "{#", "#}", "{{ 7*7 }}", "{% raw %}", "\n", "\n\n",
    "\r", "\r\n", "\n    ", "\n\n```{ onfocus=alert(1) }\n", "\x00", "\x07", "\x0b", "\x0c",
    "\x1b", "\x7f", "\x85", "\x9b", "\u2028", "\u2029", "\u202e", "\u2066", "\u200b", "\ufeff",
    "\u00a0", "\u3000", "javascript:", "data:", "http://x.example", "www.x.example",
    "alert(1)", "a", " ",
]
hostile_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)),
                        max_size=12).map("".join)
_CONTROL = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff{BIDI_CONTROLS}]")


@functools.cache
def loaded():
    """The test catalog, loaded and checked once (hypothesis would print a fixture's value
    with every failing example)."""
    with tempfile.TemporaryDirectory() as folder:
        write_catalog(Path(folder) / "kpis", small_catalog())
        result = check_catalog(Path(folder) / "kpis", today=TODAY)
    assert result.ok, [d.text() for d in result.errors]
    return result.catalog


def with_each_field(text):
    """The catalog with ``text(path)`` after every field's own words; every optional text is
    then present. Glossary words decide which words of a KPI become tooltips: `SQL` and
    `SQLs` stay as they are (so that tooltips and term lists show hostile definitions), the
    other terms get a prefix that no text holds (so that no hostile text matches more
    than before)."""
    def value_for(path: str, value: str) -> str:
        if path.startswith(("glossaryterm.term", "glossaryterm.aliases")):
            if value in ("SQL", "SQLs"):
                return value
            value = f"Zq{value}"
        return f"{value} {text(path)}"

    return hostile_catalog(loaded(), value_for)


@pytest.fixture(scope="module", autouse=True)
def one_template_environment():
    """The templates compiled once, not for every example (they do not change here)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(generator, "template_environment",
                      functools.lru_cache(generator.template_environment))
        yield


READERS = [markdown.Markdown(extensions=extensions) for extensions in SITE_EXTENSIONS]


def rendered(pages, reader: markdown.Markdown) -> dict[str, object]:
    """Each page's body read by Markdown: its elements and text."""
    return {page.src_uri: parse_html(reader.reset().convert(page.body)) for page in pages}


@pytest.fixture(scope="module")
def clean():
    """The pages with plain words in every field: the shape hostile text must keep."""
    pages = generate_pages(with_each_field(lambda path: "plain words"), today=TODAY)
    return [rendered(pages, reader) for reader in READERS]


def shape(doc) -> tuple[Counter, dict[str, set[str]]]:
    counts, attributes = Counter(), {}
    for element in doc.elements:
        counts[element.tag] += 1
        attributes.setdefault(element.tag, set()).update(element.attrs)
    return counts, attributes


def shown(text: str) -> str:
    """How a one-line text reads on a page: control characters (C0, C1, bidi) and the
    byte-order mark dropped, spaces collapsed."""
    return " ".join(_CONTROL.sub("", text).split())


@pytest.mark.fuzz
@settings(max_examples=EXAMPLES, deadline=None, derandomize=not FUZZ, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts=st.lists(hostile_text, min_size=1, max_size=6),
       reader=st.sampled_from(range(len(READERS))))
def test_hostile_text_comes_out_as_text(clean, texts, reader):
    catalog = with_each_field(lambda path: texts[zlib.crc32(path.encode()) % len(texts)])
    pages = generate_pages(catalog, today=TODAY)
    for page in pages:
        assert broken_html_blocks(page.body) == [], page.src_uri
    for src, doc in rendered(pages, READERS[reader]).items():
        counts, attributes = shape(doc)
        clean_counts, clean_attributes = shape(clean[reader][src])
        new = {tag for tag, n in counts.items()
               if n > clean_counts[tag] and tag not in added_by_length(src)}
        assert not new, f"{src}: {sorted(new)} from {texts!r}"
        for tag, names in attributes.items():
            extra = names - clean_attributes.get(tag, set())
            assert not extra, f"{src}: <{tag}> gets {sorted(extra)} from {texts!r}"
        if src.startswith("kpis/") and src != "kpis/index.md":
            kpi = catalog.kpis[src.split("/")[1]]
            heading = next(e for e in doc.elements if e.tag == "h1")
            assert heading is not None and shown(kpi.name) in doc.text, \
                f"{kpi.id}: the name is not shown as written"


# Pieces that make markup, or a reference, in HTML a browser reads: tag starts, references
# named, numeric, legacy (valid without `;`), at the text's end, after a zero-width space.
THEME_PIECES = [*PIECES, "<a", "<A", "</a", "<!", "<?", "<\u200ba", "&amp;", "&amp", "&AMP",
                "&copy", "&notin;", "&not", "&#", "&#x", "&#X3C;", "&#0;", "&#1114112;",
                "&\u200bamp;", "&&lt;", "<<a", "&lt", "&gt", "&quot", "&nbsp", "&Dagger;"]
theme_text_input = st.lists(st.one_of(st.sampled_from(THEME_PIECES), st.text(max_size=6)),
                            max_size=12).map("".join)


@pytest.mark.fuzz
@settings(max_examples=EXAMPLES * 10, deadline=None, derandomize=not FUZZ)
@given(text=theme_text_input)
def test_theme_text_never_makes_markup_and_reads_as_written(text):
    """escape.theme_text, what `kpi render` writes as a page's title and tags for Zensical
    (into HTML as it is, into its search as text): no `<` that starts a tag, end tag,
    comment or processing instruction; no `&` a browser reads as a character reference
    (Python's html.unescape reads them as HTML5 does, and more: `&not` before a letter too);
    one line; and without the zero-width spaces it adds, the text on one line."""
    from kpi_catalog.escape import one_line, theme_text

    made = theme_text(text)
    assert not re.search(r"<[A-Za-z/!?]", made), made
    assert html.unescape(made) == made, made
    assert "\n" not in made and "\r" not in made and made == made.strip()
    assert made.replace("\u200b", "") == str(one_line(text)).replace("\u200b", "")
    # read as HTML, in an element and in <title>: no element, the text as it is
    for wrapped, tag in ((f"<p>{made}</p>", "p"), (f"<title>{made}</title>", "title")):
        reader = tags_and_text(wrapped)
        assert reader.tags == [tag] and reader.text == made, (wrapped, reader.tags)


@pytest.mark.fuzz
@settings(max_examples=EXAMPLES * 10, deadline=None, derandomize=not FUZZ)
@given(text=theme_text_input)
def test_html_escape_changes_every_special_character_and_nothing_else(text):
    """escape.html, character by character: the five HTML characters, template, code and
    link syntax and the line feed as references; carriage returns, control and
    bidirectional characters, the byte-order mark and the two non-characters dropped; every
    other character as it is (a text without any of them comes back whole, as one that has
    some)."""
    from kpi_catalog.escape import html as esc_html

    references = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;",
                  "{": "&#123;", "}": "&#125;", "`": "&#96;", "~": "&#126;", "[": "&#91;",
                  "]": "&#93;", "\\": "&#92;", "\n": "&#10;"}
    dropped = re.compile(
        f"[\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff{BIDI_CONTROLS}]")
    expected = "".join(references.get(c, "" if dropped.match(c) else c) for c in text)
    assert esc_html(text) == expected
    assert esc_html(text + "plain words") == expected + "plain words"


white_space_input = st.lists(st.sampled_from([" ", "\t", "\r", "\n", "<p>", "a", "\u00a0"]),
                             max_size=20).map("".join)


@settings(max_examples=EXAMPLES * 10, deadline=None, derandomize=not FUZZ)
@given(text=white_space_input)
def test_compact_lines_takes_out_indentation_only(text):
    """compact_lines: spaces and tabs before each line break, and the spaces, tabs, carriage
    returns and line breaks after it, become that one line break; nothing else changes
    (a no-break space is text)."""
    from kpi_catalog.site.html_blocks import compact_lines

    assert compact_lines(text) == re.sub(r"[ \t]*\n[ \t\r\n]*", "\n", text)
