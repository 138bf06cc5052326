"""The sitemaps of a site in several languages, after MkDocs wrote ``sitemap.xml``.

Each catalog page's entry lists the page in every language (``<xhtml:link rel="alternate"
hreflang>``, the form search engines read hreflang alternates in a sitemap; head links would
make mkdocs-material fetch a sitemap beside each, see :mod:`.plugin`), and each other
language's folder gets the sitemap of its pages (``id/sitemap.xml``: mkdocs-material
fetches a sitemap beside each alternate link, that language's feed links included).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from kpi_catalog import escape
from kpi_catalog.site.languages import language_root, root_of
from kpi_catalog.site.urls import page_url

_URL = re.compile(r"<url>.*?</url>\s*", re.S)
_LOC = re.compile(r"<loc>([^<]*)</loc>")
_XHTML = 'xmlns:xhtml="http://www.w3.org/1999/xhtml"'


def language_sitemaps(site_dir: Path, site_url: str, languages: Sequence[str],
                      pages: Iterable[str], use_directory_urls: bool = True) -> None:
    """Rewrite ``site_dir/sitemap.xml`` (and its ``.gz``) with the alternates of ``pages``
    (the site paths of the catalog's pages, ``id/kpis/x/index.md`` among them), and write
    each other language's sitemap."""
    sitemap = site_dir / "sitemap.xml"
    if len(languages) < 2 or not site_url or not sitemap.is_file():
        return
    base = site_url.rstrip("/") + "/"
    made = set(pages)
    twins: dict[str, list[tuple[str, str]]] = {}  # a page's address -> (language, address)
    for src in made:
        root = root_of(src, languages)
        if root != "":
            continue
        found = [(language, base + page_url(language_root(language, languages) + src,
                                            use_directory_urls))
                 for language in languages if language_root(language, languages) + src in made]
        if len(found) > 1:
            for _language, url in found:
                twins[url] = found
    text = sitemap.read_text(encoding="utf-8")
    entries = [match.group(0) for match in _URL.finditer(text)]
    if not entries:
        return
    head = text[:text.index("<url>")]
    tail = text[text.rindex("</url>") + len("</url>"):].lstrip()
    entries = [_with_alternates(entry, twins) for entry in entries]
    if "xmlns:xhtml" not in head:
        head = head.replace("<urlset ", f"<urlset {_XHTML} ", 1)
    _write(sitemap, head + "".join(entries) + tail)
    for language in languages[1:]:
        folder = site_dir / language
        prefix = base + language + "/"
        if folder.is_dir():
            own = [entry for entry in entries
                   if (loc := _LOC.search(entry)) and loc.group(1).startswith(prefix)]
            _write(folder / "sitemap.xml", head + "".join(own) + tail)


def _with_alternates(entry: str, twins: dict[str, list[tuple[str, str]]]) -> str:
    loc = _LOC.search(entry)
    found = twins.get(loc.group(1)) if loc else None
    if not found:
        return entry
    links = "".join(f'\n         <xhtml:link rel="alternate" hreflang="{escape.html(language)}" '
                    f'href="{escape.html(url)}"/>' for language, url in found)
    end = entry.rindex("</url>")
    return entry[:end].rstrip() + links + "\n    " + entry[end:]


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    packed = path.with_name(path.name + ".gz")
    if packed.exists():  # MkDocs writes one beside the site's sitemap
        packed.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
