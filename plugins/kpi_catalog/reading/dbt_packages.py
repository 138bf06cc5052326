"""The packages a dbt project has installed, and whether every one it declares is among them.

dbt reads metrics from every folder of its packages' folder (`packages-install-path`), and
`dbt deps` names each one after its package: the `name` of the package's own dbt_project.yml
(a hub, git or local package; a local one is a link to its folder), or a tarball's `name`.
It never takes away a folder of a package no longer declared, so the folders are matched to
the declared packages by name, not counted: a left-over folder must not stand for a declared
package that is missing (dbt itself only counts them). A declared package's name is read in
package-lock.yml (`dbt deps` writes it since dbt 1.7), else told by the package itself: a
tarball's `name`, a local package's dbt_project.yml, a git package's clone (`dbt deps` moves
it whole, `.git` with its `origin` included, unless it takes a subdirectory), a hub
package's name after its owner. The packages an installed package declares in its own
packages.yml are installed beside it: they are declared too (a local one relative to the
project, as dbt resolves it), so that their folders are no left-overs and one missing is
named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from kpi_catalog.reading.dbt_project import dbt_settings
from kpi_catalog.reading.yaml_reader import parse_yaml

KINDS = ("package", "git", "local", "tarball", "private")
"""The keys of a declared package that say where it comes from."""

FILES = ("packages.yml", "dependencies.yml")
"""The files a dbt project declares its packages in."""


class Lacking(NamedTuple):
    """A declared package not found among the installed folders."""

    how: str
    """`missing` (its name is known and no folder has it, or every folder is another
    declared package's) or `unnamed` (which folder would be its cannot be told:
    package-lock.yml does not name it)."""
    file: str
    """The file that declares it (packages.yml, dependencies.yml)."""
    package: str
    """Where it comes from, as that file writes it (`acme/metrics`, a git URL...)."""


@dataclass(frozen=True)
class Installed:
    """The package folders dbt reads, and the first declared package not among them."""

    folders: tuple[Path, ...]
    lacking: Lacking | None = None


def installed_packages(project: Path, folder: str) -> Installed | None:
    """The package folders of the dbt project ``project`` installed in its ``folder``
    (`packages-install-path`) as dbt finds them (each folder not starting with `__`), with
    the first package its packages.yml or dependencies.yml declares that is not among them,
    or that one of its installed packages declares in its own (`dbt deps` installs those
    too, in the same folder); None when the folder cannot be looked at or a file does not
    read."""
    folders = _installed(project / folder)
    declared = _declared(project)
    if folders is None or declared is None:
        return None
    by_name = {name: path for path in folders for name in (dbt_settings(path).name,
                                                                path.name) if name}
    locked = _locked(project)
    told: list[tuple[str, Any, str, bool]] = []
    claimed: set[Path] = set()
    pending = [("", declared)]  # a package's own packages, once its folder is known
    while pending:
        where, listed = pending.pop()
        for file, entry in listed:  # a local one relative to the project, as dbt takes it
            name, sure = _name(entry, locked.get(_source(entry)), project, folders)
            told.append((where + file, entry, name, sure))
            path = by_name.get(name)
            if path is None or path in claimed:
                continue
            claimed.add(path)
            own = _declared(path)  # `dbt deps` installs them beside it, without a lock too
            if own is None:
                return None
            pending.append((f"{folder}/{path.name}/", own))
    for file, entry, name, sure in told:
        if name not in by_name:  # surely missing too when every folder is another's
            how = "missing" if sure or claimed == set(folders) else "unnamed"
            return Installed(tuple(folders), Lacking(how, file, _unsigned(_source(entry)[1])))
    return Installed(tuple(folders))


def _name(entry: Any, locked: str | None, project: Path,
          folders: list[Path]) -> tuple[str, bool]:
    """The name `dbt deps` gives the folder of a declared package, and whether it is sure:
    package-lock.yml's, a tarball's or local package's, a git package's clone's; a hub
    package's name after its owner is a guess (the hub's name for it)."""
    if locked:
        return locked, True
    name = _named(project, entry) or _cloned(entry, folders)
    return name, bool(name) and _source(entry)[0] != "package"


def _unsigned(source: str) -> str:
    """Where a package comes from as a message may show it: a URL's user and password (a
    token written in packages.yml) left out."""
    return re.sub(r"//[^/@\s]+@", "//", source)


def _installed(folder: Path) -> list[Path] | None:
    try:
        return sorted(path for path in folder.iterdir()
                      if path.is_dir() and not path.name.startswith("__"))
    except (FileNotFoundError, NotADirectoryError):  # none installed
        return []
    except OSError:
        return None


def _declared(project: Path) -> list[tuple[str, Any]] | None:
    """(file, entry) for each package the project declares; None when a file does not
    read."""
    found: list[tuple[str, Any]] = []
    for file in FILES:
        listed = _packages(project / file)
        if listed is None:
            return None
        found += [(file, entry) for entry in listed]
    return found


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
    """Where a declared package comes from, as package-lock.yml writes it too (a private
    package as dbt's PrivatePackage reads it: `private`, `subdirectory`)."""
    if not isinstance(entry, dict):
        return ("", str(entry), "")
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


_ORIGIN = re.compile(r'^\[remote "origin"\]\s*$((?:\n(?!\[).*)*)', re.MULTILINE)
_URL = re.compile(r"^\s*url\s*=\s*(.+?)\s*$", re.MULTILINE)


def _cloned(entry: Any, folders: list[Path]) -> str:
    """The folder whose `.git` was cloned from the git URL the entry declares (dbt takes
    `x.git` and `x` as one package); empty when none was, or the URL is templated."""
    url = entry.get("git") if isinstance(entry, dict) else None
    if not isinstance(url, str) or "{{" in url or entry.get("subdirectory"):
        return ""
    for folder in folders:
        try:
            config = (folder / ".git" / "config").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        section = _ORIGIN.search(config)
        found = _URL.search(section.group(1)) if section else None
        if found and _same_git(found.group(1), url):
            return folder.name
    return ""


def _same_git(one: str, other: str) -> bool:
    def bare(url: str) -> str:
        url = url.strip().rstrip("/")
        return url[:-4] if url.endswith(".git") else url
    return bare(one) == bare(other)
