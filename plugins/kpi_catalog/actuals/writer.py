"""Write values into KPI files, changing nothing but the lines of the values.

Why not load and dump the file with ruamel.yaml's round trip? It re-emits the whole
document: indentation is made uniform, long lines are folded, spacing inside flow
mappings changes. On the example catalog most files come back different. Instead, the
parser gives the place of every node (line, column), and the edit is spliced into the
text there: every byte outside the edited entries stays as it was, by construction. New
entries follow the style of the entries already there (a flow mapping ``{period: 2026-01,
value: 104}`` or a block mapping, the same indentation, the file's line endings); text
values are quoted by ruamel.yaml's emitter (:mod:`kpi_catalog.yaml_text`), so that any note
is valid YAML.

The edited text is then read back with the catalog's own strict reader and validated:
it must hold exactly the values intended and otherwise the same KPI, within the reader's
bounds (1 MB, and what aliases expand to), or nothing is written. (The original is composed
with PyYAML to find the places of its nodes: composing never expands an alias, and the text
is the loaded file's, read within the same bounds.)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

import yaml

from kpi_catalog import yaml_text
from kpi_catalog.actuals.checks import Change
from kpi_catalog.i18n.messages import _
from kpi_catalog.model import codes
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.periods import period_end
from kpi_catalog.reading.yaml_reader import YAML_LOADER, YamlProblem, parse_yaml

_KEY_ORDER = list(Kpi.model_fields)

Edit = tuple[int, int, str]
"""``(start, end, replacement)``: the text from offset ``start`` up to ``end`` becomes
``replacement`` (``start == end``: inserted there)."""


class EditProblem(Exception):
    """The values cannot be written into this file without changing more of it."""


class TooLarge(EditProblem):
    """The edited file would be over the catalog reader's bounds (its size, or what its
    aliases expand to): written, every later `kpi validate` and build would refuse it."""


@dataclass
class _Text:
    text: str

    def __post_init__(self) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        self.newline = "\r\n" if self.text[: self.starts[1] if len(self.starts) > 1 else 0
                                          ].endswith("\r\n") else "\n"

    def at(self, mark: yaml.Mark) -> int:
        return self.starts[mark.line] + mark.column

    def line_start(self, line: int) -> int:
        return self.starts[line] if line < len(self.starts) else len(self.text)

    def after(self, node: yaml.Node) -> int:
        """Where the line after the node's last character starts (comments after it on
        that line stay with it; blank lines and comments below it stay below)."""
        offset = self.content_end(node)
        found = self.text.find("\n", offset)
        return len(self.text) if found < 0 else found + 1

    def content_end(self, node: yaml.Node) -> int:
        """Just after the node's last character: a block node's end mark lies past the
        blank lines and comments that follow it, so its last value is asked instead."""
        while isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and not node.flow_style:
            last = node.value[-1]
            node = last[1] if isinstance(node, yaml.MappingNode) else last
        start, end = self.at(node.start_mark), self.at(node.end_mark)
        return start + len(self.text[start:end].rstrip())

    def line(self, number: int) -> str:
        return self.text[self.line_start(number): self.line_start(number + 1)]


def edit_text(text: str, kpi: Kpi, changes: list[Change]) -> str:
    """``text`` (the KPI's file) with ``changes`` written into its actuals."""
    return edit_kpi_file(text, kpi, changes)[0]


def edit_kpi_file(text: str, kpi: Kpi, changes: list[Change]) -> tuple[str, Kpi]:
    """:func:`edit_text`, and the KPI the edited text reads as (read once, to verify the
    edit: an import of 10,000 files need not read each again)."""
    source = _Text(text)
    try:
        root = yaml.compose(text, Loader=YAML_LOADER)
    except yaml.YAMLError as exc:  # the catalog was valid a moment ago: it changed meanwhile
        raise EditProblem(_("the file could not be read again")) from exc
    if not isinstance(root, yaml.MappingNode):
        raise EditProblem(_("the file is not a set of fields"))
    field = next(((k, v) for k, v in reversed(root.value) if k.value == "actuals"), None)
    ordered = sorted(changes, key=lambda c: period_end(c.period))
    edits: list[Edit]
    if field is None:
        edits = [_new_block(source, root, ordered)]
    elif not isinstance(node := field[1], yaml.SequenceNode):
        raise EditProblem(_("`actuals` is not a list"))
    elif node.flow_style and node.start_mark.line == node.end_mark.line:
        edits = _flow_line_to_block(source, root, field[0], node, ordered)
    else:
        edits = _into_sequence(source, node, ordered)
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + replacement + text[end:]
    return text, _verify(text, kpi, changes)


# --- entries -------------------------------------------------------------------------


def _fields(change: Change, note: str | None) -> list[str]:
    out = [f"period: {change.period}", f"value: {yaml_text.number(change.value)}"]
    if note:
        out.append(f"note: {yaml_text.quoted(note)}")
    return out


def _flow_item(fields: list[str], padded: bool) -> str:
    pad = " " if padded else ""
    return "{" + pad + ", ".join(fields) + pad + "}"


def _scalar(item: yaml.MappingNode, key: str) -> yaml.Node | None:
    return next((v for k, v in item.value if k.value == key), None)


def _into_sequence(source: _Text, node: yaml.SequenceNode,
                   changes: list[Change]) -> list[Edit]:
    items = [i for i in node.value if isinstance(i, yaml.MappingNode)]
    if len(items) != len(node.value):
        raise EditProblem(_("an entry of `actuals` is not a set of fields"))
    by_period = {}
    for item in items:
        period = _scalar(item, "period")
        if isinstance(period, yaml.ScalarNode):
            by_period[period.value] = item
    edits: list[Edit] = []
    inserts: dict[int, list[Change]] = {}  # by the index of the entry they come before
    for change in changes:
        if change.period in by_period:
            edits.extend(_replace(source, by_period[change.period], change))
            continue
        end = period_end(change.period)
        before = next((i for i, item in enumerate(items) if _end_of(item) > end), len(items))
        inserts.setdefault(before, []).append(change)
    flow_items = items[0].flow_style if items else True
    padded = bool(items) and source.text[source.at(items[0].start_mark) + 1] == " "
    for before, group in inserts.items():
        if node.flow_style:
            edits.append(_flow_insert(source, node, items, before, group, padded))
        else:
            edits.append(_block_insert(source, node, items, before, group, flow_items, padded))
    return edits


def _end_of(item: yaml.MappingNode) -> date:
    period = _scalar(item, "period")
    try:
        if isinstance(period, yaml.ScalarNode):
            return period_end(period.value)
    except ValueError:
        pass
    raise EditProblem(_("an entry of `actuals` has no readable period"))


def _block_insert(source: _Text, node: yaml.SequenceNode, items: list[yaml.MappingNode],
                  before: int, group: list[Change], flow_items: bool, padded: bool) -> Edit:
    nl = source.newline
    dash = node.start_mark.column
    first = items[0] if items else None
    if first is not None and first.start_mark.line == node.start_mark.line:
        prefix = " " * dash + "-" + " " * (first.start_mark.column - dash - 1)
    else:
        prefix = " " * dash + "- "
    text = ""
    for change in group:
        fields = _fields(change, change.note)
        if flow_items:
            text += prefix + _flow_item(fields, padded) + nl
        else:
            text += prefix + (nl + " " * len(prefix)).join(fields) + nl
    if before < len(items):
        at = source.line_start(items[before].start_mark.line)
    else:
        at = source.after(items[-1])
        if at == len(source.text) and not source.text.endswith("\n"):
            text = nl + text
    return at, at, text


def _flow_line_to_block(source: _Text, root: yaml.MappingNode, key: yaml.Node,
                        node: yaml.SequenceNode, changes: list[Change]) -> list[Edit]:
    """``actuals: []`` (as `kpi new` writes it), or a list of values on one line, becomes
    one value per line, so that each later import adds a line and a pull request's diff
    shows which value changed. The values there keep their text; replaced ones change."""
    items = [i for i in node.value if isinstance(i, yaml.MappingNode)]
    if len(items) != len(node.value):
        raise EditProblem(_("an entry of `actuals` is not a set of fields"))
    padded = bool(items) and source.text[source.at(items[0].start_mark) + 1] == " "
    replaced = {c.period: c for c in changes}
    entries = []
    for item in items:
        period = _scalar(item, "period")
        change = replaced.pop(period.value, None) if isinstance(period, yaml.ScalarNode) \
            else None
        if change is None:
            text = source.text[source.at(item.start_mark):source.at(item.end_mark)]
        else:
            text = _rewritten_item(source, item, change)
        entries.append((_end_of(item), text))
    entries += [(period_end(c.period), _flow_item(_fields(c, c.note), padded))
                for c in replaced.values()]
    entries.sort(key=lambda entry: entry[0])  # stable: values of one period keep their order
    nl = source.newline
    indent = " " * (key.start_mark.column + _list_indent(root, key.start_mark.column))
    block = "".join(indent + "- " + text + nl for _period, text in entries)
    colon = source.text.index(":", source.at(key.end_mark)) + 1
    at = source.after(node)  # a comment after the list stays on the `actuals:` line
    if at == len(source.text) and not source.text.endswith("\n"):
        block = nl + block
    return [(colon, source.at(node.end_mark), ""), (at, at, block)]


def _rewritten_item(source: _Text, item: yaml.MappingNode, change: Change) -> str:
    """A flow entry's text with the edits of :func:`_replace` applied."""
    start, end = source.at(item.start_mark), source.at(item.end_mark)
    text = source.text[start:end]
    for at, until, replacement in sorted(_replace(source, item, change), reverse=True):
        text = text[:at - start] + replacement + text[until - start:]
    return text


def _flow_insert(source: _Text, node: yaml.SequenceNode, items: list[yaml.MappingNode],
                 before: int, group: list[Change], padded: bool) -> Edit:
    lines = {item.start_mark.line for item in items}
    if items and len(lines) == len(items) and node.start_mark.line not in lines:
        # a flow list written one value per line, `[` on a line of its own
        nl, indent = source.newline, " " * items[0].start_mark.column
        new = [_flow_item(_fields(c, c.note), padded) for c in group]
        if before < len(items):
            at = source.line_start(items[before].start_mark.line)
            return at, at, "".join(indent + item + "," + nl for item in new)
        at = source.at(items[-1].end_mark)
        return at, at, "".join("," + nl + indent + item for item in new)
    text = ", ".join(_flow_item(_fields(c, c.note), padded) for c in group)
    if not items:
        at = source.at(node.start_mark) + 1
        return at, at, text
    if before < len(items):
        at = source.at(items[before].start_mark)
        return at, at, text + ", "
    at = source.at(items[-1].end_mark)
    return at, at, ", " + text


def _replace(source: _Text, item: yaml.MappingNode, change: Change) -> list[Edit]:
    """Edits that set the value (and the note, when one is given) of an existing entry."""
    value = _scalar(item, "value")
    if not isinstance(value, yaml.ScalarNode):
        raise EditProblem(_("an entry of `actuals` has no value to replace"))
    edits = [(source.at(value.start_mark), source.at(value.end_mark),
              yaml_text.number(change.value))]
    if change.note is None:
        return edits
    note = _scalar(item, "note")
    quoted = yaml_text.quoted(change.note)
    if isinstance(note, yaml.ScalarNode) and note.value == change.note:
        return edits
    if isinstance(note, yaml.ScalarNode):
        edits.append((source.at(note.start_mark), source.content_end(note), quoted))
    elif item.flow_style:
        at = source.at(value.end_mark)
        edits.append((at, at, f", note: {quoted}"))
    else:
        key = next(k for k, v in item.value if v is value)
        at = source.after(value)
        edits.append((at, at, " " * key.start_mark.column + f"note: {quoted}" + source.newline))
    return edits


# --- a new `actuals:` ----------------------------------------------------------------


def _new_block(source: _Text, root: yaml.MappingNode, changes: list[Change]) -> Edit:
    if root.flow_style or not root.value:
        raise EditProblem(_("the file is written as one flow mapping"))
    nl = source.newline
    column = root.value[0][0].start_mark.column
    later = set(_KEY_ORDER[_KEY_ORDER.index("actuals") + 1:])
    after = next((k for k, _value in root.value if k.value in later), None)
    indent = _list_indent(root, column)
    text = " " * column + "actuals:" + nl + "".join(
        " " * (column + indent) + "- " + _flow_item(_fields(c, c.note), False) + nl
        for c in changes)
    if after is not None:
        line = after.start_mark.line
        while line > 0 and source.line(line - 1).lstrip().startswith("#"):
            line -= 1  # a comment above a field belongs to that field
        at = source.line_start(line)
    else:
        at = source.after(root)
        if at == len(source.text) and not source.text.endswith("\n"):
            text = nl + text
    return at, at, text


def _list_indent(root: yaml.MappingNode, column: int) -> int:
    """How far the file indents a list under its field (``links:`` then ``  - title``)."""
    for _key, value in root.value:
        if isinstance(value, yaml.SequenceNode) and not value.flow_style and value.value:
            return max(0, value.start_mark.column - column)
    return 2


# --- reading back ------------------------------------------------------------------


def _verify(text: str, kpi: Kpi, changes: list[Change]) -> Kpi:
    """The edited text must read as the same KPI with exactly the intended values; the KPI
    it reads as."""
    try:
        edited = Kpi.model_validate(parse_yaml(text))  # the reader's bounds, as on every read
    except YamlProblem as exc:
        if exc.code in (codes.TOO_LARGE, codes.UNREADABLE_FILE):
            raise TooLarge(exc.message) from None
        raise EditProblem(_("the edited file would not read back as the same KPI")) from exc
    except ValueError as exc:
        raise EditProblem(_("the edited file would not read back as the same KPI")) from exc
    before = Counter((a.period, a.value, a.note) for a in kpi.actuals)
    after = Counter((a.period, a.value, a.note) for a in edited.actuals)
    notes = {a.period: a.note for a in kpi.actuals}
    wanted = Counter((c.period, c.value, c.note or notes.get(c.period, "")) for c in changes)
    periods = {c.period for c in changes}
    if (after - before) != wanted or any(p not in periods for p, *_rest in before - after) or (
            edited.model_dump(exclude={"actuals"}) != kpi.model_dump(exclude={"actuals"})):
        raise EditProblem(_("the edited file would not read back as the same KPI"))
    return edited
