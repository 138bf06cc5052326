"""The settings of a dbt project's dbt_project.yml that the catalog needs: where dbt writes its
manifests (`target-path`), where the models' YAML is (`model-paths`), the other folders
whose YAML dbt reads and where it installs packages (a metric may be defined there), and the
`enabled` the project gives its metrics and semantic models by folder (`metrics:`,
`semantic-models:`).

Read once per version of the file (its modification time and size), for every caller: the
manifest's place and the check of a manifest older than the YAML (E330) ask of the same file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kpi_catalog.reading.yaml_reader import parse_yaml

OTHER_PATHS = {"seed-paths": "seeds", "snapshot-paths": "snapshots",
               "analysis-paths": "analyses", "macro-paths": "macros", "test-paths": "tests",
               "function-paths": "functions"}
"""dbt's folders other than the models' whose YAML files it reads, and their defaults."""

SECTIONS = ("metrics", "semantic-models")
"""The sections of dbt_project.yml whose `enabled` may keep a metric out of the manifest."""

UNKNOWN = "unknown"
"""An `enabled` that is not true or false as written (`"{{ target.name == 'prod' }}"`): dbt
renders it, the catalog cannot."""


@dataclass(frozen=True)
class DbtSettings:
    readable: bool
    """Whether there is a dbt_project.yml that reads as YAML (without one, there are no models
    of the project here to compare with the manifest)."""
    target_path: str = "target"
    model_paths: tuple[str, ...] = ("models",)
    other_paths: tuple[str, ...] = tuple(OTHER_PATHS.values())
    """The other folders whose YAML dbt reads: seeds, snapshots, analyses, macros, tests..."""
    packages_path: str = "dbt_packages"
    name: str = ""
    """The project's `name`, the first part of its resources' paths in `metrics:`."""
    sections: Mapping[str, Any] = field(default_factory=dict)
    """The `metrics:` and `semantic-models:` sections as written (each a mapping, or absent)."""

    @property
    def source_paths(self) -> tuple[str, ...]:
        """Every folder whose YAML files dbt reads for metrics: the models' and the others."""
        return self.model_paths + self.other_paths


def dbt_settings(project: Path) -> DbtSettings:
    """The settings of the dbt project in the folder ``project``; dbt's defaults when it has no
    readable dbt_project.yml (dbt reports a broken one itself)."""
    path = project / "dbt_project.yml"
    try:
        stat = path.stat()
    except OSError:
        return DbtSettings(readable=False)
    return _settings(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _settings(path: Path, _mtime: int, _size: int) -> DbtSettings:
    try:
        settings = parse_yaml(path.read_text(encoding="utf-8"), as_pyyaml=True)
    except Exception:  # dbt reports a broken dbt_project.yml; here it changes nothing
        return DbtSettings(readable=False)
    if not isinstance(settings, dict):
        return DbtSettings(readable=True)
    target = settings.get("target-path")
    packages = settings.get("packages-install-path")
    return DbtSettings(
        readable=True,
        target_path=_folder(target, "target"),
        model_paths=_folders(settings.get("model-paths"), "models"),
        other_paths=tuple(folder for key, default in OTHER_PATHS.items()
                          for folder in _folders(settings.get(key), default)),
        packages_path=_folder(packages, "dbt_packages"),
        name=str(settings.get("name") or ""),
        sections={key: settings[key] for key in SECTIONS if isinstance(settings.get(key), dict)})


def project_enabled(settings: DbtSettings, section: str,
                    fqn: Sequence[str]) -> tuple[bool | str | None, str]:
    """(`enabled`, where) as the project's ``section`` (`metrics`) gives it to the resource at
    ``fqn`` (project name, folders, resource name), the way dbt walks it: level by level from
    the section's top, the deepest `+enabled` (or `enabled`) winning; (None, "") when the
    section says nothing, :data:`UNKNOWN` for a value that is not true or false. ``where`` is
    the setting as a path (`metrics.shop.finance.+enabled`)."""
    level: Any = settings.sections.get(section)
    said: tuple[bool | str | None, str] = (None, "")
    path = [section]
    for part in (None, *fqn):
        if part is not None:
            level = level.get(part) if isinstance(level, dict) else None
            path.append(part)
        if not isinstance(level, dict):
            break
        for key, value in level.items():
            plus = isinstance(key, str) and key.startswith("+") and key[1:].strip() == "enabled"
            if plus or (key == "enabled" and not isinstance(value, dict)):
                said = (value if isinstance(value, bool) else UNKNOWN,
                        ".".join([*path, str(key)]))
    return said


def _folder(written: object, default: str) -> str:
    """A folder setting as written, the default when it is none or templated."""
    return written.strip() if isinstance(written, str) and written.strip() \
        and "{{" not in written else default


def _folders(written: object, default: str) -> tuple[str, ...]:
    return tuple(str(folder) for folder in written) if isinstance(written, list) \
        else (default,)
