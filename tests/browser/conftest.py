"""Fixtures for the end-to-end tests: the example site, built once and served on loopback,
driven by Playwright in Debian's Chromium (headless).

One browser per session, a fresh context and page per test. Every page watches itself:
console errors, uncaught exceptions, failed requests, responses >= 400 and requests that
leave 127.0.0.1 (those are aborted at once, the network being closed anyway).

Without Chromium or axe-core the tests skip, saying how to install them; with the
environment variable CI set they fail instead, so that CI can never pass by skipping.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

if str(Path(__file__).parent) not in sys.path:  # kpi_browser, under any --import-mode
    sys.path.insert(0, str(Path(__file__).parent))

from kpi_browser import (  # noqa: E402
    AXE_JS,
    CHROMIUM_ARGS,
    DESKTOP,
    NPM_DIR,
    REPO,
    SCREENSHOT_DIR,
    TIMEOUT_MS,
    Kpi,
    PageWatch,
    RowParser,
    Site,
    chromium_executable,
    missing,
    read_yaml_kpis,
    serve,
)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's site, built once per session into a temporary folder.

    KPI_SITE_DIR=<folder> tests an already built site instead (quicker while iterating).
    """
    prebuilt = os.environ.get("KPI_SITE_DIR")
    if prebuilt:
        return Path(prebuilt).resolve()
    config = REPO / "mkdocs.yml"
    if not config.exists():
        pytest.fail(f"{config} is missing: there is no site to test", pytrace=False)
    out = tmp_path_factory.mktemp("site")
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config), "-d", str(out)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )
    if done.returncode != 0:
        pytest.fail(f"mkdocs build failed ({done.returncode}):\n{done.stderr}", pytrace=False)
    return out


def read_overview(site_dir: Path) -> list[Kpi]:
    """The KPIs in the overview table, with their YAML files."""
    overview = site_dir / "kpis" / "index.html"
    if not overview.exists():
        pytest.fail("the built site has no overview page at /kpis/", pytrace=False)
    parser = RowParser()
    parser.feed(overview.read_text(encoding="utf-8"))
    if not parser.rows:
        pytest.fail("the overview table at /kpis/ lists no KPI (no <tr data-kpi>)", pytrace=False)
    sources = read_yaml_kpis()
    kpis = []
    for row in parser.rows:
        if row["id"] not in sources:
            pytest.fail(f"the overview lists {row['id']}, which no kpis/*/*.yml has", pytrace=False)
        path, data = sources[row["id"]]
        kpis.append(
            Kpi(
                id=row["id"],
                department=row.get("department", ""),
                objective=row.get("objective", ""),
                owner=row.get("owner", ""),
                lifecycle=row.get("lifecycle", ""),
                status=row.get("status", ""),
                source=path,
                data=data,
            )
        )
    return kpis


@pytest.fixture(scope="session")
def site(site_dir: Path) -> Iterator[Site]:
    """The built site served by http.server on 127.0.0.1, on a port the OS picks."""
    kpis = read_overview(site_dir)
    with serve(site_dir) as url:
        yield Site(root=site_dir, url=url, kpis=kpis)


# --------------------------------------------------------------------------- the browser


# One Chromium per test module, not per session: Playwright's sync API keeps an asyncio loop
# running on the main thread while it is open, and tests after the browser's (MCP, DataHub)
# run loops of their own there.
@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    executable = chromium_executable()
    if executable is None:
        missing(
            "Chromium is not installed",
            "Install it with `apt-get install chromium` (or set KPI_CHROMIUM to its path).",
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright for Python is not installed", "Run `pip install -e '.[test]'`.")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def new_page(browser, site: Site) -> Iterator[Callable[..., object]]:
    """Factory: a page in a fresh context (desktop viewport unless told), watching itself.

    `page.watch` is its PageWatch; `page.open(path)` goes to a path of the site and checks
    that the answer was 200 (after the page before has settled, unless `settle=False`).
    """
    contexts = []

    def make(viewport: dict | None = None, **options):
        context = browser.new_context(
            viewport=viewport or DESKTOP, base_url=site.url, service_workers="block", **options
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        watch = PageWatch(site.url)
        watch.attach(context, page)
        page.watch = watch

        def open_(path: str, settle: bool = True):
            if settle and page.url != "about:blank":
                # Leaving a page while its search index still loads aborts that request
                # (net::ERR_ABORTED): normal for a browser, noise for the watch. A caller
                # whose pages load nothing more (an image, a page without its index) says
                # settle=False: idling costs half a second a page.
                page.wait_for_load_state("networkidle")
            response = page.goto(path, wait_until="load")
            assert response is not None and response.status == 200, f"{path}: {response}"
            return response

        page.open = open_
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A desktop-sized page (1280x800)."""
    return new_page()


@pytest.fixture(scope="session")
def axe_source() -> Path:
    if not AXE_JS.exists():
        missing(
            f"axe-core is not installed ({AXE_JS.relative_to(REPO)} is missing)",
            f"Run `npm ci` in {NPM_DIR.relative_to(REPO)}/.",
        )
    return AXE_JS


# --------------------------------------------------------------------------- screenshots

@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR


@pytest.fixture
def save_screenshot(screenshot_dir: Path, request) -> Callable[[object, str], Path]:
    def save(page, name: str) -> Path:
        target = screenshot_dir / f"{name}.png"
        page.screenshot(path=str(target), animations="disabled", caret="hide")
        # In the test's report, which pytest-xdist's workers send to the process that prints
        # the summary (a list kept here would stay in the worker).
        request.node.user_properties.append(("screenshot", str(target)))
        print(f"screenshot: {target}")
        return target

    return save


def pytest_terminal_summary(terminalreporter) -> None:
    saved = {value for reports in terminalreporter.stats.values() for report in reports
             for name, value in getattr(report, "user_properties", ()) if name == "screenshot"}
    if saved:
        terminalreporter.write_sep("-", "browser screenshots")
        terminalreporter.write_line(f"{len(saved)} screenshots in {SCREENSHOT_DIR}")
