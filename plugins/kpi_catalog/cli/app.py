"""The `kpi` command group, and what its commands share: the catalog argument, `--today`,
checking a catalog with progress, and writing the files a command was asked for.

Exit codes follow the usual convention: 0 fine, 1 the catalog is not valid, 2 the
command was called wrongly (click's own usage errors exit 2 too).
"""

from __future__ import annotations

import gc
import importlib
import inspect
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import click

from kpi_catalog import __version__
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.checking.reporting import as_text
from kpi_catalog.cli.progress import progress_line, progress_printer
from kpi_catalog.cli.usage_words import Day, help_record, problem_message, with_choices_said
from kpi_catalog.export.tables import CSV_STYLES, CsvStyle
from kpi_catalog.files import replace_file
from kpi_catalog.i18n.messages import (
    LANGUAGES,
    N_,
    _,
    current_language,
    locale_language,
    ngettext,
    speaking,
    translated,
    use_language,
)
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.reading.file_kinds import CATALOG_FILE_NAMES
from kpi_catalog.reading.loader import (
    LoadResult,
    collector_paused,
    find_repo_root,
    load_catalog,
    named_language,
)
from kpi_catalog.status.compute import export_fields

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
    "--today", type=Day(), default=None, metavar="YYYY-MM-DD",
    help="Check as if today were this date (YYYY-MM-DD); for reproducible runs.",
)


csv_style_option = click.option(
    "--csv-style", type=click.Choice(list(CSV_STYLES)), default=None,
    help="How the CSV is written. plain (the default, for programs): commas between the "
    "cells, decimal points. semicolon (for a spreadsheet set to Indonesian or most European "
    "number formats): semicolons, decimal commas (38,5) and a UTF-8 mark, so that Excel "
    "opens it with a double-click, names intact; kpi actuals import reads it back.")


def csv_style_of(name: str | None, fmt: str = "csv") -> CsvStyle:
    """The style of ``--csv-style``; a usage error with a format other than CSV."""
    if name is not None and fmt != "csv":
        raise click.UsageError(_("--csv-style is for CSV: add --format csv."))
    return CSV_STYLES[name or "plain"]


def echo_csv(text: str, style: CsvStyle) -> None:
    """CSV text on standard output; a spreadsheet's as UTF-8 bytes, whatever the console's
    encoding (its byte order mark and names would not survive a code page)."""
    if style.bom:
        click.echo(text.encode("utf-8"), nl=False)
    else:
        click.echo(text, nl=not text.endswith("\n"))


def echo_pieces(pieces: Iterable[str], chunk: int = 1 << 16) -> None:
    """Text made in pieces (a large export, :func:`.json_text.dumps_in_pieces`) on standard
    output as it is made, a chunk at a time: the whole text is never held."""
    held: list[str] = []
    size = 0
    for piece in pieces:
        held.append(piece)
        size += len(piece)
        if size >= chunk:
            click.echo("".join(held), nl=False)
            held, size = [], 0
    click.echo("".join(held), nl=False)


def today_of(value: date | None) -> date:
    """The day of `--today`, else today."""
    return value or date.today()


def speak_for(catalog: Path) -> None:
    """Speak from here on the language chosen with ``--language`` or ``KPI_LANGUAGE``, else
    the default (:func:`default_language`)."""
    chosen = click.get_current_context().find_root().params.get("language")
    use_language(chosen or default_language(catalog))


def default_language(catalog: Path) -> str:
    """The language when none is chosen: the catalog's (its catalog.yml's `language`), else
    the person's POSIX locale (LC_ALL, LC_MESSAGES, LANG) where the tool speaks it, else
    English. The catalog's comes first: a team reads the same messages in CI and at home."""
    return named_language(catalog) or locale_language() or "en"


def check(catalog: Path | None, today, show_progress: bool = True) -> LoadResult:
    root = catalog or default_catalog()
    speak_for(root)
    if not root.is_dir():
        raise click.UsageError(_("There is no catalog folder at {root}.", root=root))
    with progress_line(show_progress) as shown, collector_paused():
        result = check_catalog(root, today=today_of(today), repo_root=find_repo_root(root),
                               progress=progress_printer() if shown else None, parallel=True)
        # The checked catalog lives until the command ends: the collector's first pass after
        # the pause would walk every object of it once more to free nothing (0.12 s of
        # 10,000 KPIs); frozen, it is left out of that pass and of every later one.
        gc.freeze()
    return result


def help_language(ctx: click.Context) -> str:
    """The language of ``--help``: ``--language`` when it comes before ``--help``, else
    ``KPI_LANGUAGE``, else the default for the catalog of the folder (``./kpis``)."""
    chosen = ctx.find_root().params.get("language") or os.environ.get("KPI_LANGUAGE")
    return chosen if chosen in LANGUAGES else default_language(default_catalog())


HELP_OPTION = N_("Show this message and exit.")  # click's own words for -h, --help


@contextmanager
def _help_translated(command: click.Command, ctx: click.Context | None = None
                     ) -> Iterator[None]:
    """The help texts of ``command`` and its options in the language spoken, while its help
    is written (they are written in English in the decorators, which run at import)."""
    options = [*command.params, command.get_help_option(ctx)] if ctx else command.params
    texts = [thing for thing in (command, *options) if getattr(thing, "help", None)]
    english = [thing.help for thing in texts]
    for thing, text in zip(texts, english, strict=True):
        thing.help = translated(inspect.cleandoc(text))
    try:
        yield
    finally:
        for thing, text in zip(texts, english, strict=True):
            thing.help = text


SECTIONS = {"Options": N_("Options"), "Commands": N_("Commands")}
"""The headings click writes in a command's help, in English whatever `--language` says."""


class HelpFormatter(click.HelpFormatter):
    """Writes a command's help with click's section headings in the language spoken."""

    def section(self, name: str):
        return super().section(_(SECTIONS[name]) if name in SECTIONS else name)


class Context(click.Context):
    formatter_class = HelpFormatter


class Command(click.Command):
    """A `kpi` command whose help speaks the catalog's language."""

    context_class = Context

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        with_choices_said(self)

    def get_help(self, ctx: click.Context) -> str:
        with speaking(help_language(ctx)), _help_translated(self, ctx):
            return super().get_help(ctx)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The usage line, "Usage:" in the language spoken: click writes its own words in
        English, through the process-wide gettext of the environment's locale."""
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)),
                              _("Usage:") + " ")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The options, as click writes them, with click's words after an option's help in
        the language spoken (:func:`.usage_words.help_record`); then a group's commands."""
        records = [help_record(param, ctx) for param in self.get_params(ctx)
                   if isinstance(param, click.Option)]
        shown = [record for record in records if record is not None]
        if shown:
            with formatter.section("Options"):
                formatter.write_dl(shown)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        with _help_translated(self):
            return super().get_short_help_str(limit)


class Group(Command, click.Group):
    """A `kpi` group (the command itself, `kpi actuals`) whose commands are :class:`Command`."""

    command_class = Command
    group_class = type  # a group inside is of this class too

    def __init__(self, *args, command_modules: dict[str, str] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.command_modules = command_modules or {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.command_modules})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.command_modules:
            importlib.import_module(self.command_modules[cmd_name])  # registers it on `main`
        return super().get_command(ctx, cmd_name)

    def all_commands(self, ctx: click.Context) -> dict[str, click.Command]:
        """Every command by name, in the order of :meth:`list_commands`, each one's module
        imported (which registers it): for what needs them all (click's "Did you mean", the
        CLI reference, the messages to translate)."""
        found = {}
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None:
                found[name] = command
        return found

    def resolve_command(self, ctx: click.Context, args: list[str]
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] not in self.command_modules:  # click's "Did you mean" needs all
            self.all_commands(ctx)
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context) -> object:
        """A problem click would show in English ("Usage:", "Error:") is shown here, in the
        language of the run, while the run still speaks it; a problem with the options of
        `kpi` itself, found before, is click's."""
        try:
            return super().invoke(ctx)
        except click.ClickException as problem:
            if ctx.parent is not None:
                raise
            # before a command is found (`kpi nosuch`), `main` has not chosen the language
            with speaking(current_language() if ctx.invoked_subcommand
                          else help_language(ctx)):
                show_problem(problem)
            ctx.exit(problem.exit_code)
        except (click.Abort, KeyboardInterrupt, EOFError) as stopped:
            if ctx.parent is not None:
                raise
            # click's own "Aborted!" (a question answered with Ctrl-C or the end of input) is
            # English: said here, as click says it, in the language of the run
            if not isinstance(stopped, click.Abort):
                click.echo(err=True)
            click.echo(_("Aborted!"), err=True)
            ctx.exit(1)


def show_problem(problem: click.ClickException) -> None:
    """A problem on stderr as click shows it (the usage and where help is, for a usage
    error), in the language spoken."""
    ctx = problem.ctx if isinstance(problem, click.UsageError) else None
    if ctx is not None:
        help_option = ctx.command.get_help_option(ctx)
        hint = "" if help_option is None else _(
            "Try '{command} {option}' for help.", command=ctx.command_path,
            option=max(help_option.opts, key=len)) + "\n"
        click.echo(f"{ctx.get_usage()}\n{hint}", err=True, color=ctx.color)
    click.echo(_("Error: {message}", message=problem_message(problem)), err=True,
               color=None if ctx is None else ctx.color)


COMMAND_MODULES = {name: f"kpi_catalog.cli.{module}" for name, module in (
    ("actuals", "actuals"), ("due", "actuals"), ("alerts", "alerts"),
    ("codeowners", "codeowners"), ("diff", "diff"), ("export", "export"), ("mcp", "mcp"),
    ("new", "new"), ("render", "render"), ("schema", "schema"), ("status", "status"),
    ("validate", "validate"))}
"""The module of each command, imported when the command is called or listed: `kpi validate`
does not import what `kpi actuals`, `kpi render` or `kpi alerts` need (0.2 s of start-up)."""


@click.group(cls=Group, command_modules=COMMAND_MODULES,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kpi")
@click.option("--language", type=click.Choice(LANGUAGES), envvar="KPI_LANGUAGE",
              show_envvar=True, default=None, is_eager=True,
              help="The language of the messages, en or id (before the command: "
              "kpi --language en validate). Default: the catalog's `language`, else the "
              "locale's (LC_ALL, LC_MESSAGES, LANG: id_ID.UTF-8 is id), else en.")
def main(language: str | None) -> None:
    """kpi-catalog: check, describe and export a catalog of KPIs written in YAML."""
    # The language of this run, until the command names its catalog (speak_for); the
    # language spoken before comes back when the run ends (a process may run several).
    click.get_current_context().with_resource(
        speaking(language or default_language(default_catalog())))


def find_catalog_folder(file: Path) -> Path | None:
    """The catalog a file belongs to: the nearest folder above it with a registry file."""
    for folder in file.resolve().parents:
        if any((folder / name).is_file() for name in CATALOG_FILE_NAMES):
            return folder
        if (folder / ".git").exists():
            break
    return None


def relative(path: Path, repo_root: Path) -> str:
    path = path.resolve()
    return path.relative_to(repo_root).as_posix() if path.is_relative_to(repo_root) \
        else path.as_posix()


def write_output(path: Path, text: str | Iterable[str], make_folder: bool = False) -> None:
    """Write a file the command was asked for, whole or not at all (written beside, then
    renamed); a path that cannot be written is a usage error that says why, not a traceback.
    A device or pipe (``/dev/stdout``) is written in place: there is nothing to replace.
    ``text`` may come in pieces (:func:`echo_pieces`)."""
    try:
        if make_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        elif not path.parent.is_dir():
            raise click.UsageError(_("Cannot write {path}: there is no folder {folder}.",
                                     path=path, folder=path.parent))
        if path.is_dir():
            raise click.UsageError(_("Cannot write {path}: it is a folder.", path=path))
        if path.exists() and not path.is_file():
            with open(path, "w", encoding="utf-8") as out:
                out.writelines([text] if isinstance(text, str) else text)
        else:
            replace_file(path, text)
    except OSError as exc:
        raise click.UsageError(_("Cannot write {path}: {problem}.",
                                 path=path, problem=exc.strerror or exc)) from None


def registries(catalog: Path) -> Catalog:
    """The catalog whose ids the schemas list; refused while its registries have errors
    (a schema listing half the departments would flag correct KPIs)."""
    speak_for(catalog)
    if not catalog.is_dir():
        raise click.UsageError(_("There is no catalog folder at {catalog}.", catalog=catalog))
    result = load_catalog(catalog, repo_root=find_repo_root(catalog), parallel=True)
    registries = {result.catalog.root / name for name in CATALOG_FILE_NAMES}
    registry_errors = [d for d in result.errors
                       if result.catalog.repo_root / d.path in registries]
    if registry_errors:
        click.echo(as_text(registry_errors, len(result.catalog.kpis)), err=True)
        sys.exit(1)
    return result.catalog


def status_extras(today: date):
    return lambda catalog, kpi: export_fields(catalog, kpi, today)


def valid_catalog(catalog: Path | None, today) -> LoadResult:
    """The catalog, checked: values go only into a valid catalog."""
    result = check(catalog, today)
    if not result.ok:
        click.echo(as_text(result.errors, len(result.catalog.kpis)), err=True)
        click.echo(_("Correct the catalog first: values go only into a valid catalog."), err=True)
        sys.exit(1)
    return result


def refuse(diagnostics, every: bool = False) -> None:
    """Say the problems and that nothing was written, then exit 1; the first few of each
    code, counting the rest, unless ``every`` (``--all-problems``)."""
    from kpi_catalog.cli.capped import capped_lines  # `kpi validate` starts without it

    lines = ([d.text() for d in diagnostics] if every
             else capped_lines(diagnostics, "--all-problems"))
    for line in lines:
        click.echo(line)
    count = len(diagnostics)
    click.echo(ngettext("Nothing was written: {count} problem found.",
                        "Nothing was written: {count} problems found.", count, count=count))
    sys.exit(1)
