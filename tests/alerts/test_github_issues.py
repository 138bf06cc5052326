"""`kpi alerts --github-issues` against a fake of GitHub's REST API that records the calls:
one open issue per KPI and topic, updated not duplicated, closed with a comment on recovery;
and `published`, the last successful deployment of GitHub Pages."""

from __future__ import annotations

import re

import pytest
from alerts_helpers import monthly, twins

from catalog_factory import kpi_data

ON_TRACK = (130, 140, 150, 160, 168, 175, 181, 186)
BEHIND = (*ON_TRACK[:-1], 170)


def _sync(history, github, *args: str):
    return history.alerts("--github-issues", *args, env=github.env)


def test_an_issue_per_kpi_and_topic_opened_labelled_and_mentioning_reviewers(history, github):
    history.commit([monthly("leads", *ON_TRACK, start=3), monthly("deals", *ON_TRACK, start=3,
                                                                  department="sales")],
                   "2026-11-10")
    history.commit([monthly("leads", *BEHIND, start=3, name="Leads <script>@all</script>"),
                    monthly("deals", *ON_TRACK, start=3, department="sales")], "2026-11-11")
    result = _sync(history, github, "2026-11-10", "2026-11-11")
    assert result.exit_code == 0, result.output
    assert "GitHub issues: 1 opened, 0 updated, 0 closed." in result.output
    [issue] = github.open_issues()
    assert issue["title"] == "Leads <script>@\u2060all</script>: off track"
    assert {label["name"] for label in issue["labels"]} == {"kpi-alert", "kpi-alert:off-track"}
    body = issue["body"]
    assert "[Leads &lt;script&gt;@\u200ball&lt;/script&gt;](https://kpi.example.org/kpis/leads/)" \
        in body, "contributor text escaped, the link to the page"
    assert "Reviewers: @acme/marketing-leads @ayu" in body
    assert "The KPI is behind: latest value 170 for October 2026, expected 187" in body
    assert "<!-- kpi-alert: leads off_track -->" in body
    assert set(github.labels) == {"kpi-alert", "kpi-alert:off-track", "kpi-alert:data-overdue",
                                  "kpi-alert:review-due"}
    assert github.made("GET", "/repos/acme/kpis/issues"), "listed, not searched"
    assert not github.made("GET", "/search/issues")


def test_a_second_run_updates_instead_of_duplicating(history, github):
    history.commit([monthly("leads", *ON_TRACK, start=3)], "2026-11-10")
    history.commit([monthly("leads", *BEHIND, start=3)], "2026-11-11")
    assert _sync(history, github, "2026-11-10", "2026-11-11").exit_code == 0
    github.calls.clear()
    again = _sync(history, github, "2026-11-10", "2026-11-11")
    assert "0 opened, 0 updated, 0 closed" in again.output
    assert not github.made("POST", r".*/issues") and not github.made("PATCH", r".*")
    history.commit([monthly("leads", *BEHIND[:-1], 165, start=3)], "2026-11-12")  # worse still
    later = _sync(history, github, "2026-11-11", "2026-11-12")
    assert "0 opened, 1 updated, 0 closed" in later.output
    [issue] = github.open_issues()
    assert "latest value 165 for October 2026" in issue["body"] and len(github.issues) == 1


def test_a_later_run_with_nothing_changed_edits_no_issue(history, github):
    """The day of the run is not news: an issue is edited only when what it says changes,
    or every open issue would be edited daily, against GitHub's rate limit and its
    watchers' patience."""
    history.commit([monthly("leads", *ON_TRACK, start=3),
                    monthly("k", *ON_TRACK, start=3, review_date="2026-11-05")], "2026-11-10")
    history.commit([monthly("leads", *BEHIND, start=3),
                    monthly("k", *ON_TRACK, start=3, review_date="2026-11-05")], "2026-11-11")
    assert "2 opened" in _sync(history, github, "2026-11-10", "2026-11-11").output
    github.calls.clear()
    later = _sync(history, github, "2026-11-11", "2026-11-20")  # nine days on, nothing new
    assert "0 opened, 0 updated, 0 closed" in later.output
    assert not github.made("PATCH", r".*") and not github.made("POST", r".*")
    assert all("20 November 2026" not in i["body"] for i in github.open_issues())


@pytest.mark.parametrize(("language", "since"), [
    ("en", "Off track since 30 September 2026."),
    ("id", "Menyimpang dari rencana sejak 30 September 2026.")])
def test_an_off_track_issue_says_since_when_not_the_day_of_the_run(history, github, language,
                                                                   since):
    """The day the KPI went off track, as its values tell it (its September value), is
    what a reader needs; a status set by hand has no such day written, so none is said."""
    history.config["language"] = language
    behind = (*ON_TRACK[:-2], 150, 170)  # September already behind (and red)
    by_hand = {"status": {"value": "behind", "reason": "Rebate."}}
    history.commit([monthly("leads", *behind, start=3),
                    monthly("margin", *ON_TRACK, start=3, **by_hand)], "2026-11-11")
    assert _sync(history, github, "2026-11-10", "2026-11-11").exit_code == 0
    bodies = {i["title"].split(":")[0]: i["body"] for i in github.open_issues()}
    assert since in bodies["KPI leads"], bodies
    assert since.split(" 30")[0] not in bodies["KPI margin"], bodies


def test_no_name_or_reason_in_an_issue_references_another_issue(history, github):
    """GitHub links `#1`, `acme/kpis#2` and `GH-3` in an issue's text however escaped, and
    marks the issue they name as mentioned, at every edit: a KPI's name or the reason of a
    status set by hand must stay text, as in the closing comment."""
    by_hand = {"status": {"value": "behind", "reason": "Held back, see #1 and acme/kpis#2."}}
    history.commit([monthly("margin", *ON_TRACK, start=3, name="Margin GH-3 #4", **by_hand)],
                   "2026-11-11")
    assert _sync(history, github, "2026-11-10", "2026-11-11").exit_code == 0
    [issue] = github.open_issues()
    assert "see \\#\u200b1 and acme/kpis\\#\u200b2" in issue["body"], issue["body"]
    assert not re.search(r"(?<!&)#\d|\bGH-\d", issue["body"]), issue["body"]


def test_no_longer_achieved_opens_no_issue_and_behind_does(history, github):
    achieved = (*ON_TRACK[:-1], 201)
    history.commit([monthly("corrected", *achieved, start=3),
                    monthly("slips", *achieved, start=3)], "2026-11-10")
    history.commit([monthly("corrected", *ON_TRACK, start=3),
                    monthly("slips", *BEHIND, start=3)], "2026-11-11")
    result = _sync(history, github, "2026-11-10", "2026-11-11")
    assert "1 opened, 0 updated, 0 closed" in result.output
    [issue] = github.open_issues()
    assert "<!-- kpi-alert: slips off_track -->" in issue["body"]


def test_recovery_closes_the_issue_with_a_comment(history, github):
    history.commit([monthly("leads", *ON_TRACK, start=3)], "2026-11-10")
    history.commit([monthly("leads", *BEHIND, start=3)], "2026-11-11")
    _sync(history, github, "2026-11-10", "2026-11-11")
    history.commit([monthly("leads", *ON_TRACK, start=3)], "2026-11-12")
    result = _sync(history, github, "2026-11-11", "2026-11-12")
    assert "0 opened, 0 updated, 1 closed" in result.output
    issue = github.issues[1]
    assert issue["state"] == "closed"
    assert github.comments[1] == ["Back on track: behind → on track (latest value 186 for "
                                  "October 2026, expected 187). Closed by `kpi alerts`."]
    [close] = github.made("PATCH", "/repos/acme/kpis/issues/1")
    assert close[2] == {"state": "closed", "state_reason": "completed"}


@pytest.mark.parametrize(("language", "comment"), [
    ("en", "Data skipped: a value for November 2026 arrived, but October 2026 was left empty "
     "and is no longer asked for (kpi due --gaps lists it). Closed by `kpi alerts`."),
    ("id", "Data terlewat: nilai untuk November 2026 sudah masuk, tetapi Oktober 2026 "
     "dibiarkan kosong dan tidak diminta lagi (kpi due --gaps mencantumkannya). Ditutup oleh "
     "`kpi alerts`.")])
def test_data_skipped_closes_the_overdue_issue_as_not_planned_saying_so(history, github,
                                                                         language, comment):
    """A later month written, the overdue one left empty: the issue does not say the data
    arrived, and is closed as not planned (nothing asks for that month any more)."""
    history.config["language"] = language
    waiting = monthly("late", *ON_TRACK[:-1], start=3)  # up to 2026-09: 2026-10 due 11-14
    history.commit([waiting], "2026-11-15")
    assert _sync(history, github, "2026-11-13", "2026-11-15").exit_code == 0
    [issue] = github.open_issues()
    assert "<!-- kpi-alert: late data_overdue -->" in issue["body"]
    history.commit([{**waiting, "actuals": [*waiting["actuals"],
                                            {"period": "2026-11", "value": 190}]}],
                   "2026-12-10")
    result = _sync(history, github, "2026-11-15", "2026-12-10")
    assert result.exit_code == 0, result.output
    assert github.comments[issue["number"]] == [comment]
    [close] = github.made("PATCH", f"/repos/acme/kpis/issues/{issue['number']}")
    assert close[2] == {"state": "closed", "state_reason": "not_planned"}


def test_data_skipped_while_a_later_period_is_overdue_keeps_the_issue_open(history, github):
    waiting = monthly("late", *ON_TRACK[:-1], start=3)  # up to 2026-09: 2026-10 due 11-14
    history.commit([waiting], "2026-11-15")
    assert _sync(history, github, "2026-11-13", "2026-11-15").exit_code == 0
    history.commit([{**waiting, "actuals": [*waiting["actuals"],
                                            {"period": "2026-11", "value": 190}]}],
                   "2026-12-10")
    result = _sync(history, github, "2026-11-15", "2027-01-20")  # 2026-12 due on 01-14
    assert "1 updated, 0 closed" in result.output, "(off track and review due opened)"
    [issue] = [i for i in github.open_issues() if "late data_overdue" in i["body"]]
    assert issue["number"] == 1
    assert "The value for December 2026 is due since 14 January 2027" in issue["body"]
    assert "Data skipped" in result.output and "October 2026 was left empty" in result.output


def test_a_retired_kpi_closes_its_issues_as_not_planned(history, github):
    history.commit([monthly("old", *BEHIND, start=3, review_date="2026-11-01")], "2026-11-10")
    assert _sync(history, github, "2026-11-09", "2026-11-10").exit_code == 0
    assert len(github.open_issues()) == 2, "off track, and review due"
    history.commit([monthly("old", *BEHIND, start=3, lifecycle="retired")], "2026-11-11")
    result = _sync(history, github, "2026-11-10", "2026-11-11")
    assert "0 opened, 0 updated, 2 closed" in result.output
    assert all(c == ["Retired: no KPI replaces it. Closed by `kpi alerts`."]
               for c in github.comments.values())
    assert {c[2]["state_reason"] for c in github.made("PATCH", r".*/issues/\d+")} == {
        "not_planned"}


def test_state_not_events_decides_after_a_missed_run(history, github):
    """An issue left open by a run long ago closes even when no alert ends it now."""
    history.commit([monthly("leads", *ON_TRACK, start=3)], "2026-11-10")
    github.add_issue("KPI leads: off track", "old\n<!-- kpi-alert: leads off_track -->\n")
    github.add_issue("Someone's own issue", "not ours", labels=("kpi-alert",))
    result = _sync(history, github, "2026-11-10", "2026-11-10")
    assert "0 opened, 0 updated, 1 closed" in result.output
    assert github.issues[1]["state"] == "closed" and github.issues[2]["state"] == "open"
    assert github.comments[1] == [
        "Closed by `kpi alerts`: the KPI is no longer off track."]


def test_many_open_issues_are_read_page_by_page(history, github):
    kpis = [monthly(f"k{n}", *BEHIND, start=3) for n in range(5)]
    history.commit(kpis, "2026-11-10")
    for n in range(5):
        github.add_issue(f"KPI k{n}: off track", f"x\n<!-- kpi-alert: k{n} off_track -->\n")
    result = _sync(history, github, "2026-11-10", "2026-11-10")
    assert "0 opened, 5 updated, 0 closed" in result.output, "found all 5 over 3 pages"
    assert len(github.made("GET", "/repos/acme/kpis/issues")) == 3


def test_a_failing_call_is_reported_and_the_others_go_on(history, github):
    history.commit([monthly("a", *BEHIND, start=3), monthly("b", *BEHIND, start=3)],
                   "2026-11-10")
    github.add_issue("KPI a: off track", "x\n<!-- kpi-alert: a off_track -->\n")
    github.fail[("PATCH", "/repos/acme/kpis/issues/1")] = 422
    result = _sync(history, github, "2026-11-10", "2026-11-10")
    assert result.exit_code == 1
    assert "GitHub: PATCH /repos/acme/kpis/issues/1: 422 Validation Failed." in result.output
    assert "1 opened, 0 updated, 0 closed" in result.output


def test_github_s_rate_limit_stops_the_sync_plainly_and_the_next_run_goes_on(history, github):
    """A large catalog's first run opens hundreds of issues, and GitHub's secondary rate limit
    answers 403 after some: no more calls are made (each would be refused too), the message
    says it is the rate limit (not the token's permission), and the next run opens the rest
    without a duplicate."""
    history.commit([monthly(k, *BEHIND, start=3) for k in "abcde"], "2026-11-10")
    github.labels = ["kpi-alert", "kpi-alert:off-track", "kpi-alert:data-overdue",
                     "kpi-alert:review-due"]
    github.writes_left = 2
    result = _sync(history, github, "2026-11-10", "2026-11-10")
    assert result.exit_code == 1
    assert "GitHub: POST /repos/acme/kpis/issues: 403 You have exceeded a secondary rate " \
           "limit. (GitHub's rate limit: 3 issues are left for the next run)." in result.output
    assert "permission" not in result.output
    assert "2 opened, 0 updated, 0 closed" in result.output
    assert len(github.made("POST", "/repos/acme/kpis/issues")) == 3, "no call after the limit"
    github.writes_left = None
    again = _sync(history, github, "2026-11-10", "2026-11-10")
    assert again.exit_code == 0, again.output
    assert "3 opened, 0 updated, 0 closed" in again.output and len(github.issues) == 5
    history.config["language"] = "id"
    history.commit([monthly(k, *BEHIND, start=3) for k in "abcdefg"], "2026-11-11")
    github.writes_left = 0
    indonesian = _sync(history, github, "2026-11-11", "2026-11-11")
    assert "(batas permintaan GitHub tercapai: 7 issue sisanya diproses pada run berikutnya)" in \
        indonesian.output, "2 to open, 5 to update (their text says the day)"


def test_a_token_without_permission_says_so(history, github):
    history.commit([monthly("a", *BEHIND, start=3)], "2026-11-10")
    result = history.alerts("--github-issues", "2026-11-10", "2026-11-10",
                            env={**github.env, "GITHUB_TOKEN": "wrong"})
    assert result.exit_code == 1
    assert "GitHub issues were not updated: GET /repos/acme/kpis/labels: 401 Bad " \
           "credentials (the token may lack the permission" in result.output


def test_without_the_environment_it_is_a_usage_error(history):
    history.commit([monthly("a", *BEHIND, start=3)], "2026-11-10")
    result = history.alerts("--github-issues", env={"GITHUB_TOKEN": None,
                                                    "GITHUB_REPOSITORY": None})
    assert result.exit_code == 2 and "GITHUB_REPOSITORY and GITHUB_TOKEN" in result.output


# --- the last published state --------------------------------------------------------------


def _deployment(github, number: int, sha: str, created: str, state: str) -> None:
    github.deployments.append({"id": number, "sha": sha, "environment": "github-pages",
                               "created_at": created,
                               "statuses": [{"state": state, "created_at": created}]})


def test_published_is_the_last_successful_deployment_before_this_run(history, github):
    published = history.commit([monthly("k", *ON_TRACK, start=3)], "2026-11-10")
    history.commit([monthly("k", *BEHIND, start=3)], "2026-11-11")
    # newest first, as GitHub lists them: this run's own, a failed one, then the published
    _deployment(github, 3, "f" * 40, "2026-11-12T01:20:00Z", "success")
    _deployment(github, 2, "e" * 40, "2026-11-11T01:20:00Z", "failure")
    _deployment(github, 1, published, "2026-11-10T01:20:00Z", "success")
    result = history.alerts("published", "--today", "2026-11-12", "--format", "json",
                            "--published-before", "2026-11-12T01:17:00Z", env=github.env)
    assert result.exit_code == 0, result.output
    assert f'"from": "the site published on 2026-11-10 ({published[:7]})"' in result.output
    assert '"kind": "turned_behind"' in result.output
    default = history.alerts("--today", "2026-11-12", "--published-before",
                             "2026-11-12T01:17:00Z", env=github.env)
    assert default.output.startswith("KPI alerts from the site published on 10 November 2026"), \
        "inside GitHub Actions the default is the last published state"


def test_without_a_deployment_published_falls_back_to_yesterday(history, github):
    history.commit([monthly("k", *ON_TRACK, start=3)], "2026-11-10")
    result = history.alerts("published", "--today", "2026-11-12", env=github.env)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("KPI alerts from 11 November 2026 (")
    assert "The site has no successful deployment yet: compared with yesterday." in result.output


def test_two_kpis_of_one_name_have_issues_told_apart(history, github):
    history.commit(twins(history, *ON_TRACK), "2026-11-10")
    history.commit(twins(history, *BEHIND), "2026-11-11")
    assert _sync(history, github, "2026-11-10", "2026-11-11").exit_code == 0
    issues = {i["title"]: i["body"] for i in github.open_issues()}
    assert set(issues) == {
        "Deals <b>won</b> @\u2060all (Market <i>ing</i> @\u2060team): off track",
        "Deals <b>won</b> @\u2060all (Sales): off track", "KPI alone: off track"}
    body = issues["Deals <b>won</b> @\u2060all (Sales): off track"]
    assert body.startswith("[Deals &lt;b&gt;won&lt;/b&gt; @\u200ball (Sales)]"
                           "(https://kpi.example.org/kpis/won-s/) (`won-s`, Sales)")
    assert "<b>" not in "".join(issues.values()) and "<i>" not in "".join(issues.values())


def test_an_overdue_quarter_is_named_as_a_reader_reads_it_in_both_languages(history, github):
    history.config["language"] = "id"
    quarterly = kpi_data(id="q", name="Per quarter", actuals=[
        {"period": "2026-Q1", "value": 140}, {"period": "2026-Q2", "value": 160}],
        measurement={"collection_frequency": "quarterly", "reporting_frequency": "quarterly"})
    history.commit([quarterly], "2026-10-10")
    assert _sync(history, github, "2026-10-10", "2026-10-20").exit_code == 0
    [issue] = github.open_issues()
    # Q3 ends on 30 September: due 14 days later
    assert "Nilai untuk Triwulan III 2026 sudah jatuh tempo sejak 14 Oktober 2026" in issue["body"]
    history.config["language"] = "en"
    history.commit([quarterly], "2026-10-11")
    assert _sync(history, github, "2026-10-11", "2026-10-20").exit_code == 0
    assert "The value for Q3 2026 is due since 14 October 2026" in github.issues[1]["body"]


@pytest.mark.parametrize(("language", "overdue", "review", "closed"), [
    ("en", "The value for November 2026 is due since 14 December 2026.",
     "The review date 15 December 2026 has passed.",
     "Reviewed: next review on 15 May 2027. Closed by `kpi alerts`."),
    ("id", "Nilai untuk November 2026 sudah jatuh tempo sejak 14 Desember 2026.",
     "Tanggal tinjauan 15 Desember 2026 sudah lewat.",
     "Sudah ditinjau: tinjauan berikutnya pada 15 Mei 2027. Ditutup oleh `kpi alerts`.")])
def test_issues_write_dates_as_long_dates_in_the_alerts_language(history, github, language,
                                                                  overdue, review, closed):
    history.config["language"] = language
    # with values up to 2026-10, the value for 2026-11 is due on 2026-12-14
    history.commit([monthly("k", *ON_TRACK, start=3, review_date="2026-12-15")], "2026-10-20")
    assert _sync(history, github, "2026-12-13", "2026-12-16").exit_code == 0
    bodies = [issue["body"] for issue in github.open_issues()]
    assert any(overdue in body for body in bodies), bodies
    assert any(review in body for body in bodies), bodies
    history.commit([monthly("k", *ON_TRACK, start=3, review_date="2027-05-15")], "2026-12-17")
    assert _sync(history, github, "2026-12-16", "2026-12-17").exit_code == 0
    assert [closed] in github.comments.values(), github.comments


def test_what_the_sync_did_is_said_in_the_run_s_language(history, github):
    """Each issue opened, updated or closed is logged in Indonesian too, as the summary line."""
    history.config["language"] = "id"
    history.commit([monthly("leads", *ON_TRACK, start=3)], "2026-11-10")
    history.commit([monthly("leads", *BEHIND, start=3)], "2026-11-11")
    opened = _sync(history, github, "2026-11-10", "2026-11-11")
    assert "GitHub: dibuka #1: KPI leads: menyimpang dari rencana" in opened.output
    history.commit([monthly("leads", *BEHIND[:-1], 165, start=3)], "2026-11-12")
    updated = _sync(history, github, "2026-11-11", "2026-11-12")
    assert "GitHub: diperbarui #1: KPI leads: menyimpang dari rencana" in updated.output
    history.commit([monthly("leads", *ON_TRACK, start=3)], "2026-11-13")
    closed = _sync(history, github, "2026-11-12", "2026-11-13")
    assert "GitHub: ditutup #1: KPI leads: menyimpang dari rencana" in closed.output
    assert "opened" not in opened.output + updated.output + closed.output
