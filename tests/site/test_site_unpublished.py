"""A department, or an objective, none of whose KPIs this edition publishes (all
confidential in a public build): its page says so plainly in the site's languages, with no
counts of zero, no empty table or tree, and no feed; it is still listed, so that links to it
work; and nothing of the KPIs left out is anywhere in the site (names, ids, counts)."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from site_helpers import Built, built_for, every_file, make_project, parse_html, small_catalog

from catalog_factory import TODAY
from kpi_catalog.cli import main

SECRET_NAMES = ("Zanzibar", "Quokka")
SECRET_IDS = ("vault-payroll", "vault-bonus")
SAID = {"en": "No KPI of this department is published in this edition of the catalog.",
        "id": "Tidak ada KPI departemen ini yang diterbitkan dalam edisi katalog ini."}
SAID_OBJECTIVE = {
    "en": "No KPI of this objective is published in this edition of the catalog.",
    "id": "Tidak ada KPI sasaran ini yang diterbitkan dalam edisi katalog ini."}


def vault_catalog() -> dict[str, object]:
    files = small_catalog()
    files["catalog.yml"] = {"name": "Test catalog", "language": "en", "languages": ["en", "id"]}
    files["departments.yml"]["departments"].append(
        {"id": "vault", "name": "Vault", "head": "Head of Vault"})
    files["objectives.yml"]["objectives"].append(
        {"id": "quiet-plan", "name": "A quiet plan", "owner": "CEO", "perspective": "customer",
         "period": {"start": date(2026, 1, 1), "end": date(2027, 12, 31)},
         "success": [{"id": "calm", "description": "Things stay calm."}]})
    for kpi_id, name, objective, part in (
            (SECRET_IDS[0], SECRET_NAMES[0], "grow-pipeline", "more-deals"),
            (SECRET_IDS[1], SECRET_NAMES[1], "quiet-plan", "calm")):
        files[f"vault/{kpi_id}.yml"] = {
            **files["sales/deal-cycle.yml"], "id": kpi_id, "name": f"{name} payout days",
            "department": "vault", "objective": objective, "success_part": part,
            "visibility": "confidential",
            "measurement": {"metric": f"{name} days", "unit": "days", "data_source": "Payroll"}}
    return files


@pytest.fixture(scope="module")
def public(tmp_path_factory) -> Built:
    return built_for("public", tmp_path_factory.mktemp("vault-public"), vault_catalog())


@pytest.fixture(scope="module")
def internal(tmp_path_factory) -> Built:
    return built_for("internal", tmp_path_factory.mktemp("vault-internal"), vault_catalog())


def _text(built: Built, path: str) -> str:
    html = built.page(path)
    return parse_html(html[html.index("<article"):html.index("</article>")]).text


def test_nothing_of_the_left_out_kpis_is_anywhere_in_the_site(public):
    for path, text in every_file(public.site).items():
        for word in (*SECRET_NAMES, *SECRET_IDS):
            assert word not in text, f"{path} names {word}"


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_department_page_says_none_is_published(public, language):
    root = "" if language == "en" else "id/"
    text = _text(public, f"{root}departments/vault/")
    assert SAID[language] in text
    page = parse_html(public.page(f"{root}departments/vault/"))
    assert not page.with_class("kpi-rollup") and not page.find("table"), "no empty shells"
    assert "0 KPI" not in text
    # listed, and linked from the list of departments
    hrefs = [a.attrs.get("href") for a in parse_html(
        public.page(f"{root}departments/")).find("a")]
    assert "vault/" in hrefs


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_objective_page_says_none_is_published(public, language):
    root = "" if language == "en" else "id/"
    text = _text(public, f"{root}objectives/quiet-plan/")
    assert SAID_OBJECTIVE[language] in text and "Things stay calm." in text
    page = parse_html(public.page(f"{root}objectives/quiet-plan/"))
    assert not page.with_class("kpi-rollup") and not page.with_class("kpi-tree-figure")
    assert not page.find("table")


def test_the_department_has_no_feed_and_no_page_links_one(public):
    assert (public.site / "feed-sales.xml").is_file()
    assert not (public.site / "feed-vault.xml").exists()
    for page in public.pages():
        assert "feed-vault.xml" not in page.read_text(encoding="utf-8"), page


def test_an_internal_build_shows_them_as_ever(internal):
    text = _text(internal, "departments/vault/")
    assert SAID["en"] not in text and "2 KPIs" in text
    assert SECRET_NAMES[0] in text and (internal.site / "feed-vault.xml").is_file()
    assert SAID_OBJECTIVE["en"] not in _text(internal, "objectives/quiet-plan/")
    page = parse_html(internal.page("objectives/quiet-plan/"))
    assert page.with_class("kpi-rollup") and page.with_class("kpi-tree-figure")


def test_kpi_render_writes_the_same_for_other_engines(tmp_path, monkeypatch):
    """`kpi render` (Zensical's pages): the same page, no department feed, none linked."""
    project = make_project(tmp_path, vault_catalog(), plugin={"audience": "public"})
    project.write_config()
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(main, ["render", "docs", "--today", TODAY.isoformat()])
    assert done.exit_code == 0, done.output
    docs = tmp_path / "docs"
    page = (docs / "departments" / "vault" / "index.md").read_text(encoding="utf-8")
    assert SAID["en"] in page and "feed-vault" not in page and "kpi-rollup" not in page
    assert (docs / "feed-sales.xml").is_file() and not (docs / "feed-vault.xml").exists()
    assert SAID_OBJECTIVE["id"] in (docs / "id" / "objectives" / "quiet-plan" / "index.md"
                                    ).read_text(encoding="utf-8")
    for path in docs.rglob("*"):
        if path.is_file() and path.suffix != ".gz":
            text = path.read_text(encoding="utf-8", errors="replace")
            assert not any(word in text for word in (*SECRET_NAMES, *SECRET_IDS)), path
