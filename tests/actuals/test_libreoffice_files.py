"""Files LibreOffice Calc wrote (tests/actuals/libreoffice/README.md says how), imported as
users would: what is read, what is refused and where, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from actuals_helpers import kpi, snapshot

FILES = Path(__file__).parent / "libreoffice"
TODAY = "2027-01-20"
GMV = "kpis/sales/online-gmv.yml"
# The rows a user must correct in every file: a day for a monthly KPI and `Dec 2026` that
# the spreadsheet turned into a date. (Row 5, a percentage cell saved as `85,50%` for a KPI
# in percent, is read as 85.5, as the same cell in a workbook.)
FAULTY = (8, 9)


def _import(repo: Path, path: Path, *options: str, language: str = "en"):
    return kpi("--language", language, "actuals", "import", str(path), str(repo / "kpis"),
               "--today", TODAY, *options)


def _corrected(tmp_path: Path, name: str) -> Path:
    """The file with its faulty rows removed, in its own encoding (a BOM kept)."""
    data = (FILES / name).read_bytes()
    encoding = "utf-16" if data.startswith(b"\xff\xfe") else "utf-8"
    lines = data.decode(encoding).splitlines(keepends=True)
    path = tmp_path / name
    path.write_bytes("".join(line for number, line in enumerate(lines, 1)
                             if number not in FAULTY).encode(encoding))
    return path


@pytest.mark.parametrize(("name", "percent", "date"), [
    ("en-US-comma.csv", "85.50%", "12/01/26"),
    ("en-US-utf16.csv", "85.50%", "12/01/26"),
    ("id-ID-semicolon.csv", "85,50%", "01/12/26"),
])
def test_the_cells_a_user_must_correct_are_located_and_nothing_is_written(
        repo, name, percent, date):
    before = snapshot(repo / "kpis")
    result = _import(repo, FILES / name)
    assert result.exit_code == 1
    path = FILES / name
    assert [line.split(" ", 2)[:2] for line in result.output.splitlines()[:-1]] == [
        [f"{path}:8:15:", "E405"], [f"{path}:9:15:", "E404"]]
    assert f"`{percent}`" not in result.output
    assert f"`{date}` is not a period. A spreadsheet may have turned the period into a date" \
        in result.output
    assert result.output.endswith("Nothing was written: 2 problems found.\n")
    assert snapshot(repo / "kpis") == before


@pytest.mark.parametrize(("name", "options"), [
    ("en-US-comma.csv", ()),
    ("en-US-utf16.csv", ()),  # was E401 "not UTF-8" at 1:1
    ("id-ID-semicolon.csv", ()),
    ("id-ID-comma.csv", ("--decimal-comma",)),
    ("id-ID-utf16.csv", ("--decimal-comma",)),
])
def test_corrected_it_writes_every_value(repo, tmp_path, name, options):
    result = _import(repo, _corrected(tmp_path, name), *options)
    assert result.exit_code == 0, result.output
    assert "Wrote 6 values in 5 KPI files." in result.output
    assert "{period: 2026-11, value: 85.5}" in (
        repo / "kpis/customer-service/contact-csat.yml").read_text(encoding="utf-8")
    gmv = (repo / GMV).read_text(encoding="utf-8")
    assert "{period: 2026-11, value: 118.2, note: " in gmv
    assert "{period: 2026-12, value: 96.4, note: " in gmv
    assert ("Harbolnas 12.12 — café partners" in gmv) or ("Harbolnas 12.12 — mitra kafé" in gmv)
    aov = (repo / "kpis/sales/average-order-value.yml").read_text(encoding="utf-8")
    assert "{period: 2026-11, value: 187500}" in aov
    chat = (repo / "kpis/customer-service/chat-first-response-time.yml").read_text("utf-8")
    assert "{period: 2026-W48, value: 12.5}" in chat


def test_decimal_commas_between_commas_say_how_to_read_them(repo):
    """LibreOffice set to Indonesian, saving with commas, quotes `"118,2"`."""
    result = _import(repo, FILES / "id-ID-comma.csv")
    assert result.exit_code == 1
    assert f"{FILES / 'id-ID-comma.csv'}:2:20: E406 `118,2` is not a number." in result.output
    assert "--decimal-comma" in result.output


@pytest.mark.parametrize(("language", "said", "how"), [
    ("en", "The file is not UTF-8 text.", 'in LibreOffice as "Text CSV" with the character set '
                                          '"Unicode (UTF-8)"'),
    ("id", "Berkas ini bukan teks UTF-8.", 'di LibreOffice sebagai "Text CSV" dengan set '
                                           'karakter "Unicode (UTF-8)"'),
])
def test_a_windows_code_page_is_refused_at_its_first_byte_saying_how_to_save(
        repo, language, said, how):
    before = snapshot(repo / "kpis")
    result = _import(repo, FILES / "id-ID-cp1252.csv", language=language)
    assert result.exit_code == 1
    assert f"{FILES / 'id-ID-cp1252.csv'}:3:41: E401 {said}" in result.output  # the —
    assert how in result.output
    assert snapshot(repo / "kpis") == before

