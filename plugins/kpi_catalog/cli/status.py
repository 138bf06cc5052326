"""`kpi status`: where each KPI stands, as a table or JSON."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kpi_catalog.checking.reporting import as_text
from kpi_catalog.cli.app import catalog_argument, check, main, today_of, today_option
from kpi_catalog.i18n.messages import _
from kpi_catalog.status.report import status_json, status_rows, status_table


@main.command()
@catalog_argument
@click.option("--department", default=None, metavar="ID", help="Only the KPIs of this department.")
@click.option("--objective", default=None, metavar="ID", help="Only the KPIs of this objective.")
@today_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: a table for people; json: for programs.")
def status(catalog: Path | None, department: str | None, objective: str | None, today,
           fmt: str) -> None:
    """Where each KPI of the CATALOG stands: a table and a roll-up line.

    Shows the latest value, the value the straight line from baseline to target expects
    for it, the target, the status and the RAG colour. Retired KPIs are left out; the
    roll-up line counts the active KPIs, as the site does (drafts are listed, not counted).
    Refuses an invalid catalog, with the same messages as `kpi validate`.
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
    rows, retired = status_rows(loaded, day, department=department, objective=objective)
    click.echo(status_json(rows, day, retired) if fmt == "json" else status_table(rows, retired))
