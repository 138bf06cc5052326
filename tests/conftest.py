"""What every test shares: the person's locale left out, so that a developer whose LANG is
id_ID.UTF-8 sees the same messages as CI (the tool speaks the locale's language where
neither a catalog nor KPI_LANGUAGE names one)."""

from __future__ import annotations

import pytest

from kpi_catalog.i18n.messages import LOCALE_VARIABLES


@pytest.fixture(autouse=True)
def _no_locale(monkeypatch):
    """No LC_ALL or LC_MESSAGES, and LANG C.UTF-8 (the tool's default; programs the tests
    run still read and write UTF-8): a test that needs a locale sets it."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
