"""The catalog as JSON for programs: one shape for `kpi export --format json`, the files a
site publishes under ``api/v1/`` and ``kpi mcp``.

Each KPI is its file's fields as the model reads them (the KPI file reference describes
them), plus ``path`` (its file in the repository), ``status`` (where it stands: the same
object as in `kpi status --format json`) and, when it is published with a site, the
addresses of its page, its JSON and its images. The catalog document holds every KPI the
audience may read (:mod:`kpi_catalog.model.audience`), the registries and two roll-ups:
of every KPI, and of the active ones (as the site counts them).

:data:`VERSION` is in the documents and in the published path (``api/v1/``): fields may
be added within a version; a field that is renamed, removed or changes its meaning makes a
new version. :func:`schemas` gives the JSON Schema of both documents, made from the
models, so that the schema cannot drift from what the documents hold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from kpi_catalog import json_text
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.enums import StatusValue
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.registries import Department, GlossaryTerm, Objective
from kpi_catalog.status.compute import KpiStatus, counted_rollup, rollup

VERSION = 1
JSON_SCHEMA = "https://json-schema.org/draft/2020-12/schema"


class KpiAddresses(NamedTuple):
    """Where a KPI is published with a site (absolute, or relative to the site's root)."""

    page: str
    json: str
    chart: str
    badge: str


AddressesOf = Callable[[str], KpiAddresses]


def kpi_item(catalog: Catalog, kpi: Kpi, status: KpiStatus,
             addresses: KpiAddresses | None = None) -> dict[str, Any]:
    """One KPI: its fields, its file, where it stands and where it is published."""
    item: dict[str, Any] = {"id": kpi.id, "path": catalog.kpi_path(kpi.id)}
    item.update(kpi.model_dump(mode="json", exclude={"id", "status"}))
    item["status"] = status.as_dict()
    if addresses is not None:
        item["published"] = addresses._asdict()
    return item


def catalog_document(catalog: Catalog, statuses: Mapping[str, KpiStatus], today: date, *,
                     audience: str, addresses: AddressesOf | None = None,
                     schema: str | None = None, kpis: bool = True) -> dict[str, Any]:
    """The whole catalog as ``audience`` may read it (``catalog`` is already filtered for it);
    ``schema``: the address of the document's JSON Schema, written as ``$schema``. With
    ``kpis=False`` its ``kpis`` are left empty, for :func:`compact_catalog` to fill."""
    head: dict[str, Any] = {"$schema": schema} if schema else {}
    return {
        **head,
        "version": VERSION,
        "name": catalog.config.name,
        "description": catalog.config.description,
        "language": catalog.config.language,
        "audience": audience,
        "today": today.isoformat(),
        "rollup": {value.value: n for value, n in rollup(statuses.values()).items()},
        "active_rollup": {value.value: n for value, n in counted_rollup(
            catalog.kpis.values(), statuses).items()},
        "kpis": [kpi_item(catalog, kpi, statuses[kpi.id],
                          addresses(kpi.id) if addresses else None)
                 for kpi in catalog.kpis.values()] if kpis else [],
        "departments": [d.model_dump(mode="json") for d in catalog.departments.values()],
        "objectives": [o.model_dump(mode="json") for o in catalog.objectives.values()],
        "glossary": [g.model_dump(mode="json") for g in catalog.glossary],
    }


def catalog_json(catalog: Catalog, statuses: Mapping[str, KpiStatus], today: date, *,
                 audience: str) -> Iterator[str]:
    """``dumps(catalog_document(...))`` in pieces, each KPI's item made as it is written
    (:func:`.json_text.dumps_in_pieces`): `kpi export --format json` of a large catalog."""
    document = catalog_document(catalog, statuses, today, audience=audience, kpis=False)
    document["kpis"] = (kpi_item(catalog, kpi, statuses[kpi.id])
                        for kpi in catalog.kpis.values())
    yield from json_text.dumps_in_pieces(document, indent=2, allow_nan=False)
    yield "\n"


def _kpi_head(today: date, schema: str | None) -> dict[str, Any]:
    head: dict[str, Any] = {"$schema": schema} if schema else {}
    return {**head, "version": VERSION, "today": today.isoformat()}


def kpi_document(catalog: Catalog, kpi: Kpi, status: KpiStatus, today: date, *,
                 addresses: KpiAddresses | None = None,
                 schema: str | None = None) -> dict[str, Any]:
    """One KPI on its own: :func:`kpi_item` with the version and the day of its status."""
    return {**_kpi_head(today, schema), **kpi_item(catalog, kpi, status, addresses)}


def dumps(document: Any, *, indent: int | None = 2) -> str:
    """JSON text: UTF-8 as it is (``ensure_ascii`` off), never NaN (the model keeps numbers
    finite); ``indent=None`` for the most compact form."""
    separators = (",", ":") if indent is None else None
    return json_text.dumps(document, indent=indent, allow_nan=False,
                           separators=separators) + "\n"


# --- compact documents from each KPI's text ---------------------------------------------
# A site publishes the catalog document and every KPI's document. Each KPI's item is made
# and written out once, and the catalog's JSON is joined from those bytes: the whole
# document as objects, then its text, then its bytes, were twice the memory (1,000 KPIs:
# a 10.5 MB peak against 4.9 MB) and made every item twice. The bytes are those of
# `dumps(..., indent=None)` in UTF-8.


def _compact(value: Any) -> bytes:
    return dumps(value, indent=None)[:-1].encode("utf-8")  # the same form, without "\n"


def compact_item(catalog: Catalog, kpi: Kpi, status: KpiStatus,
                 addresses: KpiAddresses | None = None) -> bytes:
    """:func:`kpi_item` as compact JSON (without a newline)."""
    return _compact(kpi_item(catalog, kpi, status, addresses))


def compact_kpi(item: bytes, today: date, *, schema: str | None = None) -> bytes:
    """``dumps(kpi_document(...), indent=None)`` from the KPI's :func:`compact_item`."""
    return b"%s,%s\n" % (_compact(_kpi_head(today, schema))[:-1], item[1:])


def compact_catalog(document: dict[str, Any], items: Iterable[bytes]) -> bytes:
    """``dumps(document, indent=None)`` of a :func:`catalog_document` made with
    ``kpis=False``, its ``kpis`` being the :func:`compact_item` ``items``."""
    def pieces() -> Iterator[bytes]:
        yield b"{"
        for n, (key, value) in enumerate(document.items()):
            yield (b"," if n else b"") + _compact(key) + b":"
            if key != "kpis":
                yield _compact(value)
                continue
            yield b"["
            for m, item in enumerate(items):  # no copy of an item: join copies each once
                if m:
                    yield b","
                yield item
            yield b"]"
        yield b"}\n"

    return b"".join(pieces())


# --- the documents' JSON Schema ---------------------------------------------------------


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class LatestValue(_Closed):
    period: str
    """The period of the latest value the status judged (`2026-10`, `2026-Q3`, `2026`)."""
    value: float


class Standing(_Closed):
    """Where a KPI stands on the document's `today` (as `kpi status --format json` says)."""

    value: StatusValue
    """achieved, ahead, on_track, behind, not_started or no_data."""
    manual: bool
    """Whether the status was set by hand in the KPI's file."""
    reason: str
    """Why it was set by hand (empty otherwise)."""
    latest: LatestValue | None
    """The latest value of a period ended by `today`."""
    expected: float | None
    """The value the path from baseline to target expects for the latest value's date."""
    progress: float | None
    """Share of the way from baseline to target reached by the latest value (0 to 1)."""
    expected_progress: float | None
    """Share of the time from the baseline's date to the target's that has passed (0 to 1)."""
    rag: Literal["red", "amber", "green"] | None
    """The colour of the KPI's thresholds, when it has some."""
    data_overdue: bool
    """A value later than the latest is due."""


class Addresses(_Closed):
    """Where the KPI is published with the site."""

    page: str
    """Its page."""
    json_: str = Field(alias="json")
    """This KPI's own JSON document."""
    chart: str
    """Its trend chart, an SVG image that stands alone."""
    badge: str
    """A small SVG image with its name, latest value and status."""


class PublishedKpi(Kpi):
    """A KPI of the catalog document: the fields of its file, and these."""

    path: str
    """Its file, relative to the repository's root."""
    status: Standing  # type: ignore[assignment]  # where it stands, not the status set by hand
    published: Addresses | None = None
    """Where it is published with the site; absent from `kpi export`."""


class KpiDocument(PublishedKpi):
    """One KPI on its own (``api/v1/kpis/<id>.json``)."""

    schema_: str | None = Field(default=None, alias="$schema")
    version: Literal[1]
    today: date
    """The day its status was computed for."""


class CatalogDocument(_Closed):
    """The whole catalog (``api/v1/catalog.json``, `kpi export --format json`)."""

    schema_: str | None = Field(default=None, alias="$schema")
    version: Literal[1]
    """The version of this shape; also in the published path (`api/v1/`)."""
    name: str
    description: str | None = None
    """What the catalog is for (catalog.yml's `description`); null when it has none."""
    language: str
    """The language the catalog's texts are written in (`en`, `id`)."""
    audience: Literal["public", "internal"]
    """Who the document is for: a public one has no confidential KPI, and internal KPIs
    without their values."""
    today: date
    """The day the statuses were computed for."""
    rollup: dict[StatusValue, int]
    """How many of the document's KPIs are in each status, whatever their lifecycle (drafts
    and retired KPIs too)."""
    active_rollup: dict[StatusValue, int]
    """How many active KPIs are in each status: the counts of the site's roll-ups (a draft
    is not agreed yet, a retired KPI is history)."""
    kpis: list[PublishedKpi]
    departments: list[Department]
    objectives: list[Objective]
    glossary: list[GlossaryTerm]


def schemas(base: str = "") -> dict[str, dict[str, Any]]:
    """The JSON Schemas of the documents, by file name (``catalog.schema.json``,
    ``kpi.schema.json``); ``base``: where they are published, for their ``$id``."""
    out = {}
    for name, model in (("catalog", CatalogDocument), ("kpi", KpiDocument)):
        schema = model.model_json_schema(by_alias=True)
        file = f"{name}.schema.json"
        out[file] = {"$schema": JSON_SCHEMA, **({"$id": base + file} if base else {}), **schema}
    return out
