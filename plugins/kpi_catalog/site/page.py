"""One generated page: its Markdown, where it goes and the catalog file it shows."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field


@dataclass
class SitePage:
    """One generated page."""

    src_uri: str
    """Where the page goes, relative to the docs folder, with ``/``: ``kpis/<id>/index.md``
    (MkDocs calls this a file's ``src_uri``)."""
    kind: str
    """``kpi``, ``department``, ``objective``, ``overview``, ``departments``,
    ``objectives`` or ``glossary``."""
    title: str
    """The page's title as plain text (not escaped)."""
    body: str
    """The Markdown, without front matter."""
    meta: dict = field(default_factory=dict)
    """Front matter: ``tags``, and ``render_macros: false`` so that no macro engine runs."""
    yaml_path: str | None = None
    """The catalog's YAML file the page shows, relative to the repository root
    (``kpis/sales/net-sales.yml``), for edit links; ``None`` for the overview."""
    in_nav: bool = False
    search_title: str = ""
    """Words a site search should weigh like the title: the KPI's handles its name lacks
    (its id's words, its aliases, the spelled-out glossary terms of its acronyms), so that
    `stockout` finds `Best-sellers out of stock in stores`. Not shown on the page."""
    search_text: str = ""
    """Words a site search should find the page by, besides its text: a KPI's name again
    and the glossary terms it uses, with their aliases. Not shown on the page."""
    search_terms: str = ""
    """Words a site search should weigh like the title of the page's section of glossary
    terms: those terms and their aliases. Not shown on the page."""

    @property
    def data(self) -> bytes:
        """The file as written: :attr:`text` in UTF-8."""
        return self.text.encode("utf-8")

    @property
    def text(self) -> str:
        """The whole Markdown file: front matter, then the body."""
        return self.front_matter + self.body

    @property
    def front_matter(self) -> str:
        """``meta`` between ``---`` lines, each value written as JSON (which is YAML)."""
        lines = ["---"]
        for name, value in self.meta.items():
            lines.append(f"{name}: {_yaml_value(value)}")
        lines.append("---")
        lines.append("")
        return "\n".join(lines)


# What YAML reads as a line break or refuses outright (C1 controls, line and paragraph
# separators, byte-order marks, non-characters, lone surrogates): one such character in a
# tag made the whole front matter unreadable, so that it showed on the page as text (and
# `render_macros: false` was lost). As JSON escapes, YAML reads back the same text.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def _yaml_value(value: object) -> str:
    """``value`` as JSON, which is YAML, readable whatever characters its text holds."""
    text = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
