"""Bad input gets a located error (file:line:col, code, plain words) and nothing is written."""

from __future__ import annotations

import errno
import json
import re

import pytest
from actuals_helpers import EXAMPLE, kpi, snapshot

from kpi_catalog import files

SQL = "sales-qualified-leads"  # monthly, values up to 2026-10
HEAD = "kpi,period,value,note\n"
AFTER_NOVEMBER = "2026-12-20"  # November's values may be imported: the month has ended


def _import(repo, tmp_path, text: str, *options: str, name: str = "values.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    before = snapshot(repo)
    result = kpi("actuals", "import", str(path), str(repo / "kpis"), "--today",
                 AFTER_NOVEMBER, *options)
    return result, before, path


BAD = {
    "unknown id": (f"{HEAD}sales-qualifed-leads,2026-11,5\n", 2, 1, "E402",
                   ["no KPI `sales-qualifed-leads`",
                    "Did you mean `sales-qualified-leads` (Sales-qualified leads handed to "
                    "Sales per month)?"]),
    # as `kpi validate` guesses (it was difflib on the ids alone: `Online-GMV` got
    # "Did you mean `online-nps`?", case counting as a difference)
    "an id in capitals": (f"{HEAD}Online-GMV,2026-11,5\n", 2, 1, "E402",
                          ["no KPI `Online-GMV`", "Did you mean `online-gmv`"]),
    "a KPI's name": (f"{HEAD}Online GMV,2026-11,5\n", 2, 1, "E402",
                     ["Did you mean `online-gmv`"]),
    "retired KPI": (f"{HEAD}newsletter-open-rate,2026-11,5\n", 2, 1, "E403", ["retired"]),
    "missing id": (f"{HEAD},2026-11,5\n", 2, 1, "E402", ["id is missing"]),
    "malformed period": (f"{HEAD}{SQL},2026-M11,5\n", 2, 23, "E404",
                         ["`2026-M11` is not a period", "2026-Q1"]),
    "a month that does not exist": (f"{HEAD}{SQL},2026-13,5\n", 2, 23, "E404",
                                    ["`2026-13` is not a period", "There is no month 13"]),
    "period of another frequency": (f"{HEAD}{SQL},2026-Q4,5\n", 2, 23, "E405",
                                    ["does not fit", "2026-03 (monthly)"]),
    "a date for a month": (f"{HEAD}{SQL},2026-11-01,5\n", 2, 23, "E405",
                           ["format the period column as text"]),
    "a month a spreadsheet saved as a date": (f"{HEAD}{SQL},Nov-26,5\n", 2, 23, "E404", [
        "`Nov-26` is not a period", "format the period column as text", "2026-03 (monthly)"]),
    # was E409 "could not be written ... report this file's layout as a bug"
    "a period before 1900": (f"{HEAD}{SQL},1899-11,5\n", 2, 23, "E404",
                             ["`1899-11` is outside the years 1900 to 2200",
                              "Correct the year of the period"]),
    # was "Write the number without %: 25": 25 SQLs are no 25%
    "percent": (f"{HEAD}{SQL},2026-11,25%\n", 2, 31, "E406",
                ["`25%` is a percentage, but `sales-qualified-leads` is measured in SQLs per "
                 "month. Write the value as a number in SQLs per month, without %."]),
    "percent of nothing": (f"{HEAD}{SQL},2026-11,%\n", 2, 31, "E406",
                           ["`%` is not a number"]),
    "decimal comma": (f'{HEAD}{SQL},2026-11,"1.234,5"\n', 2, 31, "E406",
                      ["`1.234,5` is not a number", "decimal point"]),
    "empty value": (f"{HEAD}{SQL},2026-11,,a note\n", 2, 31, "E406", ["The value is empty"]),
    "word": (f"{HEAD}{SQL},2026-11,n/a\n", 2, 31, "E406", ["`n/a` is not a number"]),
    "infinite": (f"{HEAD}{SQL},2026-11,1e999\n", 2, 31, "E406", ["too large"]),
    "twice": (f"{HEAD}{SQL},2026-11,5\n{SQL},2026-11,6\n", 3, 23, "E407",
              ["twice", "first on line 2"]),
    "existing value": (f"{HEAD}{SQL},2026-10,999\n", 2, 31, "E408",
                       ["already has the value 228 for 2026-10", "--replace"]),
    "no value column": ("kpi,period,amount\nx,2026-11,5\n", 1, 1, "E401", ["no column `value`"]),
    # The second `value` was left unread: the row said "left blank", its 118.2 dropped.
    "a column named twice": (f"kpi,period,value,Value\n{SQL},2026-11,,118.2\n", 1, 18, "E401",
                             ["names the column `value` twice (`value` and `Value`)",
                              "Rename or delete one of the two columns"]),
    "the KPI's column named twice": ("ID,kpi,period,value\n1,x,2026-11,5\n", 1, 4, "E401",
                                     ["names the column `kpi` twice (`ID` and `kpi`)"]),
    "note on two lines": (f'{HEAD}{SQL},2026-11,5,"two\nlines"\n', 2, 33, "E406", ["one line"]),
    "semicolons, thousands separator": (f"kpi;period;value\n{SQL};2026-11;1.234,5\n", 2, 31,
                                        "E406", ["`1.234,5` is not a number", "1234,5"]),
    "semicolons, a point that may group thousands": (f"kpi;period;value\n{SQL};2026-11;1.234\n",
                                                     2, 31, "E406", ["`1.234` is not a number"]),
    "Word's minus sign": (f"{HEAD}{SQL},2026-11,\u22125\n", 2, 31, "E406",
                          ["`\u22125` is not a number", "as a hyphen (-): -5."]),
    "semicolons, a decimal comma and a percent sign": (
        f"kpi;period;value\n{SQL};2026-11;38,5%\n", 2, 31, "E406",
        ["`38,5%` is a percentage, but `sales-qualified-leads` is measured in SQLs"]),
    "semicolons, a decimal comma and Word's minus sign": (
        f"kpi;period;value\n{SQL};2026-11;\u221238,5\n", 2, 31, "E406",
        ["`\u221238,5` is not a number"]),
    "after a multi-line note": (f'{HEAD}{SQL},2026-11,5,"a\nb"\n{SQL},2026-12,x\n', 4, 31,
                                "E406", ["`x`"]),
}


@pytest.mark.parametrize("case", list(BAD), ids=list(BAD))
def test_bad_row_is_located_and_nothing_is_written(repo, tmp_path, case):
    text, line, column, code, words = BAD[case]
    result, before, path = _import(repo, tmp_path, text)
    assert result.exit_code == 1
    located = f"{path}:{line}:{column}: {code} "
    assert any(out.startswith(located) for out in result.output.splitlines()), result.output
    for word in words:
        assert word in result.output
    assert "Nothing was written" in result.output
    assert snapshot(repo) == before


def test_every_bad_row_is_reported_in_one_run(repo, tmp_path):
    text = f"{HEAD}nope,2026-11,5\n{SQL},2026-13,5\n{SQL},2026-11,25%\n"
    result, before, path = _import(repo, tmp_path, text)
    codes = [line.split(": ")[1].split()[0] for line in result.output.splitlines()[:3]]
    assert codes == ["E402", "E404", "E406"] and "3 problems" in result.output
    assert snapshot(repo) == before


def test_json_lines_are_located_at_the_field(repo, tmp_path):
    text = ('{"kpi": "sales-qualified-leads", "period": "2026-11", "value": 5}\n'
            '{"kpi": "sales-qualified-leads", "period": "2026-12", "value": "25%"}\n'
            "not json\n")
    result, before, path = _import(repo, tmp_path, text, name="values.jsonl")
    assert result.output.startswith(f"{path}:3:1: E401 This line is not JSON"), result.output
    result, before, path = _import(repo, tmp_path, text.rsplit("not", 1)[0], "--today",
                                   "2027-01-20", name="v.jsonl")
    assert result.output.startswith(f"{path}:2:64: E406 `25%` is a percentage"), result.output
    assert snapshot(repo) == before


@pytest.mark.parametrize(("value", "column", "said"), [
    ("1" * 5000, 53, "a number with more than 4,300 digits"),  # Python's limit: a ValueError
    ("[" * 100_000 + "]" * 100_000, 552, "nested too deep"),  # a RecursionError, 500 deep
], ids=["digits", "nesting"])
def test_a_json_line_python_cannot_read_is_located_not_a_traceback(repo, tmp_path, value,
                                                                   column, said):
    line = '{"kpi": "online-gmv", "period": "2026-11", "value": ' + value + "}\n"
    result, before, path = _import(repo, tmp_path, line, name="values.jsonl")
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}:1:{column}: E401 This line is not JSON: "), \
        result.output[:300]
    assert said in result.output and "Traceback" not in result.output
    assert snapshot(repo) == before


@pytest.mark.parametrize("value", ["1" + "0" * 400, "-" + "9" * 4000, "1e400"])
def test_a_json_number_past_the_largest_float_is_located_not_a_traceback(repo, tmp_path,
                                                                       value):
    # an integer of 309 to 4,300 digits is JSON Python reads; float() of it overflowed
    line = '{"kpi": "online-gmv", "period": "2026-11", "value": ' + value + "}\n"
    result, before, path = _import(repo, tmp_path, line, name="values.jsonl")
    assert result.exit_code == 1
    assert result.output.startswith(
        f"{path}:1:53: E406 The value is too large to be a number."), result.output[:300]
    assert snapshot(repo) == before


@pytest.mark.parametrize(("line", "said"), [
    # json.loads kept the last `value` (null): the row was "left blank", its 118.2 dropped.
    ('{"kpi": "online-gmv", "period": "2026-11", "value": 118.2, "value": null}',
     "1:69: E401 This line gives the field `value` twice (`value` and `value`): one of them "
     "would be left unread. Keep one of the two fields (`id` and `kpi` both name the KPI)."),
    ('{"id": "online-gmv", "KPI": "x", "period": "2026-11", "value": 1}',
     "1:29: E401 This line gives the field `kpi` twice (`id` and `KPI`)"),
])
def test_a_json_line_giving_a_field_twice_is_refused(repo, tmp_path, line, said):
    result, before, path = _import(repo, tmp_path, line + "\n", name="values.jsonl")
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}:{said}"), result.output
    assert snapshot(repo) == before


@pytest.mark.parametrize(("text", "place"), [
    # the period's quote swallowed the rows under it: "1 row left blank", exit 0, unsaid
    (f'{HEAD}online-gmv,"2026-11,118.2,x\ncontact-csat,2026-11,80,ok\n', "2:12"),
    (f'{HEAD}contact-csat,2026-11,80,ok\nonline-gmv,2026-11,118.2,"Harbolnas\n'
     "supplier-otif,2026-11,90,\n", "3:26"),
    ('kpi;period;value\nonline-gmv;2026-11;"118,2\n', "2:20"),
], ids=["period", "note", "semicolons"])
def test_a_quote_never_closed_is_located_where_it_opens(repo, tmp_path, text, place):
    result, before, path = _import(repo, tmp_path, text)
    assert result.exit_code == 1, result.output
    assert result.output.startswith(
        f"{path}:{place}: E401 The quote (\") that opens this cell is never closed"), \
        result.output
    assert snapshot(repo) == before


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x0c", "\x0b", "\x1c", "\x85"])
@pytest.mark.parametrize("name", ["values.csv", "values.jsonl"])
def test_a_line_separator_in_a_note_leaves_the_rows_under_it_located(repo, tmp_path,
                                                                      separator, name):
    # str.splitlines ended a line there: the next row was placed a line or cells off, and a
    # JSON line holding one (valid JSON) was said twice to be no JSON
    if name.endswith(".csv"):
        text = f"{HEAD}online-gmv,2026-10,5,a{separator}b\ncontact-csat,2026-11,x,ok\n"
        places = ["2:22: E406 The note holds a line break", "3:22: E406 `x` is not a number"]
    else:
        text = (json.dumps({"kpi": "online-gmv", "period": "2026-10", "value": 5,
                            "note": f"a{separator}b"}, ensure_ascii=False) + "\n"
                + '{"kpi": "contact-csat", "period": "2026-11", "value": "x"}\n')
        places = ["1:64: E406 The note holds a line break", "2:55: E406 `x` is not a number"]
    result, before, path = _import(repo, tmp_path, text, name=name)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert [line.split(". ")[0] for line in lines[:2]] == [
        f"{path}:{place}" + (" or a control character" if "note" in place else "")
        for place in places], result.output
    assert snapshot(repo) == before


@pytest.mark.parametrize(("text", "place", "said", "decimal"), [
    # 118,2 in a file of commas: the value was written 118, the 2 left unread unsaid
    ("kpi,period,value\nonline-gmv,2026-11,118,2\n", "2:24", "`2`", True),
    (f"{HEAD}online-gmv,2026-11,118,2,Harbolnas\n", "2:26", "`Harbolnas`", True),
    ("kpi;period;value\nonline-gmv;2026-11;118,2;x\n", "2:26", "`x`", False),
    # a quote inside a cell not quoted is a letter, as the csv module reads it: the cells
    # after it keep their places (it was taken to open a quote: `x` was placed at 2:24)
    (f'{HEAD}online-gmv,2026-11,118,Layar 12" baru,x\n', "2:39", "`x`", True),
], ids=["decimal comma", "note pushed out", "semicolons", "a quote inside a note"])
def test_a_cell_past_the_header_is_refused_not_left_unread(repo, tmp_path, text, place, said,
                                                           decimal):
    result, before, path = _import(repo, tmp_path, text)
    assert result.exit_code == 1, result.output
    assert result.output.startswith(
        f"{path}:{place}: E401 This cell ({said}) is past the last column the header row "
        "names: it would be left unread."), result.output
    assert ("write it with a decimal point (118.2)" in result.output) is decimal
    assert snapshot(repo) == before


@pytest.mark.parametrize(("row", "said"), [
    ("online-gmv,2026-11,118,2", "`118,2`"),
    ("online-gmv,2026-11,1,234", "`1,234`"),
    ("online-gmv,2026-11,-3,05", "`-3,05`"),
], ids=["decimal comma", "thousands separator", "negative"])
def test_a_number_cut_in_two_by_a_comma_into_the_note_is_refused(repo, tmp_path, row, said):
    # 118,2 in a file of four columns: read as 118 with the note "2", nothing past the header
    result, before, path = _import(repo, tmp_path, f"{HEAD}{row}\n")
    assert result.exit_code == 1, result.output
    assert result.output.startswith(
        f"{path}:2:20: E406 {said} is cut in two by the comma that separates the cells"), \
        result.output
    assert "write it with a decimal point" in result.output
    assert snapshot(repo) == before


@pytest.mark.parametrize(("row", "note"), [
    ('online-gmv,2026-11,118,"2"', "2"),
    ('online-gmv,2026-11,"118",2', "2"),
    ("online-gmv,2026-11,118,2 stores closed", "2 stores closed"),
    ("online-gmv,2026-11,118.5,2", "2"),
    ("online-gmv,2026-11,118,x2", "x2"),
], ids=["note in quotes", "value in quotes", "words", "a decimal point", "not digits"])
def test_a_note_that_is_no_cut_number_is_read(repo, tmp_path, row, note):
    result, before, path = _import(repo, tmp_path, f"{HEAD}{row}\n", "--dry-run")
    assert result.exit_code == 0, result.output
    assert f'note: "{note}"}}' in result.output


def test_a_number_cut_in_two_is_said_in_indonesian(repo, tmp_path):
    path = tmp_path / "values.csv"
    path.write_text(f"{HEAD}online-gmv,2026-11,118,2\n", encoding="utf-8")
    result = kpi("--language", "id", "actuals", "import", str(path), str(repo / "kpis"),
                 "--today", AFTER_NOVEMBER)
    assert result.exit_code == 1
    assert f"{path}:2:20: E406 `118,2`" in result.output
    assert "is cut in two" not in result.output


def test_empty_cells_past_the_header_are_passed_over(repo, tmp_path):
    text = "kpi,period,value,note,\nonline-gmv,2026-11,118.2,x,,, \n"
    result, before, path = _import(repo, tmp_path, text, "--dry-run")
    assert result.exit_code == 0, result.output
    assert '+  - {period: 2026-11, value: 118.2, note: "x"}\n' in result.output


def test_quotes_closed_and_doubled_are_read(repo, tmp_path):
    text = f'{HEAD}online-gmv,2026-11,118.2,"a ""12"" screen, x"\ncontact-csat,2026-11,80,5"\n'
    result, before, path = _import(repo, tmp_path, text, "--dry-run")
    assert result.exit_code == 0, result.output
    assert '+  - {period: 2026-11, value: 118.2, note: "a \\"12\\" screen, x"}\n' in result.output
    assert '+  - {period: 2026-11, value: 80, note: "5\\""}\n' in result.output


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(("name", "text"), [
    ("values.csv", f"{HEAD}online-gmv,2026-11,118.2,caf\u00e9 \u2014 mitra\r\n"),
    ("values.jsonl", '{"kpi": "online-gmv", "period": "2026-11", "value": 118.2, '
                     '"note": "caf\u00e9 \u2014 mitra"}\n'),
])
def test_utf16_without_its_byte_order_mark_is_read(repo, tmp_path, encoding, name, text):
    # read as UTF-8 (its NULs are UTF-8): "The header row lacks the columns `kpi`, ..."
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    result = kpi("actuals", "import", str(path), str(repo / "kpis"), "--today",
                 AFTER_NOVEMBER, "--dry-run")
    assert result.exit_code == 0, result.output
    assert '+  - {period: 2026-11, value: 118.2, note: "café — mitra"}\n' in result.output


@pytest.mark.parametrize(("note", "said"), [
    ('{"x": 1}', "object"), ('["Harbolnas"]', "array"),
])
def test_a_json_note_that_is_no_text_is_refused_at_the_field(repo, tmp_path, note, said):
    # it was written as its JSON text: note: "{\"x\": 1}"
    line = '{"kpi": "online-gmv", "period": "2026-11", "value": 5, "note": ' + note + "}\n"
    result, before, path = _import(repo, tmp_path, line, name="values.jsonl")
    assert result.exit_code == 1, result.output
    assert result.output.startswith(
        f"{path}:1:64: E406 The note is a JSON {said}, not text. Write the note as one "
        'string: "note": "Harbolnas 12.12".'), result.output
    assert snapshot(repo) == before


@pytest.mark.parametrize(("row", "said"), [
    ("chat-first-response-time,2026-W54", "2026 has 53 ISO weeks: 2026-W01 to 2026-W53."),
    ("chat-first-response-time,2027-W53", "2027 has 52 ISO weeks: 2027-W01 to 2027-W52."),
    ("online-gmv,2026-Q5", "There is no quarter 5: quarters are numbered Q1 to Q4."),
    ("online-gmv,2026-H3", "There is no half year 3: half years are H1 and H2."),
    ("online-gmv,2026-02-30", "There is no day 30 in 2026-02: it has 28 days."),
    ("online-gmv,2024-02-30", "There is no day 30 in 2024-02: it has 29 days."),
])
def test_a_period_the_calendar_does_not_have_says_what_it_has(repo, tmp_path, row, said):
    # was the list of forms (a day, a month, ...), weeks left out
    result, before, path = _import(repo, tmp_path, f"{HEAD}{row},5\n")
    assert result.exit_code == 1, result.output
    column = row.index(",") + 2
    assert result.output.startswith(f"{path}:2:{column}: E404 `{row.split(',')[1]}` is not a "
                                     f"period. {said}\n"), result.output
    assert snapshot(repo) == before


def test_a_file_that_is_not_utf8_is_located(repo, tmp_path):
    path = tmp_path / "values.csv"
    path.write_bytes(HEAD.encode() + b"sales-qualified-leads,2026-11,5,caf\xe9\n")
    before = snapshot(repo)
    result = kpi("actuals", "import", str(path), str(repo / "kpis"))
    assert result.exit_code == 1 and f"{path}:2:36: E401 The file is not UTF-8" in result.output
    assert snapshot(repo) == before


@pytest.mark.parametrize(("name", "start", "language", "said"), [
    # a zip that is no workbook (a damaged .xlsx)
    ("values.xlsx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xb2\x9c", "en",
     "The file is not an Excel workbook (.xlsx), nor a CSV file"),
    ("values.xlsx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xb2\x9c", "id",
     "Berkas ini bukan buku kerja Excel (.xlsx), bukan pula berkas CSV"),
    ("values.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00\x00", "en",  # Excel 97-2003
     "The file is an Excel 97-2003 workbook (.xls), which the import does not read"),
    ("values.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00\x00", "id",
     "Berkas ini buku kerja Excel 97-2003 (.xls), yang tidak dibaca oleh impor"),
])
def test_a_spreadsheet_workbook_is_named_as_such(repo, tmp_path, name, start, language, said):
    """An .xlsx given as it was saved was 'not UTF-8 text' at a column of its binary data."""
    path = tmp_path / name
    path.write_bytes(start + bytes(range(256)) * 4)
    before = snapshot(repo)
    result = kpi("--language", language, "actuals", "import", str(path), str(repo / "kpis"))
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}:1:1: E401 "), result.output
    assert said in result.output and "CSV UTF-8" in result.output, result.output
    assert snapshot(repo) == before


@pytest.mark.parametrize("shown", ["Nov-26", "1-Nov-26", "11/1/2026", "1/11/2026",
                                   "01.11.2026", "Des-26", "Agu-26"])
@pytest.mark.parametrize(("language", "said"), [
    ("en", "A spreadsheet may have turned the period into a date"),
    ("id", "Spreadsheet mungkin telah mengubah periode menjadi tanggal"),
])
def test_a_period_a_spreadsheet_turned_into_a_date_says_so(repo, tmp_path, shown, language,
                                                           said):
    """Excel reads `2026-11` as a date and saves it as it shows it (Nov-26, 11/1/2026...):
    the error said only "not a period" and listed the forms, leaving the cause unnamed."""
    path = tmp_path / "values.csv"
    path.write_text(f'{HEAD}{SQL},"{shown}",5\n', encoding="utf-8")
    result = kpi("--language", language, "actuals", "import", str(path), str(repo / "kpis"),
                 "--today", AFTER_NOVEMBER)
    assert result.exit_code == 1
    assert f"E404 `{shown}`" in result.output and said in result.output, result.output
    assert "2026-03" in result.output, result.output


@pytest.mark.parametrize("text", ["2026-13", "soon", "Q1-2026x", "2026/2027"])
def test_other_bad_periods_are_not_blamed_on_a_spreadsheet(repo, tmp_path, text):
    result, _, _ = _import(repo, tmp_path, f"{HEAD}{SQL},{text},5\n")
    assert result.exit_code == 1 and f"`{text}` is not a period" in result.output
    assert "spreadsheet" not in result.output, result.output


def test_an_invalid_catalog_takes_no_values(repo, tmp_path):
    kpi_file = repo / "kpis/marketing/sales-qualified-leads.yml"
    kpi_file.write_text(kpi_file.read_text().replace("unit:", "units:"))
    result, before, _ = _import(repo, tmp_path, f"{HEAD}{SQL},2026-11,5\n")
    assert result.exit_code == 1 and "Correct the catalog first" in result.output
    assert snapshot(repo) == before


# --- all or nothing, whatever fails ------------------------------------------------------

GOOD = (f"{HEAD}{SQL},2026-11,5\nonline-gmv,2026-11,110\ncorporate-dso,2026-11,38\n"
        "contact-csat,2026-11,85\n")


def _fail_on_call(monkeypatch, target, name, number: int, error: BaseException):
    real = getattr(target, name)
    calls = []

    def failing(*args, **kwargs):
        calls.append(args)
        if len(calls) == number:
            raise error
        return real(*args, **kwargs)
    monkeypatch.setattr(target, name, failing)
    return calls


@pytest.mark.parametrize("where, error", [
    ("fsync", OSError(errno.ENOSPC, "No space left on device")),
    ("fsync", KeyboardInterrupt()),
    ("replace", OSError(errno.EACCES, "Permission denied")),
    ("replace", KeyboardInterrupt()),
    ("link", KeyboardInterrupt()),
], ids=["disk full while writing", "Ctrl-C while writing", "rename refused",
        "Ctrl-C between renames", "Ctrl-C while keeping the originals"])
def test_a_failure_midway_leaves_every_file_as_it_was(repo, tmp_path, monkeypatch, where, error):
    calls = _fail_on_call(monkeypatch, files.os, where, 3, error)
    result, before, _ = _import(repo, tmp_path, GOOD)
    assert len(calls) >= 3, "the failure happened midway, after some files were handled"
    assert result.exit_code in (1, 130)
    assert "nothing was written" in result.output.lower()
    assert snapshot(repo) == before, "every file as it was, and no file left beside them"


def test_dry_run_prints_a_diff_and_writes_nothing(repo, tmp_path):
    result, before, _ = _import(repo, tmp_path, GOOD, "--dry-run")
    assert result.exit_code == 0
    assert "--- a/kpis/marketing/sales-qualified-leads.yml" in result.output
    assert "+  - {period: 2026-11, value: 5}" in result.output
    assert "would write 4 values in 4 KPI files" in result.output
    assert snapshot(repo) == before


def test_replace_changes_the_value_and_keeps_the_note(repo, tmp_path):
    path = repo / "kpis/sales/average-order-value.yml"
    line = ('  - {period: 2026-09, value: 354000, '
            'note: "Bundle suggestions in the basket of the app."}')
    assert line in path.read_text()
    result, _, _ = _import(repo, tmp_path, f"{HEAD}average-order-value,2026-09,355000.5\n",
                           "--replace")
    assert result.exit_code == 0, result.output
    assert line.replace("354000", "355000.5") in path.read_text()
    result, _, _ = _import(repo, tmp_path, f"{HEAD}average-order-value,2026-09,355000.5,Audited\n",
                           "--replace")
    assert '{period: 2026-09, value: 355000.5, note: "Audited"}' in path.read_text()


def test_stray_files_of_an_interrupted_run_are_not_left(repo, tmp_path):
    result, _, _ = _import(repo, tmp_path, GOOD)
    assert result.exit_code == 0
    assert not [p for p in (repo / "kpis").rglob(".*") if p.is_file()]


@pytest.mark.parametrize("code", [f"E40{n}" for n in range(1, 9)] + ["E411"])
def test_the_bad_example_of_each_import_code_gives_that_code(repo, tmp_path, code):
    page = (EXAMPLE.parent / "docs" / "errors" / f"{code}.md").read_text(encoding="utf-8")
    bad, fixed = re.findall(r"^## (?:Bad|Fixed)\n\n```csv\n(.*?)```", page, re.S | re.M)
    result, before, path = _import(repo, tmp_path, bad)
    assert result.exit_code == 1 and f": {code} " in result.output, result.output
    assert snapshot(repo) == before
    result, _, _ = _import(repo, tmp_path, fixed)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(("name", "language", "header", "said"), [
    ("actuals-template.csv", "en", "kpi,period,value,note\n", "Nothing to import"),
    # for a spreadsheet set to Indonesian: its header, semicolons, the UTF-8 mark Excel needs
    ("actuals-template-id.csv", "id", "\ufeffkpi;periode;nilai;catatan\r\n",
     "Tidak ada yang diimpor"),
])
def test_the_downloadable_templates_are_valid_empty_files_of_values(repo, name, language,
                                                                     header, said):
    """The guide offered an English template only, to spreadsheets set to Indonesian too."""
    template = EXAMPLE.parent / "docs" / "assets" / name
    assert template.read_bytes().decode("utf-8") == header
    result = kpi("--language", language, "actuals", "import", str(template), str(repo / "kpis"))
    assert result.exit_code == 0 and said in result.output, result.output


def test_values_from_standard_input_into_a_file_with_a_byte_order_mark(repo):
    path = repo / "kpis/marketing/sales-qualified-leads.yml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    result = kpi("actuals", "import", "-", str(repo / "kpis"), "--format", "csv",
                 input=f"{HEAD}{SQL},2026-11,231\n".encode())
    assert result.exit_code == 0, result.output
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"  - {period: 2026-11, value: 231}\n" in data
    bad = kpi("actuals", "import", "-", str(repo / "kpis"), input=f"{HEAD}x,2026-11,1\n".encode())
    assert bad.output.startswith("<stdin>:2:1: E402 There is no KPI `x`."), bad.output


def test_values_that_would_make_a_file_too_large_to_read_are_not_written(repo, tmp_path):
    """The catalog reads a KPI file of at most 1 MB: an import must not write a file that
    every later `kpi validate` and build would reject."""
    rows = [("2026-11", 5, "n" * 400_000), ("2026-12", 6, "short"), ("2027-01", 7, "m" * 700_000)]
    text = "".join(json.dumps({"kpi": SQL, "period": period, "value": value, "note": note}) + "\n"
                   for period, value, note in rows)
    result, before, path = _import(repo, tmp_path, text, "--today", "2027-03-01",
                                   name="values.jsonl")
    assert result.exit_code == 1, result.output
    column = len(json.dumps({"kpi": SQL, "period": "2027-01", "value": 7, "note": ""})) - 2
    assert any(line.startswith(f"{path}:3:{column}: E412 ")
               for line in result.output.splitlines()), result.output
    for word in ("kpis/marketing/sales-qualified-leads.yml", "1,000,000", "Shorten the notes"):
        assert word in result.output
    assert "Nothing was written" in result.output and snapshot(repo) == before


def test_a_file_just_under_the_limit_is_written(repo, tmp_path):
    size = len((repo / "kpis/marketing/sales-qualified-leads.yml").read_bytes())
    note = "n" * (1_000_000 - size - 200)
    line = json.dumps({"kpi": SQL, "period": "2026-11", "value": 5, "note": note})
    result, before, path = _import(repo, tmp_path, line + "\n", name="values.jsonl")
    assert result.exit_code == 0, result.output
    assert len((repo / "kpis/marketing/sales-qualified-leads.yml").read_bytes()) <= 1_000_000


def test_a_csv_cell_too_long_to_read_is_located(repo, tmp_path):
    text = f"{HEAD}{SQL},2026-10,5,short\n{SQL},2026-11,5,{'n' * 200_000}\n"
    result, before, path = _import(repo, tmp_path, text)
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"{path}:3:1: E401 This row could not be read"), \
        result.output
    assert "131,072 characters" in result.output and snapshot(repo) == before


@pytest.mark.parametrize(("text", "line"), [
    ("n" * 200_000 + "\n" + HEAD + f"{SQL},2026-11,5\n", 1),  # where the header is looked for
    (f"Report\n{'n' * 200_000}\n{HEAD}", 2),
], ids=["first line", "under a title"])
def test_a_csv_cell_too_long_above_the_header_is_located(repo, tmp_path, text, line):
    result, before, path = _import(repo, tmp_path, text)
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"{path}:{line}:1: E401 This row could not be read"), \
        result.output[:300]
    assert "131,072 characters" in result.output and snapshot(repo) == before


@pytest.mark.parametrize(("language", "said"), [
    ("en", "2026-03 (monthly) or 2026-03-31 (daily)"),
    ("id", "2026-03 (bulanan) atau 2026-03-31 (harian)"),
])
def test_the_periods_a_kpi_takes_are_named_in_the_language_of_the_messages(
        repo, tmp_path, language, said):
    """The Indonesian message said "2026-03 (monthly) or 2026-03-31 (daily)"."""
    path = tmp_path / "values.csv"
    path.write_text(f"{HEAD}average-order-value,2026-Q3,5\n", encoding="utf-8")
    result = kpi("--language", language, "actuals", "import", str(path), str(repo / "kpis"),
                 "--today", AFTER_NOVEMBER)
    assert result.exit_code == 1 and "E405" in result.output
    assert said in result.output, result.output


@pytest.mark.parametrize(("row", "column", "said"), [
    # written, then refused by `kpi validate` (E309 in the KPI file), and every later import
    # refused with it: "Correct the catalog first"
    ("repeat-purchase-rate,2026-Q4,150", 30,
     "E309 150 is outside the KPI's valid range (from 0 up to 100). Correct the value"),
    ("repeat-purchase-rate,2026-Q4,-0.0000001", 30,
     "E309 -0.0000001 is outside the KPI's valid range (from 0 up to 100)."),
    # was "E409 The values for `online-gmv` could not be written", at the KPI file's line 1
    ("online-gmv,2026-11,100000000000000000000", 20,
     "E406 `100000000000000000000` is too large a number for a KPI. Keep values within "
     "±1,000,000,000,000,000 (10^15)"),
])
def test_a_value_the_kpi_file_cannot_hold_is_refused_at_its_cell(repo, tmp_path, row, column,
                                                                 said):
    csv = tmp_path / "v.csv"
    csv.write_text(f"kpi,period,value\n{row}\n", encoding="utf-8")
    before = snapshot(repo / "kpis")
    result = kpi("actuals", "import", str(csv), str(repo / "kpis"), "--today", "2027-01-20")
    assert result.exit_code == 1
    assert result.output.startswith(f"{csv}:2:{column}: {said}"), result.output
    assert snapshot(repo / "kpis") == before


@pytest.mark.parametrize(("text", "options"), [
    ("\ufeffkpi;period;value\ncontact-csat;2026-11;85,5%\n", ()),  # Excel's CSV, Indonesian
    ("kpi,period,value\ncontact-csat,2026-11,85.50%\n", ()),  # LibreOffice's, English
    ("kpi\tperiod\tvalue\ncontact-csat\t2026-11\t85,5 %\n", ("--decimal-comma",)),
])
def test_a_percentage_for_a_kpi_in_percent_is_read_as_the_number_shown(repo, tmp_path, text,
                                                                       options):
    """A cell formatted as a percentage is saved in CSV as it is shown: it was refused
    ("Write the number without %"), while the same cell in a workbook was read."""
    result, before, path = _import(repo, tmp_path, text, *options)
    assert result.exit_code == 0, result.output
    assert "{period: 2026-11, value: 85.5}" in (
        repo / "kpis/customer-service/contact-csat.yml").read_text(encoding="utf-8")


def test_a_percentage_for_a_kpi_in_another_unit_names_the_unit_in_indonesian(repo, tmp_path):
    csv = tmp_path / "v.csv"
    csv.write_text("kpi;period;value\nonline-gmv;2026-11;45%\n", encoding="utf-8")
    result = kpi("--language", "id", "actuals", "import", str(csv), str(repo / "kpis"),
                 "--today", "2027-01-20")
    assert result.exit_code == 1
    assert result.output.startswith(
        f"{csv}:2:20: E406 `45%` adalah persentase, tetapi `online-gmv` diukur dalam miliar "
        "rupiah. Tulis nilainya sebagai angka dalam miliar rupiah, tanpa %."), result.output


@pytest.mark.parametrize("note", ["11.11\u00a0sale", "Rp\u00a01.250.000 promo", "Lebaran\u200b"])
def test_a_note_with_a_non_breaking_space_is_written_as_it_is(repo, tmp_path, note):
    """Pasted from Word or a spreadsheet: it was refused as "a line break or a control
    character", which it is not (the KPI file takes it)."""
    result, before, path = _import(repo, tmp_path, f"{HEAD}{SQL},2026-11,5,{note}\n")
    assert result.exit_code == 0, result.output
    text = (repo / "kpis/marketing/sales-qualified-leads.yml").read_text(encoding="utf-8")
    assert f'{{period: 2026-11, value: 5, note: "{note}"}}' in text \
        or f"{{period: 2026-11, value: 5, note: {note}}}" in text, text[-400:]


@pytest.mark.parametrize(("text", "separator"), [
    ("1.23457E+11", ","), ("1,23457E+11", ";"), ("2.31E+02", ","), ("-1.5E-07", ","),
])
def test_a_number_in_exponent_form_is_refused_as_a_spreadsheet_cut_it(repo, tmp_path, text,
                                                                     separator):
    """Excel's General format shows 123456789012 as 1.23457E+11 in a narrow column, and a CSV
    file keeps what it shows: 123457000000 was written unsaid (`1,23457E+11`: "not a number",
    with the thousands separators' hint)."""
    row = separator.join([SQL, "2026-11", text])
    result, before, path = _import(repo, tmp_path, f"kpi{separator}period{separator}value\n{row}\n")
    assert result.exit_code == 1
    assert result.output.startswith(
        f"{path}:2:31: E406 `{text}` is a number in exponent form: a spreadsheet shows a number "
        "so when its column is too narrow for it, and saves only the digits it shows. Format "
        "the value column as a number with its decimals (not General)"), result.output
    assert snapshot(repo) == before


@pytest.mark.parametrize(("text", "written"), [("2.31e2", "231"), ("2.5e+2", "250"),
                                               ("1.2e1", "12")])
def test_a_number_a_program_wrote_in_exponent_form_is_read(repo, tmp_path, text, written):
    """A program writes a number whole in its own exponent form (Python, pandas, R, JSON:
    `2.31e2`, a small `e`), never cut to the digits a column shows: it is read, and written
    in plain digits."""
    result, _before, _path = _import(repo, tmp_path, f"kpi,period,value\n{SQL},2026-11,{text}\n")
    assert result.exit_code == 0, result.output
    text = (repo / "kpis/marketing/sales-qualified-leads.yml").read_text(encoding="utf-8")
    assert f"{{period: 2026-11, value: {written}}}" in text, text[-300:]


@pytest.mark.parametrize(("row", "code"), [
    (f"{SQL},{'2' * 5000},5", "E404"),  # a period
    (f"{'x' * 5000},2026-11,5", "E402"),  # a KPI id
    (f"{SQL},2026-11,{'7' * 300}", "E406"),  # a number too large for a KPI
    (f"{SQL},2026-11,{'abc' * 2000}", "E406"),  # no number
])
def test_a_long_value_is_quoted_shortened(repo, tmp_path, row, code):
    """A cell of thousands of characters is quoted cut, with an ellipsis: the message stays
    one readable line."""
    result, before, path = _import(repo, tmp_path, f"{HEAD}{row}\n")
    assert result.exit_code == 1
    said = next(out for out in result.output.splitlines() if f" {code} " in out)
    assert "\u2026`" in said and len(said) < len(str(path)) + 400, said
    assert snapshot(repo) == before


def test_a_long_period_in_a_kpi_file_is_quoted_shortened(repo):
    path = repo / "kpis" / "marketing" / f"{SQL}.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("period: 2026-10", f"period: '{'2' * 5000}'", 1),
                    encoding="utf-8")
    result = kpi("validate", str(repo / "kpis"))
    assert result.exit_code == 1
    said = next(out for out in result.output.splitlines() if "is not a period" in out)
    assert "\u2026`" in said and len(said) < 1000, said[:300]
