"""New values follow the style of the file they go into; nothing else of it changes."""

from __future__ import annotations

import pytest

from kpi_catalog import yaml_text
from kpi_catalog.actuals.checks import Change
from kpi_catalog.actuals.writer import EditProblem, edit_text
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.reading.yaml_reader import parse_yaml

HEAD = """\
# A KPI written by hand.
id: k
name: K   # the short name
statement: 'Grow from 100 to 200 by 31 December 2027.'
department: d
objective: o
success_part: p
owner: Someone
measurement:
    metric: m
    unit: u
direction: higher_is_better
baseline: {value: 100, date: 2026-01-01}
target:
    value: 200
    date: 2027-12-31
"""
TAIL = """\

# reviewed yearly
review_date: 2027-01-31
links:
-   title: Dashboard
    url: https://example.org/d
"""


def _edit(text: str, *changes: Change) -> str:
    kpi = Kpi.model_validate(parse_yaml(text))
    return edit_text(text, kpi, list(changes))


def _new(period: str, value: float, note: str | None = None) -> Change:
    return Change("k", period, value, note)


def test_block_mapping_entries_get_a_block_mapping_entry():
    text = HEAD + "actuals:\n    -   period: 2026-01\n        value: 104\n" \
                  "    -   period: 2026-03   # late\n        value: 110\n" + TAIL
    out = _edit(text, _new("2026-02", 105.5, "Rain"), _new("2026-04", 112))
    assert out == HEAD + (
        "actuals:\n    -   period: 2026-01\n        value: 104\n"
        "    -   period: 2026-02\n        value: 105.5\n        note: \"Rain\"\n"
        "    -   period: 2026-03   # late\n        value: 110\n"
        "    -   period: 2026-04\n        value: 112\n") + TAIL


def test_a_list_on_one_line_becomes_one_value_per_line():
    text = HEAD + "actuals: [{ period: 2026-01, value: 104 }]  # so far\n" + TAIL
    out = _edit(text, _new("2025-12", 99), _new("2026-02", 105))
    assert out == HEAD + (
        "actuals:  # so far\n"
        "- { period: 2025-12, value: 99 }\n"
        "- { period: 2026-01, value: 104 }\n"
        "- { period: 2026-02, value: 105 }\n") + TAIL, "indented as `links:`; the entry kept"


def test_an_empty_flow_list_becomes_a_block_list():
    for empty in ("actuals: []\n", "actuals: [ ]\n"):
        out = _edit(HEAD + empty + TAIL, _new("2026-02", 105), _new("2026-01", 104, "First"))
        assert out == HEAD + "actuals:\n- {period: 2026-01, value: 104, note: \"First\"}\n" \
            "- {period: 2026-02, value: 105}\n" + TAIL
    assert _edit(HEAD + "actuals: []", _new("2026-01", 104)) == HEAD + \
        "actuals:\n  - {period: 2026-01, value: 104}\n", "at the end, without a line break"


def test_a_value_replaced_in_a_list_on_one_line():
    text = HEAD + "actuals: [{period: 2026-01, value: 104, note: \"Old\"}]\n"
    out = _edit(text, _new("2026-01", 105))
    assert out == HEAD + "actuals:\n  - {period: 2026-01, value: 105, note: \"Old\"}\n"


def test_a_multi_line_flow_list_gets_a_line_per_value():
    text = HEAD + "actuals: [\n  {period: 2026-01, value: 104},\n  {period: 2026-03, value: 1}\n]\n"
    out = _edit(text, _new("2026-02", 105), _new("2026-04", 2))
    assert out == HEAD + ("actuals: [\n  {period: 2026-01, value: 104},\n"
                          "  {period: 2026-02, value: 105},\n  {period: 2026-03, value: 1},\n"
                          "  {period: 2026-04, value: 2}\n]\n")


def test_a_kpi_without_values_gets_a_list_before_the_fields_that_follow_it():
    out = _edit(HEAD + TAIL, _new("2026-01", 104))
    assert out == HEAD + "\nactuals:\n- {period: 2026-01, value: 104}\n" \
        "# reviewed yearly\nreview_date: 2027-01-31\nlinks:\n-   title: Dashboard\n" \
        "    url: https://example.org/d\n", "indented as `links:`, before the comment"
    assert _edit(HEAD, _new("2026-01", 104)) == HEAD + \
        "actuals:\n  - {period: 2026-01, value: 104}\n", "at the end; indented 2 by default"


def test_at_the_end_of_a_file_without_a_final_line_break():
    text = HEAD + "actuals:\n  - {period: 2026-01, value: 104}"
    assert _edit(text, _new("2026-02", 1.25)).endswith(
        "  - {period: 2026-01, value: 104}\n  - {period: 2026-02, value: 1.25}\n")
    assert _edit(HEAD.rstrip("\n"), _new("2026-02", 3)).endswith(
        "2027-12-31\nactuals:\n  - {period: 2026-02, value: 3}\n")


def test_replacing_a_block_note():
    text = HEAD + "actuals:\n  - period: 2026-01\n    value: 104\n    note: |\n" \
                  "      Old note\n      on two lines.\n" + TAIL
    out = _edit(text, _new("2026-01", 105, "New note"))
    assert "  - period: 2026-01\n    value: 105\n    note: \"New note\"\n\n# reviewed" in out


def test_adding_a_note_to_a_block_entry():
    text = HEAD + "actuals:\n  - period: 2026-01\n    value: 104\n" + TAIL
    out = _edit(text, _new("2026-01", 104, "Checked"))
    assert "  - period: 2026-01\n    value: 104\n    note: \"Checked\"\n" in out


def test_crlf_and_year_periods():
    text = (HEAD + "actuals:\n  - {period: 2025, value: 104}\n" + TAIL).replace("\n", "\r\n")
    out = _edit(text, _new("2026", 120))
    assert "  - {period: 2025, value: 104}\r\n  - {period: 2026, value: 120}\r\n" in out
    assert "\n" not in out.replace("\r\n", "")


def test_a_file_written_as_one_flow_mapping_is_refused_not_mangled():
    text = "{id: k, name: K, statement: 'Grow from 100 to 200.', department: d, objective: o, " \
           "success_part: p, measurement: {metric: m, unit: u}, direction: higher_is_better}\n"
    with pytest.raises(EditProblem):
        _edit(text, _new("2026-01", 1))


@pytest.mark.parametrize("value", [0.0, -3.5, 1e-7, 123456789012345678.0, 0.1 + 0.2, 2.5e20])
def test_numbers_read_back_exactly(value):
    assert parse_yaml(f"v: {yaml_text.number(value)}")["v"] == value


@pytest.mark.parametrize("note", ['say "hi"', "back\\slash", "tab\there", "#1: yes, no",
                                  "ünïcödé 中文 😀", "\u2028 line separator", " lead"])
def test_notes_read_back_exactly(note):
    assert parse_yaml(f"note: {yaml_text.quoted(note)}")["note"] == note
    assert parse_yaml(f"note: {yaml_text.scalar(note)}")["note"] == note  # as `kpi new` writes


def test_after_an_entry_ending_in_a_block_note_and_a_blank_line():
    text = HEAD + "actuals:\n  - period: 2026-01\n    value: 104\n    note: >\n" \
                  "      A long note\n      folded.\n" + TAIL
    out = _edit(text, _new("2026-02", 105))
    assert "      folded.\n  - period: 2026-02\n    value: 105\n\n# reviewed yearly\n" in out
