"""A semantic manifest older than the dbt project's YAML: a metric that keeps its name while
its definition changed (its type, its measure, its inputs) is still found in the manifest, and
`kpi validate`, the site and the pull would use the old definition until `dbt parse` runs.

Cheap: the project's `model-paths` are walked once per check of the catalog, for all its KPIs,
and only when a YAML file there is newer than the manifest (dbt keeps no hash of them in the
semantic manifest) is the metric's own YAML entry read, and only what differs from the
manifest is said, so that a checkout that gave the files any order of modification times
warns of nothing that still agrees.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from kpi_catalog.i18n.messages import shown
from kpi_catalog.reading.dbt_project import dbt_settings
from kpi_catalog.reading.semantic_manifest import SemanticManifest
from kpi_catalog.reading.yaml_reader import parse_yaml

MOST_FILES = 2000
"""YAML files read at the most under the project's model paths."""


@dataclass(frozen=True)
class ProjectYaml:
    """The YAML files under a dbt project's `model-paths` as one check of the catalog found
    them: walked and their times asked once for all its KPIs (a served site checks the
    catalog again at each rebuild, so a file edited in between is seen)."""

    project: Path
    files: tuple[tuple[Path, int, int], ...]
    """(path, modification time in nanoseconds, size) of each file, sorted."""
    newest: int
    """The latest modification time of the files, in nanoseconds (0: none)."""

    def newer_than(self, written: int) -> bool:
        """Whether a file was changed after ``written`` (in nanoseconds)."""
        return self.newest > written


def project_yaml(project: Path, most: int = MOST_FILES) -> ProjectYaml:
    """The YAML files under the dbt project's `model-paths` (`models` without one), sorted;
    none when there is no readable dbt_project.yml, at most ``most``."""
    settings = dbt_settings(project)
    found: list[Path] = []
    for folder in settings.model_paths if settings.readable else ():
        found += sorted((project / folder).rglob("*.y*ml"))
        if len(found) > most:
            found = found[:most]
            break
    files = []
    for path in found:
        try:
            stat = path.stat()
        except OSError:
            continue
        files.append((path, stat.st_mtime_ns, stat.st_size))
    return ProjectYaml(project, tuple(files), max((mtime for _p, mtime, _s in files), default=0))


def entries(yaml: ProjectYaml, key: str, name: str) -> Iterator[tuple[str, dict]]:
    """(file relative to the project, entry) for each enabled entry named ``name`` under the
    top-level ``key`` (`metrics`, `semantic_models`) of the project's YAML files."""
    for path, mtime, size in yaml.files:
        data = _read(path, mtime, size, name)
        listed = data.get(key) if isinstance(data, dict) else None
        for entry in listed if isinstance(listed, list) else ():
            if isinstance(entry, dict) and entry.get("name") == name and _enabled(entry):
                yield path.relative_to(yaml.project).as_posix(), entry


def _read(path: Path, mtime: int, size: int, name: str) -> Any:
    """The file's YAML when its text holds ``name`` (None otherwise, or unreadable), read
    once per version of the file for all the KPIs of a run."""
    text = _text_of(path, mtime, size)
    if name not in text:
        return None
    return _parsed(path, mtime, size)


@lru_cache(maxsize=256)
def _text_of(path: Path, _mtime: int, _size: int) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):  # a file dbt reports itself
        return ""


@lru_cache(maxsize=256)
def _parsed(path: Path, mtime: int, size: int) -> Any:
    try:
        return parse_yaml(_text_of(path, mtime, size), comments_said=False)
    except Exception:  # a file dbt reports itself
        return None


def _enabled(entry: dict) -> bool:
    """An entry's `config: {enabled: false}` keeps it out of the manifest."""
    config = entry.get("config")
    return not (isinstance(config, dict) and config.get("enabled") is False)


def changed_since_parse(yaml: ProjectYaml, manifest: SemanticManifest,
                        metric: str) -> tuple[str, str, str, str] | None:
    """(file, field, in the file, in the manifest) for the first part of the metric
    ``metric`` (or of a semantic model's measure it aggregates) that the project's YAML
    defines otherwise than the manifest, when the manifest is older than that YAML; None when
    they agree, or the project is not here."""
    try:
        written = manifest.path.stat().st_mtime_ns
    except OSError:
        return None
    if not yaml.newer_than(written):
        return None
    found = next(entries(yaml, "metrics", metric), None)
    if found is not None:
        differs = _shown(_metric_differs(found[1], manifest.metrics[metric]))
        if differs:
            return (found[0], *differs)
    for ref in manifest.metrics[metric].input_measures:
        owned = manifest.measure(ref.name)
        if owned is None:
            continue
        model, own = owned
        for rel, entry in entries(yaml, "semantic_models", model.name):
            listed = entry.get("measures")
            measure = next((m for m in listed if isinstance(m, dict)
                            and m.get("name") == ref.name), None) if isinstance(
                listed, list) else None
            differs = _shown(_measure_differs(measure, own)) if measure is not None else None
            if differs:
                return (rel, *differs)
    return None


def _text(value: Any) -> str:
    """A YAML or manifest value as comparable text: lower case, spaces made one."""
    value = getattr(value, "value", value)
    return re.sub(r"\s+", " ", str(value)).strip().lower() if value is not None else ""


def _shown(found: tuple[str, str, str] | None) -> tuple[str, str, str] | None:
    """The difference as a message shows it: each side 80 characters at the most."""
    if found is None:
        return None
    field, yaml, ours = found
    return field, shown(yaml, 80), shown(ours, 80)


def _named(value: Any) -> str:
    """A metric or measure named as a string or as a mapping with `name`."""
    return _text(value.get("name") if isinstance(value, dict) else value)


def _metric_differs(entry: dict, metric: Any) -> tuple[str, str, str] | None:
    """(field, in the YAML, in the manifest) for the first of type, measure, numerator,
    denominator, expression and input metrics that differ."""
    found = entry.get("type_params")
    params: dict = found if isinstance(found, dict) else {}
    manifest = metric.type_params
    pairs = [("type", _text(entry.get("type")), _text(metric.type))]
    if "measure" in params:
        pairs.append(("type_params.measure", _named(params["measure"]),
                      _text(manifest.measure.name if manifest.measure else "")))
    for side in ("numerator", "denominator"):
        if side in params:
            ours = getattr(manifest, side)
            pairs.append((f"type_params.{side}", _named(params[side]),
                          _text(ours.name if ours else "")))
    if "expr" in params:
        pairs.append(("type_params.expr", _text(params["expr"]), _text(manifest.expr)))
    if isinstance(params.get("metrics"), list):
        pairs.append(("type_params.metrics",
                      ", ".join(_named(m) for m in params["metrics"]),
                      ", ".join(_text(m.name) for m in manifest.metrics or ())))
    return next(((field, yaml, ours) for field, yaml, ours in pairs if yaml != ours), None)


def _measure_differs(entry: dict, measure: Any) -> tuple[str, str, str] | None:
    """(field, in the YAML, in the manifest) for a measure's `agg` or `expr` that differ."""
    pairs = [(f"measures.{measure.name}.agg", _text(entry.get("agg")), _text(measure.agg))]
    if "expr" in entry:
        pairs.append((f"measures.{measure.name}.expr", _text(entry.get("expr")),
                      _text(measure.expr or measure.name)))
    return next(((field, yaml, ours) for field, yaml, ours in pairs if yaml != ours), None)
