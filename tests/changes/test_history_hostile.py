"""History on KPI pages against hostile commits: an alias bomb that lives on in git, commit
subjects that speak of KPIs a build's audience may not read, bidi controls in git metadata."""

from __future__ import annotations

import logging
import re
from datetime import date

import markdown
import pytest
from changes_helpers import dump, kpi

from kpi_catalog.changes.history import read_history
from kpi_catalog.reading.loader import load_catalog
from kpi_catalog.site import SiteOptions, generate_pages
from kpi_catalog.site.render import render_site

BOMB = "x" * 5_000


def _bomb(kpi_id: str) -> str:
    """A valid KPI whose tags repeat a 5,000-character anchor 99,000 times (400 KB written,
    495 million characters read)."""
    text = dump(kpi(kpi_id))
    return text + f"description: &d {BOMB}\ntags: [" + ", ".join(["*d"] * 99_000) + "]\n"


def _page(catalog, kpi_id: str, **options) -> str:
    page = next(p for p in generate_pages(catalog, options=SiteOptions(history=True, **options))
                if p.src_uri == f"kpis/{kpi_id}/index.md")
    return markdown.markdown(page.body)


def test_an_alias_bomb_in_an_old_version_is_shown_as_unreadable(repo):
    repo.write_kpi(kpi("leads"))
    repo.commit("Add")
    repo.write("kpis/marketing/leads.yml", _bomb("leads"))
    repo.commit("Bomb")
    repo.write_kpi(kpi("leads"))
    repo.commit("Revert the bomb")
    catalog = load_catalog(repo.repo / "kpis").catalog
    entries = read_history(catalog)["leads"]
    assert [(e.subject, e.readable) for e in entries] == [
        ("Revert the bomb", False), ("Bomb", False), ("Add", True)]
    assert "could not be read" in _page(catalog, "leads")


def test_old_versions_over_the_file_limit_are_not_read(repo):
    repo.write_kpi(kpi("leads"))
    repo.commit("Add")
    repo.write("kpis/marketing/leads.yml", dump(kpi("leads")) + "# " + "y" * 1_100_000 + "\n")
    repo.commit("Too large")
    repo.write_kpi(kpi("leads", owner="Someone"))
    repo.commit("Back")
    entries = read_history(load_catalog(repo.repo / "kpis").catalog)["leads"]
    assert [e.readable for e in entries] == [False, False, True]


def test_history_has_a_budget_per_build_newest_first(repo, caplog):
    for owner in ("Ana", "Budi", "Citra", "Dewi"):
        repo.write_kpi(kpi("leads", owner=owner))
        repo.commit(f"Owner {owner}")
    catalog = load_catalog(repo.repo / "kpis").catalog
    size = len(dump(kpi("leads", owner="Ana")).encode())
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.kpi_catalog"):
        entries = read_history(catalog, budget=3 * size)["leads"]
    # newest first: Dewi's file is the loaded one; Citra's and Budi's fit the budget
    assert [(e.subject, e.readable) for e in entries] == [
        ("Owner Dewi", True), ("Owner Citra", True), ("Owner Budi", False), ("Owner Ana", True)]
    assert any("budget" in r.getMessage() for r in caplog.records)


def _mixed_commit(repo, secret: str = "confidential"):
    repo.write_kpi(kpi("leads"))
    repo.write_kpi(kpi("salaries", visibility=secret))
    repo.commit("Add")
    repo.write_kpi(kpi("leads", owner="New owner"))
    repo.write_kpi(kpi("salaries", visibility=secret, owner="CFO"))
    repo.commit("CEO salary set to IDR 9.9 billion; leads owner changed")


def test_a_subject_that_touched_a_hidden_kpi_is_not_on_a_public_page(repo):
    _mixed_commit(repo)
    catalog = load_catalog(repo.repo / "kpis").catalog
    public = _page(catalog, "leads", audience="public")
    assert "9.9 billion" not in public and "CEO salary" not in public
    assert "Owner changed" in public  # what changed in this KPI is still shown
    # the commit's date and author alone: a line saying that it also changed a KPI the
    # site does not show, repeated on every such commit, told the public that a hidden KPI
    # changed that day and the reader nothing else
    commit = public[public.index('class="kpi-history"'):].split("<li>")[1]
    assert re.search(r'<p class="kpi-history__commit"><time datetime="[0-9-]+">[^<]+</time> '
                     r'\(Ana Analyst\)</p>', commit), commit
    assert "does not show" not in public and "KPI" not in commit.partition("<ul>")[0]
    internal = _page(catalog, "leads", audience="internal")
    assert "CEO salary set to IDR 9.9 billion" in internal


def test_an_internal_kpi_hides_subjects_from_a_public_build_too(repo):
    _mixed_commit(repo, secret="internal")
    catalog = load_catalog(repo.repo / "kpis").catalog
    assert "9.9 billion" not in _page(catalog, "leads", audience="public")


def test_a_subject_that_touched_a_deleted_kpi_is_not_on_a_public_page(repo):
    _mixed_commit(repo)
    repo.remove("kpis/marketing/salaries.yml")
    repo.commit("Remove the salaries KPI")
    catalog = load_catalog(repo.repo / "kpis").catalog
    assert "9.9 billion" not in _page(catalog, "leads", audience="public")


BIDI = "\u202e\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u200e\u200f\u061c"


def test_bidi_controls_in_git_metadata_never_reach_a_page(repo):
    repo.write_kpi(kpi("leads"))
    repo.commit("Add")
    repo.write_kpi(kpi("leads", owner="New owner"))
    repo.commit(f"Owner {BIDI}gnp.exe changed")
    page = _page(load_catalog(repo.repo / "kpis").catalog, "leads")
    assert "Owner gnp.exe changed" in page
    for char in BIDI:
        assert char not in page and f"&#{ord(char)};" not in page and \
            f"&#x{ord(char):x};" not in page.lower()


SECRET = {"statement": "Keep the ratio of the top salary to the median below 20 by 31 "
                       "December 2026.", "visibility": "confidential"}


def _secret_gone(repo, renamed_to: str | None) -> None:
    """A public KPI once related to a confidential one, which was renamed (to
    ``renamed_to``) or deleted since: its old id is only in the public KPI's history."""
    repo.write_kpi(kpi("leads", related=["salary-ratio"]))
    repo.write_kpi(kpi("salary-ratio", **SECRET))
    repo.commit("Add")
    repo.write_kpi(kpi("leads"))
    repo.commit("Leads stand alone")
    repo.remove("kpis/marketing/salary-ratio.yml")
    if renamed_to:
        repo.write_kpi(kpi(renamed_to, **SECRET))
    repo.commit("Rename" if renamed_to else "Remove")


def _feed(catalog, folder, audience: str) -> str:
    render_site(catalog, folder, today=date(2026, 11, 25), options=SiteOptions(
        site_url="https://kpi.example.org/", history=True, audience=audience))
    return (folder / "feed.xml").read_text(encoding="utf-8")


@pytest.mark.parametrize("renamed_to", ["pay-ratio", None])
def test_a_hidden_or_deleted_kpi_s_old_id_is_not_on_a_public_page(repo, tmp_path, renamed_to):
    """History follows a rename: the old id of a KPI the audience may not read is as hidden
    as its id now, on the page and in the feed, where a change of another KPI names it. A
    KPI deleted since may have been confidential, which the build cannot know (as for a
    commit's subject): a change naming it is left out too."""
    _secret_gone(repo, renamed_to)
    catalog = load_catalog(repo.repo / "kpis").catalog
    assert "salary" not in _page(catalog, "leads", audience="public")
    assert "salary" not in _feed(catalog, tmp_path / "public", "public")
    assert "salary-ratio" in _page(catalog, "leads", audience="internal")
    assert "salary-ratio" in _feed(catalog, tmp_path / "internal", "internal")
