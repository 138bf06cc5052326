"""What `mkdocs serve` keeps from one build to the next, so that saving one KPI file does
not make a thousand pages again.

MkDocs rebuilds the whole site after every change it sees, with the same plugin instance.
:class:`PageMemo` keeps each generated page (its Markdown) under a key made of everything
it depends on, so that a page is reused only when a full build would make it byte for byte
the same (a test compares): the site's shared inputs (the registries' files, options, the
day, the templates), for a KPI's page its file's text and the names and statuses of the
KPIs its file names or that name it (related KPIs, drivers, successors: any field that
refers to another KPI by id), for a listing page the files and statuses of the KPIs it
lists. The catalog's files themselves are kept by :mod:`kpi_catalog.reading.memo`.

MkDocs then converts and renders every page again: it has no documented way to reuse a
page's HTML, and the plugin patches none of its internals.

Nothing is kept by `mkdocs build`: there is no next build to use it.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from kpi_catalog.model.catalog import Catalog
from kpi_catalog.site.page import SitePage

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def digest(*parts: object) -> str:
    """A short fingerprint of ``parts`` (their ``repr``)."""
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"),
                           digest_size=16).hexdigest()


def folder_state(folders: Iterable[Path]) -> tuple:
    """Path, size and modification time of every file below ``folders`` (template overrides)."""
    state = []
    for folder in folders:
        for root, _, names in os.walk(folder):
            for name in sorted(names):
                path = os.path.join(root, name)
                info = os.stat(path)
                state.append((path, info.st_size, info.st_mtime_ns))
    return tuple(sorted(state))


def linked_kpis(catalog: Catalog) -> dict[str, set[str]]:
    """For each KPI, the KPIs whose ids its file mentions and the KPIs that mention it: a page
    that shows other KPIs (related, drivers, successor) shows only these."""
    ids = catalog.kpis.keys()
    links: dict[str, set[str]] = {kpi_id: set() for kpi_id in ids}
    for kpi_id, source in catalog.kpi_sources.items():
        for token in set(_ID.findall(source.text)):
            if token in links and token != kpi_id:
                links[kpi_id].add(token)
                links[token].add(kpi_id)
    return links


class PageMemo:
    """Generated KPI pages of the last build, by page, with the key they were made under."""

    def __init__(self) -> None:
        self._pages: dict[str, tuple[str, SitePage]] = {}
        self.reused = 0
        self.made: set[str] = set()  # the pages asked for since the last forget_others

    def page(self, src_uri: str, key: str, make: Callable[[], SitePage]) -> SitePage:
        self.made.add(src_uri)
        kept = self._pages.get(src_uri)
        if kept is not None and kept[0] == key:
            self.reused += 1
            return kept[1]
        page = make()
        self._pages[src_uri] = (key, page)
        return page

    def forget_others(self, src_uris: set[str]) -> None:
        """Drop the pages that were not asked for (their KPI, department... is gone)."""
        self.made = set()
        for src in list(self._pages):
            if src not in src_uris:
                del self._pages[src]
