"""The registries a KPI refers to: departments, strategic objectives with their parts of
success, and the glossary (`departments.yml`, `objectives.yml`, `glossary.yml`).

Models are strict (no silent conversion of ``"12"`` into 12) and reject unknown fields;
the attribute docstrings are the field documentation (``kpi schema``, the references).
"""

from __future__ import annotations

from pydantic import Field, model_validator

from kpi_catalog.i18n.messages import _
from kpi_catalog.model.fields import (
    GitHubHandle,
    IsoDate,
    Label,
    Slug,
    StrictModel,
    Text,
    empty_list,
)
from kpi_catalog.model.translations import (
    DepartmentTexts,
    GlossaryTermTexts,
    Language,
    ObjectiveTexts,
)


class Department(StrictModel):
    id: Slug
    """Short name used in URLs and by KPIs (`department: marketing`); also the folder of its
    KPI files."""
    name: Label
    """The department's name as people say it."""
    head: Label
    """The person or role who leads the department."""
    description: str = ""
    """What the department does, in a sentence or two."""
    reviewers: list[GitHubHandle] = empty_list()
    """GitHub users (`@ayu-lestari`) or teams (`@nusantara-retail/marketing-leads`) who must
    approve changes to the department's KPI files; `kpi codeowners` writes them into
    `.github/CODEOWNERS`."""
    language: Language | None = None
    """The language this entry's texts are written in, when it is not the catalog's
    `language` (catalog.yml)."""
    translations: dict[Language, DepartmentTexts] = {}
    """The department's texts in the catalog's other languages (`id: {name: ...}`)."""


class Period(StrictModel):
    start: IsoDate
    """First day of the period (YYYY-MM-DD)."""
    end: IsoDate
    """Last day of the period (YYYY-MM-DD)."""

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end <= self.start:
            raise ValueError(_("the period must end after it starts"))
        return self


class SuccessPart(StrictModel):
    id: Slug
    """Short name of this part, used by KPIs (`success_part: more-leads`)."""
    description: Label
    """What success looks like for this part, in plain words."""


class Objective(StrictModel):
    id: Slug
    """Short name used in URLs and by KPIs (`objective: grow-pipeline`)."""
    name: Label
    """The strategic objective, as the organisation states it."""
    description: str = ""
    """Why this objective matters."""
    owner: Label
    """The person or role accountable for the objective."""
    perspective: Slug
    """Balanced-scorecard perspective; one of the catalog's `perspectives` (catalog.yml)."""
    period: Period
    """The time the objective covers; KPI target dates fall inside it."""
    success: list[SuccessPart] = Field(min_length=1)
    """What success of the objective looks like, as one or more named parts."""
    language: Language | None = None
    """The language this entry's texts are written in, when it is not the catalog's
    `language` (catalog.yml)."""
    translations: dict[Language, ObjectiveTexts] = {}
    """The objective's texts in the catalog's other languages; success parts by their `id`."""


class GlossaryTerm(StrictModel):
    term: Label
    """The word or acronym, as it is written in KPI text (`SQL`)."""
    definition: Text
    """What it means, in plain words."""
    aliases: list[Label] = empty_list()
    """Other spellings of the same term (`SQLs`, `sales-qualified lead`)."""
    language: Language | None = None
    """The language this entry's texts are written in, when it is not the catalog's
    `language` (catalog.yml)."""
    translations: dict[Language, GlossaryTermTexts] = {}
    """The term in the catalog's other languages: its definition, and its spelling there
    when it differs (`term: hari persediaan`)."""


class DepartmentsFile(StrictModel):
    """`departments.yml`: the departments of the organisation."""

    departments: list[Department] = Field(min_length=1)


class ObjectivesFile(StrictModel):
    """`objectives.yml`: the strategic objectives."""

    objectives: list[Objective] = Field(min_length=1)


class GlossaryFile(StrictModel):
    """`glossary.yml`: terms a KPI may use that readers may not know."""

    glossary: list[GlossaryTerm] = empty_list()
