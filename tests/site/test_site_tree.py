"""tree.tree_svg: an objective's KPI tree, one row per node, each KPI a link."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from kpi_catalog.site.tree import BOX, INDENT, ROW, TreeNode, tree_svg

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
NODES = [
    TreeNode(0, "Grow revenue"),
    TreeNode(1, "More sold online"),
    TreeNode(2, "Online GMV", "../gmv/", "on_track", "On track"),
    TreeNode(3, "Basket size", "../aov/", "behind", "Behind"),
    TreeNode(2, "Repeat buyers", "../repeat/", "achieved", "Achieved"),
    TreeNode(1, "Margin <b>& more</b>"),
    TreeNode(2, "Gross margin", "../margin/", "behind", "Behind"),
]


def draw() -> ET.Element:
    return ET.fromstring(tree_svg(NODES, ident="t", title="Tree", desc="The tree."))


def test_each_kpi_is_a_link_named_by_its_name_and_status():
    links = draw().findall(f"{SVG}a")
    assert [a.get(f"{XLINK}href") for a in links] == ["../gmv/", "../aov/", "../repeat/",
                                                     "../margin/"]
    assert [a.find(f"{SVG}title").text for a in links] == [
        "Online GMV: On track", "Basket size: Behind", "Repeat buyers: Achieved",
        "Gross margin: Behind"]


def test_every_node_but_the_objective_hangs_from_its_parent():
    """The elbows are one path (an element per row less for every reader of the page),
    each from its parent's box down to the middle of its child's box."""
    root = draw()
    links = root.findall(f"{SVG}path[@class='kpi-tree-link']")
    assert len(links) == 1
    elbows = re.findall(r"M([\d.]+) ([\d.]+)V([\d.]+)H([\d.]+)", links[0].get("d"))
    assert "".join(f"M{x} {y}V{v}H{h}" for x, y, v, h in elbows) == links[0].get("d")
    parents = {1: 0, 2: 1, 3: 2, 4: 1, 5: 0, 6: 5}  # row -> its parent's row
    assert len(elbows) == len(parents)
    for (x, top, middle, end), (row, parent) in zip(elbows, parents.items(), strict=True):
        depth = NODES[row].depth
        assert float(top) == 2 + ROW * parent + BOX  # the bottom of the parent's box
        assert float(middle) == 2 + ROW * row + BOX / 2
        assert float(end) == 2 + INDENT * depth  # the left edge of the child's box
        assert float(x) < float(end)  # left of every box it passes


def test_text_is_escaped():
    root = draw()
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert "Margin <b>& more</b>" in texts


LONG = "Share of enterprise customers renewing their annual contract on time <b>&</b> in full"


def lines_of(text: ET.Element) -> list[str]:
    return [span.text or "" for span in text.iter(f"{SVG}tspan")]


def test_a_long_name_is_wrapped_over_lines_not_cut_and_the_boxes_below_move_down():
    nodes = [TreeNode(0, LONG), TreeNode(1, "Renewals"),
             TreeNode(2, LONG, "../renew/", "behind", "Behind"), TreeNode(2, "Churn", "../c/")]
    root = ET.fromstring(tree_svg(nodes, ident="t", title="Tree", desc="The tree."))
    objective, link = root.find(f"{SVG}g/{SVG}text"), root.find(f"{SVG}a")
    for text in (objective, link.find(f"{SVG}text")):
        lines = lines_of(text)
        assert 2 <= len(lines) <= 3 and " ".join(lines) == LONG, lines  # every word, escaped
        assert " ".join(text.itertext()).split() == LONG.split(), "words stay apart"
    assert link.find(f"{SVG}title").text == f"{LONG}: Behind"
    heights = [float(r.get("height")) for r in root.iter(f"{SVG}rect")
               if r.get("rx") == "4"]  # each row's box
    assert heights[0] > BOX and heights[1] == BOX and heights[2] > BOX and heights[3] == BOX
    tops = [float(r.get("y")) for r in root.iter(f"{SVG}rect") if r.get("rx") == "4"]
    for above, below, height in zip(tops, tops[1:], heights, strict=False):
        assert below == above + height + ROW - BOX  # no box over another
    status = link.findall(f"{SVG}text")[1]
    assert float(status.get("y")) < tops[2] + heights[2], "the status inside its box"
    assert float(root.get("viewBox").split()[3]) == tops[-1] + BOX + 2


def test_a_name_too_long_for_three_lines_ends_with_an_ellipsis_and_is_whole_in_its_title():
    name = " ".join([LONG] * 4)
    nodes = [TreeNode(0, name), TreeNode(1, "Part"), TreeNode(2, name, "../x/", "behind", "B")]
    root = ET.fromstring(tree_svg(nodes, ident="t", title="Tree", desc="The tree."))
    for node in (root.find(f"{SVG}g"), root.find(f"{SVG}a")):
        lines = lines_of(node.find(f"{SVG}text"))
        assert len(lines) == 3 and lines[-1].endswith("…")
        assert node.find(f"{SVG}title").text.startswith(name)
    assert root.findall(f"{SVG}g")[1].find(f"{SVG}title") is None, "a whole text needs none"
