"""What ``kpi mcp`` says about a tool call's arguments it cannot take: plain words in the
language the server speaks, naming the argument and what it takes, where the SDK would send
pydantic's report (English, its internal model's name, a link to pydantic's pages).

A value the client sent is quoted cut short and without bidirectional controls: an answer
stays small whatever the client sent (:func:`quoted`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from kpi_catalog import json_text
from kpi_catalog.i18n.messages import N_, _, shown, translated

QUOTED_WIDTH = 60
"""How many characters of a client's value a message quotes."""

TAKES = {
    "query": N_("text: words of a KPI's name, an id, an alias or an acronym"),
    "department": N_("a department's id (text)"),
    "status": N_("one of achieved, ahead, on_track, behind, not_started, no_data"),
    "limit": N_("a whole number from 1 to 200"),
    "kpi_id": N_("a KPI's id (text), as `find_kpis` gives it"),
    "code": N_("a rule code (K101), an error code (E202) or a rule's short name (text)"),
}
"""What each argument of the tools takes, as a message says it."""


def quoted(value: Any) -> str:
    """A client's value as a message quotes it: one line, cut short, no bidi control."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False,
                                                          default=str)
    return shown(json_text.without_bidi(" ".join(text.split())), QUOTED_WIDTH)


def unknown_tool(name: str, tools: list[str]) -> str:
    return _("There is no tool `{name}`; the tools are: {tools}.", name=quoted(name),
             tools=", ".join(tools))


def unknown_arguments(tool: str, given: list[str], takes: list[str]) -> str:
    return _("`{tool}` takes no argument {names}; it takes: {takes}.", tool=tool,
             names=", ".join(f"`{quoted(name)}`" for name in given[:5]),
             takes=", ".join(takes) or "-")


def rejected(tool: str, errors: Sequence[Any], arguments: dict[str, Any]) -> str:
    """One sentence for each argument pydantic rejected (``errors`` as
    ``ValidationError.errors()`` gives them)."""
    said = []
    for name in dict.fromkeys(str(error["loc"][0]) for error in errors if error["loc"]):
        takes = translated(TAKES[name]) if name in TAKES else "?"
        if name not in arguments:
            said.append(_("`{tool}` needs the argument `{name}`: {takes}.", tool=tool,
                          name=name, takes=takes))
        else:
            said.append(_("The argument `{name}` of `{tool}` takes {takes}; it was {value}.",
                          name=name, tool=tool, takes=takes,
                          value=quoted(json.dumps(arguments[name], ensure_ascii=False,
                                                  default=str))))
    return " ".join(said)
