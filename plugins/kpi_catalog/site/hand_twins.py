"""The links between a page written by hand and its twins in the catalog's other languages.

A generated page links itself in each other language below its title
(``partials/languages.html.j2``). A page written by hand has a twin when the same path is
written in another language's folder (``guide/new-kpi.md`` and ``id/guide/new-kpi.md``):
the plugin links the two the same way, worded in the page's language, so that a reader of
either finds the other without a macro on the page. The home pages are left to
``kpi_languages()`` (the first language's home page may have no twin, and says so).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from markupsafe import Markup

from kpi_catalog.i18n.labels import Labels
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


def twin_links(src: str, pages: Collection[str], languages: Sequence[str], t: Labels,
               use_directory_urls: bool = True) -> Markup:
    """The paragraph of links to the twins of the page at ``src`` ("Halaman ini dalam
    bahasa Inggris"), as a generated page has it; empty when it has none."""
    here = page_url(src, use_directory_urls)
    links = [Markup('<a href="{}" hreflang="{}" target="_self">{}</a>').format(
        relative_url(page_url(twin, use_directory_urls), here), language,
        t.get("text.in_language", language=t[f"language.{language}"]))
        for language, twin in twin_srcs(src, pages, languages)]
    if not links:
        return Markup("")
    return Markup('<p class="kpi-languages" data-search-exclude>{}</p>').format(
        Markup(" · ").join(links))


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
