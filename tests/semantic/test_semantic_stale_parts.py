"""E330 on the parts of a metric that `dbt parse` writes into the semantic manifest in its own
shape: filters (a list of where filters), inputs' offsets and windows (parsed to `{count,
granularity}`), a measure's `fill_nulls_with`, a conversion's steps. Projects as dbt parsed
them are compared for real: nothing is said of them, whatever the order of their files'
modification times, and each part changed after the parse is said."""

from __future__ import annotations

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
     ("disabled", "models/metrics.yml")),
    (SHARE, "", ("deleted", "")),
    (SHARE, "  - name: stale_share_v2\n", ("deleted", ""))])
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
