"""`kpi diff` on scratch git repositories: every changed KPI, nothing else, and exactly
the changes that need review flagged; `--strict` wants a reason for them."""

from __future__ import annotations

import json
import os
import re
import subprocess

import pytest
from changes_helpers import GitCatalog, kpi, new_repo
from click.testing import CliRunner

from kpi_catalog.cli import main

STEADY = kpi("steady")
LOWER = kpi("complaints", direction="lower_is_better",
            statement="Reduce complaints from 100 to 50 per month by 31 December 2026.",
            target={"value": 50, "date": "2026-12-31"})


def _base_commit(repo) -> str:
    for data in (STEADY, LOWER, kpi("easier"), kpi("later"), kpi("rebased"), kpi("edited"),
                 kpi("appended"), kpi("gone"), kpi("retiring"), kpi("mover"),
                 kpi("reworded"), kpi("handed-over")):
        repo.write_kpi(data)
    return repo.commit("A catalog")


def _pull_request(repo) -> dict[str, set[str]]:
    """The second commit; returns the kinds of change expected per KPI."""
    repo.write_kpi({**LOWER, "target": {"value": 40, "date": "2026-12-31"}})
    repo.write_kpi(kpi("easier", target={"value": 140, "date": "2026-12-31"}))
    repo.write_kpi(kpi("later", target={"value": 150, "date": "2027-06-30"}))
    repo.write_kpi(kpi("rebased", baseline={"value": 90, "date": "2026-01-01"}))
    repo.write_kpi(kpi("edited", actuals=[{"period": "2026-01", "value": 110}]))
    repo.write_kpi(kpi("appended", actuals=[*kpi("x")["actuals"],
                                            {"period": "2026-03", "value": 120}]))
    repo.remove("kpis/marketing/gone.yml")
    repo.write_kpi(kpi("retiring", lifecycle="retired"))
    repo.remove("kpis/marketing/mover.yml")
    repo.write_kpi(kpi("mover", department="sales"))
    repo.write_kpi(kpi("reworded", statement="Grow new leads from 100 to 150 per month by "
                       "31 December 2026.", measurement={"metric": "Leads created",
                                                         "unit": "new leads",
                                                         "data_source": "CRM"}))
    repo.write_kpi(kpi("handed-over", owner="Head of Sales", thresholds={"green": 140,
                                                                         "amber": 120}))
    repo.write_kpi(kpi("brand-new"))
    repo.commit("A pull request")
    return {
        "complaints": {"target_harder"},
        "easier": {"target_easier"},
        "later": {"deadline_later"},
        "rebased": {"baseline_changed"},
        "edited": {"actual_edited", "actual_deleted"},
        "appended": {"actual_added"},
        "gone": {"deleted"},
        "retiring": {"retired"},
        "mover": {"moved"},
        "reworded": {"statement_changed", "measurement_changed"},
        "handed-over": {"owner_changed", "thresholds_changed"},
        "brand-new": {"added"},
    }


REVIEW = {("easier", "target_easier"), ("later", "deadline_later"),
          ("rebased", "baseline_changed"), ("edited", "actual_edited"),
          ("edited", "actual_deleted"), ("gone", "deleted")}


def test_json_names_every_changed_kpi_and_flags_exactly_the_review_changes(repo):
    base = _base_commit(repo)
    expected = _pull_request(repo)
    report = repo.json_diff(base, "HEAD")
    kinds = {k["id"]: {c["kind"] for c in k["changes"]} for k in report["kpis"]}
    assert kinds == expected
    flagged = {(k["id"], c["kind"]) for k in report["kpis"] for c in k["changes"]
               if c["needs_review"]}
    assert flagged == REVIEW
    for entry in report["kpis"]:
        assert set(entry) == {"id", "path", "unit", "status", "changes"}
        for change in entry["changes"]:
            assert set(change) == {"kind", "field", "old", "new", "needs_review", "reason"}
    paths = {k["id"]: k["path"] for k in report["kpis"]}
    assert paths["mover"] == "kpis/sales/mover.yml"
    assert paths["gone"] == "kpis/marketing/gone.yml"  # from the side that still has it


def test_values_in_the_json_are_the_old_and_new_ones(repo):
    base = _base_commit(repo)
    _pull_request(repo)
    changes = {(k["id"], c["kind"]): c for k in repo.json_diff(base)["kpis"]
               for c in k["changes"]}
    easier = changes["easier", "target_easier"]
    assert (easier["field"], easier["old"], easier["new"]) == ("target.value", 150, 140)
    assert changes["later", "deadline_later"]["old"] == "2026-12-31"
    assert changes["later", "deadline_later"]["new"] == "2027-06-30"
    edited = changes["edited", "actual_edited"]
    assert (edited["field"], edited["old"]["value"], edited["new"]["value"]) == (
        "actuals[2026-01]", 104, 110)
    assert changes["edited", "actual_deleted"]["field"] == "actuals[2026-02]"
    moved = changes["mover", "moved"]
    assert (moved["field"], moved["old"], moved["new"]) == ("department", "marketing", "sales")


def test_strict_fails_without_reasons_and_passes_with_them(repo):
    base = _base_commit(repo)
    _pull_request(repo)
    code, output = repo.kpi_diff("--strict", base)
    assert code == 1, output
    assert "no reason recorded" in output

    repo.write("kpis/catalog.yml", "name: Test\nreview:\n  deleted:\n    - {id: gone, "
               "date: 2026-11-30, reason: Created twice by mistake.}\n")
    reason = {"date": "2026-11-30", "reason": "The new CRM counts leads differently."}
    repo.write_kpi(kpi("easier", target={"value": 140, "date": "2026-12-31"},
                       changes=[reason]))
    repo.write_kpi(kpi("later", target={"value": 150, "date": "2027-06-30"},
                       changes=[{**reason, "fields": ["target.date"]}]))
    repo.write_kpi(kpi("rebased", baseline={"value": 90, "date": "2026-01-01"},
                       changes=[{**reason, "fields": ["baseline"]}]))
    repo.write_kpi(kpi("edited", actuals=[{"period": "2026-01", "value": 110}],
                       changes=[{**reason, "fields": ["actuals"]}]))
    code, output = repo.kpi_diff("--strict", base)  # against the working tree
    assert code == 0, output
    assert "change log entry added" not in output  # its reason is shown with the changes
    report = repo.json_diff(base)
    reasons = {(k["id"], c["kind"]): c["reason"] for k in report["kpis"]
               for c in k["changes"] if c["needs_review"]}
    assert reasons[("gone", "deleted")] == "Created twice by mistake."
    assert reasons[("easier", "target_easier")] == reason["reason"]
    assert report["summary"]["missing_reasons"] == 0


def test_a_reason_covers_only_the_fields_it_names(repo):
    base = _base_commit(repo)
    repo.write_kpi(kpi("easier", target={"value": 140, "date": "2027-03-31"},
                       changes=[{"date": "2026-11-30", "reason": "Later launch.",
                                 "fields": ["target.date"]}]))
    report = repo.json_diff(base)
    reasons = {c["kind"]: c["reason"] for c in report["kpis"][0]["changes"]}
    assert reasons["deadline_later"] == "Later launch."
    assert reasons["target_easier"] is None
    assert repo.kpi_diff("--strict", base)[0] == 1


def test_review_setting_chooses_which_kinds_need_a_reason(repo):
    """The base's setting decides (test_diff_hostile.py: a pull request cannot relax it)."""
    repo.write("kpis/catalog.yml", "name: Test\nreview:\n  require_reason: [target_easier]\n")
    base = _base_commit(repo)
    repo.write_kpi(kpi("later", target={"value": 150, "date": "2027-06-30"}))
    code, output = repo.kpi_diff("--strict", base)
    assert code == 0, output
    assert "deadline moved later" in output and "no reason recorded" not in output
    repo.write("kpis/catalog.yml", "name: Test\nreview:\n  require_reason: [deadline_later]\n")
    strict = repo.commit("The policy for the next pull requests")
    repo.write_kpi(kpi("later", target={"value": 150, "date": "2027-09-30"}))
    assert repo.kpi_diff("--strict", strict)[0] == 1


def test_nothing_changed_reports_nothing(repo):
    base = _base_commit(repo)
    repo.commit("Nothing")
    report = repo.json_diff(base, "HEAD")
    assert report["kpis"] == []
    assert all(items == [] for items in report["registries"].values())
    code, output = repo.kpi_diff("--strict", base, "HEAD")
    assert (code, output.strip().endswith("No KPI changes.")) == (0, True)


def test_default_base_is_the_merge_base_with_main_and_head_the_working_tree(repo):
    _base_commit(repo)
    repo.git("checkout", "-q", "-b", "feature")
    repo.write_kpi(kpi("easier", target={"value": 140, "date": "2026-12-31"}))
    repo.commit("Easier target")
    repo.write_kpi(kpi("later", target={"value": 150, "date": "2027-06-30"}))  # not committed
    ids = {k["id"] for k in repo.json_diff()["kpis"]}
    assert ids == {"easier", "later"}
    assert repo.kpi_diff()[1].startswith("KPI changes from the merge base with main (")


def test_registries_are_compared_too(repo):
    base = _base_commit(repo)
    objectives = {"objectives": [{
        "id": "grow", "name": "Grow the pipeline", "owner": "CCO", "perspective": "customer",
        "period": {"start": "2026-01-01", "end": "2028-12-31"},
        "success": [{"id": "more-leads", "description": "More contacts become leads."},
                    {"id": "more-deals", "description": "More leads become won deals."},
                    {"id": "faster", "description": "Deals close faster."}],
    }]}
    repo.write("kpis/objectives.yml", objectives)
    repo.write("kpis/glossary.yml", {"glossary": [{"term": "CRM", "definition": "The CRM."},
                                                  {"term": "SQL", "definition": "A lead."}]})
    report = repo.json_diff(base)
    assert report["kpis"] == []
    kinds = {(name, item["id"], c["kind"], c["field"])
             for name, items in report["registries"].items() for item in items
             for c in item["changes"]}
    assert kinds == {
        ("objectives", "grow", "period_changed", "period"),
        ("objectives", "grow", "part_added", "success[faster]"),
        ("objectives", "grow", "part_changed", "success[more-deals]"),
        ("glossary", "CRM", "changed", "definition"),
        ("glossary", "SQL", "added", "id"),
    }


@pytest.mark.parametrize("language, added, deleted, wrong", [
    ("en", "added", "deleted", ("new KPI", "instead of retired")),
    ("id", "ditambahkan", "dihapus", ("KPI baru", "bukan dinyatakan"))])
@pytest.mark.parametrize("form", ["text", "markdown"])
def test_a_registry_entry_added_or_deleted_is_not_said_as_a_kpi(repo, monkeypatch, form,
                                                                   language, added, deleted,
                                                                   wrong):
    """A glossary term added is no "new KPI", one deleted was not "retired" instead."""
    monkeypatch.setenv("KPI_LANGUAGE", language)
    base = _base_commit(repo)  # its glossary has CRM
    repo.write("kpis/glossary.yml", {"glossary": [{"term": "SQL", "definition": "A lead."}]})
    code, output = repo.kpi_diff("--format", form, base)
    assert code == 0, output
    assert re.search(rf"\b{added}\b", output) and re.search(rf"\b{deleted}\b", output), output
    assert not any(words in output for words in wrong), output


def test_a_broken_side_is_reported_with_located_messages(repo):
    base = _base_commit(repo)
    repo.write("kpis/marketing/easier.yml", "id: easier\nname: [unclosed\n")
    code, output = repo.kpi_diff(base)
    assert code == 1
    assert "the working tree is not valid" in output
    assert re.search(r"^kpis/marketing/easier.yml:\d+:\d+: E1\d\d ", output, re.M), output
    assert "Traceback" not in output


def test_usage_errors_exit_2(repo, tmp_path):
    _base_commit(repo)
    code, output = repo.kpi_diff("no-such-branch")
    assert code == 2 and "not a git revision" in output and "--base-folder" in output
    outside = new_repo(tmp_path / "plain")  # a catalog that is not under git
    (outside.repo / ".git").rename(outside.repo / "git-was-here")
    code, output = outside.kpi_diff()
    assert code == 2 and "not inside a git repository" in output


def test_two_folders_are_compared_without_git(repo, tmp_path):
    _base_commit(repo)
    other = new_repo(tmp_path / "other")
    other.write_kpi(STEADY)
    other.write_kpi(kpi("brand-new"))
    report = repo.json_diff("--base-folder", str(repo.repo / "kpis"),
                            "--head-folder", str(other.repo / "kpis"))
    kinds = {k["id"]: [c["kind"] for c in k["changes"]] for k in report["kpis"]}
    assert kinds["brand-new"] == ["added"]
    assert "steady" not in kinds
    assert kinds["easier"] == ["deleted"]


def test_a_catalog_new_in_the_pull_request_is_all_added(repo):
    repo.write("README.md", "hello\n")
    base = repo.commit("Before the catalog")
    _base_commit(repo)
    report = repo.json_diff(base, "HEAD")
    assert {c["kind"] for k in report["kpis"] for c in k["changes"]} == {"added"}
    assert len(report["kpis"]) == 12


def test_markdown_groups_by_department_review_first_and_escapes(repo):
    base = _base_commit(repo)
    _pull_request(repo)
    repo.write_kpi(kpi("appended", name="<img src=x onerror=alert(1)> *bold*",
                       actuals=[*kpi("x")["actuals"], {"period": "2026-03", "value": 120}]))
    code, output = repo.kpi_diff("--format", "markdown", base)
    assert code == 0
    assert "<img" not in output and "&lt;img" in output
    marketing, sales = output.index("#### Marketing"), output.index("#### Sales")
    assert marketing < sales  # Marketing has changes that need review, Sales has none
    section = output[marketing:sales]
    assert section.index("Easier") < section.index("Appended")  # review first
    assert "⚠️ target made easier: 150 leads → 140 leads — **no reason recorded**" in section
    assert json.dumps(output)  # plain text, nothing binary


def test_a_changed_date_is_written_in_the_reports_language_json_keeps_it_as_written(
        repo, monkeypatch):
    """`kpi diff` said `2026-12-31 → 2027-06-30` among numbers and words written in the
    report's language."""
    _base_commit(repo)
    repo.write_kpi(kpi("later", target={"value": 150, "date": "2027-06-30"}))  # not committed
    for form in ("text", "markdown"):
        assert "deadline moved later: 31 December 2026 → 30 June 2027" in repo.kpi_diff(
            "--format", form, "HEAD")[1]
    monkeypatch.setenv("KPI_LANGUAGE", "id")
    assert "31 Desember 2026 → 30 Juni 2027" in repo.kpi_diff("HEAD")[1]
    assert "31 Desember 2026 → 30 Juni 2027" in repo.kpi_diff("--format", "markdown", "HEAD")[1]
    change = repo.json_diff("HEAD")["kpis"][0]["changes"][0]
    assert (change["old"], change["new"]) == ("2026-12-31", "2027-06-30")


def test_the_working_tree_is_named_in_indonesian(repo, monkeypatch):
    """`kpi --language id diff` said "ke working tree", English in an Indonesian sentence."""
    _base_commit(repo)
    repo.write_kpi(kpi("later", target={"value": 150, "date": "2027-06-30"}))  # not committed
    monkeypatch.setenv("KPI_LANGUAGE", "id")
    assert repo.kpi_diff("HEAD")[1].startswith("Perubahan KPI dari HEAD (")
    assert " ke salinan kerja (working tree): 1 KPI berubah" in repo.kpi_diff("HEAD")[1]
    repo.write("kpis/marketing/easier.yml", "id: easier\nname: [unclosed\n")
    assert "salinan kerja (working tree)" in repo.kpi_diff("HEAD")[1]


def test_a_confidential_kpi_is_reviewed_like_any_other(repo):
    """`kpi diff` reads every KPI, whatever the catalog's audience: its report is for the
    repository's readers (docs/guide/visibility.md), and a target made easier on a
    confidential KPI needs its reason as on any other (filtered out, it would pass unseen)."""
    repo.write("kpis/catalog.yml", "name: Test\naudience: public\n")
    repo.write_kpi(kpi("salary-ratio", visibility="confidential"))
    base = repo.commit("A confidential KPI")
    repo.write_kpi(kpi("salary-ratio", visibility="confidential",
                       target={"value": 140, "date": "2026-12-31"}))
    repo.commit("Ease it")
    code, output = repo.kpi_diff("--strict", "--format", "markdown", base, "HEAD")
    assert code == 1, output
    assert "Salary ratio" in output and "no reason recorded" in output


def test_the_catalog_s_description_and_its_translation_are_changes_in_words(repo):
    base = _base_commit(repo)
    repo.write("kpis/catalog.yml", "name: Test\nlanguages: [en, id]\ndescription: Our KPIs.\n"
               "translations:\n  id: {description: KPI kami.}\n")
    code, output = repo.kpi_diff(base)
    assert code == 0, output
    assert "  - description changed: none → Our KPIs.\n" in output, output
    assert "  - Indonesian texts added (1)\n" in output, output



@pytest.mark.parametrize(("language", "said"), [("en", "shallow clone"), ("id", "clone dangkal")])
def test_a_base_missing_from_a_shallow_clone_says_to_fetch_the_history(
        repo, tmp_path, monkeypatch, language, said):
    """CI checks out one commit unless told otherwise: the base is then a commit this clone
    lacks, not a name the reviewer got wrong ("is not a git revision" sent them looking)."""
    base = _base_commit(repo)
    repo.write_kpi(kpi("easier", target={"value": 140, "date": "2026-12-31"}))
    repo.commit("Ease a target")
    shallow = GitCatalog(tmp_path / "shallow")
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo.repo}",
                    str(shallow.repo)], check=True, capture_output=True)
    monkeypatch.setenv("KPI_LANGUAGE", language)
    code, output = shallow.kpi_diff(base, "HEAD")
    assert code == 2, output
    assert said in output and base[:7] in output and "fetch-depth: 0" in output, output
    assert "Traceback" not in output
    assert shallow.kpi_diff("no-such-branch")[1].count(said) == 0  # a wrong name stays one


def _two_languages(repo) -> str:
    repo.write("kpis/catalog.yml", "name: Test\nlanguages: [en, id]\n")
    repo.write("kpis/departments.yml", {"departments": [
        {"id": "marketing", "name": "Marketing", "head": "Head of Marketing",
         "translations": {"id": {"name": "Pemasaran"}}},
        {"id": "sales", "name": "Sales", "head": "Head of Sales"}]})
    repo.write_kpi(kpi("easier", name="Leads per month",
                       translations={"id": {"name": "Prospek per bulan"}}))
    return repo.commit("A catalog in two languages")


@pytest.mark.parametrize(("language", "kpi_name", "department"), [
    ("en", "Leads per month", "Marketing"), ("id", "Prospek per bulan", "Pemasaran")])
def test_markdown_names_kpis_and_departments_in_the_report_s_language(
        repo, monkeypatch, language, kpi_name, department):
    """The Indonesian summary named every KPI and department in English, though the files
    give their Indonesian names: a manager reads the summary in one language."""
    base = _two_languages(repo)
    repo.write_kpi(kpi("easier", name="Leads per month", target={"value": 140,
                                                                 "date": "2026-12-31"},
                       translations={"id": {"name": "Prospek per bulan"}}))
    repo.commit("Ease a target")
    monkeypatch.setenv("KPI_LANGUAGE", language)
    code, output = repo.kpi_diff("--format", "markdown", base, "HEAD")
    assert code == 0, output
    assert f"#### {department}\n" in output and f"- **{kpi_name}** (" in output, output


def test_markdown_cuts_a_very_long_kpi_name_and_drops_bidi_controls(repo):
    base = _base_commit(repo)
    repo.write_kpi(kpi("easier", name="\u202eevil " + "long " * 100,
                       target={"value": 140, "date": "2026-12-31"}))
    repo.commit("A long name")
    code, output = repo.kpi_diff("--format", "markdown", base, "HEAD")
    title = next(line for line in output.splitlines() if "(kpis/marketing/easier.yml)" in line)
    assert "\u202e" not in title and len(title) < 200 and "…" in title, title


@pytest.mark.parametrize(("language", "said"), [
    ("en", "moved to another department: Marketing → Sales"),
    ("id", "pindah ke departemen lain: Pemasaran → Sales")])
def test_a_move_names_the_departments_as_people_say_them(repo, monkeypatch, language, said):
    """`moved to another department: marketing → sales` gave the ids, not the names."""
    base = _two_languages(repo)
    repo.remove("kpis/marketing/easier.yml")
    repo.write_kpi(kpi("easier", department="sales", name="Leads per month",
                       translations={"id": {"name": "Prospek per bulan"}}))
    repo.commit("Sales owns it now")
    monkeypatch.setenv("KPI_LANGUAGE", language)
    for fmt in ("text", "markdown"):
        code, output = repo.kpi_diff("--format", fmt, base, "HEAD")
        assert code == 0 and said in output, output
    moved, = [c for k in repo.json_diff(base, "HEAD")["kpis"] for c in k["changes"]]
    assert (moved["old"], moved["new"]) == ("marketing", "sales")  # JSON keeps the ids


@pytest.mark.parametrize(("language", "said"), [
    ("en", "is not valid, so it cannot be compared"),
    ("id", "tidak valid, jadi tidak dapat dibandingkan")])
def test_a_broken_side_leaves_a_note_in_the_markdown_summary(repo, monkeypatch, language, said):
    """CI appends the Markdown to the job summary: with the messages on stderr only, the
    summary of a pull request whose base is broken was empty, as if nothing had changed."""
    base = _base_commit(repo)
    repo.write("kpis/marketing/easier.yml", "id: easier\nname: [unclosed\n")
    monkeypatch.setenv("KPI_LANGUAGE", language)
    cwd = os.getcwd()
    os.chdir(repo.repo)
    try:
        result = CliRunner().invoke(main, ["diff", "--format", "markdown", base])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 1
    assert said in result.stdout and "kpi validate" in result.stdout, result.stdout
    assert "E101" not in result.stdout  # the located messages go to the log (stderr)
