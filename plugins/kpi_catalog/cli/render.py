"""`kpi render FOLDER`: the catalog's site as files, for any site engine (Zensical, MkDocs
without the plugin, ProperDocs...): see :mod:`kpi_catalog.site.render`."""

from __future__ import annotations

import os
import sys
from itertools import chain
from pathlib import Path

import click

from kpi_catalog.checking.reporting import as_text
from kpi_catalog.cli.app import check, default_catalog, main, today_of, today_option
from kpi_catalog.i18n.messages import _, count_text, ngettext
from kpi_catalog.model.audience import AUDIENCES
from kpi_catalog.site.config import site_options
from kpi_catalog.site.edit_links import EditLinks
from kpi_catalog.site.languages import language_sites
from kpi_catalog.site.mkdocs_file import read_mkdocs_file
from kpi_catalog.site.nav_file import nav_files
from kpi_catalog.site.outputs import outputs_of
from kpi_catalog.site.render import MANIFEST, read_manifest, render


@main.command(name="render")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--catalog", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None,
              help="The catalog folder (default: the kpi-catalog plugin's `catalog` in "
              "mkdocs.yml, else ./kpis of this repository).")
@click.option("-f", "--config-file", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="The mkdocs.yml whose kpi-catalog options to use (default: "
              "mkdocs.yml in the current folder, if there is one).")
@click.option("--audience", type=click.Choice(AUDIENCES), default=None,
              help="Who the site is for (default: the plugin's option, else catalog.yml's).")
@today_option
def render_command(folder: Path, catalog: Path | None, config_file: Path | None,
                   audience: str | None, today) -> None:
    """Write every page and file of the catalog's site into FOLDER (a site engine's docs
    folder, beside pages written by hand), for site engines without the MkDocs plugin. A
    catalog in several languages has its site in each: its first language in FOLDER, each
    other in FOLDER/<language>. With a `nav` in mkdocs.yml, also FOLDER/.kpi-nav.yml: that
    navigation with the catalog's departments and objectives in it, for Zensical (its
    awesome-nav: see the guide to site engines), and the same in FOLDER/<language>.

    Only files whose content changed are written; files written by an earlier render that
    are no longer made are removed (.kpi-render.json lists them); a file kpi render did not
    write is never overwritten or removed. A generated home page (FOLDER/<language>/index.md)
    that you replace with your own is yours from then on: delete it to have the generated
    one again. Exits 1, writing nothing, when the catalog or mkdocs.yml has errors, and 1
    when a file was in the way. Writes nothing, saying so, when mkdocs.yml disables the plugin
    (`enabled: false`); warns when FOLDER is not its `docs_dir`.
    """
    if config_file is None and Path("mkdocs.yml").is_file():
        config_file = Path("mkdocs.yml")
    elif config_file is not None and not config_file.is_file():
        raise click.UsageError(_("There is no file {path}.", path=config_file))
    overrides: dict[str, object] = {"audience": audience} if audience else {}
    if catalog is not None:
        overrides["catalog"] = str(catalog.resolve())
    elif config_file is None:
        overrides["catalog"] = str(default_catalog())
    if today is not None:
        overrides["today"] = today
    try:
        settings = read_mkdocs_file(config_file, overrides)
    except ValueError as exc:
        if config_file is None:  # the options given on the command line
            raise click.UsageError(str(exc)) from None
        # an error of the file, as the catalog's are (exit 1); 2 is for the command line
        click.echo(str(exc), err=True)
        click.echo(_("Nothing was written: correct {path} first.", path=config_file),
                   err=True)
        sys.exit(1)
    for warning in settings.warnings:
        click.echo(_("Warning: {warning}", warning=warning), err=True)
    options = settings.options
    if not options.enabled:
        click.echo(_("The kpi-catalog plugin is disabled in {path} (`enabled: false`), so "
                     "nothing was written: the site is built without the catalog's pages. "
                     "Remove `enabled: false` to render them.", path=config_file), err=True)
        return
    catalog_root = Path(options.catalog).resolve()
    target = folder.resolve()
    if target.is_relative_to(catalog_root) or catalog_root.is_relative_to(target):
        raise click.UsageError(_(
            "Render the site into a folder apart from the catalog {catalog}: the site's "
            "files would be mixed with the catalog's.", catalog=catalog_root))
    if config_file is not None and target != settings.docs_dir.resolve():
        click.echo(_("Warning: {folder} is not the docs folder of {path} ({docs_dir}): a site "
                     "engine reading {path} will not see the pages written there. Render into "
                     "{docs_dir}, or change `docs_dir` in {path}.", folder=folder,
                     path=config_file, docs_dir=settings.docs_dir), err=True)
    day = options.today or today_of(today)
    result = check(catalog_root, day)
    if not result.ok:
        click.echo(as_text(result.errors, len(result.catalog.kpis)), err=True)
        click.echo(_("Nothing was written: correct the catalog first."), err=True)
        sys.exit(1)
    chosen = site_options(
        options, use_directory_urls=settings.use_directory_urls,
        custom_dir=settings.custom_dir, existing_pages=_hand_written_pages(folder),
        site_url=settings.site_url)
    sites = language_sites(result.catalog, today=day, options=chosen)
    recorded = {"catalog": os.path.relpath(catalog_root, target), "today": day.isoformat(),
                "options": chosen.settings(target)}
    progress = _progress()
    try:
        edit_links = EditLinks(settings, result.catalog.repo_root, options.edit_paths)
        outputs = chain(outputs_of(sites, edit_url=edit_links.url, site_name=settings.site_name),
                        nav_files(settings.nav, sites, folder))
        report = render(outputs, folder, recorded, progress=progress)
    except OSError as exc:  # the folder cannot be made, or its manifest not written
        click.echo(_("Could not write into {folder}: {problem} ({path}). Check that the "
                     "folder may be made and written to, then render again.",
                     folder=folder, problem=exc.strerror or exc, path=exc.filename or folder),
                   err=True)
        sys.exit(1)
    if progress:
        click.echo("\r\033[K", nl=False, err=True)
    for note in report.notes:
        click.echo(f"{folder / note.path}: {note.message} {note.hint}", err=True)
    for problem in report.problems:
        click.echo(f"{folder / problem.path}: {problem.message} {problem.hint}", err=True)
    click.echo(_("Rendered the site into {folder}: {written} written, {removed} removed, "
                 "{unchanged} unchanged.", folder=folder,
                 written=count_text(len(report.written)), removed=count_text(len(report.removed)),
                 unchanged=count_text(report.unchanged)))
    if report.problems:
        count = len(report.problems)
        click.echo(ngettext("{count} file was left as it is (see above).",
                            "{count} files were left as they are (see above).", count,
                            count=count_text(count)), err=True)
        sys.exit(1)


def _hand_written_pages(folder: Path) -> list[str]:
    """The Markdown pages of ``folder`` that no render wrote (a rule's page is linked from
    the KPIs that silence the rule only when it exists)."""
    if not folder.is_dir():
        return []
    try:
        ours = set((read_manifest(folder) or {"files": {}})["files"])
    except ValueError:
        ours = set()
    pages = (path.relative_to(folder).as_posix() for path in folder.rglob("*.md"))
    return [page for page in pages if page not in ours and page != MANIFEST]


def _progress():
    """A counter on stderr while a large site is written; nothing for a small one."""
    if not sys.stderr.isatty():
        return None

    def show(done: int) -> None:
        if done % 500 == 0:
            click.echo("\r" + _("Writing the site: {done} files", done=count_text(done)),
                       nl=False, err=True)
    return show
