"""Rules on a KPI's texts in the catalog's other languages: a translated statement says what
the original says, and every text is given in the languages catalog.yml requires.

(A translated statement is also checked in its own right by every rule that reads the
statement, `reads_statement`: the runner does that, see
:func:`kpi_catalog.checking.rules.run_rules`.)
"""

from __future__ import annotations

from collections.abc import Iterator

from kpi_catalog.checking.agreement import compare_statements
from kpi_catalog.checking.rules.registry import Context, Finding, rule
from kpi_catalog.checking.translations import (
    language_name,
    missing_hint,
    missing_message,
    missing_texts,
)
from kpi_catalog.i18n.messages import N_, _
from kpi_catalog.model.diagnostics import Severity
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.language import language_of


def _quoted(texts: tuple[str, ...]) -> str:
    shown = [f"`{t}`" for t in texts]
    if len(shown) == 1:
        return shown[0]
    return _("{texts} and {last}", texts=", ".join(shown[:-1]), last=shown[-1])


@rule("K118", "translation-agrees",
      N_("A translated statement states the same amounts, units and dates as the original."),
      Severity.WARNING)
def translation_agrees(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    for language, texts in kpi.translations.items():
        if texts.statement is None:
            continue
        found = compare_statements(kpi.statement, texts.statement)
        if not found:
            continue
        name = language_name(language)
        if found.missing and found.added:
            message = _("The {language} statement states {added} where the original states "
                        "{missing}; make them agree.", language=name,
                        added=_quoted(found.added), missing=_quoted(found.missing))
        elif found.missing:
            message = _("The {language} statement does not state {missing}, as the original "
                        "does; make them agree.", language=name, missing=_quoted(found.missing))
        else:
            message = _("The {language} statement states {added}, which the original does "
                        "not; make them agree.", language=name, added=_quoted(found.added))
        yield Finding(("translations", language, "statement"), message,
                      _("Correct the translation (or the original): both must give the same "
                        "baseline, target and date, in the same units."))


@rule("K119", "translated",
      N_("Every text of the KPI is given in each language catalog.yml requires "
         "(`required_languages`)."),
      Severity.WARNING)
def translated(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    config = ctx.catalog.config
    written_in = language_of(kpi, config.language)
    for language in config.required_languages:
        if language == written_in:
            continue
        missing = missing_texts(kpi, language)
        if not missing:
            continue
        where = (("translations", language) if language in kpi.translations
                 else missing[0][:1])
        yield Finding(where, missing_message(_("this KPI"), language, missing),
                      missing_hint(language))
