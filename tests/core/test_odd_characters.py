"""Ids and names that read right but are refused, and the hints that follow from them.

A letter of another alphabet (the Cyrillic а of a Russian keyboard layout, the Greek ο), an
invisible character or a no-break space pasted with a name: the message quotes the id as
written, which looks right, so it names the character, and the hint gives the id in plain
letters. A file name that is no id is not offered as one; and a catalog.yml that does not
load is reported once, not again at each KPI for what it would have said.
"""

from __future__ import annotations

import pytest

from kpi_catalog.i18n.messages import speaking
from kpi_catalog.model.diagnostics import Severity

KPI = "kpis/marketing/new-leads.yml"


@pytest.mark.parametrize(("old", "new", "line", "column", "words"), [
    ("id: new-leads", "id: new-le\u0430ds", 1, 1,  # Cyrillic а
     ["Character 7 is `\u0430` (U+0430 CYRILLIC SMALL LETTER A), not `a`",
      "Write `new-leads`"]),
    ("id: new-leads", "id: new\u2013leads", 1, 1,  # an en dash, as Word makes it
     ["Character 4 is `\u2013` (U+2013 EN DASH), not `-`", "Write `new-leads`"]),
    ("id: new-leads", "id: new-\u200bleads", 1, 1,
     ["Character 5 is invisible: U+200B ZERO WIDTH SPACE", "Write `new-leads`"]),
    ("id: new-leads", "id: new-leads\u00a0", 1, 1,
     ["Character 10 is invisible: U+00A0 NO-BREAK SPACE", "Write `new-leads`"]),
    ("related: [won-deals]", "related: [w\u03bfn-deals]", 23, 11,  # Greek ο
     ["Character 2 is `\u03bf` (U+03BF GREEK SMALL LETTER OMICRON), not `o`",
      "Write `won-deals`"]),
    ("id: new-leads", "id: new-l\u00e9ads", 1, 1,
     ["Character 6 is `\u00e9` (U+00E9 LATIN SMALL LETTER E WITH ACUTE), not `e`",
      "Write `new-leads`"]),
])
def test_an_id_with_a_look_alike_character_names_it(catalog, located, old, new, line,
                                                    column, words):
    """It said only '`new-leаds` is not a valid `id`. Use lowercase letters, digits and
    hyphens only', quoting an id that reads right."""
    catalog.edit(KPI, old, new)
    located(catalog.only_error(), KPI, line, column, "E204", *words)


def test_the_character_is_named_in_indonesian(catalog, located):
    catalog.edit(KPI, "id: new-leads", "id: new-le\u0430ds")
    with speaking("id"):
        error = catalog.only_error()
    located(error, KPI, 1, 1, "E204", "Karakter ke-7 adalah `\u0430`", "bukan `a`",
            "Tulis `new-leads`")


def test_an_id_not_made_plain_by_its_look_alikes_keeps_the_general_hint(catalog, located):
    catalog.edit(KPI, "id: new-leads", "id: new_le\u0430ds")
    located(catalog.only_error(), KPI, 1, 1, "E204", "Character 7 is `\u0430`",
            "Use lowercase letters, digits and hyphens only")


def test_a_field_name_with_a_look_alike_letter_names_it(catalog, located):
    catalog.edit(KPI, "owner: Marketing", "\u043ewner: Marketing")  # Cyrillic о
    error = [e for e in catalog.errors() if e.code == "E202"]
    assert len(error) == 1
    located(error[0], KPI, 7, 1, "E202", "Character 1 is `\u043e`", "not `o`",
            "Did you mean `owner`?")


def test_a_plain_unknown_field_name_is_not_given_a_character_note(catalog):
    catalog.edit(KPI, "owner: Marketing", "Owner: Marketing")
    error = [e for e in catalog.errors() if e.code == "E202"]
    assert len(error) == 1 and "Character" not in error[0].message


@pytest.mark.parametrize("name", ["New leads.yml", "New-Leads.yml", "new-l\u00e9ads.yml"])
def test_a_file_name_that_is_no_id_is_not_offered_as_one(catalog, located, name):
    """It said 'Rename the file to new-leads.yml, or set `id: New leads`', an id refused."""
    catalog.path(KPI).rename(catalog.path(f"kpis/marketing/{name}"))
    error = catalog.only_error()
    located(error, f"kpis/marketing/{name}", 1, 1, "E304", "Rename the file to new-leads.yml")
    assert "set `id:" not in error.hint


def test_a_file_name_that_is_an_id_is_still_offered(catalog, located):
    catalog.path(KPI).rename(catalog.path("kpis/marketing/leads.yml"))
    located(catalog.only_error(), "kpis/marketing/leads.yml", 1, 1, "E304",
            "Rename the file to new-leads.yml, or set `id: leads`")


def test_a_catalog_yml_that_does_not_load_is_reported_once(catalog, located):
    """Its languages and dbt project are unknown then: each KPI with a translation was
    reported (E315, 'catalog.yml does not list Indonesian'), and each naming a semantic
    metric (E320, 'catalog.yml does not say where the dbt project is')."""
    catalog.write("kpis/catalog.yml", "name: Test catalog\nlanguage: en\nlanguages: [en, id]\n"
                  "semantic_layer: {project: dbt}\nrules: {K101: of}\n")
    catalog.edit(KPI, "tags: [pipeline]",
                 "tags: [pipeline]\ntranslations:\n  id: {name: Prospek baru per bulan}")
    catalog.edit(KPI, "  data_source: CRM monthly lead report",
                 "  data_source: CRM monthly lead report\n  semantic_metric: new_leads")
    errors = [d for d in catalog.check().diagnostics if d.severity is Severity.ERROR]
    assert [(e.path, e.code) for e in errors] == [("kpis/catalog.yml", "E204")], "\n".join(
        e.text() for e in errors)


def test_a_glossary_that_does_not_load_is_reported_once(catalog):
    """Each acronym of each statement was reported as jargon (K104) meanwhile."""
    catalog.edit("kpis/glossary.yml", "glossary:", "glossary: yes")
    catalog.edit(KPI, "Increase new leads", "Increase new CRM leads")
    found = [(d.path, d.code) for d in catalog.check().diagnostics]
    assert found == [("kpis/glossary.yml", "E101")], found


def test_a_glossary_that_loads_still_has_jargon_reported(catalog):
    catalog.edit(KPI, "Increase new leads", "Increase new SEO leads")
    assert [d.code for d in catalog.check().diagnostics] == ["K104"]


# --- file names that editors make ----------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".TXT"])
def test_a_kpi_file_saved_with_txt_after_yml_is_a_warning(catalog, located, suffix):
    """Notepad's "Save as" adds .txt: the KPI vanished from the catalog with only a note
    (the run passed, 'This file is not read: only .yml and .yaml files are KPI files')."""
    catalog.edit("kpis/sales/won-deals.yml", "related: [new-leads]\n", "")
    catalog.path(KPI).rename(catalog.path(KPI + suffix))
    result = catalog.load()
    (found,) = result.diagnostics
    located(found, KPI + suffix, 1, 1, "E308", "its KPI is missing from the catalog",
            "Notepad", "Rename it to new-leads.yml")
    assert found.severity is Severity.WARNING


def test_the_same_in_indonesian(catalog, located):
    catalog.path(KPI).rename(catalog.path(KPI + ".txt"))
    with speaking("id"):
        found = [d for d in catalog.load().diagnostics if d.code == "E308"]
    located(found[0], KPI + ".txt", 1, 1, "E308", "KPI-nya tidak ada di katalog",
            "Ganti namanya menjadi new-leads.yml")


@pytest.mark.parametrize("copy", [".txt", ".orig", "~", ".bak"])
def test_a_copy_beside_its_kpi_file_stays_a_note(catalog, copy):
    catalog.write(KPI + copy, catalog.read(KPI))
    (found,) = catalog.load().diagnostics
    assert (found.code, found.severity) == ("E308", Severity.INFO)


@pytest.mark.parametrize("copy", [".orig", "~", ".bak", ".txt.bak"])
def test_a_copy_made_on_purpose_stays_a_note_without_its_kpi_file(catalog, copy):
    catalog.edit("kpis/sales/won-deals.yml", "related: [new-leads]\n", "")
    catalog.path(KPI).rename(catalog.path(KPI + copy))
    (found,) = catalog.load().diagnostics
    assert (found.code, found.severity) == ("E308", Severity.INFO)


@pytest.mark.parametrize(("name", "meant"), [
    ("catalog.yaml", "catalog.yml"), ("Glossary.yml", "glossary.yml"),
    ("DEPARTMENTS.YAML", "departments.yml")])
def test_a_catalog_file_named_otherwise_is_told_its_name(catalog, located, name, meant):
    """It said 'This file is not part of the catalog: KPI files belong in the folder of
    their department. Move it to kpis/<department>/catalog.yaml.'"""
    rel = f"kpis/{meant}"
    catalog.path(rel).rename(catalog.path(f"kpis/{name}"))
    found = [d for d in catalog.check().diagnostics if d.path == f"kpis/{name}"]
    located(found[0], f"kpis/{name}", 1, 1, "E303", f"reads {meant} by that name only",
            f"Rename it to {meant}")


def test_a_glossary_by_another_name_is_reported_once(catalog):
    catalog.path("kpis/glossary.yml").rename(catalog.path("kpis/glossary.yaml"))
    catalog.edit(KPI, "Increase new leads", "Increase new SEO leads")
    found = [(d.path, d.code) for d in catalog.check().diagnostics]
    assert found == [("kpis/glossary.yaml", "E303")], found
