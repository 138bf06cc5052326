"""Writing a site's outputs into a folder, for any site engine (`kpi render`).

The folder is usually the docs folder of a site engine, beside pages written by hand, and a
site engine's live preview may watch it. So the writing is careful:

* a file whose content did not change is not written again (its time stays, and a watcher
  sees only real changes); the others are replaced whole (written beside, then renamed);
* a manifest, :data:`MANIFEST` in the folder, lists every file written with a fingerprint of
  its content; a file of the last manifest that is no longer made is removed, and so are the
  folders that this leaves empty;
* a file the manifest does not list is never written over or removed, and neither is a file
  changed by hand since it was written: each is reported, and left as it is;
* a page made only where none is written by hand (another language's home page,
  ``id/index.md``: :attr:`.SitePage.replaceable`) that differs from what was written is
  taken as the reader's own page: left as it is, no longer listed (so no longer written,
  nor removed), and said so in a note (:attr:`RenderReport.notes`), not as a problem.
  Deleting it has the generated page written again.

A generated page's title and tags in its front matter are written as text a theme can put
into HTML as it is (:func:`for_theme`), as Zensical does.

The manifest also keeps the settings the site was made with (``settings``), so that what
reads the folder later (the macros of hand-written pages under Zensical) can make the same
site again: same catalog, options, audience and day.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kpi_catalog import __version__, json_text
from kpi_catalog.escape import theme_text
from kpi_catalog.files import replace_file
from kpi_catalog.i18n.messages import _
from kpi_catalog.site.options import SiteOptions
from kpi_catalog.site.outputs import Output, inside_folder, outputs_of
from kpi_catalog.site.page import SitePage

if TYPE_CHECKING:
    from datetime import date

    from kpi_catalog.model.catalog import Catalog

MANIFEST = ".kpi-render.json"
"""The manifest's name in the rendered folder (hidden: site engines leave it out)."""


@dataclass(frozen=True)
class RenderProblem:
    """A file that was left as it is, and why."""

    path: str
    """Relative to the rendered folder, with ``/``."""
    message: str
    hint: str

    def text(self) -> str:
        return f"{self.path}: {self.message} {self.hint}"


@dataclass
class RenderReport:
    """What a render did, file by file."""

    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    problems: list[RenderProblem] = field(default_factory=list)
    notes: list[RenderProblem] = field(default_factory=list)
    """Files taken as written by hand from now on, and how to undo it: not problems."""


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_manifest(folder: Path) -> dict[str, Any] | None:
    """The manifest of the last render into ``folder``; ``None`` if there is none.
    :class:`ValueError` if it is not one that `kpi render` wrote."""
    path = folder / MANIFEST
    if not os.path.lexists(path):
        return None
    if path.is_symlink() or not path.is_file():
        raise ValueError(_("it is not a file"))
    try:
        manifest = json_text.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(str(exc)) from None
    files = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(files, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
        raise ValueError(_("it has no list of files"))
    # the files listed are removed when no longer made: never one outside the folder
    outside = next((name for name in files if not inside_folder(name)), None)
    if outside is not None:
        raise ValueError(_("it lists {path}, which is not a file inside the folder",
                           path=json.dumps(outside, ensure_ascii=False)))
    return manifest


class FolderWriter:
    """Writes outputs into one folder as the module says, one at a time: :meth:`write`
    each output, then :meth:`finish` (removals and the manifest)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.report = RenderReport()
        self.before: dict[str, str] | None = None  # the last manifest's files (None: unreadable)
        self.made: dict[str, str] = {}
        self.taken: set[str] = set()  # pages replaced by hand, no longer ours
        folder.mkdir(parents=True, exist_ok=True)
        try:
            self.before = (read_manifest(folder) or {"files": {}})["files"]
        except ValueError as exc:
            self.report.problems.append(RenderProblem(
                MANIFEST, _("This is not a manifest that kpi render can read ({problem}): "
                            "nothing was written.", problem=exc),
                _("Delete it, and the files kpi render wrote before, then render again.")))

    def write(self, output: Output) -> bool:
        """Write one output (unless it is unchanged); whether the file now holds it."""
        if self.before is None:
            return False
        src_uri, data = output.src_uri, output.data
        if isinstance(output, SitePage) and output.replaceable \
                and self._replaced_by_hand(src_uri, data):
            self.taken.add(src_uri)
            self.report.notes.append(RenderProblem(src_uri, _(
                "This page is not the one kpi render wrote: it is taken as your own page, "
                "written by hand, and used instead of the generated one; kpi render leaves it "
                "as it is from now on."),
                _("To have the generated page again, delete this file and render again.")))
            return False
        problem = _write(self.folder, src_uri, data, self.before.get(src_uri), self.report)
        if problem is None:
            self.made[src_uri] = fingerprint(data)
            return True
        self._report(problem)
        if src_uri in self.before:  # still ours, as it was written (never someone else's)
            self.made[src_uri] = self.before[src_uri]
        return False

    def finish(self, settings: dict[str, Any] | None = None) -> RenderReport:
        """Remove what the last render wrote and this one did not; write the manifest."""
        if self.before is None:
            return self.report
        for src_uri in sorted(set(self.before) - set(self.made) - self.taken):
            problem = _remove(self.folder, src_uri, self.before[src_uri], self.report)
            if problem is not None:
                self._report(problem)
                self.made[src_uri] = self.before[src_uri]  # removed once it is as written
        manifest = (json_text.dumps(
            {"generator": f"kpi-catalog {__version__}", "settings": settings or {},
             "files": dict(sorted(self.made.items()))}, indent=1)
            + "\n").encode("utf-8")
        path = self.folder / MANIFEST
        if not path.is_file() or path.read_bytes() != manifest:  # a watcher sees no change
            replace_file(path, manifest, sync=False)
        return self.report

    def _replaced_by_hand(self, src_uri: str, data: bytes) -> bool:
        written = (self.before or {}).get(src_uri)
        return written is not None and replaced_by_hand(self.folder, src_uri, written, data)

    def _report(self, problem: RenderProblem) -> None:
        """A problem, once (a folder in the way is in the way of every file under it)."""
        if problem not in self.report.problems:
            self.report.problems.append(problem)


def replaced_by_hand(folder: Path, src_uri: str, written: str,
                     data: bytes | None = None) -> bool:
    """Whether the file at ``src_uri`` in ``folder``, which a render wrote with the
    fingerprint ``written``, now holds something else (than ``data`` too: the page as it
    would be written now): a regular file, not reached through a link. For a page made only
    where none is written by hand (:attr:`.SitePage.replaceable`), the reader's own page."""
    path = folder / src_uri
    if _in_the_way(folder, src_uri) is not None or path.is_symlink() or not path.is_file():
        return False
    try:
        current = path.read_bytes()
    except OSError:
        return False  # the writer says why
    return current != data and fingerprint(current) != written


def render(outputs: Iterable[Output], folder: Path, settings: dict[str, Any] | None = None,
           progress: Callable[[int], None] | None = None) -> RenderReport:
    """Write ``outputs`` into ``folder`` as the module says; ``settings`` go into the
    manifest as they are (JSON); ``progress(count)`` is called as files are done."""
    writer = FolderWriter(folder)
    if writer.before is None:
        return writer.report
    for count, output in enumerate(map(for_theme, outputs), 1):
        writer.write(output)
        if progress:
            progress(count)
    return writer.finish(settings)


def for_theme(output: Output) -> Output:
    """A page's title and tags in its front matter as :func:`~kpi_catalog.escape.theme_text`
    writes them, for site engines that run no plugin (Zensical writes them into its pages
    as HTML, and shows them as text in its search: escaped HTML showed there as `R&amp;D`);
    the plugin gives MkDocs escaped HTML, which mkdocs-material reads as such."""
    if not isinstance(output, SitePage) or not ("title" in output.meta or "tags" in output.meta):
        return output
    meta = dict(output.meta)
    if isinstance(meta.get("title"), str):
        meta["title"] = theme_text(html.unescape(meta["title"]))
    if isinstance(meta.get("tags"), list):
        meta["tags"] = [theme_text(html.unescape(str(tag))) for tag in meta["tags"]]
    return dataclasses.replace(output, meta=meta)


def render_site(catalog: Catalog, folder: Path | str, *, today: date | None = None,
                options: SiteOptions | None = None) -> RenderReport:
    """Write the site of a (valid) catalog into ``folder``, in each of its languages: what
    `kpi render` does, from Python, for a site generator of your own."""
    from kpi_catalog.site.languages import language_sites

    sites = language_sites(catalog, today=today, options=options)
    folder = Path(folder)
    # no mkdocs.yml: no edit links (the pages say they have none) and no site name
    return render(outputs_of(sites), folder, {
        "catalog": os.path.relpath(catalog.root.resolve(), folder.resolve()),
        "today": sites[0].today.isoformat(),
        "options": (options or SiteOptions()).settings(folder)})


def _write(folder: Path, src_uri: str, data: bytes, written_before: str | None,
           report: RenderReport) -> RenderProblem | None:
    path = folder / src_uri
    try:
        blocked = _in_the_way(folder, src_uri)
        if blocked is not None:
            return _not_ours(blocked)
        if path.is_symlink() or (os.path.lexists(path) and not path.is_file()):
            return _not_ours(src_uri)
        current = path.read_bytes() if path.is_file() else None
        if current is not None:
            if current == data:
                report.unchanged += 1
                return None
            if written_before is None:
                return _not_ours(src_uri)
            if fingerprint(current) != written_before:
                return _changed_by_hand(src_uri)
        replace_file(path, data, sync=False)
    except OSError as exc:
        return RenderProblem(src_uri, _("Could not be written: {problem}.",
                                        problem=exc.strerror or exc),
                             _("Check that the folder may be written to, then render again."))
    report.written.append(src_uri)
    return None


def _remove(folder: Path, src_uri: str, written: str,
            report: RenderReport) -> RenderProblem | None:
    """Remove a file no longer made, and the folders this leaves empty."""
    path = folder / src_uri
    blocked = _in_the_way(folder, src_uri)
    if blocked is not None:  # never removed through a link, nor from inside someone's file
        return RenderProblem(src_uri, _(
            "This file is no longer made from the catalog, but the way to it goes through "
            "{path}, which kpi render did not make: it is left as it is.", path=blocked),
            _("Delete it if nothing in it needs keeping."))
    if not os.path.lexists(path):
        return None
    try:
        if not path.is_file() or path.is_symlink() or fingerprint(path.read_bytes()) != written:
            return RenderProblem(src_uri, _(
                "This file is no longer made from the catalog, but it was changed since kpi "
                "render wrote it: it is left as it is."),
                _("Delete it if nothing in it needs keeping."))
        path.unlink()
        report.removed.append(src_uri)
        parent = path.parent
        while parent != folder and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
    except OSError as exc:
        return RenderProblem(src_uri, _("Could not be removed: {problem}.",
                                        problem=exc.strerror or exc),
                             _("Check that the folder may be written to, then render again."))
    return None


def _in_the_way(folder: Path, src_uri: str) -> str | None:
    """The first folder on the way to ``src_uri`` that is a link or not a folder (writing
    or removing through it would reach a file kpi render did not make); ``None``."""
    for parent in reversed(Path(src_uri).parents[:-1]):
        there = folder / parent
        if there.is_symlink() or (os.path.lexists(there) and not there.is_dir()):
            return parent.as_posix()
    return None


def _not_ours(src_uri: str) -> RenderProblem:
    return RenderProblem(
        src_uri,
        _("The site has a file here, but this one was not written by kpi render: it is "
          "left as it is, and the site's file is missing."),
        _("Move or rename it, or give the catalog's pages other places (the kpi-catalog "
          "options kpi_prefix, department_prefix, objective_prefix, overview, glossary)."))


def _changed_by_hand(src_uri: str) -> RenderProblem:
    pages = _("Pages are made from the catalog: change its YAML files instead.")
    again = _("Delete this file to let kpi render write it again.")
    return RenderProblem(
        src_uri,
        _("This file was changed since kpi render wrote it: it is left as it is, and the "
          "site's new version of it is missing."),
        f"{pages} {again}")
