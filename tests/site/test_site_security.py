"""The security battery, built: payloads in every text field of every catalog file, each
group built into a site with ``mkdocs build --strict``, every HTML file read back.

What a payload may do to a page: nothing but show as text. Each hostile page has no
element and no attribute that the same page of the clean catalog lacks, no event handler
attribute, no script from a payload and no ``javascript:``/``data:`` URL. The browser
half (nothing runs in Chromium) is tests/browser/test_browser_security.py.
"""

from __future__ import annotations

from collections import Counter

import pytest
from security_battery import (
    GROUPS,
    LABELS_ONLY,
    MARK,
    RUN,
    base_catalog,
    build,
    build_site,
    refused_by_labels,
)
from site_helpers import added_by_length, parse_html

URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "srcdoc", "poster",
                  "background", "data", "srcset")
GENERATED = ["kpis/", "kpis/new-leads/", "kpis/sql-handover/", "kpis/deal-cycle/",
             "kpis/csat-range/", "kpis/draft-idea/", "departments/", "departments/marketing/",
             "departments/sales/", "objectives/", "objectives/grow-pipeline/",
             "objectives/keep-customers/", "glossary/"]


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    return build_site(tmp_path_factory.mktemp("clean"), base_catalog())


@pytest.fixture(scope="module", params=list(GROUPS))
def battery(request, tmp_path_factory):
    return build(request.param, tmp_path_factory.mktemp(request.param))


def shape(html: str) -> tuple[Counter, dict[str, set[str]]]:
    """How many elements of each tag a page has, and which attributes each tag uses."""
    counts: Counter = Counter()
    attributes: dict[str, set[str]] = {}
    for element in parse_html(html).elements:
        counts[element.tag] += 1
        attributes.setdefault(element.tag, set()).update(element.attrs)
    return counts, attributes


def test_every_catalog_file_holds_the_payload(battery):
    catalog, _ = battery
    # A file whose text fields are all one-line labels refuses the control characters in
    # every one of them (located errors, checked below); every other file takes the payload.
    files = {name for name, _ in catalog.placed} | {name for name, _ in catalog.refused}
    assert files == set(catalog.files), f"no text field tried in {set(catalog.files) - files}"
    kinds = {path[-1] if isinstance(path[-1], str) else path[-2] for _, path in catalog.placed}
    assert {"description", "note"} <= kinds, "the multi-line fields take every payload"
    for (name, _path), error in catalog.refused.items():  # located, naming the field
        assert name in error and ":" in error, error


@pytest.mark.parametrize("path", GENERATED + ["", "blocks/"])
def test_payloads_add_no_element_and_no_attribute(battery, clean, path):
    catalog, built = battery
    hostile_counts, hostile_attributes = shape(built.page(path))
    clean_counts, clean_attributes = shape(clean.page(path))
    new = {tag: n - clean_counts[tag] for tag, n in hostile_counts.items()
           if n > clean_counts[tag] and tag not in added_by_length(path)}
    assert not new, f"{catalog.group}: {path} has elements the clean page has not: {new}"
    for tag, names in hostile_attributes.items():
        extra = names - clean_attributes.get(tag, set())
        assert not extra, f"{catalog.group}: <{tag}> on {path} has new attributes {extra}"


def test_no_handler_script_or_unsafe_url_on_any_page(battery):
    catalog, built = battery
    pages = built.pages()
    assert len(pages) >= len(GENERATED) + 2
    for page in pages:
        doc = parse_html(page.read_text(encoding="utf-8"))
        where = f"{catalog.group}: {page.relative_to(built.site)}"
        for element in doc.elements:
            if element.tag in ("script", "style"):
                assert "__pwned" not in element.text and MARK not in element.text, \
                    f"{where}: a <{element.tag}> holds a payload"
            for name, value in element.attrs.items():
                assert not name.startswith("on"), f"{where}: <{element.tag} {name}={value!r}>"
                if name in URL_ATTRIBUTES:
                    squeezed = "".join(value.split()).lower()
                    assert not squeezed.startswith(("javascript:", "data:", "vbscript:")), \
                        f"{where}: <{element.tag} {name}={value!r}>"




@pytest.mark.parametrize("path", GENERATED + [""])
def test_the_payload_shows_as_text(battery, path):
    catalog, built = battery
    text = parse_html(built.page(path)).text
    if refused_by_labels(catalog.group) and path in LABELS_ONLY:  # refused (located)
        assert MARK not in text, f"{catalog.group}: a refused payload is on {path}"
    else:
        assert MARK in text, f"{catalog.group}: the payload is not on {path}"
    if catalog.group == "markup" and path == "kpis/new-leads/":
        for literal in (f"<script>{RUN};alert(1)</script>", "*em* **strong** `code`",
                        "{{ 7*7 }} {% raw %}", f"[md](javascript:{RUN})"):
            assert literal in text, f"{literal!r} is not shown as written"
