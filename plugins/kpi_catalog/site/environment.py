"""The jinja2 environment of the site's templates: escaping by default, overrides first.

Contributor text never becomes a template: it is only ever a *value* given to one, and
every ``{{ value }}`` is escaped for HTML and Markdown on output (see
:mod:`kpi_catalog.escape`); undefined names fail loudly (``StrictUndefined``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import jinja2
from markupsafe import Markup

from kpi_catalog import escape
from kpi_catalog.site.language_links import language_links

TEMPLATES = Path(__file__).parent / "templates"


class _Finalize:
    """Every ``{{ value }}`` in a template goes through :func:`escape.text`: escaped, and a
    text shown in its original language marked (``| plain`` leaves the mark out, for an
    attribute)."""

    def __call__(self, value: object) -> object:
        if value is None:
            return Markup("")
        if isinstance(value, Markup):
            return value
        return escape.text(value)


def template_environment(template_dirs: Sequence[Path] = ()) -> jinja2.Environment:
    """The jinja2 environment of the site's templates: overrides first, then the built-ins.

    The built-in templates are also reachable as ``builtin/<name>``, so that an override
    can ``{% extends "builtin/kpi.md.j2" %}`` and replace single blocks.
    """
    builtin = jinja2.FileSystemLoader(str(TEMPLATES))
    loaders: list[jinja2.BaseLoader] = []
    dirs = [str(d) for d in template_dirs if Path(d).is_dir()]
    if dirs:
        loaders.append(jinja2.FileSystemLoader(dirs))
    loaders += [builtin, jinja2.PrefixLoader({"builtin": builtin})]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        finalize=_Finalize(),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        auto_reload=False,
    )
    env.filters["md"] = escape.markdown
    env.filters["paragraphs"] = escape.paragraphs
    env.filters["one_line"] = escape.one_line
    env.filters["plain"] = str  # a text without its mark of another language (attributes)
    env.globals["Markup"] = Markup
    env.globals["language_links"] = language_links
    return env
