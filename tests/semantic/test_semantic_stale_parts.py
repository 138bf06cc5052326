"""E330 on the parts of a metric that `dbt parse` writes into the semantic manifest in its own
shape: filters (a list of where filters), inputs' offsets and windows (parsed to `{count,
granularity}`), a measure's `fill_nulls_with`, a conversion's steps. Projects as dbt parsed
them are compared for real: nothing is said of them, whatever the order of their files'
modification times, and each part changed after the parse is said."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from semantic_helpers import EXAMPLE_DBT, SAAS_DBT, run_dbt

from kpi_catalog.checking.semantic_stale import (
    changed_since_parse,
    gone_since_parse,
    project_yaml,
)
from kpi_catalog.reading.semantic_manifest import load_manifest

MORE_METRICS = """
  - name: stale_filtered
    label: Corporate accounts, filled
    type: simple
    time_granularity: month
    type_params:
      measure:
        name: accounts
        filter: "{{ Dimension('account__account_type') }} = 'corporate'"
        fill_nulls_with: 0
        join_to_timespine: true
    filter:
      - "{{ Dimension('account__account_type') }} != 'Retail'"
      - "{{ Dimension('account__account_type') }}   is not null"
  - name: stale_rolling
    label: Accounts over the last 28 days
    type: cumulative
    type_params:
      measure: accounts
      window: 28 days
  - name: stale_rolling_month
    label: Accounts over the last month, averaged
    type: cumulative
    type_params:
      measure: accounts
      cumulative_type_params:
        window: 1 Month
        period_agg: average
  - name: stale_against_earlier
    label: Accounts against earlier
    type: derived
    type_params:
      expr: accounts_now - accounts_before + accounts_at_start
      metrics:
        - name: new_b2b_accounts
          alias: accounts_now
        - name: new_b2b_accounts
          alias: accounts_before
          offset_window: 1 months
          filter: "{{ Dimension('account__account_type') }} = 'corporate'"
        - name: new_b2b_accounts
          alias: accounts_at_start
          offset_to_grain: month
  - name: stale_share
    label: Corporate share
    type: ratio
    type_params:
      numerator:
        name: new_b2b_accounts
        filter: "{{ Dimension('account__account_type') }} = 'corporate'"
      denominator: new_b2b_accounts
"""

GROWTH = "models/semantic/metrics/growth.yml"
"""The metrics of the other team's project."""

MORE_SAAS = """
  - name: stale_same_account
    label: Activations of the same account
    type: conversion
    type_params:
      conversion_type_params:
        base_measure: signups
        conversion_measure: activations
        entity: account
        window: 7 days
        constant_properties:
          - base_property: account
            conversion_property: account
"""

NAMES = ("stale_filtered", "stale_rolling", "stale_rolling_month", "stale_against_earlier",
         "stale_share", "b2b_accounts_year_to_date", "new_b2b_accounts", "otif_rate",
         "customer_acquisition_cost")


def parsed_copy(source: Path, folder: Path, more: str = "",
                file: str = "models/metrics.yml") -> Path:
    """A copy of the dbt project ``source``, ``more`` metrics added to those of ``file``,
    parsed by dbt (no warehouse needed)."""
    project = folder / "dbt"
    shutil.copytree(source, project, ignore=shutil.ignore_patterns(
        "target", "logs", "*.duckdb", "*.duckdb.wal"))
    metrics = project / file
    if more:
        metrics.write_text(metrics.read_text(encoding="utf-8") + more, encoding="utf-8")
    run_dbt(project, "parse", "--quiet")
    return project


@pytest.fixture(scope="module")
def parsed(tmp_path_factory) -> Path:
    """The example's dbt project with the metrics above, parsed by dbt."""
    return parsed_copy(EXAMPLE_DBT, tmp_path_factory.mktemp("stale"), MORE_METRICS)


@pytest.fixture(scope="module")
def parsed_saas(tmp_path_factory) -> Path:
    """Another team's project (conversion metrics, inputs taken earlier), parsed by dbt."""
    return parsed_copy(SAAS_DBT, tmp_path_factory.mktemp("stale-saas"), MORE_SAAS, GROWTH)


def copied(parsed: Path, tmp_path: Path, old: str = "", new: str = "",
           file: str = "models/metrics.yml") -> Path:
    """A copy of the parsed project, ``old`` replaced by ``new`` in ``file``, its YAML files
    newer than the manifest."""
    project = tmp_path / "dbt"
    shutil.copytree(parsed, project)
    metrics = project / file
    text = metrics.read_text(encoding="utf-8")
    assert old in text
    metrics.write_text(text.replace(old, new, 1), encoding="utf-8")
    written = (project / "target" / "semantic_manifest.json").stat().st_mtime
    for path in (project / "models").rglob("*.yml"):
        os.utime(path, (written + 60, written + 60))
    return project


def test_a_project_as_dbt_parsed_it_is_said_to_agree_in_every_part(parsed, tmp_path):
    """Each part written as dbt allows it (a list of filters, `1 Month`, `28 days`,
    `period_agg` left to its default, an input named only) agrees with what dbt wrote."""
    project = copied(parsed, tmp_path)
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    for name in NAMES:
        assert changed_since_parse(project_yaml(project), manifest, name) is None, name
        assert gone_since_parse(project_yaml(project), manifest, name) is None, name


def test_another_teams_project_as_dbt_parsed_it_is_said_to_agree(parsed_saas, tmp_path):
    project = copied(parsed_saas, tmp_path, file=GROWTH)
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    assert len(manifest.metrics) > 10
    for name in manifest.metrics:  # `paid_fees` made by its measure's `create_metric`
        assert changed_since_parse(project_yaml(project), manifest, name) is None, name
        assert gone_since_parse(project_yaml(project), manifest, name) is None, name


@pytest.mark.parametrize(("old", "new", "said"), [
    ("        window: 7 days", "        window: 3 days", ("window", "3 days", "7 days")),
    ("        entity: account", "        entity: user", ("entity", "user", "account")),
    ("        conversion_measure: activations",
     "        conversion_measure: {name: activations, fill_nulls_with: 0}",
     ("conversion_measure.fill_nulls_with", "0", "")),
    ("        window: 7 days", "        window: 7 days\n        calculation: conversions",
     ("calculation", "conversions", "conversion_rate"))])
def test_a_conversion_changed_after_dbt_parse_is_said(parsed_saas, tmp_path, old, new, said):
    project = copied(parsed_saas, tmp_path, old, new, GROWTH)
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    field, there, kept = said
    assert changed_since_parse(project_yaml(project), manifest, "activation_rate") == (
        GROWTH, f"type_params.conversion_type_params.{field}", there, kept)


@pytest.mark.parametrize(("old", "new", "said"), [
    ("            conversion_property: account", "            conversion_property: activation",
     ("account = activation", "account = account")),
    ("        constant_properties:\n          - base_property: account\n"
     "            conversion_property: account\n", "",
     ("", "account = account"))])
def test_constant_properties_changed_after_dbt_parse_are_said(parsed_saas, tmp_path, old, new,
                                                              said):
    project = copied(parsed_saas, tmp_path, old, new, GROWTH)
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    assert changed_since_parse(project_yaml(project), manifest, "stale_same_account") == (
        GROWTH, "type_params.conversion_type_params.constant_properties", *said)


@pytest.mark.parametrize(("metric", "old", "new", "said"), [
    ("stale_filtered", "time_granularity: month", "time_granularity: quarter",
     ("time_granularity", "quarter", "month")),
    ("otif_rate", "  - name: otif_rate\n", "  - name: otif_rate\n    time_granularity: week\n",
     ("time_granularity", "week", "")),
    ("stale_rolling", "window: 28 days", "window: 14 days",
     ("type_params.cumulative_type_params.window", "14 days", "28 days")),
    ("stale_rolling_month", "window: 1 Month", "window: 2 weeks",
     ("type_params.cumulative_type_params.window", "2 weeks", "1 month")),
    ("stale_rolling_month", "period_agg: average\n", "period_agg: last\n",
     ("type_params.cumulative_type_params.period_agg", "last", "average")),
    ("stale_filtered", "fill_nulls_with: 0", "fill_nulls_with: 1",
     ("type_params.measure.fill_nulls_with", "1", "0")),
    ("stale_filtered", "join_to_timespine: true", "join_to_timespine: false",
     ("type_params.measure.join_to_timespine", "false", "true")),
    ("stale_filtered", "'corporate'\"\n        fill", "'reseller'\"\n        fill",
     ("type_params.measure.filter",
      "{{ Dimension('account__account_type') }} = 'reseller'",
      "{{ Dimension('account__account_type') }} = 'corporate'")),
    ("stale_filtered", "!= 'Retail'", "!= 'retail'",
     ("filter", "({{ Dimension('account__account_type') }} != 'retail') AND ({{ Dimension('accou…",
      "({{ Dimension('account__account_type') }} != 'Retail') AND ({{ Dimension('accou…")),
    ("new_b2b_accounts", "    filter: \"{{ Dimension('account__account_type') }} in "
     "('corporate', 'reseller')\"\n    config:\n      meta:\n        unit: accounts",
     "    config:\n      meta:\n        unit: accounts",
     ("filter", "", "{{ Dimension('account__account_type') }} in ('corporate', 'reseller')")),
    ("stale_against_earlier", "offset_window: 1 months", "offset_window: 1 year",
     ("type_params.metrics.accounts_before.offset_window", "1 year", "1 month")),
    ("stale_against_earlier", "offset_to_grain: month", "offset_to_grain: quarter",
     ("type_params.metrics.accounts_at_start.offset_to_grain", "quarter", "month")),
    ("stale_against_earlier", "alias: accounts_now\n",
     "alias: accounts_now\n          filter: \"{{ Dimension('account__account_type') }} = 'x'\"\n",
     ("type_params.metrics.accounts_now.filter",
      "{{ Dimension('account__account_type') }} = 'x'", "")),
    ("stale_share", "      denominator: new_b2b_accounts\n",
     "      denominator: {name: new_b2b_accounts, alias: all_accounts}\n",
     ("type_params.denominator.alias", "all_accounts", "")),
    ("stale_filtered", "}}   is not null", "}}   is null",
     ("filter", "…ension('account__account_type') }} is null)",
      "…ension('account__account_type') }} is not null)")),
])
def test_a_part_changed_after_dbt_parse_is_said(parsed, tmp_path, metric, old, new, said):
    project = copied(parsed, tmp_path, old, new)
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    assert changed_since_parse(project_yaml(project), manifest, metric) == (
        "models/metrics.yml", *said)


SHARE = MORE_METRICS[MORE_METRICS.index("  - name: stale_share"):]


@pytest.mark.parametrize(("old", "new", "said"), [
    ("    label: Corporate share\n", "    label: Corporate share\n    config: {enabled: false}\n",
     ("disabled", "models/metrics.yml", "", "")),
    (SHARE, "", ("deleted", "", "", "")),
    (SHARE, "  - name: stale_share_v2\n", ("deleted", "", "", ""))])
def test_a_metric_disabled_or_deleted_after_dbt_parse_is_said(parsed, tmp_path, old, new, said):
    project = copied(parsed, tmp_path, old, new)
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    assert gone_since_parse(project_yaml(project), manifest, "stale_share") == said
    assert changed_since_parse(project_yaml(project), manifest, "stale_share") is None


@pytest.mark.parametrize("elsewhere", ["macros/metrics.yml", "dbt_packages/shared/x.yml"])
def test_a_metric_moved_where_dbt_also_reads_metrics_is_not_said_deleted(parsed, tmp_path,
                                                                         elsewhere):
    """dbt reads metrics from the YAML of its other folders and from installed packages:
    a metric moved there is not said deleted."""
    project = copied(parsed, tmp_path, SHARE, "")
    (project / elsewhere).parent.mkdir(parents=True, exist_ok=True)
    (project / elsewhere).write_text("metrics:\n" + SHARE, encoding="utf-8")
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    assert gone_since_parse(project_yaml(project), manifest, "stale_share") is None


def test_a_metric_in_a_file_that_does_not_read_is_not_said_deleted(parsed, tmp_path):
    project = copied(parsed, tmp_path, "    label: Corporate share\n",
                     "    label: Corporate share\n    label: [unclosed\n")
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    assert gone_since_parse(project_yaml(project), manifest, "stale_share") is None


def settings_added(project: Path, more: str, file: str = "dbt_project.yml") -> None:
    """``more`` added to ``file`` of the project (a dbt_project.yml section, a package's
    file), written after the manifest."""
    path = project / file
    path.parent.mkdir(parents=True, exist_ok=True)
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(text + more, encoding="utf-8")


@pytest.mark.parametrize(("more", "said"), [
    ("metrics:\n  +enabled: false\n", ("disabled", "dbt_project.yml", "metrics.+enabled", "")),
    ("metrics:\n  nusantara_retail:\n    +enabled: false\n",
     ("disabled", "dbt_project.yml", "metrics.nusantara_retail.+enabled", "")),
    ("metrics:\n  nusantara_retail:\n    stale_share:\n      enabled: false\n",
     ("disabled", "dbt_project.yml", "metrics.nusantara_retail.stale_share.enabled", "")),
    ("metrics:\n  +enabled: false\n  nusantara_retail:\n    +enabled: true\n", None),
    ("metrics:\n  other_project:\n    +enabled: false\n", None),
    ("metrics:\n  nusantara_retail:\n    +enabled: \"{{ target.name != 'ci' }}\"\n", None)],
    ids=["all", "the-project", "the-metric-without-plus", "deeper-wins", "another-project",
         "templated"])
def test_a_metric_disabled_by_dbt_project_yml_after_dbt_parse_is_said(parsed, tmp_path, more,
                                                                      said):
    """`metrics: {+enabled: false}` in dbt_project.yml, at the top or by project and folder
    (dbt walks the section down the metric's path, the deepest setting winning), keeps the
    metric out of the next manifest: it was not seen, the metric's entry being enabled."""
    project = copied(parsed, tmp_path, "    label: Corporate share\n",
                     "    label: Corporate share\n")
    settings_added(project, more)
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    assert gone_since_parse(project_yaml(project), manifest, "stale_share") == said


def test_a_metric_disabled_by_dbt_project_yml_alone_is_said(parsed, tmp_path):
    """Only dbt_project.yml edited after the parse, every model file older than the
    manifest: the metric it disables is said."""
    project = copied(parsed, tmp_path)
    written = (project / "target" / "semantic_manifest.json").stat().st_mtime
    for path in (project / "models").rglob("*.yml"):
        os.utime(path, (written - 60, written - 60))
    settings_added(project, "metrics:\n  nusantara_retail:\n    stale_share:\n"
                            "      +enabled: false\n")
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    assert gone_since_parse(project_yaml(project), manifest, "stale_share") == (
        "disabled", "dbt_project.yml", "metrics.nusantara_retail.stale_share.+enabled", "")
    assert gone_since_parse(project_yaml(project), manifest, "stale_rolling") is None


def test_a_metrics_own_config_wins_over_dbt_project_yml(parsed, tmp_path):
    project = copied(parsed, tmp_path, "    label: Corporate share\n",
                     "    label: Corporate share\n    config: {enabled: true}\n")
    settings_added(project, "metrics:\n  nusantara_retail:\n    stale_share:\n"
                            "      +enabled: false\n")
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    assert gone_since_parse(project_yaml(project), manifest, "stale_share") is None


def test_dbt_project_yml_disables_by_folder_as_dbt_does(parsed_saas, tmp_path):
    """The other team's metrics are in models/semantic/metrics/: their path in
    dbt_project.yml is `saas_analytics: semantic: metrics:` (from the models' folder, not
    `models:`). A measure's metric (`create_metric`) follows its semantic model's `enabled`.
    dbt itself, parsing the same settings, leaves out what is said disabled and keeps what
    is not."""
    more = ("metrics:\n  saas_analytics:\n    semantic:\n      metrics:\n"
            "        +enabled: false\n        fees:\n          +enabled: true\n"
            "    models:\n      +enabled: false\n")
    project = copied(parsed_saas, tmp_path, file=GROWTH)
    settings_added(project, more)
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    yaml = project_yaml(project)
    assert gone_since_parse(yaml, manifest, "activation_rate") == (
        "disabled", "dbt_project.yml", "metrics.saas_analytics.semantic.metrics.+enabled", "")
    assert gone_since_parse(yaml, manifest, "fees") is None
    assert gone_since_parse(yaml, manifest, "paid_fees") is None
    again = tmp_path / "again"
    shutil.copytree(project, again)
    run_dbt(again, "parse", "--quiet")
    metrics = {m["name"] for m in json.loads(
        (again / "target" / "semantic_manifest.json").read_text(encoding="utf-8"))["metrics"]}
    assert "activation_rate" not in metrics and {"fees", "paid_fees"} <= metrics

    settings_added(project, "semantic-models:\n  saas_analytics:\n    semantic:\n"
                            "      signups: {+enabled: false}\n")
    assert gone_since_parse(project_yaml(project), manifest, "paid_fees") == (
        "disabled", "dbt_project.yml", "semantic-models.saas_analytics.semantic.signups.+enabled",
        "")


PACKAGE = ("name: shared_metrics\nversion: '1.0.0'\nconfig-version: 2\n"
           "model-paths: ['semantic']\n")


@pytest.mark.parametrize(("files", "said"), [
    ({}, ("deleted", "", "", "")),
    ({"semantic/finance/metrics.yml": "metrics:\n" + SHARE}, None),
    ({"macros/metrics.yml": "metrics:\n" + SHARE}, None),
    ({"models/metrics.yml": "metrics:\n" + SHARE}, ("deleted", "", "", "")),
    ({"semantic/metrics.yml": "metrics:\n" + SHARE.replace(
        "    label: Corporate share\n",
        "    label: Corporate share\n    config: {enabled: true}\n"),
      "../../dbt_project.yml": "metrics:\n  shared_metrics:\n    +enabled: false\n"},
     ("disabled", "dbt_project.yml", "metrics.shared_metrics.+enabled", "")),
    ({"semantic/metrics.yml": "metrics:\n" + SHARE,
      "dbt_project.yml": "metrics:\n  +enabled: false\n"},
     ("disabled", "dbt_packages/shared/dbt_project.yml", "metrics.+enabled",
      "metrics.shared_metrics.stale_share.+enabled"))],
    ids=["nowhere", "in-its-models", "in-its-macros", "outside-its-model-paths",
         "disabled-by-the-root-project", "disabled-by-its-own-project"])
def test_a_metric_deleted_with_a_package_installed_is_said_as_dbt_reads_the_package(
        parsed, tmp_path, files, said):
    """An installed package made E330 silent on every deleted metric: its YAML is read
    where dbt reads it (its own `model-paths` and other folders), with its dbt_project.yml's
    `enabled` and the root project's, which wins over the metric's own."""
    project = copied(parsed, tmp_path, SHARE, "")
    package = "dbt_packages/shared/"
    settings_added(project, PACKAGE, package + "dbt_project.yml")
    for file, text in files.items():
        settings_added(project, text, package + file)
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    assert gone_since_parse(project_yaml(project), manifest, "stale_share") == said


@pytest.mark.parametrize("case", ["no-dbt-project", "declared-not-installed",
                                  "packages-install-path"])
def test_a_metric_deleted_is_not_said_while_a_package_cannot_be_read(parsed, tmp_path, case):
    """A package folder without a dbt_project.yml, or a package packages.yml asks for that
    `dbt deps` has not installed (a CI checkout), may define the metric: nothing is said.
    dbt installs where `packages-install-path` says."""
    project = copied(parsed, tmp_path, SHARE, "")
    if case == "no-dbt-project":
        settings_added(project, "metrics:\n" + SHARE, "dbt_packages/shared/models/x.yml")
    elif case == "declared-not-installed":
        settings_added(project, "packages:\n  - package: acme/shared_metrics\n"
                                "    version: 1.0.0\n", "packages.yml")
    else:
        settings_added(project, "packages-install-path: vendor\n")
        settings_added(project, PACKAGE, "vendor/shared/dbt_project.yml")
        settings_added(project, "metrics:\n" + SHARE, "vendor/shared/semantic/x.yml")
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    assert gone_since_parse(project_yaml(project), manifest, "stale_share") is None


def test_a_metric_written_with_merge_keys_is_read_as_dbt_reads_it(parsed, tmp_path):
    """dbt reads `<<: *anchor` (PyYAML's merge key): a metric taking its parts from another
    was a file refused whole, its changes unseen and its deletion unsaid."""
    merged = ("  - &share\n    name: stale_share\n    label: Corporate share\n    type: ratio\n"
              "    type_params: &share_params\n      numerator:\n        name: new_b2b_accounts\n"
              "        filter: \"{{ Dimension('account__account_type') }} = 'corporate'\"\n"
              "      denominator: new_b2b_accounts\n"
              "  - <<: *share\n    name: stale_share_copy\n    label: Corporate share, copy\n"
              "    type_params:\n      <<: *share_params\n      denominator: accounts_now\n")
    project = copied(parsed, tmp_path, SHARE, merged)
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    yaml = project_yaml(project)
    assert changed_since_parse(yaml, manifest, "stale_share") is None
    assert gone_since_parse(yaml, manifest, "stale_share") is None
    project = copied(parsed, tmp_path / "2", SHARE, merged.replace(
        "name: stale_share\n", "name: stale_share_v2\n"))
    assert gone_since_parse(project_yaml(project), manifest, "stale_share") == (
        "deleted", "", "", "")
    project = copied(parsed, tmp_path / "3", SHARE, merged.replace(
        "name: stale_share\n", "name: stale_share_first\n").replace(
        "name: stale_share_copy\n", "name: stale_share\n"))
    assert changed_since_parse(project_yaml(project), manifest, "stale_share") == (
        "models/metrics.yml", "type_params.denominator", "accounts_now", "new_b2b_accounts")


def test_what_is_said_of_a_packages_metrics_is_what_dbt_parse_does(parsed, tmp_path):
    """Checked against dbt itself: a package's metrics in its `model-paths` and `macro-paths`
    are read, one in a folder that is not among them is not, and the root project's
    dbt_project.yml disables one whatever its own `config` says; the setting the hint gives
    for a metric the package disables (`metrics.shared_metrics.finance.pkg_back.+enabled`)
    enables it again."""
    def metrics(*names: str) -> str:
        return "metrics:\n" + "".join(
            f"  - name: {name}\n    label: Package {name}\n    type: simple\n"
            f"    config: {{enabled: true}}\n    type_params:\n      measure: accounts\n"
            for name in names)

    project = copied(parsed, tmp_path)
    package = "dbt_packages/shared/"
    settings_added(project, PACKAGE.replace("['semantic']", "['semantic', 'models']"),
                   package + "dbt_project.yml")
    settings_added(project, metrics("pkg_macro"), package + "macros/metrics.yml")
    settings_added(project, metrics("pkg_kept", "pkg_disabled"), package + "semantic/m.yml")
    settings_added(project, metrics("pkg_moved"), package + "models/metrics.yml")
    settings_added(project, metrics("pkg_off", "pkg_back"), package + "semantic/finance/m.yml")
    run_dbt(project, "parse", "--quiet")
    manifest = load_manifest(project / "target" / "semantic_manifest.json")
    assert {"pkg_kept", "pkg_moved", "pkg_disabled", "pkg_macro"} <= set(manifest.metrics)

    (project / package / "dbt_project.yml").write_text(PACKAGE, encoding="utf-8")
    settings_added(project, "metrics:\n  shared_metrics:\n    pkg_disabled:\n"
                            "      +enabled: false\n    finance:\n      pkg_back:\n"
                            "        +enabled: true\n")
    off = project / package / "semantic" / "finance" / "m.yml"
    off.write_text(off.read_text(encoding="utf-8").replace("enabled: true", "enabled: false"),
                   encoding="utf-8")
    copied(project, tmp_path / "edited")
    edited = tmp_path / "edited" / "dbt"
    yaml = project_yaml(edited)
    said = {name: gone_since_parse(yaml, manifest, name) for name in (
        "pkg_kept", "pkg_moved", "pkg_disabled", "pkg_macro", "pkg_off", "pkg_back")}
    assert said == {"pkg_kept": None, "pkg_moved": ("deleted", "", "", ""),
                    "pkg_disabled": ("disabled", "dbt_project.yml",
                                     "metrics.shared_metrics.pkg_disabled.+enabled", ""),
                    "pkg_macro": None,
                    "pkg_off": ("disabled", package + "semantic/finance/m.yml", "",
                                "metrics.shared_metrics.finance.pkg_off.+enabled"),
                    "pkg_back": None}
    run_dbt(edited, "parse", "--quiet")
    now = set(load_manifest(edited / "target" / "semantic_manifest.json").metrics)
    assert {"pkg_kept", "pkg_macro", "pkg_back"} <= now
    assert not {"pkg_moved", "pkg_disabled", "pkg_off"} & now
