"""Helpers of the site tests: a small catalog, projects built with MkDocs, reading HTML.

``make_project(root, ...)`` writes a catalog, a docs folder and a generated mkdocs.yml;
``Project.build()`` runs ``mkdocs build --strict`` in a child process (as CI does), so a
test sees the exit code, the log and the built files. ``parse_html`` reads a page the way
a browser would for what the tests ask (elements, attributes, text; <title> and
<textarea> as text).
"""

from __future__ import annotations

import dataclasses
import enum
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

from catalog_factory import TODAY, copy_semantic_manifest, write_catalog

REPO = Path(__file__).resolve().parents[2]
ENV = os.environ | {"NO_MKDOCS_2_WARNING": "1"}
# Markdown as sites read the generated pages: the repository's extensions plus the common
# ones that give text a meaning (fences with attribute lists, definitions, footnotes,
# Markdown inside HTML), and the same with pymdown-extensions (mkdocs-material's).
SITE_EXTENSIONS = [
    ["abbr", "admonition", "attr_list", "tables", "toc", "fenced_code", "def_list",
     "footnotes", "md_in_html"],
    ["abbr", "admonition", "attr_list", "tables", "toc", "md_in_html", "pymdownx.superfences",
     "pymdownx.details", "pymdownx.mark", "pymdownx.caret", "pymdownx.tilde", "pymdownx.keys",
     "pymdownx.magiclink", "pymdownx.inlinehilite"],
]


# --------------------------------------------------------------------------- a catalog


def small_catalog(text: str = "") -> dict[str, object]:
    """A valid catalog (file name -> data); ``text`` is appended to every contributor text."""
    t = text

    def kpi(**fields) -> dict:
        base = {
            "owner": f"Marketing Operations Lead{t}",
            "lifecycle": "active",
            "measurement": {
                "metric": f"New leads in the CRM{t}",
                "unit": "leads per month",
                "data_source": f"CRM monthly report{t}",
                "method": f"Count of new leads{t}",
                "collection_frequency": "monthly",
                "reporting_frequency": "monthly",
            },
            "direction": "higher_is_better",
            "baseline": {"value": 100, "date": date(2026, 1, 1)},
            "target": {"value": 200, "date": date(2026, 12, 31)},
        }
        base.update(fields)
        return base

    return {
        "catalog.yml": {"name": f"Test catalog{t}", "language": "en",
                        "description": f"The KPIs of the test company{t}."},
        "departments.yml": {"departments": [
            {"id": "marketing", "name": f"Marketing{t}", "head": f"Head of Marketing{t}",
             "description": f"Campaigns and leads.{t}"},
            {"id": "sales", "name": "Sales", "head": "Head of Sales"},
        ]},
        "objectives.yml": {"objectives": [
            {"id": "grow-pipeline", "name": f"Grow the sales pipeline{t}",
             "description": f"More leads, more deals.{t}", "owner": "Chief Commercial Officer",
             "perspective": "customer",
             "period": {"start": date(2026, 1, 1), "end": date(2027, 12, 31)},
             "success": [
                 {"id": "more-leads", "description": f"More contacts become leads.{t}"},
                 {"id": "more-deals", "description": "More leads become won deals."},
             ]},
            {"id": "keep-customers", "name": "Keep customers happy", "owner": "COO",
             "perspective": "customer",
             "period": {"start": date(2026, 1, 1), "end": date(2027, 12, 31)},
             "success": [{"id": "happy", "description": "Customers are satisfied."}]},
        ]},
        "glossary.yml": {"glossary": [
            {"term": "SQL", "definition": f"Sales-qualified lead, accepted by Sales.{t}",
             "aliases": ["SQLs"]},
            {"term": "CRM", "definition": "Customer relationship management system."},
        ]},
        "marketing/new-leads.yml": kpi(
            id="new-leads", name=f"New leads per month{t}",
            aliases=[f"Lead intake{t}", "Prospek baru"],
            statement=f"Increase new leads from 100 to 200 per month by 31 December 2026.{t}",
            department="marketing", objective="grow-pipeline", success_part="more-leads",
            thresholds={"green": 180, "amber": 140},
            actuals=[{"period": "2026-01", "value": 110},
                     {"period": "2026-02", "value": 120, "note": f"Webinar month.{t}"},
                     {"period": "2026-03", "value": 150}],
            review_date=date(2027, 1, 15),
            tags=["pipeline", f"email{t}"],
            related=["sql-handover"],
            links=[{"title": f"Lead dashboard{t}", "url": "https://example.org/leads"},
                   {"title": "Ask the owner", "url": "mailto:leads@example.org"}],
            description=f"Every contact who asks for a demo.{t}\n\nSecond paragraph.{t}",
        ),
        "marketing/sql-handover.yml": kpi(
            id="sql-handover", name="SQLs handed to Sales",
            statement="Increase the SQLs handed to Sales from 100 to 200 per month by "
                      "31 December 2026.",
            department="marketing", objective="grow-pipeline", success_part="more-deals",
            measurement={"metric": "SQLs handed over", "unit": "SQLs per month",
                         "data_source": "CRM handover report"},
            actuals=[{"period": "2026-10", "value": 130}],
            status={"value": "on_track", "reason": f"The CRM export is late this month.{t}"},
            silence=[{"rule": "K111", "reason": f"Counted differently from new leads.{t}"}],
            changes=[{"date": date(2026, 10, 1), "reason": f"Handover rules changed.{t}",
                      "fields": ["target"]}],
        ),
        "sales/deal-cycle.yml": kpi(
            id="deal-cycle", name="Days to close a deal",
            statement="Cut the days to close a deal from 60 to 40 by 31 December 2026.",
            department="sales", objective="grow-pipeline", success_part="more-deals",
            owner="Head of Sales",
            measurement={"metric": "Median days from SQL to won deal", "unit": "days",
                         "data_source": "CRM deals"},
            direction="lower_is_better",
            baseline={"value": 60, "date": date(2026, 1, 1)},
            target={"value": 40, "date": date(2026, 12, 31)},
            actuals=[{"period": "2026-06", "value": 55}],
        ),
        "sales/csat-range.yml": kpi(
            id="csat-range", name="Days of stock",
            statement="Bring the days of stock from 62 to between 30 and 45 by "
                      "31 December 2026.",
            department="sales", objective="keep-customers", success_part="happy",
            owner="Planner",
            measurement={"metric": "Days of stock", "unit": "days", "data_source": "ERP"},
            direction="within_range",
            baseline={"value": 62, "date": date(2026, 1, 1)},
            target={"min": 30, "max": 45, "date": date(2026, 12, 31)},
            actuals=[{"period": "2026-09", "value": 50}, {"period": "2026-10", "value": 44}],
        ),
        "sales/draft-idea.yml": {
            "id": "draft-idea", "name": "A draft", "lifecycle": "draft",
            "statement": "Raise repeat orders from 10% to 20% by 31 December 2027.",
            "department": "sales", "objective": "keep-customers", "success_part": "happy",
            "measurement": {"metric": "Repeat orders", "unit": "%"},
            "direction": "higher_is_better",
        },
    }


# --------------------------------------------------------------------------- a project


@dataclass
class Built:
    returncode: int
    output: str
    site: Path

    def page(self, path: str) -> str:
        """The HTML of a page by its URL path (``kpis/new-leads/``)."""
        file = self.site / path.strip("/") / "index.html" if not path.endswith(".html") \
            else self.site / path
        return file.read_text(encoding="utf-8")

    def pages(self) -> list[Path]:
        return sorted(self.site.rglob("*.html"))


@dataclass
class Project:
    root: Path
    config: dict = field(default_factory=dict)

    @property
    def catalog(self) -> Path:
        return self.root / "kpis"

    def write_config(self) -> Path:
        path = self.root / "mkdocs.yml"
        path.write_text(yaml.safe_dump(self.config, sort_keys=False), encoding="utf-8")
        return path

    def build(self, *args: str, strict: bool = True, timeout: int = 300) -> Built:
        config = self.write_config()
        site = self.root / "site"
        command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site)]
        if strict:
            command.append("--strict")
        done = subprocess.run(
            [*command, *args], cwd=self.root, env=ENV, capture_output=True, text=True,
            timeout=timeout,
        )
        return Built(done.returncode, done.stdout + done.stderr, site)


def build_example(root: Path, **plugin_options: object) -> Built:
    """The repository's own site (mkdocs.yml, docs/, kpis/) copied into ``root`` and built
    with --strict as of TODAY, with these options of the kpi-catalog plugin."""
    for name in ("kpis", "docs", "overrides"):
        if (REPO / name).exists():
            shutil.copytree(REPO / name, root / name)
    copy_semantic_manifest(root)
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "kpi-catalog" in plugin:
            plugin["kpi-catalog"] = {**(plugin["kpi-catalog"] or {}), "today": TODAY.isoformat(),
                                     **plugin_options}
    (root / ".git").mkdir()  # marks the repository root: paths are relative to it
    return Project(root, config).build()


def built_for(audience: str, root: Path, catalog: dict[str, object] | None = None) -> Built:
    """A site built for ``audience`` (the plugin's `audience`: ``public`` or ``internal``)
    in ``root``: of ``catalog`` (a small project, :func:`make_project`), or the
    repository's own site without one (:func:`build_example`). It must build."""
    if catalog is None:
        built = build_example(root, audience=audience)
    else:
        built = make_project(root, catalog, plugin={"audience": audience}).build()
    assert built.returncode == 0, built.output[-3000:]
    return built


def every_file(site: Path) -> dict[str, str]:
    """Each file of a built site as text, by its path in the site (gzip files unpacked):
    what a build for the public must hold nothing of a confidential KPI in."""
    out = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        out[path.relative_to(site).as_posix()] = data.decode("utf-8", errors="replace")
    return out


def make_project(
    root: Path,
    catalog: dict[str, object] | None = None,
    *,
    plugin: dict | None = None,
    docs: dict[str, str] | None = None,
    nav: list | None = None,
    features: list[str] | None = None,
    macros: bool = True,
    theme: dict | None = None,
    **extra: object,
) -> Project:
    """A folder with kpis/, docs/ and a mkdocs.yml using material, search, kpi-catalog,
    tags (and macros)."""
    root.mkdir(parents=True, exist_ok=True)
    write_catalog(root / "kpis", catalog if catalog is not None else small_catalog())
    for name, text in (docs or {"index.md": "# Home\n\nThe [overview](kpis/index.md).\n"}).items():
        path = root / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    plugins: list = ["search", {"kpi-catalog": {"today": TODAY.isoformat(), **(plugin or {})}}]
    plugins.append("tags")
    if macros:
        plugins.append({"macros": {"modules": ["kpi_catalog.site.macros"],
                                   "on_error_fail": True}})
    config: dict = {
        "site_name": "Test site",
        "site_url": "https://example.org/catalog/",
        "repo_url": "https://github.com/example/catalog",
        "edit_uri": "edit/main/",
        "theme": {"name": "material", "features": features or ["content.action.edit"],
                  **(theme or {})},
        "plugins": plugins,
        **extra,
    }
    if nav is not None:
        config["nav"] = nav
    return Project(root, config)


# --------------------------------------------------------------------------- reading HTML


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""  # for <script>, <style>, <title>, <textarea>: their raw content


class Document(HTMLParser):
    """Elements (with attributes) and the text of a page, as a browser would parse them."""

    RAW = ("script", "style", "title", "textarea")

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.texts: list[str] = []
        self._raw: Element | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.elements.append(element)
        if tag in self.RAW:
            self._raw = element
            self.set_cdata_mode(tag)  # browsers read these as text up to their end tag

    def handle_endtag(self, tag):
        if self._raw is not None and tag == self._raw.tag:
            self._raw = None

    def handle_data(self, data):
        if self._raw is not None:
            self._raw.text += data
        else:
            self.texts.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.texts).split())

    def find(self, tag: str, **attrs: str) -> list[Element]:
        def match(e: Element) -> bool:
            for key, value in attrs.items():
                key = key.rstrip("_").replace("_", "-")
                if value is True:
                    if key not in e.attrs:
                        return False
                elif e.attrs.get(key) != value:
                    return False
            return True

        return [e for e in self.elements if e.tag == tag and match(e)]

    def with_class(self, name: str) -> list[Element]:
        return [e for e in self.elements if name in e.attrs.get("class", "").split()]


class TagsAndText(HTMLParser):
    """The start tags and the text of an HTML fragment, character references decoded."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text += data


def tags_and_text(html: str) -> TagsAndText:
    reader = TagsAndText()
    reader.feed(html)
    reader.close()
    return reader


def added_by_length(page: str) -> set[str]:
    """The elements a longer text may add to a page (``objectives/x/`` or its source
    ``objectives/x/index.md``): a paragraph, where a blank line in a description starts one;
    on an objective's page, the lines of a name in its KPI tree (a ``<tspan>`` each, and a
    ``<title>`` with the whole text where three lines are too few)."""
    parts = page.strip("/").split("/")
    tree = parts[0] == "objectives" and len(parts) > 1 and parts[1] != "index.md"
    return {"p", "tspan", "title"} if tree else {"p"}


def parse_html(html: str) -> Document:
    return Document(html)


def local_links(page: Path, site: Path) -> list[tuple[str, Path]]:
    """Relative href/src targets of a page, as files of the site."""
    doc = parse_html(page.read_text(encoding="utf-8"))
    found = []
    for element in doc.elements:
        for attribute in ("href", "src"):
            value = element.attrs.get(attribute)
            if not value or value.startswith(("#", "data:", "mailto:", "javascript:")):
                continue
            parts = urlsplit(value)
            if parts.scheme or parts.netloc or value.startswith("/"):
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if parts.path.endswith("/") or target.is_dir():
                target = target / "index.html"
            found.append((value, target))
    return found


def search_index(site: Path) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


# --------------------------------------------------------------------------- hostile text

# Fields whose values are structure, not contributor prose: ids, references, enums, dates,
# URLs, rule codes. Every other string of a catalog is text a contributor writes.
STRUCTURE_FIELDS = frozenset({
    "id", "department", "objective", "success_part", "perspective", "perspectives",
    "related", "period", "url", "rule", "rules", "value", "language", "lifecycle",
    "direction", "collection_frequency", "reporting_frequency",
})


def with_text(model, text):
    """A copy of a loaded model (a KPI, a department...) with ``text(path, value)`` in every
    contributor text field, *without validation*: what the site must survive whatever the
    model accepts today (a template override or a future multi-line field)."""
    from kpi_catalog.model.fields import fields_of, is_shape, replaced

    def walk(value, path):
        if is_shape(type(value)):  # a model, or a part (an actual value, a link)
            changes = {}
            for name in fields_of(type(value)):
                old = getattr(value, name)
                new = old if name in STRUCTURE_FIELDS else walk(old, f"{path}.{name}")
                if new is not old:
                    changes[name] = new
            return replaced(value, **changes) if changes else value
        if isinstance(value, list):
            return [walk(item, f"{path}[{i}]") for i, item in enumerate(value)]
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            return text(path, value)
        return value

    return walk(model, type(model).__name__.lower())


def hostile_catalog(catalog, text):
    """The catalog with ``text(path, value)`` in every contributor text field (see
    :func:`with_text`); ``catalog`` is left as it is."""
    return dataclasses.replace(
        catalog,
        config=with_text(catalog.config, text),
        departments={k: with_text(v, text) for k, v in catalog.departments.items()},
        objectives={k: with_text(v, text) for k, v in catalog.objectives.items()},
        glossary=[with_text(g, text) for g in catalog.glossary],
        kpis={k: with_text(v, text) for k, v in catalog.kpis.items()},
    )


_BLOCK_TAG = re.compile(r"<(div|table|figure|dl|ul|ol|p|section|blockquote|nav|aside)[\s>]")


def broken_html_blocks(body: str) -> list[str]:
    """The chunks of a generated page (between blank lines) that open an HTML block and do
    not close it: where contributor text split a block, Markdown reads the rest."""
    from kpi_catalog.site.html_blocks import _is_html_block

    chunks = re.split(r"\n[ \t]*\n", body)
    return [c for c in chunks if _BLOCK_TAG.match(c.strip()) and not _is_html_block(c)]


def macros_of(site) -> dict:
    """The mkdocs-macros macros (``kpi_link``, ``catalog_name``...) of a generated ``site``,
    called on ``index.md``, without MkDocs: quick enough for many inputs."""
    from types import SimpleNamespace

    from kpi_catalog.site import macros
    from kpi_catalog.site.plugin import KpiCatalogPlugin

    plugin = KpiCatalogPlugin()
    plugin.site = site
    found: dict = {}
    env = SimpleNamespace(conf=SimpleNamespace(plugins={"kpi-catalog": plugin}), page=None,
                          macro=lambda f: found.setdefault(f.__name__, f))
    macros.define_env(env)
    return found


def hand_written_page(calls: str) -> str:
    """A page using ``calls`` (macro calls written as text) where Markdown reads inline text:
    a heading, a paragraph, emphasis, a list, a table cell and a quote."""
    return (f"# {calls}\n\nIn a paragraph: {calls} and *{calls}*.\n\n- {calls}\n\n"
            f"| a | b |\n| --- | --- |\n| {calls} | x |\n\n> {calls}\n")
