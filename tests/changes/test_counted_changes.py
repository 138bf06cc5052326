"""Change texts with a count say one in the singular: "period of 1 value", not
"periods of 1 values" (the texts are gettext plurals; Indonesian has one form)."""

from __future__ import annotations

import pytest

from kpi_catalog.changes.compare import Change
from kpi_catalog.changes.words import describe
from kpi_catalog.i18n.labels import Labels
from kpi_catalog.model.enums import ChangeKind


def _relabelled(count: int) -> Change:
    old = [f"2026-0{i + 1}-28" for i in range(count)]
    new = [f"2026-W0{i + 1}" for i in range(count)]
    return Change(ChangeKind.ACTUALS_RELABELLED, "actuals", old, new)


def test_one_relabelled_period_is_said_in_the_singular():
    assert describe(_relabelled(1), Labels("en")) == \
        "period of 1 value written in another form: 2026-01-28 → 2026-W01"
    assert describe(_relabelled(2), Labels("en")).startswith(
        "periods of 2 values written in another form: ")


@pytest.mark.parametrize("count", [1, 2])
def test_indonesian_keeps_its_one_form(count):
    assert describe(_relabelled(count), Labels("id")).startswith(
        f"periode {count} nilai ditulis dalam bentuk lain: ")


def test_one_change_left_out_of_a_job_summary_is_said_in_the_singular():
    """Whichever budget leaves out one change, the summary counts "1 more change"."""
    from pathlib import Path

    from kpi_catalog.changes import Compared
    from kpi_catalog.changes.compare import CatalogDiff, KpiChanges
    from kpi_catalog.changes.render import as_markdown
    from kpi_catalog.model.catalog import Catalog

    def diff(kind: ChangeKind, field: str) -> CatalogDiff:
        return CatalogDiff(kpis=[KpiChanges(f"k{n}", f"kpis/sales/k{n}.yml", "sales", [
            Change(kind, field, "A" * 40, f"B{n}" * 20) for _ in range(1)]) for n in range(4)])

    empty = Catalog(root=Path("kpis"), repo_root=Path("."))
    said = set()
    for kind, field in ((ChangeKind.TARGET_EASIER, "target.value"),
                        (ChangeKind.OWNER_CHANGED, "owner")):
        for budget in range(300, 1500, 5):
            output = as_markdown(Compared(diff(kind, field), empty, empty, "a", "b"), budget)
            assert " 1 more changes" not in output, output
            said |= {text for text in ("1 more change that needs review is not shown",
                                       "1 more change that needs no review",
                                       "1 more change: run")
                     if text in output}
    assert said == {"1 more change that needs review is not shown",
                    "1 more change that needs no review"}, said
