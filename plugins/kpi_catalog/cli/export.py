"""`kpi export`: the validated catalog as JSON or CSV, or as metrics for the data catalogs
(OpenMetadata, DataHub, Open Semantic Interchange)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from kpi_catalog import json_text
from kpi_catalog.checking.reporting import as_text
from kpi_catalog.cli.app import (
    catalog_argument,
    check,
    csv_style_of,
    csv_style_option,
    echo_csv,
    echo_pieces,
    main,
    status_extras,
    today_of,
    today_option,
    write_output,
)
from kpi_catalog.export.document import catalog_json
from kpi_catalog.export.tables import to_csv
from kpi_catalog.i18n.messages import ngettext
from kpi_catalog.model.audience import AUDIENCES, Audience, for_audience
from kpi_catalog.status.compute import catalog_statuses

DATA_CATALOGS = ("openmetadata", "datahub", "osi")


@main.command()
@catalog_argument
@click.option("--format", "fmt", type=click.Choice(["json", "csv", *DATA_CATALOGS]),
              default="json", show_default=True,
              help="json or csv: the catalog; openmetadata: create-metric requests (JSON); "
              "datahub: a file for DataHub's `file` source; osi: an Open Semantic "
              "Interchange document (YAML).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of standard output.")
@click.option("--audience", type=click.Choice(AUDIENCES), default=None,
              help="Who the export is for: public leaves confidential KPIs out and internal "
              "KPIs' values; internal exports all. Default: catalog.yml `audience`.")
@csv_style_option
@today_option
def export(catalog: Path | None, fmt: str, output: Path | None, audience: Audience | None,
           csv_style: str | None, today) -> None:
    """Export the validated CATALOG as JSON or CSV (one row per KPI), or for a data
    catalog: one metric per KPI, with its owner, drivers, glossary terms, targets and status.

    The JSON is the document a site publishes as `api/v1/catalog.json` (see
    docs/guide/machine-readable.md), without the site's addresses.

    Refuses an invalid catalog, with the same messages as `kpi validate`. A public export
    never holds a confidential KPI, nor the values of an internal one.
    """
    style = csv_style_of(csv_style, fmt)
    result = check(catalog, today)
    if not result.ok:
        click.echo(as_text(result.errors, len(result.catalog.kpis)), err=True)
        sys.exit(1)
    audience = audience or result.catalog.config.audience
    readable = for_audience(result.catalog, audience)
    day = today_of(today)
    # the JSON documents are written as they are made, each KPI's part in turn: a large
    # catalog's document is never whole in memory, as objects or as text
    pieces: Iterable[str]
    written = len(readable.kpis)  # the KPIs the output holds
    if fmt in DATA_CATALOGS:
        pieces, written = _for_data_catalog(fmt, readable, status_extras(day))
    elif fmt == "json":
        pieces = catalog_json(readable, catalog_statuses(readable, day), day,
                              audience=audience)
    else:
        pieces = [to_csv(readable, status_extras(day), style)]
    if output:
        write_output(output, _ending_a_line(pieces))
        click.echo(ngettext("wrote {output} ({count} KPI)", "wrote {output} ({count} KPIs)",
                            written, output=output, count=written),
                   err=True)
    elif style.bom:  # a plain CSV is echoed as before
        echo_csv("".join(pieces), style)
    else:
        echo_pieces(pieces)
        click.echo()


def _ending_a_line(pieces: Iterable[str]) -> Iterator[str]:
    """The pieces, and a line break after the last unless it ends with one."""
    last = "\n"
    for piece in pieces:
        if piece:
            yield piece
            last = piece
    if not last.endswith("\n"):
        yield "\n"


def _for_data_catalog(fmt: str, readable, extras) -> tuple[Iterable[str], int]:
    """The document for a data catalog, and how many KPIs it holds (an OSI document only
    those with a metric it can express)."""
    import time

    import yaml

    from kpi_catalog.checking.semantic import catalog_manifest, definition_of
    from kpi_catalog.export import datahub, openmetadata, osi
    from kpi_catalog.export.catalog_fields import glossary_terms, slug
    from kpi_catalog.i18n.messages import _, ngettext

    def status_of(kpi):
        return extras(readable, kpi).get("status")

    def definition(kpi):
        return definition_of(readable, kpi)

    terms_of = glossary_terms(readable)
    namespace = slug(readable.config.name)
    if fmt == "openmetadata":
        data = openmetadata.openmetadata(readable, status_of, definition, terms_of,
                                         readable.config.name)
    elif fmt == "datahub":
        return json_text.dumps_in_pieces(datahub.proposals(
            readable, status_of, definition, terms_of, namespace, int(time.time() * 1000)),
            indent=2, allow_nan=False), len(readable.kpis)
    else:
        try:
            document = osi.osi(readable, status_of, catalog_manifest(readable), terms_of)
        except osi.OsiProblem as problem:
            raise click.UsageError(_("cannot write an OSI document: {problem}.",
                                     problem=problem)) from None
        written = len(document["semantic_model"][0]["metrics"])
        left_out = len(readable.kpis) - written
        if left_out:
            click.echo(ngettext(
                "Left out {count} KPI without a semantic metric that OSI can express (an OSI "
                "metric is a SQL expression).", "Left out {count} KPIs without a semantic "
                "metric that OSI can express (an OSI metric is a SQL expression).", left_out,
                count=left_out), err=True)
        return [yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)], written
    return [json_text.dumps(data, indent=2, allow_nan=False)], len(readable.kpis)
