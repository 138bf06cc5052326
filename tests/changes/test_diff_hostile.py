"""`kpi diff` against a pull request that tries to fool it: decoy folders named like the
revisions, `.gitattributes` that change what is read, links in a revision, an alias bomb, a
policy emptied by the pull request itself, text that GitHub would turn into links, and a
change too large for a job summary."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import cmarkgfm
import pytest
from changes_helpers import dump, kpi

from kpi_catalog.changes import Compared
from kpi_catalog.changes.compare import CatalogDiff, Change, KpiChanges
from kpi_catalog.changes.render import as_markdown
from kpi_catalog.i18n.labels import labels
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.enums import ChangeKind

EASED = {"value": 90, "date": "2026-12-31"}


def _base(repo) -> str:
    repo.write_kpi(kpi("gmv", target={"value": 125, "date": "2026-12-31"}))
    repo.write_kpi(kpi("leads"))
    return repo.commit("The catalog")


# --- finding 4: decoy folders ----------------------------------------------------------------


@pytest.mark.parametrize("names", [("{base}", "HEAD"), ("HEAD",), ("{base}",)])
def test_folders_named_like_the_revisions_do_not_fool_the_diff(repo, names):
    base = _base(repo)
    for name in names:  # copies of the unchanged catalog, named like the revisions
        shutil.copytree(repo.repo / "kpis", repo.repo / name.format(base=base))
    repo.write_kpi(kpi("gmv", target=EASED))
    repo.commit("Add folders, and quietly ease a target")
    code, output = repo.kpi_diff("--strict", base, "HEAD")
    assert code == 1, output
    assert "target made easier: 125 leads → 90 leads" in output and "no reason recorded" in output


def test_folders_are_compared_when_named_as_folders(repo, tmp_path):
    _base(repo)
    other = tmp_path / "other"
    shutil.copytree(repo.repo / "kpis", other)
    (other / "marketing" / "gmv.yml").write_text(dump(kpi("gmv", target=EASED)))
    code, output = repo.kpi_diff("--base-folder", str(repo.repo / "kpis"),
                                 "--head-folder", str(other))
    assert code == 0 and "target made easier: 125 leads → 90 leads" in output, output
    code, output = repo.kpi_diff(str(repo.repo / "kpis"), str(other))
    assert code == 2 and "--base-folder" in output, output


def test_outside_a_repository_two_folders_may_be_given_plainly(repo, tmp_path):
    _base(repo)
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(repo.repo / "kpis", old)
    shutil.copytree(repo.repo / "kpis", new)
    (new / "marketing" / "gmv.yml").write_text(dump(kpi("gmv", target=EASED)))
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    from changes_helpers import GitCatalog
    code, output = GitCatalog(outside).kpi_diff(str(old), str(new))
    assert code == 0 and "target made easier: 125 leads → 90 leads" in output, output


# --- finding 5: .gitattributes -----------------------------------------------------------------


def test_revisions_are_read_as_stored_without_gitattributes(repo):
    base = _base(repo)
    repo.write(".gitattributes", "kpis/** export-subst ident\n")
    repo.write_kpi(kpi("gmv", target=EASED, description="$Format:%s$ $Id$"))
    repo.commit("Target rationale updated")
    report = repo.json_diff(base, "HEAD")
    changes = {c["kind"]: c for k in report["kpis"] for c in k["changes"]}
    assert changes["target_easier"]["new"] == 90
    assert changes["changed"]["new"] == "$Format:%s$ $Id$"  # as committed, not expanded


# --- finding 14: links in a revision -----------------------------------------------------------


@pytest.mark.parametrize("target", ["/etc/passwd", "../../../../../../etc/passwd",
                                    "/etc", "gmv.yml"])
def test_a_link_in_a_revision_is_a_located_problem(repo, target):
    base = _base(repo)
    (repo.repo / "kpis" / "marketing" / "evil.yml").symlink_to(target)
    repo.commit("A link")
    code, output = repo.kpi_diff(base, "HEAD")
    assert "Traceback" not in output and "root:" not in output
    if target == "gmv.yml":  # a link inside the catalog: read, as in a working tree
        assert code == 1 and "evil.yml" in output  # its id is not its file name
        return
    assert code == 1, output
    assert re.search(r"^kpis/marketing/evil.yml:1:1: E110 .*outside the repository", output,
                     re.M), output


# --- finding 2, in kpi diff: an alias bomb in a revision --------------------------------------


def test_an_alias_bomb_in_a_revision_is_a_located_problem(repo):
    base = _base(repo)
    repo.write("kpis/marketing/gmv.yml", dump(kpi("gmv")) + "description: &d " + "x" * 5_000
               + "\ntags: [" + ", ".join(["*d"] * 99_000) + "]\n")
    repo.commit("Bomb")
    code, output = repo.kpi_diff(base, "HEAD")
    assert code == 1
    assert re.search(r"^kpis/marketing/gmv.yml:\d+:\d+: E105 .*1,000,000 characters", output,
                     re.M), output


# --- finding 9: whose policy -------------------------------------------------------------------


def test_the_base_policy_decides_what_needs_a_reason(repo):
    base = _base(repo)
    repo.write("kpis/catalog.yml", "name: Test\nreview:\n  require_reason: []\n")
    repo.write_kpi(kpi("gmv", target=EASED))
    repo.commit("No reasons needed any more, and an easier target")
    code, output = repo.kpi_diff("--strict", base, "HEAD")
    assert code == 1 and "no reason recorded" in output, output


def test_a_policy_relaxed_in_the_base_applies(repo):
    repo.write("kpis/catalog.yml", "name: Test\nreview:\n  require_reason: [deleted]\n")
    base = _base(repo)
    repo.write_kpi(kpi("gmv", target=EASED))
    repo.commit("An easier target")
    assert repo.kpi_diff("--strict", base, "HEAD")[0] == 0


# --- finding 10: what GitHub would turn into links ---------------------------------------------

HOSTILE = ["www.evil.example", "mail me: boss@evil.example", "https://evil.example/login",
           "mailto:boss@evil.example", ":smile: :+1:", "@octocat and @acme/everyone",
           "ftp.evil.example", "<img src=x onerror=alert(1)>", "[click](https://x.example)",
           "![i](https://x.example/i.png)", "**bold** `code` ~~gone~~ $x^2$",
           "xmpp:boss@evil.example", "\u202egnp.exe", "see #1, acme/kpis#2 and GH-3"]


def _rendered_text(markdown: str) -> tuple[str, str]:
    out = cmarkgfm.github_flavored_markdown_to_html(markdown)
    text = html.unescape(re.sub(r"<[^>]+>", "", out)).replace("\u200b", "")
    return out, text


@pytest.mark.parametrize("payload", HOSTILE)
def test_markdown_summary_shows_contributor_text_as_written(repo, payload):
    base = _base(repo)
    reason = {"date": "2026-11-30", "reason": payload}
    repo.write_kpi(kpi("gmv", name=f"GMV {payload}", target=EASED, changes=[reason]))
    repo.commit("Ease")
    code, output = repo.kpi_diff("--format", "markdown", "--today", "2026-12-07", base, "HEAD")
    assert code == 0, output
    rendered, text = _rendered_text(output)
    # bold is the report's own (KPI names, the status the change moved); nothing else
    # becomes markup
    assert not re.search(r"<(a|img|em|code|del|script)\b", rendered), rendered
    assert rendered.count("<strong>") == 2, rendered
    assert "<strong>Status: Ahead → Achieved</strong>" in rendered
    shown = " ".join(payload.replace("\u202e", "").split())
    assert f"GMV {shown}" in text and f"reason: {shown}" in text
    assert "\u202e" not in output
    # GitHub finds mentions, e-mail addresses and :emoji: in the text after Markdown
    assert not re.search(r"@\w", output) and not re.search(r":\w+:", output)
    assert not re.search(r"\w@\w", output)
    # and references to issues: each would link, and mark the issue as mentioned
    assert not re.search(r"(?<!&)#\d|\bGH-\d", output, re.IGNORECASE), output


# --- finding 11: a summary GitHub shows --------------------------------------------------------


def _compared(diff: CatalogDiff) -> Compared:
    empty = Catalog(root=Path("kpis"), repo_root=Path("."))
    return Compared(diff, empty, empty, "base", "head")


def _edited_values(kpi_id: str, count: int, reason: str = "") -> KpiChanges:
    changes = [Change(ChangeKind.ACTUAL_EDITED, f"actuals[{2000 + i // 12}-{i % 12 + 1:02}]",
                      {"period": "x", "value": i, "note": "n" * 400},
                      {"period": "x", "value": i + 1, "note": "m" * 400}, reason)
               for i in range(count)]
    return KpiChanges(kpi_id, f"kpis/finance/{kpi_id}.yml", "finance", changes)


def _added_values(kpi_id: str, count: int) -> KpiChanges:
    changes = [Change(ChangeKind.ACTUAL_ADDED, f"actuals[{1000 + i}]", None, {"value": i})
               for i in range(count)]
    changes += [Change(ChangeKind.OWNER_CHANGED, "owner", "A" * 80, f"B{i}" * 40)
                for i in range(8000)]
    return KpiChanges(kpi_id, f"kpis/aaa/{kpi_id}.yml", "aaa", changes)


def test_a_large_change_fits_githubs_summary_and_keeps_every_review_change():
    diff = CatalogDiff(kpis=[_added_values("noise", 30_000), _edited_values("margin", 3_000),
                             _edited_values("costs", 3_000, "Restated after the audit.")])
    output = as_markdown(_compared(diff))
    assert len(output.encode()) <= 1_000_000
    output = html.unescape(output)
    for i in range(3_000):  # every edited value is named, with its old and new value
        period = labels("en").period(f"{2000 + i // 12}-{i % 12 + 1:02}")  # January 2000
        assert output.count(f"{period}: {i:,} → {i + 1:,}") == 2, period
    assert output.index("margin") < output.index("noise")  # review first
    assert "more changes" in output  # what did not fit is counted


def test_when_even_the_review_changes_do_not_fit_they_come_first_and_are_counted():
    diff = CatalogDiff(kpis=[KpiChanges(f"k{n}", f"kpis/finance/k{n}.yml", "finance", [
        Change(ChangeKind.TARGET_EASIER, "target.value", 100, 90 - n)]) for n in range(200)]
        + [_added_values("noise", 10)])
    output = as_markdown(_compared(diff), max_bytes=6_000)
    assert len(output.encode()) <= 6_000
    assert "target made easier" in output and "noise" not in output
    shown = output.count("target made easier")
    assert f"{200 - shown} more changes that need review are not shown" in output


def test_a_glossary_term_in_the_text_report_has_no_bidirectional_control(repo):
    """A glossary entry is named by its term, a contributor's text: in the text report as
    every text there (show), a bidirectional control (which reorders what the terminal
    shows) dropped, as in the Markdown summary."""
    base = _base(repo)
    repo.write("kpis/glossary.yml", {"glossary": [
        {"term": "CRM", "definition": "Where leads are kept."},
        {"term": "GMV \u202egnp.exe\u202c", "definition": "Gross merchandise value."}]})
    repo.commit("A term")
    code, output = repo.kpi_diff("--today", "2026-12-07", base, "HEAD")
    assert code == 0, output
    assert "glossary: GMV gnp.exe\n" in output
    assert "\u202e" not in output and "\u202c" not in output
