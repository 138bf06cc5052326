"""`mkdocs serve`'s builds in one process, as its live reload makes them: for the live-preview
benchmark and for the test that a rebuild gives the same site as a fresh build.

    python serve_rebuild.py PROJECT SITE            # one served build, fresh
    python serve_rebuild.py PROJECT SITE --edit F   # a served build, F edited, a rebuild

Prints one JSON line: the CPU seconds of each build and what the plugin reused. The edit
adds a word to the name of the KPI in file F (a plain `name:` line), so its page, the
listing pages and the pages of the KPIs linked to it change.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import resource
import sys
import time
from pathlib import Path

SERVE_URL = "http://127.0.0.1:8000/"


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("project", type=Path)
    parser.add_argument("site", type=Path)
    parser.add_argument("--edit", type=Path, default=None)
    args = parser.parse_args()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.basicConfig(level=logging.ERROR)
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    def served_build() -> tuple[float, float, object]:
        config = load_config(str(args.project / "mkdocs.yml"), site_dir=str(args.site))
        config.site_url = SERVE_URL  # as `mkdocs serve` does before each build
        if not hasattr(served_build, "started"):
            config.plugins.on_startup(command="serve", dirty=False)
            served_build.started = True
        before, started = _cpu(), time.perf_counter()
        build(config, serve_url=SERVE_URL)
        return _cpu() - before, time.perf_counter() - started, config.plugins["kpi-catalog"]

    first, first_wall, plugin = served_build()
    result = {"first_cpu": first, "first_wall": first_wall}
    if args.edit is not None:
        text = args.edit.read_text(encoding="utf-8")
        edited = re.sub(r"^name: (.+)$", r"name: \1 (edited)", text, count=1, flags=re.M)
        assert edited != text, f"no plain `name:` line in {args.edit}"
        args.edit.write_text(edited, encoding="utf-8")
        for memo in plugin.page_memos.values():  # one per language of the catalog
            memo.reused = 0
        result["rebuild_cpu"], result["rebuild_wall"], plugin = served_build()
        result["reused"] = {"files": plugin.load_memo.last_reused,
                            "pages": sum(memo.reused for memo in plugin.page_memos.values())}
    plugin.on_shutdown()  # as `mkdocs serve` does when it stops: the plugin's folder goes
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
