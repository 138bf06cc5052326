"""mkdocs-material's search finds a KPI by a word of its statement and opens its page."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

import pytest
from kpi_browser import Kpi, Site, expect

pytestmark = pytest.mark.browser


def words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[A-Za-z]{6,}", text)}


def rare_word(site: Site, kpi: Kpi) -> str:
    """A word of the KPI's statement used by as few other KPI statements as possible."""
    seen = Counter(w for k in site.kpis for w in words(k.text("statement")))
    mine = words(kpi.text("statement"))
    assert mine, f"no searchable word in the statement of {kpi.id}"
    return min(sorted(mine), key=lambda w: (seen[w], -len(w)))


def test_search_finds_a_kpi_by_a_word_of_its_statement(site, page):
    kpi = site.showcase
    word = rare_word(site, kpi)
    page.open("/")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(word, delay=20)
    hit = page.locator(f".md-search-result__list a.md-search-result__link[href*='kpis/{kpi.id}/']")
    expect(hit.first).to_be_visible()
    hit.first.click()
    page.wait_for_url(lambda url: urlsplit(url).path == kpi.path)
    expect(page.locator("h1").first).to_contain_text(kpi.text("name"))
    page.watch.check()


# What readers type, and the KPI they are looking for: names, acronyms, the glossary's
# spelled-out terms and aliases, distinctive words of statements, in English and in Bahasa
# Indonesia. Each KPI must be among the first three pages the search lists.
READER_QUERIES = [
    ("customer acquisition cost", "customer-acquisition-cost"),  # alias of CAC
    ("CAC", "customer-acquisition-cost"),
    ("gross merchandise value", "online-gmv"),  # GMV, spelled out
    ("GMV", "online-gmv"),
    ("days sales outstanding", "corporate-dso"),
    ("DSO", "corporate-dso"),
    ("on time in full", "online-otif"),
    ("Gross margin", "gross-margin"),
    ("Cash conversion cycle", "cash-conversion-cycle"),
    ("Stock cover in the Cikarang distribution centre", "dc-stock-cover"),
    ("newsletter open rate", "newsletter-open-rate"),
    ("sales-qualified leads", "sales-qualified-leads"),
    ("marketing-qualified lead", "mql-to-sql-conversion"),
    ("net promoter score", "online-nps"),
    ("average order value", "average-order-value"),
    ("purchase order", "po-cycle-time"),
    ("Nusantara Rewards", "loyalty-programme-members"),
    ("Surabaya", "surabaya-fulfilment-share"),
    ("Jabodetabek", "jabodetabek-delivery-time"),
    ("invoice", "invoice-auto-match-rate"),
    ("employee net promoter score", "enps-karyawan"),
    ("eNPS", "enps-karyawan"),
    ("UMKM", "umkm-supplier-share"),
    ("omnichannel", "pelatihan-aplikasi-omnichannel"),
    ("employee turnover", "tingkat-perputaran-karyawan"),  # English names of Indonesian KPIs
    ("training hours", "rata-rata-jam-pelatihan"),
]

# The same, typed by a reader of the Indonesian pages, who must find the Indonesian page.
READER_QUERIES_ID = [
    ("kepuasan pelanggan", "contact-csat"),  # an Indonesian alias of CSAT
    ("perputaran karyawan", "tingkat-perputaran-karyawan"),
    ("promosi internal kepala toko", "promosi-internal-kepala-toko"),
    ("jam pelatihan", "rata-rata-jam-pelatihan"),
    ("UMKM", "umkm-supplier-share"),
    ("omnichannel", "pelatihan-aplikasi-omnichannel"),
    ("marjin kotor", "gross-margin"),  # Indonesian names of English KPIs
    ("biaya akuisisi pelanggan", "customer-acquisition-cost"),
    ("nilai rata-rata pesanan", "average-order-value"),
    ("siklus konversi kas", "cash-conversion-cycle"),
]


# What readers call a KPI besides its name (kpi_catalog.model.handles): a single word of its
# id or an alias, the words of its id, an acronym of its id or statement, the glossary's
# spelling of one, its aliases in the other language. Each must be the first page listed.
HANDLE_QUERIES = [
    ("stockout", "store-stockout-rate"),  # a word of the id only
    ("chatbot", "chatbot-resolution-rate"),
    ("opex", "opex-to-net-sales"),
    ("repurchase", "repeat-purchase-rate"),  # an alias
    ("attrition", "tingkat-perputaran-karyawan"),
    ("reorder", "corporate-reorder-rate"),
    ("Cikarang", "dc-stock-cover"),
    ("repeat purchase", "repeat-purchase-rate"),  # the id's words
    ("SQL win rate", "sql-win-rate"),
    ("store stockout rate", "store-stockout-rate"),
    ("invoice auto match", "invoice-auto-match-rate"),
    ("PO cycle time", "po-cycle-time"),
    ("new pipeline subscribers", "new-pipeline-subscribers"),
    ("chat first response time", "chat-first-response-time"),
    ("corporate DSO", "corporate-dso"),
    ("online OTIF", "online-otif"),
    ("supplier OTIF", "supplier-otif"),
    ("CSAT", "contact-csat"),  # an acronym of the id and the statement
    ("AOV", "average-order-value"),
    ("CCC", "cash-conversion-cycle"),
    ("MQL", "mql-to-sql-conversion"),
    ("MSME", "umkm-supplier-share"),
    ("customer satisfaction score", "contact-csat"),  # the glossary's spelling of one
    ("tingkat perputaran", "tingkat-perputaran-karyawan"),  # ids of Indonesian KPIs
    ("pelatihan aplikasi omnichannel", "pelatihan-aplikasi-omnichannel"),
]

HANDLE_QUERIES_ID = [
    ("stok kosong", "store-stockout-rate"),  # Bahasa Indonesia: aliases of English KPIs
    ("pembelian ulang", "repeat-purchase-rate"),
    ("rasio biaya operasional", "opex-to-net-sales"),
    ("margin kotor", "gross-margin"),
    ("waktu respons pertama", "chat-first-response-time"),
    ("tingkat perputaran", "tingkat-perputaran-karyawan"),  # ids of Indonesian KPIs
    ("pelatihan aplikasi omnichannel", "pelatihan-aplikasi-omnichannel"),
    ("rata rata jam pelatihan", "rata-rata-jam-pelatihan"),
    ("hari persediaan", "dc-stock-cover"),  # glossary spellings in Bahasa Indonesia
    ("pencocokan tiga arah", "invoice-auto-match-rate"),
    ("usaha mikro kecil dan menengah", "umkm-supplier-share"),
    ("pusat pemenuhan pesanan", "surabaya-fulfilment-share"),
    ("siklus konversi kas", "cash-conversion-cycle"),
]


# What mkdocs-material's search box says before a query, in each language of the site.
PLACEHOLDER = {"en": "Type to start searching", "id": "Ketik untuk mulai pencarian"}


def first_pages(page, query: str, count: int = 3) -> list[str]:
    """The paths of the first ``count`` pages the search lists for ``query``, typed into
    the search box of the open page (emptied first: no result of an earlier query stays)."""
    box = page.locator("input.md-search__input")
    meta = page.locator(".md-search-result__meta")
    waiting = PLACEHOLDER[page.locator("html").get_attribute("lang") or "en"]
    box.click()
    box.fill("")
    expect(meta).to_contain_text(waiting)
    box.press_sequentially(query, delay=10)
    links = page.locator(".md-search-result__list > li a.md-search-result__link")
    expect(meta).not_to_contain_text(waiting)  # results, or none
    # Results follow each key typed: read them once they stopped changing.
    hrefs, previous = [], None
    for _ in range(40):
        hrefs = links.evaluate_all("els => els.map(e => e.href)")
        if hrefs == previous:
            break
        previous = hrefs
        page.wait_for_timeout(250)
    paths: list[str] = []
    for href in hrefs:
        path = urlsplit(href).path
        if path not in paths:
            paths.append(path)
    return paths[:count]


def missed(site, page, queries: list[tuple[str, str]], count: int,
           folder: str = "") -> list[str]:
    """The queries whose KPI is not among the first ``count`` pages listed, searched from
    the overview of the language whose pages are under ``folder`` (``id/``)."""
    known = {kpi.id for kpi in site.kpis}
    asked = [(q, kpi_id) for q, kpi_id in queries if kpi_id in known]
    assert len(asked) >= len(queries) - 3, "the example catalog lost the KPIs queries look for"
    out = []
    page.open(f"/{folder}kpis/")
    for query, kpi_id in asked:
        found = first_pages(page, query)
        if f"/{folder}kpis/{kpi_id}/" not in found[:count]:
            out.append(f"{query!r} -> {found} (expected /{folder}kpis/{kpi_id}/)")
    return out


def test_reader_queries_find_their_kpi_among_the_first_three(site, page):
    wrong = missed(site, page, READER_QUERIES, 3)
    assert not wrong, "search missed:\n" + "\n".join(wrong)
    page.watch.check()


def test_indonesian_reader_queries_find_the_indonesian_page(site, page):
    wrong = missed(site, page, READER_QUERIES_ID, 3, folder="id/")
    assert not wrong, "search missed:\n" + "\n".join(wrong)
    page.watch.check()


def test_a_query_naming_a_kpi_by_a_handle_finds_its_page_first(site, page):
    wrong = missed(site, page, HANDLE_QUERIES, 1)
    assert not wrong, "search did not list these KPIs first:\n" + "\n".join(wrong)
    page.watch.check()


def test_an_indonesian_handle_finds_the_indonesian_page_first(site, page):
    wrong = missed(site, page, HANDLE_QUERIES_ID, 1, folder="id/")
    assert not wrong, "search did not list these KPIs first:\n" + "\n".join(wrong)
    page.watch.check()


def test_search_lists_only_the_pages_of_the_open_pages_language(site, page):
    for folder, other in [("", "/id/"), ("id/", None)]:
        page.open(f"/{folder}kpis/")
        found = first_pages(page, "gross margin marjin kotor", count=20)
        assert found, f"searching from /{folder}kpis/ found nothing"
        if other:
            assert not [p for p in found if p.startswith(other)], found
        else:
            assert all(p.startswith("/id/") for p in found), found
    page.watch.check()
