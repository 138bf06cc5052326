"""`kpi diff` on texts in two languages: a translation added, removed or changed, and a
translation left as it was while its original changed (stale)."""

from __future__ import annotations

from changes_helpers import REGISTRIES, kpi, new_repo

from kpi_catalog.changes import compare_kpis
from kpi_catalog.changes.compare import Change
from kpi_catalog.changes.words import describe
from kpi_catalog.i18n.labels import labels
from kpi_catalog.model.enums import ChangeKind
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.reading.loader import load_catalog
from kpi_catalog.site import SiteOptions, generate_pages

INDONESIAN = {"name": "Prospek", "statement": "Menaikkan prospek dari 100 menjadi 150 per "
              "bulan paling lambat 31 Desember 2026.",
              "links": [{"url": "https://example.org/report", "title": "Laporan"}]}
LINKS = [{"url": "https://example.org/report", "title": "Report"}]


def changes(before: dict, after: dict):
    return compare_kpis(Kpi.model_validate(before), Kpi.model_validate(after))


def test_an_original_that_changed_without_its_translation_is_stale():
    before = kpi("k", links=LINKS, translations={"id": INDONESIAN})
    after = kpi("k", statement="Increase leads from 100 to 160 per month by 31 December 2026.",
                target={"value": 160, "date": "2026-12-31"},
                links=[{"url": "https://example.org/report", "title": "Monthly report"}],
                translations={"id": INDONESIAN})
    found = {c.field: c for c in changes(before, after) if c.kind == "translation_stale"}
    assert set(found) == {"translations.id.statement",
                          "translations.id.links[https://example.org/report].title"}
    stale = found["translations.id.statement"]
    assert "150" in stale.old and "160" in stale.new
    assert not stale.needs_review
    words = describe(stale)
    assert words.startswith("Indonesian text of statement not updated with the original")
    assert describe(stale, labels("id")).startswith(
        "teks bahasa Indonesia untuk pernyataan tidak ikut diperbarui")


def test_an_original_changed_with_its_translation_is_not_stale():
    before = kpi("k", translations={"id": INDONESIAN})
    after = kpi("k", name="Leads per month", translations={"id": {**INDONESIAN,
                                                                  "name": "Prospek per bulan"}})
    kinds = {(c.kind, c.field) for c in changes(before, after)}
    assert ("translation_changed", "translations.id.name") in kinds
    assert not any(kind == "translation_stale" for kind, _field in kinds)


def test_a_language_added_or_removed_is_one_change():
    plain, translated = kpi("k"), kpi("k", translations={"id": INDONESIAN})
    [added] = changes(plain, translated)
    assert (added.kind, added.field, added.new) == ("translation_added", "translations.id", 3)
    assert describe(added) == "Indonesian texts added (3)"
    [removed] = changes(translated, plain)
    assert (removed.kind, removed.old) == ("translation_removed", 3)


def test_kpi_diff_reports_stale_translations_of_kpis_and_registries(tmp_path):
    repo = new_repo(tmp_path / "repo")
    objectives = REGISTRIES["kpis/objectives.yml"]
    objective = objectives["objectives"][0]
    translated = {**objective, "translations": {"id": {"name": "Menumbuhkan pipeline"}}}
    repo.write("kpis/objectives.yml", {"objectives": [translated]})
    repo.write_kpi(kpi("leads", translations={"id": INDONESIAN}))
    base = repo.commit("Bilingual")
    repo.write("kpis/objectives.yml", {"objectives": [{**translated,
                                                       "name": "Grow the sales pipeline"}]})
    repo.write_kpi(kpi("leads", statement="Increase leads from 100 to 160 per month by "
                       "31 December 2026.", target={"value": 160, "date": "2026-12-31"},
                       translations={"id": INDONESIAN}))
    repo.commit("The target moves")
    report = repo.json_diff(base, "HEAD")
    kinds = {(c["kind"], c["field"]) for k in report["kpis"] for c in k["changes"]}
    assert ("translation_stale", "translations.id.statement") in kinds
    objective_changes = {(c["kind"], c["field"]) for item in report["registries"]["objectives"]
                         for c in item["changes"]}
    assert ("translation_stale", "translations.id.name") in objective_changes
    code, text = repo.kpi_diff(base, "HEAD")
    assert "Indonesian text of statement not updated with the original" in text


def test_history_on_a_page_in_the_other_language_compares_the_files_as_written(tmp_path):
    """The site reads each text in its language; the history it shows still compares the
    files' own texts (a translated note is no edit of the note)."""
    repo = new_repo(tmp_path / "repo")
    noted = [{"period": "2026-01", "value": 104, "note": "Webinar."}]
    repo.write_kpi(kpi("leads", actuals=noted, translations={"id": {
        **INDONESIAN, "actuals": [{"period": "2026-01", "note": "Seminar web."}]}}))
    repo.commit("Bilingual leads")
    repo.write_kpi(kpi("leads", actuals=[{**noted[0], "note": "Webinar series."}],
                       translations={"id": {**INDONESIAN, "actuals": [
                           {"period": "2026-01", "note": "Seminar web."}]}}))
    repo.commit("A better note")
    catalog = load_catalog(repo.repo / "kpis").catalog
    [page] = [p for p in generate_pages(catalog, options=SiteOptions(language="id",
                                                                     history=True))
              if p.src_uri == "kpis/leads/index.md"]
    assert "Catatan nilai Januari 2026 berubah" in page.body  # the original's note, once
    assert page.body.count("berubah") == 1 + page.body.count("tidak ikut diperbarui")
    assert ("Teks bahasa Indonesia untuk actuals&#91;2026-01&#93;.note tidak ikut diperbarui"
            in page.body)


def test_history_marks_the_texts_of_the_other_language(tmp_path):
    """On the English page an Indonesian text changed, on the Indonesian page the English
    original changed, each in an element with its `lang` and followed by its language's name
    (before, both read as if in the page's language); numbers stay unmarked, texts escaped."""
    repo = new_repo(tmp_path / "repo")
    repo.write_kpi(kpi("leads", translations={"id": INDONESIAN}))
    repo.commit("Bilingual leads")
    repo.write_kpi(kpi("leads", name="Leads <b>per</b> month",
                       target={"value": 160, "date": "2026-12-31"},
                       statement="Increase leads from 100 to 160 per month by 31 December 2026.",
                       translations={"id": {**INDONESIAN, "name": "Prospek <i>per</i> bulan",
                                            "statement": "Menaikkan prospek dari 100 menjadi "
                                            "160 per bulan paling lambat 31 Desember 2026."}}))
    repo.commit("Harder, and renamed")
    catalog = load_catalog(repo.repo / "kpis").catalog

    def history(language: str) -> str:
        [page] = [p for p in generate_pages(catalog, options=SiteOptions(
            language=language, languages=("en", "id"), history=True))
            if p.src_uri.endswith("kpis/leads/index.md")]
        return page.body[page.body.index('<ol class="kpi-history"'):]

    english, indonesian = history("en"), history("id")
    assert ('Indonesian text of name changed: <span lang="id">Prospek</span> → '
            '<span lang="id">Prospek &lt;i&gt;per&lt;/i&gt; bulan</span> '
            '<span class="kpi-history__language">(Indonesian)</span>') in english
    assert 'Name changed: Leads → Leads &lt;b&gt;per&lt;/b&gt; month</li>' in english
    assert ('<span lang="en">Leads</span> → <span lang="en">Leads &lt;b&gt;per&lt;/b&gt; '
            'month</span> <span class="kpi-history__language">(bahasa Inggris)</span>'
            ) in indonesian
    assert "<b>" not in english + indonesian and "<i>" not in english + indonesian
    for body in (english, indonesian):  # the target's numbers read the same in both
        target = next(line for line in body.split("<li") if "160" in line and "150" in line
                      and "statement" not in line.lower() and "ernyataan" not in line)
        assert "lang=" not in target and "kpi-history__language" not in target


def test_marked_texts_are_escaped_as_every_other_text(tmp_path):
    """A text marked with its language is escaped as the rest of the page (escape.html):
    `{{`, `{%`, backticks and brackets as character references too, so that no Markdown
    or template syntax survives in the page's source (before, only `&<>"'` were)."""
    repo = new_repo(tmp_path / "repo")
    repo.write_kpi(kpi("leads", translations={"id": INDONESIAN}))
    repo.commit("Bilingual leads")
    hostile = "Prospek {{ 7*7 }} {% raw %} `kode` [a](https://x.example) \\*"
    repo.write_kpi(kpi("leads", translations={"id": {**INDONESIAN, "name": hostile}}))
    repo.commit("Renamed")
    catalog = load_catalog(repo.repo / "kpis").catalog
    [page] = [p for p in generate_pages(catalog, options=SiteOptions(
        language="en", languages=("en", "id"), history=True))
        if p.src_uri == "kpis/leads/index.md"]
    history = page.body[page.body.index('<ol class="kpi-history"'):]
    assert ('<span lang="id">Prospek &#123;&#123; 7*7 &#125;&#125; &#123;% raw %&#125; '
            '&#96;kode&#96; &#91;a&#93;(https://x.example) &#92;*</span>') in history
    assert not any(piece in history for piece in ("{{", "{%", "`", "[a]", "\\*"))


def test_a_long_text_changed_near_its_end_shows_where_it_differs():
    """Both sides of a long text were cut at the same length: a date changed at the end of a
    translated statement read `Menaikkan … pal… → Menaikkan … pal…`, the change out of view."""
    long_id = ("Menaikkan jumlah kontak yang menjadi prospek siap jual dari 150 menjadi 260 per "
               "bulan paling lambat 30 Juni 2027.")
    before = kpi("k", translations={"id": {**INDONESIAN, "statement": long_id}})
    after = kpi("k", translations={"id": {**INDONESIAN, "statement": long_id.replace(
        "30 Juni 2027", "31 Desember 2027")}})
    change, = changes(before, after)
    for t in (labels("en"), labels("id")):
        said = describe(change, t)
        old, _arrow, new = said.partition(": ")[2].partition(" → ")
        assert "30 Juni 2027" in old and "31 Desember 2027" in new, said
        assert old.startswith("…") and len(old) <= 90, said
    short = kpi("k", name="Leads per month")
    assert describe(changes(short, kpi("k", name="Leads per week"))[0]).endswith(
        ": Leads per month → Leads per week")  # short texts stay whole


def test_texts_inside_a_list_or_group_are_marked_with_their_language(tmp_path):
    """A method change, a link or a status reason added is shown as its fields (`Tanggal 1
    Juli 2026, Perubahan The survey moved ...`): on the Indonesian page its English words
    were neither marked `lang="en"` nor followed by "(bahasa Inggris)", as a changed
    statement is; the field names and dates stay the page's words."""
    repo = new_repo(tmp_path / "repo")
    repo.write_kpi(kpi("leads", translations={"id": INDONESIAN}))
    repo.commit("Bilingual leads")
    repo.write_kpi(kpi("leads", translations={"id": INDONESIAN},
                       method_changed=[{"date": "2026-07-01",
                                        "change": "Leads <now> counted at first contact."}],
                       status={"value": "behind", "reason": "Campaign late.",
                               "until": "2027-01-31"}))
    repo.commit("Method changed")
    catalog = load_catalog(repo.repo / "kpis").catalog
    [page] = [p for p in generate_pages(catalog, options=SiteOptions(
        language="id", languages=("en", "id"), history=True))
        if p.src_uri.endswith("kpis/leads/index.md")]
    history = page.body[page.body.index('<ol class="kpi-history"'):]
    [method] = [line for line in history.split("<li>") if "first contact" in line]
    assert ('tanggal 1 Juli 2026, perubahan <span lang="en">Leads &lt;now&gt; counted at '
            'first contact.</span>') in method
    assert '<span class="kpi-history__language">(bahasa Inggris)</span>' in method
    [status] = [line for line in history.split("<li>") if "Campaign late" in line]
    assert '<span lang="en">Campaign late.</span>' in status and "(bahasa Inggris)" in status


def test_a_method_change_added_does_not_say_changed_twice():
    """`method changed changed: none → ...` read as a stutter: the key `method_changed`
    is named `method changes` in English; in Indonesian the page's label."""
    change = Change(ChangeKind.CHANGED, "method_changed", None,
                    [{"date": "2026-07-01", "change": "Counted at first contact."}])
    assert describe(change, labels("en")).startswith(
        "method changes changed: none → date 1 July 2026, change Counted at first contact.")
    assert describe(change, labels("id")).startswith("perubahan metode berubah: tidak ada →")


def _history(repo, language: str) -> list[str]:
    """The lines of the `leads` page's history, on the site in ``language``."""
    catalog = load_catalog(repo.repo / "kpis").catalog
    [page] = [p for p in generate_pages(catalog, options=SiteOptions(
        language=language, languages=("en", "id"), history=True))
        if p.src_uri.endswith("kpis/leads/index.md")]
    return page.body[page.body.index('<ol class="kpi-history"'):].split("<li")


def test_a_reason_is_marked_with_its_language_whatever_the_change(tmp_path):
    """A change log entry's reason explains a target made easier (numbers only, unmarked):
    on the Indonesian page the English reason was shown as if Indonesian; now it is marked
    `lang="en"` and named, as every English text of the history is."""
    repo = new_repo(tmp_path / "repo")
    repo.write_kpi(kpi("leads", translations={"id": INDONESIAN}))
    repo.commit("Bilingual leads")
    repo.write_kpi(kpi("leads", translations={"id": INDONESIAN},
                       target={"value": 140, "date": "2026-12-31"},
                       changes=[{"date": "2026-06-01", "reason": "Budget <cut> by the board.",
                                 "fields": ["target"]}]))
    repo.commit("Easier")
    [eased] = [line for line in _history(repo, "id") if "140" in line]
    assert ('Alasan: <span lang="en">Budget &lt;cut&gt; by the board.</span> '
            '<span class="kpi-history__language">(bahasa Inggris)</span>') in eased
    assert "150 leads → 140 leads" in eased.replace("prospek", "leads")  # numbers unmarked
    [english] = [line for line in _history(repo, "en") if "140" in line]
    assert "Reason: Budget &lt;cut&gt; by the board." in english and "lang=" not in english


def test_a_group_names_a_language_only_for_a_text_it_shows(tmp_path):
    """A status set by hand given an end date shows the date alone (`Status berubah: tidak
    ada → Berlaku sampai 31 Januari 2027`): it was followed by "(bahasa Inggris)" for the
    English reason it did not show."""
    repo = new_repo(tmp_path / "repo")
    status = {"value": "behind", "reason": "Campaign late."}
    repo.write_kpi(kpi("leads", translations={"id": INDONESIAN}, status=status))
    repo.commit("Bilingual leads")
    repo.write_kpi(kpi("leads", translations={"id": INDONESIAN},
                       status={**status, "until": "2027-01-31"}))
    repo.commit("Until")
    [until] = [line for line in _history(repo, "id") if "2027" in line]
    assert "31 Januari 2027" in until and "Campaign" not in until
    assert "lang=" not in until and "bahasa Inggris" not in until


def test_each_history_line_starts_a_sentence_and_aliases_have_one_name(tmp_path):
    """On the Indonesian page some lines started with a field's label (`Status berubah`)
    and the rest in lower case (`teks bahasa Indonesia ditambahkan`, `target dipermudah`);
    in English `new KPI` beside `Indonesian texts added`. A KPI's aliases were `Juga
    dikenal sebagai` in its header and `Juga ditulis` in its history."""
    repo = new_repo(tmp_path / "repo")
    repo.write_kpi(kpi("leads"))
    repo.commit("Leads")
    repo.write_kpi(kpi("leads", translations={"id": INDONESIAN}, aliases=["prospects"],
                       target={"value": 140, "date": "2026-12-31"}, owner="Head of Sales"))
    repo.commit("Bilingual, easier, named")
    for language, aliases in (("en", "Also known as"), ("id", "Juga dikenal sebagai")):
        catalog = load_catalog(repo.repo / "kpis").catalog
        [page] = [p for p in generate_pages(catalog, options=SiteOptions(
            language=language, languages=("en", "id"), history=True))
            if p.src_uri.endswith("kpis/leads/index.md")]
        history = page.body[page.body.index('<ol class="kpi-history"'):]
        lines = [line.partition(">")[2] for line in history.split("<li")[1:]
                 if 'class="kpi-history__commit"' not in line]
        assert len(lines) >= 5 and all(line[:1].isupper() for line in lines), lines
        assert f"<strong>{aliases}:</strong> prospects" in page.body
    assert any(line.startswith("Juga dikenal sebagai berubah: tidak ada → ")
               for line in lines)  # the Indonesian page's lines, checked last
