"""Each KPI as images that stand alone: its trend chart and a status badge, in SVG.

They are made to be pasted into slides, wikis and READMEs, or linked from a dashboard, at
addresses that do not change (``kpis/<id>/chart.svg``, ``kpis/<id>/badge.svg``, beside the
KPI's page), so they are legible without the site around them:

* the **chart** is the page's trend chart (:mod:`.charts`) under a heading that says what
  it shows (the KPI's name; its status, latest value and target with their unit), above
  a line that says whose catalog it is and on which day it was made, on a white ground in
  dark colours and a common sans-serif font: no stylesheet of the site is needed. A KPI
  without values gets its plan (baseline, expected path, target) and a note saying why.
* the **badge** is one line, in the manner of a README badge: the name on grey, the
  latest value and the status on the status's colour (the site's own, white text at a
  contrast of 4.5:1 or more).

Both have a ``<title>`` (and the chart a ``<desc>``) for screen readers, a fixed size with
a ``viewBox`` (they scale), and every contributor text XML-escaped. They hold only what the
build's audience may read: an internal KPI on a public site has no values to draw.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kpi_catalog import escape
from kpi_catalog.model import names
from kpi_catalog.site.charts import HEIGHT, WIDTH
from kpi_catalog.site.outputs import SiteFile
from kpi_catalog.site.views import KpiView

if TYPE_CHECKING:
    from kpi_catalog.site.generator import Site

FONT = ("-apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', "
        "'Liberation Sans', 'DejaVu Sans', sans-serif")
INK = "#1f2328"  # text and lines: 15.8:1 on white
ACTUAL = "#283593"  # the measured values: the site's indigo, darker (10.9:1)
STATUS_COLOURS = {  # the site's status colours (kpi-catalog.css): white text >= 4.5:1
    "achieved": "#1b5e20", "ahead": "#00695c", "on_track": "#2e7d32", "behind": "#b71c1c",
    "not_started": "#455a64", "no_data": "#616161",
}
LABEL_COLOUR = "#424242"
HEAD, FOOT = 58, 26
BADGE_HEIGHT, BADGE_PAD, BADGE_FONT = 20, 6, 11
NAME_LIMIT = 48


def _svg(text: object) -> str:
    """Contributor text for an SVG element or attribute (see :mod:`kpi_catalog.escape`)."""
    return str(escape.html(text))


def chart_path(site: Site, kpi_id: str) -> str:
    return f"{site.options.kpi_prefix}/{kpi_id}/chart.svg"


def badge_path(site: Site, kpi_id: str) -> str:
    return f"{site.options.kpi_prefix}/{kpi_id}/badge.svg"


def text_width(text: str, size: float) -> float:
    """About how wide ``text`` is in a common sans-serif font (Arial, Roboto, DejaVu Sans
    run within a tenth of it) at ``size`` pixels: enough to size a box or cut a line; a
    badge's text is then fitted to its box exactly (``textLength``)."""
    width = 0.0
    for char in text:
        if char in "ijlI.,:;'|!()[]/ ":
            width += 0.3
        elif char in "mwMW@%":
            width += 0.86
        elif char.isupper():
            width += 0.67
        elif char.isdigit():
            width += 0.56
        else:
            width += 0.52
    return width * size


def _shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _badge_name(view: KpiView) -> str:
    """The name on a badge, at most :data:`NAME_LIMIT` characters: cut in the name, not in
    what tells it apart from another KPI's of the same name (``Days to close… (Sales)``)."""
    if not view.qualifier:
        return _shortened(view.kpi.name, NAME_LIMIT)
    told = _shortened(view.qualifier, NAME_LIMIT // 2)
    return names.distinct_name(_shortened(view.kpi.name, NAME_LIMIT - len(told) - 3), told)


def _fitted(text: str, size: float, room: float) -> str:
    """``text`` cut (with "…") to what fits into ``room`` pixels."""
    while len(text) > 1 and text_width(text, size) > room:
        text = text[:-2].rstrip() + "…"
    return text


def subtitle(site: Site, view: KpiView) -> list[str]:
    """What the chart shows, in the site's language, with units: the status and the latest
    value; the target and its date."""
    t = site.t
    now = view.status_label + (f" · {t['field.latest']}: {view.latest_text}"
                               if view.latest_text else "")
    lines = [now]
    if view.kpi.target is not None:
        lines.append(f"{t['field.target']}: {view.target_text} "
                     f"{t.get('text.by', date=t.date(view.kpi.target.date))}")
    return lines


def chart_svg(site: Site, view: KpiView) -> str:
    """The KPI's trend chart as an image on its own (see the module's docstring)."""
    t = site.t
    kpi = view.kpi
    note = t["text.values_internal"] if site.values_hidden(kpi) else t["text.no_actuals"]
    inner = site.image_chart(view, note)
    lines = subtitle(site, view)
    head = HEAD + 17 * (len(lines) - 1)
    total = head + (HEIGHT if inner else 40) + FOOT
    room = WIDTH - 32
    said = f"{view.distinct_name}: {'; '.join(lines)}"
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{total}" '
        f'viewBox="0 0 {WIDTH} {total}" role="img" aria-label="{_svg(said)}" '
        f'font-family="{_svg(FONT)}" color="{INK}">',
        f"<title>{_svg(said)}</title>",
        f"<style>.kpi-trend-actual {{ color: {ACTUAL} }} .kpi-trend-note rect "
        "{ fill: #ffffff }</style>",
        f'<rect width="{WIDTH}" height="{total}" fill="#ffffff"/>',
        f'<text x="16" y="26" font-size="17" font-weight="700" fill="currentColor">'
        f"{_svg(_fitted(view.distinct_name, 17, room))}</text>",
        *(f'<text x="16" y="{47 + 17 * n}" font-size="12" fill="currentColor">'
          f"{_svg(_fitted(line, 12, room))}</text>" for n, line in enumerate(lines)),
    ]
    if inner:
        parts.append(inner.replace(
            "<svg ", f'<svg x="0" y="{head}" width="{WIDTH}" height="{HEIGHT}" ', 1))
    else:
        parts.append(f'<text x="16" y="{head + 24}" font-size="13" fill="currentColor">'
                     f"{_svg(_fitted(note, 13, room))}</text>")
    footer = " · ".join((site.catalog.config.name, t.date(site.today)))
    footer = _fitted(footer, 10, room / 2)
    source = site.absolute_url(site.options.kpi_src(kpi.id))
    if source.startswith(("https://", "http://")):
        parts.append(f'<text x="16" y="{total - 9}" font-size="10" fill="currentColor" '
                     f'fill-opacity="0.8">'
                     f"{_svg(_fitted(source, 10, room - text_width(footer, 10) - 24))}"
                     "</text>")
    parts.append(f'<text x="{WIDTH - 16}" y="{total - 9}" font-size="10" text-anchor="end" '
                 f'fill="currentColor" fill-opacity="0.8">{_svg(footer)}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def badge_value(view: KpiView) -> str:
    """The latest value for a badge: the number, with its unit when the unit is short."""
    latest = view.status.latest
    if latest is None:
        return ""
    number, unit = view.t.number(latest.value), view.kpi.measurement.unit.strip()
    if unit.startswith("%"):
        return f"{number}%"
    return f"{number} {unit}" if len(unit) <= 12 else number


def badge_svg(site: Site, view: KpiView) -> str:
    """A one-line image: the KPI's name (told apart from another's of the same name), its
    latest value and its status, in its colour."""
    label = _badge_name(view)
    value = badge_value(view)
    right = f"{value} · {view.status_label}" if value else view.status_label
    left_w = round(text_width(label, BADGE_FONT)) + 2 * BADGE_PAD
    right_w = round(text_width(right, BADGE_FONT)) + 2 * BADGE_PAD
    width = left_w + right_w
    colour = STATUS_COLOURS.get(view.status_value, STATUS_COLOURS["no_data"])
    said = f"{view.distinct_name}: {right}"
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{BADGE_HEIGHT}" '
        f'viewBox="0 0 {width} {BADGE_HEIGHT}" role="img" aria-label="{_svg(said)}">',
        f"<title>{_svg(said)}</title>",
        f'<rect width="{left_w}" height="{BADGE_HEIGHT}" fill="{LABEL_COLOUR}"/>',
        f'<rect x="{left_w}" width="{right_w}" height="{BADGE_HEIGHT}" fill="{colour}"/>',
        f'<g fill="#ffffff" font-family="{_svg(FONT)}" font-size="{BADGE_FONT}" '
        'text-anchor="middle">',
        f'<text x="{left_w / 2}" y="14" textLength="{left_w - 2 * BADGE_PAD}" '
        f'lengthAdjust="spacingAndGlyphs">{_svg(label)}</text>',
        f'<text x="{left_w + right_w / 2}" y="14" textLength="{right_w - 2 * BADGE_PAD}" '
        f'lengthAdjust="spacingAndGlyphs">{_svg(right)}</text>',
        "</g>",
        "</svg>",
    ]) + "\n"


def kpi_images(site: Site) -> Iterator[SiteFile]:
    """The maker (:data:`~kpi_catalog.site.outputs.MAKERS`): a chart and a badge per KPI."""
    if not site.options.machine_readable:
        return
    for kpi_id, view in site.views.items():
        yield SiteFile(chart_path(site, kpi_id), chart_svg(site, view))
        yield SiteFile(badge_path(site, kpi_id), badge_svg(site, view))
