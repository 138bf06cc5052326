"""Whether a text names any of many KPI ids, in one pass over the text.

A public build leaves out of a KPI's history each change whose old or new value names a KPI
its audience may not read (a `related` list of old); a public `kpi mcp` leaves out each
problem that names one. Asking ``hidden in text`` of every
hidden id cost the changes times the hidden ids (10,000 KPIs, 2,000 of them confidential:
most of a build's time). A KPI id is a slug (``a-z``, ``0-9``, ``-``), so one named in a
text lies inside a run of those characters: only the pieces of the runs as long as some id
are looked up. The answer is ``any(hidden in text for hidden in ids)``, the same substring
for substring (``gmv`` is named in ``online-gmv``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SLUG_RUN = re.compile(r"[a-z0-9-]+")


class NamedIds:
    """The ids to look for; :meth:`named_in` says whether a text names one."""

    def __init__(self, ids: Iterable[str]) -> None:
        every = set(ids)
        self._slugs = frozenset(i for i in every if _SLUG_RUN.fullmatch(i))
        # anything else (no valid catalog has one): looked for one by one, as before
        self._others = tuple(sorted(every - self._slugs))
        self._lengths = sorted({len(i) for i in self._slugs})

    def __bool__(self) -> bool:
        return bool(self._slugs or self._others)

    def named_in(self, text: str) -> bool:
        if any(other in text for other in self._others):
            return True
        if not self._lengths:
            return False
        shortest, slugs = self._lengths[0], self._slugs
        for run in _SLUG_RUN.finditer(text):
            word = run.group()
            if len(word) < shortest:
                continue
            for length in self._lengths:
                if length > len(word):
                    break
                if any(word[start:start + length] in slugs
                       for start in range(len(word) - length + 1)):
                    return True
        return False
