"""The `kpi` command (entry point ``kpi_catalog.cli:main``).

:mod:`.app` holds the command group and what every command shares (the catalog argument,
`--today`, checking with progress, writing output files); each command is a module of its
own, which registers its commands on the group when it is imported: the group imports it
when the command is called or listed (:data:`.app.COMMAND_MODULES`).
"""

from kpi_catalog.cli.app import main

__all__ = ["main"]
