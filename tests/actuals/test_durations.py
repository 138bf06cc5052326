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
     "which is not a unit of time (sheet Data, cell C2). Format the cell as a number and type "
     "the value in IDR billion."),
    ("po-cycle-time", "2026-11", "en",  # a working day is no fixed number of hours
     "E406 The cell holds the duration 1:30:00, but `po-cycle-time` is measured in working "
     "days, which is no fixed length of time: the import cannot convert it"),
    ("online-gmv", "2026-11", "id",
     "E406 Sel berisi durasi 1:30:00, tetapi `online-gmv` diukur dalam miliar rupiah, yang "
     "bukan satuan waktu (lembar Data, sel C2). Format sel sebagai angka dan ketik nilainya "
     "dalam miliar rupiah."),
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


@pytest.mark.parametrize(("kpi_id", "period", "language", "said"), [
    ("chat-first-response-time", "2026-W48", "en",
     "E406 `1:30` may be hours and minutes or minutes and seconds. Write the value as a number "
     "in minutes: 90 (if hours and minutes) or 1.5 (if minutes and seconds); or as a duration "
     "in hours, minutes and seconds: 1:30:00 or 0:01:30."),
    # the unit in the language spoken, as the KPI's file translates it (was `dalam minutes`)
    ("chat-first-response-time", "2026-W48", "id",
     "E406 `1:30` dapat berarti jam dan menit atau menit dan detik. Tulis nilainya sebagai "
     "angka dalam menit: 90 (jika jam dan menit) atau 1.5 (jika menit dan detik); atau sebagai "
     "durasi dalam jam, menit, dan detik: 1:30:00 atau 0:01:30."),
    # a long reading rounded (was 0.00104166666666667), the duration to type beside it
    ("jabodetabek-delivery-time", "2026-11", "en",
     "E406 `1:30` may be hours and minutes or minutes and seconds. Write the value as a number "
     "in days: 0.0625 (if hours and minutes) or about 0.00104 (if minutes and seconds); or as "
     "a duration in hours, minutes and seconds: 1:30:00 or 0:01:30."),
    ("jabodetabek-delivery-time", "2026-11", "id",
     "E406 `1:30` dapat berarti jam dan menit atau menit dan detik. Tulis nilainya sebagai "
     "angka dalam hari: 0.0625 (jika jam dan menit) atau sekitar 0.00104 (jika menit dan "
     "detik); atau sebagai durasi dalam jam, menit, dan detik: 1:30:00 atau 0:01:30."),
])
def test_a_csv_duration_of_two_parts_is_refused_with_both_numbers(
        repo, tmp_path, kpi_id, period, language, said):
    csv = tmp_path / "v.csv"
    csv.write_text(f"kpi,period,value\n{kpi_id},{period},1:30\n", encoding="utf-8")
    result = _import(repo, csv, language)
    assert result.exit_code == 1
    column = len(f"{kpi_id},{period},") + 1
    assert result.output.splitlines()[0] == f"{csv}:2:{column}: {said}"


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


@pytest.mark.parametrize(("kpi_id", "period", "text", "language", "said"), [
    ("sql-win-rate", "2026-Q4", "1:30", "en",
     "E406 `1:30` looks like a duration, but `sql-win-rate` is measured in %, which is not a "
     "unit of time. Write the value as a number in %, without a colon: 12.5, not 12:30."),
    ("loyalty-programme-members", "2026-11", "1:30:00", "en",
     "E406 `1:30:00` looks like a duration, but `loyalty-programme-members` is measured in "
     "members, which is not a unit of time."),
    ("po-cycle-time", "2026-11", "1:30:00", "en",
     "E406 `1:30:00` looks like a duration, but `po-cycle-time` is measured in working days, "
     "which is no fixed length of time: the import cannot convert it. Write the value as a "
     "number in working days"),
    ("sql-win-rate", "2026-Q4", "1:30", "id",
     "E406 `1:30` tampak seperti durasi, tetapi `sql-win-rate` diukur dalam %, yang bukan "
     "satuan waktu. Tulis nilainya sebagai angka dalam %, tanpa titik dua: 12.5, bukan 12:30."),
])
def test_a_csv_duration_for_a_kpi_not_measured_in_time_says_so(
        repo, tmp_path, kpi_id, period, text, language, said):
    """`1:30` was "`1:30` is not a number ... Write a number in plain digits"; a CSV cell is
    typed, not formatted ("Format the cell as a number" was said of `1:30:00`)."""
    csv = tmp_path / "v.csv"
    csv.write_text(f"kpi,period,value\n{kpi_id},{period},{text}\n", encoding="utf-8")
    result = _import(repo, csv, language)
    assert result.exit_code == 1
    column = len(f"{kpi_id},{period},") + 1
    assert result.output.startswith(f"{csv}:2:{column}: {said}"), result.output


@pytest.mark.parametrize(("language", "said"), [
    ("en", "E406 The cell holds a negative duration (-0:30:00), which a spreadsheet shows as "
           "####: a duration is never negative (sheet Data, cell C2). Write the duration "
           "without the minus sign (0:30:00); for a value below zero, write the number in "
           "minutes: -30."),
    ("id", "E406 Sel berisi durasi negatif (-0:30:00), yang ditampilkan spreadsheet sebagai "
           "####: durasi tidak pernah negatif (lembar Data, sel C2). Tulis durasinya tanpa "
           "tanda minus (0:30:00); untuk nilai di bawah nol, tulis angkanya dalam menit: -30."),
])
def test_a_negative_duration_cell_is_refused(repo, tmp_path, language, said):
    """Excel shows it as ####; it was written as -30 unseen."""
    path = _workbook(tmp_path / "v.xlsx", [HEADER, ["chat-first-response-time", "2026-W48",
                                                    -30 / 1440]], {"C2": "[h]:mm"})
    before = snapshot(repo / "kpis")
    result = _import(repo, path, language)
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}:2:3: {said}"), result.output
    assert snapshot(repo / "kpis") == before


@pytest.mark.parametrize(("text", "said"), [
    ("-1:30:00", "E406 `-1:30:00` is a negative duration: a duration is never negative. "
                 "Write the duration without the minus sign (1:30:00); for a value below "
                 "zero, write the number in minutes: -90."),
    ("-30:00.5", "E406 `-30:00.5` is a negative duration: a duration is never negative. "
                 "Write the duration without the minus sign (0:30:00.5); for a value below "
                 "zero, write the number in minutes: -30.0083333333333."),
    ("-1:30", "E406 `-1:30` is a negative duration: a duration is never negative. Write the "
              "duration without the minus sign (1:30:00 or 0:01:30); for a value below zero, "
              "write a number in minutes."),
])
def test_a_negative_csv_duration_is_refused(repo, tmp_path, text, said):
    """`-1:30:00` was written as -90."""
    csv = tmp_path / "v.csv"
    csv.write_text(f"kpi,period,value\nchat-first-response-time,2026-W48,{text}\n",
                   encoding="utf-8")
    result = _import(repo, csv)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == f"{csv}:2:35: {said}"


def test_zero_as_a_negative_duration_is_zero(repo, tmp_path):
    csv = tmp_path / "v.csv"
    csv.write_text("kpi,period,value\nchat-first-response-time,2026-W48,-0:00:00\n",
                   encoding="utf-8")
    assert _import(repo, csv).exit_code == 0
    assert "{period: 2026-W48, value: 0}" in (repo / CHAT).read_text(encoding="utf-8")


@pytest.mark.parametrize("dry_run", [False, True])
def test_the_report_says_each_value_read_from_a_duration(repo, tmp_path, dry_run):
    """The report said "Wrote 2 values in 1 KPI file." and nothing of 0:12:30 becoming 12.5."""
    path = _workbook(tmp_path / "v.xlsx", [HEADER, ["chat-first-response-time", "2026-W48",
                                                    12.5 / 1440],
                                           ["chat-first-response-time", "2026-W49", 9]],
                     {"C2": "[h]:mm:ss"})
    extra = ["--dry-run"] if dry_run else []
    result = kpi("--language", "id", "actuals", "import", str(path), str(repo / "kpis"),
                 "--today", TODAY, *extra)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    at = lines.index("1 nilai dibaca dari durasi, dalam satuan waktu KPI-nya:")
    assert lines[at + 1] == (f"  {path}:2:3: 0:12:30 dibaca sebagai 12.5 (menit): "
                             "`chat-first-response-time`, 2026-W48 (lembar Data, sel C2).")
    assert "9 " not in lines[at + 2]  # a number typed as a number is no duration


def test_the_report_counts_the_durations_past_the_first_ten(repo, tmp_path):
    weeks = [f"2026-W{week:02d}" for week in range(36, 48)]
    csv = tmp_path / "v.csv"
    csv.write_text("kpi,period,value\n" + "".join(
        f"chat-first-response-time,{week},0:10:30\n" for week in weeks), encoding="utf-8")
    result = kpi("actuals", "import", str(csv), str(repo / "kpis"), "--today", TODAY,
                 "--replace")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    at = lines.index("12 values were read from durations, each in its KPI's unit of time:")
    assert lines[at + 1] == (f"  {csv}:2:35: 0:10:30 read as 10.5 (minutes): "
                             "`chat-first-response-time`, 2026-W36.")
    assert lines[at + 11] == "  and 2 more."
    assert lines[at + 12] == "Wrote 12 values in 1 KPI file."


@pytest.mark.parametrize(("unit", "said"), [
    ("working days", "no fixed length of time"), ("bulan", "no fixed length of time"),
    ("% per tahun", "not a unit of time"), ("customers/month", "not a unit of time"),
    ("%", "not a unit of time"),
])
def test_a_unit_of_time_without_fixed_length_is_told_from_no_time(unit, said):
    """What a unit counts (before `per`) says which: `% per tahun` counts a share."""
    from types import SimpleNamespace

    from kpi_catalog.actuals.durations import not_a_time_unit

    kpi_ = SimpleNamespace(id="k", measurement=SimpleNamespace(unit=unit))
    assert said in not_a_time_unit(kpi_, "1:30:00", unit, False)[0]


@pytest.mark.parametrize(("value", "shown"), [
    (1 / 604800, "about 0.00000165"),  # a second in weeks: was `about 1.65e-06`
    (1 / 86400, "about 0.0000116"),
    (0.0625, "0.0625"), (90.0, "90"),
    (123456789 * 3600.0, "about 444000000000"),  # was `about 4.44e+11`
])
def test_a_reading_is_never_in_exponent_form(value, shown):
    from kpi_catalog.actuals.durations import reading

    assert reading(value) == shown


@pytest.mark.parametrize(("value", "text"), [
    (1.15740740740741e-05, "0.0000115740740740741"), (-1.5e-07, "-0.00000015"),
    (1e16, "10000000000000000"), (1e15, "1000000000000000"), (118.2, "118.2"),
    (231.0, "231"), (-0.0, "0"),
])
def test_a_number_is_written_with_its_digits_never_an_exponent(value, text):
    """What the import writes into a KPI file, and its messages show: `1.15740740740741e-05`
    was written for one second in days."""
    from kpi_catalog import yaml_text

    assert yaml_text.number(value) == text
    assert float(text) == value


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_tiny_duration_is_written_and_said_without_an_exponent(repo, tmp_path, language):
    csv = tmp_path / "v.csv"
    csv.write_text("kpi,period,value\njabodetabek-delivery-time,2026-11,0:00:01\n"
                   "jabodetabek-delivery-time,2026-10,0:01\n", encoding="utf-8")
    result = _import(repo, csv, language)
    assert result.exit_code == 1
    assert "e-0" not in result.output
    assert ("0.0000116 (" in result.output and "0.000694 (" in result.output), result.output
    csv.write_text("kpi,period,value\njabodetabek-delivery-time,2026-11,0:00:01\n",
                   encoding="utf-8")
    result = _import(repo, csv, language)
    assert result.exit_code == 0, result.output
    assert "0:00:01 " in result.output and " 0.0000115740740740741 (" in result.output
    assert "e-0" not in result.output
    assert "{period: 2026-11, value: 0.0000115740740740741}" in (
        repo / DELIVERY).read_text(encoding="utf-8")


def _from_zero_up(repo: Path) -> None:
    """A response time that cannot be below zero, as its file says (`valid_range`)."""
    path = repo / CHAT
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("direction: lower_is_better\n",
                                 "direction: lower_is_better\nvalid_range: {min: 0}\n"),
                    encoding="utf-8")


@pytest.mark.parametrize(("language", "said"), [
    ("en", "Write the duration without the minus sign (0:30:00): a value of "
           "`chat-first-response-time` cannot be below 0 (its `valid_range`)."),
    ("id", "Tulis durasinya tanpa tanda minus (0:30:00): nilai `chat-first-response-time` "
           "tidak dapat di bawah 0 (`valid_range`-nya)."),
])
def test_a_negative_duration_offers_no_number_the_kpi_cannot_hold(
        repo, tmp_path, language, said):
    """It offered `-30`, which the catalog's valid range then refused (E309)."""
    _from_zero_up(repo)
    path = _workbook(tmp_path / "v.xlsx", [HEADER, ["chat-first-response-time", "2026-W48",
                                                    -30 / 1440]], {"C2": "[h]:mm"})
    result = _import(repo, path, language)
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert first.endswith(said), first
    assert "-30" not in first
    csv = tmp_path / "v.csv"
    csv.write_text("kpi,period,value\nchat-first-response-time,2026-W48,-1:30\n",
                   encoding="utf-8")
    first = _import(repo, csv, language).output.splitlines()[0]
    assert "(1:30:00 " in first and "`chat-first-response-time`" in first
    assert first.endswith(" 0 (its `valid_range`)." if language == "en"
                          else " 0 (`valid_range`-nya)."), first


def test_a_negative_duration_offers_the_number_a_kpi_below_its_floor_refuses(repo, tmp_path):
    """A floor below zero: -30 is offered above it, refused below it."""
    path = repo / CHAT
    path.write_text(path.read_text(encoding="utf-8").replace(
        "direction: lower_is_better\n", "direction: lower_is_better\nvalid_range: {min: -60}\n"),
        encoding="utf-8")
    csv = tmp_path / "v.csv"
    csv.write_text("kpi,period,value\nchat-first-response-time,2026-W48,-0:30:00\n"
                   "chat-first-response-time,2026-W49,-1:30:00\n", encoding="utf-8")
    lines = _import(repo, csv).output.splitlines()
    assert lines[0].endswith("write the number in minutes: -30."), lines[0]
    assert lines[1].endswith("cannot be below -60 (its `valid_range`)."), lines[1]
