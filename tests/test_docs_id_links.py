"""The hand-written Indonesian pages (docs/id/) link the Indonesian page of what they name
where it exists: a rule's page in docs/id/rules/, a guide in docs/id/guide/; the English
page only where there is no Indonesian one yet."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"
PAGES = sorted((DOCS / "id").rglob("*.md"))
LINK = re.compile(r"\]\(([^)\s#]+\.md)(#[^)\s]*)?\)")


def english_links_with_an_indonesian_twin(page: Path, docs: Path = DOCS) -> list[str]:
    """The links of ``page`` (in the folder ``docs``) to an English page whose Indonesian
    twin exists."""
    here = page.parent.relative_to(docs).as_posix()
    found = []
    for match in LINK.finditer(page.read_text(encoding="utf-8")):
        target = posixpath.normpath(posixpath.join(here, match[1]))
        if not target.startswith(("id/", "../")) and (docs / "id" / target).is_file():
            found.append(f"{match[1]} (docs/id/{target} exists)")
    return found


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_an_indonesian_page_links_the_indonesian_twin(page):
    assert english_links_with_an_indonesian_twin(page) == []


def test_the_check_sees_a_link_to_the_english_twin(tmp_path):
    for name in ("rules/K101.md", "rules/K103.md", "id/rules/K101.md", "id/guide/a.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("# page\n", encoding="utf-8")
    guide = tmp_path / "id" / "guide" / "a.md"
    guide.write_text("[K101](../../rules/K101.md#why), [K103](../../rules/K103.md), "
                     "[K101](../rules/K101.md)\n", encoding="utf-8")
    assert english_links_with_an_indonesian_twin(guide, tmp_path) == [
        "../../rules/K101.md (docs/id/rules/K101.md exists)"]
