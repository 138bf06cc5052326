"""The docs never copy by hand what the code knows: generated parts are current, and every
error code and rule has its page (and every page its code)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from kpi_catalog.docs_gen import (
    FILES,
    REFRESH_COMMAND,
    UnknownBlock,
    marked_pages,
    refresh,
    render,
    render_page,
    stale_pages,
)
from kpi_catalog.docs_gen.__main__ import main as docs_gen_main
from kpi_catalog.model import codes
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.reading.plain_errors import plain_errors
from kpi_catalog.reading.yaml_reader import YamlProblem, parse_yaml

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PACKAGE = ROOT / "plugins" / "kpi_catalog"


@pytest.mark.parametrize("page", marked_pages(DOCS), ids=lambda p: p.relative_to(DOCS).as_posix())
def test_generated_parts_are_current(page):
    """In the page's language: docs/id/rules/ in Bahasa Indonesia."""
    text = page.read_text(encoding="utf-8")
    assert render_page(DOCS, page) == text, (
        f"docs/{page.relative_to(DOCS).as_posix()} is out of date: run `{REFRESH_COMMAND}` "
        "(or `nox -s docs`) in the repository root and commit the result")


def test_the_references_are_generated():
    """The pages that once copied the code by hand are generated now."""
    marked = {p.relative_to(DOCS).as_posix() for p in marked_pages(DOCS)}
    assert {"rules/index.md", "errors/index.md", "reference/plugin.md", "reference/cli.md",
            "reference/kpi-file.md", "reference/catalog-files.md",
            "reference/catalog-config.md", "reference/templates.md"} <= marked


def test_every_option_and_view_attribute_is_documented():
    """The generated references have a meaning in every row: an option or an attribute of
    the template contract without a docstring fails here, not silently on the page."""
    from kpi_catalog.docs_gen.blocks import kpi_view, plugin_options

    for table in (plugin_options(), kpi_view()):
        rows = table.splitlines()[2:]
        assert rows and all(not row.endswith("|  |") for row in rows), table


def test_every_option_type_is_said_in_words():
    """A reader of the plugin's reference sees `number`, not Python's `<class 'int'>`."""
    from kpi_catalog.docs_gen.blocks import plugin_options

    for row in plugin_options().splitlines()[2:]:
        assert "class" not in row.split("|")[2], row


def test_reference_pages_hold_no_macro_calls():
    """They read the same on GitHub as on the site."""
    for page in (DOCS / "reference").glob("*.md"):
        if page.name != "macros.md":  # the macros' own reference shows them as examples
            assert "kpi_fields(" not in page.read_text(encoding="utf-8"), page.name


def test_every_code_has_a_page_and_every_page_a_code():
    pages = {p.stem for p in (DOCS / "errors").glob("*.md")} - {"index"}
    assert pages == set(codes.CODES), (
        f"pages without a code: {sorted(pages - set(codes.CODES))}; "
        f"codes without a page: {sorted(set(codes.CODES) - pages)} (docs/errors/<CODE>.md)")
    for code in codes.CODES:
        text = (DOCS / "errors" / f"{code}.md").read_text(encoding="utf-8")
        assert text.startswith(f"<!-- generated: start code {code} -->"), code
        assert "\n## Bad\n" in text and "\n## Fixed\n" in text, code


def test_codes_are_unique_in_meaning_and_name():
    names = [c.name for c in codes.CODES.values()]
    summaries = [c.summary for c in codes.CODES.values()]
    assert len(set(names)) == len(names) and len(set(summaries)) == len(summaries)
    assert all(re.fullmatch(r"E[1-4][0-9]{2}", code) for code in codes.CODES)


def test_no_bare_error_code_in_the_package():
    """Codes are referred to through the registry (kpi_catalog/model/codes.py), never typed."""
    bare = re.compile(r"""["']E[0-9]{3}["']""")
    found = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
             for path in PACKAGE.rglob("*.py") if path.name != "codes.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if bare.search(line)]
    assert not found, "use a constant of kpi_catalog/model/codes.py instead:\n" + "\n".join(found)


def _examples(code: str) -> tuple[str, str]:
    text = (DOCS / "errors" / f"{code}.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^## (Bad|Fixed)\n\n```yaml\n(.*?)```", text, re.S | re.M)
    found = dict(blocks)
    return found["Bad"], found["Fixed"]


def _codes_of(text: str) -> set[str]:
    try:
        parse_yaml(text)
    except YamlProblem as problem:
        return {p.code for p in problem.all()}
    return set()


@pytest.mark.parametrize("code", [codes.YAML_SYNTAX, codes.AMBIGUOUS_VALUE, codes.TOO_LARGE,
                                  codes.FIELD_NAME_NOT_TEXT, codes.BAD_ALIAS,
                                  codes.SEVERAL_DOCUMENTS, codes.DUPLICATE_FIELD])
def test_the_bad_example_of_a_yaml_code_gives_that_code(code):
    bad, fixed = _examples(code)
    assert code in _codes_of(bad)
    assert _codes_of(fixed) == set()


def _field_codes(fragment: str) -> set[str]:
    """The codes of a KPI file of the example catalog with ``fragment``'s fields put in."""
    base = ROOT / "kpis" / "marketing" / "new-pipeline-subscribers.yml"
    data = {**parse_yaml(base.read_text(encoding="utf-8")), **parse_yaml(fragment)}
    try:
        Kpi.model_validate(data)
    except ValidationError as exc:
        return {code for _, code, _, _ in plain_errors(exc, Kpi)}
    return set()


@pytest.mark.parametrize("code", [codes.MISSING_FIELD, codes.UNKNOWN_FIELD, codes.WRONG_TYPE,
                                  codes.INVALID_VALUE])
def test_the_bad_example_of_a_field_code_gives_that_code(code):
    bad, fixed = _examples(code)
    assert _field_codes(bad) == {code}
    assert _field_codes(fixed) == set()


def test_unknown_block_is_refused():
    with pytest.raises(UnknownBlock, match="unknown generated block `nope`"):
        render("<!-- generated: start nope -->\n<!-- generated: end -->\n")
    with pytest.raises(UnknownBlock, match="code E999"):
        render("<!-- generated: start code E999 -->\n<!-- generated: end -->\n")


def test_refresh_rewrites_only_the_marked_part(tmp_path, capsys):
    page = tmp_path / "errors.md"
    page.write_text("Hand-written intro.\n\n<!-- generated: start error-index -->\nstale\n"
                    "<!-- generated: end -->\n\nHand-written end.\n", encoding="utf-8")
    templates = [tmp_path / name for name in FILES]  # the generated files, missing here
    assert stale_pages(tmp_path) == [page, *templates]
    assert docs_gen_main([str(tmp_path), "--check"]) == 1
    assert REFRESH_COMMAND in capsys.readouterr().err
    assert refresh(tmp_path) == [page, *templates]
    text = page.read_text(encoding="utf-8")
    assert text.startswith("Hand-written intro.\n\n") and text.endswith("\n\nHand-written end.\n")
    assert "stale" not in text and f"[{codes.NOT_UTF8}]({codes.NOT_UTF8}.md)" in text
    assert stale_pages(tmp_path) == [] and docs_gen_main([str(tmp_path), "--check"]) == 0


@pytest.mark.parametrize("name", list(FILES))
def test_generated_files_are_current(name):
    """The templates the guide offers for download are made by the code that reads them."""
    assert (DOCS / name).read_bytes().decode("utf-8") == FILES[name](), (
        f"docs/{name} is out of date: run `{REFRESH_COMMAND}` and commit the result")


def test_a_generated_file_changed_by_hand_is_stale_and_rewritten(tmp_path):
    refresh(tmp_path)
    template = tmp_path / "assets" / "actuals-template-id.csv"
    template.write_text("kpi,period,value,note\n", encoding="utf-8")  # copied from English
    assert stale_pages(tmp_path) == [template]
    assert refresh(tmp_path) == [template] and stale_pages(tmp_path) == []


def _rule_page(folder: Path, code: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / f"{code}.md"
    page.write_text(f"<!-- generated: start rule {code} -->\n<!-- generated: end -->\n\n"
                    "## Why\n", encoding="utf-8")
    return page


def test_a_page_in_a_language_folder_is_generated_in_that_language(tmp_path):
    """docs/id/rules/K101.md has the rule's title, summary and severity in Bahasa
    Indonesia, in the words `kpi --language id validate` uses; the English page stays."""
    english, indonesian = _rule_page(tmp_path / "rules", "K101"), _rule_page(
        tmp_path / "id" / "rules", "K101")
    refresh(tmp_path)
    assert "The statement is one sentence.\n\n**Default severity:** warning." in (
        english.read_text(encoding="utf-8"))
    text = indonesian.read_text(encoding="utf-8")
    assert text.startswith("<!-- generated: start rule K101 -->\n# K101 one-sentence\n\n"
                           "Pernyataannya satu kalimat.\n\n**Tingkat bawaan:** peringatan. "
                           "Memeriksa KPI aktif dan draf;")
    assert text.endswith("<!-- generated: end -->\n\n## Why\n")


def test_an_indonesian_page_with_the_english_block_is_stale(tmp_path, capsys):
    """`docs_gen --check` catches an Indonesian block copied from English (or left behind
    when a rule's summary changed)."""
    english = _rule_page(tmp_path / "rules", "K105")
    refresh(tmp_path)
    copied = tmp_path / "id" / "rules" / "K105.md"
    copied.parent.mkdir(parents=True)
    copied.write_text(english.read_text(encoding="utf-8"), encoding="utf-8")
    assert stale_pages(tmp_path) == [copied]
    assert docs_gen_main([str(tmp_path), "--check"]) == 1
    assert f"{copied}: generated parts are out of date" in capsys.readouterr().err
    refresh(tmp_path)
    assert "**Tingkat bawaan:** kesalahan." in copied.read_text(encoding="utf-8")
    assert stale_pages(tmp_path) == []


def test_the_indonesian_rule_index_links_the_english_page_of_a_rule_not_translated(tmp_path):
    folder = tmp_path / "id" / "rules"
    _rule_page(folder, "K101")
    index = folder / "index.md"
    index.write_text("<!-- generated: start rule-index -->\n<!-- generated: end -->\n",
                     encoding="utf-8")
    refresh(tmp_path)
    text = index.read_text(encoding="utf-8")
    assert "| kode | nama | yang diminta | bawaan |" in text
    assert "| [K101](K101.md) | one-sentence | Pernyataannya satu kalimat. | peringatan |" in text
    assert "[K102](../../rules/K102.md)" in text and "[K100](../../rules/K100.md)" in text
    english = tmp_path / "rules" / "index.md"
    english.parent.mkdir()
    english.write_text(index.read_text(encoding="utf-8"), encoding="utf-8")
    refresh(tmp_path)
    assert "| [K102](K102.md) | measurable | The statement states a number (measurable). " \
           "| warning |" in english.read_text(encoding="utf-8")


RULE_PAGES_ID = sorted((DOCS / "id" / "rules").glob("K*.md"))


@pytest.mark.parametrize("page", RULE_PAGES_ID, ids=lambda p: p.stem)
def test_every_indonesian_rule_page_is_a_rule_s_twin_with_its_block(page):
    """A page of docs/id/rules/ translates a rule's page: its block comes first, in
    Bahasa Indonesia (test_generated_parts_are_current holds it current)."""
    from kpi_catalog.checking.rules import CONFIG_CODE, RULES

    code = page.stem
    assert code in RULES or code == CONFIG_CODE, f"{code} is no rule"
    assert (DOCS / "rules" / page.name).is_file()
    text = page.read_text(encoding="utf-8")
    if code in RULES:
        assert text.startswith(f"<!-- generated: start rule {code} -->\n"), code
        assert "**Tingkat bawaan:**" in text and "[Semua aturan](index.md)" in text


def test_the_package_knows_which_rule_pages_are_translated():
    """Messages in a language link its rule pages (model/codes.py TRANSLATED_RULE_PAGES):
    the list is the folder's, so that no message links a page that is not published."""
    for language, names in codes.TRANSLATED_RULE_PAGES.items():
        written = {p.stem for p in (DOCS / language / "rules").glob("*.md")}
        assert names == written, (
            f"docs/{language}/rules/ has {sorted(written - names)} that TRANSLATED_RULE_PAGES "
            f"lacks, and lacks {sorted(names - written)}: update kpi_catalog/model/codes.py")
