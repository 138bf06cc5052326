"""The examples of the rules' Indonesian pages (docs/id/rules/) say what they show: each
bad example makes its rule's finding in a KPI file, and no good example does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_every_code_speaks import ELSEWHERE, _kpi_file

from catalog_factory import TODAY, catalog_files, kpi_data, write_catalog
from kpi_catalog.checking.check import check_catalog

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = sorted((DOCS / "id" / "rules").glob("K*.md"))
SECTION = r"^## {title}\n(.*?)(?=^## )"
YAML = re.compile(r"```yaml\n(.*?)```", re.S)
# The examples that need more than the KPI file: the objective's period (K106), the
# target.date a comment gives (K112), today's date (K109, K116), a catalog in English that
# lists Bahasa Indonesia (K118: tests/rules checks it), fields given in comments beside
# several statements (K113: tests/rules checks its readings); and an example that holds a
# registry beside the KPI's fields (`# kpis/glossary.yml`: K104's second good example).
NOT_ALONE = ELSEWHERE | {"K106", "K109", "K112", "K113", "K116", "K118"}
REGISTRY = re.compile(r"^# kpis/(glossary|objectives|departments|catalog)\.yml", re.M)


def _codes(tmp_path: Path, example: str) -> set[str]:
    files = catalog_files([kpi_data()])
    files["marketing/leads.yml"] = _kpi_file(example)
    root = write_catalog(tmp_path / "kpis", files)
    (tmp_path / ".git").mkdir(exist_ok=True)
    return {d.code for d in check_catalog(root, today=TODAY).diagnostics}


def _examples():
    for page in PAGES:
        if page.stem in NOT_ALONE:
            continue
        text = page.read_text(encoding="utf-8")
        for title, makes in (("Contoh buruk", True), ("Contoh baik", False)):
            section = re.search(SECTION.format(title=title), text, re.S | re.M)
            assert section, f"{page.name} has no `## {title}`"
            for n, example in enumerate(YAML.findall(section.group(1))):
                if REGISTRY.search(example):
                    continue
                yield pytest.param(page.stem, example, makes, id=f"{page.stem}-{title}-{n}")


@pytest.mark.parametrize(("code", "example", "makes"), list(_examples()))
def test_each_example_of_an_indonesian_rule_page_shows_its_rule(tmp_path, code, example, makes):
    found = _codes(tmp_path, example)
    assert (code in found) is makes, (code, sorted(found), example)
    if not makes:  # a good example is a KPI file that loads, which the rule has read
        assert not {c for c in found if c.startswith("E")}, (sorted(found), example)
