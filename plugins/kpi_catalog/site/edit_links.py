"""Edit links of the catalog's pages: the edit button of a KPI page opens its YAML file.

MkDocs builds a page's edit link from ``repo_url``, ``edit_uri`` (or ``edit_uri_template``)
and the path the File gives (``File.edit_uri``); this module says what that path is for a
YAML file of the catalog, and for hand-written pages when ``edit_uri`` points at the root
of the repository (the plugin's ``edit_paths`` option).

A site engine that runs no plugin (Zensical) builds every edit link from the page's path,
which for a rendered page is a file that is not in git: `kpi render` writes each generated
page's edit link into its front matter instead (:func:`with_edit_links`, ``kpi_edit_url``),
for the theme's override to use (overrides/zensical/partials/actions.html).
"""

from __future__ import annotations

import dataclasses
import os
import posixpath
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from urllib.parse import quote, urljoin

from kpi_catalog.site.page import SitePage

if TYPE_CHECKING:
    from kpi_catalog.site.outputs import Output

EDIT_URL = "kpi_edit_url"
"""The front matter key of a rendered page's edit link (``null``: the page has no button)."""


class EditSettings(Protocol):
    """What edit links are made of: MkDocs' config, or what `kpi render` read of mkdocs.yml
    (:class:`~kpi_catalog.site.mkdocs_file.MkDocsSettings`)."""

    @property
    def docs_dir(self) -> str | os.PathLike[str]: ...
    @property
    def repo_url(self) -> str | None: ...
    @property
    def edit_uri(self) -> str | None: ...
    @property
    def edit_uri_template(self) -> str | None: ...


class EditLinks:
    """How the files of one build are reached from ``edit_uri``."""

    def __init__(self, config: EditSettings, repo_root: Path, edit_paths: str):
        self.config = config
        self.docs = _inside(Path(config.docs_dir), repo_root)
        """docs_dir relative to the repository root (``docs``), if it lies inside it."""
        self.mode = edit_paths if edit_paths != "auto" else self._guess()

    def _guess(self) -> str:
        """``docs`` when edit_uri ends with the docs folder's path, else ``repository``."""
        template = self.config.edit_uri_template
        base = template.split("{path", 1)[0] if template else (self.config.edit_uri or "")
        base = base.strip("/")
        if self.docs and (base == self.docs or base.endswith("/" + self.docs)):
            return "docs"
        return "repository"

    def path(self, source: str) -> str:
        """What follows edit_uri for a file of the repository (``kpis/sales/x.yml``)."""
        if self.mode == "docs":
            return posixpath.relpath(source, self.docs or ".")
        return source

    def page_path(self, src_uri: str) -> str | None:
        """What follows edit_uri for a hand-written page when edit_uri points at the root of
        the repository (``docs/index.md``); ``None`` when MkDocs' own path is right."""
        if self.mode == "repository" and self.docs:
            return f"{self.docs}/{src_uri}"
        return None

    def url(self, source: str) -> str | None:
        """The edit link of a file of the repository, as MkDocs builds a page's: only a web
        address, ``None`` without repo_url and edit_uri."""
        config = self.config
        if not config.repo_url or not (config.edit_uri or config.edit_uri_template):
            return None
        path = quote(self.path(source))
        if config.edit_uri_template:
            uri = config.edit_uri_template.format(path=path,
                                                  path_noext=posixpath.splitext(path)[0])
        else:
            uri = (config.edit_uri or "") + path
        repo = config.repo_url if config.repo_url.endswith("/") else config.repo_url + "/"
        url = urljoin(repo, uri)
        return url if url.startswith(("https://", "http://")) else None


def with_edit_links(outputs: Iterable[Output],
                    url: Callable[[str], str | None] | None) -> Iterator[Output]:
    """``outputs`` with each page's edit link in its front matter (``kpi_edit_url``): the
    link to the page's YAML file (``url`` of its path, ``None`` without ``url``), ``None``
    for a page without one (the overview), so that a theme which builds edit links from the
    page's path (Zensical's) shows no button leading to a rendered file that is not in
    git. :func:`~kpi_catalog.site.outputs.outputs_of` adds it for every engine; MkDocs'
    themes use the File's ``edit_uri``, which the plugin sets."""
    for output in outputs:
        if isinstance(output, SitePage):
            link = url(output.yaml_path) if url and output.yaml_path else None
            output = dataclasses.replace(output, meta={**output.meta, EDIT_URL: link})
        yield output


def _inside(folder: Path, root: Path) -> str | None:
    try:
        return folder.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None
