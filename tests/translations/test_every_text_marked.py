"""Every text a page shows in another language than its own is marked with that language,
wherever a template puts it: the example catalog with no translation at all, each text
given a tag of its own, built in both languages; each time a tag shows on a page, the
element it is in says the language its text is written in (`lang`).

A field or template added later is covered without a new test: the texts are found through
the table of text fields (``TEXT_FIELDS``), the places through every page of the site.

Left out: what no element can mark part of, an SVG drawing's ``<title>`` and ``<desc>``
(its accessible name and description: `Trend of <a name>`, each value with its unit) and a
glossary definition where the `abbr` extension makes it a `title` attribute."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from catalog_factory import TODAY
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.fields import replaced
from kpi_catalog.model.language import TEXT_FIELDS, language_of
from kpi_catalog.site.languages import language_sites

REPO = Path(__file__).resolve().parents[2]
TAG = re.compile(r"Zq(\d+)x")
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "source", "track", "wbr"})


class Tagger:
    """Gives each text of an entry a tag in front (``Zq17x Gross margin``) and remembers the
    language it is written in and where it stands."""

    def __init__(self, catalog_language: str) -> None:
        self.catalog_language = catalog_language
        self.written: dict[str, tuple[str, str]] = {}  # tag number -> (language, field)

    def tagged(self, value: object, language: str, where: str) -> object:
        if not isinstance(value, str) or not any(c.isalpha() for c in value):
            return value
        number = str(len(self.written))
        self.written[number] = (language, where)
        return f"Zq{number}x {value}"

    def entry(self, entry, what: str):
        """The entry with every text tagged, and no translation: each text is shown as
        written on the pages of every language."""
        fields = TEXT_FIELDS[type(entry)]
        language = language_of(entry, self.catalog_language)
        update: dict[str, object] = {"translations": {}}
        for name in fields.scalars:
            update[name] = self.tagged(getattr(entry, name), language, f"{what}.{name}")
        for name, parts in fields.nested.items():
            group = getattr(entry, name)
            if group is not None:
                update[name] = replaced(group, **{
                    part: self.tagged(getattr(group, part), language, f"{what}.{name}.{part}")
                    for part in parts})
        for name, (_key, text) in fields.keyed.items():
            update[name] = [replaced(item, **{text: self.tagged(
                getattr(item, text), language, f"{what}.{name}[{index}].{text}")})
                for index, item in enumerate(getattr(entry, name))]
        return entry.model_copy(update=update)


def tagged_catalog(catalog: Catalog) -> tuple[Catalog, Tagger]:
    tagger = Tagger(catalog.config.language)
    return dataclasses.replace(
        catalog, config=tagger.entry(catalog.config, "catalog.yml"),
        kpis={k: tagger.entry(kpi, k) for k, kpi in catalog.kpis.items()},
        departments={k: tagger.entry(d, f"department {k}")
                     for k, d in catalog.departments.items()},
        objectives={k: tagger.entry(o, f"objective {k}") for k, o in catalog.objectives.items()},
        glossary=[tagger.entry(g, f"glossary {g.term}") for g in catalog.glossary],
    ), tagger


class Languages(HTMLParser):
    """The language of each tagged text of a page: its nearest element's `lang`, else the
    page's. Hidden elements (the words search finds a page by) are no reading; in a
    drawing, its ``<text>`` is checked, its name and description are not (see above)."""

    def __init__(self, page_language: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None, bool]] = []  # tag, its lang, hidden
        self.page_language = page_language
        self.found: list[tuple[str, str, str]] = []  # tag number, language, the text
        self.markup_in_attributes: list[str] = []  # a mark has no place in an attribute

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        given = dict(attrs)
        self.markup_in_attributes += [f"{tag} {name}={value}" for name, value in attrs
                                      if value and "<" in value]
        self.stack.append((tag, given.get("lang"), "hidden" in given))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        if any(hidden or tag in ("title", "desc") for tag, _lang, hidden in self.stack) \
                or data.lstrip().startswith("*["):  # a name or an abbreviation's title
            return
        language = next((lang for _tag, lang, _hidden in reversed(self.stack)
                         if lang is not None), self.page_language)
        for number in TAG.findall(data):
            self.found.append((number, language, data.strip()[:80]))


@pytest.fixture(scope="module")
def pages():
    result = check_catalog(REPO / "kpis", today=TODAY, repo_root=REPO)
    assert result.ok, [d.text() for d in result.errors]
    catalog, tagger = tagged_catalog(result.catalog)
    made = {site.language: site.pages() for site in language_sites(catalog, today=TODAY)}
    return made, tagger


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_text_is_in_an_element_of_its_language(pages, language):
    made, tagger = pages
    wrong, seen = [], set()
    for page in made[language]:
        reader = Languages(language)
        reader.feed(page.body)
        reader.close()
        wrong += [f"{page.src_uri}: {found}" for found in reader.markup_in_attributes]
        for number, said_in, text in reader.found:
            seen.add(number)
            written_in, where = tagger.written[number]
            if said_in != written_in:
                wrong.append(f"{page.src_uri}: {where} ({written_in}) read as {said_in}: "
                             f"{text}")
    assert wrong == []
    # the pages show the texts of both languages: the check looked at them
    shown_in = {tagger.written[number][0] for number in seen}
    assert shown_in == {"en", "id"} and len(seen) > 300
