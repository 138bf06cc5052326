"""Importing writes the values and nothing else: every other byte of a KPI file stays."""

from __future__ import annotations

import re
from datetime import date

import pytest
from actuals_helpers import kpi, snapshot

from catalog_factory import TODAY
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.model.enums import Lifecycle
from kpi_catalog.model.periods import next_period, period_containing, series_frequency

LATER = "2027-12-31"  # every period imported here has ended by then

ACTUALS_LINE = re.compile(r"\s*(actuals:|- \{period: [0-9QHW-]+, value: -?[0-9.]+"
                          r"(, note: \".*\")?\})\r?\n?\Z")


def _one_value_each(repo) -> tuple[str, dict[str, str]]:
    """A CSV with one new value for every KPI that takes values, and its period per id."""
    catalog = check_catalog(repo / "kpis", today=TODAY).catalog
    periods, rows = {}, ["kpi,period,value,note"]
    for kpi_id, item in catalog.kpis.items():
        if item.lifecycle is Lifecycle.RETIRED:
            continue
        frequency = series_frequency(item)
        if item.actuals:
            latest = max(item.actuals, key=lambda a: a.date).period
            period = next_period(latest, frequency)
        else:
            period = period_containing(item.baseline.date, frequency)
        periods[kpi_id] = period
        note = '"Imported, with ""quotes"" and a comma"' if len(periods) % 2 else ""
        rows.append(f"{kpi_id},{period},{len(periods) * 1.5},{note}")
    return "\n".join(rows) + "\n", periods


def _only_actuals_lines_added(before: bytes, after: bytes) -> list[str]:
    """The lines added; fails unless removing them gives back ``before`` byte for byte."""
    old = before.decode().splitlines(keepends=True)
    new = after.decode().splitlines(keepends=True)
    added, i = [], 0
    for line in new:
        if i < len(old) and line == old[i]:
            i += 1
        else:
            added.append(line)
    assert i == len(old), "a line of the original is missing or changed"
    return added


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_every_example_file_changes_only_in_its_actuals(repo, newline, tmp_path):
    files = sorted((repo / "kpis").glob("*/*.yml"))
    if newline == "\r\n":
        for path in files:
            path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    csv, periods = _one_value_each(repo)
    (tmp_path / "values.csv").write_text(csv, encoding="utf-8")
    before = snapshot(repo / "kpis")

    result = kpi("actuals", "import", str(tmp_path / "values.csv"), str(repo / "kpis"),
                 "--today", LATER)
    assert result.exit_code == 0, result.output
    assert f"Wrote {len(periods)} values in {len(periods)} KPI files." in result.output

    after = snapshot(repo / "kpis")
    changed = {name for name in after if after[name] != before[name]}
    assert len(changed) == len(periods) >= 30
    for name in changed:
        added = _only_actuals_lines_added(before[name], after[name])
        assert added and all(ACTUALS_LINE.match(line) for line in added), (name, added)
        assert all(line.endswith(newline) for line in added), name
        kpi_id = name.rsplit("/", 1)[-1].removesuffix(".yml")
        assert any(f"period: {periods[kpi_id]}," in line for line in added), name

    loaded = check_catalog(repo / "kpis", today=date.fromisoformat(LATER))
    assert loaded.ok, [d.text() for d in loaded.errors]
    for kpi_id, period in periods.items():
        actuals = loaded.catalog.kpis[kpi_id].actuals
        assert period in [a.period for a in actuals]
        ends = [a.date for a in actuals]
        assert ends == sorted(ends), f"{kpi_id}: values out of period order"

    again = kpi("actuals", "import", str(tmp_path / "values.csv"), str(repo / "kpis"),
                "--today", LATER)
    assert again.exit_code == 0 and "Nothing to change" in again.output
    assert snapshot(repo / "kpis") == after, "importing the same file twice changes nothing"
