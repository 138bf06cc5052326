"""Shared by the browser tests and their fixtures: where things are, the site's KPIs as the
overview lists them, and a watcher of what goes wrong on a page."""

from __future__ import annotations

import functools
import os
import shutil
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` fixture skips (or fails, in CI) with instructions
    expect = None

REPO = Path(__file__).resolve().parents[2]
NPM_DIR = Path(__file__).resolve().parent  # package.json with axe-core: `npm ci` here
AXE_JS = NPM_DIR / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOT_DIR = Path(
    os.environ.get("KPI_SCREENSHOT_DIR") or REPO / "test-artifacts" / "screenshots"
).resolve()

# As root, on a closed network: no sandbox, and no background calls to Google's hosts.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
TIMEOUT_MS = 10_000


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def missing(what: str, how: str) -> None:
    """Skip locally, fail in CI: the browser tests must not skip there."""
    if in_ci():
        pytest.fail(f"{what} (CI is set, so the browser tests must run). {how}", pytrace=False)
    pytest.skip(f"{what}: {how}")


def chromium_executable() -> str | None:
    explicit = os.environ.get("KPI_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).exists() else None
    for candidate in ("/usr/bin/chromium", "chromium", "chromium-browser"):
        found = shutil.which(candidate)
        if found:
            return found
    return None


# --------------------------------------------------------------------------- the site


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib's name
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a browser closing early
            super().handle_error(request, client_address)


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """A built site served by http.server on 127.0.0.1 (a port the OS picks); yields its
    URL, without a trailing slash."""
    server = _Server(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class RowParser(HTMLParser):
    """Body rows of the overview table: `<tr data-kpi=".." data-department=".." ...>`."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "tr" and a.get("data-kpi"):
            self.rows.append(
                {k.removeprefix("data-"): v or "" for k, v in a.items() if k.startswith("data-")}
                | {"id": a["data-kpi"] or ""}
            )


@dataclass
class Kpi:
    """One KPI as the overview lists it, with its YAML source."""

    id: str
    department: str
    objective: str
    owner: str
    lifecycle: str
    status: str
    source: Path  # kpis/<department>/<id>.yml
    data: dict = field(repr=False)

    @property
    def path(self) -> str:
        return f"/kpis/{self.id}/"

    def text(self, name: str, language: str = "en"):
        """A text of the KPI as the site in ``language`` shows it (``measurement.unit`` for
        one inside another): the translation its file gives, else the text as written."""
        translated = (self.data.get("translations") or {}).get(language) or {}
        written = self.data
        for key in name.split("."):
            translated = translated.get(key) or {} if isinstance(translated, dict) else {}
            written = written.get(key) or {} if isinstance(written, dict) else {}
        return translated or written or ""


@dataclass
class Site:
    root: Path
    url: str  # http://127.0.0.1:<port>, no trailing slash
    kpis: list[Kpi]

    def kpi(self, kpi_id: str) -> Kpi:
        return next(k for k in self.kpis if k.id == kpi_id)

    @property
    def showcase(self) -> Kpi:
        """The KPI that the single-page tests use: the one with the most actuals."""
        return max(self.kpis, key=lambda k: (len(k.data.get("actuals") or []), k.id))


def read_yaml_kpis() -> dict[str, tuple[Path, dict]]:
    found = {}
    for path in sorted((REPO / "kpis").glob("*/*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "id" in data:
            found[data["id"]] = (path, data)
    return found


class PageWatch:
    """What went wrong on a page: console errors, uncaught errors, bad or foreign requests."""

    def __init__(self, site_url: str) -> None:
        self.host = urlsplit(site_url).netloc
        self.problems: list[str] = []

    def local(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in ("data", "blob", "about") or parts.netloc == self.host

    def attach(self, context, page) -> None:
        def leave(route) -> None:
            self.problems.append(f"request leaving 127.0.0.1 (aborted): {route.request.url}")
            route.abort()

        context.route(lambda url: not self.local(url), leave)
        page.on("console", self._console)
        page.on("pageerror", lambda err: self.problems.append(f"uncaught error: {err}"))
        page.on("requestfailed", self._failed)
        page.on("response", self._response)

    def _console(self, msg) -> None:
        if msg.type == "error":
            loc = msg.location or {}
            where = f" ({loc.get('url')}:{loc.get('lineNumber')})" if loc.get("url") else ""
            self.problems.append(f"console error: {msg.text}{where}")

    def _failed(self, request) -> None:
        # Foreign ones are reported by the route already. A request the browser gives up
        # because the page moved on (a click, going back) says nothing about the site, and
        # under load it made the tests flaky (the favicon, the search index); a file that is
        # missing answers 404, which _response reports.
        if self.local(request.url) and request.failure != "net::ERR_ABORTED":
            self.problems.append(f"request failed: {request.url} ({request.failure})")

    def _response(self, response) -> None:
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def check(self) -> None:
        assert not self.problems, "the page had problems:\n  " + "\n  ".join(self.problems)


def page_paths(site) -> dict[str, str]:
    """The main pages of the example site, by name; the KPI pages are the showcase KPI's."""
    kpi = site.showcase
    return {
        "home": "/",
        "overview": "/kpis/",
        "kpi": kpi.path,
        "department": f"/departments/{kpi.department}/",
        "objective": f"/objectives/{kpi.objective}/",
        "glossary": "/glossary/",
        "departments": "/departments/",  # the lists of them
        "objectives": "/objectives/",
        "status": "/status/",  # written by hand: its wide code blocks scroll on a phone
        "guide": "/guide/monthly-update/",  # and its wide tables
        "kpi-id": f"/id{kpi.path}",  # the same pages in Bahasa Indonesia
        "guide-id": "/id/guide/monthly-update/",  # a guide written by hand in Indonesian
        "overview-id": "/id/kpis/",
        "home-id": "/id/",  # generated: the Indonesian home page
    }
