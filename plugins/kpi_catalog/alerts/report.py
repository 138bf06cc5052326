"""Alerts for people and programs: each names the KPI, its owner, its department's reviewers,
what changed and the link to its page; as text, GitHub Markdown or JSON.

Contributor text (names, owners) is escaped for where it lands: GitHub Markdown through
:func:`~kpi_catalog.changes.render.md` (no HTML, no @mention, no link); JSON as data;
plain text for chat with every ``@`` made inert, so no name can ping a channel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kpi_catalog import json_text
from kpi_catalog.actuals.gaps import LISTED
from kpi_catalog.alerts.detect import Alert, AlertKind, Standing, Topic
from kpi_catalog.escape import gfm, unpinged
from kpi_catalog.i18n.labels import current_labels, period_text
from kpi_catalog.i18n.messages import N_, _, and_list, count_text, ngettext
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.config import CatalogConfig
from kpi_catalog.model.diagnostics import visible
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.names import distinct_names
from kpi_catalog.site.languages import language_root
from kpi_catalog.status.compute import shown_expected

KPI_PAGE = "kpis/{id}/"
TITLES = {
    AlertKind.TURNED_BEHIND: N_("Turned behind"),
    AlertKind.TURNED_RED: N_("Turned red"),
    AlertKind.RECOVERED: N_("Back on track"),
    AlertKind.ACHIEVED: N_("Achieved"),
    AlertKind.NO_LONGER_ACHIEVED: N_("No longer achieved"),
    AlertKind.DATA_OVERDUE: N_("Data overdue"),
    AlertKind.DATA_RECEIVED: N_("Data received"),
    AlertKind.DATA_SKIPPED: N_("Data skipped"),
    AlertKind.REVIEW_DUE: N_("Review date passed"),
    AlertKind.REVIEWED: N_("Reviewed"),
    AlertKind.RETIRED: N_("Retired"),
    AlertKind.UNTRACKED: N_("No longer tracked"),
}
TOPIC_TITLES = {Topic.OFF_TRACK: N_("off track"), Topic.DATA_OVERDUE: N_("data overdue"),
                Topic.REVIEW_DUE: N_("review due")}


def number_text(value: float | None) -> str:
    """150, 186.6, 0.08, 1,234,567: a value in an alert, as the current language writes it
    and as the KPI's page and `kpi status` show it (two decimals; a small value keeps its
    digits), so that an alert of 0.08 days does not say 0.1."""
    if value is None:
        return _("none")
    return current_labels().number(value)


def _status(standing: Standing | None) -> str:
    if standing is None:
        return _("not tracked")
    return current_labels().status(standing.status).lower()


def _colour(standing: Standing | None) -> str:
    if standing is None or not standing.rag:
        return _("no colour")
    return current_labels().rag(standing.rag).lower()


def _status_colour(standing: Standing) -> str:
    """The status and its colour (``on track, red``): the status alone does not say why a
    KPI that stays on track is back on track."""
    return f"{_status(standing)}, {_colour(standing)}"


def date_text(day: date | None) -> str:
    """A day as the site writes it, in the language spoken: ``14 December 2026`` /
    ``14 Desember 2026`` (see :meth:`~kpi_catalog.i18n.labels.Labels.date`)."""
    return current_labels().date(day)


def latest_text(standing: Standing) -> str:
    """``latest value 170 for October 2026, expected 187``; empty without a value."""
    if standing.latest is None:
        return ""
    period, value = standing.latest
    if standing.expected is None:
        return _("latest value {value} for {period}", value=number_text(value),
                 period=period_text(period))
    return _("latest value {value} for {period}, expected {expected}",
             value=number_text(value), period=period_text(period),
             expected=number_text(shown_expected(standing.expected)))


def manual_text(standing: Standing, kpi: Kpi | None = None) -> str:
    """``set by hand: <reason>`` for a status set by hand (the reason of ``kpi``, the KPI in
    the language spoken, else the standing's), which the values alone may contradict;
    else empty."""
    status = (kpi or standing.kpi).status
    if not standing.manual or status is None:
        return ""
    reason = " ".join(status.reason.split()).rstrip(".")  # a clause before "; latest value"
    return _("set by hand: {reason}", reason=reason)


def skipped_text(after: Standing, left: list[str]) -> str:
    """``a value for December 2026 arrived, but November 2026 was left empty...``: data
    skipped, never told as received; a long gap by its ends and count (as E413)."""
    written = after.kpi.latest_actual()  # there is one: it is what left the periods empty
    latest = period_text(written.period) if written else _("none")
    count = len(left)
    if count > LISTED:
        return ngettext(
            "a value for {latest} arrived, but {count} period from {first} to {last} was left "
            "empty and is no longer asked for (kpi due --gaps lists it)",
            "a value for {latest} arrived, but {count} periods from {first} to {last} were "
            "left empty and are no longer asked for (kpi due --gaps lists them)", count,
            latest=latest, count=count, first=period_text(left[0]),
            last=period_text(left[-1]))
    return ngettext(
        "a value for {latest} arrived, but {periods} was left empty and is no longer asked "
        "for (kpi due --gaps lists it)",
        "a value for {latest} arrived, but {periods} were left empty and are no longer asked "
        "for (kpi due --gaps lists them)", count, latest=latest,
        periods=and_list([period_text(p) for p in left]))


def what_changed(alert: Alert, kpi: Kpi | None = None) -> str:
    """The change in words, e.g. ``on track → behind (latest value 88 for November 2026,
    expected 95)`` (``kpi``: the KPI's texts in the language spoken, for a reason)."""
    before, after, kind = alert.before, alert.after, alert.kind
    if after is None:  # only a KPI that left the catalog
        return _("deleted")
    if kind in (AlertKind.TURNED_BEHIND, AlertKind.RECOVERED, AlertKind.ACHIEVED,
                AlertKind.NO_LONGER_ACHIEVED):
        detail = "; ".join(t for t in (manual_text(after, kpi), latest_text(after)) if t)
        if before is not None and before.status is after.status and before.rag != after.rag:
            text = f"{_status_colour(before)} → {_status_colour(after)}"  # back from red
        else:
            text = f"{_status(before)} → {_status(after)}"
        return text + (f" ({detail})" if detail else "")
    if kind is AlertKind.TURNED_RED:
        return f"{_colour(before)} → {_colour(after)} ({latest_text(after)})"
    if kind is AlertKind.DATA_OVERDUE and after.overdue is not None:
        period, due = after.overdue
        return _("the value for {period} is due since {due}", period=period_text(period),
                 due=date_text(due))
    if kind is AlertKind.DATA_RECEIVED:
        return _("the values are current again ({latest})",
                 latest=latest_text(after) or _("no value yet"))
    if kind is AlertKind.DATA_SKIPPED:
        return skipped_text(after, alert.left_empty)
    if kind is AlertKind.REVIEW_DUE:
        return _("the review date {date} has passed", date=date_text(after.kpi.review_date))
    if kind is AlertKind.REVIEWED:
        review = after.kpi.review_date
        return _("next review on {date}", date=date_text(review)) if review else \
            _("the review date was removed")
    if kind is AlertKind.RETIRED:
        successor = after.kpi.replaced_by
        # the alert's title says "Retired" already: what follows says what takes its place
        return _("replaced by {id}", id=successor) if successor else _("no KPI replaces it")
    return _("now {lifecycle}", lifecycle=current_labels().lifecycle(
        after.kpi.lifecycle).lower())


@dataclass(frozen=True)
class Entry:
    """One alert with everything a reader needs: who, what, where."""

    alert: Alert
    name: str
    """The KPI's name as people read it: told apart from another KPI's of the same name
    (:func:`~kpi_catalog.model.names.distinct_name`, as on the site)."""
    owner: str
    department: str
    department_name: str
    reviewers: tuple[str, ...]
    what: str
    url: str

    @property
    def kind(self) -> AlertKind:
        return self.alert.kind

    def as_dict(self) -> dict:
        return {"kind": self.kind.value, "topics": [t.value for t in self.kind.topics],
                "closes": self.alert.closes, "kpi": self.alert.kpi_id, "name": self.alert.kpi.name,
                "owner": self.owner or None, "department": self.department,
                "department_name": self.department_name, "reviewers": list(self.reviewers),
                "what": self.what, "url": self.url or None,
                "left_empty": self.alert.left_empty if self.kind is AlertKind.DATA_SKIPPED
                else [],
                "before": _standing_dict(self.alert.before),
                "after": _standing_dict(self.alert.after)}


def _standing_dict(standing: Standing | None) -> dict | None:
    if standing is None:
        return None
    return {"day": standing.day.isoformat(), "status": standing.status.value,
            "rag": standing.rag, "lifecycle": standing.kpi.lifecycle.value,
            "latest": {"period": standing.latest[0], "value": standing.latest[1]}
            if standing.latest else None,
            "overdue": {"period": standing.overdue[0], "due_since": standing.overdue[1].isoformat()}
            if standing.overdue else None,
            "review_date": standing.kpi.review_date.isoformat()
            if standing.kpi.review_date else None}


def reviewers_of(catalog: Catalog, kpi: Kpi) -> tuple[str, ...]:
    """The department's reviewers; the catalog's when the department names none (as in
    CODEOWNERS)."""
    department = catalog.departments.get(kpi.department)
    own = department.reviewers if department is not None else []
    return tuple(own or catalog.config.reviewers)


def site_in(site_url: str, config: CatalogConfig, language: str) -> str:
    """The address of the site in ``language``: its pages for the catalog's first language
    are at ``site_url``, each other language's under its folder (``id/``, as the site makes
    them), so that an alert in Indonesian links the Indonesian page; ``site_url`` for a
    language the site is not made in."""
    languages = (config.language, *config.languages)
    root = language_root(language, languages)
    if not site_url or not root or language not in languages:
        return site_url
    return site_url.rstrip("/") + "/" + root


def page_url(site_url: str, kpi_id: str) -> str:
    return site_url.rstrip("/") + "/" + KPI_PAGE.format(id=kpi_id) if site_url else ""


def entries(alerts: list[Alert], catalogs: tuple[Catalog, Catalog], site_url: str
            ) -> list[Entry]:
    """``catalogs``: the first and second moment's, as the alerts' readers may read them; a
    KPI's details come from the latest one that has it, its name told apart from another's
    of that catalog (:func:`~kpi_catalog.model.names.distinct_names`)."""
    named = (distinct_names(catalogs[0]), distinct_names(catalogs[1]))
    out = []
    for alert in alerts:
        latest = 1 if alert.kpi_id in catalogs[1].kpis else 0
        catalog = catalogs[latest]
        kpi = catalog.kpis.get(alert.kpi_id, alert.kpi)  # its texts as ``catalogs`` give them
        department = catalog.departments.get(kpi.department)
        out.append(Entry(alert, named[latest].get(alert.kpi_id, kpi.name), kpi.owner or "",
                         kpi.department, department.name if department else kpi.department,
                         reviewers_of(catalog, kpi), what_changed(alert, kpi),
                         page_url(site_url, alert.kpi_id)))
    return out


@dataclass
class Report:
    first: str
    second: str
    """The two moments as people read them, their days as long dates
    (:class:`~kpi_catalog.alerts.moments.Moment`'s ``label``)."""
    entries: list[Entry]
    open: list[tuple[str, Topic]]
    note: str = ""
    written: tuple[str, str] | None = None
    """The two moments with their days as ISO dates, for JSON (None: ``first`` and
    ``second``)."""


def _headline(report: Report) -> str:
    count = len(report.entries)
    if not count:
        return _("No alerts.")
    return ngettext("{count} alert.", "{count} alerts.", count, count=count_text(count))


def as_text(report: Report) -> str:
    """For a terminal or a chat message: plain lines; ``@`` in contributor text is inert."""
    lines = [_("KPI alerts from {first} to {second}: {headline}", first=report.first,
               second=report.second, headline=_headline(report))]
    if report.note:
        lines.append(report.note)
    for kind in AlertKind:
        group = [e for e in report.entries if e.kind is kind]
        if not group:
            continue
        lines += ["", _(TITLES[kind])]
        for e in group:
            lines.append(f"  - {chat(e.name)} ({e.alert.kpi_id}), {chat(e.department_name)}: "
                         f"{chat(e.what)}.")
            who = _("Owner: {owner}.", owner=chat(e.owner)) if e.owner else _("No owner.")
            if e.reviewers:
                who += " " + _("Reviewers: {reviewers}.", reviewers=", ".join(e.reviewers))
            lines.append(f"    {who}" + (f" {e.url}" if e.url else ""))
    return "\n".join(lines)


def chat(text: object) -> str:
    """Contributor text for plain-text channels: one line, no control characters, and an
    invisible joiner after every ``@`` so that no name pings anyone (`@everyone`)."""
    return unpinged(" ".join(visible(str(text)).split()))


def as_markdown(report: Report) -> str:
    lines = ["### " + _("KPI alerts"), "",
             gfm(_headline(report)) + " " + _("From {first} to {second}.",
                                             first=gfm(report.first), second=gfm(report.second))]
    if report.note:
        lines += ["", gfm(report.note)]
    for kind in AlertKind:
        group = [e for e in report.entries if e.kind is kind]
        if not group:
            continue
        lines += ["", f"#### {_(TITLES[kind])}", ""]
        lines += [markdown_line(e) for e in group]
    return "\n".join(lines) + "\n"


def markdown_line(e: Entry) -> str:
    """One alert as a Markdown bullet; reviewers are mentioned (they are validated GitHub
    handles), contributor text is not able to mention anyone."""
    name = f"[{gfm(e.name)}]({e.url})" if e.url else f"**{gfm(e.name)}**"
    who = _("owner {owner}", owner=gfm(e.owner)) if e.owner else _("no owner")
    if e.reviewers:
        who += "; " + _("reviewers {reviewers}", reviewers=" ".join(e.reviewers))
    return f"- {name} (`{e.alert.kpi_id}`, {gfm(e.department_name)}): {gfm(e.what)} — {who}"


def as_json(report: Report) -> str:
    first, second = report.written or (report.first, report.second)
    return json_text.dumps({
        "from": first, "to": second, "note": report.note or None,
        "alerts": [e.as_dict() for e in report.entries],
        "open": [{"kpi": kpi_id, "topic": topic.value} for kpi_id, topic in report.open],
    }, indent=2)


FORMATS = {"text": as_text, "markdown": as_markdown, "json": as_json}

