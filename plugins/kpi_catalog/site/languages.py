"""A catalog site in each of its languages, from one run.

A catalog publishes in every language of its ``languages`` (catalog.yml). Its first
language, ``language``, has its pages at the root of the site (``kpis/net-sales/``); each
other language has the same pages, with the same paths, under a folder named by its code
(``id/kpis/net-sales/``): addresses a reader can guess from one another, which never change
when a translation is added.

Each language is a :class:`~kpi_catalog.site.generator.Site` of its own, reading the
catalog in that language (:func:`~kpi_catalog.model.language.in_language`: a text without
a translation is shown in its original language, marked), with that language's labels,
dates and numbers. Its outputs go under its folder (:func:`~.outputs.site_outputs`), so its
links, all relative, stay inside it; every page links its twins in the other languages
(:meth:`Site.twins`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING

from kpi_catalog import escape
from kpi_catalog.site.page import SitePage

if TYPE_CHECKING:
    import jinja2

    from kpi_catalog.model.catalog import Catalog
    from kpi_catalog.site.generator import Site
    from kpi_catalog.site.options import SiteOptions
    from kpi_catalog.site.outputs import Output


HOME = "index.md"
"""A language's home page, in its folder: the first language's is written by hand
(``docs/index.md``); each other language's is ``docs/<language>/index.md`` when written by
hand, else the generator makes it (:meth:`~kpi_catalog.site.generator.Site.home_page`): the
catalog's name, the status of its active KPIs and links to its pages, in that language, so
that ``id/`` is a page and the logo of an ``id/`` page leads to it."""


def replaceable_homes(catalog: Catalog) -> set[str]:
    """Where the generator may make a home page (:data:`HOME` in the folder of each of the
    catalog's languages but the first): a file there that a render wrote, then replaced by
    hand, is the reader's own page (:func:`.render.replaced_by_hand`)."""
    config = catalog.config
    return {f"{language}/{HOME}" for language in config.languages if language != config.language}


def language_root(language: str, languages: Sequence[str]) -> str:
    """The folder of ``language``'s pages: ``""`` for the first language, else ``"id/"``."""
    return "" if not languages or language == languages[0] else f"{language}/"


def site_languages(catalog: Catalog, options: SiteOptions) -> tuple[str, ...]:
    """The languages a site is made in, the one at the root first: the catalog's
    ``language``, then the rest of its ``languages``; only ``options.language`` when the
    options name one (a site in one chosen language, as the MkDocs plugin's ``language``
    option asks)."""
    if options.language:
        return (options.language,)
    config = catalog.config
    return (config.language, *(lang for lang in config.languages if lang != config.language))


def language_sites(catalog: Catalog, *, today: date | None = None,
                   options: SiteOptions | None = None,
                   env: jinja2.Environment | None = None) -> list[Site]:
    """A :class:`Site` per language of :func:`site_languages`, the first one first. A site
    of one language is exactly the site it was before there were languages. ``env``: the
    template environment they share (kept between builds under `mkdocs serve`)."""
    from kpi_catalog.site.generator import Site
    from kpi_catalog.site.options import SiteOptions

    options = options or SiteOptions()
    languages = site_languages(catalog, options)
    if len(languages) == 1:
        return [Site(catalog, today=today, env=env,
                     options=dataclasses.replace(options, language=languages[0]))]
    return [Site(catalog, today=today, env=env,
                 options=in_language_options(options, lang, languages))
            for lang in languages]


def root_of(src: str, languages: Sequence[str]) -> str:
    """The language folder a site path lies in (``"id/"``), ``""`` for the first
    language's (and every page outside the other languages' folders)."""
    for language in languages[1:]:
        if src.startswith(f"{language}/"):
            return f"{language}/"
    return ""


def in_language_options(options: SiteOptions, language: str,
                        languages: Sequence[str]) -> SiteOptions:
    """The options of the site of ``language`` among ``languages``: its address
    (``site_url``, for the feeds' absolute links) is its folder's, and its hand-written
    pages (a rule's page, linked where a KPI silences the rule, its home page) are those in
    its folder; ``first_home``, whether the first language has its home page (``options``'
    pages are the whole site's)."""
    root = language_root(language, languages)
    if not root:
        return dataclasses.replace(options, language=language, languages=tuple(languages))
    site_url = options.site_url and options.site_url.rstrip("/") + "/" + root
    existing = frozenset(page.removeprefix(root) for page in options.existing_pages
                         if page.startswith(root))
    return dataclasses.replace(options, language=language, languages=tuple(languages),
                               site_url=site_url, existing_pages=existing,
                               first_home=HOME in options.existing_pages)


def with_site_names(outputs: Iterable[Output], sites: Sequence[Site],
                    site_name: str) -> Iterator[Output]:
    """``outputs`` with, on each page of a language other than the first, the catalog's name
    in that language (``kpi_site_name``) when ``site_name`` (mkdocs.yml's) is the catalog's
    name in the first: the plugin shows such a page with that name under MkDocs
    (:mod:`.page_language`), and a theme it does not adapt (Zensical's, see
    overrides/zensical/main.html) takes it from the front matter.
    :func:`~kpi_catalog.site.outputs.outputs_of` adds it for every engine."""
    first = sites[0] if sites else None
    # one line, without controls, as the plugin's pages show it under MkDocs
    names = {site.root: str(escape.one_line(site.catalog.config.name))
             for site in sites if site.root} \
        if first is not None and site_name == first.catalog.config.name else {}
    for output in outputs:
        if names and isinstance(output, SitePage):
            name = names.get(root_of(output.src_uri, first.languages if first else ()))
            if name:
                output = dataclasses.replace(output, meta={**output.meta, "kpi_site_name": name})
        yield output
