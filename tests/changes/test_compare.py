"""Easier or harder, in the KPI's direction and for ranges: compare_kpis on models."""

from __future__ import annotations

import re

import pytest
from changes_helpers import kpi

from kpi_catalog.changes import compare_kpis
from kpi_catalog.model.kpi import Kpi

RANGE = {"direction": "within_range", "target": {"min": 2, "max": 4, "date": "2026-12-31"},
         "statement": "Keep stock cover between 2 and 4 weeks by 31 December 2026."}


def _kinds(before: dict, after: dict) -> list[str]:
    return [c.kind for c in compare_kpis(Kpi.model_validate(before),
                                         Kpi.model_validate(after))]


@pytest.mark.parametrize(("direction", "new_value", "kind"), [
    ("higher_is_better", 140, "target_easier"),
    ("higher_is_better", 160, "target_harder"),
    ("lower_is_better", 160, "target_easier"),
    ("lower_is_better", 140, "target_harder"),
])
def test_target_value_easier_or_harder_in_the_kpis_direction(direction, new_value, kind):
    before = kpi("k", direction=direction)
    after = kpi("k", direction=direction, target={"value": new_value, "date": "2026-12-31"})
    assert _kinds(before, after) == [kind]


@pytest.mark.parametrize(("low", "high", "kind"), [
    (1, 4, "target_easier"),   # wider
    (2, 5, "target_easier"),
    (3, 4, "target_harder"),   # narrower
    (2.5, 3.5, "target_harder"),
    (3, 5, "target_moved"),    # shifted
    (1, 3, "target_moved"),
])
def test_target_range_wider_is_easier_narrower_harder_shifted_moved(low, high, kind):
    after = {**RANGE, "target": {"min": low, "max": high, "date": "2026-12-31"}}
    assert _kinds(kpi("k", **RANGE), kpi("k", **after)) == [kind]


def test_deadline_later_and_earlier():
    later = kpi("k", target={"value": 150, "date": "2027-03-31"})
    earlier = kpi("k", target={"value": 150, "date": "2026-09-30"})
    assert _kinds(kpi("k"), later) == ["deadline_later"]
    assert _kinds(kpi("k"), earlier) == ["deadline_earlier"]


def test_a_new_direction_makes_easier_or_harder_undecidable():
    after = kpi("k", direction="lower_is_better", target={"value": 50, "date": "2026-12-31"})
    assert _kinds(kpi("k"), after) == ["target_changed", "direction_changed"]


def test_only_a_note_of_a_past_value_is_not_an_edit():
    after = kpi("k", actuals=[{"period": "2026-01", "value": 104, "note": "Holiday."},
                              {"period": "2026-02", "value": 112}])
    changes = compare_kpis(Kpi.model_validate(kpi("k")), Kpi.model_validate(after))
    assert [(c.kind, c.needs_review) for c in changes] == [("actual_note_changed", False)]


def test_equal_kpis_have_no_changes_and_other_fields_are_named():
    assert _kinds(kpi("k"), kpi("k")) == []
    changes = compare_kpis(Kpi.model_validate(kpi("k")),
                           Kpi.model_validate(kpi("k", tags=["pipeline"])))
    assert [(c.kind, c.field, c.new) for c in changes] == [("changed", "tags", ["pipeline"])]


def test_words_of_a_change_in_a_field_whose_value_is_text():
    """A status set by hand is `{value: behind, reason: ...}`: its `value` is a word, which the
    site's number format must leave alone (the example site's history crashed on it)."""
    from kpi_catalog.changes.compare import Change
    from kpi_catalog.changes.words import describe
    from kpi_catalog.i18n.labels import labels
    from kpi_catalog.model.enums import ChangeKind

    t = labels("id")
    change = Change(ChangeKind.CHANGED, "status", None, {"value": "behind", "reason": "Stok habis"})
    text = describe(change, t, t.number)
    assert t["status.behind"] in text and "Stok habis" in text
    old, new = {"value": 1200.5, "date": "2026-01-01"}, {"value": 1300, "date": "2026-01-01"}
    baseline = Change(ChangeKind.BASELINE_CHANGED, "baseline", old, new)
    assert "1.200,5" in describe(baseline, t, t.number)


def test_a_long_value_in_words_is_cut_at_its_limit_with_an_ellipsis():
    """Cut as every message cuts a contributor's value (i18n.messages.shown), after line
    breaks read as spaces."""
    from kpi_catalog.changes.words import show

    long = "Pelanggan baru\n" * 12
    said = show(long)
    assert len(said) == 90 and said == " ".join(long.split())[:89] + "\u2026"
    assert show(long, limit=20) == "Pelanggan baru Pelan\u2026"[:19] + "\u2026"
    assert show("Pelanggan baru", limit=14) == "Pelanggan baru"


MILESTONES = [{"value": 120, "date": "2026-06-30"}, {"value": 135, "date": "2026-09-30"}]


@pytest.mark.parametrize(("second", "kinds"), [
    ({"value": 130, "date": "2026-09-30"}, ["target_easier"]),
    ({"value": 140, "date": "2026-09-30"}, ["target_harder"]),
    ({"value": 135, "date": "2026-10-31"}, ["deadline_later"]),
])
def test_milestones_are_compared_like_the_target(second, kinds):
    """Issue 12: a milestone made easier or later needs review like the target does."""
    before = kpi("k", milestones=MILESTONES)
    after = kpi("k", milestones=[MILESTONES[0], second])
    changes = compare_kpis(Kpi.model_validate(before), Kpi.model_validate(after))
    assert [c.kind for c in changes] == kinds
    assert all(c.field.startswith(f"milestones[{second['date']}]") for c in changes)
    assert changes[0].needs_review == (kinds != ["target_harder"])


def test_milestones_in_words_and_added_ones():
    from kpi_catalog.changes.words import describe
    from kpi_catalog.i18n.labels import labels

    before = Kpi.model_validate(kpi("k", milestones=MILESTONES))
    after = Kpi.model_validate(kpi("k", milestones=[MILESTONES[0],
                                                     {"value": 130, "date": "2026-09-30"}]))
    change = compare_kpis(before, after)[0]
    assert describe(change) == "milestone of 30 September 2026: target made easier: 135 → 130"
    assert describe(change, labels("id")).startswith(
        "tonggak capaian 30 September 2026: target dipermudah")
    more = Kpi.model_validate(kpi("k", milestones=[*MILESTONES, {"value": 140,
                                                               "date": "2026-11-30"}]))
    assert [c.kind for c in compare_kpis(before, more)] == ["changed"]


def test_every_kind_of_change_has_its_own_words_in_both_languages():
    """A kind without words of its own would read as the catch-all "changed"."""
    from kpi_catalog.changes.compare import Change
    from kpi_catalog.changes.words import describe
    from kpi_catalog.i18n.labels import labels
    from kpi_catalog.model.enums import ChangeKind

    for language in ("en", "id"):
        t = labels(language)
        catch_all = describe(Change(ChangeKind.CHANGED, "owner", "A", "B"), t)
        for kind in ChangeKind:
            if kind is ChangeKind.CHANGED:
                continue
            field = ("department" if kind is ChangeKind.MOVED
                     else "translations.id.statement" if kind.startswith("translation_")
                     else "language" if kind is ChangeKind.LANGUAGE_CHANGED else "owner")
            old, new = {"value": 1, "reason": "A"}, {"value": 2, "reason": "B"}
            if kind is ChangeKind.ACTUALS_RELABELLED:
                old, new = ["2026-03-29"], ["2026-W13"]
            assert describe(Change(kind, field, old, new), t) != catch_all, (language, kind)


def test_history_and_diff_words_read_as_plain_sentences():
    from kpi_catalog.changes.compare import Change
    from kpi_catalog.changes.words import describe
    from kpi_catalog.i18n.labels import labels
    from kpi_catalog.model.enums import ChangeKind

    en, id_ = labels("en"), labels("id")
    text = describe(Change(ChangeKind.CHANGED, "description", "One.\nTwo.", "One."), en)
    assert text == "description changed: One. Two. → One."  # no literal \n
    assert describe(Change(ChangeKind.CHANGED, "question", "", "Why?"), en) \
        == "question changed: none → Why?"  # empty reads like absent
    reason = "Stock ran out in the north."
    status = describe(Change(ChangeKind.CHANGED, "status",
                             {"value": "behind", "reason": reason, "until": "2026-10-31"},
                             {"value": "behind", "reason": reason, "until": "2026-12-31"}), en)
    assert status == "status changed: until 31 October 2026 → until 31 December 2026"
    indonesian = describe(Change(ChangeKind.MEASUREMENT_CHANGED, "measurement.data_source",
                                 "A", "B"), id_)
    assert "sumber data" in indonesian and "data source" not in indonesian


INDONESIAN_LINES = [
    (("changed", "question", "", "Why?"), "pertanyaan yang dijawab berubah: tidak ada → Why?"),
    (("changed", "status", None, {"value": "behind", "reason": "Stok habis",
                                  "until": "2026-10-31"}),
     "status berubah: tidak ada → nilai Tertinggal, alasan Stok habis, "
     "berlaku sampai 31 Oktober 2026"),
    (("changed", "tags", [], ["a"]), "label berubah: tidak ada → a"),
    (("changed", "visibility", "internal", "public"), "keterbukaan berubah: Internal → Umum"),
    (("target_moved", "target", [2, 4.5], [3, 5]), "rentang target digeser: 2–4,5 → 3–5"),
    (("thresholds_changed", "thresholds", {"green": 0.9, "amber": 0.75},
      {"green": 0.8, "amber": 0.75}),
     "ambang batas berubah: hijau 0,9, kuning 0,75 → hijau 0,8, kuning 0,75"),
    (("measurement_changed", "measurement.collection_frequency", "monthly", "weekly"),
     "pengukuran (dikumpulkan) berubah: Bulanan → Mingguan"),
    (("changed", "links", [{"title": "Laporan", "url": "https://example.org"}], []),
     "tautan berubah: judul Laporan, alamat https://example.org → tidak ada"),
    (("lifecycle_changed", "lifecycle", "draft", "active"), "tahap berubah: Draf → Aktif"),
    (("language_changed", "language", "en", "id"),
     "bahasa teks berubah: bahasa Inggris → bahasa Indonesia"),
    (("changed", "requires_approval", True, False), "requires approval berubah: ya → tidak"),
    # field labels inside a line are words of the sentence, as in English: no capital
    (("measurement_changed", "measurement.semantic_metric", None, "otif_rate"),
     "pengukuran (metrik semantik) berubah: tidak ada → otif_rate"),
    (("translation_changed", "translations.id.measurement.data_source", "A", "B"),
     "teks bahasa Indonesia untuk sumber data berubah: A → B"),
]


@pytest.mark.parametrize(("change", "words"), INDONESIAN_LINES)
def test_an_indonesian_history_line_says_its_values_in_indonesian(change, words):
    """Issue 18: "none", yes/no, numbers inside a value, the names of nested fields and the
    words the site labels (a status, a frequency) stayed English in an Indonesian line."""
    from kpi_catalog.changes.compare import Change
    from kpi_catalog.changes.words import describe
    from kpi_catalog.i18n.labels import labels
    from kpi_catalog.model.enums import ChangeKind

    kind, field, old, new = change
    t = labels("id")
    assert describe(Change(ChangeKind(kind), field, old, new), t, t.number) == words


def test_the_line_speaks_its_labels_language_whatever_the_command_speaks():
    """The site builds each language's pages in one run: a line takes the words of its
    labels, not of the language the build happens to speak."""
    from kpi_catalog.changes.compare import Change
    from kpi_catalog.changes.words import describe
    from kpi_catalog.i18n.labels import labels
    from kpi_catalog.i18n.messages import speaking
    from kpi_catalog.model.enums import ChangeKind

    change = Change(ChangeKind.CHANGED, "question", None, "Why?")
    with speaking("en"):
        assert describe(change, labels("id")).endswith("tidak ada → Why?")
    with speaking("id"):
        assert describe(change, labels("en")) == "question changed: none → Why?"
        assert describe(change).endswith("tidak ada → Why?")


@pytest.mark.parametrize("model", ["Kpi", "Measurement", "Objective", "Department",
                                   "GlossaryTerm", "CatalogConfig"])
def test_every_field_a_history_line_names_has_an_indonesian_name(model):
    from kpi_catalog.changes.compare import Change
    from kpi_catalog.changes.words import describe
    from kpi_catalog.i18n.labels import EN, labels
    from kpi_catalog.model import config, registries
    from kpi_catalog.model import kpi as kpis
    from kpi_catalog.model.enums import ChangeKind

    cls = getattr(kpis, model, None) or getattr(registries, model, None) \
        or getattr(config, model)
    prefix = "measurement." if model == "Measurement" else ""
    kind = ChangeKind.MEASUREMENT_CHANGED if prefix else ChangeKind.CHANGED
    english = []
    for name in cls.model_fields:
        if name in ("id", "translations"):  # said by kinds of their own (added, translation_*)
            continue
        line = describe(Change(kind, prefix + name, "a", "b"), labels("id"))
        word = name.replace("_", " ")
        key = f"field.{name}"
        same = key in EN and labels("id")[key].lower() == word  # `status`, `target`
        if re.search(rf"\b{re.escape(word)}\b", line) and not same:
            english.append(name)
    assert english == []


def _nested_fields(cls, path=""):
    """(path of a value made of parts, name of one part) for every part of every model
    inside ``cls``, at any depth; not the texts in other languages, which changes name
    by kinds of their own (translation_*)."""
    import typing

    from pydantic import BaseModel

    def models(annotation):
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return [annotation]
        return [m for arg in typing.get_args(annotation) for m in models(arg)]

    for name, info in cls.model_fields.items():
        if name == "translations":
            continue
        inner = f"{path}.{name}" if path else name
        for model in models(info.annotation):
            yield from ((inner, part) for part in model.model_fields if part != "translations")
            yield from _nested_fields(model, inner)


def _every_nested_field():
    from kpi_catalog.model.config import CatalogConfig
    from kpi_catalog.model.kpi import Kpi
    from kpi_catalog.model.registries import Department, GlossaryTerm, Objective

    return sorted({pair for model in (Kpi, Objective, Department, GlossaryTerm, CatalogConfig)
                   for pair in _nested_fields(model)})


@pytest.mark.parametrize(("path", "part"), _every_nested_field())
def test_the_parts_of_a_nested_value_are_named_in_the_lines_language(path, part):
    """A change of a value made of parts (an objective's period, a status set by hand, a
    setting of catalog.yml) names each part: in English as the file writes it, in an
    Indonesian line in Indonesian (they read `periode berubah: start 1 Januari 2026, end
    ...`)."""
    import re

    from kpi_catalog.changes.compare import Change
    from kpi_catalog.changes.words import describe
    from kpi_catalog.i18n.labels import EN, labels
    from kpi_catalog.model.enums import ChangeKind

    change = Change(ChangeKind.CHANGED, path, None, {part: "x"})
    english = describe(change, labels("en"))
    assert english.endswith(f"none → {part.replace('_', ' ')} x"), english
    indonesian = describe(change, labels("id"))
    named = indonesian.rpartition(" → ")[2].removesuffix(" x")
    # a word of the site's, inside the sentence (`tanggal`, the label `Tanggal`; `KPI yang
    # dihapus` keeps its acronym)
    words = {label if label[1:2].isupper() else label[:1].lower() + label[1:]
             for label in (labels("id")[key] for key in EN)}
    assert named in words, indonesian
    same = named == part.replace("_", " ")  # `filter`, `target`: Indonesian words too
    assert same or not re.search(rf"\b{re.escape(part.replace('_', ' '))}\b", named), \
        indonesian


def test_an_objectives_period_in_both_languages():
    from kpi_catalog.changes.compare import Change
    from kpi_catalog.changes.words import describe
    from kpi_catalog.i18n.labels import labels
    from kpi_catalog.model.enums import ChangeKind

    change = Change(ChangeKind.PERIOD_CHANGED, "period",
                    {"start": "2026-01-01", "end": "2026-12-31"},
                    {"start": "2026-01-01", "end": "2027-06-30"})
    assert describe(change, labels("en")) == (
        "period changed: start 1 January 2026, end 31 December 2026 → "
        "start 1 January 2026, end 30 June 2027")
    assert describe(change, labels("id")) == (
        "periode berubah: mulai 1 Januari 2026, selesai 31 Desember 2026 → "
        "mulai 1 Januari 2026, selesai 30 Juni 2027")


DATED_LINES = [
    (("deadline_later", "target.date", "2027-01-31", "2027-07-31"),
     "deadline moved later: 31 January 2027 → 31 July 2027",
     "tenggat dimundurkan: 31 Januari 2027 → 31 Juli 2027"),
    (("changed", "review_date", "2027-01-15", None),
     "review date changed: 15 January 2027 → none", None),
    (("baseline_changed", "baseline", {"value": 100, "date": "2026-01-01"},
      {"value": 1200.5, "date": "2026-02-01"}),
     "baseline changed: 100 (1 January 2026) → 1,200.5 (1 February 2026)",
     "nilai awal berubah: 100 (1 Januari 2026) → 1.200,5 (1 Februari 2026)"),
    (("target_set", "target", None, {"value": 150, "date": "2026-12-31"}),
     "target set: 150 (31 December 2026)", None),
    (("changed", "status", {"value": "behind", "until": "2026-10-31"},
      {"value": "behind", "until": "2026-12-31"}),
     "status changed: until 31 October 2026 → until 31 December 2026",
     "status berubah: berlaku sampai 31 Oktober 2026 → berlaku sampai 31 Desember 2026"),
    (("deadline_earlier", "milestones[2026-09-30].date", "2026-10-31", "2026-09-30"),
     "milestone of 30 September 2026: deadline moved earlier: 31 October 2026 → "
     "30 September 2026", None),
    (("changed", "question", "2026-01-01", "Why?"),  # a text that looks like a date stays
     "question changed: 2026-01-01 → Why?", None),
]


@pytest.mark.parametrize(("change", "english", "indonesian"), DATED_LINES)
def test_a_date_in_a_change_is_written_as_the_page_writes_dates(change, english, indonesian):
    """A history line on a KPI page said `2027-01-31 → 2027-07-31` where the page writes
    `31 January 2027` (`31 Januari 2027` on the Indonesian page); `kpi diff` says the same
    words, its JSON keeps the dates as the files write them."""
    from kpi_catalog.changes.compare import Change
    from kpi_catalog.changes.words import describe
    from kpi_catalog.i18n.labels import labels
    from kpi_catalog.model.enums import ChangeKind

    kind, field, old, new = change
    said = Change(ChangeKind(kind), field, old, new)
    assert describe(said, labels("en"), labels("en").number) == english
    if indonesian is not None:
        assert describe(said, labels("id"), labels("id").number) == indonesian
