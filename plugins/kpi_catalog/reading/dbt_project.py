"""The settings of a dbt project's dbt_project.yml that the catalog needs: where dbt writes its
manifests (`target-path`) and where the models' YAML is (`model-paths`).

Read once per version of the file (its modification time and size), for every caller: the
manifest's place and the check of a manifest older than the YAML (E330) ask of the same file.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kpi_catalog.reading.yaml_reader import parse_yaml


@dataclass(frozen=True)
class DbtSettings:
    readable: bool
    """Whether there is a dbt_project.yml that reads as YAML (without one, there are no models
    of the project here to compare with the manifest)."""
    target_path: str = "target"
    model_paths: tuple[str, ...] = ("models",)


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
    folders = settings.get("model-paths")
    return DbtSettings(
        readable=True,
        target_path=target.strip() if isinstance(target, str) and target.strip()
        and "{{" not in target else "target",
        model_paths=tuple(str(folder) for folder in folders) if isinstance(folders, list)
        else ("models",))
