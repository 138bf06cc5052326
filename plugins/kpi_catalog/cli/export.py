"""`kpi export`: the validated catalog as JSON or CSV."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kpi_catalog.checking.reporting import as_text
from kpi_catalog.cli.app import (
    catalog_argument,
    check,
    main,
    status_extras,
    today_of,
    today_option,
    write_output,
)
from kpi_catalog.export.document import catalog_document, dumps
from kpi_catalog.export.tables import to_csv
from kpi_catalog.i18n.messages import ngettext
from kpi_catalog.model.audience import AUDIENCES, for_audience
from kpi_catalog.status.compute import catalog_statuses


@main.command()
@catalog_argument
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of standard output.")
@click.option("--audience", type=click.Choice(AUDIENCES), default=None,
              help="Who the export is for: public leaves confidential KPIs out and internal "
              "KPIs' values; internal exports all. Default: catalog.yml `audience`.")
@today_option
def export(catalog: Path | None, fmt: str, output: Path | None, audience: str | None,
           today) -> None:
    """Export the validated CATALOG as JSON or CSV (one row per KPI).

    The JSON is the document a site publishes as `api/v1/catalog.json` (see
    docs/guide/machine-readable.md), without the site's addresses.

    Refuses an invalid catalog, with the same messages as `kpi validate`.
    """
    result = check(catalog, today)
    if not result.ok:
        click.echo(as_text(result.errors, len(result.catalog.kpis)), err=True)
        sys.exit(1)
    audience = audience or result.catalog.config.audience
    readable = for_audience(result.catalog, audience)
    day = today_of(today)
    if fmt == "json":
        statuses = catalog_statuses(readable, day)
        text = dumps(catalog_document(readable, statuses, day, audience=audience))
    else:
        text = to_csv(readable, status_extras(day))
    if output:
        write_output(output, text if text.endswith("\n") else text + "\n")
        click.echo(ngettext("wrote {output} ({count} KPI)", "wrote {output} ({count} KPIs)",
                            len(readable.kpis), output=output, count=len(readable.kpis)),
                   err=True)
    else:
        click.echo(text)
