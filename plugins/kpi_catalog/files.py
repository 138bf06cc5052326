"""Write files whole or not at all: a reader (a site build, an editor, git) never sees half
a file, and a file that exists is never overwritten unless the caller means to replace it.

Replace several files all together or not at all.

Every new file is written beside its original first (same folder, so that the rename is
atomic); only when all of them are on disk are they renamed over the originals. Until
then, a failure (a full disk, Ctrl-C) removes the new files and leaves the originals as
they were. During the renames, each original is kept under a second name (a hard link,
so no copy), and an interruption puts back those already replaced.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

Content = str | bytes | Iterable[str]
"""What a file is written from: its text, its bytes, or its text in pieces (a large export,
written as it is made, never whole in memory)."""


def _read_umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it, so set it back at once
    os.umask(mask)
    return mask


_UMASK = _read_umask()  # read once, at import: reading it later would race other threads


def _mode_for(path: Path) -> int:
    """The permissions a written file gets: the original's when it replaces one, else
    those of a file any program creates (0o666 less the umask). ``mkstemp`` alone makes
    0o600 files, which a web server running as another user cannot read."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_UMASK


def _temporary_beside(path: Path, text: Content, sync: bool = True) -> Path:
    """The text (or bytes, or pieces of text) in a hidden temporary file in the target's
    folder (same file system); ``sync``: on the disk before it is renamed (not only in the
    system's cache)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with contextlib.suppress(OSError):  # a file system without permissions keeps its own
            os.chmod(name, _mode_for(path))
        with os.fdopen(handle, "wb") as out:
            for piece in [text] if isinstance(text, (str, bytes)) else text:
                out.write(piece.encode("utf-8") if isinstance(piece, str) else piece)
            if sync:
                out.flush()
                os.fsync(out.fileno())
    except BaseException:
        os.unlink(name)
        raise
    return Path(name)


def replace_file(path: Path, text: Content, sync: bool = True) -> None:
    """Write ``text`` (or bytes, or pieces of text) to ``path``, replacing it in one step.
    Without ``sync``, a crash of the machine soon after may lose the new content (never half
    of it): for files that are made again from their sources, such as a rendered site."""
    temporary = _temporary_beside(path, text, sync)
    try:
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def create_file(path: Path, text: str) -> None:
    """Write ``text`` to a new file ``path``; :class:`FileExistsError` if it exists.

    The finished temporary file is hard-linked to its name, which fails if the name is
    taken, even when another program creates it in the meantime."""
    temporary = _temporary_beside(path, text)
    try:
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links: check, then rename
            if os.path.lexists(path):
                raise FileExistsError(path) from None
            os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


# --- several files together ---------------------------------------------------------

_NEW, _OLD = ".kpi-new", ".kpi-old"


def replace_all(files: dict[Path, bytes]) -> None:
    """Write ``files`` (path -> new content) so that either all change or none does."""
    written: list[tuple[Path, Path]] = []
    kept: dict[Path, Path] = {}
    swapped: list[Path] = []
    try:
        for path, data in files.items():
            beside = _beside(path, _NEW)
            written.append((path, beside))
            _write(beside, data, path)
        for path, _ in written:
            kept[path] = _beside(path, _OLD)
            _keep(path, kept[path])
        for path, beside in written:
            os.replace(beside, path)
            swapped.append(path)
    except BaseException:
        for path in reversed(swapped):
            os.replace(kept.pop(path), path)
        for _, beside in written:
            _remove(beside)
        for old in kept.values():
            _remove(old)
        raise
    for old in kept.values():
        _remove(old)


def _beside(path: Path, suffix: str) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}{suffix}")


def _write(target: Path, data: bytes, original: Path) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with open(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    with contextlib.suppress(OSError):
        os.chmod(target, _mode_for(original))


def _keep(path: Path, old: Path) -> None:
    try:
        os.link(path, old)
    except OSError:  # no hard links on this file system: a copy does the same job
        old.write_bytes(path.read_bytes())


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
