"""KPIs that name a MetricFlow metric (`measurement.semantic_metric`), checked against the dbt
project's semantic manifest: the metric exists, its time dimension gives the KPI's grain, and
its filter names what the manifest has.

Reading the manifest needs no dbt and no warehouse, so `kpi validate` in a pull request and
the site build check the references; only `kpi actuals pull` runs MetricFlow.
"""

from __future__ import annotations

import os
import posixpath
from pathlib import Path

from kpi_catalog.checking.semantic_stale import (
    ProjectYaml,
    changed_since_parse,
    disabled_in,
    entries,
    gone_since_parse,
    project_yaml,
)
from kpi_catalog.i18n.labels import current_labels
from kpi_catalog.i18n.messages import _, or_list, shown
from kpi_catalog.model import codes
from kpi_catalog.model.catalog import Catalog, SourceFile
from kpi_catalog.model.config import SemanticLayerConfig
from kpi_catalog.model.diagnostics import Diagnostic, FieldPath, Severity
from kpi_catalog.model.enums import Frequency, Lifecycle
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.periods import series_frequency
from kpi_catalog.reading.dbt_project import dbt_settings
from kpi_catalog.reading.loader import LoadResult, unread
from kpi_catalog.reading.semantic_manifest import (
    GRAINS,
    ManifestProblem,
    MetricDefinition,
    SemanticManifest,
    grain_rank,
    grain_word,
    load_manifest,
)

FIELD = ("measurement", "semantic_metric")
GRAIN_OF = {Frequency.DAILY: "day", Frequency.WEEKLY: "week", Frequency.MONTHLY: "month",
            Frequency.QUARTERLY: "quarter", Frequency.YEARLY: "year"}
"""The `metric_time` grain of each frequency; MetricFlow has no half-year grain."""


def _frequency(kpi: Kpi) -> str:
    """The frequency of the KPI's values in the language spoken (`monthly`, `bulanan`)."""
    return current_labels().frequency(series_frequency(kpi)).lower()


def kpi_grain(kpi: Kpi) -> str | None:
    """The grain the KPI's values follow (None: half-yearly, which MetricFlow cannot give)."""
    return GRAIN_OF.get(series_frequency(kpi))


def manifest_path(catalog: Catalog) -> Path | None:
    """Where the semantic manifest is: catalog.yml's `semantic_layer.manifest`, else in the
    folder dbt writes to (DBT_TARGET_PATH, else the project's `target-path`, else
    `target`) of the dbt project."""
    config = catalog.config.semantic_layer
    return None if config is None else manifest_in(catalog.repo_root, config)


def manifest_in(repo_root: Path, config: SemanticLayerConfig) -> Path:
    """Where the semantic manifest of ``config`` is in the repository ``repo_root`` (a scratch
    copy of the repository has no dbt_project.yml, so its own place may differ)."""
    if config.manifest:
        return repo_root / config.manifest
    project = repo_root / config.project
    return project / _target_path(project) / "semantic_manifest.json"


def _target_path(project: Path) -> str:
    """The folder dbt writes the manifests to, as dbt finds it (relative to the project)."""
    if os.environ.get("DBT_TARGET_PATH"):
        return os.environ["DBT_TARGET_PATH"]
    return dbt_settings(project).target_path  # the catalog may keep only the manifest


def catalog_manifest(catalog: Catalog) -> SemanticManifest | None:
    """The catalog's manifest, or None when it has none or it cannot be read (validation
    reports why)."""
    path = manifest_path(catalog)
    if path is None:
        return None
    try:
        return load_manifest(path)
    except ManifestProblem:
        return None


def check_semantic_references(result: LoadResult) -> list[Diagnostic]:
    catalog = result.catalog
    naming = [kpi for kpi in catalog.kpis.values() if kpi.measurement.semantic_metric]
    if not naming or unread(catalog, "catalog"):
        return []
    config = catalog.config.semantic_layer
    if config is None:
        return [catalog.kpi_sources[kpi.id].diagnostic(
            FIELD, codes.SEMANTIC_LAYER_MISSING,
            _("`{kpi}` names a semantic metric, but catalog.yml does not say where the dbt "
              "project is.", kpi=kpi.id),
            _("Add `semantic_layer: {{project: path/to/dbt_project}}` to catalog.yml."))
            for kpi in naming]
    path = manifest_path(catalog)
    assert path is not None
    try:
        manifest = load_manifest(path)
    except ManifestProblem as problem:
        return [_manifest_problem(catalog, path, str(problem))]
    yaml = project_yaml(catalog.repo_root / config.project)  # once for all the KPIs
    found: list[Diagnostic] = []
    for kpi in naming:
        found.extend(check_kpi(catalog, kpi, manifest, yaml))
    return found


def project_shown(catalog: Catalog, project: str) -> str:
    """The dbt project folder as a message names it: as catalog.yml writes it, relative to
    the repository, or in words when it is the repository's own root (`project: .`), where
    "run `dbt parse` in ." said nothing."""
    try:
        if (catalog.repo_root / project).resolve() == catalog.repo_root.resolve():
            return _("the repository's root folder")
    except (OSError, RuntimeError):  # a path that cannot be resolved is shown as written
        pass
    return project


def _manifest_problem(catalog: Catalog, path: Path, why: str) -> Diagnostic:
    config = catalog.config.semantic_layer
    rel = path.relative_to(catalog.repo_root).as_posix() if path.is_relative_to(
        catalog.repo_root) else str(path)
    source = catalog.registry_sources.get("catalog")
    field = ("semantic_layer", "manifest" if config and config.manifest else "project")
    project = config.project if config else "?"
    folder = catalog.repo_root / project
    if why == "missing" and config and not config.manifest and not (
            folder / "dbt_project.yml").is_file():
        # No manifest where dbt would write it, and no dbt project there to write it: say
        # where the dbt projects are instead of asking for a `dbt parse` that cannot run.
        if folder.is_file():
            message = _("`semantic_layer.project` names the file {project}: it is the folder "
                        "holding dbt_project.yml.", project=project)
        elif folder.is_dir():
            message = _("There is no dbt project in {project} (no dbt_project.yml).",
                        project=project_shown(catalog, project))
        else:
            message = _("There is no folder {project}.", project=project)
        found = dbt_projects(catalog.repo_root)
        hint = (_("Write `project: {folder}` under `semantic_layer`.", folder=found[0])
                if len(found) == 1 else
                _("Write one of these folders as `project:` under `semantic_layer`: "
                  "{folders}.", folders=", ".join(found)) if found else
                _("Write the folder of the dbt project, the one holding dbt_project.yml, "
                  "relative to the repository ({root}).", root=catalog.repo_root))
    elif why == "missing":
        message = _("There is no semantic manifest at {path}.", path=rel)
        written = [] if config and config.manifest else manifests_written(folder)
        if written:  # `dbt parse --target-path ...`: asking for `dbt parse` again says nothing
            elsewhere = written[0].relative_to(catalog.repo_root).as_posix()
            hint = _("dbt wrote one at {found} (run with `--target-path` or DBT_TARGET_PATH): "
                     "write `manifest: {found}` under `semantic_layer`, or run `dbt parse` in "
                     "{project} without them.", found=elsewhere,
                     project=project_shown(catalog, project))
        else:
            hint = _("Make it with `dbt parse` in the dbt project folder ({project}); "
                     "`kpi validate` reads it to check the KPIs' semantic metrics.",
                     project=project_shown(catalog, project))
    else:
        message = _("The semantic manifest {path} cannot be read: {why}.", path=rel, why=why)
        hint = _("Write it again with `dbt parse` in {project}.",
                 project=project_shown(catalog, project))
    if source is not None:
        return source.diagnostic(field, codes.SEMANTIC_MANIFEST, message, hint)
    return Diagnostic(rel, 1, 1, codes.SEMANTIC_MANIFEST, message, hint)


_NOT_PROJECTS = {"node_modules", "dbt_packages", "target", "logs", "site", "venv",
                 "__pycache__"}
"""Folders that hold no dbt project of the repository's own (dbt_packages holds installed
ones)."""


def dbt_projects(root: Path, most: int = 5, folders: int = 5000) -> list[str]:
    """The folders under ``root`` that hold a dbt_project.yml, relative to it (`.` for the
    root itself), nearest first: at most ``most``, looking in ``folders`` folders at most."""
    return _folders_holding(root, "dbt_project.yml", _NOT_PROJECTS, folders)[:most]


def manifests_written(project: Path, most: int = 3, folders: int = 2000) -> list[Path]:
    """The semantic manifests dbt wrote under the dbt project folder ``project`` (with
    `--target-path` or DBT_TARGET_PATH, say), nearest first: at most ``most``, looking in
    ``folders`` folders at most; installed packages' folders are not looked in."""
    skip = (_NOT_PROJECTS - {"target"}) | {dbt_settings(project).packages_path}
    return [project / rel / "semantic_manifest.json"
            for rel in _folders_holding(project, "semantic_manifest.json", skip, folders)[:most]]


def _folders_holding(root: Path, file_name: str, skip: set[str], folders: int) -> list[str]:
    """The folders under ``root`` (relative to it) holding ``file_name``, nearest first, not
    looking in hidden folders nor those named in ``skip``, nor in more than ``folders``
    folders."""
    found: list[str] = []
    seen = 0
    for here, names, files in os.walk(root):
        names[:] = sorted(name for name in names
                          if not name.startswith(".") and name not in skip)
        seen += 1
        if file_name in files:
            found.append(Path(here).relative_to(root).as_posix())
        if seen >= folders:
            break
    return sorted(found, key=lambda rel: (rel.count("/"), rel))


def defined_in(yaml: ProjectYaml, metric: str) -> str:
    """The YAML file dbt reads that defines the metric ``metric`` and does not disable it,
    relative to the project: under its `model-paths`, else its other folders (`macro-paths`,
    `seed-paths`...) or an installed package; empty when none does (or there is no project
    here). A metric there and not in the manifest means a manifest older than the project: a
    `dbt parse` not run since, or one that failed (dbt keeps the last manifest it wrote)."""
    found = next(entries(yaml, "metrics", metric, everywhere=True), None)
    return found[0] if found else ""


def _project_named(catalog: Catalog) -> str:
    """The dbt project folder of catalog.yml's `semantic_layer` as messages name it."""
    config = catalog.config.semantic_layer
    return project_shown(catalog, config.project if config else ".")


def _in_repo(catalog: Catalog, rel: str) -> str:
    """A file or folder of the dbt project (``rel``, relative to it) as messages name files:
    relative to the repository, where a reader opens it beside the KPI's own path
    (`dbt/models/fleet.yml`, not `models/fleet.yml`, for a project in dbt/)."""
    config = catalog.config.semantic_layer
    return posixpath.normpath(posixpath.join(config.project if config else ".", rel))


def _gone_problems(catalog: Catalog, kpi: Kpi, name_field: FieldPath, yaml: ProjectYaml,
                   manifest: SemanticManifest, project: str) -> list[Diagnostic]:
    """A metric the KPI names that the manifest has and the project's YAML disabled or
    deleted since: its KPI still gets values until the next `dbt parse`, and then names a
    metric the manifest lacks (E322)."""
    assert kpi.measurement.semantic is not None
    name = kpi.measurement.semantic.name
    gone = gone_since_parse(yaml, manifest, name)
    if gone is None:
        return []
    how, rel, setting, override = gone
    rel = rel and _in_repo(catalog, rel)
    if how in ("missing", "unnamed"):
        message, hint = _lacking_words(how, name, rel, setting,
                                       _in_repo(catalog, yaml.settings.packages_path), project)
    elif how == "deleted":
        message = _("The metric `{name}` has been deleted from the dbt project's YAML since the "
                    "last `dbt parse`: the semantic manifest still has it, so `kpi validate`, the "
                    "site and `kpi actuals pull` use it until the next `dbt parse` removes it.",
                    name=name)
        hint = _("Define `{name}` again in the dbt project, or name another metric in this "
                 "KPI; then run `dbt parse` in {project} (if it fails, dbt says why) and "
                 "validate again.", name=name, project=project)
    elif setting:
        message = _("The metric `{name}` has been disabled by `{setting}` in {file} since the "
                    "last `dbt parse`: the semantic manifest still has it, so `kpi validate`, "
                    "the site and `kpi actuals pull` use it until the next `dbt parse` removes "
                    "it.", name=name, setting=setting, file=rel)
        hint = _("Set `{setting}` in {file} to true or remove it, or name another metric in "
                 "this KPI; then run `dbt parse` in {project} (if it fails, dbt says why) and "
                 "validate again.", setting=setting, file=rel, project=project)
    else:
        message = _("The metric `{name}` has been disabled in {file} since the last `dbt parse`: "
                    "the semantic manifest still has it, so `kpi validate`, the site and `kpi "
                    "actuals pull` use it until the next `dbt parse` removes it.",
                    name=name, file=rel)
        hint = _("Enable `{name}` again in {file}, or name another metric in this KPI; then "
                 "run `dbt parse` in {project} (if it fails, dbt says why) and validate again.",
                 name=name, file=rel, project=project)
    if override:  # `dbt deps` writes a package's files again: the project's own settings win
        hint = _("{file} belongs to an installed package, which `dbt deps` writes again: set "
                 "`{override}: true` in the dbt project's own dbt_project.yml, which wins over "
                 "the package, or name another metric in this KPI; then run `dbt parse` in "
                 "{project} (if it fails, dbt says why) and validate again.", file=rel,
                 override=override, project=project)
    return [catalog.kpi_sources[kpi.id].diagnostic(
        name_field, codes.SEMANTIC_MANIFEST_STALE, message, hint, Severity.WARNING)]


def _lacking_words(how: str, name: str, file: str, package: str, folder: str,
                   project: str) -> tuple[str, str]:
    """The warning and hint for a metric found in no YAML file dbt reads here while a
    declared package, which may define it, is not installed (`missing`) or cannot be told
    among the installed folders (`unnamed`)."""
    said = {"name": name, "file": file, "package": shown(package, 80), "folder": folder,
            "project": project}
    if how == "missing":
        message = _("The metric `{name}` is defined in no YAML file of the dbt project or of "
                    "its installed packages, and the semantic manifest still has it: the "
                    "package `{package}` that {file} declares may define it, and it is not "
                    "installed in {folder}.", **said)
        hint = _("Run `dbt deps` in {project} to install the packages, then `dbt parse` (if "
                 "it fails, dbt says why), and validate again; if `{name}` has been deleted, "
                 "name another metric in this KPI.", **said)
    else:
        message = _("The metric `{name}` is defined in no YAML file of the dbt project or of "
                    "its installed packages, and the semantic manifest still has it: the "
                    "package `{package}` that {file} declares may define it, and whether it "
                    "is installed in {folder} cannot be told (package-lock.yml does not name "
                    "its folder).", **said)
        hint = _("Run `dbt deps` in {project}: it installs the packages and names each one's "
                 "folder in package-lock.yml (dbt 1.7 and later); then run `dbt parse` (if it "
                 "fails, dbt says why) and validate again. If `{name}` has been deleted, name "
                 "another metric in this KPI.", **said)
    return message, hint


def disabled_problem(catalog: Catalog, name: str, manifest: SemanticManifest,
                     yaml: ProjectYaml | None = None) -> tuple[str, str] | None:
    """The problem and hint for naming ``name``, a metric the dbt project disables, which
    dbt leaves out of the manifest: where it is disabled, and the enabled metrics meant;
    None when the project does not disable it. ``yaml``: the project's YAML files, when
    found already."""
    config = catalog.config.semantic_layer
    if config is None:
        return None
    disabled = disabled_in(yaml or project_yaml(catalog.repo_root / config.project), name)
    if disabled is None:
        return None
    project = _project_named(catalog)
    file = _in_repo(catalog, disabled.by or disabled.file)
    meant = manifest.did_you_mean(name)
    if disabled.setting:
        message = _("The metric `{name}` is disabled by `{setting}` in {file}: dbt leaves it "
                    "out of the semantic manifest.", name=name, setting=disabled.setting,
                    file=file)
        hint = _("Name an enabled metric in this KPI, or set `{setting}` in {file} to true "
                 "and run `dbt parse` in {project}.", setting=disabled.setting, file=file,
                 project=project)
    else:
        message = _("The metric `{name}` is disabled in {file} (`enabled: false`): dbt leaves "
                    "it out of the semantic manifest.", name=name, file=file)
        hint = _("Name an enabled metric in this KPI, or enable `{name}` in {file} and run "
                 "`dbt parse` in {project}.", name=name, file=file, project=project)
    return message, f"{hint} {meant}" if meant else hint


def check_kpi(catalog: Catalog, kpi: Kpi, manifest: SemanticManifest,
              yaml: ProjectYaml) -> list[Diagnostic]:
    """The KPI's problems with its metric; ``yaml``: the dbt project's YAML files, found once
    for the whole catalog."""
    source = catalog.kpi_sources[kpi.id]
    reference = kpi.measurement.semantic
    assert reference is not None
    long_form = not isinstance(kpi.measurement.semantic_metric, str)
    name_field = FIELD + (("name",) if long_form else ())
    project = _project_named(catalog)
    if reference.name not in manifest.metrics:
        defined = defined_in(yaml, reference.name)
        defined = defined and _in_repo(catalog, defined)
        disabled = None if defined else disabled_problem(catalog, reference.name, manifest,
                                                         yaml)
        if disabled is not None:
            return [source.diagnostic(name_field, codes.UNKNOWN_SEMANTIC_METRIC, *disabled)]
        if not defined and reference.name in manifest.saved_queries:
            return [source.diagnostic(
                name_field, codes.UNKNOWN_SEMANTIC_METRIC,
                _("`{name}` is a saved query of the dbt project, not a metric: a KPI names "
                  "one metric.", name=reference.name),
                _("Name one of its metrics: {metrics}.", metrics=", ".join(
                    f"`{m}`" for m in manifest.saved_queries[reference.name])))]
        hint = (_("`{name}` is defined in {file}, and the semantic manifest does not have it "
                  "yet: run `dbt parse` in {project} (if it fails, dbt says why) and validate "
                  "again.", name=reference.name, file=defined, project=project)
                if defined else manifest.did_you_mean(reference.name) or _(
                    "Use the name of a metric of the dbt project (`mf list metrics` lists "
                    "them)."))
        return [source.diagnostic(
            name_field, codes.UNKNOWN_SEMANTIC_METRIC,
            _("The semantic manifest has no metric `{name}`.", name=reference.name), hint)]
    found = _gone_problems(catalog, kpi, name_field, yaml, manifest, project)
    changed = None if found else changed_since_parse(yaml, manifest, reference.name)
    if changed is not None:
        rel, what, there, kept = changed
        rel = _in_repo(catalog, rel)
        found.append(source.diagnostic(
            name_field, codes.SEMANTIC_MANIFEST_STALE,
            _("The semantic manifest is older than {file}, which defines `{name}` otherwise: "
              "`{field}` is `{there}` there and `{kept}` in the manifest, so `kpi validate`, "
              "the site and `kpi actuals pull` use the old definition.", file=rel,
              name=reference.name, field=what, there=there, kept=kept),
            _("Run `dbt parse` in {project} (if it fails, dbt says why) and validate again.",
              project=project), Severity.WARNING))
    if kpi.lifecycle is not Lifecycle.RETIRED:
        for ratio, column in manifest.ratios_of_one_name(reference.name):
            found.append(source.diagnostic(
                name_field, codes.SEMANTIC_RATIO_ONE_NAME,
                _("The ratio metric `{ratio}` divides `{column}` by `{column}`: its numerator "
                  "and denominator name the same metric without an `alias` that sets them "
                  "apart, so MetricFlow computes both under one column name and divides the "
                  "numerator by itself (every value 1), whatever their filters.",
                  ratio=ratio, column=column),
                _("Give the denominator of `{ratio}` an `alias` (`alias: {column}_all`) in the "
                  "dbt project and run `dbt parse`.", ratio=ratio, column=column)))
        grain = kpi_grain(kpi)
        finest = manifest.finest_grain(reference.name)
        frequency = _frequency(kpi)
        if grain is None:
            found.append(source.diagnostic(
                name_field, codes.SEMANTIC_GRAIN,
                _("`{kpi}` has {frequency} values, and MetricFlow has no half-year grain.",
                  kpi=kpi.id, frequency=frequency),
                _("Report the KPI quarterly or yearly, or give its values another way.")))
        elif finest is not None and grain_rank(finest) > grain_rank(grain):
            found.append(source.diagnostic(
                name_field, codes.SEMANTIC_GRAIN,
                _("The metric `{name}` can be grouped by {finest} at the finest, and `{kpi}` "
                  "has {frequency} values (by {grain}).", name=reference.name,
                  finest=grain_word(finest), kpi=kpi.id, frequency=frequency,
                  grain=grain_word(grain)),
                _("Report the KPI by {finest} or by a coarser grain ({grains}), or name a "
                  "metric on finer data.", finest=grain_word(finest),
                  grains=", ".join(grain_word(g) for g in GRAINS[GRAINS.index(finest):]))))
        elif finest is None or grain_rank(grain) > grain_rank(finest):
            found.extend(_period_agg_problems(source, name_field, kpi, reference.name,
                                              manifest, finest))
        if grain is not None:
            for name, to_date, agg in manifest.cumulative_to_date(reference.name):
                if grain_rank(to_date) < grain_rank(grain):
                    found.append(source.diagnostic(
                        name_field, codes.SEMANTIC_TO_DATE,
                        _to_date_text(agg, kpi=kpi.id, frequency=frequency, name=name,
                                      to_date=grain_word(to_date), grain=grain_word(grain)),
                        _("Report the KPI by {to_date}, or give `{name}` `grain_to_date: "
                          "{grain_name}` in the dbt project and run `dbt parse`.",
                          to_date=grain_word(to_date), name=name, grain_name=grain),
                        Severity.WARNING))
        if grain in ("month", "quarter", "year"):
            found.extend(_weeks_problems(source, name_field, kpi, reference.name, manifest,
                                         grain))
        if grain is not None:
            found.extend(_offset_problems(source, name_field, kpi, reference.name, manifest,
                                          grain))
            for name, needed, spine in manifest.spine_too_coarse(reference.name, grain):
                found.append(source.diagnostic(
                    name_field, codes.SEMANTIC_TIME_SPINE,
                    _("For `{kpi}`, MetricFlow would compute `{name}` on the time spine by the "
                      "{needed}, the grain of its measures' time dimension, and the dbt "
                      "project's finest time spine is by the {spine}: MetricFlow refuses the "
                      "query.", kpi=kpi.id, name=name, needed=grain_word(needed),
                      spine=grain_word(spine)),
                    _("Add a time spine by the {needed} to the dbt project (a model with "
                      "`time_spine:`, its column with `granularity: {grain_name}`), or give "
                      "the measures a time dimension by the {spine} as `agg_time_dimension`, "
                      "and run `dbt parse`.", needed=grain_word(needed), grain_name=needed,
                      spine=grain_word(spine))))
    if reference.filter:
        filter_field = FIELD + ("filter",)
        if ";" in reference.filter:
            found.append(source.diagnostic(
                filter_field, codes.BAD_SEMANTIC_FILTER,
                _("The filter holds a `;`: a filter is one condition, not SQL statements."),
                _("Remove the `;` and what follows it.")))
        else:
            problems = manifest.filter_problems(reference.filter)
            for message, hint in problems:
                found.append(source.diagnostic(filter_field, codes.BAD_SEMANTIC_FILTER,
                                               message, hint))
            # Each name known: can the metric's own semantic model reach them by joins?
            for message, hint in [] if problems else manifest.unreachable(reference.filter,
                                                                          reference.name):
                found.append(source.diagnostic(filter_field, codes.SEMANTIC_FILTER_UNREACHABLE,
                                               message, hint))
    return found


def _weeks_problems(source: SourceFile, field: FieldPath, kpi: Kpi, metric: str,
                    manifest: SemanticManifest, grain: str) -> list[Diagnostic]:
    """A warning for each time dimension by the week that ``metric`` is measured by, in a
    KPI by ``grain`` (month, quarter, year): MetricFlow groups it without a word, whole
    weeks by their Monday."""
    return [source.diagnostic(
        field, codes.SEMANTIC_WEEKS_IN_MONTHS,
        _("`{kpi}` has {frequency} values, and `{name}` is measured by the week (`{dimension}` "
          "of the semantic model `{model}`): MetricFlow counts each week whole in the {grain} "
          "its Monday falls in, so a {grain}'s value holds days of the next one and lacks some "
          "of its own.", kpi=kpi.id, frequency=_frequency(kpi), name=metric,
          dimension=dimension, model=model, grain=grain_word(grain)),
        _("Give `{model}` a time dimension by the day as `agg_time_dimension` in the dbt "
          "project and run `dbt parse`, or report the KPI by the week.", model=model),
        Severity.WARNING) for model, dimension in manifest.weekly_time_dimensions(metric)]


def _to_date_text(agg: str, **words: str) -> str:
    """What a period of the KPI gets from a cumulative metric that starts again every
    shorter ``to_date`` grain, by the metric's `period_agg` ``agg``."""
    if agg == "average":
        return _("`{kpi}` has {frequency} values, and the cumulative metric `{name}` starts "
                 "again every {to_date}: the value of a {grain} would be the average of "
                 "totals that start again every {to_date}, not a total since the {grain} "
                 "began.", **words)
    if agg == "first":
        return _("`{kpi}` has {frequency} values, and the cumulative metric `{name}` starts "
                 "again every {to_date}: the value of a {grain} would be that of its first "
                 "{to_date}'s first day alone.", **words)
    return _("`{kpi}` has {frequency} values, and the cumulative metric `{name}` starts "
             "again every {to_date}: the value of a {grain} would be that of its last "
             "{to_date} alone.", **words)


def _period_agg_problems(source: SourceFile, field: FieldPath, kpi: Kpi, metric: str,
                        manifest: SemanticManifest, finest: str | None) -> list[Diagnostic]:
    """A warning for each cumulative metric the KPI's metric is (or is made of) whose value
    for a period is not the one at the period's end: MetricFlow groups it so, silently."""
    found = []
    for name in manifest.cumulative_taken_first(metric):
        message = _("`{kpi}` would take the cumulative metric `{name}` at the start of "
                    "each period, not at its end: the metric's `period_agg` is `{agg}` (also "
                    "MetricFlow's default for a metric that writes none), so a period's value "
                    "is the one before the period began.", kpi=kpi.id, name=name, agg="first")
        if finest in GRAINS:
            hint = _("Give `{name}` `period_agg: last` under `cumulative_type_params` in the "
                     "dbt project and run `dbt parse`, or report the KPI by {finest}, the "
                     "metric's own grain.", name=name, finest=grain_word(finest))
        else:
            hint = _("Give `{name}` `period_agg: last` under `cumulative_type_params` in the "
                     "dbt project and run `dbt parse`.", name=name)
        found.append(source.diagnostic(field, codes.SEMANTIC_PERIOD_AGG, message, hint,
                                       Severity.WARNING))
    return found


_DAYS = {"month": 365.25 / 12, "quarter": 365.25 / 4, "year": 365.25}


def _offset_problems(source: SourceFile, field: FieldPath, kpi: Kpi, metric: str,
                     manifest: SemanticManifest, grain: str) -> list[Diagnostic]:
    """A warning for each input the metric takes earlier by a window that MetricFlow moves
    the KPI's periods by after grouping them, landing where no period starts (a week moved
    back 1 month), or at the start of a grain that MetricFlow finds in the measures' data
    for few of the KPI's periods (weekly data taken at each month's start): those periods
    get no value."""
    found = []
    for offset in manifest.offsets_off_grain(metric, grain):
        message = _("`{kpi}` has {frequency} values, and `{metric}` takes its input "
                    "`{input}` {earlier}: MetricFlow moves the start of each {grain} back by "
                    "that much and finds a value only where a {grain} starts there, so most "
                    "of the KPI's periods, or all, get no value.", kpi=kpi.id,
                    frequency=_frequency(kpi),
                    metric=offset.metric, input=offset.alias,
                    earlier=current_labels().offset(offset.count, offset.grain, ""),
                    grain=grain_word(grain))
        if grain == "week" and offset.grain in _DAYS:
            weeks = round(offset.count * _DAYS[offset.grain] / 7)
            hint = _("Report the KPI by {unit} or by a coarser grain, or take `{input}` "
                     "{weeks} weeks earlier (`offset_window: {weeks} weeks`) in the dbt "
                     "project and run `dbt parse`.", unit=grain_word(offset.grain),
                     input=offset.alias, weeks=weeks)
        else:
            hint = _("Report the KPI by {unit} or by a coarser grain.",
                     unit=grain_word(offset.grain))
        found.append(source.diagnostic(field, codes.SEMANTIC_OFFSET_GRAIN, message, hint,
                                       Severity.WARNING))
    for taken in manifest.to_grain_off_grain(metric, grain):
        said = {"kpi": kpi.id, "frequency": _frequency(kpi), "metric": taken.metric,
                "input": taken.alias, "measured": grain_word(taken.measured),
                "at_start": current_labels().offset(0, "", taken.to_grain),
                "grain": grain_word(grain), "to_grain": grain_word(taken.to_grain)}
        if grain == taken.measured:
            message = _("`{kpi}` has {frequency} values, and `{metric}` takes its input "
                        "`{input}` {at_start} (`offset_to_grain`), from data by the "
                        "{measured}: MetricFlow finds it only where the {to_grain} starts on "
                        "the first day of a {measured}, so most of the KPI's periods, or all, "
                        "get no value.", **said)
        else:
            message = _("`{kpi}` has {frequency} values, and `{metric}` takes its input "
                        "`{input}` {at_start} (`offset_to_grain`), from data by the "
                        "{measured}: by {grain}, MetricFlow finds it only where the {grain} "
                        "and its {to_grain} both start on the first day of a {measured}, so "
                        "most of the KPI's periods, or all, get no value.", **said)
        by_day = _("Give the measures of `{name}` a time dimension by the day "
                   "(`agg_time_dimension`) in the dbt project and run `dbt parse`.",
                   name=taken.name)
        hint = _("Report the KPI by {grains}, where MetricFlow finds it, or give the measures "
                 "of `{name}` a time dimension by the day (`agg_time_dimension`) in the dbt "
                 "project and run `dbt parse`.", name=taken.name,
                 grains=or_list([grain_word(g) for g in taken.grains])) if taken.grains else by_day
        found.append(source.diagnostic(field, codes.SEMANTIC_OFFSET_GRAIN, message, hint,
                                       Severity.WARNING))
    return found


def definition_of(catalog: Catalog, kpi: Kpi) -> MetricDefinition | None:
    """What the KPI's semantic metric computes, from the manifest (None when it names none,
    or the manifest does not have it)."""
    reference = kpi.measurement.semantic
    if reference is None:
        return None
    manifest = catalog_manifest(catalog)
    if manifest is None or reference.name not in manifest.metrics:
        return None
    return manifest.definition(reference.name)
