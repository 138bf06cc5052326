"""The history section of a KPI page: commits and their field changes, in the site's language.

The history itself comes from git (:mod:`kpi_catalog.changes.history`), read once per build
and only when the ``history`` option is on; this module only words it for the template.
A change's texts in another language than the page's (an Indonesian text on the English
page, the English original on the Indonesian one), and its reason, are marked as such: a
``lang`` attribute on each, and the language's name after the change and the reason. A
commit's subject, whose language nothing records, is marked as of unknown language
(``lang=""``).
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import date

from markupsafe import Markup

from kpi_catalog import escape
from kpi_catalog.changes.compare import Change
from kpi_catalog.changes.history import HistoryEntry
from kpi_catalog.changes.words import describe, named, text_language
from kpi_catalog.i18n.labels import Labels


def history_view(entries: list[HistoryEntry], t: Labels, written_in: str,
                 names: Mapping[str, Mapping[str, str]] | None = None) -> list[dict]:
    """One dict per commit, newest first: ``date``, ``author``, ``subject`` (None: not for
    this audience) and ``subject_html`` (escaped, marked as of unknown language: see
    :func:`_unknown_language`), ``readable`` and ``changes`` (each a ``text``, Markup when
    marked, its ``reason`` as written and ``reason_html``, escaped and marked, and whether
    it ``needs_review``). ``written_in``: the language the KPI's own texts are written in;
    ``names``: departments' and objectives' names by id, for a move (see :func:`named`).
    Values are said with the KPI's unit on each side of the commit, in ``t``'s language."""
    return [_entry(entry, t, written_in, names or {}) for entry in entries]


def _entry(entry: HistoryEntry, t: Labels, written_in: str,
           names: Mapping[str, Mapping[str, str]]) -> dict:
    units = entry.units_in(t.language)  # once per commit, for all its changes
    return {
        "date": entry.when.date(),
        "author": entry.author,
        "subject": entry.subject,
        "subject_html": None if entry.subject is None else _unknown_language(entry.subject),
        "readable": entry.readable,
        "changes": [_change(change, t, written_in, units)
                    for change in named(list(entry.changes), names)],
    }


def _unknown_language(subject: str) -> Markup:
    """A commit's subject, on one line and escaped, in an element whose ``lang`` is empty:
    HTML's way to say that the language of a text is unknown. A subject is in whatever
    language its author wrote it, which nothing records; left unmarked it would claim the
    page's language, and a screen reader would read an English subject on an Indonesian page
    with Indonesian rules (or the other way round); a guess (the catalog's language) would
    claim a language as wrongly, for every subject written in another. ``lang=""`` claims
    nothing (HTML: "the primary language is unknown"): a screen reader falls back to its own
    choice (its user's voice) instead of the page's language, a translating browser detects
    the language itself."""
    return Markup('<span lang="">{}</span>').format(escape.html(escape.one_line(subject)))


def _change(change: Change, t: Labels, written_in: str, units: tuple[str, str]) -> dict:
    language = text_language(change, written_in)
    said = {"reason": change.reason, "reason_html": _reason(change.reason, t, written_in),
            "needs_review": change.needs_review}
    if language is None or language == t.language:
        return {"text": _sentence(describe(change, t, t.number, units=units)), **said}
    return {"text": _marked(change, t, language, units) + _language_note(t, language), **said}


def _language_note(t: Labels, language: str) -> Markup:
    """The name of a language, after a change or a reason in it: ``(English)``."""
    return Markup(' <span class="kpi-history__language">{}</span>').format(
        t.get("text.history_language", language=t[f"language.{language}"]))


def _reason(reason: str, t: Labels, written_in: str) -> Markup:
    """A change's reason (the KPI's change log entry, in the language its file is written
    in: history compares the files as written), escaped, and marked with its language where
    it is not the page's, whatever the change it explains: a target made easier (numbers
    only) had its English reason unmarked on the Indonesian page."""
    escaped = escape.html(escape.one_line(reason))
    if not escaped or written_in == t.language:
        return escaped
    return Markup('<span lang="{}">{}</span>').format(written_in, escaped) + _language_note(
        t, written_in)


def _sentence(said: str, keep: str = "") -> str:
    """A change as a line of its own says it: from a capital (``Target made easier: ...``,
    ``Tinjauan berikutnya berubah: ...``); `kpi diff` and the feeds say it after a colon, in
    lower case. Some lines started with a capital (a language's name, a field's label) and
    the rest not. ``keep``: what must stay as it is where the line starts with it."""
    if keep and said.startswith(keep):
        return said
    return said[:1].upper() + said[1:]


def _marked(change: Change, t: Labels, language: str, units: tuple[str, str]) -> Markup:
    """The change in words, escaped, each text value in an element naming its language."""
    token = f"kpi{secrets.token_hex(8)}"  # what no contributor text can hold: unguessable
    values: list[str] = []

    def mark(text: str) -> str:
        values.append(text)
        return f"{token}x{len(values) - 1}x"

    said = str(escape.html(_sentence(describe(change, t, t.number, mark=mark, units=units),
                                     keep=token)))
    for index, text in enumerate(values):
        said = said.replace(f"{token}x{index}x", str(  # escaped as every other text
            Markup('<span lang="{}">{}</span>').format(language, escape.html(text))), 1)
    return Markup(said)


_ON_THE_CHART = ("target_", "deadline_", "baseline_")


def chart_marks(entries: list[HistoryEntry], t: Labels) -> list[tuple[date, str]]:
    """The days the target, its deadline or the baseline changed, for the trend chart, its
    values with the KPI's unit (``target made easier: 28% → 25%``)."""
    marks = []
    for entry in entries:
        shown = [change for change in entry.changes if change.kind.startswith(_ON_THE_CHART)]
        units = entry.units_in(t.language) if shown else ("", "")  # once per commit
        marks += [(entry.when.date(), describe(change, t, t.number, units=units))
                  for change in shown]
    return marks
