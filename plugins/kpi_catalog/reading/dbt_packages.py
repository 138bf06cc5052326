"""The packages a dbt project has installed, when they are all the ones it declares.

dbt reads metrics from every folder of its packages' folder (`packages-install-path`), and
`dbt deps` names each one after its package: the `name` of the package's own dbt_project.yml
(a hub, git or local package; a local one is a link to its folder), or a tarball's `name`.
It never takes away a folder of a package no longer declared, so the folders are matched to
the declared packages by name, not counted: a left-over folder must not stand for a declared
package that is missing (dbt itself only counts them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kpi_catalog.reading.dbt_project import dbt_settings
from kpi_catalog.reading.yaml_reader import parse_yaml

KINDS = ("package", "git", "local", "tarball", "private")
"""The keys of a declared package that say where it comes from."""


def installed_packages(project: Path, folder: str) -> list[Path] | None:
    """The package folders of the dbt project ``project`` installed in its ``folder``
    (`packages-install-path`) as dbt finds them (each folder not starting with `__`), when
    every package its packages.yml and dependencies.yml declare is among them; None when one
    is missing, its name cannot be told, or the folder cannot be looked at."""
    installed = _installed(project / folder)
    declared = _declared(project)
    if installed is None or declared is None:
        return None
    names = {path.name for path in installed} | {dbt_settings(path).name for path in installed}
    return installed if all(name in names for name in declared) else None


def _installed(folder: Path) -> list[Path] | None:
    try:
        return sorted(path for path in folder.iterdir()
                      if path.is_dir() and not path.name.startswith("__"))
    except (FileNotFoundError, NotADirectoryError):  # none installed
        return []
    except OSError:
        return None


def _declared(project: Path) -> list[str] | None:
    """The name `dbt deps` gives the folder of each package the project declares; None when
    a file does not read or a package's name cannot be told (a git package that
    package-lock.yml does not name)."""
    names: list[str] = []
    locked = _locked(project)
    for file in ("packages.yml", "dependencies.yml"):
        listed = _packages(project / file)
        if listed is None:
            return None
        for entry in listed:
            name = locked.get(_source(entry)) or _named(project, entry)
            if not name:
                return None
            names.append(name)
    return names


def _packages(path: Path) -> list[Any] | None:
    """The `packages` a file declares ([] without the file); None when it does not read."""
    if not path.is_file():
        return []
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"), as_pyyaml=True)
    except Exception:  # dbt reports it; a package may be missing
        return None
    listed = data.get("packages") if isinstance(data, dict) else None
    return listed if isinstance(listed, list) else []


def _source(entry: Any) -> tuple[str, ...]:
    """Where a declared package comes from, as package-lock.yml writes it too."""
    if not isinstance(entry, dict):
        return ()
    kind = next((key for key in KINDS if key in entry), "")
    return (kind, str(entry.get(kind, "")).strip(), str(entry.get("subdirectory") or ""))


def _locked(project: Path) -> dict[tuple[str, ...], str]:
    """The names package-lock.yml (written by `dbt deps` since dbt 1.7) gives each package,
    by where it comes from."""
    listed = _packages(project / "package-lock.yml") or []
    return {_source(entry): str(entry["name"]) for entry in listed
            if isinstance(entry, dict) and isinstance(entry.get("name"), str)}


def _named(project: Path, entry: Any) -> str:
    """A declared package's name without package-lock.yml: a tarball's `name`, a local
    package's dbt_project.yml `name`, a hub package's name after its owner
    (`dbt-labs/dbt_utils`); empty for a git or private package, named by the project it
    holds."""
    if not isinstance(entry, dict):
        return ""
    value = entry.get("tarball") and entry.get("name") or entry.get("package")
    if isinstance(value, str) and "{{" not in value:
        return value.rsplit("/", 1)[-1].strip()
    local = entry.get("local")
    if isinstance(local, str) and "{{" not in local:
        return dbt_settings(project / local).name
    return ""
