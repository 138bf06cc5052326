"""Where a page of ``docs/`` is: its language and the pages beside it.

A page under a language's folder (``docs/id/rules/K101.md``) is written in that language,
as the MkDocs plugin and ``kpi render`` publish it: its generated parts are too. Its twin,
in the site's first language, is the same path without the folder (``docs/rules/K101.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kpi_catalog.i18n.messages import LANGUAGES

FIRST_LANGUAGE = "en"
"""The language of the pages outside a language's folder (this repository's mkdocs.yml)."""


@dataclass(frozen=True)
class Here:
    """A page's language, the names of the pages in its folder, and the relative path from
    its folder to its twin's (``../../rules/`` from ``id/rules/``; empty for a page of the
    first language)."""

    language: str
    beside: frozenset[str]
    twin_folder: str

    @classmethod
    def of(cls, docs: Path, page: Path) -> Here:
        parts = page.relative_to(docs).parts
        folder = page.parent
        beside = frozenset(p.name for p in folder.glob("*.md")) if folder.is_dir() else frozenset()
        if len(parts) > 1 and parts[0] in LANGUAGES and parts[0] != FIRST_LANGUAGE:
            twin = "../" * (len(parts) - 1) + "".join(f"{part}/" for part in parts[1:-1])
            return cls(parts[0], beside, twin)
        return cls(FIRST_LANGUAGE, beside, "")
