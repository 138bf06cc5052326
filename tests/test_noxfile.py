"""The developer sessions of noxfile.py, as far as they can be run without nox's venvs."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


class _Session:
    """What a nox session offers the noxfile, recorded."""

    def __init__(self, folder: Path):
        self.bin, self.posargs, self.installed, self.ran = str(folder), ["--dirty"], [], []

    def install(self, *args: str) -> None:
        self.installed.append(args)

    def run(self, *args: str, **kwargs: object) -> None:
        self.ran.append(args)


@pytest.fixture(scope="module")
def noxfile():
    """noxfile.py loaded once (nox warns when a second load registers its sessions again)."""
    spec = importlib.util.spec_from_file_location("noxfile_under_test", ROOT / "noxfile.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["noxfile_under_test"] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules["noxfile_under_test"]


def test_stopping_nox_serve_stops_the_server(noxfile, tmp_path, monkeypatch):
    """`mkdocs serve` must replace nox's process, not run as its child: a child outlives a
    nox stopped by a signal and keeps the port."""
    replaced = []
    monkeypatch.setattr(os, "execve", lambda path, args, env: replaced.append((path, args, env)))
    session = _Session(tmp_path)
    noxfile.serve(session)
    assert session.ran == [], "mkdocs serve ran as a child of nox"
    ((path, args, env),) = replaced
    assert path == str(tmp_path / "mkdocs") and args[1:] == ["serve", "--livereload", "--dirty"]
    assert env["NO_MKDOCS_2_WARNING"] == "1" and env["PATH"].startswith(str(tmp_path))


def _pytest_command(session: _Session) -> list[str]:
    (command,) = [args for args in session.ran if args[0] == "pytest"]
    return list(command)


def test_tests_runs_every_test_and_lowest_all_but_the_browser_tests(noxfile, tmp_path,
                                                                    monkeypatch):
    """Both sessions run in parallel workers (pytest-xdist, a file whole on one worker);
    `tests` selects no marker, so the browser tests run in it; `lowest` leaves only them
    out; the developer's arguments come last, so that `-n 0` there runs in one process."""
    monkeypatch.setattr(noxfile, "zensical_tool", lambda session: "zensical")
    parallel = ["-n", "auto", "--dist", "loadfile"]

    tests = _Session(tmp_path)
    noxfile.tests(tests)
    command = _pytest_command(tests)
    assert "-m" not in command and "-k" not in command, command
    assert command[1:5] == parallel and command[-1] == "--dirty", command

    lowest = _Session(tmp_path)
    noxfile.lowest(lowest)
    command = _pytest_command(lowest)
    assert command[1:3] == ["-m", "not browser"], command
    assert command[command.index("-n"):][:4] == parallel and command[-1] == "--dirty", command


def test_zensical_serve_builds_both_languages_then_serves_the_whole_site(noxfile, tmp_path,
                                                                        monkeypatch):
    """`zensical serve` serves one project: the English pages, none of site-zensical/id/.
    `nox -s zensical-serve` builds both projects as `nox -s zensical` does, then serves the
    folder that holds both with Python's http.server, which takes nox's place (stopping nox
    stops it); a port after `--` goes to the server, not to Zensical."""
    replaced = []
    monkeypatch.setattr(os, "execve", lambda path, args, env: replaced.append((path, args, env)))
    session = _Session(tmp_path)
    session.posargs = ["8001"]
    noxfile.zensical_serve(session)
    assert session.installed == [("-e", ".[zensical]")]
    assert session.ran == [("kpi", "render", "docs"),
                           ("zensical", "build", "--clean", "-f", "zensical.yml"),
                           ("zensical", "build", "-f", "zensical-id.yml")]
    ((path, args, env),) = replaced
    assert path == str(tmp_path / "python")
    assert args[1:] == ["-m", "http.server", "--bind", "127.0.0.1", "--directory",
                        "site-zensical", "8001"]
    assert env["NO_MKDOCS_2_WARNING"] == "1"
    for project in ("zensical.yml", "zensical-id.yml"):  # the folder both projects fill
        assert (ROOT / project).read_text().count("site_dir: site-zensical") == 1

    build = _Session(tmp_path)
    noxfile.zensical(build)  # its arguments still go to both builds
    assert build.ran[1:] == [("zensical", "build", "--clean", "-f", "zensical.yml", "--dirty"),
                             ("zensical", "build", "-f", "zensical-id.yml", "--dirty")]
