"""Status on hand-worked cases.

Unless a case says otherwise: baseline 100 on 2026-01-01, target 200 on 2026-12-31
(364 days), tolerance 0.05 of the distance (5 units). On 2026-07-02 (day 182) the straight
line expects exactly 150, so 145 to 155 is on track.
"""

from __future__ import annotations

from datetime import date

import pytest
from status_helpers import make_kpi

from catalog_factory import TODAY
from kpi_catalog.model.enums import StatusValue as S
from kpi_catalog.status.compute import (
    compute_status,
    expected_value,
    rag_of,
    rollup,
)

MID = "2026-07-02"
LOW = {"direction": "lower_is_better", "baseline": (20, "2026-01-01"),
       "target": (10, "2026-12-31")}  # expects 15 on MID; 14.5 to 15.5 on track
RANGE = {"direction": "within_range", "baseline": (62, "2026-01-01"),
         "target": (30, 45, "2026-12-31")}  # expects 53.5 on MID, tolerance 0.85


@pytest.mark.parametrize(("case", "kwargs", "today", "expected"), [
    # higher is better
    ("on the line", {"actuals": [(MID, 150)]}, TODAY, S.ON_TRACK),
    ("upper tolerance edge", {"actuals": [(MID, 155)]}, TODAY, S.ON_TRACK),
    ("just past the upper edge", {"actuals": [(MID, 155.01)]}, TODAY, S.AHEAD),
    ("lower tolerance edge", {"actuals": [(MID, 145)]}, TODAY, S.ON_TRACK),
    ("just past the lower edge", {"actuals": [(MID, 144.99)]}, TODAY, S.BEHIND),
    ("achieved early", {"actuals": [(MID, 200)]}, TODAY, S.ACHIEVED),
    ("beyond the target", {"actuals": [(MID, 230)]}, TODAY, S.ACHIEVED),
    ("worse than the baseline", {"actuals": [(MID, 90)]}, TODAY, S.BEHIND),
    ("before the baseline date", {"actuals": [(MID, 150)]}, date(2025, 12, 31),
     S.NOT_STARTED),
    ("no values", {}, TODAY, S.NO_DATA),
    ("only a value for a period not ended", {"actuals": [("2026-12", 199)]}, TODAY,
     S.NO_DATA),
    ("no baseline", {"baseline": None, "actuals": [(MID, 150)]}, TODAY, S.NO_DATA),
    ("no target", {"target": None, "actuals": [(MID, 150)]}, TODAY, S.NO_DATA),
    ("deadline passed, not reached", {"actuals": [("2026-12", 199)]}, date(2027, 1, 15),
     S.BEHIND),
    ("deadline passed, reached", {"actuals": [("2026-12", 201)]}, date(2027, 1, 15),
     S.ACHIEVED),
    ("quarter: 2026-Q1 ends 31 March, line expects 124.45",
     {"actuals": [("2026-Q1", 124.5)]}, TODAY, S.ON_TRACK),
    ("quarter ahead", {"actuals": [("2026-Q1", 130)]}, TODAY, S.AHEAD),
    ("half year: 2026-H1 ends 30 June, line expects 149.45",
     {"actuals": [("2026-H1", 140)]}, TODAY, S.BEHIND),
    ("the latest period counts, not the list order",
     {"actuals": [("2026-03", 200), ("2026-01", 105)]}, TODAY, S.ACHIEVED),
    # lower is better
    ("lower: on the line", {**LOW, "actuals": [(MID, 15)]}, TODAY, S.ON_TRACK),
    ("lower: going down faster", {**LOW, "actuals": [(MID, 14)]}, TODAY, S.AHEAD),
    ("lower: going down slower", {**LOW, "actuals": [(MID, 16)]}, TODAY, S.BEHIND),
    ("lower: tolerance edge", {**LOW, "actuals": [(MID, 15.5)]}, TODAY, S.ON_TRACK),
    ("lower: reached", {**LOW, "actuals": [(MID, 10)]}, TODAY, S.ACHIEVED),
    ("lower: beyond", {**LOW, "actuals": [(MID, 8)]}, TODAY, S.ACHIEVED),
    ("lower: a high value is not achieved", {**LOW, "actuals": [(MID, 200)]}, TODAY,
     S.BEHIND),
    # within range
    ("range: inside before the deadline", {**RANGE, "actuals": [(MID, 44)]}, TODAY,
     S.ON_TRACK),
    ("range: inside at the deadline", {**RANGE, "actuals": [("2026-12", 40)]},
     date(2027, 1, 15), S.ACHIEVED),
    ("range: outside after the deadline", {**RANGE, "actuals": [("2026-12", 50)]},
     date(2027, 1, 15), S.BEHIND),
    ("range: outside, on the path", {**RANGE, "actuals": [(MID, 53.5)]}, TODAY, S.ON_TRACK),
    ("range: outside, ahead of the path", {**RANGE, "actuals": [(MID, 50)]}, TODAY, S.AHEAD),
    ("range: outside, behind the path", {**RANGE, "actuals": [(MID, 60)]}, TODAY, S.BEHIND),
    ("range: overshot below the range", {**RANGE, "actuals": [(MID, 20)]}, TODAY, S.BEHIND),
    ("range: keep-in-range KPI left the range",
     {**RANGE, "baseline": (40, "2026-01-01"), "actuals": [(MID, 46)]}, TODAY, S.BEHIND),
    ("range: keep-in-range KPI inside",
     {**RANGE, "baseline": (40, "2026-01-01"), "actuals": [(MID, 31)]}, TODAY, S.ON_TRACK),
    # set by hand
    ("manual status wins over behind",
     {"actuals": [(MID, 100)], "status": ("on_track", "Strike; back on plan.")}, TODAY,
     S.ON_TRACK),
    ("manual status wins over no data",
     {"status": ("achieved", "Reached, report pending.")}, TODAY, S.ACHIEVED),
])
def test_status(case, kwargs, today, expected):
    assert compute_status(make_kpi(**kwargs), today).value is expected, case


def test_manual_status_is_marked_with_its_reason():
    result = compute_status(make_kpi(actuals=[(MID, 100)], status=("ahead", "Why not.")), TODAY)
    assert (result.value, result.manual, result.reason) == (S.AHEAD, True, "Why not.")
    assert compute_status(make_kpi(actuals=[(MID, 100)]), TODAY).manual is False


@pytest.mark.parametrize(("tolerance", "expected"), [
    (0.0, S.BEHIND), (0.19, S.BEHIND), (0.2, S.ON_TRACK), (0.5, S.ON_TRACK),
])
def test_tolerance_is_a_share_of_the_distance(tolerance, expected):
    kpi = make_kpi(actuals=[(MID, 130)])  # 20 below the line: 20% of the distance of 100
    assert compute_status(kpi, TODAY, tolerance).value is expected


def test_zero_tolerance_puts_only_the_line_on_track():
    assert compute_status(make_kpi(actuals=[(MID, 150)]), TODAY, 0.0).value is S.ON_TRACK
    assert compute_status(make_kpi(actuals=[(MID, 150.5)]), TODAY, 0.0).value is S.AHEAD


def test_expected_value_is_the_straight_line_flat_outside():
    kpi = make_kpi()
    assert expected_value(kpi, date(2026, 1, 1)) == 100
    assert expected_value(kpi, date(2026, 7, 2)) == pytest.approx(150)
    assert expected_value(kpi, date(2025, 6, 1)) == 100
    assert expected_value(kpi, date(2027, 6, 1)) == 200
    low = make_kpi(**LOW)
    assert expected_value(low, date(2026, 7, 2)) == pytest.approx(15)
    assert expected_value(make_kpi(**RANGE), date(2026, 12, 31)) == 45  # the nearest edge


def test_a_line_through_zero_expects_zero_not_a_doubles_rounding_noise():
    """From -17.1 to 39.9 over ten days, the third day's point is 0: computed as a double it
    is 3.6e-15, which pages showed as 0 only while every value below 10^-9 did; now that
    tiny values are written (1E-10), the line says 0, and a tiny line keeps its values."""
    from kpi_catalog.i18n.labels import labels
    from kpi_catalog.status.compute import shown_expected

    kpi = make_kpi(baseline=(-17.1, "2026-01-01"), target=(39.9, "2026-01-11"),
                   statement="Grow from -17.1 to 39.9 by 11 January 2026.")
    assert expected_value(kpi, date(2026, 1, 4)) == 0
    assert labels("id").number(shown_expected(expected_value(kpi, date(2026, 1, 4)))) == "0"
    tiny = make_kpi(baseline=(0, "2026-01-01"), target=(4e-10, "2026-01-11"),
                    statement="Keep failures below 0.0000000004 by 11 January 2026.")
    assert expected_value(tiny, date(2026, 1, 6)) == pytest.approx(2e-10)
    assert labels("en").number(expected_value(tiny, date(2026, 1, 6))) == "2E-10"


def test_status_carries_the_numbers():
    result = compute_status(make_kpi(actuals=[("2026-01", 105), (MID, 160)]), TODAY)
    assert result.latest.period == MID
    assert result.expected == pytest.approx(150)
    assert result.progress == pytest.approx(0.6)
    assert result.expected_progress == pytest.approx(330 / 364)
    data = result.as_dict()
    assert data["value"] == "ahead" and data["latest"] == {"period": MID, "value": 160}


@pytest.mark.parametrize("value, progress", [(100, 1.0), (120, 1.0), (90, 0.0)])
def test_a_level_to_hold_expects_no_share_of_a_way(value, progress):
    """Baseline and target both 100 (a KPI that holds a level): there is no way from one to
    the other, so no share of it is expected by today (it was 91%, beside 0% or 100%); 120,
    achieved as its status says, is all the way there (it was 0%: not exactly 100)."""
    kpi = make_kpi(baseline=(100, "2026-01-01"), target=(100, "2026-12-31"),
                   statement="Keep the things at 100 until 31 December 2026.",
                   actuals=[(MID, value)])
    result = compute_status(kpi, TODAY)
    assert result.progress == progress and result.expected_progress is None


def test_latest_actual_ties_go_to_the_later_entry():
    kpi = make_kpi(actuals=[("2026-03", 1), ("2026-Q1", 2)])
    assert kpi.latest_actual(by=TODAY).value == 2
    assert kpi.latest_actual().value == 2, "`kpi due` and the alerts go on from it too"


@pytest.mark.parametrize(("kwargs", "value", "rag"), [
    ({"thresholds": (180, 150)}, 190, "green"),
    ({"thresholds": (180, 150)}, 180, "green"),
    ({"thresholds": (180, 150)}, 160, "amber"),
    ({"thresholds": (180, 150)}, 149, "red"),
    ({**LOW, "thresholds": (12, 15)}, 11, "green"),
    ({**LOW, "thresholds": (12, 15)}, 15, "amber"),
    ({**LOW, "thresholds": (12, 15)}, 16, "red"),
    ({}, 190, None),
    ({**RANGE}, 40, None),
])
def test_rag_from_thresholds(kwargs, value, rag):
    kpi = make_kpi(**kwargs)
    assert rag_of(kpi, value) == rag
    assert compute_status(make_kpi(**kwargs, actuals=[(MID, value)]), TODAY).rag == rag


def test_rollup_counts_in_status_order():
    statuses = [compute_status(make_kpi(actuals=a), TODAY)
                for a in ([(MID, 150)], [(MID, 150)], [(MID, 200)], [])]
    counts = rollup(statuses)
    assert list(counts) == list(S)
    assert counts == {S.ACHIEVED: 1, S.AHEAD: 0, S.ON_TRACK: 2, S.BEHIND: 0,
                      S.NOT_STARTED: 0, S.NO_DATA: 1}


@pytest.mark.parametrize(("value", "progress"), [(40, 1.0), (30, 1.0), (50, 0.0), (20, 0.0)])
def test_a_kpi_that_starts_in_its_range_has_all_or_none_of_the_way(value, progress):
    """Baseline 40 inside the range 30 to 45: no way to go, so the status (and every page,
    export and table that shows it) says all of it while the value stays inside."""
    kpi = make_kpi(direction="within_range", baseline=(40, "2026-01-01"),
                   target=(30, 45, "2026-12-31"), actuals=[(MID, value)])
    assert compute_status(kpi, TODAY).progress == progress


def test_the_status_of_a_kpi_with_values_for_every_day_of_decades_reads_each_period_once():
    """A daily KPI valued each day from 1990 (13,000 values, a file of 0.5 MB) had its
    periods read again at every status computed (the site computes one per period shown):
    the end of each period was kept for 4,096 periods only, so cycling through more missed
    every time (`kpi render`: 1.6 s -> 57 s for one such KPI). Every period a KPI may name
    (1900 to 2200) is kept."""
    from datetime import timedelta

    from kpi_catalog.model.periods import period_end
    days = [(date(1990, 1, 1) + timedelta(n)).isoformat() for n in range(13_000)]
    kpi = make_kpi(baseline=(100, "1989-12-31"), actuals=[(day, 100 + n % 50)
                                                           for n, day in enumerate(days)],
                   measurement={"metric": "Things", "unit": "things", "data_source": "System",
                                "collection_frequency": "daily",
                                "reporting_frequency": "daily"})
    compute_status(kpi, TODAY)
    before = period_end.cache_info().misses
    for today in (TODAY, date(2020, 1, 1), date(2010, 6, 30)):
        compute_status(kpi, today)
    assert period_end.cache_info().misses == before
