"""Rules on accountability: an active KPI has an owner, a data source and a target, the
same measure is not tracked twice, and no two KPIs go by the same name."""

from __future__ import annotations

from collections.abc import Iterator

from kpi_catalog.checking.rules.registry import (
    ACTIVE_ONLY,
    Context,
    Finding,
    rule,
)
from kpi_catalog.checking.translations import language_name
from kpi_catalog.i18n.messages import N_, _
from kpi_catalog.model.diagnostics import FieldPath, Severity
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.language import language_of
from kpi_catalog.model.names import name_key


@rule("K110", "active-kpi-complete",
      N_("An active KPI has an owner, a data source and a target."),
      Severity.ERROR, lifecycles=ACTIVE_ONLY)
def active_kpi_complete(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    if not (kpi.owner or "").strip():
        yield Finding(("owner",),
                      _("An active KPI needs an `owner`: add the accountable person or role."),
                      _("Or set `lifecycle: draft` while the KPI is being written."))
    if not (kpi.measurement.data_source or "").strip():
        yield Finding(("measurement", "data_source"),
                      _("An active KPI needs a `measurement.data_source`: add where the values "
                        "come from."),
                      _("Or set `lifecycle: draft` while the KPI is being written."))
    if kpi.target is None:
        yield Finding(("target",),
                      _("An active KPI needs a `target`: add the value to reach and its date."),
                      _("Or set `lifecycle: draft` while the KPI is being written."))


@rule("K111", "no-duplicate-measure",
      N_("No two KPIs measure the same metric from the same data source."),
      Severity.WARNING)
def no_duplicate_measure(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    if not (kpi.measurement.data_source or "").strip():
        return
    same = ctx.same_measure.get(ctx.measure_key(kpi), [])
    if len(same) < 2 or same[0] == kpi.id:
        return  # the first file of a group is the original; the others are reported
    first = ctx.catalog.kpi_path(same[0])
    yield Finding(("measurement", "metric"),
                  _("{first} already measures this metric from the same data source; merge the "
                    "two KPIs or tell them apart.", first=first),
                  _("If both are needed (different targets or owners), silence K111 with the "
                    "reason."))


@rule("K120", "distinct-names",
      N_("No two KPIs go by the same name or alias, ignoring capitals and accents."),
      Severity.WARNING)
def distinct_names(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    """Each name or alias of this KPI that an earlier file (in path order) already uses as
    a name or alias, reported once, at this KPI's name or alias; then the same within each
    language: a translated name (and a name in the language it is written in) that an
    earlier file already uses in that language; one look-up each."""
    seen = set()
    written = language_of(kpi, ctx.catalog.config.language)
    spellings = [(("name",), kpi.name),
                 *((("aliases", index), alias) for index, alias in enumerate(kpi.aliases))]
    for field, spelling in spellings:
        key = name_key(spelling)
        if not key or key in seen:
            continue
        seen.add(key)
        first_id, is_name = ctx.same_names.get(key, [(kpi.id, True)])[0]
        if first_id == kpi.id:  # no earlier name or alias: perhaps an earlier translation
            yield from _same_in_language(kpi, ctx, field, spelling, written)
            continue  # the first file that goes by it keeps it; later ones are reported
        first = ctx.catalog.kpis[first_id]
        other = first.name if is_name else next(
            (a for a in first.aliases if name_key(a) == key), spelling)
        path = ctx.catalog.kpi_path(first_id)
        message = _("`{spelling}` is also the name of {first} (`{other}`), ignoring capitals "
                    "and accents: readers of the site and search cannot tell the two KPIs "
                    "apart.", spelling=spelling, first=path, other=other) if is_name else \
            _("`{spelling}` is also an alias of {first} (`{other}`), ignoring capitals and "
              "accents: readers of the site and search cannot tell the two KPIs apart.",
              spelling=spelling, first=path, other=other)
        yield Finding(field, message, _distinct_hint())
    for language, texts in kpi.translations.items():
        if texts.name and language != written:
            yield from _same_in_language(kpi, ctx, ("translations", language, "name"),
                                         texts.name, language)


def _distinct_hint() -> str:
    return _("Give this KPI a name of its own, remove the alias, or merge the two KPIs if "
             "they measure the same thing; if both must keep it, silence K120 with the reason.")


def _same_in_language(kpi: Kpi, ctx: Context, field: FieldPath, spelling: str,
                      language: str) -> Iterator[Finding]:
    """``spelling``, this KPI's name or alias in ``language``, reported when an earlier file
    already goes by it in that language (its name or alias there, or its translated name)."""
    key = name_key(spelling)
    if not key:
        return
    first_id, is_name, other = ctx.names_by_language.get((language, key), [(kpi.id, True, "")])[0]
    if first_id == kpi.id:
        return
    values = {"spelling": spelling, "first": ctx.catalog.kpi_path(first_id), "other": other,
              "language": language_name(language)}
    message = _("`{spelling}` is also the name of {first} in {language} (`{other}`), ignoring "
                "capitals and accents: readers of the site in {language} and search cannot "
                "tell the two KPIs apart.", **values) if is_name else \
        _("`{spelling}` is also an alias of {first} in {language} (`{other}`), ignoring "
          "capitals and accents: readers of the site in {language} and search cannot tell "
          "the two KPIs apart.", **values)
    yield Finding(field, message, _distinct_hint())
