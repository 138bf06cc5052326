"""The `kpi` command: validate, schema, export, status, due, diff (and actuals import|pull).

Exit codes follow the usual convention: 0 fine, 1 the catalog is not valid, 2 the
command was called wrongly (click's own usage errors exit 2 too).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from . import __version__
from .actuals.importing import ChangedMeanwhile, plan_import
from .actuals.importing import apply as apply_plan
from .actuals.report import due_csv, due_json, due_table
from .actuals.sources import DEFAULT_TIMEOUT, SourceProblem, read_rows
from .audience import AUDIENCES, for_audience
from .catalog import Catalog
from .changes import BrokenSide, RevisionError, diff_sides
from .changes.render import FORMATS as DIFF_FORMATS
from .check import check_catalog
from .codeowners import DEFAULT_OUTPUT as DEFAULT_CODEOWNERS
from .codeowners import codeowners
from .export import to_csv, to_json
from .file_kinds import CATALOG_FILE_NAMES, FILE_KINDS
from .loader import LoadResult, find_repo_root, load_catalog
from .new_command import TEXT_ANSWERS, Questions, ask_everything, read_answers, write_kpi
from .reporting import FORMATS, as_text
from .safe_write import replace_file
from .schema import schema_for
from .status import export_fields
from .status_report import status_json, status_rows, status_table

DEFAULT_CATALOG = "kpis"


def default_catalog() -> Path:
    """The catalog of the repository in the current folder: ``<repo>/kpis``."""
    cwd = Path.cwd()
    for folder in (cwd, *cwd.parents):
        if (folder / DEFAULT_CATALOG).is_dir():
            return folder / DEFAULT_CATALOG
        if (folder / ".git").exists():
            break
    return cwd / DEFAULT_CATALOG


catalog_argument = click.argument(
    "catalog", required=False, type=click.Path(file_okay=False, path_type=Path),
)
today_option = click.option(
    "--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
    help="Check as if today were this date (YYYY-MM-DD); for reproducible runs.",
)


def _today(value) -> date:
    return value.date() if value else date.today()


def _check(catalog: Path | None, today, show_progress: bool = True) -> LoadResult:
    root = catalog or default_catalog()
    if not root.is_dir():
        raise click.UsageError(f"There is no catalog folder at {root}.")
    progress = _progress_printer() if show_progress and sys.stderr.isatty() else None
    result = check_catalog(root, today=_today(today), repo_root=find_repo_root(root),
                           progress=progress, parallel=True)
    if progress:
        click.echo("\r\033[K", nl=False, err=True)
    return result


def _progress_printer():
    """A one-line counter on stderr for large catalogs; silent for small ones."""
    def show(done: int, total: int) -> None:
        if total >= 500 and (done % 250 == 0 or done == total):
            click.echo(f"\rReading KPI files: {done:,}/{total:,}", nl=False, err=True)
    return show


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kpi")
def main() -> None:
    """kpi-catalog: check, describe and export a catalog of KPIs written in YAML."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text",
              show_default=True, help="text for people, json for programs, github for Actions.")
@click.option("--strict", is_flag=True, help="Warnings fail the run too (exit 1).")
@today_option
def validate(paths: tuple[Path, ...], fmt: str, strict: bool, today) -> None:
    """Check every file of the CATALOG folder (default: ./kpis of this repository), or
    only the named files, in the context of their whole catalog.

    Exits 0 when the catalog is valid (warnings allowed unless --strict), 1 when it has
    errors.
    """
    catalog, files = _catalog_and_files(paths)
    result = _check(catalog, today)
    diagnostics, count = result.diagnostics, len(result.catalog.kpis)
    if files is not None:
        rels = {_rel(file, result.catalog.repo_root) for file in files}
        diagnostics = [d for d in diagnostics if d.path in rels]
        count = len(rels & {s.rel for s in result.catalog.kpi_sources.values()})
    click.echo(FORMATS[fmt](diagnostics, count))
    errors = set(result.errors)  # a set: a list here made 10,000 warnings take minutes
    failing = diagnostics if strict else [d for d in diagnostics if d in errors]
    sys.exit(1 if failing else 0)


def _catalog_and_files(paths: tuple[Path, ...]) -> tuple[Path | None, list[Path] | None]:
    """One catalog folder (or none: the default), or files of one catalog."""
    if not paths:
        return None, None
    missing = [path for path in paths if not path.exists()]
    if missing:
        raise click.UsageError(f"There is no catalog folder or file at {missing[0]}.")
    if len(paths) == 1 and paths[0].is_dir():
        return paths[0], None
    if any(path.is_dir() for path in paths):
        raise click.UsageError("Pass either one catalog folder or catalog files, not both.")
    roots = {find_catalog_folder(path) for path in paths}
    if None in roots:
        outside = next(p for p in paths if find_catalog_folder(p) is None)
        raise click.UsageError(f"{outside} is not in a catalog folder (one holding "
                               "departments.yml or objectives.yml).")
    if len(roots) > 1:
        raise click.UsageError("The files belong to different catalogs: check one at a time.")
    return roots.pop(), list(paths)


def find_catalog_folder(file: Path) -> Path | None:
    """The catalog a file belongs to: the nearest folder above it with a registry file."""
    for folder in file.resolve().parents:
        if any((folder / name).is_file() for name in CATALOG_FILE_NAMES):
            return folder
        if (folder / ".git").exists():
            break
    return None


def _rel(path: Path, repo_root: Path) -> str:
    path = path.resolve()
    return path.relative_to(repo_root).as_posix() if path.is_relative_to(repo_root) \
        else path.as_posix()


@main.command()
@click.argument("kind", type=click.Choice(sorted(FILE_KINDS)), default="kpi")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write every schema into this folder as <kind>.schema.json.")
@click.option("--catalog", "catalog", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="List this catalog's department, objective and success-part "
              "ids in the schemas, so editors complete them and flag a misspelt one.")
def schema(kind: str, out: Path | None, catalog: Path | None) -> None:
    """Print the JSON Schema of a catalog file (default: a KPI file).

    Editors use it to complete and check fields while you type; see the docs.
    """
    loaded = _registries(catalog) if catalog is not None else None
    if out is None:
        click.echo(json.dumps(schema_for(kind, loaded), indent=2, ensure_ascii=False))
        return
    if out.exists() and not out.is_dir():
        raise click.UsageError(f"--out names a folder to write into; {out} is not a folder.")
    for name in sorted(FILE_KINDS):
        target = out / f"{name}.schema.json"
        text = json.dumps(schema_for(name, loaded), indent=2, ensure_ascii=False) + "\n"
        write_output(target, text, make_folder=True)
        click.echo(f"wrote {target}")


def write_output(path: Path, text: str, make_folder: bool = False) -> None:
    """Write a file the command was asked for, whole or not at all (written beside, then
    renamed); a path that cannot be written is a usage error that says why, not a traceback.
    A device or pipe (``/dev/stdout``) is written in place: there is nothing to replace."""
    try:
        if make_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        elif not path.parent.is_dir():
            raise click.UsageError(f"Cannot write {path}: there is no folder {path.parent}.")
        if path.is_dir():
            raise click.UsageError(f"Cannot write {path}: it is a folder.")
        if path.exists() and not path.is_file():
            with open(path, "w", encoding="utf-8") as out:
                out.write(text)
        else:
            replace_file(path, text)
    except OSError as exc:
        raise click.UsageError(f"Cannot write {path}: {exc.strerror or exc}.") from None


def _registries(catalog: Path) -> Catalog:
    """The catalog whose ids the schemas list; refused while its registries have errors
    (a schema listing half the departments would flag correct KPIs)."""
    if not catalog.is_dir():
        raise click.UsageError(f"There is no catalog folder at {catalog}.")
    result = load_catalog(catalog, repo_root=find_repo_root(catalog))
    registries = {result.catalog.root / name for name in CATALOG_FILE_NAMES}
    registry_errors = [d for d in result.errors
                       if result.catalog.repo_root / d.path in registries]
    if registry_errors:
        click.echo(as_text(registry_errors, len(result.catalog.kpis)), err=True)
        sys.exit(1)
    return result.catalog


def _answer_options(command):
    """One option per answer of `kpi new` (`--baseline-value`), from its description."""
    for key, help_text in reversed(TEXT_ANSWERS.items()):
        command = click.option(f"--{key.replace('_', '-')}", key, default=None,
                               help=help_text)(command)
    return command


@main.command(name="new")
@catalog_argument
@_answer_options
@click.option("--answers", "answers_file", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="A JSON file of answers ({\"name\": ..., ...}); options win.")
@click.option("--no-input", is_flag=True,
              help="Never ask: a missing or wrong answer is an error (exit 2), for scripts.")
@today_option
def new_command(catalog: Path | None, answers_file: Path | None, no_input: bool, today,
                **options) -> None:
    """Write a new KPI file, step by step, the way the method writes a KPI.

    Asks for the department, the objective and the part of its success the KPI measures,
    the measurement, the direction, baseline and target, then the statement, which the SMART
    rules check on the spot. Writes the file DEPARTMENT/ID.yml of the CATALOG, never over an
    existing file, once the loader and the rules find no error in it.
    """
    loaded = _registries(catalog or default_catalog())
    given = {**read_answers(answers_file),
             **{key: value for key, value in options.items() if value is not None}}
    day = _today(today)
    answers = ask_everything(Questions(given, interactive=not no_input), loaded, day)
    path = write_kpi(loaded, answers, day)
    click.echo(f"wrote {path}\nNext: add values under `actuals` as they are measured; "
               "`kpi validate` checks the file.")


@main.command(name="codeowners")
@catalog_argument
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The file to write (default: .github/CODEOWNERS of the repository).")
@click.option("--check", is_flag=True,
              help="Write nothing; exit 1 if the file is not what `kpi codeowners` would write.")
def codeowners_command(catalog: Path | None, output: Path | None, check: bool) -> None:
    """Write .github/CODEOWNERS from the `reviewers` of the departments and of catalog.yml.

    A department's reviewers must then approve every change to its KPI files; the
    catalog's reviewers approve changes to the shared files.
    """
    root = catalog or default_catalog()
    loaded = _registries(root)
    target = output or loaded.repo_root / DEFAULT_CODEOWNERS
    text = codeowners(loaded)
    if check:
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current != text:
            click.echo(f"{target} is out of date: run `kpi codeowners` and commit it.", err=True)
            sys.exit(1)
        click.echo(f"{target} is up to date.")
        return
    write_output(target, text, make_folder=True)
    click.echo(f"wrote {target}")


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

    Refuses an invalid catalog, with the same messages as `kpi validate`.
    """
    result = _check(catalog, today)
    if not result.ok:
        click.echo(as_text(result.errors, len(result.catalog.kpis)), err=True)
        sys.exit(1)
    readable = for_audience(result.catalog, audience or result.catalog.config.audience)
    extras = _status_extras(_today(today))
    text = to_json(readable, extras) if fmt == "json" else to_csv(readable, extras)
    if output:
        write_output(output, text if text.endswith("\n") else text + "\n")
        click.echo(f"wrote {output} ({len(readable.kpis)} KPIs)", err=True)
    else:
        click.echo(text)


def _status_extras(today: date):
    return lambda catalog, kpi: export_fields(catalog, kpi, today)


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
    for it, the target, the status and the RAG colour. Retired KPIs are left out.
    Refuses an invalid catalog, with the same messages as `kpi validate`.
    """
    result = _check(catalog, today)
    loaded = result.catalog
    if not result.ok:  # before the filters: a broken departments.yml knows no department
        click.echo(as_text(result.errors, len(loaded.kpis)), err=True)
        sys.exit(1)
    for given, known, option in ((department, loaded.departments, "--department"),
                                 (objective, loaded.objectives, "--objective")):
        if given is not None and given not in known:
            raise click.BadParameter(
                f"there is no `{given}`; use one of: {', '.join(sorted(known))}.",
                param_hint=option)
    day = _today(today)
    rows, retired = status_rows(loaded, day, department=department, objective=objective)
    click.echo(status_json(rows, day, retired) if fmt == "json" else status_table(rows, retired))


# --- actual values ---------------------------------------------------------------------


@main.group()
def actuals() -> None:
    """Keep actual values current: import them from a file, or pull them from a database."""


replace_option = click.option(
    "--replace", is_flag=True,
    help="Allow changing a value the catalog already has for a period (rewriting history).")
dry_run_option = click.option(
    "--dry-run", is_flag=True, help="Print the change as a unified diff; write nothing.")


@actuals.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path, allow_dash=True))
@catalog_argument
@replace_option
@dry_run_option
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default=None,
              help="The file's format; by default guessed from its name and content.")
@today_option
def import_(file: Path, catalog: Path | None, replace: bool, dry_run: bool, fmt: str | None,
            today) -> None:
    """Write the values of FILE (CSV with a header, or JSON lines) into the KPI files.

    Columns: kpi, period, value and optionally note. Every row is checked first; with any
    problem nothing is written. See docs/guide/monthly-update.md.
    """
    result = _valid_catalog(catalog, today)
    name = "-" if str(file) == "-" else str(file)
    try:
        data = sys.stdin.buffer.read() if name == "-" else file.read_bytes()
    except OSError as exc:
        raise click.UsageError(f"{file} could not be read: {exc.strerror}.") from None
    try:
        rows = read_rows(data, "<stdin>" if name == "-" else name, fmt)
    except SourceProblem as problem:
        _refuse(problem.diagnostics)
    _finish(plan_import(result.catalog, rows, replace=replace, today=_today(today)), dry_run)


@actuals.command("pull")
@catalog_argument
@click.option("--database", "url", envvar="KPI_DATABASE_URL", show_envvar=True, required=True,
              metavar="URL", help="The database to read, as an SQLAlchemy URL "
              "(sqlite:///examples/actuals.sqlite, postgresql://user@host/db).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=DEFAULT_TIMEOUT,
              show_default=True, metavar="SECONDS", help="Seconds each query may take.")
@click.option("--kpi", "only", multiple=True, metavar="ID",
              help="Run only this KPI's query (repeat for more).")
@replace_option
@dry_run_option
@today_option
def pull_(catalog: Path | None, url: str, timeout: float, only: tuple[str, ...], replace: bool,
          dry_run: bool, today) -> None:
    """Run the query (`measurement.query`) of each KPI that has one and import the values.

    The same checks as `kpi actuals import`, and the same all or nothing. Values for
    periods that have not ended yet are left out. The database is opened read-only where
    it allows it; the address never comes from a catalog file.
    """
    # Imported here: SQLAlchemy takes longer to import than `kpi validate` takes to start.
    from .actuals.database import DatabaseProblem, open_database, shown_url
    from .actuals.database import pull as pull_values

    result = _valid_catalog(catalog, today)
    loaded, day = result.catalog, _today(today)
    unknown = sorted(set(only) - set(loaded.kpis))
    if unknown:
        raise click.BadParameter(f"there is no KPI `{unknown[0]}`.", param_hint="--kpi")
    try:
        engine = open_database(url)
        try:
            pulled = pull_values(loaded, engine, day, timeout=timeout, only=set(only))
        finally:
            engine.dispose()
    except DatabaseProblem as exc:
        click.echo(f"Could not read the database {shown_url(url)}: {exc}. Check the address "
                   "(--database or KPI_DATABASE_URL).", err=True)
        sys.exit(1)
    if not pulled.queried:
        click.echo("No KPI here has a query (measurement.query): nothing to pull.", err=True)
        return
    left_out = f"; {pulled.not_ended} left out (periods not ended)" if pulled.not_ended else ""
    click.echo(f"Ran {pulled.queried} quer{'y' if pulled.queried == 1 else 'ies'}: "
               f"{len(pulled.rows)} values{left_out}.", err=True)
    plan = plan_import(loaded, pulled.rows, replace=replace, today=day)
    if pulled.problems:
        plan.problems = sorted(pulled.problems + plan.problems)
    _finish(plan, dry_run)


@actuals.command()
@catalog_argument
@today_option
def template(catalog: Path | None, today) -> None:
    """Print a CSV to fill in: the values due by today (as `kpi due --format csv`)."""
    result = _valid_catalog(catalog, today)
    click.echo(due_csv(result.catalog, _today(today)), nl=False)


@main.command()
@catalog_argument
@today_option
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "json"]), default="text",
              show_default=True, help="text: a table; csv: the import template, pre-filled; json.")
def due(catalog: Path | None, today, fmt: str) -> None:
    """The values that should be in the CATALOG by today and are not.

    A period's value is due once the period has ended and the catalog's grace days
    (`status.grace_days`, 14 by default) have passed.
    """
    result = _valid_catalog(catalog, today)
    day = _today(today)
    out = {"text": due_table, "csv": due_csv, "json": due_json}[fmt](result.catalog, day)
    click.echo(out, nl=not out.endswith("\n"))


def _valid_catalog(catalog: Path | None, today) -> LoadResult:
    """The catalog, checked: values go only into a valid catalog."""
    result = _check(catalog, today)
    if not result.ok:
        click.echo(as_text(result.errors, len(result.catalog.kpis)), err=True)
        click.echo("Correct the catalog first: values go only into a valid catalog.", err=True)
        sys.exit(1)
    return result


def _refuse(diagnostics) -> None:
    for diagnostic in diagnostics:
        click.echo(diagnostic.text())
    count = len(diagnostics)
    click.echo(f"Nothing was written: {count} problem{'' if count == 1 else 's'} found.")
    sys.exit(1)


def _finish(plan, dry_run: bool) -> None:
    if plan.problems:
        _refuse(plan.problems)
    files, values = len(plan.edits), plan.value_count
    what = (f"{values} value{'' if values == 1 else 's'} in "
            f"{files} KPI file{'' if files == 1 else 's'}")
    if not plan.edits:
        click.echo("Nothing to change: the catalog already has every value.")
        return
    if dry_run:
        click.echo(plan.diff(), nl=False)
        click.echo(f"Dry run: would write {what}; nothing was written.", err=True)
        return
    try:
        apply_plan(plan)
    except ChangedMeanwhile as exc:
        click.echo(f"{exc.args[0]} changed while the values were checked; nothing was written. "
                   "Run the command again.", err=True)
        sys.exit(1)
    except OSError as exc:
        click.echo(f"Nothing was written: {exc.filename or 'a KPI file'} could not be written "
                   f"({exc.strerror}).", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("Interrupted: nothing was written.", err=True)
        sys.exit(130)
    click.echo(f"Wrote {what}.")


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
    try:
        compared = diff_sides(base, head, catalog or default_catalog())
    except RevisionError as problem:
        raise click.UsageError(str(problem)) from None
    except BrokenSide as broken:
        click.echo(f"The catalog at {broken.label} is not valid, so it cannot be compared:",
                   err=True)
        click.echo(as_text(broken.diagnostics, broken.kpi_count), err=True)
        sys.exit(1)
    labels = (compared.base_label, compared.head_label)
    if fmt == "markdown":
        catalogs = (compared.base, compared.head)
        names = {i: k.name for c in catalogs for i, k in c.kpis.items()}
        departments = {i: d.name for c in catalogs for i, d in c.departments.items()}
        click.echo(DIFF_FORMATS[fmt](compared.diff, *labels, names, departments), nl=False)
    else:
        click.echo(DIFF_FORMATS[fmt](compared.diff, *labels))
    sys.exit(1 if strict and compared.diff.missing_reasons() else 0)
