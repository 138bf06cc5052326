"""The paragraph below a page's title that links it in the catalog's other languages.

One maker, :func:`language_links`, for every page that has the paragraph: a generated page
(``partials/languages.html.j2`` calls it with the page's ``twins``), a page written by hand
that has a twin (the same path in another language's folder, ``guide/new-kpi.md`` and
``id/guide/new-kpi.md``: the plugin puts the paragraph below its title, so that a reader of
either finds the other without a macro on the page), and the home page's macro
``kpi_languages()`` (the first language's home page may have no twin).

Each link is worded in the language it leads to and marked with it (``lang``,
``hreflang``): the reader who needs the link is the one who cannot read the page's language
("Halaman ini dalam bahasa Indonesia" on an English page, "This page in English" on an
Indonesian one), and a screen reader says it in that language's voice.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence

from markupsafe import Markup

from kpi_catalog.i18n.labels import labels
from kpi_catalog.site.languages import language_root, root_of
from kpi_catalog.site.urls import page_url, relative_url

_H1_END = re.compile(r"</h1>", re.I)


def twin_srcs(src: str, pages: Collection[str], languages: Sequence[str]) -> list[tuple[str, str]]:
    """(language, path) of each twin of the page at ``src`` among ``pages``, in the order
    of ``languages``, the page's own language left out."""
    own = root_of(src, languages)
    path = src.removeprefix(own)
    found = []
    for language in languages:
        twin = language_root(language, languages) + path
        if twin != src and twin in pages:
            found.append((language, twin))
    return found


def language_links(twins: Iterable[Mapping[str, str]]) -> Markup:
    """The paragraph of links: one per twin, a mapping of ``language`` (its code), ``url``
    (relative to the page) and ``leads_to``, ``page`` (the same page in that language, the
    default) or ``catalog`` (that language's catalog: its home page or overview, when the
    page has no twin of its own); empty without twins.

    ``target="_self"``: the themes' instant navigation (mkdocs-material's, Zensical's) leaves
    a link with a target to the browser, which loads the twin whole; swapped in instantly, it
    would keep ``<html lang>`` and the search box of the page before."""
    links = []
    for twin in twins:
        language = twin["language"]
        words = labels(language)
        key = ("text.catalog_in_language" if twin.get("leads_to") == "catalog"
               else "text.in_language")
        links.append(Markup('<a href="{}" hreflang="{}" lang="{}" target="_self">{}</a>').format(
            twin["url"], language, language,
            words.get(key, language=words[f"language.{language}"])))
    if not links:
        return Markup("")
    return Markup('<p class="kpi-languages" data-search-exclude>{}</p>').format(
        Markup(" · ").join(links))


def twin_links(src: str, pages: Collection[str], languages: Sequence[str],
               use_directory_urls: bool = True) -> Markup:
    """The paragraph of links to the twins of the page written by hand at ``src``; empty
    when it has none."""
    here = page_url(src, use_directory_urls)
    return language_links(
        {"language": language,
         "url": relative_url(page_url(twin, use_directory_urls), here)}
        for language, twin in twin_srcs(src, pages, languages))


def below_title(html: str, paragraph: str) -> str:
    """``html`` (a page's content) with ``paragraph`` after its first heading's end, or
    first when it has none (the theme then writes the title above it)."""
    if not paragraph:
        return html
    paragraph = str(paragraph)  # a Markup joined to a str escapes the str
    end = _H1_END.search(html)
    if end is None:
        return paragraph + "\n" + html
    return html[:end.end()] + "\n" + paragraph + html[end.end():]
