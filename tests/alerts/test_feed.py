"""The Atom feeds of the catalog and of each department: valid Atom, the definition changes
from the history and the status changes, contributor text escaped, and nothing a public
build may not show."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import rnc2rng
from alerts_helpers import monthly
from lxml import etree

from kpi_catalog.changes.history import read_history
from kpi_catalog.i18n.labels import labels
from kpi_catalog.i18n.messages import speaking
from kpi_catalog.model.audience import for_audience
from kpi_catalog.reading.loader import load_catalog
from kpi_catalog.site import SiteOptions
from kpi_catalog.site.feed import feed_files
from kpi_catalog.site.render import render_site

ATOM = "{http://www.w3.org/2005/Atom}"
SCHEMA = etree.RelaxNG(etree.fromstring(rnc2rng.dumps(rnc2rng.load(
    str(Path(__file__).parents[1] / "site" / "schemas" / "atom.rnc"))).encode()))
ON_TRACK = (130, 140, 150, 160, 168, 175, 181, 186)
BEHIND = (*ON_TRACK[:-1], 170)
SITE = "https://kpi.example.org/"


def valid_atom(data: bytes) -> etree._Element:
    """The feed, checked against RFC 4287: the grammar, then what a grammar cannot say."""
    root = etree.fromstring(data)
    assert SCHEMA.validate(root), SCHEMA.error_log
    entries = root.findall(f"{ATOM}entry")
    assert root.find(f"{ATOM}author") is not None or all(
        e.find(f"{ATOM}author") is not None for e in entries), "4.1.1: an author"
    ids = [root.findtext(f"{ATOM}id")] + [e.findtext(f"{ATOM}id") for e in entries]
    assert all(i.startswith("https://") for i in ids) and len(set(ids)) == len(ids)
    for element in [root, *entries]:
        alternates = [(link.get("type"), link.get("hreflang"))
                      for link in element.findall(f"{ATOM}link")
                      if link.get("rel", "alternate") == "alternate"]
        assert len(alternates) == len(set(alternates)), "4.1.1: one alternate per type"
    for entry in entries:
        assert entry.find(f"{ATOM}content") is not None or alternates, "4.1.2"
    return root


def _feeds(history, day: str, audience: str = "internal") -> dict[str, etree._Element]:
    catalog = load_catalog(history.repo / "kpis").catalog
    files = feed_files(for_audience(catalog, audience), read_history(catalog),
                       date.fromisoformat(day), SITE, labels(catalog.config.language),
                       audience)
    return {path: valid_atom(data) for path, data in files.items()}


def _titles(feed: etree._Element) -> list[str]:
    return [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")]


@pytest.fixture
def three_months(history):
    history.commit([monthly("leads", *ON_TRACK[:-1], start=3),
                    monthly("deals", *ON_TRACK[:-1], start=3, department="sales")],
                   "2026-10-05")
    history.commit([monthly("leads", *BEHIND, start=3, name="Leads <b>&</b> \"more\""),
                    monthly("deals", *ON_TRACK[:-1], start=3, department="sales",
                            target={"value": 190, "date": "2026-12-31"})], "2026-11-10")
    history.commit([monthly("leads", *BEHIND, start=3, name="Leads <b>&</b> \"more\""),
                    monthly("deals", *ON_TRACK[:-1], start=3, department="sales",
                            target={"value": 190, "date": "2026-12-31"},
                            lifecycle="retired")], "2026-11-20")
    return history


def test_the_catalog_feed_tells_definition_and_status_changes(three_months):
    feed = _feeds(three_months, "2026-11-25")["feed.xml"]
    titles = _titles(feed)
    assert "Retired: KPI deals" in titles
    assert "KPI deals: target made easier: 200 leads per month → 190 leads per month" in titles
    assert 'Leads <b>&</b> "more": turned behind' in titles, "parsed back as written"
    assert 'New KPI: Leads <b>&</b> "more"' in titles and "New KPI: KPI deals" in titles
    assert feed.findtext(f"{ATOM}title") == "Test"
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == SITE + "feed.xml"
    behind = next(e for e in feed.findall(f"{ATOM}entry")
                  if e.findtext(f"{ATOM}title").endswith("turned behind"))
    assert behind.findtext(f"{ATOM}updated") == "2026-10-31T00:00:00+00:00", \
        "dated the day the October value counts"
    assert behind.find(f"{ATOM}link").get("href") == SITE + "kpis/leads/"
    assert behind.findtext(f"{ATOM}content") == \
        "<ul><li>on track → behind (latest value 170 for October 2026, expected 187)</li></ul>"
    dates = [e.findtext(f"{ATOM}updated") for e in feed.findall(f"{ATOM}entry")]
    assert dates == sorted(dates, reverse=True), "newest first"


def _target_eased(history, name: str, reason: str) -> tuple[etree._Element, etree._Element]:
    """A KPI named ``name`` whose target is made easier for ``reason``: the catalog's feed
    and the entry of that change."""
    history.commit([monthly("deals", *ON_TRACK, start=3)], "2026-11-01")
    note = {"date": "2026-11-02", "reason": reason, "fields": ["target"]}
    history.commit([monthly("deals", *ON_TRACK, start=3, name=name,
                            target={"value": 190, "date": "2026-12-31"}, changes=[note])],
                   "2026-11-02")
    feed = _feeds(history, "2026-11-25")["feed.xml"]
    return feed, next(e for e in feed.findall(f"{ATOM}entry")
                      if "target made easier" in e.findtext(f"{ATOM}title"))


def test_escaping_holds_in_the_xml_and_in_the_html(history):
    _, entry = _target_eased(history, "<img src=x onerror=alert(1)>",
                             "<script>alert(1)</script> & co")
    assert entry.findtext(f"{ATOM}title").startswith("<img src=x onerror=alert(1)>: target")
    assert entry.find(f"{ATOM}title").get("type", "text") == "text", "shown as text"
    html = entry.findtext(f"{ATOM}content")
    assert entry.find(f"{ATOM}content").get("type") == "html"
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html and "<script>" not in html


def test_bidirectional_controls_are_dropped_from_titles_and_content(history):
    """A feed reader shows a name or reason with U+202E backwards, as the site never does
    (escape drops the controls wherever contributor text is shown)."""
    from kpi_catalog.model.diagnostics import BIDI_CONTROLS

    feed, entry = _target_eased(history, "Deals \u202ewon\u2067",
                                "Easier \u202egnissim\u2066 now")
    assert entry.findtext(f"{ATOM}title").startswith("Deals won: target made easier")
    assert "Easier gnissim now" in entry.findtext(f"{ATOM}content")
    text = etree.tostring(feed, encoding="unicode")
    assert not set(text) & set(BIDI_CONTROLS)


def test_a_department_feed_holds_only_its_kpis(three_months):
    feeds = _feeds(three_months, "2026-11-25")
    # hr has no KPI: no feed (its page says none is published), where it had an empty one
    assert set(feeds) == {"feed.xml", "feed-marketing.xml", "feed-sales.xml"}
    sales = _titles(feeds["feed-sales.xml"])
    assert sales and all("deals" in t for t in sales)
    assert feeds["feed-sales.xml"].findtext(f"{ATOM}title") == "Test: Sales"


def test_data_overdue_is_dated_the_day_it_fell_due(history):
    history.commit([monthly("late", *ON_TRACK, start=3)], "2026-11-05")
    feed = _feeds(history, "2026-12-20")["feed.xml"]
    overdue = [e for e in feed.findall(f"{ATOM}entry")
               if e.findtext(f"{ATOM}title") == "KPI late: data overdue"]
    assert [e.findtext(f"{ATOM}updated") for e in overdue] == ["2026-12-14T00:00:00+00:00"]


@pytest.mark.parametrize(("language", "title", "what"), [
    ("en", "KPI dips: no longer achieved", "achieved → on track (latest value 186 for October"),
    ("id", "KPI dips: tidak lagi tercapai", "tercapai → sesuai rencana (nilai terakhir 186")])
def test_a_kpi_that_stops_being_achieved_has_its_entry(history, language, title, what):
    history.config["language"] = language
    history.commit([monthly("dips", *ON_TRACK[:-2], 201, 186, start=3)], "2026-11-05")
    with speaking(language):
        feed = _feeds(history, "2026-11-25")["feed.xml"]
    [entry] = [e for e in feed.findall(f"{ATOM}entry") if e.findtext(f"{ATOM}title") == title]
    assert what in entry.findtext(f"{ATOM}content")
    assert entry.findtext(f"{ATOM}updated") == "2026-10-31T00:00:00+00:00"


def test_an_indonesian_feed_calls_a_retired_kpi_by_the_word_its_page_shows(history):
    """The entry of a retired KPI is titled with the site's lifecycle word in Indonesian
    ("Tidak dipakai lagi: ..."), as the KPI's page says it, not with a second word."""
    history.config["language"] = "id"
    old = monthly("old", *ON_TRACK, start=3)
    history.commit([old], "2026-11-10")
    history.commit([{**old, "lifecycle": "retired"}], "2026-11-20")
    with speaking("id"):
        titles = _titles(_feeds(history, "2026-11-25")["feed.xml"])
    assert f"{labels('id')['lifecycle.retired']}: KPI old" in titles, titles


@pytest.mark.parametrize(("language", "overdue"), [
    ("en", "the value for November 2026 is due since 14 December 2026"),
    ("id", "nilai untuk November 2026 sudah jatuh tempo sejak 14 Desember 2026")])
def test_status_entries_write_dates_as_the_site_does(history, language, overdue):
    history.config["language"] = language
    history.commit([monthly("late", *ON_TRACK, start=3)], "2026-11-05")
    with speaking(language):  # as the site's build speaks each of its languages
        feed = _feeds(history, "2026-12-20")["feed.xml"]
    contents = [e.findtext(f"{ATOM}content") for e in feed.findall(f"{ATOM}entry")]
    assert f"<ul><li>{overdue}</li></ul>" in contents, contents


def test_a_public_feed_never_mentions_a_confidential_kpi(history):
    secret = monthly("salary-ratio", *ON_TRACK, start=3, visibility="confidential",
                     name="Secret salary ratio")
    inside = monthly("margin", *BEHIND, start=3, visibility="internal", name="Inside margin")
    history.commit([secret, inside, monthly("k", *ON_TRACK, start=3)], "2026-10-05")
    history.commit([{**secret, "target": {"value": 190, "date": "2026-12-31"}},
                    {**inside, "actuals": inside["actuals"] + [
                        {"period": "2026-11", "value": 171}]},
                    monthly("k", *ON_TRACK, start=3)], "2026-12-02")
    public = feed_files(for_audience(load_catalog(history.repo / "kpis").catalog, "public"),
                        read_history(load_catalog(history.repo / "kpis").catalog),
                        date(2026, 12, 20), SITE, labels("en"), "public")
    for path, data in public.items():
        valid_atom(data)
        assert b"salary" not in data.lower() and b"Secret" not in data, path
        assert b"171" not in data and b"Inside margin: turned" not in data, \
            "no values of an internal KPI, and so no status"
    assert b"New KPI: Inside margin" in public["feed.xml"], "its definition is public"


def test_a_public_feed_never_tells_an_internal_kpi_s_status_set_by_hand(history):
    """A status set by hand is a status, shown with the values: a public build's page of an
    internal KPI shows neither, and its feed's change entries must not either (the change
    `status: none → value behind, reason ...` showed the status and its reason)."""
    inside = monthly("margin", *ON_TRACK, start=3, visibility="internal", name="Inside margin")
    history.commit([inside], "2026-10-05")
    history.commit([{**inside, "status": {"value": "behind", "reason": "Margin fell to "
                                          "12.3% after the supplier rebate ended."}}],
                   "2026-12-02")
    history.commit([{**inside, "status": {"value": "behind", "reason": "Margin fell to "
                                          "12.3% after the supplier rebate ended."},
                     "translations": {"id": {"status": {"reason": "Marjin turun ke 12,3%."}}}}],
                   "2026-12-03")
    public = _feeds(history, "2026-12-20", "public")["feed.xml"]
    text = etree.tostring(public, encoding="unicode")
    assert "12.3%" not in text and "12,3%" not in text and "behind" not in text, text
    assert "New KPI: Inside margin" in _titles(public), "its definition is public"
    internal = etree.tostring(_feeds(history, "2026-12-20")["feed.xml"], encoding="unicode")
    assert "12.3% after the supplier rebate" in internal


def test_no_feed_without_an_absolute_site_address(history):
    history.commit([monthly("k", *ON_TRACK, start=3)], "2026-11-05")
    catalog = load_catalog(history.repo / "kpis").catalog
    assert feed_files(catalog, None, date(2026, 11, 25), "", labels("en"), "internal") == {}


def test_every_engine_gets_the_feeds_through_the_site_outputs(three_months, tmp_path):
    """`kpi render` (any site engine) writes the same feeds as the MkDocs plugin, the same
    bytes for the same catalog and day; none without the site's address."""
    catalog = load_catalog(three_months.repo / "kpis").catalog
    options = SiteOptions(site_url=SITE, history=True)
    render_site(catalog, tmp_path / "a", today=date(2026, 11, 25), options=options)
    render_site(catalog, tmp_path / "b", today=date(2026, 11, 25), options=options)
    feed = valid_atom((tmp_path / "a" / "feed.xml").read_bytes())
    assert "Retired: KPI deals" in _titles(feed)
    assert (tmp_path / "a" / "feed-sales.xml").read_bytes() == (
        tmp_path / "b" / "feed-sales.xml").read_bytes()
    render_site(catalog, tmp_path / "c", today=date(2026, 11, 25), options=SiteOptions())
    assert not (tmp_path / "c" / "feed.xml").exists()


def test_a_public_feed_never_names_a_confidential_kpi_in_a_past_change(history, tmp_path):
    """A public KPI's history may hold a change naming a confidential KPI (a `related` list
    of old): the public site's feed, like the KPI's page, leaves that change out."""
    history.config["audience"] = "public"
    secret = monthly("salary-ratio", *ON_TRACK, start=3, visibility="confidential")
    history.commit([secret, monthly("k", *ON_TRACK, start=3, related=["salary-ratio"])],
                   "2026-10-05")
    history.commit([secret, monthly("k", *ON_TRACK, start=3, owner="Someone else")],
                   "2026-11-05")
    catalog = load_catalog(history.repo / "kpis").catalog
    render_site(catalog, tmp_path, today=date(2026, 11, 25),
                options=SiteOptions(site_url=SITE, history=True, audience="public"))
    feed = (tmp_path / "feed.xml").read_bytes()
    valid_atom(feed)
    assert b"Someone else" in feed, "the public change is in the feed"
    assert b"salary" not in feed.lower()


def test_a_move_in_the_feed_names_the_departments(history):
    """A KPI moved to Sales read `moved to another department: marketing → sales` in the
    feed, the folders' ids, where `kpi diff` and the KPI page say the names."""
    history.commit([monthly("deals", *ON_TRACK, start=3)], "2026-11-01")
    history.commit([monthly("deals", *ON_TRACK, start=3, department="sales")], "2026-11-02")
    feed = _feeds(history, "2026-11-25")["feed.xml"]
    assert "KPI deals: moved to another department: Marketing → Sales" in _titles(feed)


def test_the_second_language_feed_tells_status_changes_in_that_language(history, tmp_path):
    """A site in English and Indonesian: its `id/feed.xml` says "data terlambat" and the
    Indonesian sentence, as its change entries do, with no English status entry (the build
    of each language is not asked to speak it first)."""
    history.config.update(language="en", languages=["en", "id"])
    history.commit([monthly("late", *ON_TRACK, start=3,
                            translations={"id": {"name": "KPI terlambat"}})], "2026-11-05")
    catalog = load_catalog(history.repo / "kpis").catalog
    render_site(catalog, tmp_path, today=date(2026, 12, 20),
                options=SiteOptions(site_url=SITE, history=True))
    feed = valid_atom((tmp_path / "id" / "feed.xml").read_bytes())
    assert "KPI terlambat: data terlambat" in _titles(feed)
    contents = [e.findtext(f"{ATOM}content") for e in feed.findall(f"{ATOM}entry")]
    assert ("<ul><li>nilai untuk November 2026 sudah jatuh tempo sejak 14 Desember 2026"
            "</li></ul>") in contents, contents
    english = valid_atom((tmp_path / "feed.xml").read_bytes())
    assert "KPI late: data overdue" in _titles(english)


def test_no_name_or_reason_in_a_feed_pings_a_chat_that_follows_it(history):
    """Chat tools follow feeds (a Discord or Teams channel posting each entry): `@everyone`
    in a name or reason gets an invisible joiner after its `@`, as in the alerts' messages."""
    feed, entry = _target_eased(history, "Deals @everyone", "Easier, ask @here")
    text = etree.tostring(feed, encoding="unicode")
    assert "@everyone" not in text and "@here" not in text
    assert entry.findtext(f"{ATOM}title").startswith("Deals @\u2060everyone: target")
    assert "ask @\u2060here" in entry.findtext(f"{ATOM}content")


def _late_and_skipped(history) -> None:
    """October was due on 2026-11-14: "sent" writes it late, "one" writes November without
    it (`kpi alerts 2026-12-15 2026-12-16` says data received, and data skipped)."""
    def kpi(kpi_id: str, *periods: str, **changes) -> dict:
        data = monthly(kpi_id, *ON_TRACK[:-1], start=3, **changes)  # March to September
        data["actuals"] += [{"period": period, "value": 190} for period in periods]
        return data

    history.commit([kpi("sent", translations={"id": {"name": "KPI terkirim"}}),
                    kpi("one", name="KPI <b>one</b> @all")], "2026-11-05")
    history.commit([kpi("sent", "2026-10", "2026-11",
                        translations={"id": {"name": "KPI terkirim"}}),
                    kpi("one", "2026-11", name="KPI <b>one</b> @all")], "2026-12-16")


def _entry(feed: etree._Element, title: str) -> etree._Element:
    [entry] = [e for e in feed.findall(f"{ATOM}entry") if e.findtext(f"{ATOM}title") == title]
    return entry


def test_data_received_and_skipped_are_dated_the_commit_that_wrote_the_values(history):
    """Today's file holds the values, so judged on past days it never shows them overdue:
    the commit that wrote them late says what `kpi alerts` said that day, in its words."""
    _late_and_skipped(history)
    said = {(a["kpi"], a["kind"], a["what"]) for a in history.json(
        "2026-12-15", "2026-12-16")["alerts"] if a["kind"].startswith("data")}
    feed = _feeds(history, "2026-12-20")["feed.xml"]
    received = _entry(feed, "KPI sent: data received")
    skipped = _entry(feed, "KPI <b>one</b> @\u2060all: data skipped")
    assert received.findtext(f"{ATOM}updated") == "2026-12-16T09:00:00+00:00"
    assert {("sent", "data_received",
             received.findtext(f"{ATOM}content").removeprefix("<ul><li>")
             .removesuffix("</li></ul>")),
            ("one", "data_skipped",
             skipped.findtext(f"{ATOM}content").removeprefix("<ul><li>")
             .removesuffix("</li></ul>"))} == said
    assert "October 2026 was left empty" in skipped.findtext(f"{ATOM}content")
    assert "KPI sent: data overdue" not in _titles(feed), "today's file: never overdue"


def test_the_second_language_feed_tells_data_received_in_that_language(history, tmp_path):
    history.config.update(language="en", languages=["en", "id"])
    _late_and_skipped(history)
    catalog = load_catalog(history.repo / "kpis").catalog
    render_site(catalog, tmp_path, today=date(2026, 12, 20),
                options=SiteOptions(site_url=SITE, history=True))
    feed = valid_atom((tmp_path / "id" / "feed.xml").read_bytes())
    assert _entry(feed, "KPI terkirim: data sudah masuk").findtext(f"{ATOM}content").startswith(
        "<ul><li>nilainya sudah terkini lagi (nilai terakhir 190 untuk November 2026")
    assert ("<ul><li>nilai untuk November 2026 sudah masuk, tetapi Oktober 2026 dibiarkan "
            "kosong") in _entry(feed, "KPI <b>one</b> @\u2060all: data terlewat").findtext(
        f"{ATOM}content")


def test_a_public_feed_tells_no_arrival_of_an_internal_kpi_s_values(history):
    history.commit([monthly("margin", *ON_TRACK[:-1], start=3, visibility="internal")],
                   "2026-11-05")
    history.commit([monthly("margin", *ON_TRACK, start=3, visibility="internal")],
                   "2026-11-20")
    assert "KPI margin: data received" in _titles(_feeds(history, "2026-11-25")["feed.xml"])
    public = _feeds(history, "2026-11-25", "public")["feed.xml"]
    assert not [t for t in _titles(public) if t.startswith("KPI margin: data")]


def test_a_value_corrected_since_leaves_the_arrival_as_it_was_told(history):
    """October written late, corrected and a note added since, then deleted and written
    again: the arrival is still told, with the value it arrived with."""
    first = monthly("k", *ON_TRACK[:-1], start=3)
    history.commit([first], "2026-11-05")
    history.commit([monthly("k", *ON_TRACK[:-1], 175, start=3)], "2026-11-20")
    history.commit([monthly("k", *ON_TRACK[:-1], 176, start=3)], "2026-11-22")
    history.commit([first], "2026-11-23")
    history.commit([monthly("k", *ON_TRACK[:-1], 177, start=3)], "2026-11-24")
    feed = _feeds(history, "2026-11-25")["feed.xml"]
    received = [e for e in feed.findall(f"{ATOM}entry")
                if e.findtext(f"{ATOM}title") == "KPI k: data received"]
    assert [(e.findtext(f"{ATOM}updated"),
             e.findtext(f"{ATOM}content").split(", expected")[0]) for e in received] == [
        ("2026-11-24T09:00:00+00:00",
         "<ul><li>the values are current again (latest value 177 for October 2026"),
        ("2026-11-20T09:00:00+00:00",
         "<ul><li>the values are current again (latest value 175 for October 2026")]


def test_an_arrival_behind_a_version_the_build_could_not_read_is_left_out(history):
    """A build past its budget of old versions reads a commit without its changes: the look
    back stops there, and no arrival is made up from values it cannot place."""
    history.commit([monthly("k", *ON_TRACK[:-1], start=3)], "2026-11-05")
    history.commit([monthly("k", *ON_TRACK, start=3)], "2026-11-20")
    catalog = load_catalog(history.repo / "kpis").catalog
    unread = read_history(catalog, budget=0)
    assert not unread["k"][0].readable
    files = feed_files(catalog, unread, date(2026, 11, 25), SITE, labels("en"), "internal")
    assert "KPI k: data received" not in _titles(valid_atom(files["feed.xml"]))
    assert "KPI k: data received" in _titles(_feeds(history, "2026-11-25")["feed.xml"])
