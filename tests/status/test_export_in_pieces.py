"""`kpi export --format json` and `--format datahub` write their JSON as it is made, each
KPI's part in turn (10,000 KPIs held 410-440 MB: the document as objects, its text, the
text escaped), and write the same bytes as the whole document written at once: on standard
output and into a file."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from catalog_factory import TODAY, copy_example_catalog
from kpi_catalog import json_text
from kpi_catalog.checking.semantic import definition_of
from kpi_catalog.cli import main
from kpi_catalog.export import datahub
from kpi_catalog.export.catalog_fields import glossary_terms, slug
from kpi_catalog.export.document import catalog_document, dumps
from kpi_catalog.model.audience import for_audience
from kpi_catalog.reading.loader import load_catalog
from kpi_catalog.status.compute import catalog_statuses, export_fields

NOW = 1_796_000_000.0  # DataHub's audit stamps: the time of the run


@pytest.fixture
def repo(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setattr(time, "time", lambda: NOW)
    root = copy_example_catalog(tmp_path)
    name = root / "kpis" / "sales" / "online-gmv.yml"  # contributor text with a bidi control
    name.write_text(name.read_text(encoding="utf-8").replace(
        "name: ", "name: \u202eRTL\u202c ", 1), encoding="utf-8")
    return root


def _whole(root: Path, fmt: str, audience: str) -> str:
    """The document as the export wrote it before: made whole, then written at once."""
    catalog = for_audience(load_catalog(root / "kpis").catalog, audience)
    if fmt == "json":
        return dumps(catalog_document(catalog, catalog_statuses(catalog, TODAY), TODAY,
                                      audience=audience))
    data = datahub.datahub(
        catalog, lambda kpi: export_fields(catalog, kpi, TODAY).get("status"),
        lambda kpi: definition_of(catalog, kpi), glossary_terms(catalog), slug(catalog.config.name),
        int(NOW * 1000))
    return json_text.dumps(data, indent=2, allow_nan=False)


@pytest.mark.parametrize("audience", ["public", "internal"])
@pytest.mark.parametrize("fmt", ["json", "datahub"])
def test_the_export_is_the_whole_document_byte_for_byte(repo, fmt, audience):
    expected = _whole(repo, fmt, audience)
    assert "\\u202eRTL" in expected and "online-gmv" in expected
    args = ["export", str(repo / "kpis"), "--format", fmt, "--audience", audience,
            "--today", TODAY.isoformat()]
    shown = CliRunner().invoke(main, args)
    assert shown.exit_code == 0, shown.output
    assert shown.stdout_bytes == (expected + "\n").encode()  # click.echo's line break
    out = repo / f"export.{fmt}"
    written = CliRunner().invoke(main, [*args, "-o", str(out)])
    assert written.exit_code == 0, written.output
    assert out.read_bytes() == expected.rstrip("\n").encode() + b"\n"
