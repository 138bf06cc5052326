"""The two moments `kpi alerts` compares: a catalog (a git revision, a folder, the files as
they are) judged on a day.

How a moment is written on the command line::

    2026-12-02            the catalog as committed by the end of that day, judged that day
    main, abc1234, v1.0   that revision, judged on --today (default: today)
    abc1234@2026-12-02    that revision, judged on that day
    ../old-kpis           a catalog folder, judged on --today (or FOLDER@DATE)
    published             what the site last published: the last successful deployment
                          of GitHub Pages (its commit, judged on the day it was deployed)

The default is the last published state inside GitHub Actions, else yesterday; the second
moment defaults to the files as they are, today.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from kpi_catalog.alerts.github import GitHub, GitHubError
from kpi_catalog.changes import BrokenSide
from kpi_catalog.changes.revisions import (
    SILENT,
    Progress,
    RevisionError,
    folder_side,
    git,
    names_a_commit,
    repository_of,
    repository_or_none,
    revision_side,
)
from kpi_catalog.i18n.labels import current_labels
from kpi_catalog.i18n.messages import _
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.reading.loader import load_catalog

PUBLISHED = "published"
PAGES_ENVIRONMENT = "github-pages"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


class MomentError(Exception):
    """A moment cannot be read; the message says what to pass instead."""


@dataclass
class Moment:
    label: str
    """As people read it, its day as a long date in the language spoken: ``HEAD (4648eb4) on
    27 November 2026``."""
    written: str
    """The same with the day as an ISO date, for JSON: ``HEAD (4648eb4) on 2026-11-27``."""
    day: date
    catalog: Catalog
    """Empty when the catalog did not exist yet at that moment."""
    note: str = ""
    """Why this moment was chosen instead of the one asked for (no published state)."""


def _labelled(day: date, label: Callable[[str], str]) -> tuple[str, str]:
    """``label`` with the day as people read it (``27 November 2026``), and as an ISO date."""
    return label(current_labels().date(day)), label(day.isoformat())


def read_moment(spec: str | None, folder: Path, today: date, *, first: bool,
                github: GitHub | None = None, published_before: datetime | None = None,
                progress: Progress = SILENT) -> Moment:
    """The moment ``spec`` names (None: the default for the first or second moment).
    ``progress``: counters of the long steps (a large catalog's files from git, then read)."""
    if spec is None and not first:
        return _folder(folder, today,
                       _labelled(today, lambda d: _("the files as they are, on {day}", day=d)),
                       progress)
    if spec is None:
        spec = PUBLISHED if github is not None else (today - timedelta(days=1)).isoformat()
    if spec == PUBLISHED:
        return _published(folder, today, github, published_before, progress)
    target, _at, day_text = spec.rpartition("@") if "@" in spec else (spec, "", "")
    if not day_text and _DATE.match(target):
        return _end_of_day(folder, _day(target), progress)
    day = _day(day_text) if day_text else today
    if Path(target).is_dir() and not _names_a_commit(folder, target):
        return _folder(Path(target), day, _labelled(
            day, lambda d: _("{revision} on {day}", revision=target, day=d)), progress)
    return _revision(folder, target, day, progress=progress)


def _names_a_commit(folder: Path, name: str) -> bool:
    """A revision wins over a folder of the same name (write `./name` for the folder)."""
    repo = repository_or_none(folder)
    return repo is not None and names_a_commit(repo, name)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise MomentError(_("`{text}` is not a date: write it as YYYY-MM-DD.", text=text)) \
            from None


def _load(root: Path | None, repo_root: Path, label: str, progress: Progress = SILENT
          ) -> Catalog:
    if root is None:
        return Catalog(root=repo_root, repo_root=repo_root)
    # both sides in worker processes, as `kpi validate` reads one (a large catalog: half
    # the wall time on two cores); the result is the same
    result = load_catalog(root, repo_root=repo_root, parallel=True, progress=progress.reading)
    if not result.ok:
        raise BrokenSide(label, result.errors, len(result.catalog.kpis))
    return result.catalog


def _folder(folder: Path, day: date, label: tuple[str, str], progress: Progress = SILENT
            ) -> Moment:
    if not folder.is_dir():
        raise MomentError(_("There is no catalog folder at {folder}.", folder=folder))
    side = folder_side(folder, label[0])
    return Moment(*label, day, _load(side.root, side.repo_root, label[0], progress))


def _revision(folder: Path, revision: str, day: date, label: tuple[str, str] | None = None,
              progress: Progress = SILENT) -> Moment:
    try:
        repo = repository_of(folder)
    except RevisionError:
        raise MomentError(_("`{revision}` is neither a date nor a catalog folder, and {folder} "
                            "is not in a git repository to read a revision from.",
                            revision=revision, folder=folder)) from None
    try:
        with revision_side(repo, folder, revision, progress=progress) as side:
            shown = label or _labelled(
                day, lambda d: _("{revision} on {day}", revision=side.label, day=d))
            return Moment(*shown, day, _load(side.root, side.repo_root, shown[0], progress))
    except RevisionError as problem:
        raise MomentError(str(problem)) from None


def _end_of_day(folder: Path, day: date, progress: Progress = SILENT) -> Moment:
    """The catalog as committed by the end of ``day`` on the current branch (outside git:
    the files as they are), judged on ``day``."""
    try:
        repo = repository_of(folder)
    except RevisionError:
        return _folder(folder, day,
                       _labelled(day, lambda d: _("the files as they are, on {day}", day=d)),
                       progress)
    try:
        commit = git(repo, "rev-list", "-1", "--first-parent",
                     f"--before={day + timedelta(days=1)}T00:00:00", "HEAD")
    except RevisionError as problem:
        raise MomentError(str(problem)) from None
    if not commit:
        label = _labelled(day, lambda d: _("{day} (before the first commit)", day=d))
        return Moment(*label, day, _load(None, repo, label[0]))
    return _revision(folder, commit, day, _labelled(day, lambda d: f"{d} ({commit[:7]})"),
                     progress)


def _published(folder: Path, today: date, github: GitHub | None,
               published_before: datetime | None, progress: Progress = SILENT) -> Moment:
    """The last successful GitHub Pages deployment before ``published_before``."""
    yesterday = today - timedelta(days=1)
    if github is None:
        moment = _end_of_day(folder, yesterday, progress)
        moment.note = _("No published state outside GitHub Actions (GITHUB_REPOSITORY and "
                        "GITHUB_TOKEN): compared with yesterday.")
        return moment
    try:
        found = last_deployment(github, published_before)
    except GitHubError as problem:
        raise MomentError(_("The last published state could not be read: {problem}.",
                            problem=problem)) from None
    if found is None:
        moment = _end_of_day(folder, yesterday, progress)
        moment.note = _("The site has no successful deployment yet: compared with yesterday.")
        return moment
    sha, when = found
    return _revision(folder, sha, when.date(), _labelled(
        when.date(), lambda d: _("the site published on {day} ({commit})", day=d,
                                 commit=sha[:7])), progress)


def last_deployment(github: GitHub, before: datetime | None = None
                    ) -> tuple[str, datetime] | None:
    """The commit and time of the newest successful Pages deployment created before
    ``before`` (a deployment made by the same workflow run is not "the last published")."""
    for deployment in github.pages("deployments", {"environment": PAGES_ENVIRONMENT}):
        created = _time(deployment.get("created_at"))
        if created is None or before is not None and created >= before:
            continue
        statuses = github.call("GET", f"deployments/{deployment['id']}/statuses",
                               params={"per_page": 1}) or []
        if statuses and statuses[0].get("state") == "success":
            return deployment["sha"], _time(statuses[0].get("created_at")) or created
    return None


def parse_time(text: str) -> datetime:
    """An ISO 8601 time as GitHub writes it (``2026-12-03T01:17:00Z``); ValueError else."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _time(text: str | None) -> datetime | None:
    try:
        return parse_time(text) if text else None
    except ValueError:
        return None
