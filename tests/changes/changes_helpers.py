"""A scratch git repository holding a small catalog, edited and committed by the tests."""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import yaml
from click.testing import CliRunner

from kpi_catalog.cli import main

REGISTRIES = {
    "kpis/departments.yml": {"departments": [
        {"id": "marketing", "name": "Marketing", "head": "Head of Marketing"},
        {"id": "sales", "name": "Sales", "head": "Head of Sales"},
    ]},
    "kpis/objectives.yml": {"objectives": [{
        "id": "grow", "name": "Grow the pipeline", "owner": "CCO", "perspective": "customer",
        "period": {"start": "2026-01-01", "end": "2027-12-31"},
        "success": [{"id": "more-leads", "description": "More contacts become leads."},
                    {"id": "more-deals", "description": "More leads become deals."}],
    }]},
    "kpis/glossary.yml": {"glossary": [{"term": "CRM", "definition": "Where leads are kept."}]},
}


def kpi(kpi_id: str, department: str = "marketing", **fields) -> dict:
    data = {
        "id": kpi_id, "name": kpi_id.replace("-", " ").capitalize(),
        "statement": "Increase leads from 100 to 150 per month by 31 December 2026.",
        "department": department, "objective": "grow", "success_part": "more-leads",
        "owner": "Marketing Lead", "lifecycle": "active",
        "measurement": {"metric": "Leads created", "unit": "leads", "data_source": "CRM"},
        "direction": "higher_is_better",
        "baseline": {"value": 100, "date": "2026-01-01"},
        "target": {"value": 150, "date": "2026-12-31"},
        "actuals": [{"period": "2026-01", "value": 104}, {"period": "2026-02", "value": 112}],
    }
    data.update(fields)
    return data


def dump(data) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


@dataclass
class GitCatalog:
    repo: Path

    def git(self, *args: str, when: str | None = None) -> str:
        """git as Ana Analyst; ``when`` (ISO date-time) dates a commit."""
        env = {**os.environ, "GIT_AUTHOR_NAME": "Ana Analyst", "GIT_AUTHOR_EMAIL": "ana@x.id",
               "GIT_COMMITTER_NAME": "Ana Analyst", "GIT_COMMITTER_EMAIL": "ana@x.id"}
        if when:
            env.update(GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when)
        done = subprocess.run(["git", "-C", str(self.repo), *args], capture_output=True,
                              text=True, env=env, check=True)
        return done.stdout.strip()

    def write(self, rel: str, data) -> None:
        path = self.repo / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(data if isinstance(data, str) else dump(data), encoding="utf-8")

    def write_kpi(self, data: dict) -> str:
        rel = f"kpis/{data['department']}/{data['id']}.yml"
        self.write(rel, data)
        return rel

    def remove(self, rel: str) -> None:
        (self.repo / rel).unlink()

    def commit(self, message: str, when: str | None = None) -> str:
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message, when=when)
        return self.git("rev-parse", "HEAD")

    def kpi_diff(self, *args: str) -> tuple[int, str]:
        """`kpi diff` run from inside the repository, as in CI."""
        cwd = os.getcwd()
        os.chdir(self.repo)
        try:
            result = CliRunner().invoke(main, ["diff", *args])
        finally:
            os.chdir(cwd)
        assert result.exception is None or isinstance(result.exception, SystemExit), \
            result.output
        return result.exit_code, result.output

    def json_diff(self, *args: str) -> dict:
        code, output = self.kpi_diff("--format", "json", *args)
        assert code == 0, output
        return json.loads(output)


def new_repo(path: Path) -> GitCatalog:
    path.mkdir(parents=True)
    repo = GitCatalog(path)
    repo.git("init", "-q", "-b", "main")
    for rel, data in REGISTRIES.items():
        repo.write(rel, data)
    repo.write("kpis/catalog.yml", "name: Test\n")
    return repo
