"""One number formatter for pages, charts, `kpi status` and rule messages."""

from __future__ import annotations

import pytest

from kpi_catalog.i18n import labels as i18n
from kpi_catalog.i18n.numbers import as_in_yaml, format_number


@pytest.mark.parametrize(("value", "english", "indonesian"), [
    (352000, "352,000", "352.000"),
    (2.05, "2.05", "2,05"),
    (-3.5, "-3.5", "-3,5"),
    (1234567.891, "1,234,567.89", "1.234.567,89"),
    (0.125, "0.12", "0,12"),  # two decimals at most
    (-0.001, "0", "0"),  # never "-0"
    (0, "0", "0"),
    (None, "", ""),
])
def test_pages_round_to_two_decimals_in_the_site_language(value, english, indonesian):
    assert format_number(value) == english
    assert i18n.labels("en").number(value) == english
    assert i18n.labels("id").number(value) == indonesian


@pytest.mark.parametrize(("value", "written"), [
    (1234567.0, "1234567"),
    (1234567.891, "1234567.891"),
    (0.125, "0.125"),
    (1e20, "100000000000000000000"),  # no exponent
    (-0.0, "0"),
])
def test_rule_messages_name_a_value_as_the_yaml_file_writes_it(value, written):
    assert as_in_yaml(value) == written
