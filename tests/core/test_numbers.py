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
    (-0.0, "0", "0"),  # never "-0"
    (0, "0", "0"),
    (None, "", ""),
])
def test_pages_round_to_two_decimals_in_the_site_language(value, english, indonesian):
    assert format_number(value) == english
    assert i18n.labels("en").number(value) == english
    assert i18n.labels("id").number(value) == indonesian


@pytest.mark.parametrize(("value", "english", "indonesian"), [
    (0.001, "0.001", "0,001"),  # a target of 0.001 is not shown as 0
    (-0.001, "-0.001", "-0,001"),
    (0.00123, "0.0012", "0,0012"),  # two significant digits
    (0.0049, "0.0049", "0,0049"),
    (0.005, "0.01", "0,01"),  # two decimals show it: as any other value
    (1.2e-8, "0.000000012", "0,000000012"),
    (5.5e-17, "0", "0"),  # a computation's noise around 0
    (-5.5e-17, "0", "0"),
])
def test_a_value_that_two_decimals_would_show_as_zero_keeps_two_digits(value, english,
                                                                        indonesian):
    assert format_number(value) == english
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
