"""Property: any KPI file, generated or mutated from a valid one, ends in a valid catalog or
in located errors (a path, a line and column from 1, a code and a message), never in an
exception; and the checks (the rules' text analysis included) never raise either.

Mutations cut, repeat and splice the valid file with pieces of YAML syntax and values that
have broken readers before (huge numbers, far dates, YAML 1.1 words, tags, anchors, line
breaks of every kind, control characters). Generated files are KPI-shaped mappings whose
values are drawn from the same pieces and any Unicode.

Quick in the suite; ``HYPOTHESIS_PROFILE=fuzz`` (``nox -s fuzz``) runs many more.
"""

from __future__ import annotations

import functools
import json
import os
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog_factory import TODAY, catalog_files, dump, kpi_data, write_catalog
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.checking.reporting import as_json

pytestmark = pytest.mark.fuzz
FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
EXAMPLES = 3000 if FUZZ else 150
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=not FUZZ,
                    suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    ":", ": ", "- ", "-", "{", "}", "[", "]", ",", "? ", "|", ">", "|-", ">-", "#", "&a ", "*a",
    "<<: *a", "!!str ", "!!python/object ", "!x ", "---", "...", "%YAML 1.1", "'", '"', "\\",
    "\t", "  ", "    ", "\n", "\r\n", "\r", "\x85", "\u2028", "\u2029", "\x00", "\x1b", "\ufeff",
    "\ud7ff", "off", "yes", "No", "~", "null", "true", "1e308", "-1.7e308", "1e16", ".inf",
    ".nan", "0x1F", "010", "1_000", "1:20", "9" * 30, "9999-12-31", "0001-01-01", "2026-02-30",
    "2026-Q5", "2026-W53", "2200-12-31", "1900-01-01", "<script>", "{{ x }}", "javascript:",
    "K104", "id", "name", "actuals", "value", "period", "target", "date", "new-leads",
]
piece = st.one_of(st.sampled_from(PIECES), st.text(max_size=8))
KPI = kpi_data()
KPI_FILE = f"kpis/{KPI['department']}/{KPI['id']}.yml"
KPI_YML = dump(KPI)


@functools.cache
def repository() -> Path:
    """One valid catalog, reused: each example rewrites the one KPI file."""
    repo = Path(tempfile.mkdtemp(prefix="kpi-properties-")) / "repo"
    (repo / ".git").mkdir(parents=True)
    write_catalog(repo / "kpis", catalog_files([KPI]))
    return repo


def checked(text: str | bytes) -> list:
    path = repository() / KPI_FILE
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
    result = check_catalog(repository() / "kpis", today=TODAY)
    for d in result.diagnostics:
        assert d.path and d.line >= 1 and d.column >= 1 and d.code and d.message, d
        d.text()
    json.loads(as_json(result.diagnostics, len(result.catalog.kpis)))
    return result.diagnostics


@st.composite
def mutated(draw) -> str:
    """The valid file, with a few cuts, copies and insertions."""
    text = KPI_YML
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 40)))
        action = draw(st.sampled_from(["insert", "replace", "delete", "repeat"]))
        if action == "insert":
            text = text[:start] + draw(piece) + text[start:]
        elif action == "replace":
            text = text[:start] + draw(piece) + text[end:]
        elif action == "delete":
            text = text[:start] + text[end:]
        else:
            text = text[:end] + text[start:end] + text[end:]
    return text


scalar = st.one_of(piece, st.integers(-10**20, 10**20), st.floats(allow_nan=False),
                   st.booleans(), st.none(), st.dates().map(str))
value = st.recursive(scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(piece, inner, max_size=3)), max_leaves=8)
FIELDS = ["id", "name", "statement", "department", "objective", "success_part", "owner",
          "measurement", "direction", "baseline", "target", "thresholds", "actuals", "status",
          "tags", "links", "description", "silence", "lifecycle", "review_date"]


@st.composite
def generated(draw) -> str:
    """A KPI-shaped mapping: the valid file's fields, some replaced by generated values."""
    data = yaml.safe_load(KPI_YML)
    for name in draw(st.lists(st.sampled_from(FIELDS), max_size=5)):
        data[name] = draw(value)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@SETTINGS
@given(mutated())
def test_a_mutated_kpi_file_is_valid_or_located(text):
    checked(text)


@SETTINGS
@given(generated())
def test_a_generated_kpi_file_is_valid_or_located(text):
    checked(text)


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes_are_valid_or_located(raw):
    diagnostics = checked(raw)
    assert diagnostics, "bytes that happen to be a valid KPI file are most unlikely"
