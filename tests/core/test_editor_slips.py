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


# --- what stands where `: ` belongs --------------------------------------------------------


@pytest.mark.parametrize(("new", "said"), [
    # two cells copied from Excel: a tab between them
    ("owner\tMarketing Operations Lead", "has no colon"),
    ("owner = Marketing Operations Lead", "has no colon"),
    ("owner;Marketing Operations Lead", "has no colon"),  # a CSV line
    ("owner:Marketing Operations Lead", "has no space after its colon"),
    ("owner:\u00a0Marketing Operations Lead", "is a no-break space (U+00A0)"),
    ("owner\uff1a Marketing Operations Lead", "a colon of another script (`\uff1a`, U+FF1A)"),
])
def test_what_stands_where_a_colon_belongs_is_named(catalog, located, new, said):
    """The hint split the line at its first space: 'Write it as `owner\\tMarketing:
    Operations Lead`', '`owner: = Marketing Operations Lead`', '`owner:Marketing:
    Operations Lead`' (and said of that one that it has no colon)."""
    catalog.edit(KPI, "owner: Marketing Operations Lead", new)
    located(catalog.only_error(), KPI, 7, 1, "E101", said,
            "`owner: Marketing Operations Lead`")


# --- placeholders, and text pasted from elsewhere ------------------------------------------


@pytest.mark.parametrize(("old", "new", "line", "column", "words"), [
    ("owner: Marketing Operations Lead", "owner: ?", 7, 8,
     ['A value cannot be "?" alone: YAML reads it as the start of a field name',
      'owner: "?"', "leave the value out"]),
    ("owner: Marketing Operations Lead", "owner: -", 7, 8,
     ['A value cannot be "-" alone: YAML reads it as the start of a list item', 'owner: "-"']),
    ("{value: 100,", "{value: ?,", 16, 19,
     ['"?" alone', 'baseline: {value: "?", date: 2026-01-01}']),
])
def test_a_placeholder_for_an_unknown_value_is_named(catalog, located, old, new, line, column,
                                                     words):
    """It said 'This is not valid YAML: mapping keys are not allowed in this context' (block
    sequence entries..., did not find expected node content)."""
    catalog.edit(KPI, old, new)
    error = catalog.only_error()
    located(error, KPI, line, column, "E101", *words)
    assert "not valid YAML" not in error.message


def test_an_excel_error_value_in_braces_is_told_to_be_quoted(catalog, located):
    """#N/A is a comment, and the `}` after it too: it said 'The fields opened with "{" on
    line 16 are not closed. Close it with "}" after its last item.'"""
    catalog.edit(KPI, "{value: 100,", "{value: #N/A,")
    located(catalog.only_error(), KPI, 16, 19, "E101",
            '"#" starts a comment, which hides the rest of the line, its "}" included',
            'Put the text in quotes: baseline: {value: "#N/A", date: 2026-01-01}')


def test_a_windows_path_in_double_quotes_is_told_to_take_single_ones(catalog, located):
    """It said 'This is not valid YAML: found unknown escape character'."""
    catalog.edit(KPI, "data_source: CRM monthly lead report",
                 'data_source: "C:\\Reports\\leads.xlsx"')
    located(catalog.only_error(), KPI, 12, 19, "E101",
            "In double quotes a backslash starts a special character", "`\\R` is none",
            "single quotes", "data_source: 'C:\\Reports\\leads.xlsx'")


def test_a_line_indented_with_no_break_spaces_is_named(catalog, located):
    """Copied from a web page: it said 'This line starts in column 1, but the lines around it
    in column 3', of a line that shows in column 3."""
    catalog.edit(KPI, "  unit: leads per month", "\u00a0\u00a0unit: leads per month")
    located(catalog.only_error(), KPI, 11, 1, "E101",
            "indented with a no-break space or another space YAML does not count (U+00A0)",
            "type plain spaces")


def test_typographic_quotes_around_a_value_with_a_colon_are_replaced(catalog, located):
    """The hint kept Word's quotes inside the straight ones: name: "“Leads: new”"."""
    catalog.edit(KPI, "name: New leads per month", "name: \u201cLeads: new per month\u201d")
    error = catalog.only_error()
    located(error, KPI, 2, 13, "E101", 'name: "Leads: new per month"',
            "takes \u201c and \u201d for part of the text")


def test_slips_are_told_in_indonesian(catalog, located):
    catalog.edit(KPI, "owner: Marketing Operations Lead", "owner:Marketing Operations Lead")
    with speaking("id"):
        error = catalog.only_error()
    located(error, KPI, 7, 1, "E101", "tidak memiliki spasi setelah titik duanya",
            "`owner: Marketing Operations Lead`")
    catalog.edit(KPI, "owner:Marketing Operations Lead", "owner: ?")
    with speaking("id"):
        error = catalog.only_error()
    located(error, KPI, 7, 8, "E101", 'Sebuah nilai tidak boleh hanya "?"', 'owner: "?"')


# --- a field's name written as a heading ------------------------------------------------------


@pytest.mark.parametrize(("old", "new", "line", "column", "hint"), [
    ("  data_source: CRM", "  data source: CRM", 12, 3, "Did you mean `data_source`?"),
    ("review_date: 2027-01-15", "Review Date: 2027-01-15", 21, 1, "Did you mean `review_date`?"),
    # in the wrong group too: it said only 'Known fields here: `id`, `name`, ...'
    ("owner: Marketing", "Data Source: CRM\nowner: Marketing", 7, 1,
     "It belongs under `measurement:`, as `data_source`: move it there, indented."),
])
def test_a_field_name_written_with_spaces_gets_the_name_to_write(catalog, located, old, new,
                                                                 line, column, hint):
    """It said 'Character 5 is invisible: U+0020 SPACE', of a space."""
    catalog.edit(KPI, old, new)
    error = next(e for e in catalog.errors() if e.code == "E202")
    located(error, KPI, line, column, "E202", "is not a field that belongs here", hint)
    assert "Character" not in error.message
