"""The developer sessions of noxfile.py, as far as they can be run without nox's venvs."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class _Session:
    """What a nox session offers the noxfile, recorded."""

    def __init__(self, folder: Path):
        self.bin, self.posargs, self.installed, self.ran = str(folder), ["--dirty"], [], []

    def install(self, *args: str) -> None:
        self.installed.append(args)

    def run(self, *args: str, **kwargs: object) -> None:
        self.ran.append(args)


def test_stopping_nox_serve_stops_the_server(tmp_path, monkeypatch):
    """`mkdocs serve` must replace nox's process, not run as its child: a child outlives a
    nox stopped by a signal and keeps the port."""
    spec = importlib.util.spec_from_file_location("noxfile_under_test", ROOT / "noxfile.py")
    noxfile = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "noxfile_under_test", noxfile)
    spec.loader.exec_module(noxfile)
    replaced = []
    monkeypatch.setattr(os, "execve", lambda path, args, env: replaced.append((path, args, env)))
    session = _Session(tmp_path)
    noxfile.serve(session)
    assert session.ran == [], "mkdocs serve ran as a child of nox"
    ((path, args, env),) = replaced
    assert path == str(tmp_path / "mkdocs") and args[1:] == ["serve", "--livereload", "--dirty"]
    assert env["NO_MKDOCS_2_WARNING"] == "1" and env["PATH"].startswith(str(tmp_path))
