"""The catalog site: pages generated from the catalog, and the MkDocs plugin that adds them.

:func:`generate_pages` and :func:`write_pages` know nothing about MkDocs; the plugin
(:mod:`kpi_catalog.site.plugin`, entry point ``kpi-catalog``) is a thin adapter.
"""

from .generator import Site, generate_pages, write_pages
from .options import SiteOptions
from .page import SitePage

__all__ = ["Site", "SiteOptions", "SitePage", "generate_pages", "write_pages"]
