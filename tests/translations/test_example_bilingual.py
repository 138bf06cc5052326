"""The example catalog is bilingual: every KPI and registry entry in English and in Bahasa
Indonesia, each translation saying what its original says."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog_factory import TODAY
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.checking.translations import entries, missing_texts
from kpi_catalog.model.language import language_of

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def example():
    result = check_catalog(REPO / "kpis", today=TODAY, repo_root=REPO)
    assert result.ok, [d.text() for d in result.errors]
    return result


def test_the_example_requires_both_languages(example):
    config = example.catalog.config
    assert config.languages == ["en", "id"] and set(config.required_languages) == {"en", "id"}


def test_every_entry_has_every_text_in_both_languages(example):
    config = example.catalog.config
    incomplete = {}
    for entry in entries(example):
        other = next(lang for lang in config.languages
                     if lang != language_of(entry.model, config.language))
        missing = missing_texts(entry.model, other)
        if missing:
            incomplete[entry.what] = missing
    assert incomplete == {}
    assert [d.text() for d in example.diagnostics
            if d.code in ("K118", "K119", "E314", "E315")] == []


def test_both_languages_are_originals_somewhere(example):
    """Human Resources writes in Bahasa Indonesia, the rest in English: both directions of
    translation are shown."""
    written = {language_of(kpi, "en") for kpi in example.catalog.kpis.values()}
    assert written == {"en", "id"}
