"""`kpi status`: the table, filters, roll-up line, JSON; roll-ups per group; export."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
import yaml
from click.testing import CliRunner

from kpi_catalog.checking.check import check_catalog
from kpi_catalog.cli import main
from kpi_catalog.export.tables import to_csv
from kpi_catalog.status.compute import export_fields

TODAY = "2026-07-15"  # the values of 2026-07-02 count; Q2 has ended


def run(*args: str):
    return CliRunner().invoke(main, ["status", *args])


def rows_of(output: str) -> dict[str, str]:
    """Table lines by KPI id."""
    return {line.split()[0]: line for line in output.splitlines()[2:] if line.strip()
            and not line.startswith(("*", " ")) and "KPIs" not in line and "KPI:" not in line}


def test_the_table(status_catalog):
    out = run(str(status_catalog), "--today", TODAY)
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert lines[0].split() == ["ID", "NAME", "DEPARTMENT", "LATEST", "EXPECTED", "TARGET",
                                "STATUS", "RAG"]
    assert set(lines[1]) == {"-", " "}
    rows = rows_of(out.output)
    assert list(rows) == ["fast", "steady", "by-hand", "done", "slow", "waiting"]
    assert rows["fast"].split()[-2:] == ["ahead", "green"]
    assert "170 (2026-07-02)" in rows["fast"] and "200 by 2026-12-31" in rows["fast"]
    assert " 150 " in rows["fast"]  # expected on the value's date
    assert rows["steady"].split()[-2:] == ["track", "-"]
    assert rows["slow"].split()[-2:] == ["behind", "red"]
    assert rows["done"].split()[-2:] == ["achieved", "-"]
    assert "210 (2026-Q2)" in rows["done"]
    assert rows["waiting"].split()[-3:] == ["no", "data", "-"]
    assert rows["by-hand"].split()[-3:] == ["on", "track*", "-"]


def test_columns_line_up(status_catalog):
    lines = run(str(status_catalog), "--today", TODAY).output.splitlines()
    table = lines[: lines.index("")]
    status_col = table[0].index("STATUS")
    assert all(len(line) > status_col and line[status_col - 2:status_col] == "  "
               for line in table[2:])


def test_long_names_are_cut(status_catalog):
    row = rows_of(run(str(status_catalog), "--today", TODAY).output)["slow"]
    assert "A rather long name for a KPI…" in row
    assert "cut short" not in row


def test_rollup_line_and_manual_reason(status_catalog):
    out = run(str(status_catalog), "--today", TODAY).output
    assert ("Status of 6 active KPIs: 1 achieved, 1 ahead, 2 on track, 1 behind, 1 no data. "
            "(1 retired not shown.)") in out
    assert "* by-hand: set by hand: A strike held deliveries; back on plan." in out


@pytest.mark.parametrize(("args", "ids", "summary"), [
    (["--department", "marketing"], ["fast", "steady"],
     "Status of 2 active KPIs: 1 ahead, 1 on track."),
    (["--objective", "keep"], ["by-hand", "done", "waiting"],
     "Status of 3 active KPIs: 1 achieved"),
    (["--department", "sales", "--objective", "grow"], ["slow"],
     "Status of 1 active KPI: 1 behind."),
    (["--department", "marketing", "--objective", "keep"], [], "No KPIs to show."),
])
def test_filters(status_catalog, args, ids, summary):
    out = run(str(status_catalog), "--today", TODAY, *args)
    assert out.exit_code == 0
    assert list(rows_of(out.output)) == ids
    assert summary in out.output


@pytest.mark.parametrize("option", ["--department", "--objective"])
def test_unknown_filter_is_a_usage_error(status_catalog, option):
    out = run(str(status_catalog), option, "nope")
    assert out.exit_code == 2
    assert "there is no `nope`" in out.output


def test_the_rollup_counts_the_active_kpis_as_the_site_does(status_catalog):
    """A draft is listed with its status, but the roll-up counts the active KPIs, as the
    site's roll-ups and `kpi export`'s `active_rollup` do, and says so. Before: "7 KPIs:
    ... 2 behind", the draft counted; the JSON's `rollup` still counts every row."""
    catalog = status_catalog
    draft = yaml.safe_load((catalog / "sales" / "slow.yml").read_text())  # behind, red
    draft.update(id="trial", name="A trial", lifecycle="draft")
    (catalog / "sales" / "trial.yml").write_text(yaml.safe_dump(draft, sort_keys=False))
    out = run(str(catalog), "--today", TODAY)
    assert out.exit_code == 0, out.output
    assert rows_of(out.output)["trial"].split()[-2:] == ["behind", "red"]
    assert ("Status of 6 active KPIs: 1 achieved, 1 ahead, 2 on track, 1 behind, 1 no data. "
            "(1 draft in the table not counted.) (1 retired not shown.)") in out.output
    data = json.loads(run(str(catalog), "--today", TODAY, "--format", "json").output)
    assert (data["rollup"]["behind"], data["active_rollup"]["behind"]) == (2, 1)
    assert sum(data["active_rollup"].values()) == 6
    exported = json.loads(CliRunner().invoke(
        main, ["export", str(catalog), "--today", TODAY]).output)
    assert data["active_rollup"] == exported["active_rollup"]
    indonesian = CliRunner().invoke(main, ["--language", "id", "status", str(catalog),
                                           "--today", TODAY]).output
    assert "Status 6 KPI aktif: 1 tercapai" in indonesian
    assert "(1 KPI draf di tabel tidak dihitung.)" in indonesian


def test_a_period_left_empty_is_said_under_the_table(status_catalog):
    """A month skipped inside a series: the status is judged on the latest value and no
    data is overdue, so the table alone hid it. One line names the KPIs (not a draft's),
    in both languages; the JSON gives the periods."""
    catalog = status_catalog
    kpi = yaml.safe_load((catalog / "marketing" / "steady.yml").read_text())
    kpi["measurement"].update(collection_frequency="monthly", reporting_frequency="monthly")
    kpi.update(id="gappy", name="Gappy", actuals=[
        {"period": p, "value": 140} for p in ("2026-03", "2026-05", "2026-06")])
    (catalog / "marketing" / "gappy.yml").write_text(yaml.safe_dump(kpi, sort_keys=False))
    kpi.update(id="sketch", name="Sketch", lifecycle="draft")
    (catalog / "marketing" / "sketch.yml").write_text(yaml.safe_dump(kpi, sort_keys=False))
    assert "earlier periods" not in run(str(catalog), "--today", "2026-05-13").output, \
        "2026-04 is not due before 2026-05-14"
    out = run(str(catalog), "--today", TODAY)
    assert out.exit_code == 0, out.output
    assert out.output.splitlines()[-1] == (
        "1 KPI has earlier periods without a value, which kpi due no longer asks for: gappy "
        "(1 period). kpi due --gaps lists them.")
    assert "data overdue" not in rows_of(out.output)["gappy"]
    indonesian = CliRunner().invoke(main, ["--language", "id", "status", str(catalog),
                                           "--today", TODAY]).output
    assert "1 KPI memiliki periode terdahulu tanpa nilai yang tidak lagi diminta oleh kpi " \
           "due: gappy (1 periode). Daftarnya ada di kpi due --gaps." in indonesian
    data = json.loads(run(str(catalog), "--today", TODAY, "--format", "json").output)
    gaps = {k["id"]: k["gaps"] for k in data["kpis"]}
    assert (gaps["gappy"], gaps["sketch"], gaps["steady"]) == (["2026-04"], [], [])


def _with_visibility(catalog, source: str, kpi_id: str, visibility: str) -> None:
    folder = next(catalog.rglob(f"{source}.yml")).parent
    data = yaml.safe_load((folder / f"{source}.yml").read_text())
    data.update(id=kpi_id, name=f"The {visibility} one", visibility=visibility)
    (folder / f"{kpi_id}.yml").write_text(yaml.safe_dump(data, sort_keys=False))


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_report_is_for_the_catalogs_audience_as_the_site_is(status_catalog, language):
    """`kpi status` counted and named a confidential KPI that the public site, `kpi export`
    and the other commands leave out (the example: 31 active KPIs where its site counts
    30). It now reads the catalog as catalog.yml's `audience` may, public by default, or as
    --audience says, like `kpi export`: for the public, no confidential KPI and no values of
    internal ones."""
    catalog = status_catalog
    _with_visibility(catalog, "slow", "secret-pay", "confidential")  # behind, red
    _with_visibility(catalog, "fast", "inside", "internal")  # ahead, with its values

    def status(*args: str):
        out = CliRunner().invoke(main, ["--language", language, "status", str(catalog),
                                        "--today", TODAY, *args])
        assert out.exit_code == 0, out.output
        return out.output

    def active_rollup(*args: str) -> dict:
        return json.loads(CliRunner().invoke(
            main, ["export", str(catalog), "--today", TODAY, *args]).output)["active_rollup"]

    public = status()
    assert "secret-pay" not in public and "The confidential one" not in public
    assert "170" not in rows_of(public)["inside"]  # listed, without its values
    counted = "Status of 7 active KPIs" if language == "en" else "Status 7 KPI aktif"
    assert counted in public
    data = json.loads(status("--format", "json"))
    assert "secret-pay" not in {k["id"] for k in data["kpis"]}
    assert data["active_rollup"] == active_rollup()
    assert data["active_rollup"]["behind"] == 1 and data["active_rollup"]["no_data"] == 2

    internal = status("--audience", "internal")
    assert "secret-pay" in rows_of(internal) and "170 (2026-07-02)" in internal
    assert ("Status of 8 active KPIs" if language == "en" else "Status 8 KPI aktif") in internal
    data = json.loads(status("--audience", "internal", "--format", "json"))
    assert data["active_rollup"] == active_rollup("--audience", "internal")

    (catalog / "catalog.yml").write_text("audience: internal\n")  # the fixture has none
    assert "secret-pay" in rows_of(status())
    assert "secret-pay" not in status("--audience", "public")


def test_a_table_of_drafts_only_has_no_active_kpi_to_count():
    from kpi_catalog.model.enums import StatusValue
    from kpi_catalog.status.report import rollup_text

    nothing = dict.fromkeys(StatusValue, 0)
    assert rollup_text(nothing, shown=2) == "No active KPIs to count."
    assert rollup_text(nothing) == "No KPIs to show."


def test_json(status_catalog):
    out = run(str(status_catalog), "--today", TODAY, "--format", "json")
    data = json.loads(out.output)
    assert data["today"] == TODAY
    assert {k["id"]: k["status"]["value"] for k in data["kpis"]} == {
        "fast": "ahead", "steady": "on_track", "slow": "behind", "done": "achieved",
        "waiting": "no_data", "by-hand": "on_track"}
    assert data["rollup"] == {"achieved": 1, "ahead": 1, "on_track": 2, "behind": 1,
                              "not_started": 0, "no_data": 1}
    assert data["active_rollup"] == data["rollup"], "no draft: the same KPIs"
    assert data["retired_not_shown"] == 1
    by_hand = next(k for k in data["kpis"] if k["id"] == "by-hand")
    assert by_hand["status"]["manual"] is True


def test_before_the_start_everything_waits(status_catalog):
    for path in status_catalog.glob("*/*.yml"):  # no value had been measured then
        data = yaml.safe_load(path.read_text())
        data.pop("actuals", None)
        path.write_text(yaml.safe_dump(data, sort_keys=False))
    out = run(str(status_catalog), "--today", "2025-12-01")
    assert "Status of 6 active KPIs: 1 on track, 5 not started." in out.output  # manual stays


def test_an_invalid_catalog_is_refused(status_catalog):
    (status_catalog / "sales" / "slow.yml").write_text("id: slow\nname: [broken\n")
    out = run(str(status_catalog), "--today", TODAY)
    assert out.exit_code == 1
    assert "slow.yml" in out.output


def test_an_invalid_catalog_is_refused_before_the_filter_is_checked(status_catalog):
    (status_catalog / "departments.yml").write_text("departments: [broken\n")
    out = run(str(status_catalog), "--department", "sales", "--today", TODAY)
    assert out.exit_code == 1
    assert "departments.yml:" in out.output and "use one of" not in out.output



def test_export_carries_the_status(status_catalog):
    out = CliRunner().invoke(main, ["export", str(status_catalog), "--today", TODAY])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert {k["id"]: k["status"]["value"] for k in data["kpis"]}["fast"] == "ahead"
    csv_out = CliRunner().invoke(main, ["export", str(status_catalog), "--format", "csv",
                                        "--today", TODAY])
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(csv_out.output))}
    assert rows["slow"]["status"] == "behind"


def test_csv_export_shows_the_latest_value_the_status_judged(status_catalog):
    """A value of a period not ended is an error (E312), but the table of an export judged
    on an earlier day than its catalog was checked must still pair value and status."""
    slow = status_catalog / "sales" / "slow.yml"
    data = yaml.safe_load(slow.read_text())
    data["actuals"].append({"period": "2026-08", "value": 300})  # not ended on TODAY
    slow.write_text(yaml.safe_dump(data, sort_keys=False))
    assert run(str(status_catalog), "--today", TODAY).exit_code == 1, "E312 on TODAY"
    catalog = check_catalog(status_catalog, today=date(2026, 9, 1)).catalog
    day = date.fromisoformat(TODAY)
    text = to_csv(catalog, lambda c, k: export_fields(c, k, day))
    row = {r["id"]: r for r in csv.DictReader(io.StringIO(text))}["slow"]
    assert (row["latest_period"], row["latest_value"], row["status"]) == (
        "2026-07-02", "120.0", "behind")


def test_the_table_names_each_kpi_in_the_language_of_the_messages(status_catalog):
    """`kpi --language id status` listed every name in English where the KPI's file gives
    its Indonesian name (the site's Indonesian pages show it); the JSON, for programs, keeps
    the names as the files write them."""
    catalog = status_catalog
    (catalog / "catalog.yml").write_text("languages: [en, id]\n")
    path = next(catalog.rglob("fast.yml"))
    data = yaml.safe_load(path.read_text())
    data["translations"] = {"id": {"name": "Yang cepat"}}
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    english_name = data["name"]

    def status(language: str, *args: str) -> str:
        out = CliRunner().invoke(main, ["--language", language, "status", str(catalog),
                                        "--today", TODAY, *args])
        assert out.exit_code == 0, out.output
        return out.output

    assert "Yang cepat" in rows_of(status("id"))["fast"]
    assert english_name in rows_of(status("en"))["fast"]
    assert "Yang cepat" not in status("en")
    named = {k["id"]: k["name"] for k in json.loads(status("id", "--format", "json"))["kpis"]}
    assert named["fast"] == english_name


def test_no_control_character_of_a_kpi_file_reaches_the_terminal(status_catalog):
    """A name and the reason of a status set by hand are a contributor's text: a terminal's
    escape sequence in the reason (set the window's title, clear the screen) or a
    bidirectional control in the name (which reorders what is shown) is dropped, as the
    site drops them."""
    path = next(status_catalog.rglob("by-hand.yml"))
    data = yaml.safe_load(path.read_text())
    data["name"] = "By \u202egnp.exe\u202c hand"
    data["status"]["reason"] = "A strike\x1b]0;pwned\x07 held\x1b[2J deliveries."
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    out = run(str(status_catalog), "--today", TODAY)
    assert out.exit_code == 0, out.output
    assert "By gnp.exe hand" in rows_of(out.output)["by-hand"]
    assert "* by-hand: set by hand: A strike]0;pwned held[2J deliveries." in out.output
    assert not any(c in out.output for c in "\x1b\x07\u202e\u202c")
