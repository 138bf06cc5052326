"""Files that are valid YAML but break the model: missing, unknown, mistyped, invalid fields.

Line numbers refer to ``kpis/marketing/new-leads.yml`` in conftest.py.
"""

from __future__ import annotations

import pytest

from kpi_catalog.i18n.messages import speaking

KPI = "kpis/marketing/new-leads.yml"


def test_missing_top_level_field(catalog, located):
    catalog.edit(KPI, "name: New leads per month\n", "")
    error = catalog.only_error()
    located(error, KPI, 1, 1, "E201", "`name` is missing", "Add `name:`", "short title")
    assert error.field == ("name",)


def test_missing_nested_field_points_at_its_parent(catalog, located):
    catalog.edit(KPI, "  unit: leads per month\n", "")
    error = catalog.only_error()
    located(error, KPI, 9, 1, "E201", "`unit` is missing", "Add `unit:`")
    assert error.field_label == "measurement.unit"


def test_missing_field_in_a_flow_mapping(catalog, located):
    catalog.edit(KPI, "baseline: {value: 100, date: 2026-01-01}", "baseline: {value: 100}")
    located(catalog.only_error(), KPI, 16, 1, "E201", "`date` is missing")


def test_missing_field_in_a_registry_entry(catalog, located):
    catalog.edit("kpis/departments.yml", "    head: Head of Sales\n", "")
    error = catalog.only_error()
    located(error, "kpis/departments.yml", 5, 5, "E201", "`head` is missing")
    assert error.field_label == "departments[1].head"


def test_unknown_field_with_did_you_mean(catalog, located):
    catalog.edit(KPI, "owner: Marketing Operations Lead", "ownr: Marketing Operations Lead")
    located(catalog.only_error(), KPI, 7, 1, "E202", "`ownr` is not a field",
            "Did you mean `owner`?")


def test_unknown_nested_field_with_did_you_mean(catalog, located):
    catalog.edit(KPI, "  unit: leads per month", "  unit: leads per month\n  mehtod: count")
    located(catalog.only_error(), KPI, 12, 3, "E202", "`mehtod`", "Did you mean `method`?")


def test_unknown_field_without_a_close_name_lists_the_known_ones(catalog, located):
    catalog.edit(KPI, "lifecycle: active", "lifecycle: active\nzzz: blue")
    located(catalog.only_error(), KPI, 9, 1, "E202", "`zzz`", "Known fields here:", "`statement`")


def test_a_field_of_a_part_written_at_the_top_says_where_it_belongs(catalog, located):
    catalog.edit(KPI, "lifecycle: active", "lifecycle: active\nunit: leads per month")
    located(catalog.only_error(), KPI, 9, 1, "E202", "`unit`", "`measurement:`")


def test_number_in_quotes_is_not_a_number(catalog, located):
    catalog.edit(KPI, "{value: 100, date: 2026-01-01}", '{value: "100", date: 2026-01-01}')
    error = catalog.only_error()
    located(error, KPI, 16, 12, "E203", "`value` must be a number", "without quotes")
    assert error.field_label == "baseline.value"


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_decimal_comma_outside_braces_says_to_write_a_point(catalog, located, language):
    """`value: 104,5` on its own line is the text '104,5': the hint said 'Write the number
    without quotes or units' to someone who wrote neither."""
    from kpi_catalog.i18n.messages import speaking

    catalog.edit(KPI, "  - {period: 2026-02, value: 112}", "  - period: 2026-02\n    value: 112,5")
    with speaking(language):
        error = catalog.only_error()
    located(error, KPI, 21, 5, "E203", "`value`",
            {"en": "Write decimals with a point: `value: 112.5`.",
             "id": "Tulis desimal dengan titik: `value: 112.5`."}[language])


def test_a_comma_before_three_digits_may_separate_thousands_so_both_readings_are_offered(
        catalog, located):
    """1,120 is 1120 in English and 1.12 in Indonesian: neither is guessed."""
    catalog.edit(KPI, "  - {period: 2026-02, value: 112}", "  - period: 2026-02\n    value: 1,120")
    located(catalog.only_error(), KPI, 21, 5, "E203", "`value` must be a number",
            "Write `value: 1120` if the comma separates thousands, or `value: 1.120` if it is a "
            "decimal comma")


@pytest.mark.parametrize(("language", "written", "hint"), [
    ("en", "deadline", "Did you mean `target.date`?"),
    ("id", "deadline", "Maksud Anda `target.date`?"),
    ("en", "baselin", "Did you mean `baseline`?"),
    ("en", "target_date", "Did you mean `target.date`?"),
    ("en", "money", "`target`, `target.date`"),
])
def test_a_change_log_naming_no_field_points_at_its_fields_line(catalog, located, language,
                                                               written, hint):
    """kpi diff says 'deadline moved later'; `fields: [deadline]` was reported on the line
    of `changes:` with 'Correct the value as described.'"""
    from kpi_catalog.i18n.messages import speaking

    catalog.edit(KPI, "review_date: 2027-01-15",
                 "review_date: 2027-01-15\nchanges:\n  - date: 2026-11-30\n"
                 f"    reason: Agreed with the Head of Sales.\n    fields: [target, {written}]")
    with speaking(language):
        error = catalog.only_error()
    located(error, KPI, 25, 5, "E204", f"`{written}`", hint)


def test_number_where_text_is_expected(catalog, located):
    catalog.edit(KPI, "  unit: leads per month", "  unit: 12")
    located(catalog.only_error(), KPI, 11, 3, "E203", "`unit` must be text", 'quotes: "12"')


def test_boolean_where_text_is_expected_is_quoted_as_written(catalog, located):
    catalog.edit(KPI, "name: New leads per month", "name: true")
    located(catalog.only_error(), KPI, 2, 1, "E203", "`name` must be text", '"true"')


def test_text_where_a_list_is_expected(catalog, located):
    catalog.edit(KPI, "tags: [pipeline]", "tags: pipeline")
    located(catalog.only_error(), KPI, 22, 1, "E203", "`tags` must be a list", "`- `")


def test_value_where_a_group_is_expected(catalog, located):
    catalog.edit(KPI, "target: {value: 150, date: 2026-12-31}", "target: 150")
    located(catalog.only_error(), KPI, 17, 1, "E203", "`target` must be a group of fields")


def test_list_item_of_the_wrong_type(catalog, located):
    catalog.edit(KPI, "tags: [pipeline]", "tags: [pipeline, 12]")
    error = catalog.only_error()
    located(error, KPI, 22, 18, "E203", "`tags` must be text")
    assert error.field_label == "tags[1]"


def test_bad_enum_value(catalog, located):
    catalog.edit(KPI, "direction: higher_is_better", "direction: up")
    located(catalog.only_error(), KPI, 15, 1, "E204", "`up` is not a valid `direction`",
            "higher_is_better", "lower_is_better", "within_range")


def test_bad_nested_enum_value(catalog, located):
    catalog.edit(KPI, "  collection_frequency: monthly", "  collection_frequency: biweekly")
    located(catalog.only_error(), KPI, 13, 3, "E204", "`biweekly`", "`collection_frequency`",
            "weekly")


def test_boolean_as_enum_value_is_quoted_as_written(catalog, located):
    catalog.edit(KPI, "lifecycle: active", "lifecycle: false")
    located(catalog.only_error(), KPI, 8, 1, "E204", "`false` is not a valid `lifecycle`")


@pytest.mark.parametrize(("written", "quoted"), [
    ("[active]", "`[active]`"), ("{active: 1}", "`{active: 1}`"),
    ("[[a, b], c]", "`[[a, b], c]`"),
], ids=["a list", "a mapping", "nested"])
def test_a_list_or_mapping_as_enum_value_is_quoted_as_yaml_writes_it(catalog, located, written,
                                                                      quoted):
    """It was quoted as Python shows it: `['active']`, `{'active': True}`."""
    catalog.edit(KPI, "lifecycle: active", f"lifecycle: {written}")
    located(catalog.only_error(), KPI, 8, 1, "E204", f"{quoted} is not a valid `lifecycle`")


@pytest.mark.parametrize("slug", ["Marketing!", "marketing team", "marketing_", "-marketing",
                                  "market--ing"])  # `Marketing`, its name: see below
def test_bad_slug_close_to_an_id_is_answered_with_the_id(catalog, located, slug):
    """The hint was 'Use lowercase letters, digits and hyphens only, like `new-customers`'."""
    catalog.edit(KPI, "department: marketing", f"department: '{slug}'")
    located(catalog.only_error(), KPI, 4, 1, "E204", "not a valid `department`",
            "Did you mean `marketing`? Write `department: marketing`.")


def test_bad_slug_close_to_no_id(catalog, located):
    catalog.edit(KPI, "department: marketing", "department: 'Gudang!'")
    located(catalog.only_error(), KPI, 4, 1, "E204", "not a valid `department`",
            "lowercase letters, digits and hyphens")


def test_bad_rule_code_gets_the_rule_code_hint(catalog, located):
    catalog.write(KPI, catalog.read(KPI) + "silence: [{rule: k103, reason: Always on.}]\n")
    error = catalog.only_error()
    located(error, KPI, 26, 12, "E204", "`k103` is not a valid `rule`", "K and three digits")
    assert "lowercase" not in error.hint


def test_thresholds_on_a_within_range_kpi_say_how_to_fix_them(catalog, located):
    catalog.edit(KPI, "direction: higher_is_better", "direction: within_range")
    catalog.edit(KPI, "target: {value: 150, date: 2026-12-31}",
                 "target: {min: 120, max: 150, date: 2026-12-31}")
    catalog.edit(KPI, "actuals:", "thresholds: {green: 140, amber: 130}\nactuals:")
    error = catalog.only_error()
    located(error, KPI, 18, 1, "E204", "thresholds apply to", "Remove `thresholds`")
    assert "Correct the value as described" not in error.hint


def test_bad_slug_in_a_list(catalog, located):
    catalog.edit(KPI, "related: [won-deals]", "related: [won-deals, Lost_Deals]")
    located(catalog.only_error(), KPI, 23, 22, "E204", "`Lost_Deals`", "lowercase")


def test_blank_text(catalog, located):
    catalog.edit(KPI, "name: New leads per month", 'name: "   "')
    located(catalog.only_error(), KPI, 2, 1, "E204", "`name`", "empty")


def test_bad_period(catalog, located):
    catalog.edit(KPI, "{period: 2026-02, value: 112}", "{period: 2026-M2, value: 112}")
    error = catalog.only_error()
    located(error, KPI, 20, 6, "E204", "`2026-M2` is not a period", "2026-Q1")
    assert error.field_label == "actuals[1].period"


@pytest.mark.parametrize(("language", "said"), [
    ("en", "There is no month 13: months are numbered 01 (January) to 12 (December)."),
    ("id", "Tidak ada bulan 13: bulan bernomor 01 (Januari) sampai 12 (Desember)."),
])
def test_a_month_that_does_not_exist_is_said_to_be_one(catalog, located, language, said):
    """`2026-13` was told the forms of a period (2026-03, 2026-Q1...), as if its form were
    wrong: the month is."""
    catalog.edit(KPI, "{period: 2026-02, value: 112}", "{period: 2026-13, value: 112}")
    with speaking(language):
        error = catalog.only_error()
    located(error, KPI, 20, 6, "E204", "`2026-13`", said)


@pytest.mark.parametrize(("written", "language", "said"), [
    ("31/12/2026", "en", "Write it as YYYY-MM-DD, the year first: 2026-12-31."),
    ("31-12-2026", "id", "Tulis sebagai YYYY-MM-DD, tahun lebih dulu: 2026-12-31."),
    ("03/04/2026", "en", "2026-04-03 if the day comes first (as in Indonesia), 2026-03-04 if "
                         "the month does."),
    ("2026-13-31", "en", "There is no month 13"),
])
def test_a_date_written_day_first_is_answered_with_the_date(catalog, located, written,
                                                            language, said):
    """The hint was "Write the year, month and day in that order, with hyphens:
    2026-12-31", whatever date was written."""
    catalog.edit(KPI, "date: 2026-12-31}", f"date: {written}}}")
    with speaking(language):
        error = catalog.only_error()
    assert error.code == "E204" and said in error.text(), error.text()


def test_a_bad_period_is_said_in_the_language_spoken(catalog, located):
    """It was English under `kpi --language id` (the message was no message of the
    catalogs), with the Indonesian hint 'Perbaiki nilainya seperti yang dijelaskan'."""
    catalog.edit(KPI, "{period: 2026-02, value: 112}", "{period: 2026-S1, value: 112}")
    with speaking("id"):
        error = catalog.only_error()
    located(error, KPI, 20, 6, "E204", "`2026-S1` bukan periode", "2026-H1 (satu semester)")


@pytest.mark.parametrize(("field", "written", "fix"), [
    ("department", "Marketing", "`department: marketing`"),
    ("department", "Pemasaran", "`department: marketing`"),  # its name in Indonesian
    ("objective", "Grow the sales pipeline", "`objective: grow-pipeline`"),
])
def test_a_name_written_for_an_id_is_answered_with_the_id(catalog, located, field, written,
                                                          fix):
    """A department head writes the department as the site shows it; the hint was 'Use
    lowercase letters, digits and hyphens only, like `new-customers`'."""
    catalog.edit("kpis/departments.yml", "    name: Marketing\n",
                 "    name: Marketing\n    translations: {id: {name: Pemasaran}}\n")
    catalog.edit(KPI, f"{field}: ", f"{field}: {written}  # ")
    located(catalog.only_error(), KPI, 4 if field == "department" else 5, 1, "E204",
            f"`{written}`", fix)


def test_period_that_ends_before_it_starts(catalog, located):
    catalog.edit("kpis/objectives.yml", "{start: 2026-01-01, end: 2027-12-31}",
                 "{start: 2026-01-01, end: 2025-12-31}")
    located(catalog.only_error(), "kpis/objectives.yml", 6, 5, "E204", "`period`",
            "end after it starts")


# --- links ---------------------------------------------------------------------------------

LINKS = "links:\n  - title: Dashboard\n    url: {url}\n"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JavaScript:alert(document.domain)",
                                 "data:text/html,<script>alert(1)</script>", "vbscript:msgbox",
                                 "/relative/path", "https:example.org"])
def test_unsafe_or_broken_link_is_refused(catalog, located, url):
    catalog.write(KPI, catalog.read(KPI) + LINKS.format(url=f"'{url}'"))
    error = catalog.only_error()
    located(error, KPI, 28, 5, "E204", "`url`", "link")
    assert error.field_label == "links[0].url"


def test_link_with_a_space_is_refused(catalog, located):
    catalog.write(KPI, catalog.read(KPI) + LINKS.format(url="'https://example.org/a b'"))
    located(catalog.only_error(), KPI, 28, 5, "E204", "spaces")


@pytest.mark.parametrize("url", ["https://example.org/dash", "http://intranet/x",
                                 "mailto:ops@example.org"])
def test_web_and_mail_links_are_fine(catalog, url):
    catalog.write(KPI, catalog.read(KPI) + LINKS.format(url=url))
    result = catalog.load()
    assert result.diagnostics == []
    assert result.catalog.kpis["new-leads"].links[0].url == url


# --- targets -------------------------------------------------------------------------------

RANGE = "direction: within_range"


def test_target_range_with_min_above_max(catalog, located):
    catalog.edit(KPI, "direction: higher_is_better", RANGE)
    catalog.edit(KPI, "target: {value: 150, date: 2026-12-31}",
                 "target: {min: 150, max: 120, date: 2026-12-31}")
    located(catalog.only_error(), KPI, 17, 1, "E204", "`target`", "min <= max")


def test_target_range_with_only_min(catalog, located):
    catalog.edit(KPI, "direction: higher_is_better", RANGE)
    catalog.edit(KPI, "target: {value: 150, date: 2026-12-31}",
                 "target: {min: 150, date: 2026-12-31}")
    located(catalog.only_error(), KPI, 17, 1, "E204", "needs both `min` and `max`")


def test_target_with_value_and_range(catalog, located):
    catalog.edit(KPI, "target: {value: 150, date: 2026-12-31}",
                 "target: {value: 150, min: 1, max: 2, date: 2026-12-31}")
    located(catalog.only_error(), KPI, 17, 1, "E204", "either a target `value` or a range")


def test_target_without_value(catalog, located):
    catalog.edit(KPI, "target: {value: 150, date: 2026-12-31}", "target: {date: 2026-12-31}")
    located(catalog.only_error(), KPI, 17, 1, "E204", "give the target `value`")


def test_within_range_with_a_good_range_is_valid(catalog):
    catalog.edit(KPI, "direction: higher_is_better", RANGE)
    catalog.edit(KPI, "target: {value: 150, date: 2026-12-31}",
                 "target: {min: 120, max: 150, date: 2026-12-31}")
    assert catalog.load().diagnostics == []


@pytest.mark.parametrize("direction, target, words", [
    (RANGE, "target: {value: 150, date: 2026-12-31}", "needs a target range"),
    ("direction: higher_is_better", "target: {min: 120, max: 150, date: 2026-12-31}",
     "needs a target `value`"),
])
def test_target_that_does_not_fit_the_direction(catalog, located, direction, target, words):
    catalog.edit(KPI, "direction: higher_is_better", direction)
    catalog.edit(KPI, "target: {value: 150, date: 2026-12-31}", target)
    error = catalog.only_error()
    assert (error.path, error.code) == (KPI, "E204")
    assert words in error.message


def test_target_that_does_not_fit_the_direction_points_at_target(catalog, located):
    catalog.edit(KPI, "direction: higher_is_better", RANGE)
    located(catalog.only_error(), KPI, 17, 1, "E204", "needs a target range")


def test_thresholds_on_a_within_range_kpi(catalog):
    catalog.edit(KPI, "direction: higher_is_better", RANGE)
    catalog.edit(KPI, "target: {value: 150, date: 2026-12-31}",
                 "target: {min: 120, max: 150, date: 2026-12-31}\nthresholds: {green: 1, amber: 2}")
    error = catalog.only_error()
    assert (error.path, error.code, error.field) == (KPI, "E204", ("thresholds",))
    assert "thresholds apply to higher_is_better" in error.message


def test_every_schema_problem_of_a_file_is_reported(catalog):
    catalog.edit(KPI, "owner: Marketing Operations Lead", "ownr: Marketing Operations Lead")
    catalog.edit(KPI, "direction: higher_is_better", "direction: up")
    catalog.edit(KPI, "tags: [pipeline]", "tags: [pipeline, 12]")
    catalog.edit(KPI, "review_date: 2027-01-15", "review_date: 2027-02-30")
    got = [(d.line, d.column, d.code) for d in catalog.errors()]
    assert got == [(7, 1, "E202"), (15, 1, "E204"), (21, 1, "E204"), (22, 18, "E203")]


# --- the parts a KPI holds many of (actual values, links), written as slotted dataclasses --
# A part refuses a wrong shape with pydantic's dataclass error kinds, not a model's: the
# messages must stay the plain, located ones a model gives.

FIRST_ACTUAL = "  - {period: 2026-01, value: 104}"
GROUP_HINT = "Write `{name}:` on its own line and indent its fields below it."


@pytest.mark.parametrize("written, line, column", [
    ("  - 2026-01 104", 19, 5),           # a text
    ("  - [2026-01, 104]", 19, 5),        # a list
    ("  - 104", 19, 5),                   # a number
    ("  -", 19, 4),                       # nothing
])
def test_actual_that_is_not_a_group_of_fields(catalog, located, written, line, column):
    catalog.edit(KPI, FIRST_ACTUAL, written)
    error = catalog.only_error()
    located(error, KPI, line, column, "E203")
    assert (error.message, error.hint) == ("`actuals` must be a group of fields.",
                                           GROUP_HINT.format(name="actuals"))
    assert error.field_label == "actuals[0]"


def test_unknown_field_in_an_actual(catalog, located):
    catalog.edit(KPI, FIRST_ACTUAL, "  - {period: 2026-01, value: 104, notes: x}")
    error = catalog.only_error()
    located(error, KPI, 19, 35, "E202")
    assert (error.message, error.hint) == ("`notes` is not a field that belongs here.",
                                           "Did you mean `note`?")
    assert error.field_label == "actuals[0].notes"


def test_unknown_field_in_an_actual_without_a_close_name(catalog, located):
    catalog.edit(KPI, FIRST_ACTUAL, "  - {period: 2026-01, value: 104, zzz: x}")
    error = catalog.only_error()
    located(error, KPI, 19, 35, "E202")
    assert error.hint == "Known fields here: `period`, `value`, `note`."


@pytest.mark.parametrize("written, field, message", [
    ('  - {period: 2026-01, value: "104"}', "value", "`value` must be a number."),
    ("  - {period: 2026-01, value: true}", "value", "`value` must be a number."),
    ("  - {period: 2026-01, value: 104, note: 12}", "note", "`note` must be text."),
])
def test_wrong_type_in_an_actual(catalog, located, written, field, message):
    catalog.edit(KPI, FIRST_ACTUAL, written)
    error = catalog.only_error()
    assert (error.line, error.code, error.message) == (19, "E203", message)
    assert error.field_label == f"actuals[0].{field}"


def test_missing_field_in_an_actual(catalog, located):
    catalog.edit(KPI, FIRST_ACTUAL, "  - {period: 2026-01}")
    error = catalog.only_error()
    located(error, KPI, 19, 5, "E201")
    assert (error.message, error.hint) == (
        "The field `value` is missing.", "Add `value:` here (The measured value).")


@pytest.mark.parametrize("old, new, name, line", [
    ("baseline: {value: 100, date: 2026-01-01}", "baseline: 100", "baseline", 16),
    ("baseline: {value: 100, date: 2026-01-01}", "baseline: [100, 2026-01-01]", "baseline", 16),
    ("actuals:", "thresholds: high\nactuals:", "thresholds", 18),
    ("actuals:", "links: [https://example.org]\nactuals:", "links", 18),
])
def test_other_parts_that_are_not_a_group_of_fields(catalog, located, old, new, name, line):
    catalog.edit(KPI, old, new)
    error = catalog.only_error()
    assert (error.line, error.code, error.message, error.hint) == (
        line, "E203", f"`{name}` must be a group of fields.", GROUP_HINT.format(name=name))


def test_unknown_field_in_a_link(catalog, located):
    catalog.edit(KPI, "actuals:", "links:\n  - {title: Dashboard, url: https://x.org, urll: z}"
                                  "\nactuals:")
    error = catalog.only_error()
    assert (error.line, error.code, error.message, error.hint) == (
        19, "E202", "`urll` is not a field that belongs here.", "Did you mean `url`?")
