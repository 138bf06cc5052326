"""The E-codes: every problem with a catalog file that is not a KPI-writing rule.

Like the K rules, each code has one meaning, a short name, a one-line summary, a hint
that fits every case, and a page ``docs/errors/<CODE>.md`` with a bad and a fixed
example (a test keeps code and pages in step). Code that reports a problem refers to a
constant here (``codes.DUPLICATE_FIELD``), never to a bare ``"E109"``: a code cannot be
mistyped, reused for a second meaning, or left without a page.

``E1xx``: the file cannot be read as safe YAML; ``E2xx``: a field is missing, unknown
or of the wrong type; ``E3xx``: the files do not fit together (ids, references, layout);
``E4xx``: values to import (``kpi actuals import|pull``) do not fit the catalog.
"""

from __future__ import annotations

from dataclasses import dataclass

from kpi_catalog.model.diagnostics import Severity

DOCS_URL = "https://nusantara-retail.github.io/kpi-catalog/"
"""Where the documentation of kpi-catalog is published (this repository's site)."""


@dataclass(frozen=True)
class Code:
    code: str
    """Stable code (`E109`), shown in every message."""
    name: str
    """Short kebab-case name (`duplicate-field`)."""
    summary: str
    """What went wrong, in one line."""
    hint: str
    """How to fix it, in one line, whatever the case."""
    severity: Severity = Severity.ERROR
    """How serious it is; only errors make a catalog invalid."""

    @property
    def page(self) -> str:
        """The code's page, relative to the docs folder."""
        return f"errors/{self.code}.md"


CODES: dict[str, Code] = {}
"""Every E-code, by code, in code order."""


def _code(code: str, name: str, summary: str, hint: str,
          severity: Severity = Severity.ERROR) -> str:
    if code in CODES:
        raise ValueError(f"error code {code} is registered twice")
    CODES[code] = Code(code, name, summary, hint, severity)
    return code


# --- E1xx: reading the file as safe YAML -----------------------------------------------

YAML_SYNTAX = _code(
    "E101", "yaml-syntax", "The file is not valid YAML.",
    "Check the indentation, quotes and colons on the line shown and the line above.")
FORBIDDEN_CHARACTER = _code(
    "E102", "forbidden-character", "The file holds a character that YAML does not allow.",
    "Delete the invisible character, or retype the line.")
NOT_YAML = _code(
    "E103", "not-yaml", "The file could not be read as YAML at all.",
    "Check that this is a YAML file, saved as plain text.")
AMBIGUOUS_VALUE = _code(
    "E104", "ambiguous-value",
    "A value that YAML tools read differently, or otherwise than it looks (a `#` comment, "
    "curly quotes), or that carries a tag (`!!str`).",
    "Put the value in quotes if it is text, or write it plainly; remove tags.")
TOO_LARGE = _code(
    "E105", "too-large",
    "The values are nested too deeply, or aliases expand them to too many values or too much "
    "text.",
    "KPI files need only a few levels and no repeated anchors; write the values out.")
FIELD_NAME_NOT_TEXT = _code(
    "E106", "field-name-not-text",
    "A field name is not plain text (a number, true/false, a list, a merge key `<<`).",
    "Write the field name as a word followed by a colon; quote it if it looks like a number.")
BAD_ALIAS = _code(
    "E107", "bad-alias",
    "An alias (`*name`) refers to no anchor, or to a value containing it; or an anchor "
    "(`&name`) marks a value that nothing repeats.",
    "Define the anchor (`&name`) above the alias, or write the value out; quote a value that "
    "starts with `&` or `*`.")
SEVERAL_DOCUMENTS = _code(
    "E108", "several-documents", "The file holds more than one YAML document (`---`).",
    "Keep one KPI per file: move what follows `---` to a file of its own.")
DUPLICATE_FIELD = _code(
    "E109", "duplicate-field", "The same field appears twice in the same place.",
    "Keep one of the two: YAML would silently drop the first.")
UNREADABLE_FILE = _code(
    "E110", "unreadable-file",
    "The file cannot be read: too large, not a regular file, or a link out of the repository.",
    "Replace it with a plain text file of the repository, under 1 MB.")
NOT_UTF8 = _code(
    "E111", "not-utf8", "The file is not UTF-8 text.",
    "Save the file as UTF-8 in your editor.")
NOT_FIELDS = _code(
    "E112", "not-fields", "The file is empty, or holds a list or a single value, not fields.",
    "Start each line with `field: value`, or delete the file.")
FIELD_WITHOUT_VALUE = _code(
    "E113", "field-without-value", "A field name has no value after it.",
    "Write the value after the colon, or remove the field.")

# --- E2xx: the fields of one file --------------------------------------------------------

MISSING_FIELD = _code(
    "E201", "missing-field", "A field that is required is missing.",
    "Add the field, with its value, where the message says.")
UNKNOWN_FIELD = _code(
    "E202", "unknown-field", "A field that does not belong here (often a typo).",
    "Correct the spelling (the hint suggests the closest field), or remove it.")
WRONG_TYPE = _code(
    "E203", "wrong-type", "A value of the wrong kind: text for a number, a value for a list...",
    "Write the kind of value the field needs; the hint shows how.")
INVALID_VALUE = _code(
    "E204", "invalid-value",
    "A value of the right kind that is not allowed (a choice, a pattern, a range).",
    "Use one of the allowed values; the hint lists them or says the rule.")

# --- E3xx: the files together -------------------------------------------------------------

MISSING_FILE = _code(
    "E301", "missing-file", "The catalog folder, or a file it must hold, does not exist.",
    "Create it: a catalog needs departments.yml and objectives.yml.")
DUPLICATE_ID = _code(
    "E302", "duplicate-id", "An id (or glossary term) is used twice.",
    "Give each entry its own id; keep one definition of a term.")
MISPLACED_FILE = _code(
    "E303", "misplaced-file", "A file or folder where the catalog does not read it.",
    "Move KPI files into the folder of their department, one level deep.")
ID_NOT_FILE_NAME = _code(
    "E304", "id-not-file-name", "A KPI's id differs from its file name.",
    "Rename the file after the id, or correct the id.")
WRONG_FOLDER = _code(
    "E305", "wrong-folder", "A KPI's department differs from the folder it lies in.",
    "Correct `department`, or move the file to the folder of its department.")
UNKNOWN_PERSPECTIVE = _code(
    "E306", "unknown-perspective", "An objective's perspective is not one of the catalog's.",
    "Use one of the perspectives, or add it to `perspectives` in catalog.yml.")
UNKNOWN_REFERENCE = _code(
    "E307", "unknown-reference",
    "A KPI refers to a department, objective, success part or KPI that does not exist.",
    "Use an existing id (the hint suggests the closest), or add the entry it refers to.")
NOT_A_KPI_FILE = _code(
    "E308", "not-a-kpi-file",
    "A file in a department folder that is not YAML, so it is not read (information only; a "
    "warning when its name is a KPI file's with .txt after it, and the catalog has no KPI "
    "of that id).",
    "Rename it to end in .yml if it is a KPI; otherwise nothing needs doing.",
    Severity.INFO)
OUTSIDE_VALID_RANGE = _code(
    "E309", "outside-valid-range",
    "A baseline, target, milestone or actual value lies outside the KPI's `valid_range`.",
    "Correct the value (often a share written as 0.45 for 45), or widen `valid_range`.")
DRIVER_CYCLE = _code(
    "E310", "driver-cycle", "A KPI drives itself, directly or through other KPIs' `drivers`.",
    "Remove the link that is not an input of the KPI it drives.")
MISPLACED_MILESTONE = _code(
    "E311", "misplaced-milestone",
    "A milestone is not between the baseline and the target date, or not in date order.",
    "Date each milestone after the baseline and before the target, in date order.")
PERIOD_NOT_ENDED = _code(
    "E312", "period-not-ended", "A value is for a period that has not ended yet.",
    "Remove the value, or correct its period: a value is measured once its period is over.")
MIXED_PERIOD_FORMS = _code(
    "E313", "mixed-period-forms",
    "A KPI's values write the same kind of period in two forms (ISO weeks and days).",
    "Write every week the same way: all as ISO weeks (2026-W13) or all as their Sundays.")
ORPHAN_TRANSLATION = _code(
    "E314", "orphan-translation",
    "A translation gives a text the entry does not have: a link, value or success part it "
    "does not list, or a field it leaves empty.",
    "Remove the translated text, or correct what it names (`url`, `period`, `id`) to match "
    "the original.")
TRANSLATION_LANGUAGE = _code(
    "E315", "translation-language",
    "A translation into a language catalog.yml does not list in `languages`, or into the "
    "language the entry is written in.",
    "Add the language to `languages` in catalog.yml, or move the texts where they belong.")

SEMANTIC_LAYER_MISSING = _code(
    "E320", "semantic-layer-missing",
    "A KPI names a semantic metric, and catalog.yml does not say where the dbt project is.",
    "Add `semantic_layer: {project: path/to/dbt_project}` to catalog.yml.")
SEMANTIC_MANIFEST = _code(
    "E321", "semantic-manifest",
    "The dbt project's semantic manifest is missing or cannot be read.",
    "Run `dbt parse` in the dbt project folder: it writes target/semantic_manifest.json.")
UNKNOWN_SEMANTIC_METRIC = _code(
    "E322", "unknown-semantic-metric",
    "A KPI names a semantic metric that the dbt project does not have.",
    "Use the name of a metric of the dbt project; the hint suggests the closest.")
SEMANTIC_GRAIN = _code(
    "E323", "semantic-grain",
    "A semantic metric cannot be grouped by the grain of the KPI's values.",
    "Report the KPI at a grain the metric's time dimension gives, or name another metric.")
BAD_SEMANTIC_FILTER = _code(
    "E324", "bad-semantic-filter",
    "A semantic metric's filter is not in MetricFlow's where syntax, or names what the "
    "dbt project does not have.",
    "Name the dbt project's dimensions as MetricFlow does (`Dimension('entity__dimension')` "
    "in double braces); the hint suggests the closest.")
SEMANTIC_PERIOD_AGG = _code(
    "E325", "semantic-period-agg",
    "A KPI names a cumulative metric that gives each period its value at the period's start "
    "(`period_agg: first`, MetricFlow's default), not at its end.",
    "Give the metric `period_agg: last` under `cumulative_type_params` in the dbt project "
    "and run `dbt parse`, or report the KPI at the metric's own grain.",
    Severity.WARNING)
SEMANTIC_TO_DATE = _code(
    "E326", "semantic-to-date",
    "A KPI names a cumulative metric that starts again within each of the KPI's periods "
    "(`grain_to_date` finer than the KPI's grain): a period's value is its last part alone "
    "(`period_agg: last`), its first part's first day (`first`), or an average of totals "
    "that start again (`average`).",
    "Report the KPI at the metric's `grain_to_date`, or give the metric the KPI's grain as "
    "`grain_to_date`.",
    Severity.WARNING)
SEMANTIC_FILTER_UNREACHABLE = _code(
    "E327", "semantic-filter-unreachable",
    "A semantic metric's filter names a dimension, an entity or a metric that the metric's "
    "own semantic model cannot reach by joins on entities.",
    "Name the dimension or entity through the entities that lead to it from the metric's "
    "semantic model (the hint lists them), or filter by one the metric reaches.")
SEMANTIC_OFFSET_GRAIN = _code(
    "E328", "semantic-offset-grain",
    "A KPI names a derived metric that takes an input earlier by a window MetricFlow cannot "
    "apply at the KPI's grain (a week moved back a month or a year starts no week), or at the "
    "start of a grain that its data rarely starts (weekly data at each month's start): most "
    "of the KPI's periods get no value.",
    "Report the KPI by the window's grain, or give the input a window of whole periods of "
    "the KPI's grain (`offset_window: 52 weeks` for a weekly KPI), or its data a time "
    "dimension by the day.",
    Severity.WARNING)
SEMANTIC_TIME_SPINE = _code(
    "E329", "semantic-time-spine",
    "A KPI names a metric that MetricFlow computes on the time spine at a grain finer than "
    "any time spine of the dbt project (a cumulative metric, or an input taken earlier, over "
    "timestamps by the hour): MetricFlow refuses the query.",
    "Add a time spine at that grain to the dbt project, or give the measures a time "
    "dimension by the day.")
SEMANTIC_MANIFEST_STALE = _code(
    "E330", "semantic-manifest-outdated",
    "A KPI names a semantic metric that the dbt project's YAML (or an installed package's) now "
    "defines otherwise than the semantic manifest (its type, measure, inputs, expression, "
    "filters, inputs' offsets, window, conversion steps, `time_granularity` or "
    "`fill_nulls_with`), or has disabled (in the metric's file or in dbt_project.yml) or "
    "deleted: the manifest is older, `dbt parse` has not run since. Or the metric is found "
    "nowhere while a package that packages.yml declares is not installed.",
    "Run `dbt parse` in the dbt project folder (`dbt deps` first, for a package not "
    "installed), then validate again.",
    Severity.WARNING)

SEMANTIC_WEEKS_IN_MONTHS = _code(
    "E331", "semantic-weeks-in-months",
    "A KPI by the month, quarter or year names a metric whose measures are by the week: "
    "MetricFlow counts each week whole in the period its Monday falls in, so a period holds "
    "days of the next one and lacks some of its own.",
    "Give the measure a time dimension by the day (`agg_time_dimension`) in the dbt project "
    "and run `dbt parse`, or report the KPI by the week.",
    Severity.WARNING)
SEMANTIC_RATIO_ONE_NAME = _code(
    "E332", "semantic-ratio-one-name",
    "A KPI names a ratio metric (or a metric made of one) whose numerator and denominator "
    "name the same metric without an `alias` that sets them apart: MetricFlow gives both the "
    "same column and divides the numerator by itself, so every value is 1 (or the warehouse "
    "refuses the query).",
    "Give the denominator (or the numerator) an `alias` in the dbt project and run "
    "`dbt parse`.")

# --- E4xx: values to import (kpi actuals import|pull) ----------------------------------

BAD_VALUES_FILE = _code(
    "E401", "bad-values-file",
    "The file of values cannot be read: not UTF-8, no header row, or a line that is not JSON.",
    "Start from `kpi due --format csv`; save it as CSV UTF-8 with the header kpi,period,value.")
UNKNOWN_KPI = _code(
    "E402", "unknown-kpi", "A row names no KPI, or a KPI the catalog does not have.",
    "Write the KPI's id (its file name without .yml); the hint suggests the closest.")
RETIRED_KPI = _code(
    "E403", "retired-kpi", "A row gives a value to a retired KPI.",
    "Remove the row, or make the KPI active again first.")
BAD_PERIOD = _code(
    "E404", "bad-period", "A row's period is missing or is not a period.",
    "Write 2026-03-31 (a day), 2026-03 (a month), 2026-Q1, 2026-H1 or 2026 (a year).")
PERIOD_NOT_FREQUENCY = _code(
    "E405", "period-not-frequency",
    "A row's period does not fit how often the KPI is collected or reported.",
    "Use a period of the KPI's reporting or collection frequency (the hint says which).")
BAD_NUMBER = _code(
    "E406", "bad-number",
    "A row's value is not a plain number (`1.234,5`, `25%` for a KPI not in percent, empty), "
    "or its note is not one line.",
    "Write the number with a decimal point and no thousands separators or units: 1234.5.")
SAME_PERIOD_TWICE = _code(
    "E407", "same-period-twice", "The file gives the same KPI and period twice.",
    "Keep one of the two rows.")
VALUE_EXISTS = _code(
    "E408", "value-exists", "The catalog already has another value for that KPI and period.",
    "Run again with --replace if the value is a deliberate correction; else remove the row.")
CANNOT_WRITE_VALUES = _code(
    "E409", "cannot-write-values",
    "The values could not be written into a KPI file without changing more of it.",
    "Add the values to that file by hand.")

QUERY_FAILED = _code(
    "E410", "query-failed",
    "A KPI's query could not run: a database error, not a SELECT, too slow, or too many rows.",
    "Run the query in your database tool and correct it in the KPI's `measurement.query`.")
ROW_PERIOD_NOT_ENDED = _code(
    "E411", "row-period-not-ended", "A row gives a value for a period that has not ended yet.",
    "Remove the row, or correct its period; import the value once the period is over.")

VALUES_TOO_LARGE = _code(
    "E412", "values-too-large",
    "The values would make a KPI file too large for the catalog to read (over 1 MB).",
    "Shorten the notes, or move long text into the KPI's description.")

PERIODS_SKIPPED = _code(
    "E413", "periods-skipped",
    "The imported values leave earlier periods of a KPI without a value: `kpi due` asks only "
    "for the periods after a KPI's latest value, so nothing asks for these again.",
    "Import the values of those periods too, or leave them empty if they were never measured "
    "(`kpi due --gaps` lists them).",
    Severity.WARNING)

SEMANTIC_QUERY_FAILED = _code(
    "E420", "semantic-query-failed",
    "MetricFlow could not compute a KPI's semantic metric.",
    "Run `mf query` for the metric in the dbt project folder and correct the metric or the "
    "KPI's `measurement.semantic_metric`.")

PERIODS_LEFT_OUT = _code(
    "E421", "periods-left-out",
    "`kpi actuals pull` left out values for periods before the KPI's baseline period (from "
    "its query or its semantic metric), or before a semantic metric's first data or after "
    "its last where MetricFlow filled periods in (`fill_nulls_with`), or past the end of the "
    "dbt time spine a cumulative metric is computed on (or a metric is joined to), or "
    "where MetricFlow gave a cumulative metric's period other days' value (nothing in its "
    "window on the day or days its `period_agg` takes: the period's first, last, or each).",
    "Nothing to change if the KPI starts there; move `baseline` earlier if older values "
    "belong to it. After a metric's last data: check that its data still arrives. Past the "
    "time spine's end: extend the time spine model in dbt.",
    Severity.INFO)


TRANSLATED_RULE_PAGES: dict[str, frozenset[str]] = {"id": frozenset({
    "index", "K100", "K101", "K102", "K103", "K104", "K105", "K106", "K107", "K108",
    "K109", "K110", "K111", "K112", "K113", "K114", "K115", "K116", "K117", "K118",
    "K119", "K120", "K121", "K122", "K124", "K125"})}
"""The rule pages the published documentation has in a language besides English, by name
(``docs/id/rules/K101.md``; a test keeps this in step with the folder): a message in that
language links them, and the English page of a rule not translated yet."""


def _rules_folder(page: str, language: str) -> str:
    """The published folder of the rules' pages that holds ``page`` (``K101``, ``index``) in
    ``language``: that language's when it has the page, else the first language's."""
    translated = page in TRANSLATED_RULE_PAGES.get(language, ())
    return DOCS_URL + (f"{language}/" if translated else "") + "rules/"


def rules_url(language: str = "en") -> str:
    """The published index of the K rules, in ``language`` when it has one."""
    return _rules_folder("index", language)


def doc_url(code: str, language: str = "en") -> str:
    """The published page of an E-code or a K rule (a rule's in ``language`` when it has
    one); empty for an unknown code."""
    if code in CODES:
        return DOCS_URL + f"errors/{code}/"
    if code.startswith("K") and code[1:].isdigit():
        return _rules_folder(code, language) + f"{code}/"
    return ""
