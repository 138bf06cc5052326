"""K120: no two KPIs go by the same name or alias, ignoring capitals, accents and spaces."""

from __future__ import annotations

from pathlib import Path

import pytest
from rules_helpers import TODAY, kpi_data, memory_catalog

from kpi_catalog.checking.rules import RULES, Context
from kpi_catalog.model.catalog import SourceFile
from kpi_catalog.model.kpi import Kpi


def _named(kpi_id: str, name: str, aliases: list[str] | None = None, **changes) -> dict:
    return kpi_data(id=kpi_id, name=name, aliases=aliases or [],
                    measurement={"metric": f"Metric of {kpi_id}", "data_source": "CRM"},
                    **changes)


def _k120(result) -> list:
    return [d for d in result.diagnostics if d.code == "K120"]


def test_k120_reports_the_later_files_at_their_name_and_names_the_first(check, tmp_path):
    result = check([_named("a-leads", "Leads"), _named("b-leads", "LEADS"),
                    _named("c-leads", " Léads ")])
    found = _k120(result)
    assert [d.path.rsplit("/", 1)[-1] for d in found] == ["b-leads.yml", "c-leads.yml"]
    for diagnostic in found:
        assert diagnostic.severity.value == "warning"
        assert "marketing/a-leads.yml" in diagnostic.message, diagnostic.message
        assert diagnostic.field == ("name",)
        name = diagnostic.path.rsplit("/", 1)[-1]
        lines = (tmp_path / "kpis" / "marketing" / name).read_text().splitlines()
        assert lines[diagnostic.line - 1].startswith("name:"), diagnostic


@pytest.mark.parametrize("written", ["Le\u200bads", "Lea\u00adds", "\u202eLeads",
                                     "\uff2c\uff45\uff41\uff44\uff53"],
                         ids=["zero-width-space", "soft-hyphen", "bidi-control", "full-width"])
def test_k120_names_that_look_the_same_are_one(check, written):
    """An invisible character (pasted from a web page) or full-width letters made a name
    that readers of the site cannot tell from another's pass as a name of its own."""
    found = _k120(check([_named("a-leads", "Leads"), _named("b-leads", written)]))
    assert [d.path.rsplit("/", 1)[-1] for d in found] == ["b-leads.yml"], found


def test_k120_an_alias_that_is_another_kpis_name_or_alias(check):
    result = check([_named("a-leads", "Leads"), _named("b-contacts", "Contacts", ["leads"]),
                    _named("c-people", "People", ["Contácts"])])
    found = _k120(result)
    assert [(d.path.rsplit("/", 1)[-1], d.field) for d in found] == [
        ("b-contacts.yml", ("aliases", 0)), ("c-people.yml", ("aliases", 0))]
    assert "name of kpis/marketing/a-leads.yml" in found[0].message, found[0].message
    assert "name of kpis/marketing/b-contacts.yml" in found[1].message, found[1].message


def test_k120_a_name_that_is_another_kpis_alias(check):
    result = check([_named("a-leads", "Leads", ["MQL"]), _named("b-mql", "mql")])
    [found_alias] = _k120(result)
    assert "alias of kpis/marketing/a-leads.yml" in found_alias.message, found_alias.message


@pytest.mark.parametrize(("second", "fires"), [
    (_named("b", "Leads per month"), False),
    (_named("b", "Leads", lifecycle="retired"), False),
    (_named("b", "leads", lifecycle="draft"), True),
    (_named("b", "Leads", silence=[{"rule": "K120", "reason": "Kept apart on purpose."}]),
     False),
])
def test_k120_cases(check, second, fires):
    result = check([_named("a", "Leads"), second])
    assert bool(_k120(result)) is fires


def test_k120_a_kpi_may_repeat_its_own_name_as_an_alias(check):
    assert not _k120(check([_named("a", "Leads", ["LEADS", "léads"])]))


def test_k120_in_a_large_catalog_finds_only_the_one_clash():
    """10,000 KPIs with distinct names draw nothing; one more named as one of them, in
    other capitals, draws one finding at its name."""
    kpis = [Kpi.model_validate(_named(f"k{i}", f"Leads {i}", [f"L{i}"]))
            for i in range(10_000)]
    catalog = memory_catalog(*kpis)
    catalog.kpi_sources = {kpi.id: SourceFile(Path(f"{kpi.id}.yml"), f"kpis/{kpi.id}.yml", "")
                           for kpi in kpis}
    ctx = Context(catalog, TODAY)
    assert [f for kpi in kpis for f in RULES["K120"].check(kpi, ctx)] == []
    kpis.append(Kpi.model_validate(_named("k-last", "LEADS 7")))
    catalog.kpi_sources["k-last"] = SourceFile(Path("z.yml"), "kpis/z.yml", "")
    catalog.kpis["k-last"] = kpis[-1]
    ctx = Context(catalog, TODAY)
    assert [f.field for kpi in kpis for f in RULES["K120"].check(kpi, ctx)] == [("name",)]


def _in_id(data: dict, name: str) -> dict:
    return {**data, "translations": {"id": {"name": name}}}


LANGUAGES = {"language": "en", "languages": ["en", "id"]}


def test_k120_two_indonesian_names_that_clash(check, tmp_path):
    """Readers of the Indonesian site cannot tell `Prospek` from `PROSPEK` either: reported
    at the later file's translated name, naming the language."""
    result = check([_in_id(_named("a-leads", "Leads"), "Prospek"),
                    _in_id(_named("b-prospects", "Prospects"), " PROSPÉK")], LANGUAGES)
    [found] = _k120(result)
    assert found.path.endswith("b-prospects.yml")
    assert found.field == ("translations", "id", "name")
    assert "Indonesian" in found.message and "marketing/a-leads.yml" in found.message
    assert "`Prospek`" in found.message, found.message
    lines = (tmp_path / "kpis" / "marketing" / "b-prospects.yml").read_text().splitlines()
    assert "PROSPÉK" in lines[found.line - 1], (found, lines)


def test_k120_an_indonesian_name_that_is_an_indonesian_kpis_name_or_alias(check):
    result = check([_named("a-prospek", "Prospek", ["Calon"], language="id"),
                    _in_id(_named("b-leads", "Leads"), "calon"),
                    _in_id(_named("c-people", "People"), "prospek")], LANGUAGES)
    found = _k120(result)
    assert [(d.path.rsplit("/", 1)[-1], d.field) for d in found] == [
        ("b-leads.yml", ("translations", "id", "name")),
        ("c-people.yml", ("translations", "id", "name"))]
    assert "alias of kpis/marketing/a-prospek.yml" in found[0].message, found[0].message
    assert "name of kpis/marketing/a-prospek.yml" in found[1].message, found[1].message


def test_k120_a_name_that_is_an_earlier_kpis_translated_name(check):
    result = check([_in_id(_named("a-leads", "Leads"), "Prospek"),
                    _named("b-prospek", "prospek", language="id")], LANGUAGES)
    [found] = _k120(result)
    assert found.path.endswith("b-prospek.yml") and found.field == ("name",)
    assert "name of kpis/marketing/a-leads.yml in Indonesian" in found.message, found.message


def test_k120_names_in_different_languages_do_not_clash(check):
    """`Target` in English and `Target` as another KPI's Indonesian name: each site shows
    one of them; a KPI may also keep its name when translated."""
    result = check([_named("a-target", "Target"),
                    _in_id(_named("b-goal", "Goal"), "Target"),
                    _in_id(_named("c-gmv", "GMV"), "GMV")], LANGUAGES)
    assert not _k120(result)


def test_k120_in_indonesian_speaks_indonesian(check):
    from kpi_catalog.i18n.messages import speaking

    with speaking("id"):
        result = check([_in_id(_named("a-leads", "Leads"), "Prospek"),
                        _in_id(_named("b-prospects", "Prospects"), "prospek")], LANGUAGES)
    [found] = _k120(result)
    assert "bahasa Indonesia" in found.message.lower() or "Indonesia" in found.message, \
        found.message
    assert "ignoring" not in found.message, found.message
