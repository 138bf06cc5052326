"""Reference pages generated from what the code knows, committed as plain Markdown.

A page of ``docs/`` marks each generated part between two comments, so the prose around
it stays hand-written and the page reads the same on GitHub and on the site::

    <!-- generated: start rule-index -->
    (generated Markdown; do not edit)
    <!-- generated: end -->

The word after ``start`` names what goes there (:data:`BLOCKS`), with an argument for
some (``fields kpi``, ``code E101``). ``python -m kpi_catalog.docs_gen`` (or
``nox -s docs``) rewrites every marked part; a test fails, naming that command, when a
committed page differs from what it would write. A page under a language's folder
(``docs/id/rules/K101.md``) gets its parts in that language (:class:`Here`).
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from pathlib import Path

from kpi_catalog.actuals.report import empty_template
from kpi_catalog.docs_gen import blocks
from kpi_catalog.docs_gen.here import Here
from kpi_catalog.i18n.messages import speaking

REFRESH_COMMAND = "python -m kpi_catalog.docs_gen"

BLOCKS: dict[str, Callable[..., str]] = {
    "code": blocks.code_heading,
    "error-index": blocks.error_index,
    "rule": blocks.rule_heading,
    "rule-index": blocks.rule_index,
    "vague-words": blocks.vague_words,
    "fields": blocks.field_table,
    "plugin-options": blocks.plugin_options,
    "kpi-view": blocks.kpi_view,
    "kpi-filters": blocks.kpi_filters,
    "cli": blocks.cli_reference,
}

FILES: dict[str, Callable[[], str]] = {
    "assets/actuals-template.csv": lambda: empty_template("en"),
    "assets/actuals-template-id.csv": lambda: empty_template("id"),
}
"""Whole files of ``docs/`` made by the code, by their path in it: the empty templates of
values the monthly-update guide offers, in English and in Indonesian."""

_MARKED = re.compile(
    r"(?P<start><!-- generated: start (?P<key>[^>]*?) -->\n)(?P<body>.*?)"
    r"(?P<end><!-- generated: end -->)", re.DOTALL)


class UnknownBlock(ValueError):
    """A marker names a block that does not exist (or with a wrong argument)."""


def block(key: str, here: Here | None = None) -> str:
    """The Markdown for one marker key, ending in a line break; ``here``, the page it goes
    in, for the blocks that link other pages (a keyword argument ``here``)."""
    name, *args = key.split()
    if name not in BLOCKS:
        raise UnknownBlock(f"unknown generated block `{name}`; use one of: {', '.join(BLOCKS)}")
    make = BLOCKS[name]
    signature = inspect.signature(make)
    where = {"here": here} if "here" in signature.parameters else {}
    try:
        signature.bind(*args, **where)
    except TypeError as exc:  # the marker's arguments, not a fault inside the block
        raise UnknownBlock(f"the generated block `{key}` takes other arguments: {exc}") from None
    try:
        with speaking(here.language if here else "en"):
            text = make(*args, **where)
    except KeyError as exc:  # an argument that names nothing (`fields nosuchkind`)
        raise UnknownBlock(f"the generated block `{key}` cannot be made: {exc}") from None
    return text.rstrip("\n") + "\n"


def render(text: str, here: Here | None = None) -> str:
    """``text`` with every marked part regenerated, in the language of the page ``here``
    (English without one)."""
    return _MARKED.sub(lambda m: m["start"] + block(m["key"].strip(), here) + m["end"], text)


def render_page(docs: Path, page: Path) -> str:
    """The page ``page`` of the folder ``docs``, its marked parts regenerated."""
    return render(page.read_text(encoding="utf-8"), Here.of(docs, page))


def marked_pages(docs: Path) -> list[Path]:
    return sorted(p for p in docs.rglob("*.md")
                  if "<!-- generated: start" in p.read_text(encoding="utf-8"))


def stale_pages(docs: Path) -> list[Path]:
    """Pages whose generated parts differ from what :func:`refresh` would write, and
    generated files (:data:`FILES`) that are missing or differ."""
    return [p for p in marked_pages(docs)
            if render_page(docs, p) != p.read_text(encoding="utf-8")] + [
        docs / name for name, make in FILES.items() if _written(docs / name) != make()]


def _written(path: Path) -> str | None:
    """A generated file's text as committed (line ends kept: the Indonesian template's are
    a spreadsheet's ``\r\n``), or None when it is missing."""
    return path.read_bytes().decode("utf-8") if path.is_file() else None


def refresh(docs: Path) -> list[Path]:
    """Rewrite the generated parts of every page under ``docs``, and the generated files;
    returns the pages and files changed."""
    changed = []
    for page in marked_pages(docs):
        old = page.read_text(encoding="utf-8")
        new = render_page(docs, page)
        if new != old:
            page.write_text(new, encoding="utf-8")
            changed.append(page)
    for name, make in FILES.items():
        path = docs / name
        if _written(path) != make():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(make().encode("utf-8"))
            changed.append(path)
    return changed
