"""`kpi render FOLDER`: the site's pages and files written into a folder for any site engine,
rewriting only what changed, removing what it wrote before and no longer makes, and never
touching a file it did not write."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from site_helpers import REPO, TODAY, make_project, small_catalog, write_catalog

from kpi_catalog.cli import main
from kpi_catalog.site import outputs
from kpi_catalog.site.outputs import SiteFile

MANIFEST = ".kpi-render.json"


def kpi(*args: str, cwd: Path | None = None):
    """`kpi ...` in ``cwd`` (where mkdocs.yml would be found)."""
    old = Path.cwd()
    os.chdir(cwd or old)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A repository with a catalog (kpis/) and a hand-written page (docs/index.md)."""
    (tmp_path / ".git").mkdir()
    write_catalog(tmp_path / "kpis", small_catalog())
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    return tmp_path


def render(project: Path, *args: str):
    return kpi("render", "docs", "--today", TODAY.isoformat(), *args, cwd=project)


def files_of(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file below ``folder``: path -> (inode, modification time in ns)."""
    return {p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def manifest(project: Path) -> dict:
    return json.loads((project / "docs" / MANIFEST).read_text(encoding="utf-8"))


def test_every_page_and_asset_is_written_and_listed_with_its_fingerprint(project):
    done = render(project)
    assert done.exit_code == 0, done.output
    docs = project / "docs"
    listed = manifest(project)["files"]
    catalog = small_catalog()
    kpi_ids = [data["id"] for name, data in catalog.items() if "/" in name]
    expected = {f"kpis/{k}/index.md" for k in kpi_ids} | {
        "kpis/index.md", "glossary/index.md", "departments/index.md", "objectives/index.md",
        "departments/marketing/index.md", "departments/sales/index.md",
        "objectives/grow-pipeline/index.md", "objectives/keep-customers/index.md",
        "assets/kpi-catalog/kpi-catalog.css", "assets/kpi-catalog/kpi-catalog.js"}
    for_machines = {f"kpis/{k}/{image}" for k in kpi_ids for image in ("chart.svg", "badge.svg")}
    for_machines |= {f"api/v1/kpis/{k}.json" for k in kpi_ids} | {
        "api/v1/catalog.json", "api/v1/catalog.schema.json", "api/v1/kpi.schema.json",
        "llms.txt", "llms-full.txt"}
    assert set(listed) == expected | for_machines
    for path, digest in listed.items():
        assert hashlib.sha256((docs / path).read_bytes()).hexdigest() == digest
    assert (docs / "index.md").read_text(encoding="utf-8") == "# Home\n"  # not ours
    page = (docs / "kpis" / "new-leads" / "index.md").read_text(encoding="utf-8")
    assert page.startswith("---\n") and "\n# New leads per month" in page
    assert "kpi-catalog-" not in page, "a rendered page holds no placeholder"
    assert f"{len(expected | for_machines)} written, 0 removed, 0 unchanged" in done.output


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_rendered_files_are_readable_as_any_new_file_is(project):
    """A web server or an engine running as another user reads what `kpi render` wrote: the
    files get the permissions of any new file (not the 0o600 of a temporary file)."""
    mask = os.umask(0o022)
    os.umask(mask)
    assert render(project).exit_code == 0
    docs = project / "docs"
    for path in manifest(project)["files"]:
        assert (docs / path).stat().st_mode & 0o777 == 0o666 & ~mask, path


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_rewritten_file_keeps_its_permissions_and_a_new_one_gets_a_new_files(tmp_path):
    from kpi_catalog.files import create_file, replace_all, replace_file

    mask = os.umask(0o022)
    os.umask(mask)
    target, other, new, created = (tmp_path / name for name in ("a.yml", "b.yml", "c.yml",
                                                                  "d.yml"))
    for path in (target, other):
        path.write_text("old\n")
        path.chmod(0o640)
    replace_file(target, "new\n")
    replace_all({other: b"new\n"})
    replace_file(new, "new\n")
    create_file(created, "new\n")
    assert {p.read_text() for p in (target, other, new, created)} == {"new\n"}
    assert target.stat().st_mode & 0o777 == other.stat().st_mode & 0o777 == 0o640
    assert new.stat().st_mode & 0o777 == created.stat().st_mode & 0o777 == 0o666 & ~mask


def test_a_second_render_writes_nothing(project):
    assert render(project).exit_code == 0
    before = files_of(project / "docs")
    again = render(project)
    assert again.exit_code == 0, again.output
    made = len(manifest(project)["files"])
    assert f"0 written, 0 removed, {made} unchanged" in again.output
    after = files_of(project / "docs")
    changed = {p for p in before if before[p] != after.get(p)} - {MANIFEST}
    assert not changed


def test_an_edit_rewrites_only_the_pages_it_changes(project):
    assert render(project).exit_code == 0
    before = files_of(project / "docs")
    source = project / "kpis" / "sales" / "deal-cycle.yml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["statement"] = "Cut the days to close a deal from 60 to 35 by 31 December 2026."
    source.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    done = render(project)
    assert done.exit_code == 0, done.output
    after = files_of(project / "docs")
    rewritten = {p for p in after if before.get(p) != after[p]} - {MANIFEST}
    assert "kpis/deal-cycle/index.md" in rewritten
    assert not {p for p in rewritten if p.startswith("kpis/") and p.count("/") == 2} - {
        "kpis/deal-cycle/index.md"}, rewritten  # no other KPI's page
    assert not {p for p in rewritten if p.startswith("assets/")}
    assert "from 60 to 35" in (project / "docs/kpis/deal-cycle/index.md").read_text("utf-8")


def test_a_page_no_longer_made_is_removed_with_the_folders_it_leaves_empty(project):
    assert render(project).exit_code == 0
    (project / "kpis" / "sales" / "draft-idea.yml").unlink()
    done = render(project)
    assert done.exit_code == 0, done.output
    assert "4 removed" in done.output  # its page, its chart, its badge and its JSON
    assert not (project / "docs" / "kpis" / "draft-idea").exists()
    assert "kpis/draft-idea/index.md" not in manifest(project)["files"]
    assert (project / "docs" / "kpis" / "new-leads" / "index.md").is_file()


def test_a_file_render_did_not_write_is_never_written_over(project):
    mine = project / "docs" / "glossary" / "index.md"
    mine.parent.mkdir()
    mine.write_text("# My glossary\n", encoding="utf-8")
    done = render(project)
    assert done.exit_code == 1
    assert mine.read_text(encoding="utf-8") == "# My glossary\n"
    assert "docs/glossary/index.md: The site has a file here, but this one was not written " \
        "by kpi render" in done.output
    assert "glossary/index.md" not in manifest(project)["files"]
    assert (project / "docs" / "kpis" / "new-leads" / "index.md").is_file()  # the rest is there
    # ... and never removed by a later render either, when the glossary is no longer made
    config = project / "kpis" / "glossary.yml"
    config.unlink()
    later = render(project)
    assert mine.read_text(encoding="utf-8") == "# My glossary\n", later.output
    mine.unlink()
    assert render(project).exit_code == 0


def test_a_generated_file_changed_by_hand_is_kept_until_it_is_deleted(project):
    assert render(project).exit_code == 0
    page = project / "docs" / "kpis" / "deal-cycle" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nMy note.\n", encoding="utf-8")
    source = project / "kpis" / "sales" / "deal-cycle.yml"
    source.write_text(source.read_text(encoding="utf-8").replace("60 to 40", "60 to 30"),
                      encoding="utf-8")
    done = render(project)
    assert done.exit_code == 1
    assert "docs/kpis/deal-cycle/index.md: This file was changed since kpi render wrote it" \
        in done.output
    assert page.read_text(encoding="utf-8").endswith("My note.\n")
    # no longer made, still kept
    source.unlink()
    gone = render(project)
    assert gone.exit_code == 1 and page.is_file(), gone.output
    assert "no longer made from the catalog, but it was changed" in gone.output
    page.unlink()
    assert render(project).exit_code == 0


def test_a_folder_in_the_way_that_is_a_link_is_not_written_through(project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (project / "docs" / "objectives").symlink_to(elsewhere, target_is_directory=True)
    done = render(project)
    assert done.exit_code == 1
    assert list(elsewhere.iterdir()) == []
    assert "docs/objectives: The site has a file here" in done.output


def test_a_folder_in_the_way_is_reported_once_not_once_per_file_under_it(project,
                                                                      tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (project / "docs" / "kpis").mkdir()
    (project / "docs" / "kpis" / "new-leads").symlink_to(elsewhere, target_is_directory=True)
    done = render(project)
    assert done.exit_code == 1
    assert done.output.count("docs/kpis/new-leads: The site has a file here") == 1, done.output
    assert "1 file was left as it is" in done.output


def test_a_manifest_never_removes_a_file_outside_the_folder(project, tmp_path_factory):
    """The manifest is a file in the docs folder, which a pull request can write: the files
    it lists are removed when no longer made, but never one outside the folder (a path with
    `..`, an absolute path, or one through a link), even with the right fingerprint."""
    assert render(project).exit_code == 0
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    victims = {"../victim.txt": project / "victim.txt",
               str(elsewhere / "absolute.txt"): elsewhere / "absolute.txt",
               "linked/through.txt": elsewhere / "through.txt"}
    (project / "docs" / "linked").symlink_to(elsewhere, target_is_directory=True)
    for listed, path in victims.items():
        path.write_text("keep me\n", encoding="utf-8")
        data = manifest(project)
        data["files"][listed] = hashlib.sha256(b"keep me\n").hexdigest()
        (project / "docs" / MANIFEST).write_text(json.dumps(data), encoding="utf-8")
        done = render(project)
        assert path.read_text(encoding="utf-8") == "keep me\n", (listed, done.output)
        assert done.exit_code == 1, done.output
        if listed.startswith("linked/"):
            assert "docs/linked/through.txt: This file is no longer made from the catalog, but " \
                "the way to it goes through linked" in done.output
        else:
            assert f"This is not a manifest that kpi render can read (it lists " \
                f"{json.dumps(listed)}, which is not a file inside the folder)" in done.output
            (project / "docs" / MANIFEST).unlink()  # as the message says, then render again
            assert render(project).exit_code == 0


def test_a_second_render_leaves_even_the_manifest_as_it_was(project):
    """A site engine's live preview watches the folder: a render that changes nothing
    changes no file, the manifest included."""
    assert render(project).exit_code == 0
    before = files_of(project / "docs")
    assert render(project).exit_code == 0
    assert files_of(project / "docs")[MANIFEST] == before[MANIFEST]


def test_a_manifest_that_is_not_a_file_is_reported_not_replaced(project):
    (project / "docs" / MANIFEST).mkdir()
    done = render(project)
    assert done.exit_code == 1
    assert "docs/.kpi-render.json: This is not a manifest that kpi render can read (it is " \
        "not a file): nothing was written." in done.output
    assert (project / "docs" / MANIFEST).is_dir()


def test_a_manifest_nested_too_deep_is_reported_not_a_traceback(project):
    """Python's JSON reader stops on it with a RecursionError, which ended the render."""
    (project / "docs" / MANIFEST).write_text('{"files": ' + "[" * 100_000 + "]" * 100_000
                                             + "}", encoding="utf-8")
    done = render(project)
    assert done.exit_code == 1
    assert "docs/.kpi-render.json: This is not a manifest that kpi render can read (the " \
        "values are nested too deep" in done.output, done.output[:500]


def test_a_folder_that_cannot_be_made_is_a_plain_message(project):
    done = kpi("render", "docs/index.md/site", "--today", TODAY.isoformat(), cwd=project)
    assert done.exit_code == 1
    assert "Could not write into docs/index.md/site: Not a directory" in done.output
    assert "Traceback" not in done.output


def test_a_catalog_option_that_names_no_folder_is_a_usage_error(project):
    done = kpi("render", "docs", "--catalog", "nowhere", cwd=project)
    assert done.exit_code == 2
    assert "Invalid value for '--catalog': Directory 'nowhere' does not exist." in done.output


def test_an_invalid_catalog_writes_nothing(project):
    source = project / "kpis" / "sales" / "deal-cycle.yml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    del data["measurement"]["unit"]
    source.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    done = render(project)
    assert done.exit_code == 1
    assert "kpis/sales/deal-cycle.yml:" in done.output and "E201" in done.output
    assert "Nothing was written" in done.output
    assert sorted(p.name for p in (project / "docs").iterdir()) == ["index.md"]


def test_the_options_come_from_mkdocs_yml(project):
    (project / "mkdocs.yml").write_text(yaml.safe_dump({
        "site_name": "Test", "use_directory_urls": False,
        "markdown_extensions": [{"pymdownx.emoji": {
            "emoji_index": "!!python/name:material.extensions.emoji.twemoji"}}],
        "plugins": ["search", {"kpi-catalog": {"kpi_prefix": "indicators",
                                               "glossary": None}}],
    }).replace("'!!python/name:material.extensions.emoji.twemoji'",
               "!!python/name:material.extensions.emoji.twemoji"), encoding="utf-8")
    done = render(project)
    assert done.exit_code == 0, done.output
    docs = project / "docs"
    assert (docs / "indicators" / "new-leads" / "index.md").is_file()
    assert not (docs / "glossary").exists()
    overview = (docs / "kpis" / "index.md").read_text(encoding="utf-8")
    assert 'href="../indicators/new-leads/index.html"' in overview  # no directory URLs
    assert manifest(project)["settings"]["options"]["kpi_prefix"] == "indicators"


def test_env_tags_in_mkdocs_yml_are_read_as_mkdocs_and_zensical_read_them(project, monkeypatch):
    """`!ENV` gives the first variable that is set, else the last item (the default): the
    rendered pages are the ones the plugin makes from the same file, not the defaults."""
    monkeypatch.setenv("KPI_TEST_AUDIENCE", "public")
    monkeypatch.delenv("KPI_TEST_PREFIX", raising=False)
    (project / "kpis" / "catalog.yml").write_text("name: Test catalog\naudience: internal\n",
                                                   encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        "site_name: Test\nsite_url: !ENV [KPI_TEST_SITE_URL, 'https://example.org/env/']\n"
        "plugins:\n  - kpi-catalog:\n      kpi_prefix: !ENV [KPI_TEST_PREFIX, indicators]\n"
        "      audience: !ENV KPI_TEST_AUDIENCE\n", encoding="utf-8")
    done = render(project)
    assert done.exit_code == 0, done.output
    docs = project / "docs"
    assert (docs / "indicators" / "new-leads" / "index.md").is_file()
    assert not (docs / "kpis" / "new-leads").exists()
    assert manifest(project)["settings"]["options"]["audience"] == "public"
    assert "https://example.org/env/" in (docs / "feed.xml").read_text(encoding="utf-8")


def test_a_wrong_option_in_mkdocs_yml_is_an_error_of_the_file(project):
    """Exit 1, as for any file with errors (the catalog, a file of values); 2 is for the
    command line. It exited 2 with click's usage, as if the command were mistyped."""
    (project / "mkdocs.yml").write_text(
        "site_name: Test\nplugins:\n  - kpi-catalog:\n      kpi_prefix: ../up\n",
        encoding="utf-8")
    done = render(project)
    assert done.exit_code == 1
    assert "mkdocs.yml:4:7: kpi-catalog option `kpi_prefix`:" in done.output, done.output
    assert "Nothing was written: correct mkdocs.yml first." in done.output, done.output
    assert "Usage:" not in done.output and "Traceback" not in done.output
    assert sorted(p.name for p in (project / "docs").iterdir()) == ["index.md"]


@pytest.mark.parametrize(("option", "said"), [
    ("enabled: id", "`enabled`: `id` is not true or false: write true or false."),
    ("nav: 'yes'", "`nav`: `yes` is not true or false: write true or false."),
    ("language: ''", '`language`: `""` is not one of the choices: write one of en or id.'),
    ("audience: [public]", "`audience`: `[public]` is not one of the choices: write one of "
     "public or internal."),
    ("edit_paths: 1", "`edit_paths`: `1` is not one of the choices: write one of auto, "
     "repository or docs."),
    ("search_tags_boost: true", "`search_tags_boost`: `true` is not a number: write a "
     "number, such as 1000."),
    ("kpi_prefix: 5", "`kpi_prefix`: '5' is not a folder of the site"),
    ("catalog: 5", "`catalog`: `5` is not a folder: write the folder's path, relative to "
     "mkdocs.yml (such as kpis)."),
    ("nav_translations: {id: {Guide: [1]}}", "`nav_translations`: `{id: {Guide: [1]}}` is "
     "not titles by language: write each language, then each title and its translation, "
     "such as {id: {Guide: Panduan}}."),
    ("nav_translations: Panduan", "`nav_translations`: `Panduan` is not titles by language"),
], ids=["flag", "flag as text", "choice", "list for a choice", "number for a choice",
        "flag for a number", "number for a folder", "number for the catalog",
        "a list for a title", "a title alone"])
def test_an_option_of_the_wrong_kind_is_said_in_plain_words_at_its_line(project, option, said):
    """MkDocs' own words were Python's: "Expected type: <class 'bool'> but received: <class
    'str'>", with no line."""
    (project / "mkdocs.yml").write_text(
        f"site_name: Test\nplugins:\n  - kpi-catalog:\n      {option}\n", encoding="utf-8")
    done = render(project)
    assert done.exit_code == 1
    assert f"mkdocs.yml:4:7: kpi-catalog option {said}" in done.output, done.output
    assert "<class" not in done.output and "Expected" not in done.output
    assert sorted(p.name for p in (project / "docs").iterdir()) == ["index.md"]


def test_an_option_of_the_wrong_kind_is_said_in_indonesian(project):
    (project / "mkdocs.yml").write_text(
        "site_name: Test\nplugins:\n  - kpi-catalog:\n      enabled: id\n", encoding="utf-8")
    done = kpi("--language", "id", "render", "docs", "--today", TODAY.isoformat(),
               cwd=project)
    assert done.exit_code == 1
    assert "mkdocs.yml:4:7:" in done.output
    assert "is not true or false" not in done.output, done.output


def test_an_option_the_plugin_does_not_have_is_warned_of_at_its_line(project):
    """A typo was left unread unsaid: the pages went to kpis/, not to indicators/."""
    (project / "mkdocs.yml").write_text(
        "site_name: Test\nplugins:\n  - kpi-catalog:\n      catalog: kpis\n"
        "      kpi_prefx: indicators\n", encoding="utf-8")
    done = render(project)
    assert done.exit_code == 0, done.output
    assert ("Warning: mkdocs.yml:5:7: the kpi-catalog plugin has no option `kpi_prefx`: it is "
            "left unread. Did you mean `kpi_prefix`?") in done.output, done.output


def test_a_missing_mkdocs_yml_is_a_usage_error(project):
    done = kpi("render", "docs", "-f", "nowhere.yml", cwd=project)
    assert done.exit_code == 2
    assert "There is no file nowhere.yml." in done.output, done.output


def test_the_site_is_not_rendered_into_its_catalog(project):
    done = kpi("render", "kpis/site", "--catalog", "kpis", cwd=project)
    assert done.exit_code == 2
    assert "apart from the catalog" in done.output
    assert not (project / "kpis" / "site").exists()


def test_a_public_render_holds_no_confidential_kpi_in_any_file(tmp_path):
    (tmp_path / ".git").mkdir()
    done = kpi("render", str(tmp_path / "docs"), "--catalog", str(REPO / "kpis"),
               "--audience", "public", "--today", TODAY.isoformat(), cwd=tmp_path)
    assert done.exit_code == 0, done.output
    secret = yaml.safe_load((REPO / "kpis" / "human-resources" /
                             "rasio-gaji-terhadap-pasar.yml").read_text(encoding="utf-8"))
    for path in (tmp_path / "docs").rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert secret["id"] not in text and secret["name"] not in text, path


def test_every_output_goes_inside_the_folder_and_once(project, monkeypatch):
    for bad in ("../outside.txt", "/etc/x", "a//b", "assets/kpi-catalog/kpi-catalog.css"):
        monkeypatch.setattr(outputs, "MAKERS", (outputs.assets, lambda site, p=bad: [
            SiteFile(p, "x")]))
        with pytest.raises(ValueError):
            render(project)
    assert not (project / "outside.txt").exists()


def test_mkdocs_builds_a_docs_folder_that_was_rendered_into(tmp_path):
    """The plugin makes its own pages in place of those `kpi render` left in docs_dir; a
    hand-written page at a generated page's place still stops the build."""
    project = make_project(tmp_path / "p")
    project.write_config()
    (project.root / ".git").mkdir()
    done = kpi("render", "docs", cwd=project.root)
    assert done.exit_code == 0, done.output
    source = project.catalog / "marketing" / "new-leads.yml"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "name: New leads per month", "name: Renamed leads"), encoding="utf-8")
    built = project.build()
    assert built.returncode == 0, built.output
    assert "Renamed leads" in built.page("kpis/new-leads/")  # the plugin's page, not docs/'s
    (project.root / "docs" / MANIFEST).unlink()
    clash = project.build()
    assert clash.returncode != 0 and "is written by hand" in clash.output


def _front_matter(page: Path) -> dict:
    return yaml.safe_load(page.read_text(encoding="utf-8").split("---\n")[1])


def test_each_page_names_the_feeds_it_links_for_a_theme_without_the_plugin(project):
    """Zensical runs no plugin: its theme links a page's feeds from the page's front matter
    (overrides/zensical/main.html), as the plugin does under MkDocs."""
    docs = project / "docs"
    assert render(project).exit_code == 0
    assert "kpi_feeds" not in _front_matter(docs / "kpis" / "new-leads" / "index.md"), \
        "without site_url there are no feeds to link"
    (project / "mkdocs.yml").write_text(
        "site_name: Test\nsite_url: https://example.org/kpis/\nplugins:\n  - kpi-catalog\n",
        encoding="utf-8")
    assert render(project).exit_code == 0
    kpi_page = _front_matter(docs / "kpis" / "new-leads" / "index.md")
    department = next(p for p in (docs / "departments").iterdir() if p.is_dir())
    every = {"title": "Test catalog", "href": "feed.xml"}
    assert kpi_page["kpi_feeds"][0] == every
    own = kpi_page["kpi_feeds"][1]
    assert own["href"].startswith("feed-") and (docs / own["href"]).is_file()
    assert _front_matter(docs / "kpis" / "index.md")["kpi_feeds"] == [every]
    assert len(_front_matter(department / "index.md")["kpi_feeds"]) == 2


def test_the_feeds_titles_for_a_theme_are_one_line_without_controls(tmp_path):
    """The titles in ``kpi_feeds`` (the catalog's and a department's name, which Zensical's
    theme writes into each page's `<link title>`) lose their bidirectional controls, as the
    plugin's links under MkDocs do: a name with U+202E read backwards in a feed reader's
    list of the page's feeds."""
    from kpi_catalog.model.diagnostics import BIDI_CONTROLS

    files = small_catalog()
    files["catalog.yml"]["name"] = "Test \u202ecatalog\u2066 x"
    files["departments.yml"]["departments"][0]["name"] = "Market\u2067ing\u202c"
    (tmp_path / ".git").mkdir()
    write_catalog(tmp_path / "kpis", files)
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Test\nsite_url: https://example.org/kpis/\nplugins:\n  - kpi-catalog\n",
        encoding="utf-8")
    done = render(tmp_path)
    assert done.exit_code == 0, done.output
    titles = [feed["title"] for feed in _front_matter(
        tmp_path / "docs" / "kpis" / "new-leads" / "index.md")["kpi_feeds"]]
    assert titles == ["Test catalog x", "Test catalog x: Marketing"]
    assert not any(set(title) & set(BIDI_CONTROLS) for title in titles)


def test_pages_of_another_language_name_it_for_a_theme_without_the_plugin(tmp_path):
    """Zensical's theme (overrides/zensical/partials/language.html) reads ``kpi_language``
    to put the page's `<html lang>` and its own words in the page's language."""
    (tmp_path / ".git").mkdir()
    write_catalog(tmp_path / "kpis", small_catalog())
    config = tmp_path / "kpis" / "catalog.yml"
    config.write_text(config.read_text(encoding="utf-8") + "languages: [en, id]\n",
                      encoding="utf-8")
    assert render(tmp_path).exit_code == 0
    docs = tmp_path / "docs"
    for page in ("kpis/new-leads/index.md", "kpis/index.md", "departments/marketing/index.md"):
        assert _front_matter(docs / "id" / page)["kpi_language"] == "id", page
        assert "kpi_language" not in _front_matter(docs / page), page
    # the catalog's name in Indonesian only where mkdocs.yml's site_name is its name
    assert "kpi_site_name" not in _front_matter(docs / "id" / "kpis" / "index.md")
    name = yaml.safe_load(config.read_text(encoding="utf-8"))["name"]
    config.write_text(config.read_text(encoding="utf-8")
                      + "translations:\n  id: {name: Katalog uji}\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: {json.dumps(name)}\nplugins:\n  - kpi-catalog\n", encoding="utf-8")
    assert render(tmp_path).exit_code == 0
    assert _front_matter(docs / "id" / "kpis" / "index.md")["kpi_site_name"] == "Katalog uji"
    assert "kpi_site_name" not in _front_matter(docs / "kpis" / "index.md")
    # as the page's header and <title> show it (Zensical's theme): one line, no bidi control
    config.write_text(config.read_text(encoding="utf-8").replace(
        "Katalog uji", '"Katalog\\u202e  uji\\u2066"'), encoding="utf-8")
    assert render(tmp_path).exit_code == 0
    assert _front_matter(docs / "id" / "kpis" / "index.md")["kpi_site_name"] == "Katalog uji"


@pytest.mark.parametrize(("settings", "expected"), [
    ("edit_uri: edit/main/\n", "https://github.com/example/catalog/edit/main/"),
    ("edit_uri: edit/main/docs/\n", "https://github.com/example/catalog/edit/main/"),
    ("", "https://github.com/example/catalog/edit/master/"),  # MkDocs' default edit_uri
])
def test_each_page_names_its_edit_link_for_a_theme_without_the_plugin(project, settings,
                                                                       expected):
    """Zensical builds every edit link from the page's path, a rendered file that is not in
    git: its theme (overrides/zensical/partials/actions.html) takes the page's
    ``kpi_edit_url`` instead, the link the plugin gives under MkDocs, and shows no button
    where it is null (the overview shows no YAML file)."""
    (project / "mkdocs.yml").write_text(
        "site_name: Test\nrepo_url: https://github.com/example/catalog\n" + settings
        + "plugins:\n  - kpi-catalog\n", encoding="utf-8")
    assert render(project).exit_code == 0
    docs = project / "docs"
    assert _front_matter(docs / "kpis" / "new-leads" / "index.md")["kpi_edit_url"] == \
        expected + "kpis/marketing/new-leads.yml"
    overview = _front_matter(docs / "kpis" / "index.md")
    assert "kpi_edit_url" in overview and overview["kpi_edit_url"] is None


def test_without_a_repository_no_page_names_an_edit_link(project):
    assert render(project).exit_code == 0
    for page in (project / "docs").rglob("*.md"):
        if page.name != "index.md" or page.parent != project / "docs":
            assert _front_matter(page)["kpi_edit_url"] is None, page


def test_a_wrong_mkdocs_yml_is_said_in_the_catalog_language(project, monkeypatch):
    """What `kpi render` says of mkdocs.yml is a message like the others: in Indonesian for
    an Indonesian reader."""
    monkeypatch.setenv("KPI_LANGUAGE", "id")
    (project / "a.yml").write_text("INHERIT: b.yml\n", encoding="utf-8")
    (project / "b.yml").write_text("INHERIT: a.yml\n", encoding="utf-8")
    (project / "c.yml").write_text("site_name: [\n", encoding="utf-8")
    (project / "d.yml").write_text("plugins:\n  - kpi-catalog:\n      kpi_prefix: 5\n",
                                   encoding="utf-8")
    loop = kpi("render", "docs", "-f", "a.yml", cwd=project)
    assert loop.exit_code == 1 and "`INHERIT` berputar-putar" in loop.output, loop.output
    broken = kpi("render", "docs", "-f", "c.yml", cwd=project)
    assert broken.exit_code == 1
    assert "c.yml: ini bukan YAML yang dapat dibaca (" in broken.output, broken.output
    option = kpi("render", "docs", "-f", "d.yml", cwd=project)
    assert option.exit_code == 1 and "d.yml:3:7: opsi kpi-catalog `kpi_prefix`:" in option.output
    (project / "e.yml").write_text("plugins:\n  - kpi-catalog:\n      kpi_prefix: ../up\n"
                                   "      department_prefix: kpis/x\n", encoding="utf-8")
    options = kpi("render", "docs", "-f", "e.yml", cwd=project)
    assert options.exit_code == 1, options.output
    assert "'../up' bukan folder situs" in options.output, options.output


def test_a_date_that_does_not_exist_in_mkdocs_yml_is_located(project):
    """YAML reads `2026-02-30` as a date that cannot be made: the message names the file and
    the line, as for any other YAML mistake."""
    (project / "mkdocs.yml").write_text(
        "site_name: Test\nextra:\n  since: 2026-02-30\nplugins:\n  - kpi-catalog\n",
        encoding="utf-8")
    done = render(project)
    assert done.exit_code == 1, done.output
    assert "mkdocs.yml: this is not YAML that can be read (" in done.output, done.output
    assert "2026-02-30" in done.output and "line 3" in done.output, done.output
    assert "Traceback" not in done.output


_LAUGHS = "".join(f"  - {n}: &{n} [{', '.join([f'*{n - 1}'] * 10)}]\n" for n in range(2, 7))


@pytest.mark.parametrize(("nav", "line", "said"), [
    # the "billion laughs": ten times ten... a million pages, from 7 lines
    ("nav:\n  - 1: &1 [a.md, a.md, a.md, a.md, a.md, a.md, a.md, a.md, a.md, a.md]\n"
     + _LAUGHS, 9, "expands to more than 100,000 values"),
    ("nav:\n  - " + "[" * 3000 + "]" * 3000 + "\n", 5, "nested more than 64 levels deep"),
    ("nav:\n  - " + "[" * 100 + "]" * 100 + "\n", 5, "nested more than 64 levels deep"),
    ("nav: &nav\n  - Home: *nav\n", 5, "refers to a value that contains it"),
], ids=["aliases", "nesting", "nesting-100", "recursive"])
def test_a_mkdocs_yml_that_never_ends_is_located(project, nav, line, said):
    """kpi render read mkdocs.yml with PyYAML's own loader, without bounds: an alias bomb
    in it ran on for minutes, nesting and an alias inside its own value stopped it with a
    RecursionError's traceback. The bounds of catalog files hold for it too."""
    (project / "mkdocs.yml").write_text("site_name: Test\nplugins:\n  - kpi-catalog\n" + nav,
                                        encoding="utf-8")
    done = render(project)
    assert done.exit_code == 1, done.output[-2000:]
    assert f"mkdocs.yml:{line}:" in done.output and said in done.output, done.output
    assert "Traceback" not in done.output
    assert sorted(p.name for p in (project / "docs").iterdir()) == ["index.md"]


def test_a_mkdocs_yml_saved_as_utf16_is_named_so(project):
    """It said "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"."""
    (project / "mkdocs.yml").write_bytes(
        "site_name: Test\nplugins:\n  - kpi-catalog\n".encode("utf-16"))
    done = render(project)
    assert done.exit_code == 1, done.output
    assert "mkdocs.yml:1:1: The file is saved as UTF-16" in done.output, done.output
    assert "Save it as UTF-8" in done.output and "codec" not in done.output


@pytest.mark.parametrize("entry", ["  - kpi-catalog: [1, 2]\n", "  kpi-catalog: oops\n"])
def test_plugin_options_that_are_not_a_mapping_are_refused_where_they_are(project, entry):
    """MkDocs refuses a plugin whose options are not a mapping: `kpi render` does too, with
    the file and line, rather than rendering with the defaults."""
    (project / "mkdocs.yml").write_text("site_name: Test\nplugins:\n" + entry,
                                        encoding="utf-8")
    done = render(project)
    assert done.exit_code == 1, done.output
    assert "mkdocs.yml, line 3: the kpi-catalog plugin's options" in done.output, done.output
    assert "option: value" in done.output and "Traceback" not in done.output
    assert sorted(p.name for p in (project / "docs").iterdir()) == ["index.md"]


def test_plugin_without_options_still_renders_with_the_defaults(project):
    (project / "mkdocs.yml").write_text("site_name: Test\nplugins:\n  - kpi-catalog:\n",
                                        encoding="utf-8")
    done = render(project)
    assert done.exit_code == 0, done.output


def test_a_disabled_plugin_renders_nothing_and_says_so(project):
    """`enabled: false` builds the MkDocs site without the catalog pages: `kpi render` writes
    none either, and says why instead of seeming to do nothing."""
    (project / "mkdocs.yml").write_text(
        "site_name: Test\nplugins:\n  - kpi-catalog:\n      enabled: false\n", encoding="utf-8")
    done = render(project)
    assert done.exit_code == 0, done.output
    assert "disabled in mkdocs.yml (`enabled: false`)" in done.output, done.output
    assert sorted(p.name for p in (project / "docs").iterdir()) == ["index.md"]


def test_a_folder_that_is_not_the_docs_dir_is_rendered_with_a_warning(project):
    (project / "mkdocs.yml").write_text("site_name: Test\ndocs_dir: pages\n", encoding="utf-8")
    done = render(project)
    assert done.exit_code == 0, done.output
    assert "Warning: docs is not the docs folder of mkdocs.yml" in done.output, done.output
    assert (project / "docs" / "kpis" / "new-leads" / "index.md").is_file()
    (project / "pages").mkdir()
    again = kpi("render", "pages", "--today", TODAY.isoformat(), cwd=project)
    assert again.exit_code == 0 and "Warning" not in again.output, again.output


def bilingual_project(root: Path, nav: list, docs: dict[str, str]) -> None:
    """A project in ``root``: the small catalog in English and Indonesian, mkdocs.yml with
    this ``nav``, and these pages written by hand in docs/."""
    (root / ".git").mkdir()
    write_catalog(root / "kpis", small_catalog())
    config = root / "kpis" / "catalog.yml"
    config.write_text(config.read_text(encoding="utf-8") + "languages: [en, id]\n",
                      encoding="utf-8")
    for name, text in docs.items():
        (root / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "docs" / name).write_text(text, encoding="utf-8")
    (root / "mkdocs.yml").write_text(yaml.safe_dump({
        "site_name": "Test", "plugins": ["kpi-catalog"], "nav": nav}), encoding="utf-8")


def test_the_navigation_files_put_departments_and_objectives_in_each_language(tmp_path):
    """Zensical reads one `nav` per project and runs no plugin: `kpi render` writes
    mkdocs.yml's `nav` as a navigation file (read by Zensical's awesome-nav) with the
    departments and objectives under their list pages, as the plugin puts them under
    MkDocs, a title given in mkdocs.yml kept; and in the other language's folder (a project
    of its own) the twins of those pages, sections named in that language."""
    bilingual_project(tmp_path, ["index.md", "kpis/index.md", {"Teams": "departments/index.md"},
                                 "objectives/index.md",
                                 {"Guide": ["index.md", {"Site": "https://x.org"}]}],
                      {"index.md": "# Home\n"})
    assert render(tmp_path).exit_code == 0
    docs = tmp_path / "docs"
    nav = yaml.safe_load((docs / ".kpi-nav.yml").read_text(encoding="utf-8"))
    assert nav["nav"] == [
        "index.md", "kpis/index.md",
        {"Teams": ["departments/index.md", "departments/marketing/index.md",
                   "departments/sales/index.md"]},
        {"Strategic objectives": ["objectives/index.md", "objectives/grow-pipeline/index.md",
                                  "objectives/keep-customers/index.md"]},
        {"Guide": ["index.md", {"Site": "https://x.org"}]}]
    nav = yaml.safe_load((docs / "id" / ".kpi-nav.yml").read_text(encoding="utf-8"))
    assert nav["nav"] == [
        "index.md",  # its home page first, generated (Zensical's `id/` is a page)
        "kpis/index.md",
        {"Departemen": ["departments/index.md", "departments/marketing/index.md",
                        "departments/sales/index.md"]},
        {"Sasaran strategis": ["objectives/index.md", "objectives/grow-pipeline/index.md",
                               "objectives/keep-customers/index.md"]}]
    assert {".kpi-nav.yml", "id/.kpi-nav.yml", "id/index.md"} <= set(manifest(tmp_path)["files"])
    assert 'title: "Beranda"' in (docs / "id" / "index.md").read_text(encoding="utf-8")


def test_an_indonesian_home_page_written_by_hand_is_used_and_comes_first(tmp_path):
    """docs/id/index.md written by hand: `kpi render` writes none over it, and it is the
    first page of the Indonesian navigation all the same."""
    bilingual_project(tmp_path, ["index.md", "kpis/index.md"],
                      {"index.md": "# Home\n", "id/index.md": "# Beranda\n"})
    done = render(tmp_path)
    assert done.exit_code == 0, done.output
    docs = tmp_path / "docs"
    assert (docs / "id" / "index.md").read_text(encoding="utf-8") == "# Beranda\n"
    assert "id/index.md" not in manifest(tmp_path)["files"]
    assert (docs / "id" / "kpis" / "index.md").is_file()
    nav = yaml.safe_load((docs / "id" / ".kpi-nav.yml").read_text(encoding="utf-8"))
    assert nav["nav"] == ["index.md", "kpis/index.md"]


def test_the_indonesian_navigation_file_lists_the_pages_written_by_hand_in_its_folder(
        tmp_path):
    """`docs/id/guide/one.md`, written by hand: the Indonesian navigation (Zensical's
    project of `docs/id`) lists it where mkdocs.yml's `nav` has its English twin, in a
    section named as `nav_translations` says, and an Indonesian page without a twin after
    the catalog's pages, as the plugin's Indonesian navigation does under MkDocs."""
    bilingual_project(tmp_path, [], {"index.md": "# Home\n", "guide/one.md": "# One\n",
                                     "guide/two.md": "# Two\n", "id/guide/one.md": "# Satu\n",
                                     "id/extra.md": "# Tambahan\n"})
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump({
        "site_name": "Test",
        "plugins": [{"kpi-catalog": {"nav_translations": {"id": {"Guide": "Panduan"}}}}],
        "nav": ["index.md", "kpis/index.md", {"Guide": ["guide/one.md", "guide/two.md"]}]}),
        encoding="utf-8")
    done = render(tmp_path)
    assert done.exit_code == 0, done.output
    nav = yaml.safe_load((tmp_path / "docs" / "id" / ".kpi-nav.yml").read_text(encoding="utf-8"))
    assert nav["nav"] == ["index.md", "kpis/index.md", {"Panduan": ["guide/one.md"]},
                          "extra.md"]
    again = render(tmp_path)  # the pages it wrote are not taken for pages written by hand
    assert again.exit_code == 0, again.output
    assert yaml.safe_load((tmp_path / "docs" / "id" / ".kpi-nav.yml").read_text(
        encoding="utf-8"))["nav"] == nav["nav"]


def test_a_generated_home_page_replaced_by_hand_is_kept_as_the_readers_own(tmp_path,
                                                                           monkeypatch):
    """docs/id/index.md, written by an earlier render, then replaced by a page of one's
    own: render leaves it, says so once (not as a problem: exit 0), no longer lists it, so
    never writes over nor removes it, and it stays the first page of the Indonesian
    navigation; deleting it has the generated page written again."""
    bilingual_project(tmp_path, ["index.md", "kpis/index.md"], {"index.md": "# Home\n"})
    home = tmp_path / "docs" / "id" / "index.md"
    assert render(tmp_path).exit_code == 0
    generated = home.read_text(encoding="utf-8")
    assert "id/index.md" in manifest(tmp_path)["files"]
    home.write_text("# Beranda kami\n", encoding="utf-8")
    done = render(tmp_path)
    assert done.exit_code == 0, done.output
    assert home.read_text(encoding="utf-8") == "# Beranda kami\n"
    assert "id/index.md: This page is not the one kpi render wrote" in done.output
    assert "delete this file and render again" in done.output
    assert "changed since kpi render wrote it" not in done.output
    assert "id/index.md" not in manifest(tmp_path)["files"]
    nav = yaml.safe_load((tmp_path / "docs" / "id" / ".kpi-nav.yml").read_text(encoding="utf-8"))
    assert nav["nav"][0] == "index.md"
    again = render(tmp_path)  # it is a page written by hand now: nothing to say
    assert again.exit_code == 0 and "id/index.md" not in again.output, again.output
    assert home.read_text(encoding="utf-8") == "# Beranda kami\n"
    home.unlink()
    back = render(tmp_path)
    assert back.exit_code == 0, back.output
    assert home.read_text(encoding="utf-8") == generated
    assert "id/index.md" in manifest(tmp_path)["files"]
    monkeypatch.setenv("KPI_LANGUAGE", "id")  # and said in Indonesian to its reader
    home.write_text("# Beranda kami\n", encoding="utf-8")
    said = render(tmp_path)
    assert said.exit_code == 0, said.output
    assert "id/index.md: Halaman ini bukan yang ditulis kpi render" in said.output
    assert "hapus berkas ini lalu jalankan render lagi" in said.output


def test_a_generated_page_changed_by_hand_is_still_reported(project):
    """Only a page made where none is written by hand (a home page) is taken as the
    reader's own: a KPI's page changed by hand is a problem, as before."""
    assert render(project).exit_code == 0
    page = next((project / "docs" / "kpis").glob("*/index.md"))
    page.write_text("# Mine\n", encoding="utf-8")
    done = render(project)
    assert done.exit_code == 1
    assert "changed since kpi render wrote it" in done.output
    assert page.read_text(encoding="utf-8") == "# Mine\n"


def test_a_hand_written_title_calling_the_macros_is_named_in_the_navigation_as_text(tmp_path):
    """Zensical takes the title of a page written by hand, `# {{ catalog_name() }}`, as the
    macro's Markdown (`Test &#42;R&amp;D&#42;`), which its search's breadcrumbs show as
    written (they read no character reference but &amp;, &lt; and &gt;). The navigation file
    names such a page in plain text, escaped by those three (a zero-width space after each
    `&lt;`, and after an `&` that starts a reference). A title calling anything else, or a
    page whose title has no macro, is left to the site engine."""
    (tmp_path / ".git").mkdir()
    catalog = small_catalog()
    catalog["catalog.yml"] = {"name": "Test *R&D* <b>x</b> &amp; [a](b)", "language": "en"}
    write_catalog(tmp_path / "kpis", catalog)
    pages = {"index.md": "# {{ catalog_name() }}\n\nHello.\n",
             "about.md": "---\ntitle: About {{ kpi_link('new-leads') }}\n---\n# Other\n",
             "fenced.md": "```\n# {{ catalog_name() }}\n```\n\n# Plain {{ 1 + 1 }} x\n",
             "theirs.md": "# {{ my_macro() }} and {{ catalog_name() }}\n",
             "wrong.md": "# {{ kpi_link('no-such-kpi') }}\n",
             "plain.md": "# Plain *title*\n"}
    (tmp_path / "docs").mkdir()
    for name, text in pages.items():
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump({
        "site_name": "Test", "plugins": ["kpi-catalog"],
        "nav": [*pages, {"Mine": "plain.md"}]}), encoding="utf-8")
    assert render(tmp_path).exit_code == 0
    nav = yaml.safe_load((tmp_path / "docs" / ".kpi-nav.yml").read_text(encoding="utf-8"))
    z = "\u200b"
    assert nav["nav"] == [
        {f"Test *R&amp;D* &lt;{z}b&gt;x&lt;{z}/b&gt; &amp;{z}amp; [a](b)": "index.md"},
        {"About New leads per month": "about.md"},
        {"Plain 2 x": "fenced.md"},
        "theirs.md", "wrong.md", "plain.md", {"Mine": "plain.md"}]


def test_a_hand_written_pages_front_matter_too_deep_is_left_to_its_heading(project):
    """The navigation file names a page by its title: PyYAML's loader recursed through a
    front matter nested 3,000 deep (a RecursionError's traceback). One that cannot be read
    within the bounds of catalog files gives no title, and the page's heading names it."""
    front = "x: " + "[" * 3000 + "]" * 3000
    (project / "docs" / "about.md").write_text(
        f"---\n{front}\n---\n# About {{{{ catalog_name() }}}}\n", encoding="utf-8")
    (project / "mkdocs.yml").write_text(yaml.safe_dump({
        "site_name": "Test", "plugins": ["kpi-catalog"], "nav": ["index.md", "about.md"]}),
        encoding="utf-8")
    done = render(project)
    assert done.exit_code == 0, done.output[-2000:]
    nav = yaml.safe_load((project / "docs" / ".kpi-nav.yml").read_text(encoding="utf-8"))
    assert {"About Test catalog": "about.md"} in nav["nav"], nav


def test_without_a_nav_in_mkdocs_yml_no_navigation_file_is_written(project):
    """Without a `nav`, the site engine makes its own navigation from the folder."""
    (project / "mkdocs.yml").write_text("site_name: Test\nplugins:\n  - kpi-catalog\n",
                                        encoding="utf-8")
    assert render(project).exit_code == 0
    assert not (project / "docs" / ".kpi-nav.yml").exists()


def test_git_ignores_every_file_kpi_render_writes_into_this_repositorys_docs(tmp_path):
    """`nox -s zensical` renders into docs/, and .gitignore is to keep what it writes out of
    git (the site engines guide says so); but the feeds, `llms.txt` and `api/` showed up in
    `git status`, ready to be committed by mistake. Each file of a render of this
    repository's site, as it would lie in docs/, is ignored."""
    import shutil
    import subprocess

    git = shutil.which("git")
    assert git is not None and (REPO / ".git").exists()
    out = kpi("render", str(tmp_path / "docs"), "-f", str(REPO / "mkdocs.yml"), "--today",
              TODAY.isoformat(), cwd=REPO)
    assert out.exit_code == 0, out.output
    written = sorted(json.loads((tmp_path / "docs" / MANIFEST).read_text())["files"])
    assert len(written) > 100 and any(name.startswith("api/") for name in written)
    paths = "\n".join(f"docs/{name}" for name in [MANIFEST, *written])
    checked = subprocess.run([git, "check-ignore", "--no-index", "--verbose", "--non-matching",
                              "--stdin"], cwd=REPO, input=paths, capture_output=True,
                             text=True, check=False)
    kept = [line.split("\t")[1] for line in checked.stdout.splitlines()
            if line.startswith("::")]
    assert kept == [], kept


def test_the_feeds_a_page_names_for_zensical_are_found_from_its_languages_project(tmp_path):
    """Zensical builds the Indonesian pages as a project of their own (zensical-id.yml:
    docs/id into site-zensical/id), and its theme override links each feed of
    `kpi_feeds` from that project's root. An Indonesian page named `id/feed.xml`, so its
    page linked site-zensical/id/id/feed.xml, which is not there. Each address is the
    feed's in the page's own project."""
    out = kpi("render", str(tmp_path / "docs"), "-f", str(REPO / "mkdocs.yml"), "--today",
              TODAY.isoformat(), cwd=REPO)
    assert out.exit_code == 0, out.output
    projects = {"en": tmp_path / "docs", "id": tmp_path / "docs" / "id"}  # docs_dir of each
    for language, project in projects.items():
        for page in ("kpis/online-gmv/index.md", "departments/sales/index.md",
                     "kpis/index.md"):
            meta = yaml.safe_load((project / page).read_text(encoding="utf-8").split("---")[1])
            hrefs = [feed["href"] for feed in meta["kpi_feeds"]]
            assert hrefs and all((project / href).is_file() for href in hrefs), \
                (language, page, hrefs)
            assert any(href.endswith("feed-sales.xml") for href in hrefs) \
                == (page != "kpis/index.md")
