"""Read-only questions about a catalog, answered as data that JSON can carry: what
``kpi mcp`` offers an assistant, without the protocol (:mod:`.server` adds that).

Nothing here writes a file, runs a KPI's query or reaches the network: the answers come
from the catalog files as ``kpi validate`` reads them, shown to one audience
(:mod:`kpi_catalog.model.audience`: a public one never sees a confidential KPI), with each
KPI in the shape of the published JSON (:mod:`kpi_catalog.export.document`).

:class:`CatalogState` reads the catalog again when one of its files changed since the last
question, so an assistant working beside someone who edits the files sees their edits.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kpi_catalog.checking.check import check_catalog
from kpi_catalog.checking.rules import RULES
from kpi_catalog.export.document import kpi_item
from kpi_catalog.i18n.messages import _, count_text, current_language, ngettext, translated
from kpi_catalog.mcp_server.argument_errors import quoted
from kpi_catalog.model.audience import Audience, for_audience
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.codes import CODES, DOCS_URL, doc_url
from kpi_catalog.model.diagnostics import Diagnostic
from kpi_catalog.model.enums import Lifecycle, StatusValue
from kpi_catalog.model.handles import KnownBy, words
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.named_ids import NamedIds
from kpi_catalog.model.selection import KpiFilter, UnknownFilter
from kpi_catalog.reading.loader import LoadResult, find_repo_root
from kpi_catalog.status.compute import KpiStatus, catalog_statuses, counted_rollup, rollup

FIND_LIMIT = 20
"""How many KPIs :meth:`Catalog.find` lists unless asked for more (at most 200)."""
SHOWN_PROBLEMS = 10
ATTENTION_LIMIT = 50
"""How many KPIs :func:`attention` lists unless asked for more (at most 200)."""
LISTED = 50
"""How many places :func:`explain_rule` lists for each list it gives (the count says all)."""


class QueryError(Exception):
    """A question that has no answer (an unknown id, a catalog with errors); the message
    says what to ask instead."""


@dataclass(frozen=True)
class Snapshot:
    """The catalog as the audience may read it, checked, on one day."""

    result: LoadResult
    catalog: Catalog
    statuses: dict[str, KpiStatus]
    today: date
    known_by: KnownBy
    repo_root: Path
    """The folder the problems' paths start from."""


class CatalogState:
    """The catalog in ``root``, read again whenever one of its files changed."""

    def __init__(self, root: Path, *, audience: Audience | None = None,
                 today: date | None = None, clock: Callable[[], date] = date.today):
        self.root = root
        self.audience = audience
        self.fixed_today = today
        self.clock = clock
        self._fingerprint: tuple | None = None
        self._snapshot: Snapshot | None = None

    def _files(self) -> tuple:
        found = []
        for folder, dirs, files in os.walk(self.root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.endswith((".yml", ".yaml")):
                    stat = os.stat(os.path.join(folder, name))
                    found.append((folder, name, stat.st_mtime_ns, stat.st_size))
        return tuple(found)

    def snapshot(self) -> Snapshot:
        """The catalog now; :class:`QueryError` while it has errors."""
        today = self.fixed_today or self.clock()
        fingerprint = (self._files(), today)
        if fingerprint != self._fingerprint or self._snapshot is None:
            self._snapshot = self._read(today)
            self._fingerprint = fingerprint
        snap = self._snapshot
        if not snap.result.ok:
            errors = snap.result.errors
            readable = readable_problems(snap, errors)
            lines = [d.text() for d in readable[:SHOWN_PROBLEMS]]
            if len(readable) > SHOWN_PROBLEMS:
                lines.append(_("... and {count} more.",
                               count=count_text(len(readable) - SHOWN_PROBLEMS)))
            if not readable:
                lines.append(ngettext(
                    "It is in a file this audience may not read; `kpi validate` shows it.",
                    "They are in files this audience may not read; `kpi validate` shows them.",
                    len(errors)))
            elif len(readable) < len(errors):
                lines.append(_("The other errors are in files this audience may not read; "
                               "`kpi validate` shows them."))
            shown = "\n".join(lines)
            raise QueryError(ngettext(
                "The catalog in {root} has {count} error (the same as `kpi validate`); "
                "answers wait until it is corrected:",
                "The catalog in {root} has {count} errors (the same as `kpi validate`); "
                "answers wait until they are corrected:",
                len(errors), root=shown_folder(self.root, snap.repo_root),
                count=count_text(len(errors))) + "\n" + shown)
        return self._snapshot

    def _read(self, today: date) -> Snapshot:
        repo_root = find_repo_root(self.root)
        result = check_catalog(self.root, today=today, repo_root=repo_root)
        audience = self.audience or result.catalog.config.audience
        readable = for_audience(result.catalog, audience)
        return Snapshot(result, readable, catalog_statuses(readable, today), today,
                        KnownBy(readable.glossary), repo_root)


def shown_folder(root: Path, repo_root: Path) -> str:
    """The catalog's folder as a client reads it in an answer: from the repository's root,
    as the problems' paths are (``kpis``), never the server's own absolute path."""
    try:
        return root.resolve().relative_to(repo_root.resolve()).as_posix()
    except ValueError:
        return root.resolve().name


# --- the questions ----------------------------------------------------------------------


def summary(snap: Snapshot, kpi: Kpi) -> dict[str, Any]:
    """A KPI in a few fields: enough to choose one to read in full."""
    status = snap.statuses[kpi.id]
    latest = status.latest
    return {
        "id": kpi.id, "name": kpi.name, "statement": kpi.statement,
        "department": kpi.department, "objective": kpi.objective,
        "lifecycle": kpi.lifecycle.value, "unit": kpi.measurement.unit,
        "status": status.value.value, "data_overdue": status.data_overdue,
        "latest": {"period": latest.period, "value": latest.value} if latest else None,
    }


def find(snap: Snapshot, query: str = "", *, department: str | None = None,
         status: str | None = None, limit: int = FIND_LIMIT) -> dict[str, Any]:
    """The KPIs that the words of ``query`` name, best first: a word of a KPI's name, id or
    aliases counts most, then the glossary's spelling of an acronym they use, then its
    statement, measurement, owner, tags and background. Without words, every KPI (of the
    ``department``, in the ``status``, when given)."""
    which = _filter(snap, department=department, status=status)
    asked = [w.casefold() for w in words(query)]
    scored = []
    for kpi in snap.catalog.kpis.values():
        if not which.matches(kpi, snap.statuses[kpi.id].value.value):
            continue
        score = _score(snap, kpi, asked, query.casefold().strip()) if asked else 1
        if score > 0:
            scored.append((-score, kpi.lifecycle is Lifecycle.RETIRED, kpi.id, kpi))
    scored.sort(key=lambda item: item[:3])
    limit = max(1, min(limit, 200))
    return {"count": len(scored), "kpis": [summary(snap, kpi) for *_rest, kpi in scored[:limit]]}


def _score(snap: Snapshot, kpi: Kpi, asked: list[str], phrase: str) -> float:
    names = snap.known_by.names(kpi)
    handles = snap.known_by.handles(kpi)
    m = kpi.measurement
    text = " ".join(filter(None, (
        kpi.statement, kpi.question, kpi.description, m.metric, m.unit, m.data_source,
        m.method, kpi.owner, kpi.data_steward, kpi.department, kpi.objective, *kpi.tags)))
    tiers = [
        ({w.casefold() for n in names for w in words(n)}, 3.0),
        ({w.casefold() for h in handles for w in words(h)}, 2.0),
        ({w.casefold() for w in words(text)}, 1.0),
    ]
    score, matched = 0.0, 0
    for word in asked:
        best = max((weight for held, weight in tiers
                    if any(h.startswith(word) for h in held)), default=0.0)
        score += best
        matched += best > 0
    if matched < len(asked):
        return 0.0 if matched == 0 else score / 2  # some words only: listed after the rest
    if any(" ".join(words(h.casefold())) == " ".join(words(phrase)) for h in handles):
        score += 5  # the query is one of the KPI's handles, word for word
    return score


def kpi(snap: Snapshot, kpi_id: str) -> dict[str, Any]:
    """One KPI in full: the published JSON of it (its fields, values and status), with the
    names of its department, objective and the part of success it measures."""
    found = snap.catalog.kpis.get(kpi_id)
    if found is None:
        raise QueryError(_unknown_kpi(snap, kpi_id))
    item = kpi_item(snap.catalog, found, snap.statuses[kpi_id])
    department = snap.catalog.departments.get(found.department)
    objective = snap.catalog.objectives.get(found.objective)
    part = next((p for p in objective.success if p.id == found.success_part), None) \
        if objective else None
    item["department_name"] = department.name if department else None
    item["objective_name"] = objective.name if objective else None
    item["success_part_description"] = part.description if part else None
    item["today"] = snap.today.isoformat()
    return item


def attention(snap: Snapshot, *, department: str | None = None,
              limit: int = ATTENTION_LIMIT) -> dict[str, Any]:
    """The KPIs that need someone: behind, a value overdue, or a review date passed;
    retired KPIs are left out. Each with the reasons, behind ones first, the first
    ``limit`` of them (``count`` says how many there are); and how many KPIs
    are in each status: ``active_rollup`` the active ones (as the site's roll-ups count),
    ``rollup`` those not retired (drafts too, as before)."""
    which = _filter(snap, department=department)
    out = []
    for one in snap.catalog.kpis.values():
        if one.lifecycle is Lifecycle.RETIRED or not which.matches(one):
            continue
        status = snap.statuses[one.id]
        reasons = []
        if status.value is StatusValue.BEHIND:
            reasons.append("behind")
        if status.data_overdue:
            reasons.append("value_overdue")
        if one.review_date is not None and one.review_date < snap.today:
            reasons.append("review_overdue")
        if reasons:
            out.append({**summary(snap, one), "reasons": reasons, "expected": status.expected,
                        "owner": one.owner, "review_date": _iso(one.review_date)})
    out.sort(key=lambda item: (item["status"] != "behind", item["department"], item["id"]))
    chosen = [k for k in snap.catalog.kpis.values() if which.matches(k)]
    counts = rollup(snap.statuses[k.id] for k in chosen if k.lifecycle is not Lifecycle.RETIRED)
    active = counted_rollup(chosen, snap.statuses)
    limit = max(1, min(limit, 200))
    return {"today": snap.today.isoformat(), "count": len(out), "kpis": out[:limit],
            "rollup": {value.value: n for value, n in counts.items()},
            "active_rollup": {value.value: n for value, n in active.items()}}


def explain_rule(snap: Snapshot, code: str) -> dict[str, Any]:
    """What a KPI-writing rule (`K101`) or an error code (`E202`) asks for, how severe it is
    in this catalog, its page, and where the catalog breaks it now; a rule may be named by
    its short name too (`one-sentence`)."""
    wanted = code.strip()
    by_name = {r.name: r.code for r in RULES.values()} | {c.name: c.code for c in CODES.values()}
    wanted = by_name.get(wanted.lower(), wanted.upper())

    def found(code: str) -> list[dict[str, Any]]:
        return [_problem(d) for d in readable_problems(
            snap, [d for d in snap.result.diagnostics if d.code == code])]

    if wanted in RULES:
        rule = RULES[wanted]
        configured = snap.catalog.config.rules.get(rule.code)
        return {
            "code": rule.code, "name": rule.name, "kind": "KPI-writing rule",
            "asks": translated(rule.summary), "default_severity": rule.severity.value,
            "severity_here": configured or rule.severity.value,
            "applies_to": sorted(lc.value for lc in rule.lifecycles),
            "page": doc_url(rule.code, current_language()),
            **listed("broken_by", found(rule.code)),
            **listed("silenced_by", [{"kpi": k.id, "reason": s.reason}
                                     for k in snap.catalog.kpis.values()
                                     for s in k.silence if s.rule == rule.code]),
            "how_to_change": _("Set its severity in catalog.yml (`rules: {{{code}: warning}}`,"
                               " or `off`), or silence it for one KPI with a reason "
                               "(`silence:`).", code=rule.code),
        }
    if wanted in CODES:
        entry = CODES[wanted]
        return {"code": entry.code, "name": entry.name, "kind": "error code",
                "means": entry.summary, "fix": entry.hint, "severity": entry.severity.value,
                "page": f"{DOCS_URL}{entry.page[:-3]}/", **listed("found", found(entry.code))}
    raise QueryError(_("There is no rule or error code `{code}`. Rules: {rules}; error codes: "
                       "{codes}.", code=quoted(code), rules=", ".join(RULES),
                       codes=", ".join(CODES)))


def listed(key: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    """``items`` under ``key``, the first :data:`LISTED` of them, and how many there are
    under ``{key}_count``: a rule that 2,000 KPIs break is a short answer still."""
    return {key: items[:LISTED], f"{key}_count": len(items)}


def readable_problems(snap: Snapshot, problems: list[Diagnostic]) -> list[Diagnostic]:
    """The ``problems`` that name no KPI the audience may not read, nor its file: a KPI
    file that did not load is confidential when its text says so (`visibility:`)."""
    if snap.catalog is snap.result.catalog:
        return problems  # internal: every file
    hidden = {kpi_id: snap.result.catalog.kpi_sources[kpi_id].rel
              for kpi_id in set(snap.result.catalog.kpis) - set(snap.catalog.kpis)}
    paths = set(hidden.values())
    for path in sorted({d.path for d in problems} - paths):  # each file read once
        if _says_confidential(snap.repo_root / path):
            hidden[Path(path).stem] = path
            paths.add(path)
    named = NamedIds(hidden)  # one pass over each problem, not one per hidden KPI
    return [d for d in problems
            if d.path not in paths and not named.named_in(f"{d.message} {d.hint}")]


CONFIDENTIAL_LINE = re.compile(r"^visibility:\s*[\"']?confidential\b", re.MULTILINE)


def _says_confidential(path: Path) -> bool:
    try:
        return bool(CONFIDENTIAL_LINE.search(path.read_text(encoding="utf-8",
                                                            errors="replace")))
    except OSError:
        return False


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _problem(d: Diagnostic) -> dict[str, Any]:
    return {"where": f"{d.path}:{d.line}:{d.column}", "field": d.field_label,
            "severity": d.severity.value, "message": d.message, "hint": d.hint}


def _filter(snap: Snapshot, **given: str | None) -> KpiFilter:
    """The filter a question asks for, checked against the catalog the client may read: a
    department or status it does not have is an answer naming the ones it has."""
    which = KpiFilter(**{key: value if value is None or len(value) <= 200 else quoted(value)
                         for key, value in given.items()})
    try:
        which.check(snap.catalog)
    except UnknownFilter as error:
        raise QueryError(str(error)) from None
    return which


def _unknown_kpi(snap: Snapshot, kpi_id: str) -> str:
    close = find(snap, quoted(kpi_id).replace("-", " "), limit=3)["kpis"]
    if close:
        return _("No KPI has this id (ids are lower case, without spaces). Did you mean: "
                 "{ids}?", ids=", ".join(k["id"] for k in close))
    return _("No KPI has this id; `find_kpis` finds KPIs by words of their names.")
