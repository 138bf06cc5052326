"""E-mail addresses written in a catalog, and the domains that look like a slip of the keys.

Nothing can tell that ``rina@nusantara-retal.co.id`` is wrong by itself; beside the dozen
other addresses at ``nusantara-retail.co.id`` it is most likely a typo, and alerts and readers
writing to it reach no one. K125 reports it from what :func:`likely_meant` finds here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

DOMAIN = re.compile(r"(?:[\w-]+\.)+[\w-]{2,}")
"""The domain after an address's `@`: letters of any script, for internationalised domains."""

LOCAL_SIGNS = frozenset("._!#$%&'*+/=?^`{|}~-")
"""What an address's part before the `@` may hold besides letters and digits."""


def domains(text: str | None) -> Iterator[tuple[str, str]]:
    """Each e-mail address in ``text`` (`Rina Wijaya <rina@example.co.id>`, `mailto:...`)
    and its domain in lower case (domains have no case).

    Found from each `@` outwards, not by a pattern tried at every position: that takes time
    growing with the square of the text's length, and a hostile file's owner may be long."""
    text = text or ""
    at = text.find("@")
    while at != -1:
        start = at
        while start and (text[start - 1].isalnum() or text[start - 1] in LOCAL_SIGNS):
            start -= 1
        domain = DOMAIN.match(text, at + 1)
        if start < at and domain:
            yield text[start:domain.end()], domain.group(0).casefold()
        at = text.find("@", at + 1)


def one_edit_apart(one: str, other: str) -> bool:
    """Whether ``other`` is ``one`` with one letter left out, added, changed, or two
    neighbours swapped: the slips a keyboard makes (Damerau's four, at distance one)."""
    if one == other or abs(len(one) - len(other)) > 1:
        return False
    start = 0
    while start < min(len(one), len(other)) and one[start] == other[start]:
        start += 1
    a, b = one[start:], other[start:]
    return (a[1:] == b or a == b[1:] or a[1:] == b[1:]
            or (len(a) > 1 and a[1] == b[0] and a[0] == b[1] and a[2:] == b[2:]))


def _deletions(word: str) -> Iterator[str]:
    yield word
    for index in range(len(word)):
        yield word[:index] + word[index + 1:]


def likely_meant(counts: Counter[str]) -> dict[str, str]:
    """For each domain of ``counts`` one edit away from a domain written more often (and at
    least twice: once is no habit), that domain: the most written of them, then the first in
    alphabetical order.

    Each common domain is indexed by the words one deletion makes of it, so a domain is
    compared only with those sharing one (linear in the domains, not quadratic: a hostile
    catalog may give each KPI a domain of its own)."""
    index: dict[str, list[str]] = {}
    for domain, count in counts.items():
        if count >= 2:
            for shorter in set(_deletions(domain)):
                index.setdefault(shorter, []).append(domain)
    meant = {}
    for domain, count in counts.items():
        near = {other for shorter in set(_deletions(domain)) for other in index.get(shorter, ())
                if counts[other] > count and one_edit_apart(domain, other)}
        if near:
            meant[domain] = min(near, key=lambda other: (-counts[other], other))
    return meant


def count_domains(writers: Iterable[Iterable[str | None]]) -> Counter[str]:
    """How many writers (each the texts of one file's KPI, department or objective) name
    each domain: one writing an address three times is still one habit."""
    counts: Counter[str] = Counter()
    for texts in writers:
        counts.update({domain for text in texts for _address, domain in domains(text)})
    return counts
