"""The catalog as JSON files of the site, for dashboards, spreadsheets and other tools.

Published under a version (``api/v1/``), from the same build and for the same audience as
the pages (``site.catalog``):

* ``api/v1/catalog.json``: every KPI, the registries and a roll-up (compact);
* ``api/v1/kpis/<id>.json``: one KPI (compact too: half the bytes of an indented
  document, and a program reads both alike);
* ``api/v1/catalog.schema.json`` and ``api/v1/kpi.schema.json``: their JSON Schema.

The documents are :mod:`kpi_catalog.export.document`'s (the shape of
`kpi export --format json`), with each KPI's page, JSON and images as addresses: absolute
under the site's ``site_url``, else relative to the site's root.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kpi_catalog.export.document import (
    VERSION,
    KpiAddresses,
    catalog_document,
    compact_catalog,
    compact_item,
    compact_kpi,
    dumps,
    schemas,
)
from kpi_catalog.site.images import badge_path, chart_path
from kpi_catalog.site.outputs import SiteFile

if TYPE_CHECKING:
    from kpi_catalog.site.generator import Site

API_FOLDER = f"api/v{VERSION}"
CATALOG_JSON = f"{API_FOLDER}/catalog.json"
SCHEMAS = {"catalog": f"{API_FOLDER}/catalog.schema.json",
           "kpi": f"{API_FOLDER}/kpi.schema.json"}


def kpi_json_path(kpi_id: str) -> str:
    return f"{API_FOLDER}/kpis/{kpi_id}.json"


def addresses(site: Site, kpi_id: str) -> KpiAddresses:
    """Where the KPI's page, JSON and images are published."""
    url = site.absolute_url
    return KpiAddresses(page=url(site.options.kpi_src(kpi_id)), json=url(kpi_json_path(kpi_id)),
                        chart=url(chart_path(site, kpi_id)), badge=url(badge_path(site, kpi_id)))


def _schema_address(site: Site, kind: str, relative: str) -> str:
    """The schema's absolute address, or its address relative to the document."""
    url = site.absolute_url(SCHEMAS[kind])
    return url if url.startswith(("https://", "http://")) else relative


def api_files(site: Site) -> Iterator[SiteFile]:
    """The maker (:data:`~kpi_catalog.site.outputs.MAKERS`) of the JSON files."""
    if not site.options.machine_readable:
        return
    catalog, statuses, today = site.catalog, site.statuses, site.today
    base = site.absolute_url(API_FOLDER + "/")
    for kind, document in schemas(base if base.startswith(("https://", "http://"))
                                  else "").items():
        yield SiteFile(f"{API_FOLDER}/{kind}", dumps(document))
    # each KPI's item made once, for its own file and for the catalog's (see compact_item)
    items = {kpi_id: compact_item(catalog, kpi, statuses[kpi_id], addresses(site, kpi_id))
             for kpi_id, kpi in catalog.kpis.items()}
    frame = catalog_document(catalog, statuses, today, audience=site.audience, kpis=False,
                             schema=_schema_address(site, "catalog", "catalog.schema.json"))
    yield SiteFile(CATALOG_JSON, compact_catalog(frame, items.values()))
    kpi_schema = _schema_address(site, "kpi", "../kpi.schema.json")
    for kpi_id, item in items.items():
        yield SiteFile(kpi_json_path(kpi_id), compact_kpi(item, today, schema=kpi_schema))
