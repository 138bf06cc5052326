"""`kpi diff`: what a change does to the KPIs, in words."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kpi_catalog.changes import BrokenSide, RevisionError, diff_sides
from kpi_catalog.changes.render import FORMATS as DIFF_FORMATS
from kpi_catalog.checking.reporting import as_text
from kpi_catalog.cli.app import default_catalog, main, speak_for
from kpi_catalog.i18n.messages import _


@main.command()
@click.argument("base", required=False)
@click.argument("head", required=False)
@click.option("--catalog", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The catalog folder (default: ./kpis of this repository).")
@click.option("--format", "fmt", type=click.Choice(sorted(DIFF_FORMATS)), default="text",
              show_default=True, help="text for people, markdown for a pull request, json.")
@click.option("--strict", is_flag=True,
              help="Exit 1 when a change that needs review has no recorded reason.")
def diff(base: str | None, head: str | None, catalog: Path | None, fmt: str,
         strict: bool) -> None:
    """What changed in the catalog from BASE to HEAD, KPI by KPI, in words.

    BASE and HEAD are git revisions (default BASE: where this branch left the default
    branch; default HEAD: the files as they are now), or two catalog folders. Changes that
    need review (a target made easier, a deadline moved later, a baseline changed, a past
    value edited or deleted, a KPI deleted instead of retired) are marked.
    """
    speak_for(catalog or default_catalog())
    try:
        compared = diff_sides(base, head, catalog or default_catalog())
    except RevisionError as problem:
        raise click.UsageError(str(problem)) from None
    except BrokenSide as broken:
        click.echo(_("The catalog at {label} is not valid, so it cannot be compared:",
                     label=broken.label), err=True)
        click.echo(as_text(broken.diagnostics, broken.kpi_count), err=True)
        sys.exit(1)
    click.echo(DIFF_FORMATS[fmt](compared))
    sys.exit(1 if strict and compared.diff.missing_reasons() else 0)
