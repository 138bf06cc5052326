"""Generated pages' HTML, kept compressed while MkDocs works on the other pages.

MkDocs converts every page's Markdown before it renders any page into the theme, so the
HTML of every page is in memory at once between the two steps: about 15 KB per KPI page,
150 MB for 10,000 KPIs, most of the difference between a large catalog site's peak memory
and that of plain pages. In `mkdocs build`, the plugin keeps a generated page's HTML here
meanwhile, compressed (a KPI page to about a fifth), and puts it back when the page's turn
comes (docs/reference/plugin.md says what other plugins see in between).
"""

from __future__ import annotations

import zlib


class ParkedHtml:
    """src -> a page's HTML, compressed until it is taken back (once)."""

    def __init__(self) -> None:
        self._pages: dict[str, bytes] = {}

    def __contains__(self, src: str) -> bool:
        return src in self._pages

    def __len__(self) -> int:
        return len(self._pages)

    def park(self, src: str, html: str) -> None:
        self._pages[src] = zlib.compress(html.encode("utf-8"), 1)

    def take(self, src: str) -> str | None:
        """The page's HTML, which is no longer kept here; ``None`` if none was parked."""
        packed = self._pages.pop(src, None)
        return None if packed is None else zlib.decompress(packed).decode("utf-8")

    def clear(self) -> None:
        self._pages.clear()
