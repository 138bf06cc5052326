"""Fixtures for the site tests (helpers in site_helpers.py).

``project(...)`` makes a fresh project in tmp_path; ``example_site`` is the repository's
own site (mkdocs.yml, docs/, kpis/) built once per test module that asks for it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from site_helpers import REPO, TODAY, Built, Project, make_project


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
    root = tmp_path_factory.mktemp("example")
    for name in ("kpis", "docs", "overrides"):
        if (REPO / name).exists():
            shutil.copytree(REPO / name, root / name)
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "kpi-catalog" in plugin:
            plugin["kpi-catalog"] = {**(plugin["kpi-catalog"] or {}), "today": TODAY.isoformat()}
    (root / ".git").mkdir()  # marks the repository root: paths are relative to it
    built = Project(root, config).build()
    assert built.returncode == 0, built.output
    return built
