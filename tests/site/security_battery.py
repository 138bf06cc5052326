"""The security battery's catalogs: hostile text in every text field of every catalog file.

Shared by the build checks (tests/site/test_site_security.py) and the Chromium checks
(tests/browser/test_browser_security.py). Each *group* of payloads is appended to every
text field a contributor writes (KPI fields with actual notes, the manual status's and
silences' reasons and link titles; departments; objectives with their success parts; the
glossary; catalog.yml's name and description). Where the model refuses a payload in a field
(a line break in a one-line field, say), the refusal must be a located error naming that
field; the field then keeps its plain text, and the site is built from everything that was
accepted.

Every script payload sets ``top.__pwned``, so the browser can tell that one ran.
"""

from __future__ import annotations

import copy
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from site_helpers import STRUCTURE_FIELDS, Built, make_project, small_catalog, write_catalog

from kpi_catalog.checking.check import check_catalog

MARK = "PWN"  # starts every payload: the text that must show on the pages, as text
RUN = "top.__pwned=1"

GROUPS: dict[str, list[str]] = {
    # one line each: HTML, URLs, Markdown, attribute lists, templates, parser tricks
    "markup": [
        f"<script>{RUN};alert(1)</script>",
        f"<img src=x onerror={RUN};alert(2)>",
        f"<svg onload={RUN}><circle r=9 /></svg>",
        "<iframe srcdoc='<script>parent.__pwned=1</script>'></iframe>",
        f"<a href=javascript:{RUN}>a</a> <a href='data:text/html,<script>{RUN}</script>'>d</a>",
        f"[md](javascript:{RUN}) ![img](javascript:{RUN}) [ref][r] [r]: javascript:{RUN}",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        f"<javascript:{RUN}> <https://evil.example/> www.evil.example",
        "*em* **strong** `code` ~~del~~ ==mark== ^^ins^^ ++ctrl+alt++ :smile: $x$ [^1]",
        "{: onclick=alert(3) tabindex=0 autofocus onfocus=alert(4) } {#x .y}",
        "{{ 7*7 }} {% raw %} {# comment #} {%- endraw %} ${7*7} <%= 7*7 %>",
        f"</title><script>{RUN}</script> </textarea> </style> </script>",
        f"--><script>{RUN}</script><!-- <![CDATA[<script>{RUN}</script>]]>",
        f"&lt;script&gt;{RUN}&lt;/script&gt; &#60;img src=x onerror={RUN}&#62; \\<b\\>",
        "<style>body{display:none}</style> <base href=//evil.example/> <meta http-equiv=refresh>",
        f"<math><mtext><table><mglyph><style><img src=x onerror={RUN}>",
        f'"><img src=x onerror={RUN}> \'><svg onload={RUN}>',
        f"*[{MARK}]: an abbreviation -8<- --8<-- /etc/passwd !!! note",
    ],
    # characters: C0 and C1 controls, line and paragraph separators, bidi overrides,
    # zero-width and byte-order marks
    "characters": [
        "bell\x07 backspace\x08 escape\x1b[31mred\x1b[0m delete\x7f nel\x85 csi\x9b",
        "line\u2028separator paragraph\u2029separator",
        "bidi \u202egnp.exe\u202c \u2066isolate\u2069 \u200f\u200e zero\u200bwidth bom\ufeff",
    ],
    # line breaks: blank lines, fences with attribute lists, indented code, block syntax
    "lines": [
        # the reported one: attr_list reads `onfocus=top.__pwned=1` as `top.__pwned`
        "per month\n\n```{ tabindex=0 autofocus onfocus=alert(document.domain) }\nx\n```\n\n",
        f"a\n\n<img src=x onerror={RUN}>\n\nb",
        f"\n<script>{RUN}</script>\n",
        f"\r\n\r\n[x](javascript:{RUN})\r\n\r\n",
        f"\n    <img src=x onerror={RUN}>\n",
        f"\n~~~{{ onclick={RUN} }}\nx\n~~~\n",
        f"\n# heading\n- list\n> quote\n\n[r]: javascript:{RUN}\n[x][r]\n",
        f"\n<div markdown>\n[x](javascript:{RUN})\n</div>\n",
        f"\n!!! note\n    <img src=x onerror={RUN}>\n",
    ],
}


def payload(group: str) -> str:
    return f" {MARK} " + " ".join(GROUPS[group])


def refused_by_labels(group: str) -> bool:
    """Whether one-line fields (names, owners, units...) refuse the group: its line breaks
    and control characters are located errors there, and those fields keep their text."""
    return any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in payload(group))


LABELS_ONLY = {"", "kpis/", "kpis/draft-idea/", "departments/", "departments/sales/",
               "objectives/", "objectives/keep-customers/"}
"""Pages that show one-line labels only (names, owners, units, statements), no paragraph:
a group the labels refuse leaves no payload on them."""


# --------------------------------------------------------------------------- the catalog

FieldPath = tuple  # in its file: ("measurement", "unit"), ("actuals", 1, "note")


def base_catalog() -> dict[str, object]:
    """The test catalog, with every optional text field filled (every actual has a note)."""
    files = small_catalog()
    for data in files.values():
        if isinstance(data, dict) and "actuals" in data:
            for i, actual in enumerate(data["actuals"]):
                actual.setdefault("note", f"Note {i}.")
    return files


def text_fields(data: object, path: FieldPath = ()) -> list[FieldPath]:
    """The paths of every contributor text in one file's data (see STRUCTURE_FIELDS)."""
    if isinstance(data, dict):
        return [p for key, value in data.items() if key not in STRUCTURE_FIELDS
                for p in text_fields(value, (*path, key))]
    if isinstance(data, list):
        return [p for i, value in enumerate(data) for p in text_fields(value, (*path, i))]
    return [path] if isinstance(data, str) else []


def _get(data, path: FieldPath):
    for key in path:
        data = data[key]
    return data


def _set(data, path: FieldPath, value: str) -> None:
    _get(data, path[:-1])[path[-1]] = value


@dataclass
class Hostile:
    """A catalog with a payload group in every text field that the model accepts it in."""

    group: str
    files: dict[str, object]
    placed: list[tuple[str, FieldPath]] = field(default_factory=list)
    refused: dict[tuple[str, FieldPath], str] = field(default_factory=dict)  # -> the error


def hostile(group: str, folder: Path) -> Hostile:
    """The payload in every text field; refusals are checked (located, naming the field)
    and undone, and what remains must be a valid catalog."""
    files = copy.deepcopy(base_catalog())
    originals: dict[tuple[str, FieldPath], str] = {}
    for name, data in files.items():
        for path in text_fields(data):
            originals[name, path] = _get(data, path)
            _set(data, path, originals[name, path] + payload(group))
    write_catalog(folder, files)
    result = check_catalog(folder)
    refused: dict[tuple[str, FieldPath], str] = {}
    for error in result.errors:
        name = next((n for n in files if error.path.endswith(n)), None)
        assert name is not None and error.line >= 1 and error.column >= 1, \
            f"an unlocated error: {error.text()}"
        hit = [key for key in originals if key[0] == name and error.field
               and key[1][:len(error.field)] == tuple(error.field)]
        assert hit, f"the error names no field that holds the payload: {error.text()}"
        for key in hit:
            refused[key] = error.text()
            _set(files[name], key[1], originals[key])
    if refused:
        write_catalog(folder, files)
        again = check_catalog(folder)
        assert again.ok, [d.text() for d in again.errors]
    placed = [key for key in originals if key not in refused]
    return Hostile(group, files, placed, refused)


# Hand-written pages using every macro: inline ones where Markdown reads text, block ones.
MACRO_DOCS = {
    "index.md": "# {{ catalog_name() }}\n\nSee {{ kpi_link('new-leads') }} and "
                "*{{ kpi_link('sql-handover') }}*.\n\n- {{ catalog_name() }}\n\n"
                "| KPI | x |\n| --- | --- |\n| {{ kpi_link('deal-cycle') }} | x |\n",
    "blocks.md": "# Blocks\n\n{{ catalog_description() }}\n\n{{ kpi_card('new-leads') }}"
                 "\n\n{{ kpi_statement('new-leads') }}"
                 "\n\n{{ objective_card('grow-pipeline') }}\n\n{{ kpi_measurement('new-leads') }}"
                 "\n\n{{ kpi_table() }}\n\n{{ kpi_rollup() }}\n",
}


# What a site may well enable: attribute lists, Markdown in HTML, fences with attributes
# (fenced_code with attr_list: the pair of the reported script on focus).
EXTENSIONS = ["attr_list", "md_in_html", "admonition", "tables", "toc", "def_list",
              "footnotes", "fenced_code", "pymdownx.details"]


def build_site(root: Path, files: dict[str, object]) -> Built:
    """The catalog built with ``mkdocs build --strict`` (which must succeed), with the
    macro pages and the extensions above."""
    built = make_project(
        root, files, docs=MACRO_DOCS, markdown_extensions=EXTENSIONS,
        theme={"font": False},  # nothing from other hosts: a request leaving is a finding
        repo_url="https://git.example.org/catalog",
        site_url=None,  # served at / by the browser tests, 404.html included
    ).build()
    assert built.returncode == 0, built.output
    return built


def build(group: str, root: Path) -> tuple[Hostile, Built]:
    """The group's hostile catalog, and its site."""
    catalog = hostile(group, root / "check" / "kpis")
    return catalog, build_site(root / "site", catalog.files)
