"""Translations checked against what they translate and against the catalog's languages.

* **E314** a translation gives a text the entry does not have (a link `url` that is not
  among its links, a `question` the KPI does not ask): the text would never show, and it
  usually means the original changed without its translation.
* **E315** a translation into a language the catalog does not publish, or into the
  language the entry is written in.
* **K119** texts missing in a language: where catalog.yml lists the language in
  `required_languages`, one located warning per entry (KPIs: see the rule; registry
  entries: here); where it does not, one line for the whole catalog telling how much is
  translated (info).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from pydantic import BaseModel

from kpi_catalog.i18n.messages import N_, _, count_text, ngettext, shown
from kpi_catalog.model import codes
from kpi_catalog.model.catalog import Catalog, SourceFile
from kpi_catalog.model.diagnostics import Diagnostic, FieldPath, Severity
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.language import (
    TextFields,
    TextKey,
    language_of,
    text_fields,
    text_key,
    texts,
)
from kpi_catalog.model.registries import Department, GlossaryTerm, Objective
from kpi_catalog.model.translations import LANGUAGE_NAMES, Language
from kpi_catalog.reading.loader import LoadResult, unread

TRANSLATED_CODE = "K119"


@dataclass(frozen=True)
class Entry:
    """A catalog entry with texts, and where it is written."""

    model: BaseModel
    source: SourceFile
    at: FieldPath
    """Where the entry starts in its file: ``()`` for a KPI file or catalog.yml,
    ``("departments", 3)`` for a registry entry."""
    what: str
    """How messages name it: "this KPI", "the department `sales`"."""


def entries(result: LoadResult) -> Iterator[Entry]:
    """Every entry that has texts: catalog.yml, the registries' entries, the KPIs."""
    catalog = result.catalog
    sources = catalog.registry_sources
    if "catalog" in sources:
        yield Entry(catalog.config, sources["catalog"], (), _("the catalog (catalog.yml)"))
    registries: list[tuple[str, str, Sequence[Department | Objective | GlossaryTerm]]] = [
        ("departments", N_("the department `{id}`"), list(catalog.departments.values())),
        ("objectives", N_("the objective `{id}`"), list(catalog.objectives.values())),
        ("glossary", N_("the glossary term `{id}`"), catalog.glossary)]
    for kind, named, items in registries:
        source = sources.get(kind)
        if source is None:
            continue
        index_of = result.index_in_file.get(kind, {})
        for index, item in enumerate(items):
            key = item.term if isinstance(item, GlossaryTerm) else item.id
            yield Entry(item, source, (kind, index_of.get(key, index)), _(named, id=key))
    for kpi_id, kpi in catalog.kpis.items():
        source = catalog.kpi_sources.get(kpi_id)
        if source is not None:
            yield Entry(kpi, source, (), _("this KPI"))


def missing_texts(model: BaseModel, language: str) -> list[TextKey]:
    """The texts of an entry that have no translation into ``language``."""
    fields = text_fields(model)
    given = getattr(model, "translations", {}).get(language)
    have = texts(given, fields)
    return [key for key in texts(model, fields) if key not in have]


def listed(keys: list[TextKey], most: int = 4) -> str:
    """```a`, `b` and `c``: at most ``most`` texts, then "and 2 more"."""
    shown = [f"`{text_key(k)}`" for k in keys[:most]]
    more = len(keys) - most
    if more > 0:
        return ngettext("{texts} and {count} more", "{texts} and {count} more", more,
                        texts=", ".join(shown), count=more)
    if len(shown) == 1:
        return shown[0]
    return _("{texts} and {last}", texts=", ".join(shown[:-1]), last=shown[-1])


def language_name(language: str) -> str:
    """The language's name in the language being spoken ("Indonesian", "bahasa Inggris")."""
    return _(LANGUAGE_NAMES[language])


def check_translations(result: LoadResult, levels: dict[str, Severity]) -> list[Diagnostic]:
    """E314 and E315 for every entry; K119 for registry entries and catalog.yml (the rule
    K119 covers KPIs), and the coverage line for languages that are not required."""
    catalog = result.catalog
    if unread(catalog, "catalog"):
        return []
    config = catalog.config
    base = config.language
    found: list[Diagnostic] = []
    wanted = [lang for lang in config.languages]
    coverage = {lang: [0, 0, 0] for lang in wanted if lang not in config.required_languages}
    translated_level = levels.get(TRANSLATED_CODE, Severity.WARNING)
    for entry in entries(result):
        model = entry.model
        written_in = language_of(model, base)
        found += _translation_problems(entry, written_in, wanted)
        reported = not isinstance(model, Kpi) and translated_level is not Severity.OFF
        for language in wanted:
            if language == written_in or language not in coverage and not reported:
                continue  # a KPI's missing texts in a required language: the rule K119's
            missing = missing_texts(model, language)
            if language in coverage:
                tally = coverage[language]
                tally[0] += 1
                tally[1] += not missing
                tally[2] += len(missing)
            elif missing:
                found.append(_missing(entry, language, missing, translated_level))
    found += _coverage_lines(catalog, coverage, levels)
    return found


def _missing(entry: Entry, language: str, missing: list[TextKey],
             level: Severity) -> Diagnostic:
    given = language in getattr(entry.model, "translations", {})
    where = (*entry.at, "translations", language) if given else (*entry.at, *missing[0][:1])
    return entry.source.diagnostic(
        where, TRANSLATED_CODE, missing_message(entry.what, language, missing),
        missing_hint(language), level)


def missing_message(what: str, language: str, missing: list[TextKey]) -> str:
    return _capital(_("{what} has no {language} text for {texts}.", what=what,
                      language=language_name(language), texts=listed(missing)))


def missing_hint(language: str) -> str:
    return _("Add them under `translations: {code}:` (catalog.yml requires {language}: "
             "`required_languages`).", code=language, language=language_name(language))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _translation_problems(entry: Entry, written_in: str,
                          wanted: Collection[str]) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    model = entry.model
    translations = getattr(model, "translations", {})
    if not translations:
        return found
    fields = text_fields(model)
    own = texts(model, fields, optional=True)
    letterless = texts(model, fields, optional=True, letterless=True)
    for language, given in translations.items():
        at = (*entry.at, "translations", language)
        name = language_name(language)
        if language == written_in:
            found.append(entry.source.diagnostic(
                at, codes.TRANSLATION_LANGUAGE, _capital(_(
                    "{what} is written in {language}: its translations are into the catalog's "
                    "other languages, not into {language}.", what=entry.what, language=name)),
                _("Move these texts into the entry's own fields, or set `language:` to the "
                  "language its own texts are written in.")))
            continue
        if language not in wanted:
            found.append(entry.source.diagnostic(
                at, codes.TRANSLATION_LANGUAGE,
                _("catalog.yml does not list {language} (`{code}`) among its `languages`, so "
                  "this translation would not show anywhere.", language=name, code=language),
                _("Add `{code}` to `languages` in catalog.yml, or remove this translation.",
                  code=language)))
            continue
        for key, (_value, path) in texts(given, fields, optional=True).items():
            if key not in own and key in letterless:  # `owner: 2027-12-31`, `unit: "%"`
                found.append(entry.source.diagnostic(
                    (*at, *path), codes.ORPHAN_TRANSLATION,
                    _letterless_message(key, letterless[key][0], entry.what),
                    _("If `{field}` should say something else, write that in it in {own} (the "
                      "translation gives it in {language}); if `{value}` is right, remove the "
                      "translated text.", field=text_key(key), own=language_name(written_in),
                      language=name, value=shown(letterless[key][0]))))
            elif key not in own:
                found.append(entry.source.diagnostic(
                    (*at, *path), codes.ORPHAN_TRANSLATION,
                    _orphan_message(key, entry.what, fields),
                    _("Remove the translated text, or correct what it names so that it matches "
                      "the original.")))
    return found


def _orphan_message(key: TextKey, what: str, fields: TextFields) -> str:
    if len(key) == 4:
        name, item, _rank, text = key
        return _("This translates the `{text}` of the `{list}` entry with `{key}: {item}`, but "
                 "{what} has no such entry with a `{text}`.", text=text, list=name,
                 key=fields.keyed[name][0], item=item, what=what)
    return _("This translates `{field}`, but {what} has no such text.",
             field=text_key(key), what=what)


def _letterless_message(key: TextKey, value: object, what: str) -> str:
    """A translation of a text written without a letter (a date, a number, `%`, `???`):
    such a text reads the same in every language, so the check takes it for no text."""
    return _("This translates `{field}`, but {what} gives it as `{value}`, without a letter: "
             "a text without letters reads the same in every language and is not translated.",
             field=text_key(key), what=what, value=shown(value))


def _coverage_lines(catalog: Catalog, coverage: dict[Language, list[int]],
                    levels: dict[str, Severity]) -> list[Diagnostic]:
    source = catalog.registry_sources.get("catalog")
    if source is None or levels.get(TRANSLATED_CODE) is Severity.OFF:
        return []
    lines = []
    for language, (entries_count, complete, missing) in coverage.items():
        if not entries_count:
            continue
        lines.append(source.diagnostic(
            ("languages",), TRANSLATED_CODE,
            ngettext("{language}: {complete} of {count} entry written in another language "
                     "(KPIs, departments, objectives, glossary terms) has all its texts "
                     "translated; {missing} texts still show in their original language.",
                     "{language}: {complete} of {count} entries written in another language "
                     "(KPIs, departments, objectives, glossary terms) have all their texts "
                     "translated; {missing} texts still show in their original language.",
                     entries_count, language=_capital(language_name(language)),
                     complete=count_text(complete), count=count_text(entries_count),
                     missing=count_text(missing)),
            _("Add `{code}` to `required_languages` in catalog.yml to have each missing text "
              "reported.", code=language), Severity.INFO))
    return lines
