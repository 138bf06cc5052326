"""`kpi diff` on a KPI renamed (file and id) and on a KPI shown to more or fewer readers:
one change each, the ones that publish or break links flagged for review."""

from __future__ import annotations

from changes_helpers import kpi

from kpi_catalog.model.kpi import Kpi


def _renamed(repo, **edits) -> str:
    """A catalog with `leads`, then `leads` renamed `new-leads` in the working tree."""
    repo.write_kpi(kpi("leads"))
    base = repo.commit("A catalog")
    repo.remove("kpis/marketing/leads.yml")
    repo.write_kpi(kpi("new-leads", **edits))
    return base


def test_a_renamed_kpi_is_one_change_that_needs_review(repo):
    base = _renamed(repo, name="New leads per month")
    report = repo.json_diff(base)
    assert [k["id"] for k in report["kpis"]] == ["new-leads"]
    changes = report["kpis"][0]["changes"]
    assert [(c["kind"], c["old"], c["new"], c["needs_review"]) for c in changes] == [
        ("renamed", "leads", "new-leads", True),
        ("changed", "Leads", "New leads per month", False)]
    assert report["kpis"][0]["path"] == "kpis/marketing/new-leads.yml"
    code, output = repo.kpi_diff("--strict", base)
    assert code == 1, output
    assert "renamed from leads (no reason recorded)" in output
    assert "deleted (instead of retired)" not in output and "new KPI" not in output
    assert "`replaced_by:` the new id" in output  # the way that keeps the links


def test_a_rename_takes_its_reason_from_review_deleted_or_the_change_log(repo):
    base = _renamed(repo)
    repo.write("kpis/catalog.yml", "name: Test\nreview:\n  deleted:\n    - {id: leads, "
               "date: 2026-11-30, reason: One naming scheme for all departments.}\n")
    code, output = repo.kpi_diff("--strict", base)
    assert code == 0, output
    assert "(reason: One naming scheme for all departments.)" in output
    repo.write("kpis/catalog.yml", "name: Test\n")
    repo.write_kpi(kpi("new-leads", changes=[{"date": "2026-11-30", "reason": "Clearer id.",
                                              "fields": ["id"]}]))
    assert repo.kpi_diff("--strict", base)[0] == 0


def test_a_rename_in_markdown_and_in_indonesian(repo, monkeypatch):
    base = _renamed(repo)
    output = repo.kpi_diff("--format", "markdown", base)[1]
    assert "⚠️ renamed from leads — **no reason recorded**" in output
    monkeypatch.setenv("KPI_LANGUAGE", "id")
    output = repo.kpi_diff(base)[1]
    assert "berganti id, sebelumnya leads (alasan tidak dicatat)" in output
    assert "`replaced_by:` berisi id baru" in output


def test_other_content_or_two_candidates_stay_a_deletion_and_an_addition(repo):
    """The rule: same statement, measurement and actuals, and one to one."""
    base = _renamed(repo, actuals=[{"period": "2026-01", "value": 104}])
    kinds = {k["id"]: [c["kind"] for c in k["changes"]] for k in repo.json_diff(base)["kpis"]}
    assert kinds == {"leads": ["deleted"], "new-leads": ["added"]}
    repo.write_kpi(kpi("new-leads"))
    repo.write_kpi(kpi("more-leads"))  # the same content twice: which one is the rename?
    kinds = {k["id"]: [c["kind"] for c in k["changes"]] for k in repo.json_diff(base)["kpis"]}
    assert kinds == {"leads": ["deleted"], "new-leads": ["added"], "more-leads": ["added"]}


def test_renames_needs_one_kpi_gone_and_one_new_with_the_same_content():
    from kpi_catalog.changes.compare import renames

    def kpis(*specs):
        return {s["id"]: Kpi.model_validate(s) for s in specs}

    other = {"statement": "Win 20 deals per month by 31 December 2026."}
    assert renames(kpis(kpi("a")), kpis(kpi("b"))) == {"a": "b"}
    assert renames(kpis(kpi("a"), kpi("b")), kpis(kpi("c"))) == {}
    assert renames(kpis(kpi("a"), kpi("b", **other)), kpis(kpi("c", **other), kpi("d"))) == {
        "a": "d", "b": "c"}
    assert renames(kpis(kpi("a")), kpis(kpi("a"), kpi("b"))) == {}  # a copy, not a rename
    # a content other KPIs share (a template's) names no one KPI
    assert renames(kpis(kpi("a"), kpi("x", **other)), kpis(kpi("b"), kpi("x"))) == {}
    assert renames(kpis(kpi("a"), kpi("x")), kpis(kpi("b"), kpi("x", **other))) == {}
    measured = {"measurement": {"metric": "Leads created", "unit": "leads", "data_source": "ERP"}}
    assert renames(kpis(kpi("a")), kpis(kpi("b", **measured))) == {}


def test_a_kpi_made_public_needs_a_reason_made_confidential_does_not(repo):
    repo.write_kpi(kpi("salaries", visibility="confidential"))
    repo.write_kpi(kpi("prices"))
    base = repo.commit("A catalog")
    repo.write_kpi(kpi("salaries"))
    repo.write_kpi(kpi("prices", visibility="confidential"))
    changes = {k["id"]: [(c["kind"], c["old"], c["new"], c["needs_review"])
                         for c in k["changes"]] for k in repo.json_diff(base)["kpis"]}
    assert changes == {
        "salaries": [("visibility_widened", "confidential", "public", True)],
        "prices": [("visibility_narrowed", "public", "confidential", False)]}
    code, output = repo.kpi_diff("--strict", base)
    assert code == 1, output
    assert "! visibility widened, published to more readers: confidential → public" in output
    assert "- visibility narrowed: public → confidential" in output


def test_internal_to_public_is_published_too_in_indonesian(repo, monkeypatch):
    repo.write_kpi(kpi("savings", visibility="internal"))
    base = repo.commit("A catalog")
    repo.write_kpi(kpi("savings", changes=[{"date": "2026-11-30", "reason": "Results are out.",
                                            "fields": ["visibility"]}]))
    monkeypatch.setenv("KPI_LANGUAGE", "id")
    code, output = repo.kpi_diff("--strict", base)
    assert code == 0, output
    assert ("visibilitas diperluas, diterbitkan untuk lebih banyak pembaca: Internal → Umum "
            "(alasan: Results are out.)") in output


def test_the_catalog_audience_made_internal_is_marked_for_review(repo, monkeypatch):
    """`audience: internal` in catalog.yml publishes every KPI, confidential ones too: it was
    said as any other setting, unmarked."""
    repo.write_kpi(kpi("salaries", visibility="confidential"))
    repo.write("kpis/catalog.yml", "name: Test\n")
    base = repo.commit("A catalog")
    repo.write("kpis/catalog.yml", "name: Test\naudience: internal\n")
    [settings] = repo.json_diff(base)["registries"]["settings"]
    assert [(c["kind"], c["field"], c["old"], c["new"], c["needs_review"])
            for c in settings["changes"]] == [
        ("visibility_widened", "audience", "public", "internal", True)]
    code, output = repo.kpi_diff(base)
    assert "1 change needs review" in output
    assert ("! audience widened, every KPI published, confidential ones and all values too: "
            "public → internal") in output
    markdown = repo.kpi_diff("--format", "markdown", base)[1]
    assert "catalog.yml: ⚠️ audience widened" in markdown
    monkeypatch.setenv("KPI_LANGUAGE", "id")
    assert ("! cakupan pembaca diperluas, semua KPI diterbitkan, termasuk yang rahasia beserta "
            "seluruh nilainya: Umum → Internal") in repo.kpi_diff(base)[1]
    repo.commit("Internal")
    repo.write("kpis/catalog.yml", "name: Test\n")
    monkeypatch.delenv("KPI_LANGUAGE")
    code, output = repo.kpi_diff("--strict", "HEAD")
    assert code == 0, output
    assert "- audience narrowed: internal → public" in output


def test_the_shared_files_are_named_in_indonesian(repo, monkeypatch):
    """An Indonesian report said `settings: catalog.yml`, `departments: sales`: English words
    before each entry of the shared files, in the text and in the Markdown."""
    repo.write_kpi(kpi("savings"))
    repo.write("kpis/catalog.yml", "name: Test\n")
    base = repo.commit("A catalog")
    repo.write("kpis/catalog.yml", "name: Test\naudience: internal\n")
    repo.write("kpis/departments.yml", {"departments": [
        {"id": "marketing", "name": "Marketing", "head": "Head of Marketing"},
        {"id": "sales", "name": "Sales", "head": "Head of Sales and Partners"}]})
    monkeypatch.setenv("KPI_LANGUAGE", "id")
    output = repo.kpi_diff(base)[1]
    assert "\npengaturan: catalog.yml\n" in output
    assert "\ndepartemen: sales\n" in output
    assert "settings" not in output and "departments:" not in output
    markdown = repo.kpi_diff("--format", "markdown", base)[1]
    assert "- pengaturan catalog.yml: ⚠️ cakupan pembaca diperluas" in markdown
    monkeypatch.delenv("KPI_LANGUAGE")
    assert "\nsettings: catalog.yml\n" in repo.kpi_diff(base)[1]


def test_a_renamed_kpi_is_judged_against_its_old_self(repo):
    """Its status and unit on the base side are the old id's: it was said as a new KPI
    arriving (`Status: Behind`) though nothing moved it."""
    base = _renamed(repo)
    code, output = repo.kpi_diff(base)
    assert "renamed from leads" in output
    assert "Status" not in output
    report = repo.json_diff(base)
    [renamed] = report["kpis"]
    assert renamed["status"]["before"] == renamed["status"]["after"] is not None
    assert renamed["unit"]["before"] == renamed["unit"]["after"] is not None
