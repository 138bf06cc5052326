"""The catalog for programs, published with the site: JSON with its schema, each KPI's chart
and badge as standalone SVG, llms.txt. Rendered with `render_site` (what every engine
publishes), read back; the example catalog for agreement with `kpi status`, the security
battery's catalogs for hostile text, a public build for confidential KPIs.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner
from security_battery import GROUPS, MARK, hostile, refused_by_labels

from catalog_factory import TODAY
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.cli import main
from kpi_catalog.export.document import (
    catalog_document,
    compact_catalog,
    compact_item,
    compact_kpi,
    dumps,
    kpi_document,
)
from kpi_catalog.site.options import SiteOptions
from kpi_catalog.site.render import render_site
from kpi_catalog.status.compute import catalog_statuses

REPO = Path(__file__).resolve().parents[2]
SITE_URL = "https://example.org/catalog/"
SVG = "{http://www.w3.org/2000/svg}"
# What the images are drawn with: nothing that loads, links or runs.
SVG_ELEMENTS = {"svg", "title", "desc", "style", "rect", "text", "g", "line", "path",
                "polyline"}
CONFIDENTIAL = "rasio-gaji-terhadap-pasar"


def render(catalog_folder: Path, out: Path, **options) -> Path:
    result = check_catalog(catalog_folder, today=TODAY)
    assert result.ok, [d.text() for d in result.errors]
    render_site(result.catalog, out, today=TODAY, options=SiteOptions(**options))
    return out


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> Path:
    return render(REPO / "kpis", tmp_path_factory.mktemp("example"), site_url=SITE_URL,
                  audience="public")


def read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def svg_of(path: Path) -> ET.Element:
    root = ET.fromstring(path.read_bytes())
    assert root.tag == f"{SVG}svg", path
    return root


def test_the_json_validates_against_the_published_schema_and_agrees_with_kpi_status(example):
    api = example / "api" / "v1"
    catalog, schema = read_json(api / "catalog.json"), read_json(api / "catalog.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(catalog))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    assert catalog["$schema"] == SITE_URL + "api/v1/catalog.schema.json" == schema["$id"]
    out = CliRunner().invoke(main, ["status", str(REPO / "kpis"), "--format", "json",
                                    "--today", TODAY.isoformat()])
    status = {k["id"]: k["status"] for k in json.loads(out.output)["kpis"]}
    kpi_schema = jsonschema.Draft202012Validator(read_json(api / "kpi.schema.json"))
    for item in catalog["kpis"]:
        kpi_id = item["id"]
        if item["visibility"] == "public" and kpi_id in status:
            assert item["status"] == status[kpi_id], kpi_id
        one = read_json(api / "kpis" / f"{kpi_id}.json")
        assert not list(kpi_schema.iter_errors(one)), kpi_id
        assert {k: v for k, v in one.items() if k not in ("$schema", "version", "today")} == item
        published = item["published"]
        assert published["page"] == f"{SITE_URL}kpis/{kpi_id}/"
        for key, path in (("json", f"api/v1/kpis/{kpi_id}.json"),
                          ("chart", f"kpis/{kpi_id}/chart.svg"),
                          ("badge", f"kpis/{kpi_id}/badge.svg")):
            assert published[key] == SITE_URL + path and (example / path).is_file()
    assert len(catalog["kpis"]) == len(list((api / "kpis").glob("*.json"))) >= 30


def test_every_kpi_has_a_chart_and_a_badge_that_stand_alone(example):
    kpis = read_json(example / "api" / "v1" / "catalog.json")["kpis"]
    for item in kpis:
        folder = example / "kpis" / item["id"]
        for name in ("chart.svg", "badge.svg"):
            root = svg_of(folder / name)
            assert {e.tag.removeprefix(SVG) for e in root.iter()} <= SVG_ELEMENTS, name
            assert root.get("width") and root.get("height") and root.get("viewBox")
            assert root.find(f"{SVG}title").text.startswith(item["name"])
            text = (folder / name).read_text(encoding="utf-8")
            assert "href" not in text and "url(" not in text and "@import" not in text
        chart = svg_of(folder / "chart.svg")
        assert "sans-serif" in chart.get("font-family"), "a font without the site's CSS"
        assert chart.find(f"{SVG}rect").get("fill") == "#ffffff", "its own white ground"
        words = " ".join(t.text or "" for t in chart.iter(f"{SVG}text"))
        assert item["name"][:30] in words, "the title is written on the image"
        assert item["measurement"]["unit"][:20] in words, "and the unit"
        dots = "".join(p.get("d") for p in chart.iterfind(
            f".//{SVG}g[@class='kpi-trend-actual']/{SVG}path"))  # a dot per value: `M x y h0`
        assert dots.count("h0") == len(item["actuals"]) or not item["actuals"], item["id"]


def test_the_image_holds_the_pages_chart_as_drawn(example):
    """chart.svg shows the KPI page's trend chart, the same drawing (it is drawn once)."""
    compared = 0
    for page in sorted((example / "kpis").glob("*/index.md")):
        drawn = re.search(r'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 300".*?'
                          r"</svg>", page.read_text(encoding="utf-8"), re.S)
        if drawn is None:
            continue
        image = (page.parent / "chart.svg").read_text(encoding="utf-8")
        placed = re.sub(r'<svg x="0" y="\d+" width="640" height="300" ', "<svg ", image)
        assert drawn.group(0) in placed, page.parent.name
        compared += 1
    assert compared >= 20


def test_a_kpi_without_values_gets_its_plan_and_says_why(example):
    internal = (example / "kpis" / "negotiated-savings" / "chart.svg").read_text()
    assert "shown on the internal site only" in internal
    assert not re.search(r'<path [^>]*d="M[\d.]+ [\d.]+h0', internal), "no value is drawn"
    assert "Target" in internal, "the plan is drawn"
    badge = svg_of(example / "kpis" / "negotiated-savings" / "badge.svg")
    assert badge.find(f"{SVG}title").text.endswith(": No data")
    gmv = svg_of(example / "kpis" / "online-gmv" / "badge.svg")
    assert re.search(r"IDR billion · On track$", gmv.find(f"{SVG}title").text)
    assert gmv.findall(f".//{SVG}rect")[1].get("fill") == "#2e7d32", "the status's colour"


def test_llms_txt_lists_every_kpi_with_a_one_line_summary(example):
    text = (example / "llms.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "# Nusantara Retail KPI catalog" and lines[2].startswith("> ")
    assert lines[4].startswith("How Nusantara Retail, a chain of 120 stores"), \
        "catalog.yml's description follows the summary"
    assert read_json(example / "api" / "v1" / "catalog.json")["description"] == " ".join(
        yaml.safe_load((REPO / "kpis" / "catalog.yml").read_text(encoding="utf-8"))[
            "description"].split())
    headings = [line for line in lines if line.startswith("## ")]
    assert headings[-1] == "## Optional" and "## Strategic objectives" in headings
    kpis = read_json(example / "api" / "v1" / "catalog.json")["kpis"]
    for item in kpis:
        link = f"](<{SITE_URL}kpis/{item['id']}/>)"
        listed = [line for line in lines if link in line]
        assert len(listed) == 1, item["id"]
        assert listed[0].startswith("- [") and item["statement"][:40] in listed[0]
    full = (example / "llms-full.txt").read_text(encoding="utf-8")
    assert full.count("\n## ") == len(kpis)
    assert "2026-10: 106.4 IDR billion" in full, "the values, with their unit"
    assert f"{SITE_URL}api/v1/kpis/online-gmv.json" in full


def test_llms_txt_and_the_json_count_the_statuses_the_site_counts(example):
    """The site's roll-ups count the active KPIs (status.compute.COUNTED); llms.txt's
    summary and the JSON's `active_rollup` count the same ones and say so. Before, the
    summary counted every KPI, drafts and retired ones too, with 'behind' 8 where the site
    said 7, and the JSON had only `rollup`, of every KPI (kept as it was: version 1)."""
    overview = (example / "kpis" / "index.md").read_text(encoding="utf-8")
    shown = re.findall(r'kpi-rollup__count">(\d+)</span> <span class="kpi-rollup__label">'
                       r"([^<]+)<", overview)
    total = sum(int(n) for n, _label in shown)
    assert f"Status of {total} active KPIs:" in overview
    catalog = read_json(example / "api" / "v1" / "catalog.json")
    active = [k for k in catalog["kpis"] if k["lifecycle"] == "active"]
    assert total == len(active) < len(catalog["kpis"])
    summary = (example / "llms.txt").read_text(encoding="utf-8").splitlines()[2]
    assert summary.startswith(f"> The {len(catalog['kpis'])} Key Performance Indicators")
    assert f"; where its {total} active KPIs stand on 27 November 2026: " in summary
    assert summary.endswith(": " + ", ".join(
        f"{n} {label.lower()}" for n, label in shown if n != "0") + "."), summary
    counted = {value: sum(k["status"]["value"] == value for k in active)
               for value in catalog["rollup"]}
    assert catalog["active_rollup"] == counted
    assert [str(n) for n in counted.values()] == [n for n, _label in shown]
    assert sum(catalog["rollup"].values()) == len(catalog["kpis"]), "every KPI, as before"


def test_a_public_build_holds_no_confidential_kpi_in_any_file_for_programs(tmp_path, example):
    name = "Gaji staf toko dibanding median pasar"
    for path in [*example.joinpath("api").rglob("*"), *example.rglob("*.svg"),
                 example / "llms.txt", example / "llms-full.txt"]:
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert CONFIDENTIAL not in text and name not in text, path
    internal = render(REPO / "kpis", tmp_path / "internal", site_url=SITE_URL,
                      audience="internal")
    assert (internal / "kpis" / CONFIDENTIAL / "chart.svg").is_file()
    assert CONFIDENTIAL in (internal / "llms.txt").read_text(encoding="utf-8")


def test_the_files_can_be_switched_off(tmp_path):
    out = render(REPO / "kpis", tmp_path / "off", machine_readable=False)
    assert not (out / "api").exists() and not (out / "llms.txt").exists()
    assert not list(out.rglob("*.svg"))
    assert "kpi-files" not in (out / "kpis" / "online-gmv" / "index.md").read_text()


def test_without_a_site_url_addresses_are_relative_to_the_site(tmp_path):
    out = render(REPO / "kpis", tmp_path / "relative")
    catalog = read_json(out / "api" / "v1" / "catalog.json")
    assert catalog["$schema"] == "catalog.schema.json"
    assert catalog["kpis"][0]["published"]["page"].startswith("kpis/")
    one = read_json(out / "api" / "v1" / "kpis" / "online-gmv.json")
    assert one["$schema"] == "../kpi.schema.json"
    assert "](<kpis/online-gmv/>)" in (out / "llms.txt").read_text(encoding="utf-8")


# --- hostile text ---------------------------------------------------------------------


@pytest.fixture(scope="module", params=list(GROUPS))
def battery(request, tmp_path_factory):
    root = tmp_path_factory.mktemp(f"machines-{request.param}")
    catalog = hostile(request.param, root / "kpis")
    return catalog, render(root / "kpis", root / "out", site_url=SITE_URL)


def test_hostile_text_stays_text_in_svg_json_and_llms_txt(battery):
    catalog, out = battery
    names = {}
    for path in out.rglob("*.svg"):
        root = svg_of(path)  # well-formed XML whatever the text
        assert {e.tag.removeprefix(SVG) for e in root.iter()} <= SVG_ELEMENTS, path
        for element in root.iter():
            assert not [a for a in element.attrib if a.lower().startswith("on")
                        or "href" in a.lower()], path
        names[path] = "".join(root.itertext())
    if not refused_by_labels(catalog.group):  # names and units carry it into the images
        assert any(MARK in text for text in names.values()), "the payload is in the images"
    document = read_json(out / "api" / "v1" / "catalog.json")
    by_id = {k["id"]: k for k in document["kpis"]}
    written = [data for name, data in catalog.files.items() if name.endswith("new-leads.yml")]
    assert by_id["new-leads"]["statement"] == written[0]["statement"], "JSON keeps it as it is"
    for name in ("llms.txt", "llms-full.txt"):
        text = (out / name).read_text(encoding="utf-8")
        assert MARK in text
        # every link is one the site made, to itself; no HTML; headings are the site's own
        targets = re.findall(r"(?<!\\)\]\((.*?)\)", text)  # `\](` is text
        assert targets and all(t.startswith(f"<{SITE_URL}") for t in targets), \
            [t for t in targets if not t.startswith(f"<{SITE_URL}")][:3]
        assert not re.search(r"(?<!\\)<(script|img|svg|iframe|a )", text, re.IGNORECASE)
        for line in text.splitlines():
            assert not re.match(r"\s*(```|~~~|<|\[\w+\]:)", line), line


def _compact_documents_agree(folder: Path) -> None:
    """The site's JSON, joined from each KPI's text, is byte for byte the documents of
    `kpi export --format json` and `kpi mcp` written compact."""
    catalog = check_catalog(folder, today=TODAY).catalog
    statuses = catalog_statuses(catalog, TODAY)
    items = [compact_item(catalog, kpi, statuses[kpi.id]) for kpi in catalog.kpis.values()]
    for schema in (None, "catalog.schema.json"):
        whole = catalog_document(catalog, statuses, TODAY, audience="internal", schema=schema)
        frame = catalog_document(catalog, statuses, TODAY, audience="internal", schema=schema,
                                 kpis=False)
        assert compact_catalog(frame, items) == dumps(whole, indent=None).encode()
    for kpi, item in zip(catalog.kpis.values(), items, strict=True):
        for schema in (None, "../kpi.schema.json"):
            assert compact_kpi(item, TODAY, schema=schema) == dumps(kpi_document(
                catalog, kpi, statuses[kpi.id], TODAY, schema=schema), indent=None).encode()


def test_the_json_joined_from_each_kpi_is_the_documents_written_compact(battery):
    _compact_documents_agree(REPO / "kpis")
    _compact_documents_agree(battery[1].parent / "kpis")
