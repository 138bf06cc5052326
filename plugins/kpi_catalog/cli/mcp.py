"""`kpi mcp`: the catalog for AI assistants, over the Model Context Protocol (read-only)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kpi_catalog.cli.app import (
    catalog_argument,
    default_catalog,
    main,
    speak_for,
    today_option,
)
from kpi_catalog.i18n.messages import _
from kpi_catalog.model.audience import AUDIENCES, Audience


@main.command("mcp")
@catalog_argument
@click.option("--audience", type=click.Choice(AUDIENCES), default=None,
              help="Who the answers are for: public leaves confidential KPIs out and "
              "internal KPIs' values; internal shows all. Default: catalog.yml `audience`.")
@today_option
def mcp_command(catalog: Path | None, audience: Audience | None, today) -> None:
    """Serve the CATALOG to AI assistants: a Model Context Protocol server on stdin/stdout.

    An assistant starts it itself; add it to the assistant's MCP servers with the
    command `kpi` and the arguments `mcp` and the catalog's folder (docs/guide/machine-readable.md).
    Its tools find KPIs, read one with its values and status, list what is behind or
    overdue, and explain a rule; none can write. The catalog is read again when its
    files change. Refuses an invalid catalog, with the same messages as `kpi validate`.
    Needs the MCP SDK: pip install 'kpi-catalog[mcp]'.
    """
    try:
        from kpi_catalog.mcp_server.queries import CatalogState, QueryError
        from kpi_catalog.mcp_server.server import serve
    except ImportError as exc:
        if exc.name is None or not exc.name.split(".")[0] == "mcp":
            raise
        raise click.ClickException(_(
            "`kpi mcp` needs the MCP SDK, which is not installed. "
            "Install it with: pip install 'kpi-catalog[mcp]'")) from None
    root = catalog or default_catalog()
    speak_for(root)
    if not root.is_dir():
        raise click.UsageError(_("There is no catalog folder at {root}.", root=root))
    state = CatalogState(root, audience=audience, today=today)
    try:
        state.snapshot()
    except QueryError as exc:
        click.echo(str(exc), err=True)
        sys.exit(1)
    serve(state)
