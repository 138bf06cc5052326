"""`kpi new` in a catalog with two languages: after the KPI, its texts in the other language
(each may be skipped), the translated statement checked like the original and against it;
in the language `kpi` speaks, the file written in it says so (`language:`)."""

from __future__ import annotations

import json

from click.testing import CliRunner
from test_new import GOOD_STATEMENT, NEW, STEPS, lines

from catalog_factory import TODAY
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.cli import main
from kpi_catalog.reading.yaml_reader import parse_yaml

ID_STATEMENT = ("Menaikkan prospek yang memenuhi syarat dari 100 menjadi 150 per bulan paling "
                "lambat 31 Desember 2026.")


def two_languages(catalog, required: bool = False):
    catalog.write("kpis/catalog.yml", "name: Test catalog\nlanguage: en\nlanguages: [en, id]\n"
                  + ("required_languages: [en, id]\n" if required else ""))
    return catalog


def run(catalog, *args: str, input: str | None = None, language: str | None = None):
    first = ["--language", language] if language else []
    return CliRunner().invoke(main, [*first, "new", str(catalog.root), "--today",
                                     TODAY.isoformat(), *args], input=input,
                              catch_exceptions=False)


def findings(catalog, rel: str = NEW) -> list[str]:
    result = check_catalog(catalog.root, today=TODAY)
    assert result.ok, [d.text() for d in result.errors]
    return [d.code for d in result.diagnostics if d.path == rel]


def test_the_prompts_ask_for_the_indonesian_texts_after_the_kpi(catalog):
    two_languages(catalog, required=True)
    wrong = "Menaikkan prospek dari 100 menjadi 170 per bulan paling lambat 31 Desember 2026."
    answers = lines(*STEPS, GOOD_STATEMENT, "",  # the KPI, no description
                    "Prospek yang memenuhi syarat per bulan",
                    wrong, "n",  # states another target (K118): written again
                    ID_STATEMENT,
                    "Prospek yang diterima tim Penjualan", "prospek per bulan",
                    "Laporan prospek bulanan CRM")
    done = run(catalog, input=answers)
    assert done.exit_code == 0, done.output
    assert "texts in Indonesian" in done.output and "Statement in Indonesian:" in done.output
    assert "K118 (warning)" in done.output and "`170`" in done.output
    assert done.output.count("Statement in Indonesian:") == 2
    data = parse_yaml(catalog.read(NEW))
    assert "language" not in data
    assert data["translations"] == {"id": {
        "name": "Prospek yang memenuhi syarat per bulan", "statement": ID_STATEMENT,
        "measurement": {"metric": "Prospek yang diterima tim Penjualan",
                        "unit": "prospek per bulan", "data_source": "Laporan prospek bulanan CRM"}}}
    assert findings(catalog) == []  # every text is given: no K119, and K118 agrees


def test_texts_may_be_skipped_and_validate_then_lists_them(catalog):
    two_languages(catalog, required=True)
    answers = lines(*STEPS, GOOD_STATEMENT, "", "", "", "", "", "")
    done = run(catalog, input=answers)
    assert done.exit_code == 0, done.output
    data = parse_yaml(catalog.read(NEW))
    assert "translations" not in data
    assert "K119" in done.output  # the check of the new file says what is missing
    assert findings(catalog) == ["K119"]


def test_a_one_language_catalog_asks_nothing_more(catalog):
    done = run(catalog, input=lines(*STEPS, GOOD_STATEMENT, ""))
    assert done.exit_code == 0, done.output
    assert "Indonesian" not in done.output
    assert "translations" not in parse_yaml(catalog.read(NEW))


def test_in_indonesian_the_kpi_is_written_in_indonesian_and_translated_into_english(catalog):
    two_languages(catalog)
    answers = {
        "department": "marketing", "objective": "grow-pipeline", "success_part": "more-leads",
        "name": "Prospek yang memenuhi syarat per bulan", "id": "qualified-leads-per-month",
        "metric": "Prospek yang diterima tim Penjualan", "unit": "prospek per bulan",
        "data_source": "Laporan prospek bulanan CRM", "direction": "higher_is_better",
        "baseline_value": 100, "baseline_date": "2026-01-01", "target_value": 150,
        "target_date": "2026-12-31", "statement": ID_STATEMENT,
        "translations": {"en": {"name": "Qualified leads per month",
                                "statement": GOOD_STATEMENT, "unit": "leads per month"}}}
    path = catalog.write("answers.json", json.dumps(answers))
    done = run(catalog, "--answers", str(path), "--no-input", language="id")
    assert done.exit_code == 0, done.output
    text = catalog.read(NEW)
    written = text.splitlines()
    assert written[written.index("id: qualified-leads-per-month") + 1].startswith("language: id")
    data = parse_yaml(text)
    assert data["language"] == "id" and data["statement"] == ID_STATEMENT
    assert data["translations"] == {"en": {"name": "Qualified leads per month",
                                           "statement": GOOD_STATEMENT,
                                           "measurement": {"unit": "leads per month"}}}
    assert findings(catalog) == []


def test_an_answers_file_with_a_translation_into_no_language_of_the_catalog_is_refused(catalog):
    two_languages(catalog)
    for translations, said in (({"fr": {"name": "X"}}, "`translations` names fr"),
                               ({"en": {"name": "X"}}, "`translations` names en"),
                               ({"id": {"owner": "X"}}, "`translations.id.owner`"),
                               (["id"], "holds the texts by language")):
        path = catalog.write("answers.json", json.dumps({"translations": translations}))
        done = run(catalog, "--answers", str(path), "--no-input")
        assert done.exit_code == 2, done.output
        assert said in done.output
        assert not catalog.path(NEW).exists()


def test_the_questions_speak_indonesian(catalog):
    two_languages(catalog)
    catalog.write("kpis/catalog.yml", "name: Test catalog\nlanguage: en\nlanguages: [en, id]\n")
    answers = lines(*STEPS, ID_STATEMENT, "", "", "", "", "", "")
    done = run(catalog, input=answers, language="id")
    assert done.exit_code == 0, done.output
    assert "teks KPI dalam bahasa Inggris" in done.output
    assert "Pernyataan dalam bahasa Inggris:" in done.output
    # every prompt in Indonesian, the choices as the site names them (the answer may be either)
    assert "Tahap (Draf, Aktif, Tidak dipakai lagi)" in done.output
    assert "Lifecycle" not in done.output and "Direction" not in done.output
    assert "Arah (Makin tinggi makin baik" in done.output


def test_the_lists_name_departments_and_objectives_in_the_language_written_in(catalog):
    two_languages(catalog)
    catalog.write("kpis/departments.yml",
                  "departments:\n  - id: marketing\n    name: Marketing\n"
                  "    head: Head of Marketing\n    translations: {id: {name: Pemasaran, "
                  "head: Kepala Pemasaran}}\n  - id: sales\n    name: Sales\n"
                  "    head: Head of Sales\n")
    catalog.edit("kpis/objectives.yml", "    name: Grow the sales pipeline\n",
                 "    name: Grow the sales pipeline\n"
                 "    translations: {id: {name: Memperbesar saluran penjualan}}\n")
    answers = lines(*STEPS, ID_STATEMENT, "", "", "", "", "", "")
    done = run(catalog, input=answers, language="id")
    assert done.exit_code == 0, done.output
    assert "1) marketing: Pemasaran" in done.output
    assert "1) grow-pipeline: Memperbesar saluran penjualan" in done.output
    english = run(catalog, input="\n", language="en")
    assert "1) marketing: Marketing" in english.output
