"""Bad YAML in a KPI file: every trap ends in one located, plain-words error.

Each test breaks one line of ``kpis/marketing/new-leads.yml`` (see conftest.py for its
text and line numbers) and checks the file, line, column, code and key words.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import yaml

from kpi_catalog.i18n.messages import speaking
from kpi_catalog.reading.yaml_reader import YamlProblem, parse_yaml

KPI = "kpis/marketing/new-leads.yml"


def test_the_fixture_catalog_is_valid(catalog):
    result = catalog.load()
    assert result.diagnostics == []
    assert list(result.catalog.kpis) == ["new-leads", "won-deals"]


# --- duplicate keys ------------------------------------------------------------------


def test_duplicate_key_points_at_the_second_one(catalog, located):
    catalog.edit(KPI, "lifecycle: active\n", "lifecycle: active\nowner: Someone Else\n")
    located(catalog.only_error(), KPI, 9, 1, "E109", "`owner`", "twice", "first on line 7")


def test_duplicate_key_in_a_flow_mapping(catalog, located):
    catalog.edit(KPI, "{value: 150, date: 2026-12-31}",
                 "{value: 150, value: 160, date: 2026-12-31}")
    located(catalog.only_error(), KPI, 17, 22, "E109", "`value`", "twice", "first on line 17")


def test_duplicate_key_in_a_nested_mapping(catalog, located):
    catalog.edit(KPI, "  unit: leads per month\n", "  unit: leads per month\n  unit: leads\n")
    located(catalog.only_error(), KPI, 12, 3, "E109", "`unit`", "first on line 11")


# --- YAML 1.1 implicit typing traps ---------------------------------------------------

TRAPS = [
    # (what, old line, new line, line, column, words)
    ("NO", "tags: [pipeline]", "tags: [pipeline, NO]", 22, 18, ["`NO`", "true/false", '"NO"']),
    ("yes", "lifecycle: active", "lifecycle: yes", 8, 12, ["`yes`", "true/false", "quotes"]),
    ("off", "tags: [pipeline]", "tags: [off]", 22, 8, ["`off`", "true/false"]),
    ("On", "tags: [pipeline]", "tags: [On]", 22, 8, ["`On`", "true/false"]),
    ("1:20", "  unit: leads per month", "  unit: 1:20", 11, 9, ["`1:20`", "base-60", '"1:20"']),
    ("010", "  data_source: CRM monthly lead report", "  data_source: 010", 12, 16,
     ["`010`", "octal", '"010"']),
    (".nan", "{value: 100, date: 2026-01-01}", "{value: .nan, date: 2026-01-01}", 16, 19,
     ["`.nan`", "not a finite number"]),
    (".inf", "{value: 150, date: 2026-12-31}", "{value: .inf, date: 2026-12-31}", 17, 17,
     ["`.inf`", "not a finite number"]),
    ("-.Inf", "{value: 150, date: 2026-12-31}", "{value: -.Inf, date: 2026-12-31}", 17, 17,
     ["`-.Inf`", "not a finite number"]),
    ("1_000", "{value: 150, date: 2026-12-31}", "{value: 1_000, date: 2026-12-31}", 17, 17,
     ["`1_000`", "plain decimal digits"]),
    ("0x1F", "{value: 150, date: 2026-12-31}", "{value: 0x1F, date: 2026-12-31}", 17, 17,
     ["`0x1F`", "plain decimal digits"]),
    ("0o17", "tags: [pipeline]", "tags: [0o17]", 22, 8, ["`0o17`", "plain decimal digits"]),
    ("1e400", "{value: 150, date: 2026-12-31}", "{value: 1e400, date: 2026-12-31}", 17, 17,
     ["`1e400`", "too large"]),
]


@pytest.mark.parametrize("what, old, new, line, column, words", TRAPS, ids=[t[0] for t in TRAPS])
def test_yaml11_trap_is_refused(catalog, located, what, old, new, line, column, words):
    catalog.edit(KPI, old + "\n", new + "\n")
    located(catalog.only_error(), KPI, line, column, "E104", *words)


def test_quoted_traps_are_plain_text(catalog):
    catalog.edit(KPI, "tags: [pipeline]", 'tags: ["NO", "yes", "1:20", "010", ".nan", "0x1F"]')
    result = catalog.load()
    assert result.diagnostics == []
    assert result.catalog.kpis["new-leads"].tags == ["NO", "yes", "1:20", "010", ".nan", "0x1F"]


def test_yaml12_core_values_are_typed(catalog):
    catalog.edit(KPI, "{value: 150, date: 2026-12-31}", "{value: +1.5e2, date: 2026-12-31}")
    result = catalog.load()
    assert result.diagnostics == []
    assert result.catalog.kpis["new-leads"].target.value == 150.0


def test_a_number_with_too_many_digits_is_located(catalog, located):
    catalog.edit(KPI, "{value: 150,", "{value: " + "9" * 5000 + ",")
    located(catalog.only_error(), KPI, 17, 17, "E104", "too many digits", "…")


# --- dates -------------------------------------------------------------------------------


def test_dates_in_text_fields_stay_text(catalog):
    catalog.edit(KPI, "name: New leads per month", "name: 2026-01-01")
    catalog.edit(KPI, "tags: [pipeline]", "tags: [2026-03-01, 2026-02-30]")
    result = catalog.load()
    assert result.diagnostics == []
    kpi = result.catalog.kpis["new-leads"]
    assert kpi.name == "2026-01-01" and isinstance(kpi.name, str)
    assert kpi.tags == ["2026-03-01", "2026-02-30"]


def test_impossible_date_in_a_date_field(catalog, located):
    catalog.edit(KPI, "review_date: 2027-01-15", "review_date: 2025-02-30")
    located(catalog.only_error(), KPI, 21, 1, "E204", "`review_date`", "`2025-02-30`",
            "not a real date")


@pytest.mark.parametrize(("language", "written", "hint"), [
    ("en", "2026-02-30", "Write a day of the calendar as YYYY-MM-DD"),
    ("id", "2026-02-30", "Tulis hari yang ada di kalender sebagai YYYY-MM-DD"),
    ("en", "2026-13-01", "There is no month 13"),
    ("id", "2026-13-01", "Tidak ada bulan 13"),
    ("en", "2026/12/01", "Write it as YYYY-MM-DD: 2026-12-01."),
    ("id", "2026/12/01", "Tulis sebagai YYYY-MM-DD: 2026-12-01."),
    ("en", "Dec 2026", "Write the year, month and day in that order"),
    ("id", "Dec 2026", "Tulis tahun, bulan, lalu hari"),
    ("en", "01-12-2026", "Write it as YYYY-MM-DD, the year first: 2026-12-01 if the day comes "
                         "first"),
    ("id", "01-12-2026", "Tulis sebagai YYYY-MM-DD, tahun lebih dulu: 2026-12-01 jika hari"),
])
def test_a_wrong_date_says_how_to_write_it(catalog, located, language, written, hint):
    """The hint was 'Correct the value as described.'"""
    from kpi_catalog.i18n.messages import speaking

    catalog.edit(KPI, "review_date: 2027-01-15", f"review_date: {written}")
    with speaking(language):
        error = catalog.only_error()
    located(error, KPI, 21, 1, "E204", f"`{written}`", hint)


@pytest.mark.parametrize(("language", "written", "words"), [
    ("en", "20270115", ["`20270115` is a number, not a date", "Write it with hyphens: 2027-01-15"]),
    ("id", "20270115", ["`20270115` adalah angka", "Tulis dengan tanda hubung: 2027-01-15"]),
    ("en", "46387", ["`46387` is a number", "copied from Excel", "write `2026-12-31`"]),
    ("id", "46387", ["`46387` adalah angka", "disalin dari Excel", "tulis `2026-12-31`"]),
    ("en", "12", ["`12` is a number", "Write the year, month and day in that order"]),
    ("en", "20271331", ["`20271331` is a number", "Write the year, month and day"]),
])
def test_a_date_written_as_a_number_says_which_date(catalog, located, language, written,
                                                    words):
    """It said 'a date must be written as YYYY-MM-DD. Correct the value as described.'"""
    catalog.edit(KPI, "review_date: 2027-01-15", f"review_date: {written}")
    with speaking(language):
        error = catalog.only_error()
    located(error, KPI, 21, 1, "E204", *words)


def test_impossible_date_inside_a_flow_mapping(catalog, located):
    catalog.edit(KPI, "{value: 100, date: 2026-01-01}", "{value: 100, date: 2026-02-30}")
    located(catalog.only_error(), KPI, 16, 24, "E204", "`date`", "not a real date")


def test_date_in_another_format(catalog, located):
    catalog.edit(KPI, "review_date: 2027-01-15", "review_date: 15/01/2027")
    located(catalog.only_error(), KPI, 21, 1, "E204", "`15/01/2027`", "YYYY-MM-DD")


# --- tags --------------------------------------------------------------------------------


def test_python_tag_is_refused_and_never_run(catalog, located, tmp_path):
    marker = tmp_path / "pwned"
    catalog.edit(KPI, "name: New leads per month",
                 f'name: !!python/object/apply:os.system ["touch {marker}"]')
    located(catalog.only_error(), KPI, 2, 7, "E104", "`!!python/object/apply:os.system`",
            "not allowed", "Remove the tag")
    assert not marker.exists()


def test_python_tag_on_a_mapping(catalog, located):
    catalog.edit(KPI, "measurement:\n", "measurement: !!python/object:collections.OrderedDict\n")
    located(catalog.only_error(), KPI, 9, 14, "E104", "`!!python/object:collections.OrderedDict`")


@pytest.mark.parametrize("tag", ["!!binary", "!!timestamp", "!!set", "!custom"])
def test_other_tags_are_refused(catalog, located, tag):
    catalog.edit(KPI, "  unit: leads per month", f"  unit: {tag} aGVsbG8=")
    located(catalog.only_error(), KPI, 11, 9, "E104", f"`{tag}`", "not allowed")


def test_core_tag_with_a_value_that_does_not_fit(catalog, located):
    catalog.edit(KPI, "{value: 150,", "{value: !!int 010,")
    located(catalog.only_error(), KPI, 17, 17, "E104", "`010`", "`!!int`")


def test_str_tag_makes_text(catalog):
    catalog.edit(KPI, "  unit: leads per month", "  unit: !!str 010")
    result = catalog.load()
    assert result.diagnostics == []
    assert result.catalog.kpis["new-leads"].measurement.unit == "010"


# --- whole-file shapes --------------------------------------------------------------------


def test_several_documents(catalog, located):
    catalog.write(KPI, catalog.read(KPI) + "---\nid: second\n")
    located(catalog.only_error(), KPI, 26, 1, "E108", "more than one YAML document", "one KPI")


def test_document_end_marker_alone_is_fine(catalog):
    catalog.write(KPI, catalog.read(KPI) + "...\n")
    assert catalog.load().diagnostics == []


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n", "~\n"])
def test_empty_file(catalog, located, text):
    catalog.write(KPI, text)
    located(catalog.only_error(), KPI, 1, 1, "E112", "empty", "one KPI")


def test_file_that_is_a_list(catalog, located):
    catalog.write(KPI, "- id: new-leads\n- name: New leads\n")
    located(catalog.only_error(), KPI, 1, 1, "E112", "not a list", "field: value")


@pytest.mark.parametrize("text", ["new-leads\n", "42\n", "true\n", '"text"\n'])
def test_file_that_is_a_scalar(catalog, located, text):
    catalog.write(KPI, text)
    located(catalog.only_error(), KPI, 1, 1, "E112", "not a single value")


def test_registry_file_that_is_a_list(catalog, located):
    catalog.write("kpis/departments.yml", "- marketing\n- sales\n")
    errors = catalog.errors()
    assert len(errors) == 1, [d.text() for d in errors]
    located(errors[0], "kpis/departments.yml", 1, 1, "E112", "departments", "not a list")


# --- keys that are not plain text ---------------------------------------------------------

KEYS = [
    ("int", "1: active", 8, 1, ["`1`", "a number", '"1"']),
    ("float", "1.5: active", 8, 1, ["`1.5`", "a number"]),
    ("null", "null: active", 8, 1, ["`null`", "null", '"null"']),
    ("tilde", "~: active", 8, 1, ["`~`", "null"]),
    ("bool", "true: active", 8, 1, ["`true`", "true/false", '"true"']),
    ("flow-list", "[a]: active", 8, 1, ["plain text", "not a list"]),
    ("flow-map", "{a: 1}: active", 8, 1, ["plain text", "group of fields"]),
    ("complex", "? [a, b]\n: active", 8, 1, ["plain text", "Remove the `?`"]),
    ("merge", "<<: {lifecycle: active}", 8, 1, ["Merge keys", "`<<`", "in full"]),
]


@pytest.mark.parametrize("what, new, line, column, words", KEYS, ids=[k[0] for k in KEYS])
def test_key_that_is_not_plain_text(catalog, located, what, new, line, column, words):
    catalog.edit(KPI, "lifecycle: active\n", new + "\n")
    located(catalog.only_error(), KPI, line, column, "E106", *words)


def test_merge_key_from_an_alias(catalog, located):
    catalog.edit(KPI, "baseline: {value: 100, date: 2026-01-01}\n",
                 "baseline: &b {value: 100, date: 2026-01-01}\n")
    catalog.edit(KPI, "target: {value: 150, date: 2026-12-31}\n",
                 "target:\n  <<: *b\n  value: 150\n")
    located(catalog.only_error(), KPI, 18, 3, "E106", "Merge keys")


def test_alias_to_a_mapping_as_key(catalog, located):
    catalog.edit(KPI, "measurement:\n", "measurement: &m\n")
    catalog.write(KPI, catalog.read(KPI) + "*m : x\n")
    located(catalog.only_error(), KPI, 26, 1, "E106", "`*m`", "field name")


def test_quoted_merge_key_is_just_an_unknown_field(catalog, located):
    catalog.edit(KPI, "lifecycle: active\n", "'<<': active\n")
    located(catalog.only_error(), KPI, 8, 1, "E202", "`<<`", "not a field")


# --- encodings and line endings -----------------------------------------------------------


def test_latin1_bytes_are_located(catalog, located):
    raw = catalog.read(KPI).encode("utf-8").replace(
        b"name: New leads per month", b"name: Caf\xe9 leads per month")
    catalog.write(KPI, raw)
    located(catalog.only_error(), KPI, 2, 10, "E111", "not UTF-8", "0xe9", "UTF-8")


def test_latin1_after_multibyte_characters_counts_characters(catalog, located):
    raw = catalog.read(KPI).encode("utf-8").replace(
        b"name: New leads per month", "name: Üñí ".encode() + b"\xe9")
    catalog.write(KPI, raw)
    located(catalog.only_error(), KPI, 2, 11, "E111", "0xe9")


def test_latin1_after_a_byte_order_mark(catalog, located):
    raw = b"\xef\xbb\xbf" + catalog.read(KPI).encode("utf-8").replace(
        b"id: new-leads", b"id: new-l\xe9ads")
    catalog.write(KPI, raw)
    located(catalog.only_error(), KPI, 1, 10, "E111", "0xe9")


def test_latin1_in_a_file_with_crlf_line_endings(catalog, located):
    raw = catalog.read(KPI).replace("\n", "\r\n").encode("utf-8").replace(
        b"  unit: leads per month", b"  unit: \xa3 per month")
    catalog.write(KPI, raw)
    located(catalog.only_error(), KPI, 11, 9, "E111", "0xa3")


def test_bom_and_crlf_are_accepted(catalog):
    catalog.write(KPI, ("\ufeff" + catalog.read(KPI)).replace("\n", "\r\n"))
    result = catalog.load()
    assert result.diagnostics == []
    kpi = result.catalog.kpis["new-leads"]
    assert kpi.id == "new-leads"
    assert kpi.description == "Leads are contacts that asked to hear from Sales.\n"


def test_crlf_file_locates_problems_on_the_right_line(catalog, located):
    catalog.edit(KPI, "lifecycle: active\n", "lifecycle: active\nowner: Someone Else\n")
    catalog.write(KPI, "\ufeff" + catalog.read(KPI).replace("\n", "\r\n"))
    located(catalog.only_error(), KPI, 9, 1, "E109", "`owner`", "first on line 7")


def test_control_character_is_located_in_characters(catalog, located):
    catalog.edit(KPI, "name: New leads per month", "name: Névé\x07 leads")
    located(catalog.only_error(), KPI, 2, 11, "E102", "0x7", "invisible character")


def test_control_character_after_multibyte_lines_keeps_its_line(catalog, located):
    catalog.edit(KPI, "name: New leads per month", "name: Ünïcödé ✓ leads")
    catalog.edit(KPI, "  unit: leads per month", "  unit: leads\x1b")
    located(catalog.only_error(), KPI, 11, 14, "E102", "0x1b")


# --- size and depth limits ---------------------------------------------------------------


def test_file_too_large(catalog, located):
    catalog.write(KPI, catalog.read(KPI) + "  " + "x" * 1_100_000 + "\n")
    located(catalog.only_error(), KPI, 1, 1, "E110", "bytes", "limit is 1,000,000")


def test_flow_nesting_ten_thousand_deep(catalog):
    catalog.edit(KPI, "tags: [pipeline]", "tags: " + "[" * 10_000)
    error = catalog.only_error()
    # The bracket where reading stopped: our own bound, the 64th (a level under the file's
    # mapping), or libyaml's, the 1000th, in the libyaml of PyYAML 6.0.4 and later, which
    # counts brackets before the parser hands any over.
    assert (error.path, error.line, error.code) == (KPI, 22, "E105"), error.text()
    assert error.column in (7 + 63, 7 + 999), error.text()
    assert "nested" in error.message and "flatten" in error.hint, error.text()


def test_flow_nesting_just_over_our_limit(catalog, located):
    catalog.edit(KPI, "tags: [pipeline]", "tags: " + "[" * 65 + "]" * 65)
    # the file's own mapping is level 1, so the 64th bracket is level 65
    located(catalog.only_error(), KPI, 22, 7 + 63, "E105", "more than 64 levels")


def test_block_sequence_nesting_ten_thousand_deep(catalog, located):
    catalog.write(KPI, "- " * 10_000 + "x\n")
    located(catalog.only_error(), KPI, 1, 129, "E105", "more than 64 levels")


def test_block_mapping_nesting_deep(catalog, located):
    catalog.write(KPI, "".join(" " * i + "a:\n" for i in range(200)))
    located(catalog.only_error(), KPI, 65, 65, "E105", "more than 64 levels")


def test_deep_nesting_does_not_crash_the_process(catalog):
    """libyaml's own composer recurses in C and segfaults here; a crash would kill pytest,
    so the same inputs run in a child process whose exit code is checked."""
    catalog.write("kpis/marketing/deep-flow.yml", "[" * 10_000 + "]" * 10_000)
    catalog.write("kpis/marketing/deep-block.yml", "- " * 10_000 + "x\n")
    catalog.write("kpis/marketing/deep-map.yml", "{a: " * 10_000 + "}" * 10_000)
    proc = subprocess.run(
        [sys.executable, "-c",
         "import sys; from kpi_catalog.reading.loader import load_catalog; "
         "r = load_catalog(sys.argv[1]); print('\\n'.join(d.text() for d in r.diagnostics))",
         str(catalog.root)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONFAULTHANDLER": "1"},
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert [line.split(": ")[0].split(":")[0] for line in lines] == [
        "kpis/marketing/deep-block.yml", "kpis/marketing/deep-flow.yml",
        "kpis/marketing/deep-map.yml"]
    assert all(" E105 " in line for line in lines), lines


def test_billion_laughs(catalog, located):
    laughs = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        prev, name = chr(96 + i), chr(97 + i)
        laughs.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    catalog.write(KPI, "\n".join(laughs) + "\n")
    # Weights: a = 10 values, b = 1 + 9*10 = 91, c = 820, d = 7381, e = 66430; the whole
    # document holds about 74,740 values after `e`, so the first `*e` of `f` crosses 100,000.
    located(catalog.only_error(), KPI, 6, 8, "E105", "more than 100,000 values", "aliases")


# An alias counts as the text it repeats: a file may expand to 1,000,000 characters, what a
# file of the size limit holds written out. Each shape crosses the bound at one alias.

TEXT = "x" * 5_000


def _expansion_error(catalog, line: int):
    error = catalog.only_error()
    assert (error.path, error.line, error.code) == (KPI, line, "E105"), error.text()
    assert "more than 1,000,000 characters" in error.message, error.text()
    assert "alias" in error.message and "write the values out" in error.hint.lower()
    return error


def test_a_long_text_repeated_in_a_list(catalog):
    catalog.edit(KPI, "tags: [pipeline]", f"tags: [&t {TEXT}" + ", *t" * 300 + "]")
    _expansion_error(catalog, 22)


def test_a_long_text_repeated_in_a_block_list(catalog):
    catalog.edit(KPI, "tags: [pipeline]", f"tags:\n  - &t {TEXT}" + "\n  - *t" * 300)
    _expansion_error(catalog, 22 + 200)  # 1 + 199 repeats: 1,000,000 with the file's text


def test_a_long_text_repeated_as_field_values(catalog):
    catalog.edit(KPI, "description: |", "notes:\n" + f"  a0: &t {TEXT}\n"
                 + "".join(f"  a{i}: *t\n" for i in range(1, 300)) + "description: |")
    _expansion_error(catalog, 25 + 199)  # a0 on line 25; a199 crosses


def test_a_list_of_aliases_repeated(catalog):
    """Nested aliases: each repeat of `*l` repeats ten repeats of `*t`."""
    catalog.edit(KPI, "tags: [pipeline]", f"a: &t {TEXT}\nb: &l [" + ", ".join(["*t"] * 10)
                 + "]\ntags: [" + ", ".join(["*l"] * 30) + "]")
    error = _expansion_error(catalog, 24)
    assert error.column == 8 + 4 * 18  # lists of 50,000 each: with the text before, the 19th


def test_a_group_of_fields_repeated(catalog):
    catalog.edit(KPI, "tags: [pipeline]", f"a: &m {{note: {TEXT}, more: {TEXT}}}\nb: ["
                 + ", ".join(["*m"] * 120) + "]")
    _expansion_error(catalog, 23)


def test_one_long_text_said_twice(catalog):
    """A 600,000-character text is under the file limit; said twice it is over the bound."""
    catalog.edit(KPI, "  Leads are contacts that asked to hear from Sales.",
                 "  Leads.\nname_again: &n " + "y" * 600_000 + "\nand_again: *n")
    error = _expansion_error(catalog, 27)
    assert error.column == 12


def test_many_values_written_out_are_not_blamed_on_aliases(catalog, located):
    """It said 'expands to more than 100,000 values (aliases are counted each time they are
    used). Write the values out instead of repeating anchors.' of a file without an alias."""
    catalog.edit(KPI, "tags: [pipeline]",
                 "extra: {" + ", ".join(f"k{i}: {i}" for i in range(50_000)) + "}")
    error = catalog.only_error()
    located(error, KPI, 22, error.column, "E105", "more than 100,000 values", "Split it")
    assert "alias" not in error.message + error.hint


def test_aliases_within_the_bound_are_fine(catalog):
    catalog.edit(KPI, "owner: Marketing Operations Lead", f"owner: Marketing Operations Lead\n"
                 f"x-text: &t {TEXT}\nx-list: [" + ", ".join(["*t"] * 150) + "]")
    errors = [d for d in catalog.load().diagnostics if d.code == "E105"]
    assert errors == []


def test_recursive_alias(catalog, located):
    catalog.edit(KPI, "tags: [pipeline]", "tags: &t [pipeline, *t]")
    located(catalog.only_error(), KPI, 22, 21, "E107", "`*t`", "contains it", "never ends")


def test_undefined_alias(catalog, located):
    catalog.edit(KPI, "owner: Marketing Operations Lead", "owner: *boss")
    located(catalog.only_error(), KPI, 7, 8, "E107", "`*boss`", "no anchor `&boss`")


def test_alias_to_a_defined_scalar_is_fine(catalog):
    catalog.edit(KPI, "owner: Marketing Operations Lead", "owner: &boss Marketing Operations Lead")
    catalog.edit(KPI, "tags: [pipeline]", "tags: [*boss]")
    result = catalog.load()
    assert result.diagnostics == []
    assert result.catalog.kpis["new-leads"].tags == ["Marketing Operations Lead"]


# An anchor nothing repeats: mostly text YAML read otherwise (`owner: &Co Finance` is the
# owner `Finance`); refused where it stands, with the quoted line to write.


@pytest.mark.parametrize(("language", "words"), [
    ("en", ["`&bad`", "read as an anchor", "the value is `text`",
            'put the whole value in quotes: owner: "&bad text"', "Otherwise remove `&bad`"]),
    ("id", ["`&bad`", "dibaca sebagai anchor", "nilainya `text`",
            'beri tanda kutip pada seluruh nilainya: owner: "&bad text"', "hapus `&bad`"]),
])
def test_an_anchor_that_eats_the_start_of_a_text_is_refused(catalog, located, language, words):
    catalog.edit(KPI, "owner: Marketing Operations Lead", "owner: &bad text")
    with speaking(language):
        error = catalog.only_error()
    located(error, KPI, 7, 8, "E107", *words)


def test_an_anchor_that_empties_a_value_is_refused(catalog, located):
    catalog.edit(KPI, "owner: Marketing Operations Lead", "owner: &Marketing")
    located(catalog.only_error(), KPI, 7, 8, "E107", "`&Marketing`", "the value is empty",
            'owner: "&Marketing"')


def test_an_anchor_in_a_list_item_gets_the_item_to_write(catalog, located):
    catalog.edit(KPI, "tags: [pipeline]", "tags:\n  - &lead generation")
    located(catalog.only_error(), KPI, 23, 5, "E107", "`generation`", '- "&lead generation"')


def test_an_anchor_on_a_group_of_fields_that_nothing_repeats(catalog, located):
    catalog.edit(KPI, "measurement:", "measurement: &m")
    located(catalog.only_error(), KPI, 9, 14, "E107", "`&m`", "nothing repeats it",
            "Remove `&m`")


def test_an_anchor_hidden_by_another_of_its_name_is_refused(catalog, located):
    catalog.edit(KPI, "owner: Marketing Operations Lead",
                 "owner: &o Marketing Operations Lead\ndata_owner: &o Someone")
    catalog.edit(KPI, "tags: [pipeline]", "tags: [*o]")
    errors = catalog.errors()
    assert [(e.line, e.column, e.code) for e in errors if e.code == "E107"] == [(7, 8, "E107")]


def test_an_anchor_in_a_registry_file_is_refused_too(catalog, located):
    catalog.edit("kpis/departments.yml", "departments:", "departments: &d")
    located(catalog.only_error(), "kpis/departments.yml", 1, 14, "E107", "`&d`",
            "the catalog's files need no anchors")


def test_every_anchor_nothing_repeats_is_reported_in_one_run(catalog):
    catalog.edit(KPI, "owner: Marketing Operations Lead", "owner: &a Marketing")
    catalog.edit(KPI, "tags: [pipeline]", "tags: [&b pipeline, NO]")
    found = [(e.line, e.column, e.code) for e in catalog.errors()]
    assert found == [(7, 8, "E107"), (22, 8, "E107"), (22, 21, "E104")]


# --- syntax errors -------------------------------------------------------------------------


def test_tab_indentation(catalog, located):
    """It quoted the parser: 'This is not valid YAML: found a tab character that violates
    indentation'."""
    catalog.edit(KPI, "  metric: New leads", "\tmetric: New leads")
    error = catalog.only_error()
    located(error, KPI, 10, 1, "E101", "This line has a tab in its indentation",
            "Replace the tab with spaces")
    assert "violates" not in error.message
    with speaking("id"):
        located(catalog.only_error(), KPI, 10, 1, "E101", "karakter tab", "spasi")


def test_tab_indentation_after_spaces(catalog, located):
    catalog.edit(KPI, "  unit: leads per month", "  \tunit: leads per month")
    located(catalog.only_error(), KPI, 11, 3, "E101", "tab", "Replace the tab with spaces")


def test_unclosed_bracket(catalog, located):
    """It was at the next line (23:8, where the parser gave up), in the parser's words: 'did
    not find expected ',' or ']''."""
    catalog.edit(KPI, "tags: [pipeline]", "tags: [pipeline")
    located(catalog.only_error(), KPI, 22, 7, "E101", 'The list opened with "[" on line 22 is '
            "not closed", "Close it at the end of line 22: tags: [pipeline]")
    with speaking("id"):
        located(catalog.only_error(), KPI, 22, 7, "E101", "baris 22", "tags: [pipeline]")


def test_unclosed_braces(catalog, located):
    catalog.edit(KPI, "baseline: {value: 100, date: 2026-01-01}",
                 "baseline: {value: 100, date: 2026-01-01")
    located(catalog.only_error(), KPI, 16, 11, "E101", 'opened with "{" on line 16',
            "baseline: {value: 100, date: 2026-01-01}")


@pytest.mark.parametrize(("written", "column", "fixed"), [
    ("tags: [pipeline]]", 17, "Remove it: tags: [pipeline]"),
    ("tags: [pipeline]}", 17, "Remove it: tags: [pipeline]"),
])
def test_a_closing_bracket_that_closes_nothing(catalog, located, written, column, fixed):
    """It was 'This is not valid YAML: did not find expected key'."""
    catalog.edit(KPI, "tags: [pipeline]", written)
    located(catalog.only_error(), KPI, 22, column, "E101", "closes nothing", fixed)


@pytest.mark.parametrize(("written", "column", "fixed"), [
    ("name: 'New leads' share'", 17,
     'Put the text in the other kind of quotes: name: "New leads\' share"'),
    ('name: "New "leads""', 12,
     "Put the text in the other kind of quotes: name: 'New \"leads\"'"),
    ("""name: 'It's "new"'""", 10, """Write it so: name: 'It''s "new"'"""),
])
def test_a_quote_inside_quotes_that_closes_them_early(catalog, located, written, column,
                                                      fixed):
    """It was 'This is not valid YAML: did not find expected key'."""
    catalog.edit(KPI, "name: New leads per month", written)
    located(catalog.only_error(), KPI, 2, column, "E101", "closes the quotes around the "
            "value of `name` early", fixed)


def test_text_on_the_line_of_a_block_indicator(catalog, located):
    """It was 'did not find expected comment or line break'."""
    catalog.edit(KPI, "owner: Marketing Operations Lead", "owner: | Marketing Operations Lead")
    located(catalog.only_error(), KPI, 7, 10, "E101", "After `|` the text starts on the next "
            "line", "Put `Marketing Operations Lead` on the line below")


@pytest.mark.parametrize(("written", "quoted", "block", "text"), [
    ("owner: |Marketing lead", 'owner: "|Marketing lead"', "owner: |", "Marketing lead"),
    ("owner: >lead", 'owner: ">lead"', "owner: >", "lead"),
    ("owner: >-Marketing lead  # who", 'owner: ">-Marketing lead"  # who', "owner: >-",
     "Marketing lead"),
])
def test_text_right_after_a_block_indicator(catalog, located, written, quoted, block, text):
    """It was 'did not find expected comment or line break' (in Indonesian too)."""
    catalog.edit(KPI, "owner: Marketing Operations Lead", written)
    located(catalog.only_error(), KPI, 7, 8, "E101",
            f'A value cannot start with "{written[7]}" unless it is in quotes',
            f"Put the text in quotes: `{quoted}`", f"write `{block}` alone and `{text}` on "
            "the line below it")
    with speaking("id"):
        located(catalog.only_error(), KPI, 7, 8, "E101", "kecuali diberi tanda kutip",
                f"Beri tanda kutip pada teksnya: `{quoted}`", f"tulis `{block}` saja")


def test_a_quote_before_a_field_name_that_is_never_closed(catalog, located):
    """It was "`"owner: Marketing Operations Lead` has no colon ... Write it as `"owner::
    Marketing Operations Lead`", which breaks the file further."""
    catalog.edit(KPI, "owner: Marketing Operations Lead", '"owner: Marketing Operations Lead')
    catalog.edit(KPI, "  unit: leads per month", '  unit: "leads per month"')
    located(catalog.only_error(), KPI, 7, 1, "E101", "The quote at the start of this line is "
            "never closed", "Remove the quote: owner: Marketing Operations Lead")


def test_a_list_item_on_its_fields_line(catalog, located):
    """It was 'block sequence entries are not allowed in this context'."""
    catalog.edit(KPI, "tags: [pipeline]", "tags: - pipeline")
    located(catalog.only_error(), KPI, 22, 7, "E101", "cannot start on the line of its field "
            "`tags`", "Write `tags:` alone")


def test_colon_in_plain_text(catalog, located):
    """It quoted the parser: 'mapping values are not allowed in this context'."""
    catalog.edit(KPI, "name: New leads per month", "name: Leads: new per month")
    located(catalog.only_error(), KPI, 2, 12, "E101", "The value of `name` has a colon",
            'Put the text in quotes: name: "Leads: new per month"')
    with speaking("id"):
        located(catalog.only_error(), KPI, 2, 12, "E101", "`name`",
                'name: "Leads: new per month"')


def test_colon_in_plain_text_with_quotes_and_a_comment(catalog, located):
    catalog.edit(KPI, "name: New leads per month",
                 'name: Leads: "new" per month  # from the CRM')
    located(catalog.only_error(), KPI, 2, 12, "E101",
            """Put the text in quotes: name: 'Leads: "new" per month'  # from the CRM""")


@pytest.mark.parametrize(("old", "new", "line", "column", "said", "fix"), [
    ("owner: Marketing Operations Lead", "owner Marketing Operations Lead", 7, 1,
     "`owner Marketing Operations Lead` has no colon", "`owner: Marketing Operations Lead`"),
    ("  unit: leads per month", "  unit leads per month", 11, 3,
     "`unit leads per month` has no colon", "`unit: leads per month`"),
    # the first of a group runs on into the next line, whose colon the parser refuses: that
    # was "`unit` starts in column 3, but the fields around it in column 1. Move it ..."
    ("  metric: New leads", "  metric New leads", 10, 3,
     "`metric New leads created in the CRM` has no colon",
     "`metric: New leads created in the CRM`"),
])
def test_a_field_without_its_colon_is_named_on_its_own_line(catalog, located, old, new, line,
                                                             column, said, fix):
    """The parser noticed on the next line ('could not find expected ':'', at line 8), or
    blamed the next line's indentation."""
    catalog.edit(KPI, old, new)
    located(catalog.only_error(), KPI, line, column, "E101", said, fix)


@pytest.mark.parametrize(("old", "new", "line", "column", "said", "fix"), [
    # the "Bad" example of docs/errors/E101.md: one field indented more than its neighbours
    ("  unit: leads per month", "   unit: leads per month", 11, 4,
     "`unit` starts in column 4, but the fields around it in column 3", "Move it to column 3"),
    # indented less: the parser notices on the line after it, the message names this one
    ("  metric: New leads", " metric: New leads", 10, 2,
     "`metric` starts in column 2, but the fields around it in column 3", "column 3"),
    ("  metric: New leads", "   metric: New leads", 10, 4,
     "`metric` starts in column 4, but the fields around it in column 3", "column 3"),
    ("baseline: {value", "  baseline: {value", 16, 3,
     "`baseline` starts in column 3, but the fields around it in column 1", "column 1"),
    # between a group's last field and the next group: either column reads, the field's
    # meaning decides which
    ("  reporting_frequency: monthly", " reporting_frequency: monthly", 14, 2,
     "`reporting_frequency` starts in column 2, between the columns of the fields around it "
     "(1 and 3)", "Move it to column 1 or 3, to the group it belongs to"),
    ("direction: higher_is_better", " direction: higher_is_better", 15, 2,
     "`direction` starts in column 2, between the columns of the fields around it (1 and 3)",
     "column 1 or 3"),
])
def test_a_misindented_field_is_named_on_its_own_line(catalog, located, old, new, line, column,
                                                      said, fix):
    catalog.edit(KPI, old, new)
    located(catalog.only_error(), KPI, line, column, "E101", said, fix)


def test_a_broken_line_after_a_block_text_is_not_called_misindented(catalog, located):
    # indented like the text of `method: |`, the broken line would read as more of that
    # text (and the file to its end): that is no fix, so no "move it to column 5"
    catalog.edit(KPI, "  reporting_frequency: monthly\ndirection: higher_is_better",
                 "  reporting_frequency: monthly\n  method: |\n    Count the leads.\n"
                 "direction: [higher_is_better")
    error = catalog.only_error()
    located(error, KPI, 17, 12, "E101", 'The list opened with "[" on line 17 is not closed')
    assert "column" not in error.text()


@pytest.mark.parametrize("new", ["   - {period: 2026-02", " - {period: 2026-02"])
def test_a_misindented_list_item_is_named_on_its_own_line(catalog, located, new):
    catalog.edit(KPI, "  - {period: 2026-02", new)
    found = len(new) - len(new.lstrip()) + 1
    located(catalog.only_error(), KPI, 20, found, "E101",
            f"This line starts in column {found}, but the lines around it in column 3",
            "Move it to column 3")


def test_unquoted_percent_sign_is_told_to_be_quoted(catalog, located):
    catalog.edit(KPI, "unit: leads per month", "unit: %")
    located(catalog.only_error(), KPI, 11, 9, "E101", 'cannot start with "%"',
            'Put the text in quotes: unit: "%"')


@pytest.mark.parametrize(("written", "column", "fixed"), [
    ("owner: @marketing-ops", 8, 'owner: "@marketing-ops"'),
    ("owner: `Marketing` lead", 8, 'owner: "`Marketing` lead"'),
    ("tags: [@pipeline, leads]", 8, 'tags: ["@pipeline", leads]'),
])
def test_a_value_starting_with_a_reserved_character_gets_the_line_to_write(
        catalog, located, written, column, fixed):
    """It quoted the parser: 'found character that cannot start any token'."""
    field = written.partition(":")[0]
    old = next(line for line in catalog.read(KPI).splitlines() if line.startswith(field + ":"))
    catalog.edit(KPI, old, written)
    error = catalog.only_error()
    located(error, KPI, error.line, column, "E101", "Put the text in quotes: " + fixed)
    assert "token" not in error.text()


def test_decimal_comma_in_a_flow_mapping_is_told_as_such(catalog, located):
    catalog.edit(KPI, "{period: 2026-02, value: 112}", "{period: 2026-02, value: 99,72}")
    error = catalog.only_error()
    located(error, KPI, 20, 30, "E106", "`99,72` is not read as one number: in `{...}` a comma "
            "separates fields, so it is read as a number and a field named `72`",
            "Write decimals with a point: `value: 99.72`.")
    assert "quotes" not in error.hint


def test_a_quote_never_closed_is_named_where_it_opens(catalog, located):
    # libyaml finds the end missing at the end of the file: the message names line 2
    catalog.edit(KPI, "name: New leads per month", 'name: "New leads per month')
    located(catalog.only_error(), KPI, 2, 7, "E101",
            "The quote opened on line 2 is never closed", "to the end of the file",
            'Close it on line 2: name: "New leads per month"')


@pytest.mark.parametrize(("old", "new", "line", "closed"), [
    ("name: New leads per month", 'name: "New leads per month', 2,
     'name: "New leads per month"'),
    ("name: New leads per month", "name: 'New leads per month", 2,
     "name: 'New leads per month'"),
    ("related: [won-deals]", 'related: ["won-deals]', 23, 'related: ["won-deals"]'),
    ("{value: 150, date: 2026-12-31}", '{value: 150, date: "2026-12-31}', 17,
     'target: {value: 150, date: "2026-12-31"}'),
])
def test_a_quote_left_open_is_named_where_it_opens_not_where_the_next_one_is(
        catalog, located, old, new, line, closed):
    """The value runs on to the next quote of its kind, lines below, where the parser gives
    up: before, E101 pointed there, with advice about that line."""
    catalog.write(KPI, catalog.read(KPI) + "aliases: [\"leads\", 'new leads', \"%\"]\n")
    catalog.edit(KPI, old, new)
    quote = next(c for c in closed if c in "\"'")
    error = catalog.only_error()
    located(error, KPI, line, closed.index(quote) + 1, "E101",
            f"The quote opened on line {line} is never closed",
            f"runs on to the next {quote}, on line 26",
            f"Close it on line {line}: {closed}")


def test_a_quote_left_open_in_a_list_item_is_named_where_it_opens(catalog, located):
    catalog.edit(KPI, "  - {period: 2026-02, value: 112}",
                 "  - {period: 2026-02, value: 112}\nfocus:\n  - \"new leads\n  - won deals")
    catalog.edit(KPI, "tags: [pipeline]", 'tags: ["pipeline"]')
    located(catalog.only_error(), KPI, 22, 5, "E101",
            "The quote opened on line 22 is never closed", 'Close it on line 22: - "new leads"')


def test_a_quoted_value_over_several_lines_is_valid(catalog):
    catalog.edit(KPI, "name: New leads per month", 'name: "New leads\n  per month"')
    catalog.edit(KPI, "  unit: leads per month", "  unit: 'leads\n    per month'")
    result = catalog.load()
    assert result.diagnostics == []
    assert result.catalog.kpis["new-leads"].name == "New leads per month"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")
def test_fifo_does_not_hang_the_run(catalog, located):
    os.mkfifo(catalog.path("kpis/marketing/pipe.yml"))
    located(catalog.only_error(), "kpis/marketing/pipe.yml", 1, 1, "E110",
            "not a regular file")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_link_to_an_endless_device_is_refused(catalog, located):
    os.symlink("/dev/zero", catalog.path("kpis/marketing/zero.yml"))
    located(catalog.only_error(), "kpis/marketing/zero.yml", 1, 1, "E110",
            "link to a file outside the repository")


@pytest.mark.parametrize("name", ["departments.yml", "objectives.yml", "catalog.yml",
                                  "glossary.yml"])
def test_a_file_of_the_catalog_linked_outside_the_repository_is_said_once(catalog, tmp_path,
                                                                          name):
    """It was said twice: by the listing of the catalog's folder, and by the reading."""
    path = catalog.path(f"kpis/{name}")
    outside = tmp_path / name
    outside.write_bytes(path.read_bytes() if path.exists() else b"name: x\n")
    path.unlink(missing_ok=True)
    os.symlink(outside, path)
    said = [d for d in catalog.load().diagnostics if d.path == f"kpis/{name}"]
    assert [(d.line, d.code) for d in said] == [(1, "E110")], said
    assert "outside the repository" in said[0].message


def test_link_to_a_file_outside_the_repository_is_not_read(catalog, located, tmp_path):
    secret = tmp_path / "secret.yml"
    secret.write_text("id: secret-value\n", encoding="utf-8")
    os.symlink(secret, catalog.path("kpis/marketing/secret.yml"))
    error = catalog.only_error()
    located(error, "kpis/marketing/secret.yml", 1, 1, "E110", "outside the repository")
    assert "secret-value" not in error.text()


def test_link_within_the_repository_is_followed(catalog):
    original = catalog.path("kpis/marketing/new-leads.yml")
    moved = catalog.path("shared-kpis/new-leads.yml")
    moved.parent.mkdir()
    original.rename(moved)
    os.symlink(moved, original)
    result = catalog.load()
    assert result.ok, [d.text() for d in result.errors]
    assert "new-leads" in result.catalog.kpis


def test_upper_case_suffix_is_read_not_skipped(catalog, located):
    catalog.write("kpis/marketing/Shouting.YML", "id: shouting\n")
    errors = catalog.errors()
    assert errors and all(e.path == "kpis/marketing/Shouting.YML" for e in errors)


def test_every_yaml_trap_of_one_file_is_reported_in_one_run(catalog):
    """Reading goes on past a mis-readable value or a duplicate field; a syntax error ends it."""
    catalog.write("kpis/marketing/traps.yml",
                  "id: traps\nname: NO\nname: again\nratio: 1:20\nbroken: [1, 2\n")
    got = [(d.line, d.column, d.code) for d in catalog.errors()
           if d.path == "kpis/marketing/traps.yml"]
    assert got == [(2, 7, "E104"), (3, 1, "E109"), (4, 8, "E104"), (5, 9, "E101")]


# --- `off` where the docs write it -------------------------------------------------------

_JARGON = ("statement: Increase new leads from 100 to 150 per month by 31 December 2026.",
           "statement: Increase XYZ leads from 100 to 150 per month by 31 December 2026.")


@pytest.mark.parametrize("rules", ["rules: {K104: off}", "rules:\n  K104: off\n  K101: warning\n"])
def test_a_rule_is_turned_off_the_documented_way(catalog, rules):
    catalog.write("kpis/catalog.yml", f"name: Test catalog\n{rules}\n")
    catalog.edit("kpis/marketing/new-leads.yml", *_JARGON)
    result = catalog.check()
    assert result.ok, "\n".join(d.text() for d in result.diagnostics)
    assert result.catalog.config.rules["K104"] == "off"
    assert not [d for d in result.diagnostics if d.code in ("K104", "E104")]


@pytest.mark.parametrize(("text", "line", "column"), [
    ("name: off\n", 1, 7),                       # elsewhere, `off` is still a trap
    ("name: x\nrules: {K104: yes}\n", None, None),  # text, then not a severity
    ("name: x\nrules: [off]\n", 2, 9),           # not a field's value
    ("name: x\nstatus: {tolerance: off}\n", 2, 21),
])
def test_off_is_text_only_as_a_rules_value(catalog, text, line, column):
    catalog.write("kpis/catalog.yml", text)
    error = catalog.only_error()
    assert error.path == "kpis/catalog.yml", error.text()
    if line is None:
        assert error.code == "E204" and "`yes` is not a valid" in error.message, error.text()
    else:
        assert (error.line, error.column, error.code) == (line, column, "E104"), error.text()


# --- what editors, Word and git leave in a file --------------------------------------------


@pytest.mark.parametrize("language, words", [
    ("en", ["Line 7", "merge conflict", "`<<<<<<< HEAD`", "delete those three mark lines"]),
    ("id", ["Baris 7", "konflik merge", "`<<<<<<< HEAD`", "hapus ketiga baris penanda"]),
])
def test_a_merge_conflict_left_in_the_file_is_named(catalog, located, language, words):
    """It said '`<<<<<<< HEAD` has no colon ... Write it as `<<<<<<<: HEAD`.'"""
    catalog.edit(KPI, "owner: Marketing Operations Lead\n",
                 "<<<<<<< HEAD\nowner: Marketing Operations Lead\n=======\nowner: Sales Lead\n"
                 ">>>>>>> update-owner\n")
    with speaking(language):
        error = catalog.only_error()
    located(error, KPI, 7, 1, "E101", *words)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_is_named_as_such(catalog, located, encoding):
    """With a byte-order mark it said 'not UTF-8 text (byte 0xff)'; without one, 'a
    character that YAML does not allow (code 0x0)'."""
    catalog.write(KPI, catalog.read(KPI).encode(encoding))
    located(catalog.only_error(), KPI, 1, 1, "E111", "UTF-16", "Notepad", "Save it as UTF-8")


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be"])
def test_a_utf32_file_is_named_as_such(catalog, located, encoding):
    """It was said to be UTF-16 (its byte-order mark starts as UTF-16's, and it has NUL
    bytes too), which the editor it was saved with may not offer."""
    catalog.write(KPI, catalog.read(KPI).encode(encoding))
    error = catalog.only_error()
    located(error, KPI, 1, 1, "E111", "UTF-32", "Save it as UTF-8")
    assert "UTF-16" not in error.message


@pytest.mark.parametrize("language, words", [
    ("en", ["not UTF-8", "0x93", "`“`", "Windows-1252", "Word", "Save it as UTF-8"]),
    ("id", ["bukan teks UTF-8", "0x93", "`“`", "Windows-1252", "Word", "Simpan sebagai UTF-8"]),
])
def test_text_pasted_from_word_names_the_character(catalog, located, language, words):
    catalog.write(KPI, catalog.read(KPI).replace(
        "Marketing Operations Lead", "“Marketing” – Operations Lead").encode("cp1252"))
    with speaking(language):
        error = catalog.only_error()
    located(error, KPI, 7, 8, "E111", *words)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_a_line_separator_editors_do_not_show_is_refused(catalog, located, separator):
    """YAML reads it as a line break: it said '`Lead` has no colon' on a line 8 that no
    editor shows (in a quoted or block text, the text changed without a word)."""
    catalog.edit(KPI, "owner: Marketing Operations Lead",
                 f"owner: Marketing Operations{separator}Lead")
    located(catalog.only_error(), KPI, 7, 28, "E102", f"U+{ord(separator):04X}",
            "line break", "Delete it")


@pytest.mark.parametrize("written", ["y", "Y", "n", "N"])
def test_a_yaml11_boolean_of_one_letter_is_refused(catalog, located, written):
    """YAML 1.1 (go-yaml v2, and the tools built on it) reads y and n as true and false."""
    catalog.edit(KPI, "owner: Marketing Operations Lead", f"owner: {written}")
    located(catalog.only_error(), KPI, 7, 8, "E104", f"`{written}`", "true/false", "quotes")


def test_a_quoted_one_letter_is_text(catalog):
    catalog.edit(KPI, "tags: [pipeline]", 'tags: ["y", "n"]')
    result = catalog.load()
    assert result.diagnostics == []
    assert result.catalog.kpis["new-leads"].tags == ["y", "n"]


def test_an_undefined_alias_says_to_quote_it_if_it_is_text(catalog, located):
    catalog.edit(KPI, "  unit: leads per month", "  unit: *leads")
    located(catalog.only_error(), KPI, 11, 9, "E107", "`*leads`", 'put it in quotes: "*leads"')


def test_a_field_name_past_the_parsers_length_is_cut_in_the_hint(catalog, located):
    """A name over 1,024 characters is no field name to the parser ('has no colon'): the
    hint repeated it whole (900,000 characters)."""
    catalog.edit(KPI, "tags: [pipeline]", "k" * 900_000 + ": 1")
    error = catalog.only_error()
    located(error, KPI, 22, 1, "E101", "has no colon")
    assert len(error.message) + len(error.hint) < 300, len(error.hint)


@pytest.mark.parametrize(("written", "read"), [
    ("yes", True), ("No", False), ("on", True), ("OFF", False), ("y", "y"), ("010", 8),
    ("1:20", 80), ("0x1F", 31), ("1_000", 1000)])
def test_another_tools_file_reads_yaml_11_values_as_pyyaml_does(written, read):
    """dbt reads its files with PyYAML (YAML 1.1): `enabled: yes` is true to it. A dbt
    file (``as_pyyaml=True``) is read so; a catalog file is still told to quote."""
    text = f"config:\n  enabled: {written}\n  meta: [{written}]\n"
    value = parse_yaml(text, as_pyyaml=True)
    assert value == {"config": {"enabled": read, "meta": [read]}}
    assert type(value["config"]["enabled"]) is type(read)
    with pytest.raises(YamlProblem):
        parse_yaml(text)


@pytest.mark.parametrize(("written", "read"), [
    ("on", True), ("yes", True), ("Off", False), ("010", 8), ("1.5", 1.5), ("null", None)])
def test_another_tools_file_reads_yaml_11_field_names_as_pyyaml_does(written, read):
    """A dbt file with a field `on:` (GitHub Actions' habit) or `yes:` was refused whole
    (a field name not text), and what it defined unread; PyYAML makes it the key True. A
    catalog file is still told to quote it."""
    text = f"metrics:\n  - name: otif_rate\n    meta:\n      {written}: x\n"
    value = parse_yaml(text, as_pyyaml=True)
    assert value == {"metrics": [{"name": "otif_rate", "meta": {read: "x"}}]}
    assert type(next(iter(value["metrics"][0]["meta"]))) is type(read)
    with pytest.raises(YamlProblem):
        parse_yaml(text)


def test_another_tools_file_keeps_the_last_of_a_field_written_twice_as_pyyaml_does():
    text = "metrics:\n  - name: otif_rate\n    label: A\n    label: B\n"
    assert parse_yaml(text, as_pyyaml=True) == {"metrics": [{"name": "otif_rate",
                                                             "label": "B"}]}
    with pytest.raises(YamlProblem):
        parse_yaml(text)


@pytest.mark.parametrize("text", [
    "base: &b {type: simple, config: {enabled: false}}\nm:\n  <<: *b\n  name: x\n",
    "base: &b {type: simple, label: A}\nm:\n  label: B\n  <<: *b\n",
    "a: &a {x: 1}\nb: &b {y: 2}\nm:\n  <<: [*a, *b]\n  z: 3\n",
    "a: &a {x: 1}\nb: &b {x: 1, y: 2}\nm:\n  <<: *a\n  <<: *b\n",
    "a: &a {enabled: 1}\nb: &b {enabled: 2}\nm:\n  <<: [*a, *b]\n  enabled: 3\n",
    "metrics:\n  - &m\n    name: a\n    type_params: &p {measure: x}\n"
    "  - <<: *m\n    name: b\n    type_params: {<<: *p, fill_nulls_with: 0}\n",
    "m: &unused {x: 1}\n",
    '"<<": 1\n'])
def test_another_tools_file_reads_merge_keys_as_pyyaml_does(text):
    """dbt reads `<<: *anchor` (PyYAML's merge key) and anchors that nothing repeats: a dbt
    file holding either was refused whole. A catalog file still refuses both."""
    assert parse_yaml(text, as_pyyaml=True) == yaml.load(text, Loader=yaml.SafeLoader)
    if "<<:" in text or "unused" in text:
        with pytest.raises(YamlProblem):
            parse_yaml(text)


@pytest.mark.parametrize(("text", "said"), [
    ("m:\n  <<: 1\n", "takes a group of fields"),
    ("m:\n  <<: [{x: 1}, 2]\n", "takes a group of fields"),
    ("a: &a {enabled: true}\nb: &b {enabled: false}\nm:\n  <<: [*a, *b]\n",
     "give the field `enabled` different values")])
def test_another_tools_merge_keys_pyyaml_refuses_or_reads_by_its_version_are_refused(text,
                                                                                      said):
    """PyYAML refuses a merge key of anything but fields; two merged groups giving a field
    different values are read otherwise by PyYAML's versions (the first wins in older ones,
    the last in 6.0.4), so what dbt reads is not known: refused, the file is left unread."""
    with pytest.raises(YamlProblem, match=said):
        parse_yaml(text, as_pyyaml=True)
