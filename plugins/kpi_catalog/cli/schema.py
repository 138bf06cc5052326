"""`kpi schema`: the JSON Schema of each kind of catalog file, for editors."""

from __future__ import annotations

from pathlib import Path

import click

from kpi_catalog import json_text
from kpi_catalog.cli.app import main, registries, write_output
from kpi_catalog.export.schema import schema_for
from kpi_catalog.i18n.messages import _
from kpi_catalog.reading.file_kinds import FILE_KINDS


@main.command()
# The metavar is spelt out: click versions write an optional choice's brackets differently.
@click.argument("kind", type=click.Choice(sorted(FILE_KINDS)), default="kpi",
                metavar="[" + "|".join(sorted(FILE_KINDS)) + "]")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write every schema into this folder as <kind>.schema.json.")
@click.option("--catalog", "catalog", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="List this catalog's department, objective and success-part "
              "ids in the schemas, so editors complete them and flag a misspelt one.")
def schema(kind: str, out: Path | None, catalog: Path | None) -> None:
    """Print the JSON Schema of a catalog file (default: a KPI file).

    Editors use it to complete and check fields while you type; see the docs.
    """
    loaded = registries(catalog) if catalog is not None else None
    if out is None:
        click.echo(json_text.dumps(schema_for(kind, loaded), indent=2))
        return
    if out.exists() and not out.is_dir():
        raise click.UsageError(_("--out names a folder to write into; {out} is not a folder.",
                                 out=out))
    for name in sorted(FILE_KINDS):
        target = out / f"{name}.schema.json"
        text = json_text.dumps(schema_for(name, loaded), indent=2) + "\n"
        write_output(target, text, make_folder=True)
        click.echo(_("wrote {target}", target=target))
