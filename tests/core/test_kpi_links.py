"""Values against `valid_range`, milestones on the way, and links between KPIs
(`drivers`, `replaced_by`): located errors, each with a hint."""

from __future__ import annotations

from datetime import date

import pytest

from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.periods import period_end

KPI = "kpis/marketing/new-leads.yml"
OTHER = "kpis/sales/won-deals.yml"
TAIL = "review_date: 2027-01-15"


def test_the_new_fields_are_optional_and_load(catalog):
    catalog.edit(KPI, TAIL, TAIL + """
question: Are enough new contacts asking to hear from Sales?
data_steward: CRM administrator
valid_range: {min: 0}
limitations: Leads from events are entered a week late.
unintended_effects: Buying lists inflates leads; only opted-in contacts count.
target_rationale: The webinar programme doubled leads in a comparable market.
visibility: internal
status_tolerance: 0.1
drivers: [won-deals]
method_changed:
  - {date: 2026-02-01, change: Leads from chat are counted too.}
milestones:
  - {date: 2026-06-30, value: 120}""")
    result = catalog.load()
    assert result.ok, [d.text() for d in result.diagnostics]
    kpi = result.catalog.kpis["new-leads"]
    assert kpi.visibility.value == "internal" and kpi.milestones[0].value == 120
    assert result.catalog.driven_by == {"won-deals": ["new-leads"]}
    assert Kpi.model_fields["visibility"].default.value == "public"


@pytest.mark.parametrize(("old", "new", "line", "column", "words"), [
    ("  - {period: 2026-02, value: 112}", "  - {period: 2026-02, value: -3}", 20, 23,
     ["-3 is outside the KPI's valid range (from 0 up to 1000)"]),
    ("target: {value: 150, date: 2026-12-31}", "target: {value: 1500, date: 2026-12-31}",
     17, 10, ["1500 is outside", "widen `valid_range`"]),
    ("baseline: {value: 100, date: 2026-01-01}", "baseline: {value: 1001, date: 2026-01-01}",
     16, 12, ["1001 is outside"]),
    # every digit, no exponent: `:g` said "1000 is outside ... up to 1000", "-1e-07"
    ("  - {period: 2026-02, value: 112}", "  - {period: 2026-02, value: 1000.0000001}", 20, 23,
     ["1000.0000001 is outside the KPI's valid range (from 0 up to 1000)"]),
    ("  - {period: 2026-02, value: 112}", "  - {period: 2026-02, value: -1.5e-07}", 20, 23,
     ["-0.00000015 is outside"]),
])
def test_a_value_outside_the_valid_range_is_an_error_at_the_value(
        catalog, located, old, new, line, column, words):
    catalog.edit(KPI, TAIL, TAIL + "\nvalid_range: {min: 0, max: 1000}")
    catalog.edit(KPI, old, new)
    located(catalog.only_error(), KPI, line, column, "E309", *words)


def test_a_valid_range_needs_a_bound_in_order(catalog, located):
    catalog.edit(KPI, TAIL, TAIL + "\nvalid_range: {min: 10, max: 0}")
    located(catalog.only_error(), KPI, 22, 1, "E204", "`min` must not be above `max`")


MILESTONES = ("\nmilestones: [{date: 2026-03-31, value: 110}, {date: 2026-06-30, value: 120}, "
              "{date: 2026-09-30, value: 130}]")


@pytest.mark.parametrize(("milestones", "line", "column", "words"), [
    ("[{date: 2026-06-30, value: 130}, {date: 2026-03-31, value: 120}]", 22, 47,
     ["2026-03-31 is not after the one before it (2026-06-30)", "date order"]),
    ("[{date: 2027-03-31, value: 130}]", 22, 15,
     ["2027-03-31 is not between the baseline date (2026-01-01) and the target date "
      "(2026-12-31)"]),
])
def test_milestones_lie_in_order_between_baseline_and_target(
        catalog, located, milestones, line, column, words):
    catalog.edit(KPI, TAIL, TAIL + "\nmilestones: " + milestones)
    located(catalog.only_error(), KPI, line, column, "E311", *words)


def test_a_target_date_before_the_baseline_is_one_error_not_one_per_milestone(
        catalog, located):
    """The target dated before the baseline leaves no day between them: every milestone
    was an E311 of its own (seven on the example's online GMV, for one mistyped year)."""
    catalog.edit(KPI, "target: {value: 150, date: 2026-12-31}",
                 "target: {value: 150, date: 2025-12-31}")
    catalog.edit(KPI, TAIL, TAIL + MILESTONES)
    located(catalog.only_error(), KPI, 17, 22, "E311", "2025-12-31 is not after the baseline "
            "date (2026-01-01)", "no milestone", "Correct `target.date`")


@pytest.mark.parametrize(("milestones", "code"), [("", "K106"), (MILESTONES, "E311")])
def test_a_target_date_before_the_baseline_is_said_once_in_the_whole_check(
        catalog, milestones, code):
    """One mistyped year was four findings more: K106 twice (not after the baseline, outside
    the objective's period) and K112 (the statement says 31 December 2026), beside E311."""
    catalog.edit(KPI, "target: {value: 150, date: 2026-12-31}",
                 "target: {value: 150, date: 2025-12-31}")
    catalog.edit(KPI, TAIL, TAIL + milestones)
    found = [(d.line, d.code) for d in catalog.check().diagnostics if d.path == KPI]
    assert found == [(17, code)]


def test_a_milestone_has_the_kind_of_value_the_direction_asks_for(catalog, located):
    catalog.edit(KPI, TAIL, TAIL + "\nmilestones: [{date: 2026-06-30, min: 1, max: 2}]")
    located(catalog.only_error(), KPI, 22, 1, "E204", "needs a milestone `value`")


def test_unknown_driver_and_driving_itself(catalog, located):
    catalog.edit(KPI, TAIL, TAIL + "\ndrivers: [won-deals, lost-deals, new-leads]")
    errors = catalog.errors()
    assert len(errors) == 2
    located(errors[0], KPI, 22, 22, "E307", "no KPI `lost-deals`")
    located(errors[1], KPI, 22, 34, "E310", "cannot drive itself")


def test_a_cycle_of_drivers_is_one_error_naming_the_circle(catalog, located):
    catalog.edit(KPI, TAIL, TAIL + "\ndrivers: [won-deals]")
    catalog.edit(OTHER, "related: [new-leads]", "related: [new-leads]\ndrivers: [new-leads]")
    located(catalog.only_error(), OTHER, 21, 11, "E310",
            "round in a circle: new-leads → won-deals → new-leads")


def test_a_long_chain_of_drivers_is_checked_without_recursion(catalog):
    """A chain deeper than Python's recursion limit, closed into a circle at the end."""
    depth = 1500
    chain = "kpis/marketing/chain-{}.yml"
    base = catalog.read(KPI).replace("related: [won-deals]\n", "")
    for n in range(depth):
        text = base.replace("id: new-leads", f"id: chain-{n}")
        text = text.replace("metric: New leads created in the CRM", f"metric: Chain {n}")
        catalog.write(chain.format(n), text + f"drivers: [chain-{(n + 1) % depth}]\n")
    cycles = [d for d in catalog.errors() if d.code == "E310"]
    assert len(cycles) == 1 and cycles[0].path == chain.format(depth - 1)


def test_replaced_by_names_an_existing_kpi_of_a_retired_one(catalog, located):
    catalog.edit(KPI, "lifecycle: active", "lifecycle: retired\nreplaced_by: old-deals")
    located(catalog.only_error(), KPI, 9, 1, "E307", "no other KPI `old-deals`")


def test_only_a_retired_kpi_has_a_successor(catalog, located):
    catalog.edit(KPI, "lifecycle: active", "lifecycle: active\nreplaced_by: won-deals")
    located(catalog.only_error(), KPI, 9, 1, "E204", "only a retired KPI has a successor")


@pytest.mark.parametrize(("period", "end"), [
    ("2026-W47", date(2026, 11, 22)), ("2026-W01", date(2026, 1, 4)),
    ("2020-W53", date(2021, 1, 3)), ("2027-W01", date(2027, 1, 10))])
def test_a_weekly_period_ends_on_the_sunday_of_its_iso_week(period, end):
    assert period_end(period) == end


def test_a_week_that_does_not_exist_is_a_located_error(catalog, located):
    catalog.edit(KPI, "{period: 2026-02, value: 112}", "{period: 2025-W53, value: 112}")
    located(catalog.only_error(), KPI, 20, 6, "E204", "`2025-W53` is not a period",
            "2026-W47 (an ISO week)")
