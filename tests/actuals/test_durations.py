"""Durations in the value column (`0:30:00`, `[h]:mm` cells, as analysts track handling and
response times): converted exactly to a KPI measured in a unit of time, refused at the cell
for any other unit, and a CSV `1:30` (hours or minutes?) refused with both numbers."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from actuals_helpers import kpi, snapshot
from openpyxl import Workbook

TODAY = "2027-01-20"
CHAT = "kpis/customer-service/chat-first-response-time.yml"  # unit: minutes, weekly
DELIVERY = "kpis/operations/jabodetabek-delivery-time.yml"  # unit: days, monthly
HEADER = ["kpi", "period", "value"]


def _workbook(path: Path, rows, formats: dict[str, str]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Data"
    for row in rows:
        sheet.append(row)
    for cell, number_format in formats.items():
        sheet[cell].number_format = number_format
    book.save(path)
    return path


def _import(repo: Path, path: Path, language: str = "en"):
    return kpi("--language", language, "actuals", "import", str(path), str(repo / "kpis"),
               "--today", TODAY)


@pytest.mark.parametrize(("held", "number_format", "written"), [
    (1.5 / 24, "[h]:mm", "value: 90}"),  # 1:30, elapsed hours: openpyxl reads a timedelta
    (1.5 / 24, "[mm]:ss", "value: 90}"),  # shown 90:00
    (30 / 1440, "h:mm:ss", "value: 30}"),  # 0:30:00, a time: openpyxl reads time(0, 30)
    (25.5 / 24, "[h]:mm:ss", "value: 1530}"),  # over 24 hours: timedelta(days=1, ...)
    (200 / 86400, "mm:ss", "value: 3.33333333333333}"),  # 03:20, to 15 digits
    (-30 / 1440, "[h]:mm", "value: -30}"),
])
def test_a_duration_cell_is_read_in_the_kpis_unit_of_time(
        repo, tmp_path, held, number_format, written):
    """Each was "`0:30:00` is not a number" (or "holds the time ..."): refused."""
    path = _workbook(tmp_path / "v.xlsx", [HEADER, ["chat-first-response-time", "2026-W48",
                                                    held]], {"C2": number_format})
    result = _import(repo, path)
    assert result.exit_code == 0, result.output
    assert "{period: 2026-W48, " + written in (repo / CHAT).read_text(encoding="utf-8")


def test_a_duration_in_days_and_a_csv_duration(repo, tmp_path):
    path = _workbook(tmp_path / "v.xlsx", [HEADER, ["jabodetabek-delivery-time", "2026-11",
                                                    36 / 24]], {"C2": "[h]:mm"})
    assert _import(repo, path).exit_code == 0
    assert "{period: 2026-11, value: 1.5}" in (repo / DELIVERY).read_text(encoding="utf-8")
    csv = tmp_path / "v.csv"
    csv.write_text("kpi,period,value\nchat-first-response-time,2026-W48,0:12:30\n"
                   "chat-first-response-time,2026-W49,12:30.5\n", encoding="utf-8")
    result = _import(repo, csv)
    assert result.exit_code == 0, result.output
    text = (repo / CHAT).read_text(encoding="utf-8")
    assert "{period: 2026-W48, value: 12.5}" in text
    assert "{period: 2026-W49, value: 12.5083333333333}" in text


@pytest.mark.parametrize(("kpi_id", "period", "language", "said"), [
    ("online-gmv", "2026-11", "en",
     "E406 The cell holds the duration 1:30:00, but `online-gmv` is measured in IDR billion, "
     "which is no fixed length of time: the import cannot convert it (sheet Data, cell C2). "
     "Format the cell as a number and type the value in IDR billion."),
    ("po-cycle-time", "2026-11", "en",  # a working day is no fixed number of hours
     "E406 The cell holds the duration 1:30:00, but `po-cycle-time` is measured in working "
     "days, which is no fixed length of time: the import cannot convert it"),
    ("online-gmv", "2026-11", "id",
     "E406 Sel berisi durasi 1:30:00, tetapi `online-gmv` diukur dalam IDR billion, yang "
     "bukan lama waktu yang tetap: impor tidak dapat mengonversinya (lembar Data, sel C2). "
     "Format sel sebagai angka dan ketik nilainya dalam IDR billion."),
])
def test_a_duration_for_a_kpi_not_measured_in_time_is_refused_at_its_cell(
        repo, tmp_path, kpi_id, period, language, said):
    path = _workbook(tmp_path / "v.xlsx", [HEADER, [kpi_id, period, time(1, 30)]],
                     {"C2": "h:mm:ss"})
    before = snapshot(repo / "kpis")
    result = _import(repo, path, language)
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith(f"{path}:2:3: {said}"), result.output
    assert snapshot(repo / "kpis") == before


@pytest.mark.parametrize(("held", "number_format", "said"), [
    (25.5 / 24, "h:mm:ss", "E406 The cell holds the duration 25:30:00, but its format "
                           "`h:mm:ss` shows only part of it (it starts again after 24 hours)"),
    (1.5 / 24, "mm:ss", "E406 The cell holds the duration 1:30:00, but its format `mm:ss` "
                        "shows only part of it (it starts again after an hour)"),
])
def test_a_duration_its_format_shows_in_part_is_refused(repo, tmp_path, held, number_format,
                                                         said):
    """25:30 formatted h:mm:ss shows 1:30:00: read as 1530 minutes unseen, or as 90, a guess."""
    path = _workbook(tmp_path / "v.xlsx", [HEADER, ["chat-first-response-time", "2026-W48",
                                                    held]], {"C2": number_format})
    result = _import(repo, path)
    assert result.exit_code == 1
    assert said in result.output, result.output
    assert "Format the cell as [h]:mm:ss (elapsed time)" in result.output


def test_a_time_of_day_is_no_duration(repo, tmp_path):
    path = _workbook(tmp_path / "v.xlsx", [HEADER, ["chat-first-response-time", "2026-W48",
                                                    0.5]], {"C2": "h:mm AM/PM"})
    result = _import(repo, path)
    assert result.exit_code == 1
    assert "The cell holds the time 12:00:00 (the number 0.5 formatted as a time)" \
        in result.output


@pytest.mark.parametrize(("language", "said"), [
    ("en", "E406 `1:30` may be hours and minutes or minutes and seconds. Write the value as a "
           "number in minutes: 90 (if hours and minutes) or 1.5 (if minutes and seconds); or "
           "as 1:30:00 for hours, minutes and seconds."),
    ("id", "E406 `1:30` dapat berarti jam dan menit atau menit dan detik. Tulis nilainya "
           "sebagai angka dalam minutes: 90 (jika jam dan menit) atau 1.5 (jika menit dan "
           "detik); atau sebagai 1:30:00 untuk jam, menit, dan detik."),
])
def test_a_csv_duration_of_two_parts_is_refused_with_both_numbers(repo, tmp_path, language,
                                                                   said):
    csv = tmp_path / "v.csv"
    csv.write_text("kpi,period,value\nchat-first-response-time,2026-W48,1:30\n",
                   encoding="utf-8")
    result = _import(repo, csv, language)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == f"{csv}:2:35: {said}"


@pytest.mark.parametrize(("unit", "seconds"), [
    ("minutes", 60), ("menit", 60), ("jam per karyawan per tahun", 3600),
    ("hours/agent", 3600), ("seconds", 1), ("detik", 1), ("Days", 86400), ("weeks", 604800),
    # no fixed length of time, or no time at all: a duration is refused
    ("months", None), ("tahun", None), ("working days", None), ("hari kerja", None),
    ("%", None), ("minutes late (count)", None),
])
def test_the_units_a_duration_converts_to_exactly(unit, seconds):
    from types import SimpleNamespace

    from kpi_catalog.actuals.durations import seconds_in_unit

    assert seconds_in_unit(SimpleNamespace(measurement=SimpleNamespace(unit=unit))) == seconds
