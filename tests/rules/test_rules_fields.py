"""K105-K111: targets, dates, thresholds, frequencies, review, completeness, duplicates."""

from __future__ import annotations

from datetime import date

import pytest
from rules_helpers import kpi_data

# --- K105 -------------------------------------------------------------------------------

@pytest.mark.parametrize(("direction", "base", "goal", "fires"), [
    ("higher_is_better", 120, 200, False),
    ("higher_is_better", 120, 120, True),
    ("higher_is_better", 120, 100, True),
    ("lower_is_better", 18, 12, False),
    ("lower_is_better", 18, 18, True),
    ("lower_is_better", 18, 24, True),
])
def test_k105_target_beats_baseline(findings, direction, base, goal, fires):
    result = findings("K105", direction=direction, baseline={"value": base},
                      target={"value": goal}, thresholds=None)
    assert bool(result) is fires
    if fires:
        assert result[0].field == ("target", "value")


def test_k105_names_both_values_with_every_digit(findings):
    """Rounded to six digits (`:g`), 1234567 and 1234568 both read 1.23457e+06."""
    result = findings("K105", baseline={"value": 1234568}, target={"value": 1234567},
                      thresholds=None)
    assert "The target 1234567 is not higher than the baseline 1234568" in result[0].message


@pytest.mark.parametrize("base", [62, 40, 20])  # above, inside, below the range
def test_k105_within_range_accepts_moving_into_or_keeping_in_range(findings, base):
    assert findings("K105", direction="within_range", baseline={"value": base},
                    target={"value": None, "min": 30, "max": 45}, thresholds=None) == []


def test_k105_skips_kpis_without_baseline(findings):
    assert findings("K105", baseline=None, target={"value": 1}) == []


# --- K106 -------------------------------------------------------------------------------

@pytest.mark.parametrize(("base_date", "deadline", "messages"), [
    ("2026-01-01", "2026-12-31", []),
    ("2026-01-01", "2027-12-31", []),               # the last day of the period
    ("2026-06-30", "2026-06-30", ["not after the baseline date"]),
    ("2026-06-30", "2026-03-31", ["not after the baseline date"]),
    ("2026-01-01", "2028-06-30", ["outside the period of the objective `grow`"]),
    ("2025-01-01", "2025-12-31", ["outside the period"]),
    # one mistake: the period waits until the target comes after the baseline
    ("2026-06-30", "2025-12-31", ["not after the baseline date"]),
])
def test_k106_target_date(findings, base_date, deadline, messages):
    result = findings("K106", baseline={"date": base_date}, target={"date": deadline})
    assert len(result) == len(messages)
    for finding, text in zip(result, messages, strict=True):
        assert text in finding.message
        assert finding.field == ("target", "date")


def test_k106_skips_the_period_when_the_objective_is_unknown(findings):
    assert findings("K106", objective="nowhere", target={"date": "2030-12-31"}) == []
    assert len(findings("K106", objective="nowhere", baseline={"date": "2031-01-01"},
                        target={"date": "2030-12-31"})) == 1


# --- K107 -------------------------------------------------------------------------------

@pytest.mark.parametrize(("direction", "base", "goal", "green", "amber", "fires"), [
    ("higher_is_better", 120, 200, 180, 150, False),
    ("higher_is_better", 120, 200, 150, 180, True),
    ("higher_is_better", 120, 200, 150, 150, True),
    ("lower_is_better", 18, 12, 13, 15, False),
    ("lower_is_better", 18, 12, 15, 13, True),
])
def test_k107_thresholds(findings, direction, base, goal, green, amber, fires):
    result = findings("K107", direction=direction, baseline={"value": base},
                      target={"value": goal}, thresholds={"green": green, "amber": amber})
    assert bool(result) is fires
    if fires:
        assert result[0].field == ("thresholds", "green")


# --- K108 -------------------------------------------------------------------------------

@pytest.mark.parametrize(("collected", "reported", "fires"), [
    ("monthly", "monthly", False),
    ("daily", "monthly", False),
    ("weekly", "quarterly", False),
    ("monthly", "weekly", True),
    ("yearly", "half_yearly", True),
])
def test_k108_reporting_not_faster_than_collection(findings, collected, reported, fires):
    result = findings("K108", measurement={"collection_frequency": collected,
                                           "reporting_frequency": reported})
    assert bool(result) is fires
    if fires:
        assert result[0].field == ("measurement", "reporting_frequency")
        assert f"report it {collected}" in result[0].message


# --- K109 -------------------------------------------------------------------------------

@pytest.mark.parametrize(("review", "fires"), [
    ("2026-11-26", True), ("2026-11-27", False), ("2027-01-15", False), (None, False),
])
def test_k109_review_date(findings, review, fires):
    result = findings("K109", review_date=review, today=date(2026, 11, 27))
    assert bool(result) is fires


# --- K110 -------------------------------------------------------------------------------

def test_k110_complete_active_kpi_is_fine(findings):
    assert findings("K110") == []


@pytest.mark.parametrize(("changes", "field"), [
    ({"owner": None}, ("owner",)),
    ({"owner": "   "}, ("owner",)),
    ({"measurement": {"data_source": None}}, ("measurement", "data_source")),
    ({"measurement": {"data_source": ""}}, ("measurement", "data_source")),
    ({"target": None}, ("target",)),
])
def test_k110_active_kpi_needs_owner_source_target(findings, changes, field):
    [finding] = findings("K110", **changes)
    assert finding.field == field


def test_k110_reports_each_missing_field(findings):
    result = findings("K110", owner=None, measurement={"data_source": None}, target=None)
    assert [f.field for f in result] == [("owner",), ("measurement", "data_source"), ("target",)]


def test_k110_leaves_drafts_alone(check):
    draft = kpi_data(lifecycle="draft", owner=None, target=None)
    assert not [d for d in check([draft]).diagnostics if d.code == "K110"]
    active = kpi_data(owner=None)
    assert [d.code for d in check([active]).errors] == ["K110"]


# --- K111 -------------------------------------------------------------------------------

def _twin(kpi_id: str, metric: str, source: str | None, **changes) -> dict:
    return kpi_data(id=kpi_id, measurement={"metric": metric, "data_source": source}, **changes)


def test_k111_reports_the_later_file_and_names_the_first(check, tmp_path):
    result = check([
        _twin("a-leads", "Sales-qualified leads", "CRM lead report"),
        _twin("b-leads", "  sales-QUALIFIED   leads. ", "crm lead  report"),
    ])
    [dup] = [d for d in result.diagnostics if d.code == "K111"]
    assert dup.path.endswith("marketing/b-leads.yml")
    assert "marketing/a-leads.yml" in dup.message
    assert dup.field == ("measurement", "metric")
    lines = (tmp_path / "kpis/marketing/b-leads.yml").read_text().splitlines()
    assert lines[dup.line - 1].strip().startswith("metric:")


@pytest.mark.parametrize(("second", "fires"), [
    (_twin("b", "Sales-qualified leads", "Spreadsheet"), False),
    (_twin("b", "Marketing-qualified leads", "CRM lead report"), False),
    (_twin("b", "Sales-qualified leads", "CRM lead report", lifecycle="retired"), False),
    (_twin("b", "Sales-qualified leads", "CRM lead report", lifecycle="draft"), True),
    (_twin("b", "Sales-qualified leads", "CRM lead report",
           silence=[{"rule": "K111", "reason": "A second view for the board."}]), False),
])
def test_k111_cases(check, second, fires):
    first = _twin("a", "Sales-qualified leads", "CRM lead report")
    codes = [d.code for d in check([first, second]).diagnostics]
    assert ("K111" in codes) is fires


def test_k111_needs_a_data_source(check):
    result = check([_twin("a", "Leads", None, lifecycle="draft"),
                    _twin("b", "Leads", None, lifecycle="draft")])
    assert "K111" not in [d.code for d in result.diagnostics]
