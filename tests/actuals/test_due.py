"""What is due: periods, due dates, `kpi due`, and "data overdue" beside the status."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest
from actuals_helpers import EXAMPLE, kpi

from catalog_factory import TODAY
from kpi_catalog.actuals.due import data_overdue, owed
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.model.enums import Frequency, StatusValue
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.periods import form_of, next_period, period_containing
from kpi_catalog.site import render_site
from kpi_catalog.status.compute import compute_status


def _kpi(**fields) -> Kpi:
    data = {
        "id": "k", "name": "K", "statement": "Grow from 100 to 200 by 31 December 2027.",
        "department": "d", "objective": "o", "success_part": "p", "owner": "Someone",
        "measurement": {"metric": "m", "unit": "u", "collection_frequency": "monthly",
                        "reporting_frequency": "monthly"},
        "direction": "higher_is_better",
        "baseline": {"value": 100, "date": "2026-01-01"},
        "target": {"value": 200, "date": "2027-12-31"},
    }
    data.update(fields)
    return Kpi.model_validate(data)


def _frequency(value: str) -> dict:
    return {"metric": "m", "unit": "u", "collection_frequency": value,
            "reporting_frequency": value}


@pytest.mark.parametrize("period, frequency, following", [
    ("2026-09", Frequency.MONTHLY, "2026-10"),
    ("2026-12", Frequency.MONTHLY, "2027-01"),
    ("2026-Q4", Frequency.QUARTERLY, "2027-Q1"),
    ("2026-H1", Frequency.HALF_YEARLY, "2026-H2"),
    ("2026", Frequency.YEARLY, "2027"),
    ("2026-11-22", Frequency.WEEKLY, "2026-11-29"),
    ("2026-W47", Frequency.WEEKLY, "2026-W48"),
    ("2026-W53", Frequency.WEEKLY, "2027-W01"),
    ("2026-12-31", Frequency.DAILY, "2027-01-01"),
    ("2024-02-28", Frequency.DAILY, "2024-02-29"),
])
def test_next_period(period, frequency, following):
    assert next_period(period, frequency) == following
    assert form_of(following) == form_of(period)


def test_a_week_ends_on_sunday():
    assert period_containing(date(2026, 11, 25), Frequency.WEEKLY, "day") == "2026-11-29"
    assert period_containing(date(2026, 11, 29), Frequency.WEEKLY, "day") == "2026-11-29"
    assert period_containing(date(2026, 11, 29), Frequency.WEEKLY) == "2026-W48"
    assert period_containing(date(2026, 11, 30), Frequency.WEEKLY) == "2026-W49"


def test_a_monthly_kpi_last_measured_in_september_owes_october_by_late_november():
    k = _kpi(actuals=[{"period": "2026-09", "value": 150}])
    assert [o.period for o in owed(k, date(2026, 11, 27))] == ["2026-10"]
    assert owed(k, date(2026, 11, 27))[0].due == date(2026, 11, 14)
    assert owed(k, date(2026, 11, 13)) == [], "within the 14 days of grace"
    assert [o.period for o in owed(k, date(2026, 12, 15))] == ["2026-10", "2026-11"]
    assert data_overdue(k, date(2026, 11, 27)) and not data_overdue(k, date(2026, 11, 13))
    assert data_overdue(k, date(2026, 11, 5), grace_days=0)


def test_the_series_follows_the_form_of_the_latest_value():
    quarterly_values = _kpi(measurement={**_frequency("monthly"),
                                         "reporting_frequency": "quarterly"},
                            actuals=[{"period": "2026-Q3", "value": 150}])
    assert [o.period for o in owed(quarterly_values, date(2027, 1, 20))] == ["2026-Q4"]
    monthly_values = _kpi(measurement={**_frequency("monthly"),
                                       "reporting_frequency": "quarterly"},
                          actuals=[{"period": "2026-10", "value": 150}])
    assert [o.period for o in owed(monthly_values, date(2027, 1, 20))] == ["2026-11", "2026-12"]


def test_a_yearly_kpi_in_its_first_year_is_not_started_and_owes_nothing():
    k = _kpi(measurement=_frequency("yearly"), baseline={"value": 100, "date": "2025-12-31"})
    status = compute_status(k, date(2026, 11, 27))
    assert status.value is StatusValue.NOT_STARTED and not status.data_overdue
    assert owed(k, date(2026, 11, 27)) == []
    later = compute_status(k, date(2027, 1, 20))
    assert later.value is StatusValue.NO_DATA and [o.period for o in owed(k, date(2027, 1, 20))
                                                   ] == ["2026"]


def test_overdue_is_beside_the_status_not_instead_of_it():
    k = _kpi(actuals=[{"period": "2026-06", "value": 125}])
    status = compute_status(k, date(2026, 11, 27))
    assert status.value is StatusValue.ON_TRACK and status.data_overdue
    assert status.as_dict()["data_overdue"] is True


def test_drafts_and_retired_kpis_owe_nothing():
    for lifecycle in ("draft", "retired"):
        k = _kpi(lifecycle=lifecycle, actuals=[{"period": "2026-01", "value": 110}])
        assert owed(k, TODAY) == [] and not data_overdue(k, TODAY)


# --- the command and the site ------------------------------------------------------------


def test_kpi_due_csv_is_the_import_template(repo, tmp_path):
    result = kpi("due", str(repo / "kpis"), "--today", "2026-12-20", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert ("average-order-value", "2026-11") in {(r["kpi"], r["period"]) for r in rows}
    assert all(r["value"] == "" and r["due_since"] <= "2026-12-20" for r in rows)
    assert "corporate-reorder-rate" not in {r["kpi"] for r in rows}, "yearly: 2026 not due"
    filled = result.output.replace(",,,", ",1,,")
    (tmp_path / "due.csv").write_text(filled, encoding="utf-8")
    imported = kpi("actuals", "import", str(tmp_path / "due.csv"), str(repo / "kpis"),
                   "--today", "2026-12-20")
    assert imported.exit_code == 0, imported.output
    after = kpi("due", str(repo / "kpis"), "--today", "2026-12-20")
    assert "Nothing is due on 20 December 2026" in after.output  # a sentence's date
    indonesian = kpi("--language", "id", "due", str(repo / "kpis"), "--today", "2026-12-20")
    assert "Tidak ada yang jatuh tempo pada 20 Desember 2026" in indonesian.output
    status = json.loads(kpi("status", str(repo / "kpis"), "--today", "2026-12-20",
                            "--format", "json").output)
    assert not any(k["status"]["data_overdue"] for k in status["kpis"])


def test_kpi_due_text_and_json(repo):
    text = kpi("due", str(repo / "kpis"), "--today", "2026-12-20").output
    assert re.search(r"^chat-first-response-time +2026-W48 +2026-12-13 +kpis/customer-service/",
                     text, re.M)
    data = json.loads(kpi("due", str(repo / "kpis"), "--today", "2026-12-20",
                          "--format", "json").output)
    assert data["grace_days"] == 14
    assert {"kpi": "online-gmv", "period": "2026-11", "due_since": "2026-12-14"}.items() <= \
        next(d for d in data["due"] if d["kpi"] == "online-gmv").items()


def test_status_shows_data_overdue(repo):
    before = kpi("status", str(repo / "kpis"), "--today", TODAY.isoformat()).output
    assert "data overdue" not in before, "the example catalog is current on 2026-11-27"
    later = kpi("status", str(repo / "kpis"), "--today", "2026-12-20").output
    line = next(x for x in later.splitlines() if x.startswith("online-gmv "))
    assert "on track, data overdue" in line  # on the seasonal milestone path


@pytest.mark.parametrize("language, label", [("en", "Data overdue"), ("id", "Data terlambat")])
def test_site_shows_data_overdue_beside_the_badge(tmp_path, language, label):
    catalog = check_catalog(EXAMPLE, today=TODAY).catalog
    catalog.config = catalog.config.model_copy(update={"language": language})
    render_site(catalog, tmp_path, today=date(2026, 12, 20))
    page = (tmp_path / "kpis/online-gmv/index.md").read_text(encoding="utf-8")
    assert f'<span class="kpi-overdue">{label}</span>' in page
    current = (tmp_path / "kpis/opex-to-net-sales/index.md").read_text(encoding="utf-8")
    assert "kpi-overdue" not in current
    overview = (tmp_path / "kpis/index.md").read_text(encoding="utf-8")
    assert overview.count('class="kpi-overdue"') == sum(
        compute_status(k, date(2026, 12, 20)).data_overdue for k in catalog.kpis.values()
        if k.lifecycle.value != "retired") > 5


def test_kpi_due_lists_a_confidential_kpi_too(repo):
    """The example's catalog is for the public (catalog.yml sets no audience), and its salary
    KPI is confidential: `kpi due` still asks for its value, as for every KPI. The list is for
    those who keep the catalog (docs/guide/visibility.md); a template without it would let
    the value go overdue without a word."""
    result = kpi("due", str(repo / "kpis"), "--today", "2027-01-20", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = {(r["kpi"], r["period"]) for r in csv.DictReader(io.StringIO(result.output))}
    assert ("rasio-gaji-terhadap-pasar", "2026-H2") in rows


def test_the_template_in_indonesian_names_kpis_and_units_as_the_indonesian_pages(repo):
    """An analyst who runs `kpi --language id due --format csv` fills in rows named as the
    Indonesian pages name them (`GMV online per bulan`, `miliar rupiah`), where the files
    give them; in English, and in JSON for programs, as written."""
    def row(*language: str) -> dict:
        result = kpi(*language, "due", str(repo / "kpis"), "--today", "2026-12-20",
                     "--format", "csv")
        return next(r for r in csv.DictReader(io.StringIO(result.output.lstrip("\ufeff")))
                    if r["kpi"] == "online-gmv")
    assert (row("--language", "id")["nama"], row("--language", "id")["satuan"]) == (
        "GMV online per bulan", "miliar rupiah"), "headed in Indonesian too"
    assert (row()["name"], row()["unit"]) == ("Monthly online GMV", "IDR billion")
    data = json.loads(kpi("--language", "id", "due", str(repo / "kpis"), "--today",
                          "2026-12-20", "--format", "json").output)
    assert next(d for d in data["due"] if d["kpi"] == "online-gmv")["name"] == \
        "Monthly online GMV"
