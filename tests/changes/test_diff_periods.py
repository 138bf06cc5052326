"""`kpi diff` (text and the pull request's Markdown) and the KPI pages' history name a value's
period as the site does, in the language spoken: `value added for October 2026`, `Q3 2026` /
`Triwulan III 2026`. Before, they said `2026-10`, `2026-Q3` as the YAML has them. JSON keeps
the field paths as written (`actuals[2026-10]`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kpi_catalog.changes import Compared
from kpi_catalog.changes.compare import CatalogDiff, Change, KpiChanges
from kpi_catalog.changes.render import as_json, as_markdown, as_text
from kpi_catalog.changes.words import describe
from kpi_catalog.i18n.labels import labels
from kpi_catalog.i18n.messages import speaking
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.enums import ChangeKind


def _value(kind: ChangeKind, period: str, old: float | None, new: float | None) -> Change:
    return Change(kind, f"actuals[{period}]", None if old is None else {"value": old},
                  None if new is None else {"value": new})


def _compared(*changes: Change) -> Compared:
    empty = Catalog(root=Path("kpis"), repo_root=Path("."))
    diff = CatalogDiff(kpis=[KpiChanges("leads", "kpis/marketing/leads.yml", "marketing",
                                        list(changes))])
    return Compared(diff, empty, empty, "base", "head")


@pytest.mark.parametrize(("language", "said"), [
    ("en", ["value added for October 2026: 235", "value added for Q3 2026: 10",
            "value added for H1 2026: 7", "value added for Week 47, 2026: 3",
            "past value for March 2026 edited: 150 → 155",
            "past value for 2025 deleted (was 1,200)"]),
    ("id", ["nilai ditambahkan untuk Oktober 2026: 235",
            "nilai ditambahkan untuk Triwulan III 2026: 10",
            "nilai ditambahkan untuk Semester I 2026: 7",
            "nilai ditambahkan untuk Minggu ke-47 tahun 2026: 3",
            "nilai lampau Maret 2026 diubah: 150 → 155",
            "nilai lampau 2025 dihapus (sebelumnya 1.200)"]),
])
def test_a_value_s_period_in_words_in_both_languages(language, said):
    changes = [_value(ChangeKind.ACTUAL_ADDED, "2026-10", None, 235),
               _value(ChangeKind.ACTUAL_ADDED, "2026-Q3", None, 10),
               _value(ChangeKind.ACTUAL_ADDED, "2026-H1", None, 7),
               _value(ChangeKind.ACTUAL_ADDED, "2026-W47", None, 3),
               _value(ChangeKind.ACTUAL_EDITED, "2026-03", 150, 155),
               _value(ChangeKind.ACTUAL_DELETED, "2025", 1200, None)]
    assert [describe(c, labels(language)) for c in changes] == said
    with speaking(language):
        text = as_text(_compared(*changes))
    assert [line[4:4 + len(s)] for line, s in zip(text.splitlines()[3:], said, strict=False)
            ] == said  # after `  - ` or `  ! `


def test_the_markdown_s_folded_runs_name_their_periods_in_words():
    added = [_value(ChangeKind.ACTUAL_ADDED, f"2026-{m:02}", None, m) for m in (1, 2, 3)]
    edited = [_value(ChangeKind.ACTUAL_EDITED, f"2026-Q{q}", q, q + 1) for q in (1, 2, 3)]
    many = [_value(ChangeKind.ACTUAL_ADDED, f"20{y:02}", None, y) for y in range(10, 24)]
    with speaking("en"):
        markdown = as_markdown(_compared(*added, *edited))
        long_run = as_markdown(_compared(*many))
    assert "  - 3 values added (January 2026, February 2026, March 2026)" in markdown
    assert "3 past values edited: Q1 2026: 1 → 2; Q2 2026: 2 → 3; Q3 2026: 3 → 4" in markdown
    assert "  - 14 values added (2010 to 2023)" in long_run
    with speaking("id"):
        markdown = as_markdown(_compared(*added, *edited))
    assert "(Januari 2026, Februari 2026, Maret 2026)" in markdown
    assert "Triwulan I 2026: 1 → 2; Triwulan II 2026: 2 → 3" in markdown


def test_json_keeps_the_periods_as_written():
    data = json.loads(as_json(_compared(_value(ChangeKind.ACTUAL_ADDED, "2026-10", None, 235))))
    assert data["kpis"][0]["changes"][0]["field"] == "actuals[2026-10]"
