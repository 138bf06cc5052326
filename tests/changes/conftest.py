"""Fixtures for the change tests: real git repositories in temporary folders."""

from __future__ import annotations

import shutil

import pytest
from changes_helpers import new_repo

if shutil.which("git") is None:  # pragma: no cover - git is part of CI's image
    pytest.exit("the change tests need git on PATH", returncode=1)


@pytest.fixture
def repo(tmp_path):
    return new_repo(tmp_path / "repo")
