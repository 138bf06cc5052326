"""The repository's own site (mkdocs.yml, docs/, kpis/), built once with --strict."""

from __future__ import annotations

import re

import pytest
from site_helpers import REPO, TODAY, local_links, parse_html, search_index

from kpi_catalog.checking.check import check_catalog
from kpi_catalog.model.audience import for_audience
from kpi_catalog.model.language import in_language
from kpi_catalog.status.compute import catalog_statuses

EDIT_BASE = "https://github.com/nusantara-retail/kpi-catalog/edit/main/"


@pytest.fixture(scope="module")
def catalog():
    """The catalog as the example site's readers see it (catalog.yml `audience`: public):
    its confidential KPI left out, its internal KPI without values, its texts in English."""
    result = check_catalog(REPO / "kpis", today=TODAY, repo_root=REPO)
    assert result.ok, [d.text() for d in result.errors]
    readable = for_audience(result.catalog, result.catalog.config.audience)
    assert len(readable.kpis) < len(result.catalog.kpis)
    return in_language(readable, "en")  # the language of the example's site


def words(text: str) -> str:
    return " ".join(text.split())


def test_every_kpi_department_and_objective_has_a_page(example_site, catalog):
    for kpi_id in catalog.kpis:
        page = example_site.site / "kpis" / kpi_id / "index.html"
        assert page.exists(), kpi_id
        assert catalog.kpis[kpi_id].name in parse_html(page.read_text("utf-8")).text
    for department in catalog.departments:
        assert (example_site.site / "departments" / department / "index.html").exists()
    for objective in catalog.objectives:
        assert (example_site.site / "objectives" / objective / "index.html").exists()
    for index in ("kpis", "departments", "objectives", "glossary"):
        assert (example_site.site / index / "index.html").exists(), index


def test_every_relative_link_and_asset_exists(example_site):
    broken = []
    for page in example_site.pages():
        for href, target in local_links(page, example_site.site):
            if not target.exists():
                broken.append(f"{page.relative_to(example_site.site)}: {href}")
    assert not broken, "broken links:\n" + "\n".join(broken[:30])


def test_kpi_pages_link_their_department_objective_and_related_kpis(example_site, catalog):
    for kpi_id, kpi in catalog.kpis.items():
        doc = parse_html(example_site.page(f"kpis/{kpi_id}/"))
        hrefs = {e.attrs.get("href") for e in doc.find("a")}
        assert f"../../departments/{kpi.department}/" in hrefs, kpi_id
        assert f"../../objectives/{kpi.objective}/" in hrefs, kpi_id
        for related in kpi.related:
            assert f"../{related}/" in hrefs, (kpi_id, related)


def test_departments_and_objectives_link_each_of_their_kpis(example_site, catalog):
    for kpi_id, kpi in catalog.kpis.items():
        for page in (f"departments/{kpi.department}/", f"objectives/{kpi.objective}/"):
            hrefs = {e.attrs.get("href") for e in parse_html(example_site.page(page)).find("a")}
            assert f"../../kpis/{kpi_id}/" in hrefs, (page, kpi_id)


def test_objective_page_shows_each_success_part_with_its_kpis(example_site, catalog):
    for objective in catalog.objectives.values():
        text = parse_html(example_site.page(f"objectives/{objective.id}/")).text
        position = 0
        for part in objective.success:
            found = text.find(words(part.description), position)
            assert found >= 0, (objective.id, part.id)
            position = found
            for kpi in catalog.kpis.values():
                if (kpi.objective, kpi.success_part) != (objective.id, part.id):
                    continue
                assert kpi.name in text[found:], (objective.id, part.id, kpi.id)


def test_overview_lists_every_kpi_with_its_filter_data(example_site, catalog):
    statuses = catalog_statuses(catalog, TODAY)
    doc = parse_html(example_site.page("kpis/"))
    tables = doc.find("table", data_kpi_table=True)
    assert len(tables) == 1 and "kpi-table" in tables[0].attrs["class"].split()
    rows = {e.attrs["data-kpi"]: e.attrs for e in doc.find("tr", data_kpi=True)}
    assert set(rows) == set(catalog.kpis)
    for kpi_id, attrs in rows.items():
        kpi = catalog.kpis[kpi_id]
        assert attrs["data-department"] == kpi.department
        assert attrs["data-objective"] == kpi.objective
        assert attrs["data-owner"] == (kpi.owner or "")
        assert attrs["data-lifecycle"] == kpi.lifecycle.value
        assert attrs["data-status"] == statuses[kpi_id].value.value
    filters = {e.attrs["data-kpi-filter"] for e in doc.find("select", data_kpi_filter=True)}
    assert filters == {"department", "objective", "owner", "lifecycle", "status"}
    assert len(doc.find("button", data_kpi_sort=True)) >= 5
    counts = [e for e in doc.find("span", data_kpi_count=True)]
    assert len(counts) == 1
    assert re.search(rf"\b{len(catalog.kpis)} of {len(catalog.kpis)} KPIs\b", doc.text)


def test_kpi_page_has_badge_progress_and_trend(example_site, catalog):
    statuses = catalog_statuses(catalog, TODAY)
    kpi_id = "new-pipeline-subscribers"
    doc = parse_html(example_site.page(f"kpis/{kpi_id}/"))
    badge = doc.with_class("kpi-status")[0]
    assert f"kpi-status--{statuses[kpi_id].value.value}" in badge.attrs["class"]
    bar = doc.find("div", role="progressbar")[0]
    assert "kpi-progress" in bar.attrs["class"].split()
    assert 0 <= float(bar.attrs["aria-valuenow"]) <= 100 and bar.attrs["aria-label"]
    assert doc.with_class("kpi-trend")[0].tag == "figure"
    assert doc.find("svg", role="img"), "the trend chart"


def test_progress_bar_without_a_measured_value_is_indeterminate(example_site, catalog):
    """ARIA: no aria-valuenow means "unknown"; aria-valuenow=0 would say "no progress"."""
    statuses = catalog_statuses(catalog, TODAY)
    no_data = [k for k, s in statuses.items() if s.value.value == "no_data"
               and catalog.kpis[k].baseline and catalog.kpis[k].target]
    assert no_data, "the example catalog should hold a KPI with no data yet"
    doc = parse_html(example_site.page(f"kpis/{no_data[0]}/"))
    bar = doc.find("div", role="progressbar")[0]
    assert "aria-valuenow" not in bar.attrs
    assert bar.attrs["aria-valuetext"].strip() and bar.attrs["aria-label"].strip()


def test_search_index_holds_name_statement_owner_department_and_terms(example_site, catalog):
    entries = search_index(example_site.site)
    for kpi_id, kpi in catalog.kpis.items():
        text = words(" ".join(
            f"{e['title']} {e['text']}" for e in entries
            if e["location"].startswith(f"kpis/{kpi_id}/")
        ))
        assert kpi.name in text, kpi_id
        assert words(kpi.statement) in text, kpi_id
        assert kpi.owner in text, kpi_id
        assert catalog.departments[kpi.department].name in text, kpi_id
    sql = words(" ".join(e["text"] for e in entries if e["location"].startswith(
        "kpis/sales-qualified-leads/")))
    assert "Sales-qualified lead" in sql, "glossary terms used are indexed with the KPI"


def test_edit_button_opens_the_yaml_file(example_site, catalog):
    for kpi_id in ("new-pipeline-subscribers", "dc-stock-cover"):
        doc = parse_html(example_site.page(f"kpis/{kpi_id}/"))
        buttons = [e for e in doc.with_class("md-content__button")
                   if "Edit" in e.attrs.get("title", "")]
        assert len(buttons) == 1
        assert buttons[0].attrs["href"] == EDIT_BASE + catalog.kpi_path(kpi_id)
    department = parse_html(example_site.page("departments/marketing/"))
    hrefs = [e.attrs["href"] for e in department.with_class("md-content__button")]
    assert EDIT_BASE + "kpis/departments.yml" in hrefs
    objective = parse_html(example_site.page("objectives/grow-marketing-pipeline/"))
    assert EDIT_BASE + "kpis/objectives.yml" in [
        e.attrs["href"] for e in objective.with_class("md-content__button")]
    home = parse_html(example_site.page(""))
    assert EDIT_BASE + "docs/index.md" in [
        e.attrs["href"] for e in home.with_class("md-content__button")], \
        "hand-written pages keep working edit links when edit_uri is the repository root"


def test_kpi_pages_are_tagged_with_their_keywords(example_site, catalog):
    """Tags are the KPI's own keywords; the department's name as a tag would make search
    (which weighs tags a million times the text) list a whole department first."""
    kpi = catalog.kpis["new-pipeline-subscribers"]
    doc = parse_html(example_site.page("kpis/new-pipeline-subscribers/"))
    tags = " ".join(e.attrs.get("href", "") for e in doc.with_class("md-tag"))
    assert kpi.tags and tags.count("#tag:") == len(kpi.tags), tags
    assert all(f"#tag:{t.lower()}" in tags for t in kpi.tags), tags
    department = catalog.departments[kpi.department].name
    assert f"#tag:{department.lower()}" not in tags
    listing = parse_html(example_site.page("tags/")).text
    assert kpi.name in listing and kpi.tags[0] in listing


def test_home_page_macros_show_catalog_content(example_site, catalog):
    html = example_site.page("")
    text = parse_html(html).text
    assert "{{" not in text and "{%" not in text
    assert catalog.config.name in text
    assert f"{len(catalog.kpis)} KPIs" in text
    assert parse_html(html).with_class("kpi-rollup")


def test_guide_shows_real_examples_from_the_catalog(example_site, catalog):
    text = parse_html(example_site.page("guide/how-to-write-a-kpi/")).text
    objective = catalog.objectives["grow-marketing-pipeline"]
    assert objective.name in text
    for part in objective.success:
        assert words(part.description) in text
    kpi = catalog.kpis["new-pipeline-subscribers"]
    assert words(kpi.statement) in text
    assert words(kpi.measurement.metric) in text


def test_reference_lists_every_field_of_a_kpi_file(example_site):
    from kpi_catalog.model.kpi import Kpi

    doc = parse_html(example_site.page("reference/kpi-file/"))
    codes = {e.text for e in doc.find("code")} | set(doc.texts)
    for name in Kpi.model_fields:
        assert name in codes, name


def test_a_build_says_nothing_of_how_macros_are_set_up(example_site):
    """mkdocs-macros lists the modules, variables and macros it found at INFO on every build
    (seven lines); they are for debugging a macros set-up, and show with `mkdocs -v` only."""
    assert "[macros]" not in example_site.output, example_site.output
