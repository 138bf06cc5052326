"""`kpi due --format csv --csv-style semicolon`: the template as a spreadsheet set to
Indonesian number formats opens it with a double-click and saves it back, read back by
`kpi actuals import` unchanged."""

from __future__ import annotations

import csv
import io

from actuals_helpers import kpi, snapshot

DAY = "2026-12-20"
BOM = b"\xef\xbb\xbf"


def _due(repo, *options: str):
    return kpi("due", str(repo / "kpis"), "--today", DAY, "--format", "csv", *options)


def _rows(data: bytes, delimiter: str) -> list[list[str]]:
    text = data.decode("utf-8").removeprefix("\ufeff")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_the_template_for_a_spreadsheet_has_semicolons_a_utf8_mark_and_crlf(repo):
    plain = _due(repo)
    semicolon = _due(repo, "--csv-style", "semicolon")
    assert semicolon.exit_code == 0, semicolon.output
    data = semicolon.stdout_bytes
    assert data.startswith(BOM + b"kpi;period;value;note;name;unit;due_since\r\n")
    assert data.count(b"\r\n") == data.count(b"\n")
    assert _rows(data, ";") == _rows(plain.stdout_bytes, ",")  # the same cells
    assert not plain.stdout_bytes.startswith(BOM)  # the default stays for programs
    assert plain.stdout_bytes.startswith(b"kpi,period,value,note,name,unit,due_since\n")


def test_the_template_imports_back_unchanged(repo, tmp_path):
    path = tmp_path / "due.csv"
    path.write_bytes(_due(repo, "--csv-style", "semicolon").stdout_bytes)
    before = snapshot(repo / "kpis")
    result = kpi("actuals", "import", str(path), str(repo / "kpis"), "--today", DAY)
    assert result.exit_code == 0, result.output
    rows = len(_rows(path.read_bytes(), ";")) - 1
    assert f"{rows} rows left blank: not imported." in result.output
    assert snapshot(repo / "kpis") == before


def test_filled_in_and_saved_by_the_spreadsheet_it_imports_with_decimal_commas(repo, tmp_path):
    rows = _rows(_due(repo, "--csv-style", "semicolon").stdout_bytes, ";")
    values = {("contact-csat", "2026-11"): ("38,5", ""),
              ("online-gmv", "2026-11"): ("118,25", "11.11 sale; tiga kali lipat")}
    for row in rows[1:]:
        row[2:4] = values.get((row[0], row[1]), ("", ""))
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)  # as Excel saves
    path = tmp_path / "due.csv"
    path.write_bytes(BOM + out.getvalue().encode("utf-8"))
    result = kpi("actuals", "import", str(path), str(repo / "kpis"), "--today", DAY)
    assert result.exit_code == 0, result.output
    assert "Wrote 2 values in 2 KPI files." in result.output
    csat = (repo / "kpis/customer-service/contact-csat.yml").read_text(encoding="utf-8")
    gmv = (repo / "kpis/sales/online-gmv.yml").read_text(encoding="utf-8")
    assert "{period: 2026-11, value: 38.5}" in csat
    assert "period: 2026-11, value: 118.25, note: '11.11 sale; tiga kali lipat'" in gmv \
        or 'period: 2026-11, value: 118.25, note: "11.11 sale; tiga kali lipat"' in gmv
    left = {(r[0], r[1]) for r in _rows(_due(repo).stdout_bytes, ",")[1:]}
    assert not left & set(values)


def test_output_and_template_write_the_same_bytes(repo, tmp_path):
    shown = _due(repo, "--csv-style", "semicolon").stdout_bytes
    written = _due(repo, "--csv-style", "semicolon", "-o", str(tmp_path / "due.csv"))
    assert written.exit_code == 0, written.output
    assert (tmp_path / "due.csv").read_bytes() == shown
    template = kpi("actuals", "template", str(repo / "kpis"), "--today", DAY,
                   "--csv-style", "semicolon")
    assert template.stdout_bytes == shown


def test_a_csv_style_without_csv_says_how_to_fix_it(repo):
    english = kpi("--language", "en", "due", str(repo / "kpis"), "--csv-style", "semicolon")
    assert english.exit_code == 2
    assert "--csv-style is for CSV: add --format csv." in english.output
    indonesian = kpi("--language", "id", "due", str(repo / "kpis"), "--csv-style", "semicolon")
    assert indonesian.exit_code == 2
    assert "--csv-style" in indonesian.output and "--format csv" in indonesian.output
    assert "is for CSV" not in indonesian.output
