"""charts.trend_svg: valid, accessible, escaped, self-contained SVG; None without data."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from status_helpers import make_kpi

from catalog_factory import TODAY
from kpi_catalog.model.fields import replaced
from kpi_catalog.site.charts import trend_svg
from kpi_catalog.status.compute import compute_status

NS = {"svg": "http://www.w3.org/2000/svg"}
LABELS = {"actual": "Actual", "target": "Target", "expected": "Expected",
          "trend_title": "Trend of {name}"}
VALUES = [("2026-01", 110), ("2026-02", 118), ("2026-Q1", 125), ("2026-06", 140)]


def draw(kpi, today=TODAY, labels=LABELS, **kw):
    return trend_svg(kpi, compute_status(kpi, today), today, labels=labels, **kw)


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def dots(root: ET.Element) -> list[tuple[float, float]]:
    """The points of the measured values: zero-length segments (``M x y h0``) of the
    paths in the values' group, drawn as dots by their round caps."""
    found = []
    for path in root.findall(".//svg:g[@class='kpi-trend-actual']/svg:path", NS):
        assert path.get("stroke-linecap") == "round" and float(path.get("stroke-width")) >= 8
        segments = re.findall(r"M([\d.]+) ([\d.]+)h0", path.get("d"))
        assert "".join(f"M{x} {y}h0" for x, y in segments) == path.get("d")
        found += [(float(x), float(y)) for x, y in segments]
    return found


def test_a_valid_accessible_svg():
    svg = draw(make_kpi(actuals=VALUES, name="Leads"))
    root = parse(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("role") == "img"
    assert root.get("viewBox") == "0 0 640 300"
    assert root.get("width") is None and root.get("height") is None  # scales to its box
    title, desc = root.find("svg:title", NS), root.find("svg:desc", NS)
    assert title.text == "Trend of Leads"
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    for period, value in VALUES:
        assert f"{period}: {value}" in desc.text
    assert "Target: 200 (2026-12-31)" in desc.text
    assert "Expected: 100 (2026-01-01) → 200 (2026-12-31)" in desc.text


def test_it_draws_values_target_and_expected_path():
    root = parse(draw(make_kpi(actuals=VALUES)))
    assert len(dots(root)) == 4
    assert root.find(".//svg:g[@class='kpi-trend-actual']/svg:polyline", NS) is not None
    assert root.find(".//svg:g[@class='kpi-trend-target']", NS) is not None
    assert root.find(".//svg:line[@class='kpi-trend-expected']", NS) is not None
    assert root.find(".//svg:rect[@class='kpi-trend-range']", NS) is None
    axis = [t.text for t in root.findall(".//svg:g[@class='kpi-trend-axis']//svg:text", NS)]
    assert "2026-01" in axis and "100" in axis and "200" in axis and "things" in axis


def test_points_go_up_when_values_go_up():
    root = parse(draw(make_kpi(actuals=VALUES)))
    xs, ys = zip(*dots(root), strict=True)
    ys, xs = list(ys), list(xs)
    assert ys == sorted(ys, reverse=True) and xs == sorted(xs)


def test_within_range_draws_a_band():
    kpi = make_kpi(direction="within_range", baseline=(62, "2026-01-01"),
                   target=(30, 45, "2027-06-30"), actuals=[("2026-03", 55), ("2026-06", 50)])
    root = parse(draw(kpi))
    band = root.find(".//svg:rect[@class='kpi-trend-range']", NS)
    assert band is not None and float(band.get("height")) > 0
    assert "Target: 30 – 45 (2027-06-30)" in root.find("svg:desc", NS).text
    assert root.find(".//svg:line[@class='kpi-trend-expected']", NS) is not None


def test_colours_follow_the_theme_and_nothing_is_loaded():
    svg = draw(make_kpi(actuals=VALUES))
    assert "currentColor" in svg
    drawn = re.sub(r"&#\d+;", "", svg)  # character references (`&#8594;`) are text
    assert not [c for c in ("#", "rgb(", "href", "url(", "<script", "<image", "<style")
                if c in drawn.replace('xmlns="http://www.w3.org/2000/svg"', "")]


def test_hostile_text_is_escaped():
    hostile = '<script>alert("x")</script> & ]]> \x01'
    label = hostile.replace("\x01", "")  # one-line fields refuse control characters
    kpi = make_kpi(name=label, actuals=[("2026-01", 110)],
                   measurement={"metric": "M", "unit": label, "data_source": "S"})
    kpi = kpi.model_copy(update={"actuals": [replaced(kpi.actuals[0], note=hostile)]})
    labels = {key: hostile for key in LABELS}
    svg = draw(kpi, labels=labels)
    root = parse(svg)  # still well-formed XML
    assert "<script" not in svg and "\x01" not in svg
    assert root.find("svg:title", NS).text == hostile.replace("\x01", "")
    assert root.find("svg:desc", NS).text.startswith(f"{label} ({label}): 2026-01: 110.")
    unit = root.findall(".//svg:g[@class='kpi-trend-axis']/svg:text", NS)[-1].text
    assert unit == label  # the unit, over the value axis


@pytest.mark.parametrize("actuals", [[], [("2026-12", 190)], [("2027", 200)]])
def test_nothing_to_draw(actuals):
    assert draw(make_kpi(actuals=actuals)) is None


def test_one_value_without_target_or_baseline():
    root = parse(draw(make_kpi(baseline=None, target=None, actuals=[("2026-03", 7)])))
    assert len(dots(root)) == 1
    assert root.find(".//svg:line[@class='kpi-trend-expected']", NS) is None
    legend = [t.text for t in root.findall(".//svg:g[@class='kpi-trend-legend']/svg:text", NS)]
    assert legend == ["Actual"]


def test_language_and_formatters():
    labels = {"actual": "Realisasi", "target": "Target", "expected": "Seharusnya",
              "trend_title": "Tren {name}"}
    root = parse(draw(make_kpi(actuals=[("2026-06", 1250.5)], name="Pelanggan",
                               target=(2000, "2026-12-31")), labels=labels,
                      format_number=lambda v: f"{v:,.1f}".replace(",", "X").replace(
                          ".", ",").replace("X", "."),
                      format_date=lambda d: f"{d.day}/{d.month}/{d.year}"))
    assert root.find("svg:title", NS).text == "Tren Pelanggan"
    desc = root.find("svg:desc", NS).text
    assert desc.startswith("Realisasi (things): 2026-06: 1.250,5.")
    assert "Target: 2.000,0 (31/12/2026)" in desc


def test_the_axis_of_a_kpi_of_tiny_values_is_not_all_zeros():
    """A KPI from 0 to 4 x 10^-12 had axis labels all "0": values below 10^-9 were shown
    as 0, and the ticks were rounded to ten decimals (against a double's noise). They keep
    the digits of their step."""
    kpi = make_kpi(baseline=(0, "2026-01-01"), target=(4e-12, "2026-12-31"),
                   actuals=[("2026-03", 1e-12), ("2026-06", 2.5e-12)],
                   statement="Keep failures below 0.000000000004 by 31 December 2026.")
    root = parse(draw(kpi))
    ticks = [t.text for t in root.findall(".//svg:g[@class='kpi-trend-values']/svg:text", NS)]
    assert ticks[0] == "0" and len(set(ticks)) == len(ticks) > 2, ticks
    assert "1E-12" in ticks


def value_labels(root: ET.Element) -> list[str]:
    return [t.text for t in root.findall(".//svg:g[@class='kpi-trend-values']/svg:text", NS)]


def unit_label(root: ET.Element) -> str:
    return root.find(".//svg:g[@class='kpi-trend-axis']/svg:text[@font-size='11']", NS).text


@pytest.mark.parametrize(("low", "high", "labels", "factor"), [
    (1e14, 9e14, ["0", "200", "400", "600", "800", "1,000"], "1,000,000,000,000"),
    (12e6, 48e6, ["10", "20", "30", "40", "50"], "1,000,000"),
    (-9e6, -1e6, ["-10", "-8", "-6", "-4", "-2", "0"], "1,000,000"),
    (15e9, 60e9, ["10", "20", "30", "40", "50", "60"], "1,000,000,000"),
])
def test_long_values_are_counted_in_thousands_millions_on_the_axis(low, high, labels, factor):
    """A GMV in rupiah (`800,000,000,000,000`) had labels three times wider than the room
    left of the plot: the browser cut them to `000,000,000`. Labels longer than nine
    characters are counted in the power of 1,000 that keeps the step whole, and the unit
    says so; the description keeps every digit."""
    kpi = make_kpi(baseline=(low, "2026-01-01"), target=(high, "2026-12-31"),
                   actuals=[("2026-06", (low + high) / 2)],
                   measurement={"metric": "GMV", "unit": "IDR", "data_source": "ERP"})
    root = parse(draw(kpi))
    assert value_labels(root) == labels
    assert unit_label(root) == f"IDR (\u00d7 {factor})"
    assert f"{(low + high) / 2:,.0f}" in root.find("svg:desc", NS).text


def test_labels_that_fit_are_written_in_full_and_in_the_sites_marks():
    kpi = make_kpi(baseline=(1_000_000, "2026-01-01"), target=(5_000_000, "2026-12-31"),
                   actuals=[("2026-06", 2_500_000)])
    root = parse(draw(kpi))
    assert value_labels(root)[-1] == "5,000,000" and unit_label(root) == "things"
    big = make_kpi(baseline=(1e8, "2026-01-01"), target=(5e8, "2026-12-31"),
                   actuals=[("2026-06", 2e8)])
    root = parse(draw(big, format_number=lambda v: f"{v:,.0f}".replace(",", ".")))
    assert value_labels(root) == ["100", "200", "300", "400", "500"]
    assert unit_label(root) == "things (\u00d7 1.000.000)"


def _monthly(count: int, first_year: int) -> list[tuple[str, float]]:
    return [(f"{first_year + i // 12}-{i % 12 + 1:02d}", 100 + i % 7 + i / 2)
            for i in range(count)]


def _line_width(root: ET.Element) -> float:
    line = root.find(".//svg:g[@class='kpi-trend-actual']/svg:polyline", NS)
    return float(line.get("stroke-width"))


@pytest.mark.parametrize("count", [12, 24])
def test_a_typical_series_has_a_dot_on_every_value(count):
    """One or two years of monthly values: as ever, a dot each and the line 2.5 wide."""
    root = parse(draw(make_kpi(actuals=_monthly(count, 2026 - count // 12),
                               baseline=(100, f"{2026 - count // 12}-01-01"))))
    assert len(dots(root)) == count and _line_width(root) == 2.5


def test_a_long_series_is_a_thin_line_with_its_latest_dot():
    """120 monthly values are 4.6 units apart: their dots (9 wide) ran together into a band
    as thick as a dot, the line lost in it (a phone draws the chart at half its size)."""
    values = _monthly(120, 2016)
    root = parse(draw(make_kpi(actuals=values, baseline=(100, "2016-01-01"))))
    latest = dots(root)
    assert len(latest) == 1 and _line_width(root) < 2.5
    line = root.find(".//svg:g[@class='kpi-trend-actual']/svg:polyline", NS)
    assert line.get("points").split()[-1] == "{},{}".format(*latest[0])  # the last value's
    assert len(line.get("points").split()) == 120  # every value still on the line
