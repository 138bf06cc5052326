"""`kpi codeowners`: .github/CODEOWNERS from the departments' reviewers."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kpi_catalog.cli.app import catalog_argument, default_catalog, main, registries, write_output
from kpi_catalog.export.codeowners import DEFAULT_OUTPUT as DEFAULT_CODEOWNERS
from kpi_catalog.export.codeowners import codeowners, unowned_warning
from kpi_catalog.i18n.messages import _


@main.command(name="codeowners")
@catalog_argument
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The file to write (default: .github/CODEOWNERS of the repository).")
@click.option("--check", is_flag=True,
              help="Write nothing; exit 1 if the file is not what `kpi codeowners` would write.")
def codeowners_command(catalog: Path | None, output: Path | None, check: bool) -> None:
    """Write .github/CODEOWNERS from the `reviewers` of the departments and of catalog.yml.

    A department's reviewers must then approve every change to its KPI files; the
    catalog's reviewers approve every other change: the shared files, mkdocs.yml, the
    workflows, code and docs, and CODEOWNERS itself.
    """
    root = catalog or default_catalog()
    loaded = registries(root)
    target = output or loaded.repo_root / DEFAULT_CODEOWNERS
    text = codeowners(loaded)
    warning = unowned_warning(loaded)
    if warning:
        click.echo(_("Warning: {warning}", warning=warning), err=True)
    if check:
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current != text:
            click.echo(_("{target} is out of date: run `kpi codeowners` and commit it.",
                         target=target), err=True)
            sys.exit(1)
        click.echo(_("{target} is up to date.", target=target))
        return
    write_output(target, text, make_folder=True)
    click.echo(_("wrote {target}", target=target))
