"""Which id a mistyped reference meant: `department: financ`, `department: Keuangan`,
`department: sdm`, `objective: grow-revenu`.

A department head writes what they call the thing: a misspelt or shortened id, the name the
site shows (in either language), or its initials. :func:`closest` answers with the ids worth
suggesting, the surest evidence first, and nothing rather than a guess that is not sound:

1. the id or a name written in other case or with spaces (`Finance`, `human resources`);
2. the initials of a name or of the id's words (`SDM` for Sumber Daya Manusia, `cs` for
   customer-service), or the start of the id's or a name's words (`grow-revenu`, `fin`),
   when one entry alone fits (up to three, for the start of words);
3. ids and names that read alike (:func:`difflib.get_close_matches`), up to three, or the
   closest alone when the others are twice as far apart (a slip of one letter in a long id).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from typing import Any, Protocol

from kpi_catalog.i18n.messages import _, current_language
from kpi_catalog.model.language import language_of

# Words left out of initials: Operations and Logistics is OL as often as OAL.
_LINKING = frozenset({"and", "of", "the", "for", "dan", "untuk", "&", "di", "ke"})


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+|&", text.casefold())


def _plain(text: str) -> str:
    return " ".join(_words(text))


def _initials(words: list[str]) -> set[str]:
    every = "".join(w[0] for w in words)
    linked = "".join(w[0] for w in words if w not in _LINKING)
    return {every, linked} if len(words) > 1 else set()


def _starts_words(given: list[str], words: list[str]) -> bool:
    """Each word given starts a word of ``words``, in order (`grow revenu` in
    `grow profitable revenue`); a single word must be three letters at least."""
    if not given or len(given) == 1 and len(given[0]) < 3:
        return False
    rest = iter(words)
    return all(any(word.startswith(part) for word in rest) for part in given)


_MANY = 1000
"""Past this many ids and names, a misspelling is looked for only among those that start as
it does, or would with a slip of its first letters undone (a letter changed, left out, put
before or swapped with the second): difflib reads each (0.2 s for 30,000, at each unknown
reference)."""


class _Index:
    """The ids and names of some entries, read once for many guesses: each text's plain
    form, words and initials, with the id it names."""

    def __init__(self, entries: Mapping[str, Iterable[str]]):
        self.texts: list[tuple[str, str, list[str], set[str]]] = []
        for entry_id, names in entries.items():
            for text in dict.fromkeys([entry_id, *(n for n in names if n)]):
                words = _words(text)
                self.texts.append((entry_id, " ".join(words), words, _initials(words)))
        self.by_text = {plain: entry_id for entry_id, plain, _w, _i in self.texts}

    def closest(self, given: str) -> list[str]:
        wanted = _plain(given)
        if not wanted:
            return []
        same = _ids(entry_id for entry_id, plain, _w, _i in self.texts if plain == wanted)
        if same:
            return same
        parts = _words(given)
        squeezed = "".join(parts)
        found = _ids(entry_id for entry_id, _p, _w, initials in self.texts
                     if squeezed in initials)
        if len(found) == 1:  # initials are short: two entries that fit are no answer
            return found
        longest = max(parts, key=len) if parts else ""
        found = _ids(entry_id for entry_id, plain, words, _i in self.texts
                     if longest in plain and _starts_words(parts, words))  # `in`: quick
        if 0 < len(found) <= 3:
            return found
        candidates = list(self.by_text)
        if len(candidates) > _MANY:  # a slip at the start leaves its letters near by
            first, second, start = wanted[:1], wanted[1:2], wanted[:2]
            swapped, shifted = second + first, wanted[1:3]
            candidates = [text for text in candidates
                          if text[:1] == first or text[1:2] == second  # one changed
                          or text[1:3] == start  # the first left out: `ogistics`
                          or text[:2] == shifted  # one put before it: `ilogistics`
                          or text[:2] == swapped]  # the first two swapped: `olgistics`
        close = difflib.get_close_matches(wanted, candidates, n=6)
        return _clearest(wanted, [(self.by_text[text], text) for text in close])


def _apart(given: str, text: str) -> int:
    """The characters of both that difflib leaves unmatched: its ratio is one less this
    over their length together (a letter changed is 2 apart, a letter left out 1)."""
    matched = sum(block.size for block in
                  difflib.SequenceMatcher(None, given, text).get_matching_blocks())
    return len(given) + len(text) - 2 * matched


def _clearest(given: str, close: list[tuple[str, str]]) -> list[str]:
    """The ids of the texts that read like ``given``, the closest first, up to three: the
    closest alone when the next id is twice as far apart or more (a slip of one letter in
    `logistics-kpl-00827` against the two of `logistics-kpi-09827`), since difflib's ratio
    alone cannot tell a clear winner in long ids (0.947 against 0.895 there)."""
    apart: dict[str, int] = {}
    for entry_id, text in close:
        apart[entry_id] = min(apart.get(entry_id, len(given) + len(text)), _apart(given, text))
    ids = list(apart)
    if len(ids) > 1:
        nearest = min(ids, key=apart.__getitem__)
        if all(2 * apart[nearest] <= apart[other] for other in ids if other != nearest):
            return [nearest]
    return ids[:3]


def _ids(found: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(found))


def closest(given: str, entries: Mapping[str, Iterable[str]]) -> list[str]:
    """The ids of ``entries`` (id -> its names, in every language) that ``given`` most likely
    means, the surest first; empty when none is close."""
    return _Index(entries).closest(given)


Names = Mapping[str, Mapping[str, str]]
"""An entry's names by language (`{"en": "Finance", "id": "Keuangan"}`), by its id."""


class _Texts(Protocol):
    @property
    def name(self) -> str | None: ...


class _Named(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def translations(self) -> Mapping[Any, _Texts]: ...  # keys: Literal languages


def named(entries: Iterable[_Named], language: str) -> dict[str, dict[str, str]]:
    """The names of departments, objectives or KPIs: their `name`, in their own language
    (``language``, the catalog's, unless they say another), and each translation's."""
    return {entry.id: {**{other: texts.name for other, texts in entry.translations.items()
                          if texts.name},
                       language_of(entry, language): entry.name}
            for entry in entries}


MAX_GUESSES = 200
"""Distinct ids one :class:`Guesser` guesses at; the rest are reported without a guess. A
guess among 10,000 KPIs takes about 0.07 s: renaming every id of a large catalog would
otherwise stop `kpi validate` for minutes, to list the same hint in a thousand places."""


class Guesser:
    """Guesses among the entries ``names`` gives (called when the first guess is asked:
    a catalog without a broken reference never reads them), each id guessed at once."""

    def __init__(self, names: Callable[[], Names]):
        self._names = names
        self._found: dict[str, list[str]] = {}

    @classmethod
    def among(cls, names: Names) -> Guesser:
        """A guesser among names already at hand (a few: an objective's success parts)."""
        return cls(lambda: names)

    @cached_property
    def names(self) -> Names:
        return self._names()

    @cached_property
    def _index(self) -> _Index:
        return _Index({entry_id: said.values() for entry_id, said in self.names.items()})

    def did_you_mean(self, given: str, field: str | None = None) -> str:
        """The sentence that names the id(s) ``given`` most likely means, in the language
        spoken and with the name the site shows there; with ``field``, the line to write.
        Empty when no id is close."""
        if given not in self._found:
            if len(self._found) >= MAX_GUESSES:
                return ""
            self._found[given] = [entry_id for entry_id in self._index.closest(given)
                                  if entry_id != given]
        found = self._found[given]
        if len(found) > 1:
            return _("Did you mean one of: {ids}?", ids=", ".join(f"`{i}`" for i in found))
        if not found:
            return ""
        (entry_id,) = found
        said = self.names[entry_id]
        if field and _plain(given) != _plain(entry_id) and any(
                _plain(name) == _plain(given) for name in said.values()):
            return _("Write its id, not its name: `{field}: {id}`.", field=field, id=entry_id)
        name = said.get(current_language()) or next(iter(said.values()), "")
        question = (_("Did you mean `{id}` ({name})?", id=entry_id, name=name)
                    if name and _plain(name) != _plain(entry_id) else
                    _("Did you mean `{id}`?", id=entry_id))
        if field:
            return question + " " + _("Write `{field}: {id}`.", field=field, id=entry_id)
        return question
