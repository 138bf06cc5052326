"""Half years and quarters as reports write them (`S2 2027`, `TW III 2027`) are read as the
catalog writes them; one without its year in full is refused with the form to write."""

from __future__ import annotations

import pytest
from actuals_helpers import kpi, snapshot

from kpi_catalog.actuals.period_words import spelled_period

HALF = "enps-karyawan"  # half_yearly
QUARTER = "sql-win-rate"  # reported quarterly, collected monthly
TODAY = "2028-01-10"


@pytest.mark.parametrize(("text", "period"), [
    ("S2 2027", "2027-H2"), ("Semester II 2027", "2027-H2"), ("H2 2027", "2027-H2"),
    ("Sem 1 2027", "2027-H1"), ("sem. I 2027", "2027-H1"), ("2027 S2", "2027-H2"),
    ("2027-S2", "2027-H2"), ("TW III 2027", "2027-Q3"), ("Q3/2027", "2027-Q3"),
    ("Triwulan 3 2027", "2027-Q3"), ("triwulan IV 2027", "2027-Q4"), ("2027 Q1", "2027-Q1"),
    ("Kuartal 2 2027", "2027-Q2"), ("Quarter 4, 2027", "2027-Q4"),
])
def test_a_half_year_or_quarter_as_reports_write_it_is_that_period(text, period):
    assert spelled_period(text) == period


@pytest.mark.parametrize("text", ["S3 2027", "Semester V 2027", "Q5 2027", "TW 0 2027",
                                  "2026/2027", "Q1-2026x", "Semester Ganjil 2027", "S2 27",
                                  "Caturwulan 2 2027", "2027"])
def test_other_texts_are_no_spelled_period(text):
    assert spelled_period(text) is None


def _import(repo, tmp_path, rows: str, language: str = "en"):
    path = tmp_path / "values.csv"
    path.write_text("kpi,period,value\n" + rows, encoding="utf-8")
    return kpi("--language", language, "actuals", "import", str(path), str(repo / "kpis"),
               "--today", TODAY), path


def test_semesters_and_triwulans_are_written_as_the_catalog_writes_them(repo, tmp_path):
    result, _ = _import(repo, tmp_path, f'{HALF},Semester II 2026,14\n{HALF},S1 2027,15\n'
                                        f'{QUARTER},TW IV 2026,27.5\n{QUARTER},Q1/2027,28\n')
    assert result.exit_code == 0, result.output
    half = (repo / "kpis/human-resources/enps-karyawan.yml").read_text(encoding="utf-8")
    assert "{period: 2026-H2, value: 14}" in half and "{period: 2027-H1, value: 15}" in half
    quarter = (repo / "kpis/sales/sql-win-rate.yml").read_text(encoding="utf-8")
    assert "{period: 2026-Q4, value: 27.5}" in quarter and "{period: 2027-Q1, value: 28}" in quarter


@pytest.mark.parametrize(("language", "said"), [
    ("en", "E404 `Q3/27` is not a period. Write the year in full, then the half year or "
           "quarter: 2027-Q3."),
    ("id", "E404 `Q3/27` bukan periode. Tulis tahunnya lengkap, lalu semester atau "
           "triwulannya: 2027-Q3."),
])
def test_a_quarter_without_its_year_in_full_says_the_form_to_write(
        repo, tmp_path, language, said):
    before = snapshot(repo / "kpis")
    result, path = _import(repo, tmp_path, f"{QUARTER},Q3/27,28\n", language)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == f"{path}:2:14: {said}"
    assert snapshot(repo / "kpis") == before


def test_a_half_year_for_a_quarterly_kpi_does_not_fit(repo, tmp_path):
    result, path = _import(repo, tmp_path, f"{QUARTER},Semester 1 2027,28\n")
    assert result.exit_code == 1
    assert result.output.startswith(
        f"{path}:2:14: E405 `2027-H1` does not fit how often `{QUARTER}` is measured")


@pytest.mark.parametrize(("text", "period"), [
    ("Desember 2026", "2026-12"), ("Nov 2026", "2026-11"), ("nov. 2026", "2026-11"),
    ("Agu-2026", "2026-08"), ("November, 2026", "2026-11"), ("Mei/2026", "2026-05"),
    ("Pebruari 2027", "2027-02"), ("Okt 2026", "2026-10"),
])
def test_a_month_named_with_its_year_in_full_is_that_month(text, period):
    assert spelled_period(text) == period


@pytest.mark.parametrize("text", ["Nov-26", "Semester 2027", "Foo 2026", "1 Nov 2026",
                                  "Nov 20266"])
def test_a_month_without_its_year_in_full_is_no_period(text):
    """`Nov-26`: the year 2026, or the 26th? Refused with the hint, as before."""
    assert spelled_period(text) is None


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_month_by_name_is_written_as_the_catalog_writes_it(repo, tmp_path, language):
    """`Desember 2026` (what a spreadsheet shows of a month it made a date) was E404."""
    result, _ = _import(repo, tmp_path, "online-gmv,Desember 2026,96.4\n"
                                        "online-gmv,Nov 2026,118.2\n", language)
    assert result.exit_code == 0, result.output
    text = (repo / "kpis/sales/online-gmv.yml").read_text(encoding="utf-8")
    assert "{period: 2026-11, value: 118.2}" in text and "{period: 2026-12, value: 96.4}" in text
    result, path = _import(repo, tmp_path, f"{HALF},Desember 2026,45\n", language)
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}:2:15: E405 `2026-12` "), result.output


@pytest.mark.parametrize(("text", "language", "said"), [
    ("2026/11", "en", "E404 `2026/11` is not a period. Write the month as the catalog writes "
                      "it: 2026-11."),
    ("11/2026", "id", "E404 `11/2026` bukan periode. Tulis bulannya seperti yang ditulis "
                      "katalog: 2026-11."),
    ("2026-1", "en", "Write the month as the catalog writes it: 2026-01."),
    ("2026.11", "en", "Write the month as the catalog writes it: 2026-11."),
])
def test_a_month_numbered_another_way_is_refused_with_the_month_to_write(
        repo, tmp_path, text, language, said):
    """The hint listed every form (2026-03-31, 2026-03, 2026-Q1...), not the one meant."""
    result, path = _import(repo, tmp_path, f"online-gmv,{text},118.2\n", language)
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}:2:12: ") and said in result.output, result.output


def test_a_numbered_month_for_a_kpi_without_months_gets_the_kpis_forms(repo, tmp_path):
    result, path = _import(repo, tmp_path, f"{HALF},2026/11,5\n")
    assert "Write the month" not in result.output, result.output
