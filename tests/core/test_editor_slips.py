"""What a person editing a KPI file by hand (in Notepad, Excel, GitHub's web editor) leaves
in it by mistake, beyond the YAML traps of test_yaml_input and the characters of
test_odd_characters: each is said plainly at its place, with the line to write, never in the
parser's words ("did not find expected key") and never with a fix that is wrong."""

from __future__ import annotations

import pytest

from kpi_catalog.i18n.messages import speaking

KPI = "kpis/marketing/new-leads.yml"

# --- a field without a name ---------------------------------------------------------------


@pytest.mark.parametrize(("old", "new", "line", "column", "fix"), [
    ("owner: Marketing Operations Lead", ": Marketing Operations Lead", 7, 1,
     "(`name: Marketing Operations Lead`)"),
    ("  unit: leads per month", "  : leads per month", 11, 3, "(`name: leads per month`)"),
    # the name on a line of its own: the value's line starts with the colon
    ("owner: Marketing Operations Lead", "owner:\n: Marketing Operations Lead", 8, 1,
     "(`name: Marketing Operations Lead`)"),
    ("baseline: {value: 100,", "baseline: {: 100,", 16, 12, "(`name: 100`)"),
    ("date: 2026-01-01}", ": 2026-01-01}", 16, 24, "(`name: 2026-01-01`)"),
    ("owner: Marketing Operations Lead", ":", 7, 1, "delete the colon"),
])
def test_a_colon_without_a_field_name_is_named(catalog, located, old, new, line, column, fix):
    """It said 'This is not valid YAML: did not find expected key' (or 'did not find expected
    node content'), with 'Check the indentation, quotes and colons'."""
    catalog.edit(KPI, old, new)
    error = catalog.only_error()
    located(error, KPI, line, column, "E101", "This colon has no field name before it.",
            "Write the name of the field before the colon", fix)
    assert "did not find" not in error.message


@pytest.mark.parametrize(("new", "column"), [
    ("? \n: Marketing Operations Lead", 1),
    ("?\n: Marketing Operations Lead", 1),
    ("baseline: {? : 100, date: 2026-01-01}", 12),
])
def test_a_question_mark_with_no_name_after_it_is_named(catalog, located, new, column):
    """It said 'The field name `` is read as empty (null), not as text. Put the name in
    quotes: ""'."""
    old = ("baseline: {value: 100, date: 2026-01-01}" if new.startswith("baseline")
           else "owner: Marketing Operations Lead")
    catalog.edit(KPI, old, new)
    line = 16 if new.startswith("baseline") else 7
    error = catalog.only_error()
    located(error, KPI, line, column, "E106", "This field has no name: the `?` before it",
            "Remove the `?`: a field is written as `name: value`")
    assert "quotes" not in error.hint


def test_a_question_mark_before_a_field_says_to_remove_it(catalog, located):
    """It said 'Write the field name as a single word, followed by a colon', of a line that
    has one."""
    catalog.edit(KPI, "owner: Marketing", "? owner: Marketing")
    located(catalog.only_error(), KPI, 7, 1, "E106", "Remove the `?`")


def test_a_field_without_a_name_is_told_in_indonesian(catalog, located):
    catalog.edit(KPI, "owner: Marketing Operations Lead", ": Marketing Operations Lead")
    with speaking("id"):
        error = catalog.only_error()
    located(error, KPI, 7, 1, "E101", "Titik dua ini", "`name: Marketing Operations Lead`")
