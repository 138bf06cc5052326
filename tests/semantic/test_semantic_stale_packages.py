"""E330 on a dbt project's installed packages: a package changed after the last `dbt parse`
(`dbt deps` run again, no file of the project itself changed) is as stale as the project's
own YAML, and the installed packages are matched to the declared ones by the name `dbt deps`
gives their folders, so a folder left from a package no longer declared does not stand for
a declared one that is missing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from semantic_helpers import EXAMPLE_DBT, run_dbt
from test_semantic_stale_parts import PACKAGE, SHARE, copied, parsed_copy, settings_added

from kpi_catalog.checking.semantic_stale import (
    changed_since_parse,
    gone_since_parse,
    project_yaml,
)
from kpi_catalog.reading.semantic_manifest import load_manifest

PACKAGE_METRICS = """metrics:
  - name: pkg_kept
    label: Package kept
    type: simple
    type_params:
      measure: accounts
  - name: pkg_filtered
    label: Package filtered
    type: simple
    type_params:
      measure: accounts
    filter: "{{ Dimension('account__account_type') }} = 'corporate'"
"""

INSTALLED = "dbt_packages/shared_metrics/"
"""Where `dbt deps` installs the package (named after its dbt_project.yml's `name`)."""


@pytest.fixture(scope="module")
def with_package(tmp_path_factory) -> Path:
    """The example's dbt project with a local package defining metrics, installed by
    `dbt deps` and parsed by dbt; the package's folder is not named as its project."""
    folder = tmp_path_factory.mktemp("stale-packages")
    source = folder / "shared_src"
    (source / "semantic").mkdir(parents=True)
    (source / "dbt_project.yml").write_text(PACKAGE, encoding="utf-8")
    (source / "semantic" / "m.yml").write_text(PACKAGE_METRICS, encoding="utf-8")
    project = folder / "dbt"
    shutil.copytree(EXAMPLE_DBT, project, ignore=shutil.ignore_patterns(
        "target", "logs", "*.duckdb", "*.duckdb.wal"))
    (project / "packages.yml").write_text("packages:\n  - local: ../shared_src\n",
                                          encoding="utf-8")
    run_dbt(project, "deps", "--quiet")
    run_dbt(project, "parse", "--quiet")
    return project


def aged(project: Path) -> Path:
    """The project's own files made older than its manifest (a package alone changes)."""
    written = (project / "target" / "semantic_manifest.json").stat().st_mtime
    for path in [project / "dbt_project.yml", *(project / "models").rglob("*.y*ml")]:
        os.utime(path, (written - 60, written - 60))
    return project


def package_copy(with_package: Path, tmp_path: Path) -> Path:
    """A copy of the parsed project, its package a folder of its own (as a hub or git
    package is installed), the project's own files older than the manifest."""
    project = tmp_path / "dbt"
    shutil.copytree(with_package, project)  # the link to the local package copied as files
    return aged(project)


def rewritten(path: Path, old: str, new: str, project: Path) -> None:
    """``old`` replaced by ``new`` in a package's file with an old modification time, as
    `dbt deps` extracts a hub package's archive (its files keep their release's times)."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    written = (project / "target" / "semantic_manifest.json").stat().st_mtime
    os.utime(path, (written - 3600, written - 3600))


def test_dbt_deps_names_a_packages_folder_after_its_project(with_package):
    assert (with_package / INSTALLED / "dbt_project.yml").is_file()
    assert not (with_package / "dbt_packages" / "shared_src").exists()
    manifest = load_manifest(with_package / "target" / "semantic_manifest.json")
    assert {"pkg_kept", "pkg_filtered"} <= set(manifest.metrics)
    yaml = project_yaml(aged(with_package))
    for name in ("pkg_kept", "pkg_filtered", "new_b2b_accounts"):
        assert changed_since_parse(yaml, manifest, name) is None, name
        assert gone_since_parse(yaml, manifest, name) is None, name


def test_a_package_changed_alone_after_dbt_parse_is_said(with_package, tmp_path):
    """`dbt deps` run again after the parse, a package's metric changed, no file of the
    project itself changed: the change is said (it was not, no model file being newer)."""
    project = package_copy(with_package, tmp_path)
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    rewritten(project / INSTALLED / "semantic" / "m.yml", "= 'corporate'", "= 'reseller'",
              project)
    yaml = project_yaml(project)
    assert changed_since_parse(yaml, manifest, "pkg_filtered") == (
        INSTALLED + "semantic/m.yml", "filter",
        "{{ Dimension('account__account_type') }} = 'reseller'",
        "{{ Dimension('account__account_type') }} = 'corporate'")
    assert changed_since_parse(yaml, manifest, "pkg_kept") is None


def test_a_package_metric_deleted_alone_after_dbt_parse_is_said(with_package, tmp_path):
    project = package_copy(with_package, tmp_path)
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    rewritten(project / INSTALLED / "semantic" / "m.yml", "name: pkg_filtered",
              "name: pkg_filtered_v2", project)
    assert gone_since_parse(project_yaml(project), manifest, "pkg_filtered") == (
        "deleted", "", "", "")


def test_a_package_taken_away_after_dbt_parse_is_said(with_package, tmp_path):
    """The package no longer declared and its folder removed (`dbt clean`, `dbt deps`):
    its metrics are deleted, though no file left is newer than the manifest."""
    project = package_copy(with_package, tmp_path)
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    shutil.rmtree(project / INSTALLED)
    (project / "packages.yml").unlink()
    (project / "package-lock.yml").unlink()
    aged(project)
    assert gone_since_parse(project_yaml(project), manifest, "pkg_kept") == (
        "deleted", "", "", "")


def test_a_package_metric_deleted_while_a_declared_one_is_missing_names_it(with_package,
                                                                            tmp_path):
    """The package missing may define the metric: the warning names it (it was silent), as
    not installed, the one folder there being the other package's."""
    project = package_copy(with_package, tmp_path)
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    rewritten(project / INSTALLED / "semantic" / "m.yml", "name: pkg_filtered",
              "name: pkg_filtered_v2", project)
    settings_added(project, "  - package: acme/other_metrics\n    version: 1.0.0\n",
                   "packages.yml")
    assert gone_since_parse(project_yaml(project), manifest, "pkg_filtered") == (
        "missing", "packages.yml", "acme/other_metrics", "")


def test_a_folder_without_dbt_project_yml_is_not_walked_for_packages(tmp_path):
    """catalog.yml's `project` naming a folder that is no dbt project (yet): its `tests/` or
    `dbt_packages/` are nothing dbt reads, and are not walked at each check."""
    settings_added(tmp_path, PACKAGE, "dbt_packages/shared_metrics/dbt_project.yml")
    settings_added(tmp_path, PACKAGE_METRICS, "tests/metrics.yml")
    yaml = project_yaml(tmp_path)
    assert yaml.elsewhere is None and not yaml.newer_than(0)


LEFT_OVER = ("name: old_metrics\nversion: '1.0.0'\nconfig-version: 2\n", INSTALLED.replace(
    "shared_metrics", "old_metrics") + "dbt_project.yml")
"""A package folder `dbt deps` left from a package no longer declared."""


@pytest.mark.parametrize(("declared", "lock", "said"), [
    ("  - package: acme/shared_metrics\n    version: 1.0.0\n", "",
     ("unnamed", "packages.yml", "acme/shared_metrics", "")),
    ("  - package: acme/old_metrics\n    version: 1.0.0\n", "", ("deleted", "", "", "")),
    ("  - git: https://example.com/acme/shared-metrics.git\n    revision: v1\n", "",
     ("unnamed", "packages.yml", "https://example.com/acme/shared-metrics.git", "")),
    ("  - git: https://example.com/acme/old-metrics.git\n    revision: v1\n", "",
     ("unnamed", "packages.yml", "https://example.com/acme/old-metrics.git", "")),
    ("  - git: https://example.com/acme/old-metrics.git\n    revision: v1\n",
     "  - git: https://example.com/acme/old-metrics.git\n    revision: 0a1b2c\n"
     "    name: old_metrics\n", ("deleted", "", "", "")),
    ("  - git: https://example.com/acme/shared-metrics.git\n    revision: v1\n",
     "  - git: https://example.com/acme/shared-metrics.git\n    revision: 0a1b2c\n"
     "    name: shared_metrics\n",
     ("missing", "packages.yml", "https://example.com/acme/shared-metrics.git", "")),
    ("  - tarball: https://example.com/shared.tar.gz\n    name: shared_metrics\n", "",
     ("missing", "packages.yml", "https://example.com/shared.tar.gz", "")),
    ("  - tarball: https://example.com/old.tar.gz\n    name: old_metrics\n", "",
     ("deleted", "", "", "")),
    ("  - local: ../nowhere\n", "", ("unnamed", "packages.yml", "../nowhere", "")),
    ("  - local: ../old_src\n", "", ("deleted", "", "", ""))],
    ids=["hub-missing", "hub-installed", "git-unnamed", "git-unnamed-installed",
         "git-named-by-the-lock", "git-missing", "tarball-missing", "tarball-installed",
         "local-missing", "local-installed"])
def test_installed_packages_are_matched_to_the_declared_ones_by_name(parsed_root, tmp_path,
                                                                    declared, lock, said):
    """A left-over folder made as many packages installed as declared while the declared
    one was missing: the metric was said deleted though the package may define it; now the
    package missing is named (`missing`), or, when which folder is its cannot be told (a git
    package package-lock.yml does not name, its folder no clone of it), said so
    (`unnamed`). A git package is named by the project it holds, which package-lock.yml
    tells."""
    project = copied(parsed_root, tmp_path, SHARE, "")
    settings_added(project, LEFT_OVER[0], LEFT_OVER[1])
    settings_added(tmp_path, LEFT_OVER[0], "old_src/dbt_project.yml")  # a local package
    settings_added(project, "packages:\n" + declared, "packages.yml")
    if lock:
        settings_added(project, "packages:\n" + lock + "sha1_hash: 0\n", "package-lock.yml")
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    assert gone_since_parse(project_yaml(project), manifest, "stale_share") == said


@pytest.fixture(scope="module")
def parsed_root(tmp_path_factory) -> Path:
    """The example's dbt project with the metric `stale_share`, parsed by dbt."""
    return parsed_copy(EXAMPLE_DBT, tmp_path_factory.mktemp("stale-declared"),
                       "\n" + SHARE)


def _dbt_project(folder: Path, name: str, packages: str = "") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dbt_project.yml").write_text(
        f"name: {name}\nversion: '1.0.0'\nconfig-version: 2\n", encoding="utf-8")
    if packages:
        (folder / "packages.yml").write_text("packages:\n" + packages, encoding="utf-8")


HUB_UTILS = "  - package: dbt-labs/dbt_utils\n    version: 1.0.0\n"


@pytest.mark.parametrize(("own", "root", "lacking"), [
    # the git package cannot be told by a folder; dbt_utils, a_pkg's own package, made a
    # folder no declared package claimed: "whether it is installed cannot be told"
    (HUB_UTILS, "  - git: https://example.com/acme/metrics.git\n",
     ("missing", "packages.yml", "https://example.com/acme/metrics.git")),
    # a_pkg's own package not installed was not looked for at all
    (HUB_UTILS + "  - package: acme/extra_metrics\n    version: 1.0.0\n", "",
     ("missing", "dbt_packages/a_pkg/packages.yml", "acme/extra_metrics")),
    # a package's own local package, relative to the project as dbt resolves it
    ("  - local: ../a_src/nested\n", "",
     ("missing", "dbt_packages/a_pkg/packages.yml", "../a_src/nested")),
], ids=["its-folder-claimed", "missing", "local-from-the-package"])
def test_the_packages_an_installed_package_declares_are_declared_too(tmp_path, own, root,
                                                                     lacking):
    """Without package-lock.yml: `dbt deps` installs the packages a package declares in
    its own packages.yml beside it; their folders are not left-overs, and one of them
    missing is named, with the file that declares it."""
    from kpi_catalog.reading.dbt_packages import installed_packages
    project = tmp_path / "dbt"
    _dbt_project(project, "root", "  - local: ../a_src\n" + root)
    _dbt_project(tmp_path / "a_src", "a_pkg", own)
    _dbt_project(tmp_path / "a_src" / "nested", "nested_pkg")
    shutil.copytree(tmp_path / "a_src", project / "dbt_packages" / "a_pkg")
    shutil.rmtree(project / "dbt_packages" / "a_pkg" / "nested")
    _dbt_project(project / "dbt_packages" / "dbt_utils", "dbt_utils")
    found = installed_packages(project, "dbt_packages")
    assert found is not None and found.lacking == lacking
