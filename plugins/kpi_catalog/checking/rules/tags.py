"""Rules on keywords: a tag is one word on the site's tags page, so it is written one way."""

from __future__ import annotations

from collections.abc import Iterator

from kpi_catalog.checking.rules.registry import Context, Finding, rule, tags_by_language
from kpi_catalog.i18n.messages import N_, _
from kpi_catalog.model.diagnostics import Severity, visible
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.names import look_alike, spelling_key


@rule("K124", "one-spelling-per-tag",
      N_("Each tag is written one way: not in other capitals, with its accents encoded otherwise, "
         "or with characters no one sees."),
      Severity.WARNING)
def one_spelling_per_tag(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    """Each tag of this KPI (in each language) that the first KPI to use it, in path order,
    writes otherwise, reported at the tag: the site would list the two as two tags."""
    for field, language, tag in tags_by_language(kpi, ctx.catalog.config.language):
        first_id, first = ctx.tag_spellings.get((language, spelling_key(tag)), (kpi.id, tag))
        if first == tag:
            continue
        where = (_("this KPI") if first_id == kpi.id else ctx.catalog.kpi_path(first_id))
        yield Finding(field, " ".join((
            _("The tag `{tag}` is written `{first}` in {where}: the site's tags page would list "
              "the two as different tags, each with part of the KPIs.",
              tag=visible(tag), first=visible(first), where=where),
            look_alike(tag, first))).rstrip(),
            _("Write it `{first}`, as {where} does (copy it from there).",
              first=visible(first), where=where))
