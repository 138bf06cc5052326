"""Visibility: a build for the public leaves confidential KPIs out entirely and shows
internal ones without their values. Every file of the built example site is searched:
HTML, the search index, the sitemap (also gzipped), assets."""

from __future__ import annotations

import json
import re

import pytest
import yaml
from click.testing import CliRunner
from site_helpers import REPO, TODAY, Built, built_for, every_file

from kpi_catalog.cli import main

CONFIDENTIAL = "rasio-gaji-terhadap-pasar"
INTERNAL = "negotiated-savings"


def _kpi(kpi_id: str) -> dict:
    folder = {"rasio-gaji-terhadap-pasar": "human-resources", "negotiated-savings": "procurement"}
    return yaml.safe_load((REPO / "kpis" / folder[kpi_id] / f"{kpi_id}.yml").read_text("utf-8"))


def _number_pattern(value: float) -> re.Pattern[str]:
    """The value as a page writes it (``90.7``, ``90,7``), not inside a longer number."""
    text = f"{value:g}"
    forms = {text, text.replace(".", ",")}
    return re.compile(r"(?<![\d.,])(?:" + "|".join(map(re.escape, forms)) + r")(?![\d])")


@pytest.fixture(scope="module")
def public_site(tmp_path_factory) -> Built:
    return built_for("public", tmp_path_factory.mktemp("audience-public"))


@pytest.fixture(scope="module")
def internal_site(tmp_path_factory) -> Built:
    return built_for("internal", tmp_path_factory.mktemp("audience-internal"))


def _texts(kpi: dict, language: str | None) -> dict:
    """The KPI's texts in ``language`` (its own texts, or its translation into it); with
    ``None``, its own."""
    if language is None or kpi.get("language", "en") == language:
        return kpi
    return kpi.get("translations", {}).get(language, {})


def confidential_traces(language: str | None = None) -> list[tuple[str, re.Pattern[str]]]:
    """What would betray the confidential KPI: its id, values, and its texts in
    ``language`` (``None``: in every language it has)."""
    kpi = _kpi(CONFIDENTIAL)
    languages = [language] if language else [None, *kpi.get("translations", {})]
    traces = [("id", re.compile(re.escape(kpi["id"])))]
    for actual in kpi["actuals"]:
        traces.append((f"value {actual['value']}", _number_pattern(actual["value"])))
    for each in languages:
        texts = _texts(kpi, each)
        traces += [(f"name ({each})", re.compile(re.escape(texts["name"]))),
                   (f"metric ({each})", re.compile(re.escape(texts["measurement"]["metric"]))),
                   (f"statement ({each})", re.compile(re.escape(texts["statement"][:40])))]
        traces += [(f"note ({each})", re.compile(re.escape(a["note"][:30])))
                   for a in texts.get("actuals", []) if a.get("note")]
    return traces


def internal_notes() -> list[str]:
    return [a["note"][:30] for a in _kpi(INTERNAL)["actuals"] if a.get("note")]


def test_a_public_build_has_no_trace_of_a_confidential_kpi(public_site):
    files = every_file(public_site.site)
    assert "search/search_index.json" in files and "sitemap.xml" in files
    found = [(name, what) for name, text in files.items()
             for what, pattern in confidential_traces() if pattern.search(text)]
    assert found == []


def test_the_internal_build_has_them_so_the_search_can_find_them(internal_site):
    files = every_file(internal_site.site)
    for what, pattern in confidential_traces("en"):  # the example site is in English
        assert any(pattern.search(text) for text in files.values()), what
    page = internal_site.page(f"kpis/{INTERNAL}/")
    for note in internal_notes():
        assert note in page


def test_a_public_build_shows_an_internal_kpi_without_its_values(public_site):
    page = public_site.page(f"kpis/{INTERNAL}/")
    assert "shown on the internal site only" in page
    assert "kpi-trend" not in page.replace('class="kpi-trend-', "")  # no chart
    kpi = _kpi(INTERNAL)
    text = re.sub(r"<[^>]+>", " ", page)
    for actual in kpi["actuals"]:
        assert not _number_pattern(actual["value"]).search(text), actual["value"]
    files = every_file(public_site.site)
    assert [n for n, t in files.items() for note in internal_notes() if note in t] == []
    index = json.loads(files["search/search_index.json"])
    entries = [d["text"] for d in index["docs"] if d["location"].startswith(f"kpis/{INTERNAL}/")]
    assert entries and not any(_number_pattern(a["value"]).search(e)
                               for e in entries for a in kpi["actuals"])


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_kpi_export_for_the_public_leaves_them_out(fmt):
    runner = CliRunner()
    public = runner.invoke(main, ["export", str(REPO / "kpis"), "--format", fmt, "--audience",
                                  "public", "--today", TODAY.isoformat()])
    internal = runner.invoke(main, ["export", str(REPO / "kpis"), "--format", fmt,
                                    "--audience", "internal", "--today", TODAY.isoformat()])
    assert public.exit_code == 0 and internal.exit_code == 0, public.output
    assert CONFIDENTIAL not in public.output and CONFIDENTIAL in internal.output
    for note in internal_notes() if fmt == "json" else ():  # CSV has no notes
        assert note not in public.output and note in internal.output
