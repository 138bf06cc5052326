"""Fixtures for the alerts tests (helpers in alerts_helpers.py)."""

import pytest
from alerts_helpers import FakeGitHub, new_history


@pytest.fixture
def history(tmp_path):
    return new_history(tmp_path / "repo")


@pytest.fixture
def github():
    with FakeGitHub() as fake:
        yield fake
