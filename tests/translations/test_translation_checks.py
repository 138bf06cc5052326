"""`kpi validate` on translations: what they name, which languages they are in, whether the
required ones are complete, and translated statements held to the SMART rules."""

from __future__ import annotations

import pytest
from translations_helpers import BILINGUAL, REQUIRED, found

from catalog_factory import DEPARTMENTS, INDONESIAN, OBJECTIVE, kpi_data, objective, with_indonesian
from kpi_catalog.i18n.messages import speaking
from kpi_catalog.model.diagnostics import Severity

KPI = "kpis/marketing/leads.yml"


def where(d) -> tuple:
    return d.path, d.line, d.code, d.field_label


def test_a_complete_translation_is_quiet(check):
    config = {**REQUIRED, "translations": {"id": {"name": "Uji"}}}
    result = check([with_indonesian()], config=config,
                   departments=[{**d, "translations": {"id": {"name": d["name"] + " (id)"}}}
                                for d in DEPARTMENTS],
                   objectives=[objective(translations={"id": {
                       "name": "Tumbuh", "success": [{"id": "more", "description": "Lebih."}]}})])
    assert result.ok
    assert found(result, "E314", "E315", "K118", "K119") == []


def test_without_required_languages_one_line_tells_the_coverage(check):
    result = check([with_indonesian(), kpi_data(id="other", name="Other leads")])
    lines = found(result, "K119")
    assert len(lines) == 1, [d.text() for d in lines]
    line = lines[0]
    assert line.severity is Severity.INFO and line.path == "kpis/catalog.yml"
    # catalog.yml, 3 departments, 1 objective and 2 KPIs are in English; one KPI is complete
    assert "Indonesian: 1 of 7 entries written in another language" in line.message
    assert "`required_languages`" in line.hint


def test_a_required_language_reports_each_entry_missing_texts(check):
    result = check([with_indonesian({"name": None}), kpi_data(id="other", name="Other")],
                   config=REQUIRED)
    warnings = found(result, "K119")
    assert all(d.severity is Severity.WARNING for d in warnings)
    by_place = {(d.path, d.field_label): d for d in warnings}
    partial = by_place[(KPI, "translations.id")]
    assert "no Indonesian text for `name`" in partial.message
    assert "`statement`" not in partial.message
    bare = by_place[("kpis/marketing/other.yml", "name")]  # no block at all: its first text
    assert bare.line == 2 and "`name`, `statement`" in bare.message
    department = by_place[("kpis/departments.yml", "departments[0].name")]
    assert "the department `marketing`" in department.message.lower()
    assert ("kpis/objectives.yml", "objectives[0].name") in by_place


def test_texts_without_letters_and_optional_words_need_no_translation(check):
    kpi = with_indonesian(measurement={"unit": "%"}, tags=["crm"], owner="Ayu Lestari")
    result = check([kpi], config={**REQUIRED, "translations": {"id": {"name": "Uji"}}},
                   departments=[{**d, "translations": {"id": {"name": d["name"]}}}
                                for d in DEPARTMENTS],
                   objectives=[objective(translations={"id": {
                       "name": "Tumbuh", "success": [{"id": "more", "description": "Lebih."}]}})])
    assert found(result, "K119") == []


def test_silence_and_rule_settings_turn_missing_texts_off(check):
    silenced = kpi_data(silence=[{"rule": "K119", "reason": "Translated next quarter."}])
    result = check([silenced], config={**REQUIRED, "rules": {}})
    assert [d for d in found(result, "K119") if d.path == KPI] == []
    result = check([kpi_data()], config={**REQUIRED, "rules": {"K119": "off"}})
    assert found(result, "K119") == []


def test_an_entry_written_in_the_other_language_needs_the_catalogs_language(check):
    kpi = kpi_data(language="id", translations={"en": {"name": "Leads"}})
    result = check([kpi], config=REQUIRED)
    mine = [d for d in found(result, "K119") if d.path == KPI]
    assert [d.field_label for d in mine] == ["translations.en"]
    assert "no English text for `statement`" in mine[0].message


def test_a_translation_into_the_entrys_own_language(check):
    result = check([kpi_data(translations={"en": {"name": "Leads"}})])
    [error] = found(result, "E315")
    assert (error.path, error.field_label) == (KPI, "translations.en")
    assert "written in English" in error.message


def test_a_translation_into_a_language_the_catalog_does_not_publish(check):
    result = check([with_indonesian()], config={"name": "Test", "language": "en"})
    [error] = found(result, "E315")
    assert error.field_label == "translations.id"
    assert "`languages`" in error.message and "Add `id`" in error.hint


def test_translations_name_only_what_the_entry_has(check):
    kpi = with_indonesian(
        {"question": "Apakah prospek bertambah?",
         "links": [{"url": "https://example.org/other", "title": "Lain"}],
         "actuals": [{"period": "2026-05", "note": "Catatan."}]},
        links=[{"url": "https://example.org/report", "title": "Report"}],
        actuals=[{"period": "2026-04", "value": 130, "note": "A note."}])
    errors = found(check([kpi]), "E314")
    assert sorted(d.field_label for d in errors) == [
        "translations.id.actuals[0].note", "translations.id.links[0].title",
        "translations.id.question"]
    link = next(d for d in errors if "links" in d.field_label)
    assert "https://example.org/other" in link.message


@pytest.mark.parametrize(("original", "value", "translated", "field", "label"), [
    ({"owner": "2027-12-31"}, "2027-12-31", {"owner": "Pengendali Keuangan"}, "owner",
     "owner"),
    ({"owner": "010"}, "010", {"owner": "Pusat biaya 010"}, "owner", "owner"),
    ({"measurement": {"unit": "%"}}, "%", {"measurement": {"unit": "persen"}},
     "measurement.unit", "measurement.unit"),
    ({"actuals": [{"period": "2026-04", "value": 130, "note": "+5%"}]}, "+5%",
     {"actuals": [{"period": "2026-04", "note": "naik 5%"}]}, "actuals[2026-04].note",
     "actuals[0].note"),
])
def test_a_translation_of_a_text_without_letters_says_so(check, original, value, translated,
                                                         field, label):
    """It said 'This translates `owner`, but this KPI has no such text', of a KPI whose
    `owner` is written: a text without a letter is not one a translation is matched with."""
    [error] = found(check([with_indonesian(translated, **original)]), "E314")
    assert (error.path, error.field_label) == (KPI, f"translations.id.{label}")
    assert "no such text" not in error.message
    assert f"this KPI gives it as `{value}`, without a letter" in error.message
    assert f"This translates `{field}`" in error.message
    assert f"If `{field}` should say something else, write that in it in English" in error.hint
    assert f"if `{value}` is right, remove the translated text" in error.hint


def test_a_translation_of_a_text_without_letters_is_told_in_indonesian(check):
    with speaking("id"):
        [error] = found(check([with_indonesian({"owner": "Pengendali Keuangan"},
                                               owner="2027-12-31")]), "E314")
    assert "`2027-12-31`" in error.message and "tanpa huruf" in error.message
    assert "bahasa Inggris" in error.hint


def test_success_parts_are_matched_by_id(check):
    bad = objective(translations={"id": {"success": [{"id": "less", "description": "Kurang."}]}})
    [error] = found(check([kpi_data()], objectives=[bad]), "E314")
    assert (error.path, error.field_label) == (
        "kpis/objectives.yml", "objectives[0].translations.id.success[0].description")
    assert "`id: less`" in error.message


def test_a_translated_statement_must_state_the_same_amounts_and_date(check):
    wrong = with_indonesian({"statement": "Menaikkan prospek siap jual per bulan dari 120 "
                                          "menjadi 250 paling lambat 31 Desember 2027."})
    [warning] = found(check([wrong]), "K118")
    assert (warning.path, warning.field_label) == (KPI, "translations.id.statement")
    assert "`200`" in warning.message and "`250`" in warning.message
    assert "`31 December 2026`" in warning.message and "`31 Desember 2027`" in warning.message


def test_amounts_written_the_other_way_agree(check):
    kpi = kpi_data(
        statement="Cut the cost per order from IDR 12,500 to IDR 9,800 (24.5% less) by Q4 2026.",
        baseline={"value": 12500}, target={"value": 9800},
        direction="lower_is_better", thresholds=None,
        translations={"id": {"statement": "Memangkas biaya per pesanan dari Rp12.500 menjadi "
                                          "Rp9.800 (24,5% lebih rendah) pada triwulan IV 2026."}})
    assert found(check([kpi]), "K118") == []


def test_a_translated_statement_is_held_to_the_statement_rules(check):
    kpi = with_indonesian({"statement": "Menaikkan prospek dari 120 menjadi 200 paling lambat "
                                        "31 Desember 2026. Kami akan berusaha keras."})
    result = check([kpi])
    [sentences] = [d for d in found(result, "K101")]
    assert (sentences.path, sentences.field_label) == (KPI, "translations.id.statement")
    assert sentences.line == result.catalog.kpi_sources["leads"].text.splitlines().index(
        next(line for line in result.catalog.kpi_sources["leads"].text.splitlines()
             if "Kami akan" in line)) + 1


def test_languages_in_catalog_yml_are_checked_where_they_are_written(check):
    result = check([kpi_data()], config={**BILINGUAL, "required_languages": ["en", "id", "id"]})
    assert result.ok  # listed twice is harmless
    result = check([kpi_data()], config={"name": "T", "language": "en",
                                         "required_languages": ["id"]})
    [error] = result.errors
    assert (error.path, error.line, error.field_label) == (
        "kpis/catalog.yml", 3, "required_languages")
    assert "not among the catalog's `languages`" in error.message


def test_the_indonesian_texts_fixture_is_complete():
    assert set(INDONESIAN) >= {"name", "statement", "measurement"}
    assert OBJECTIVE["success"] and DEPARTMENTS
