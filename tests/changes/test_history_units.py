"""Values in a KPI's history said with its unit, as `kpi diff` says them: on its page (each
language in its own translation of the unit), on the trend chart's marks and in the feed.
Before, all three said `28 → 25`, a number a reader cannot weigh."""

from __future__ import annotations

from datetime import UTC, date, datetime
from html import unescape

import markdown
import pytest
from changes_helpers import kpi
from lxml import etree

from kpi_catalog.changes.compare import Change
from kpi_catalog.changes.history import HistoryEntry, read_history
from kpi_catalog.i18n.labels import labels
from kpi_catalog.i18n.messages import speaking
from kpi_catalog.model.enums import ChangeKind
from kpi_catalog.reading.loader import load_catalog
from kpi_catalog.site import SiteOptions, generate_pages
from kpi_catalog.site.feed import feed_files
from kpi_catalog.site.history_view import chart_marks, history_view

ATOM = "{http://www.w3.org/2005/Atom}"
RUPIAH = {"metric": "Cost per order", "unit": "IDR per order", "data_source": "ERP"}
IN_RUPIAH = {"id": {"measurement": {"unit": "rupiah per pesanan"}}}
HOSTILE = "<script>alert('x')</script> & \"units\""


def _cost(target: float, unit: dict | None = None, **fields) -> dict:
    return kpi("cost", measurement=unit or RUPIAH, direction="lower_is_better",
               baseline={"value": 400_000, "date": "2026-01-01"},
               target={"value": target, "date": "2026-12-31"},
               actuals=[{"period": "2026-01", "value": 390_000}], **fields)


def _share(target: float, unit: str = "%") -> dict:
    return kpi("share", measurement={"metric": "Share of leads", "unit": unit,
                                     "data_source": "CRM"},
               baseline={"value": 20, "date": "2026-01-01"},
               target={"value": target, "date": "2026-12-31"},
               actuals=[{"period": "2026-01", "value": 21}])


def _two_commits(repo, before: dict, after: dict, when: str | None = None) -> None:
    """A KPI added, then changed (the second commit dated ``when``)."""
    repo.write_kpi(before)
    repo.commit("Add")
    repo.write_kpi(after)
    repo.commit("Change", when=when)


def _history_section(repo, kpi_id: str, language: str = "en") -> str:
    """The KPI page's history section as HTML, on the page in ``language``."""
    catalog = load_catalog(repo.repo / "kpis").catalog
    [page] = [p for p in generate_pages(catalog, options=SiteOptions(
        language=language, languages=("en", "id"), history=True))
        if p.src_uri.endswith(f"kpis/{kpi_id}/index.md")]
    html = markdown.markdown(page.body)
    return unescape(html[html.index("kpi-history"):])


@pytest.mark.parametrize(("language", "said"), [
    ("en", "Target made easier: 30.5% → 28%"), ("id", "Target dipermudah: 30,5% → 28%")])
def test_a_percentage_in_the_history_on_both_languages_pages(repo, language, said):
    _two_commits(repo, _share(30.5), _share(28))
    assert said in _history_section(repo, "share", language)


@pytest.mark.parametrize(("language", "said"), [
    ("en", "Target made easier: 340,000 IDR per order → 352,000 IDR per order"),
    ("id", "Target dipermudah: 340.000 rupiah per pesanan → 352.000 rupiah per pesanan")])
def test_a_currency_unit_in_each_pages_own_translation(repo, language, said):
    _two_commits(repo, _cost(340_000, translations=IN_RUPIAH),
                 _cost(352_000, translations=IN_RUPIAH))
    assert said in _history_section(repo, "cost", language)


def test_a_unit_changed_in_the_commit_says_old_values_in_the_old_unit(repo):
    _two_commits(repo, _cost(340_000), _cost(
        352, {**RUPIAH, "unit": "thousand IDR per order"},
        translations={"id": {"measurement": {"unit": "ribu rupiah per pesanan"}}}))
    entries = read_history(load_catalog(repo.repo / "kpis").catalog)["cost"]
    english = [c["text"] for c in history_view(entries, labels("en"), "en")[0]["changes"]]
    # 352 thousand is no harder target than 340,000 (it is easier: lower is better): with
    # the unit changed, the numbers are not weighed (it was said "made harder")
    assert "Target changed: 340,000 IDR per order → 352 thousand IDR per order" in english
    indonesian = [c["text"] for c in history_view(entries, labels("id"), "en")[0]["changes"]]
    assert ("Target berubah: 340.000 IDR per order → 352 ribu rupiah per pesanan"
            in indonesian), indonesian  # no Indonesian unit before: the KPI's own


def test_a_unit_translated_after_the_commit_is_said_in_the_pages_language(repo):
    """A catalog translated after its KPIs were written: the Indonesian page, chart and feed
    said the older commits' values in the English unit (`95 IDR billion`), unmarked, in an
    Indonesian sentence; the unit is the same, so its translation of now is said."""
    _two_commits(repo, _cost(340_000), _cost(352_000), when="2026-06-15T10:00:00")
    repo.write_kpi(_cost(352_000, translations=IN_RUPIAH))
    repo.commit("Indonesian texts")
    entries = read_history(load_catalog(repo.repo / "kpis").catalog)["cost"]
    said = "target dipermudah: 340.000 rupiah per pesanan → 352.000 rupiah per pesanan"
    assert said.capitalize() in [c["text"] for e in history_view(entries, labels("id"), "en")
                                 for c in e["changes"]]  # a line of its own on the page
    assert chart_marks(entries, labels("id")) == [(date(2026, 6, 15), said)]
    assert chart_marks(entries, labels("en")) == [(date(2026, 6, 15), (
        "target made easier: 340,000 IDR per order → 352,000 IDR per order"))]


def test_the_trend_charts_mark_says_the_unit(repo):
    _two_commits(repo, _share(30.5), _share(28), when="2026-06-15T10:00:00")
    entries = read_history(load_catalog(repo.repo / "kpis").catalog)["share"]
    assert chart_marks(entries, labels("en")) == [
        (date(2026, 6, 15), "target made easier: 30.5% → 28%")]
    assert chart_marks(entries, labels("id")) == [
        (date(2026, 6, 15), "target dipermudah: 30,5% → 28%")]


@pytest.mark.parametrize(("language", "said"), [
    ("en", "Cost: target made easier: 340,000 IDR per order → 352,000 IDR per order"),
    ("id", "Cost: target dipermudah: 340.000 rupiah per pesanan → 352.000 rupiah per pesanan")])
def test_the_feed_entry_says_the_unit_in_the_feeds_language(repo, language, said):
    _two_commits(repo, _cost(340_000, translations=IN_RUPIAH),
                 _cost(352_000, translations=IN_RUPIAH))
    catalog = load_catalog(repo.repo / "kpis").catalog
    with speaking(language):
        files = feed_files(catalog, read_history(catalog), date(2026, 12, 7),
                           "https://kpi.example.org/", labels(language), "internal")
    entries = etree.fromstring(files["feed.xml"]).findall(f"{ATOM}entry")
    assert said in [e.findtext(f"{ATOM}title") for e in entries]


def test_a_kpi_without_a_unit_shows_the_number_alone():
    """An entry that knows no unit (made without one, or a version that cannot be read)
    says the number alone, as before: no stray space, no `None`."""
    entry = HistoryEntry("0" * 40, datetime(2026, 6, 15, tzinfo=UTC), "Ana", "Lower",
                         (Change(ChangeKind.TARGET_EASIER, "target.value", 150, 140),))
    assert history_view([entry], labels("en"), "en")[0]["changes"][0]["text"] == (
        "Target made easier: 150 → 140")
    assert chart_marks([entry], labels("id")) == [
        (date(2026, 6, 15), "target dipermudah: 150 → 140")]


def test_a_hostile_unit_stays_text_on_the_page_the_chart_and_the_feed(repo):
    hostile = {**RUPIAH, "unit": HOSTILE}
    _two_commits(repo, _cost(340_000, hostile), _cost(352_000, hostile),
                 when="2026-06-15T10:00:00")
    catalog = load_catalog(repo.repo / "kpis").catalog
    page = next(p for p in generate_pages(catalog, options=SiteOptions(history=True))
                if p.src_uri == "kpis/cost/index.md")
    section = page.body[page.body.index('class="kpi-history"'):]
    assert "<script>" not in page.body
    assert "340,000 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; " in section
    assert f"Target made easier: 340,000 {HOSTILE} → 352,000 {HOSTILE}" in unescape(section)
    chart = page.body[page.body.index('class="kpi-trend-change"'):]
    title = chart.partition("<title>")[2].partition("</title>")[0]
    assert "<" not in title and unescape(title).endswith(f"352,000 {HOSTILE}")
    svg = page.body[page.body.index("<svg"):page.body.index("</svg>") + 6]
    [mark] = etree.fromstring(svg).iterfind(".//{*}line[@class='kpi-trend-change']")
    assert mark.findtext("{*}title").endswith(f"352,000 {HOSTILE}")  # well-formed, as text
    files = feed_files(catalog, read_history(catalog), date(2026, 12, 7),
                       "https://kpi.example.org/", labels("en"), "internal")
    feed = etree.fromstring(files["feed.xml"])  # well-formed: the unit did not break it
    [entry] = [e for e in feed.findall(f"{ATOM}entry") if "easier" in e.findtext(f"{ATOM}title")]
    assert entry.findtext(f"{ATOM}title").endswith(f"352,000 {HOSTILE}")
    content = entry.findtext(f"{ATOM}content")  # HTML, escaped once more inside the XML
    assert "<script>" not in content and "&lt;script&gt;" in content
