"""click's own words for a usage problem, in the language the `kpi` command speaks.

click writes them in English through the process-wide gettext of the system's locale, which
`--language` does not change: "Invalid value for '--format': 'xml' is not one of 'text',
'csv', 'json'." after "Kesalahan:". These say them again from what click's exceptions hold.
"""

from __future__ import annotations

from datetime import date

import click

from kpi_catalog.i18n.messages import _, current_language, or_list
from kpi_catalog.model.fields import iso_date


class Choice(click.Choice):
    """click's choice of values, whose refusal names the choices in the language spoken
    (`'xml' bukan salah satu dari 'text', 'csv', atau 'json'.`)."""

    def get_invalid_choice_message(self, value: object, ctx: click.Context | None) -> str:
        if current_language() == "en":
            return super().get_invalid_choice_message(value, ctx)
        choices = [repr(choice) for choice in self.choices]
        return _("{value} is not one of {choices}.", value=repr(value), choices=or_list(choices))


class Day(click.ParamType):
    """A day written YYYY-MM-DD (`--today`, `kpi new`'s dates), refused as a KPI file's date
    is, in the language spoken: click's `DateTime` said "'2026-02-30' does not match the
    format '%Y-%m-%d'", in English, of a day that has the format and does not exist. Spaces
    around it are left out (an answer typed with one)."""

    name = "date"

    def convert(self, value: object, param: click.Parameter | None,
                ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return iso_date(str(value).strip())
        except ValueError as problem:  # a FixableError says how to fix it
            said = str(problem).rstrip(".") + "."
            self.fail(f"{said} {getattr(problem, 'hint', '')}".strip(), param, ctx)


def with_choices_said(command: click.Command) -> None:
    """The options of ``command`` that offer a choice refuse a wrong value in the language
    spoken (:class:`Choice`)."""
    for param in command.params:
        if type(param.type) is click.Choice:
            param.type = Choice(param.type.choices, param.type.case_sensitive)


def help_record(option: click.Option, ctx: click.Context) -> tuple[str, str] | None:
    """An option's line in a command's help, with what click adds after its help (`[default:
    text]`, `[env var: KPI_DATABASE_URL]`, `[required]`) in the language spoken: from the
    parts click's ``get_help_extra`` gives for this, as click joins them. In English,
    click's own line."""
    record = option.get_help_record(ctx)
    if record is None or current_language() == "en":
        return record
    extra = option.get_help_extra(ctx)
    items = []
    if "envvars" in extra:
        items.append(_("env var: {var}", var=", ".join(extra["envvars"])))
    if "default" in extra:
        items.append(_("default: {default}", default=extra["default"]))
    if "range" in extra:  # `x>=0.1`: signs, not words
        items.append(extra["range"])
    if "required" in extra:
        items.append(_("required"))
    said = option.help or ""
    if items:
        said = f"{said}  [{'; '.join(items)}]" if said else f"[{'; '.join(items)}]"
    return record[0], said


def problem_message(problem: click.ClickException) -> str:
    """What is wrong, as click's ``format_message`` says it, its own words translated: an
    unknown option (with the options meant), a value an option refuses, an argument or an
    option missing. In English, click's words as they are."""
    if current_language() == "en":
        return problem.format_message()
    if isinstance(problem, click.MissingParameter) and problem.param is not None \
            and problem.ctx is not None and not problem.message:
        name = problem.param.get_error_hint(problem.ctx)
        return (_("Missing argument {name}.", name=name)
                if isinstance(problem.param, click.Argument)
                else _("Missing option {name}.", name=name))
    if isinstance(problem, click.NoSuchOption):
        said = _("There is no option '{option}'.", option=problem.option_name)
        if problem.possibilities:
            said += " " + _("Did you mean {options}?", options=or_list(
                [f"'{option}'" for option in sorted(problem.possibilities)]))
        return said
    if isinstance(problem, click.BadParameter) and not isinstance(problem,
                                                                  click.MissingParameter):
        hint = problem.param_hint
        if hint is None and problem.param is not None:
            hint = problem.param.get_error_hint(problem.ctx) if problem.ctx else None
        if hint is not None:
            shown = hint if isinstance(hint, str) else " / ".join(f"'{h}'" for h in hint)
            return _("Invalid value for {option}: {message}", option=shown,
                     message=problem.message)
    return problem.format_message()
