"""History on KPI pages: one pass over git, the field changes in words, never a failure."""

from __future__ import annotations

import logging
import re
import subprocess
from html import unescape

import markdown
import pytest
from changes_helpers import kpi

from kpi_catalog.changes import history
from kpi_catalog.changes.history import read_history
from kpi_catalog.i18n.labels import labels
from kpi_catalog.reading.loader import load_catalog
from kpi_catalog.site import SiteOptions, generate_pages
from kpi_catalog.site.history_view import history_view

REASON = {"date": "2026-11-30", "reason": "Two account managers left.", "fields": ["target"]}


def _three_commits(repo):
    repo.write_kpi(kpi("leads"))
    repo.write_kpi(kpi("deals"))
    repo.commit("Add leads and deals")
    repo.write_kpi(kpi("leads", target={"value": 140, "date": "2026-12-31"}, changes=[REASON]))
    repo.remove("kpis/marketing/deals.yml")
    repo.write_kpi(kpi("deals", department="sales"))
    repo.commit("<script>alert(1)</script> Lower the leads target", when="2026-06-15T10:00:00")
    path = repo.repo / "kpis/marketing/leads.yml"
    path.write_text("# Owned by Marketing\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    repo.commit("Comment the leads file")


def _kinds(entries):
    return [[c.kind for c in e.changes] for e in entries]


def test_every_commit_of_each_kpi_with_its_changes_newest_first(repo):
    _three_commits(repo)
    history = read_history(load_catalog(repo.repo / "kpis").catalog)
    leads = history["leads"]
    assert [e.subject for e in leads] == [
        "Comment the leads file", "<script>alert(1)</script> Lower the leads target",
        "Add leads and deals"]
    assert _kinds(leads) == [[], ["target_easier", "note_added"], ["added"]]
    assert leads[1].changes[0].reason == "Two account managers left."
    assert leads[0].author == "Ana Analyst" and leads[0].readable
    assert _kinds(history["deals"]) == [["moved"], ["added"]]


def test_an_unreadable_old_version_is_named_not_fatal(repo):
    repo.write_kpi(kpi("leads"))
    repo.commit("Add")
    repo.write("kpis/marketing/leads.yml", "id: leads\nname: [broken\n")
    repo.commit("Break")
    repo.write_kpi(kpi("leads", owner="Someone else"))
    repo.commit("Fix")
    entries = read_history(load_catalog(repo.repo / "kpis").catalog)["leads"]
    assert [(e.subject, e.readable) for e in entries] == [
        ("Fix", False), ("Break", False), ("Add", True)]


def test_the_kpi_page_shows_the_history_escaped_and_in_the_sites_language(repo):
    _three_commits(repo)
    catalog = load_catalog(repo.repo / "kpis").catalog
    page = next(p for p in generate_pages(catalog, options=SiteOptions(history=True))
                if p.src_uri == "kpis/leads/index.md")
    html = markdown.markdown(page.body)
    section = html[html.index("kpi-history"):]
    assert "<script>" not in section and "&lt;script&gt;" in section
    assert "Target made easier: 150 leads → 140 leads" in section
    assert "Reason: Two account managers left." in section
    assert "Layout or comments only" in section
    mark = re.search(r'<line class="kpi-trend-change" x1="([\d.]+)"[^>]*><title>([^<]*)</title>',
                     html)
    assert mark and unescape(mark.group(2)) == (
        "15 June 2026: target made easier: 150 leads → 140 leads")
    entries = read_history(catalog)["leads"]
    indonesian = history_view(entries, labels("id"), "en")
    assert indonesian[1]["changes"][0]["text"] == "Target dipermudah: 150 leads → 140 leads"


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_commit_subject_is_marked_as_of_unknown_language(repo, language):
    """A subject is in whatever language its author wrote it (nothing records which): on the
    pages of each language it is in an element whose `lang` is empty, HTML's "unknown",
    escaped as before. Before, it was read as the page's language: an Indonesian subject on
    the English page by an English voice, and the other way round."""
    repo.write_kpi(kpi("leads"))
    repo.commit("Tambah KPI prospek <b>baru</b>")
    catalog = load_catalog(repo.repo / "kpis").catalog
    [page] = [p for p in generate_pages(catalog, options=SiteOptions(
        language=language, languages=("en", "id"), history=True))
        if p.src_uri.endswith("kpis/leads/index.md")]
    commit = page.body.partition('<p class="kpi-history__commit">')[2].partition("</p>")[0]
    assert '<span lang="">Tambah KPI prospek &lt;b&gt;baru&lt;/b&gt;</span> (Ana Analyst)' \
        in commit, commit
    assert commit.count("lang=") == 1, "the author's name is a name: no language of its own"


def test_a_changed_deadline_on_the_kpi_page_reads_as_the_page_writes_dates(repo):
    """The history said `2026-12-31 → 2027-06-30` on a page that writes `31 December 2026`
    (`31 Desember 2026` on the Indonesian page)."""
    repo.write_kpi(kpi("leads"))
    repo.commit("Add leads")
    repo.write_kpi(kpi("leads", target={"value": 150, "date": "2027-06-30"}))
    repo.commit("Later deadline")
    catalog = load_catalog(repo.repo / "kpis").catalog
    page = next(p for p in generate_pages(catalog, options=SiteOptions(history=True))
                if p.src_uri == "kpis/leads/index.md")
    section = markdown.markdown(page.body).partition("kpi-history")[2]
    assert "Deadline moved later: 31 December 2026 → 30 June 2027" in section
    indonesian = history_view(read_history(catalog)["leads"], labels("id"), "en")
    assert indonesian[0]["changes"][0]["text"] == (
        "Tenggat dimundurkan: 31 Desember 2026 → 30 Juni 2027")


def test_without_the_option_there_is_no_history_and_no_git_call(repo, monkeypatch):
    _three_commits(repo)
    catalog = load_catalog(repo.repo / "kpis").catalog
    monkeypatch.setattr("kpi_catalog.site.generator.read_history",
                        lambda _: (_ for _ in ()).throw(AssertionError("git was read")))
    page = next(p for p in generate_pages(catalog) if p.src_uri == "kpis/leads/index.md")
    assert "kpi-history" not in page.body


def test_a_shallow_clone_leaves_history_out_with_one_info_line(repo, tmp_path, caplog):
    _three_commits(repo)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo.repo}", str(clone)],
                   check=True)
    catalog = load_catalog(clone / "kpis").catalog
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.kpi_catalog"):
        assert read_history(catalog) is None
        page = next(p for p in generate_pages(catalog, options=SiteOptions(history=True))
                    if p.src_uri == "kpis/leads/index.md")
    assert "kpi-history" not in page.body
    lines = [r.getMessage() for r in caplog.records if "history" in r.getMessage()]
    assert len(lines) == 2 and "shallow clone" in lines[0]  # once per read_history call


def test_outside_git_history_is_left_out(tmp_path, caplog):
    from changes_helpers import new_repo
    plain = new_repo(tmp_path / "plain")
    plain.write_kpi(kpi("leads"))
    (plain.repo / ".git").rename(plain.repo / "no-git")
    (plain.repo / ".git").mkdir()  # a folder that only looks like a repository
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.kpi_catalog"):
        assert read_history(load_catalog(plain.repo / "kpis").catalog) is None
    assert any("history is left out" in r.getMessage() for r in caplog.records)


def test_chart_marks_only_days_inside_the_chart():
    from datetime import date

    from kpi_catalog.model.kpi import Kpi
    from kpi_catalog.site.charts import trend_svg

    leads = Kpi.model_validate(kpi("leads"))
    inside = trend_svg(leads, None, date(2026, 11, 27), labels={},
                       changes=[(date(2026, 6, 1), "baseline changed <b>")])
    outside = trend_svg(leads, None, date(2026, 11, 27), labels={},
                        changes=[(date(2029, 6, 1), "baseline changed")])
    assert inside.count('class="kpi-trend-change"') == 1
    assert "2026-06-01: baseline changed &lt;b&gt;" in inside
    assert "kpi-trend-change" not in outside
    assert outside == trend_svg(leads, None, date(2026, 11, 27), labels={})


def test_a_move_on_the_kpi_page_names_the_departments(repo):
    """The history of a KPI moved to Sales read `moved to another department: marketing →
    sales`, the folders' ids, where `kpi diff` and the rest of the page say the names."""
    _three_commits(repo)
    catalog = load_catalog(repo.repo / "kpis").catalog
    page = next(p for p in generate_pages(catalog, options=SiteOptions(history=True))
                if p.src_uri == "kpis/deals/index.md")
    section = markdown.markdown(page.body).partition("kpi-history")[2]
    assert "Moved to another department: Marketing → Sales" in section, section


def test_a_renamed_kpi_keeps_its_history_under_its_new_id(repo):
    """`git mv` and a new id: the page of the new id lists the commits of the old one, with
    the rename said once, as `kpi diff` says it."""
    repo.write_kpi(kpi("leads"))
    repo.write_kpi(kpi("deals", statement="Win 20 deals per month by 31 December 2026."))
    repo.commit("Add leads")
    repo.write_kpi(kpi("leads", owner="Head of Marketing"))
    repo.commit("New owner")
    repo.git("mv", "kpis/marketing/leads.yml", "kpis/marketing/new-leads.yml")
    repo.write_kpi(kpi("new-leads", owner="Head of Marketing"))
    repo.commit("Rename leads")
    repo.write_kpi(kpi("leads", statement="Answer 95% of leads within a day by 31 December "
                       "2026."))  # a new KPI under the old id
    repo.commit("A new KPI called leads")
    history = read_history(load_catalog(repo.repo / "kpis").catalog)
    assert [(e.subject, _kinds([e])[0]) for e in history["new-leads"]] == [
        ("Rename leads", ["renamed", "changed"]),  # the name changed with the id
        ("New owner", ["owner_changed"]), ("Add leads", ["added"])]
    assert history["new-leads"][0].touched == frozenset({"new-leads"})
    assert _kinds(history["leads"]) == [["added"]]
    said = [c["text"] for c in history_view(history["new-leads"], labels("id"), "en")[0]["changes"]]
    assert said[0] == "Berganti id, sebelumnya leads"


def test_renames_are_followed_in_the_newest_commits_only(repo, monkeypatch, caplog):
    """Each rename lists the catalog's tree twice: a history of many is followed in its
    newest commits, the older shown as a deletion and an addition, and said in the log."""
    monkeypatch.setattr(history, "MAX_RENAMES", 1)
    repo.write_kpi(kpi("a"))
    repo.commit("Add a")
    for old, new in (("a", "b"), ("b", "c")):
        repo.git("mv", f"kpis/marketing/{old}.yml", f"kpis/marketing/{new}.yml")
        repo.write_kpi(kpi(new))
        repo.commit(f"Rename {old}")
    with caplog.at_level(logging.INFO):
        found = read_history(load_catalog(repo.repo / "kpis").catalog)
    # b -> c followed (its name changed with its id), a -> b not
    assert [kinds[0] for kinds in _kinds(found["c"])] == ["renamed", "added"]
    assert _kinds(found["a"]) == [["deleted"], ["added"]]
    assert "newest 1 commits that renamed" in caplog.text


def test_a_deletion_and_an_addition_of_a_template_s_content_are_not_a_rename(repo):
    """Two KPIs made from one template share their content: which one was renamed?"""
    repo.write_kpi(kpi("leads"))
    repo.write_kpi(kpi("copy"))
    repo.commit("Add")
    repo.remove("kpis/marketing/leads.yml")
    repo.write_kpi(kpi("new-leads"))
    repo.commit("Delete one, add one")
    history = read_history(load_catalog(repo.repo / "kpis").catalog)
    assert _kinds(history["new-leads"]) == [["added"]]
    assert _kinds(history["leads"]) == [["deleted"], ["added"]]
