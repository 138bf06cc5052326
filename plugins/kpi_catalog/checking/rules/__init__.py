"""KPI-writing rules: SMART statements, consistent numbers, accountable owners.

Each rule has a stable code (``K101``), a default severity, and a page in
``docs/rules/<CODE>.md``. The catalog sets severities in ``catalog.yml``::

    rules:
      K104: off        # or error / warning

and a KPI silences a rule for itself, with a reason the site shows::

    silence:
      - {rule: K103, reason: "An always-on service level; it has no deadline."}

Which KPIs are checked: retired KPIs are history and are not checked; drafts get every
rule except K110 (a draft may still lack an owner, a data source or a target).

Problems with the rule settings themselves (an unknown code in ``rules:`` or
``silence:``) are reported as **K100**, always an error.
"""

from __future__ import annotations

from datetime import date

from kpi_catalog.checking.rules import (  # noqa: F401  (registers the rules)
    contacts,
    lifecycle,
    ownership,
    statement,
    tags,
    targets,
    translations,
)
from kpi_catalog.checking.rules.registry import RULES, Context, Finding, Rule, rule
from kpi_catalog.i18n.messages import N_, _
from kpi_catalog.model.catalog import Catalog, SourceFile
from kpi_catalog.model.diagnostics import Diagnostic, Severity
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.reading.parallel import fork_map

__all__ = ["CONFIG_CODE", "CONFIG_NAME", "CONFIG_SUMMARY", "RULES", "Context", "Finding", "Rule",
           "rule", "run_rules", "severities"]

CONFIG_CODE = "K100"
CONFIG_NAME = "rule-settings"
CONFIG_SUMMARY = N_("Rule codes in `catalog.yml` and in `silence:` exist.")

_in_code_order = dict(sorted(RULES.items()))
RULES.clear()
RULES.update(_in_code_order)


def _unknown(code: str) -> str:
    return _("`{code}` is not a rule code; use one of {codes}.", code=code, codes=", ".join(RULES))


def severities(catalog: Catalog) -> tuple[dict[str, Severity], list[Diagnostic]]:
    """Each rule's severity after catalog.yml, and K100 errors for codes that are no rule."""
    chosen = {code: r.severity for code, r in RULES.items()}
    problems = []
    source = catalog.registry_sources.get("catalog")
    for code, level in catalog.config.rules.items():
        if code in RULES:
            chosen[code] = Severity(level)
        elif source is not None:
            problems.append(source.diagnostic(
                ("rules", code), CONFIG_CODE, _unknown(code),
                _("Remove the line, or correct the code (see docs/rules/index.md)."),
            ))
    return chosen, problems


def run_rules(catalog: Catalog, today: date, parallel: bool = False) -> list[Diagnostic]:
    """Every rule on every KPI that loaded, with the configured severities and silences.

    ``parallel``: a large catalog's KPIs are checked (and their findings located) in
    forked worker processes (:func:`kpi_catalog.reading.parallel.fork_map`); same result.
    """
    levels, diagnostics = severities(catalog)
    active = [r for r in RULES.values() if levels[r.code] is not Severity.OFF]
    context = Context(catalog, today)

    def check(kpi_ids: list[str]) -> list[Diagnostic]:
        return [d for kpi_id in kpi_ids for d in _check_kpi(kpi_id, active, levels, context)]

    kpi_ids = list(catalog.kpis)
    return diagnostics + (fork_map(check, kpi_ids) if parallel else check(kpi_ids))


def _check_kpi(kpi_id: str, active: list[Rule], levels: dict[str, Severity],
               context: Context) -> list[Diagnostic]:
    kpi, source = context.catalog.kpis[kpi_id], context.catalog.kpi_sources[kpi_id]
    diagnostics = []
    silenced = set()
    for index, silence in enumerate(kpi.silence):
        if silence.rule in RULES:
            silenced.add(silence.rule)
        else:
            diagnostics.append(source.diagnostic(
                ("silence", index, "rule"), CONFIG_CODE, _unknown(silence.rule),
                _("Remove this silence, or correct the code (see docs/rules/index.md).")))
    translated: dict[str, Kpi] | None = None  # made once, for the first rule that reads them
    for checked in active:
        if checked.code in silenced or kpi.lifecycle not in checked.lifecycles:
            continue
        for finding in checked.check(kpi, context):
            diagnostics.append(source.diagnostic(
                finding.field, checked.code, finding.message, finding.hint,
                levels[checked.code]))
        if checked.reads_statement:
            if translated is None:
                translated = _as_translated(kpi)
            diagnostics += _translated_statements(translated, source, checked, levels, context)
    return diagnostics


def _as_translated(kpi: Kpi) -> dict[str, Kpi]:
    """The KPI once per language it has a translated statement in, with that statement as
    its own (the same target and dates): a translation is held to the same SMART rules."""
    return {language: kpi.model_copy(update={"statement": texts.statement})
            for language, texts in kpi.translations.items() if texts.statement is not None}


def _translated_statements(translated: dict[str, Kpi], source: SourceFile, checked: Rule,
                           levels: dict[str, Severity], context: Context) -> list[Diagnostic]:
    """The rule's findings on each translated statement (:func:`_as_translated`)."""
    found = []
    for language, kpi in translated.items():
        for finding in checked.check(kpi, context):
            if finding.field[:1] == ("statement",):
                found.append(source.diagnostic(
                    ("translations", language, *finding.field), checked.code, finding.message,
                    finding.hint, levels[checked.code]))
    return found
