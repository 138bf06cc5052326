"""K114-K117: vague words (and a catalog's own), baselines in the plan, status set by
hand that expires, and links to retired KPIs."""

from __future__ import annotations

import pytest
from rules_helpers import kpi_data

from kpi_catalog.checking.vague_words import VagueWords

# --- K114: vague verbs and buzzwords -------------------------------------------------


def test_vague_words_message_names_them_once_as_written(findings):
    [finding] = findings("K114", statement="Leverage synergies and leverage AI to grow sales "
                                           "from 10 to 20 by 2027.")
    assert finding.field == ("statement",)
    assert finding.message == ("`Leverage` and `synergies` are vague words: a reader cannot "
                               "check what it means.")
    assert "Name the measured thing" in finding.hint


@pytest.mark.parametrize(("text", "found"), [
    ("optimised, optimizing and optimisation", ["optimised", "optimizing", "optimisation"]),
    ("a best in class, world-class team", ["best in class", "world-class"]),
    ("drive time and drive-thru orders", []),
    ("driving sales with a robust plan", ["driving", "robust"]),
    ("Mendorong penjualan dengan layanan kelas dunia", ["Mendorong", "kelas dunia"]),
    ("Meningkatkan penjualan dari 10 menjadi 20", []),
    ("Increase sales from 10 to 20", []),
])
def test_vague_words_in_both_languages(text, found):
    assert VagueWords.build().find(text) == found


def test_a_catalog_adds_its_own_vague_words(check):
    kpi = kpi_data(statement="Take a frictionless view: raise monthly sales-qualified leads from "
                             "120 to 200 by 31 December 2026.")
    other = kpi_data(id="terdepan", statement="Menjadi jaringan ritel paling moncer dengan 200 "
                     "toko pada 31 Desember 2026.", measurement={"data_source": "Laporan toko"})
    result = check([kpi, other], config={"vague_words": {"en": ["frictionless"],
                                                         "id": ["paling moncer"]}})
    found = [(d.path, d.code, d.message) for d in result.diagnostics if d.code == "K114"]
    assert found == [
        ("kpis/marketing/leads.yml", "K114",
         "`frictionless` is a vague word: a reader cannot check what it means."),
        ("kpis/marketing/terdepan.yml", "K114",
         "`paling moncer` is a vague word: a reader cannot check what it means."),
    ]
    assert not [d for d in check([kpi], config={}).diagnostics if d.code == "K114"]


def test_vague_words_of_an_unknown_language_are_a_located_error(check):
    result = check([kpi_data()], config={"vague_words": {"fr": ["optimiser"]}})
    [error] = result.errors
    assert (error.path, error.line, error.column, error.code) == ("kpis/catalog.yml", 2, 3, "E204")
    assert error.message == "`fr` cannot be named here."
    assert error.hint == "Use one of: 'en' or 'id'."


# --- K115: the baseline belongs to the plan ------------------------------------------

@pytest.mark.parametrize(("base_date", "fires"), [
    ("2026-01-01", False),   # the first day of the objective's period
    ("2025-12-31", False),   # last year's closing value
    ("2025-01-01", False),   # a year before the start: still this plan's starting point
    ("2024-12-31", True),    # too old to say where the plan starts
    ("2028-01-01", True),    # after the period
])
def test_k115_baseline_date_in_period(findings, base_date, fires):
    result = findings("K115", baseline={"date": base_date})
    assert bool(result) == fires
    if fires:
        assert result[0].field == ("baseline", "date")
        assert base_date in result[0].message and "`grow`" in result[0].message


# --- K116: a status set by hand expires ----------------------------------------------

@pytest.mark.parametrize(("until", "fires"), [
    ("2026-11-26", True), ("2026-11-27", False), ("2027-03-31", False), (None, False)])
def test_k116_manual_status_expires(findings, until, fires):
    status = {"value": "on_track", "reason": "The new till system reports from April."}
    if until:
        status["until"] = until
    result = findings("K116", status=status)
    assert bool(result) == fires
    if fires:
        assert result[0].field == ("status", "until")
        assert "expired on 2026-11-26" in result[0].message and "Review" in result[0].message


# --- K117: no leaning on retired KPIs ------------------------------------------------

def _retired(kpi_id: str, **changes) -> dict:
    return kpi_data(id=kpi_id, lifecycle="retired", measurement={"metric": kpi_id}, **changes)


def test_k117_warns_at_the_retired_kpi_in_related_and_drivers(check):
    old = _retired("old-leads", replaced_by="leads")
    gone = _retired("gone")
    kpi = kpi_data(id="visits", related=["gone"], drivers=["old-leads"],
                   measurement={"metric": "visits"})
    result = check([kpi_data(), old, gone, kpi])
    found = [(d.path, d.field_label, d.message, d.hint) for d in result.diagnostics
             if d.code == "K117"]
    assert found == [
        ("kpis/marketing/visits.yml", "related[0]",
         "`gone` is retired; it no longer counts in `related`.",
         "Remove it from `related`, or link the KPI that took over."),
        ("kpis/marketing/visits.yml", "drivers[0]",
         "`old-leads` is retired; it no longer counts in `drivers`.",
         "Use its successor `leads` instead."),
    ]


def test_k117_lets_a_successor_point_back_to_its_history(check):
    old = _retired("old-leads", replaced_by="leads")
    result = check([kpi_data(related=["old-leads"]), old])
    assert not [d for d in result.diagnostics if d.code == "K117"]

