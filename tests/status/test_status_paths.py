"""Status with the KPI-definition fields: milestones (the path through them), a change of
method (only values measured the new way count), a status set by hand that expires, a
KPI's own tolerance, and weekly values.

Baseline 100 on 2026-01-01, target 200 on 2026-12-31 unless a case says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest
from status_helpers import make_kpi

from catalog_factory import TODAY
from kpi_catalog.model.enums import StatusValue as S
from kpi_catalog.status.compute import compute_status, expected_path, expected_value

# A seasonal path: up to 180 by the end of March, down to 120 by the end of June.
SEASONAL = [{"date": "2026-03-31", "value": 180}, {"date": "2026-06-30", "value": 120}]


def test_without_milestones_the_path_is_the_straight_line():
    kpi = make_kpi()
    assert expected_path(kpi) == [(date(2026, 1, 1), 100), (date(2026, 12, 31), 200)]
    assert expected_value(kpi, date(2026, 7, 2)) == pytest.approx(150)


@pytest.mark.parametrize(("day", "value"), [
    (date(2025, 6, 1), 100), (date(2026, 1, 1), 100), (date(2026, 3, 31), 180),
    (date(2026, 5, 15), 150.32967), (date(2026, 6, 30), 120),
    (date(2026, 9, 30), 160), (date(2026, 4, 30), 160.21978), (date(2026, 12, 31), 200),
    (date(2027, 3, 1), 200)])
def test_milestones_make_a_path_of_straight_lines(day, value):
    kpi = make_kpi(milestones=SEASONAL)
    assert expected_value(kpi, day) == pytest.approx(value)


@pytest.mark.parametrize(("actual", "expected"), [
    (("2026-04", 163), S.ON_TRACK),    # the path expects 160.2 at the end of April
    (("2026-04", 140), S.BEHIND),      # the straight line (132.7) would call it ahead
    (("2026-06", 122), S.ON_TRACK),    # the post-peak dip is planned (straight: behind)
    (("2026-06", 150), S.AHEAD),       # the straight line (149.5) would call it on track
])
def test_status_follows_the_milestone_path(actual, expected):
    kpi = make_kpi(milestones=SEASONAL, actuals=[actual])
    assert compute_status(kpi, TODAY).value is expected
    assert compute_status(make_kpi(actuals=[actual]), TODAY).value is not expected


def test_a_within_range_milestone_counts_at_its_nearest_edge():
    kpi = make_kpi("within_range", baseline=(62, "2026-01-01"), target=(30, 45, "2026-12-31"),
                   milestones=[{"date": "2026-06-30", "min": 50, "max": 55}])
    assert [v for _, v in expected_path(kpi)] == [62, 55, 45]


def test_values_before_a_change_of_method_are_not_compared():
    changed = [{"date": "2026-07-01", "change": "Counted per customer, not per channel."}]
    before = make_kpi(actuals=[("2026-06", 150)], method_changed=changed)
    status = compute_status(before, TODAY)
    assert status.value is S.NO_DATA and status.latest is None
    after = make_kpi(actuals=[("2026-06", 150), ("2026-08", 140)], method_changed=changed)
    status = compute_status(after, TODAY)
    assert status.latest.period == "2026-08" and status.value is S.BEHIND


def test_a_status_set_by_hand_holds_until_its_day():
    kpi = make_kpi(actuals=[("2026-07-02", 150)],
                   status={"value": "behind", "reason": "Survey delayed.", "until": "2026-11-27"})
    assert compute_status(kpi, TODAY).value is S.BEHIND
    assert compute_status(kpi, TODAY).manual
    later = compute_status(kpi, date(2026, 11, 28))
    assert later.value is S.ON_TRACK and not later.manual


def test_a_kpi_sets_its_own_tolerance():
    kpi = make_kpi(actuals=[("2026-07-02", 140)])  # 10 below the line
    assert compute_status(kpi, TODAY, 0.05).value is S.BEHIND
    loose = make_kpi(actuals=[("2026-07-02", 140)], status_tolerance=0.1)
    assert compute_status(loose, TODAY, 0.05).value is S.ON_TRACK
    strict = make_kpi(actuals=[("2026-07-02", 149)], status_tolerance=0)
    assert compute_status(strict, TODAY, 0.5).value is S.BEHIND


def test_a_weekly_value_counts_from_its_sunday():
    kpi = make_kpi(actuals=[("2026-W47", 190)])  # Monday 16 to Sunday 22 November 2026
    assert compute_status(kpi, date(2026, 11, 21)).value is S.NO_DATA
    status = compute_status(kpi, date(2026, 11, 22))
    assert status.latest.period == "2026-W47" and status.value is S.ON_TRACK
    assert status.expected == pytest.approx(expected_value(kpi, date(2026, 11, 22)))
