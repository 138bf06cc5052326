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


@pytest.mark.parametrize(("written", "column", "fixed"), [
    ("{#value: 100,", 12, '{"#value": 100,'), ("{ #value: 100,", 13, '{ "#value": 100,')])
def test_a_field_name_in_braces_that_a_hash_hides_is_quoted_alone(catalog, located, written,
                                                                  column, fixed):
    """`{ #value: 100}` was told to become `{ "#value: 100"}`: a name without a value (and
    `{#value: 100}` got the parser's words)."""
    catalog.edit(KPI, "{value: 100,", written)
    located(catalog.only_error(), KPI, 16, column, "E101",
            f"Put the text in quotes: baseline: {fixed} date: 2026-01-01}}")


@pytest.mark.parametrize(("new", "line", "column", "fix"), [
    ("tags: [pipeline, #leads]", 25, 18, 'tags: [pipeline, "#leads"]'),  # the file's last line
    ("tags: [pipeline,\n  #leads, growth]", 26, 3, '"#leads", growth]'),
    # a `#` right after the bracket or a comma: was "The list opened with "[" on line 25 is
    # not closed", the parser's words
    ("tags: [#leads]", 25, 8, 'tags: ["#leads"]'),
    ("tags: [pipeline,#leads]", 25, 17, 'tags: [pipeline,"#leads"]'),
    ('tags: ["a,#b", pipeline,#leads]', 25, 25, 'tags: ["a,#b", pipeline,"#leads"]'),
])
def test_a_list_item_in_brackets_that_a_hash_hides_is_told_to_be_quoted(catalog, located, new,
                                                                        line, column, fix):
    """It said 'This is not valid YAML: did not find expected node content', with 'Check the
    indentation, quotes and colons'."""
    catalog.edit(KPI, "tags: [pipeline]\n", "")
    catalog.edit(KPI, "from Sales.\n", f"from Sales.\n{new}\n")
    located(catalog.only_error(), KPI, line, column, "E101",
            '"#" starts a comment, which hides the rest of the line, its "]" included',
            f"Put the text in quotes: {fix}")


def test_a_windows_path_in_double_quotes_is_told_to_take_single_ones(catalog, located):
    """It said 'This is not valid YAML: found unknown escape character'."""
    catalog.edit(KPI, "data_source: CRM monthly lead report",
                 'data_source: "C:\\Reports\\leads.xlsx"')
    located(catalog.only_error(), KPI, 12, 19, "E101",
            "In double quotes a backslash starts a special character", "`\\R` is none",
            "single quotes", "data_source: 'C:\\Reports\\leads.xlsx'")


@pytest.mark.parametrize(("written", "column", "words"), [
    # an emoji as JSON writes it: two halves (a surrogate pair)
    ('"Leads \\ud83d\\ude80 per month"', 16, ["`\\ud83d\\ude80`", "two halves",
                                               "`\\U0001F680`", "\U0001F680"]),
    ('"Leads \\udc00 per month"', 16, ["`\\udc00`", "half of a character",
                                        "Delete it"]),
    ('"Leads \\U0000D800"', 16, ["`\\U0000D800`", "half of a character"]),
    ('"Leads \\U00110000"', 16, ["`\\U00110000`", "no character has", "10FFFF"]),
], ids=["pair", "lone-half", "long-half", "beyond-unicode"])
def test_an_escape_that_is_no_character_is_named_with_what_to_write(catalog, located,
                                                                    written, column, words):
    """It said 'found invalid Unicode character escape code. Check the indentation, quotes
    and colons on this line', none of which was wrong."""
    catalog.edit(KPI, "unit: leads per month", f"unit: {written}")
    located(catalog.only_error(), KPI, 11, column, "E101", *words)


def test_an_escape_that_is_no_character_is_named_in_indonesian(catalog, located):
    catalog.edit(KPI, "unit: leads per month", 'unit: "Leads \\ud83d\\ude80"')
    with speaking("id"):
        located(catalog.only_error(), KPI, 11, 16, "E101", "dua bagian", "`\\U0001F680`")


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


# --- numbers as reports write them -----------------------------------------------------------


@pytest.mark.parametrize(("written", "fix"), [
    ("24,5%", "Write decimals with a point: `value: 24.5`."),
    ("24,5", "Write decimals with a point: `value: 24.5`."),
    ("1,234,567", "Write it without thousands separators: `value: 1234567`."),
    ("1.234,5", "Write it with a decimal point and no thousands separators: `value: 1234.5`."),
    # 1250 in English, 1.25 in Indonesian: both are offered, neither guessed
    ("1,250", "Write `value: 1250` if the comma separates thousands, or `value: 1.250` if it "
              "is a decimal comma"),
])
def test_a_number_split_at_its_comma_in_braces_gets_the_line_to_write(catalog, located,
                                                                      written, fix):
    """`{value: 24,5%}` said '`5%` is not a field that belongs here'; `1,250` was told to be
    written 1.250."""
    catalog.edit(KPI, "{value: 100,", f"{{value: {written},")
    located(catalog.only_error(), KPI, 16, 19, "E106",
            f"`{written}` is not read as one number: in `{{...}}` a comma separates fields", fix)


@pytest.mark.parametrize(("written", "fix"), [
    ("1 250", "Write it without thousands separators: `value: 1250`."),
    ("1\u00a0250", "Write it without thousands separators: `value: 1250`."),
    ("1'250", "Write it without thousands separators: `value: 1250`."),
    ("1.234.567", "Write it without thousands separators: `value: 1234567`."),
    ("1,234,567", "Write it without thousands separators: `value: 1234567`."),
    ("-1 234,5", "Write it with a decimal point and no thousands separators: `value: -1234.5`."),
    ("24,5%", "Write decimals with a point: `value: 24.5`."),
    ("24.5 %", "Write the number without the percent sign: `value: 24.5`"),
])
def test_a_number_with_separators_on_its_own_line_gets_the_number_to_write(catalog, located,
                                                                          written, fix):
    """It said 'Write the number without quotes or units, e.g. 1250' of `1 250`."""
    catalog.edit(KPI, "{value: 100, date: 2026-01-01}", f"\n  value: {written}\n  date: 2026-01-01")
    located(catalog.only_error(), KPI, 17, 3, "E203", "`value` must be a number", fix)


BRACKETS = "Brackets around a number (a negative amount, in accounts) are text to YAML"
CURRENCY = "A currency before a number is text to YAML"


@pytest.mark.parametrize(("old", "new", "line", "column", "code", "words"), [
    # Word's minus and a decimal comma, in braces: it said 'The field name `5` is read as a
    # number'
    ("{value: 100,", "{value: \u22121,5,", 16, 19, "E106",
     ["`\u22121,5` is not read as one number", "`value: -1.5`"]),
    # an accountants' negative: it said the general hint (and in braces, of `250)`, 'is not
    # a field that belongs here')
    ("{value: 100,", "{value: (1,250),", 16, 19, "E106", ["`(1,250)` is not read as one number",
                                                        BRACKETS, "`value: -1250` if the comma",
                                                        "`value: -1.250` if it is a decimal"]),
    ("{value: 100, date: 2026-01-01}", "\n  value: (1.250.000)\n  date: 2026-01-01", 17, 3,
     "E203", [BRACKETS, "`value: -1250000`"]),
    # a currency: two groups of three say the points are thousands; one group is in doubt
    ("{value: 100, date: 2026-01-01}", "\n  value: Rp 1.250.000\n  date: 2026-01-01", 17, 3,
     "E203", [CURRENCY, "the currency goes in `unit`", "`value: 1250000`"]),
    ("{value: 100,", "{value: Rp 1.250.000,", 16, 12, "E203", [CURRENCY, "`value: 1250000`"]),
    ("{value: 100, date: 2026-01-01}", "\n  value: Rp 1.250\n  date: 2026-01-01", 17, 3, "E203",
     [CURRENCY, "Write `value: 1250` if the point separates thousands, or `value: 1.250` if "
                "it is a decimal point."]),
    # a scale word
    ("{value: 100,", "{value: 12.5k,", 16, 12, "E203",
     ["`k` after a number is text to YAML: write the number in full", "`value: 12500`"]),
    ("{value: 100, date: 2026-01-01}", "\n  value: 2,5 jt\n  date: 2026-01-01", 17, 3, "E203",
     ["`jt` after a number", "`value: 2500000`"]),
])
def test_a_number_written_as_accounts_write_it_gets_the_number_to_write(
        catalog, located, old, new, line, column, code, words):
    """Each got only 'Write the number without quotes or units, e.g. 1250.'"""
    catalog.edit(KPI, old, new)
    error = catalog.only_error()
    located(error, KPI, line, column, code, *words)
    assert "e.g. 1250" not in error.hint


@pytest.mark.parametrize(("old", "new", "line", "column", "words"), [
    ("{value: 100,", "{value: [24,5],", 16, 19,
     ["`[24,5]` is read as a list of two numbers, 24 and 5", "`value` holds one number",
      "Write decimals with a point: `value: 24.5`."]),
    ("{value: 100, date: 2026-01-01}", "\n  value: [1,250]\n  date: 2026-01-01", 17, 10,
     ["`[1,250]`", "`value: 1250` if the comma separates thousands, or `value: 1.250`"]),
    ("  - {period: 2026-02, value: 112}", "  - {period: 2026-02, value: [112,5]}", 20, 30,
     ["`[112,5]`", "`value: 112.5`"]),
])
def test_a_decimal_comma_in_brackets_where_one_number_belongs_is_named(catalog, located, old,
                                                                       new, line, column,
                                                                       words):
    """`value: [24,5]` said '`value` must be a number. Write the number without quotes or
    units, e.g. 1250.': the brackets make a list of 24 and 5, where 24.5 was meant."""
    catalog.edit(KPI, old, new)
    located(catalog.only_error(), KPI, line, column, "E203", *words)


@pytest.mark.parametrize("written", ["[24, 5]", "[24,5,6]"])
def test_a_list_written_as_one_is_not_read_as_a_decimal_comma(catalog, located, written):
    """With a space after the comma, or three items, the list is meant as one: only the
    field's kind is said."""
    catalog.edit(KPI, "{value: 100,", f"{{value: {written},")
    error = catalog.only_error()
    located(error, KPI, 16, 12, "E203", "`value` must be a number")
    assert "list of two numbers" not in error.message


@pytest.mark.parametrize("written", ["1.234", "1.5", "-0.25"])
def test_a_number_with_one_point_is_a_number(catalog, written):
    """`1.234` may be a thousand written the Indonesian way, or a decimal: a valid number is
    never second-guessed."""
    catalog.edit(KPI, "{value: 100, date: 2026-01-01}", f"\n  value: {written}\n  date: 2026-01-01")
    assert catalog.errors() == []
    assert catalog.load().catalog.kpis["new-leads"].baseline.value == float(written)


# --- `#` that starts a comment where a value was meant ---------------------------------------


@pytest.mark.parametrize(("old", "new", "line", "column", "words"), [
    ("owner: Marketing Operations Lead", "owner: #N/A", 7, 8,
     ["`#N/A` is read as a comment, not as the value", "the value is left empty",
      'Put the text in quotes: owner: "#N/A".']),
    ("owner: Marketing Operations Lead", "owner: #REF!  # from the sheet", 7, 8,
     ['Put the text in quotes: owner: "#REF!"  # from the sheet.']),
    ("owner: Marketing Operations Lead", "owner: Marketing team #2", 7, 23,
     ["`#2` is read as a comment, not as part of the value", "the value is `Marketing team`",
      'owner: "Marketing team #2"', "If it is a comment, write a space after the `#`"]),
    ("tags: [pipeline]", "tags:\n  - #pipeline", 23, 5,
     ["`#pipeline` is read as a comment", '- "#pipeline"']),
    ("  - {period: 2026-02, value: 112}", "  - period: 2026-02\n    value: #N/A", 21, 12,
     ["`#N/A` is read as a comment", 'value: "#N/A"']),
    # a quoted value ends at its quote: the rest is a comment
    ("owner: Marketing Operations Lead", 'owner: "Marketing team" #2', 7, 25,
     ["`#2` is read as a comment, not as part of the value", "the value is `Marketing team`",
      'owner: "Marketing team #2"']),
    ("owner: Marketing Operations Lead", "owner: 'Marketing team' #2", 7, 25,
     ['owner: "Marketing team #2"']),
    # an item of a list in brackets over several lines: the list left it out
    ("tags: [pipeline]", "tags: [pipeline, #leads\n  growth]", 22, 18,
     ["`#leads` is read as a comment, not as a value", 'tags: [pipeline, "#leads",`']),
    # no space before the `#`: in brackets it starts a comment all the same (was loaded
    # as the tags `pipeline` and `growth`, without a word)
    ("tags: [pipeline]", "tags: [pipeline,#leads\n  growth]", 22, 17,
     ["`#leads` is read as a comment, not as a value: in brackets, a `#` after a space, a "
      "comma or the bracket starts a comment", 'tags: [pipeline,"#leads",`']),
    ("tags: [pipeline]", "tags: [#leads,\n  growth]", 22, 8,
     ['`tags: ["#leads",`']),
    ("tags: [pipeline]", "tags: [\n  pipeline,\n  #leads\n]", 24, 3,
     ['`"#leads"`']),
    ("{value: 100, date: 2026-01-01}", "{value: 100, #approx\n  date: 2026-01-01}", 16, 24,
     ["`#approx` is read as a comment", '`baseline: {value: 100, "#approx",`']),
])
def test_a_value_a_hash_turns_into_a_comment_is_named(catalog, located, old, new, line, column,
                                                      words):
    """`owner: #N/A` loaded as a KPI without an owner, without a word."""
    catalog.edit(KPI, old, new)
    located(catalog.only_error(), KPI, line, column, "E104", *words)


@pytest.mark.parametrize(("old", "new"), [
    ("owner: Marketing Operations Lead", "owner:  # to be decided"),
    ("owner: Marketing Operations Lead", "owner: Marketing Operations Lead  # since 2026"),
    ("{value: 100, date: 2026-01-01}", "{value: 100, date: 2026-01-01} #approx"),
    ("owner: Marketing Operations Lead", "owner: 'Team #2'"),
    ("Leads are contacts", "Leads (#1 source: the web form) are contacts"),
    # a `#` in quotes, in brackets over several lines, is text (was said as a comment)
    ("tags: [pipeline]", 'tags: ["pipeline, #leads",\n  growth]'),
    ("tags: [pipeline]", "tags: ['pipeline,#leads',\n  growth]"),
    ("owner: Marketing Operations Lead", "owner: Team,#2"),
])
def test_a_comment_written_as_one_is_left_alone(catalog, old, new):
    catalog.edit(KPI, old, new)
    assert catalog.errors() == []


# --- a Windows path in double quotes -----------------------------------------------------------


@pytest.mark.parametrize(("path", "column", "read"), [
    ("C:\\new\\table.xlsx", 19, ["`\\n` is read as a line break", "`\\t` is read as a tab"]),
    ("\\\\finance\\reports\\targets.xlsx", 26,
     ["`\\r` is read as an invisible control character", "`\\t` is read as a tab"]),
    ("Reports\\new leads.csv", 24, ["`\\n` is read as a line break"]),
])
def test_a_windows_path_whose_backslashes_make_a_line_break_says_to_use_single_quotes(
        catalog, located, path, column, read):
    """`"C:\\new\\table.xlsx"` reads (`\\n` and `\\t` are escapes): it said 'the text must be
    one line, but it holds a line break at character 3'. Said at the first such backslash (it
    stood at the field's name), and `\\\\f` (a backslash, then f) is no form feed."""
    catalog.edit(KPI, "data_source: CRM monthly lead report", f'data_source: "{path}"')
    error = catalog.only_error()
    located(error, KPI, 12, column, "E204", "This path is in double quotes", *read,
            f"data_source: '{path}'", path.replace("\\", "/"))
    assert "`\\f`" not in error.message


def test_a_line_break_written_on_purpose_is_told_as_one(catalog, located):
    """Not a path: the message stays the one of a line break in a one-line field."""
    catalog.edit(KPI, "data_source: CRM monthly lead report",
                 'data_source: "CRM report\\nsecond line"')
    located(catalog.only_error(), KPI, 12, 3, "E204", "the text must be one line")


# --- a list item among fields, tags, curly quotes, two files for one KPI ---------------------


@pytest.mark.parametrize(("new", "words"), [
    ("- : Marketing Operations Lead", ['This line is a list item ("- ") with a colon and no field '
                                       "name", "(`name: Marketing Operations Lead`)"]),
    ("- :", ['with a colon and no field name', "Delete the line"]),
    ("- Marketing Operations Lead", ['This line is a list item ("- "), among fields',
                                     "put it under that list's field"]),
])
def test_a_list_item_among_fields_is_named(catalog, located, new, words):
    """`- : x` said 'This is not valid YAML: did not find expected key'."""
    catalog.edit(KPI, "owner: Marketing Operations Lead", new)
    error = catalog.only_error()
    located(error, KPI, 7, 1, "E101", *words)
    assert "did not find" not in error.text()


@pytest.mark.parametrize("tag", ["!!omap", "!!pairs", "!!set", "!!python/tuple", "!custom"])
def test_a_tag_on_a_list_is_refused(catalog, located, tag):
    """`tags: !!omap [...]` loaded (a list of one-field groups), with no word of the tag."""
    value = "{pipeline}" if tag == "!!set" else "[pipeline]"
    catalog.edit(KPI, "tags: [pipeline]", f"tags: {tag} {value}")
    located(catalog.only_error(), KPI, 22, 7, "E104", f"The tag `{tag}` is not allowed here")


@pytest.mark.parametrize(("quoted", "inner"), [
    ("\u201cMarketing\u201d", "Marketing"), ("\u2018Marketing\u2019", "Marketing"),
    ("\u201eMarketing\u201c", "Marketing"), ("\u00abMarketing\u00bb", "Marketing"),
])
def test_curly_quotes_around_a_value_are_named(catalog, located, quoted, inner):
    """`owner: “Marketing”` loaded the owner with Word's quotes in it, without a word."""
    catalog.edit(KPI, "owner: Marketing Operations Lead", f"owner: {quoted}")
    located(catalog.only_error(), KPI, 7, 8, "E104", f"`{quoted}` keeps its curly quotes",
            f"Write it without them: `owner: {inner}`", f'`owner: "{quoted}"`')


def test_curly_quotes_inside_a_text_are_text(catalog):
    catalog.edit(KPI, "owner: Marketing Operations Lead",
                 "owner: \u201cGrowth\u201d team of Marketing")
    assert catalog.errors() == []


@pytest.mark.parametrize("suffix", [".yaml", ".YML"])
def test_one_kpi_in_two_files_of_one_name_is_said_with_both(catalog, located, suffix):
    """It said 'The KPI id `new-leads` is also used by ...' and 'Give each KPI its own id'."""
    catalog.write(f"kpis/marketing/new-leads{suffix}", catalog.read(KPI))
    error = catalog.only_error()
    assert error.code == "E302", error.text()
    for words in ("The KPI `new-leads` is in two files of this folder",
                  f"new-leads.yml and new-leads{suffix}",
                  "Keep one of the two files and delete the other"):
        assert words in f"{error.message} {error.hint}", error.text()


@pytest.mark.parametrize(("old", "new", "code", "words"), [
    ("owner: Marketing Operations Lead", "owner: #N/A", "E104", "terbaca sebagai komentar"),
    ("tags: [pipeline]", "tags: [pipeline, #leads\n  growth]", "E104",
     "terbaca sebagai komentar"),
    ("owner: Marketing Operations Lead", "owner: \u201cMarketing\u201d", "E104",
     "tanda kutip lengkung"),
    ("{value: 100,", "{value: 24,5%,", "E106", "Tulis desimal dengan titik: `value: 24.5`"),
    ("{value: 100, date: 2026-01-01}", "\n  value: 1 250\n  date: 2026-01-01", "E203",
     "Tulis tanpa pemisah ribuan: `value: 1250`"),
    ("{value: 100, date: 2026-01-01}", "\n  value: Rp 1.250.000\n  date: 2026-01-01", "E203",
     "`unit`"),
    ("{value: 100,", "{value: (1,250),", "E106", "`value: -1250`"),
    ("{value: 100,", "{value: [24,5],", "E203", "`value: 24.5`"),
    ("data_source: CRM monthly lead report", 'data_source: "C:\\new\\table.xlsx"', "E204",
     "tanda kutip ganda"),
    ("owner: Marketing Operations Lead", "- : x", "E101", "butir daftar"),
])
def test_these_slips_are_told_in_indonesian(catalog, old, new, code, words):
    catalog.edit(KPI, old, new)
    with speaking("id"):
        error = catalog.only_error()
    assert error.code == code, error.text()
    assert words in f"{error.message} {error.hint}", error.text()


@pytest.mark.parametrize(("old", "new", "line", "column", "code", "words"), [
    # Word's minus sign (U+2212) is no minus to YAML
    ("{value: 100, date: 2026-01-01}", "\n  value: \u22125\n  date: 2026-01-01", 17, 3, "E203",
     ["Write the minus sign as a hyphen (-)", "`value: -5`"]),
    # `\U` and `\x` start a character's code, which `\Users` and `\x.csv` are not: it said
    # 'did not find expected hexdecimal number'
    ("data_source: CRM monthly lead report", 'data_source: "C:\\Users\\ani\\leads.xlsx"', 12, 19,
     "E101", ["In double quotes a backslash starts a special character",
              "data_source: 'C:\\Users\\ani\\leads.xlsx'"]),
    ("data_source: CRM monthly lead report", 'data_source: "D:\\x.csv"', 12, 19, "E101",
     ["data_source: 'D:\\x.csv'"]),
    # the fix wrote `owner: #N/A`, an empty owner
    ("owner: Marketing Operations Lead", "owner:#N/A", 7, 1, "E101",
     ['Write it as `owner: "#N/A"`.']),
    # Word turned the opening quote the wrong way
    ("owner: Marketing Operations Lead", "owner: \u201dMarketing\u201d", 7, 8, "E104",
     ["keeps its curly quotes", "`owner: Marketing`"]),
    # a straight quote closed by a curly one: the fix kept the curly one inside the quotes
    ("owner: Marketing Operations Lead", 'owner: "Marketing\u201d', 7, 8, "E101",
     ['Close it on line 7: owner: "Marketing"']),
])
def test_more_of_the_same_slips_get_the_line_to_write(catalog, located, old, new, line, column,
                                                      code, words):
    catalog.edit(KPI, old, new)
    error = catalog.only_error()
    located(error, KPI, line, column, code, *words)
    assert "hexdecimal" not in error.message
