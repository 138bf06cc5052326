"""The line scan that locates top-level fields without parsing (field_lines.py) must give
the parser's answer whenever it gives one, and give one for the usual KPI file; so must the
positions of a nested field found by parsing only the lines of its top-level field.

Its answers are compared with the parser's positions on the example catalog, on cases made
to fool it (a `name:` line inside a quoted text, an indented mapping, quoted names, flow
collections, line breaks other than `\\n`), on every mapping of the YAML test suite, and on
generated files of such lines.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpi_catalog.model.catalog import SourceFile
from kpi_catalog.reading.field_lines import field_positions, top_level_lines, top_level_spans
from kpi_catalog.reading.yaml_reader import YamlProblem, parse_yaml

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT / "tests" / "yaml-test-suite"
FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"


def parser_lines(text: str) -> tuple[dict, dict[str, int]] | None:
    """The parsed mapping and the parser's line of each top-level field; ``None`` when
    the text is not a mapping that parses."""
    positions: dict = {}
    try:
        data = parse_yaml(text, positions=positions)
    except YamlProblem:
        return None
    if not isinstance(data, dict):
        return None
    return data, {path[0]: line for path, (line, _) in positions.items() if len(path) == 1}


def assert_agrees(text: str) -> dict[str, int] | None:
    """The scan's answer, after checking it is the parser's whenever there is one."""
    parsed = parser_lines(text)
    if parsed is None:
        return None
    data, expected = parsed
    scanned = top_level_lines(text, len(data))
    if scanned is not None:
        assert scanned == expected, text
        positions: dict = {}
        parse_yaml(text, positions=positions)
        assert all(positions[(name,)][1] == 1 for name in scanned), text
        spans = top_level_spans(text, len(data))
        assert spans is not None
        for name in scanned:
            alone = field_positions(text, spans, name)
            if alone is not None:
                assert alone == {path: at for path, at in positions.items()
                                 if path[:1] == (name,)}, text
    return scanned


def test_every_example_kpi_file_is_located_by_the_scan_as_by_the_parser():
    files = sorted((ROOT / "kpis").rglob("*.yml"))
    assert len(files) > 20
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert assert_agrees(text) is not None, f"the scan gave up on {path}"


def test_a_nested_field_is_located_as_the_whole_file_places_it():
    text = ("# a KPI\nid: a\nmeasurement:\n  metric: Sales\n  unit: '%'\nactuals:\n"
            "  - {period: 2026-01, value: 1}\n  - period: 2026-02\n    value: 2\n"
            "description: |\n  x: y\n")
    positions: dict = {}
    data = parse_yaml(text, positions=positions)
    source = SourceFile(Path("a.yml"), "a.yml", text, len(data))
    assert [source.locate(path) for path in positions] == list(positions.values())
    assert source.locate(("actuals", 1, "note")) == positions[("actuals", 1)]
    assert source.locate(("nowhere", "x")) == (1, 1)


def test_a_field_whose_lines_do_not_parse_alone_is_located_in_the_whole_file():
    text = "a: &x {b: 1}\nc:\n  d: *x\n  e: 2\n"
    positions: dict = {}
    data = parse_yaml(text, positions=positions)
    spans = top_level_spans(text, len(data))
    assert spans is not None and field_positions(text, spans, "c") is None
    source = SourceFile(Path("a.yml"), "a.yml", text, len(data))
    assert source.locate(("c", "e")) == positions[("c", "e")] == (4, 3)


@pytest.mark.parametrize("text", [
    "a: 1\nb: 2\n",
    "---\na: 1\nb: 2\n",
    "--- # the KPI\r\na: 1\r\nb: |\r\n  text\r\n\r\nc: 3\r\n",
    "# comment\n\n  # indented comment\na: 1\n",
    "a : 1\nb:\n  - 1\n  - 2\nc:\n  d: 1\n",
])
def test_usual_files_are_answered(text: str):
    assert assert_agrees(text) is not None


@pytest.mark.parametrize("text", [
    'a: "x\nb: y"\n',  # a `name:` line inside a quoted text
    'a: "x\nb: y"\nc: 1\n',
    "a: 'x\n\nb: y'\n",
    ' a: "\na: "\n',  # an indented mapping, and a look-alike at the margin
    " a: 1\n b: 2\n",
    'a: 1\n"b": 2\n',  # a quoted field name
    "? a\n: 1\n",
    "{a: 1,\nb: 2}\n",
    "a: {x: 1,\nb: 2}\n",
    "a: [1,\nb: 2]\n",
    "a: 1\rb: 2\r",  # line breaks `re` does not count
    "a: 1\u2028b: 2\n",
    "a: x\x85b: 2\n",
    "&m\na: 1\n",
    "a: &x 1\n<<: {b: 2}\n",
    "%YAML 1.1\n---\na: 1\n",
])
def test_files_that_could_fool_the_scan_get_the_parsers_answer(text: str):
    assert_agrees(text)


@pytest.mark.parametrize(("text", "fields"), [
    ('a: "x\nb: y"\n', {"a": "x b: y"}),
    (' a: "\na: "\n', {"a": " a: "}),
])
def test_the_scan_gives_up_where_lines_are_not_fields(text: str, fields: dict):
    assert parser_lines(text)[0] == fields
    assert top_level_lines(text, len(fields)) is None


def test_the_scan_gives_up_on_a_line_separator_the_reader_refuses():
    text = "a: 1\u2028b: 2\n"  # two fields to YAML, one line to editors: refused (E102)
    assert parser_lines(text) is None
    assert top_level_lines(text, 2) is None


def _suite_texts() -> list[str]:
    texts = []
    for path in sorted(SUITE.glob("**/in.yaml")):
        raw = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
        try:
            texts.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            continue
    return texts


def test_every_mapping_of_the_yaml_test_suite_gets_the_parsers_answer():
    texts = _suite_texts()
    assert len(texts) > 300
    answered = sum(assert_agrees(text) is not None for text in texts)
    assert answered > 20  # the suite has plain mappings too: the scan must answer some


LINE = st.sampled_from([
    "a: 1", "b: x", "c:", "  d: 1", "  - 1", "- 1", "a: 'x", "b: y'", 'a: "x', 'b: y"', "# c",
    "  # c", "", "---", "...", "? a", ": 1", "{a: 1,", "b: 2}", "e: [1,", "2]", '"f": 1',
    "g: |", "  text", "h: >", "b", "a:b", "i : 1", "\tj: 1", "k: &x 1", "l: *x", "<<: {m: 1}",
])
BREAK = st.sampled_from(["\n", "\n", "\n", "\r\n", "\r", "\u2028"])


@settings(max_examples=3000 if FUZZ else 300, deadline=None, derandomize=not FUZZ,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(LINE, BREAK), max_size=12))
def test_generated_files_get_the_parsers_answer(lines: list[tuple[str, str]]):
    assert_agrees("".join(line + end for line, end in lines))
