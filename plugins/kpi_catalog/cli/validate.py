"""`kpi validate`: check a catalog folder, or some of its files in the context of the whole."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kpi_catalog.checking.reporting import FORMATS
from kpi_catalog.cli.app import check, find_catalog_folder, main, relative, today_option
from kpi_catalog.i18n.messages import _
from kpi_catalog.reading.file_kinds import CATALOG_FILE_NAMES


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text",
              show_default=True, help="text for people, json for programs, github for Actions.")
@click.option("--strict", is_flag=True, help="Warnings fail the run too (exit 1).")
@today_option
def validate(paths: tuple[Path, ...], fmt: str, strict: bool, today) -> None:
    """Check every file of the CATALOG folder (default: ./kpis of this repository), or
    only the named files (or a department's folder), in the context of their whole
    catalog.

    Exits 0 when the catalog is valid (warnings allowed unless --strict), 1 when it has
    errors.
    """
    catalog, files = _catalog_and_files(paths)
    result = check(catalog, today)
    diagnostics, count = result.diagnostics, len(result.catalog.kpis)
    named = None
    if files is not None:
        root = result.catalog.repo_root
        folders = {relative(file, root) + "/" for file in files if file.is_dir()}
        rels = {relative(file, root) for file in files if not file.is_dir()} | {
            relative(file, root) for folder in files if folder.is_dir()
            for file in folder.iterdir() if file.suffix.lower() in (".yml", ".yaml")}

        def asked(path: str) -> bool:
            return path in rels or path.startswith(tuple(folders))

        diagnostics = [d for d in diagnostics if asked(d.path)]
        count = len(rels & {s.rel for s in result.catalog.kpi_sources.values()})
        named = len(rels)  # a file that does not load was checked all the same
    click.echo(FORMATS[fmt](diagnostics, count, files_checked=named, strict=strict))
    errors = set(result.errors)  # a set: a list here made 10,000 warnings take minutes
    failing = diagnostics if strict else [d for d in diagnostics if d in errors]
    sys.exit(1 if failing else 0)


def _catalog_and_files(paths: tuple[Path, ...]) -> tuple[Path | None, list[Path] | None]:
    """One catalog folder (or none: the default), or files of one catalog."""
    if not paths:
        return None, None
    missing = [path for path in paths if not path.exists()]
    if missing:
        raise click.UsageError(_("There is no catalog folder or file at {path}.",
                                 path=missing[0]))
    if len(paths) == 1 and paths[0].is_dir():
        folder = paths[0]
        if (folder / ".git").exists() or any((folder / name).is_file()
                                             for name in CATALOG_FILE_NAMES):
            return folder, None
        above = find_catalog_folder(folder)  # a department's folder: its files, in context
        return (folder, None) if above is None else (above, [folder])
    if any(path.is_dir() for path in paths):
        raise click.UsageError(_("Pass either one catalog folder or catalog files, not both."))
    roots = {find_catalog_folder(path) for path in paths}
    if None in roots:
        outside = next(p for p in paths if find_catalog_folder(p) is None)
        raise click.UsageError(_("{outside} is not in a catalog folder (one holding "
                                 "departments.yml or objectives.yml).", outside=outside))
    if len(roots) > 1:
        raise click.UsageError(_("The files belong to different catalogs: check one at a time."))
    return roots.pop(), list(paths)
