"""`kpi validate` on KPIs that name a MetricFlow metric: every reference checked against the
semantic manifest, each problem located with a fix. Reading the manifest needs no dbt."""

from __future__ import annotations

import json
import os
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from catalog_factory import (
    EXAMPLE_MANIFEST,
    catalog_files,
    copy_semantic_manifest,
    kpi_data,
    write_catalog,
)
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.cli import main
from kpi_catalog.i18n.messages import speaking

REPO = Path(__file__).resolve().parents[2]

CONFIG = "semantic_layer:\n  project: examples/dbt\n"


def validate(root: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["validate", str(root / "kpis"), "--today", "2026-11-27"],
                                catch_exceptions=False)
    return result.exit_code, result.output


def repo(tmp_path: Path, measurement: dict, config: str | None = CONFIG,
         manifest: bool = True, **changes) -> Path:
    (tmp_path / ".git").mkdir()
    kpi = kpi_data(measurement=measurement, **changes)
    files = catalog_files([kpi])
    if config is not None:
        files["catalog.yml"] = config
    write_catalog(tmp_path / "kpis", files)
    if manifest:
        copy_semantic_manifest(tmp_path)
    return tmp_path


def line_of(root: Path, text: str) -> int:
    lines = (root / "kpis/marketing/leads.yml").read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


@pytest.mark.parametrize(("text", "said"), [
    ('{"metrics": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deep"),
    ('{"metrics": [], "n": ' + "9" * 5000 + "}", "a number with more than 4,300 digits"),
], ids=["nesting", "digits"])
def test_a_manifest_python_cannot_read_is_said_not_a_traceback(tmp_path, text, said):
    """Another project's manifest that Python's JSON reader stops on with a RecursionError
    or a ValueError (not a JSON syntax error) ended kpi validate in a traceback."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate"})
    (root / EXAMPLE_MANIFEST).write_text(text, encoding="utf-8")
    code, output = validate(root)
    assert code == 1, output
    assert "E321 The semantic manifest examples/dbt/target/semantic_manifest.json cannot be " \
        "read: it is not a JSON file (" in output, output
    assert said in output and "Traceback" not in output


def test_a_kpi_naming_a_metric_of_the_manifest_is_valid(tmp_path):
    root = repo(tmp_path, {"semantic_metric": "otif_rate"})
    code, output = validate(root)
    assert code == 0, output


def test_a_misspelt_metric_is_a_located_error_with_the_closest_name(tmp_path):
    root = repo(tmp_path, {"semantic_metric": "otif_rat"})
    code, output = validate(root)
    assert code == 1
    line = line_of(root, "semantic_metric")
    assert re.search(rf"kpis/marketing/leads.yml:{line}:\d+: E322 The semantic manifest has "
                     r"no metric `otif_rat`.*Did you mean `otif_rate`\?", output), output


def test_in_the_long_form_the_error_points_at_the_name(tmp_path):
    root = repo(tmp_path, {"semantic_metric": {"name": "Customer_Acquisition_Cost"}})
    code, output = validate(root)
    assert code == 1
    line = line_of(root, "Customer_Acquisition_Cost")
    assert f"leads.yml:{line}:" in output and "Did you mean `customer_acquisition_cost`?" in output



@pytest.mark.parametrize(("written", "hint"), [
    # the label the BI tool shows, not the metric's name
    ("Average delivery time (days)", "Did you mean `delivery_days_per_order`?"),
    ("New online customers", "Did you mean `new_online_customers`?"),
    # a name whose words start several metrics' names: each is offered, not the first alone
    ("delivery", "Did you mean one of: `delivery_days`, `delivery_days_per_order`"),
])
def test_a_metric_written_as_its_label_or_a_part_is_guessed_from_the_labels_too(
        tmp_path, written, hint):
    """A KPI author writes what the dashboards call the metric; a metric renamed in the dbt
    project leaves a name that starts other names. One guess by spelling alone named
    `orders_delivered` for 'Average delivery time (days)' and nothing for a part."""
    root = repo(tmp_path, {"semantic_metric": written})
    code, output = validate(root)
    assert code == 1
    assert f"E322 The semantic manifest has no metric `{written}`." in output
    assert hint in output, output


@pytest.mark.parametrize(("written", "expected"), [
    (5, "E203 `semantic_metric` must be text. (field `measurement.semantic_metric`) Put it "
        "in quotes: \"5\"."),
    (["otif_rate"], "E203 `semantic_metric` must be text. (field "
                    "`measurement.semantic_metric`) Write it as text."),
    ({"name": "otif_rate", "filtr": "x"}, "E202 `filtr` is not a field that belongs here. "
     "(field `measurement.semantic_metric.filtr`) Did you mean `filter`?"),
    ({"nam": "otif_rate"}, "E202 `nam` is not a field that belongs here. (field "
                           "`measurement.semantic_metric.nam`) Did you mean `name`?"),
    ({"name": 5}, "E203 `name` must be text. (field `measurement.semantic_metric.name`)"),
])
def test_a_semantic_metric_of_the_wrong_shape_gets_one_plain_message(tmp_path, written,
                                                                      expected):
    """`semantic_metric` takes a name or a group of fields: pydantic's error for each kind
    it tried came out, named by its kinds (`constrained-str must be text`, `SemanticMetric
    must be a group of fields`), for `5` or a misspelt `filtr`."""
    root = repo(tmp_path, {"semantic_metric": written})
    code, output = validate(root)
    assert code == 1 and expected in output, output
    assert "constrained-str" not in output and "SemanticMetric" not in output
    assert ".long" not in output and ".name`) Write `" not in output

@pytest.mark.parametrize(("where", "expected"), [
    ("{{ Dimension('delivery_batch__regoin') }} = 'java'",
     "names the dimension `regoin`, which the semantic manifest does not have. "
     "(field `measurement.semantic_metric.filter`) Did you mean `region`?"),
    ("{{ Dimension('delivery_bach__region') }} = 'java'", "Did you mean `delivery_batch`?"),
    ("{{ Dimension('delivery_batch__region' }} = 'java'", "not in MetricFlow's where syntax"),
    # A name MetricFlow's parser refuses for its form, said with the form it takes:
    ("{{ Dimension('region') }} = 'java'",
     "names `region` without the entity it is reached through: MetricFlow needs "
     "`entity__region`. (field `measurement.semantic_metric.filter`) Write "
     "`delivery_batch__region` in its place."),
    ("{{ Dimension('account__delivery_batch__region') }} = 'java'",
     "names `account__delivery_batch__region`, with more than one entity in the name: "
     "MetricFlow reads only the last entity there, and the ones before it in `entity_path`. "
     "(field `measurement.semantic_metric.filter`) Write `delivery_batch__region` in its place "
     "and add `entity_path=['account']`: {{ Dimension('delivery_batch__region', "
     "entity_path=['account']) }}."),
    ("{{ Dimension('delivery_batch__region') }} = 'java'; drop table deliveries",
     "holds a `;`"),
    # Each name known, but not together (MetricFlow fails only at `kpi actuals pull`):
    ("{{ Dimension('account__region') }} = 'java'",
     "names `account__region`, and no semantic model whose primary entity is `account` has "
     "the dimension `region`. (field `measurement.semantic_metric.filter`) Reach `region` "
     "through an entity of a semantic model that has it: `delivery_batch__region`."),
    ("{{ TimeDimension('metric_time', 'fortnight') }} >= '2026-01-01'",
     "asks for the time grain `fortnight`, which MetricFlow and the dbt project's time spine "
     "do not have."),
    ("{{ TimeDimension('metric_time', 'mnth') }} >= '2026-01-01'", "Did you mean `month`?"),
    ("{{ Metric('orders_delivered', group_by=['acount']) }} > 5",
     "names the entity `acount`, which the semantic manifest does not have. (field "
     "`measurement.semantic_metric.filter`) Did you mean `account`?"),
])
def test_a_filter_that_names_what_the_manifest_lacks_is_an_error(tmp_path, where, expected):
    root = repo(tmp_path, {"semantic_metric": {"name": "otif_rate", "filter": where}})
    code, output = validate(root)
    assert code == 1
    assert "E324" in output and expected in output, output


def test_every_name_of_a_wrong_form_is_named_not_only_the_first(tmp_path):
    """MetricFlow's parser stops at the first name of a wrong form: each {{ }} read alone
    names them all, with the names the manifest lacks, each once (sorted as every output)."""
    where = ("{{ Dimension('region') }} = 'java' and "
             "{{ Dimension('account__delivery_batch__region') }} <> 'bali' and "
             "{{ Dimension('delivery_batch__regoin') }} <> 'x' or "
             "{{ Dimension('region') }} = 'jabodetabek'")
    root = repo(tmp_path, {"semantic_metric": {"name": "otif_rate", "filter": where}})
    code, output = validate(root)
    assert code == 1
    said = [line.split(" E324 ", 1)[1] for line in output.splitlines() if " E324 " in line]
    assert sorted(line.split(". (field")[0] for line in said) == [
        "The filter names `account__delivery_batch__region`, with more than one entity in the "
        "name: MetricFlow reads only the last entity there, and the ones before it in "
        "`entity_path`",
        "The filter names `region` without the entity it is reached through: MetricFlow needs "
        "`entity__region`",
        "The filter names the dimension `regoin`, which the semantic manifest does not have",
    ], output
    line = line_of(root, "filter")
    assert all(f"leads.yml:{line}:" in entry for entry in output.splitlines()
               if " E324 " in entry), output


def test_a_filter_of_a_wrong_form_and_broken_syntax_says_the_syntax(tmp_path):
    """A {{ }} that cannot be read at all: the filter's syntax is said, once, and no name of
    the calls read alone (the filter must be rewritten first)."""
    where = ("{{ Dimension('region') }} = 'java' and "
             "{{ Dimension('delivery_batch__region' }} = 'bali'")
    root = repo(tmp_path, {"semantic_metric": {"name": "otif_rate", "filter": where}})
    code, output = validate(root)
    assert code == 1
    said = [line for line in output.splitlines() if " E324 " in line]
    assert len(said) == 1 and "is not in MetricFlow's where syntax" in said[0], output


def test_a_filter_of_known_names_is_valid(tmp_path):
    where = ("{{ Dimension('delivery_batch__region') }} in ('java', 'jabodetabek') and "
             "{{ TimeDimension('metric_time', 'month') }} >= '2026-01-01' and "
             "{{ TimeDimension('delivery_batch__delivered_on', 'week') }} >= '2026-01-05' and "
             "{{ Dimension('metric_time').grain('quarter') }} >= '2026-01-01' and "
             "{{ Metric('orders_delivered', group_by=['delivery_batch']) }} > 0")
    root = repo(tmp_path, {"semantic_metric": {"name": "otif_rate", "filter": where}})
    code, output = validate(root)
    assert code == 0, output


def test_a_half_yearly_kpi_cannot_name_a_metric(tmp_path):
    root = repo(tmp_path, {"semantic_metric": "otif_rate", "collection_frequency": "half_yearly",
                           "reporting_frequency": "half_yearly"})
    code, output = validate(root)
    assert code == 1
    assert "E323" in output and "no half-year grain" in output, output
    assert "has half-yearly values" in output  # the frequency in words, not `half_yearly`


def test_the_grain_problem_is_said_in_indonesian_words(tmp_path):
    """The Indonesian E323 read `dikelompokkan per month, sedangkan nilai ... bersifat weekly
    (per week)`: MetricFlow's grain names and the frequency's value stayed English."""
    from kpi_catalog.checking.check import check_catalog
    from kpi_catalog.i18n.messages import speaking

    root = repo(tmp_path, {"semantic_metric": "new_b2b_accounts",
                           "collection_frequency": "weekly", "reporting_frequency": "weekly"})
    path = root / EXAMPLE_MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8"))
    (model,) = [m for m in manifest["semantic_models"] if m["name"] == "corporate_accounts"]
    (day,) = [d for d in model["dimensions"] if d["name"] == "first_invoice_on"]
    day["type_params"]["time_granularity"] = "month"
    path.write_text(json.dumps(manifest), encoding="utf-8")
    with speaking("id"):
        result = check_catalog(root / "kpis", today=date(2026, 11, 27), repo_root=root)
    (found,) = [d for d in result.diagnostics if d.code == "E323"]
    assert found.message == ("Metrik `new_b2b_accounts` paling rinci dapat dikelompokkan per "
                             "bulan, sedangkan nilai `leads` bersifat mingguan (per minggu).")
    assert "(bulan, triwulan, tahun)" in found.hint


def test_a_missing_manifest_says_how_to_make_it(tmp_path):
    """The dbt project is there, `dbt parse` has not run yet."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate"}, manifest=False)
    (root / "examples" / "dbt").mkdir(parents=True)
    shutil.copy(REPO / "examples" / "dbt" / "dbt_project.yml", root / "examples" / "dbt")
    code, output = validate(root)
    assert code == 1
    assert re.search(r"kpis/catalog.yml:2:\d+: E321 There is no semantic manifest at "
                     r"examples/dbt/target/semantic_manifest.json.*`dbt parse`", output), output


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_manifest_dbt_wrote_elsewhere_is_named_in_the_hint(tmp_path, language):
    """`dbt parse --target-path build` (or DBT_TARGET_PATH set when it ran, the way dbt 1.11
    asks instead of `target-path` in dbt_project.yml) writes the manifest where the catalog
    does not look: the hint asked for the `dbt parse` already run, again and again."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate"})
    shutil.copy(REPO / "examples" / "dbt" / "dbt_project.yml", root / "examples" / "dbt")
    built = root / "examples/dbt/build/semantic_manifest.json"
    built.parent.mkdir()
    (root / EXAMPLE_MANIFEST).rename(built)
    result = CliRunner().invoke(main, ["--language", language, "validate", str(root / "kpis"),
                                       "--today", "2026-11-27"])
    assert result.exit_code == 1
    (line,) = [line for line in result.output.splitlines() if " E321 " in line]
    assert "examples/dbt/target/semantic_manifest.json" in line
    assert "`manifest: examples/dbt/build/semantic_manifest.json`" in line, line
    assert ("dbt wrote one at" in line) is (language == "en"), line



@pytest.mark.parametrize(("project", "message"), [
    ("transform/jaffle_shop/dbt_project.yml", "`semantic_layer.project` names the file "
     "transform/jaffle_shop/dbt_project.yml: it is the folder holding dbt_project.yml."),
    ("transform", "There is no dbt project in transform (no dbt_project.yml)."),
    ("transform/jaffle", "There is no folder transform/jaffle."),
])
def test_a_project_setting_that_names_no_dbt_project_says_where_one_is(tmp_path, project,
                                                                         message):
    """`semantic_layer.project` naming dbt_project.yml itself, the folder above the project,
    or a misspelt folder: the hint was to run `dbt parse` in that folder, which cannot."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate"},
                config=f"semantic_layer:\n  project: {project}\n", manifest=False)
    (root / "transform" / "jaffle_shop").mkdir(parents=True)
    (root / "transform" / "jaffle_shop" / "dbt_project.yml").write_text("name: jaffle_shop\n")
    (root / "transform" / "jaffle_shop" / "dbt_packages" / "utils").mkdir(parents=True)
    (root / "transform" / "jaffle_shop" / "dbt_packages" / "utils" / "dbt_project.yml").touch()
    code, output = validate(root)
    assert code == 1
    assert f"kpis/catalog.yml:2:3: E321 {message} (field `semantic_layer.project`) Write " \
           "`project: transform/jaffle_shop` under `semantic_layer`." in output, output
    assert "dbt parse" not in output
    with speaking("id"):
        result = check_catalog(root / "kpis", today=date(2026, 11, 27), repo_root=root)
    (said,) = [d for d in result.diagnostics if d.code == "E321"]
    assert (said.line, said.column) == (2, 3) and "transform/jaffle_shop" in said.hint
    assert "Write" not in said.hint and message not in said.message


@pytest.mark.parametrize(("enabled", "defined"), [(True, True), (False, False)])
def test_a_metric_the_project_defines_and_the_manifest_lacks_asks_for_dbt_parse(
        tmp_path, enabled, defined):
    """A metric added in the dbt project's YAML (or renamed there) while the manifest is
    older: `dbt parse` not run since, or one that failed, which leaves the last manifest.
    The hint guessed among the manifest's metrics; a metric the project disables is not
    in the manifest after `dbt parse` either."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate_by_courier"})
    project = root / "examples" / "dbt"
    shutil.copy(REPO / "examples" / "dbt" / "dbt_project.yml", project)
    metrics = project / "models" / "marts" / "courier.yml"
    metrics.parent.mkdir(parents=True)
    metrics.write_text(
        "metrics:\n  - name: otif_rate_by_courier\n    label: OTIF by courier\n"
        f"    config: {{enabled: {str(enabled).lower()}}}\n    type: simple\n"
        "    type_params: {measure: otif_orders}\n", encoding="utf-8")
    code, output = validate(root)
    assert code == 1
    hint = ("`otif_rate_by_courier` is defined in examples/dbt/models/marts/courier.yml, and "
            "the semantic manifest does not have it yet: run `dbt parse` in examples/dbt (if "
            "it fails, dbt says why) and validate again.")
    assert (hint in output) is defined, output
    assert ("Did you mean" in output) is not defined

def _project_beside_manifest(root: Path) -> Path:
    """The example's dbt project YAML beside the manifest copied under ``root``, the manifest
    written an hour before it (dbt parse run, then the YAML edited)."""
    project = root / "examples" / "dbt"
    shutil.copy(REPO / "examples" / "dbt" / "dbt_project.yml", project)
    shutil.copytree(REPO / "examples" / "dbt" / "models", project / "models")
    manifest = root / EXAMPLE_MANIFEST
    hour_ago = manifest.stat().st_mtime - 3600
    os.utime(manifest, (hour_ago, hour_ago))
    return project


def _e330_after_editing(tmp_path: Path, old: str, new: str) -> tuple[Path, str]:
    """A repository whose KPI names `otif_rate`, ``old`` replaced by ``new`` in the dbt
    project's metrics.yml after `dbt parse`, and the one E330 line `kpi validate` prints."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate"})
    project = _project_beside_manifest(root)
    metrics = project / "models" / "metrics.yml"
    text = metrics.read_text(encoding="utf-8")
    assert old in text
    metrics.write_text(text.replace(old, new, 1), encoding="utf-8")
    code, output = validate(root)
    assert code == 0, output
    (line,) = [line for line in output.splitlines() if " E330 " in line]
    return root, line


@pytest.mark.parametrize(("old", "new", "said"), [
    ("      numerator: otif_points\n      denominator: orders_delivered\n",
     "      numerator: otif_points\n      denominator: orders_placed\n",
     "`type_params.denominator` is `orders_placed` there and `orders_delivered` in the "
     "manifest"),
    ("    type: ratio\n    type_params:\n      numerator: otif_points\n",
     "    type: Derived\n    type_params:\n      numerator: otif_points\n",
     "`type` is `derived` there and `ratio` in the manifest")])
def test_a_metric_changed_in_the_yaml_after_dbt_parse_is_warned_of(tmp_path, old, new, said):
    """The metric keeps its name and the YAML changed its definition after the last
    `dbt parse`: the manifest still has the old one, which validate, the site and the pull
    use. Said in both languages, at the KPI, with `dbt parse` as the fix."""
    root, line = _e330_after_editing(tmp_path, old, new)
    assert line == (
        f"kpis/marketing/leads.yml:{line_of(root, 'semantic_metric')}:3: E330 [warning] The "
        "semantic manifest is older than examples/dbt/models/metrics.yml, which defines "
        f"`otif_rate` otherwise: {said}, so `kpi validate`, the site and `kpi actuals pull` "
        "use the old definition. (field `measurement.semantic_metric`) Run `dbt parse` in "
        "examples/dbt (if it fails, dbt says why) and validate again.")
    with speaking("id"):
        result = check_catalog(root / "kpis", today=date(2026, 11, 27), repo_root=root)
    (indonesian,) = [d for d in result.diagnostics if d.code == "E330"]
    assert "dbt parse" in indonesian.hint and "Run" not in indonesian.hint
    assert "models/metrics.yml" in indonesian.message and "older" not in indonesian.message


def test_a_long_expression_changed_after_dbt_parse_is_shown_shortened(tmp_path):
    root = repo(tmp_path, {"semantic_metric": "customer_acquisition_cost"})
    project = _project_beside_manifest(root)
    metrics = project / "models" / "metrics.yml"
    longer = "spend / customers" + " + 0 * spend" * 20
    metrics.write_text(metrics.read_text(encoding="utf-8").replace(
        "expr: spend / customers", f"expr: {longer}"), encoding="utf-8")
    code, output = validate(root)
    assert code == 0, output
    shown = f"`type_params.expr` is `{longer[:79]}…` there and `spend / customers` in the"
    assert shown in " ".join(output.split()), output


@pytest.mark.parametrize(("replaced", "warned"), [
    ([("      denominator: orders_delivered\n", "      denominator: orders_placed #2\n"),
      ("  - name: otif_rate\n", "  - name: otif_rate #1 driver\n")], True),
    ([("      denominator: orders_delivered\n    config:\n", "      denominator: orders_placed"
       "\n    config:\n      enabled: yes\n      docs: {show: on}\n")], True),
    ([("      denominator: orders_delivered\n    config:\n", "      denominator: orders_placed"
       "\n    config:\n      enabled: no\n")], False),
    ([("      denominator: orders_delivered\n", "      denominator: orders_placed\n"),
      ('        unit: "% of orders"\n', '        unit: "% of orders"\n        on: call\n')],
     True),
    ([("      denominator: orders_delivered\n    config:\n      meta:\n",
       "      denominator: orders_placed\n    config:\n      <<: *shared\n      meta:\n"),
      ("metrics:\n", "metrics:\n  - name: orders_shipped\n    label: Orders shipped\n"
       "    type: simple\n    type_params: {measure: orders_delivered}\n"
       "    config: &shared {enabled: true}\n")], True)],
    ids=["a-hash-after-a-space-a-comment", "yes-true", "no-false", "on-a-true-field-name",
         "a-merge-key"])
def test_a_dbt_file_is_read_as_dbt_reads_it(tmp_path, replaced, warned):
    """dbt reads its files with PyYAML: `description: OTIF #1 driver` is `OTIF` to it (a `#`
    after a space starts a comment) and `enabled: yes` true (YAML 1.1). The catalog's own
    files are told of both (E104), but a dbt file that held one was skipped, and the metric
    changed in it went unwarned of; `enabled: no` keeps the metric out of the manifest, so
    it is said disabled, not changed. A field `on:` is the key True to PyYAML: the file was
    skipped whole too, and so was one with a merge key (`<<: *shared`), which PyYAML reads."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate"})
    project = _project_beside_manifest(root)
    metrics = project / "models" / "metrics.yml"
    text = metrics.read_text(encoding="utf-8")
    for old, new in replaced:
        assert old in text
        text = text.replace(old, new, 1)
    metrics.write_text(text, encoding="utf-8")
    code, output = validate(root)
    assert code == 0 and " E330 " in output, output
    assert ("`orders_placed` there and `orders_delivered` in the manifest" in output) is warned
    assert ("`otif_rate` has been disabled in examples/dbt/models/metrics.yml" in output) \
        is not warned


@pytest.mark.parametrize(("old", "new", "said", "hint"), [
    ("    config:\n      meta:\n        unit: \"% of orders\"\n",
     "    config:\n      enabled: false\n      meta:\n        unit: \"% of orders\"\n",
     "The metric `otif_rate` has been disabled in examples/dbt/models/metrics.yml since the "
     "last `dbt parse`",
     "Enable `otif_rate` again in examples/dbt/models/metrics.yml, or name another metric in "
     "this KPI; then run `dbt parse` in examples/dbt"),
    ("  - name: otif_rate\n", "  - name: otif_rate_v2\n",
     "The metric `otif_rate` has been deleted from the dbt project's YAML since the last "
     "`dbt parse`",
     "Define `otif_rate` again in the dbt project, or name another metric in this KPI; then "
     "run `dbt parse` in examples/dbt")], ids=["disabled", "deleted"])
def test_a_metric_disabled_or_deleted_after_dbt_parse_is_warned_of(tmp_path, old, new, said,
                                                                    hint):
    """The manifest still has the metric, so the KPI gets its values until the next
    `dbt parse`, after which it names a metric the manifest lacks (E322): said at the KPI's
    field, in both languages."""
    root, line = _e330_after_editing(tmp_path, old, new)
    assert line.startswith(f"kpis/marketing/leads.yml:{line_of(root, 'semantic_metric')}:3: "
                           f"E330 [warning] {said}: the semantic manifest still has it"), line
    assert "(field `measurement.semantic_metric`)" in line and hint in line, line
    with speaking("id"):
        result = check_catalog(root / "kpis", today=date(2026, 11, 27), repo_root=root)
    (indonesian,) = [d for d in result.diagnostics if d.code == "E330"]
    assert "otif_rate" in indonesian.message and "since" not in indonesian.message
    assert "dbt parse" in indonesian.hint and "Run" not in indonesian.hint


def test_a_metric_disabled_in_dbt_project_yml_after_dbt_parse_is_warned_of(tmp_path):
    """`metrics: {nusantara_retail: {otif_rate: {+enabled: false}}}` in dbt_project.yml keeps
    the metric out of the next manifest as its own `config` would: said with the setting
    and the file, in both languages."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate"})
    settings = _project_beside_manifest(root) / "dbt_project.yml"
    settings.write_text(settings.read_text(encoding="utf-8") + "metrics:\n  nusantara_retail:\n"
                        "    otif_rate:\n      +enabled: false\n", encoding="utf-8")
    code, output = validate(root)
    assert code == 0, output
    (line,) = [line for line in output.splitlines() if " E330 " in line]
    setting = "`metrics.nusantara_retail.otif_rate.+enabled`"
    assert line.startswith(
        f"kpis/marketing/leads.yml:{line_of(root, 'semantic_metric')}:3: E330 [warning] The "
        f"metric `otif_rate` has been disabled by {setting} in examples/dbt/dbt_project.yml "
        "since the last `dbt parse`: the semantic manifest still has it"), line
    assert (f"Set {setting} in examples/dbt/dbt_project.yml to true or remove it, or name "
            "another metric in this KPI; then run `dbt parse` in examples/dbt") in line, line
    with speaking("id"):
        result = check_catalog(root / "kpis", today=date(2026, 11, 27), repo_root=root)
    (indonesian,) = [d for d in result.diagnostics if d.code == "E330"]
    assert setting in indonesian.message and "dinonaktifkan" in indonesian.message
    assert setting in indonesian.hint and "Set" not in indonesian.hint


def _otif_rate_moved(root: Path, file: str, old: str, new: str) -> Path:
    """The example's project beside its manifest, `otif_rate` moved from its metrics.yml to
    ``file`` (of the project; under dbt_packages/, of a package `ops_metrics`), ``old``
    replaced by ``new`` in it; the project."""
    project = _project_beside_manifest(root)
    metrics = project / "models" / "metrics.yml"
    text = metrics.read_text(encoding="utf-8")
    entry = text[text.index("  - name: otif_rate\n"):text.index("  - name: otif_points\n")]
    metrics.write_text(text.replace(entry, ""), encoding="utf-8")
    moved = project / file
    moved.parent.mkdir(parents=True)
    if file.startswith("dbt_packages/"):
        (project / "dbt_packages" / Path(file).parts[1] / "dbt_project.yml").write_text(
            "name: ops_metrics\nconfig-version: 2\n", encoding="utf-8")
    assert old in entry
    moved.write_text("metrics:\n" + entry.replace(old, new), encoding="utf-8")
    return project


def test_a_metric_a_package_disables_is_warned_of_with_the_projects_own_setting(tmp_path):
    """A package's files are written again by `dbt deps`: the hint gives the setting of the
    project's own dbt_project.yml that enables the metric again (dbt applies it last)."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate"})
    _otif_rate_moved(root, "dbt_packages/ops/models/delivery/m.yml", "    config:\n",
                                  "    config:\n      enabled: false\n")
    code, output = validate(root)
    assert code == 0, output
    (line,) = [line for line in output.splitlines() if " E330 " in line]
    setting = "`metrics.ops_metrics.delivery.otif_rate.+enabled: true`"
    assert ("The metric `otif_rate` has been disabled in "
            "examples/dbt/dbt_packages/ops/models/delivery/m.yml since the last `dbt parse`") \
        in line, line
    assert ("examples/dbt/dbt_packages/ops/models/delivery/m.yml belongs to an installed "
            f"package, which `dbt deps` writes again: set {setting} in the dbt project's own "
            "dbt_project.yml") in line, line
    with speaking("id"):
        result = check_catalog(root / "kpis", today=date(2026, 11, 27), repo_root=root)
    (indonesian,) = [d for d in result.diagnostics if d.code == "E330"]
    assert setting in indonesian.hint and "paket" in indonesian.hint


def test_a_package_updated_alone_after_dbt_parse_is_warned_of(tmp_path):
    """`dbt deps` run again after the parse changed a package's metric, no file of the
    project itself newer than the manifest: the package's file is named. Its modification
    time is older than the manifest, as a hub package's archive keeps its files' times."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate"})
    project = _otif_rate_moved(root, "dbt_packages/ops_metrics/models/m.yml",
                               "denominator: orders_delivered", "denominator: orders_placed")
    (project / "packages.yml").write_text("packages:\n  - package: acme/ops_metrics\n"
                                          "    version: 1.0.0\n", encoding="utf-8")
    long_ago = (root / EXAMPLE_MANIFEST).stat().st_mtime - 600
    for path in [*project.rglob("*.yml")]:
        os.utime(path, (long_ago, long_ago))
    code, output = validate(root)
    assert code == 0, output
    (line,) = [line for line in output.splitlines() if " E330 " in line]
    assert ("The semantic manifest is older than "
            "examples/dbt/dbt_packages/ops_metrics/models/m.yml, which defines `otif_rate` "
            "otherwise: `type_params.denominator` is `orders_placed` there") in line, line


def test_a_metric_changed_in_another_folder_dbt_reads_is_warned_of(tmp_path):
    """dbt reads metrics from the YAML of `macro-paths` too: one changed there after the
    parse, every model file older than the manifest, is said with its file."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate"})
    project = _otif_rate_moved(root, "macros/metrics.yml", "denominator: orders_delivered",
                               "denominator: orders_placed")
    long_ago = (root / EXAMPLE_MANIFEST).stat().st_mtime - 600
    for path in [project / "dbt_project.yml", *(project / "models").rglob("*.yml")]:
        os.utime(path, (long_ago, long_ago))
    code, output = validate(root)
    assert code == 0, output
    (line,) = [line for line in output.splitlines() if " E330 " in line]
    assert ("older than examples/dbt/macros/metrics.yml, which defines `otif_rate` "
            "otherwise") in line, line


def test_a_measure_changed_in_the_yaml_after_dbt_parse_is_warned_of(tmp_path):
    root = repo(tmp_path, {"semantic_metric": "otif_rate"})
    project = _project_beside_manifest(root)
    models = project / "models" / "semantic_models.yml"
    text = models.read_text(encoding="utf-8")
    old = "        agg: sum\n"
    assert old in text
    models.write_text(text.replace(old, "        agg: average\n"), encoding="utf-8")
    code, output = validate(root)
    assert code == 0 and " E330 " in output, output
    assert "semantic_models.yml" in output and "is `average` there and `sum` in" in output


def test_yaml_newer_than_the_manifest_and_agreeing_with_it_is_not_warned_of(tmp_path):
    """A fresh checkout gives files modification times in any order: a YAML file newer than
    the manifest that defines the metric as the manifest does is no reason to warn."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate"})
    _project_beside_manifest(root)
    code, output = validate(root)
    assert code == 0 and " E330 " not in output, output


def test_the_dbt_projects_yaml_is_walked_once_per_check_not_once_per_kpi(tmp_path,
                                                                         monkeypatch):
    """Each KPI naming a metric walked the project's `model-paths` and read dbt_project.yml
    again (twice when the YAML was newer than the manifest): with thousands of such KPIs, a
    walk and a parse each."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate"})
    write_catalog(root / "kpis", catalog_files(
        [kpi_data(id=f"leads-{n}", name=f"Leads of region {n}",
                  measurement={"semantic_metric": "otif_rate"}) for n in range(3)]))
    _project_beside_manifest(root)
    walked: list[Path] = []
    rglob = Path.rglob

    def counted(self: Path, pattern: str, *args, **kwargs):
        walked.append(self)
        return rglob(self, pattern, *args, **kwargs)

    monkeypatch.setattr(Path, "rglob", counted)
    result = check_catalog(root / "kpis", today=date(2026, 11, 27), repo_root=root)
    assert not [d for d in result.diagnostics if d.severity.value == "error"], \
        result.diagnostics
    assert walked.count(root / "examples" / "dbt" / "models") == 1, walked


def test_the_dbt_projects_yaml_edited_between_two_checks_is_seen_at_the_second(tmp_path):
    """`mkdocs serve` checks the catalog again at each rebuild, in the same process: a metric
    changed after the first check, or models moved to another `model-paths` folder, is seen
    at the next one."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate"})
    project = _project_beside_manifest(root)
    manifest = root / EXAMPLE_MANIFEST
    for path in [project / "dbt_project.yml", *(project / "models").rglob("*.yml")]:
        os.utime(path, (manifest.stat().st_mtime - 3600,) * 2)

    def stale() -> list[str]:
        result = check_catalog(root / "kpis", today=date(2026, 11, 27), repo_root=root)
        return [d.message for d in result.diagnostics if d.code == "E330"]

    assert stale() == []
    metrics = project / "models" / "metrics.yml"
    text = metrics.read_text(encoding="utf-8")
    metrics.write_text(text.replace("denominator: orders_delivered",
                                    "denominator: orders_placed", 1), encoding="utf-8")
    (said,) = stale()
    assert "models/metrics.yml" in said and "`orders_placed` there" in said, said
    (project / "models").rename(project / "semantic")
    settings = project / "dbt_project.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace(
        'model-paths: ["models"]', 'model-paths: ["semantic"]'), encoding="utf-8")
    (said,) = stale()
    assert "semantic/metrics.yml" in said, said


def test_a_manifest_that_is_not_one_is_an_error(tmp_path):
    root = repo(tmp_path, {"semantic_metric": "otif_rate"})
    (root / EXAMPLE_MANIFEST).write_text('{"metrics": "none"}', encoding="utf-8")
    code, output = validate(root)
    assert code == 1 and "E321" in output and "cannot be read" in output, output


def test_without_the_semantic_layer_setting_each_kpi_says_what_to_add(tmp_path):
    root = repo(tmp_path, {"semantic_metric": "otif_rate"}, config=None)
    code, output = validate(root)
    assert code == 1
    assert "E320" in output and "semantic_layer:" in output, output


def test_a_query_and_a_semantic_metric_together_are_refused(tmp_path):
    root = repo(tmp_path, {"semantic_metric": "otif_rate", "query": "SELECT 1, 2"})
    code, output = validate(root)
    assert code == 1
    assert "`query` or a `semantic_metric`, not both" in output, output


def test_a_grain_finer_than_the_metric_time_dimension_is_an_error(tmp_path, shop_dbt):
    (tmp_path / ".git").mkdir()
    shutil.copytree(shop_dbt / "target", tmp_path / "dbt" / "target")
    files = catalog_files([kpi_data(measurement={
        "semantic_metric": "monthly_budget", "collection_frequency": "weekly",
        "reporting_frequency": "weekly"})])
    files["catalog.yml"] = "semantic_layer:\n  project: dbt\n"
    write_catalog(tmp_path / "kpis", files)
    code, output = validate(tmp_path)
    assert code == 1
    assert "E323 The metric `monthly_budget` can be grouped by month at the finest" in output
    assert "Report the KPI by month or by a coarser grain (month, quarter, year)" in output


@pytest.mark.parametrize(("measurement", "code"), [
    ({"semantic_metric": "otif_rat"}, "E322"),
    ({"semantic_metric": {"name": "otif_rate",
                          "filter": "{{ Dimension('delivery_batch__regoin') }} = 'x'"}}, "E324"),
    ({"semantic_metric": "otif_rate", "collection_frequency": "half_yearly",
      "reporting_frequency": "half_yearly"}, "E323"),
    ({"semantic_metric": {"name": "otif_rate",
                          "filter": "{{ Dimension('account__region') }} = 'x'"}}, "E324"),
    ({"semantic_metric": {"name": "otif_rate",
                          "filter": "{{ TimeDimension('metric_time', 'fortnight') }} > 1"}},
     "E324"),
    ({"semantic_metric": {"name": "otif_rate",
                          "filter": "{{ Dimension('account__account_type') }} = 'x'"}},
     "E327"),
    ({"semantic_metric": {"name": "otif_rate", "filter": "{{ Dimension('region') }} = 'x'"}},
     "E324"),
    ({"semantic_metric": {"name": "otif_rate",
                          "filter": "{{ Dimension('account__delivery_batch__region') }} = 'x'"}},
     "E324"),
    ({"semantic_metric": "orders_delivered"}, "E331"),
    ({"semantic_metric": {"name": "orders_delivered", "filter":
                          "{{ TimeDimension('delivery_batch__delivered_on', 'day') }} > 1"}},
     "E324"),
])
def test_each_problem_is_said_in_indonesian_at_the_same_place(tmp_path, measurement, code):
    from kpi_catalog.checking.check import check_catalog
    from kpi_catalog.i18n.messages import speaking

    root = repo(tmp_path, measurement)
    by_the_week(root)  # E331; no other code depends on the deliveries' grain here
    found = {}
    for language in ("en", "id"):
        with speaking(language):
            result = check_catalog(root / "kpis", today=date(2026, 11, 27), repo_root=root)
        found[language] = [d for d in result.diagnostics if d.code == code]
    assert found["en"] and [(d.line, d.column) for d in found["en"]] == [
        (d.line, d.column) for d in found["id"]]
    for en, id_ in zip(found["en"], found["id"], strict=True):
        assert en.message != id_.message and en.hint != id_.hint, (en.message, id_.message)


def with_period_agg(root: Path, period_agg: str | None) -> None:
    """The example's manifest with the year-to-date metric given another `period_agg`
    (None: not given, as in a manifest of an older dbt: MetricFlow's default, first)."""
    path = root / EXAMPLE_MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8"))
    metric = next(m for m in manifest["metrics"] if m["name"] == "b2b_accounts_year_to_date")
    if period_agg is None:
        metric["type_params"]["cumulative_type_params"] = None
    else:
        metric["type_params"]["cumulative_type_params"]["period_agg"] = period_agg
    path.write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize("period_agg", ["first", None])
def test_a_cumulative_metric_not_taken_at_the_period_end_is_a_located_warning(
        tmp_path, period_agg):
    """MetricFlow gives a monthly KPI the year-to-date total at the start of each month when
    the metric's `period_agg` is `first` (its default): the KPI's March would be February's
    total. Validation used to pass it silently."""
    root = repo(tmp_path, {"semantic_metric": "b2b_accounts_year_to_date"})
    with_period_agg(root, period_agg)
    code, output = validate(root)
    assert code == 0, output  # a warning: the catalog stays valid
    line = line_of(root, "semantic_metric")
    expected = (f"kpis/marketing/leads.yml:{line}:3: E325 [warning] `leads` would take the "
                "cumulative metric `b2b_accounts_year_to_date` ")
    assert expected in output, output
    # true whether the metric writes `first` or nothing (a manifest cannot tell them apart)
    assert "`period_agg` is `first` (also MetricFlow's default for a metric that writes " \
           "none)" in output, output
    assert "Give `b2b_accounts_year_to_date` `period_agg: last` under " \
           "`cumulative_type_params`" in output


def test_a_cumulative_metric_taken_at_the_period_end_or_at_its_own_grain_is_valid(tmp_path):
    (tmp_path / "last").mkdir()
    (tmp_path / "daily").mkdir()
    root = repo(tmp_path / "last", {"semantic_metric": "b2b_accounts_year_to_date"})
    code, output = validate(root)  # the example's metric: period_agg last
    assert code == 0 and "E325" not in output, output
    daily = repo(tmp_path / "daily", {"semantic_metric": "b2b_accounts_year_to_date",
                                      "collection_frequency": "daily",
                                      "reporting_frequency": "daily"})
    with_period_agg(daily, "first")
    code, output = validate(daily)  # one value a day: nothing is aggregated
    assert code == 0 and "E325" not in output, output
    with_period_agg(root, "average")  # written on purpose: a rolling window's average
    code, output = validate(root)
    assert code == 0 and "E325" not in output, output


def test_the_period_agg_warning_is_said_in_indonesian_at_the_same_place(tmp_path):
    from kpi_catalog.checking.check import check_catalog
    from kpi_catalog.i18n.messages import speaking

    root = repo(tmp_path, {"semantic_metric": "b2b_accounts_year_to_date"})
    with_period_agg(root, "first")
    found = {}
    for language in ("en", "id"):
        with speaking(language):
            result = check_catalog(root / "kpis", today=date(2026, 11, 27), repo_root=root)
        found[language] = [d for d in result.diagnostics if d.code == "E325"]
    assert len(found["en"]) == 1 and len(found["id"]) == 1
    en, id_ = found["en"][0], found["id"][0]
    assert (en.line, en.column) == (id_.line, id_.column)
    assert "metrik kumulatif" in id_.message and "lalu jalankan `dbt parse`" in id_.hint


def test_the_kind_of_name_a_filter_lacks_is_said_in_indonesian(tmp_path):
    """The Indonesian message said `Filter menyebut dimension ...`: the kind stayed English."""
    from kpi_catalog.checking.check import check_catalog
    from kpi_catalog.i18n.messages import speaking

    where = ("{{ Dimension('delivery_batch__regoin') }} = 'x' and "
             "{{ Metric('orders_delivered', group_by=['acount']) }} > 1")
    root = repo(tmp_path, {"semantic_metric": {"name": "otif_rate", "filter": where}})
    with speaking("id"):
        result = check_catalog(root / "kpis", today=date(2026, 11, 27), repo_root=root)
    messages = [d.message for d in result.diagnostics if d.code == "E324"]
    assert messages == ["Filter menyebut dimensi `regoin`, yang tidak ada di manifes semantik.",
                        "Filter menyebut entitas `acount`, yang tidak ada di manifes semantik."]


def test_the_manifest_is_looked_for_where_the_dbt_project_writes_it(tmp_path, monkeypatch):
    """A dbt project with `target-path: build` writes its manifest to build/: validation
    looked only in target/ and told to run `dbt parse`, which changed nothing."""
    monkeypatch.delenv("DBT_TARGET_PATH", raising=False)
    root = repo(tmp_path, {"semantic_metric": "otif_rate"}, manifest=False)
    project = root / "examples" / "dbt"
    (project / "build").mkdir(parents=True)
    (project / "build" / "semantic_manifest.json").write_bytes(
        (Path(__file__).resolve().parents[2] / EXAMPLE_MANIFEST).read_bytes())
    (project / "dbt_project.yml").write_text(
        "name: shop\nprofile: shop\ntarget-path: build\n", encoding="utf-8")
    code, output = validate(root)
    assert code == 0, output
    monkeypatch.setenv("DBT_TARGET_PATH", "elsewhere")  # as dbt: the variable comes first
    code, output = validate(root)
    assert code == 1
    assert "There is no semantic manifest at examples/dbt/elsewhere/semantic_manifest.json." \
        in output


def with_grain_to_date(root: Path, grain: str) -> None:
    path = root / EXAMPLE_MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8"))
    metric = next(m for m in manifest["metrics"] if m["name"] == "b2b_accounts_year_to_date")
    metric["type_params"]["cumulative_type_params"]["grain_to_date"] = grain
    path.write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize(("grain_to_date", "frequency", "warned"), [
    ("month", "quarterly", True), ("month", "monthly", False), ("year", "quarterly", False)])
def test_a_to_date_metric_that_restarts_within_the_kpi_period_is_a_warning(
        tmp_path, grain_to_date, frequency, warned):
    """A quarterly KPI on a month-to-date metric got each quarter's last month alone, with
    nothing said."""
    root = repo(tmp_path, {"semantic_metric": "b2b_accounts_year_to_date",
                           "collection_frequency": frequency, "reporting_frequency": frequency})
    with_grain_to_date(root, grain_to_date)
    code, output = validate(root)
    assert code == 0, output
    line = line_of(root, "semantic_metric")
    expected = (f"kpis/marketing/leads.yml:{line}:3: E326 [warning] `leads` has quarterly "
                "values, and the cumulative metric `b2b_accounts_year_to_date` starts again "
                "every month: the value of a quarter would be that of its last month alone. "
                "(field `measurement.semantic_metric`) Report the KPI by month, or give "
                "`b2b_accounts_year_to_date` `grain_to_date: quarter` in the dbt project")
    assert (expected in output) is warned, output
    assert ("E326" in output) is warned


def test_the_to_date_warning_is_said_in_indonesian(tmp_path):
    from kpi_catalog.checking.check import check_catalog
    from kpi_catalog.i18n.messages import speaking

    root = repo(tmp_path, {"semantic_metric": "b2b_accounts_year_to_date",
                           "collection_frequency": "quarterly",
                           "reporting_frequency": "quarterly"})
    with_grain_to_date(root, "month")
    with speaking("id"):
        result = check_catalog(root / "kpis", today=date(2026, 11, 27), repo_root=root)
    (found,) = [d for d in result.diagnostics if d.code == "E326"]
    assert found.message == (
        "Nilai `leads` bersifat triwulanan, dan metrik kumulatif `b2b_accounts_year_to_date` "
        "dimulai lagi setiap bulan: nilai satu triwulan hanya akan berisi bulan terakhirnya.")


# --- filters along the metric's joins (the shop project: sales -> shoppers -> cities) -----


def shop_repo(tmp_path: Path, shop_dbt: Path, metric: str, where: str) -> Path:
    (tmp_path / ".git").mkdir(parents=True)
    shutil.copytree(shop_dbt / "target", tmp_path / "dbt" / "target")
    files = catalog_files([kpi_data(measurement={
        "semantic_metric": {"name": metric, "filter": where}})])
    files["catalog.yml"] = "semantic_layer:\n  project: dbt\n"
    write_catalog(tmp_path / "kpis", files)
    return tmp_path


@pytest.mark.parametrize(("metric", "where"), [
    ("revenue", "{{ Dimension('shopper__segment') }} = 'member'"),  # one join
    ("revenue",  # two joins
     "{{ Dimension('city__province', entity_path=['shopper']) }} = 'jawa barat'"),
    ("revenue", "{{ Dimension('city__province') }} = 'jawa barat'"),  # the end of the path
    ("basket_size", "{{ Dimension('shopper__segment') }} = 'member'"),  # each input reaches it
    ("revenue", "{{ Dimension('sale__store') }} = 'north'"),  # the model's own dimension
    # a semantic model without an entity of its own, named by its `primary_entity`
    ("visitors", "{{ Dimension('door_count__door') }} = 'east'"),
    ("visitors", "{{ TimeDimension('door_count__counted_on', 'week') }} >= '2026-01-01'"),
    ("visitors", "{{ Entity('shopper', entity_path=['door_count']) }} is not null"),
])
def test_a_filter_the_metric_reaches_by_joins_is_valid(tmp_path, shop_dbt, metric, where):
    code, output = validate(shop_repo(tmp_path, shop_dbt, metric, where))
    assert code == 0, output
    assert "E327" not in output


def test_a_filter_the_metric_cannot_reach_by_joins_is_a_located_error(tmp_path, shop_dbt):
    """The budgets (one row per store and month) have no shopper: every name is in the
    manifest, and MetricFlow cannot join them (the pull test asks it)."""
    root = shop_repo(tmp_path, shop_dbt, "monthly_budget",
                     "{{ Dimension('shopper__segment') }} = 'member'")
    code, output = validate(root)
    assert code == 1
    line = line_of(root, "filter:")
    assert f"kpis/marketing/leads.yml:{line}:5: E327 The filter names `shopper__segment`, " \
           "which the metric `monthly_budget` cannot reach: its values come from the " \
           "semantic model `budgets`, and MetricFlow finds no join from it along `shopper` " \
           "to a semantic model with `segment`. (field `measurement.semantic_metric.filter`) " \
           "Filter by a dimension `monthly_budget` reaches (`mf list dimensions --metrics " \
           "monthly_budget` lists them), or give `budgets` an entity that joins it to a " \
           "semantic model with `segment`." in output, output
    assert "E324" not in output


def test_the_hint_names_the_paths_the_metric_does_take(tmp_path, shop_dbt):
    """`sale__province`: the sales' own key leads nowhere; the shopper leads there."""
    root = shop_repo(tmp_path, shop_dbt, "revenue",
                     "{{ Dimension('sale__province') }} = 'jawa barat'")
    code, output = validate(root)
    assert code == 1
    assert "E324" in output and "Reach `province` through an entity of a semantic model " \
        "that has it: `city__province`." in output, output
    root = shop_repo(tmp_path / "2", shop_dbt, "revenue",
                     "{{ Dimension('city__province', entity_path=['sale']) }} = 'jawa barat'")
    code, output = validate(root)
    assert code == 1
    assert "E327" in output and "along `sale` → `city`" in output and \
        "`revenue` reaches `province` as `city__province`." in output, output


# --- entities and metrics in a filter, along the same joins ----------------------------------


@pytest.mark.parametrize(("metric", "where"), [
    ("revenue", "{{ Entity('shopper') }} is not null"),  # an entity of the sales themselves
    ("revenue", "{{ Entity('shopper', entity_path=['sale']) }} is not null"),  # by their key
    ("revenue", "{{ Entity('city', entity_path=['shopper']) }} is not null"),  # one join
    ("revenue", "{{ Metric('sales', group_by=['shopper']) }} > 1"),  # both from the sales
])
def test_entities_and_metrics_the_metric_reaches_are_valid(tmp_path, shop_dbt, metric, where):
    code, output = validate(shop_repo(tmp_path, shop_dbt, metric, where))
    assert code == 0, output
    assert "E327" not in output


@pytest.mark.parametrize(("metric", "where", "message", "hint"), [
    ("monthly_budget", "{{ Entity('shopper') }} is not null",
     "The filter names the entity `shopper` without a path, which the metric `monthly_budget` "
     "cannot reach: its values come from the semantic model `budgets`, which does not have that "
     "entity, and MetricFlow names an entity without a path only on the metric's own semantic "
     "model.",
     "Filter by an entity `monthly_budget` reaches (`mf list entities --metrics "
     "monthly_budget` lists them), or give `budgets` an entity that joins it to a semantic "
     "model with the entity `shopper`."),
    ("revenue", "{{ Entity('city') }} is not null",
     "The filter names the entity `city` without a path, which the metric `revenue` cannot "
     "reach: its values come from the semantic model `sales`, which does not have that entity, "
     "and MetricFlow names an entity without a path only on the metric's own semantic model.",
     "`revenue` reaches `city` as `shopper__city`."),
    ("revenue", "{{ Metric('monthly_budget', group_by=['shopper']) }} > 1",
     "The filter joins the metric `monthly_budget` on the entity `shopper`, which the semantic "
     "model `budgets` of `monthly_budget` does not have: MetricFlow joins a metric in a filter "
     "on an entity of both metrics' own semantic models.",
     "Group `monthly_budget` by an entity `budgets` has: `budget_line`."),
    ("revenue", "{{ Metric('shoppers_year_to_date', group_by=['shopper']) }} > 1",
     "The filter asks for the metric `shoppers_year_to_date` per entity, which MetricFlow "
     "cannot compute: `shoppers_year_to_date` needs `metric_time` (cumulative over a window or "
     "to a date, or offset in time).",
     "Filter by another metric, or by a dimension."),
])
def test_entities_and_metrics_the_metric_cannot_reach_are_located_errors(
        tmp_path, shop_dbt, metric, where, message, hint):
    root = shop_repo(tmp_path, shop_dbt, metric, where)
    code, output = validate(root)
    assert code == 1
    line = line_of(root, "filter:")
    assert f"kpis/marketing/leads.yml:{line}:5: E327 {message} (field " \
           f"`measurement.semantic_metric.filter`) {hint}" in output, output


def metricflow_parser(path: Path):
    """Whether MetricFlow's own query parser accepts a metric with a filter, on the manifest
    at ``path``."""
    from metricflow_semantics.model.dbt_manifest_parser import (
        parse_manifest_from_dbt_generated_manifest,
    )
    from metricflow_semantics.model.semantic_manifest_lookup import SemanticManifestLookup
    from metricflow_semantics.query.query_parser import MetricFlowQueryParser

    parser = MetricFlowQueryParser(SemanticManifestLookup(
        parse_manifest_from_dbt_generated_manifest(path.read_text(encoding="utf-8"))))

    def metricflow_accepts(metric: str, where: str) -> bool:
        try:
            parser.parse_and_validate_query(metric_names=[metric],
                                            group_by_names=["metric_time__month"],
                                            where_constraint_strs=[where])
        except Exception:  # noqa: BLE001 - any refusal of MetricFlow's
            return False
        return True

    return metricflow_accepts


def test_entity_and_metric_filters_agree_with_metricflows_own_parser(shop_dbt):
    """Every entity of the shop under no path and each one-entity path, and every metric per
    every entity, for each metric: what `kpi validate` refuses (E327) is what MetricFlow's
    query parser refuses, and what it accepts MetricFlow accepts."""
    from kpi_catalog.reading.semantic_manifest import load_manifest

    path = shop_dbt / "target" / "semantic_manifest.json"
    manifest = load_manifest(path)
    metricflow_accepts = metricflow_parser(path)

    entities = sorted(manifest.entities)
    wheres = [f"{{{{ Entity('{e}') }}}} is not null" for e in entities]
    wheres += [f"{{{{ Entity('{e}', entity_path=['{p}']) }}}} is not null"
               for e in entities for p in entities if p != e]
    wheres += [f"{{{{ Metric('{m}', group_by=['{e}']) }}}} > 0"
               for m in sorted(manifest.metrics) for e in entities]
    verdicts, disagree = [], []
    for metric in sorted(manifest.metrics):
        for where in wheres:
            ours = not manifest.unreachable(where, metric)
            theirs = metricflow_accepts(metric, where)
            verdicts.append(ours)
            if ours != theirs:
                disagree.append((metric, where, ours))
    assert disagree == []
    assert verdicts.count(True) >= 20 and verdicts.count(False) >= 100, verdicts.count(True)


def test_dimension_filters_agree_with_metricflows_own_parser(shop_dbt):
    """Every dimension of the shop through every entity (and every model's `primary_entity`),
    for each metric: what `kpi validate` refuses (E324, E327) MetricFlow's query parser
    refuses, and what it accepts MetricFlow accepts."""
    from kpi_catalog.reading.semantic_manifest import load_manifest

    path = shop_dbt / "target" / "semantic_manifest.json"
    manifest = load_manifest(path)
    metricflow_accepts = metricflow_parser(path)
    prefixes = sorted(manifest.entities | {
        model.primary_entity for model in manifest.semantic_models.values()
        if model.primary_entity})
    wheres = [f"{{{{ Dimension('{e}__{d}') }}}} is not null"
              for e in prefixes for d in sorted(manifest.dimensions)]
    verdicts, disagree = [], []
    for metric in sorted(manifest.metrics):
        for where in wheres:
            ours = not (manifest.filter_problems(where) or manifest.unreachable(where, metric))
            verdicts.append(ours)
            if ours != metricflow_accepts(metric, where):
                disagree.append((metric, where, ours))
    assert disagree == []
    assert verdicts.count(True) >= 20 and verdicts.count(False) >= 100, verdicts.count(True)


def test_a_dbt_project_at_the_repository_root_is_named_in_words_in_the_hints(tmp_path):
    """`project: .` (the repository is the dbt project): "run `dbt parse` in ." said
    nothing; the hints of E322 and E330 name the repository's root folder, in both
    languages."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate"}, config="semantic_layer:\n"
                "  project: .\n", manifest=False)
    shutil.copy(REPO / "examples" / "dbt" / "dbt_project.yml", root)
    shutil.copytree(REPO / "examples" / "dbt" / "models", root / "models")
    manifest = root / "target" / "semantic_manifest.json"
    manifest.parent.mkdir()
    shutil.copy(REPO / EXAMPLE_MANIFEST, manifest)
    os.utime(manifest, (manifest.stat().st_mtime - 3600,) * 2)
    metrics = root / "models" / "metrics.yml"
    metrics.write_text(metrics.read_text(encoding="utf-8").replace(
        "denominator: orders_delivered", "denominator: orders_placed", 1).replace(
        "  - name: otif_points\n", "  - name: otif_points_new\n", 1), encoding="utf-8")
    kpi = root / "kpis" / "marketing" / "leads.yml"
    code, output = validate(root)
    assert code == 0 and "Run `dbt parse` in the repository's root folder (if it" in output
    assert " in . " not in output, output
    kpi.write_text(kpi.read_text(encoding="utf-8").replace("otif_rate", "otif_points_new"),
                   encoding="utf-8")
    code, output = validate(root)
    assert code == 1 and ("run `dbt parse` in the repository's root folder (if it fails"
                          in " ".join(output.split())), output
    with speaking("id"):
        result = check_catalog(root / "kpis", today=date(2026, 11, 27), repo_root=root)
    (indonesian,) = [d for d in result.diagnostics if d.code == "E322"]
    assert "di folder akar repositori" in indonesian.hint, indonesian.hint


def test_a_metric_gone_while_a_declared_package_cannot_be_told_is_warned_of(tmp_path):
    """`otif_rate` deleted after the parse, a git package declared that package-lock.yml
    does not name and no installed folder is a clone of: it may define the metric, so the
    warning names it and asks for `dbt deps` (E330 was silent), in both languages; a token
    written in its URL is not shown."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate"})
    project = _otif_rate_moved(root, "dbt_packages/ops/models/m.yml", "name: otif_rate",
                               "name: otif_rate_v2")
    (project / "packages.yml").write_text(
        "packages:\n  - git: https://user:s3cret@example.com/acme/ops.git\n",
        encoding="utf-8")
    code, output = validate(root)
    assert code == 0, output
    (line,) = [line for line in output.splitlines() if " E330 " in line]
    assert ("the package `https://example.com/acme/ops.git` that examples/dbt/packages.yml "
            "declares may define it, and whether it is installed in examples/dbt/dbt_packages "
            "cannot be told") in line
    assert "Run `dbt deps` in examples/dbt" in line and "s3cret" not in line
    with speaking("id"):
        result = check_catalog(root / "kpis", today=date(2026, 11, 27), repo_root=root)
    (indonesian,) = [d for d in result.diagnostics if d.code == "E330"]
    assert "tidak dapat diketahui" in indonesian.message and "dbt deps" in indonesian.hint


def test_the_e322_hint_names_a_packages_file(tmp_path):
    """A metric the manifest lacks defined in an installed package: the hint names the
    package's file, relative to the project (it looked only under `model-paths`)."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate_v2"})
    _otif_rate_moved(root, "dbt_packages/ops/models/m.yml", "name: otif_rate",
                     "name: otif_rate_v2")
    code, output = validate(root)
    assert code == 1
    assert ("`otif_rate_v2` is defined in examples/dbt/dbt_packages/ops/models/m.yml, and the "
            "semantic "
            "manifest does not have it yet") in output, output


def by_the_week(root: Path) -> None:
    """The example's deliveries with their time dimension by the week (a weekly extract)."""
    path = root / EXAMPLE_MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8"))
    model = next(m for m in manifest["semantic_models"] if m["name"] == "deliveries")
    dimension = next(d for d in model["dimensions"] if d["name"] == "delivered_on")
    dimension["type_params"]["time_granularity"] = "week"
    path.write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize(("frequency", "warned"), [
    ("monthly", True), ("quarterly", True), ("yearly", True), ("weekly", False)])
def test_a_kpi_by_the_month_on_data_by_the_week_is_warned_of(tmp_path, frequency, warned):
    """A semantic model whose `agg_time_dimension` is by the week, in a monthly KPI: MetricFlow
    puts each week whole in the month of its Monday (the week of 30 March in March), and
    validation passed it silently."""
    root = repo(tmp_path, {"semantic_metric": "otif_rate", "collection_frequency": frequency,
                           "reporting_frequency": frequency})
    by_the_week(root)
    code, output = validate(root)
    assert code == 0, output
    line = line_of(root, "semantic_metric")
    grain = {"monthly": "month", "quarterly": "quarter", "yearly": "year"}.get(frequency, "")
    expected = [
        f"kpis/marketing/leads.yml:{line}:3: E331 [warning] `leads` has {frequency} values, "
        "and `otif_rate` is measured by the week (`delivered_on` of the semantic model "
        f"`deliveries`): MetricFlow counts each week whole in the {grain} its Monday falls "
        f"in, so a {grain}'s value holds days of the next one and lacks some of its own. "
        "(field `measurement.semantic_metric`) Give `deliveries` a time dimension by the day "
        "as `agg_time_dimension` in the dbt project and run `dbt parse`, or report the KPI "
        "by the week."] if warned else []
    assert [line for line in output.splitlines() if " E331 " in line] == expected, output


@pytest.mark.parametrize(("grain", "refused"), [("day", True), ("hour", True), ("week", False),
                                                ("month", False)])
def test_a_filter_asking_a_time_dimension_finer_than_it_is_is_refused(tmp_path, grain,
                                                                       refused):
    """`{{ TimeDimension('delivery_batch__delivered_on', 'day') }}` on a dimension by the
    week: MetricFlow finds no such group-by item and the pull failed (E420), while
    `kpi validate` passed it."""
    where = f"{{{{ TimeDimension('delivery_batch__delivered_on', '{grain}') }}}} >= '2026-01-05'"
    root = repo(tmp_path, {"semantic_metric": {"name": "otif_rate", "filter": where},
                           "collection_frequency": "weekly", "reporting_frequency": "weekly"})
    by_the_week(root)
    code, output = validate(root)
    found = [line for line in output.splitlines() if " E324 " in line]
    if not refused:
        assert code == 0 and not found, output
        return
    assert code == 1
    line = line_of(root, "filter:")
    assert found == [
        f"kpis/marketing/leads.yml:{line}:5: E324 The filter asks for "
        f"`delivery_batch__delivered_on` by the {grain}, and the semantic model `deliveries` "
        "has it by the week at the finest. (field `measurement.semantic_metric.filter`) Ask "
        "for it by the week or a coarser grain (`{{ TimeDimension('delivery_batch__"
        "delivered_on', 'week') }}`)."], output
