"""Severity per rule (catalog.yml), silences (KPI files), unknown codes, lifecycles,
locations, and one documentation page per rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rules_helpers import kpi_data

from kpi_catalog.checking.rules import CONFIG_CODE, RULES
from kpi_catalog.model.diagnostics import Severity

ROOT = Path(__file__).resolve().parents[2]
JARGON = "Raise the ARPU from 120 to 200 by 31 December 2026."
STALE = "2026-01-15"  # a review date before the tests' today


def codes(result) -> list[str]:
    return [d.code for d in result.diagnostics]


def line_of(path: Path, prefix: str) -> int:
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if line.strip().startswith(prefix):
            return number
    raise AssertionError(f"{prefix} not in {path}")


def test_a_good_kpi_passes_every_rule(check):
    result = check([kpi_data()])
    assert result.diagnostics == []


def test_default_severities(check):
    result = check([kpi_data(statement=JARGON, review_date=STALE,
                             thresholds={"green": 150, "amber": 180})])
    found = {d.code: d.severity for d in result.diagnostics}
    assert found == {"K104": Severity.WARNING, "K107": Severity.ERROR,
                     "K109": Severity.WARNING}
    assert not result.ok


def test_catalog_yml_turns_a_rule_off(check):
    result = check([kpi_data(statement=JARGON)], config={"rules": {"K104": "off"}})
    assert "K104" not in codes(result)


def test_catalog_yml_raises_and_lowers_severities(check):
    result = check([kpi_data(review_date=STALE, thresholds={"green": 150, "amber": 180})],
                   config={"rules": {"K109": "error", "K107": "warning"}})
    found = {d.code: d.severity for d in result.diagnostics}
    assert found == {"K109": Severity.ERROR, "K107": Severity.WARNING}
    assert not result.ok  # K109 is an error now


def test_an_unknown_code_in_catalog_yml_is_a_located_error(check, tmp_path):
    result = check([kpi_data()], config={"name": "Test", "rules": {"K104": "off",
                                                                   "K999": "off"}})
    [problem] = result.errors
    assert (problem.code, problem.path) == (CONFIG_CODE, "kpis/catalog.yml")
    assert problem.line == line_of(tmp_path / "kpis/catalog.yml", "K999:")
    assert "`K999` is not a rule code" in problem.message
    assert problem.field == ("rules", "K999")


def test_silence_stops_a_rule_for_that_kpi_only(check):
    silenced = kpi_data(id="quiet", statement=JARGON,
                        silence=[{"rule": "K104", "reason": "ARPU is known here."}])
    loud = kpi_data(id="loud", name="Other leads per month", statement=JARGON,
                    measurement={"metric": "Other leads"})
    result = check([silenced, loud])
    assert [(d.code, Path(d.path).stem) for d in result.diagnostics] == [("K104", "loud")]


def test_silencing_an_unknown_code_is_a_located_error(check, tmp_path):
    kpi = kpi_data(silence=[{"rule": "K104", "reason": "Fine."},
                            {"rule": "K998", "reason": "Typo."}])
    [problem] = check([kpi]).errors
    assert problem.code == CONFIG_CODE
    assert problem.field == ("silence", 1, "rule")
    path = tmp_path / "kpis/marketing/leads.yml"
    assert problem.line == line_of(path, "- rule: K998")


def test_an_error_rule_silenced_does_not_fail_the_catalog(check):
    kpi = kpi_data(thresholds={"green": 150, "amber": 180},
                   silence=[{"rule": "K107", "reason": "Being fixed in the next review."}])
    assert check([kpi]).ok


def test_retired_kpis_are_not_checked(check):
    retired = kpi_data(lifecycle="retired", statement="Be better. Soon.", owner=None,
                       review_date=STALE, thresholds={"green": 150, "amber": 180})
    assert check([retired]).diagnostics == []


def test_drafts_get_every_rule_but_k110(check):
    draft = kpi_data(lifecycle="draft", statement=JARGON, review_date=STALE, owner=None)
    assert sorted(codes(check([draft]))) == ["K104", "K109"]


def test_rules_do_not_run_on_kpis_that_failed_to_load(check):
    broken = kpi_data(statement="Be better. Soon.", direction="sideways")
    result = check([broken])
    assert codes(result) and not [c for c in codes(result) if c.startswith("K")]


def test_diagnostics_point_at_the_field(check, tmp_path):
    result = check([kpi_data(review_date=STALE, statement=JARGON,
                             measurement={"reporting_frequency": "weekly"})])
    path = tmp_path / "kpis/marketing/leads.yml"
    where = {d.code: d.line for d in result.diagnostics}
    assert where == {
        "K104": line_of(path, "statement:"),
        "K108": line_of(path, "reporting_frequency:"),
        "K109": line_of(path, "review_date:"),
    }


def test_validate_prints_rule_findings(check, write_catalog):
    from click.testing import CliRunner

    from kpi_catalog.cli import main

    root = write_catalog([kpi_data(statement=JARGON)])
    out = CliRunner().invoke(main, ["validate", str(root), "--today", "2026-11-27"])
    assert out.exit_code == 0, out.output
    assert "K104 [warning] `ARPU` is jargon that readers may not know." in out.output


# --- the registry and its documentation ----------------------------------------------

def test_codes_are_stable():
    assert list(RULES) == [f"K{n}" for n in range(101, 126)]
    assert [RULES[c].severity.value for c in RULES] == [
        "warning", "warning", "warning", "warning", "error", "error", "error", "error",
        "warning", "error", "warning", "warning", "warning", "warning", "warning", "warning",
        "warning", "warning", "warning", "warning", "warning", "warning", "warning", "warning",
        "warning"]


@pytest.mark.parametrize("code", [CONFIG_CODE, *RULES])
def test_every_rule_has_a_page_with_a_bad_and_a_good_example(code):
    page = ROOT / "docs" / "rules" / f"{code}.md"
    text = page.read_text(encoding="utf-8")
    assert re.search(rf"^# {code}\b", text, re.M)
    if code != CONFIG_CODE:
        assert re.search(r"^## Bad\b", text, re.M) and re.search(r"^## Good\b", text, re.M)
        assert RULES[code].severity.value in text


def test_the_rules_index_lists_every_rule():
    index = (ROOT / "docs" / "rules" / "index.md").read_text(encoding="utf-8")
    for code in [CONFIG_CODE, *RULES]:
        assert f"[{code}]({code}.md)" in index


def test_the_unknown_code_hints_name_the_rules_index_of_their_language(check):
    """In Bahasa Indonesia they send the editor to docs/id/rules/index.md, which exists."""
    from kpi_catalog.i18n.messages import speaking

    kpi = kpi_data(silence=[{"rule": "K998", "reason": "Typo."}])
    with speaking("id"):
        [in_silence] = check([kpi]).errors
        [in_config] = check([kpi_data()], config={"name": "Test", "rules": {"K999": "off"}}).errors
    root = Path(__file__).resolve().parents[2]
    for problem in (in_silence, in_config):
        assert "(lihat docs/id/rules/index.md)" in problem.hint, problem.hint
    assert (root / "docs" / "id" / "rules" / "index.md").is_file()
