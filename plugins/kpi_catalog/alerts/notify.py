"""Alerts pushed to chat and mail through apprise (Slack, Teams, Telegram, e-mail...).

The targets are apprise URLs from an environment variable (``KPI_NOTIFY_URLS``, set from a
secret in CI), never from a catalog file: they hold tokens and passwords. Separate them
with spaces, new lines or commas; ``DEPARTMENT=URL`` sends a target only its department's
alerts (``finance=mailto://...``), a bare URL gets every alert.

Each target is sent to on its own, so a failing one (a revoked webhook, a mail server
down) is reported, with its address shown without secrets, and the others still get the
message. The message is plain text: apprise escapes it for each service, and an ``@`` in
contributor text is made inert before (:func:`~.report.chat`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace

from kpi_catalog.alerts.report import Report, as_text
from kpi_catalog.i18n.messages import _, ngettext

ENVIRONMENT = "KPI_NOTIFY_URLS"
_SPLIT = re.compile(r"\s+|,\s*(?=(?:[a-z0-9-]+=)?[a-z][a-z0-9+.-]*://)", re.I)
_ROUTED = re.compile(r"([a-z0-9-]+)=(?=[a-z][a-z0-9+.-]*://)", re.I)


@dataclass(frozen=True)
class Target:
    url: str
    department: str | None = None


@dataclass
class Sent:
    delivered: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    """One line per target that failed: its address without secrets, and why."""


def targets(text: str) -> list[Target]:
    out = []
    for part in _SPLIT.split(text or ""):
        part = part.strip().strip(",")
        if not part:
            continue
        routed = _ROUTED.match(part)
        out.append(Target(part[routed.end():], routed.group(1)) if routed else Target(part))
    return out


def send(report: Report, found: list[Target]) -> Sent:
    """One message per target (its department's alerts, or all); never raises for a target."""
    import apprise  # imported here: only runs that notify need it

    out = Sent()
    for target in found:
        chosen = [e for e in report.entries
                  if target.department is None or e.department == target.department]
        if not chosen:
            continue
        shown = _shown(apprise, target.url)
        sender = apprise.Apprise()
        if not sender.add(target.url):
            out.failed.append(_("{target}: not a notification address apprise knows",
                                target=shown))
            continue
        part = replace(report, entries=chosen)
        count = len(chosen)
        with _captured() as messages:
            ok = bool(sender.notify(
                title=ngettext("KPI alerts: {count} change", "KPI alerts: {count} changes",
                               count, count=count),
                body=as_text(part), body_format=apprise.NotifyFormat.TEXT))
        if ok:
            out.delivered.append(shown)
        else:
            reason = messages[-1].rstrip(".") if messages else _("sending failed")
            out.failed.append(f"{shown}: {reason}")  # the caller's sentence ends it
    return out


def _shown(apprise, url: str) -> str:
    """The address with its tokens and passwords hidden (apprise's privacy mode)."""
    try:
        plugin = apprise.Apprise.instantiate(url)
        if plugin is not None:
            return plugin.url(privacy=True).split("?", 1)[0]
    except Exception:  # noqa: BLE001 - an address apprise cannot read is shown by scheme
        pass
    return url.split("://", 1)[0] + "://…"


class _Collected(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


class _captured:
    """Apprise's own warnings while one target is sent to: the reason it failed."""

    def __enter__(self) -> list[str]:
        self.handler = _Collected()
        logging.getLogger("apprise").addHandler(self.handler)
        return self.handler.messages

    def __exit__(self, *exc) -> None:
        logging.getLogger("apprise").removeHandler(self.handler)
