"""A series whose past periods are rewritten in their other form (`2026-03-29` as `2026-W13`)
is one relabelling in `kpi diff` and in history, not deletions and additions."""

from __future__ import annotations

from datetime import date

from changes_helpers import kpi

from kpi_catalog.changes.history import read_history
from kpi_catalog.reading.loader import load_catalog

WEEKLY = {"metric": "Leads created", "unit": "leads", "data_source": "CRM",
          "collection_frequency": "daily", "reporting_frequency": "weekly"}
WEEKS = [13, 26, 39, 43, 44, 45, 46, 47]


def _weekly(days: bool, values=None) -> dict:
    values = values or {week: 100 + week for week in WEEKS}
    actuals = [{"period": date.fromisocalendar(2026, week, 7).isoformat() if days
                else f"2026-W{week:02d}", "value": value} for week, value in values.items()]
    return kpi("chat", measurement=WEEKLY, actuals=actuals)


def test_a_series_rewritten_as_iso_weeks_is_one_relabelling(repo):
    repo.write_kpi(_weekly(days=True))
    base = repo.commit("Weeks as Sundays")
    repo.write_kpi(_weekly(days=False))
    data = repo.json_diff(base)
    changes = data["kpis"][0]["changes"]
    assert [c["kind"] for c in changes] == ["actuals_relabelled"], changes
    assert changes[0]["old"][:2] == ["2026-03-29", "2026-06-28"]
    assert changes[0]["new"][:2] == ["2026-W13", "2026-W26"]
    assert data["summary"]["needs_review"] == 0, "the same values: nothing to review"
    code, text = repo.kpi_diff(base)
    assert code == 0
    assert "- periods of 8 values written in another form: 2026-03-29 → 2026-W13, " \
           "2026-06-28 → 2026-W26, 2026-09-27 → 2026-W39, …" in text
    assert "deleted" not in text and "value added" not in text


def test_a_value_changed_while_relabelled_is_still_an_edit(repo):
    repo.write_kpi(_weekly(days=False))
    base = repo.commit("ISO weeks")
    repo.write_kpi(_weekly(days=True, values={**{w: 100 + w for w in WEEKS}, 26: 999}))
    kinds = {(c["kind"], c["field"]) for c in repo.json_diff(base)["kpis"][0]["changes"]}
    assert kinds == {("actuals_relabelled", "actuals"), ("actual_edited", "actuals[2026-06-28]")}


def test_a_different_period_is_not_a_relabelling(repo):
    repo.write_kpi(_weekly(days=False, values={47: 1}))
    base = repo.commit("One week")
    repo.write_kpi(_weekly(days=True, values={46: 1}))  # W46's Sunday, not W47's
    kinds = [c["kind"] for c in repo.json_diff(base)["kpis"][0]["changes"]]
    assert sorted(kinds) == ["actual_added", "actual_deleted"]


def test_history_shows_the_relabelling_once(repo):
    repo.write_kpi(_weekly(days=True))
    repo.commit("Weeks as Sundays")
    repo.write_kpi(_weekly(days=False))
    repo.commit("Weeks as ISO weeks")
    history = read_history(load_catalog(repo.repo / "kpis").catalog)
    newest = history["chat"][0]
    assert newest.subject == "Weeks as ISO weeks"
    assert [c.kind for c in newest.changes] == ["actuals_relabelled"]
