"""What another plugin sees of a generated page at each MkDocs event is what
docs/reference/plugin.md says: the page `kpi render` writes, then its whole HTML; its
Markdown until every plugin's on_page_content has run, unless `keep_markdown` keeps it;
its HTML until every plugin's on_post_page has run, unless `keep_content` keeps it.

A hooks file (MkDocs' `hooks:`, plugin events at the default priority, and one at MkDocs'
"last") records what it sees into a JSON file that the tests read.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from site_helpers import TODAY, make_project

from kpi_catalog.cli import main

HOOKS = '''
import json
from pathlib import Path

from mkdocs.plugins import CombinedEvent, event_priority

SEEN = {"files": {}, "markdown": {}, "content": {}, "context": {}, "post_page": {},
        "post_build": {}, "markdown_in_content": {}, "markdown_last": {},
        "markdown_in_context": {}, "title_in_context": {}, "markdown_after": {}}
PAGES = []


def on_files(files, config):
    for file in files:
        if file.src_uri.startswith("kpis/"):
            SEEN["files"][file.src_uri] = [file.generated_by, file.content_string]
    return files


def on_page_markdown(markdown, page, config, files):
    SEEN["markdown"][page.file.src_uri] = markdown
    PAGES.append(page)
    return markdown


def _content(html, page, config, files):
    SEEN["content"][page.file.src_uri] = html
    SEEN["markdown_in_content"][page.file.src_uri] = page.markdown
    return html


@event_priority(-100)  # MkDocs' "last"
def _content_last(html, page, config, files):
    SEEN["markdown_last"][page.file.src_uri] = page.markdown


on_page_content = CombinedEvent(_content, _content_last)


def on_page_context(context, page, config, nav):
    SEEN["context"][page.file.src_uri] = page.content
    SEEN["markdown_in_context"][page.file.src_uri] = page.markdown
    SEEN["title_in_context"][page.file.src_uri] = page.title
    return context


def on_post_page(output, page, config):
    SEEN["post_page"][page.file.src_uri] = "<svg" in output
    return output


def on_post_build(config):
    for page in PAGES:
        SEEN["post_build"][page.file.src_uri] = page.content
        SEEN["markdown_after"][page.file.src_uri] = page.markdown
    Path(config.config_file_path).with_name("seen.json").write_text(json.dumps(SEEN))
'''


def _seen(folder, plugin: dict | None = None) -> dict:
    project = make_project(folder, plugin=plugin, hooks=["hooks.py"])
    (project.root / "hooks.py").write_text(HOOKS, encoding="utf-8")
    built = project.build()
    assert built.returncode == 0, built.output
    (project.root / ".git").mkdir()
    rendered = CliRunner().invoke(main, ["render", str(project.root / "out"), "--catalog",
                                         str(project.catalog), "--today", TODAY.isoformat(),
                                         "-f", str(project.root / "mkdocs.yml")])
    assert rendered.exit_code == 0, rendered.output
    data = json.loads((project.root / "seen.json").read_text(encoding="utf-8"))
    data["rendered"] = (project.root / "out" / "kpis" / "new-leads" / "index.md").read_text(
        encoding="utf-8")
    return data


@pytest.fixture(scope="module")
def seen(tmp_path_factory) -> dict:
    return _seen(tmp_path_factory.mktemp("hooks") / "p")


SRC = "kpis/new-leads/index.md"


def test_on_files_sees_the_generated_files_with_the_rendered_page(seen):
    generated_by, content = seen["files"][SRC]
    assert generated_by == "kpi-catalog"
    assert content == seen["rendered"], "the plugin's page is the page kpi render writes"


def test_on_page_markdown_sees_the_page_kpi_render_writes(seen):
    markdown = seen["markdown"][SRC]
    assert seen["rendered"].endswith(markdown), "the same page, its front matter taken off"
    assert markdown.startswith("# New leads per month")
    assert '<figure class="kpi-trend" data-search-exclude>' in markdown  # whole, no placeholder
    assert "kpi-catalog-" not in markdown


@pytest.mark.parametrize("event", ["content", "context"])
def test_the_page_events_see_the_whole_html(seen, event):
    html = seen[event][SRC]
    assert "<svg" in html and 'class="kpi-rag' in html and "New leads per month" in html
    assert html.count("data-search-exclude") == seen["content"][SRC].count("data-search-exclude")
    assert seen["post_page"][SRC] is True


def test_after_the_build_a_generated_page_s_html_is_empty(seen):
    """Every on_post_page has seen the whole page (above); then the plugin lets go of it."""
    generated = [src for src in seen["post_build"] if src != "index.md"]
    assert SRC in generated and "kpis/index.md" in generated
    for src in generated:
        assert seen["post_build"][src] == ""
    assert "# Home" not in seen["post_build"]["index.md"]
    assert seen["post_build"]["index.md"], "a hand-written page keeps its HTML"


def test_keep_content_keeps_every_generated_page_s_html(tmp_path):
    kept = _seen(tmp_path / "p", plugin={"keep_content": True})
    assert "New leads per month" in kept["post_build"][SRC]
    for src, html in kept["post_build"].items():
        assert html == kept["context"][src]


def test_every_on_page_content_sees_the_page_s_markdown(seen):
    """At the default priority and at MkDocs' "last" (-100): the plugin lets go of it
    only after them."""
    for src in (SRC, "index.md", "kpis/index.md"):
        assert seen["markdown_in_content"][src] == seen["markdown"][src]
        assert seen["markdown_last"][src] == seen["markdown"][src]
    assert "New leads per month" in seen["markdown_last"][SRC]


def test_after_on_page_content_a_generated_page_s_markdown_is_empty(seen):
    generated = [src for src in seen["markdown"] if src != "index.md"]
    assert SRC in generated and "kpis/index.md" in generated
    for src in generated:
        assert seen["markdown_in_context"][src] == ""
        assert seen["markdown_after"][src] == ""
    assert seen["title_in_context"][SRC] == "New leads per month", "the title stays"


def test_a_hand_written_page_keeps_its_markdown(seen):
    assert seen["markdown"]["index.md"].startswith("# Home")
    assert seen["markdown_in_context"]["index.md"] == seen["markdown"]["index.md"]
    assert seen["markdown_after"]["index.md"] == seen["markdown"]["index.md"]


def test_keep_markdown_keeps_every_generated_page_s_markdown(tmp_path):
    kept = _seen(tmp_path / "p", plugin={"keep_markdown": True})
    assert "New leads per month" in kept["markdown"][SRC]
    for src, markdown in kept["markdown"].items():
        assert kept["markdown_in_context"][src] == markdown
        assert kept["markdown_after"][src] == markdown
