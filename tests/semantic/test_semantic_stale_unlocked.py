"""E330 on a metric deleted while a declared package is not named by package-lock.yml (dbt
before 1.7 writes none; a lock older than packages.yml lacks the new entry): a git package
installed by `dbt deps` keeps its clone's `.git`, whose `origin` is the URL packages.yml
declares, so its folder is told by it; a package whose folder cannot be told, or that is not
installed while others are, is said plainly (it may define the metric), not left silent.
`dbt deps` runs for real on local git repositories (no network)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from semantic_helpers import EXAMPLE_DBT, run_dbt
from test_semantic_stale_parts import SHARE, copied, parsed_copy, settings_added

from kpi_catalog.checking.semantic import defined_in
from kpi_catalog.checking.semantic_stale import gone_since_parse, project_yaml
from kpi_catalog.reading.semantic_manifest import load_manifest


def git_repository(folder: Path, name: str, sub: str = "") -> str:
    """A git repository holding the dbt project ``name`` (in its folder ``sub``); its URL."""
    (folder / sub).mkdir(parents=True)
    (folder / sub / "dbt_project.yml").write_text(
        f"name: {name}\nversion: '1.0.0'\nconfig-version: 2\n", encoding="utf-8")
    for args in (["init", "-q"], ["add", "."],
                 ["-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "v1"]):
        subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)
    return folder.as_posix()


@pytest.fixture(scope="module")
def with_git(tmp_path_factory) -> tuple[Path, str, str]:
    """The example's dbt project with `stale_share`, parsed, then two git packages installed
    by `dbt deps` (one from a subdirectory of its repository); with their URLs."""
    folder = tmp_path_factory.mktemp("stale-git")
    whole = git_repository(folder / "whole_repo", "whole_pkg")
    part = git_repository(folder / "part_repo", "part_pkg", "sub")
    project = parsed_copy(EXAMPLE_DBT, folder, "\n" + SHARE)
    (project / "packages.yml").write_text(
        f"packages:\n  - git: {whole}\n    revision: HEAD\n"
        f"  - git: {part}\n    subdirectory: sub\n    revision: HEAD\n", encoding="utf-8")
    run_dbt(project, "deps", "--quiet")
    return project, whole, part


def unlocked(with_git: tuple[Path, str, str], tmp_path: Path, declared: str) -> Path:
    """A copy of the project, `stale_share` deleted after the parse, packages.yml declaring
    ``declared``, package-lock.yml gone (old dbt)."""
    project = copied(with_git[0], tmp_path, SHARE, "")
    (project / "packages.yml").write_text("packages:\n" + declared, encoding="utf-8")
    (project / "package-lock.yml").unlink()
    return project


def test_dbt_deps_keeps_a_git_packages_clone_with_its_origin(with_git):
    project, whole, _part = with_git
    config = (project / "dbt_packages" / "whole_pkg" / ".git" / "config").read_text()
    assert f"url = {whole}\n" in config
    assert not (project / "dbt_packages" / "part_pkg" / ".git").exists()
    assert "name: part_pkg" in (project / "package-lock.yml").read_text()


def test_a_git_package_without_a_lock_is_told_by_its_clone(with_git, tmp_path):
    """The metric is deleted and the git package package-lock.yml does not name is the
    installed clone of its URL: said deleted (it was silent)."""
    project = unlocked(with_git, tmp_path, f"  - git: {with_git[1]}\n    revision: HEAD\n")
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    assert gone_since_parse(project_yaml(project), manifest, "stale_share") == (
        "deleted", "", "", "")


@pytest.mark.parametrize(("declared", "said", "package"), [
    ("  - git: {part}\n    subdirectory: sub\n", "unnamed", "{part}"),
    ("  - private: acme/private_metrics\n", "unnamed", "acme/private_metrics"),
    ("  - git: {whole}.git\n  - git: {part}/other\n", "unnamed", "{part}/other"),
    ("  - package: acme/other_metrics\n    version: 1.0.0\n", "unnamed",
     "acme/other_metrics")],
    ids=["git-subdirectory", "private", "git-other-url", "hub-not-found"])
def test_a_package_that_cannot_be_told_is_said_plainly(with_git, tmp_path, declared, said,
                                                       package):
    """A declared package whose folder cannot be told (a subdirectory's has no `.git`, a
    private package's neither, another URL, `x.git` being `x` to dbt; a hub package's name
    after its owner is the hub's, a guess at its project's) while others are installed: the
    metric may come from it, and the warning says so, naming it (it was silent)."""
    urls = {"whole": with_git[1], "part": with_git[2]}
    project = unlocked(with_git, tmp_path, declared.format(**urls))
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    assert gone_since_parse(project_yaml(project), manifest, "stale_share") == (
        said, "packages.yml", package.format(**urls), "")


def test_a_package_that_cannot_be_told_is_missing_when_every_folder_is_anothers(with_git,
                                                                              tmp_path):
    """The git package from a subdirectory cannot be told by its folder, and the only folder
    installed is the other git package's clone: it is surely not installed (was `unnamed`)."""
    whole, part = with_git[1], with_git[2]
    project = unlocked(with_git, tmp_path, f"  - git: {whole}\n  - git: {part}\n"
                                           "    subdirectory: sub\n")
    shutil.rmtree(project / "dbt_packages" / "part_pkg")
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    assert gone_since_parse(project_yaml(project), manifest, "stale_share") == (
        "missing", "packages.yml", part, "")


def test_a_private_package_named_by_the_lock_is_matched(with_git, tmp_path):
    """package-lock.yml names a private package as dbt's PrivatePackage reads it (`private`,
    `provider`, `revision`, `name`): its folder is known (dbt-core itself cannot install
    one: dbt deps says to use a git package)."""
    project = unlocked(with_git, tmp_path, "  - private: acme/whole\n")
    settings_added(project, "packages:\n  - private: acme/whole\n    provider: github\n"
                   "    revision: 0123abc\n    name: whole_pkg\nsha1_hash: 0\n",
                   "package-lock.yml")
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    assert gone_since_parse(project_yaml(project), manifest, "stale_share") == (
        "deleted", "", "", "")


@pytest.mark.parametrize("file", ["macros/shared.yml", "dbt_packages/whole_pkg/models/m.yml"])
def test_the_defined_in_hint_looks_where_dbt_reads(with_git, tmp_path, file):
    """E322's hint named a metric's file only under `model-paths`: dbt reads metrics from
    its other folders (macros, seeds...) and from installed packages too."""
    project = copied(with_git[0], tmp_path)
    settings_added(project, "metrics:\n" + SHARE.replace("stale_share", "fresh_share"), file)
    assert defined_in(project_yaml(project), "fresh_share") == file
