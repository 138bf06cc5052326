"""K124: a tag is written one way, so the site's tags page lists it once."""

from __future__ import annotations

import pytest
from rules_helpers import kpi_data

from kpi_catalog.i18n.messages import speaking

LANGUAGES = {"language": "en", "languages": ["en", "id"]}


def _tagged(kpi_id: str, tags: list[str], **changes) -> dict:
    return kpi_data(id=kpi_id, name=f"Name of {kpi_id}", tags=tags,
                    measurement={"metric": f"Metric of {kpi_id}", "data_source": "CRM"},
                    **changes)


def _k124(result) -> list:
    return [d for d in result.diagnostics if d.code == "K124"]


@pytest.mark.parametrize("written", ["Cafe\u0301", "CAFÉ", "Caf\u200bé", "Ｃａｆé"],
                         ids=["decomposed", "capitals", "zero-width-space", "full-width"])
def test_k124_a_tag_written_otherwise_is_reported_at_the_later_file(check, tmp_path, written):
    """`Café` written with a combining accent (as some keyboards and macOS file names give
    it) looks the same and made a second tag on the site, each holding part of the KPIs."""
    found = _k124(check([_tagged("a-first", ["Retail", "Café"]),
                         _tagged("b-second", [written])]))
    assert [(d.path.rsplit("/", 1)[-1], d.field) for d in found] == [
        ("b-second.yml", ("tags", 0))], found
    [diagnostic] = found
    assert diagnostic.severity.value == "warning"
    assert "marketing/a-first.yml" in diagnostic.message and "`Café`" in diagnostic.message
    lines = (tmp_path / "kpis" / "marketing" / "b-second.yml").read_text().splitlines()
    assert lines[diagnostic.line - 1].lstrip().startswith("- "), lines[diagnostic.line - 1]
    if written.casefold() != "café":  # more than capitals: the odd characters are named
        assert "U+" in diagnostic.message, diagnostic.message


def test_k124_the_same_tag_written_the_same_way_and_different_words_are_fine(check):
    result = check([_tagged("a-first", ["Café", "resume"]), _tagged("b-second", ["Café"]),
                    _tagged("c-third", ["résumé", "Cafés"])])
    assert not _k124(result)


def test_k124_within_one_kpi(check):
    [found] = _k124(check([_tagged("a-first", ["Sales", "sales"])]))
    assert found.field == ("tags", 1)
    assert "this KPI" in found.message, found.message


def test_k124_tags_are_compared_within_each_language(check):
    """An Indonesian tag is on the Indonesian site's tags page only: `Penjualan` there and
    an English tag `penjualan` do not clash, two Indonesian spellings do."""
    result = check([
        _tagged("a-first", ["penjualan"]),
        _tagged("b-second", ["Sales"], translations={"id": {"tags": ["Penjualan"]}}),
        _tagged("c-third", ["Sales"], translations={"id": {"tags": ["PENJUALAN"]}})],
        LANGUAGES)
    assert [(d.path.rsplit("/", 1)[-1], d.field) for d in _k124(result)] == [
        ("c-third.yml", ("translations", "id", "tags", 0))]


def test_k124_speaks_indonesian(check):
    with speaking("id"):
        [found] = _k124(check([_tagged("a-first", ["Café"]), _tagged("b-second", ["cafe\u0301"])]))
    assert "ditulis" in found.message and "written" not in found.message, found.message
    assert "U+0301" in found.message
