"""The catalog read in one language: translated texts where given, the original marked as such
elsewhere, list items matched by what names them."""

from __future__ import annotations

import pickle
from pathlib import Path

from catalog_factory import kpi_data, objective
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.config import CatalogConfig
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.language import Original, in_language, untranslated
from kpi_catalog.model.registries import Department, GlossaryTerm, Objective

LINKS = [{"url": "https://example.org/a", "title": "Report A"},
         {"url": "https://example.org/b", "title": "Report B"}]
ACTUALS = [{"period": "2026-03", "value": 130, "note": "March note."},
           {"period": "2026-04", "value": 140, "note": "April note."}]


def catalog(*kpis: dict, **config) -> Catalog:
    made = Catalog(root=Path("kpis"), repo_root=Path("."))
    made.config = CatalogConfig.model_validate(
        {"language": "en", "languages": ["en", "id"], **config})
    made.kpis = {k["id"]: Kpi.model_validate(k) for k in kpis}
    made.departments = {"marketing": Department.model_validate(
        {"id": "marketing", "name": "Marketing", "head": "Head of Marketing",
         "translations": {"id": {"name": "Pemasaran"}}})}
    made.objectives = {"grow": Objective.model_validate(objective(
        success=[{"id": "more", "description": "More of it."},
                 {"id": "faster", "description": "Sooner."}],
        translations={"id": {"success": [{"id": "faster", "description": "Lebih cepat."}]}}))}
    made.glossary = [GlossaryTerm.model_validate(
        {"term": "stock cover", "definition": "Days of stock.", "aliases": ["days of cover"],
         "translations": {"id": {"term": "hari persediaan", "definition": "Hari stok."}}})]
    return made


def test_translated_texts_replace_the_originals_and_the_rest_is_marked():
    kpi = kpi_data(description="Background.", links=LINKS, actuals=ACTUALS, translations={"id": {
        "name": "Prospek", "measurement": {"unit": "prospek per bulan"},
        "links": [{"url": "https://example.org/b", "title": "Laporan B"}],
        "actuals": [{"period": "2026-04", "note": "Catatan April."}]}})
    shown = in_language(catalog(kpi), "id").kpis["leads"]
    assert shown.name == "Prospek" and not isinstance(shown.name, Original)
    assert shown.measurement.unit == "prospek per bulan"
    assert isinstance(shown.statement, Original) and shown.statement.language == "en"
    assert isinstance(shown.measurement.metric, Original)
    assert [link.title for link in shown.links] == ["Report A", "Laporan B"]
    assert isinstance(shown.links[0].title, Original)
    assert [a.note for a in shown.actuals] == ["March note.", "Catatan April."]
    assert isinstance(shown.actuals[0].note, Original)  # an actual is a part: copied as is
    assert [a.value for a in shown.actuals] == [130, 140]  # only texts change
    assert ("statement",) in untranslated(shown) and ("name",) not in untranslated(shown)


def test_registries_and_the_catalog_name_follow():
    made = catalog(kpi_data(), translations={"id": {"name": "Katalog"}}, name="Catalog")
    shown = in_language(made, "id")
    assert shown.config.name == "Katalog"
    assert shown.departments["marketing"].name == "Pemasaran"
    assert shown.departments["marketing"].head == "Head of Marketing"  # a role, as written
    assert not isinstance(shown.departments["marketing"].head, Original)
    parts = shown.objectives["grow"].success
    assert [p.description for p in parts] == ["More of it.", "Lebih cepat."]
    assert isinstance(parts[0].description, Original)
    term = shown.glossary[0]
    assert (term.term, term.definition) == ("hari persediaan", "Hari stok.")


def test_an_entry_written_in_the_language_is_left_as_it_is():
    kpi = kpi_data(language="id", name="Prospek", translations={"en": {"name": "Leads"}})
    made = catalog(kpi)
    assert in_language(made, "id").kpis["leads"] is made.kpis["leads"]
    assert in_language(made, "en").kpis["leads"].name == "Leads"


def test_a_catalog_in_one_language_is_the_same_catalog():
    made = catalog(kpi_data())
    made.departments = {}
    made.objectives = {}
    made.glossary = []
    assert in_language(made, "en") is made


def test_marked_texts_survive_worker_processes():
    text = Original("Cost to win a customer", "en")
    back = pickle.loads(pickle.dumps(text))
    assert back == text and isinstance(back, Original) and back.language == "en"
