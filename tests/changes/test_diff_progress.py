"""`kpi diff` on a large catalog shows how far it is on stderr where a person watches (a
terminal), as `kpi validate` does: a revision's files read out of git, then its KPI files
read; in a CI log or a pipe its output is as it was. (A catalog of 10,000 KPIs printed
nothing for 13-18 s.)"""

from __future__ import annotations

import os

import pytest
from changes_helpers import kpi
from click.testing import CliRunner

from kpi_catalog.cli import main
from kpi_catalog.cli import progress as progress_cli


@pytest.fixture
def changed(repo):
    """Two commits of a catalog of three KPIs (seven files), one KPI's target moved."""
    for kpi_id in ("leads", "deals", "visits"):
        repo.write_kpi(kpi(kpi_id))
    repo.commit("three KPIs")
    repo.write_kpi(kpi("deals", target={"value": 160, "date": "2026-12-31"}))
    repo.commit("a harder target")
    return repo


def _diff(repo, *args: str):
    cwd = os.getcwd()
    os.chdir(repo.repo)
    try:
        return CliRunner().invoke(main, ["diff", *args])
    finally:
        os.chdir(cwd)


def _large_from(monkeypatch, files: int) -> None:
    """A catalog of ``files`` KPI files counts as large, and stderr as a terminal."""
    monkeypatch.setattr(progress_cli, "PROGRESS_FILES", files)
    monkeypatch.setattr(progress_cli, "PROGRESS_STEP", 2)
    monkeypatch.setattr(progress_cli, "on_terminal", lambda: True)


def test_nothing_is_shown_where_no_one_watches(changed, monkeypatch):
    monkeypatch.setattr(progress_cli, "PROGRESS_FILES", 1)  # large, but no terminal
    result = _diff(changed, "HEAD~1", "HEAD")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "target made harder" in result.stdout


def test_a_large_catalog_shows_both_steps_of_each_side_in_a_terminal(changed, monkeypatch):
    quiet = _diff(changed, "HEAD~1", "HEAD")
    _large_from(monkeypatch, 3)
    result = _diff(changed, "HEAD~1", "HEAD")
    assert result.exit_code == 0, result.output
    assert result.stdout == quiet.stdout
    # (click leaves out the erasing \033[K where stderr is no terminal: a \r stays)
    from_git = ("\rReading files from git: 2/7\rReading files from git: 4/7"
                "\rReading files from git: 6/7\rReading files from git: 7/7")
    reading = "\rReading KPI files: 2/3\rReading KPI files: 3/3"
    # both sides out of git, then both read, then the line erased
    assert result.stderr == from_git + from_git + reading + reading + "\r"


def test_the_working_tree_is_read_with_its_count(changed, monkeypatch):
    _large_from(monkeypatch, 3)
    result = _diff(changed, "HEAD~1")  # the base out of git; the working tree as it is
    assert result.exit_code == 0, result.output
    assert result.stderr.count("\rReading files from git: 7/7") == 1
    assert result.stderr.endswith("\rReading files from git: 7/7"
                                  + "\rReading KPI files: 2/3\rReading KPI files: 3/3" * 2
                                  + "\r")


def test_the_count_is_said_in_indonesian(changed, monkeypatch):
    _large_from(monkeypatch, 3)
    result = CliRunner().invoke(main, ["--language", "id", "diff", "HEAD~1", "HEAD",
                                       "--catalog", str(changed.repo / "kpis")])
    assert result.exit_code == 0, result.output
    assert "\rMembaca berkas dari git: 7/7" in result.stderr
    assert "\rMembaca berkas KPI: 3/3" in result.stderr
    assert "Reading" not in result.stderr


def test_a_broken_side_is_said_on_a_line_of_its_own(changed, monkeypatch):
    changed.write("kpis/marketing/deals.yml", "id: deals\nname: [\n")
    _large_from(monkeypatch, 3)
    result = _diff(changed, "HEAD")
    assert result.exit_code == 1
    before, said = result.stderr.split("The catalog at the working tree is not valid", 1)
    assert before.endswith("\r")  # the count erased first
    assert "Reading" not in said
