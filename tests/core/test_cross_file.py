"""Checks across files: ids, folders, references between KPIs and the registries."""

from __future__ import annotations

import pytest

from kpi_catalog.i18n.messages import speaking
from kpi_catalog.model.diagnostics import Severity

KPI = "kpis/marketing/new-leads.yml"
OTHER = "kpis/sales/won-deals.yml"


def test_duplicate_kpi_id_in_another_folder(catalog, located):
    copy = catalog.read(KPI).replace("department: marketing", "department: sales")
    catalog.write("kpis/sales/new-leads.yml", copy)
    located(catalog.only_error(), "kpis/sales/new-leads.yml", 1, 1, "E302",
            "`new-leads`", "also used by kpis/marketing/new-leads.yml")


@pytest.mark.parametrize("name", [
    "new-leads - Copy.yml",  # Windows Explorer
    "new-leads (1).yml",  # a browser's download, Windows Explorer's second copy
    "Copy of new-leads.yml",  # Google Drive
    "new-leads copy.yml",  # macOS Finder
])
def test_a_copy_of_a_kpi_file_is_told_once_as_a_copy(catalog, located, name):
    """It was two errors, E302 and E304 'Rename the file to new-leads.yml': onto the file it
    copies, which E302 beside it named."""
    catalog.write(f"kpis/marketing/{name}", catalog.read(KPI))
    error = catalog.only_error()
    located(error, f"kpis/marketing/{name}", 1, 1, "E302",
            f"This file is a copy of {KPI}: it has the same id, `new-leads`",
            "Delete it if it is a leftover copy",
            "give it its own id and name the file after it (`id: new-id` in new-id.yml)")
    assert "Rename" not in error.hint


def test_a_new_kpi_begun_from_a_copy_is_told_to_take_its_file_name_as_id(catalog, located):
    catalog.write("kpis/marketing/leads-copy.yml", catalog.read(KPI))
    error = catalog.only_error()
    located(error, "kpis/marketing/leads-copy.yml", 1, 1, "E302", "a copy of " + KPI,
            "If it is a KPI of its own, set `id: leads-copy`; if it is a leftover copy, delete it")
    assert "Rename" not in error.hint


def test_a_copy_whose_original_does_not_load_is_not_told_to_take_its_name(catalog, located):
    catalog.write("kpis/marketing/new-leads (1).yml", catalog.read(KPI))
    catalog.edit(KPI, "lifecycle: active", "lifecycle: [active")
    copy = [d for d in catalog.errors() if d.path == "kpis/marketing/new-leads (1).yml"]
    assert [d.code for d in copy] == ["E302"]
    assert "a copy of " + KPI in copy[0].message and "Rename" not in copy[0].hint


def test_of_two_copies_without_their_original_one_takes_its_name(catalog, located):
    text = catalog.read(KPI)
    catalog.path(KPI).unlink()
    catalog.write("kpis/marketing/new-leads (1).yml", text)
    catalog.write("kpis/marketing/new-leads (2).yml", text)
    first, second = catalog.errors()
    located(first, "kpis/marketing/new-leads (1).yml", 1, 1, "E304",
            "Rename the file to new-leads.yml")
    located(second, "kpis/marketing/new-leads (2).yml", 1, 1, "E302",
            "a copy of kpis/marketing/new-leads (1).yml")


def test_a_copy_is_told_in_indonesian(catalog, located):
    catalog.write("kpis/marketing/new-leads - Copy.yml", catalog.read(KPI))
    with speaking("id"):
        error = catalog.only_error()
    located(error, "kpis/marketing/new-leads - Copy.yml", 1, 1, "E302", "salinan dari " + KPI,
            "Hapus")


def test_id_differs_from_file_name(catalog, located):
    catalog.edit(KPI, "id: new-leads", "id: fresh-leads")
    catalog.edit(OTHER, "related: [new-leads]", "related: [fresh-leads]")
    located(catalog.only_error(), KPI, 1, 1, "E304", "`fresh-leads`", "`new-leads.yml`",
            "set `id: new-leads`")


def test_department_differs_from_folder(catalog, located):
    catalog.edit(KPI, "department: marketing", "department: sales")
    located(catalog.only_error(), KPI, 4, 1, "E305", "department `sales`",
            "folder `marketing`", "Move the file to the folder sales/")


def test_unknown_department(catalog, located):
    text = catalog.read(KPI).replace("department: marketing", "department: finance")
    catalog.path(KPI).unlink()
    catalog.write("kpis/finance/new-leads.yml", text)
    located(catalog.only_error(), "kpis/finance/new-leads.yml", 4, 1, "E307",
            "no department `finance`", "`marketing`", "`sales`", "departments.yml")


def test_unknown_objective(catalog, located):
    catalog.edit(KPI, "objective: grow-pipeline", "objective: grow-profit")
    located(catalog.only_error(), KPI, 5, 1, "E307", "no objective `grow-profit`",
            "`grow-pipeline`", "objectives.yml")


def test_unknown_success_part(catalog, located):
    catalog.edit(KPI, "success_part: more-leads", "success_part: more-calls")
    located(catalog.only_error(), KPI, 6, 1, "E307", "`grow-pipeline` has no success part "
            "`more-calls`", "`more-deals`", "`more-leads`")


def test_unknown_related_kpi_points_at_the_list_item(catalog, located):
    catalog.edit(KPI, "related: [won-deals]", "related: [won-deals, lost-deals]")
    error = catalog.only_error()
    located(error, KPI, 23, 22, "E307", "no KPI `lost-deals`")
    assert error.field_label == "related[1]"


def test_related_to_itself(catalog, located):
    catalog.edit(KPI, "related: [won-deals]", "related:\n  - won-deals\n  - new-leads")
    located(catalog.only_error(), KPI, 25, 5, "E307", "related to itself")


def test_related_kpi_that_is_broken_is_not_also_reported_missing(catalog, located):
    """won-deals refers to new-leads; new-leads has a YAML error. One error, not two."""
    catalog.edit(KPI, "lifecycle: active", "lifecycle: yes")
    located(catalog.only_error(), KPI, 8, 12, "E104", "`yes`")


def test_unknown_perspective(catalog, located):
    catalog.edit("kpis/objectives.yml", "perspective: customer", "perspective: customers")
    located(catalog.only_error(), "kpis/objectives.yml", 5, 5, "E306", "`customers`",
            "financial, customer")


def test_perspectives_come_from_catalog_yml(catalog):
    catalog.write("kpis/catalog.yml", "name: Test\nperspectives: [people, planet, profit]\n")
    catalog.edit("kpis/objectives.yml", "perspective: customer", "perspective: planet")
    assert catalog.load().diagnostics == []


def test_unknown_perspective_after_a_duplicate_objective(catalog, located):
    """The message points at the objective with the bad perspective, not its neighbour."""
    entry = (
        "  - id: {id}\n    name: Objective {id}\n    owner: Someone\n"
        "    perspective: {perspective}\n    period: {{start: 2026-01-01, end: 2026-12-31}}\n"
        "    success: [{{id: done, description: Done.}}]\n"
    )
    catalog.write("kpis/objectives.yml", catalog.read("kpis/objectives.yml")
                  + entry.format(id="grow-pipeline", perspective="customer")
                  + entry.format(id="cut-cost", perspective="nonsense"))
    errors = catalog.errors()
    assert len(errors) == 2, [d.text() for d in errors]
    located(errors[0], "kpis/objectives.yml", 12, 5, "E302", "`grow-pipeline` is used twice")
    located(errors[1], "kpis/objectives.yml", 21, 5, "E306", "`nonsense`")
    assert errors[1].field_label == "objectives[2].perspective"


def test_duplicate_department_id(catalog, located):
    catalog.write("kpis/departments.yml", catalog.read("kpis/departments.yml")
                  + "  - id: sales\n    name: Sales again\n    head: Someone\n")
    located(catalog.only_error(), "kpis/departments.yml", 8, 5, "E302", "`sales` is used twice")


def test_glossary_term_defined_twice(catalog, located):
    catalog.write("kpis/glossary.yml", catalog.read("kpis/glossary.yml")
                  + "  - term: crm\n    definition: Again.\n")
    located(catalog.only_error(), "kpis/glossary.yml", 4, 5, "E302", "`crm` twice")


@pytest.mark.parametrize(("written", "named"), [
    # full-width letters, as an East Asian keyboard types them
    ("\uff23\uff32\uff2d", "U+FF43 FULLWIDTH LATIN SMALL LETTER C"),
    ("C\u200bRM", "U+200B ZERO WIDTH SPACE"),  # pasted from a web page
    ("CR\u00adM", "U+00AD SOFT HYPHEN"),
    ("\u202eCRM", "U+202E RIGHT-TO-LEFT OVERRIDE"),
], ids=["full-width", "zero-width-space", "soft-hyphen", "bidi-control"])
def test_a_glossary_term_that_only_looks_different_is_defined_twice(catalog, located,
                                                                    written, named):
    """Two terms that readers cannot tell apart on the page were two entries (only a
    difference of case was caught); the message names the character that differs."""
    catalog.write("kpis/glossary.yml", catalog.read("kpis/glossary.yml")
                  + f'  - term: "{written}"\n    definition: Again.\n')
    located(catalog.only_error(), "kpis/glossary.yml", 4, 5, "E302", "twice",
            "looks like `CRM`", named)


def test_accented_terms_are_one_however_their_letters_are_encoded(catalog, located):
    """`é` as one character (NFC, most editors) and as `e` and an accent (NFD, macOS file
    names, some PDFs) look the same: one term written both ways is defined twice."""
    catalog.write("kpis/glossary.yml", catalog.read("kpis/glossary.yml")
                  + "  - term: Caf\u00e9 sales\n    definition: Sales.\n"
                  + "  - term: Cafe\u0301 sales\n    definition: Again.\n")
    located(catalog.only_error(), "kpis/glossary.yml", 6, 5, "E302", "twice")


def test_a_term_with_an_accent_is_not_the_same_as_one_without(catalog):
    """`résumé` and `resume` are different words: both may be defined."""
    catalog.write("kpis/glossary.yml", catalog.read("kpis/glossary.yml")
                  + "  - term: r\u00e9sum\u00e9\n    definition: A CV.\n"
                  + "  - term: resume\n    definition: To start again.\n")
    assert catalog.errors() == []


def test_stray_yaml_file_in_the_catalog_root(catalog, located):
    catalog.write("kpis/new-leads-copy.yml", catalog.read(KPI))
    located(catalog.only_error(), "kpis/new-leads-copy.yml", 1, 1, "E303",
            "not part of the catalog", "kpis/<department>/new-leads-copy.yml")


def test_folder_inside_a_department_folder(catalog, located):
    catalog.write("kpis/marketing/old/new-leads.yml", catalog.read(KPI))
    located(catalog.only_error(), "kpis/marketing/old", 1, 1, "E303", "not read",
            "Move the KPI files up")


def test_hidden_and_underscore_files_are_ignored(catalog):
    catalog.write("kpis/.draft.yml", "not: [valid")
    catalog.write("kpis/marketing/_template.yml", "id: x\n")
    catalog.write("kpis/marketing/.editor/x.yml", "x")
    assert catalog.load().diagnostics == []


def test_missing_departments_yml(catalog, located):
    catalog.path("kpis/departments.yml").unlink()
    result = catalog.load()
    assert len(result.diagnostics) == 1, [d.text() for d in result.diagnostics]
    located(result.diagnostics[0], "kpis/departments.yml", 1, 1, "E301",
            "departments.yml is missing", "Create kpis/departments.yml")
    assert sorted(result.catalog.kpis) == ["new-leads", "won-deals"]  # KPIs still load


def test_missing_objectives_yml(catalog, located):
    catalog.path("kpis/objectives.yml").unlink()
    located(catalog.only_error(), "kpis/objectives.yml", 1, 1, "E301", "objectives.yml is missing")


def test_glossary_and_catalog_yml_are_optional(catalog):
    catalog.path("kpis/glossary.yml").unlink()
    catalog.path("kpis/catalog.yml").unlink()
    result = catalog.load()
    assert result.diagnostics == []
    assert result.catalog.config.name == "KPI catalog"


def test_broken_registry_does_not_cascade_into_every_kpi(catalog, located):
    catalog.write("kpis/departments.yml", "departments: [\n")
    error = catalog.only_error()
    assert (error.path, error.code) == ("kpis/departments.yml", "E101")


def test_bad_catalog_yml(catalog, located):
    catalog.write("kpis/catalog.yml", "name: Test\nlanguage: fr\nrules: {K1: \"off\"}\n")
    errors = catalog.errors()
    assert [(d.path, d.line, d.column, d.code) for d in errors] == [
        ("kpis/catalog.yml", 2, 1, "E204"), ("kpis/catalog.yml", 3, 9, "E204")]
    assert "`fr` is not a valid `language`" in errors[0].message


def test_catalog_folder_that_does_not_exist(tmp_path, located):
    from kpi_catalog.reading.loader import load_catalog

    (tmp_path / ".git").mkdir()
    result = load_catalog(tmp_path / "nowhere")
    assert len(result.diagnostics) == 1
    located(result.diagnostics[0], "nowhere", 1, 1, "E301", "does not exist")


@pytest.mark.parametrize("holds", [["notes.md", "setup.cfg"], ["docs/index.md", "a/b/c.yml"]])
def test_a_folder_that_holds_no_catalog_file_is_one_error(tmp_path, located, holds):
    """A wrong folder (`docs`, a repository's root, `catalog: /etc` in mkdocs.yml) was read
    as a catalog: an error for each folder in it (E303) and each missing file (E301)."""
    from kpi_catalog.reading.loader import load_catalog

    (tmp_path / ".git").mkdir()
    for name in holds:
        (tmp_path / "wrong" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "wrong" / name).write_text("x: 1\n")
    result = load_catalog(tmp_path / "wrong")
    assert len(result.diagnostics) == 1, result.diagnostics
    located(result.diagnostics[0], "wrong", 1, 1, "E301", "This folder is not a catalog",
            "Pass the folder that holds departments.yml and objectives.yml")


@pytest.mark.parametrize("name", ["objectives.yml", "Catalog.yaml", "glossary.yml"])
def test_one_catalog_file_makes_a_catalog_folder(tmp_path, name):
    """A catalog being started (one registry written) is read, and told what it lacks."""
    from kpi_catalog.reading.loader import load_catalog

    (tmp_path / ".git").mkdir()
    (tmp_path / "kpis").mkdir()
    (tmp_path / "kpis" / name).write_text("{}\n")
    result = load_catalog(tmp_path / "kpis")
    assert not any("is not a catalog" in d.message for d in result.diagnostics)
    assert any(d.code == "E301" and "departments.yml is missing" in d.message
               for d in result.diagnostics), result.diagnostics


def test_a_mistyped_department_is_one_error_not_two(catalog, located):
    """It was E305 too, at the same place ('The KPI says department `marketting` but lies
    in the folder `marketing`'), for the one typo: E307 says it, with the fix."""
    catalog.edit(KPI, "department: marketing", "department: marketting")
    located(catalog.only_error(), KPI, 4, 1, "E307", "There is no department `marketting`",
            "Did you mean `marketing`? Write `department: marketing`.")


def test_an_unknown_department_far_from_any_is_told_the_folder_it_lies_in(catalog, located):
    catalog.edit(KPI, "department: marketing", "department: gudang")
    located(catalog.only_error(), KPI, 4, 1, "E307", "There is no department `gudang`",
            "The file lies in the folder of `marketing`: write `department: marketing`.",
            "Use one of: `marketing`, `sales`")
    with speaking("id"):
        located(catalog.only_error(), KPI, 4, 1, "E307", "`department: marketing`")


def test_a_department_that_exists_elsewhere_is_still_told_its_folder(catalog, located):
    catalog.edit(KPI, "department: marketing", "department: sales")
    located(catalog.only_error(), KPI, 4, 1, "E305", "lies in the folder `marketing`")


@pytest.mark.parametrize(("line", "typo", "meant"), [
    ("objective: grow-pipeline", "objective: grow-pipline", "grow-pipeline"),
    ("success_part: more-leads", "success_part: more-lead", "more-leads"),
])
def test_an_unknown_id_gets_a_did_you_mean(catalog, located, line, typo, meant):
    catalog.edit(KPI, line, typo)
    error = catalog.only_error()
    located(error, KPI, error.line, 1, "E307", f"Did you mean `{meant}`", "Use one of:")


def test_a_file_in_a_department_folder_that_is_not_yaml_is_noted_once(catalog):
    catalog.write("kpis/marketing/won-deals.yaml.txt", "id: won-deals\n")
    catalog.write("kpis/marketing/README.md", "Notes.\n")
    result = catalog.load()
    assert result.ok
    notes = [d for d in result.diagnostics if d.code == "E308"]
    assert [d.path for d in notes] == ["kpis/marketing/README.md",
                                       "kpis/marketing/won-deals.yaml.txt"]
    assert all(d.severity is Severity.INFO for d in notes)
    assert "[info]" in notes[0].text() and "Rename it to end in .yml" in notes[0].hint


HUMAN_RESOURCES = """\
  - id: human-resources
    language: id
    name: Sumber Daya Manusia
    head: Direktur SDM
    translations: {en: {name: Human Resources}}
"""


@pytest.mark.parametrize(("line", "written", "code", "english", "indonesian"), [
    # initials of its name in either language: there was no guess, only the list of ids;
    # the name is shown where it says more than the id
    ("department: marketing", "department: sdm", "E307",
     "Did you mean `human-resources`? Write `department: human-resources`. "
     "Use one of: `human-resources`, `marketing`, `sales`;",
     "Maksud Anda `human-resources` (Sumber Daya Manusia)? Tulis "
     "`department: human-resources`. Pakai salah satu dari:"),
    ("department: marketing", "department: HR", "E204",
     "Did you mean `human-resources`? Write `department: human-resources`.",
     "Maksud Anda `human-resources` (Sumber Daya Manusia)?"),
    # a name written as a valid id: `There is no department`, and the list
    ("department: marketing", "department: pemasaran", "E307",
     "Write its id, not its name: `department: marketing`.",
     "Tulis id-nya, bukan namanya: `department: marketing`."),
    # the first letters of the objective's name: no guess before (difflib: too far)
    ("objective: grow-pipeline", "objective: pipe", "E307",
     "Did you mean `grow-pipeline` (Grow the sales pipeline)? Write "
     "`objective: grow-pipeline`.", "Tulis `objective: grow-pipeline`."),
    # a KPI: the site's name beside the id; it was 'Use the id of an existing KPI' alone
    ("related: [won-deals]", "related: [won-deal]", "E307",
     "Did you mean `won-deals` (Deals won per quarter)? Use the id of an existing KPI",
     "Maksud Anda `won-deals` (Deals won per quarter)? Pakai id KPI yang ada"),
])
def test_a_reference_mistyped_as_people_say_it_is_answered_with_the_id_meant(
        catalog, line, written, code, english, indonesian):
    catalog.edit("kpis/departments.yml", "    head: Head of Sales\n",
                 "    head: Head of Sales\n" + HUMAN_RESOURCES)
    catalog.edit("kpis/departments.yml", "    head: Head of Marketing\n",
                 "    head: Head of Marketing\n    translations: {id: {name: Pemasaran}}\n")
    catalog.edit("kpis/catalog.yml", "language: en\n", "language: en\nlanguages: [en, id]\n")
    catalog.edit(KPI, line, written)
    for words, language in ((english, "en"), (indonesian, "id")):
        with speaking(language):
            [error] = [d for d in catalog.errors() if d.code == code]
        assert words in error.hint, error.text()


def test_many_ids_are_not_listed_but_the_guess_is(catalog):
    objectives = "".join(
        f"  - id: objective-{n}\n    name: Objective {n}\n    owner: CEO\n"
        f"    perspective: customer\n    period: {{start: 2026-01-01, end: 2027-12-31}}\n"
        f"    success: [{{id: part, description: A part.}}]\n" for n in range(9))
    catalog.edit("kpis/objectives.yml", "objectives:\n", "objectives:\n" + objectives)
    catalog.edit(KPI, "objective: grow-pipeline", "objective: grow-pipelin")
    assert catalog.only_error().hint == ("Did you mean `grow-pipeline` (Grow the sales "
                                         "pipeline)? Write `objective: grow-pipeline`. Or add "
                                         "`grow-pipelin` to objectives.yml.")
    catalog.edit(KPI, "objective: grow-pipelin", "objective: quarterly-plan")
    assert catalog.only_error().hint == ("Use one of the ids in objectives.yml, or add "
                                         "`quarterly-plan` there.")
