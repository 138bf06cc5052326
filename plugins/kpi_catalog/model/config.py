"""`catalog.yml`: the settings the `kpi` command and the MkDocs plugin share (name, language,
perspectives, status, rule severities, review of changes, audience, vague words)."""

from __future__ import annotations

import enum
from typing import Annotated, Any, Literal

from pydantic import (
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from kpi_catalog.i18n.messages import _
from kpi_catalog.model.enums import ChangeKind
from kpi_catalog.model.fields import (
    FixableError,
    FromText,
    GitHubHandle,
    IsoDate,
    Label,
    OneLine,
    RuleCode,
    Slug,
    StrictModel,
    Text,
    empty_list,
)
from kpi_catalog.model.translations import LANGUAGE_NAMES, LANGUAGES, CatalogTexts, Language

# --- the catalog configuration -------------------------------------------------------


DEFAULT_PERSPECTIVES = ["financial", "customer", "internal-process", "learning-growth"]
DEFAULT_TOLERANCE = 0.05
DEFAULT_GRACE_DAYS = 14


class StatusConfig(StrictModel):
    tolerance: Annotated[float, Field(ge=0, le=1)] = DEFAULT_TOLERANCE
    """How far from the expected path still counts as on track, as a share of the distance
    from baseline to target (0.05 = 5%); a KPI may set its own `status_tolerance`."""
    grace_days: Annotated[int, Field(ge=0, le=366)] = DEFAULT_GRACE_DAYS
    """Days after a period ends before its value is due (`kpi due`, and "data overdue" beside
    the status): time to close the books and collect the number."""


class ReviewKind(str, enum.Enum):
    """Changes that `kpi diff` flags for a reviewer's attention."""

    # Each is a ChangeKind; the docstring above is the schema's description, for editors.

    TARGET_EASIER = ChangeKind.TARGET_EASIER.value
    DEADLINE_LATER = ChangeKind.DEADLINE_LATER.value
    BASELINE_CHANGED = ChangeKind.BASELINE_CHANGED.value
    ACTUAL_EDITED = ChangeKind.ACTUAL_EDITED.value
    ACTUAL_DELETED = ChangeKind.ACTUAL_DELETED.value
    KPI_DELETED = ChangeKind.DELETED.value
    KPI_RENAMED = ChangeKind.RENAMED.value
    VISIBILITY_WIDENED = ChangeKind.VISIBILITY_WIDENED.value


class DeletedKpi(StrictModel):
    """Why a KPI file was deleted, or its KPI renamed, instead of the KPI being retired
    (`lifecycle: retired`)."""

    id: Slug
    """The id of the deleted KPI (of a renamed one: its old id)."""
    date: IsoDate
    """When it was deleted (YYYY-MM-DD)."""
    reason: Text
    """Why it was deleted rather than retired (e.g. it was created by mistake)."""


class ReviewConfig(StrictModel):
    require_reason: list[Annotated[ReviewKind, FromText]] = Field(
        default_factory=lambda: list(ReviewKind))
    """Changes that need a recorded reason: `kpi diff --strict` fails a pull request that
    makes one without a new entry in the KPI's `changes` log. All of them by default; `[]`
    asks for none."""
    deleted: list[DeletedKpi] = empty_list()
    """The reasons for deleting or renaming KPIs (retiring a KPI keeps its page and the
    links to it, and needs none)."""


RELATIVE_PATH_PATTERN = r"^(?![/\\])(?![A-Za-z]:)[^\x00-\x1f]+$"
RelativePath = Annotated[str, Field(pattern=RELATIVE_PATH_PATTERN, max_length=500)]


class SemanticLayerConfig(StrictModel):
    """Where the dbt project of the KPIs' semantic metrics is (paths relative to the
    repository)."""

    project: RelativePath
    """The dbt project folder, the one holding dbt_project.yml (`examples/dbt`)."""
    manifest: RelativePath | None = None
    """The semantic manifest `dbt parse` writes; by default `semantic_manifest.json` in the
    folder dbt writes to: `DBT_TARGET_PATH`, else the project's `target-path`, else
    `<project>/target`."""
    target: OneLine | None = None
    """The dbt target (an output of the profile in profiles.yml) that `kpi actuals pull`
    reads through; by default the profile's own. Make it one that may only read."""


class CatalogConfig(StrictModel):
    """`catalog.yml`: settings shared by the `kpi` command and the MkDocs plugin."""

    name: Label = "KPI catalog"
    """The catalog's title, shown on the site."""
    description: Text | None = None
    """What the catalog is for, in a sentence or two (whose KPIs, for whom): the lead of
    the home page made for each other language, under the catalog's name in `llms.txt`,
    the subtitle of its Atom feed and in its JSON (`kpi export`, the site's `api/`). A
    hand-written page shows it with the macro `catalog_description()`."""
    language: Language = "en"
    """The language the catalog's texts are written in (`en` English, `id` Bahasa Indonesia),
    unless an entry says `language:` itself; the site's first language and the language of
    the `kpi` command."""
    languages: list[Language] = ["en"]
    """Every language the catalog is published in, `language` first (default: `language`
    alone). Texts are given in the others under `translations:`; the site has a version in
    each (see the guide "Writing in two languages")."""
    required_languages: list[Language] = empty_list()
    """Languages every text must be given in: `kpi validate` warns about each text missing
    in one of them (rule K119); for the others it tells once how much is translated."""
    perspectives: list[Slug] = Field(
        default_factory=lambda: list(DEFAULT_PERSPECTIVES), min_length=1
    )
    """The perspectives objectives may use (Balanced Scorecard by default)."""
    status: StatusConfig = StatusConfig()
    """How status is computed."""
    rules: dict[RuleCode, Literal["error", "warning", "off"]] = {}
    """Severity per KPI-writing rule, e.g. `K104: off`; rules not listed keep their default."""
    reviewers: list[GitHubHandle] = empty_list()
    """GitHub users or teams who must approve changes to the catalog's shared files
    (catalog.yml, departments.yml, objectives.yml, glossary.yml) and to the KPIs of departments
    that name no reviewers of their own; `kpi codeowners` writes them into
    `.github/CODEOWNERS`."""
    review: ReviewConfig = ReviewConfig()
    """What `kpi diff --strict` asks of a pull request (see the pull-request guide)."""
    vague_words: dict[Language, list[Text]] = {}
    """More vague words and buzzwords for rule K114, per language, e.g.
    `en: [frictionless]`; they add to the built-in lists."""
    audience: Literal["public", "internal"] = "public"
    """Who the site and `kpi export` are for: `public` leaves confidential KPIs out and shows
    internal ones without their values; `internal` shows every KPI. The plugin option
    `audience` and `kpi export --audience` choose another for one build."""
    semantic_layer: SemanticLayerConfig | None = None
    """The dbt project whose MetricFlow metrics KPIs name in `measurement.semantic_metric`
    (see the semantic layer guide)."""
    translations: dict[Language, CatalogTexts] = {}
    """The catalog's `name` and `description` in its other languages
    (`id: {name: Katalog KPI}`)."""

    @model_validator(mode="before")
    @classmethod
    def _languages_follow_language(cls, data: Any) -> Any:  # the file's data, unchecked
        """Without `languages`, the catalog has one: its `language`."""
        if isinstance(data, dict) and "languages" not in data \
                and data.get("language") in LANGUAGES:  # a wrong one is reported as itself
            return {**data, "languages": [data["language"]]}
        return data

    @field_validator("languages")
    @classmethod
    def _language_is_among_languages(cls, languages: list[str],
                                     info: ValidationInfo) -> list[str]:
        if len(set(languages)) != len(languages):
            raise ValueError(_("each language may be listed once"))
        language = info.data.get("language")
        if language is not None and language not in languages:
            raise FixableError(
                _("`languages` must include the catalog's own `language` ({code})",
                  code=language),
                _("Write `languages: [{codes}]`.", codes=", ".join([language, *languages])))
        return languages

    @field_validator("required_languages")
    @classmethod
    def _required_are_languages(cls, required: list[str],
                                info: ValidationInfo) -> list[str]:
        languages = info.data.get("languages")
        unknown = [lang for lang in required if languages is not None and lang not in languages]
        if unknown:
            raise FixableError(
                _("{language} (`{code}`) is required but not among the catalog's `languages`",
                  language=_(LANGUAGE_NAMES[unknown[0]]), code=unknown[0]),
                _("Add `{code}` to `languages`, or remove it from `required_languages`.",
                  code=unknown[0]))
        return required

