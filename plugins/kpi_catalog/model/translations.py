"""A catalog entry's texts in the catalog's other languages: the `translations:` blocks.

Each entry (a KPI file, a department, an objective, a glossary term, catalog.yml) is written
in one language: its own `language`, or else the catalog's. Its texts in another language go
in a block of their own at the end of the entry, keyed by the language, in the same shape as
the entry but holding only the texts::

    translations:
      id:
        name: Biaya mendapatkan satu pelanggan online baru
        statement: Menurunkan CAC pelanggan online baru dari Rp185.000 menjadi ...
        links:
          - url: https://en.wikipedia.org/wiki/Customer_acquisition_cost
            title: Biaya akuisisi pelanggan di Wikipedia

Items of a list are matched by what names them (a link by its `url`, a value's note by its
`period`, a success part by its `id`), never by their place in the list, so reordering the
original never pairs a text with the wrong item. Every field is optional: what is left out
shows in the original language, marked as such. A one-language file has no block at all.
"""

from __future__ import annotations

from typing import Literal

from kpi_catalog.i18n.messages import N_
from kpi_catalog.model.fields import (
    IsoDate,
    Label,
    OneLine,
    RuleCode,
    Slug,
    Statement,
    StrictModel,
    Text,
    Url,
    empty_list,
)
from kpi_catalog.model.periods import PeriodText

Language = Literal["en", "id"]
"""A language a catalog can be written and published in: `en` (English) or `id` (Bahasa
Indonesia)."""
LANGUAGES: tuple[Language, ...] = ("en", "id")
LANGUAGE_NAMES: dict[str, str] = {"en": N_("English"), "id": N_("Indonesian")}
"""The languages' names in messages (``_(name)`` where one is shown)."""


# --- the KPI file ----------------------------------------------------------------------


class MeasurementTexts(StrictModel):
    """The texts of a KPI's `measurement` in one other language."""

    metric: Label | None = None
    """`measurement.metric` in this language."""
    unit: Label | None = None
    """`measurement.unit` in this language (`rupiah per pelanggan baru`)."""
    data_source: OneLine | None = None
    """`measurement.data_source` in this language."""
    method: Text | None = None
    """`measurement.method` in this language."""


class LinkTitle(StrictModel):
    url: Url
    """The `url` of the link in `links`, as written there."""
    title: Label
    """The link's `title` in this language."""


class ActualNote(StrictModel):
    period: PeriodText
    """The `period` of the value in `actuals` whose `note` this is."""
    note: Text
    """The value's `note` in this language."""


class StatusReason(StrictModel):
    reason: Text
    """`status.reason` in this language."""


class SilenceReason(StrictModel):
    rule: RuleCode
    """The `rule` of the entry in `silence`."""
    reason: Text
    """Its `reason` in this language."""


class MethodChangeText(StrictModel):
    date: IsoDate
    """The `date` of the entry in `method_changed`."""
    change: Text
    """Its `change` in this language."""


class ChangeNoteText(StrictModel):
    date: IsoDate
    """The `date` of the entry in `changes` (several on one day: in their order)."""
    reason: Text
    """Its `reason` in this language."""


class KpiTexts(StrictModel):
    """A KPI's texts in one other language; each field translates the KPI's field of the
    same name."""

    name: Label | None = None
    """`name` in this language."""
    statement: Statement | None = None
    """`statement` in this language: held to the same SMART rules, and stating the same
    amounts and dates as the original (rule K118)."""
    question: OneLine | None = None
    """`question` in this language."""
    owner: OneLine | None = None
    """`owner` in this language, when it is a role that reads differently there (a person's
    name is shown as written)."""
    data_steward: OneLine | None = None
    """`data_steward` in this language, when it reads differently there."""
    measurement: MeasurementTexts | None = None
    """The texts of `measurement`: `metric`, `unit`, `data_source`, `method`."""
    target_rationale: Text | None = None
    """`target_rationale` in this language."""
    limitations: Text | None = None
    """`limitations` in this language."""
    unintended_effects: Text | None = None
    """`unintended_effects` in this language."""
    description: Text | None = None
    """`description` in this language."""
    tags: list[Label] | None = None
    """The KPI's keywords in this language (the whole list); as written when left out."""
    links: list[LinkTitle] = empty_list()
    """Titles of `links`, each with the `url` of its link."""
    actuals: list[ActualNote] = empty_list()
    """Notes of `actuals`, each with the `period` of its value."""
    status: StatusReason | None = None
    """The `reason` of a status set by hand."""
    silence: list[SilenceReason] = empty_list()
    """Reasons of `silence`, each with its `rule`."""
    method_changed: list[MethodChangeText] = empty_list()
    """Texts of `method_changed`, each with its `date`."""
    changes: list[ChangeNoteText] = empty_list()
    """Reasons of the change log `changes`, each with its `date`."""


# --- the registries and catalog.yml ---------------------------------------------------------


class DepartmentTexts(StrictModel):
    """A department's texts in one other language."""

    name: Label | None = None
    """`name` in this language."""
    head: Label | None = None
    """`head` in this language, when it is a role that reads differently there."""
    description: Text | None = None
    """`description` in this language."""


class SuccessPartText(StrictModel):
    id: Slug
    """The `id` of the success part."""
    description: Label
    """Its `description` in this language."""


class ObjectiveTexts(StrictModel):
    """An objective's texts in one other language."""

    name: Label | None = None
    """`name` in this language."""
    description: Text | None = None
    """`description` in this language."""
    owner: Label | None = None
    """`owner` in this language, when it is a role that reads differently there."""
    success: list[SuccessPartText] = empty_list()
    """The success parts' descriptions, each with the `id` of its part."""


class GlossaryTermTexts(StrictModel):
    """A glossary term in one other language."""

    term: Label | None = None
    """The term as written in this language's KPI texts (`hari persediaan`); leave out when
    it is written the same (`SQL`)."""
    definition: Text | None = None
    """`definition` in this language."""
    aliases: list[Label] | None = None
    """Other spellings in this language, shown on its pages instead of `aliases` (search and
    the jargon rule know both)."""


class CatalogTexts(StrictModel):
    """catalog.yml's texts in one other language."""

    name: Label | None = None
    """The catalog's title in this language."""
    description: Text | None = None
    """`description` in this language."""
