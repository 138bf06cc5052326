"""Fixtures for the actuals tests (helpers in actuals_helpers.py)."""

from actuals_helpers import repo  # noqa: F401 - the fixture, for every test here
