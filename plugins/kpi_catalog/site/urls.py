"""Where a generated page ends up, and relative links between pages, without MkDocs.

Links inside HTML blocks are not rewritten by Markdown tools, so the generator writes
them as final relative URLs. The rules follow MkDocs (and Zensical, which keeps them):
``a/b.md`` becomes ``a/b/`` with directory URLs and ``a/b.html`` without;
``a/index.md`` becomes ``a/`` or ``a/index.html``.
"""

from __future__ import annotations


def page_url(src: str, use_directory_urls: bool = True) -> str:
    """The URL of the page built from ``src`` (a path ending in ``.md``), site-relative."""
    stem = src[:-3] if src.endswith(".md") else src
    if not use_directory_urls:
        return stem + ".html"
    parent, _, name = stem.rpartition("/")
    if name in ("index", "README"):
        return parent + "/" if parent else ""
    return stem + "/"


def _parts(path: str) -> list[str]:
    out: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if out:
                out.pop()
        else:
            out.append(part)
    return out


def relative_url(to_url: str, from_url: str) -> str:
    """``to_url`` relative to the page at ``from_url`` (both site-relative URLs)."""
    folder, _, last = from_url.rpartition("/")
    base = folder if "." in last else from_url
    from_parts, to_parts = _parts(base), _parts(to_url)
    common = 0
    for a, b in zip(from_parts, to_parts, strict=False):
        if a != b:
            break
        common += 1
    rel = "/".join([".."] * (len(from_parts) - common) + to_parts[common:]) or "."
    return rel + "/" if to_url.endswith("/") or to_url == "" else rel
