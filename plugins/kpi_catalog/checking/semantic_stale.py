"""A semantic manifest older than the dbt project's YAML: a metric that keeps its name while
its definition changed (its type, its measure, its inputs, its filters, an input's offset, its
window, its time grain) is still found in the manifest, and `kpi validate`, the site and the
pull would use the old definition until `dbt parse` runs; a metric disabled or deleted in the
YAML since is still there too, until that `dbt parse` takes it away from the KPIs naming it.
Disabled is decided as dbt decides it (dbt_project.yml's `metrics:` and `semantic-models:`
by folder, the entry's own `config`, a package's root project last); deleted is said only
when no place dbt reads metrics from defines it, installed packages included.

Cheap: the project's `model-paths` are walked once per check of the catalog, for all its KPIs
(and, when none of their files is newer than the manifest, the other places dbt reads: a
package `dbt deps` updated alone is as stale), and only when a YAML file there is newer than
the manifest (dbt keeps no hash of them in the semantic manifest) is the metric's own YAML
entry read, and only what differs from the manifest is said, so that a checkout that gave the
files any order of modification times warns of nothing that still agrees.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from kpi_catalog.i18n.messages import shown
from kpi_catalog.reading.dbt_packages import Installed, installed_packages
from kpi_catalog.reading.dbt_project import UNKNOWN, DbtSettings, dbt_settings, project_enabled
from kpi_catalog.reading.semantic_manifest import SemanticManifest
from kpi_catalog.reading.yaml_reader import parse_yaml

MOST_FILES = 2000
"""YAML files read at the most under the project's model paths (and as many again in the
other places dbt reads metrics from)."""


class Listed(NamedTuple):
    """A YAML file dbt reads, as one check of the catalog found it."""

    path: Path
    mtime: int
    """Its modification time in nanoseconds (for a package's file, the time `dbt deps` wrote
    it when later: a hub package's archive gives its files their release's times)."""
    size: int
    fqn: tuple[str, ...]
    """The first parts of its resources' paths in dbt_project.yml: the project's name and the
    folders from the models' (or seeds'...) folder down to the file."""


@dataclass(frozen=True)
class ProjectYaml:
    """The YAML files under a dbt project's `model-paths` as one check of the catalog found
    them: walked and their times asked once for all its KPIs (a served site checks the
    catalog again at each rebuild, so a file edited in between is seen)."""

    project: Path
    files: tuple[Listed, ...]
    """Each file, sorted."""
    newest: int
    """The latest modification time of the files and of dbt_project.yml, in nanoseconds (0:
    none)."""
    complete: bool = True
    """Whether all the files were listed (not cut at the most read)."""
    settings: DbtSettings = DbtSettings(readable=False)
    """The project's dbt_project.yml, read once for all the KPIs."""
    def newer_than(self, written: int) -> bool:
        """Whether a file dbt reads metrics from was changed after ``written`` (in
        nanoseconds): a model file or dbt_project.yml, else (walked only then) a file of the
        project's other folders or of an installed package, or the packages themselves
        (`dbt deps` run again)."""
        return self.newest > written or self.elsewhere_newest > written

    @cached_property
    def elsewhere_newest(self) -> int:
        """The latest change of the places of :attr:`elsewhere` (0: none, or not known):
        their files, the packages' folder and each package's dbt_project.yml."""
        places = self.elsewhere
        if places is None:
            return 0
        times = [listed.mtime for files, _own, _root in places for listed in files]
        folders = [self.project / self.settings.packages_path] + [
            self.project / own.file for _files, own, root in places if root is not None]
        return max([*times, *(_changed(path) for path in folders)])

    @cached_property
    def elsewhere(self) -> list[Place] | None:
        """The YAML files dbt also reads metrics from, with the settings of their project and
        of the root project when it is a package's: the project's other folders
        (`seed-paths`, `macro-paths`...) and every folder of its installed packages. None
        when that cannot be known whole: the model files or these were too many, the
        packages' folder cannot be looked at, or an installed package has no dbt_project.yml
        that reads; or the project is not here (no dbt_project.yml). Walked once per check,
        when a KPI first needs it."""
        if not (self.complete and self.settings.readable) or self.packages is None:
            return None
        return _places(self, self.packages.folders)

    @cached_property
    def packages(self) -> Installed | None:
        """The installed packages, and a declared one not among them (which may define a
        metric the others do not)."""
        return installed_packages(self.project, self.settings.packages_path)


@dataclass(frozen=True)
class Found:
    """A definition of a metric in a YAML file dbt reads, and whether dbt would enable it."""

    file: str
    """The file, relative to the project."""
    enabled: bool | str
    """True, False, or :data:`UNKNOWN` (a templated `enabled`, a file that does not read)."""
    by: str = ""
    """The file that disables it when not ``file`` (a dbt_project.yml)."""
    setting: str = ""
    """The setting of ``by`` that disables it (`metrics.shop.finance.+enabled`)."""
    override: str = ""
    """For a package's metric disabled within the package: the root project's setting that
    enables it again (a package's files are written again by `dbt deps`)."""


class Gone(NamedTuple):
    """How a metric the manifest has left the project's YAML since the last `dbt parse`."""

    how: str
    """`disabled` or `deleted`; or, found nowhere enabled while a declared package is not
    among the installed folders (it may define the metric), `missing` (not installed) or
    `unnamed` (which folder would be its cannot be told)."""
    file: str = ""
    """The file that disables it, relative to the project (for a package not found, the
    file that declares it: packages.yml, dependencies.yml)."""
    setting: str = ""
    """The setting there that disables it, when it is dbt_project.yml's (for a package not
    found, where it comes from, as its file writes it)."""
    override: str = ""
    """For a package's metric disabled within the package, the setting of the project's own
    dbt_project.yml that enables it again (it wins over the package's)."""


def project_yaml(project: Path, most: int = MOST_FILES) -> ProjectYaml:
    """The YAML files under the dbt project's `model-paths` (`models` without one), sorted;
    none when there is no readable dbt_project.yml, at most ``most``."""
    settings = dbt_settings(project)
    files, complete = _walked(project, settings.model_paths if settings.readable else (),
                              settings.name, most)
    try:  # its `metrics:` may disable a metric when no model file changed
        edited = (project / "dbt_project.yml").stat().st_mtime_ns if settings.readable else 0
    except OSError:
        edited = 0
    return ProjectYaml(project, tuple(files), max([edited, *(f.mtime for f in files)]),
                       complete, settings)


def _walked(project: Path, folders: tuple[str, ...], name: str,
            most: int, installed: bool = False) -> tuple[list[Listed], bool]:
    """The YAML files under ``folders`` of the dbt project ``project`` named ``name`` (an
    ``installed`` package's), and whether they are all there (at most ``most``)."""
    found: list[tuple[Path, Path]] = []
    for folder in folders:
        found += [(project / folder, path) for path in sorted((project / folder).rglob("*.y*ml"))]
        if len(found) > most:
            return _stat(found[:most], name, installed), False
    return _stat(found, name, installed), True


def _stat(found: list[tuple[Path, Path]], name: str, installed: bool = False) -> list[Listed]:
    """The files found, with their times: for an ``installed`` package's, the later of their
    modification and their writing (`dbt deps` keeps an archive's times)."""
    files = []
    for folder, path in found:
        try:
            stat = path.stat()
        except OSError:
            continue
        files.append(Listed(path, max(stat.st_mtime_ns, stat.st_ctime_ns) if installed
                            else stat.st_mtime_ns, stat.st_size,
                            (name, *path.relative_to(folder).parts[:-1])))
    return files


def _changed(path: Path) -> int:
    """When ``path`` (a folder `dbt deps` fills, a package's dbt_project.yml) was last
    written or modified; 0 when it is not there."""
    try:
        stat = path.stat()
    except OSError:
        return 0
    return max(stat.st_mtime_ns, stat.st_ctime_ns)


def entries(yaml: ProjectYaml, key: str, name: str,
            everywhere: bool = False) -> Iterator[tuple[str, dict]]:
    """(file relative to the project, entry) for each entry named ``name`` under the top-level
    ``key`` (`metrics`, `semantic_models`) of the project's model files (``everywhere``:
    then of the other places dbt reads, installed packages included, when they are known)
    that dbt does not disable (its own `config: {enabled: false}`, or a dbt_project.yml's)."""
    section = "metrics" if key == "metrics" else "semantic-models"
    for files, own, root in _places_of(yaml, everywhere):
        for listed in files:
            data = _read(listed, name)
            for entry in _named_in(data, key, name):
                if _enabled(entry, listed, section, own, root).enabled is not False:
                    yield _rel(listed.path, yaml.project), entry


def _places_of(yaml: ProjectYaml, everywhere: bool) -> Iterator[Place]:
    """The project's model files, then (``everywhere``, walked only when reached) the other
    places dbt reads metrics from."""
    yield list(yaml.files), Owner(yaml.settings), None
    if everywhere:
        yield from yaml.elsewhere or ()


def _named_in(data: Any, key: str, name: str) -> list[dict]:
    """The entries named ``name`` under the top-level ``key`` of a file's YAML."""
    listed = data.get(key) if isinstance(data, dict) else None
    return [entry for entry in (listed if isinstance(listed, list) else ())
            if isinstance(entry, dict) and entry.get("name") == name]


def _rel(path: Path, project: Path) -> str:
    return path.relative_to(project).as_posix() if path.is_relative_to(project) \
        else path.as_posix()


def _read(listed: Listed, name: str) -> Any:
    """The file's YAML when its text holds ``name`` (None otherwise, or unreadable), read
    once per version of the file for all the KPIs of a run."""
    text = _text_of(listed.path, listed.mtime, listed.size)
    if name not in text:
        return None
    return _parsed(listed.path, listed.mtime, listed.size)


@lru_cache(maxsize=256)
def _text_of(path: Path, _mtime: int, _size: int) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):  # a file dbt reports itself
        return ""


@lru_cache(maxsize=256)
def _parsed(path: Path, mtime: int, size: int) -> Any:
    try:
        return parse_yaml(_text_of(path, mtime, size), as_pyyaml=True)
    except Exception:  # a file dbt reports itself
        return None


class Owner(NamedTuple):
    """A dbt project whose YAML defines metrics: the root project or an installed package."""

    settings: DbtSettings
    file: str = "dbt_project.yml"
    """Its dbt_project.yml, relative to the root project."""


def _enabled(entry: dict, listed: Listed, section: str, own: Owner,
             root: Owner | None = None, file: str = "",
             given: Found | None = None) -> Found:
    """Whether dbt enables the entry (a metric, a semantic model) of the file ``listed`` of
    the project ``own`` (a package of ``root``), in dbt's order, the last said winning:
    ``own``'s dbt_project.yml by folder, the entry's `config: enabled` (for a metric a
    measure makes, ``given``: its semantic model's), then ``root``'s dbt_project.yml."""
    fqn = (*listed.fqn, str(entry.get("name")))
    found = Found(file, True)
    said, where = project_enabled(own.settings, section, fqn)
    if said is not None:
        found = Found(file, said, own.file, where)
    config = entry.get("config")
    if given is not None:
        found = given
    elif isinstance(config, dict) and "enabled" in config:
        enabled = config["enabled"]
        found = Found(file, enabled if isinstance(enabled, bool) else UNKNOWN)
    if root is not None:
        said, where = project_enabled(root.settings, section, fqn)
        if said is not None:
            found = Found(file, said, root.file, where)
    return found


def _definitions(files: Iterable[Listed], metric: str, project: Path, own: Owner,
                 root: Owner | None = None) -> Iterator[Found]:
    """Each definition of ``metric`` in ``files`` of the project ``own`` (a package of
    ``root``): a metric entry, or a measure that makes it (`create_metric: true`), enabled or
    not as dbt says; a file that names it and does not read may define it (unknown)."""
    for listed in files:
        data = _read(listed, metric)
        file = _rel(listed.path, project)
        if data is None and metric in _text_of(listed.path, listed.mtime, listed.size) or (
                data is not None and not isinstance(data, dict)):
            yield Found(file, UNKNOWN)
            continue
        override = ".".join(("metrics", *listed.fqn, metric, "+enabled")) if root else ""
        for entry in _named_in(data, "metrics", metric):
            yield _packaged(_enabled(entry, listed, "metrics", own, root, file), root, override)
        models = data.get("semantic_models") if isinstance(data, dict) else None
        for model in models if isinstance(models, list) else ():
            measures = model.get("measures") if isinstance(model, dict) else None
            for measure in measures if isinstance(measures, list) else ():
                if isinstance(measure, dict) and measure.get("name") == metric and \
                        measure.get("create_metric") is True:
                    made = _enabled(model, listed, "semantic-models", own, root, file)
                    yield _packaged(_enabled(measure, listed, "metrics", own, root, file, made),
                                    root, override)


def _packaged(found: Found, root: Owner | None, override: str) -> Found:
    """A package's metric that the package itself disables, with the root project's setting
    that would enable it again."""
    if root is None or found.enabled is not False or found.by == root.file:
        return found
    return Found(found.file, False, found.by, found.setting, override)


def gone_since_parse(yaml: ProjectYaml, manifest: SemanticManifest,
                     metric: str) -> Gone | None:
    """How the manifest's metric ``metric`` left the project's YAML when it did: `disabled`
    (by its own `config`, a semantic model's, or dbt_project.yml's `metrics:` or
    `semantic-models:`), or `deleted` when none of the places dbt reads metrics from defines
    it any more; `missing` or `unnamed` when a declared package that may define it is not
    among the installed ones while others are; None otherwise, or when that cannot be known
    (a file that does not read, no package installed while some are declared, a templated
    `enabled`, too many files)."""
    if not yaml.newer_than(manifest.written):
        return None
    found = list(_definitions(yaml.files, metric, yaml.project, Owner(yaml.settings)))
    if any(f.enabled is not False for f in found):
        return None
    places = yaml.elsewhere
    if places is None or yaml.packages is None:
        return None
    for files, own, root in places:
        for definition in _definitions(files, metric, yaml.project, own, root):
            if definition.enabled is not False:
                return None
            found.append(definition)
    lacking = yaml.packages.lacking
    if lacking is not None:  # none installed: dbt parse asks for `dbt deps` itself
        return Gone(*lacking) if yaml.packages.folders else None
    if not found:
        return Gone("deleted")
    first = found[0]
    return Gone("disabled", first.by or first.file, first.setting, first.override)


def disabled_in(yaml: ProjectYaml, metric: str) -> Found | None:
    """The dbt project's own definition of ``metric`` when dbt disables every one it has (by
    the metric's `config`, its semantic model's, or dbt_project.yml's `metrics:` or
    `semantic-models:`): dbt leaves it out of the semantic manifest, on purpose. None when it
    has none, or one is enabled or cannot be told."""
    found = list(_definitions(yaml.files, metric, yaml.project, Owner(yaml.settings)))
    return found[0] if found and all(f.enabled is False for f in found) else None


Place = tuple[list[Listed], Owner, Owner | None]


def _places(yaml: ProjectYaml, installed: tuple[Path, ...]) -> list[Place] | None:
    settings = yaml.settings
    files, complete = _walked(yaml.project, settings.other_paths, settings.name, MOST_FILES)
    root = Owner(settings)
    places: list[Place] = [(files, root, None)]
    left = MOST_FILES - len(files)
    if not complete:
        return None
    for package in installed:
        own = dbt_settings(package)
        if not own.readable:
            return None
        files, complete = _walked(package, own.source_paths, own.name, left, installed=True)
        left -= len(files)
        if not complete:
            return None
        places.append((files, Owner(own, _rel(package / "dbt_project.yml", yaml.project)),
                       root))
    return places


def changed_since_parse(yaml: ProjectYaml, manifest: SemanticManifest,
                        metric: str) -> tuple[str, str, str, str] | None:
    """(file, field, in the file, in the manifest) for the first part of the metric
    ``metric`` (or of a semantic model's measure it aggregates) that the YAML dbt reads (the
    project's, an installed package's) defines otherwise than the manifest, when the
    manifest is older than that YAML; None when they agree, or the project is not here."""
    if not yaml.newer_than(manifest.written):
        return None
    found = next(entries(yaml, "metrics", metric, everywhere=True), None)
    if found is not None:
        differs = _shown(_metric_differs(found[1], manifest.metrics[metric]))
        if differs:
            return (found[0], *differs)
    for ref in manifest.metrics[metric].input_measures:
        owned = manifest.measure(ref.name)
        if owned is None:
            continue
        model, own = owned
        for rel, entry in entries(yaml, "semantic_models", model.name, everywhere=True):
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
    """The difference as a message shows it: each side 80 characters at the most, from a
    little before where they part when that is further (two long filters alike in their
    first 80 characters would show the same)."""
    if found is None:
        return None
    field, yaml, ours = found
    parted = next((at for at, (a, b) in enumerate(zip(yaml, ours, strict=False)) if a != b),
                  min(len(yaml), len(ours)))
    start = parted - 40 if parted >= 79 else 0
    return field, _from(yaml, start), _from(ours, start)


def _from(text: str, start: int = 0) -> str:
    """The text from near where two values part (what is left out before it an ellipsis),
    cut at 80 characters: two long values that differ late do not read the same."""
    return shown(("…" + text[start + 1:]) if start else text, 80)


def _named(value: Any) -> str:
    """A metric or measure named as a string or as a mapping with `name`."""
    return _text(value.get("name") if isinstance(value, dict) else value)


def _metric_differs(entry: dict, metric: Any) -> tuple[str, str, str] | None:
    """(field, in the YAML, in the manifest) for the first part of the metric that differs:
    its type, measure, inputs, expression, filters, inputs' offsets, cumulative window,
    conversion steps, default time grain and the values its measures give periods without
    data."""
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
    inputs = params.get("metrics")
    if isinstance(inputs, list):
        pairs.append(("type_params.metrics",
                      ", ".join(_named(m) for m in inputs),
                      ", ".join(_text(m.name) for m in manifest.metrics or ())))
    pairs.append(("filter", _filters(entry.get("filter")), _kept_filters(metric.filter)))
    pairs.append(("time_granularity", _text(entry.get("time_granularity")),
                  _text(metric.time_granularity)))
    if manifest.measure is not None and "measure" in params:
        pairs += _measure_input_pairs("type_params.measure", params["measure"],
                                      manifest.measure)
    for side in ("numerator", "denominator"):
        if side in params and getattr(manifest, side) is not None:
            pairs += _input_pairs(f"type_params.{side}", params[side], getattr(manifest, side))
    if isinstance(inputs, list) and len(inputs) == len(manifest.metrics or ()):
        for written, kept in zip(inputs, manifest.metrics, strict=True):
            label = _named(written.get("alias") or written) if isinstance(written, dict) \
                else _named(written)
            pairs += _input_pairs(f"type_params.metrics.{label}", written, kept)
    if _text(entry.get("type")) == "cumulative":
        pairs += _cumulative_pairs(params, manifest)
    if _text(entry.get("type")) == "conversion" and manifest.conversion_type_params:
        pairs += _conversion_pairs(params, manifest.conversion_type_params)
    return next(((field, yaml, ours) for field, yaml, ours in pairs if yaml != ours), None)


# --- the parts of a metric as dbt writes them into the manifest ---------------------------
# (dbt's MetricParser: a filter becomes a list of where filters, a window `{count,
# granularity}`, an input written as a name one with no filter, alias or offset.)

_GRAINS = frozenset(("nanosecond", "microsecond", "millisecond", "second", "minute", "hour",
                     "day", "week", "month", "quarter", "year"))
"""dbt's standard time grains: the ones whose plural (`days`) a window may be written in."""


def _spaced(value: Any) -> str:
    """Text with its spaces made one, its case kept (a filter's `'Corporate'` is not
    `'corporate'`)."""
    return re.sub(r"\s+", " ", str(value)).strip()


def _filters(written: Any) -> str:
    """A `filter` as written (a text, a list of them, or none) as one text."""
    if written is None:
        return ""
    return _anded([_spaced(f) for f in (written if isinstance(written, list) else [written])])


def _kept_filters(intersection: Any) -> str:
    """The manifest's where filters (a `where_filters` list, or none) as one text."""
    found = getattr(intersection, "where_filters", None) or ()
    return _anded([_spaced(f.where_sql_template) for f in found])


def _anded(filters: list[str]) -> str:
    """Several filters as MetricFlow applies them, all together; one as itself."""
    return filters[0] if len(filters) == 1 else " AND ".join(f"({f})" for f in filters)


def _window(written: Any) -> str:
    """A window as written (`28 days`) in the words :func:`_kept_window` shows the manifest's
    `{count: 28, granularity: day}` in; written otherwise than dbt reads, as written."""
    if written is None or written == "":
        return ""
    parts = str(written).lower().split(" ")
    if len(parts) != 2 or not parts[0].isdigit():
        return _spaced(written)
    grain = parts[1]
    if grain.endswith("s") and grain[:-1] in _GRAINS:
        grain = grain[:-1]
    return _window_words(int(parts[0]), grain)


def _kept_window(window: Any) -> str:
    return _window_words(window.count, str(window.granularity).lower()) if window else ""


def _window_words(count: int, grain: str) -> str:
    return f"{count} {grain}{'s' if count != 1 and grain in _GRAINS else ''}"


def _measure_input_pairs(field: str, written: Any, kept: Any) -> list[tuple[str, str, str]]:
    """A measure a metric takes (written as its name, or with a filter, an alias,
    `fill_nulls_with` and `join_to_timespine`) against the manifest's."""
    said = written if isinstance(written, dict) else {}
    return [(f"{field}.filter", _filters(said.get("filter")), _kept_filters(kept.filter)),
            (f"{field}.alias", _text(said.get("alias")), _text(kept.alias)),
            (f"{field}.fill_nulls_with", _text(said.get("fill_nulls_with")),
             _text(kept.fill_nulls_with)),
            (f"{field}.join_to_timespine", _text(said.get("join_to_timespine", False)),
             _text(kept.join_to_timespine))]


def _input_pairs(field: str, written: Any, kept: Any) -> list[tuple[str, str, str]]:
    """An input metric (written as its name, or with a filter, an alias and an offset)
    against the manifest's."""
    said = written if isinstance(written, dict) else {}
    return [(f"{field}.alias", _text(said.get("alias")), _text(kept.alias)),
            (f"{field}.filter", _filters(said.get("filter")), _kept_filters(kept.filter)),
            (f"{field}.offset_window", _window(said.get("offset_window")),
             _kept_window(kept.offset_window)),
            (f"{field}.offset_to_grain", _text(said.get("offset_to_grain")),
             _text(kept.offset_to_grain))]


def _conversion_pairs(params: dict, kept: Any) -> list[tuple[str, str, str]]:
    """A conversion metric's measures, entity, calculation, window and constant properties."""
    found = params.get("conversion_type_params")
    said: dict = found if isinstance(found, dict) else {}
    field = "type_params.conversion_type_params"
    pairs = [(f"{field}.{side}", _named(said.get(side)), _text(getattr(kept, side).name))
             for side in ("base_measure", "conversion_measure")]
    pairs += [(f"{field}.entity", _text(said.get("entity")), _text(kept.entity)),
              (f"{field}.calculation", _text(said.get("calculation") or "conversion_rate"),
               _text(kept.calculation)),
              (f"{field}.window", _window(said.get("window")), _kept_window(kept.window)),
              (f"{field}.constant_properties", _properties(said.get("constant_properties")),
               _kept_properties(kept.constant_properties))]
    for side in ("base_measure", "conversion_measure"):
        pairs += _measure_input_pairs(f"{field}.{side}", said.get(side), getattr(kept, side))
    return pairs


def _properties(written: Any) -> str:
    """`constant_properties` as written (a list of `{base_property, conversion_property}`,
    or none) in the words :func:`_kept_properties` shows the manifest's; otherwise as
    written."""
    if not written:
        return ""
    if not isinstance(written, list) or not all(isinstance(p, dict) for p in written):
        return _spaced(written)
    return _paired([(p.get("base_property"), p.get("conversion_property")) for p in written])


def _kept_properties(kept: Any) -> str:
    return _paired([(p.base_property, p.conversion_property) for p in kept or ()])


def _paired(pairs: list[tuple[Any, Any]]) -> str:
    """Constant properties as `base = conversion`, in their order (dbt keeps it)."""
    return ", ".join(f"{_text(base)} = {_text(conversion)}" for base, conversion in pairs)


def _cumulative_pairs(params: dict, manifest: Any) -> list[tuple[str, str, str]]:
    """A cumulative metric's window, grain to date and period aggregation, written under
    `cumulative_type_params` or (before dbt 1.9) right under `type_params`, which dbt copies
    there."""
    found = params.get("cumulative_type_params")
    said: dict = found if isinstance(found, dict) else {}
    kept = manifest.cumulative_type_params
    field = "type_params.cumulative_type_params"
    return [(f"{field}.window", _window(said.get("window") or params.get("window")),
             _kept_window((kept.window if kept else None) or manifest.window)),
            (f"{field}.grain_to_date",
             _text(said.get("grain_to_date") or params.get("grain_to_date")),
             _text((kept.grain_to_date if kept else None) or manifest.grain_to_date)),
            (f"{field}.period_agg", _text(said.get("period_agg") or "first"),
             _text(kept.period_agg if kept else "first"))]


def _measure_differs(entry: dict, measure: Any) -> tuple[str, str, str] | None:
    """(field, in the YAML, in the manifest) for a measure's `agg` or `expr` that differ."""
    pairs = [(f"measures.{measure.name}.agg", _text(entry.get("agg")), _text(measure.agg))]
    if "expr" in entry:
        pairs.append((f"measures.{measure.name}.expr", _text(entry.get("expr")),
                      _text(measure.expr or measure.name)))
    return next(((field, yaml, ours) for field, yaml, ours in pairs if yaml != ours), None)
