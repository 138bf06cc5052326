"""A KPI's handles: what readers call it (name, id words, aliases, glossary spellings).

``aliases`` is a field of the KPI file; :class:`KnownBy` lists every handle of a KPI for
the site's search and ``kpi mcp``.
"""

from __future__ import annotations

import pytest

from catalog_factory import kpi_data
from kpi_catalog.model.handles import KnownBy, id_words
from kpi_catalog.model.kpi import MAX_ALIASES, Kpi
from kpi_catalog.model.registries import GlossaryTerm

KPI = "kpis/marketing/new-leads.yml"
GLOSSARY = [
    GlossaryTerm(term="SQL", definition="Sales-qualified lead.",
                 aliases=["SQLs", "sales-qualified lead"]),
    GlossaryTerm(term="IT", definition="Information technology.",
                 aliases=["information technology"]),
    GlossaryTerm(term="stock cover", definition="Days the stock lasts.",
                 aliases=["days of stock", "hari persediaan"]),
    GlossaryTerm(term="PO", definition="Purchase order.", aliases=["purchase order"]),
]


def kpi(**changes) -> Kpi:
    return Kpi.model_validate(kpi_data(**changes))


def test_aliases_are_read_from_the_kpi_file(catalog):
    catalog.edit(KPI, "name: New leads per month\n",
                 "name: New leads per month\naliases: [lead intake, prospek baru]\n")
    assert catalog.errors() == []
    assert catalog.load().catalog.kpis["new-leads"].aliases == ["lead intake", "prospek baru"]


def test_too_many_aliases_are_refused_in_plain_words(catalog, located):
    many = ", ".join(f"name {n}" for n in range(MAX_ALIASES + 1))
    catalog.edit(KPI, "name: New leads per month\n",
                 f"name: New leads per month\naliases: [{many}]\n")
    located(catalog.only_error(), KPI, 3, 1, "E204", f"`aliases` has {MAX_ALIASES + 1} items",
            f"Keep it to {MAX_ALIASES} items")


def test_an_alias_is_one_line_of_text(catalog, located):
    catalog.edit(KPI, "name: New leads per month\n",
                 'name: New leads per month\naliases: ["lead\\nintake"]\n')
    error = catalog.only_error()
    assert error.code == "E204" and error.field_label == "aliases[0]", error.text()


def test_handles_are_the_name_the_id_words_the_aliases_then_glossary_spellings():
    known = KnownBy(GLOSSARY)
    one = kpi(id="po-cycle-time", name="Time from purchase request to approved PO",
              aliases=["PO lead time", "waktu siklus PO"])
    assert known.handles(one) == [
        "Time from purchase request to approved PO", "po cycle time", "PO lead time",
        "waktu siklus PO", "PO", "purchase order"]


def test_glossary_words_match_across_hyphens_and_case_but_acronyms_keep_their_case():
    known = KnownBy(GLOSSARY)
    named = kpi(id="sales-qualified-leads", name="Sales-Qualified Lead handover")
    assert [t.term for t in known.terms(named)] == ["SQL"]
    # `it` is a word in a name, not the acronym; in an id, whose words are lowercase,
    # `po` is the acronym
    plain = kpi(id="keep-stock", name="Keep it in stock: Days Of Stock")
    assert [t.term for t in known.terms(plain)] == ["stock cover"]
    assert [t.term for t in known.terms(kpi(id="it-tickets", name="Tickets"))] == ["IT"]
    assert [t.term for t in known.terms(kpi(id="x", name="y", aliases=["IT cost"]))] == ["IT"]


def test_handles_are_unique_whatever_their_case_and_punctuation():
    known = KnownBy(GLOSSARY)
    same = kpi(id="stock-cover", name="Stock cover", aliases=["STOCK-COVER", "stock cover!"])
    assert known.handles(same) == ["Stock cover", "days of stock", "hari persediaan"]
    assert KnownBy([]).handles(same) == ["Stock cover"]


@pytest.mark.parametrize(("kpi_id", "words"), [
    ("store-stockout-rate", "store stockout rate"), ("po-2", "po 2"), ("x", "x")])
def test_id_words(kpi_id, words):
    assert id_words(kpi_id) == words


def test_handles_include_the_glossarys_spellings_in_the_catalogs_other_languages():
    csat = GlossaryTerm.model_validate({
        "term": "CSAT", "definition": "Customer satisfaction score.",
        "aliases": ["customer satisfaction score"],
        "translations": {"id": {"term": "skor kepuasan", "aliases": ["kepuasan pelanggan"]}}})
    known = KnownBy([csat])
    # a name in English using the term; the Indonesian reader's words find it too
    assert known.handles(kpi(name="Contact CSAT", id="contact-csat"))[-3:] == [
        "customer satisfaction score", "skor kepuasan", "kepuasan pelanggan"]
    # and a name written in Indonesian, with the Indonesian spelling, uses the same term
    assert "CSAT" in known.handles(kpi(name="Kepuasan pelanggan toko", id="kepuasan-toko"))
