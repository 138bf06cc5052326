"""The committed .github/CODEOWNERS must say what `kpi codeowners` writes for the catalog."""

from pathlib import Path

from kpi_catalog.export.codeowners import codeowners
from kpi_catalog.reading.loader import load_catalog

ROOT = Path(__file__).resolve().parents[1]


def test_committed_codeowners_matches_the_reviewers():
    committed = (ROOT / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    expected = codeowners(load_catalog(ROOT / "kpis", repo_root=ROOT).catalog)
    assert committed == expected, ".github/CODEOWNERS is out of date: run `kpi codeowners`"
    assert "/kpis/marketing/ @" in committed  # the example names reviewers
