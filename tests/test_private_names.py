"""A module's private names (`_cell`) are its own: no other module of the package imports
one. What another module needs is given a public name where it lives, so that renaming or
changing a private helper never breaks a distant caller unseen."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "plugins" / "kpi_catalog"


def _private_imports() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.ImportFrom) and node.module
                    and node.module.split(".")[0] == "kpi_catalog"):
                continue
            found.extend(f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.module}.{alias.name}"
                         for alias in node.names
                         if alias.name.startswith("_") and not alias.name.startswith("__")
                         and alias.name != "_")  # `_`: the gettext function, public
    return found


def test_no_module_imports_another_modules_private_name():
    assert _private_imports() == []
