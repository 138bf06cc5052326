"""One of a few things, in the language spoken: `a, b or c` (CLDR's English, as the package's
dates and numbers are), `a, b, atau c`. The periods a KPI takes (E405, K122's hint) and the
names to write in a MetricFlow filter (E324) say it the one way (Babel's ``format_list``)."""

from __future__ import annotations

import pytest

from catalog_factory import kpi_data
from kpi_catalog.i18n.messages import or_list, speaking
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.periods import forms_text


@pytest.mark.parametrize(("language", "one", "two", "three"), [
    ("en", "`a`", "`a` or `b`", "`a`, `b` or `c`"),
    ("id", "`a`", "`a` atau `b`", "`a`, `b`, atau `c`"),
])
def test_a_choice_of_one_two_or_three(language, one, two, three):
    with speaking(language):
        assert or_list(["`a`"]) == one
        assert or_list(["`a`", "`b`"]) == two
        assert or_list(["`a`", "`b`", "`c`"]) == three


def _kpi(collected: str, reported: str) -> Kpi:
    data = kpi_data()
    data["measurement"] = {**data["measurement"], "collection_frequency": collected,
                           "reporting_frequency": reported}
    return Kpi.model_validate(data)


@pytest.mark.parametrize(("language", "said"), [
    ("en", "2026-03 (monthly), 2026-W13 (weekly) or 2026-03-29 (weekly)"),
    ("id", "2026-03 (bulanan), 2026-W13 (mingguan), atau 2026-03-29 (mingguan)"),
])
def test_the_periods_a_kpi_takes_are_said_beside_where_they_are_named(language, said):
    with speaking(language):
        assert forms_text(_kpi("weekly", "monthly")) == said
        assert forms_text(_kpi("monthly", "quarterly")) == {
            "en": "2026-Q1 (quarterly) or 2026-03 (monthly)",
            "id": "2026-Q1 (triwulanan) atau 2026-03 (bulanan)"}[language]
