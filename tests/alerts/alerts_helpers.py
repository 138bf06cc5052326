"""Helpers for the alerts tests: a catalog's history in a scratch git repository, `kpi
alerts` run inside it, and a fake of GitHub's REST API that records every call."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from click.testing import CliRunner

from catalog_factory import DEPARTMENTS, catalog_files, kpi_data, write_catalog
from kpi_catalog.cli import main

REVIEWED = [{**d, "reviewers": ["@acme/marketing-leads", "@ayu"]} if d["id"] == "marketing"
            else d for d in DEPARTMENTS]


def monthly(kpi_id: str, *values: float, start: int = 1, **changes) -> dict:
    """A KPI of ``catalog_factory`` with one value a month from ``start`` (2026)."""
    actuals = [{"period": f"2026-{start + i:02d}", "value": v} for i, v in enumerate(values)]
    return kpi_data(**{"id": kpi_id, "name": f"KPI {kpi_id}", "actuals": actuals, **changes})


@dataclass
class History:
    """A catalog committed day by day: ``commit(kpis, "2026-11-10")``."""

    repo: Path
    config: dict = field(default_factory=lambda: {
        "name": "Test", "reviewers": ["@acme/strategy"], "audience": "internal"})
    departments: list[dict] = field(default_factory=lambda: list(REVIEWED))

    def git(self, *args: str, when: str | None = None) -> str:
        env = {**os.environ, "GIT_AUTHOR_NAME": "Ana", "GIT_AUTHOR_EMAIL": "ana@x.id",
               "GIT_COMMITTER_NAME": "Ana", "GIT_COMMITTER_EMAIL": "ana@x.id"}
        if when:
            env.update(GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when)
        return subprocess.run(["git", "-C", str(self.repo), *args], capture_output=True,
                              text=True, env=env, check=True).stdout.strip()

    def write(self, kpis: list[dict]) -> None:
        folder = self.repo / "kpis"
        if folder.exists():
            shutil.rmtree(folder)
        write_catalog(folder, catalog_files(kpis, departments=self.departments,
                                                   config=self.config))

    def commit(self, kpis: list[dict], day: str) -> str:
        self.write(kpis)
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", f"Catalog of {day}",
                 when=f"{day}T09:00:00")
        return self.git("rev-parse", "HEAD")

    def alerts(self, *args: str, env: dict | None = None):
        cwd = os.getcwd()
        os.chdir(self.repo)
        try:
            return CliRunner(env=env).invoke(main, ["alerts", *args])
        finally:
            os.chdir(cwd)

    def json(self, *args: str) -> dict:
        result = self.alerts("--format", "json", *args)
        assert result.exit_code == 0, result.output
        return json.loads(result.output)


def new_history(path: Path) -> History:
    path.mkdir(parents=True)
    history = History(path)
    history.git("init", "-q", "-b", "main")
    (path / "mkdocs.yml").write_text("site_name: T\nsite_url: https://kpi.example.org/\n"
                                     "markdown_extensions:\n  - pymdownx.emoji:\n"
                                     "      emoji_index: !!python/name:material.extensions."
                                     "emoji.twemoji\n")
    return history


SILENCED = [{"rule": "K120", "reason": "Two desks, one name."}]
MARKED = "Deals <b>won</b> @all"
"""The name of two KPIs (K120 silenced): ``twins``."""


def twins(history: History, *values: float) -> list[dict]:
    """Two KPIs named :data:`MARKED`, in Marketing (renamed ``Market <i>ing</i> @team``)
    and Sales, with ``values`` a month from March 2026, and one of a name of its own."""
    history.departments = [{**d, "name": "Market <i>ing</i> @team"}
                           if d["id"] == "marketing" else d for d in REVIEWED]
    return [monthly("won-m", *values, start=3, name=MARKED, silence=SILENCED),
            monthly("won-s", *values, start=3, name=MARKED, silence=SILENCED,
                    department="sales"),
            monthly("alone", *values, start=3)]


def kinds(data: dict) -> set[tuple[str, str]]:
    return {(a["kpi"], a["kind"]) for a in data["alerts"]}


# --- a fake of GitHub's REST API -------------------------------------------------------


@dataclass
class FakeGitHub:
    """Issues, labels and Pages deployments of one repository, in memory; ``calls`` records
    every request as (method, path, body)."""

    repository: str = "acme/kpis"
    issues: dict[int, dict] = field(default_factory=dict)
    labels: list[str] = field(default_factory=list)
    comments: dict[int, list[str]] = field(default_factory=dict)
    deployments: list[dict] = field(default_factory=list)
    calls: list[tuple[str, str, dict | None]] = field(default_factory=list)
    fail: dict[tuple[str, str], int] = field(default_factory=dict)
    """(method, path) -> HTTP status to answer instead."""
    page_size: int = 2  # small, so that the client must follow `Link: rel="next"`
    writes_left: int | None = None
    """How many more POST or PATCH calls before GitHub's secondary rate limit answers (403
    with `Retry-After`, as GitHub does); None: no limit."""

    def add_issue(self, title: str, body: str, labels=("kpi-alert",), state="open") -> int:
        number = len(self.issues) + 1
        self.issues[number] = {"number": number, "title": title, "body": body,
                               "state": state, "labels": [{"name": n} for n in labels]}
        return number

    def open_issues(self) -> list[dict]:
        return [i for i in self.issues.values() if i["state"] == "open"]

    def made(self, method: str, pattern: str) -> list[tuple[str, str, dict | None]]:
        return [c for c in self.calls if c[0] == method and re.fullmatch(pattern, c[1])]

    # the server ------------------------------------------------------------------------

    def __enter__(self) -> FakeGitHub:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _answer(self, status: int, data=None, headers=None) -> None:
                raw = b"" if data is None else json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def _handle(self, method: str) -> None:
                size = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(size)) if size else None
                url = urlsplit(self.path)
                fake.calls.append((method, url.path, body))
                if self.headers.get("Authorization") != "Bearer t0ken":
                    return self._answer(401, {"message": "Bad credentials"})
                if method != "GET" and fake.writes_left is not None:
                    if fake.writes_left <= 0:
                        return self._answer(403, {"message": "You have exceeded a secondary "
                                                  "rate limit."}, {"Retry-After": "60"})
                    fake.writes_left -= 1
                status = fake.fail.get((method, url.path))
                if status:
                    return self._answer(status, {"message": "Validation Failed"})
                self._answer(*fake.route(method, url.path, parse_qs(url.query), body,
                                         f"http://{self.headers['Host']}"))

            def do_GET(self):  # noqa: N802
                self._handle("GET")

            def do_POST(self):  # noqa: N802
                self._handle("POST")

            def do_PATCH(self):  # noqa: N802
                self._handle("PATCH")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def env(self) -> dict[str, str]:
        host, port = self.server.server_address[:2]
        return {"GITHUB_REPOSITORY": self.repository, "GITHUB_TOKEN": "t0ken",
                "GITHUB_API_URL": f"http://{host}:{port}"}

    def _page(self, items: list, query: dict, base: str, path: str):
        page = int(query.get("page", ["1"])[0])
        size = min(int(query.get("per_page", ["30"])[0]), self.page_size)
        chunk = items[(page - 1) * size: page * size]
        headers = {}
        if page * size < len(items):
            rest = "&".join(f"{k}={v[0]}" for k, v in query.items() if k != "page")
            headers["Link"] = f'<{base}{path}?{rest}&page={page + 1}>; rel="next"'
        return 200, chunk, headers

    def route(self, method: str, path: str, query: dict, body, base: str):
        prefix = f"/repos/{self.repository}/"
        if not path.startswith(prefix):
            return 404, {"message": "Not Found"}
        rest = path[len(prefix):]
        if rest == "labels" and method == "GET":
            return self._page([{"name": n} for n in self.labels], query, base, path)
        if rest == "labels" and method == "POST":
            self.labels.append(body["name"])
            return 201, {"name": body["name"]}
        if rest == "issues" and method == "GET":
            wanted = set(query.get("labels", [""])[0].split(",")) - {""}
            found = [i for i in self.issues.values() if i["state"] == query["state"][0]
                     and wanted <= {label["name"] for label in i["labels"]}]
            return self._page(found, query, base, path)
        if rest == "issues" and method == "POST":
            number = self.add_issue(body["title"], body["body"], body.get("labels", []))
            return 201, self.issues[number]
        match = re.fullmatch(r"issues/(\d+)(/comments)?", rest)
        if match and int(match.group(1)) in self.issues:
            issue = self.issues[int(match.group(1))]
            if match.group(2):
                self.comments.setdefault(issue["number"], []).append(body["body"])
                return 201, {"body": body["body"]}
            issue.update({k: v for k, v in body.items() if k in ("title", "body", "state")})
            return 200, issue
        if rest == "deployments":
            found = [d for d in self.deployments
                     if d["environment"] == query.get("environment", [""])[0]]
            return self._page(found, query, base, path)
        match = re.fullmatch(r"deployments/(\d+)/statuses", rest)
        if match:
            deployment = next(d for d in self.deployments if d["id"] == int(match.group(1)))
            return 200, deployment["statuses"]
        return 404, {"message": "Not Found"}
