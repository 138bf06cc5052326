"""Each KPI's chart and badge (SVG), opened alone in Chromium, as someone who pastes the
address into a browser, a slide or a wiki does: no page, no stylesheet around them."""

from __future__ import annotations

import pytest
from kpi_browser import Site

pytestmark = pytest.mark.browser

IMAGES = ("chart.svg", "badge.svg")

# How many pixels of an image, drawn on a canvas at its own size, are dark (ink on the
# white chart, white text on the badge's coloured ground counts the ground as dark).
INK = """async (src) => {
  const img = new Image();
  img.src = src;
  await img.decode();
  const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
  const context = canvas.getContext("2d");
  context.drawImage(img, 0, 0);
  const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let dark = 0, light = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] < 128) continue;
    const luminance = 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
    if (luminance < 140) dark++; else if (luminance > 200) light++;
  }
  return {width: img.naturalWidth, height: img.naturalHeight, dark, light};
}"""


def public_kpis(site: Site):
    kpis = [kpi for kpi in site.kpis if kpi.data.get("visibility", "public") != "confidential"]
    assert len(kpis) >= 30, "the overview lost its KPIs"
    return kpis


def test_every_kpi_chart_and_badge_opens_alone(site, page):
    for kpi in public_kpis(site):
        for name in IMAGES:
            response = page.open(f"/kpis/{kpi.id}/{name}", settle=False)
            assert response.headers["content-type"].startswith("image/svg+xml"), name
            shown = page.evaluate("""() => {
              const root = document.documentElement;
              const box = root.getBoundingClientRect();
              return {ns: root.namespaceURI, tag: root.localName, width: box.width,
                      height: box.height, title: root.querySelector('title').textContent,
                      text: root.textContent};
            }""")
            assert (shown["ns"], shown["tag"]) == ("http://www.w3.org/2000/svg", "svg"), name
            assert shown["width"] > 100 and shown["height"] >= 20, (kpi.id, name, shown)
            assert shown["title"].startswith(kpi.text("name")), (kpi.id, name)
            if name == "chart.svg":
                assert kpi.text("measurement.unit") in shown["text"], "its unit is written"
    page.watch.check()


def test_the_images_are_drawn_when_pasted_as_images(site, page, save_screenshot):
    """In an `<img>` (a slide, a wiki, a README) an SVG may load nothing else and run
    nothing: each must still draw its text and lines on its own ground. Drawn from a
    document of the site without the theme's scripts (an image of its own)."""
    showcase = site.showcase
    page.open(f"/kpis/{showcase.id}/chart.svg")
    save_screenshot(page, "kpi-chart-alone")
    for kpi in public_kpis(site):
        for name in IMAGES:
            drawn = page.evaluate(INK, f"/kpis/{kpi.id}/{name}")
            assert drawn["width"] >= 100 and drawn["height"] >= 20, (kpi.id, name, drawn)
            pixels = drawn["width"] * drawn["height"]
            if name == "chart.svg":  # a white page with dark text and lines on it
                assert drawn["light"] > pixels * 0.8, (kpi.id, drawn)
                assert drawn["dark"] > pixels * 0.005, (kpi.id, drawn)
            else:  # white text on a dark ground
                assert drawn["dark"] > pixels * 0.5 and drawn["light"] > pixels * 0.03, \
                    (kpi.id, drawn)
    page.open(f"/kpis/{showcase.id}/badge.svg")
    save_screenshot(page, "kpi-badge-alone")
    page.watch.check()
