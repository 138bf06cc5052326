"""Every problem the docs show, checked in English and in Bahasa Indonesia: the same code at
the same place, and a message and a hint that are not left in English.

The bad example of each page of docs/errors/ and docs/rules/ goes into a KPI file of a
small catalog (merged into a valid KPI when it is a set of fields, appended when it is not);
the pages whose example needs other files (registries, other KPIs, values to import) or a
file that is not text are left out, by name.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from catalog_factory import TODAY, catalog_files, dump, kpi_data, write_catalog
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.i18n.messages import speaking
from kpi_catalog.reading.yaml_reader import YamlProblem, parse_yaml

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = sorted((DOCS / "errors").glob("E*.md")) + sorted((DOCS / "rules").glob("K*.md"))
BAD = re.compile(r"^## Bad\n\n```yaml\n(.*?)```", re.S | re.M)
# Examples that are not a KPI file on their own: a registry, a second KPI, a file of values,
# a character no page can show, a dbt project and its semantic manifest (E320-E332, E420,
# E421: tests/semantic checks them in both languages, and tests/actuals E421 from a query),
# a catalog.yml in two languages; K122 (a measurement of its own: tests/actuals); K124 (two
# KPIs: tests/rules/test_rules_tags.py); K125 (other files' addresses: test_rules_contacts.py).
ELSEWHERE = {"E102", "E113", "E302", "E305", "E306", "E310", "E313", "E314", "E315", "E410",
             "K100", "K108", "K111", "K115", "K117", "K119", "K120", "K122", "K124", "K125",
             "E320", "E321",
             "E322", "E323", "E324", "E325", "E326", "E327", "E328", "E329",
             "E330", "E331", "E332", "E420", "E421"}


def _kpi_file(example: str) -> str:
    valid = kpi_data(review_date="2027-06-30")
    try:
        fields = parse_yaml(example)
    except YamlProblem:  # broken YAML: after valid fields, where its line numbers still hold
        return dump(valid) + example
    return dump({**valid, **fields}) if isinstance(fields, dict) else example


def _both_languages(tmp_path: Path, example: str, code: str):
    files = catalog_files([kpi_data()])
    files["marketing/leads.yml"] = _kpi_file(example)
    root = write_catalog(tmp_path / "kpis", files)
    (tmp_path / ".git").mkdir()
    found = {}
    for language in ("en", "id"):
        with speaking(language):
            result = check_catalog(root, today=TODAY)
        found[language] = [d for d in result.diagnostics if d.code == code]
    return found["en"], found["id"]


def _examples():
    for page in PAGES:
        bad = BAD.search(page.read_text(encoding="utf-8"))
        if bad and page.stem not in ELSEWHERE:
            yield pytest.param(page.stem, bad.group(1), id=page.stem)


@pytest.mark.parametrize(("code", "example"), list(_examples()))
def test_the_problem_of_each_page_is_said_in_indonesian(tmp_path, code, example):
    english, indonesian = _both_languages(tmp_path, example, code)
    assert english, f"the bad example of {code} does not make {code} in a KPI file"
    assert [(d.path, d.line, d.column) for d in indonesian] == [
        (d.path, d.line, d.column) for d in english]
    for en, id_ in zip(english, indonesian, strict=True):
        assert id_.message != en.message, en.message
        assert not en.hint or id_.hint != en.hint, en.hint
