"""`kpi diff`: what a change does to the KPIs, in words."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kpi_catalog.changes import BrokenSide, RevisionError, diff_sides
from kpi_catalog.changes.render import FORMATS as DIFF_FORMATS
from kpi_catalog.changes.render import broken_note
from kpi_catalog.checking.reporting import as_text
from kpi_catalog.cli.app import default_catalog, main, speak_for, today_of
from kpi_catalog.cli.progress import progress_line, sides_progress
from kpi_catalog.cli.usage_words import Day
from kpi_catalog.i18n.messages import _


@main.command()
@click.argument("base", required=False)
@click.argument("head", required=False)
@click.option("--catalog", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The catalog folder (default: ./kpis of this repository).")
@click.option("--format", "fmt", type=click.Choice(sorted(DIFF_FORMATS)), default="text",
              show_default=True, help="text for people, markdown for a pull request, json.")
@click.option("--strict", is_flag=True,
              help="Exit 1 when a change that needs review has no recorded reason (the "
              "base's `review.require_reason` decides which).")
@click.option("--base-folder", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Compare this catalog folder as the base, instead of a revision.")
@click.option("--head-folder", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Compare this catalog folder as the head, instead of a revision.")
@click.option("--today", type=Day(), default=None,
              metavar="YYYY-MM-DD",
              help="Say each KPI's status before and after as of this date (YYYY-MM-DD; "
              "default: today, as the site's daily build does).")
def diff(base: str | None, head: str | None, catalog: Path | None, fmt: str,
         strict: bool, base_folder: Path | None, head_folder: Path | None, today) -> None:
    """What changed in the catalog from BASE to HEAD, KPI by KPI, in words.

    BASE and HEAD are git revisions (default BASE: where this branch left the default
    branch; default HEAD: the files as they are now), read as committed. Inside a
    repository they are always revisions, even where a folder has the same name; name
    catalog folders with --base-folder and --head-folder (outside a repository, BASE and
    HEAD may be two folders). Changes that need review (a target made easier, a deadline
    moved later, a baseline changed, a past value edited or deleted, a KPI deleted instead
    of retired or renamed, a KPI shown to more readers) are marked. Values are said with
    their KPI's unit, and a KPI whose status the change moves (computed on both sides as of
    the same day, --today) says so: "Status: Behind → On track". Every KPI is compared,
    whatever its visibility: the report is for those who can read the repository (see the
    guide "Who sees a KPI").
    """
    speak_for(catalog or default_catalog())
    if base_folder is not None and base is not None and head is None:
        base, head = None, base  # `kpi diff --base-folder OLD REVISION`
    for given, option in ((base if base_folder else None, "--base-folder"),
                          (head if head_folder else None, "--head-folder")):
        if given is not None:
            raise click.UsageError(_("Give that side once: as a revision or with {option}, "
                                     "not both.", option=option))
    try:
        with progress_line() as shown:
            compared = diff_sides(base, head, catalog or default_catalog(),
                                  base_folder=base_folder, head_folder=head_folder,
                                  today=today_of(today), progress=sides_progress(shown))
    except RevisionError as problem:
        raise click.UsageError(str(problem)) from None
    except BrokenSide as broken:
        click.echo(_("The catalog at {label} is not valid, so it cannot be compared:",
                     label=broken.label), err=True)
        click.echo(as_text(broken.diagnostics, broken.kpi_count), err=True)
        if fmt == "markdown":  # CI appends it to the job summary: say why it is short
            click.echo(broken_note(broken.label, len(broken.diagnostics)))
        sys.exit(1)
    click.echo(DIFF_FORMATS[fmt](compared))
    sys.exit(1 if strict and compared.diff.missing_reasons() else 0)
