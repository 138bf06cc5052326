"""Each KPI's history from git, for its page: every commit that changed its file.

One ``git log`` over the whole catalog folder lists every commit with the blobs it changed;
one ``git cat-file --batch`` reads the blobs that are needed, one at a time. Only a file that
was *modified* is parsed (its old and new text, with the project's YAML reader and models,
within the reader's bounds), and a blob equal to a file as it is now is not parsed again:
the loaded catalog has it. The field changes are the ones `kpi diff` names
(:func:`~.compare.compare_kpis`). Each entry keeps the KPI's unit before and after its
commit (:class:`Unit`, one per version read, with its translations), so that every language's
pages say the values as `kpi diff` does (``28% → 25%``) without reading the history again.

A KPI renamed (file and id) keeps its history: a commit that deleted a KPI and added one
is checked with `kpi diff`'s rule (:func:`~.compare.renames`, on the whole catalog before
and after it, read with ``git ls-tree``; files as they are now are not parsed again), and
the older commits of the old id are listed under the new one. git's own rename detection
(similar text) is not used: it would join two KPIs made from one template.

Old versions are what anyone once committed, so history is bounded like everything else a
contributor writes: a version over the reader's bounds (1 MB; an alias bomb) is shown as
unreadable without being parsed; a build reads at most ``budget`` bytes of old versions,
newest first (older ones are then shown as unreadable, with one info line), and the newest
``MAX_COMMITS`` commits. History is an extra: without git, outside a repository or in a
shallow clone it is left out with one info line, and no git problem ever fails a build.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from kpi_catalog.changes.blobs import BlobReader, GitProblem
from kpi_catalog.changes.compare import Change, compare_kpis, compare_renamed, renames
from kpi_catalog.changes.revisions import RevisionError, git
from kpi_catalog.i18n.messages import _, count_text
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.enums import ChangeKind
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.language import given_texts
from kpi_catalog.reading.yaml_reader import DEFAULT_LIMITS, parse_yaml

log = logging.getLogger("mkdocs.plugins.kpi_catalog")

_ABSENT = "0" * 40
_RAW = re.compile(r"^:\d+ \d+ ([0-9a-f]{40}) ([0-9a-f]{40}) [A-Z]\d*\t(.+)$")
_RECORD, _FIELD = "\x00", "\x1f"  # as git writes %x00 and %x1f (NUL survives str.strip)
MAX_COMMITS = 10_000
"""The newest commits that changed the catalog: older ones are left out of history."""
MAX_RENAMES = 100
"""The newest commits whose renames are looked for: each lists the catalog's tree twice
(``git ls-tree``), outside the budget of bytes; a history of more such commits (a script
renaming KPIs) shows the older ones as a deletion and an addition."""
BUDGET = 64_000_000
"""Bytes of old versions a build reads at most (a second or two of parsing per 10 MB)."""


@dataclass(frozen=True)
class Unit:
    """A KPI's unit as one version of its file writes it, with its translations: kept so
    that the pages of every language say a commit's values in it (``28% → 25%``), though
    the history is read once, without that version's KPI."""

    written: str = ""
    given: tuple[tuple[str, str], ...] = ()
    """(language, unit) for each language the file gives it in (its own first:
    :func:`~kpi_catalog.model.language.given_texts`)."""

    def said_in(self, language: str) -> str:
        """The unit as the KPI's page in ``language`` says it, as
        :func:`~kpi_catalog.model.language.entry_in` chooses: as given in that language, else
        the KPI's own."""
        return next((unit for given_in, unit in self.given if given_in == language),
                    self.written)

    def completed_by(self, later: Unit) -> Unit:
        """This unit with the translations a later version of the KPI gives the same unit
        and this one lacks (a translation added after the commit): the same unit, said in
        each page's language rather than in the KPI's own."""
        if (later.written, later.given[:1]) != (self.written, self.given[:1]):  # own first
            return self
        mine = {language for language, _unit in self.given}
        added = tuple(pair for pair in later.given if pair[0] not in mine)
        return replace(self, given=self.given + added) if added else self


NO_UNIT = Unit()
"""No unit known: a new or deleted KPI (its values are not shown), an unreadable version."""


@dataclass(frozen=True)
class HistoryEntry:
    """One commit that changed a KPI's file."""

    commit: str
    when: datetime
    author: str
    subject: str | None
    """The commit's subject; None where a build withholds it from its audience."""
    changes: tuple[Change, ...]
    readable: bool = True
    """False when the file could not be read as a KPI before or after the commit (invalid,
    over the reader's bounds, or past the build's budget)."""
    touched: frozenset[str] = frozenset()
    """Every KPI the commit changed: a build shows the subject only to an audience that
    may read all of them."""
    units: tuple[Unit, Unit] = (NO_UNIT, NO_UNIT)
    """The KPI's unit before and after the commit (a commit may change it)."""

    def units_in(self, language: str) -> tuple[str, str]:
        """The unit before and after, as the pages in ``language`` say it: computed once
        per entry, for all its changes."""
        return self.units[0].said_in(language), self.units[1].said_in(language)


def unit_of(kpi: Kpi, catalog_language: str) -> Unit:
    """A KPI's unit, its own and in each language its file gives it."""
    return Unit(kpi.measurement.unit, tuple(
        given_texts(kpi, ("measurement", "unit"), catalog_language).items()))


@dataclass
class _Step:
    old: str = _ABSENT
    new: str = _ABSENT


def former_ids(entries: list[HistoryEntry]) -> set[str]:
    """The ids a KPI had before it was renamed, from its history: a build that may not read
    the KPI may not read them either (another KPI's old change may name one)."""
    return {change.old for entry in entries for change in entry.changes
            if change.kind is ChangeKind.RENAMED and isinstance(change.old, str)}


def read_history(catalog: Catalog, budget: int = BUDGET
                 ) -> dict[str, list[HistoryEntry]] | None:
    """KPI id -> its commits, newest first; None (with an info line) when there is no
    usable git history. At most ``budget`` bytes of old versions are read."""
    try:
        top = Path(git(catalog.repo_root, "rev-parse", "--show-toplevel"))
        if git(top, "rev-parse", "--is-shallow-repository") == "true":
            log.info(_("KPI history is left out: this is a shallow clone (fetch the whole "
                       "history, e.g. actions/checkout with fetch-depth: 0)."))
            return None
        folder = catalog.root.resolve().relative_to(top.resolve()).as_posix()
        return _History(top, folder, catalog, budget).read()
    except (RevisionError, GitProblem, ValueError, OSError) as problem:
        log.info(_("KPI history is left out: {problem}",
                   problem=_first_line(problem) or _("git is not available.")))
        return None


def _first_line(problem: Exception) -> str:
    return str(problem).strip().splitlines()[0] if str(problem).strip() else ""


class _History:
    def __init__(self, top: Path, folder: str, catalog: Catalog, budget: int):
        self.top, self.catalog, self.budget, self.left = top, catalog, budget, budget
        self.skipped = False
        self.prefix = "" if folder == "." else folder + "/"
        self.parsed: dict[str, Kpi | None] = self._current_blobs()
        self.units: dict[str, Unit] = {}  # blob id -> its KPI's unit: one per version
        self.renames_left = MAX_RENAMES
        self._shared: dict[Unit, Unit] = {}  # equal units: one object, kept once

    def _current_blobs(self) -> dict[str, Kpi | None]:
        """Blob id -> KPI, for the files as loaded: git's blob id is a hash of the text."""
        known: dict[str, Kpi | None] = {}
        for kpi_id, source in self.catalog.kpi_sources.items():
            if not source.text:  # forgotten after checking (a site build saves memory)
                continue
            data = source.text.encode("utf-8")
            blob = hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False)
            known[blob.hexdigest()] = self.catalog.kpis[kpi_id]
        return known

    def _kpi_id(self, path: str) -> str | None:
        """The KPI id of ``<catalog>/<department>/<id>.yml``; None for any other file."""
        if not path.startswith(self.prefix):
            return None
        parts = path[len(self.prefix):].split("/")
        if len(parts) != 2 or parts[0].startswith((".", "_")) or parts[1].startswith((".", "_")):
            return None
        stem, dot, suffix = parts[1].rpartition(".")
        return stem if dot and suffix.lower() in ("yml", "yaml") else None

    def read(self) -> dict[str, list[HistoryEntry]]:
        output = git(self.top, "-c", "core.quotepath=false", "log", "--no-renames", "--raw",
                     "--no-abbrev", "--no-color", f"--max-count={MAX_COMMITS}",
                     "--format=%x00%H%x1f%aI%x1f%an%x1f%s", "--",
                     self.prefix or ".")
        commits = []
        for record in output.split(_RECORD)[1:]:
            header, _sep, raw = record.partition("\n")
            commit, written, author, subject = header.split(_FIELD, 3)
            steps: dict[str, _Step] = {}
            for line in raw.splitlines():
                match = _RAW.match(line)
                kpi_id = self._kpi_id(match.group(3)) if match else None
                if match is None or not kpi_id:
                    continue
                step = steps.setdefault(kpi_id, _Step())  # a move: deleted here, added there
                if match.group(1) != _ABSENT:
                    step.old = match.group(1)
                if match.group(2) != _ABSENT:
                    step.new = match.group(2)
            if steps:
                commits.append((commit, datetime.fromisoformat(written), author, subject, steps))
        if len(commits) == MAX_COMMITS:
            log.info(_("KPI history shows the newest {count} commits that changed the "
                       "catalog.", count=count_text(MAX_COMMITS)))
        # newest first, each once: the budget goes to the versions readers look at first
        wanted = dict.fromkeys(blob for *_rest, steps in commits for step in steps.values()
                               if step.old != _ABSENT and step.new != _ABSENT
                               for blob in (step.old, step.new))
        self._parse_blobs(list(wanted))
        renamed = {commit: pairs for commit, *_rest, steps in commits
                   if (pairs := self._renames(commit, steps))}
        history: dict[str, list[HistoryEntry]] = {}
        now: dict[str, str] = {}  # an id of older commits -> the id it has now (renamed)
        for commit, when, author, subject, steps in commits:
            pairs = renamed.get(commit, {})
            old_ids = {new_id: old_id for old_id, new_id in pairs.items()}
            touched = frozenset(now.get(i, i) for i in steps if i not in pairs)
            for kpi_id, step in steps.items():
                if kpi_id in pairs:  # said under its new id
                    continue
                old_blob = steps[old_ids[kpi_id]].old if kpi_id in old_ids else step.old
                changes, readable = (
                    self._renamed(old_blob, step.new)
                    if kpi_id in old_ids else self._changes(kpi_id, step))
                history.setdefault(now.get(kpi_id, kpi_id), []).append(HistoryEntry(
                    commit, when, author, subject, tuple(changes), readable, touched,
                    (self._unit(old_blob), self._unit(step.new)) if changes
                    else (NO_UNIT, NO_UNIT)))
            for old_id, new_id in pairs.items():
                now[old_id] = now.get(new_id, new_id)
        for kpi_id, entries in history.items():
            self._complete_units(entries, self.catalog.kpis.get(kpi_id))
        if self.skipped:
            log.info(_("KPI history: the budget of {size} MB of old versions for this build "
                       "is spent; older changes are shown without their details.",
                       size=count_text(self.budget // 1_000_000)))
        return history

    def _complete_units(self, entries: list[HistoryEntry], kpi: Kpi | None) -> None:
        """Each entry's units with the translations later versions give them (newest first,
        from the KPI as it is now): a unit translated after a commit is said in the page's
        language on that commit too, not in the KPI's own."""
        later = NO_UNIT if kpi is None else unit_of(kpi, self.catalog.config.language)
        for index, entry in enumerate(entries):
            old, new = entry.units
            new = self._one(new.completed_by(later))
            old = self._one(old.completed_by(later if new is NO_UNIT else new))
            if (old, new) != entry.units:
                entries[index] = replace(entry, units=(old, new))
            if old is not NO_UNIT:
                later = old

    def _one(self, unit: Unit) -> Unit:
        """Equal units as one object, kept once."""
        return self._shared.setdefault(unit, unit)

    def _renames(self, commit: str, steps: dict[str, _Step]) -> dict[str, str]:
        """The KPIs a commit renamed, by the rule of `kpi diff` (:func:`~.compare.renames`),
        which needs the whole catalog before and after the commit: read only for a commit
        that deleted a KPI and added one with its content."""
        gone = {i: s.old for i, s in steps.items() if s.new == _ABSENT}
        came = {i: s.new for i, s in steps.items() if s.old == _ABSENT}
        if not gone or not came:
            return {}
        self._parse_blobs([*gone.values(), *came.values()])
        if not renames(self._kpis(gone), self._kpis(came)):
            return {}
        if self.renames_left == 0:
            return {}
        self.renames_left -= 1
        if self.renames_left == 0:
            log.info(_("KPI history follows the renames of the newest {count} commits that "
                       "renamed KPIs; older renames are shown as a deletion and an addition.",
                       count=count_text(MAX_RENAMES)))
        try:
            before, after = self._tree(commit + "^"), self._tree(commit)
        except RevisionError:  # a tree git cannot list: the history without this rename
            return {}
        self._parse_blobs([*before.values(), *after.values()])
        return renames(self._kpis(before), self._kpis(after))

    def _tree(self, revision: str) -> dict[str, str]:
        """KPI id -> blob id, for each KPI file of the catalog at ``revision``."""
        listing = git(self.top, "ls-tree", "-r", "-z", "--full-tree", revision, "--",
                      self.prefix or ".")
        blobs = {}
        for line in listing.split("\0"):
            info, _tab, path = line.partition("\t")
            kpi_id = self._kpi_id(path)
            if kpi_id and info.split(" ")[1:2] == ["blob"]:
                blobs[kpi_id] = info.split(" ")[2]
        return blobs

    def _unit(self, blob: str) -> Unit:
        """The unit of the KPI a parsed blob holds, made once per blob (most versions of
        a KPI share one unit: the same object)."""
        unit = self.units.get(blob)
        if unit is None:
            kpi = self.parsed.get(blob)
            unit = NO_UNIT if kpi is None else unit_of(kpi, self.catalog.config.language)
            unit = self.units.setdefault(blob, self._shared.setdefault(unit, unit))
        return unit

    def _kpis(self, blobs: dict[str, str]) -> dict[str, Kpi]:
        return {i: kpi for i, blob in blobs.items() if (kpi := self.parsed.get(blob))}

    def _renamed(self, old_blob: str, new_blob: str) -> tuple[list[Change], bool]:
        old, new = self.parsed.get(old_blob), self.parsed.get(new_blob)
        if old is None or new is None:  # not so: both were read to find the rename
            return [], False
        return compare_renamed(old, new), True

    def _changes(self, kpi_id: str, step: _Step) -> tuple[list[Change], bool]:
        if step.old == _ABSENT:
            return [Change(ChangeKind.ADDED, "id", None, kpi_id)], True
        if step.new == _ABSENT:
            return [Change(ChangeKind.DELETED, "id", kpi_id, None)], True
        old, new = self.parsed.get(step.old), self.parsed.get(step.new)
        if old is None or new is None:
            return [], False
        return compare_kpis(old, new), True

    def _parse_blobs(self, wanted: list[str]) -> None:
        """Each blob not known yet, one at a time, in order (newest first), until the budget
        is spent; a blob over the file limit is skipped unread, and so are all after the
        budget."""
        limit = DEFAULT_LIMITS.max_bytes
        wanted = [blob for blob in dict.fromkeys(wanted) if blob not in self.parsed]
        if not wanted:
            return
        with BlobReader(self.top) as blobs:
            for blob in wanted:
                data = blobs.read(blob, min(limit, self.left)) if self.left > 0 else None
                if self.left <= 0 or (isinstance(data, int) and data <= limit):
                    self.left, self.skipped = 0, True  # within the file limit, past the budget
                if isinstance(data, bytes):
                    self.left -= len(data)
                    self.parsed[blob] = _kpi_from(data)
                else:
                    self.parsed[blob] = None


def _kpi_from(text: bytes) -> Kpi | None:
    """The KPI a blob describes; None when it is not a valid KPI (history never fails)."""
    try:
        return Kpi.model_validate(parse_yaml(text.decode("utf-8")))
    except Exception:  # noqa: BLE001 - any broken old version is just "unreadable"
        return None
