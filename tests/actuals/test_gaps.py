"""Periods a import leaves empty (E413, a warning: the values are written) and `kpi due
--gaps`: `kpi due` owes only the periods after a KPI's latest value, so a period skipped
before it must be said when it is skipped, and can be listed later."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

import pytest
from actuals_helpers import EXAMPLE, kpi

from kpi_catalog.actuals.checks import Change
from kpi_catalog.actuals.due import first_owed_period
from kpi_catalog.actuals.gaps import gap_warning, series_gaps
from kpi_catalog.actuals.report import due_table
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.cli import actuals as actuals_cli
from kpi_catalog.i18n.messages import speaking
from kpi_catalog.model.diagnostics import Severity
from kpi_catalog.model.enums import Frequency, Lifecycle
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.periods import (
    FORMS_OF,
    form_of,
    next_period,
    period_containing,
    period_end,
    series_frequency,
)

CHAT = "chat-first-response-time"  # weekly, ISO weeks up to 2026-W47, gaps from W14 on
HEAD = "kpi,period,value,note\n"
TODAY = "2026-12-31"


def _import(repo, tmp_path, text: str, *options: str, language: str = "en"):
    path = tmp_path / "values.csv"
    path.write_text(HEAD + text, encoding="utf-8")
    return kpi("--language", language, "actuals", "import", str(path), str(repo / "kpis"),
               "--today", TODAY, *options)


def _chat(repo) -> str:
    return (repo / "kpis/customer-service" / f"{CHAT}.yml").read_text(encoding="utf-8")


def test_a_week_skipped_is_said_at_the_row_after_it_and_written_all_the_same(repo, tmp_path):
    result = _import(repo, tmp_path, f"{CHAT},2026-W50,8\n")
    assert result.exit_code == 0, result.output
    assert f"values.csv:2:26: E413 [warning] `{CHAT}`: Week 48, 2026 and Week 49, 2026 have " \
        "no value; once Week 50, 2026 is written, `kpi due` no longer asks for them. Import " \
        "their values too, or leave them empty if they were never measured" in result.output
    assert "2026-W50" in _chat(repo) and "Wrote 1 value in 1 KPI file." in result.output
    assert result.output.count("E413") == 1


def test_the_warning_in_indonesian(repo, tmp_path):
    result = _import(repo, tmp_path, f"{CHAT},2026-W49,8\n", language="id")
    assert result.exit_code == 0, result.output
    assert f"values.csv:2:26: E413 [peringatan] `{CHAT}`: Minggu ke-48 tahun 2026 belum " \
        "punya nilai; setelah Minggu ke-49 tahun 2026 ditulis, `kpi due` tidak lagi " \
        "memintanya. Impor juga nilainya, atau biarkan kosong bila memang tidak pernah " \
        "diukur" in result.output


def test_a_dry_run_says_it_too(repo, tmp_path):
    before = _chat(repo)
    result = _import(repo, tmp_path, f"{CHAT},2026-W50,8\n", "--dry-run")
    assert "E413 [warning]" in result.output and "+  - {period: 2026-W50" in result.output
    assert _chat(repo) == before


@pytest.mark.parametrize("rows", [
    f"{CHAT},2026-W48,8\n{CHAT},2026-W49,8\n{CHAT},2026-W50,8\n",
    f"{CHAT},2026-W50,8\n{CHAT},2026-W49,8\n{CHAT},2026-W48,8\n",  # any order
    f"{CHAT},2026-W48,8\n",  # the next week: the gaps from W14 on are older than the import
    f"{CHAT},2026-W20,8\n",  # filling an old gap
    f"{CHAT},2026-11-29,8\n{CHAT},2026-12-06,8\n",  # weeks as their Sundays: W48, W49
])
def test_no_warning_when_nothing_is_skipped(repo, tmp_path, rows):
    result = _import(repo, tmp_path, rows)
    assert result.exit_code == 0, result.output
    assert "E413" not in result.output


def test_replacing_a_value_skips_nothing(repo, tmp_path):
    result = _import(repo, tmp_path, f"{CHAT},2026-W47,7\n", "--replace")
    assert result.exit_code == 0 and "E413" not in result.output, result.output


def test_located_at_the_first_value_after_the_first_gap(repo, tmp_path):
    result = _import(repo, tmp_path, f"{CHAT},2026-W51,8\n{CHAT},2026-W49,8\n")
    assert f"values.csv:3:26: E413 [warning] `{CHAT}`: Week 48, 2026 and Week 50, 2026 have no " \
        "value; once Week 51, 2026 is written" in result.output


def test_a_week_given_as_its_sunday_is_said_as_the_series_writes_it(repo, tmp_path):
    result = _import(repo, tmp_path, f"{CHAT},2026-12-13,8\n")
    assert "Week 48, 2026 and Week 49, 2026 have no value; once Week 50, 2026 is written" \
        in result.output, "its week, not the Sunday it was given as"


def test_an_import_into_many_kpis_names_the_first_few(repo, tmp_path):
    monthly = ["average-order-value", "online-gmv", "corporate-dso", "sales-qualified-leads",
               "po-cycle-time"]  # values up to 2026-10
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(actuals_cli, "GAPS_SHOWN", 2)
        result = _import(repo, tmp_path, "".join(f"{k},2026-12,100\n" for k in monthly),
                         "--dry-run")
    assert result.exit_code == 0, result.output
    assert result.stderr.count("E413") == 3, result.stderr
    assert "... and 3 more KPIs whose values leave earlier periods empty (E413)" \
        in result.stderr


# --- the series' forms, and long gaps -----------------------------------------------------


def _kpi(collection: str, reporting: str, actuals: list[str], baseline: str | None = "2026-01-01",
         lifecycle: str = "active") -> Kpi:
    data = {
        "id": "k", "name": "K", "statement": "Grow from 100 to 200 by 31 December 2027.",
        "department": "d", "objective": "o", "success_part": "p", "owner": "Someone",
        "lifecycle": lifecycle,
        "measurement": {"metric": "m", "unit": "u", "collection_frequency": collection,
                        "reporting_frequency": reporting},
        "direction": "higher_is_better",
        "target": {"value": 200, "date": "2027-12-31"},
        "actuals": [{"period": period, "value": 1} for period in actuals],
    }
    if baseline:
        data["baseline"] = {"value": 100, "date": baseline}
    return Kpi.model_validate(data)


def _said(frequencies: tuple[str, str], before: list[str], written: list[str], **fields):
    old = _kpi(*frequencies, before, **fields)
    new = _kpi(*frequencies, before + written, **fields)
    found = gap_warning(old, new, [Change("k", p, 1, None) for p in written], "k.yml")
    return None if found is None else found.message


@pytest.mark.parametrize("frequencies, before, written, said", [
    (("quarterly", "quarterly"), ["2026-Q1"], ["2026-Q3"], "Q2 2026 has no value"),
    (("yearly", "yearly"), ["2023"], ["2026"], "2024 and 2025 have no value"),
    (("half_yearly", "half_yearly"), ["2025-H1"], ["2026-H1"], "H2 2025 has no value"),
    # collected monthly, reported quarterly: a month after a quarter skips the months between
    (("monthly", "quarterly"), ["2026-Q2"], ["2026-09"], "July 2026 and August 2026 have no value"),
    (("monthly", "quarterly"), ["2026-Q2"], ["2026-Q3"], None),
    (("monthly", "quarterly"), ["2026-06"], ["2026-Q3"], None),
    # a month after weeks: the month holding the last week is not skipped
    (("weekly", "monthly"), ["2026-W48"], ["2026-12"], None),
    (("weekly", "monthly"), ["2026-W40"], ["2026-12"], "November 2026 has no value"),
    (("monthly", "monthly"), ["2026-01", "2026-03"], ["2026-04"], None),  # an old gap
    # no value yet: `kpi due` asked from the baseline's period on
    (("monthly", "monthly"), [], ["2026-03"], "January 2026 and February 2026 have no value"),
    (("monthly", "monthly"), [], ["2026-01"], None),
])
def test_each_form_of_series(frequencies, before, written, said):
    found = _said(frequencies, before, written)
    assert found == said if said is None else said in found


def test_without_baseline_or_values_only_the_gaps_between_the_values_written():
    assert _said(("monthly", "monthly"), [], ["2026-05", "2026-08"], baseline=None) \
        .startswith("`k`: June 2026 and July 2026 have no value")
    assert _said(("monthly", "monthly"), [], ["2026-05"], baseline=None) is None


def test_drafts_are_not_asked_for_values():
    assert _said(("monthly", "monthly"), ["2026-01"], ["2026-05"], lifecycle="draft") is None


def test_a_long_gap_is_said_in_one_line_by_its_ends_and_count():
    found = _said(("daily", "daily"), ["2020-01-01"], ["2026-11-30"])
    assert found == "`k`: 2,524 periods from 2 January 2020 to 29 November 2026 have no " \
        "value; once 30 November 2026 is written, `kpi due` no longer asks for them."
    with speaking("id"):
        said = _said(("daily", "daily"), ["2020-01-01"], ["2026-11-30"])
    assert said.startswith("`k`: 2.524 periode dari 2 Januari 2020 sampai 29 November 2026 "
                           "belum punya")


def test_the_warning_is_a_warning_at_the_file_without_a_row():
    old, new = _kpi("monthly", "monthly", ["2026-01"]), _kpi("monthly", "monthly",
                                                            ["2026-01", "2026-03"])
    found = gap_warning(old, new, [Change("k", "2026-03", 1, None)], "k.yml")
    assert found is not None and found.severity is Severity.WARNING
    assert (found.path, found.line, found.code) == ("k.yml", 1, "E413")


# --- kpi due --gaps ----------------------------------------------------------------------


def test_series_gaps_of_the_example():
    chat = _kpi("daily", "weekly", ["2026-W13", "2026-W26", "2026-W39", "2026-W43"])
    gaps = series_gaps(chat)
    assert gaps[0] == "2026-W14" and gaps[-1] == "2026-W42" and len(gaps) == 12 + 12 + 3
    assert series_gaps(_kpi("monthly", "quarterly", ["2026-Q1", "2026-05", "2026-06"])) == []


@pytest.mark.parametrize("periods", [["2026-03", "2026-Q2"], ["2026-07-02"]])
def test_a_latest_value_that_fits_no_frequency_has_no_series_to_walk(periods):
    """A monthly KPI whose latest value is a quarter or a day (K122, a warning: the catalog
    is valid): `kpi due --gaps` and `kpi status` stopped on `min() arg is an empty
    sequence`; nothing is said of a series that has no form."""
    new = _kpi("monthly", "monthly", periods)
    assert series_gaps(new) == []
    old = _kpi("monthly", "monthly", periods[:-1])
    assert gap_warning(old, new, [Change("k", periods[-1], 1, None)], "k.yml") is None


def test_kpi_due_keeps_its_default_and_lists_gaps_when_asked(repo):
    folder = str(repo / "kpis")
    plain = kpi("due", folder, "--today", "2026-12-20")
    assert "2026-W14" not in plain.output and "--gaps" not in plain.output
    assert "gaps" not in json.loads(kpi("due", folder, "--today", "2026-12-20",
                                        "--format", "json").output)
    text = kpi("due", folder, "--today", "2026-12-20", "--gaps").output
    assert plain.output.strip() in text
    assert "Earlier periods without a value, between a KPI's first and latest values:" in text
    assert "27 periods without a value in 1 KPI." in text
    data = json.loads(kpi("due", folder, "--today", "2026-12-20", "--gaps", "--format",
                          "json").output)
    assert [g["period"] for g in data["gaps"]][:2] == ["2026-W14", "2026-W15"]
    assert data["gaps"][0]["due_since"] == "2026-04-19"
    rows = list(csv.DictReader(io.StringIO(kpi("due", folder, "--today", "2026-12-20",
                                                "--gaps", "--format", "csv").output)))
    chat = [r["period"] for r in rows if r["kpi"] == CHAT]
    assert chat[0] == "2026-W14" and chat[-1] == "2026-W49", "gaps first, then what is due"
    indonesian = kpi("--language", "id", "due", folder, "--today", "2026-12-20", "--gaps")
    assert "27 periode tanpa nilai di 1 KPI." in indonesian.output


def test_kpi_due_gaps_when_there_are_none():
    catalog = check_catalog(EXAMPLE, today=date(2026, 12, 20)).catalog
    chat = catalog.kpis[CHAT]
    catalog.kpis[CHAT] = chat.model_copy(update={"lifecycle": Lifecycle.DRAFT})
    text = due_table(catalog, date(2026, 12, 20), gaps=True)
    assert text.endswith("\n\nNo series has an empty period between its values.")


# --- one rule for the first period owed: `kpi due`'s, and the gaps' in another series ----


@pytest.mark.parametrize(("frequencies", "latest", "series", "own", "other"), [
    # collected monthly, reported quarterly: the quarter after Q2, or the month after it
    (("monthly", "quarterly"), "2026-Q2", ("monthly", "month"), "2026-Q3", "2026-07"),
    (("monthly", "quarterly"), "2026-06", ("quarterly", "quarter"), "2026-07", "2026-Q3"),
    # a week, as an ISO week or as its Sunday: the week after, in either form
    (("weekly", "weekly"), "2026-W13", ("weekly", "day"), "2026-W14", "2026-04-05"),
    (("weekly", "weekly"), "2026-03-29", ("weekly", "week"), "2026-04-05", "2026-W14"),
    # weeks after a month: the week holding its last day has a value (the month's)
    (("weekly", "monthly"), "2026-03", ("weekly", "week"), "2026-04", "2026-W15"),
])
def test_the_first_period_owed_in_the_kpi_s_series_or_another(frequencies, latest, series,
                                                              own, other):
    """`kpi due` owes the period after the latest value in the KPI's own series; the gaps
    of an import that goes on in another series start, in that series, after the period
    holding the latest value's last day: one function, given the series."""
    kpi = _kpi(*frequencies, [latest])
    assert first_owed_period(kpi) == own
    assert first_owed_period(kpi, Frequency(series[0]), series[1]) == other


DAYS = [date(2025, 12, 1) + timedelta(days=n) for n in range(0, 430, 3)]


@pytest.mark.parametrize("frequencies", [
    ("monthly", "quarterly"), ("monthly", "half_yearly"), ("quarterly", "yearly"),
    ("daily", "weekly"), ("weekly", "monthly"), ("weekly", "weekly"), ("daily", "monthly")])
def test_given_its_own_series_the_gaps_start_where_kpi_due_does(frequencies):
    """Each latest value of each form a KPI takes, of either of its frequencies: the first
    period owed in the series of the latest value, given as the gaps give it (its frequency
    and form), is the one `kpi due` owes; and it is the period after the one holding the
    latest value's last day (the rule the gaps had of their own)."""
    checked = 0
    for frequency in {Frequency(f) for f in frequencies}:
        for form in FORMS_OF[frequency]:
            for day in DAYS:
                latest = period_containing(day, frequency, form)
                kpi = _kpi(*frequencies, [latest])
                if series_frequency(kpi) is not frequency:  # a Sunday of a daily KPI: a day
                    continue
                own = first_owed_period(kpi)
                assert first_owed_period(kpi, frequency, form_of(latest)) == own, latest
                assert own == next_period(period_containing(period_end(latest), frequency,
                                                            form), frequency), latest
                checked += 1
    assert checked > len(DAYS)


def test_a_series_of_weeks_written_as_another_weekday_goes_on_in_its_days():
    """Weeks kept as their Wednesdays (a retail week ending on Wednesday): the week skipped
    is the Wednesday `kpi due` asked for, not a Sunday the series never had."""
    before = _kpi("weekly", "weekly", ["2026-01-07"])
    assert first_owed_period(before) == "2026-01-14"
    assert _said(("weekly", "weekly"), ["2026-01-07"], ["2026-01-21"]).startswith(
        "`k`: 14 January 2026 has no value; once 21 January 2026 is written")


@pytest.mark.parametrize(("actuals", "owed"), [
    (["2026-03", "2026-Q1"], "2026-Q2"), (["2026-Q1", "2026-03"], "2026-04")])
def test_two_latest_values_ending_on_one_day_go_on_from_the_later_entry(actuals, owed):
    """March and Q1 end on one day: `kpi due` goes on from the one written later, the value
    the status compares (it went on from the first written, the status from the later)."""
    kpi = _kpi("monthly", "quarterly", actuals)
    assert first_owed_period(kpi) == owed
    assert kpi.latest_actual().period == actuals[-1]
