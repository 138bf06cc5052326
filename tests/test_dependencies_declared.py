"""Every third-party module the package imports is a declared runtime dependency (of the
package, or of the optional extra that the feature importing it needs)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imported_top_level_modules() -> set[str]:
    found = set()
    for path in (ROOT / "plugins" / "kpi_catalog").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"kpi_catalog", "__future__"}


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_every_imported_package_is_a_declared_dependency():
    """A runtime dependency, or one of an optional feature's extra (`alerts`: apprise,
    imported only by the command that needs it, which says how to install it)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    declared = {_name(r) for r in project["dependencies"]} | {
        _name(r) for name, requirements in extras.items() if name != "test"
        for r in requirements}
    distributions = packages_distributions()
    missing = {}
    for module in _imported_top_level_modules():
        names = {d.lower().replace("_", "-") for d in distributions.get(module, [module])}
        if not names & declared:
            missing[module] = sorted(names)
    assert not missing, f"imported but not in [project] dependencies: {missing}"
