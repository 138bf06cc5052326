"""A value's period as a reader reads it, in the page's language: the KPI page's latest value
and the chart's description name ``2026-03`` as March 2026 (Maret 2026), a quarter as Q1 2026
(Triwulan I 2026), and so on."""

from __future__ import annotations

import re

import pytest
from site_helpers import TODAY, small_catalog, write_catalog

from kpi_catalog.checking.check import check_catalog
from kpi_catalog.i18n.labels import labels
from kpi_catalog.site import SiteOptions, generate_pages


@pytest.mark.parametrize(("period", "english", "indonesian"), [
    ("2026-10", "October 2026", "Oktober 2026"),
    ("2026-Q3", "Q3 2026", "Triwulan III 2026"),
    ("2026-Q4", "Q4 2026", "Triwulan IV 2026"),
    ("2026-H1", "H1 2026", "Semester I 2026"),
    ("2026-H2", "H2 2026", "Semester II 2026"),
    ("2026-W07", "Week 7, 2026", "Minggu ke-7 tahun 2026"),
    ("2026-03-31", "31 March 2026", "31 Maret 2026"),
    ("2026", "2026", "2026"),
    ("no period", "no period", "no period"),
])
def test_each_form_of_period_is_named_in_each_language(period, english, indonesian):
    assert labels("en").period(period) == english
    assert labels("id").period(period) == indonesian


@pytest.mark.parametrize(("language", "latest", "month"), [
    ("en", "150 leads per month (March 2026)", "January 2026: 110"),
    ("id", '150 <span class="kpi-untranslated" lang="en">leads per month</span> (Maret 2026)',
     "Januari 2026: 110"),  # the catalog's English unit, untranslated: marked
])
def test_the_latest_value_and_the_chart_name_their_period_in_words(tmp_path, language, latest,
                                                                    month):
    write_catalog(tmp_path / "kpis", small_catalog())
    catalog = check_catalog(tmp_path / "kpis", today=TODAY).catalog
    pages = generate_pages(catalog, today=TODAY, options=SiteOptions(language=language))
    page = next(p for p in pages if p.src_uri == "kpis/new-leads/index.md")
    fact = f"<dt>{labels(language)['field.latest']}</dt> <dd>{latest}</dd>"
    assert fact in page.body
    desc = re.search(r"<desc [^>]*>([^<]*)</desc>", page.body)
    assert desc and month in desc[1] and "2026-01" not in desc[1]
