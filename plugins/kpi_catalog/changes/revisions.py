"""The two sides of `kpi diff`: a git revision's catalog, the working tree, or a folder.

A revision's catalog folder is written into a temporary folder as stored in git
(:func:`.blobs.write_revision`: no ``.gitattributes`` processing, so the text compared is the
text committed, never one that ``export-subst`` or a filter made) and loaded with the normal
loader, so both sides are read exactly as `kpi validate` reads them: a link in the revision
is a link there too, judged as the loader judges links (one leading out of the repository
is a located problem, never followed). Paths keep their place relative to the repository
root, so messages and reports name ``kpis/sales/x.yml`` whichever side they come from.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kpi_catalog.changes.blobs import GitProblem, write_revision
from kpi_catalog.i18n.messages import _
from kpi_catalog.reading.loader import ProgressCallback, find_repo_root
from kpi_catalog.reading.yaml_reader import DEFAULT_LIMITS

DEFAULT_BRANCHES = ("origin/main", "origin/master", "main", "master")


class RevisionError(Exception):
    """The revisions or folders cannot be compared; the message says what to pass instead."""


@dataclass(frozen=True)
class Side:
    """One side of the comparison: where its catalog folder is (None: it has none yet)."""

    label: str
    root: Path | None
    repo_root: Path


@dataclass(frozen=True)
class Progress:
    """Counters for the two long steps of reading a side of a large catalog (a person
    watching a terminal sees how far it is): its files written out of git, then read."""

    from_git: ProgressCallback | None = None
    reading: ProgressCallback | None = None


SILENT = Progress()
"""No counter: where no one watches (a CI log, a pipe), and for every caller but the CLI."""


def git(repo: Path, *args: str) -> str:
    """Run git in ``repo``; :class:`RevisionError` with git's own words when it fails."""
    try:
        done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)
    except OSError:
        raise RevisionError(_("git is not installed; compare two catalog folders instead.")) \
            from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RevisionError(message[-1] if message else _("git {command} failed.",
                                                           command=args[0]))
    return done.stdout.decode("utf-8", "replace").strip()


def repository_of(folder: Path) -> Path:
    """The top of the git repository ``folder`` is in (:class:`RevisionError` outside one)."""
    top = repository_or_none(folder)
    if top is None:
        raise RevisionError(
            _("{folder} is not inside a git repository: pass two catalog folders to compare "
              "(kpi diff OLD_FOLDER NEW_FOLDER).", folder=folder))
    return top


def repository_or_none(folder: Path) -> Path | None:
    """The top of the git repository ``folder`` is in; None outside one (or without git)."""
    try:
        return Path(git(folder, "rev-parse", "--show-toplevel"))
    except RevisionError:
        return None


def names_a_commit(repo: Path, name: str) -> bool:
    """Whether ``name`` is a branch, tag or commit of ``repo``. Callers that also take
    folders ask this first: a pull request can add a folder named like a revision."""
    try:
        git(repo, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{name}^{{commit}}")
    except RevisionError:
        return False
    return True


def default_base(repo: Path) -> tuple[str, str]:
    """The merge base of HEAD with the default branch (origin/HEAD, main or master), and
    how to name it in reports."""
    candidates = list(DEFAULT_BRANCHES)
    try:
        candidates.insert(0, git(repo, "symbolic-ref", "--quiet", "--short",
                                 "refs/remotes/origin/HEAD"))
    except RevisionError:
        pass
    for branch in candidates:
        try:
            git(repo, "rev-parse", "--verify", "--quiet", f"{branch}^{{commit}}")
        except RevisionError:
            continue
        try:
            commit = git(repo, "merge-base", "HEAD", branch)
        except RevisionError:
            raise RevisionError(
                _("HEAD and {branch} have no common commit here (a shallow clone?): fetch the "
                  "whole history (actions/checkout with fetch-depth: 0), or pass BASE.",
                  branch=branch)) from None
        return commit, _("the merge base with {branch} ({commit})", branch=branch,
                         commit=commit[:7])
    raise RevisionError(_("No default branch (origin/HEAD, main or master) to compare with: "
                          "pass BASE, e.g. `kpi diff origin/main`."))


_HEX = re.compile(r"[0-9a-fA-F]{7,64}")


def _is_shallow(repo: Path) -> bool:
    """Whether ``repo`` holds only its newest commits: a commit named by its hash may then
    exist upstream and be missing here."""
    try:
        return git(repo, "rev-parse", "--is-shallow-repository") == "true"
    except RevisionError:
        return False


@contextmanager
def revision_side(repo: Path, catalog: Path, revision: str, label: str | None = None, *,
                  revisions_only: bool = False, progress: Progress = SILENT
                  ) -> Iterator[Side]:
    """The catalog folder as it was at ``revision``, in a temporary folder.
    ``revisions_only``: the caller takes no folder in its place (`kpi diff`), and the
    message when ``revision`` is none says how to name folders."""
    try:
        commit = git(repo, "rev-parse", "--verify", "--quiet", "--end-of-options",
                     f"{revision}^{{commit}}")
    except RevisionError:
        if _is_shallow(repo) and _HEX.fullmatch(revision):
            raise RevisionError(_("`{revision}` is not in this clone, which is a shallow clone "
                                  "(only the newest commits): fetch the whole history "
                                  "(actions/checkout with fetch-depth: 0, or `git fetch "
                                  "--unshallow`).", revision=revision)) from None
        if revisions_only:
            raise RevisionError(_("`{revision}` is not a git revision (a branch, tag or "
                                  "commit) of this repository. To compare catalog folders, "
                                  "name them with --base-folder and --head-folder.",
                                  revision=revision)) from None
        raise RevisionError(_("`{revision}` is neither a catalog folder nor a git revision (a "
                              "branch, tag or commit) of this repository.",
                              revision=revision)) from None
    rel = catalog.resolve().relative_to(repo.resolve()).as_posix()
    if label is None:
        label = commit[:7] if commit.startswith(revision) else f"{revision} ({commit[:7]})"
    with tempfile.TemporaryDirectory(prefix="kpi-diff-") as tmp:
        tmp_root = Path(tmp)
        if not git(repo, "ls-tree", "-d", commit, "--", rel):
            yield Side(label, None, tmp_root)  # the catalog is new in the other side
            return
        try:
            write_revision(repo, commit, rel, tmp_root, DEFAULT_LIMITS.max_bytes,
                           progress.from_git)
        except (GitProblem, OSError) as exc:
            raise RevisionError(_("The catalog at {label} could not be read from git: "
                                  "{problem}.", label=label, problem=exc)) from None
        yield Side(label, tmp_root / rel, tmp_root)


def folder_side(folder: Path, label: str | None = None) -> Side:
    if not folder.is_dir():
        raise RevisionError(_("{folder} is not a folder.", folder=folder))
    return Side(label or str(folder), folder, find_repo_root(folder))
