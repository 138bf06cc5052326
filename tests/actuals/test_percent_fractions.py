"""A share written as a fraction (0.27 where 27% was meant: a percentage cell exported as its
raw value) is refused at its cell for a KPI in %, judged by the KPI's own scale (recent
values, baseline, target); a KPI whose values really are small percentages keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest
from actuals_helpers import kpi, snapshot
from openpyxl import Workbook

from kpi_catalog.actuals.fractions import Fractions
from kpi_catalog.model.kpi import Kpi

WIN = "sql-win-rate"  # unit %, baseline 22, target 30, values 23.1 to 26.0 up to 2026-Q3
TODAY = "2027-01-20"


def _import(repo: Path, tmp_path: Path, text: str, *options: str, name: str = "v.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kpi(*options, "actuals", "import", str(path), str(repo / "kpis"), "--today",
               TODAY), path


def _win_rate(repo: Path) -> str:
    return (repo / "kpis/sales/sql-win-rate.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize(("language", "said"), [
    ("en", "2:22: E406 `0.27` looks like a share written as a fraction (27%): `sql-win-rate` "
           "is measured in %, and its recent values, baseline and target lie between 22 and "
           "30. Write 27 for 27%. If the value really is 0.27%, write it with its sign: "
           "0.27%."),
    ("id", "2:22: E406 `0.27` tampaknya persentase yang ditulis sebagai pecahan (27%)"),
])
def test_a_fraction_for_a_kpi_in_percent_is_refused_at_its_cell(repo, tmp_path, language,
                                                                 said):
    before = snapshot(repo / "kpis")
    result, path = _import(repo, tmp_path, f"kpi,period,value\n{WIN},2026-Q4,0.27\n",
                           "--language", language)
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}:{said}"), result.output
    assert snapshot(repo / "kpis") == before


def test_a_fraction_with_a_decimal_comma_is_quoted_as_written(repo, tmp_path):
    """`0,275` in a semicolon CSV (a spreadsheet set to Indonesian) was quoted `0.275`, and
    the fix offered `0.275%`: numbers the reader did not write, in the marks of another
    language."""
    result, path = _import(repo, tmp_path, f"kpi;periode;nilai\n{WIN};2026-Q4;0,275\n",
                           "--language", "id")
    assert result.exit_code == 1
    assert (f"{path}:2:22: E406 `0,275` tampaknya persentase yang ditulis sebagai pecahan "
            "(27,5%)") in result.output, result.output
    assert "Tulis 27,5 untuk 27,5%. Jika nilainya memang 0,275%, tulis dengan tanda " \
           "persennya: 0,275%." in result.output


@pytest.mark.parametrize("value", ["27", "0.27%", "27%"])
def test_the_percentage_or_a_small_value_written_with_its_sign_is_read(repo, tmp_path, value):
    result, _path = _import(repo, tmp_path, f"kpi,period,value\n{WIN},2026-Q4,{value}\n")
    assert result.exit_code == 0, result.output
    written = value.rstrip("%")
    assert f"{{period: 2026-Q4, value: {written}}}" in _win_rate(repo)


def test_a_fraction_in_json_lines_and_in_a_workbook_number_cell_is_refused(repo, tmp_path):
    result, path = _import(repo, tmp_path, f'{{"kpi": "{WIN}", "period": "2026-Q4", '
                                           f'"value": 0.27}}\n', name="v.jsonl")
    assert f"{path}:1:55: E406 `0.27` looks like a share" in result.output, result.output
    book = Workbook()
    for row in (["kpi", "period", "value"], [WIN, "2026-Q4", 0.27], [WIN, "2027-Q1", 0.27]):
        book.active.append(row)
    book.active["C3"].number_format = "0%"  # shown 27%: read as 27
    book.save(tmp_path / "v.xlsx")
    result = kpi("actuals", "import", str(tmp_path / "v.xlsx"), str(repo / "kpis"),
                 "--today", "2027-04-20")
    assert result.exit_code == 1
    assert "cell C2)" in result.output and "cell C3" not in result.output, result.output


def _small_rate(repo: Path, actuals: str, baseline: str = "0.5", target: str = "0.3") -> None:
    """The win rate made a defect rate: values below 1%."""
    path = repo / "kpis/sales/sql-win-rate.yml"
    text = path.read_text(encoding="utf-8").replace(
        "baseline: {value: 22,", f"baseline: {{value: {baseline},").replace(
        "target: {value: 30,", f"target: {{value: {target},")
    if float(target) < float(baseline):  # a defect rate: lower is better
        text = text.replace("higher_is_better", "lower_is_better")
    start, end = text.index("actuals:\n"), text.index("review_date:")
    path.write_text(text[:start] + "actuals:\n" + actuals + text[end:], encoding="utf-8")


SMALL = ("  - {period: 2026-Q1, value: 0.4}\n  - {period: 2026-Q2, value: 0.6}\n"
         "  - {period: 2026-Q3, value: 0.45}\n")


def test_a_kpi_whose_values_are_small_percentages_keeps_them(repo, tmp_path):
    _small_rate(repo, SMALL)
    result, _path = _import(repo, tmp_path, f"kpi,period,value\n{WIN},2026-Q4,0.3\n")
    assert result.exit_code == 0, result.output
    assert "{period: 2026-Q4, value: 0.3}" in _win_rate(repo)


def test_a_small_percentage_written_as_a_fraction_is_refused(repo, tmp_path):
    _small_rate(repo, SMALL)
    result, path = _import(repo, tmp_path, f"kpi,period,value\n{WIN},2026-Q4,0.003\n")
    assert result.exit_code == 1
    assert f"{path}:2:22: E406 `0.003` looks like a share written as a fraction (0.3%)" \
        in result.output, result.output


@pytest.mark.parametrize(("actuals", "baseline", "target"), [
    # a growth rate: its values change sign, no scale to judge by
    ("  - {period: 2026-Q1, value: 12}\n  - {period: 2026-Q2, value: -3}\n", "5", "10"),
    # values of every size: 0.5 to 40
    ("  - {period: 2026-Q1, value: 0.5}\n  - {period: 2026-Q2, value: 40}\n", "8", "10"),
])
def test_a_kpi_without_a_steady_scale_is_not_judged(repo, tmp_path, actuals, baseline,
                                                    target):
    _small_rate(repo, actuals, baseline, target)
    result, _path = _import(repo, tmp_path, f"kpi,period,value\n{WIN},2026-Q4,0.2\n")
    assert result.exit_code == 0, result.output


def _kpi(unit: str = "%", actuals=(), baseline: float | None = 40.0) -> Kpi:
    from catalog_factory import kpi_data

    data = kpi_data(actuals=[{"period": f"2026-{m:02d}", "value": v}
                             for m, v in enumerate(actuals, 1)])
    data["measurement"]["unit"] = unit
    data.pop("target", None)
    if baseline is None:
        data.pop("baseline", None)
    else:
        data["baseline"] = {"value": baseline, "date": "2026-01-01"}
    return Kpi.model_validate(data)


@pytest.mark.parametrize(("kpi_made", "value", "judged"), [
    (_kpi(), 0.45, True),
    (_kpi(), 45, False),
    (_kpi(), 0, False),  # 0% is 0 either way
    (_kpi(actuals=[95, 99], baseline=90), 1, False),  # 100%, or 1%: whole numbers are kept
    (_kpi(unit="customers"), 0.45, False),
    (_kpi(unit="% of orders", actuals=[38, 41, 44]), 0.4, True),
    (_kpi(baseline=None), 0.45, False),  # nothing to judge by
    (_kpi(actuals=[99, 101], baseline=100), 1.02, True),  # 102% written as 1.02
    (_kpi(actuals=[2, 3], baseline=2.5), 0.9, False),  # 90%: beyond the band, kept
])
def test_the_rule(kpi_made, value, judged):
    assert (Fractions()(kpi_made, value, "2026-12") is not None) is judged
