"""The example's two Zensical projects stay in step with mkdocs.yml.

zensical.yml builds the English site by INHERITing mkdocs.yml, whose lists (plugins,
Markdown extensions, stylesheets) it repeats: Zensical 0.1 replaces an inherited list by the
file's own, as MkDocs does (0.0.x added them together). zensical-id.yml builds the Indonesian
pages as a project of their own (one language and one search index per Zensical project)
and repeats mkdocs.yml's settings by hand, so that it builds the same with both (under
0.0.x, inheriting would add mkdocs.yml's `nav` and `extra_css` to its own). A theme
feature, palette, extension, plugin or stylesheet added to mkdocs.yml and not to the
Zensical projects would make their pages look or behave unlike MkDocs': these tests say so.
"""

from __future__ import annotations

from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]


def read(name: str) -> dict:
    return yaml.safe_load((REPO / name).read_text(encoding="utf-8"))


MKDOCS, ENGLISH, INDONESIAN = read("mkdocs.yml"), read("zensical.yml"), read("zensical-id.yml")
CATALOG = yaml.safe_load((REPO / "kpis" / "catalog.yml").read_text(encoding="utf-8"))


def test_the_indonesian_project_has_the_english_projects_theme_in_indonesian():
    english_theme = {**MKDOCS["theme"], **ENGLISH["theme"]}
    assert INDONESIAN["theme"] == {**english_theme, "language": "id"}


def mkdocs_plugins() -> list:
    """mkdocs.yml's plugins that Zensical runs: all but kpi-catalog, whose pages kpi render
    writes."""
    return [p for p in MKDOCS["plugins"] if not (isinstance(p, dict) and "kpi-catalog" in p)
            and p != "kpi-catalog"]


def test_the_english_project_lists_mkdocs_yml_entries_itself():
    """Zensical 0.1 reads a list of zensical.yml in place of the one of mkdocs.yml it
    INHERITs: without mkdocs.yml's entries, the pages written by hand showed their macros
    as written (`{{ catalog_name() }}`), `{ data-search-exclude }` as text, and no site.css."""
    assert ENGLISH["INHERIT"] == "mkdocs.yml"
    for key, own in (("markdown_extensions", MKDOCS["markdown_extensions"]),
                     ("extra_css", MKDOCS.get("extra_css", [])),
                     ("extra_javascript", MKDOCS.get("extra_javascript", [])),
                     ("plugins", mkdocs_plugins())):
        assert ENGLISH.get(key, [])[:len(own)] == own, key


def test_the_indonesian_project_has_the_same_extensions_and_extras():
    assert INDONESIAN["markdown_extensions"] == ENGLISH["markdown_extensions"]
    assert INDONESIAN["plugins"] == ENGLISH["plugins"]
    # and the palette toggles' names, in each project's language (partials/palette.html)
    assert INDONESIAN["extra"] == {**MKDOCS["extra"],
                                   "kpi_palette_names": INDONESIAN["extra"]["kpi_palette_names"]}
    assert len(INDONESIAN["extra"]["kpi_palette_names"]) == len(MKDOCS["theme"]["palette"])
    assert len(ENGLISH["extra"]["kpi_palette_names"]) == len(MKDOCS["theme"]["palette"])
    for key in ("repo_url", "repo_name"):
        assert INDONESIAN[key] == MKDOCS[key], key


def test_the_indonesian_project_loads_the_english_projects_stylesheets_and_scripts():
    # its site is site-zensical/id/: the English project's files are one folder up
    for key in ("extra_css", "extra_javascript"):
        files = ENGLISH.get(key, [])
        assert INDONESIAN[key] == [f"../{path}" for path in files], key


def test_the_indonesian_project_is_the_id_folder_of_the_english_one():
    assert INDONESIAN["docs_dir"] == "docs/id"
    assert INDONESIAN["site_dir"] == f"{ENGLISH['site_dir']}/id"
    assert INDONESIAN["site_url"] == MKDOCS["site_url"] + "id/"
    assert INDONESIAN["site_name"] == CATALOG["translations"]["id"]["name"]
    assert "/id/" in ENGLISH["exclude_docs"].split()


def test_both_projects_read_the_navigation_kpi_render_writes():
    def awesome_nav(config: dict) -> dict:
        found = [p["awesome-nav"] for p in config["plugins"]
                 if isinstance(p, dict) and "awesome-nav" in p]
        assert len(found) == 1, config["plugins"]
        return found[0]

    assert awesome_nav(INDONESIAN) == awesome_nav(ENGLISH)
    assert awesome_nav(ENGLISH)["filename"] == ".kpi-nav.yml"


def test_the_indonesian_project_runs_the_macros_of_mkdocs_yml():
    """The Indonesian guides written by hand (docs/id/guide/) call the catalog's macros:
    without mkdocs.yml's `macros` entry, Zensical showed them as written (`{{ kpi_card(...) }}`)."""
    def macros(config: dict) -> list[dict]:
        return [p["macros"] for p in config["plugins"] if isinstance(p, dict) and "macros" in p]

    assert macros(INDONESIAN) == macros(MKDOCS) != []
