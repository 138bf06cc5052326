"""Fixtures for the site tests (helpers in site_helpers.py).

``project(...)`` makes a fresh project in tmp_path; ``example_site`` is the repository's
own site (mkdocs.yml, docs/, kpis/) built once per test module that asks for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from site_helpers import Built, Project, build_example, make_project


@pytest.fixture
def project(tmp_path: Path):
    """``project(**options)``: a fresh project in tmp_path (see make_project)."""
    counter = iter(range(100))

    def make(catalog: dict[str, object] | None = None, **options) -> Project:
        return make_project(tmp_path / f"p{next(counter)}", catalog, **options)

    return make


@pytest.fixture(scope="module")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The repository's own site built with --strict, as of TODAY."""
    built = build_example(tmp_path_factory.mktemp("example"))
    assert built.returncode == 0, built.output
    return built
