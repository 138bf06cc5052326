"""``python -m kpi_catalog.docs_gen [DOCS] [--check]``: refresh the generated reference pages."""

from __future__ import annotations

import sys
from pathlib import Path

from kpi_catalog.docs_gen import REFRESH_COMMAND, refresh, stale_pages


def main(argv: list[str]) -> int:
    check = "--check" in argv
    folders = [a for a in argv if a != "--check"]
    docs = Path(folders[0] if folders else "docs")
    if not docs.is_dir():
        print(f"There is no docs folder at {docs}; run this from the repository root.",
              file=sys.stderr)
        return 2
    if check:
        stale = stale_pages(docs)
        for page in stale:
            print(f"{page}: generated parts are out of date", file=sys.stderr)
        if stale:
            print(f"Refresh them with: {REFRESH_COMMAND}", file=sys.stderr)
        return 1 if stale else 0
    for page in refresh(docs):
        print(f"wrote {page}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
