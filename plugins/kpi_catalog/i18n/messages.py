"""The tool's own words in the catalog's language, through gettext message catalogs.

Every text a person reads (a diagnostic and its hint, a line of the `kpi` command, a
question of `kpi new`, a label of the site) is written in English in the code, and looked up
in the catalog of the language being spoken: ``locale/<language>/LC_MESSAGES/kpi_catalog.po``
beside this module, compiled into the ``.mo`` that is loaded (a few milliseconds, once per
language and process; English needs no catalog). ``python -m kpi_catalog.i18n.catalogs``
extracts the messages with Babel, merges them into each ``.po`` and compiles it.

How a message is written:

* ``_("The field `{name}` is missing.", name=name)``: the English text is the message id;
  values go in as named ``{placeholders}``, filled in after the translation, so that a
  translation can put them where its grammar wants them (never an f-string inside ``_()``).
  Literal braces are doubled.
* ``ngettext("{count} error", "{count} errors", count, count=count)``: a text with a count.
* ``N_("...")``: a text kept in a table made at import time (a code's hint, a question);
  ``_(text)`` translates it where it is shown.

Which language: :func:`use_language` for the rest of a command's run, :func:`speaking` for
a block (the MkDocs plugin, tests). Messages are translated when they are made, so a
diagnostic holds finished text. The `kpi` command chooses it (cli/app.py): ``--language``,
``KPI_LANGUAGE``, the catalog's `language`, the POSIX locale (:func:`locale_language`), else
English.
"""

from __future__ import annotations

import gettext
import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

LANGUAGES = ("en", "id")
"""The languages the tool speaks: English (the code's own) and Bahasa Indonesia."""
LOCALES = {"en": "en_001", "id": "id"}
"""The CLDR locale (Babel's) of each language, for dates and numbers. English is CLDR's
English of the world outside the US, as an Indonesian board reads it: 31 December 2026,
1,250.5."""
DOMAIN = "kpi_catalog"
LOCALE_DIR = Path(__file__).parent / "locale"

_spoken: ContextVar[tuple[str, gettext.NullTranslations]] = ContextVar(
    "kpi_catalog_language", default=("en", gettext.NullTranslations()))
"""The language spoken, and its catalog (looked up once per change of language, not per
message)."""


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalog of ``language`` (English: the texts as written)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
    if language == "en":
        return gettext.NullTranslations()
    with open(LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo", "rb") as file:
        return gettext.GNUTranslations(file)


LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
"""The POSIX variables that name the locale of messages, the first set one deciding."""


def locale_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language of the POSIX locale, where the tool speaks it (``id_ID.UTF-8`` is
    ``id``): a person's own setting, read as gettext reads it, ``LC_ALL``, else
    ``LC_MESSAGES``, else ``LANG`` (an empty one is unset). The first set decides: ``C``,
    ``POSIX`` or a language the tool does not speak is None, never a variable further down."""
    found = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = found.get(name, "").strip()
        if value:
            language = re.split(r"[_.@-]", value, maxsplit=1)[0].lower()
            return language if language in LANGUAGES else None
    return None


def current_language() -> str:
    """The language messages are made in now."""
    return _spoken.get()[0]


def use_language(language: str) -> None:
    """Speak ``language`` from now on in this thread (the rest of a command's run)."""
    _spoken.set((language, translations(language)))


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Speak ``language`` inside the block, then the language spoken before."""
    token = _spoken.set((language, translations(language)))
    try:
        yield
    finally:
        _spoken.reset(token)


def or_list(items: list[str]) -> str:
    """``a``, ``a or b``, ``a, b or c``: one of ``items``, in the language spoken, as CLDR
    writes such a list (Babel's ``format_list``, style ``or``; ``a, b, atau c``)."""
    from babel.lists import format_list  # only where a message offers a choice

    return format_list(items, style="or", locale=LOCALES[current_language()])


def and_list(items: list[str], language: str | None = None) -> str:
    """``a``, ``a and b``, ``a, b, and c``: all of ``items``, in ``language`` (default: the
    language spoken), as CLDR writes such a list (``a, b, dan c``)."""
    from babel.lists import format_list  # only where a message names several things

    return format_list(items, style="standard",
                       locale=LOCALES[language or current_language()])


def _(message: str, /, **values: object) -> str:
    """``message`` in the current language, its ``{placeholders}`` filled with ``values``."""
    return _spoken.get()[1].gettext(message).format(**values)


def ngettext(singular: str, plural: str, count: int, /, **values: object) -> str:
    """The form of ``singular``/``plural`` for ``count`` in the current language, filled in;
    a whole number given as ``{count}`` is written as the language writes numbers (`30,000
    KPIs` / `30.000 KPI`), as :func:`count_text` would."""
    number = values.get("count")
    if type(number) is int:
        values["count"] = count_text(number)
    return _spoken.get()[1].ngettext(singular, plural, count).format(**values)


def N_(message: str) -> str:
    """Marks a text for the catalogs without translating it (``_(text)`` where it is shown)."""
    return message


def translated(text: str) -> str:
    """``text`` in the current language as it is, without placeholders: for texts that are
    not format strings (a YAML parser's problem, a field's documentation)."""
    return _spoken.get()[1].gettext(text)


def shown(value: object, width: int = 40) -> str:
    """A contributor's value as a message quotes it: a list as its items, a long value cut
    (a message stays readable on one line of a terminal or an annotation)."""
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def count_text(value: float) -> str:
    """A count or a size as the current language writes it: ``1,250`` / ``1.250``."""
    from kpi_catalog.i18n.numbers import format_number, number_marks

    return format_number(value, number_marks(current_language()))
