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


@pytest.mark.parametrize(("value", "english", "indonesian"), [
    (1.2e-12, "1.2E-12", "1,2E-12"),  # a failure rate per hour, a share of a share
    (-3.456e-10, "-3.5E-10", "-3,5E-10"),  # two digits, as for any value two decimals hide
    (1e-10, "1E-10", "1E-10"),
    (9.99e-10, "1E-9", "1E-9"),  # rounded before it is written: not "10E-10"
    (1e-15, "1E-15", "1E-15"),
])
def test_a_value_below_ten_to_the_minus_nine_is_not_shown_as_zero(value, english, indonesian):
    """Issue: a target of 10^-10 showed as 0 on pages, charts and in `kpi status` (values
    below 10^-9 were taken for noise). It is written in scientific form, in the language's
    decimal mark; noise (5.5e-17, above) still shows as 0."""
    assert format_number(value) == english
    assert i18n.labels("en").number(value) == english
    assert i18n.labels("id").number(value) == indonesian
