"""Import values into the catalog: check every row, edit the files in memory, check the
edited catalog again, then write every file or none.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kpi_catalog.actuals.checks import Change, check_rows
from kpi_catalog.actuals.gaps import gap_warning
from kpi_catalog.actuals.sources import Row
from kpi_catalog.actuals.writer import EditProblem, TooLarge, edit_kpi_file
from kpi_catalog.checking.rules import run_rules
from kpi_catalog.checking.values import check_values
from kpi_catalog.files import replace_all
from kpi_catalog.i18n.messages import _
from kpi_catalog.model import codes
from kpi_catalog.model.catalog import Catalog, SourceFile
from kpi_catalog.model.diagnostics import Diagnostic, Severity
from kpi_catalog.model.kpi import Kpi

_BOM = b"\xef\xbb\xbf"


@dataclass
class FileEdit:
    kpi_id: str
    source: SourceFile
    new_text: str
    changes: list[Change]


@dataclass
class Plan:
    """What an import would change; ``problems`` non-empty means nothing may be written."""

    edits: list[FileEdit] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)
    blank: int = 0
    """Rows left blank (no value, no note): skipped, never written."""
    unchanged: list[Row] = field(default_factory=list)
    """Rows whose value (and note) the catalog already has: nothing to write."""
    warnings: list[Diagnostic] = field(default_factory=list)
    """Said, and the values written all the same: periods the values leave empty (E413)."""

    @property
    def value_count(self) -> int:
        return sum(len(edit.changes) for edit in self.edits)

    def diff(self) -> str:
        """The change as a unified diff, paths relative to the repository root."""
        out: list[str] = []
        for edit in self.edits:
            out.extend(difflib.unified_diff(
                edit.source.text.splitlines(keepends=True), edit.new_text.splitlines(keepends=True),
                f"a/{edit.source.rel}", f"b/{edit.source.rel}"))
        return "".join(line if line.endswith("\n") else line + "\n" for line in out)


def plan_import(catalog: Catalog, rows: Iterable[Row], *, replace: bool = False,
                today: date | None = None) -> Plan:
    today = today or date.today()
    checked = check_rows(catalog, rows, today, replace=replace)
    if checked.problems:
        return Plan(problems=checked.problems, blank=checked.blank, unchanged=checked.unchanged)
    plan = Plan(blank=checked.blank, unchanged=checked.unchanged)
    edited: dict[str, Kpi] = {}  # each edited KPI as its new text reads
    for kpi_id, kpi_changes in checked.changes.items():
        source = catalog.kpi_sources[kpi_id]
        try:
            new_text, edited[kpi_id] = edit_kpi_file(source.text, catalog.kpis[kpi_id],
                                                     kpi_changes)
        except TooLarge as exc:
            plan.problems.append(_too_large(source.rel, kpi_changes, str(exc)))
            continue
        except EditProblem as exc:
            plan.problems.append(Diagnostic(
                source.rel, 1, 1, codes.CANNOT_WRITE_VALUES,
                _("The values for `{kpi_id}` could not be written: {exc}.", kpi_id=kpi_id, exc=exc),
                _("Add them by hand, or report this file's layout as a bug.")))
            continue
        plan.edits.append(FileEdit(kpi_id, source, new_text, kpi_changes))
    if not plan.problems:
        plan.problems = _recheck(catalog, plan, edited, today)
        plan.warnings = _gaps(catalog, plan, edited)
    return plan


def _gaps(catalog: Catalog, plan: Plan, edited: dict[str, Kpi]) -> list[Diagnostic]:
    """E413 for each KPI whose new values leave periods before them empty."""
    found = (gap_warning(catalog.kpis[edit.kpi_id], edited[edit.kpi_id], edit.changes,
                         edit.source.rel) for edit in plan.edits)
    return [warning for warning in found if warning is not None]


def _too_large(path: str, changes: list[Change], why: str) -> Diagnostic:
    """Located at the row with the longest note: the likeliest cause."""
    message = _("These values would make {path} too large for the catalog to read: {why}",
                path=path, why=why)
    hint = _("Shorten the notes (a note is one line of explanation), or split the values "
             "over several runs and move long text into the KPI's description.")
    longest = max(changes, key=lambda change: len(change.note or ""))
    if longest.row is None:
        return Diagnostic(path, 1, 1, codes.VALUES_TOO_LARGE, message, hint)
    column = "note" if longest.note else "value"
    return longest.row.diagnostic(column, codes.VALUES_TOO_LARGE, message, hint)


def _recheck(catalog: Catalog, plan: Plan, edited: dict[str, Kpi], today: date
             ) -> list[Diagnostic]:
    """The value checks and rules over the catalog as it would be: a value must not make a
    KPI invalid."""
    kpis, sources = dict(catalog.kpis), dict(catalog.kpi_sources)
    for edit in plan.edits:
        source = edit.source
        catalog.kpis[edit.kpi_id] = edited[edit.kpi_id]
        catalog.kpi_sources[edit.kpi_id] = SourceFile(source.path, source.rel, edit.new_text)
    try:
        paths = {edit.source.rel for edit in plan.edits}
        found = check_values(catalog, today, {edit.kpi_id for edit in plan.edits})
        return [d for d in found + run_rules(catalog, today)
                if d.severity is Severity.ERROR and d.path in paths]
    finally:
        catalog.kpis, catalog.kpi_sources = kpis, sources


def apply(plan: Plan) -> None:
    """Write every edited file, or (on any failure) none of them."""
    files: dict[Path, bytes] = {}
    for edit in plan.edits:
        current = edit.source.path.read_bytes()
        bom = _BOM if current.startswith(_BOM) else b""
        if current[len(bom):].decode("utf-8", "replace") != edit.source.text:
            raise ChangedMeanwhile(edit.source.rel)
        files[edit.source.path] = bom + edit.new_text.encode("utf-8")
    replace_all(files)


class ChangedMeanwhile(Exception):
    """A KPI file changed on disk between reading the catalog and writing the values."""
