"""The catalog site: pages and files generated from the catalog, and the MkDocs plugin.

:func:`generate_pages` and :func:`render_site` (every output written into a folder, see
:mod:`.outputs` and :mod:`.render`) know nothing about MkDocs; the plugin
(:mod:`kpi_catalog.site.plugin`, entry point ``kpi-catalog``) is a thin adapter.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kpi_catalog.site.generator import Site, generate_pages
    from kpi_catalog.site.options import SiteOptions
    from kpi_catalog.site.outputs import SiteFile
    from kpi_catalog.site.page import SitePage
    from kpi_catalog.site.render import render_site

__all__ = ["Site", "SiteFile", "SiteOptions", "SitePage", "generate_pages", "render_site"]
_HOME = {"Site": "generator", "generate_pages": "generator", "render_site": "render",
         "SiteOptions": "options", "SitePage": "page", "SiteFile": "outputs"}


def __getattr__(name: str):
    # Imported on first use: the command line should not wait for the generator's Jinja
    # environment (PEP 562).
    if name in _HOME:
        return getattr(importlib.import_module(f".{_HOME[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
