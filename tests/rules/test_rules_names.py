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
