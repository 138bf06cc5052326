"""What the last load made of each file: a served rebuild validates only what changed.

Under `mkdocs serve`, saving one KPI file rebuilds the site, and the catalog is loaded again
from scratch: a thousand files parsed and validated for one that changed (about a third of
a rebuild). With a memo, each file is still read, but a file whose text is the same as at
the last load gives back the model made then. The models are frozen, so sharing them
between builds is safe; only files that loaded without a problem are remembered, so every
problem is found again, by the same code, in every build.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any


class LoadMemo:
    """key (the file and how it is read) -> its text and what it loaded to, last load."""

    def __init__(self) -> None:
        self._last: dict[Hashable, tuple[str, Any, int]] = {}
        self._this: dict[Hashable, tuple[str, Any, int]] = {}
        self.reused = 0  # files given back by the load going on
        self.last_reused = 0  # ... and by the last one

    def get(self, key: Hashable, text: str) -> tuple[Any, int] | None:
        """The model and field count the same ``text`` loaded to last time, if it did."""
        last = self._last.get(key)
        if last is None or last[0] != text:
            return None
        self.reused += 1
        self._this[key] = last
        return last[1], last[2]

    def put(self, key: Hashable, text: str, loaded: Any, field_count: int) -> None:
        self._this[key] = (text, loaded, field_count)

    def finish(self) -> None:
        """The load is over: what it read is what the next one compares with (files that
        are gone are forgotten)."""
        self._last, self._this = self._this, {}
        self.last_reused, self.reused = self.reused, 0
