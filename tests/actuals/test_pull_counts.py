"""What `kpi actuals pull` says of MetricFlow counts one value in the singular."""

from __future__ import annotations

from kpi_catalog.cli.actuals import asked_metricflow
from kpi_catalog.i18n.messages import speaking


def test_one_value_from_metricflow_is_said_in_the_singular():
    assert asked_metricflow(1, 1, 0) == \
        "Asked MetricFlow for 1 metric: 1 value; 0 left out (periods not ended)."
    assert asked_metricflow(4, 28, 4) == \
        "Asked MetricFlow for 4 metrics: 28 values; 4 left out (periods not ended)."
    with speaking("id"):
        assert asked_metricflow(1, 1, 0) == \
            "Meminta 1 metrik ke MetricFlow: 1 nilai; 0 tidak diambil (periodenya belum " \
            "berakhir)."
