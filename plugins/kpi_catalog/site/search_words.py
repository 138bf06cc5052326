"""Which words a site search should find a generated KPI page by, besides its text.

A KPI page holds them hidden (kpi.md.j2), each where the search weighs it: the KPI's other
handles (its id's words, its aliases, the spelled-out terms of its acronyms,
:mod:`kpi_catalog.model.handles`) inside its title, its name and the glossary terms it
uses in a paragraph at the end of its first section, those terms again inside the heading
of its list of terms. Every engine's search reads them from the page itself; no reader
sees them.

How the search ranks, and so why the words go where they go: lunr (in the browser) scores
each entry (a page's first section, and each section under a heading) by the words of the
query it holds, a title's word a thousand times a text's; the words are split at spaces
and hyphens only, and each word of a query also matches the words it begins (`stock`
finds `stockout`). A page ranks by its best entry, and the page's own first entry weighs
two and a half times a section's when it holds every word of the query. So a KPI's
handles in its title make it the first result for them; a glossary term in the heading of
its terms section puts the KPIs that use the term above the glossary page (whose entry
only has it in its text) but below a KPI that the term names; and the name once more in
the text lets a KPI named by the words a reader typed come before one whose other handles
merely hold them (`net promoter score`: the NPS KPI before the eNPS one).
"""

from __future__ import annotations

import re

SEPARATOR = " · "
"""Between the hidden words: a word of its own for the search, so that no
punctuation sticks to a handle's last word (`score;` would be another word than `score`)."""
_WORDS = re.compile(r"\w+")


def _covered(word: str, held: list[str]) -> bool:
    """Whether a query that finds ``word`` already finds a word in ``held``: a word it begins
    (`lead` in `leads`), or the word with a short ending (`leads` for `lead`)."""
    return any(other.startswith(word) or (
        len(other) >= 3 and word.startswith(other) and len(word) - len(other) <= 2)
        for other in held)


def new_handles(name: str, handles: list[str]) -> list[str]:
    """The ``handles`` a search for a KPI named ``name`` would not find it by otherwise:
    each with a word that neither the name nor an earlier handle holds. The rest would
    only count the same words again, and a title that repeats a word ranks higher for it
    than a title that has it once, whichever KPI the reader means."""
    held = [w.casefold() for w in _WORDS.findall(name)]
    kept = []
    for handle in handles:
        own = [w.casefold() for w in _WORDS.findall(handle)]
        if own and not all(_covered(word, held) for word in own):
            kept.append(handle)
            held.extend(own)
    return kept
