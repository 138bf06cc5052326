"""`kpi new`: write a KPI step by step, the way the method does (see docs/guide/new-kpi.md).

Each answer can come from a prompt, an option (`--name ...`) or a JSON answer file
(`--answers answers.json`); a given answer skips its prompt. With `--no-input`, a missing
or wrong answer is a usage error (exit 2) instead of a question, for scripts.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click
from pydantic import ValidationError

from kpi_catalog import json_text
from kpi_catalog.authoring.kpi_file import (
    STATEMENT_RULES,
    TARGET_RULES,
    TRANSLATED_ANSWERS,
    Problem,
    check_new_file,
    draft_kpi,
    is_slug,
    kpi_data,
    model_problems,
    render,
    rule_problems,
    slugify,
    success_part_snippet,
    with_success_part,
)
from kpi_catalog.checking.reporting import as_text
from kpi_catalog.cli.usage_words import Day
from kpi_catalog.files import create_file, replace_file
from kpi_catalog.i18n.labels import current_labels
from kpi_catalog.i18n.messages import N_, _, current_language, ngettext, or_list, speaking
from kpi_catalog.i18n.written_numbers import (
    BOTH,
    MINUS,
    THOUSANDS,
    decimal_comma_of,
    written_number,
)
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.diagnostics import Severity
from kpi_catalog.model.enums import Direction, Frequency, Lifecycle
from kpi_catalog.model.language import in_language

TEXT_ANSWERS = {
    "name": N_("A short title (Cost to win a new online customer)."),
    "id": N_("The KPI's short name: its file name and address (default: from the name)."),
    "department": N_("The department that owns the KPI (an id or its number in the list)."),
    "objective": N_("The strategic objective it serves (an id or its number)."),
    "success_part": N_("The part of the objective's success it measures (an id or its number); "
                    "a new id adds the part to objectives.yml."),
    "success_part_description": N_("What success looks like for a new success part."),
    "owner": N_("The person or role accountable for the KPI (default: the department's head)."),
    "lifecycle": N_("draft, active (the default) or retired."),
    "metric": N_("What is counted or measured."),
    "unit": N_("The unit of the value (%, customers, IDR million, days)."),
    "data_source": N_("Where the value comes from (a system, report or team)."),
    "method": N_("How the value is computed: a formula or a short procedure."),
    "collection_frequency": N_("How often the value is collected."),
    "reporting_frequency": N_("How often it is reported (not more often than collected)."),
    "direction": N_("higher_is_better, lower_is_better or within_range."),
    "baseline_value": N_("The value at the start."),
    "baseline_date": N_("When the baseline was measured (YYYY-MM-DD)."),
    "target_value": N_("The value to reach (higher or lower is better)."),
    "target_min": N_("Lowest acceptable value (within_range)."),
    "target_max": N_("Highest acceptable value (within_range)."),
    "target_date": N_("The deadline (YYYY-MM-DD)."),
    "statement": N_("The KPI in one plain sentence, from the baseline to the target by a date."),
    "description": N_("Background for readers (optional)."),
}
AGREEMENT_RULE = "K118"
"""A translated statement states what the original states."""
NUMBERS = ("baseline_value", "target_value", "target_min", "target_max")
DATES = ("baseline_date", "target_date")
_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")


class Number(click.ParamType):
    """A number written with digits (and a decimal point), said plainly when it is not."""

    name = "number"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        text = str(value).strip()
        # 24,5 as Indonesian and spreadsheets set to it write 24.5 (not 1,200: thousands?)
        written = written_number(text)  # read once: the decimal comma is one of its kinds
        meant = decimal_comma_of(written)
        if meant is not None:
            self.fail(_("`{text}` is not a number: write decimals with a point, {number}.",
                        text=text, number=meant), param, ctx)
        if written is not None and written.kind in (THOUSANDS, BOTH):
            self.fail(_("`{text}` is not a number: write it without thousands separators, "
                        "{number}.", text=text, number=written.number), param, ctx)
        if written is not None and written.kind == MINUS:
            self.fail(_("`{text}` is not a number: write the minus sign as a hyphen, "
                        "{number}.", text=text, number=written.number), param, ctx)
        if not _NUMBER.fullmatch(text):
            self.fail(_("`{text}` is not a number: write it with digits and a decimal point, "
                        "like 1200 or 12.5.", text=text), param, ctx)
        return float(text)


NUMBER, DAY = Number(), Day()


def _guess(text: str, ids: list[str]) -> str | None:
    """The id ``text`` most likely misspells, if one is close."""
    close = difflib.get_close_matches(text.lower(), ids, n=1, cutoff=0.6)
    return close[0] if close else None


def _plain(text: str) -> str:
    return " ".join(text.casefold().replace("_", " ").replace("-", " ").split())


class Choice(click.Choice):
    """One of a few words: as the file writes it (`higher_is_better`), with spaces or in
    any case, by its first letters when no other word starts so (`higher`), or by the name
    ``names`` gives it (the site's label in the language spoken: `Makin tinggi makin
    baik`, `bulanan`); with a guess at a misspelt one."""

    def __init__(self, choices: list[str], names: dict[str, str] | None = None):
        super().__init__(choices)
        self.names = names or {}

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> Any:
        text = str(value).strip()
        if text in self.choices:
            return text
        plain = _plain(text)
        spellings = {c: {_plain(str(c)), _plain(self.names.get(str(c), ""))} - {""}
                     for c in self.choices}
        same = [c for c, spelt in spellings.items() if plain in spelt]
        starting = [c for c, spelt in spellings.items()
                    if plain and any(s.startswith(plain) for s in spelt)]
        if same or len(starting) == 1:
            return (same or starting)[0]
        words = ", ".join(f"`{self.shown(c)}`" for c in self.choices)
        by_spelling = {s: c for c, spelt in spellings.items() for s in spelt}
        close = difflib.get_close_matches(plain, list(by_spelling), n=1, cutoff=0.6)
        guess = self.shown(by_spelling[close[0]]) if close else None
        self.fail(_("`{text}` is not one of {words}. Did you mean `{guess}`?", text=text,
                    words=words, guess=guess) if guess else
                  _("`{text}` is not one of {words}.", text=text, words=words), param, ctx)


    def shown(self, choice: Any) -> str:
        """A choice as a person reads it: its name (`Half-yearly`, `Semesteran`), else as
        the file writes it."""
        return self.names.get(str(choice)) or str(choice)


class NumberedChoice(click.ParamType):
    """One of a list of ids, given as the id, as its number in the list shown or as the
    name the list shows beside it (in any case)."""

    name = "choice"

    def __init__(self, ids: list[str], what: str, names: dict[str, str] | None = None):
        self.ids, self.what = ids, what
        self.by_name = {" ".join(n.casefold().split()): i for i, n in (names or {}).items()}

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        text = str(value).strip()
        if text.isdigit() and 1 <= int(text) <= len(self.ids):
            return self.ids[int(text) - 1]
        if text in self.ids:
            return text
        named = self.by_name.get(" ".join(text.casefold().split()))
        if named is not None:
            return named
        guess = _guess(text, self.ids)
        if guess is not None:
            self.fail(_("There is no {what} `{text}`. Did you mean `{guess}`? Type its id or "
                        "its number in the list.", what=_(self.what), text=text, guess=guess),
                      param, ctx)
        shown = ", ".join(f"`{i}`" for i in self.ids[:12]) + (", …" if len(self.ids) > 12 else "")
        self.fail(_("There is no {what} `{text}`; type a number from 1 to {count} or one of: "
                    "{shown}.", what=_(self.what), text=text, count=len(self.ids),
                    shown=shown), param, ctx)


class SlugType(click.ParamType):
    name = "id"

    def __init__(self, taken: set[str], what: str):
        self.taken, self.what = taken, what

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        text = str(value).strip()
        if not is_slug(text):
            self.fail(_("`{text}` is not a valid id: use lowercase letters, digits and hyphens "
                        "only, like `new-customers`.", text=text), param, ctx)
        if text in self.taken:
            self.fail(_("there is already a {what} `{text}`; choose another id.",
                        what=_(self.what), text=text), param, ctx)
        return text


class Questions:
    """Asks for the answers not given; converts and checks every answer the same way."""

    def __init__(self, given: dict[str, Any], interactive: bool):
        self.given, self.interactive = dict(given), interactive
        self.answers: dict[str, Any] = {}

    def ask(self, key: str, text: str, kind: click.ParamType | Any = str, default: Any = None,
            optional: bool = False) -> Any:
        if key in self.given:
            value = self.given.pop(key)
            if value in (None, "") and optional:
                return self._keep(key, None)
            try:
                return self._keep(key, click.types.convert_type(kind).convert(value, None, None))
            except click.BadParameter as problem:
                if not self.interactive:
                    raise click.UsageError(_("answer `{key}`: {message}",
                                             key=key, message=problem.message)) from None
                click.secho(_("Error: {message}", message=problem.message), fg="red", err=True)
        if not self.interactive:
            if default is not None or optional:
                return self._keep(key, default)
            raise click.UsageError(_('the answer `{key}` is missing: give --{option} or "{key}" in '
                                     "the answers file. {about}",
                                     key=key, option=key.replace("_", "-"),
                                     about=_(TEXT_ANSWERS[key])))
        return self._keep(key, self._prompt(key, text, click.types.convert_type(kind),
                                            default, optional))

    def _prompt(self, key: str, text: str, kind: click.ParamType, default: Any,
                optional: bool) -> Any:
        """Ask until the answer converts; an empty answer takes the default, is skipped
        when optional, and is otherwise asked again with the reason."""
        if isinstance(kind, Choice):  # the words the site shows, which the answer may be
            text += " (" + ", ".join(kind.shown(c) for c in kind.choices) + ")"
            default = None if default is None else kind.shown(default)
        while True:
            answer = click.prompt(text, type=str, default="" if default is None else default,
                                  show_default=default not in (None, "")).strip()
            if not answer:
                if optional:
                    return None
                # a choice: the words the prompt shows (`Makin tinggi makin baik`), not the
                # file's (`higher_is_better`), which --no-input's message gives
                why = (_("type {words}.", words=or_list(
                    [f"`{kind.shown(c)}`" for c in kind.choices]))
                       if isinstance(kind, Choice) else _(TEXT_ANSWERS[key]))
                click.secho(_("An answer is needed here: {why}", why=why), fg="red", err=True)
                continue
            try:
                return kind.convert(answer, None, None)
            except click.BadParameter as problem:
                click.secho(_("Error: {message}", message=problem.message), fg="red", err=True)

    def _keep(self, key: str, value: Any) -> Any:
        if hasattr(value, "date") and key in DATES:
            value = value.date()
        self.answers[key] = value
        return value

    def forget(self, *keys: str) -> None:
        """Ask these again (an answer given up front is dropped, so the prompt shows)."""
        for key in keys:
            self.given.pop(key, None)
            self.answers.pop(key, None)


def _numbered(title: str, rows: list[tuple[str, str]]) -> None:
    click.echo(f"\n{title}")
    for number, (ident, label) in enumerate(rows, 1):
        click.echo(f"  {number:>2}) {ident}: {label}")


def ask_everything(q: Questions, catalog: Catalog, today: date) -> dict[str, Any]:
    """The method's steps, in order; returns the flat answers (see TEXT_ANSWERS)."""
    say = click.echo if q.interactive else (lambda *_a, **_k: None)
    numbered = _numbered if q.interactive else (lambda *_a: None)

    written = writing_language(catalog)
    if written != catalog.config.language:  # the file says which language it is in
        q.answers["language"] = written
    _refuse_other_translations(q, catalog, written)
    say(_("Step 1: where the KPI belongs."))
    shown = in_language(catalog, written)  # the lists' names in the language written in
    departments = list(shown.departments.values())
    numbered(_("Departments:"), [(d.id, d.name) for d in departments])
    department = q.ask("department", _("Department"), NumberedChoice(
        [d.id for d in departments], N_("department"), {d.id: d.name for d in departments}))
    objectives = list(shown.objectives.values())
    numbered(_("Strategic objectives:"), [(o.id, o.name) for o in objectives])
    objective_id = q.ask("objective", _("Objective"), NumberedChoice(
        [o.id for o in objectives], N_("objective"), {o.id: o.name for o in objectives}))
    objective = shown.objectives[objective_id]
    parts = [p.id for p in objective.success]
    numbered(_("What success of `{objective}` looks like, part by part:",
               objective=objective_id),
             [(p.id, p.description) for p in objective.success]
             + [("new", _("describe a new part"))])
    given = str(q.given.get("success_part", ""))
    if given and given not in (*parts, "new") and not given.isdigit():
        part = q.ask("success_part", _("Success part"), SlugType(set(parts), N_("success part")))
    else:
        part = q.ask("success_part", _("Success part (a number, an id, or new)"),
                     NumberedChoice([*parts, "new"], N_("success part")))
        if part == "new":
            part = q.ask("success_part", _("Id of the new part (lowercase-with-hyphens)"),
                         SlugType(set(parts), N_("success part")))
    if part not in parts:
        q.ask("success_part_description", _("What success looks like for this part"))

    say("\n" + _("Step 2: the KPI's name and owner."))
    name = q.ask("name", _("Name (a short title)"))
    taken = set(catalog.kpis) | {p.stem for p in catalog.root.glob("*/*.y*ml")}
    q.ask("id", _("Id (its file name)"), SlugType(taken, N_("KPI")), default=slugify(name) or None)
    head = shown.departments[department].head
    q.ask("owner", _("Owner (the accountable person or role)"), default=head)
    labels = current_labels()  # the choices may be typed by the site's names for them
    lifecycle = q.ask("lifecycle", _("Lifecycle"), Choice(
        [c.value for c in Lifecycle], {c.value: labels.lifecycle(c) for c in Lifecycle}),
        default="active")

    say("\n" + _("Step 3: the measurement."))
    q.ask("metric", _("Metric (what is counted or measured)"))
    q.ask("unit", _("Unit (%, customers, IDR million, days)"))
    if lifecycle == Lifecycle.ACTIVE.value:  # rule K110: an active KPI names its source
        q.ask("data_source", _("Data source (system, report or team)"))
    else:
        q.ask("data_source", _("Data source (system, report or team; Enter to skip)"),
              optional=True)
    q.ask("method", _("Method (formula or short procedure; Enter to skip)"), optional=True)
    frequencies = [f.value for f in Frequency]
    named = {f: labels.frequency(f) for f in frequencies}
    collected = q.ask("collection_frequency", _("Collected"), Choice(frequencies, named),
                      default="monthly")
    slower = frequencies[frequencies.index(collected):]
    q.ask("reporting_frequency", _("Reported, not more often than collected"),
          Choice(slower, named), default=collected if collected in slower else slower[0])

    say("\n" + _("Step 4: direction, baseline and target."))
    directions = Choice([d.value for d in Direction],
                        {d.value: labels.direction(d) for d in Direction})
    _ask_numbers(q, catalog, today, directions)

    say("\n" + _("Step 5: the statement, one plain sentence from the baseline to the target by a "
          "date."))
    _ask_statement(q, catalog, today)
    q.ask("description", _("Background for readers (Enter to skip)"), optional=True)
    for language in catalog.config.languages:
        if language != written:
            _ask_translation(q, catalog, today, language, say)
    return q.answers


def writing_language(catalog: Catalog) -> str:
    """The language the author writes the new KPI's texts in: the language `kpi` speaks
    (`--language`, `KPI_LANGUAGE`, else catalog.yml `language`) when the catalog has it."""
    spoken = current_language()
    return spoken if spoken in catalog.config.languages else catalog.config.language


def _ask_translation(q: Questions, catalog: Catalog, today: date, language: str, say) -> None:
    """The KPI's texts in another language of the catalog, each optional (`kpi validate`
    reports what is still missing, as a warning where catalog.yml requires the language);
    the translated statement is checked like the original, and against it (K118)."""
    name = current_labels()[f"language.{language}"]
    say("\n" + _("Next: the KPI's texts in {language}, for the catalog's readers in that "
                 "language (Enter to skip a text; `kpi validate` lists what is missing).",
                 language=name))
    prefix = f"translations.{language}."
    q.ask(prefix + "name", _("Name in {language}", language=name), optional=True)
    _ask_statement(q, catalog, today, prefix + "statement",
                   _("Statement in {language}", language=name), language)
    prompts = {"metric": _("Metric in {language}", language=name),
               "unit": _("Unit in {language}", language=name),
               "data_source": _("Data source in {language}", language=name),
               "method": _("Method in {language}", language=name),
               "description": _("Background in {language}", language=name)}
    for key, prompt in prompts.items():
        value = q.answers.get(key)
        if isinstance(value, str) and any(c.isalpha() for c in value):  # `%` needs none
            q.ask(prefix + key, prompt, optional=True)


def _translation_problems(answers: dict[str, Any], catalog: Catalog, today: date,
                          statement: str) -> list[Problem]:
    """What `kpi validate` would say of a translated statement: the statement rules, and
    whether it states what the original states (K118)."""
    try:
        kpi = draft_kpi(kpi_data(answers))
    except ValidationError as error:
        return model_problems(error)
    return (rule_problems(kpi.model_copy(update={"statement": statement}), catalog, today,
                          STATEMENT_RULES)
            + rule_problems(kpi, catalog, today, (AGREEMENT_RULE,)))


def _refuse_other_translations(q: Questions, catalog: Catalog, written: str) -> None:
    """Translations given up front (an answers file) into no other language of the
    catalog, or of a text `kpi new` does not write, are a usage error, not dropped."""
    for key in [k for k in q.given if k.startswith("translations.")]:
        language, name = key.split(".", 2)[1:]
        if language == written or language not in catalog.config.languages:
            raise click.UsageError(_(
                "the answer `translations` names {language}, which is not another language of "
                "the catalog (catalog.yml `languages`: {languages}).", language=language,
                languages=", ".join(catalog.config.languages)))
        if name not in TRANSLATED_ANSWERS:
            raise click.UsageError(_(
                "the answer `translations.{language}.{name}` is not a text `kpi new` writes; "
                "give one of: {known}.", language=language, name=name,
                known=", ".join(TRANSLATED_ANSWERS)))


WRONG_WAY = "K105"
"""The target is not better than the baseline in the direction given: the direction may be
the answer at fault, so it is asked again too."""


def _ask_numbers(q: Questions, catalog: Catalog, today: date, directions: Choice) -> None:
    """The direction, baseline and target, asked again while they do not fit."""
    keys = ["baseline_value", "baseline_date", "target_date"]
    kept_direction = None
    while True:
        q.ask("direction", _("Direction"), directions, default=kept_direction)
        q.ask("baseline_value", _("Baseline value (where the value stands at the start)"),
              NUMBER)
        q.ask("baseline_date", _("Baseline date (YYYY-MM-DD)"), DAY)
        if q.answers["direction"] == Direction.WITHIN_RANGE.value:
            q.ask("target_min", _("Target range, lowest acceptable value"), NUMBER)
            q.ask("target_max", _("Target range, highest acceptable value"), NUMBER)
            targets = ["target_min", "target_max"]
        else:
            q.ask("target_value", _("Target value (the value to reach)"), NUMBER)
            targets = ["target_value"]
        q.ask("target_date", _("Target date, the deadline (YYYY-MM-DD)"), DAY)
        problems = _draft_problems(q.answers, catalog, today, TARGET_RULES)
        if not problems:
            return
        _show(problems)
        if any(p.field[:1] not in (("baseline",), ("target",)) for p in problems):
            raise click.UsageError(_("correct the answers above and run `kpi new` again."))
        if not q.interactive:
            raise click.UsageError(_("the baseline and target above do not fit; correct them."))
        if any(p.code == WRONG_WAY for p in problems):  # the hint: or set the direction
            kept_direction = q.answers["direction"]
            click.echo(_("Give the direction (Enter keeps it), the baseline and the target "
                         "again."))
            q.forget("direction", *keys, *targets)
        else:
            click.echo(_("Give the baseline and the target again."))
            q.forget(*keys, *targets)


def _ask_statement(q: Questions, catalog: Catalog, today: date, key: str = "statement",
                   prompt: str | None = None, language: str | None = None) -> None:
    """The statement (or, with ``language``, its translation, which may be skipped), asked
    again while it breaks a rule the catalog makes an error."""
    while True:
        statement = q.ask(key, prompt or _("Statement"), optional=language is not None)
        if not statement:
            return
        if language is None:
            problems = _draft_problems(q.answers, catalog, today, STATEMENT_RULES)
        else:
            problems = _translation_problems(q.answers, catalog, today, statement)
        if not problems:
            return
        blocking = any(p.severity is Severity.ERROR for p in problems)
        if not q.interactive:
            if blocking:
                _show(problems)
                raise click.UsageError(_("the statement above breaks rules the catalog makes "
                                         "errors; write it again."))
            return  # warnings: written as `kpi validate` would accept it, and said once then
        _show(problems)
        if not blocking and _yes(_("Keep this statement anyway (the warnings stay in "
                                   "`kpi validate`)?")):
            return
        click.echo(_("Write the statement again."))
        q.forget(key)


_YES = frozenset({"y", "yes", "ya", "iya"})
_NO = frozenset({"n", "no", "t", "tidak", "tdk", "g", "gak", "nggak"})


def _yes(question: str) -> bool:
    """A yes or no, in the words of either language (`ya`, `tidak`: click's confirm took
    only y and n, and answered `ya` in English); Enter is no."""
    choices = _("[y/N]")
    while True:
        answer = click.prompt(f"{question} {choices}", default="", show_default=False,
                              prompt_suffix=" ").strip().casefold()
        if answer in _YES:
            return True
        if not answer or answer in _NO:
            return False
        click.secho(_("Error: {message}", message=_(
            "`{text}` is not an answer here: type y for yes or n for no.", text=answer)),
            fg="red", err=True)


def _draft_problems(answers: dict[str, Any], catalog: Catalog, today: date,
                    codes: tuple[str, ...]) -> list[Problem]:
    try:
        kpi = draft_kpi(kpi_data(answers))
    except ValidationError as error:
        return model_problems(error)
    return rule_problems(kpi, catalog, today, codes)


def _show(problems: list[Problem]) -> None:
    for problem in problems:
        click.secho(f"  - {problem.text()}", fg="yellow", err=True)


# --- writing -------------------------------------------------------------------------


def write_kpi(catalog: Catalog, answers: dict[str, Any], today: date) -> Path:
    """Check the file with the real loader, add a new success part, then create the file."""
    data = kpi_data(answers)
    with speaking(writing_language(catalog)):  # the file's comments in the KPI's language
        text = render(data, today)
    rel = f"{data['department']}/{data['id']}.yml"
    path = catalog.root / rel
    if path.exists():
        raise click.ClickException(_("{path} already exists; nothing was written.", path=path))
    objectives_path = catalog.root / "objectives.yml"
    old_objectives = new_objectives = None
    if answers.get("success_part_description"):
        old_objectives = objectives_path.read_text(encoding="utf-8")
        new_objectives = with_success_part(old_objectives, data["objective"],
                                           data["success_part"],
                                           answers["success_part_description"])
        if new_objectives is None:
            click.echo(_("Add the new success part to objectives.yml first (it could not be "
                         "added without changing the file's layout), then run `kpi new` "
                         "again:") + "\n"
                       + success_part_snippet(data["objective"], data["success_part"],
                                              answers["success_part_description"]), err=True)
            sys.exit(1)
    diagnostics = check_new_file(catalog, rel, text, today, new_objectives)
    errors = [d for d in diagnostics if d.severity is Severity.ERROR]
    if errors:
        click.echo(as_text(errors, 1), err=True)
        raise click.ClickException(_("the new KPI file would not be valid; nothing was written."))
    for warning in diagnostics:
        click.echo(warning.text(), err=True)
    if new_objectives is not None:
        replace_file(objectives_path, new_objectives)
        click.echo(_("added the success part `{part}` to {path}",
                     part=data["success_part"], path=objectives_path))
    try:
        create_file(path, text)
    except FileExistsError:
        if old_objectives is not None:
            replace_file(objectives_path, old_objectives)
        raise click.ClickException(_("{path} already exists; nothing was written.",
                                     path=path)) from None
    return path


def read_answers(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        data = json_text.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise click.BadParameter(_("cannot read {path}: {strerror}.",
                                   path=path, strerror=error.strerror),
                                 param_hint="--answers") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        where = (_(" at line {line}, column {column}", line=error.lineno, column=error.colno)
                 if isinstance(error, json.JSONDecodeError) else "")
        raise click.BadParameter(_('{path} is not JSON{where}: write one object, {{"name": '
                                   '"...", ...}}.', path=path, where=where),
                                 param_hint="--answers") from None
    if not isinstance(data, dict):
        raise click.BadParameter(_("{path} must hold one JSON object of answers.", path=path),
                                 param_hint="--answers")
    data = {**{k: v for k, v in data.items() if k != "translations"},
            **_flat_translations(data.get("translations"), path)}
    unknown = sorted(k for k in set(data) - set(TEXT_ANSWERS) if not k.startswith("translations."))
    if unknown:
        raise click.BadParameter(
            ngettext("{names} is not an answer; known answers: {known}.",
                     "{names} are not answers; known answers: {known}.", len(unknown),
                     names=", ".join(unknown), known=", ".join(TEXT_ANSWERS)),
            param_hint="--answers")
    return data


def _flat_translations(given: Any, path: Path) -> dict[str, Any]:
    """`"translations": {"id": {"name": ...}}` of an answers file, as the answers
    ``translations.id.name``."""
    if given is None:
        return {}
    if not isinstance(given, dict) or not all(isinstance(texts, dict)
                                              for texts in given.values()):
        raise click.BadParameter(_('{path}: `translations` holds the texts by language, '
                                   '{{"id": {{"name": "...", "statement": "..."}}}}.',
                                   path=path), param_hint="--answers")
    return {f"translations.{language}.{name}": value
            for language, texts in given.items() for name, value in texts.items()}


# --- a KPI from a semantic metric ----------------------------------------------------

def semantic_answers(catalog: Catalog, name: str) -> dict[str, Any]:
    """The answers a MetricFlow metric gives a new KPI: its name, what it measures, the unit
    (when the metric's `meta` says), the data source and the method.
    A usage error says what to do when the catalog has no manifest or no such metric."""
    from kpi_catalog.checking.semantic import disabled_problem, manifest_path
    from kpi_catalog.reading.semantic_manifest import ManifestProblem, load_manifest

    path = manifest_path(catalog)
    if path is None:
        raise click.UsageError(_("catalog.yml does not say where the dbt project is: add "
                                 "`semantic_layer: {{project: path/to/dbt_project}}` to it."))
    try:
        manifest = load_manifest(path)
    except ManifestProblem as problem:
        why = _("it does not exist") if str(problem) == "missing" else str(problem)
        raise click.UsageError(_("the semantic manifest {path} cannot be read ({why}): run "
                                 "`dbt parse` in the dbt project folder.", path=path,
                                 why=why)) from None
    if name not in manifest.metrics:
        disabled = disabled_problem(catalog, name, manifest)
        if disabled is not None:
            raise click.UsageError(" ".join(disabled))
        meant = manifest.did_you_mean(name)
        raise click.UsageError(_("the dbt project has no metric `{name}`.", name=name)
                               + (f" {meant}" if meant else ""))
    metric = manifest.definition(name)
    label = metric.label or name.replace("_", " ").capitalize()
    with speaking(writing_language(catalog)):  # the texts go into the KPI file
        answers: dict[str, Any] = {
            "name": label,
            "metric": metric.description or label,
            "data_source": _("dbt Semantic Layer: MetricFlow metric {name}", name=name),
            "method": method_text(metric),
            "semantic_metric": name,
        }
    if metric.unit:
        answers["unit"] = metric.unit
    return answers


def method_text(metric) -> str:
    """The metric's computation in words, from its definition in the manifest, in the
    language being spoken (the catalog's: the text goes into its KPI file)."""
    parts = []
    if metric.type == "ratio":
        parts.append(_("Ratio {expression}.", expression=metric.expression))
    elif metric.type == "derived":
        parts.append(_("Derived: {expression}, from {inputs}.", expression=metric.expression,
                       inputs=", ".join(metric.inputs)))
    elif metric.type == "cumulative":
        window = current_labels().window(metric.window_count, metric.window_grain,
                                         metric.grain_to_date, metric.window)
        parts.append(_("Cumulative over {window}.", window=window))
    for measure in metric.measures:
        parts.append(_("{call} over {model}.", call=measure.call,
                       model=measure.semantic_model))
    for where in metric.filters:
        parts.append(_("Where {condition}.", condition=" ".join(where.split())))
    return _("MetricFlow metric {name} ({type}): {parts}", name=metric.name, type=metric.type,
             parts=" ".join(parts))
