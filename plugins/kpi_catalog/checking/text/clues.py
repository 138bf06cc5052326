"""Whether the finders look for their clues first (a clue only saves time), and the caches of
answers emptied when they do not."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

active = True
"""Whether the finders skip a pattern where its clue is not in the text (always, but inside
:func:`clues_bypassed`)."""
_CACHES: list[Any] = []


def emptied_with_clues(function: T) -> T:
    """Registers a cache of answers (an lru_cache'd finder) that :func:`clues_bypassed`
    empties on its way in and out."""
    _CACHES.append(function)
    return function


@contextmanager
def clues_bypassed() -> Iterator[None]:
    """Inside, every finder here (and :meth:`VagueWords.find`) runs as if each clue were
    found: every pattern is tried on every text, no early return. A clue only saves time, so
    the answers must be the same: this exists for tests/rules/test_text_clues.py, which checks
    that, and for nothing else. The caches of answers are emptied on the way in and out; not
    for use with threads."""
    global active
    _clear_caches()
    active = False
    try:
        yield
    finally:
        active = True
        _clear_caches()


def clues_on() -> bool:
    """False inside :func:`clues_bypassed`."""
    return active


def _clear_caches() -> None:
    for cache in _CACHES:
        cache.cache_clear()
