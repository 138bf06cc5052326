"""Values a hostile (or careless) pull request may hold: multi-line labels, control
characters, huge numbers, dates at the ends of the calendar, endless statements.

The model refuses each with a located message in plain words; everything it accepts,
every consumer (status, charts, number formatting, export) handles.
Line numbers refer to ``kpis/marketing/new-leads.yml`` in conftest.py.
"""

from __future__ import annotations

import json
import math
from datetime import date

import pytest
from click.testing import CliRunner

from kpi_catalog.cli import main
from kpi_catalog.export.document import catalog_document, dumps
from kpi_catalog.export.tables import to_csv
from kpi_catalog.i18n.numbers import format_number
from kpi_catalog.model.fields import LAST_YEAR, NUMBER_LIMIT, STATEMENT_LIMIT
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.site.charts import trend_svg
from kpi_catalog.status.compute import compute_status
from kpi_catalog.status.report import status_json, status_rows, status_table

KPI = "kpis/marketing/new-leads.yml"
TODAY = date(2026, 11, 27)

# --- one-line fields -------------------------------------------------------------------

BREAKS = {
    "line feed": "\n", "carriage return": "\r", "line separator": "\u2028",
    "paragraph separator": "\u2029", "next line": "\x85", "vertical tab": "\x0b",
}


@pytest.mark.parametrize("char", BREAKS.values(), ids=BREAKS.keys())
def test_a_line_break_in_a_one_line_field_is_refused(catalog, located, char):
    text = json.dumps(f"per month{char}{char}```{{ onfocus=alert(1) }}")  # a YAML "…" string
    catalog.edit(KPI, "  unit: leads per month", f"  unit: {text}")
    error = catalog.only_error()
    located(error, KPI, 11, 3, "E204", "`unit`: the text must be one line", "a line break",
            "character 10", "Write it on one line")
    assert error.field_label == "measurement.unit"


@pytest.mark.parametrize(("rel", "old", "new", "line", "field"), [
    (KPI, "name: New leads per month", 'name: "New\\nleads"', 2, "name"),
    (KPI, "statement: Increase new leads from 100 to 150 per month by 31 December 2026.",
     'statement: "Increase\\n\\n<b>x</b>"', 3, "statement"),
    (KPI, "owner: Marketing Operations Lead", 'owner: "Lead\\n"', 7, "owner"),
    (KPI, "  metric: New leads created in the CRM", '  metric: "a\\rb"', 10,
     "measurement.metric"),
    (KPI, "  data_source: CRM monthly lead report", '  data_source: "a\\u2028b"', 12,
     "measurement.data_source"),
    (KPI, "tags: [pipeline]", 'tags: ["a\\nb"]', 22, "tags[0]"),
    (KPI, "tags: [pipeline]", 'links: [{title: "a\\nb", url: "https://x.org"}]', 22,
     "links[0].title"),
    ("kpis/departments.yml", "    name: Marketing", '    name: "Mar\\n\\nketing"', 3,
     "departments[0].name"),
    ("kpis/departments.yml", "    head: Head of Sales", "    head: |\n      Head\n", 7,
     "departments[1].head"),
    ("kpis/objectives.yml", "    name: Grow the sales pipeline", '    name: "Grow\\n"', 3,
     "objectives[0].name"),
    ("kpis/objectives.yml", "    owner: Chief Commercial Officer", '    owner: "C\\x85O"', 4,
     "objectives[0].owner"),
    ("kpis/objectives.yml", "        description: More contacts become leads.",
     '        description: "More\\n\\n# leads"', 9, "objectives[0].success[0].description"),
    ("kpis/glossary.yml", "  - term: CRM", '  - term: "CR\\nM"', 2, "glossary[0].term"),
    ("kpis/glossary.yml", "  - term: CRM", '  - term: CRM\n    aliases: ["a\\tb"]', 3,
     "glossary[0].aliases[0]"),
    ("kpis/catalog.yml", "name: Test catalog", 'name: "Test\\n\\n<script>"', 1, "name"),
])
def test_every_label_is_one_line(catalog, rel, old, new, line, field):
    catalog.edit(rel, old, new)
    error = catalog.only_error()
    assert (error.path, error.line, error.code) == (rel, line, "E204"), error.text()
    assert error.field_label == field
    assert "must be one line" in error.message


def test_a_control_character_is_named(catalog, located):
    catalog.edit(KPI, "name: New leads per month", 'name: "New \\e[31mleads"')
    located(catalog.only_error(), KPI, 2, 1, "E204", "control character U+001B",
            "character 5")


def test_a_block_scalar_label_is_refused_with_how_to_keep_it_one_line(catalog, located):
    catalog.edit(KPI, "name: New leads per month", "name: >\n  New leads\n  per month")
    located(catalog.only_error(), KPI, 2, 1, "E204", "one line", "`>-` instead of `>`")


def test_a_folded_block_without_its_final_break_is_one_line(catalog):
    catalog.edit(KPI, "name: New leads per month", "name: >-\n  New leads\n  per month")
    assert catalog.errors() == []
    assert catalog.load().catalog.kpis["new-leads"].name == "New leads per month"


def test_paragraph_fields_keep_their_line_breaks(catalog):
    catalog.edit(KPI, "  data_source: CRM monthly lead report",
                 "  data_source: CRM monthly lead report\n  method: |\n    Count.\n\n    Sum.")
    catalog.edit(KPI, "  - {period: 2026-02, value: 112}",
                 '  - {period: 2026-02, value: 112, note: "one\\n\\ntwo"}')
    assert catalog.errors() == []
    kpi = catalog.load().catalog.kpis["new-leads"]
    assert kpi.measurement.method == "Count.\n\nSum.\n"
    assert kpi.description.count("\n") == 1


def test_an_empty_owner_is_still_left_to_the_ownership_rule(catalog):
    catalog.edit(KPI, "owner: Marketing Operations Lead", 'owner: ""')
    assert catalog.errors() == []  # K110 says what is missing, as a rule of its own


def test_a_statement_longer_than_the_limit_is_refused(catalog, located):
    long = "Increase new leads from 100 to 150 per month by 31 December 2026 " * 20
    catalog.edit(KPI, "statement: Increase new leads from 100 to 150 per month by 31 December "
                 "2026.", f"statement: {long.strip()}.")
    located(catalog.only_error(), KPI, 3, 1, "E204", "`statement` is too long",
            f"{STATEMENT_LIMIT:,} characters", "`description`")


# --- numbers and dates -----------------------------------------------------------------


@pytest.mark.parametrize(("old", "new", "line", "column", "field", "said"), [
    ("  - {period: 2026-02, value: 112}", "  - {period: 2026-02, value: 1.7e308}", 20, 23,
     "actuals[1].value", "10^308 is"),
    ("baseline: {value: 100,", "baseline: {value: -1.7e308,", 16, 12, "baseline.value",
     "-10^308 is"),
    ("target: {value: 150,", "target: {value: 1e16,", 17, 10, "target.value",
     "10000000000000000 is"),  # every digit, as the import says a cell (was `1e+16`)
])
def test_a_number_beyond_10_to_the_15_is_refused(catalog, located, old, new, line, column,
                                                 field, said):
    catalog.edit(KPI, old, new)
    error = catalog.only_error()
    located(error, KPI, line, column, "E204", said, "too large a number", "10^15",
            "larger unit")
    assert error.field_label == field


@pytest.mark.parametrize(("old", "new", "line", "written"), [
    ("target: {value: 150, date: 2026-12-31}", "target: {value: 150, date: 9999-12-31}", 17,
     "9999-12-31"),
    ("baseline: {value: 100, date: 2026-01-01}", "baseline: {value: 100, date: 0001-01-01}",
     16, "0001-01-01"),
    ("review_date: 2027-01-15", "review_date: 2201-01-01", 21, "2201-01-01"),
    ("  - {period: 2026-02, value: 112}", "  - {period: 9999, value: 112}", 20, "9999"),
])
def test_a_date_outside_1900_to_2200_is_refused(catalog, located, old, new, line, written):
    catalog.edit(KPI, old, new)
    located(catalog.only_error(), KPI, line, catalog.only_error().column, "E204",
            f"`{written}` is outside the years 1900 to 2200")


def _extreme_kpi(**changes) -> Kpi:
    data = {
        "id": "extreme", "name": "Extreme", "statement": "Reach the limit by 2200.",
        "department": "marketing", "objective": "grow-pipeline", "success_part": "more-leads",
        "owner": "Someone", "lifecycle": "retired",
        "measurement": {"metric": "Things", "unit": "things"},
        "direction": "higher_is_better",
        "baseline": {"value": -NUMBER_LIMIT, "date": "1900-01-01"},
        "target": {"value": NUMBER_LIMIT, "date": f"{LAST_YEAR}-12-31"},
        "thresholds": {"green": NUMBER_LIMIT, "amber": -NUMBER_LIMIT},
        "actuals": [{"period": "1900-01", "value": -NUMBER_LIMIT},
                    {"period": "2026-Q1", "value": 5e-324},
                    {"period": f"{LAST_YEAR}", "value": NUMBER_LIMIT}],
    }
    data.update(changes)
    return Kpi.model_validate(data)


EXTREMES = {
    "the widest span": {},
    "a tiny span at a large value": {
        "baseline": {"value": NUMBER_LIMIT - 0.5, "date": "1900-01-01"},
        "target": {"value": NUMBER_LIMIT, "date": f"{LAST_YEAR}-12-31"},
        "actuals": [{"period": "2000", "value": NUMBER_LIMIT - 0.25}]},
    "a subnormal span": {
        "baseline": {"value": 0.0, "date": "2026-01-01"},
        "target": {"value": 5e-324, "date": "2026-12-31"},
        "actuals": [{"period": "2026-06", "value": NUMBER_LIMIT}]},
    "a range": {
        "direction": "within_range", "thresholds": None,
        "target": {"min": -NUMBER_LIMIT, "max": NUMBER_LIMIT, "date": f"{LAST_YEAR}-12-31"}},
}


@pytest.mark.parametrize("changes", EXTREMES.values(), ids=EXTREMES.keys())
def test_every_consumer_handles_the_extremes_the_model_accepts(make_catalog, tmp_path, changes):
    kpi = _extreme_kpi(**changes)
    today = date(LAST_YEAR, 12, 31)
    status = compute_status(kpi, today)
    for number in (status.expected, status.progress, status.expected_progress):
        assert number is None or math.isfinite(number)
    svg = trend_svg(kpi, status, today, labels={})
    assert svg.startswith("<svg") and "inf" not in svg.lower() and "nan" not in svg.lower()
    assert format_number(NUMBER_LIMIT) == "1,000,000,000,000,000"

    catalog = make_catalog(tmp_path / "repo")
    loaded = catalog.load().catalog
    loaded.kpis = {kpi.id: kpi}
    loaded.kpi_sources = {kpi.id: loaded.kpi_sources["new-leads"]}
    extras = lambda c, k: {"status": compute_status(k, today).as_dict()}  # noqa: E731
    statuses = {kpi.id: compute_status(kpi, today)}
    document = catalog_document(loaded, statuses, today, audience="internal")
    json.loads(dumps(document), parse_constant=_refuse)
    assert to_csv(loaded, extras).count("\n") == 2
    rows, _ = status_rows(loaded, today)
    json.loads(status_json(rows, today), parse_constant=_refuse)
    assert status_table(rows)


def _refuse(name: str):
    raise AssertionError(f"{name} is not JSON")


def test_kpi_status_and_export_of_a_catalog_at_the_limits(catalog):
    catalog.edit(KPI, "baseline: {value: 100, date: 2026-01-01}",
                 "baseline: {value: -1e15, date: 1900-01-01}")
    catalog.edit(KPI, "target: {value: 150, date: 2026-12-31}",
                 "target: {value: 1e15, date: 2200-12-31}")
    catalog.edit(KPI, "  - {period: 2026-02, value: 112}", "  - {period: 2026-02, value: 1e15}")
    catalog.edit(KPI, "lifecycle: active", "lifecycle: retired")
    runner = CliRunner()
    for args in (["status", "--format", "json"], ["export"], ["export", "--format", "csv"]):
        result = runner.invoke(main, [*args, str(catalog.root), "--today", "2200-12-31"])
        assert result.exit_code == 0, result.output
        assert "Infinity" not in result.stdout and "NaN" not in result.stdout
