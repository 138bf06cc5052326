"""Which id a mistyped reference meant: `department: financ`, `department: Keuangan`,
`department: sdm`, `objective: grow-revenu`.

A department head writes what they call the thing: a misspelt or shortened id, the name the
site shows (in either language), or its initials. :func:`closest` answers with the ids worth
suggesting, the surest evidence first, and nothing rather than a guess that is not sound:

1. the id or a name written in other case or with spaces (`Finance`, `human resources`);
2. the initials of a name or of the id's words (`SDM` for Sumber Daya Manusia, `cs` for
   customer-service), or the start of the id's or a name's words (`grow-revenu`, `fin`),
   when one entry alone fits (up to three, for the start of words);
3. ids and names that read alike (:func:`difflib.get_close_matches`), up to three.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
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


def closest(given: str, entries: Mapping[str, Iterable[str]]) -> list[str]:
    """The ids of ``entries`` (id -> its names, in every language) that ``given`` most likely
    means, the surest first; empty when none is close."""
    texts = {entry_id: [entry_id, *(n for n in names if n)]
             for entry_id, names in entries.items()}
    wanted = _plain(given)
    if not wanted:
        return []
    same = [entry_id for entry_id, said in texts.items()
            if any(_plain(text) == wanted for text in said)]
    if same:
        return same
    parts = _words(given)
    squeezed = "".join(parts)
    found = [entry_id for entry_id, said in texts.items()
             if any(squeezed in _initials(_words(text)) for text in said)]
    if len(found) == 1:  # initials are short: two entries that fit are no answer
        return found
    found = [entry_id for entry_id, said in texts.items()
             if any(_starts_words(parts, _words(text)) for text in said)]
    if 0 < len(found) <= 3:
        return found
    by_text = {_plain(text): entry_id for entry_id, said in texts.items() for text in said}
    close = difflib.get_close_matches(wanted, list(by_text), n=6)
    return list(dict.fromkeys(by_text[text] for text in close))[:3]


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


def did_you_mean(given: str, names: Names, field: str | None = None) -> str:
    """The sentence that names the id(s) ``given`` most likely means, in the language spoken
    and with the name the site shows there; with ``field``, the line to write. Empty when
    no id is close."""
    found = closest(given, {entry_id: said.values() for entry_id, said in names.items()})
    if len(found) > 1:
        return _("Did you mean one of: {ids}?", ids=", ".join(f"`{i}`" for i in found))
    if not found:
        return ""
    (entry_id,) = found
    said = names[entry_id]
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
