"""`kpi alerts`: what changed in where the KPIs stand between two moments of a catalog's
history, in text, Markdown and JSON.

The KPIs of ``catalog_factory``: baseline 120 on 2026-01-01, target 200 on 2026-12-31,
monthly, thresholds green 180 and amber 150. On a value for 2026-10 the straight line
expects about 186.6 (tolerance 4): 186 is on track, 170 behind, 140 behind and red.
"""

from __future__ import annotations

import pytest
from alerts_helpers import MARKED, kinds, monthly, twins

from catalog_factory import catalog_files, kpi_data, write_catalog
from kpi_catalog.i18n.labels import labels

ON_TRACK = (130, 140, 150, 160, 168, 175, 181, 186)  # 2026-03 .. 2026-10: on the line
BEHIND = (*ON_TRACK[:-1], 170)


def test_statuses_moving_both_ways(history):
    history.commit([monthly("slips", *ON_TRACK, start=3),
                    monthly("recovers", *ON_TRACK[:-1], 170, start=3),
                    monthly("reddens", *ON_TRACK[:-1], 186, start=3),
                    monthly("achieves", *ON_TRACK, start=3)], "2026-11-10")
    history.commit([monthly("slips", *ON_TRACK[:-1], 170, start=3),
                    monthly("recovers", *ON_TRACK, start=3),
                    monthly("reddens", *ON_TRACK[:-1], 140, start=3),
                    monthly("achieves", *ON_TRACK[:-1], 201, start=3)], "2026-11-11")
    data = history.json("2026-11-10", "2026-11-11")
    assert kinds(data) == {("slips", "turned_behind"), ("recovers", "recovered"),
                           ("reddens", "turned_behind"), ("reddens", "turned_red"),
                           ("achieves", "achieved")}
    slipped = next(a for a in data["alerts"] if a["kpi"] == "slips")
    assert slipped["what"] == "on track → behind (latest value 170 for October 2026, " \
                              "expected 187)"
    assert (slipped["before"]["status"], slipped["after"]["status"]) == ("on_track", "behind")
    assert {(a["kpi"], a["topic"]) for a in data["open"]} == {
        ("slips", "off_track"), ("reddens", "off_track")}
    back = history.json("2026-11-11", "2026-11-10")
    assert ("slips", "recovered") in kinds(back) and ("recovers", "turned_behind") in kinds(back)


def test_each_alert_names_the_kpi_owner_reviewers_and_page(history):
    history.commit([monthly("leads", *ON_TRACK, start=3, owner="Head of <b>Growth</b> @all")],
                   "2026-11-10")
    history.commit([monthly("leads", *ON_TRACK[:-1], 140, start=3,
                            owner="Head of <b>Growth</b> @all")], "2026-11-11")
    alert = history.json("2026-11-10", "2026-11-11")["alerts"][0]
    assert (alert["kpi"], alert["name"], alert["department"], alert["department_name"]) == (
        "leads", "KPI leads", "marketing", "Marketing")
    assert alert["reviewers"] == ["@acme/marketing-leads", "@ayu"]
    assert alert["owner"] == "Head of <b>Growth</b> @all", "JSON: data, as written"
    assert alert["url"] == "https://kpi.example.org/kpis/leads/"
    text = history.alerts("2026-11-10", "2026-11-11").output
    assert "KPI leads (leads), Marketing: on track → behind" in text
    assert "Owner: Head of <b>Growth</b> @\u2060all. Reviewers: @acme/marketing-leads, @ayu. " \
           "https://kpi.example.org/kpis/leads/" in text
    markdown = history.alerts("2026-11-10", "2026-11-11", "--format", "markdown").output
    assert "- [KPI leads](https://kpi.example.org/kpis/leads/) (`leads`, Marketing): on track " \
           "→ behind" in markdown
    # a zero-width space after `@`: GitHub finds mentions after Markdown (changes/render.md)
    assert "owner Head of &lt;b&gt;Growth&lt;/b&gt; @\u200ball; reviewers @acme/marketing-leads " \
           "@ayu" in markdown, "contributor text cannot mention; reviewers are mentioned"


def test_data_that_becomes_overdue_and_arrives(history):
    history.commit([monthly("late", *ON_TRACK[:-1], start=3),
                    monthly("current", *ON_TRACK[:-1], start=3)], "2026-10-20")
    history.commit([monthly("late", *ON_TRACK[:-1], start=3),
                    monthly("current", *ON_TRACK, start=3)], "2026-11-13")
    # 2026-10 is due on 2026-11-14 (14 days of grace): `late` never sent it
    data = history.json("2026-11-13", "2026-11-20")
    assert kinds(data) == {("late", "data_overdue")}
    assert data["alerts"][0]["what"] == "the value for October 2026 is due since 14 November 2026"
    history.commit([monthly("late", *ON_TRACK, start=3),
                    monthly("current", *ON_TRACK, start=3)], "2026-11-25")
    assert kinds(history.json("2026-11-20", "2026-11-25")) == {("late", "data_received")}


def _skipping(kpi_id: str, *periods: str, last: int = 9, **changes) -> dict:
    """A KPI with values from 2026-03 to 2026-``last`` (on the line), then one for each of
    ``periods``."""
    kpi = monthly(kpi_id, *ON_TRACK[:last - 2], start=3, **changes)
    kpi["actuals"] += [{"period": period, "value": 190} for period in periods]
    return kpi


def test_data_skipped_is_not_told_as_received(history):
    """A value for a later period ends "data overdue", but the period that was overdue is
    still empty: "data skipped", naming what is left empty, in every format."""
    history.commit([_skipping("one", name="KPI <b>one</b> @all"), _skipping("two", last=8),
                    _skipping("sent")], "2026-11-15")
    # 2026-10 was due on 2026-11-14 (2026-09 on 10-14 for "two"); "one" and "two" write
    # 2026-11 without it, "sent" writes October and November
    history.commit([_skipping("one", "2026-11", name="KPI <b>one</b> @all"),
                    _skipping("two", "2026-11", last=8),
                    _skipping("sent", "2026-10", "2026-11")], "2026-12-20")
    data = history.json("2026-11-15", "2026-12-20")
    assert {k for k in kinds(data) if k[1].startswith("data")} == {
        ("one", "data_skipped"), ("two", "data_skipped"), ("sent", "data_received")}
    by_kpi = {a["kpi"]: a for a in data["alerts"]}
    assert by_kpi["one"]["what"] == ("a value for November 2026 arrived, but October 2026 was "
                                     "left empty and is no longer asked for (kpi due --gaps "
                                     "lists it)")
    assert (by_kpi["one"]["topics"], by_kpi["one"]["closes"]) == (["data_overdue"], True)
    assert by_kpi["two"]["left_empty"] == ["2026-09", "2026-10"]
    assert "September 2026 and October 2026 were left empty and are no longer asked for" \
        in by_kpi["two"]["what"]
    assert by_kpi["sent"]["left_empty"] == []
    text = history.alerts("2026-11-15", "2026-12-20").output
    assert "Data skipped\n  - KPI <b>one</b> @\u2060all (one), Marketing: a value for " \
           "November 2026 arrived, but October 2026 was left empty" in text
    assert "Data received\n  - KPI sent (sent)" in text
    markdown = history.alerts("2026-11-15", "2026-12-20", "--format", "markdown").output
    assert "#### Data skipped" in markdown
    assert "[KPI &lt;b&gt;one&lt;/b&gt; @\u200ball](https://kpi.example.org/kpis/one/) " \
           "(`one`, Marketing): a value for November 2026 arrived, but October 2026 was " \
           "left empty" in markdown


def test_data_skipped_names_a_long_gap_by_its_ends_in_both_languages(history):
    history.config["language"] = "id"
    start = monthly("long", 130, 140, start=1)  # 2026-01 and 2026-02: 2026-03 due on 04-14
    history.commit([start], "2026-04-20")
    history.commit([{**start, "actuals": [*start["actuals"], {"period": "2026-10",
                                                                "value": 190}]}],
                   "2026-11-10")
    [alert] = [a for a in history.json("2026-04-20", "2026-11-10")["alerts"]
               if a["kind"].startswith("data")]
    assert alert["kind"] == "data_skipped"
    assert alert["left_empty"] == [f"2026-{m:02d}" for m in range(3, 10)]
    assert alert["what"] == ("nilai untuk Oktober 2026 sudah masuk, tetapi 7 periode dari "
                             "Maret 2026 sampai September 2026 dibiarkan kosong dan tidak "
                             "diminta lagi (kpi due --gaps mencantumkannya)")
    text = history.alerts("2026-04-20", "2026-11-10").output
    assert "Data terlewat\n" in text


def test_data_skipped_is_said_when_a_later_period_is_overdue_again(history):
    """October overdue, November written without it, and by the next run December is
    overdue: the issue now asks for December, so the alert says October was left empty;
    the data-overdue topic stays open."""
    history.commit([_skipping("k")], "2026-11-15")
    history.commit([_skipping("k", "2026-11")], "2026-12-01")
    data = history.json("2026-11-15", "2027-01-20")
    [alert] = [a for a in data["alerts"] if a["kind"].startswith("data")]
    assert (alert["kind"], alert["left_empty"], alert["closes"]) == (
        "data_skipped", ["2026-10"], False)
    assert alert["after"]["overdue"]["period"] == "2026-12"
    assert {"kpi": "k", "topic": "data_overdue"} in data["open"]
    assert kinds(history.json("2026-11-15", "2026-11-20")) == set(), "nothing new yet"


def test_a_month_written_after_an_overdue_quarter_leaves_its_months_empty(history):
    """Reported quarterly, collected monthly: Q3 overdue, then October written as a month;
    the series is monthly from then on, and July to September are empty."""
    measured = {"collection_frequency": "monthly", "reporting_frequency": "quarterly"}
    quarters = kpi_data(id="q", name="Per quarter", measurement=measured, actuals=[
        {"period": "2026-Q1", "value": 140}, {"period": "2026-Q2", "value": 160}])
    history.commit([quarters], "2026-10-20")
    history.commit([{**quarters, "actuals": [*quarters["actuals"],
                                             {"period": "2026-10", "value": 175}]}],
                   "2026-11-10")
    [alert] = [a for a in history.json("2026-10-20", "2026-11-10")["alerts"]
               if a["kind"].startswith("data")]
    assert (alert["kind"], alert["left_empty"]) == ("data_skipped",
                                                    ["2026-07", "2026-08", "2026-09"])
    assert "July 2026, August 2026 and September 2026 were left empty" in alert["what"]


def test_a_kpi_retired_in_between_is_retired_not_recovered(history):
    behind = monthly("old", *ON_TRACK[:-1], 140, start=3)
    history.commit([behind, monthly("new", *ON_TRACK, start=3)], "2026-11-10")
    history.commit([{**behind, "lifecycle": "retired", "replaced_by": "new"},
                    monthly("new", *ON_TRACK, start=3)], "2026-11-11")
    data = history.json("2026-11-10", "2026-11-11")
    assert kinds(data) == {("old", "retired")}
    assert data["alerts"][0]["what"] == "replaced by new"
    assert data["open"] == []
    history.commit([monthly("new", *ON_TRACK, start=3)], "2026-11-12")
    assert kinds(history.json("2026-11-10", "2026-11-12")) == {("old", "untracked")}
    assert kinds(history.json("2026-11-11", "2026-11-12")) == set(), "already retired"


def test_drafts_raise_no_alerts_until_active(history):
    draft = monthly("draft", *ON_TRACK[:-1], 140, start=3, lifecycle="draft")
    history.commit([draft], "2026-11-10")
    history.commit([{**draft, "lifecycle": "active"}], "2026-11-11")
    assert kinds(history.json("2026-11-10", "2026-11-10")) == set()
    assert kinds(history.json("2026-11-10", "2026-11-11")) == {
        ("draft", "turned_behind"), ("draft", "turned_red")}


def test_a_review_date_passes(history):
    history.commit([monthly("due", *ON_TRACK, start=3, review_date="2026-11-15")], "2026-11-01")
    data = history.json("2026-11-14", "2026-11-16")
    assert kinds(data) == {("due", "review_due")}
    assert data["alerts"][0]["what"] == "the review date 15 November 2026 has passed"
    history.commit([monthly("due", *ON_TRACK, start=3, review_date="2027-05-15")], "2026-11-20")
    assert kinds(history.json("2026-11-16", "2026-11-20")) == {("due", "reviewed")}


def test_revisions_are_judged_on_the_same_day_or_their_own(history):
    first = history.commit([monthly("k", *ON_TRACK, start=3)], "2026-11-10")
    second = history.commit([monthly("k", *ON_TRACK[:-1], 170, start=3)], "2026-11-11")
    data = history.json(first, second, "--today", "2026-11-12")
    assert kinds(data) == {("k", "turned_behind")}
    assert data["from"] == f"{first[:7]} on 2026-11-12"
    later = history.json(f"{second}@2026-12-13", f"{second}@2026-12-14")
    assert kinds(later) == {("k", "data_overdue")}, "2026-11 is due on 2026-12-14"


def test_the_default_compares_yesterday_with_the_files_as_they_are(history):
    history.commit([monthly("k", *ON_TRACK, start=3)], "2026-11-10")
    history.write([monthly("k", *ON_TRACK[:-1], 170, start=3)])  # not committed yet
    result = history.alerts("--today", "2026-11-12")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("KPI alerts from 11 November 2026 (")
    assert "to the files as they are, on 12 November 2026: 1 alert." in result.output
    assert "Turned behind" in result.output


def test_a_public_audience_never_hears_of_a_confidential_kpi(history):
    secret = monthly("salary-ratio", *ON_TRACK, start=3, visibility="confidential",
                     name="Secret salary ratio")
    history.commit([secret, monthly("k", *ON_TRACK, start=3)], "2026-11-10")
    history.commit([{**secret, "actuals": secret["actuals"][:-1] + [
        {"period": "2026-10", "value": 140}]}, monthly("k", *ON_TRACK, start=3)], "2026-11-11")
    internal = history.json("2026-11-10", "2026-11-11", "--audience", "internal")
    assert ("salary-ratio", "turned_behind") in kinds(internal)
    for fmt in ("json", "text", "markdown"):
        out = history.alerts("2026-11-10", "2026-11-11", "--audience", "public",
                             "--format", fmt).output
        assert "salary" not in out.lower() and "Secret" not in out


def test_a_folder_named_like_a_revision_is_not_read_in_its_place(history):
    """A merged pull request may add a catalog folder named like a branch (or `HEAD~1`):
    the moment is still the revision, so the decoy cannot hide a KPI that slipped."""
    history.commit([monthly("k", *ON_TRACK, start=3)], "2026-11-10")
    history.git("branch", "before")
    behind = [monthly("k", *BEHIND, start=3)]
    history.commit(behind, "2026-11-11")
    for decoy in ("before", "HEAD~1"):
        write_catalog(history.repo / decoy, catalog_files(behind, config=history.config))
        assert kinds(history.json(decoy, "--today", "2026-11-12")) == {("k", "turned_behind")}
    # a folder that is no revision is still a folder, and ./ makes any name one
    assert kinds(history.json("./before", "--today", "2026-11-12")) == set()


def test_wrong_moments_are_usage_errors(history):
    history.commit([monthly("k", *ON_TRACK, start=3)], "2026-11-10")
    result = history.alerts("nope-not-a-revision")
    assert result.exit_code == 2 and "`nope-not-a-revision` is neither" in result.output
    result = history.alerts("HEAD@2026-13-45")
    assert result.exit_code == 2 and "`2026-13-45` is not a date" in result.output
    result = history.alerts("--site-url", "javascript:alert(1)", "--today", "2026-11-12")
    assert result.exit_code == 2 and "https://" in result.output


@pytest.mark.parametrize("url", [
    "https://kpi.example.org/x) @acme/everyone [more](https://evil.example",
    "https://kpi.example.org/ @acme/everyone", "https://kpi.example.org/\n# Pwned"])
def test_a_site_address_that_would_break_out_of_its_link_is_refused(history, url):
    """The site's address (--site-url, KPI_SITE_URL or mkdocs.yml's site_url) ends each
    alert's Markdown link and each issue's: one holding a space, a parenthesis or a bracket
    would end the link and write Markdown of its own (a mention that pings a team)."""
    history.commit([monthly("k", *ON_TRACK, start=3)], "2026-11-10")
    history.commit([monthly("k", *BEHIND, start=3)], "2026-11-11")
    result = history.alerts("--format", "markdown", "--site-url", url, "2026-11-10",
                            "2026-11-11")
    assert result.exit_code == 2, result.output
    assert "@acme" not in result.output and "Pwned" not in result.output.split("Error")[0]
    assert "--site-url" in result.output and "parenthesis" in result.output


def test_alerts_speak_the_catalog_language(history):
    history.config["language"] = "id"
    history.commit([monthly("k", *ON_TRACK, start=3)], "2026-11-10")
    history.commit([monthly("k", *BEHIND, start=3)], "2026-11-11")
    text = history.alerts("2026-11-10", "2026-11-11").output
    assert text.startswith("Peringatan KPI dari 10 November 2026 (")
    assert "Menjadi tertinggal" in text
    assert "sesuai rencana → tertinggal (nilai terakhir 170 untuk Oktober 2026, diharapkan 187)" \
        in text


def test_outside_git_dates_judge_the_files_as_they_are(tmp_path):
    from alerts_helpers import History

    outside = History(tmp_path)
    outside.write([monthly("k", *ON_TRACK, start=3)])
    data = outside.json("2026-12-01", "--today", "2026-12-14")
    assert data["from"] == "the files as they are, on 2026-12-01"
    assert {(a["kpi"], a["kind"]) for a in data["alerts"]} == {("k", "data_overdue")}
    wrong = outside.alerts("main")
    assert wrong.exit_code == 2
    assert "`main` is neither a date nor a catalog folder" in wrong.output


def test_two_kpis_of_one_name_are_told_apart_and_escaped(history):
    history.commit(twins(history, *ON_TRACK), "2026-11-10")
    history.commit(twins(history, *BEHIND), "2026-11-11")
    text = history.alerts("2026-11-10", "2026-11-11").output
    # as the site tells them apart (model.names): the department, in brackets
    assert "  - Deals <b>won</b> @\u2060all (Market <i>ing</i> @\u2060team) (won-m), Market " \
           "<i>ing</i> @\u2060team: on track → behind" in text, "no ping in chat"
    assert "  - Deals <b>won</b> @\u2060all (Sales) (won-s), Sales: " in text
    assert "  - KPI alone (alone), Market <i>ing</i> @\u2060team: " in text, "a name of its own"
    markdown = history.alerts("2026-11-10", "2026-11-11", "--format", "markdown").output
    assert "- [Deals &lt;b&gt;won&lt;/b&gt; @\u200ball (Market &lt;i&gt;ing&lt;/i&gt; " \
           "@\u200bteam)](https://kpi.example.org/kpis/won-m/) (`won-m`, Market " \
           "&lt;i&gt;ing&lt;/i&gt; @\u200bteam): " in markdown, "no HTML, no mention"
    assert "<b>" not in markdown and "<i>" not in markdown
    assert "- [KPI alone](https://kpi.example.org/kpis/alone/) " in markdown
    data = history.json("2026-11-10", "2026-11-11")
    assert {a["kpi"]: a["name"] for a in data["alerts"]} == {
        "won-m": MARKED, "won-s": MARKED, "alone": "KPI alone"}, "JSON: the name as written"


def test_dates_are_long_dates_in_the_alerts_language_and_iso_in_json(history):
    # with values up to 2026-10, the value for 2026-11 is due on 2026-12-14
    history.commit([monthly("k", *ON_TRACK, start=3, review_date="2026-12-15")], "2026-10-20")
    history.commit([monthly("k", *ON_TRACK, start=3, review_date="2027-05-15")], "2026-12-17")
    expected = {
        "en": ("KPI alerts from 13 December 2026 (", ") to 16 December 2026 (",
               "the value for November 2026 is due since 14 December 2026",
               "the review date 15 December 2026 has passed", "From 13 December 2026 (",
               "next review on 15 May 2027"),
        "id": ("Peringatan KPI dari 13 Desember 2026 (", ") sampai 16 Desember 2026 (",
               "nilai untuk November 2026 sudah jatuh tempo sejak 14 Desember 2026",
               "tanggal tinjauan 15 Desember 2026 sudah lewat", "Dari 13 Desember 2026 (",
               "tinjauan berikutnya pada 15 Mei 2027")}
    for language, (start, to, overdue, review, markdown_from, next_review) in expected.items():
        history.config["language"] = language
        history.write([monthly("k", *ON_TRACK, start=3, review_date="2027-05-15")])
        text = history.alerts("2026-12-13", "2026-12-16").output
        assert text.startswith(start) and to in text, text
        assert overdue in text and review in text
        markdown = history.alerts("2026-12-13", "2026-12-16", "--format", "markdown").output
        assert markdown_from in markdown and overdue in markdown and review in markdown
        assert next_review in history.alerts("2026-12-16", "2026-12-17").output
        data = history.json("2026-12-13", "2026-12-16")
        assert data["from"].startswith("2026-12-13 (") and data["to"].startswith("2026-12-16 (")
        overdue_alert = next(a for a in data["alerts"] if a["kind"] == "data_overdue")
        assert overdue_alert["after"]["overdue"] == {"period": "2026-11",
                                                     "due_since": "2026-12-14"}
        assert overdue_alert["after"]["review_date"] == "2026-12-15", "JSON's data: ISO"


def test_small_values_keep_the_digits_the_status_page_shows(history):
    """A delivery time of 0.08 days is 0.08 in the alert, as on the KPI's page and in `kpi
    status` (two decimals), not 0.1; in Indonesian with a decimal comma."""
    small = {"direction": "lower_is_better", "baseline": {"value": 0.5, "date": "2026-01-01"},
             "target": {"value": 0.1, "date": "2026-12-31"}}
    line = (0.45, 0.42, 0.38, 0.34, 0.3, 0.27, 0.23)  # 2026-03 .. 2026-09: on the line
    history.commit([monthly("days", *line, 0.17, start=3, **small)], "2026-11-10")
    history.commit([monthly("days", *line, 0.08, start=3, **small)], "2026-11-11")
    [alert] = history.json("2026-11-10", "2026-11-11")["alerts"]
    assert alert["what"] == ("on track → achieved (latest value 0.08 for October 2026, "
                             "expected 0.17)")
    history.config["language"] = "id"
    history.commit([monthly("days", *line, 0.08, start=3, **small)], "2026-11-12")
    text = history.alerts("2026-11-10", "2026-11-12").output
    assert "(nilai terakhir 0,08 untuk Oktober 2026, diharapkan 0,17)" in text, text


def test_alerts_in_indonesian_name_kpis_as_the_indonesian_pages_do(history, github):
    """A catalog in English and Indonesian, alerts asked in Indonesian: the KPI, its owner and
    its department by their Indonesian names, where the files give them (as `kpi status`
    and the Indonesian site do), in the text, the Markdown and the issue; the JSON, for
    programs, keeps the names as written."""
    history.config.update(language="en", languages=["en", "id"])
    history.departments = [{**d, "translations": {"id": {"name": "Pemasaran"}}}
                           if d["id"] == "marketing" else d for d in history.departments]
    texts = {"translations": {"id": {"name": "Prospek <b>siap</b> jual",
                                     "owner": "Kepala Pemasaran"}}}
    history.commit([monthly("leads", *ON_TRACK, start=3, **texts)], "2026-11-10")
    history.commit([monthly("leads", *BEHIND, start=3, **texts)], "2026-11-11")
    indonesian = {"KPI_LANGUAGE": "id"}
    text = history.alerts("2026-11-10", "2026-11-11", env=indonesian).output
    assert "  - Prospek <b>siap</b> jual (leads), Pemasaran: sesuai rencana → tertinggal" in text
    assert "Penanggung jawab: Kepala Pemasaran." in text
    markdown = history.alerts("2026-11-10", "2026-11-11", "--format", "markdown",
                              env=indonesian).output
    assert "[Prospek &lt;b&gt;siap&lt;/b&gt; jual](" in markdown
    assert "(`leads`, Pemasaran)" in markdown and "penanggung jawab Kepala Pemasaran" in markdown
    [written] = history.json("2026-11-10", "2026-11-11")["alerts"]
    assert (written["name"], written["owner"]) == ("KPI leads", "Marketing Operations Lead")
    result = history.alerts("2026-11-10", "2026-11-11", "--github-issues",
                            env={**indonesian, **github.env})
    assert result.exit_code == 0, result.output
    [issue] = github.open_issues()
    assert issue["title"] == "Prospek <b>siap</b> jual: menyimpang dari rencana"
    assert "Penanggung jawab: Kepala Pemasaran" in issue["body"]


def test_alerts_in_the_sites_other_language_link_that_languages_page(history, github):
    """An alert in Indonesian, of a catalog whose site is in English and Indonesian, linked
    the English page (kpis/leads/), where the Indonesian one is id/kpis/leads/; the JSON,
    for programs, and a language the site is not made in keep the first language's page."""
    history.config.update(language="en", languages=["en", "id"])
    history.commit([monthly("leads", *ON_TRACK, start=3)], "2026-11-10")
    history.commit([monthly("leads", *BEHIND, start=3)], "2026-11-11")
    indonesian = {"KPI_LANGUAGE": "id"}
    page = "https://kpi.example.org/id/kpis/leads/"
    assert page in history.alerts("2026-11-10", "2026-11-11", env=indonesian).output
    assert f"]({page})" in history.alerts("2026-11-10", "2026-11-11", "--format", "markdown",
                                          env=indonesian).output
    [written] = history.json("2026-11-10", "2026-11-11")["alerts"]
    assert written["url"] == "https://kpi.example.org/kpis/leads/"
    history.alerts("2026-11-10", "2026-11-11", "--github-issues",
                   env={**indonesian, **github.env})
    [issue] = github.open_issues()
    assert page in issue["body"]
    english = history.alerts("2026-11-10", "2026-11-11", env={"KPI_LANGUAGE": "en"}).output
    assert "https://kpi.example.org/kpis/leads/" in english and "/id/" not in english


def test_a_status_set_by_hand_says_so_with_its_reason(history, github):
    """Behind by hand while the latest value is above the line: the alert and the issue say
    the status was set by hand, and why (escaped where it lands), or they read as a
    contradiction (behind, latest value 186, expected 187)."""
    history.commit([monthly("margin", *ON_TRACK, start=3)], "2026-11-10")
    by_hand = {"status": {"value": "behind", "reason": "One-off <b>rebate</b> @all in Q3."}}
    history.commit([monthly("margin", *ON_TRACK, start=3, **by_hand)], "2026-11-11")
    [alert] = history.json("2026-11-10", "2026-11-11")["alerts"]
    assert alert["what"] == ("on track → behind (set by hand: One-off <b>rebate</b> @all in "
                             "Q3; latest value 186 for October 2026, expected 187)")
    text = history.alerts("2026-11-10", "2026-11-11").output
    assert "(set by hand: One-off <b>rebate</b> @\u2060all in Q3; latest value 186" in text
    markdown = history.alerts("2026-11-10", "2026-11-11", "--format", "markdown").output
    assert "(set by hand: One-off &lt;b&gt;rebate&lt;/b&gt; @\u200ball in Q3; latest" in markdown
    result = history.alerts("2026-11-10", "2026-11-11", "--github-issues", env=github.env)
    [issue] = github.open_issues()
    assert "The KPI is behind (set by hand: One-off &lt;b&gt;rebate&lt;/b&gt; @\u200ball in " \
           "Q3): latest value 186" in issue["body"], result.output
    history.config["language"] = "id"
    history.commit([monthly("margin", *ON_TRACK, start=3, **by_hand)], "2026-11-12")
    text = history.alerts("2026-11-10", "2026-11-12").output
    assert "(ditetapkan manual: One-off <b>rebate</b> @\u2060all in Q3; nilai terakhir 186" in text


ACHIEVED = (*ON_TRACK[:-1], 201)


def test_a_kpi_that_stops_being_achieved_tells_its_owner(history):
    """A corrected value that takes a KPI from achieved back to on track is news: "no longer
    achieved", which opens no issue (on track needs no attention); back to behind is "turned
    behind" alone, whose text says it was achieved."""
    history.commit([monthly("corrected", *ACHIEVED, start=3),
                    monthly("slips", *ACHIEVED, start=3, name="Slips <b>@all</b>")],
                   "2026-11-10")
    history.commit([monthly("corrected", *ON_TRACK, start=3),
                    monthly("slips", *BEHIND, start=3, name="Slips <b>@all</b>")], "2026-11-11")
    data = history.json("2026-11-10", "2026-11-11")
    assert kinds(data) == {("corrected", "no_longer_achieved"), ("slips", "turned_behind")}
    [alert] = [a for a in data["alerts"] if a["kind"] == "no_longer_achieved"]
    assert alert["what"] == "achieved → on track (latest value 186 for October 2026, " \
                            "expected 187)"
    assert (alert["topics"], alert["closes"]) == ([], False)
    slipped = next(a for a in data["alerts"] if a["kpi"] == "slips")
    assert slipped["what"].startswith("achieved → behind")
    assert [(o["kpi"], o["topic"]) for o in data["open"]] == [("slips", "off_track")]
    text = history.alerts("2026-11-10", "2026-11-11").output
    assert "\nNo longer achieved\n  - KPI corrected (corrected), Marketing: achieved → on track" \
        in text
    markdown = history.alerts("2026-11-10", "2026-11-11", "--format", "markdown").output
    assert "#### No longer achieved\n\n- [KPI corrected](" in markdown
    assert "Slips &lt;b&gt;@\u200ball&lt;/b&gt;" in markdown
    back = history.json("2026-11-11", "2026-11-10")
    assert kinds(back) == {("corrected", "achieved"), ("slips", "achieved")}


def test_a_kpi_achieved_on_both_days_is_no_news(history):
    """Achieved before and still achieved is not "no longer achieved": the owner of every
    achieved KPI would hear it on every run."""
    history.commit([monthly("done", *ACHIEVED, start=3), monthly("moves", *ON_TRACK, start=3)],
                   "2026-11-10")
    history.commit([monthly("done", *ACHIEVED, start=3), monthly("moves", *BEHIND, start=3)],
                   "2026-11-11")
    assert kinds(history.json("2026-11-10", "2026-11-11")) == {("moves", "turned_behind")}


def test_no_longer_achieved_in_indonesian(history):
    history.config["language"] = "id"
    history.commit([monthly("k", *ACHIEVED, start=3)], "2026-11-10")
    history.commit([monthly("k", *ON_TRACK, start=3)], "2026-11-11")
    text = history.alerts("2026-11-10", "2026-11-11").output
    assert "\nTidak lagi tercapai\n" in text
    assert "tercapai → sesuai rencana (nilai terakhir 186 untuk Oktober 2026" in text


def test_a_kpi_back_from_red_on_the_same_status_says_its_colour(history):
    """On track but red (140 in March, under amber 150), then on track and green: the
    status alone read "on track → on track"."""
    history.commit([monthly("greens", 140, start=3)], "2026-11-10")
    history.commit([monthly("greens", *ON_TRACK, start=3)], "2026-11-11")
    alert = next(a for a in history.json("2026-11-10", "2026-11-11")["alerts"]
                 if a["kind"] == "recovered")
    assert alert["what"] == "on track, red → on track, green (latest value 186 for " \
                            "October 2026, expected 187)"


def test_a_retired_kpi_is_called_by_the_word_its_page_shows(history):
    """Indonesian alerts head a retired KPI with the site's lifecycle word ("Tidak dipakai
    lagi"), not a second word for the same thing ("Dipensiunkan")."""
    history.config["language"] = "id"
    old = monthly("old", *ON_TRACK, start=3)
    history.commit([old], "2026-11-10")
    history.commit([{**old, "lifecycle": "retired"}], "2026-11-11")
    text = history.alerts("2026-11-10", "2026-11-11").output
    word = labels("id")["lifecycle.retired"]
    assert f"\n{word}\n" in text, text
    assert "Dipensiunkan" not in text
