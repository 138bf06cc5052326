"""The example's two Zensical projects stay in step with mkdocs.yml.

zensical.yml builds the English site by INHERITing mkdocs.yml; zensical-id.yml builds the
Indonesian pages as a project of their own (one language and one search index per Zensical
project) and cannot inherit (Zensical's INHERIT adds lists such as `extra_css` and `nav`
together instead of replacing them), so it repeats mkdocs.yml's settings by hand. A theme
feature, palette, extension or stylesheet added to mkdocs.yml and not to zensical-id.yml
would make the Indonesian pages look or behave unlike the English ones: this test says so.
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


def test_the_indonesian_project_has_the_same_extensions_and_extras():
    assert INDONESIAN["markdown_extensions"] == \
        MKDOCS["markdown_extensions"] + ENGLISH["markdown_extensions"]
    assert INDONESIAN["extra"] == MKDOCS["extra"]
    for key in ("repo_url", "repo_name"):
        assert INDONESIAN[key] == MKDOCS[key], key


def test_the_indonesian_project_loads_the_english_projects_stylesheets_and_scripts():
    # its site is site-zensical/id/: the English project's files are one folder up
    for key in ("extra_css", "extra_javascript"):
        files = MKDOCS.get(key, []) + ENGLISH.get(key, [])
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
