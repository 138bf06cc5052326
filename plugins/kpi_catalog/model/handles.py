"""What readers call a KPI: its handles.

Readers look a KPI up by what they know it as, which is often not its name: the words of
its id (`store stockout rate`), another name (`stockout rate`, `OOS`, in either language:
the KPI's ``aliases``), an acronym the name uses (`GMV`), or the spelled-out glossary term
of one (`gross merchandise value`). :class:`KnownBy` lists them for any KPI of a catalog;
the site's search weighs them like the KPI's title (:mod:`kpi_catalog.site.search_words`),
and ``kpi mcp`` ranks the KPIs it finds by them first.

Glossary words are found in the name, the id's words and the aliases regardless of
hyphens and punctuation. Acronyms (a word with two capitals or more: `SQL`, `eNPS`) must be written
as the glossary writes them, so that `IT` is not read into "keep it"; other words
(`stock cover`, `Net Promoter Score`) match in any case. In the id, whose words are
lowercase by rule, every glossary word matches in any case (`po-cycle-time` uses `PO`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.registries import GlossaryTerm

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The words of ``text``, as written: hyphens and punctuation separate them."""
    return _WORD.findall(text)


def id_words(kpi_id: str) -> str:
    """The id as words: ``store-stockout-rate`` -> ``store stockout rate``."""
    return " ".join(words(kpi_id))


def _acronym(tokens: Iterable[str]) -> bool:
    """Whether a word of them has two capitals or more (`SQL`, `eNPS`, `MSMEs`)."""
    return any(sum(c.isupper() for c in token) >= 2 for token in tokens)


def _unique(phrases: Iterable[str]) -> list[str]:
    """Phrases in order, each once whatever its case and punctuation, none empty."""
    seen: set[str] = set()
    out = []
    for phrase in phrases:
        key = " ".join(words(phrase.casefold()))
        if key and key not in seen:
            seen.add(key)
            out.append(phrase)
    return out


def spellings(term: GlossaryTerm) -> list[str]:
    """A glossary term and its aliases, then its spelling and aliases in each other
    language its entry gives (`hari persediaan` for `stock cover`): a reader may use any."""
    found = [term.term, *term.aliases]
    for texts in term.translations.values():
        found += [*([texts.term] if texts.term else []), *(texts.aliases or [])]
    return found


class KnownBy:
    """The handles of the KPIs of one catalog; the glossary is indexed once."""

    def __init__(self, glossary: Sequence[GlossaryTerm]):
        self._exact: dict[tuple[str, ...], GlossaryTerm] = {}  # acronyms, case kept
        self._folded: dict[tuple[str, ...], GlossaryTerm] = {}  # other words, casefolded
        self._any_case: dict[tuple[str, ...], GlossaryTerm] = {}  # every word, casefolded
        self._order = {id(term): n for n, term in enumerate(glossary)}
        longest = 0
        for term in glossary:
            for word in spellings(term):
                key = tuple(words(word))
                if not key:
                    continue
                longest = max(longest, len(key))
                folded = tuple(w.casefold() for w in key)
                table, lookup = ((self._exact, key) if _acronym(key)
                                 else (self._folded, folded))
                table.setdefault(lookup, term)
                self._any_case.setdefault(folded, term)
        self._longest = longest

    def names(self, kpi: Kpi) -> list[str]:
        """The name, the id's words and the aliases, each once, in that order."""
        return _unique([kpi.name, id_words(kpi.id), *kpi.aliases])

    def terms(self, kpi: Kpi) -> list[GlossaryTerm]:
        """The glossary terms that the name, the id or an alias uses, in glossary order."""
        found: dict[int, GlossaryTerm] = {}
        for text in (kpi.name, *kpi.aliases):
            for term in self._found(words(text), any_case=False):
                found.setdefault(id(term), term)
        for term in self._found(words(kpi.id), any_case=True):
            found.setdefault(id(term), term)
        return sorted(found.values(), key=lambda term: self._order[id(term)])

    def handles(self, kpi: Kpi) -> list[str]:
        """Everything readers may call the KPI: :meth:`names`, then each glossary term of
        :meth:`terms` with its aliases, in every language of the catalog; each once,
        whatever its case and punctuation."""
        spelled = [word for term in self.terms(kpi) for word in spellings(term)]
        return _unique([*self.names(kpi), *spelled])

    def _found(self, tokens: list[str], *, any_case: bool) -> Iterable[GlossaryTerm]:
        """The glossary terms whose words occur in ``tokens``, one after another."""
        folded = [token.casefold() for token in tokens]
        for start in range(len(tokens)):
            for end in range(start + 1, min(start + self._longest, len(tokens)) + 1):
                key = tuple(folded[start:end])
                if any_case:
                    term = self._any_case.get(key)
                else:
                    term = self._exact.get(tuple(tokens[start:end])) or self._folded.get(key)
                if term is not None:
                    yield term
