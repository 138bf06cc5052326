"""The pre-commit hooks, run through pre-commit itself on a git copy of the example catalog.

The published hook (`.pre-commit-hooks.yaml`) installs kpi-catalog from its repository
(`language: python`), which needs the network; here the same hook runs with
`language: system`, i.e. with the `kpi` of this environment, so the test runs offline.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from catalog_factory import copy_semantic_manifest

ROOT = Path(__file__).resolve().parents[1]
CAC = "kpis/marketing/customer-acquisition-cost.yml"


def _published_hook() -> dict:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for h in hooks if h["id"] == "kpi-validate"]
    return hook


def _own_hook(hook_id: str) -> dict:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (local,) = [r for r in config["repos"] if r["repo"] == "local"]
    (hook,) = [h for h in local["hooks"] if h["id"] == hook_id]
    return hook


class Repo:
    def __init__(self, path: Path, hook: dict):
        self.path = path
        shutil.copytree(ROOT / "kpis", path / "kpis")
        copy_semantic_manifest(path)
        (path / "README.md").write_text("A catalog.\n", encoding="utf-8")
        config = {"repos": [{"repo": "local", "hooks": [hook]}]}
        (path / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
        self.env = {
            **os.environ,
            "PRE_COMMIT_HOME": str(path.parent / "pre-commit-home"),
            # `kpi` of this environment first (the hook's `language: system`)
            "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]]),
        }
        self.git("init", "-q")
        self.git("add", "-A")

    def git(self, *args: str) -> None:
        subprocess.run(["git", "-c", "init.defaultBranch=main", *args], cwd=self.path,
                       check=True, env=self.env)

    def edit(self, rel: str, old: str, new: str) -> int:
        """Replace text once; the 1-based line where it was."""
        path = self.path / rel
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, old
        path.write_text(text.replace(old, new), encoding="utf-8")
        self.git("add", rel)
        return text[:text.index(old)].count("\n") + 1

    def pre_commit(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--color=never", *args],
                              cwd=self.path, env=self.env, capture_output=True, text=True,
                              timeout=300)


@pytest.fixture(params=["published", "own"])
def repo(request, tmp_path) -> Repo:
    if request.param == "published":
        hook = {**_published_hook(), "language": "system"}
    else:
        hook = _own_hook("kpi-validate")
    return Repo(tmp_path / "repo", hook)


def test_the_hook_passes_on_the_example_catalog(repo):
    run = repo.pre_commit("--all-files")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "kpi validate (the KPI catalog)" in run.stdout and "Passed" in run.stdout


def test_the_hook_fails_with_the_located_message_on_a_broken_kpi(repo):
    line = repo.edit(CAC, "direction: lower_is_better", "direction: down")
    run = repo.pre_commit("--all-files")
    assert run.returncode == 1
    assert "Failed" in run.stdout
    assert f"{CAC}:{line}:1: E204 `down` is not a valid `direction`." in run.stdout


def test_a_registry_change_checks_the_kpis_that_refer_to_it(repo):
    # Only departments.yml changes, but the hook reports the KPI files it breaks.
    repo.edit("kpis/departments.yml", "  - id: marketing\n", "  - id: mkt\n")
    run = repo.pre_commit("--files", "kpis/departments.yml")
    assert run.returncode == 1
    assert f"{CAC}:4:1: E307 There is no department `marketing`." in run.stdout


def test_the_hook_is_skipped_when_no_catalog_file_changes(repo):
    repo.edit(CAC, "direction: lower_is_better", "direction: down")
    run = repo.pre_commit("--files", "README.md")
    assert run.returncode == 0, run.stdout
    assert "Skipped" in run.stdout


def test_the_codeowners_hook_fails_when_the_reviewers_change(tmp_path):
    repo = Repo(tmp_path / "repo", _own_hook("kpi-codeowners"))
    (repo.path / ".github").mkdir()
    shutil.copy(ROOT / ".github" / "CODEOWNERS", repo.path / ".github" / "CODEOWNERS")
    repo.git("add", "-A")
    assert repo.pre_commit("--all-files").returncode == 0
    repo.edit("kpis/catalog.yml", "@nusantara-retail/strategy-office", "@nusantara-retail/board")
    run = repo.pre_commit("--files", "kpis/catalog.yml")
    assert run.returncode == 1
    assert "out of date: run `kpi codeowners`" in run.stdout


def test_the_schemas_hook_rewrites_schemas_that_miss_a_new_department(tmp_path):
    repo = Repo(tmp_path / "repo", _own_hook("kpi-schemas"))
    shutil.copytree(ROOT / "schemas", repo.path / "schemas")
    repo.git("add", "-A")
    assert repo.pre_commit("--all-files").returncode == 0  # current: nothing to rewrite
    repo.edit("kpis/departments.yml", "  - id: finance\n",
              "  - id: legal\n    name: Legal\n    head: General Counsel\n\n  - id: finance\n")
    run = repo.pre_commit("--files", "kpis/departments.yml")
    assert run.returncode == 1
    assert "files were modified by this hook" in run.stdout
    schema = (repo.path / "schemas" / "kpi.schema.json").read_text(encoding="utf-8")
    assert '"legal"' in schema


def test_what_the_readme_installs_runs_every_hook_of_the_repository():
    """`pre-commit install` as the README says, then `pre-commit run --all-files`: pre-commit
    itself and every tool a `language: system` hook calls come with what it installs."""
    import re
    import tomllib

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    before = readme[:readme.index("pre-commit install")]
    installed = re.findall(r'pip install -e "?\.(?:\[([a-z,]+)\])?"?', before)[-1]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=\[; ]", r, maxsplit=1)[0].lower()
             for extra in installed.split(",") if extra
             for r in project["optional-dependencies"][extra]}
    names |= set(project["scripts"])  # `kpi`
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    tools = {hook["entry"].split()[0] for repo in config["repos"] for hook in repo["hooks"]
             if hook.get("language") == "system"}
    assert "pre-commit" in names, f"the README installs [{installed}] before pre-commit install"
    assert tools <= names, f"hooks need {sorted(tools - names)}, not installed by the README"
