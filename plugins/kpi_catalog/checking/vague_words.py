"""Vague verbs and buzzwords: words that make a statement sound busy but leave a reader
nothing to check ("leverage synergies to drive growth").

The built-in lists are short on purpose: plain verbs that a number makes precise
(`increase`, `reduce`, `improve`, `meningkatkan`, `menurunkan`) are not on them, nor is
"meningkatkan kualitas" (improve quality): "the quality of the store data: products
without a photo from 12% to 3%" names its measure right after it. A
catalog adds its own words in ``catalog.yml``::

    vague_words:
      en: [frictionless, north star]
      id: [terdepan]

Text is split into words (letters only, so `best-in-class` and `best in class` are
the same three words) and looked up as phrases of up to :data:`MAX_WORDS` words: no
regular expression grows with the list, and the time is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kpi_catalog.checking.text import clues_on
from kpi_catalog.model.translations import Language

MAX_WORDS = 4

VAGUE_WORDS: dict[Language, tuple[str, ...]] = {
    "en": (
        "optimise", "optimize", "optimisation", "optimization", "leverage", "synergy",
        "synergies", "synergise", "synergize", "synergistic", "drive", "velocity",
        "best in class", "world class", "streamline", "enhance", "enhancement", "robust",
        "holistic", "seamless", "empower", "maximise", "maximize", "cutting edge",
        "state of the art", "next level", "game changer", "game changing", "paradigm",
        "excellence", "best practice", "best practices", "impactful", "actionable",
        "move the needle", "value add", "value added", "supercharge", "turbocharge",
    ),
    "id": (
        "mengoptimalkan", "optimalisasi", "optimasi", "pengoptimalan", "sinergi",
        "bersinergi", "menyinergikan", "sinergis", "memaksimalkan", "maksimalisasi",
        "mendorong", "memberdayakan", "pemberdayaan", "kelas dunia", "terbaik di kelasnya",
        "mengakselerasi", "akselerasi", "holistik", "mulus",
        "terdepan", "keunggulan", "mengefektifkan",
    ),
}
"""The built-in vague words, per language."""

NOT_VAGUE = frozenset({("drive", "time"), ("drive", "times"), ("driving", "time"),
                       ("drive", "thru"), ("drive", "through")})
"""Word pairs that are things, not buzzwords: `drive time` (a delivery measure), `drive-thru`."""

_WORD = re.compile(r"[^\W\d_]+")


def _english_forms(word: str) -> set[str]:
    """`optimise` -> optimises, optimised, optimising; `leverage` -> leveraging, ..."""
    stem = word[:-1] if word.endswith("e") else word
    return {word, word + "s", word + "d" if word.endswith("e") else word + "ed",
            stem + "ing", word + "es"}


@dataclass(frozen=True)
class VagueWords:
    """Phrases (as word tuples, lower case) to look up, and their first words."""

    phrases: frozenset[tuple[str, ...]]
    first_words: frozenset[str] = field(init=False)
    """A phrase is looked up only where one of these stands (most words start none)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "first_words", frozenset(p[0] for p in self.phrases))

    @classmethod
    def build(cls, extra: Mapping[Language, Iterable[str]] = {}) -> VagueWords:  # noqa: B006
        phrases: set[tuple[str, ...]] = set()
        for language in VAGUE_WORDS.keys() | extra.keys():
            for entry in (*VAGUE_WORDS.get(language, ()), *extra.get(language, ())):
                words = tuple(_WORD.findall(entry.casefold()))[:MAX_WORDS]
                if not words:
                    continue
                if language == "en" and len(words) == 1:
                    phrases.update((form,) for form in _english_forms(words[0]))
                else:
                    phrases.add(words)
        return cls(frozenset(phrases))

    def find(self, text: str) -> list[str]:
        """The vague words and phrases in the text as written, first seen first, once each."""
        matches = list(_WORD.finditer(text))
        words = [m.group().casefold() for m in matches]
        found: list[str] = []
        i = 0
        first_words = self.first_words if clues_on() else frozenset(words)  # clues_bypassed
        while i < len(words):
            if words[i] not in first_words:
                i += 1
                continue
            for size in range(min(MAX_WORDS, len(words) - i), 0, -1):  # the longest phrase
                phrase = tuple(words[i:i + size])
                if phrase in self.phrases and tuple(words[i:i + 2]) not in NOT_VAGUE:
                    shown = text[matches[i].start():matches[i + size - 1].end()]
                    if shown.casefold() not in (f.casefold() for f in found):
                        found.append(shown)
                    i += size - 1
                    break
            i += 1
        return found
