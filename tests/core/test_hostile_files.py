"""File-system tricks a pull request may hold: links out of the repository through a folder,
link loops, folders that cannot be read, file names that are not UTF-8.

Each is a located problem; nothing outside the repository is read or shown, and no
output (text or JSON) ever holds bytes that are not UTF-8.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kpi_catalog.cli import main

SECRET = "s3cr3t-t0ken"
SECRET_YML = f"id: leaked\nname: {SECRET}\npassword: {SECRET}\n"


def _texts(catalog) -> str:
    return "\n".join(d.text() for d in catalog.load().diagnostics)


def test_a_folder_linked_outside_the_repository_is_refused_and_not_read(catalog, tmp_path,
                                                                         located):
    outside = tmp_path / "outside"
    (outside / "marketing").mkdir(parents=True)
    (outside / "marketing" / "leaked.yml").write_text(SECRET_YML, encoding="utf-8")
    (catalog.root / "finance").symlink_to(outside / "marketing", target_is_directory=True)
    error = catalog.only_error()
    located(error, "kpis/finance", 1, 1, "E110", "folder", "outside the repository")
    assert SECRET not in _texts(catalog)


def test_a_deeper_link_outside_the_repository_is_refused(catalog, tmp_path, located):
    """The department folder is real; the link is a folder above the file's."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "leaked.yml").write_text(SECRET_YML, encoding="utf-8")
    (catalog.root / "marketing" / "more").symlink_to(outside, target_is_directory=True)
    (catalog.root / "sales" / "leaked.yml").symlink_to(catalog.root / "marketing" / "more" /
                                                        "leaked.yml")
    errors = catalog.errors()
    assert [(e.path, e.code) for e in errors] == [("kpis/marketing/more", "E110"),
                                                  ("kpis/sales/leaked.yml", "E110")], \
        _texts(catalog)
    assert all("outside the repository" in e.message for e in errors)
    assert SECRET not in _texts(catalog)


def test_a_link_inside_the_repository_is_followed(catalog):
    shared = catalog.repo / "shared"
    shared.mkdir()
    (catalog.root / "sales" / "won-deals.yml").rename(shared / "won-deals.yml")
    (catalog.root / "sales" / "won-deals.yml").symlink_to(shared / "won-deals.yml")
    assert catalog.errors() == []
    assert "won-deals" in catalog.load().catalog.kpis


@pytest.mark.parametrize("rel", ["kpis/marketing/loop.yml", "kpis/loop", "kpis/loop.yml"])
def test_a_link_loop_is_a_located_problem(catalog, located, rel):
    path = catalog.path(rel)
    path.symlink_to(path.name)  # a link to itself
    errors = catalog.errors()
    assert [e.path for e in errors] == [rel], _texts(catalog)
    assert errors[0].code in ("E110", "E303") and errors[0].line == 1, errors[0].text()


def test_links_that_point_at_each_other_are_a_located_problem(catalog):
    (catalog.root / "a").symlink_to("b", target_is_directory=True)
    (catalog.root / "b").symlink_to("a", target_is_directory=True)
    errors = catalog.errors()
    assert sorted(e.path for e in errors) == ["kpis/a", "kpis/b"], _texts(catalog)
    assert all(e.code == "E110" and "loop" in e.message for e in errors)


@pytest.mark.parametrize("folder", ["kpis", "kpis/marketing"])
def test_an_unreadable_folder_is_a_located_problem(catalog, monkeypatch, located, folder):
    """Tests run as root, where `chmod 000` denies nothing and privileges cannot be dropped
    here: the refusal is simulated where the loader lists the folder (os.scandir)."""
    denied = str(catalog.path(folder))
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == denied:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    errors = catalog.errors()
    assert any(e.path == folder and e.code == "E110" and "could not be read" in e.message
               and "Permission denied" in e.message for e in errors), _texts(catalog)


def test_a_file_name_that_is_not_utf8_is_a_located_problem(catalog):
    raw = os.fsencode(catalog.root / "marketing") + b"/\xff\xfe.yml"
    with open(raw, "wb") as file:
        file.write(b"id: x\n")
    errors = catalog.errors()
    assert [(e.path, e.line, e.column, e.code) for e in errors] == [
        ("kpis/marketing/\\xff\\xfe.yml", 1, 1, "E110")], _texts(catalog)
    assert "not UTF-8" in errors[0].message and "Rename" in errors[0].hint
    errors[0].text().encode("utf-8")  # no lone surrogate left to print


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_kpi_validate_prints_a_non_utf8_name_in_utf8(catalog, fmt):
    for folder in (b"/marketing/\xff.yml", b"/\xe9quipe"):
        path = os.fsencode(catalog.root) + folder
        if folder.endswith(b".yml"):
            with open(path, "wb") as file:
                file.write(b"id: x\n")
        else:
            os.mkdir(path)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1"}
    command = [sys.executable, "-c", "from kpi_catalog.cli import main; main()", "validate",
               "--format", fmt, str(catalog.root), "--today", "2026-11-27"]
    run = subprocess.run(command, capture_output=True, env=env, cwd=catalog.repo, timeout=120)
    assert run.returncode == 1, run.stderr.decode("utf-8", "replace")
    out = run.stdout.decode("utf-8")  # raises if a byte is not UTF-8
    assert "Traceback" not in run.stderr.decode("utf-8")
    assert "\\xff.yml" in out and "\\xe9quipe" in out
    if fmt == "json":
        paths = [d["path"] for d in json.loads(out)["diagnostics"]]
        assert "kpis/marketing/\\xff.yml" in paths and "kpis/\\xe9quipe" in paths



# --- output paths ------------------------------------------------------------------------


def _kpi(*args: str):
    return CliRunner().invoke(main, list(args))


def test_export_into_a_missing_folder_is_a_usage_error(catalog, tmp_path):
    target = tmp_path / "nonexistent" / "dir" / "x.json"
    result = _kpi("export", str(catalog.root), "-o", str(target))
    assert result.exit_code == 2, result.output
    assert "there is no folder" in result.output and "Traceback" not in result.output
    assert not target.parent.exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_export_to_a_full_device_is_a_usage_error(catalog):
    result = _kpi("export", str(catalog.root), "-o", "/dev/full")
    assert result.exit_code == 2, result.output
    assert "Cannot write /dev/full: No space left on device." in result.output


def test_export_to_a_folder_is_a_usage_error(catalog):
    result = _kpi("export", str(catalog.root), "-o", str(catalog.root))
    assert result.exit_code == 2, result.output
    assert "is a directory" in result.output


@pytest.mark.parametrize("out", ["/dev/null", "kpis/catalog.yml"])
def test_schema_into_something_that_is_not_a_folder_is_a_usage_error(catalog, out):
    target = out if out.startswith("/") else str(catalog.path(out))
    before = Path(target).read_bytes()
    result = _kpi("schema", "--out", target)
    assert result.exit_code == 2, result.output
    assert "is not a folder" in result.output or "is a file" in result.output  # click's words
    assert Path(target).read_bytes() == before


def test_a_failed_export_leaves_the_old_file_whole(catalog, monkeypatch):
    """The write fails after part of the text is out (a full disk, say): the old file stays
    as it was and no temporary file is left beside it."""
    target = catalog.path("out.json")
    target.write_text("old\n", encoding="utf-8")

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    result = _kpi("export", str(catalog.root), "-o", str(target))
    assert result.exit_code == 2, result.output
    assert "No space left on device" in result.output
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in catalog.repo.iterdir()) == [".git", "kpis", "out.json"]
