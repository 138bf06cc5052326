"""Files of a git revision as stored: `git ls-tree` and `git cat-file --batch`.

No attribute of the revision (``.gitattributes``: ``export-subst``, ``ident``, filters,
line endings) is applied, so what is compared is what was committed, never a text the pull
request itself chose to show. One blob is read at a time, and a blob over the size limit is
never read at all: a hostile revision cannot fill the memory.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path


class GitProblem(Exception):
    """git failed; the message says how."""


@dataclass(frozen=True)
class TreeEntry:
    path: bytes  # relative to the repository root, as git stores it
    mode: str
    object: str
    size: int  # -1 for what is not a blob (a submodule)

    @property
    def is_link(self) -> bool:
        return self.mode == "120000"

    @property
    def is_file(self) -> bool:
        return self.mode in ("100644", "100755")


def tree_entries(repo: Path, commit: str, folder: str) -> Iterator[TreeEntry]:
    """Every file under ``folder`` (a path from the repository root) at ``commit``."""
    done = subprocess.run(["git", "-C", str(repo), "ls-tree", "-r", "-l", "-z", "--full-tree",
                           commit, "--", folder], capture_output=True, check=False)
    if done.returncode != 0:
        raise GitProblem(done.stderr.decode("utf-8", "replace").strip() or "git ls-tree failed")
    for record in done.stdout.split(b"\0"):
        if not record:
            continue
        meta, _, path = record.partition(b"\t")
        mode, _kind, obj, size = meta.decode("ascii").split()
        yield TreeEntry(path, mode, obj, int(size) if size.isdigit() else -1)


class BlobReader:
    """``git cat-file --batch``, one blob at a time (a context manager)."""

    def __init__(self, repo: Path):
        self._process = subprocess.Popen(
            ["git", "-C", str(repo), "cat-file", "--batch"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for stream in (self._process.stdin, self._process.stdout):
            if stream is not None:
                stream.close()
        self._process.wait()

    def read(self, obj: str, max_bytes: int) -> bytes | int | None:
        """The blob's bytes; its size (an int) when it is over ``max_bytes`` (not read);
        None when git has no such blob."""
        stdin, stdout = self._process.stdin, self._process.stdout
        assert stdin is not None and stdout is not None
        try:
            stdin.write(obj.encode("ascii") + b"\n")
            stdin.flush()
            header = stdout.readline().split()
        except (BrokenPipeError, OSError) as exc:
            raise GitProblem("git cat-file stopped") from exc
        if len(header) != 3:  # "<object> missing"
            return None
        size = int(header[2])
        if size > max_bytes:
            _skip(stdout, size + 1)
            return size
        data = stdout.read(size + 1)  # the content and its newline
        return data[:size]


def _skip(stream, count: int) -> None:
    while count > 0:
        chunk = stream.read(min(count, 1 << 20))
        if not chunk:
            break
        count -= len(chunk)


def safe_parts(path: bytes) -> bool:
    """Whether a path from a tree stays below the folder it is written into."""
    parts = path.split(b"/")
    return all(part not in (b"", b".", b"..") and part.lower() != b".git" for part in parts)


def write_revision(repo: Path, commit: str, folder: str, dest: Path, max_bytes: int,
                   progress: Callable[[int, int], None] | None = None) -> None:
    """The files under ``folder`` at ``commit``, written below ``dest`` as stored;
    ``progress(done, total)`` is called as files are written (a large catalog: seconds).

    A file over ``max_bytes`` is written as an empty file of its size (nothing is read), so
    that the loader names it with its size; links are made last, as links, for the loader
    to judge as it judges them in a working tree (followed only within the repository).
    """
    links: list[TreeEntry] = []
    base = os.fsencode(dest)
    with BlobReader(repo) as blobs:
        entries = list(tree_entries(repo, commit, folder))
        for done, entry in enumerate(entries, 1):
            if progress:
                progress(done, len(entries))
            if not safe_parts(entry.path):
                raise GitProblem(f"the revision holds a path git would not check out: "
                                 f"{entry.path.decode('utf-8', 'replace')!r}")
            if entry.is_link:
                links.append(entry)
                continue
            if not entry.is_file:
                continue  # a submodule: nothing of it is in this repository
            target = os.path.join(base, entry.path)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            data = blobs.read(entry.object, max_bytes)
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
            with open(fd, "wb") as file:
                if isinstance(data, bytes):
                    file.write(data)
                elif isinstance(data, int):
                    file.truncate(data)  # sparse: the size shows, no byte is stored
        for entry in links:
            pointed = blobs.read(entry.object, 4096)
            if not isinstance(pointed, bytes):
                continue
            target = os.path.join(base, entry.path)
            parent = os.path.dirname(target)
            os.makedirs(parent, exist_ok=True)
            if os.path.realpath(parent) != os.path.abspath(parent):
                raise GitProblem("the revision holds a link inside a link")
            os.symlink(pointed, target)
