"""Write files whole or not at all: a reader (a site build, an editor, git) never sees half
a file, and a file that exists is never overwritten unless the caller means to replace it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _temporary_beside(path: Path, text: str) -> Path:
    """The text in a hidden temporary file in the target's folder (same file system)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        os.unlink(name)
        raise
    return Path(name)


def replace_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path``, replacing it in one step."""
    temporary = _temporary_beside(path, text)
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
