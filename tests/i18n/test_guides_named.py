"""An Indonesian message that sends its reader to a guide names the guide's Indonesian page
when there is one (`docs/id/guide/alerts.md`), as the English message names the English one."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "plugins/kpi_catalog/i18n/locale/id/LC_MESSAGES/kpi_catalog.po"
GUIDE = re.compile(r"docs/guide/([a-z0-9-]+)\.md")


def translations() -> list[str]:
    with PO.open("rb") as po:
        found = []
        for message in read_po(po):
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            found += [text for text in strings if text]
        return found


def test_indonesian_messages_name_the_indonesian_guides():
    texts = translations()
    assert any("/guide/" in text for text in texts)  # the test reads what it should
    english_only = sorted({f"docs/guide/{name}.md" for text in texts
                           for name in GUIDE.findall(text)
                           if (ROOT / "docs/id/guide" / f"{name}.md").is_file()})
    assert not english_only, f"name docs/id/guide/... instead: {english_only}"
