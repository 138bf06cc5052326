"""A long import shows its progress on stderr where a person watches (a terminal), and only
for a file large enough to take a while; in a CI log or a pipe the output is as it was."""

from __future__ import annotations

import io

from actuals_helpers import kpi

from kpi_catalog.cli import actuals as actuals_cli

BLANK = "online-gmv,2026-12,,\n"


def _large(tmp_path):
    """A file above the size progress is shown for: one value and rows left blank."""
    path = tmp_path / "values.csv"
    count = actuals_cli.PROGRESS_BYTES // len(BLANK) + 1
    path.write_text("kpi,period,value,note\nonline-gmv,2026-11,118.2,\n" + BLANK * count,
                    encoding="utf-8")
    return path, count


def _import(repo, path):
    return kpi("actuals", "import", str(path), str(repo / "kpis"), "--today", "2027-01-20")


def test_nothing_is_shown_where_no_one_watches(repo, tmp_path):
    path, count = _large(tmp_path)
    result = _import(repo, path)  # click's runner: stderr is no terminal
    assert result.exit_code == 0, result.output
    assert result.stdout == "Wrote 1 value in 1 KPI file.\n"
    assert result.stderr == f"{count:,} rows left blank: not imported.\n"


def test_a_large_file_shows_its_progress_in_a_terminal(repo, tmp_path, monkeypatch):
    """It printed nothing for seconds (200,000 rows: about 9 s)."""
    path, count = _large(tmp_path)
    monkeypatch.setattr(actuals_cli, "_watched", lambda size: size >= actuals_cli.PROGRESS_BYTES)
    result = _import(repo, path)
    assert result.exit_code == 0, result.output
    rows = count + 1
    # (click leaves out the erasing \033[K where stderr is no terminal: a \r stays)
    assert result.stderr.startswith(f"Reading {path}...\r\rChecking rows: 5,000/{rows:,}\r")
    assert f"\rChecking rows: {rows:,}/{rows:,}\r" in result.stderr
    shown = result.stderr.rsplit("\r", 1)[1]  # what is left once the line is erased
    assert shown == f"{count:,} rows left blank: not imported.\n"
    assert result.stdout == "Wrote 1 value in 1 KPI file.\n"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_for_a_terminal_and_a_large_file(monkeypatch):
    assert not actuals_cli._watched(10 * actuals_cli.PROGRESS_BYTES)  # pytest's capture
    monkeypatch.setattr("sys.stderr", _Terminal())
    assert actuals_cli._watched(actuals_cli.PROGRESS_BYTES)
    assert not actuals_cli._watched(actuals_cli.PROGRESS_BYTES - 1)


def test_a_file_name_with_control_characters_is_shown_as_its_messages_show_it(
        repo, tmp_path, monkeypatch):
    """The progress line names the file as the import's messages do (control characters
    escaped): a name holding a line break or a terminal's escape sequence (a shared folder's
    file) cannot start a line of its own or drive the terminal."""
    path, _count = _large(tmp_path)
    hostile = path.with_name("values\x1b]0;pwned\x07\n::warning::x.csv")
    path.rename(hostile)
    monkeypatch.setattr(actuals_cli, "_watched", lambda size: size >= actuals_cli.PROGRESS_BYTES)
    result = _import(repo, hostile)
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(
        f"Reading {tmp_path}/values\\x1b]0;pwned\\x07\\n::warning::x.csv...\r")
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "\n::" not in result.stderr
