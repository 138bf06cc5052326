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

from dataclasses import dataclass

from kpi_catalog import escape

WIDTH = 360
ROW, BOX, INDENT, BAR = 46, 40, 16, 6
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


def _fit(text: str, width: float, size: float) -> str:
    """The text, shortened with an ellipsis to about the width available."""
    text = " ".join(text.split())
    room = max(8, int(width / (size * 0.56)))
    return text if len(text) <= room else text[: room - 1].rstrip() + "…"


def tree_svg(nodes: list[TreeNode], *, ident: str, title: str, desc: str) -> str:
    """The SVG of the rows (in order, each after its parent)."""
    height = ROW * len(nodes) + 4
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'viewBox="0 0 {WIDTH} {height}" '
        f'role="group" aria-labelledby="{ident}-title" aria-describedby="{ident}-desc" '
        'class="kpi-tree" font-family="inherit" font-size="13">',
        f'<title id="{ident}-title">{escape.html(title)}</title>',
        f'<desc id="{ident}-desc">{escape.html(desc)}</desc>',
    ]
    last_at: dict[int, int] = {}  # depth -> row of the latest node at that depth
    links: list[str] = []  # the elbows from parents to their children
    boxes: list[str] = []
    for row, node in enumerate(nodes):
        x, top = 2 + INDENT * node.depth, 2 + ROW * row
        middle = top + BOX / 2
        parent = last_at.get(node.depth - 1)
        if node.depth and parent is not None:  # an elbow from the parent's left edge
            px = 2 + INDENT * (node.depth - 1) + INDENT / 2
            links.append(f"M{px} {2 + ROW * parent + BOX}V{middle}H{x}")
        last_at[node.depth] = row
        for deeper in [d for d in last_at if d > node.depth]:
            del last_at[deeper]
        boxes.append(_node(node, x, top))
    if links:  # one path: the elbows run left of every box they pass, so none is covered
        out.append(f'<path class="kpi-tree-link" d="{"".join(links)}" fill="none" '
                   'stroke="currentColor" stroke-opacity="0.4"/>')
    out += boxes
    out.append("</svg>")
    return escape.latin1("\n".join(out))


def _node(node: TreeNode, x: float, top: float) -> str:
    width = WIDTH - x - 2
    box = (f'<rect x="{x}" y="{top}" width="{width}" height="{BOX}" rx="4" '
           'fill="currentColor" fill-opacity="0.04" stroke="currentColor" '
           'stroke-opacity="0.35"/>')
    if node.href is None:  # the objective or a part: text on this page already
        weight = ' font-weight="bold"' if node.depth == 0 else ""
        label = _fit(node.label, width - 16, 13)
        kind = "objective" if node.depth == 0 else "part"
        return (f'<g class="kpi-tree-node kpi-tree-node--{kind}">{box}'
                f'<text x="{x + 8}" y="{top + 25}" fill="currentColor"{weight}>'
                f"{escape.html(label)}</text></g>")
    colour = STATUS_COLOURS.get(node.status or "", "#616161")
    name = _fit(node.label, width - BAR - 14, 13)
    spoken = f"{node.label}: {node.status_label}" if node.status_label else node.label
    # xlink:href, not href: mkdocs-material's instant navigation rewrites every [href] by
    # assigning el.href, which an SVG link does not allow (an uncaught error on every page).
    # The name is the <title>: an aria-label would hide the shortened name shown.
    return (f'<a xlink:href="{escape.html(node.href)}" '
            'class="kpi-tree-node kpi-tree-node--kpi '
            f'kpi-tree-node--{escape.html(node.status or "")}">'
            f"<title>{escape.html(spoken)}</title>{box}"
            f'<rect x="{x}" y="{top}" width="{BAR}" height="{BOX}" rx="2" fill="{colour}"/>'
            f'<text x="{x + BAR + 8}" y="{top + 17}" fill="currentColor" '
            f'text-decoration="underline">{escape.html(name)}</text>'
            f'<text class="kpi-tree-status" x="{x + BAR + 8}" y="{top + 33}" '
            'fill="currentColor" fill-opacity="0.75" '
            f'font-size="11">{escape.html(node.status_label)}</text></a>')
