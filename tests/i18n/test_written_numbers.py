"""Numbers written as reports write them, read once for the YAML reader's hints, `kpi new`'s
questions and values from spreadsheets."""

from __future__ import annotations

import pytest

from kpi_catalog.i18n.written_numbers import decimal_comma_number


@pytest.mark.parametrize(("text", "either", "number"), [
    ("24,5", False, "24.5"), ("-0,5", False, "-0.5"), ("+1234,567", False, "+1234.567"),
    ("1,250", False, None),  # a thousand, or 1.25: only where commas are said to be decimal
    ("1,250", True, "1.250"),
    ("1.234", True, None), ("1.234,5", True, None), ("1 250", True, None),
    ("24,5%", True, None), ("\u221224,5", True, None),  # a percent, Word's minus: not plain
    ("24.5", True, None), ("1,2,3", True, None), ("24,5 kg", True, None),
])
def test_a_decimal_comma_is_read_only_where_nothing_else_is_to_change(text, either, number):
    assert decimal_comma_number(text, either=either) == number
