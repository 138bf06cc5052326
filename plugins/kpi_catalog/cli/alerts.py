"""`kpi alerts`: what changed in where the KPIs stand, for owners; as GitHub issues and
chat or mail messages when asked."""

from __future__ import annotations

import os
import re
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import click

from kpi_catalog.alerts import detect, moments, report
from kpi_catalog.alerts.github import GitHub, GitHubError
from kpi_catalog.changes import BrokenSide
from kpi_catalog.checking.reporting import as_text
from kpi_catalog.cli.app import default_catalog, main, speak_for, today_of, today_option
from kpi_catalog.cli.progress import progress_line, sides_progress
from kpi_catalog.i18n.messages import _, current_language
from kpi_catalog.model.audience import AUDIENCES, Audience, for_audience
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.language import in_language
from kpi_catalog.model.names import distinct_names
from kpi_catalog.reading.loader import find_repo_root
from kpi_catalog.site.mkdocs_file import read_mkdocs_file


@main.command()
@click.argument("first", required=False)
@click.argument("second", required=False)
@click.option("--catalog", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The catalog folder (default: ./kpis of this repository).")
@click.option("--format", "fmt", type=click.Choice(sorted(report.FORMATS)), default="text",
              show_default=True,
              help="text for people and chat, markdown for a job summary, json for programs.")
@click.option("--audience", type=click.Choice(AUDIENCES), default=None,
              help="Who reads the alerts: public leaves confidential KPIs out (and internal "
              "KPIs' values). Default: catalog.yml `audience`.")
@click.option("--site-url", envvar="KPI_SITE_URL", show_envvar=True, default=None,
              metavar="URL", help="Where the site is published, for the links to KPI pages "
              "(default: site_url in mkdocs.yml).")
@click.option("--github-issues", is_flag=True,
              help="Keep one GitHub issue per KPI and topic open while it holds, closed on "
              "recovery (GITHUB_REPOSITORY, GITHUB_TOKEN, GITHUB_API_URL).")
@click.option("--notify", is_flag=True,
              help="Send the alerts to the apprise URLs in KPI_NOTIFY_URLS (chat, mail).")
@click.option("--published-before", envvar="KPI_PUBLISHED_BEFORE", default=None,
              metavar="TIME", help="For `published`: only deployments made before this time "
              "(ISO 8601), so that this run's own deployment is not the last published.")
@today_option
def alerts(first: str | None, second: str | None, catalog: Path | None, fmt: str,
           audience: str | None, site_url: str | None, github_issues: bool, notify: bool,
           published_before: str | None, today) -> None:
    """What changed in where the KPIs stand from FIRST to SECOND: a KPI that turned behind
    or red, recovered, achieved its target or stopped being achieved, whose data became
    overdue, arrived or was skipped (a later period written, the overdue one left empty),
    whose review date passed, or that was retired.

    FIRST and SECOND are each a date (YYYY-MM-DD: the catalog as committed by the end of
    that day, judged that day), a git revision or a catalog folder (judged on --today;
    REVISION@DATE judges it on DATE), or `published` (the last deployment of GitHub Pages).
    Default FIRST: `published` inside GitHub Actions, else yesterday; default SECOND: the
    files as they are, today. Exits 1 when an issue or a message could not be sent.
    See docs/guide/alerts.md.
    """
    folder = catalog or default_catalog()
    speak_for(folder)
    day = today_of(today)
    github = GitHub.from_environment()
    if github_issues and github is None:
        raise click.UsageError(_("--github-issues needs GITHUB_REPOSITORY and GITHUB_TOKEN "
                                 "(as GitHub Actions sets them)."))
    try:
        with progress_line() as shown:
            old = moments.read_moment(first, folder, day, first=True, github=github,
                                      published_before=_time(published_before),
                                      progress=sides_progress(shown))
            new = moments.read_moment(second, folder, day, first=False,
                                      progress=sides_progress(shown))
    except moments.MomentError as problem:
        raise click.UsageError(str(problem)) from None
    except BrokenSide as broken:
        click.echo(_("The catalog at {label} is not valid, so its KPIs cannot be judged:",
                     label=broken.label), err=True)
        click.echo(as_text(broken.diagnostics, broken.kpi_count), err=True)
        sys.exit(1)
    chosen: Audience = audience or new.catalog.config.audience  # type: ignore[assignment]
    catalogs = (for_audience(old.catalog, chosen), for_audience(new.catalog, chosen))
    after = detect.standings(catalogs[1], new.day)
    # a KPI left out for this audience on either side (confidential now, or then) is never
    # named: not even as "deleted"
    hidden = (old.catalog.kpis.keys() - catalogs[0].kpis.keys()) | (
        new.catalog.kpis.keys() - catalogs[1].kpis.keys())
    found = [a for a in detect.detect(detect.standings(catalogs[0], old.day), after)
             if a.kpi_id not in hidden]
    url = _site_url(site_url, find_repo_root(folder))
    # for people (text, Markdown, issues, messages): names in the language spoken, where
    # the files give it, as `kpi status` and that language's pages; JSON: as written
    readable = (in_language(catalogs[0], current_language()),
                in_language(catalogs[1], current_language()))
    # and links to that language's pages (`id/kpis/...`); JSON: the site's first language
    read_url = report.site_in(url, new.catalog.config, current_language())
    result = report.Report(old.label, new.label, report.entries(found, readable, read_url),
                           detect.open_topics(after), old.note, (old.written, new.written))
    printed = replace(result, entries=report.entries(found, catalogs, url)) \
        if fmt == "json" else result
    click.echo(report.FORMATS[fmt](printed), nl=fmt != "markdown")
    failed = False
    if github_issues and github is not None:
        failed |= _sync_issues(github, readable[1], after, result, read_url)
    if notify:
        failed |= _notify(result)
    sys.exit(1 if failed else 0)


def _time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return moments.parse_time(text)
    except ValueError:
        raise click.BadParameter(_("write the time as ISO 8601 (2026-12-03T01:17:00Z)."),
                                 param_hint="--published-before") from None


def _site_url(given: str | None, repo_root: Path) -> str:
    """The published site's address: --site-url / KPI_SITE_URL, else mkdocs.yml's
    ``site_url``; only http(s), since it becomes links in issues and messages."""
    url = given or _mkdocs_site_url(repo_root)
    if url and not url.lower().startswith(("https://", "http://")):
        raise click.BadParameter(_("the site's address must start with https:// or http://."),
                                 param_hint="--site-url")
    if url and _BREAKS_A_LINK.search(url):
        raise click.BadParameter(_("the site's address may hold no space, parenthesis, bracket "
                                   "or quote (write a space as %20)."), param_hint="--site-url")
    return url or ""


# What would end the Markdown link the site's address is in (each alert's, each issue's) and
# start text of its own there: `https://x.org/) @acme/everyone` pinged a team.
_BREAKS_A_LINK = re.compile(r"[\s\x00-\x1f\x7f()<>\[\]\"'`\\]")


def _mkdocs_site_url(repo_root: Path) -> str:
    path = repo_root / "mkdocs.yml"
    if not path.is_file():
        return ""
    try:
        return read_mkdocs_file(path).site_url
    except (ValueError, OSError):  # a broken mkdocs.yml: the alerts go out without links
        return ""


def _sync_issues(github: GitHub, catalog: Catalog, after, result: report.Report,
                 url: str) -> bool:
    from kpi_catalog.alerts import issues

    subjects = []
    named = distinct_names(catalog)  # two KPIs of one name told apart, as on the site
    for kpi_id, topic in result.open:
        kpi = catalog.kpis[kpi_id]
        department = catalog.departments.get(kpi.department)
        subjects.append(issues.Subject(
            kpi_id, topic, named[kpi_id], department.name if department else kpi.department,
            kpi.owner or "", report.reviewers_of(catalog, kpi), report.page_url(url, kpi_id),
            after[kpi_id], report.manual_text(after[kpi_id], kpi),
            detect.off_track_since(after[kpi_id], catalog.config.status)
            if topic is detect.Topic.OFF_TRACK else None))
    try:
        synced = issues.sync(github, subjects, result.entries,
                             log=lambda line: click.echo(f"GitHub: {line}", err=True))
    except GitHubError as problem:
        click.echo(_("GitHub issues were not updated: {problem}.", problem=problem), err=True)
        return True
    for failed in synced.problems:
        click.echo(f"GitHub: {failed}.", err=True)
    click.echo(_("GitHub issues: {opened} opened, {updated} updated, {closed} closed.",
                 opened=len(synced.opened), updated=len(synced.updated),
                 closed=len(synced.closed)), err=True)
    return bool(synced.problems)


def _notify(result: report.Report) -> bool:
    from kpi_catalog.alerts import notify

    found = notify.targets(os.environ.get(notify.ENVIRONMENT, ""))
    if not found:
        click.echo(_("--notify: {variable} names no target; nothing was sent.",
                     variable=notify.ENVIRONMENT), err=True)
        return False
    if not result.entries:
        return False
    try:
        import apprise  # noqa: F401 - only to say how to install it
    except ImportError:
        click.echo(_("--notify needs apprise: pip install \"kpi-catalog[alerts]\"."), err=True)
        return True
    sent = notify.send(result, found)
    for line in sent.failed:
        click.echo(_("Notification failed: {target}.", target=line), err=True)
    click.echo(_("Notifications: {sent} sent, {failed} failed.", sent=len(sent.delivered),
                 failed=len(sent.failed)), err=True)
    return bool(sent.failed)
