"""What each generated block of the docs holds: error codes, rules, fields, options, CLI."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import re

import click
from mkdocs.config import config_options as c

from kpi_catalog.checking.rules import CONFIG_CODE, CONFIG_NAME, CONFIG_SUMMARY, RULES
from kpi_catalog.checking.vague_words import VAGUE_WORDS
from kpi_catalog.docs_gen.here import Here
from kpi_catalog.i18n.messages import N_, _, translated
from kpi_catalog.model import codes
from kpi_catalog.model.diagnostics import Severity
from kpi_catalog.model.enums import Lifecycle
from kpi_catalog.model.selection import KpiFilter
from kpi_catalog.site import field_docs as fields
from kpi_catalog.site.config import Day, KpiCatalogConfig, PageLocation, UrlFolder
from kpi_catalog.site.field_docs import cell
from kpi_catalog.site.macros import MODELS
from kpi_catalog.site.option_kinds import Titles
from kpi_catalog.site.views import KpiView

# --- error codes ------------------------------------------------------------------------


def code_heading(code: str) -> str:
    """The title, summary and fix of one E-code's page."""
    entry = codes.CODES[code]
    severity = {
        "error": "",
        "warning": "\n\n**Severity:** warning: counted as a warning; the catalog stays valid "
                   "(`kpi validate --strict` fails on it).",
    }.get(entry.severity.value, f"\n\n**Severity:** {entry.severity.value}: shown, but the "
                                "catalog stays valid and it is not counted as a warning.")
    if entry.code.startswith("E4") and entry.severity.value == "warning":  # values to import
        severity = ("\n\n**Severity:** warning: said by `kpi actuals import|pull`, which "
                    "writes the values all the same.")
    return f"# {entry.code} {entry.name}\n\n{entry.summary}\n\n**Fix:** {entry.hint}{severity}\n"


def error_index() -> str:
    rows = ["| code | name | what went wrong |", "| --- | --- | --- |"]
    for entry in codes.CODES.values():
        rows.append(f"| [{entry.code}]({entry.code}.md) | {entry.name} | {cell(entry.summary)} |")
    return "\n".join(rows) + "\n"


# --- KPI-writing rules -------------------------------------------------------------------
# In the language of the page (docs/id/rules/ in Bahasa Indonesia): the words `kpi --language
# id validate` and the site use, from the package's message catalogs.

_SEVERITIES = {Severity.ERROR: N_("error"), Severity.WARNING: N_("warning")}


def _severity(level: Severity) -> str:
    return translated(_SEVERITIES.get(level, level.value))


def _checks(lifecycles: frozenset[Lifecycle]) -> str:
    if Lifecycle.RETIRED in lifecycles:
        return _("Checks every KPI.")
    if lifecycles == {Lifecycle.ACTIVE}:
        return _("Checks active KPIs only.")
    return _("Checks active and draft KPIs; retired KPIs are not checked.")


def rule_heading(code: str) -> str:
    """The title, summary and default severity of one rule's page."""
    found = RULES[code]
    return (f"# {found.code} {found.name}\n\n{translated(found.summary)}\n\n"
            + _("**Default severity:** {severity}. {checks}",
                severity=_severity(found.severity), checks=_checks(found.lifecycles)) + "\n")


_LANGUAGE_NAMES = {"en": N_("English"), "id": N_("Bahasa Indonesia")}


def vague_words() -> str:
    """The built-in vague words of rule K114, per language (named in the page's)."""
    def name(language: str) -> str:
        said = translated(_LANGUAGE_NAMES[language])
        return said[:1].upper() + said[1:]  # it starts an item of the list

    return "".join(f"* {name(language)}: " + ", ".join(words) + ".\n"
                   for language, words in VAGUE_WORDS.items())


def rule_index(*, here: Here | None = None) -> str:
    """Every rule with what it asks for; a rule without a page beside this one (a rule page
    not translated yet) links its page in the site's first language."""
    def link(code: str) -> str:
        page = f"{code}.md"
        return page if here is None or page in here.beside else here.twin_folder + page

    rows = [_("| code | name | asks for | default |"), "| --- | --- | --- | --- |",
            f"| [{CONFIG_CODE}]({link(CONFIG_CODE)}) | {CONFIG_NAME} | "
            f"{cell(translated(CONFIG_SUMMARY))} | {_severity(Severity.ERROR)} |"]
    for found in RULES.values():
        rows.append(f"| [{found.code}]({link(found.code)}) | {found.name} | "
                    f"{cell(translated(found.summary))} | {_severity(found.severity)} |")
    return "\n".join(rows) + "\n"


# --- the data model ---------------------------------------------------------------------


def field_table(model: str) -> str:
    return fields.field_table(MODELS[model])


# --- the MkDocs plugin's options ---------------------------------------------------------


def attribute_docs(cls: type) -> dict[str, str]:
    """Each attribute's docstring (the string right after its assignment), read from the
    class source as mkdocstrings does: Python keeps no docstrings for attributes."""
    tree = ast.parse(inspect.cleandoc("\n" + inspect.getsource(cls)))
    (definition,) = tree.body
    assert isinstance(definition, ast.ClassDef)
    body = definition.body
    docs = {}
    for statement, following in zip(body, body[1:], strict=False):
        targets = (statement.targets if isinstance(statement, ast.Assign)
                   else [statement.target] if isinstance(statement, ast.AnnAssign) else [])
        if (len(targets) == 1 and isinstance(targets[0], ast.Name)
                and isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)):
            docs[targets[0].id] = inspect.cleandoc(following.value.value)
    return docs


def _option_type(option) -> str:
    if isinstance(option, c.Optional):
        return _option_type(option.option) + " or null"
    if isinstance(option, PageLocation):
        return "page (`.md` path in docs_dir)" + (" or null" if option.optional else "")
    if isinstance(option, UrlFolder):
        return "folder of the site"
    if isinstance(option, c.Dir):
        return "folder"
    if isinstance(option, Titles):
        return "titles by language"
    if isinstance(option, Day):
        return "date (YYYY-MM-DD)"
    if isinstance(option, c.Choice):
        return "one of: " + ", ".join(str(choice) for choice in option.choices)
    if isinstance(option, c.Type):  # one type, or a tuple of them: (int, float) is "number"
        kinds = option._type if isinstance(option._type, tuple) else (option._type,)
        return " or ".join(dict.fromkeys(fields.type_name(kind) for kind in kinds))
    return type(option).__name__


def plugin_options() -> str:
    docs = attribute_docs(KpiCatalogConfig)
    rows = ["| option | type | default | meaning |", "| --- | --- | --- | --- |"]
    for name, option in KpiCatalogConfig._schema:
        rows.append(f"| `{name}` | {cell(_option_type(option))} | "
                    f"`{fields.literal(option.default)}` | {cell(docs.get(name, ''))} |")
    return "\n".join(rows) + "\n"


# --- what templates receive ---------------------------------------------------------


_ROLE = re.compile(r":[a-z]+:`~?(?:[\w.]+\.)?(\w+)`")  # :class:`~a.b.Name` -> `Name`


def _markdown(doc: str) -> str:
    """A docstring written for Sphinx, as Markdown: ``code`` and roles become `code`."""
    return _ROLE.sub(r"`\1`", doc).replace("``", "`")


def kpi_view() -> str:
    """Every attribute and property of :class:`KpiView` (``v`` in templates), documented."""
    docs = attribute_docs(KpiView)
    rows = ["| in templates | what it is |", "| --- | --- |"]
    for item in dataclasses.fields(KpiView):
        rows.append(f"| `v.{item.name}` | {cell(_markdown(docs.get(item.name, '')))} |")
    for name, member in vars(KpiView).items():
        if isinstance(member, property) and not name.startswith("_"):
            doc = inspect.cleandoc(member.__doc__ or "").split("\n\n")[0]
            rows.append(f"| `v.{name}` | {cell(_markdown(doc))} |")
    return "\n".join(rows) + "\n"


def kpi_filters() -> str:
    """The filters of ``kpi_table`` and ``kpi_count``: the fields of :class:`KpiFilter`."""
    docs = attribute_docs(KpiFilter)
    rows = ["| filter | what it names |", "| --- | --- |"]
    for key in KpiFilter.keys():
        choices = KpiFilter.CHOICES.get(key)
        said = _markdown(docs.get(key, ""))
        if choices:
            values = ", ".join(f"`{v.value}`" for v in choices)
            said = f"{said.rstrip('.')}, one of: {values}."
        rows.append(f"| `{key}=` | {cell(said)} |")
    return "\n".join(rows) + "\n"


# --- the `kpi` command -------------------------------------------------------------------


def cli_reference() -> str:
    """Every command of ``kpi``: usage, what it does, its options (as ``kpi X --help``)."""
    from kpi_catalog.cli import main  # the CLI imports much of the package; only needed here

    root = click.Context(main, info_name="kpi")
    parts = [_command(main, root)]  # the options of `kpi` itself, before any command
    for name, command in main.all_commands(root).items():
        if command.hidden:
            continue
        ctx = click.Context(command, info_name=name, parent=root)
        parts.append(_command(command, ctx))
        for sub_name, sub in sorted(getattr(command, "commands", {}).items()):  # a group
            if not sub.hidden:
                parts.append(_command(sub, click.Context(sub, info_name=f"{name} {sub_name}",
                                                         parent=ctx)))
    return "\n".join(parts)


def _command(command: click.Command, ctx: click.Context) -> str:
    name = "kpi" if ctx.parent is None else f"kpi {ctx.info_name}"
    usage = " ".join([name, *command.collect_usage_pieces(ctx)])
    text = [f"### `{name}`", "", "```text", usage, "```", "",
            inspect.cleandoc(command.help or "").replace("\b\n", ""), ""]
    options = [p for p in command.params if isinstance(p, click.Option) and not p.hidden]
    if options:
        text += ["| option | meaning |", "| --- | --- |"]
        text += [_option_row(option, ctx) for option in options]
        text.append("")
    return "\n".join(text)


def _option_row(option: click.Option, ctx: click.Context) -> str:
    names = ", ".join(option.opts + option.secondary_opts)
    meaning = option.help or ""
    if isinstance(option.type, click.Choice):
        meaning += " One of: " + ", ".join(f"`{c}`" for c in option.type.choices) + "."
    elif not option.is_flag:
        names += " " + option.make_metavar(ctx)
    default = option.to_info_dict()["default"]  # None when unset, in every click version
    if default not in (None, (), []) and not callable(default) and not option.is_flag:
        meaning += f" Default: `{default}`."
    if option.envvar and option.show_envvar:
        meaning += f" Or the environment variable `{option.envvar}`."
    return f"| `{names}` | {cell(meaning.strip())} |"
