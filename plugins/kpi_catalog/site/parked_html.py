"""Generated pages' HTML, kept compressed while MkDocs works on other pages.

MkDocs takes every page through each step before the next: it reads all files, converts
every page's Markdown, and only then renders the pages into the theme. So whatever the
plugin hands over at one step is in memory for every page at once until the next: the HTML
blocks taken out of each page before Markdown (see :mod:`.html_blocks`), then the finished
HTML of each page until the theme. That is about 10 KB per KPI page each time, 100 MB for
10,000 KPIs: most of the difference between a catalog site's peak memory and that of
plain pages. Parked here, each page's texts wait compressed and are taken back once.

Pages of the same kind share most of their markup, so the first small page parked of a
kind (see ``_kind``) is the dictionary the other small pages of its kind are compressed
against (a KPI page then takes under 1 KB); large pages (long listings) compress well on
their own.
"""

from __future__ import annotations

import posixpath
import zlib

SMALL = 32 * 1024  # bytes; also the most of a dictionary zlib uses
LEVEL = 6  # zlib's default: at these sizes, barely slower than its fastest level


class ParkedTexts:
    """src -> a page's texts (a list of str), compressed until taken back (once).

    With ``compress`` false (`mkdocs serve`, where a rebuild's time counts more than its
    memory), the texts are kept as they are."""

    def __init__(self, compress: bool = True) -> None:
        self.compress = compress
        self._pages: dict[str, tuple[tuple[int, ...], bytes | None, bytes] | list[str]] = {}
        self._dictionaries: dict[str, bytes] = {}  # kind -> a small page's texts, as parked

    def __contains__(self, src: str) -> bool:
        return src in self._pages

    def __len__(self) -> int:
        return len(self._pages)

    def park(self, src: str, texts: list[str]) -> None:
        if not self.compress:
            self._pages[src] = texts
            return
        encoded = [text.encode("utf-8") for text in texts]
        data = b"".join(encoded)
        dictionary = None
        if len(data) <= SMALL:
            dictionary = self._dictionaries.setdefault(_kind(src), data)
        packer = zlib.compressobj(LEVEL) if dictionary is None else \
            zlib.compressobj(LEVEL, zdict=dictionary)
        sizes = tuple(len(part) for part in encoded)
        self._pages[src] = (sizes, dictionary, packer.compress(data) + packer.flush())

    def take(self, src: str) -> list[str] | None:
        """The page's texts, which are no longer kept here; ``None`` if none were parked."""
        parked = self._pages.pop(src, None)
        if parked is None or isinstance(parked, list):
            return parked
        sizes, dictionary, packed = parked
        unpacker = zlib.decompressobj() if dictionary is None else \
            zlib.decompressobj(zdict=dictionary)
        data = unpacker.decompress(packed) + unpacker.flush()
        texts, start = [], 0
        for size in sizes:
            texts.append(data[start:start + size].decode("utf-8"))
            start += size
        return texts

    def clear(self) -> None:
        self._pages.clear()
        self._dictionaries.clear()


def _kind(src: str) -> str:
    """Pages of one kind live side by side: `kpis/a.md` and `kpis/b.md`, or `kpis/a/index.md`
    and `kpis/b/index.md` (then the folder of their folders)."""
    folder = posixpath.dirname(src)
    return posixpath.dirname(folder) if posixpath.basename(src) == "index.md" else folder
