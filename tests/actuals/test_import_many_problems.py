"""A file of many bad rows: the first problems of each kind, located, then a count of the
rest; ``--all-problems`` prints every one. Nothing is written either way."""

from __future__ import annotations

from actuals_helpers import kpi, snapshot

from kpi_catalog.cli.capped import SHOWN_PER_CODE

HEAD = "kpi,period,value,note\n"
SQL = "sales-qualified-leads"  # monthly, values up to 2026-10
BAD_ROWS = 60


def _values(tmp_path):
    rows = [f"no-such-kpi-{n},2026-11,5\n" for n in range(BAD_ROWS)]
    rows += [f"{SQL},2026-M{n},5\n" for n in range(30)]  # another kind: E404
    path = tmp_path / "values.csv"
    path.write_text(HEAD + "".join(rows), encoding="utf-8")
    return path


def test_the_first_problems_of_each_kind_are_printed_and_the_rest_counted(repo, tmp_path):
    values = _values(tmp_path)
    before = snapshot(repo)
    result = kpi("actuals", "import", str(values), str(repo / "kpis"), "--today", "2026-12-20")
    lines = result.output.splitlines()
    unknown = [line for line in lines if ": E402 " in line]
    assert len(unknown) == SHOWN_PER_CODE
    assert unknown[0].startswith(f"{values}:2:1: E402 ")
    assert len([line for line in lines if ": E404 " in line]) == SHOWN_PER_CODE
    more = BAD_ROWS - SHOWN_PER_CODE
    assert f"... and {more:,} more E402 problems, not shown" in result.output
    assert "... and 10 more E404 problems, not shown" in result.output
    assert "add --all-problems to see every one" in result.output
    assert f"Nothing was written: {BAD_ROWS + 30:,} problems found." in result.output
    assert result.exit_code == 1
    assert snapshot(repo) == before


def test_all_problems_prints_every_one(repo, tmp_path):
    result = kpi("actuals", "import", str(_values(tmp_path)), str(repo / "kpis"), "--today",
                 "2026-12-20", "--all-problems")
    assert len([line for line in result.output.splitlines() if ": E402 " in line]) == BAD_ROWS
    assert "not shown" not in result.output
    assert result.exit_code == 1


def test_the_count_is_said_in_indonesian(repo, tmp_path):
    result = kpi("--language", "id", "actuals", "import", str(_values(tmp_path)),
                 str(repo / "kpis"), "--today", "2026-12-20")
    assert "E402" in result.output
    assert "--all-problems" in result.output
    assert "not shown" not in result.output
    assert result.exit_code == 1


def test_a_file_with_only_its_header_says_there_is_nothing_to_import(repo):
    """It said "the catalog already has every value" of a file that gave none."""
    result = kpi("actuals", "import", "-", str(repo / "kpis"), "--today", "2026-12-20",
                 input=HEAD.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert "Nothing to import: <stdin> has no rows under its header row." in result.output
    assert "already has" not in result.output


def test_a_byte_order_mark_written_twice_is_read_as_one(repo):
    """A tool that adds a mark to a file that has one: the header's first cell was
    `\\ufeffkpi`, said to be no column `kpi` with the mark unseen in the message."""
    data = b"\xef\xbb\xbf\xef\xbb\xbf" + f"{HEAD}{SQL},2026-11,5\n".encode()
    result = kpi("actuals", "import", "-", str(repo / "kpis"), "--today", "2026-12-20",
                 "--dry-run", input=data)
    assert result.exit_code == 0, result.output
    assert "+  - {period: 2026-11, value: 5}" in result.output
