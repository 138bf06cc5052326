"""JSON written for other programs keeps no raw bidirectional control from contributor text.

A U+202E (RIGHT-TO-LEFT OVERRIDE) in a KPI's name reordered what a person reading the raw
JSON saw (a file, a diff, a log): every JSON the catalog writes goes through one writer,
:func:`kpi_catalog.json_text.dumps`, which writes such controls as escapes (``\\u202e``)
that a program reads back as the same text.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog_factory import TODAY, copy_example_catalog
from kpi_catalog.cli import main
from kpi_catalog.json_text import dumps, dumps_in_pieces, without_bidi
from kpi_catalog.model.diagnostics import BIDI_CONTROLS

BIDI = set(BIDI_CONTROLS)
ESCAPED = BIDI | set("<>&\u2028\u2029")  # and the characters that end HTML's text or a JS line
NAME = "Monthly online GMV \u202egpj.exe\u202c"
CATALOG = "Nusantara \u202eRetail\u202c KPI catalog"
OWNER = "Head of \u2067E-commerce\u2069 Sales\u200f \u202a\u202b\u202d\u2066\u2068\u200e\u061c"

# joined from characters, so that the controls are drawn often (st.text folds an alphabet
# into one range of code points, where twelve are almost never drawn)
_text = st.lists(st.one_of(st.sampled_from(sorted(ESCAPED) + ['"', "\\", "\n", "/"]),
                           st.characters())).map("".join)
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_text, inner, max_size=4),
    max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(_json, st.sampled_from([None, 2]))
def test_json_text_escapes_every_bidi_control_and_reads_back_the_same(value, indent):
    text = dumps(value, indent=indent)
    assert not ESCAPED & set(text)
    assert json.loads(text) == value
    # nothing else changes: the rest stays UTF-8 as it is
    plain = json.dumps(value, indent=indent, ensure_ascii=False)
    assert text == plain if not ESCAPED & set(plain) else len(text) == len(plain) + 5 * sum(
        plain.count(c) for c in ESCAPED)


@settings(max_examples=200, deadline=None)
@given(st.recursive(  # names of fields without controls: two may not become one
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.text().filter(lambda key: not BIDI & set(key)), inner, max_size=4),
    max_leaves=12))
def test_without_bidi_takes_out_the_controls_and_nothing_else(value):
    """For JSON another library writes raw (kpi mcp's answers, by the MCP SDK)."""
    plain = without_bidi(value)
    text = json.dumps(plain, ensure_ascii=False)
    assert not BIDI & set(text)
    table = dict.fromkeys(map(ord, BIDI))
    assert text == json.dumps(value, ensure_ascii=False).translate(table)
    assert without_bidi({"a\u202eb": ("c\u2066",)}) == {"ab": ["c"]}


def test_the_controls_are_written_as_their_escapes():
    assert dumps(["a\u202eb", "\u2066é\u200f"]) == '["a\\u202eb", "\\u2066é\\u200f"]'
    assert dumps({"k": "x"}, ensure_ascii=True, indent=None) == '{"k": "x"}'


def test_markup_in_a_text_stays_data_where_the_json_lands():
    """A KPI named `</script><img onerror=...>` was written raw: it would end a script block
    the JSON is put in, and run in a browser that takes the file for HTML. Escaped as Go's
    encoding/json does, it cannot, and a program reads the same text."""
    text = dumps({"name": "</script><img src=x onerror=alert(1)> P&L"})
    assert text == ('{"name": "\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e '
                    'P\\u0026L"}')
    assert json.loads(text) == {"name": "</script><img src=x onerror=alert(1)> P&L"}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the example whose online-gmv KPI has bidi controls in its name and owner;
    the repository's root (the catalog in kpis/)."""
    root = copy_example_catalog(tmp_path_factory.mktemp("bidi"))
    path = root / "kpis" / "sales" / "online-gmv.yml"
    text = path.read_text(encoding="utf-8")
    for old, new in (("name: Monthly online GMV\n", f"name: {json.dumps(NAME)}\n"),
                     ("owner: Head of E-commerce Sales\n", f"owner: {json.dumps(OWNER)}\n")):
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    settings = root / "kpis" / "catalog.yml"
    old = "name: Nusantara Retail KPI catalog\n"
    assert old in settings.read_text(encoding="utf-8")
    settings.write_text(settings.read_text(encoding="utf-8").replace(
        old, f"name: {json.dumps(CATALOG)}\n", 1), encoding="utf-8")
    shutil.copytree(root / "kpis", root / "before")
    (root / "before" / "sales" / "online-gmv.yml").write_text(
        text.replace(json.dumps(NAME), "Monthly online GMV"), encoding="utf-8")
    return root


def kpi(*args: str) -> str:
    done = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert done.exit_code in (0, 1), done.output
    return done.stdout


def held(text: str) -> str:
    """``text`` checked to hold no raw control, and to name the KPI once read as JSON."""
    assert not BIDI & set(text), [c for c in text if c in BIDI][:3]
    assert "\\u202e" in text
    return text


@pytest.mark.parametrize("args", [
    ("export", "--format", "json"), ("export", "--format", "openmetadata"),
    ("export", "--format", "datahub"), ("status", "--format", "json"),
])
def test_the_commands_json_holds_the_controls_escaped(hostile, args):
    text = held(kpi(*args[:1], str(hostile / "kpis"), *args[1:], "--today", TODAY.isoformat()))
    assert NAME in json.dumps(json.loads(text), ensure_ascii=False)


def test_kpi_diff_json_holds_the_controls_escaped(hostile):
    text = held(kpi("diff", "--base-folder", str(hostile / "before"), "--head-folder",
                    str(hostile / "kpis"), "--format", "json"))
    assert NAME in json.dumps(json.loads(text), ensure_ascii=False)


def test_the_rendered_site_files_hold_the_controls_escaped(hostile, tmp_path):
    """The site's api/v1/ documents (the plugin's pages and files are the same generator's:
    tests/site)."""
    docs = tmp_path / "docs"
    kpi("render", str(docs), "--catalog", str(hostile / "kpis"), "--today",
        TODAY.isoformat())
    for path in (docs / "api" / "v1" / "catalog.json",
                 docs / "api" / "v1" / "kpis" / "online-gmv.json"):
        text = held(path.read_text(encoding="utf-8"))
        assert NAME in json.dumps(json.loads(text), ensure_ascii=False)
    catalog = json.loads((docs / "api" / "v1" / "catalog.json").read_text(encoding="utf-8"))
    assert catalog["name"] == CATALOG


def _lazily(value):
    """``value`` with each list an iterator, as a large document's items are made."""
    if isinstance(value, list):
        return iter([_lazily(item) for item in value])
    if isinstance(value, dict):
        return {key: _lazily(item) for key, item in value.items()}
    return value


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_text, _json, max_size=4) | st.lists(_json, max_size=4), st.booleans())
def test_json_in_pieces_is_the_json_of_the_whole(value, lazily):
    """Written in pieces, with its lists given as iterators or not, a value is the same
    text as written whole (bidirectional controls escaped alike)."""
    pieces = dumps_in_pieces(_lazily(value) if lazily else value, indent=2)
    assert "".join(pieces) == dumps(value, indent=2)


def test_json_in_pieces_makes_each_item_as_it_is_written():
    made = []

    def items():
        for n in range(3):
            made.append(n)
            yield {"n": n, "name": f"KPI \u202e{n}"}

    pieces = dumps_in_pieces({"version": 1, "kpis": items(), "end": []}, indent=2)
    text = ""
    while '"n": 1' not in text:
        text += next(pieces)
    assert made == [0, 1]  # the third not made yet
    text += "".join(pieces)
    assert made == [0, 1, 2]
    assert text == dumps({"version": 1, "kpis": [{"n": n, "name": f"KPI \u202e{n}"}
                                                 for n in range(3)], "end": []}, indent=2)
