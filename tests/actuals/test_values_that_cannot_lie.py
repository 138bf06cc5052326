"""Values that cannot lie: no value for a period that has not ended, one form of period per
series, and one value per line in the file, whatever route the value took."""

from __future__ import annotations

import csv
import io
import re

from actuals_helpers import kpi, snapshot

DSO = "kpis/finance/corporate-dso.yml"  # monthly, values up to 2026-10
CHAT = "kpis/customer-service/chat-first-response-time.yml"  # weekly ISO weeks up to W47


def _write(tmp_path, text: str, name: str = "values.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _import(repo, path, *options: str):
    return kpi("actuals", "import", str(path), str(repo / "kpis"), *options)


def _hand_edit(repo, rel: str, after: str, period: str, value: float, today: str):
    """Add a value by hand after the line ``after``; `kpi validate` on ``today``, and the
    line the value is on."""
    path = repo / rel
    path.write_text(path.read_text().replace(
        after, f"{after}  - {{period: {period}, value: {value}}}\n"))
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if period in text)
    return kpi("validate", str(repo / "kpis"), "--today", today), line


# --- a period that has not ended ---------------------------------------------------------


def test_a_value_for_a_period_that_has_not_ended_is_refused_on_import(repo, tmp_path):
    path = _write(tmp_path, "kpi,period,value\ncorporate-dso,2027-06,30\n")
    before = snapshot(repo)
    result = _import(repo, path, "--today", "2026-12-02")
    assert result.exit_code == 1
    assert f"{path}:2:15: E411 2027-06 ends on 2027-06-30, after today (2026-12-02)" \
        in result.output
    assert snapshot(repo) == before
    current = _import(repo, _write(tmp_path, "kpi,period,value\ncorporate-dso,2026-12,30\n"),
                      "--today", "2026-12-31")
    assert current.exit_code == 0, "a month's value counts from its last day"


def test_a_hand_written_value_for_a_period_that_has_not_ended_is_an_error(repo):
    result, line = _hand_edit(repo, DSO, "  - {period: 2026-10, value: 39.5}\n", "2027-06", 30,
                              "2026-12-02")
    assert result.exit_code == 1
    assert f"{DSO}:{line}:6: E312 The value for 2027-06 is for a period that ends on " \
           "2027-06-30, after today (2026-12-02)." in result.output
    assert kpi("validate", str(repo / "kpis"), "--today", "2027-07-01").exit_code == 0


# --- one form per series ----------------------------------------------------------------


def test_a_series_of_iso_weeks_owes_iso_weeks(repo):
    text = kpi("due", str(repo / "kpis"), "--today", "2026-12-20").output
    assert re.search(r"^chat-first-response-time +2026-W48 +2026-12-13 ", text, re.M), text
    assert re.search(r"^chat-first-response-time +2026-W49 +2026-12-20 ", text, re.M), text
    assert "2026-11-29" not in text and "2026-12-06" not in text


def test_the_filled_in_template_writes_iso_weeks_beside_iso_weeks(repo, tmp_path):
    template = kpi("due", str(repo / "kpis"), "--today", "2026-12-20", "--format", "csv").output
    rows = [r for r in csv.DictReader(io.StringIO(template))
            if r["kpi"] == "chat-first-response-time"]
    assert [r["period"] for r in rows] == ["2026-W48", "2026-W49"]
    filled = "kpi,period,value\n" + "".join(f"{r['kpi']},{r['period']},8\n" for r in rows)
    result = _import(repo, _write(tmp_path, filled), "--today", "2026-12-20")
    assert result.exit_code == 0, result.output
    added = (repo / CHAT).read_text()
    assert "  - {period: 2026-W48, value: 8}\n  - {period: 2026-W49, value: 8}\n" in added


def test_a_week_given_as_its_sunday_is_written_in_the_series_form(repo, tmp_path):
    result = _import(repo, _write(tmp_path, "kpi,period,value\n"
                                  "chat-first-response-time,2026-11-29,8\n"),
                     "--today", "2026-12-20")
    assert result.exit_code == 0, result.output
    text = (repo / CHAT).read_text()
    assert "{period: 2026-W48, value: 8}" in text and "2026-11-29" not in text
    again = _import(repo, _write(tmp_path, "kpi,period,value\n"
                                 "chat-first-response-time,2026-W48,9\n"), "--today", "2026-12-20")
    assert again.exit_code == 1 and "already has the value 8 for 2026-W48" in again.output


def test_validation_flags_a_series_that_mixes_two_forms_of_a_week(repo):
    result, line = _hand_edit(repo, CHAT, "  - {period: 2026-W47, value: 9}\n", "2026-11-29", 8,
                              "2026-12-20")
    assert result.exit_code == 1
    assert f"{CHAT}:{line}:6: E313 `2026-11-29` writes a week in another form than the KPI's " \
           "other weeks, which are ISO weeks" in result.output
    assert "Write it as 2026-W48, like the others" in result.output


# --- a period of the KPI's frequencies ---------------------------------------------------


def test_a_hand_written_value_for_a_period_of_another_frequency_draws_a_warning(repo):
    """`kpi actuals import` refuses the row (E405); a hand edit went through without a word
    (the status took the quarter for a month). A warning: catalogs kept such values."""
    result, line = _hand_edit(repo, DSO, "  - {period: 2026-10, value: 39.5}\n", "2026-Q3", 30,
                              "2026-12-02")
    assert result.exit_code == 0, result.output
    assert f"{DSO}:{line}:6: K122 [warning] `2026-Q3` does not fit how often this KPI is " \
        "measured." in result.output
    assert "This KPI takes periods like 2026-03 (monthly)" in result.output
    indonesian = kpi("--language", "id", "validate", str(repo / "kpis"), "--today", "2026-12-02")
    assert "`2026-Q3` tidak sesuai dengan seberapa sering KPI ini diukur." in indonesian.output
    assert "KPI ini memakai periode seperti 2026-03 (bulanan)" in indonesian.output


# --- one value per line ----------------------------------------------------------------

NEW_KPI = ["--no-input", "--today", "2026-11-27", "--name", "Orders per month",
           "--department", "sales", "--objective", "grow-profitable-revenue",
           "--success-part", "more-online-sales", "--metric", "Online orders",
           "--unit", "orders per month", "--data-source", "Order system",
           "--direction", "higher_is_better", "--baseline-value", "100",
           "--baseline-date", "2026-01-01", "--target-value", "150",
           "--target-date", "2026-12-31", "--owner", "Ayu", "--statement",
           "Increase online orders from 100 to 150 per month by 31 December 2026."]


def test_values_imported_into_a_new_kpi_file_stand_one_per_line(repo, tmp_path):
    assert kpi("new", str(repo / "kpis"), *NEW_KPI).exit_code == 0
    path = repo / "kpis/sales/orders-per-month.yml"
    assert "actuals: []\n" in path.read_text()
    months = "".join(f"orders-per-month,2026-{m:02d},{100 + m}\n" for m in range(1, 10))
    first = _import(repo, _write(tmp_path, "kpi,period,value\n" + months), "--today", "2026-12-02")
    assert first.exit_code == 0, first.output
    lines = path.read_text().splitlines()
    assert lines[lines.index("actuals:") + 1:] == [
        f"  - {{period: 2026-{m:02d}, value: {100 + m}}}" for m in range(1, 10)]
    dry = _import(repo, _write(tmp_path, "kpi,period,value\norders-per-month,2026-10,111\n"),
                  "--today", "2026-12-02", "--dry-run")
    changed = [x for x in dry.output.splitlines() if x[:1] in "+-" and x[:3] not in "+++---"]
    assert changed == ["+  - {period: 2026-10, value: 111}"], "the next import adds one line"
