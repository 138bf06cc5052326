"""Defects of issue 11 on the site: perspectives and macro tables in the site's language,
counts beside roll-ups, and macro filters that name nothing."""

from __future__ import annotations

import re
from datetime import date

import pytest
from site_helpers import TODAY, macros_of, parse_html, small_catalog, write_catalog

from kpi_catalog.checking.check import check_catalog
from kpi_catalog.site import Site


def _site(tmp_path, language: str = "en", perspective: str = "customer", checked_on=TODAY,
          **more) -> Site:
    files = small_catalog()
    files["catalog.yml"]["language"] = language
    if perspective not in ("financial", "customer", "internal-process", "learning-growth"):
        files["catalog.yml"]["perspectives"] = ["customer", perspective]
    files["objectives.yml"]["objectives"][0]["perspective"] = perspective
    files.update(more)
    write_catalog(tmp_path / "kpis", files)
    result = check_catalog(tmp_path / "kpis", today=checked_on)
    assert result.ok, [d.text() for d in result.errors]
    return Site(result.catalog, today=TODAY)


def _pages(site: Site) -> dict[str, str]:
    return {page.src_uri: page.body for page in site.pages()}


@pytest.mark.parametrize(("language", "perspective", "shown", "not_shown"), [
    ("id", "internal-process", "Proses bisnis internal", "Internal process"),
    ("en", "internal-process", "Internal process", "Proses bisnis internal"),
    ("id", "learning-growth", "Pembelajaran dan pertumbuhan", "Learning growth"),
    ("id", "sustainability", "sustainability", "Sustainability"),  # a catalog's own: as written
])
def test_perspectives_in_the_sites_language(tmp_path, language, perspective, shown, not_shown):
    pages = _pages(_site(tmp_path, language, perspective))
    for src in ("objectives/grow-pipeline/index.md", "objectives/index.md"):
        text = parse_html(pages[src]).text
        assert shown in text and not_shown not in text, src


def test_lists_of_departments_and_objectives_count_the_kpis_the_rollup_counts(tmp_path):
    retired = dict(small_catalog()["marketing/new-leads.yml"], id="old-leads",
                   lifecycle="retired")
    pages = _pages(_site(tmp_path, **{"marketing/old-leads.yml": retired}))
    for src, name in (("departments/index.md", "Marketing"),
                      ("objectives/index.md", "Grow the sales pipeline")):
        row = next(line for line in pages[src].splitlines() if f">{name}</a>" in line)
        count = int(re.search(r'class="kpi-number">(\d+)<', row).group(1))
        assert count == (2 if src.startswith("departments") else 3), src  # old-leads left out


def test_macro_filters_tag_and_owner_fail_loudly_on_unknown_values(tmp_path):
    macros = macros_of(_site(tmp_path))
    assert macros["kpi_count"](tag="pipeline") == 1
    assert macros["kpi_count"](owner="Head of Sales") == 1
    with pytest.raises(ValueError, match="no tag `pipelin`.*pipeline"):
        macros["kpi_table"](tag="pipelin")
    with pytest.raises(ValueError, match="no owner `Head of Sale`.*Head of Sales"):
        macros["kpi_count"](owner="Head of Sale")


def test_a_macro_refuses_a_filter_it_does_not_have_naming_the_ones_it_has(tmp_path):
    macros = macros_of(_site(tmp_path))
    with pytest.raises(ValueError, match=r"`kpi_table` has no filter `departement`; use one "
                                         r"of: department, objective, lifecycle, tag, status"):
        macros["kpi_table"](departement="marketing")
    indonesian = macros_of(_site(tmp_path / "id", "id"))
    with pytest.raises(ValueError, match=r"`kpi_count`.*`colour`") as raised:
        indonesian["kpi_count"](colour="red")
    assert "use one of" not in str(raised.value)  # said in the site's language


def test_macro_filters_combine_and_match_what_the_overview_lists(tmp_path):
    macros = macros_of(_site(tmp_path))
    everything = macros["kpi_count"]()
    assert everything > macros["kpi_count"](department="marketing") > 0
    assert macros["kpi_count"](department="marketing", tag="pipeline") == 1
    assert macros["kpi_count"](department="sales", tag="pipeline") == 0
    assert macros["kpi_count"](owner="  Head   of\nSales ") == 1  # spaces count as one
    table = macros["kpi_table"](tag="pipeline", caption="Pipeline <KPIs>")
    assert "Pipeline &lt;KPIs&gt;" in table and table.count("<tr") == 2  # header + one KPI


def test_the_field_table_macro_speaks_the_sites_language(tmp_path):
    table = macros_of(_site(tmp_path, "id"))["kpi_fields"]("link")
    assert table.startswith("| kolom | jenis | bawaan | arti |")
    assert "**wajib**" in table and "required" not in table
    english = macros_of(_site(tmp_path / "en"))["kpi_fields"]("link")
    assert english.startswith("| field | type | default | meaning |")


def _kpi_page(tmp_path, actuals: list[dict]) -> str:
    """The KPI's page built on TODAY, from a catalog valid later (`kpi validate` refuses a
    value for a period not ended: the page must not show one either)."""
    kpi = dict(small_catalog()["marketing/new-leads.yml"], actuals=actuals)
    site = _site(tmp_path, checked_on=date(2027, 1, 31), **{"marketing/new-leads.yml": kpi})
    return _pages(site)["kpis/new-leads/index.md"]


def test_expected_values_read_as_whole_numbers_from_100_up_as_kpi_status_says_them(tmp_path):
    """A straight line from baseline to target gives 107.9452...: the values table and the
    chart's text say 108, as `kpi status` and the alerts do, not 107.95."""
    page = _kpi_page(tmp_path, [{"period": "2026-01", "value": 110}])
    row = next(line for line in page.splitlines() if "<td>2026-01</td>" in line)
    cells = re.findall(r'<td>([^<]*)</td>', row)
    assert cells[1:3] == ["110", "108"], row
    assert "January 2026: 108." in page  # the chart's description


def test_the_values_table_lists_only_the_periods_the_chart_draws(tmp_path):
    # TODAY is in late November 2026: December's value is of a period not yet ended
    page = _kpi_page(tmp_path, [{"period": "2026-10", "value": 150},
                                {"period": "2026-12", "value": 300}])
    table = page[page.index('<table class="kpi-list kpi-actuals">'):]
    table = table[:table.index("</table>")]
    assert "2026-10" in table and "2026-12" not in table and "300" not in table
    assert "<svg" in page


def test_only_values_of_periods_not_yet_ended_give_no_chart_and_no_caption(tmp_path):
    page = _kpi_page(tmp_path, [{"period": "2026-12", "value": 300}])
    assert "<figure" not in page and "<figcaption" not in page and "<svg" not in page
    assert "No values have been measured yet." in page


@pytest.mark.parametrize(("language", "said"), [
    ("en", "; none of them is active on 27 November 2026."),
    ("id", "; tidak satu pun yang aktif pada 27 November 2026."),
])
def test_llms_txt_of_drafts_only_says_none_is_active(tmp_path, language, said):
    """llms.txt counts the active KPIs, as the site's roll-ups: with none, it says so."""
    from kpi_catalog.site.llms import llms_txt

    files = {name: data for name, data in small_catalog().items()
             if "/" not in name or name == "sales/deal-cycle.yml"}
    files["catalog.yml"]["language"] = language
    files["sales/deal-cycle.yml"]["lifecycle"] = "draft"
    write_catalog(tmp_path / "kpis", files)
    result = check_catalog(tmp_path / "kpis", today=TODAY)
    assert result.ok, [d.text() for d in result.errors]
    summary = llms_txt(Site(result.catalog, today=TODAY)).splitlines()[2]
    assert summary.endswith(said), summary


@pytest.mark.parametrize("language", ["en", "id"])
def test_one_kpi_is_counted_in_the_singular(tmp_path, language):
    """A department, the overview and llms.txt with one KPI say "1 KPI", not "1 KPIs"."""
    from kpi_catalog.site.llms import llms_txt

    files = {name: data for name, data in small_catalog().items()
             if "/" not in name or name == "sales/deal-cycle.yml"}
    files["catalog.yml"]["language"] = language
    write_catalog(tmp_path / "kpis", files)
    result = check_catalog(tmp_path / "kpis", today=TODAY)
    assert result.ok and len(result.catalog.kpis) == 1, [d.text() for d in result.errors]
    site = Site(result.catalog, today=TODAY)
    pages = _pages(site)
    for src in ("departments/sales/index.md", "kpis/index.md"):
        assert "1 KPI" in pages[src] and "1 KPIs" not in pages[src], src
    llms = llms_txt(site)
    assert "1 Key Performance Indicators" not in llms
    assert ("where its 1 active KPI stands on" if language == "en" else
            "posisi 1 KPI aktif di antaranya pada") in llms, llms[:400]
    several = _pages(_site(tmp_path / "several", language))["kpis/index.md"]
    assert ("5 KPIs" if language == "en" else "5 KPI") in several  # more than one: as before


@pytest.mark.parametrize(("language", "led_by"), [("en", "Led by"), ("id", "Dipimpin oleh")])
def test_a_head_whose_name_ends_with_a_full_stop_gets_no_second_one(tmp_path, language, led_by):
    """Academic titles end many Indonesian names (`S.E., M.M.`): the sentence that names the
    department's head ends with the name's own full stop (it read `M.M.. 2 KPIs.`)."""
    files = small_catalog()
    files["departments.yml"]["departments"][0]["head"] = "Dr. Budi Santoso, S.E., M.M."
    pages = _pages(_site(tmp_path, language, **{"departments.yml": files["departments.yml"]}))
    text = parse_html(pages["departments/marketing/index.md"]).text
    assert f"{led_by} Dr. Budi Santoso, S.E., M.M. 2 KPI" in text, text[:300]
    assert ".." not in text
    other = parse_html(pages["departments/sales/index.md"]).text
    assert f"{led_by} Head of Sales. " in other, other[:300]
