"""Alerts as GitHub issues: one open issue per KPI and topic, updated rather than duplicated,
closed with a comment when the KPI recovers.

The issues follow the catalog's state, not the alerts alone: every (KPI, topic) whose
condition holds now has one open issue (created if missing, its text brought up to date
when what it says changed: its status, values, reason, owner...),
and every open alert issue whose condition no longer holds is closed, with a comment saying
why (the alert that ended it when there is one: recovered, achieved, retired...). So a
missed run or a rerun never duplicates or loses an issue.

An issue is recognised by a hidden marker in its body (``<!-- kpi-alert: ID TOPIC -->``)
among the open issues labelled ``kpi-alert``, listed page by page (the search API is
rate-limited and lags behind, which would duplicate issues). The labels are created when
missing. Reviewers are mentioned (they are GitHub handles, validated in departments.yml);
every contributor text is escaped for GitHub Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial

from kpi_catalog.alerts.detect import AlertKind, Standing, Topic
from kpi_catalog.alerts.github import GitHub, GitHubError
from kpi_catalog.alerts.report import (
    TITLES,
    TOPIC_TITLES,
    Entry,
    chat,
    date_text,
    latest_text,
)
from kpi_catalog.escape import gfm
from kpi_catalog.i18n.labels import labels, period_text
from kpi_catalog.i18n.messages import _, current_language, ngettext, shown

LABEL = "kpi-alert"
LABEL_COLOUR = "d93f0b"
TOPIC_LABELS = {topic: f"kpi-alert:{topic.value.replace('_', '-')}" for topic in Topic}
_MARKER = re.compile(r"<!-- kpi-alert: ([a-z0-9-]+) ([a-z_]+) -->")


@dataclass
class Synced:
    """What the sync did, for the log; ``problems``: calls that failed (the others went on)."""

    opened: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    closed: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Subject:
    """One (KPI, topic) with what the issue says about it."""

    kpi_id: str
    topic: Topic
    name: str
    department_name: str
    owner: str
    reviewers: tuple[str, ...]
    url: str
    standing: Standing
    manual: str = ""
    """``set by hand: <reason>`` when the status is the KPI's own (:func:`.report.manual_text`)."""
    since: date | None = None
    """The day an off-track KPI went off track (:func:`.detect.off_track_since`)."""


def marker(kpi_id: str, topic: Topic) -> str:
    return f"<!-- kpi-alert: {kpi_id} {topic.value} -->"


def title(subject: Subject) -> str:
    return shown(f"{chat(subject.name)}: {_(TOPIC_TITLES[subject.topic])}", 200)


def body(subject: Subject) -> str:
    """What the issue says: only what stands, never the day of the run, so that a run that
    finds nothing new edits no issue (each edit counts against GitHub's rate limit and
    notifies every watcher). The day the KPI went off track, the period of the latest value
    and the due dates say when."""
    s = subject.standing
    if subject.topic is Topic.OFF_TRACK:
        t = labels(current_language())
        state = t.status(s.status).lower()
        if s.rag == "red":
            state += ", " + t.rag("red").lower()
        if subject.manual:
            state += f" ({subject.manual})"
        what = _("The KPI is {state}", state=state)
        if s.latest:
            what += ": " + latest_text(s)
        if subject.since is not None:
            what += ". " + _("Off track since {day}", day=date_text(subject.since))
    elif subject.topic is Topic.DATA_OVERDUE and s.overdue is not None:
        what = _("The value for {period} is due since {due}", period=period_text(s.overdue[0]),
                 due=date_text(s.overdue[1]))
    else:
        what = _("The review date {date} has passed", date=date_text(s.kpi.review_date))
    name = f"[{gfm(subject.name)}]({subject.url})" if subject.url else f"**{gfm(subject.name)}**"
    lines = [f"{name} (`{subject.kpi_id}`, {gfm(subject.department_name)})", "",
             gfm(what) + ".", ""]
    lines.append(_("Owner: {owner}", owner=gfm(subject.owner)) if subject.owner
                 else _("Owner: none"))
    if subject.reviewers:
        lines.append(_("Reviewers: {reviewers}", reviewers=" ".join(subject.reviewers)))
    lines += ["", _("This issue is kept up to date by `kpi alerts` and closed when the KPI "
                    "recovers."), marker(subject.kpi_id, subject.topic)]
    return "\n".join(lines) + "\n"


def closing_comment(entry: Entry | None, topic: Topic) -> str:
    if entry is None:
        return _("Closed by `kpi alerts`: the KPI is no longer {topic}.",
                 topic=_(TOPIC_TITLES[topic]))
    return _("{title}: {what}. Closed by `kpi alerts`.", title=_(TITLES[entry.kind]),
             what=gfm(entry.what))


def sync(github: GitHub, subjects: list[Subject], entries: list[Entry],
         log: Callable[[str], None] = lambda line: None) -> Synced:
    """Bring the open alert issues in line with ``subjects`` (what holds now)."""
    out = Synced()
    _ensure_labels(github, out)
    open_issues: dict[tuple[str, str], dict] = {}
    for issue in github.pages("issues", {"state": "open", "labels": LABEL}):
        found = _MARKER.search(issue.get("body") or "")
        if "pull_request" in issue or not found:
            continue
        open_issues.setdefault((found.group(1), found.group(2)), issue)  # the oldest wins
    wanted = {(s.kpi_id, s.topic.value): s for s in subjects}
    jobs: list[Callable[[], None]] = []
    for key, subject in wanted.items():
        issue = open_issues.get(key)
        text, heading = body(subject), title(subject)
        if issue is None:
            jobs.append(partial(_open, github, subject, heading, text, out, log))
        elif issue.get("body") != text or issue.get("title") != heading:
            jobs.append(partial(_update, github, issue, heading, text, out, log))
    ending = {(e.alert.kpi_id, topic.value): e for e in entries if e.alert.closes
              for topic in e.kind.topics}
    for key, issue in open_issues.items():
        if key in wanted:
            continue
        if key[1] not in {t.value for t in Topic}:
            continue  # a marker of a later version: not ours to close
        jobs.append(partial(_close, github, issue, Topic(key[1]), ending.get(key), out, log))
    _run(jobs, out)
    return out


def _run(jobs: list[Callable[[], None]], out: Synced) -> None:
    """Each call in turn, a failed one reported and the others still made; at GitHub's rate
    limit, none more (each would be refused too): the next run takes up the rest, since the
    issues follow the catalog's state."""
    for done, job in enumerate(jobs):
        try:
            job()
        except GitHubError as problem:
            if not problem.rate_limited:
                out.problems.append(str(problem))
                continue
            left = len(jobs) - done
            out.problems.append(f"{problem} " + ngettext(
                "(GitHub's rate limit: {count} issue is left for the next run)",
                "(GitHub's rate limit: {count} issues are left for the next run)", left,
                count=left))
            return


def _open(github: GitHub, subject: Subject, heading: str, text: str, out: Synced,
          log: Callable[[str], None]) -> None:
    made = github.call("POST", "issues", {"title": heading, "body": text,
                                          "labels": [LABEL, TOPIC_LABELS[subject.topic]]})
    out.opened.append(made["number"])
    log(_("opened #{number}: {title}", number=made["number"], title=heading))


def _update(github: GitHub, issue: dict, heading: str, text: str, out: Synced,
            log: Callable[[str], None]) -> None:
    github.call("PATCH", f"issues/{issue['number']}", {"title": heading, "body": text})
    out.updated.append(issue["number"])
    log(_("updated #{number}: {title}", number=issue["number"], title=heading))


def _close(github: GitHub, issue: dict, topic: Topic, entry: Entry | None, out: Synced,
           log: Callable[[str], None]) -> None:
    """Closed with a comment saying why: as completed, or as not planned for a KPI retired or
    no longer tracked, and for data skipped (the period it asked for is still empty)."""
    reason = "not_planned" if entry is not None and entry.kind in (
        AlertKind.RETIRED, AlertKind.UNTRACKED, AlertKind.DATA_SKIPPED) else "completed"
    github.call("POST", f"issues/{issue['number']}/comments",
                {"body": closing_comment(entry, topic)})
    github.call("PATCH", f"issues/{issue['number']}",
                {"state": "closed", "state_reason": reason})
    out.closed.append(issue["number"])
    log(_("closed #{number}: {title}", number=issue["number"], title=issue.get("title", "")))


def _ensure_labels(github: GitHub, out: Synced) -> None:
    """Create the labels when missing (GitHub would create them bare, without colour or
    description)."""
    existing = {label["name"] for label in github.pages("labels")}
    for name in [LABEL, *TOPIC_LABELS.values()]:
        if name in existing:
            continue
        try:
            github.call("POST", "labels", {
                "name": name, "color": LABEL_COLOUR,
                "description": "Opened and closed by kpi alerts"})  # a fixed label text
        except GitHubError as problem:
            out.problems.append(str(problem))
