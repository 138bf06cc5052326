"""A site named with markup (`site_name: Test <b>&amp; catalog` in mkdocs.yml, the catalog's
name too) and a translated name with quotes and a tag: what the plugin writes is escaped.

Material for MkDocs writes mkdocs.yml's site_name into the page as it is (in <title>, the
header and an aria-label): on the first language's pages that is the site's own text and the
theme's doing (docs/reference/plugin.md says so). On the pages of another language the plugin
puts the catalog's name in that language there, a contributor's text: its `"` ended the
aria-label (`aria-label="Katalog "uji" <i>miring"`) and its `<i>` set the rest of the page
in italics."""

from __future__ import annotations

import html
import json

import pytest
from lxml import etree
from site_helpers import Built, make_project, parse_html, small_catalog

NAME = "Test <b>&amp; catalog"
NAME_ID = 'Katalog "uji" <i>miring'


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    files = small_catalog()
    files["catalog.yml"] = {"name": NAME, "language": "en", "languages": ["en", "id"],
                            "translations": {"id": {"name": NAME_ID}}}
    done = make_project(tmp_path_factory.mktemp("named"), files, site_name=NAME).build()
    assert done.returncode == 0, done.output[-3000:]
    return done


def test_the_translated_name_is_text_where_the_theme_writes_the_site_name(built):
    page = parse_html(built.page("id/kpis/new-leads/"))
    assert not page.find("i"), "the name's <i> is markup"
    labels = [e.attrs["aria-label"] for e in page.elements if "Katalog" in
              e.attrs.get("aria-label", "")]
    assert labels and set(labels) == {NAME_ID}  # the whole name, in the attribute
    titles = [e.attrs["title"] for e in page.find("a") if "Katalog" in e.attrs.get("title", "")]
    assert titles and set(titles) == {NAME_ID}  # not escaped twice
    # a browser decodes the references in <title> (the parser keeps its text as written)
    assert html.unescape(page.find("title")[0].text).endswith(f" - {NAME_ID}")
    assert NAME_ID in page.text  # the header


@pytest.mark.parametrize("root, name", [("", NAME), ("id/", NAME_ID)])
def test_feeds_llms_and_api_hold_the_name_as_text(built, root, name):
    feed = etree.parse(str(built.site / root / "feed.xml")).getroot()
    assert feed.findtext("{http://www.w3.org/2005/Atom}title") == name
    llms = (built.site / root / "llms.txt").read_text(encoding="utf-8")
    assert "<b>" not in llms and "<i>" not in llms
    api = json.loads((built.site / "api/v1/catalog.json").read_text(encoding="utf-8"))
    assert api["name"] == NAME  # JSON: the text as written
