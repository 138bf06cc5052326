"""Under `mkdocs serve`, a rebuild after one KPI file changed reuses what did not change,
and the site it writes is byte for byte the site a fresh build writes.

Both builds run in child processes through benchmarks/serve_rebuild.py, which builds as
`mkdocs serve` does (one plugin instance across builds, the serve address as site_url).
"""

from __future__ import annotations

import filecmp
import json
import re
import subprocess
import sys
from pathlib import Path

from site_helpers import ENV, REPO, make_project

SCRIPT = REPO / "benchmarks" / "serve_rebuild.py"


def served(project: Path, site: Path, *edit: str) -> dict:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(project), str(site), *edit],
        env=ENV, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def differences(a: Path, b: Path) -> list[str]:
    compared = filecmp.dircmp(a, b)
    found = [f"{a.name}: only in one: {compared.left_only + compared.right_only}"] if (
        compared.left_only or compared.right_only) else []
    _, mismatch, errors = filecmp.cmpfiles(a, b, compared.common_files, shallow=False)
    found += [str(a / name) for name in mismatch + errors]
    for sub in compared.common_dirs:
        found += differences(a / sub, b / sub)
    return found


def test_a_rebuild_after_an_edit_writes_the_site_a_fresh_build_writes(tmp_path):
    rebuilt, fresh = make_project(tmp_path / "a"), make_project(tmp_path / "b")
    for project in (rebuilt, fresh):
        project.write_config()
    kpi = "kpis/marketing/new-leads.yml"
    result = served(rebuilt.root, tmp_path / "a-site", "--edit", str(rebuilt.root / kpi))
    edited = fresh.root / kpi  # the same edit, then one fresh served build
    edited.write_text(re.sub(r"^name: (.+)$", r"name: \1 (edited)",
                             edited.read_text(encoding="utf-8"), count=1, flags=re.M),
                      encoding="utf-8")
    served(fresh.root, tmp_path / "b-site")
    assert "(edited)" in (tmp_path / "a-site" / "kpis" / "new-leads" / "index.html").read_text()
    assert differences(tmp_path / "a-site", tmp_path / "b-site") == []
    reused = result["reused"]
    assert min(reused.values()) > 0, f"the rebuild reused nothing of one kind: {reused}"


def test_mkdocs_build_keeps_nothing(tmp_path):
    """A plain build has no next build: nothing is reused, nothing is kept."""
    project = make_project(tmp_path / "p")
    built = project.build()
    assert built.returncode == 0, built.output
    html = (built.site / "kpis" / "new-leads" / "index.html").read_text()
    assert "kpi_catalog_cached_page" not in html and "serve-cache" not in html
