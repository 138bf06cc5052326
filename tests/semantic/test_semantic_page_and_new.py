"""The metric's definition on the KPI page, and `kpi new --from-semantic-metric`: both from
the example's semantic manifest, no dbt needed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from markupsafe import escape

from catalog_factory import copy_example_catalog
from kpi_catalog.authoring.questions import method_text
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.checking.semantic import definition_of
from kpi_catalog.cli import main
from kpi_catalog.site import SiteOptions
from kpi_catalog.site.generator import Site

REPO = Path(__file__).resolve().parents[2]
TODAY = date(2026, 12, 20)


@pytest.fixture(scope="module")
def catalog():
    result = check_catalog(REPO / "kpis", today=TODAY)
    assert result.ok, [d.text() for d in result.errors]
    return result.catalog


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_kpi_page_shows_the_metric_definition_beside_the_method(catalog, language):
    site = Site(catalog, today=TODAY, options=SiteOptions(language=language))
    page = site.kpi_page(site.views["jabodetabek-delivery-time"]).body
    t = site.t
    # the dbt project's words, in the catalog's language: marked on the Indonesian page
    english = '<span class="kpi-untranslated" lang="en">{}</span>' if language == "id" \
        else "{}"
    label = english.format("Average delivery time (days)")
    kind = "rasio" if language == "id" else "ratio"  # MetricFlow's type, in words
    assert f'<dt>{t["field.semantic_metric"]}</dt> <dd><code>delivery_days_per_order</code> ' \
           f"({label}), {kind}</dd>" in page
    description = english.format("Days from payment to delivery, averaged over delivered "
                                 "orders.")
    assert f'<dt>{t["field.semantic_definition"]}</dt> <dd>{description}</dd>' in page
    # every text of the KPI is translated: the notice of untranslated texts is for these
    assert ("kpi-notice--untranslated" in page) == (language == "id")
    assert "<code>delivery_days / orders_delivered</code>" in page
    assert "<code>sum(orders)</code> (deliveries)" in page
    # the KPI's own filter, as text: escaped, braces too (no template engine runs it)
    label = escape(t["text.semantic_kpi_filter"])
    assert "<code>&#123;&#123; Dimension(&#39;delivery_batch__region&#39;) &#125;&#125; = " \
           f"&#39;jabodetabek&#39;</code> <span class=\"kpi-muted\">({label})</span>" in page
    assert page.index(t["field.method"]) < page.index(t["field.semantic_metric"])
    accounts = site.kpi_page(site.views["new-corporate-accounts"]).body
    assert "<code>&#123;&#123; Dimension(&#39;account__account_type&#39;) &#125;&#125; in " \
           "(&#39;corporate&#39;, &#39;reseller&#39;)</code>" in accounts  # the metric's own
    plain = site.kpi_page(site.views["online-gmv"]).body
    assert t["field.semantic_metric"] not in plain


def new_kpi(root: Path, *args: str, language: str | None = None):
    return CliRunner().invoke(main, [*(["--language", language] if language else []), "new",
                                     str(root / "kpis"), "--no-input", "--today",
                                     "2026-12-03", *args], catch_exceptions=False)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return copy_example_catalog(tmp_path)


ANSWERS = {"department": "operations", "objective": "deliver-on-time-in-full",
           "success_part": "faster-delivery", "id": "java-delivery-time",
           "owner": "Head of Logistics", "direction": "lower_is_better",
           "baseline_value": 3.5, "baseline_date": "2026-01-01", "target_value": 2.5,
           "target_date": "2027-06-30",
           "statement": "Cut the average delivery time on Java outside Jabodetabek from "
                        "3.5 days to 2.5 days by 30 June 2027."}


def test_kpi_new_from_a_metric_fills_in_the_measurement(repo, tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
    result = new_kpi(repo, "--from-semantic-metric", "delivery_days_per_order", "--answers",
                     str(answers))
    assert result.exit_code == 0, result.output
    text = (repo / "kpis" / "operations" / "java-delivery-time.yml").read_text("utf-8")
    assert "name: Average delivery time (days)\n" in text
    assert "  metric: Days from payment to delivery, averaged over delivered orders.\n" in text
    assert "  unit: days\n" in text  # from the metric's meta
    assert "  semantic_metric: delivery_days_per_order\n" in text
    assert "delivery_days / orders_delivered" in text  # the method, from the definition
    check = CliRunner().invoke(main, ["validate", str(repo / "kpis"), "--today", "2026-12-03"])
    assert check.exit_code == 0, check.output


def test_kpi_new_from_a_misspelt_metric_suggests_the_name(repo):
    result = new_kpi(repo, "--from-semantic-metric", "delivery_days_per_ordr")
    assert result.exit_code == 2
    assert "the dbt project has no metric `delivery_days_per_ordr`. Did you mean " \
           "`delivery_days_per_order`?" in result.output
    assert not (repo / "kpis" / "operations" / "java-delivery-time.yml").exists()


def test_an_answer_given_wins_over_the_metric(repo, tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({**ANSWERS, "unit": "working days"}), encoding="utf-8")
    result = new_kpi(repo, "--from-semantic-metric", "delivery_days_per_order", "--answers",
                     str(answers), "--name", "Delivery time on Java")
    assert result.exit_code == 0, result.output
    text = (repo / "kpis" / "operations" / "java-delivery-time.yml").read_text("utf-8")
    assert "name: Delivery time on Java\n" in text and "  unit: working days\n" in text


@pytest.mark.parametrize(("window", "language", "shown"), [
    (None, "en", "year to date"), (None, "id", "sejak awal tahun"),
    ({"count": 7, "granularity": "day"}, "en", "the last 7 days"),
    ({"count": 7, "granularity": "day"}, "id", "7 hari terakhir"),
    ({"count": 1, "granularity": "month"}, "en", "the last 1 month"),
    ("all time", "en", "all time"), ("all time", "id", "sepanjang waktu"),
])
def test_a_cumulative_metric_window_is_said_in_the_page_language(tmp_path, window, language,
                                                                 shown):
    """The window used to be the manifest's words in every language: `7 day` on the
    Indonesian page, `month to date` too; and an all-time metric showed no window at all."""
    root = copy_example_catalog(tmp_path)
    kpi_file = root / "kpis/sales/new-corporate-accounts.yml"
    kpi_file.write_text(kpi_file.read_text(encoding="utf-8").replace(
        "semantic_metric: new_b2b_accounts", "semantic_metric: b2b_accounts_year_to_date"),
        encoding="utf-8")
    manifest_file = root / "examples/dbt/target/semantic_manifest.json"
    manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    metric = next(m for m in manifest["metrics"] if m["name"] == "b2b_accounts_year_to_date")
    cumulative = metric["type_params"]["cumulative_type_params"]
    if window == "all time":
        cumulative["grain_to_date"] = None
    elif window:
        cumulative.update(window=window, grain_to_date=None)
    manifest_file.write_text(json.dumps(manifest), encoding="utf-8")
    result = check_catalog(root / "kpis", today=TODAY, repo_root=root)
    assert result.ok, [d.text() for d in result.errors]
    site = Site(result.catalog, today=TODAY, options=SiteOptions(language=language))
    page = site.kpi_page(site.views["new-corporate-accounts"]).body
    assert f'<dt>{site.t["field.semantic_window"]}</dt> <dd>{shown}</dd>' in page, page


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["  data_source: \"dbt Semantic Layer: MetricFlow metric b2b_accounts_year_to_date\"",
            "  method: \"MetricFlow metric b2b_accounts_year_to_date (cumulative): Cumulative "
            "over year to date. count_distinct(account_id) over corporate_accounts. Where {{"]),
    ("id", ["  data_source: \"dbt Semantic Layer: metrik MetricFlow b2b_accounts_year_to_date\"",
            "  method: \"Metrik MetricFlow b2b_accounts_year_to_date (cumulative): Kumulatif: "
            "sejak awal tahun. count_distinct(account_id) pada corporate_accounts. Dengan "
            "syarat {{"]),
])
def test_kpi_new_from_a_metric_writes_the_method_in_the_language_written_in(
        repo, tmp_path, language, expected):
    """A KPI written in Indonesian (`kpi --language id new`) used to get its data source and
    method from the metric in English (`Cumulative over year to date.`)."""
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({**ANSWERS, "unit": "accounts"}), encoding="utf-8")
    result = new_kpi(repo, "--from-semantic-metric", "b2b_accounts_year_to_date",
                     "--answers", str(answers), language=language)
    assert result.exit_code == 0, result.output
    text = (repo / "kpis" / "operations" / "java-delivery-time.yml").read_text("utf-8")
    for line in expected:
        assert line in text, text


def edited_example(tmp_path: Path, edit) -> Path:
    """A copy of the example catalog whose semantic manifest ``edit`` changed."""
    root = copy_example_catalog(tmp_path)
    path = root / "examples/dbt/target/semantic_manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    edit({m["name"]: m for m in manifest["metrics"]},
         {m["name"]: m for m in manifest["semantic_models"]})
    path.write_text(json.dumps(manifest), encoding="utf-8")
    return root


def page_of(root: Path, kpi: str, language: str) -> tuple[str, object]:
    result = check_catalog(root / "kpis", today=TODAY, repo_root=root)
    assert result.ok, [d.text() for d in result.errors]
    site = Site(result.catalog, today=TODAY, options=SiteOptions(language=language))
    return site.kpi_page(site.views[kpi]).body, site.t


@pytest.mark.parametrize(("language", "earlier", "last"), [
    ("en", "1 month earlier", "on the last first_invoice_on of each period"),
    ("id", "1 bulan sebelumnya", "pada first_invoice_on terakhir setiap periode")])
def test_the_page_says_what_each_input_is_and_how_a_balance_is_taken(
        tmp_path, language, earlier, last):
    """A derived metric's inputs were only aliases in its expression: `spend / customers`
    said neither that `spend` was last month's spend, nor a ratio's input filter (a share of
    completed trips read as sum(1) / sum(1)); a balance (semi-additive measure) read as a sum
    over the period."""
    def edit(metrics, models):
        spend = metrics["customer_acquisition_cost"]["type_params"]["metrics"][0]
        spend["offset_window"] = {"count": 1, "granularity": "month"}
        metrics["otif_points"]["filter"] = {"where_filters": [
            {"where_sql_template": "{{ Dimension('delivery_batch__region') }} = 'java'"}]}
        (measure,) = models["corporate_accounts"]["measures"]
        measure["non_additive_dimension"] = {"name": "first_invoice_on", "window_choice": "max",
                                             "window_groupings": []}

    root = edited_example(tmp_path, edit)
    cost, t = page_of(root, "customer-acquisition-cost", language)
    assert (f'<dt>{t["field.semantic_inputs"]}</dt> <dd><ul><li><code>spend</code>: '
            f"<code>marketing_spend_idr</code>, {earlier}</li><li><code>customers</code>: "
            "<code>new_online_customers</code></li></ul></dd>") in cost
    otif, t = page_of(root, "online-otif", language)
    assert ("<li><code>otif_points</code>, <code>&#123;&#123; Dimension(&#39;delivery_batch"
            "__region&#39;) &#125;&#125; = &#39;java&#39;</code></li>"
            "<li><code>orders_delivered</code></li>") in otif
    accounts, t = page_of(root, "new-corporate-accounts", language)
    assert f"<code>count_distinct(account_id)</code> (corporate_accounts), {last}</li>" \
        in accounts
    assert t["field.semantic_inputs"] not in accounts  # a simple metric has no inputs


@pytest.mark.parametrize(("discrete", "call"), [
    (True, "percentile_disc(account_id, 0.9)"), (False, "percentile_cont(account_id, 0.9)")])
def test_a_percentile_measure_says_which_percentile(tmp_path, discrete, call):
    """A measure with `agg: percentile` read `percentile(account_id)` on the page and in
    `kpi new`'s method: not which percentile (the median, the 90th), nor whether discrete."""
    def edit(metrics, models):
        (measure,) = models["corporate_accounts"]["measures"]
        measure["agg"] = "percentile"
        measure["agg_params"] = {"percentile": 0.9, "use_discrete_percentile": discrete}

    root = edited_example(tmp_path, edit)
    page, _t = page_of(root, "new-corporate-accounts", "en")
    assert f"<code>{call}</code> (corporate_accounts)" in page
    assert "percentile(account_id)" not in page
    catalog = check_catalog(root / "kpis", today=TODAY, repo_root=root).catalog
    definition = definition_of(catalog, catalog.kpis["new-corporate-accounts"])
    assert definition is not None
    assert f"{call} over corporate_accounts." in method_text(definition)


def test_a_ratio_of_plain_inputs_shows_no_inputs_beside_its_expression(catalog):
    site = Site(catalog, today=TODAY, options=SiteOptions(language="en"))
    page = site.kpi_page(site.views["online-otif"]).body
    assert "<code>otif_points / orders_delivered</code>" in page
    assert site.t["field.semantic_inputs"] not in page


def test_a_ratio_expression_names_its_inputs_by_their_aliases(tmp_path):
    """A ratio of one metric with a filter over the same metric without (a share) read
    `paid_revenue / paid_revenue`: its expression named the metrics, not their aliases, while
    the inputs beside it went by the aliases."""
    def edit(metrics, models):
        numerator = metrics["otif_rate"]["type_params"]["numerator"]
        numerator.update(alias="on_time", filter={"where_filters": [
            {"where_sql_template": "{{ Dimension('delivery_batch__region') }} = 'java'"}]})

    page, t = page_of(edited_example(tmp_path, edit), "online-otif", "en")
    assert "<code>on_time / orders_delivered</code>" in page, page
    assert "<li><code>on_time</code>: <code>otif_points</code>, <code>" in page, page


@pytest.mark.parametrize(("language", "calculation", "shown"), [
    ("en", "conversion_rate", "the share of accounts followed by orders_delivered for the same "
                              "account within 7 days"),
    ("id", "conversion_rate", "proporsi accounts yang diikuti orders_delivered oleh account "
                              "yang sama dalam 7 hari"),
    ("en", "conversions", "the number of accounts followed by orders_delivered for the same "
                          "account within 7 days"),
])
def test_a_conversion_metric_says_what_it_counts(tmp_path, language, calculation, shown):
    """A conversion metric's page listed its two measures and nothing else: not that one
    must follow the other for the same entity, nor within how long."""
    def edit(metrics, models):
        metric = metrics["new_b2b_accounts"]
        measure = metric["type_params"]["measure"]
        metric["type"] = "conversion"
        metric["filter"] = None
        metric["type_params"].update(measure=None, conversion_type_params={
            "base_measure": measure, "conversion_measure": {**measure, "name": "orders_delivered"},
            "entity": "account", "calculation": calculation,
            "window": {"count": 7, "granularity": "day"}, "constant_properties": None})

    page, t = page_of(edited_example(tmp_path, edit), "new-corporate-accounts", language)
    assert f'<dt>{t["field.semantic_conversion"]}</dt> <dd>{shown}</dd>' in page, page


def test_kpi_new_writes_the_files_comments_in_the_language_the_kpi_is_written_in(tmp_path):
    """`kpi --language id new --from-semantic-metric` wrote the texts in Indonesian and each
    comment of the file (what a section is for, where the values come from) in English."""
    comments = {}
    for language in ("en", "id"):
        repo = copy_example_catalog(tmp_path / language)
        answers = tmp_path / f"answers-{language}.json"
        answers.write_text(json.dumps({**ANSWERS, "unit": "days"}), encoding="utf-8")
        result = new_kpi(repo, "--from-semantic-metric", "delivery_days_per_order",
                         "--answers", str(answers), language=language)
        assert result.exit_code == 0, result.output
        text = (repo / "kpis" / "operations" / "java-delivery-time.yml").read_text("utf-8")
        lines = text.splitlines()
        assert all(len(line) <= 90 for line in lines if line.lstrip().startswith("#")), text
        comments[language] = [line.split("#", 1)[1] for line in lines[1:] if "#" in line]
    assert " The MetricFlow metric `kpi actuals pull` takes the values from." in comments["en"]
    assert " Metrik MetricFlow yang menjadi sumber nilai bagi `kpi actuals pull`." \
        in comments["id"], comments["id"]
    assert " Ditulis dengan `kpi new` pada 2026-12-03. Setiap kolom dijelaskan di" \
        in comments["id"], comments["id"]
    assert len(comments["id"]) >= 15
    assert not set(comments["id"]) & set(comments["en"]), set(comments["id"]) & set(
        comments["en"])


def _cumulative_kpi(tmp_path: Path, edit) -> Path:
    """The example with `new-corporate-accounts` on the cumulative metric, ``edit`` made."""
    root = edited_example(tmp_path, edit)
    kpi_file = root / "kpis/sales/new-corporate-accounts.yml"
    kpi_file.write_text(kpi_file.read_text(encoding="utf-8").replace(
        "semantic_metric: new_b2b_accounts", "semantic_metric: b2b_accounts_year_to_date"),
        encoding="utf-8")
    return root


@pytest.mark.parametrize(("period_agg", "language", "shown"), [
    ("last", "en", "the cumulative value at the end of the period"),
    ("first", "en", "the cumulative value at the start of the period"),
    (None, "id", "nilai kumulatif di awal periode"),  # MetricFlow's default: first
    ("average", "id", "rata-rata nilai kumulatif di dalam periode itu"),
])
def test_a_cumulative_metric_says_which_of_its_values_is_a_periods(
        tmp_path, period_agg, language, shown):
    """A year-to-date count read as the month's own count, or as the year's at the month's
    end, gives other numbers: the page said neither (`period_agg`)."""
    def edit(metrics, models):
        params = metrics["b2b_accounts_year_to_date"]["type_params"]["cumulative_type_params"]
        if period_agg is None:
            del params["period_agg"]  # as a manifest written before dbt had it
        else:
            params["period_agg"] = period_agg

    page, t = page_of(_cumulative_kpi(tmp_path, edit), "new-corporate-accounts", language)
    word = period_agg or "first"
    assert (f'<dt>{escape(t["field.semantic_period_agg"])}</dt> <dd>{shown} (<code>period_agg: '
            f"{word}</code>)</dd>") in page, page
    assert page.index(t["field.semantic_window"]) < page.index(
        str(escape(t["field.semantic_period_agg"])))


@pytest.mark.parametrize(("join", "fill", "language", "shown"), [
    (True, 0, "en", "listed too, with the value 0 (<code>join_to_timespine: true</code>, "
                    "<code>fill_nulls_with: 0</code>)"),
    (False, 0, "en", "a missing value counts as 0 (<code>fill_nulls_with: 0</code>)"),
    (True, None, "en", "listed too, without a value (<code>join_to_timespine: true</code>)"),
    (True, 0, "id", "tetap dicantumkan, dengan nilai 0 (<code>join_to_timespine: true</code>, "
                    "<code>fill_nulls_with: 0</code>)"),
    (False, 1, "id", "nilai yang tidak ada dihitung 1 (<code>fill_nulls_with: 1</code>)"),
])
def test_the_page_says_what_a_period_without_data_gets(tmp_path, join, fill, language, shown):
    """`fill_nulls_with: 0` makes a month without data a month of zero accounts (the pull
    leaves such months out before the data starts): the page did not say so."""
    def edit(metrics, models):
        params = metrics["new_b2b_accounts"]["type_params"]
        for measure in (params["measure"], *params["input_measures"]):
            measure.update(join_to_timespine=join, fill_nulls_with=fill)

    page, t = page_of(edited_example(tmp_path, edit), "new-corporate-accounts", language)
    assert f'<dt>{t["field.semantic_gaps"]}</dt> <dd>{shown}</dd>' in page, page


def test_a_metric_that_fills_nothing_in_says_nothing_of_periods_without_data(catalog):
    site = Site(catalog, today=TODAY, options=SiteOptions(language="en"))
    for view in ("new-corporate-accounts", "jabodetabek-delivery-time"):
        page = site.kpi_page(site.views[view]).body
        assert site.t["field.semantic_gaps"] not in page
        assert str(escape(site.t["field.semantic_period_agg"])) not in page


@pytest.mark.parametrize("manifest_at", ["build/dbt", "manifest"])
def test_kpi_new_checks_the_file_against_a_manifest_outside_target(repo, tmp_path, manifest_at):
    """A dbt project whose dbt_project.yml sets `target-path`, or a catalog.yml naming the
    manifest (`semantic_layer.manifest`): the new file was checked in a scratch copy that
    looked for the manifest in `target/` and refused it (E321 "There is no dbt project"),
    though `kpi validate` finds it."""
    dbt = repo / "examples" / "dbt"
    moved = dbt / "build" / "dbt" / "semantic_manifest.json"
    moved.parent.mkdir(parents=True)
    (dbt / "target" / "semantic_manifest.json").rename(moved)
    if manifest_at == "manifest":
        config = repo / "kpis" / "catalog.yml"
        config.write_text(config.read_text(encoding="utf-8").replace(
            "  project: examples/dbt\n", "  project: examples/dbt\n  manifest: "
            "examples/dbt/build/dbt/semantic_manifest.json\n"), encoding="utf-8")
    else:
        (dbt / "dbt_project.yml").write_text(
            "name: nusantara_retail\nprofile: nusantara_retail\ntarget-path: build/dbt\n",
            encoding="utf-8")
    assert new_kpi(repo, "--from-semantic-metric", "nope").output.endswith(
        "Error: the dbt project has no metric `nope`.\n")  # the manifest is found
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
    result = new_kpi(repo, "--from-semantic-metric", "delivery_days_per_order", "--answers",
                     str(answers))
    assert result.exit_code == 0, result.output
    assert "  semantic_metric: delivery_days_per_order\n" in (
        repo / "kpis" / "operations" / "java-delivery-time.yml").read_text("utf-8")
