"""Robustness: every case of the YAML test suite ends in a document or a located problem.

The suite (vendored in tests/yaml-test-suite, with its licence) holds 402 inputs, 94 of
them invalid YAML. For each, ``parse_yaml`` must return a value or raise a ``YamlProblem``
with a line and column >= 1 and a message: never another exception, a crash or a hang.
PyYAML itself disagrees with the suite on a few cases, so which of the two outcomes a
case gets is not checked; that it is one of them is.

Each case runs in this process under a SIGALRM timeout (a Python-level hang); one more
test runs the whole suite in a child process with a timeout, which also catches what an
alarm cannot: a hang inside C code, or a crash that would take pytest down.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kpi_catalog.reading.yaml_reader import YamlProblem, parse_yaml

SUITE = Path(__file__).resolve().parents[1] / "yaml-test-suite"
CASES = sorted(SUITE.glob("*/in.yaml")) + sorted(  # sub-cases: 2G84/00, Y79Y/010, ...
    p for p in SUITE.glob("*/*/in.yaml") if p.parent.name.isdigit())
CASE_TIMEOUT = 5  # seconds; a case takes about a millisecond

def _case_id(path: Path) -> str:
    return path.parent.relative_to(SUITE).as_posix()


def _text(path: Path) -> str:
    # The cases are UTF-8; read_text() of the loader is tested elsewhere, so decode here
    # the way it does (a byte-order mark dropped) and keep any undecodable byte visible.
    return path.read_bytes().removeprefix(b"\xef\xbb\xbf").decode("utf-8", "surrogateescape")


def _outcome(text: str) -> str:
    """'ok' or 'problem'; any other exception propagates (and fails the test)."""
    try:
        parse_yaml(text)
    except YamlProblem as problem:
        assert problem.line >= 1 and problem.column >= 1, (problem.line, problem.column)
        assert problem.message.strip(), "empty message"
        assert problem.code.startswith("E1"), problem.code
        return "problem"
    return "ok"


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout


@pytest.mark.parametrize("path", CASES, ids=[_case_id(p) for p in CASES])
def test_case_ends_in_a_document_or_a_located_problem(path: Path):
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(CASE_TIMEOUT)
    try:
        _outcome(_text(path))
    except _Timeout:
        pytest.fail(f"{_case_id(path)} took more than {CASE_TIMEOUT}s")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_suite_cases_are_all_found_with_their_licence():
    assert (SUITE / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert len(CASES) == 402
    assert sum((p.parent / "error").exists() for p in CASES) == 94


def test_whole_suite_in_a_child_process_with_a_timeout():
    script = f"""
import json, sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
from test_yaml_test_suite import CASES, _case_id, _outcome, _text
print(json.dumps({{_case_id(p): _outcome(_text(p)) for p in CASES}}))
"""
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    outcomes = json.loads(proc.stdout)
    assert len(outcomes) == len(CASES)
    assert set(outcomes.values()) <= {"ok", "problem"}
    # Sanity: the error cases are mostly refused and the valid ones mostly loaded (the
    # reader is stricter than YAML, e.g. tags and several documents, so not all are).
    errors = {_case_id(p) for p in CASES if (p.parent / "error").exists()}
    refused = sum(outcomes[c] == "problem" for c in errors)
    assert refused >= 0.8 * len(errors), refused
    loaded = sum(outcomes[c] == "ok" for c in outcomes if c not in errors)
    assert loaded >= 0.4 * (len(outcomes) - len(errors)), loaded
