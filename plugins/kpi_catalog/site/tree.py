"""An objective's KPI tree as a static SVG: objective -> parts of its success -> the KPIs
that measure each part -> the KPIs that drive them (their `drivers`, level by level).

The tree is drawn as an indented list, one row per node, so that it stays narrow: it reads
on a phone at full size and needs no scrolling sideways. Each KPI is a link to its page,
with a bar in its status colour and the status in words below its name (colour is never
the only sign). The SVG is a ``group`` named by its ``<title>`` and described by its
``<desc>``; each link carries the KPI's name and status as its accessible name. All text
is escaped as in the trend chart. The status below a name is ``kpi-tree-status``: the
site's CSS draws it larger on a phone.

A KPI's drivers are drawn below it however often it appears; a branch stops at a KPI
already on its own path (the loader reports such circles) and at :data:`MAX_DEPTH`, and
the whole tree at :data:`MAX_ROWS` rows, so a dense catalog cannot make a huge page.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from kpi_catalog import escape

WIDTH = 360
ROW, BOX, INDENT, BAR = 46, 40, 16, 6
LINE, MAX_LINES = 16, 3
"""A name too long for its box is wrapped over up to three lines of 16 units, its box
growing by a line each; cut with an ellipsis beyond, its whole name in the ``<title>``."""
MAX_DEPTH = 7
MAX_ROWS = 120
STATUS_COLOURS = {
    "achieved": "#1b5e20", "ahead": "#00695c", "on_track": "#2e7d32", "behind": "#b71c1c",
    "not_started": "#455a64", "no_data": "#616161",
}
"""The status colours of the site's badges (``kpi-catalog.css``)."""


@dataclass(frozen=True)
class TreeNode:
    """One row of the tree."""

    depth: int
    """0: the objective; 1: a part of its success; 2: a KPI; 3 and more: drivers."""
    label: str
    """The text shown (a name or a part's description)."""
    href: str | None = None
    """Where the node links to (KPIs only)."""
    status: str | None = None
    """The KPI's status for machines (``on_track``); colours the bar."""
    status_label: str = ""
    """The status in the site's language, shown below the name."""


def _lines(text: str, width: float, size: float) -> list[str]:
    """The text wrapped at spaces to about the width available, on :data:`MAX_LINES` lines
    at most, the last one shortened with an ellipsis when even they are too few."""
    text = " ".join(text.split())
    room = max(8, int(width / (size * 0.56)))
    return textwrap.wrap(text, room, max_lines=MAX_LINES, placeholder="…") or [""]


def _tspans(lines: list[str], x: float) -> str:
    """The lines of one ``<text>``, each below the one before; the space between two lines
    keeps their words apart for whoever reads the text out (search, a screen reader)."""
    return " ".join(f'<tspan x="{x}" dy="{0 if i == 0 else LINE}">{escape.html(line)}</tspan>'
                    for i, line in enumerate(lines))


def _height(lines: list[str]) -> int:
    """A box's height: :data:`BOX` for one line, a :data:`LINE` more for each other."""
    return BOX + LINE * (len(lines) - 1)


def tree_svg(nodes: list[TreeNode], *, ident: str, title: str, desc: str) -> str:
    """The SVG of the rows (in order, each after its parent)."""
    last_at: dict[int, tuple[float, float]] = {}  # depth -> the latest box there: x, bottom
    links: list[str] = []  # the elbows from parents to their children
    boxes: list[str] = []
    top = 2.0
    for node in nodes:
        x = 2 + INDENT * node.depth
        box, height = _node(node, x, top)
        parent = last_at.get(node.depth - 1)
        if node.depth and parent is not None:  # an elbow from the parent's left edge
            px, bottom = parent[0] + INDENT / 2, parent[1]
            links.append(f"M{px:g} {bottom:g}V{top + BOX / 2:g}H{x}")
        last_at[node.depth] = (x, top + height)
        for deeper in [d for d in last_at if d > node.depth]:
            del last_at[deeper]
        boxes.append(box)
        top += height + ROW - BOX
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'viewBox="0 0 {WIDTH} {top - (ROW - BOX) + 2:g}" '
        f'role="group" aria-labelledby="{ident}-title" aria-describedby="{ident}-desc" '
        'class="kpi-tree" font-family="inherit" font-size="13">',
        f'<title id="{ident}-title">{escape.html(title)}</title>',
        f'<desc id="{ident}-desc">{escape.html(desc)}</desc>',
    ]
    if links:  # one path: the elbows run left of every box they pass, so none is covered
        out.append(f'<path class="kpi-tree-link" d="{"".join(links)}" fill="none" '
                   'stroke="currentColor" stroke-opacity="0.4"/>')
    out += boxes
    out.append("</svg>")
    return escape.latin1("\n".join(out))


def _node(node: TreeNode, x: float, top: float) -> tuple[str, int]:
    """A row's box and its height: taller by a line for each line its name wraps onto."""
    width = WIDTH - x - 2
    if node.href is None:  # the objective or a part: text on this page already
        lines = _lines(node.label, width - 16, 13)
        height = _height(lines)
        weight = ' font-weight="bold"' if node.depth == 0 else ""
        kind = "objective" if node.depth == 0 else "part"
        cut = (f"<title{escape.language_attribute(node.label)}>{escape.html(node.label)}</title>"
               if lines[-1].endswith("…") else "")  # the whole text where it is cut
        return (f'<g class="kpi-tree-node kpi-tree-node--{kind}">{cut}{_box(x, top, width, height)}'
                f'<text x="{x + 8}" y="{top + 25:g}" fill="currentColor"{weight}'
                f'{escape.language_attribute(node.label)}>'
                f"{_tspans(lines, x + 8)}</text></g>"), height
    colour = STATUS_COLOURS.get(node.status or "", "#616161")
    lines = _lines(node.label, width - BAR - 14, 13)
    height = _height(lines)
    spoken = f"{node.label}: {node.status_label}" if node.status_label else node.label
    # xlink:href, not href: mkdocs-material's instant navigation rewrites every [href] by
    # assigning el.href, which an SVG link does not allow (an uncaught error on every page).
    # The name is the <title>: an aria-label would hide the name shown.
    return (f'<a xlink:href="{escape.html(node.href)}" '
            'class="kpi-tree-node kpi-tree-node--kpi '
            f'kpi-tree-node--{escape.html(node.status or "")}">'
            f"<title>{escape.html(spoken)}</title>{_box(x, top, width, height)}"
            f'<rect x="{x}" y="{top:g}" width="{BAR}" height="{height}" rx="2" fill="{colour}"/>'
            f'<text x="{x + BAR + 8}" y="{top + 17:g}" fill="currentColor" '
            f'text-decoration="underline"{escape.language_attribute(node.label)}>'
            f"{_tspans(lines, x + BAR + 8)}</text>"
            f'<text class="kpi-tree-status" x="{x + BAR + 8}" y="{top + height - 7:g}" '
            'fill="currentColor" fill-opacity="0.75" '
            f'font-size="11">{escape.html(node.status_label)}</text></a>'), height


def _box(x: float, top: float, width: float, height: int) -> str:
    return (f'<rect x="{x}" y="{top:g}" width="{width}" height="{height}" rx="4" '
            'fill="currentColor" fill-opacity="0.04" stroke="currentColor" '
            'stroke-opacity="0.35"/>')
