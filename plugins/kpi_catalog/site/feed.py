"""The catalog's Atom feeds: what changed, newest first, for the whole catalog and for each
department, so that readers follow the catalog in their feed reader.

Two kinds of entries:

* **definition changes**, one per commit and KPI, from the KPI's history
  (:mod:`kpi_catalog.changes.history`): a new KPI, a target made easier, a KPI retired...
  in the words of `kpi diff`, values with the KPI's unit in the feed's language;
* **status changes**: a KPI that turned behind or red, got back on track, achieved its
  target or stopped being achieved, or whose data became overdue (the alerts of
  :mod:`kpi_catalog.alerts`), dated the day each took effect as the catalog knows it now.
  Status only changes on a few days (a value's period ends, a value falls due, the baseline
  or the deadline passes), so those days are the only ones judged;
* **data received or skipped**, dated the commit that wrote the values: today's file holds
  them, so it cannot tell they were late; the history can (:mod:`kpi_catalog.alerts.arrivals`).

The feed is made from the catalog as the build's audience may read it: a public build's
feed never names a confidential KPI, and says nothing of an internal KPI's values. The XML
is written by feedgen (an Atom feed library), so every text a contributor wrote is escaped
by the XML writer; the HTML of an entry's content is escaped before that. Control
characters (bidirectional ones included) are dropped, as everywhere the site shows text, and
an ``@`` is followed by an invisible joiner, as in the alerts' messages: chat tools follow
feeds, and no name may ping a channel.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from markupsafe import escape

from kpi_catalog.alerts.arrivals import arrivals
from kpi_catalog.alerts.detect import Alert, Standing, change_days, kinds_between, standing_of
from kpi_catalog.alerts.report import TITLES, what_changed
from kpi_catalog.changes.history import HistoryEntry
from kpi_catalog.changes.words import describe, move_names, named
from kpi_catalog.escape import one_line, unpinged
from kpi_catalog.i18n.labels import Labels
from kpi_catalog.i18n.messages import _, speaking
from kpi_catalog.model.audience import Audience, of_values, values_hidden
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.enums import Lifecycle
from kpi_catalog.model.registries import Department
from kpi_catalog.site.outputs import SiteFile
from kpi_catalog.site.urls import page_url

if TYPE_CHECKING:
    from kpi_catalog.site.generator import Site

ENTRIES = 50
"""Entries per feed: the newest; a feed reader keeps what it has already seen."""
STATUS_DAYS = 92
"""How far back status changes are looked for: a quarter (a reader follows what is new;
each day looked at costs a status computation per KPI: 0.5 ms of CPU per KPI for 400 days,
a third of that for 92)."""
CATALOG_FEED = "feed.xml"
DEPARTMENT_FEED = "feed-{id}.xml"
"""Beside the catalog's feed: Material for MkDocs fetches `sitemap.xml` from the folder of
every `<link rel="alternate">` of a page, and the site has one at its root only."""
_VALUE_KINDS = ("actual_", "actuals_")


@dataclass(frozen=True)
class Item:
    """One entry of a feed, before it is written as Atom."""

    key: str
    """Unique and stable: the entry's id is the KPI page's address with this fragment."""
    when: datetime
    kpi_id: str
    department: str
    title: str
    lines: tuple[str, ...]


def _day_time(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def changes_items(catalog: Catalog, history: dict[str, list[HistoryEntry]] | None,
                  t: Labels, audience: Audience, names: Mapping[str, str] | None = None
                  ) -> list[Item]:
    """One item per commit that changed a KPI the audience may read (its name as ``names``
    gives it: see :func:`feed_files`)."""
    items = []
    moves = move_names(catalog)
    for kpi_id, entries in (history or {}).items():
        kpi = catalog.kpis.get(kpi_id)
        if kpi is None:
            continue  # deleted, or left out for this audience
        name = (names or {}).get(kpi_id, kpi.name)
        hide_values = values_hidden(kpi, audience)
        for entry in entries:
            changes = named([c for c in entry.changes
                             if not (hide_values and (c.kind.startswith(_VALUE_KINDS)
                                                      or of_values(c.field)))], moves)
            if not changes:
                continue
            kinds = {c.kind for c in changes}
            units = entry.units_in(t.language)  # the feed's language: the site's
            if "added" in kinds:
                title = _("New KPI: {name}", name=name)
            elif "retired" in kinds:
                title = _("Retired: {name}", name=name)
            else:
                title = f"{name}: {describe(changes[0], t, t.number, units=units)}"
            lines = [describe(c, t, t.number, units=units) + (f" ({c.reason})" if c.reason
                                                              else "")
                     for c in changes]
            items.append(Item(f"change-{entry.commit[:12]}", _aware(entry.when), kpi_id,
                              kpi.department, title, tuple(lines)))
    return items


def status_items(catalog: Catalog, today: date, audience: Audience,
                 names: Mapping[str, str] | None = None) -> list[Item]:
    """The status changes of each active KPI, over the last :data:`STATUS_DAYS` days (its
    name as ``names`` gives it)."""
    config = catalog.config.status
    start = today - timedelta(days=STATUS_DAYS)
    items = []
    for kpi_id, kpi in catalog.kpis.items():
        if kpi.lifecycle is not Lifecycle.ACTIVE or values_hidden(kpi, audience):
            continue
        days = sorted(d for d in change_days(kpi, config.grace_days) if start < d <= today)
        before: Standing = standing_of(kpi, start, config)
        for day in days:
            after = standing_of(kpi, day, config)
            items += [_alert_item(f"status-{day.isoformat()}-{kind.value}", _day_time(day),
                                  Alert(kind, kpi_id, before, after), names)
                      for kind in kinds_between(before, after)]
            before = after
    return items


def arrival_items(catalog: Catalog, history: dict[str, list[HistoryEntry]] | None,
                  today: date, audience: Audience, names: Mapping[str, str] | None = None
                  ) -> list[Item]:
    """The data received or skipped by the commits of the last :data:`STATUS_DAYS` days, of
    each active KPI whose values the audience may read (its name as ``names`` gives it)."""
    start = today - timedelta(days=STATUS_DAYS)
    items = []
    for kpi_id, entries in (history or {}).items():
        kpi = catalog.kpis.get(kpi_id)
        if kpi is None or kpi.lifecycle is not Lifecycle.ACTIVE or values_hidden(kpi, audience):
            continue
        for found in arrivals(kpi, entries, start, catalog.config.status):
            entry, kind = found.entry, found.alert.kind
            if entry.when.date() > today:  # a build for an earlier day
                continue
            items.append(_alert_item(f"data-{entry.commit[:12]}-{kind.value}",
                                     _aware(entry.when), found.alert, names))
    return items


def _alert_item(key: str, when: datetime, alert: Alert, names: Mapping[str, str] | None
                ) -> Item:
    """An alert's entry: the KPI's name and the alert's title, and what changed, as `kpi
    alerts` says it."""
    kpi = alert.kpi
    return Item(key, when, alert.kpi_id, kpi.department,
                f"{(names or {}).get(alert.kpi_id, kpi.name)}: {_(TITLES[alert.kind]).lower()}",
                (what_changed(alert),))


def _aware(when: datetime) -> datetime:
    """A commit's time with its offset (UTC when git gave none)."""
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def catalog_items(catalog: Catalog, history: dict[str, list[HistoryEntry]] | None,
                  today: date, t: Labels, audience: Audience,
                  names: Mapping[str, str] | None = None) -> list[Item]:
    """Every item of the catalog, newest first (``catalog``: as the audience reads it)."""
    items = (changes_items(catalog, history, t, audience, names)
             + status_items(catalog, today, audience, names)
             + arrival_items(catalog, history, today, audience, names))
    return sorted(items, key=lambda item: (item.when, item.key), reverse=True)


def atom(items: Iterable[Item], *, title: str, site_url: str, feed_path: str, page_path: str,
         kpi_path: str, language: str, today: date, subtitle: str | None = None) -> bytes:
    """The Atom document (``*_path``: site-relative; ``kpi_path`` has ``{id}``;
    ``subtitle``: the catalog's description, for its feed).

    ``site_url`` must be absolute: an Atom id is a permanent absolute address.
    """
    from feedgen.feed import FeedGenerator  # imported here: only a site build needs it

    base = site_url.rstrip("/") + "/"
    chosen = list(items)[:ENTRIES]
    feed = FeedGenerator()
    feed.id(base + feed_path)
    title = str(one_line(title))  # no control (bidi ones included), as on the site
    feed.title(title)
    subtitle = str(one_line(subtitle or ""))
    if subtitle:
        feed.subtitle(subtitle)
    feed.language(language)
    feed.author({"name": title})
    feed.link(href=base + page_path, rel="alternate", type="text/html")
    feed.link(href=base + feed_path, rel="self", type="application/atom+xml")
    feed.generator("kpi-catalog")
    feed.updated(chosen[0].when if chosen else _day_time(today))
    for item in reversed(chosen):  # feedgen puts each new entry first
        page = base + kpi_path.format(id=item.kpi_id)
        entry = feed.add_entry()
        entry.id(f"{page}#{item.key}")
        entry.title(_quiet(item.title))
        entry.link(href=page, rel="alternate", type="text/html")
        entry.updated(item.when)
        entry.content("<ul>" + "".join(f"<li>{escape(_quiet(line))}</li>"
                                        for line in item.lines)
                      + "</ul>", type="html")
    return feed.atom_str(pretty=True)


def _quiet(text: str) -> str:
    """One line (no control, bidi ones included, as on the site) with an invisible joiner
    after every ``@``: chat tools post feed entries, and ``@everyone`` would ping a channel."""
    return unpinged(str(one_line(text)))


def feed_files(catalog: Catalog, history: dict[str, list[HistoryEntry]] | None, today: date,
               site_url: str, t: Labels, audience: Audience, *, kpi_path: str = "kpis/{id}/",
               overview: str = "kpis/", department_page: str = "departments/{id}/",
               names: Mapping[str, str] | None = None) -> dict[str, bytes]:
    """The catalog's feed and one per department with a KPI (see :func:`_with_kpis`), by
    site-relative path (``catalog``: as ``audience`` may read it; nothing without an
    absolute ``site_url``). ``names`` gives the name an entry's title shows of a KPI, by
    id: the site's, which tells apart two KPIs of one name (:func:`.views.tell_apart`);
    without it, a KPI's own."""
    if not site_url.lower().startswith(("https://", "http://")):
        return {}
    with speaking(t.language):  # a site's second language is built without speaking it
        items = catalog_items(catalog, history, today, t, audience, names)

    def feed(chosen: list[Item], title: str, path: str, page: str,
             subtitle: str | None = None) -> bytes:
        return atom(chosen, title=title, site_url=site_url, feed_path=path, page_path=page,
                    kpi_path=kpi_path, language=t.language, today=today, subtitle=subtitle)

    files = {CATALOG_FEED: feed(items, catalog.config.name, CATALOG_FEED, overview,
                                catalog.config.description)}
    for department_id, department in _with_kpis(catalog).items():
        path = DEPARTMENT_FEED.format(id=department_id)
        files[path] = feed([i for i in items if i.department == department_id],
                           f"{catalog.config.name}: {department.name}", path,
                           department_page.format(id=department_id))
    return files


def _with_kpis(catalog: Catalog) -> dict[str, Department]:
    """The departments with a KPI in ``catalog`` (as the audience reads it), which have a feed:
    a department whose KPIs are all left out (or that has none) would have an empty one,
    and its page says that none of its KPIs is published."""
    published = {kpi.department for kpi in catalog.kpis.values()}
    return {department_id: department for department_id, department
            in catalog.departments.items() if department_id in published}


def _paths(site: Site) -> dict[str, str]:
    options, directory = site.options, site.options.use_directory_urls
    return {"kpi_path": page_url(options.kpi_src("{id}"), directory),
            "overview": page_url(options.overview, directory),
            "department_page": page_url(options.department_src("{id}"), directory)}


def feeds(site: Site) -> Iterable[SiteFile]:
    """The maker of the feeds (:data:`~kpi_catalog.site.outputs.MAKERS`): none without the
    site's address (``site_url``)."""
    audience: Audience = "internal" if site.audience == "internal" else "public"
    # the history as the audience may read it: no change naming a KPI it may not read
    history = {kpi_id: site.history_for_audience(kpi_id) for kpi_id in site.history}
    names = {kpi_id: view.distinct_name for kpi_id, view in site.views.items()}
    made = feed_files(site.catalog, history or None, site.today, site.options.site_url,
                      site.t, audience, **_paths(site), names=names)
    return [SiteFile(path, data) for path, data in made.items()]


def feed_links(site: Site) -> dict[str, list[tuple[str, str]]]:
    """The feeds each page links in its head, by page (``""``: every other page), as
    (title, site-relative path): the catalog's, and on a department's page and its KPIs'
    pages the department's (when it has one: see :func:`_with_kpis`); empty when the site
    makes no feeds."""
    if not site.options.site_url.lower().startswith(("https://", "http://")):
        return {}
    name = site.catalog.config.name
    every = [(name, CATALOG_FEED)]
    by_department = {
        department_id: every + [(f"{name}: {department.name}",
                                 DEPARTMENT_FEED.format(id=department_id))]
        for department_id, department in _with_kpis(site.catalog).items()}
    links = {"": every}
    for department_id, own in by_department.items():
        links[site.options.department_src(department_id)] = own
    for kpi_id, kpi in site.catalog.kpis.items():
        links[site.options.kpi_src(kpi_id)] = by_department.get(kpi.department, every)
    return links
