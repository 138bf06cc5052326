"""The rule registry: what a rule is, what it sees, and how it reports.

A rule is a small function decorated with :func:`rule`. It receives one KPI and a
:class:`Context` and yields :class:`Finding` objects (field, message, hint); the
runner turns them into located diagnostics with the severity the catalog configured.
Rules never see a KPI that failed to load, nor one that silenced them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import NamedTuple

from kpi_catalog.checking.addresses import count_domains, likely_meant
from kpi_catalog.checking.text import Glossary
from kpi_catalog.checking.vague_words import VagueWords
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.diagnostics import FieldPath, Severity
from kpi_catalog.model.enums import Lifecycle
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.language import language_of
from kpi_catalog.model.names import name_key, spelling_key
from kpi_catalog.reading.loader import unread


class Finding(NamedTuple):
    """One problem a rule found: where (a field path), what, and how to fix it."""

    field: FieldPath
    message: str
    hint: str = ""


CheckFunction = Callable[[Kpi, "Context"], Iterable[Finding]]

NOT_RETIRED = frozenset({Lifecycle.DRAFT, Lifecycle.ACTIVE})
ACTIVE_ONLY = frozenset({Lifecycle.ACTIVE})


@dataclass(frozen=True)
class Rule:
    code: str
    """Stable code (`K101`): used in catalog.yml `rules:`, in `silence:` and in the docs."""
    name: str
    """Short kebab-case name (`one-sentence`)."""
    summary: str
    """What the rule asks for, in one line."""
    severity: Severity
    """The default severity; catalog.yml `rules:` may change it."""
    check: CheckFunction = field(repr=False)
    lifecycles: frozenset[Lifecycle] = NOT_RETIRED
    """KPIs the rule looks at; retired KPIs are history and are not checked."""
    reads_statement: bool = False
    """Whether the rule reads the statement: it then also reads each translated statement
    (its findings there are located at `translations.<language>.statement`)."""


RULES: dict[str, Rule] = {}
"""Every rule, by code, in code order."""


def rule(
    code: str, name: str, summary: str, severity: Severity,
    lifecycles: frozenset[Lifecycle] = NOT_RETIRED, reads_statement: bool = False,
) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check function as a rule."""
    def register(check: CheckFunction) -> CheckFunction:
        if code in RULES:
            raise ValueError(f"rule code {code} is registered twice")
        RULES[code] = Rule(code, name, summary, severity, check, lifecycles, reads_statement)
        return check
    return register


def _normalise(text: str | None) -> str:
    return " ".join((text or "").casefold().split()).strip(" .;:")


def glossary_words(terms) -> list[str]:
    """Every spelling the glossary explains, in every language: a statement in either
    language may use the other's acronym (`CAC` in Bahasa Indonesia)."""
    words = []
    for term in terms:
        words += [term.term, *term.aliases]
        for texts in term.translations.values():
            words += [word for word in (texts.term, *(texts.aliases or ())) if word]
    return words


def tags_by_language(kpi: Kpi, catalog_language: str) -> Iterator[tuple[FieldPath, str, str]]:
    """Each tag of the KPI with where it is written and its language: `tags` in the
    language the KPI is written in, `translations.<language>.tags` in theirs."""
    written = language_of(kpi, catalog_language)
    for index, tag in enumerate(kpi.tags):
        yield ("tags", index), written, tag
    for language, texts in kpi.translations.items():
        for index, tag in enumerate(texts.tags or ()):
            yield ("translations", language, "tags", index), language, tag


def contact_texts(kpi: Kpi) -> Iterator[tuple[FieldPath, str | None]]:
    """Where a KPI file may give an e-mail address: its owner and data steward (and theirs
    in each language) and its links."""
    yield ("owner",), kpi.owner
    yield ("data_steward",), kpi.data_steward
    for language, texts in kpi.translations.items():
        yield ("translations", language, "owner"), texts.owner
        yield ("translations", language, "data_steward"), texts.data_steward
    for index, link in enumerate(kpi.links):
        yield ("links", index, "url"), link.url


@dataclass
class Context:
    """What a rule may look at besides the KPI: the whole catalog and today's date."""

    catalog: Catalog
    today: date

    @cached_property
    def glossary(self) -> Glossary:
        return Glossary.build(glossary_words(self.catalog.glossary))

    @cached_property
    def glossary_unread(self) -> bool:
        """glossary.yml is there but did not load: which words it explains is unknown."""
        return unread(self.catalog, "glossary")

    @cached_property
    def vague_words(self) -> VagueWords:
        """The built-in vague words and those catalog.yml adds."""
        return VagueWords.build(self.catalog.config.vague_words)

    @cached_property
    def known_words(self) -> frozenset[str]:
        """Department ids and names: `HR` is no jargon where there is an `hr` department."""
        words = set()
        for department in self.catalog.departments.values():
            words.add(department.id)
            names = [department.name, *(t.name for t in department.translations.values()
                                        if t.name)]
            for name in names:
                words.update(name.replace("(", " ").replace(")", " ").split())
        return frozenset(words)

    @cached_property
    def same_measure(self) -> dict[tuple[str, str], list[str]]:
        """KPI ids (not retired) by normalised (metric, data source), in path order."""
        groups: dict[tuple[str, str], list[str]] = defaultdict(list)
        kpis = sorted(self.catalog.kpis.values(), key=lambda k: self.catalog.kpi_path(k.id))
        for kpi in kpis:
            if kpi.lifecycle is Lifecycle.RETIRED:
                continue
            if not (kpi.measurement.data_source or "").strip():
                continue
            key = (_normalise(kpi.measurement.metric), _normalise(kpi.measurement.data_source))
            groups[key].append(kpi.id)
        return dict(groups)

    @cached_property
    def same_names(self) -> dict[str, list[tuple[str, bool]]]:
        """By :func:`name_key`: the KPIs (not retired) that go by that name, in path order,
        each once, with whether it is their name (else an alias)."""
        return self._name_indexes[0]

    @cached_property
    def names_by_language(self) -> dict[tuple[str, str], list[tuple[str, bool, str]]]:
        """By language and :func:`name_key`: the KPIs (not retired) that go by that name in
        that language, in path order, each once: their name and aliases in the language
        they are written in, their translated name in each other; with whether it is a
        name (else an alias) and how it is spelled."""
        return self._name_indexes[1]

    @cached_property
    def _name_indexes(self) -> tuple[dict[str, list[tuple[str, bool]]],
                                     dict[tuple[str, str], list[tuple[str, bool, str]]]]:
        """:attr:`same_names` and :attr:`names_by_language`, in one pass over the KPIs."""
        groups: dict[str, list[tuple[str, bool]]] = defaultdict(list)
        by_language: dict[tuple[str, str], list[tuple[str, bool, str]]] = defaultdict(list)
        catalog_language = self.catalog.config.language
        kpis = sorted(self.catalog.kpis.values(), key=lambda k: self.catalog.kpi_path(k.id))
        for kpi in kpis:
            if kpi.lifecycle is Lifecycle.RETIRED:
                continue
            written = language_of(kpi, catalog_language)
            seen = set()
            spelled = set()
            for spelling, is_name in [(kpi.name, True), *((a, False) for a in kpi.aliases)]:
                key = name_key(spelling)
                if key and key not in seen:
                    seen.add(key)
                    groups[key].append((kpi.id, is_name))
            translated = [(language, texts.name, True)
                          for language, texts in kpi.translations.items() if texts.name]
            for language, spelling, is_name in [(written, kpi.name, True), *(
                    (written, a, False) for a in kpi.aliases), *translated]:
                where = (language, name_key(spelling))
                if where[1] and where not in spelled:
                    spelled.add(where)
                    by_language[where].append((kpi.id, is_name, spelling))
        return dict(groups), dict(by_language)

    @cached_property
    def tag_spellings(self) -> dict[tuple[str, str], tuple[str, str]]:
        """By language and :func:`spelling_key`: the first KPI (in path order, retired ones
        too, as the tags page lists them) to tag with that word, and how it writes it."""
        first: dict[tuple[str, str], tuple[str, str]] = {}
        catalog_language = self.catalog.config.language
        for kpi in sorted(self.catalog.kpis.values(), key=lambda k: self.catalog.kpi_path(k.id)):
            for _field, language, tag in tags_by_language(kpi, catalog_language):
                first.setdefault((language, spelling_key(tag)), (kpi.id, tag))
        return first

    @cached_property
    def meant_domains(self) -> dict[str, str]:
        """E-mail domains one slip of the keys from one the catalog writes more often, with
        that domain (:func:`likely_meant`): counted over every KPI (retired ones too), the
        departments' heads and the objectives' owners, in every language."""
        writers: list[list[str | None]] = [
            [text for _field, text in contact_texts(kpi)] for kpi in self.catalog.kpis.values()]
        writers += [[department.head, *(t.head for t in department.translations.values())]
                    for department in self.catalog.departments.values()]
        writers += [[objective.owner, *(t.owner for t in objective.translations.values())]
                    for objective in self.catalog.objectives.values()]
        return likely_meant(count_domains(writers))

    def measure_key(self, kpi: Kpi) -> tuple[str, str]:
        return _normalise(kpi.measurement.metric), _normalise(kpi.measurement.data_source)
