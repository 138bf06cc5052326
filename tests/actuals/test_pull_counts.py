"""What `kpi actuals pull` says of MetricFlow and of the queries, in the singular and plural."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from kpi_catalog.actuals.pulled import Pulled
from kpi_catalog.cli.actuals import asked_metricflow, ran_queries
from kpi_catalog.i18n.messages import speaking
from kpi_catalog.model.catalog import SourceFile


def test_one_value_from_metricflow_is_said_in_the_singular():
    assert asked_metricflow(1, 1, 0) == \
        "Asked MetricFlow for 1 metric: 1 value; 0 left out (periods not ended)."
    assert asked_metricflow(4, 28, 4) == \
        "Asked MetricFlow for 4 metrics: 28 values; 4 left out (periods not ended)."
    with speaking("id"):
        assert asked_metricflow(1, 1, 0) == \
            "Meminta 1 metrik ke MetricFlow: 1 nilai; 0 tidak diambil (periodenya belum " \
            "berakhir)."


def test_what_metricflow_left_out_after_the_last_data_is_counted_apart():
    assert asked_metricflow(1, 5, 8, 7, 4) == \
        "Asked MetricFlow for 1 metric: 5 values; 8 left out (periods not ended), 7 left out " \
        "(before the KPI's values start), 4 left out (after the metric's last data), see above."
    assert asked_metricflow(2, 14, 16, 0, 1) == \
        "Asked MetricFlow for 2 metrics: 14 values; 16 left out (periods not ended), 0 left " \
        "out (before the KPIs' values start), 1 left out (after the metrics' last data), see " \
        "above."
    with speaking("id"):
        assert asked_metricflow(2, 14, 16, 0, 1) == \
            "Meminta 2 metrik ke MetricFlow: 14 nilai; 16 tidak diambil (periodenya belum " \
            "berakhir), 0 tidak diambil (sebelum nilai KPI dimulai), 1 tidak diambil " \
            "(setelah data terakhir metrik), lihat di atas."


def test_periods_past_the_time_spine_are_counted_as_such_not_as_after_the_data():
    """They were counted under `(after the metric's last data)`: the data was there."""
    assert asked_metricflow(1, 5, 0, 0, 0, 2) == \
        "Asked MetricFlow for 1 metric: 5 values; 0 left out (periods not ended), 0 left out " \
        "(before the KPI's values start), 2 left out (past the time spine's end), see above."
    assert asked_metricflow(2, 14, 16, 0, 1, 3) == \
        "Asked MetricFlow for 2 metrics: 14 values; 16 left out (periods not ended), 0 left " \
        "out (before the KPIs' values start), 1 left out (after the metrics' last data), 3 " \
        "left out (past the time spine's end), see above."
    with speaking("id"):
        assert asked_metricflow(1, 5, 0, 0, 0, 2) == \
            "Meminta 1 metrik ke MetricFlow: 5 nilai; 0 tidak diambil (periodenya belum " \
            "berakhir), 0 tidak diambil (sebelum nilai KPI dimulai), 2 tidak diambil " \
            "(melewati akhir time spine), lihat di atas."


def test_what_the_queries_got_is_said_with_what_was_left_out_before_the_baseline():
    assert ran_queries(1, 1, 0) == "Ran 1 query: 1 value."
    assert ran_queries(4, 44, 4) == "Ran 4 queries: 44 values; 4 left out (periods not ended)."
    assert ran_queries(1, 11, 1, 2) == \
        "Ran 1 query: 11 values; 1 left out (periods not ended), 2 left out (before the " \
        "KPI's baseline period, see above)."
    assert ran_queries(2, 1, 0, 1) == \
        "Ran 2 queries: 1 value; 0 left out (periods not ended), 1 left out (before the " \
        "KPIs' baseline periods, see above)."
    with speaking("id"):
        assert ran_queries(2, 1, 0, 1) == \
            "Menjalankan 2 kueri: 1 nilai; 0 tidak diambil (periodenya belum berakhir), 1 " \
            "tidak diambil (sebelum periode nilai awal KPI, lihat di atas)."


def test_what_a_pull_got_says_how_many_values_the_catalog_already_has():
    """`44 values` beside `would write 6 values` left the reader to guess the 38 others."""
    assert ran_queries(4, 44, 4, unchanged=38) == (
        "Ran 4 queries: 44 values (6 new or changed, 38 already in the catalog); 4 left out "
        "(periods not ended).")
    assert ran_queries(1, 11, 1, 2, unchanged=11) == (
        "Ran 1 query: 11 values (0 new or changed, 11 already in the catalog); 1 left out "
        "(periods not ended), 2 left out (before the KPI's baseline period, see above).")
    assert ran_queries(1, 0, 3, unchanged=0) == \
        "Ran 1 query: 0 values; 3 left out (periods not ended)."
    assert asked_metricflow(4, 28, 4, unchanged=26) == (
        "Asked MetricFlow for 4 metrics: 28 values (2 new or changed, 26 already in the "
        "catalog); 4 left out (periods not ended).")
    with speaking("id"):
        assert ran_queries(4, 44, 4, unchanged=38) == (
            "Menjalankan 4 kueri: 44 nilai (6 baru atau berubah, 38 sudah ada di katalog); 4 "
            "tidak diambil (periodenya belum berakhir).")
        assert asked_metricflow(1, 5, 8, 7, 4, unchanged=5).startswith(
            "Meminta 1 metrik ke MetricFlow: 5 nilai (0 baru atau berubah, 5 sudah ada di "
            "katalog); 8 tidak diambil")


def test_the_value_of_rows_without_a_date_is_written_as_the_language_writes_numbers():
    """E421 wrote the undated value as Python does (`nilai 1234.5` in Indonesian prose)."""
    kpi = SimpleNamespace(id="paid-fees")
    source = SourceFile(Path("kpis/paid-fees.yml"), "kpis/paid-fees.yml", "")
    said = {}
    for language in ("en", "id"):
        with speaking(language):
            pulled = Pulled()
            pulled.undated(kpi, source, ("measurement", "semantic_metric"), "paid_fees", 1234.5)
        (note,) = pulled.notes
        said[language] = note.message
    assert "`paid_fees` the value 1,234.5 for rows without a date" in said["en"], said
    assert "`paid_fees` nilai 1.234,5 untuk baris tanpa tanggal" in said["id"], said
