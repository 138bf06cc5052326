"""The `kpi` command (entry point ``kpi_catalog.cli:main``).

:mod:`.app` holds the command group and what every command shares (the catalog argument,
`--today`, checking with progress, writing output files); each command is a module of its
own, registered on the group when this package is imported.
"""

from kpi_catalog.cli import (  # noqa: F401  (each module registers its commands on `main`)
    actuals,
    alerts,
    codeowners,
    diff,
    export,
    mcp,
    new,
    render,
    schema,
    status,
    validate,
)
from kpi_catalog.cli.app import main

__all__ = ["main"]
