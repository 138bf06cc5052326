"""How the plugin behaves in a build: invalid catalogs, rule warnings, the navigation,
options, language, template overrides, edit links and the macros."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from site_helpers import ENV, TODAY, local_links, make_project, parse_html, small_catalog

from kpi_catalog.checking.check import check_catalog
from kpi_catalog.reading.loader import find_repo_root
from kpi_catalog.site.plugin import KpiCatalogPlugin

KPIS = ["new-leads", "sql-handover", "deal-cycle", "csat-range", "draft-idea"]


def nav_links(html: str) -> list[str]:
    """The links of the primary navigation (not the table of contents)."""
    doc = parse_html(html)
    return [e.attrs["href"] for e in doc.with_class("md-nav__link")
            if "href" in e.attrs and not e.attrs["href"].startswith("#")]


# --------------------------------------------------------------------------- invalid


def test_an_invalid_catalog_stops_the_build_with_the_located_messages(project):
    catalog = small_catalog()
    del catalog["marketing/new-leads.yml"]["measurement"]["unit"]
    catalog["sales/deal-cycle.yml"]["objective"] = "no-such-objective"
    site = project(catalog)
    result = site.build()
    assert result.returncode != 0
    expected = check_catalog(site.catalog, today=TODAY,
                             repo_root=find_repo_root(site.catalog)).errors
    assert len(expected) == 2
    for diagnostic in expected:
        assert diagnostic.text() in result.output, diagnostic.text()
    assert re.search(r"kpis/marketing/new-leads\.yml:\d+:\d+: E\d{3} ", result.output)
    assert "Traceback" not in result.output
    assert "has 2 errors" in result.output
    assert "kpi-catalog/errors/ (E...)" in result.output  # where the codes are explained
    assert not (result.site / "kpis").exists()


def test_a_broken_yaml_file_is_located_too(project):
    catalog = small_catalog()
    catalog["sales/deal-cycle.yml"] = "id: deal-cycle\nname: [unclosed\n"
    result = project(catalog).build()
    assert result.returncode != 0
    assert re.search(r"kpis/sales/deal-cycle\.yml:\d+:\d+: E1\d\d", result.output), result.output
    assert "Traceback" not in result.output


def test_rule_warnings_are_info_lines_and_strict_passes(project):
    catalog = small_catalog()
    catalog["sales/deal-cycle.yml"]["statement"] = (
        "Cut the days to close a deal from 60 to 40 by 31 December 2026. It matters.")
    site = project(catalog)
    result = site.build()  # --strict
    assert result.returncode == 0, result.output
    warnings = [d for d in check_catalog(site.catalog, today=TODAY).diagnostics
                if d.severity.value == "warning"]
    assert any(d.code == "K101" for d in warnings)
    for diagnostic in warnings:
        assert re.search(rf"INFO\s+-\s+{re.escape(diagnostic.text())}", result.output)
    assert "WARNING" not in result.output


@pytest.mark.parametrize("path", ["kpis/new-leads/index.md", "api/v1/catalog.json",
                                  "kpis/new-leads/chart.svg"])
def test_a_hand_written_file_where_a_file_is_generated_is_refused(project, path):
    """Pages and the files for programs alike (the latter go straight into site_dir)."""
    site = project(docs={"index.md": "# Home\n", path: "mine\n"})
    result = site.build()
    assert result.returncode != 0
    assert f"docs/{path} is written by hand" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("options", "message"), [
    ({"kpi_prefix": "../up"}, "is not a folder of the site"),
    ({"kpi_prefix": "k p i"}, "is not a folder of the site"),
    ({"department_prefix": "kpis"}, "overlaps"),
    ({"objective_prefix": "departments/objectives"}, "overlaps"),
    ({"overview": "kpis/all.md"}, "lies inside kpi_prefix"),
    ({"overview": "departments/index.md"}, "list page of department_prefix"),
    ({"glossary": "glossary.txt"}, "is not a page location"),
    ({"overview": "../../outside.md"}, "is not a page location"),  # wrote outside docs_dir
    ({"glossary": "../glossary.md"}, "is not a page location"),
    ({"overview": "kpis/../../index.md"}, "is not a page location"),
    ({"language": "fr"}, "`fr` is not one of the choices: write one of en or id."),
    ({"today": "27/11/2026"}, "is not a date"),
    ({"today": "2026-02-30"}, "`2026-02-30` is not a real date (check the month and day). "
                              "Write a day of the calendar as YYYY-MM-DD"),
    ({"today": [2026, 2, 3]}, "is not a date"),
    ({"catalog": "missing"}, "isn't an existing directory"),
    ({"edit_paths": "somewhere"}, "`somewhere` is not one of the choices: write one of auto, "
                                  "repository or docs."),
    ({"enabled": "yes"}, "`yes` is not true or false: write true or false."),
    ({"search_tags_boost": True}, "`true` is not a number: write a number, such as 1000."),
])
def test_options_are_validated_like_mkdocs_options(tmp_path, options, message):
    (tmp_path / "kpis").mkdir()
    errors, _ = KpiCatalogPlugin().load_config(options, str(tmp_path / "mkdocs.yml"))
    assert any(message in str(error) for _, error in errors), errors


@pytest.mark.parametrize("command", ["build", "serve"])
@pytest.mark.parametrize("engine", ["mkdocs", "properdocs"])
@pytest.mark.parametrize(("today", "told"), [
    ("2026-02-30", "`2026-02-30` is not a real date (check the month and day). Write a day "
                   "of the calendar as YYYY-MM-DD"),
    ([2026, 11, 27], "'[2026, 11, 27]' is not a date written as YYYY-MM-DD."),
])
def test_a_day_that_is_not_one_is_a_configuration_error(project, engine, command, today,
                                                        told):
    """In mkdocs.yml as MkDocs (and ProperDocs) report their own options: one line that names
    the option, then "Aborted with a configuration error!"; no traceback."""
    made = project(plugin={"today": today})
    config = made.write_config()
    assert "today: '2026-02-30'" in config.read_text(encoding="utf-8") or today != "2026-02-30"
    address = ["-a", "127.0.0.1:58613"] if command == "serve" else []  # it never serves
    done = subprocess.run([sys.executable, "-m", engine, command, "-f", str(config), *address],
                          cwd=made.root, env=ENV, capture_output=True, text=True, timeout=300)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output[-2000:]
    assert f"Plugin 'kpi-catalog' option 'today': {told}" in output, output[-2000:]
    assert "Aborted with a configuration error!" in output
    assert "Traceback" not in output


def test_option_mistakes_are_told_in_the_catalogs_language(tmp_path):
    """Under MkDocs too: the plugin's `language` option, else the catalog's catalog.yml."""
    (tmp_path / "kpis").mkdir()
    (tmp_path / "kpis" / "catalog.yml").write_text("name: Katalog\nlanguage: id\n",
                                                    encoding="utf-8")
    config = str(tmp_path / "mkdocs.yml")
    told = {}
    for options in ({}, {"language": "en"}):
        mistakes = ({"today": "27/11/2026"}, {"kpi_prefix": "kpis", "department_prefix": "kpis/d"})
        told[options.get("language", "catalog")] = " ".join(
            str(error) for mistake in mistakes
            for _, error in KpiCatalogPlugin().load_config({**mistake, **options}, config)[0])
    assert "'27/11/2026' bukan tanggal" in told["catalog"], told
    assert "bertumpang tindih dengan kpi_prefix 'kpis'" in told["catalog"], told
    assert "'27/11/2026' is not a date" in told["en"], told
    assert "overlaps kpi_prefix 'kpis'" in told["en"], told


def test_option_defaults(tmp_path):
    (tmp_path / "kpis").mkdir()
    plugin = KpiCatalogPlugin()
    errors, warnings = plugin.load_config({"glossary": None}, str(tmp_path / "mkdocs.yml"))
    assert not errors and not warnings
    config = plugin.config
    assert Path(config.catalog) == tmp_path / "kpis"
    assert (config.kpi_prefix, config.department_prefix, config.objective_prefix) == (
        "kpis", "departments", "objectives")
    assert config.overview == "kpis/index.md" and config.glossary is None
    assert config.nav is True and config.language is None and config.today is None
    plugin.load_config({"today": TODAY}, str(tmp_path / "mkdocs.yml"))
    assert plugin.config.today == TODAY and plugin.config.glossary == "glossary/index.md"


# --------------------------------------------------------------------------- navigation


@pytest.fixture(scope="module")
def explicit(tmp_path_factory):
    """A site with an explicit nav and a hand-written page using the macros."""
    docs = {
        "index.md": "# Home\n\n"
                    "Active: {{ kpi_count(lifecycle='active') }} KPIs.\n\n"
                    "{{ kpi_table(department='marketing') }}\n\n"
                    "{{ kpi_card('deal-cycle') }}\n\n"
                    "{{ kpi_rollup() }}\n",
        "about.md": "# About\n",
    }
    nav = [{"Home": "index.md"}, {"All KPIs": "kpis/index.md"}, "departments/index.md",
           "objectives/index.md", "about.md"]
    project = make_project(tmp_path_factory.mktemp("explicit"), docs=docs, nav=nav)
    result = project.build()
    assert result.returncode == 0, result.output
    return result


def test_explicit_nav_shows_departments_and_objectives_but_no_kpi(explicit):
    links = nav_links(explicit.page(""))
    for department in ("marketing", "sales"):
        assert f"departments/{department}/" in links
    for objective in ("grow-pipeline", "keep-customers"):
        assert f"objectives/{objective}/" in links
    assert not [link for link in links if re.search(r"kpis/[a-z]", link)], links
    assert "glossary/" not in links, "not listed in the explicit nav, so not added"
    assert "not included in the \"nav\"" not in explicit.output, "no noise about KPI pages"


def test_kpi_pages_are_reachable_from_the_overview(explicit):
    hrefs = {e.attrs.get("href") for e in parse_html(explicit.page("kpis/")).find("a")}
    for kpi_id in KPIS:
        assert f"{kpi_id}/" in hrefs


def test_macros_embed_escaped_catalog_content(explicit):
    doc = parse_html(explicit.page(""))
    assert "Active: 4 KPIs." in doc.text
    rows_linked = {e.attrs.get("href") for e in doc.find("a")}
    assert {"kpis/new-leads/", "kpis/sql-handover/", "kpis/deal-cycle/"} <= rows_linked
    assert doc.with_class("kpi-card") and doc.with_class("kpi-rollup")
    for href, target in local_links(explicit.site / "index.html", explicit.site):
        assert target.exists(), href


# A plugin that converts the hand-written pages last (it moves them to the end of the
# files, through the Files API): the catalog's macros must still find the catalog there.
HAND_WRITTEN_LAST = """
from mkdocs.plugins import event_priority

@event_priority(-100)
def on_files(files, config):
    for file in [f for f in files.documentation_pages() if f.generated_by is None]:
        files.remove(file)
        files.append(file)
    return files
"""


def test_macros_work_in_hand_written_pages_converted_after_the_generated_ones(project):
    made = project(docs={
        "index.md": "# Home\n\n{{ kpi_card('deal-cycle') }}\n",
        "zz/last.md": "# Last\n\nActive: {{ kpi_count(lifecycle='active') }} KPIs.\n\n"
                      "{{ kpi_table(department='marketing') }}\n",
    }, hooks=["hooks.py"])
    (made.root / "hooks.py").write_text(HAND_WRITTEN_LAST, encoding="utf-8")
    result = made.build()
    assert result.returncode == 0, result.output
    assert parse_html(result.page("")).with_class("kpi-card")
    last = parse_html(result.page("zz/last/"))
    assert "Active: 4 KPIs." in last.text
    assert "../../kpis/new-leads/" in {e.attrs.get("href") for e in last.find("a")}


def test_a_macro_with_an_unknown_id_stops_the_build(project):
    result = project(docs={"index.md": "# Home\n\n{{ kpi_card('no-such-kpi') }}\n"}).build()
    assert result.returncode != 0
    # the page, the macro, the problem and what to write instead, as MkDocs reports a
    # plugin's error: mkdocs-macros logged it with a traceback (and exited 100)
    assert "ERROR   -  index.md, in kpi_card: There is no KPI `no-such-kpi` in the catalog. " \
        "Write the id of one of its KPIs" in result.output, result.output[-2000:]
    assert "Aborted with a BuildError!" in result.output
    assert "Traceback" not in result.output and "Macro Rendering Error" not in result.output


def test_without_on_error_fail_a_macros_error_is_shown_in_its_page(project):
    """mkdocs-macros' `on_error_fail: false` (its default): the build goes on, and the page
    shows the error, as mkdocs-macros does with any macro's."""
    made = project(docs={"index.md": "# Home\n\n{{ kpi_card('no-such-kpi') }}\n"})
    made.config["plugins"][-1]["macros"]["on_error_fail"] = False
    result = made.build(strict=False)
    assert result.returncode == 0, result.output[-2000:]
    assert "There is no KPI `no-such-kpi` in the catalog" in result.page("")


def test_a_macro_error_is_one_line_without_control_characters(project):
    """A macro's argument is a page author's text: its line break or terminal escape is
    shown escaped in the error, so that it cannot start a line of its own in the build's
    log (a GitHub workflow command such as ``::error::``) or drive the terminal, as the
    catalog's own errors (Diagnostic.text)."""
    page = '# Home\n\n{{ kpi_card("nope\\n::error file=x.py::forged\\x1b[31mred\\u202e") }}\n'
    result = project(docs={"index.md": page}).build()
    assert result.returncode != 0
    assert "There is no KPI `nope\\n::error file=x.py::forged\\x1b[31mred\\u202e` in" \
        in result.output, result.output[-2000:]
    assert not any(line.startswith("::error") for line in result.output.splitlines())
    assert "\x1b" not in result.output and "\u202e" not in result.output


@pytest.fixture(scope="module")
def variant(tmp_path_factory):
    """Automatic nav, Bahasa Indonesia, no directory URLs, other folders, a template
    override, edit links relative to docs/ (MkDocs' default edit_uri)."""
    root = tmp_path_factory.mktemp("variant")
    (root / ".git").mkdir()
    override = root / "overrides" / "kpi-catalog"
    override.mkdir(parents=True)
    (override / "kpi.md.j2").write_text(
        '{% extends "builtin/kpi.md.j2" %}\n'
        "{% block links %}\n"
        "## Override\n\n"
        '<p class="custom-block">Custom for {{ kpi.id }}: '
        "{% raw %}{{ 7*7 }} {% if %}{% endraw %}</p>\n\n"
        "{% endblock %}\n",
        encoding="utf-8",
    )
    project = make_project(
        root,
        plugin={"language": "id", "kpi_prefix": "katalog/kpi", "department_prefix": "unit",
                "objective_prefix": "sasaran", "overview": "katalog/index.md",
                "glossary": "istilah.md"},
        docs={"index.md": "# Beranda\n\nLihat [semua KPI](katalog/index.md).\n"},
        use_directory_urls=False,
        edit_uri="edit/main/docs/",
        theme={"custom_dir": "overrides"},
    )
    result = project.build()
    assert result.returncode == 0, result.output
    return result


def test_a_theme_in_another_language_than_the_labels_gets_a_hint(variant, project):
    assert re.search(r"INFO\s+-\s+The catalog's labels are in 'id' but the theme's language "
                     r"is 'en': set `theme: language: id`", variant.output), variant.output
    matching = project(plugin={"language": "id"}, theme={"language": "id"}).build()
    assert matching.returncode == 0, matching.output
    assert "The catalog's labels are in" not in matching.output


def test_automatic_nav_has_the_lists_and_no_kpi(variant):
    links = nav_links(variant.page("index.html"))
    assert "unit/marketing/index.html" in links and "sasaran/grow-pipeline/index.html" in links
    assert "katalog/index.html" in links and "istilah.html" in links
    assert not [link for link in links if link.startswith("katalog/kpi/")], links


def test_pages_go_where_the_options_say_and_links_resolve(variant):
    for path in ("katalog/kpi/new-leads/index.html", "unit/sales/index.html",
                 "sasaran/keep-customers/index.html", "katalog/index.html", "istilah.html",
                 "unit/index.html", "sasaran/index.html"):
        assert (variant.site / path).exists(), path
    for page in variant.pages():
        for href, target in local_links(page, variant.site):
            assert target.exists(), f"{page.relative_to(variant.site)}: {href}"


def test_labels_in_bahasa_indonesia(variant):
    text = parse_html(variant.page("katalog/kpi/deal-cycle/index.html")).text
    for label in ("Nilai awal", "Penanggung jawab", "Departemen", "Pengukuran", "Desember 2026"):
        assert label in text, label
    overview = parse_html(variant.page("katalog/index.html")).text
    assert "Sesuai rencana" in overview and "Semua KPI" in overview


def test_template_override_is_used_and_its_output_is_never_run_by_macros(variant):
    """The override writes jinja syntax into a page; mkdocs-macros must leave it alone."""
    doc = parse_html(variant.page("katalog/kpi/new-leads/index.html"))
    assert doc.with_class("custom-block")
    assert "Custom for new-leads: {{ 7*7 }} {% if %}" in doc.text
    assert "Override" in doc.text and "Lead dashboard" not in doc.text


def test_edit_links_relative_to_docs_reach_the_yaml_files(variant):
    doc = parse_html(variant.page("katalog/kpi/new-leads/index.html"))
    hrefs = [e.attrs["href"] for e in doc.with_class("md-content__button")]
    assert "https://github.com/example/catalog/edit/main/kpis/marketing/new-leads.yml" in hrefs
    home = parse_html(variant.page("index.html"))
    assert "https://github.com/example/catalog/edit/main/docs/index.md" in [
        e.attrs["href"] for e in home.with_class("md-content__button")]


def test_a_build_called_from_python_leaves_no_temporary_folder(tmp_path):
    """`mkdocs build` sends on_shutdown, a program calling MkDocs' build function does not:
    the plugin's temporary folder of generated pages is removed at the end of either."""
    import os
    import subprocess
    import sys

    from site_helpers import ENV, make_project

    project = make_project(tmp_path / "p")
    config = project.write_config()
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    code = ("import sys\nfrom mkdocs.commands.build import build\n"
            "from mkdocs.config import load_config\n"
            "build(load_config(sys.argv[1], site_dir=sys.argv[2]))\n")
    done = subprocess.run([sys.executable, "-c", code, str(config), str(tmp_path / "site")],
                          cwd=project.root, env={**ENV, "TMPDIR": str(temporary)},
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "site" / "kpis" / "new-leads" / "index.html").is_file()
    assert os.listdir(temporary) == []
