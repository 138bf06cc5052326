"""``kpi mcp``: the catalog for AI assistants, as a Model Context Protocol server on stdio.

Made with the official MCP Python SDK (the optional extra ``mcp``). Every tool answers a
question with :mod:`.queries` and is marked read-only (``readOnlyHint``): nothing it
offers can change a file, run a KPI's database query or reach the network. Two
resources give the JSON documents a site publishes (:mod:`kpi_catalog.export.document`).
An answer the catalog cannot give (an unknown id, a catalog with errors) is a tool error
whose text says what to ask instead.
"""

from __future__ import annotations

from typing import Annotated, Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import (
    ResourceError,
    ResourceNotFoundError,
    ToolError,
    UnexpectedToolError,
)
from mcp.types import CallToolResult, TextContent, ToolAnnotations
from pydantic import Field, ValidationError

from kpi_catalog import __version__, json_text
from kpi_catalog.export.document import catalog_document, dumps, kpi_document
from kpi_catalog.i18n.messages import _
from kpi_catalog.mcp_server import argument_errors, queries
from kpi_catalog.mcp_server.queries import CatalogState, QueryError, Snapshot

Answer = Annotated[CallToolResult, dict[str, Any]]
"""A tool's answer: a JSON object (its output schema), written out as :func:`answer` does."""
READ_ONLY = ToolAnnotations(read_only_hint=True, destructive_hint=False, idempotent_hint=True,
                            open_world_hint=False)
INSTRUCTIONS = """\
The KPIs (Key Performance Indicators) of {name}: each is one sentence from a baseline to a
target by a date, with its measured values and where it stands on {today}: achieved,
ahead, on_track, behind, not_started or no_data (no value yet, or values shown on the
internal site only). Start with `find_kpis` (words of a name, an acronym, an id) or
`list_attention` (what is behind or overdue), then `get_kpi` for one KPI in full.
`explain_rule` says what a rule code (K101...) or error code (E101...) of `kpi validate`
means. Everything here is read-only; the catalog is changed in its YAML files, by pull
request.{audience}"""
PUBLIC_NOTE = (" This server shows the catalog as the public may read it: confidential "
               "KPIs are left out, and internal KPIs have no values.")


class CatalogServer(MCPServer):
    """The SDK's server, whose tool errors are the catalog's messages: in the language the
    server speaks, without the SDK's English prefix or pydantic's report, quoting no more of
    a client's value than :func:`.argument_errors.quoted` does; an argument no tool takes is an
    error, not ignored."""

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        tools = {tool.name: tool for tool in await self.list_tools()}
        if name not in tools:
            raise ToolError(argument_errors.unknown_tool(name, sorted(tools)))
        takes = list(tools[name].input_schema.get("properties", {}))
        extra = [key for key in arguments if key not in takes]
        if extra:
            raise ToolError(argument_errors.unknown_arguments(name, extra, takes))
        try:
            return await super().call_tool(name, arguments, context)
        except UnexpectedToolError:
            raise
        except ToolError as exc:
            cause = exc.__cause__
            if isinstance(cause, ValidationError):
                said = argument_errors.rejected(name, cause.errors(), arguments)
            else:
                said = str(cause) if isinstance(cause, ToolError) else str(exc)
            raise ToolError(json_text.without_bidi(said)) from None

    async def read_resource(self, uri: Any, context: Any = None) -> Any:
        try:
            return await super().read_resource(uri, context)
        except UnknownKpi:
            raise
        except ResourceNotFoundError:  # the SDK's, quoting the whole address in English
            raise ResourceNotFoundError(_(
                "There is no resource `{uri}`; the resources are `kpi://catalog` and "
                "`kpi://kpis/{{kpi_id}}`.", uri=argument_errors.quoted(str(uri)))) from None


class UnknownKpi(ResourceNotFoundError):
    """A ``kpi://kpis/`` address whose KPI the audience cannot read, or that none has."""


def build_server(state: CatalogState) -> MCPServer:
    """The server over ``state``; its first snapshot names the catalog in the instructions
    (:class:`~.queries.QueryError` if the catalog has errors)."""
    first = state.snapshot()
    server = CatalogServer(
        "kpi-catalog", version=__version__, log_level="WARNING",
        instructions=INSTRUCTIONS.format(  # written by the SDK: no bidi control (raw)
            name=json_text.without_bidi(first.catalog.config.name),
            today=first.today.isoformat(),
            audience=PUBLIC_NOTE if _audience(state, first) == "public" else ""),
    )

    def snapshot() -> Snapshot:
        try:
            return state.snapshot()
        except QueryError as exc:
            raise ToolError(str(exc)) from None

    def answer(question, *args: Any, **kwargs: Any) -> Answer:
        """The answer as data (``structuredContent``) and as JSON text for the assistant to
        read, written by the catalog's JSON writer, where the SDK would write its own. The
        SDK writes the data raw, so its texts are as the site shows them: without
        bidirectional controls (`json_text.without_bidi`)."""
        try:
            data = json_text.without_bidi(question(snapshot(), *args, **kwargs))
        except QueryError as exc:
            raise ToolError(str(exc)) from None
        return CallToolResult(content=[TextContent(type="text", text=json_text.dumps(
            data, indent=2, allow_nan=False))], structured_content=data)

    @server.tool(annotations=READ_ONLY)
    def find_kpis(
        query: Annotated[str, Field(description=(
            "Words readers use for the KPI: its name, an id, an alias, an acronym (`GMV`) or "
            "its spelled-out term, or words of its statement. Empty: every KPI."))] = "",
        department: Annotated[str | None, Field(description="Only this department's KPIs "
                                                "(its id).")] = None,
        status: Annotated[str | None, Field(description=(
            "Only KPIs in this status: achieved, ahead, on_track, behind, not_started, "
            "no_data."))] = None,
        limit: Annotated[int, Field(ge=1, le=200, description="At most this many.")] = 20,
    ) -> Answer:
        """Find KPIs by words, best match first; each with its status and latest value."""
        return answer(queries.find, query, department=department, status=status, limit=limit)

    @server.tool(annotations=READ_ONLY)
    def get_kpi(
        kpi_id: Annotated[str, Field(description="The KPI's id, as `find_kpis` gives it.")],
    ) -> Answer:
        """One KPI in full: statement, measurement, baseline, target, milestones, every
        measured value, where it stands (status, progress, expected value) and its
        background, as the site publishes it."""
        return answer(queries.kpi, kpi_id)

    @server.tool(annotations=READ_ONLY)
    def list_attention(
        department: Annotated[str | None, Field(description="Only this department's KPIs "
                                                "(its id).")] = None,
        limit: Annotated[int, Field(ge=1, le=200, description=(
            "At most this many KPIs (`count` says how many need someone)."))] = 50,
    ) -> Answer:
        """The KPIs that need someone: behind their path to the target, with a value
        overdue, or past their review date; behind ones first, each with its reasons and
        owner. Also how many KPIs are in each status: `active_rollup` counts the active
        KPIs, as the catalog's site does; `rollup` those not retired, drafts too."""
        return answer(queries.attention, department=department, limit=limit)

    @server.tool(annotations=READ_ONLY)
    def explain_rule(
        code: Annotated[str, Field(description=(
            "A rule code (`K101`) or error code (`E202`) of `kpi validate`, or a rule's "
            "short name (`one-sentence`)."))],
    ) -> Answer:
        """What a KPI-writing rule or an error code asks for, how severe it is in this
        catalog, its documentation page, and which KPI files break it now."""
        return answer(queries.explain_rule, code)

    @server.resource("kpi://catalog", name="catalog", mime_type="application/json",
                     description="The whole catalog: every KPI with its values and status, "
                                 "the departments, objectives and glossary.")
    def catalog_resource() -> str:
        snap = _resource_snapshot(state)
        return dumps(catalog_document(snap.catalog, snap.statuses, snap.today,
                                      audience=_audience(state, snap)), indent=None)

    @server.resource("kpi://kpis/{kpi_id}", name="kpi", mime_type="application/json",
                     description="One KPI with its values and status.")
    def kpi_resource(kpi_id: str) -> str:
        snap = _resource_snapshot(state)
        found = snap.catalog.kpis.get(kpi_id)
        if found is None:
            raise UnknownKpi(_("No KPI has this id; the resource `kpi://catalog` lists "
                               "every KPI."))
        return dumps(kpi_document(snap.catalog, found, snap.statuses[kpi_id], snap.today))

    return server


def _audience(state: CatalogState, snap: Snapshot) -> str:
    return state.audience or snap.result.catalog.config.audience


def _resource_snapshot(state: CatalogState) -> Snapshot:
    try:
        return state.snapshot()
    except QueryError as exc:
        raise ResourceError(str(exc)) from None


def serve(state: CatalogState) -> None:
    """Answer on stdin/stdout until the client closes the connection."""
    build_server(state).run("stdio")
