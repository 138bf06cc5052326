"""`kpi status`: where each KPI stands, as a table or JSON."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kpi_catalog.checking.reporting import as_text
from kpi_catalog.cli.app import catalog_argument, check, main, today_of, today_option
from kpi_catalog.i18n.messages import _, current_language
from kpi_catalog.model.audience import AUDIENCES, Audience, for_audience
from kpi_catalog.model.language import in_language
from kpi_catalog.status.report import status_json, status_rows, status_table


@main.command()
@catalog_argument
@click.option("--department", default=None, metavar="ID", help="Only the KPIs of this department.")
@click.option("--objective", default=None, metavar="ID", help="Only the KPIs of this objective.")
@click.option("--audience", type=click.Choice(AUDIENCES), default=None,
              help="Who the report is for: public leaves confidential KPIs out and internal "
              "KPIs' values; internal shows all. Default: catalog.yml `audience`.")
@today_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: a table for people; json: for programs.")
def status(catalog: Path | None, department: str | None, objective: str | None,
           audience: Audience | None, today, fmt: str) -> None:
    """Where each KPI of the CATALOG stands: a table and a roll-up line.

    Shows the latest value, the value the straight line from baseline to target expects
    for it, the target, the status and the RAG colour. Retired KPIs are left out; the
    roll-up line counts the active KPIs, as the site does (drafts are listed, not counted).
    Like the site, it is for catalog.yml's `audience` unless --audience says otherwise: for
    the public, without confidential KPIs and with no values of internal ones.
    The table names each KPI in the language of the messages where its file gives that
    language (JSON: as written). Refuses an invalid catalog, with the same messages as
    `kpi validate`.
    """
    result = check(catalog, today)
    loaded = result.catalog
    if not result.ok:  # before the filters: a broken departments.yml knows no department
        click.echo(as_text(result.errors, len(loaded.kpis)), err=True)
        sys.exit(1)
    for given, known, option in ((department, loaded.departments, "--department"),
                                 (objective, loaded.objectives, "--objective")):
        if given is not None and given not in known:
            raise click.BadParameter(
                _("there is no `{given}`; use one of: {ids}.",
                  given=given, ids=", ".join(sorted(known))),
                param_hint=option)
    day = today_of(today)
    readable = for_audience(loaded, audience or loaded.config.audience)
    if fmt == "text":  # for people: names in the messages' language where the files give it
        readable = in_language(readable, current_language())  # (JSON, for programs: as written)
    rows, retired = status_rows(readable, day, department=department, objective=objective)
    click.echo(status_json(rows, day, retired) if fmt == "json" else status_table(rows, retired))
