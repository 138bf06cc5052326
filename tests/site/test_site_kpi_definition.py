"""The KPI-definition fields on the site: what a KPI page shows of them, the trend chart's
milestone path and method break, and each objective's KPI tree. Built from the example
catalog with the generator alone (no MkDocs)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from site_helpers import REPO, TODAY, parse_html

from kpi_catalog import escape
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.site import SiteOptions
from kpi_catalog.site.generator import Site


@pytest.fixture(scope="module")
def catalog():
    result = check_catalog(REPO / "kpis", today=TODAY)
    assert result.ok, [d.text() for d in result.errors]
    return result.catalog


@pytest.fixture(scope="module", params=["en", "id"])
def site(request, catalog):
    return Site(catalog, today=TODAY, options=SiteOptions(language=request.param))


def body(site: Site, kpi_id: str) -> str:
    return site.kpi_page(site.views[kpi_id]).body


def test_the_page_shows_the_question_steward_milestones_and_use(site):
    page, t = body(site, "online-gmv"), site.t
    kpi = site.catalog.kpis["online-gmv"]
    assert f'<p class="kpi-question"><strong>{t["field.question"]}:</strong> ' \
           f"{escape.text(kpi.question)}</p>" in page  # marked if not in the site's language
    assert f'<dt>{t["field.data_steward"]}</dt> <dd>{kpi.data_steward}</dd>' in page
    assert page.count("<li>", page.index('class="kpi-milestones"')) >= len(kpi.milestones)
    assert f"## {t['section.use']}" in page and f"### {t['field.target_rationale']}" in page
    assert " ".join(kpi.target_rationale.split()[:6]) in page  # in the site's language


def test_valid_range_limitations_and_method_changes_are_shown(site):
    page, t = body(site, "online-nps"), site.t
    kpi = site.catalog.kpis["online-nps"]
    assert f'<dt>{t["field.valid_range"]}</dt> <dd>' in page
    assert re.search(r"-100\b.*\b100 " + re.escape(kpi.measurement.unit), page)
    assert f"### {t['field.limitations']}" in page
    assert '<time datetime="2026-07-01">' in page and kpi.method_changed[0].change[:30] in page
    assert t.get("text.method_break", date=t.date(site.catalog.kpis["online-nps"]
                                                   .method_changed[0].date)) in page


def test_periods_left_empty_are_said_under_the_values(site, catalog):
    """The status is judged on the latest value and "data overdue" looks after it, so a
    period skipped inside the series was silent on the page: the chart's line and the table
    pass over it. One line says it; a long gap by its count and ends."""
    t = site.t
    assert "kpi-gaps" not in body(site, "online-gmv")
    gmv = catalog.kpis["online-gmv"]
    skipped = gmv.model_copy(update={"actuals": [
        a for a in gmv.actuals if a.period not in ("2026-08", "2026-09")]})
    one = Site(replace(catalog, kpis={**catalog.kpis, "online-gmv": skipped}), today=TODAY,
               options=SiteOptions(language=t.language))
    said = {"en": "No value for August 2026 and September 2026.",
            "id": "Belum ada nilai untuk Agustus 2026 dan September 2026."}[t.language]
    assert f'<p class="kpi-gaps">{said}</p>' in body(one, "online-gmv")


def test_a_long_gap_broken_by_values_is_not_said_as_one_run(site):
    """The chat KPI has quarterly values until September, then weekly ones: its 27 empty
    weeks lie in 3 stretches, around W26 and W39. "27 periods, from Week 14 to Week 42" read
    as one run of empty periods, though the table under it lists values inside it."""
    said = {"en": "No value for 27 weeks in 3 stretches, between Week 14, 2026 and "
                  "Week 42, 2026.",
            "id": "Belum ada nilai untuk 27 minggu dalam 3 rentang, antara Minggu ke-14 tahun "
                  "2026 dan Minggu ke-42 tahun 2026."}[site.t.language]
    assert f'<p class="kpi-gaps">{said}</p>' in body(site, "chat-first-response-time")


def test_a_long_gap_in_one_run_is_said_by_its_ends(site, catalog):
    t = site.t
    gmv = catalog.kpis["online-gmv"]
    kept = gmv.model_copy(update={"actuals": [gmv.actuals[0], gmv.actuals[-1]]})
    one = Site(replace(catalog, kpis={**catalog.kpis, "online-gmv": kept}), today=TODAY,
               options=SiteOptions(language=t.language))
    said = {"en": "No value for 8 months, from February 2026 to September 2026.",
            "id": "Belum ada nilai untuk 8 bulan, dari Februari 2026 sampai September 2026."}
    assert f'<p class="kpi-gaps">{said[t.language]}</p>' in body(one, "online-gmv")


def test_unintended_effects_have_their_section(site):
    page = body(site, "chat-first-response-time")
    assert f"### {site.t['field.unintended_effects']}" in page
    effects = site.catalog.kpis["chat-first-response-time"].unintended_effects
    assert " ".join(effects.split()[:6]) in page


def test_a_retired_kpi_sends_readers_to_its_successor(site):
    page = body(site, "rata-rata-jam-pelatihan")
    notice = re.search(r'<p class="kpi-notice kpi-notice--successor" role="note">(.*?)</p>',
                       page)
    assert notice, page[:500]
    [link] = parse_html(notice.group(1)).find("a")
    assert link.attrs["href"] == "../pelatihan-aplikasi-omnichannel/"
    name = site.catalog.kpis["pelatihan-aplikasi-omnichannel"].name
    assert f">{escape.text(name)}</a>" in notice.group(1)
    assert page.index("kpi-notice--successor") < page.index("kpi-summary")
    assert "kpi-notice--successor" not in body(site, "pelatihan-aplikasi-omnichannel")


def test_a_kpi_lists_what_drives_it_and_what_it_drives(site):
    page, t = body(site, "repeat-purchase-rate"), site.t
    section = page[page.index(f"## {t['section.tree']}"):]
    driven_by = section[section.index(t["field.driven_by"]):section.index(t["field.drives"])]
    drives = section[section.index(t["field.drives"]):section.index("</dl>")]
    assert 'href="../online-nps/"' in driven_by and 'href="../online-gmv/"' in drives
    assert "online-nps" not in drives


def test_the_chart_draws_the_milestone_path_and_the_method_break(site):
    gmv = site.chart(site.views["online-gmv"])
    path = re.search(r'<polyline class="kpi-trend-expected" points="([^"]+)"', gmv)
    kpi = site.catalog.kpis["online-gmv"]
    assert path and len(path.group(1).split()) == len(kpi.milestones) + 2
    assert gmv.count("<path d=") - gmv.count('class="kpi-trend-target"') >= len(kpi.milestones)
    assert f"{site.t['chart.milestone']}: " in gmv
    nps = site.chart(site.views["online-nps"])
    marker = re.search(r'<g class="kpi-trend-method"[^>]*><title>([^<]+)</title>', nps)
    assert marker and site.t["chart.method_change"] in marker.group(1)
    assert nps.count("<polyline") == 1  # Q1 and Q2 (old method) apart from Q3 alone
    faded = re.findall(r'<path [^>]*stroke-opacity="0.45"[^>]* d="([^"]+)"', nps)
    assert len(faded) == 1 and faded[0].count("h0") == 2  # their dots, lighter
    assert "kpi-trend-method" not in gmv and "kpi-trend-milestone" not in nps


def test_each_objective_draws_its_tree_with_links_and_statuses(site):
    catalog = site.catalog
    objective = catalog.objectives["grow-profitable-revenue"]
    page = site.objective_page(objective).body
    svg = page[page.index("<svg"):page.index("</svg>") + 6]
    tree = parse_html(svg)
    assert tree.find("svg")[0].attrs["role"] == "group"
    assert tree.find("title")[0].text == site.t.get("text.tree_title", name=objective.name)
    # xlink:href: mkdocs-material's instant navigation assigns el.href of every [href],
    # which an SVG link refuses; the accessible name is each link's <title>
    links = {a.attrs["xlink:href"]: a for a in tree.find("a")}
    assert not any("href" in a.attrs or "aria-label" in a.attrs for a in links.values())
    # three levels below the KPI of the objective: GMV <- repeat purchases <- NPS <- chat
    for kpi_id in ("online-gmv", "repeat-purchase-rate", "online-nps",
                   "chat-first-response-time"):
        view = site.views[kpi_id]
        spoken = f"{view.name}: {view.status_label}"
        assert f'xlink:href="../../kpis/{kpi_id}/"' in svg and f"<title>{spoken}" in svg
        assert f"../../kpis/{kpi_id}/" in links
    assert "\n\n" not in svg  # one HTML block
    for part in objective.success:
        assert part.description[:20] in svg


def test_a_cycle_in_the_tree_cannot_loop(catalog):
    gmv = catalog.kpis["online-gmv"]
    looped = replace(catalog, kpis={**catalog.kpis, "average-order-value": catalog.kpis[
        "average-order-value"].model_copy(update={"drivers": ["online-gmv"]})})
    site = Site(looped, today=TODAY)
    objective = catalog.objectives[gmv.objective]
    svg = str(site.objective_tree(objective, site.options.objective_src(objective.id)))
    assert 0 < svg.count("<a ") < 40


def test_history_shows_a_public_reader_no_values_and_no_confidential_kpi(catalog):
    from datetime import datetime

    from kpi_catalog.changes.compare import Change
    from kpi_catalog.changes.history import HistoryEntry
    from kpi_catalog.model.enums import ChangeKind

    site = Site(catalog, today=TODAY)  # catalog.yml: audience public
    naming = Change(ChangeKind.CHANGED, "related", ["rasio-gaji-terhadap-pasar"], [])
    other = Change(ChangeKind.OWNER_CHANGED, "owner", "A", "B")
    entry = HistoryEntry("abc", datetime(2026, 5, 1), "Ana", "Edit", (naming, other))
    site.history = {"tingkat-perputaran-karyawan": [entry], "negotiated-savings": [entry]}
    [shown] = site.readable_history(site.catalog.kpis["tingkat-perputaran-karyawan"])
    assert shown.changes == (other,)
    assert site.readable_history(site.catalog.kpis["negotiated-savings"]) == []
    internal = Site(catalog, today=TODAY, options=SiteOptions(audience="internal"))
    internal.history = site.history
    [whole] = internal.readable_history(internal.catalog.kpis["tingkat-perputaran-karyawan"])
    assert whole.changes == (naming, other)
