"""`kpi actuals import|pull|template` and `kpi due`: keeping the values of KPIs current."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import click

from kpi_catalog.actuals.durations import durations_read
from kpi_catalog.actuals.importing import ChangedMeanwhile, plan_import
from kpi_catalog.actuals.importing import apply as apply_plan
from kpi_catalog.actuals.report import due_csv, due_json, due_table
from kpi_catalog.actuals.sources import DEFAULT_TIMEOUT, Row, SourceProblem, read_rows
from kpi_catalog.cli.app import (
    catalog_argument,
    csv_style_of,
    csv_style_option,
    echo_csv,
    main,
    refuse,
    today_of,
    today_option,
    valid_catalog,
    write_output,
)
from kpi_catalog.i18n.messages import _, count_text, current_language, ngettext
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.diagnostics import visible
from kpi_catalog.model.language import in_language


@main.group()
def actuals() -> None:
    """Keep actual values current: import them from a file, or pull them from a database."""


replace_option = click.option(
    "--replace", is_flag=True,
    help="Allow changing a value the catalog already has for a period (rewriting history).")


dry_run_option = click.option(
    "--dry-run", is_flag=True, help="Print the change as a unified diff; write nothing.")


all_problems_option = click.option(
    "--all-problems", "every", is_flag=True,
    help="Print every problem found; by default the first few of each kind (code), and how "
    "many more there are.")


@actuals.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path, allow_dash=True))
@catalog_argument
@replace_option
@dry_run_option
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default=None,
              help="The file's format; by default guessed from its name and content.")
@click.option("--decimal-comma", is_flag=True,
              help="Values write decimals with a comma (38,5), as spreadsheets set to "
              "Indonesian number formats do; implied when semicolons separate the cells.")
@click.option("--sheet", metavar="NAME", default=None,
              help="The sheet of an Excel workbook to read; by default its first visible "
              "sheet.")
@all_problems_option
@today_option
def import_(file: Path, catalog: Path | None, replace: bool, dry_run: bool, fmt: str | None,
            decimal_comma: bool, sheet: str | None, every: bool, today) -> None:
    """Write the values of FILE (CSV, JSON lines or an Excel workbook) into the KPI files.

    Columns, under a header row: kpi, period, value and optionally note, or in Indonesian
    periode, nilai, catatan (title rows above the header are passed over, unless they hold
    a number). Every row is checked first;
    with any problem nothing is written. Rows left blank (no value, no note) are skipped.
    A workbook's cells are read as typed: numbers as they are (a percentage cell as the
    percentage shown, for a KPI measured in %), a date as the period it shows (a month
    where it shows no day), formulas by the result the spreadsheet saved. A duration
    (1:30:00) is read in the KPI's unit of time (90 for minutes), and each one read is
    listed; refused for other units, and when negative. .ods and .xls files are refused:
    save them as .xlsx or CSV UTF-8. See docs/guide/monthly-update.md.
    """
    result = valid_catalog(catalog, today)
    name = "-" if str(file) == "-" else str(file)
    try:
        data = sys.stdin.buffer.read() if name == "-" else file.read_bytes()
    except OSError as exc:
        raise click.UsageError(_("{file} could not be read: {strerror}.",
                                 file=file, strerror=exc.strerror)) from None
    label = "<stdin>" if name == "-" else name  # as the messages name the file
    watched = _watched(len(data))
    if watched:
        click.echo(_("Reading {file}...", file=visible(name)), nl=False, err=True)
    try:
        rows = read_rows(data, label, fmt, decimal_comma, sheet)
    except SourceProblem as problem:
        _clear_line(watched)
        refuse(problem.diagnostics, every)
    _clear_line(watched)
    if not rows:  # a template of a month with nothing due: fine, but not "already has"
        click.echo(_("Nothing to import: {file} has no rows under its header row.",
                     file=visible(label)))
        return
    plan = plan_import(result.catalog, _counted(rows) if watched else rows, replace=replace,
                       today=today_of(today))
    _clear_line(watched)
    _finish(plan, dry_run, every)


PROGRESS_BYTES = 1_000_000
"""A file of values this large (about 30,000 CSV rows) takes a second or more to read and
check: a person watching is shown how far it is."""
PROGRESS_STEP = 5_000
"""Rows checked between two updates of the count (about a tenth of a second)."""


def _watched(size: int) -> bool:
    """Whether to show progress: a file large enough to take a while, and stderr a terminal
    (a person watching; never a CI log or a pipe, whose output stays as it was)."""
    return size >= PROGRESS_BYTES and sys.stderr.isatty()


def _counted(rows: list[Row]) -> Iterator[Row]:
    """The rows, their count shown on one line of stderr as they are checked."""
    total = len(rows)
    for done, row in enumerate(rows, 1):
        if done % PROGRESS_STEP == 0 or done == total:
            click.echo("\r" + _("Checking rows: {done}/{total}", done=count_text(done),
                                    total=count_text(total)), nl=False, err=True)
        yield row


def _clear_line(watched: bool) -> None:
    """Erase the progress line, so that what follows is printed as without it."""
    if watched:
        click.echo("\r\033[K", nl=False, err=True)


@actuals.command("pull")
@catalog_argument
@click.option("--database", "url", envvar="KPI_DATABASE_URL", show_envvar=True, default=None,
              metavar="URL", help="The database the KPIs' queries read, as an SQLAlchemy URL "
              "(sqlite:///examples/actuals.sqlite, postgresql://user@host/db).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=DEFAULT_TIMEOUT,
              show_default=True, metavar="SECONDS",
              help="Seconds each KPI's query (measurement.query) may take on --database; "
              "MetricFlow's queries have no such limit.")
@click.option("--kpi", "only", multiple=True, metavar="ID",
              help="Pull only this KPI's values (repeat for more).")
@replace_option
@dry_run_option
@all_problems_option
@today_option
def pull_(catalog: Path | None, url: str | None, timeout: float, only: tuple[str, ...],
          replace: bool, dry_run: bool, every: bool, today) -> None:
    """Pull each KPI's values from where they are computed, and import them: the query
    (`measurement.query`) of each KPI that has one, run on --database, and the MetricFlow
    metric (`measurement.semantic_metric`) of each KPI that names one.

    The same checks as `kpi actuals import`, and the same all or nothing. Values for
    periods that have not ended yet are left out, and so are values before the KPI's
    baseline period and, where MetricFlow fills periods without data in, before a semantic
    metric's first data and after its last (each KPI's are listed). The database is opened
    read-only where it allows it; the address never comes from a catalog file. MetricFlow
    connects with the dbt project's profile (catalog.yml `semantic_layer`).
    """
    result = valid_catalog(catalog, today)
    loaded, day = result.catalog, today_of(today)
    unknown = sorted(set(only) - set(loaded.kpis))
    if unknown:
        raise click.BadParameter(_("there is no KPI `{id}`.", id=unknown[0]),
                                 param_hint="--kpi")
    wanted = [kpi for kpi in loaded.kpis.values() if not only or kpi.id in only]
    with_query = [kpi for kpi in wanted if kpi.measurement.query]
    with_metric = [kpi for kpi in wanted if kpi.measurement.semantic_metric]
    if not with_query and not with_metric:
        click.echo(_("No KPI here has a query (measurement.query) or a semantic metric "
                     "(measurement.semantic_metric): nothing to pull."), err=True)
        return
    rows, problems = [], []
    database = None
    if with_query and url is None:
        click.echo(ngettext(
            "Left out {count} KPI with a query: give the database with --database or "
            "KPI_DATABASE_URL.", "Left out {count} KPIs with a query: give the database with "
            "--database or KPI_DATABASE_URL.", len(with_query), count=len(with_query)),
            err=True)
    elif with_query and url is not None:
        database = _pull_database(loaded, url, day, timeout, set(only))
        for warning in database.warnings:
            click.echo(_("Warning: {warning}", warning=warning), err=True)
        for note in database.notes:
            click.echo(note.text(), err=True)
        rows += database.rows
        problems += database.problems
    semantic = _pull_semantic(loaded, day, set(only)) if with_metric else None
    if semantic is not None:  # None: none named, or left out (and the reason said)
        for note in semantic.notes:
            click.echo(note.text(), err=True)
        rows += semantic.rows
        problems += semantic.problems
    if database is None and semantic is None:
        # every source left out, each with its reason above: nothing was asked, so the
        # catalog is not "up to date" either (with or without --dry-run)
        click.echo(_("Nothing was pulled: no source of values is configured for these KPIs "
                     "(see above). Nothing was written."))
        return
    plan = plan_import(loaded, rows, replace=replace, today=day)
    # Said once the rows are checked: how many of each source's the catalog already has.
    unchanged = {id(row) for row in plan.unchanged}
    if database is not None:
        click.echo(ran_queries(database.queried, len(database.rows), database.not_ended,
                               database.before_start,
                               unchanged=sum(id(row) in unchanged for row in database.rows)),
                   err=True)
    if semantic is not None:
        click.echo(asked_metricflow(semantic.queried, len(semantic.rows), semantic.not_ended,
                                    semantic.before_start, semantic.after_data,
                                    semantic.after_spine,
                                    unchanged=sum(id(row) in unchanged
                                                  for row in semantic.rows)), err=True)
    if problems:
        plan.problems = sorted(problems + plan.problems)
    _finish(plan, dry_run, every)


def _pull_database(loaded, url: str, day, timeout: float, only: set[str]):
    # Imported here: SQLAlchemy takes longer to import than `kpi validate` takes to start.
    from kpi_catalog.actuals.database import DatabaseProblem, open_database, shown_url
    from kpi_catalog.actuals.database import pull as pull_values

    try:
        engine = open_database(url)
        try:
            return pull_values(loaded, engine, day, timeout=timeout, only=only)
        finally:
            engine.dispose()
    except DatabaseProblem as exc:
        click.echo(_("Could not read the database {url}: {exc}. Check the address (--database "
                     "or KPI_DATABASE_URL).", url=shown_url(url), exc=exc), err=True)
        sys.exit(1)


def pulled_values(values: int, unchanged: int | None = None) -> str:
    """``44 values (6 new or changed, 38 already in the catalog)``: ``unchanged`` of the
    ``values`` a pull got are in the catalog already, with the same value (and note)."""
    counted = ngettext("{count} value", "{count} values", values, count=values)
    if unchanged is None or not values:
        return counted
    return _("{values} ({new} new or changed, {same} already in the catalog)", values=counted,
             new=values - unchanged, same=unchanged)


def ran_queries(queried: int, values: int, not_ended: int, before_start: int = 0, *,
                unchanged: int | None = None) -> str:
    """What a pull from the database got: ``Ran 4 queries: 44 values (6 new or changed, 38
    already in the catalog); ...``."""
    counted = pulled_values(values, unchanged)
    if before_start:
        return ngettext(
            "Ran {count} query: {values}; {left_out} left out (periods not ended), {before} "
            "left out (before the KPI's baseline period, see above).",
            "Ran {count} queries: {values}; {left_out} left out (periods not ended), {before} "
            "left out (before the KPIs' baseline periods, see above).",
            queried, count=queried, values=counted, left_out=not_ended, before=before_start)
    queries = ngettext("{count} query", "{count} queries", queried, count=queried)
    if not_ended:
        return _("Ran {queries}: {values}; {count} left out (periods not ended).",
                 queries=queries, values=counted, count=not_ended)
    return _("Ran {queries}: {values}.", queries=queries, values=counted)


def asked_metricflow(queried: int, values: int, left_out: int, before_start: int = 0,
                     after_data: int = 0, after_spine: int = 0, *,
                     unchanged: int | None = None) -> str:
    """What a pull from MetricFlow got: ``Asked MetricFlow for 1 metric: 1 value (1 new or
    changed, 0 already in the catalog); ...``; ``after_spine``: periods left out past the
    end of the time spine, counted apart from those after a metric's last data."""
    counted = pulled_values(values, unchanged)
    if after_data or after_spine:
        after = ([ngettext("{count} left out (after the metric's last data)",
                           "{count} left out (after the metrics' last data)", queried,
                           count=after_data)] if after_data else []) \
            + ([_("{count} left out (past the time spine's end)", count=after_spine)]
               if after_spine else [])
        return ngettext(
            "Asked MetricFlow for {count} metric: {values}; {left_out} left out (periods not "
            "ended), {before} left out (before the KPI's values start), {after}, see above.",
            "Asked MetricFlow for {count} metrics: {values}; {left_out} left out (periods "
            "not ended), {before} left out (before the KPIs' values start), {after}, see "
            "above.",
            queried, count=queried, values=counted, left_out=left_out, before=before_start,
            after=", ".join(after))
    if before_start:
        return ngettext(
            "Asked MetricFlow for {count} metric: {values}; {left_out} left out (periods not "
            "ended), {before} left out (before the KPI's values start, see above).",
            "Asked MetricFlow for {count} metrics: {values}; {left_out} left out (periods "
            "not ended), {before} left out (before the KPIs' values start, see above).",
            queried, count=queried, values=counted, left_out=left_out, before=before_start)
    return ngettext("Asked MetricFlow for {count} metric: {values}; {left_out} left out "
                    "(periods not ended).", "Asked MetricFlow for {count} metrics: {values}; "
                    "{left_out} left out (periods not ended).", queried, count=queried,
                    values=counted, left_out=left_out)


def _pull_semantic(loaded, day, only: set[str]):
    # Imported here: dbt and MetricFlow take seconds to import.
    from kpi_catalog.actuals.metricflow import EngineMissing, EngineProblem
    from kpi_catalog.actuals.metricflow import pull as pull_metrics

    try:
        return pull_metrics(loaded, day, only=only)
    except EngineMissing as exc:
        count = sum(1 for kpi in loaded.kpis.values() if kpi.measurement.semantic_metric
                    and (not only or kpi.id in only))
        click.echo(ngettext("Left out {count} KPI with a semantic metric: {reason}.",
                            "Left out {count} KPIs with a semantic metric: {reason}.",
                            count, count=count, reason=exc), err=True)
        return None
    except EngineProblem as exc:
        project = loaded.config.semantic_layer.project if loaded.config.semantic_layer else "?"
        if (loaded.repo_root / project).resolve() == loaded.repo_root.resolve():
            project = str(loaded.repo_root)  # `project: .`: the repository is the dbt project
        click.echo(_("Could not start MetricFlow on the dbt project {project}: {problem}. "
                     "Nothing was written.", project=project, problem=exc), err=True)
        _hint_queries_alone(loaded, only)
        sys.exit(1)


def _hint_queries_alone(loaded, only: set[str]) -> None:
    """A fresh clone whose dbt project is not built yet stops every pull: say how to pull
    the KPIs with a query meanwhile (`--kpi` leaves MetricFlow unstarted)."""
    queried = sorted(kpi.id for kpi in loaded.kpis.values() if kpi.measurement.query
                     and not kpi.measurement.semantic_metric and (not only or kpi.id in only))
    if queried:
        click.echo(_("To pull the KPIs with a query without MetricFlow: kpi actuals pull "
                     "{options}.", options=" ".join(f"--kpi {i}" for i in queried)), err=True)


output_option = click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Write to this file instead of standard output.")


@actuals.command()
@catalog_argument
@today_option
@csv_style_option
@output_option
def template(catalog: Path | None, today, csv_style: str | None, output: Path | None) -> None:
    """Print a CSV to fill in: the values due by today (as `kpi due --format csv`), headed
    in the language spoken (`kpi --language id`: periode, nilai, catatan)."""
    style = csv_style_of(csv_style)
    result = valid_catalog(catalog, today)
    _write_due(due_csv(_readable(result.catalog), today_of(today), style,
                       language=current_language()), output, style)


def _readable(catalog: Catalog) -> Catalog:
    """For whoever fills in the template: each KPI's name and unit in the language spoken
    where its file gives it, as that language's pages and `kpi status` name it."""
    return in_language(catalog, current_language())


@main.command()
@catalog_argument
@today_option
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "json"]), default="text",
              show_default=True, help="text: a table; csv: the import template, pre-filled; json.")
@click.option("--gaps", is_flag=True,
              help="Also list the earlier periods without a value, between each KPI's first "
              "and latest values (text: a second table; csv: rows of the template; json: "
              "`gaps`).")
@csv_style_option
@output_option
def due(catalog: Path | None, today, fmt: str, gaps: bool, csv_style: str | None,
        output: Path | None) -> None:
    """The values that should be in the CATALOG by today and are not.

    A period's value is due once the period has ended and the catalog's grace days
    (`status.grace_days`, 14 by default) have passed. A KPI owes the periods after its
    latest value: a period left empty before it is not asked for again, unless --gaps.
    Every KPI is listed, whatever its visibility: the list is for those who keep the
    catalog (see the guide "Who sees a KPI").
    """
    style = csv_style_of(csv_style, fmt)
    result = valid_catalog(catalog, today)
    day = today_of(today)
    if fmt == "csv":
        _write_due(due_csv(_readable(result.catalog), day, style, gaps=gaps,
                           language=current_language()), output, style)
        return
    out = {"text": due_table, "json": due_json}[fmt](result.catalog, day, gaps=gaps)
    _write_due(out if out.endswith("\n") else out + "\n", output, style)


def _write_due(text: str, output: Path | None, style) -> None:
    if output is None:
        echo_csv(text, style)
    else:
        write_output(output, text)
        click.echo(_("wrote {path}", path=output), err=True)


GAPS_SHOWN = 20
"""KPIs whose empty periods (E413) an import names one by one; more are counted."""


def _say_gaps(warnings: list) -> None:
    """One line per KPI that the values leave periods empty in, the first few of them: an
    import into thousands of KPIs must not bury its result."""
    for warning in warnings[:GAPS_SHOWN]:
        click.echo(warning.text(), err=True)
    more = len(warnings) - GAPS_SHOWN
    if more > 0:
        click.echo(ngettext(
            "... and {count} more KPI whose values leave earlier periods empty (E413): kpi "
            "due --gaps lists them once the values are written.",
            "... and {count} more KPIs whose values leave earlier periods empty (E413): kpi "
            "due --gaps lists them once the values are written.", more, count=more), err=True)


def _finish(plan, dry_run: bool, every: bool) -> None:
    if plan.blank:
        click.echo(ngettext("{count} row left blank: not imported.",
                            "{count} rows left blank: not imported.", plan.blank,
                            count=plan.blank), err=True)
    if plan.problems:
        refuse(plan.problems, every)
    files, values = len(plan.edits), plan.value_count
    what = _("{values} in {files}",
             values=ngettext("{count} value", "{count} values", values, count=values),
             files=ngettext("{count} KPI file", "{count} KPI files", files, count=files))
    if not plan.edits:
        click.echo(_("Nothing to change: the catalog already has every value."))
        return
    for line in durations_read([change for edit in plan.edits for change in edit.changes]):
        click.echo(line, err=True)
    _say_gaps(plan.warnings)
    if dry_run:
        click.echo(plan.diff(), nl=False)
        click.echo(_("Dry run: would write {what}; nothing was written.", what=what), err=True)
        return
    try:
        apply_plan(plan)
    except ChangedMeanwhile as exc:
        click.echo(_("{file} changed while the values were checked; nothing was written. Run "
                     "the command again.", file=exc.args[0]), err=True)
        sys.exit(1)
    except OSError as exc:
        click.echo(_("Nothing was written: {file} could not be written ({problem}).",
                     file=exc.filename or _("a KPI file"), problem=exc.strerror), err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo(_("Interrupted: nothing was written."), err=True)
        sys.exit(130)
    click.echo(_("Wrote {what}.", what=what))
