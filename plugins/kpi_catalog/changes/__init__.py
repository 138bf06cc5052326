"""What a change does to the catalog, KPI by KPI: the engine of `kpi diff` and of history.

:func:`diff_sides` loads both sides with the normal loader and compares them; a side that
does not load raises :class:`BrokenSide` with its located diagnostics, as `kpi validate`
prints them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kpi_catalog.changes.compare import CatalogDiff, Change, compare_catalogs, compare_kpis
from kpi_catalog.changes.revisions import (
    SILENT,
    Progress,
    RevisionError,
    Side,
    default_base,
    folder_side,
    repository_or_none,
    revision_side,
)
from kpi_catalog.i18n.messages import _
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.diagnostics import Diagnostic
from kpi_catalog.reading.loader import load_catalog

__all__ = ["BrokenSide", "CatalogDiff", "Change", "Compared", "Progress", "RevisionError",
           "compare_kpis", "diff_sides"]


class BrokenSide(Exception):
    def __init__(self, label: str, diagnostics: list[Diagnostic], kpi_count: int):
        super().__init__(label)
        self.label, self.diagnostics, self.kpi_count = label, diagnostics, kpi_count


@dataclass
class Compared:
    diff: CatalogDiff
    base: Catalog
    head: Catalog
    base_label: str
    head_label: str
    today: date = field(default_factory=date.today)
    """The day both sides' statuses are computed for, as the site computes them: one day,
    so that only the change moves a status."""


def _load(side: Side, progress: Progress) -> Catalog:
    if side.root is None:
        return Catalog(root=side.repo_root, repo_root=side.repo_root)
    # both sides in worker processes, as `kpi validate` reads one (a large catalog: half
    # the wall time on two cores); the result is the same
    result = load_catalog(side.root, repo_root=side.repo_root, parallel=True,
                          progress=progress.reading)
    if not result.ok:
        raise BrokenSide(side.label, result.errors, len(result.catalog.kpis))
    return result.catalog


@contextmanager
def _sides(base: str | None, head: str | None, catalog: Path, base_folder: Path | None = None,
           head_folder: Path | None = None, progress: Progress = SILENT
           ) -> Iterator[tuple[Side, Side]]:
    """Inside a git repository BASE and HEAD are always revisions (BASE: the merge base with
    the default branch; HEAD: the working tree), even where a folder has the same name: a
    pull request may add folders named like them. Folders are compared when named with
    ``base_folder``/``head_folder``, or, outside a repository, given as BASE and HEAD."""
    with ExitStack() as stack:
        repo = repository_or_none(catalog) if catalog.is_dir() else None
        if repo is None and not (base_folder and head_folder):
            base_folder = base_folder or (Path(base) if base else None)
            head_folder = head_folder or (Path(head) if head else None)
            if base_folder is None:
                raise RevisionError(
                    _("{catalog} is not inside a git repository: name two catalog folders to "
                      "compare (kpi diff --base-folder OLD --head-folder NEW).",
                      catalog=catalog))
        if base_folder is not None:
            base_side = folder_side(base_folder)
        else:
            assert repo is not None
            revision, label = (base, None) if base is not None else default_base(repo)
            base_side = stack.enter_context(revision_side(repo, catalog, revision, label,
                                                          revisions_only=True,
                                                          progress=progress))
        if head_folder is not None:
            head_side = folder_side(head_folder)
        elif head is None:
            if not catalog.is_dir():
                raise RevisionError(_("There is no catalog folder at {catalog}.",
                                      catalog=catalog))
            head_side = folder_side(catalog, _("the working tree"))
        else:
            assert repo is not None
            head_side = stack.enter_context(revision_side(repo, catalog, head,
                                                          revisions_only=True,
                                                          progress=progress))
        yield base_side, head_side


def diff_sides(base: str | None, head: str | None, catalog: Path, *,
               base_folder: Path | None = None, head_folder: Path | None = None,
               today: date | None = None, progress: Progress = SILENT) -> Compared:
    """Raises :class:`RevisionError` (a usage problem) or :class:`BrokenSide`. ``today``:
    the day of the statuses (default: today). ``progress``: counters of the long steps."""
    with _sides(base, head, catalog, base_folder, head_folder, progress) as (base_side,
                                                                              head_side):
        old, new = _load(base_side, progress), _load(head_side, progress)
        return Compared(compare_catalogs(old, new), old, new, base_side.label, head_side.label,
                        today or date.today())
