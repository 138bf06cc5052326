"""The example site, built with mkdocs from a git checkout with two commits, shows history
on the KPI pages that changed (and only the commit that added the others)."""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import sys
from pathlib import Path

from changes_helpers import GitCatalog

from catalog_factory import copy_semantic_manifest

REPO = Path(__file__).resolve().parents[2]
KPI = "kpis/marketing/sales-qualified-leads.yml"


def test_the_example_site_shows_history_on_the_kpi_pages_that_changed(tmp_path):
    repo = GitCatalog(tmp_path / "example")
    for name in ("kpis", "docs", "overrides"):
        if (REPO / name).exists():
            shutil.copytree(REPO / name, repo.repo / name)
    copy_semantic_manifest(repo.repo)
    shutil.copy(REPO / "mkdocs.yml", repo.repo / "mkdocs.yml")
    repo.git("init", "-q", "-b", "main")
    repo.commit("The example catalog")
    path = repo.repo / KPI
    text = path.read_text(encoding="utf-8")
    assert text.count("target: {value: 260, ") == 1
    path.write_text(text.replace("target: {value: 260, ", "target: {value: 240, ")
                    + "changes:\n  - {date: 2026-11-30, reason: Two account managers left.}\n",
                    encoding="utf-8")
    repo.commit("Lower the SQL target")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
                          cwd=repo.repo, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1",
                               "PYTHONPATH": str(REPO / "plugins")})
    assert done.returncode == 0, done.stderr
    changed = (repo.repo / "site/kpis/sales-qualified-leads/index.html").read_text("utf-8")
    # as a reader sees it: the site writes non-ASCII characters (→) as references (&#8594;)
    history = html.unescape(changed[changed.index('class="kpi-history"'):])
    # the first commit also added the confidential and the internal KPI: on this public site
    # its subject is withheld, its date and author shown alone (test_history_hostile.py)
    hidden = "</time> (Ana Analyst)</p>"
    assert history.index("Lower the SQL target") < history.index(hidden)
    assert "The example catalog" not in history and "does not show" not in history
    assert "Target made easier: 260 SQLs per month → 240 SQLs per month" in history
    # the Indonesian page says the unit as the KPI's Indonesian texts give it
    indonesian = (repo.repo / "site/id/kpis/sales-qualified-leads/index.html").read_text("utf-8")
    assert "Target dipermudah: 260 SQL per bulan → 240 SQL per bulan" in html.unescape(
        indonesian[indonesian.index('class="kpi-history"'):])
    assert "Reason: Two account managers left." in history
    unchanged = (repo.repo / "site/kpis/online-gmv/index.html").read_text("utf-8")
    section = unchanged[unchanged.index('class="kpi-history"'):]
    assert hidden in section and "Lower the SQL target" not in section
    # commit messages are no search words: every KPI page would match each of them
    index = (repo.repo / "site/search/search_index.json").read_text("utf-8")
    assert "Lower the SQL target" not in index
    assert "Sales-qualified leads" in index
