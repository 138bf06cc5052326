"""`kpi new`: write a new KPI file step by step (the questions: :mod:`kpi_catalog.authoring`)."""

from __future__ import annotations

from pathlib import Path

import click

from kpi_catalog.authoring.questions import (
    TEXT_ANSWERS,
    Questions,
    ask_everything,
    read_answers,
    semantic_answers,
    write_kpi,
)
from kpi_catalog.cli.app import (
    catalog_argument,
    default_catalog,
    main,
    registries,
    today_of,
    today_option,
)
from kpi_catalog.i18n.messages import _


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
@click.option("--from-semantic-metric", "semantic_metric", default=None, metavar="NAME",
              help="Start from this MetricFlow metric of the dbt project (catalog.yml "
              "`semantic_layer`): its name, measurement and method are filled in.")
@click.option("--no-input", is_flag=True,
              help="Never ask: a missing or wrong answer is an error (exit 2), for scripts.")
@today_option
def new_command(catalog: Path | None, answers_file: Path | None, semantic_metric: str | None,
                no_input: bool, today, **options) -> None:
    """Write a new KPI file, step by step, the way the method writes a KPI.

    Asks for the department, the objective and the part of its success the KPI measures,
    the measurement, the direction, baseline and target, then the statement, which the SMART
    rules check on the spot. Writes the file DEPARTMENT/ID.yml of the CATALOG, never over an
    existing file, once the loader and the rules find no error in it. With
    --from-semantic-metric, the metric's definition answers the measurement steps.
    """
    loaded = registries(catalog or default_catalog())
    from_metric = semantic_answers(loaded, semantic_metric) if semantic_metric else {}
    given = {**{k: v for k, v in from_metric.items() if k != "semantic_metric"},
             **read_answers(answers_file),
             **{key: value for key, value in options.items() if value is not None}}
    day = today_of(today)
    answers = ask_everything(Questions(given, interactive=not no_input), loaded, day)
    if semantic_metric:
        answers["semantic_metric"] = semantic_metric
    path = write_kpi(loaded, answers, day)
    click.echo(_("wrote {path}", path=path))
    click.echo(_("Next: add values under `actuals` as they are measured; `kpi validate` checks "
                 "the file."))
