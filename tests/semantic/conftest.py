"""Fixtures for the semantic-layer tests: each dbt project copied and built once a session."""

from __future__ import annotations

from pathlib import Path

import pytest
from semantic_helpers import (
    CLINIC_DBT,
    EXAMPLE_DBT,
    LEDGER_DBT,
    RETAIL_DBT,
    SAAS_DBT,
    SHOP_DBT,
    built_copy,
)


@pytest.fixture(scope="session")
def example_dbt(tmp_path_factory) -> Path:
    """The example's dbt project, built in a scratch folder (examples/dbt stays as it is)."""
    return built_copy(EXAMPLE_DBT, tmp_path_factory.mktemp("example-dbt"))


@pytest.fixture(scope="session")
def shop_dbt(tmp_path_factory) -> Path:
    """A dbt project of another shape, built."""
    return built_copy(SHOP_DBT, tmp_path_factory.mktemp("shop-dbt"))


@pytest.fixture(scope="session")
def saas_dbt(tmp_path_factory) -> Path:
    """A dbt project shaped as another team's (its own profiles.yml, targets not named dev, a
    time spine configured the dbt 1.9 way, hour-grain timestamps), built."""
    return built_copy(SAAS_DBT, tmp_path_factory.mktemp("saas-dbt"))


@pytest.fixture(scope="session")
def retail_dbt(tmp_path_factory) -> Path:
    """A third team's dbt project (`model-paths: [transform]`, semantic models in nested
    folders joined on entities, two time spines), built."""
    return built_copy(RETAIL_DBT, tmp_path_factory.mktemp("retail-dbt"))


@pytest.fixture(scope="session")
def ledger_dbt(tmp_path_factory) -> Path:
    """A fourth team's dbt project (a local package holding the time spine, a semi-additive
    balance, cumulative and conversion metrics, a second time dimension), built."""
    return built_copy(LEDGER_DBT, tmp_path_factory.mktemp("ledger-dbt"))


@pytest.fixture(scope="session")
def clinic_dbt(tmp_path_factory) -> Path:
    """A fifth team's dbt project (`model-paths: [dbt_models]`, a profile read through
    `env_var`, a natural key with a validity window, a key of two columns, cumulative metrics
    with `period_agg: first` and `average`), built."""
    return built_copy(CLINIC_DBT, tmp_path_factory.mktemp("clinic-dbt"))
