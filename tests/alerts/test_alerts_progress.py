"""`kpi alerts` on a large catalog shows how far it is on stderr where a person watches (a
terminal), as `kpi validate` does: each moment's files read out of git, then its KPI files
read; in a CI log or a pipe, and on stdout, its output is as it was. (A catalog of 10,000
KPIs printed nothing for 13-18 s.)"""

from __future__ import annotations

from alerts_helpers import monthly

from kpi_catalog.cli import progress as progress_cli

ON_TRACK = (130, 140, 150, 160, 168, 175, 181, 186)


def _two_days(history) -> None:
    kpis = [monthly("slips", *ON_TRACK, start=3), monthly("steady", *ON_TRACK, start=3)]
    history.commit(kpis, "2026-11-10")
    kpis[0] = monthly("slips", *ON_TRACK[:-1], 170, start=3)
    history.commit(kpis, "2026-11-11")


def test_nothing_is_shown_where_no_one_watches(history, monkeypatch):
    _two_days(history)
    monkeypatch.setattr(progress_cli, "PROGRESS_FILES", 1)  # large, but no terminal
    result = history.alerts("2026-11-10", "2026-11-11")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_a_large_catalog_shows_how_far_each_moment_is_in_a_terminal(history, monkeypatch):
    _two_days(history)
    quiet = history.alerts("2026-11-10", "2026-11-11")
    monkeypatch.setattr(progress_cli, "PROGRESS_FILES", 2)
    monkeypatch.setattr(progress_cli, "on_terminal", lambda: True)
    result = history.alerts("2026-11-10", "2026-11-11")
    assert result.exit_code == 0, result.output
    assert result.stdout == quiet.stdout and "slips" in result.stdout
    files = len(list((history.repo / "kpis").rglob("*.yml")))
    # (click leaves out the erasing \033[K where stderr is no terminal: a \r stays)
    moment = (f"\rReading files from git: {files}/{files}"
              "\rReading KPI files: 2/2")
    assert result.stderr.count(moment) == 2  # each moment, one after the other
    assert result.stderr.endswith(moment + "\r")  # then the line erased
    indonesian = history.alerts("2026-11-10", "2026-11-11", env={"KPI_LANGUAGE": "id"})
    assert indonesian.stderr.count("\rMembaca berkas KPI: 2/2") == 2
    assert f"\rMembaca berkas dari git: {files}/{files}" in indonesian.stderr
