"""Labels of the catalog site in English and Bahasa Indonesia, and how to format numbers and dates.

The English labels are here, by key (:data:`EN`); their translations are in the message
catalogs (:mod:`kpi_catalog.i18n.messages`), where each label's key is the message context
of its English text. :func:`labels` gives one language's. The site's language
comes from ``catalog.yml`` (``language: en``) and can be overridden by the MkDocs plugin's
``language`` option. Only the site's own words are translated here: what contributors
write in the catalog is shown as they wrote it.
"""

from __future__ import annotations

import datetime
from enum import Enum
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from kpi_catalog.i18n.messages import LOCALES, current_language, translations
from kpi_catalog.i18n.numbers import format_number, number_marks
from kpi_catalog.model.enums import Direction, Frequency, Lifecycle, StatusValue
from kpi_catalog.model.periods import form_of, period_end

if TYPE_CHECKING:  # the manifest's reader imports dbt's models: only for the type
    from kpi_catalog.reading.semantic_manifest import ConversionText

EN: dict[str, str] = {
    # statuses
    "status.achieved": "Achieved",
    "status.ahead": "Ahead",
    "status.on_track": "On track",
    "status.behind": "Behind",
    "status.no_data": "No data",
    "status.not_started": "Not started",
    "status.data_overdue": "Data overdue",
    # lifecycles
    "lifecycle.draft": "Draft",
    "lifecycle.active": "Active",
    "lifecycle.retired": "Retired",
    # directions
    "direction.higher_is_better": "Higher is better",
    "direction.lower_is_better": "Lower is better",
    "direction.within_range": "Within a range",
    # visibilities
    "visibility.public": "Public",
    "visibility.internal": "Internal",
    "visibility.confidential": "Confidential",
    # frequencies
    "frequency.daily": "Daily",
    "frequency.weekly": "Weekly",
    "frequency.monthly": "Monthly",
    "frequency.quarterly": "Quarterly",
    "frequency.half_yearly": "Half-yearly",
    "frequency.yearly": "Yearly",
    # a value's period as a reader reads it (Labels.period); a month and a day are Babel's
    "period.q1": "Q1 {year}",
    "period.q2": "Q2 {year}",
    "period.q3": "Q3 {year}",
    "period.q4": "Q4 {year}",
    "period.h1": "H1 {year}",
    "period.h2": "H2 {year}",
    "period.week": "Week {week}, {year}",
    # RAG bands
    "rag.green": "Green",
    "rag.amber": "Amber",
    "rag.red": "Red",
    # the default perspectives (DEFAULT_PERSPECTIVES); a catalog's own are shown as written
    "perspective.financial": "Financial",
    "perspective.customer": "Customer",
    "perspective.internal-process": "Internal process",
    "perspective.learning-growth": "Learning and growth",
    # the field tables of the kpi_fields macro
    "fields.field": "field",
    "fields.type": "type",
    "fields.default": "default",
    "fields.meaning": "meaning",
    "fields.required": "required",
    # page titles and sections
    "overview.title": "All KPIs",
    "errors.title": "The KPI catalog has errors",
    "errors.intro": "The catalog pages come back as soon as these files are fixed and saved; "
                    "this page reloads by itself.",
    "errors.count": "Errors: {count}, the same as `kpi validate` reports.",
    "errors.edit": "Edit",
    "errors.note": "The KPI catalog has errors ({count}): its pages list them until they are "
                   "fixed, and what this page shows of the catalog may be out of date.",
    "errors.see": "See the errors",
    "errors.unavailable": "(not shown while the KPI catalog has errors)",
    "departments.title": "Departments",
    "objectives.title": "Strategic objectives",
    "glossary.title": "Glossary",
    "section.measurement": "Measurement",
    "section.thresholds": "Thresholds",
    "section.actuals": "Actual values",
    "section.objective": "Objective and success",
    "section.description": "Background",
    "section.related": "Related KPIs",
    "section.links": "Links",
    "section.terms": "Terms used",
    "section.silenced": "Rules that do not apply",
    "section.changelog": "Change log",
    "section.use": "Using this KPI well",
    "section.tree": "What drives it",
    "section.objective_tree": "KPI tree",
    "section.success": "What success looks like",
    "section.kpis": "KPIs",
    "section.status": "Status at a glance",
    # fields
    "field.status": "Status",
    "field.baseline": "Baseline",
    "field.target": "Target",
    "field.target_date": "Target date",
    "field.latest": "Latest value",
    "field.owner": "Owner",
    "field.department": "Department",
    "field.objective": "Objective",
    "field.success_part": "Measures",
    "field.lifecycle": "Lifecycle",
    "field.review_date": "Next review",
    "field.metric": "Metric",
    "field.unit": "Unit",
    "field.data_source": "Data source",
    "field.method": "Method",
    "field.semantic_metric": "Semantic metric",
    "field.semantic_definition": "Definition",
    "field.semantic_expression": "Expression",
    "field.semantic_measures": "Measures",
    "field.semantic_window": "Window",
    "field.semantic_inputs": "Inputs",
    "offset.to_grain.day": "at the start of the day",
    "offset.to_grain.week": "at the start of the week",
    "offset.to_grain.month": "at the start of the month",
    "offset.to_grain.quarter": "at the start of the quarter",
    "offset.to_grain.year": "at the start of the year",
    # a semi-additive measure (a balance): taken on one day of each period, not summed
    "measure.taken_last": "on the last {dimension} of each period",
    "measure.taken_first": "on the first {dimension} of each period",
    # a measure grouped by a time dimension of its own, not its semantic model's default
    "measure.by_time": "by {dimension}",
    # after the above, for a balance taken entity by entity (`window_groupings`), then summed
    "measure.taken_for": "for each {entities} on its own",
    "field.semantic_conversion": "Conversion",
    "conversion.rate": "the share of {base} followed by {conversion} for the same {entity}",
    "conversion.count": "the number of {base} followed by {conversion} for the same {entity}",
    "conversion.within": "within {duration}",
    "window.all_time": "all time",
    "window.to_date.week": "week to date",
    "window.to_date.month": "month to date",
    "window.to_date.quarter": "quarter to date",
    "window.to_date.year": "year to date",
    "field.semantic_period_agg": "A period's value",
    "period_agg.first": "the cumulative value at the start of the period",
    "period_agg.last": "the cumulative value at the end of the period",
    "period_agg.average": "the average of the cumulative values within the period",
    # a semantic metric's type (MetricFlow's `type`), after its name on the KPI page
    "metric_type.simple": "simple",
    "metric_type.ratio": "ratio",
    "metric_type.derived": "derived",
    "metric_type.cumulative": "cumulative",
    "metric_type.conversion": "conversion",
    "field.semantic_gaps": "Periods without data",
    "gaps.join": "listed too, without a value",
    "gaps.fill": "a missing value counts as {value}",
    "gaps.join_fill": "listed too, with the value {value}",
    # after the above, for a ratio or derived metric where only some inputs fill periods
    "gaps.only_in": "in {filled} only, not in {others}",
    "field.semantic_filters": "Filters",
    "text.semantic_kpi_filter": "this KPI's filter",
    "field.collection_frequency": "Collected",
    "field.reporting_frequency": "Reported",
    "field.direction": "Direction",
    "field.period": "Period",
    "field.value": "Value",
    "field.expected": "Expected",
    "field.note": "Note",
    "field.kpi": "KPI",
    "field.head": "Head",
    "field.perspective": "Perspective",
    "field.kpi_count": "KPIs",
    "field.active_kpi_count": "Active KPIs",
    "field.aliases": "Also known as",
    "field.used_by": "Used by",
    "field.progress": "Progress",
    "field.measurement": "Measurement",
    "field.question": "Question it answers",
    "field.data_steward": "Data steward",
    "field.valid_range": "Possible values",
    "field.target_rationale": "Why this target",
    "field.limitations": "Limitations",
    "field.unintended_effects": "Unintended effects and countermeasures",
    "field.milestones": "Milestones",
    "field.method_changed": "Changes of method",
    "field.drives": "Drives",
    "field.driven_by": "Driven by",
    "field.tags": "Tags",
    # more fields, named in the history and kpi diff (changes/words.py)
    "field.name": "Name",
    "field.statement": "Statement",
    "field.visibility": "Visibility",
    "field.replaced_by": "Replaced by",
    "field.status_tolerance": "Status tolerance",
    "field.language": "Language",
    "field.query": "Query",
    "field.reviewers": "Reviewers",
    "field.term": "Term",
    "field.definition": "Definition",
    "field.reason": "Reason",
    "field.until": "Until",
    "field.title": "Title",
    "field.url": "Address",
    "field.date": "Date",
    "field.rule": "Rule",
    "field.min": "Lowest",
    "field.max": "Highest",
    # the parts of values made of parts, as a change names them (changes/words.py)
    "field.start": "Start",
    "field.end": "End",
    "field.id": "ID",
    "field.description": "Description",
    "field.change": "Change",
    "field.fields": "Fields",
    # the settings of catalog.yml, as `kpi diff` names a change of them
    "field.languages": "Languages",
    "field.required_languages": "Required languages",
    "field.perspectives": "Perspectives",
    "field.rules": "Rules",
    "field.review": "Review",
    "field.require_reason": "Changes that need a reason",
    "field.deleted": "Deleted KPIs",
    "field.vague_words": "Vague words",
    "field.audience": "Audience",
    "field.semantic_layer": "Semantic layer",
    "field.project": "Project",
    "field.manifest": "Manifest",
    "field.tolerance": "Tolerance",
    "field.grace_days": "Grace days",
    # sentences and fragments
    "text.manual": "set by hand",
    "text.manual_reason": "Status set by hand: {reason}",
    "text.changelog_fields": "for: {fields}",
    "section.history": "History",
    "text.history_intro": "Every change to this KPI's file, newest first.",
    "text.history_commit": "{subject} ({author})",
    # a commit whose subject is not for this audience: its date and author alone
    "text.history_author": "({author})",
    "text.history_unreadable": "The file could not be read at this point.",
    "text.history_reason": "Reason: {reason}",
    "text.history_language": "({language})",  # after a change's texts in another language
    "text.history_no_fields": "Layout or comments only: no field changed.",
    "change.added": "new KPI",
    "change.deleted": "deleted (instead of retired)",
    # an objective, a department or a glossary term: no KPI, never retired
    "change.added.entry": "added",
    "change.deleted.entry": "deleted",
    "change.retired": "retired",
    # what `kpi diff` says before an entry of a shared file: "objectives: grow-sales"
    "change.registry.objectives": "objectives",
    "change.registry.departments": "departments",
    "change.registry.glossary": "glossary",
    "change.registry.settings": "settings",
    "change.renamed": "renamed from {old}",
    "change.visibility_widened": "visibility widened, published to more readers: {old} → {new}",
    "change.visibility_narrowed": "visibility narrowed: {old} → {new}",
    "change.visibility_widened.audience": "audience widened, every KPI published, "
                                          "confidential ones and all values too: {old} → {new}",
    "change.visibility_narrowed.audience": "audience narrowed: {old} → {new}",
    "change.lifecycle_changed": "lifecycle changed: {old} → {new}",
    "change.moved.department": "moved to another department: {old} → {new}",
    "change.moved.objective": "moved to another objective: {old} → {new}",
    "change.moved.success_part": "moved to another success part: {old} → {new}",
    "change.statement_changed": "statement changed from “{old}” to “{new}”",
    "change.direction_changed": "direction changed: {old} → {new}",
    "change.target_easier": "target made easier: {old} → {new}",
    "change.target_harder": "target made harder: {old} → {new}",
    "change.target_moved": "target range moved: {old} → {new}",
    "change.target_changed": "target changed: {old} → {new}",
    "change.target_set": "target set: {new}",
    "change.target_removed": "target removed (was {old})",
    "change.deadline_later": "deadline moved later: {old} → {new}",
    "change.deadline_earlier": "deadline moved earlier: {old} → {new}",
    "change.milestone": "milestone of {date}: {text}",
    "change.baseline_changed": "baseline changed: {old} → {new}",
    "change.baseline_set": "baseline set: {new}",
    "change.thresholds_changed": "thresholds changed: {old} → {new}",
    "change.owner_changed": "owner changed: {old} → {new}",
    "change.measurement_changed": "measurement ({name}) changed: {old} → {new}",
    "change.actual_added": "value added for {period}: {new}",
    "change.actual_edited": "past value for {period} edited: {old} → {new}",
    "change.actual_deleted": "past value for {period} deleted (was {old})",
    "change.actual_note_changed": "note of the {period} value changed",
    "change.note_added": "change log entry added: {new}",
    "change.changed": "{name} changed: {old} → {new}",
    "change.period_changed": "period changed: {old} → {new}",
    "change.part_added": "success part `{part}` added: {new}",
    "change.part_removed": "success part `{part}` removed: {old}",
    "change.part_changed": "success part `{part}` reworded: {new}",
    "change.translation_added": "{language} texts added ({new})",
    "change.translation_removed": "{language} texts removed (there were {old})",
    "change.translation_changed": "{language} text of {name} changed: {old} → {new}",
    "change.translation_stale": "{language} text of {name} not updated with the original, "
                                "which changed: {old} → {new}",
    "change.language_changed": "language of the texts changed: {old} → {new}",
    # the names of the languages
    "language.en": "English",
    "language.id": "Indonesian",
    # a site in several languages
    "text.in_language": "This page in {language}",
    # a hand-written page's link to the catalog in another language, in that language
    "text.catalog_in_language": "The catalog in {language}",
    # the home page of another language (site/templates/home.md.j2)
    # its title in the browser's tab ("Home - <site name>") and the navigation; its heading
    # is the catalog's name
    "home.title": "Home",
    "home.intro": "The catalog of Key Performance Indicators (KPIs): each with its owner, "
                  "its baseline, its target and the values measured so far.",
    "home.pages": "How to find a KPI",
    "home.overview": "every KPI in one table, to search, filter and sort.",
    "home.departments": "the KPIs each department owns.",
    "home.objectives": "what success means for each strategic objective, and the KPIs that "
                       "measure it.",
    "home.glossary": "the terms the KPIs use.",
    "text.untranslated_page": "Parts of this page are not translated into {language} yet: "
                              "they are shown as written, in {originals}, and marked.",
    "text.progress": "{progress}% of the way from baseline to target",
    "text.progress_expected":
        "{progress}% of the way from baseline to target; {expected}% expected by now",
    "text.no_progress": "No progress to show yet.",
    "text.hold_met": "At its target, which is its baseline: a level to hold.",
    "text.hold_missed": "Away from its target, which is its baseline: a level to return to.",
    "text.by": "by {date}",
    "text.range": "between {min} and {max}",
    "text.none": "Not set",
    "text.no_actuals": "No values have been measured yet.",
    "text.measures_part": "This KPI measures one part of the objective {objective}:",
    "text.green_from": "Green from {value}",
    "text.amber_from": "Amber from {value}",
    "text.red_below": "Red below {value}",
    "text.red_above": "Red above {value}",
    "text.current_band": "The latest value is in the {band} band.",
    "text.no_kpis": "No KPI measures this yet.",
    "text.no_kpis_here": "There are no KPIs here yet.",
    "text.department_unpublished": "No KPI of this department is published in this edition "
                                   "of the catalog.",
    "text.objective_unpublished": "No KPI of this objective is published in this edition of "
                                  "the catalog.",
    "text.all": "All",
    "text.find": "Find",
    "text.find_hint": "Name, statement, owner, tag or id",
    "text.no_match": "No KPI matches. Set a filter back to “{all}” or clear the {find} box to "
                     "see more.",
    "text.led_by": "Led by {head}.",
    "text.period": "From {start} to {end}.",
    "text.trend": "Trend of {name}",
    "text.trend_table": "The values in the chart",
    "text.glossary_link": "All terms in the glossary",
    "text.other_kpis": "KPIs of other objectives",
    "text.part": "Part {number}",
    "text.replaced_by": "This KPI is retired. It is followed by {successor}.",
    "text.values_internal": "This KPI's values are shown on the internal site only.",
    "text.range_from": "from {min}",
    "text.range_up_to": "up to {max}",
    "text.method_break":
        "New method from {date}: values before it are shown apart and do not count for status.",
    "text.gaps": "No value for {periods}.",
    "text.gaps_many": "No value for {count} {periods}, from {first} to {last}.",
    "text.gaps_apart":
        "No value for {count} {periods} in {stretches} stretches, between {first} and {last}.",
    # what a series' periods are called, many of them (a long gap: more than five)
    "periods.daily": "days",
    "periods.weekly": "weeks",
    "periods.monthly": "months",
    "periods.quarterly": "quarters",
    "periods.half_yearly": "half-years",
    "periods.yearly": "years",
    "text.tree_desc": "The objective, the parts of its success, the KPIs that measure each part "
                      "and the KPIs that drive them; each box links to its page and is coloured "
                      "by status.",
    "text.tree_title": "KPI tree of {name}",
    "chart.milestone": "Milestone",
    "chart.method_change": "Method changed",
    "chart.actual": "Actual",
    "chart.target": "Target",
    "chart.expected": "Expected",
    # the theme's texts that mkdocs.yml may leave to the plugin (site/theme_texts.py)
    "site.permalink": "Permanent link",
    "site.to_dark": "Switch to dark mode",
    "site.to_light": "Switch to light mode",
    "site.to_system": "Switch to system preference",
    "site.to_palette": "Switch colour scheme",
    "text.files": "For slides, wikis and other tools:",
    "link.chart_image": "trend chart (SVG)",
    "link.badge_image": "status badge (SVG)",
    "link.json": "data (JSON)",
    # llms.txt and llms-full.txt (site/llms.py)
    "llms.statuses": "A KPI's status is one of: {statuses}. It compares the latest value with "
                     "the path from the baseline to the target.",
    "llms.notes": "Each department below lists its KPIs: a link to the KPI's page, its status "
                  "and its statement. Every KPI in full, as text: {full}; as JSON: {json}.",
    "llms.department": "the department's page: its KPIs by objective",
    "llms.objectives": "Strategic objectives",
    "llms.glossary_title": "Glossary",
    "llms.glossary": "the terms and acronyms the KPIs use, spelled out",
    "llms.full_title": "{name}: every KPI in full",
    "llms.full_summary": "Every KPI of {name} in full, as it stands on {date}: statement, "
                         "measurement, baseline, target, values and status.",
    "llms.json": "the whole catalog as JSON, version 1 (its JSON Schema: {schema}); each KPI "
                 "also has its own JSON, and its chart and badge as SVG images",
    "llms.page": "Page",
    "llms.standing_none": "none of them is active on {date}",
}

PLURALS: dict[str, tuple[str, str]] = {
    "change.actuals_relabelled": ("period of {count} value written in another form: {pairs}",
                                  "periods of {count} values written in another form: {pairs}"),
    "text.kpis_total": ("{count} KPI", "{count} KPIs"),
    # how long a conversion may take: within 7 days
    "duration.hour": ("{count} hour", "{count} hours"),
    "duration.day": ("{count} day", "{count} days"),
    "duration.week": ("{count} week", "{count} weeks"),
    "duration.month": ("{count} month", "{count} months"),
    "duration.quarter": ("{count} quarter", "{count} quarters"),
    "duration.year": ("{count} year", "{count} years"),
    # an input of a derived semantic metric taken earlier: 1 month earlier
    "offset.hour": ("{count} hour earlier", "{count} hours earlier"),
    "offset.day": ("{count} day earlier", "{count} days earlier"),
    "offset.week": ("{count} week earlier", "{count} weeks earlier"),
    "offset.month": ("{count} month earlier", "{count} months earlier"),
    "offset.quarter": ("{count} quarter earlier", "{count} quarters earlier"),
    "offset.year": ("{count} year earlier", "{count} years earlier"),
    # a cumulative semantic metric's window: the last 7 days
    "window.hour": ("the last {count} hour", "the last {count} hours"),
    "window.day": ("the last {count} day", "the last {count} days"),
    "window.week": ("the last {count} week", "the last {count} weeks"),
    "window.month": ("the last {count} month", "the last {count} months"),
    "window.quarter": ("the last {count} quarter", "the last {count} quarters"),
    "window.year": ("the last {count} year", "the last {count} years"),
    "text.count_shown": ("Showing {count} of {total} KPI", "Showing {count} of {total} KPIs"),
    # above a status roll-up: whose statuses it counts (`rollup_lifecycle`)
    "text.rollup_active": ("Status of {count} active KPI:", "Status of {count} active KPIs:"),
    "text.rollup_draft": ("Status of {count} draft KPI:", "Status of {count} draft KPIs:"),
    "text.rollup_retired": ("Status of {count} retired KPI:", "Status of {count} retired KPIs:"),
    "llms.summary": (
        "The {count} Key Performance Indicator (KPI) of {name}, one sentence from a baseline "
        "to a target by a date; {standing}.",
        "The {count} Key Performance Indicators (KPIs) of {name}, each one sentence from a "
        "baseline to a target by a date; {standing}."),
    # `standing` of llms.summary: the active KPIs, those the site's roll-ups count
    "llms.standing": ("where its {count} active KPI stands on {date}: {rollup}",
                      "where its {count} active KPIs stand on {date}: {rollup}"),
}
"""The labels with a ``{count}``, singular and plural: :meth:`Labels.get` chooses by the
count (by ``{total}`` when there is one), as the language does (a catalog of one KPI: "1
KPI", not "1 KPIs")."""




class Labels:
    """The labels of one language: ``labels["status.behind"]``, ``labels.status(value)``."""

    def __init__(self, language: str = "en"):
        self.language = language
        found = translations(language)  # each label's key is the context of its English text
        self._labels = {key: found.pgettext(key, english) for key, english in EN.items()}
        self._found = found

    def __getitem__(self, key: str) -> str:
        return self._labels[key]

    def template(self, key: str, **values: object) -> str:
        """The label before its ``{placeholders}`` are filled in; for one of :data:`PLURALS`,
        the form its ``count`` (or ``total``) takes."""
        if key not in PLURALS:
            return self._labels[key]
        singular, plural = PLURALS[key]
        counted = values["total"] if "total" in values else values["count"]
        return self._found.npgettext(key, singular, plural, int(str(counted)))

    def get(self, key: str, **values: object) -> str:
        """The label, with ``{placeholders}`` filled in (values are not escaped here). A
        sentence that ends with a value ends with that value's own full stop, not a second
        one (`Led by Dr. Budi Santoso, S.E., M.M.`, not `M.M..`)."""
        text = self.template(key, **values)
        if not values:
            return text
        filled = text.format(**values)
        if text.endswith("}.") and filled.endswith(".."):
            return filled[:-1]
        return filled

    def status(self, value: StatusValue | str) -> str:
        return self._labels[f"status.{_value(value)}"]

    def lifecycle(self, value: Lifecycle | str) -> str:
        return self._labels[f"lifecycle.{_value(value)}"]

    def direction(self, value: Direction | str) -> str:
        return self._labels[f"direction.{_value(value)}"]

    def frequency(self, value: Frequency | str) -> str:
        return self._labels[f"frequency.{_value(value)}"]

    def window(self, count: int, grain: str, to_date: str, words: str) -> str:
        """A cumulative metric's window (:class:`MetricDefinition`'s ``window_count``,
        ``window_grain``, ``grain_to_date``), in the manifest's ``words`` for a grain this
        language has no words for (a custom grain)."""
        if grain:
            key = f"window.{grain}"
            return self.get(key, count=count) if key in PLURALS else words
        if to_date:
            return self._labels.get(f"window.to_date.{to_date}", words)
        return self._labels["window.all_time"]

    def period_agg(self, word: str) -> str:
        """A cumulative metric's value of a period (`period_agg`: ``first``, ``last``,
        ``average``), in words; a word this language has no words for as the manifest has it."""
        return self._labels.get(f"period_agg.{word}", word)

    def metric_type(self, word: str) -> str:
        """A semantic metric's type (``ratio``) in this language's words; a type this
        language has no words for as the manifest has it."""
        return self._labels.get(f"metric_type.{word}", word)

    def offset(self, count: int, grain: str, to_grain: str) -> str:
        """When an input of a derived metric is taken (:class:`InputText`'s offset), in the
        manifest's words for a grain this language has no words for (a custom grain)."""
        if grain:
            key = f"offset.{grain}"
            return self.get(key, count=count) if key in PLURALS else f"offset {count} {grain}"
        return self._labels.get(f"offset.to_grain.{to_grain}", f"offset to {to_grain}")

    def conversion(self, steps: ConversionText) -> str:
        """What a conversion metric counts, in words (names as the manifest gives them)."""
        text = self.get("conversion.rate" if steps.rate else "conversion.count",
                        base=steps.base, conversion=steps.conversion, entity=steps.entity)
        if steps.window_grain:
            key = f"duration.{steps.window_grain}"
            duration = (self.get(key, count=steps.window_count) if key in PLURALS
                        else f"{steps.window_count} {steps.window_grain}")
            text += " " + self.get("conversion.within", duration=duration)
        return text

    def rag(self, value: str) -> str:
        return self._labels[f"rag.{value}"]

    def perspective(self, perspective: str) -> str:
        """The four default perspectives in this language; a catalog's own as written."""
        return self._labels.get(f"perspective.{perspective}", perspective)

    def date(self, value: datetime.date | None) -> str:
        """``31 December 2026`` / ``31 Desember 2026``."""
        return "" if value is None else format_date(value, self.language)

    def period(self, period: str) -> str:
        """A value's period as a reader reads it: ``October 2026`` / ``Oktober 2026`` (a
        month), ``Q3 2026`` / ``Triwulan III 2026``, ``H1 2026`` / ``Semester I 2026``,
        ``Week 47, 2026`` / ``Minggu ke-47 tahun 2026`` (an ISO week), a day as :meth:`date`, a
        year as written; a text that is no period as written."""
        return format_period(period, self.language, self._labels)

    def short_date(self, value: datetime.date | None) -> str:
        """``31 Dec 2026`` / ``31 Des 2026``: for narrow table columns."""
        return "" if value is None else format_date(value, self.language, "medium")

    def number(self, value: float | None) -> str:
        """``1,200`` / ``1.200``; up to two decimals, without trailing zeros."""
        return format_number(value, number_marks(self.language))


@cache
def labels(language: str = "en") -> Labels:
    """The labels of ``language``, made once per process."""
    return Labels(language)


def current_labels() -> Labels:
    """The labels of the language being spoken (:mod:`kpi_catalog.i18n.messages`): for the
    reports of the `kpi` command, where the site uses the page's language."""
    return labels(current_language())


def period_text(period: str) -> str:
    """A value's period as the site names it, in the language spoken: ``October 2026`` /
    ``Oktober 2026``, ``Q3 2026`` / ``Triwulan III 2026``, ``Week 47, 2026`` (see
    :meth:`Labels.period`): how every message of the `kpi` command names a period."""
    return current_labels().period(period)


@lru_cache(maxsize=4096)
def format_date(value: datetime.date, language: str, width: str = "long") -> str:
    """A date as ``language`` writes it, in CLDR's ``long`` or ``medium`` form (Babel). A
    catalog has few distinct dates and a site shows each many times: each is made once."""
    from babel.dates import format_date as babel_format_date  # only where dates show

    return babel_format_date(value, width, locale=LOCALES[language])


@lru_cache(maxsize=4096)
def _month(year: int, month: int, language: str) -> str:
    from babel.dates import format_skeleton  # only where periods show

    return format_skeleton("yMMMM", datetime.date(year, month, 1), locale=LOCALES[language])


def format_period(period: str, language: str, words: dict[str, str]) -> str:
    """``period`` (``2026-10``, ``2026-Q3``...) in ``language``, with its ``words`` (the
    labels ``period.q1``... of :data:`EN`, translated): see :meth:`Labels.period`."""
    form = form_of(period)
    year = period[:4]
    if form == "day":
        return format_date(period_end(period), language)
    if form == "month":
        return _month(int(year), int(period[5:7]), language)
    if form in ("quarter", "half"):
        return words[f"period.{period[5:].lower()}"].format(year=year)
    if form == "week":
        return words["period.week"].format(week=int(period[6:]), year=year)
    return period  # a year, or no period at all


def _value(value: Enum | str) -> str:
    return value.value if isinstance(value, Enum) else value  # an enum member or its text
