"""`kpi due`: the values owed, as a table for people, the import template, or JSON; with
``--gaps``, also the periods inside each series that have no value (:mod:`.gaps`)."""

from __future__ import annotations

from datetime import date

from kpi_catalog import json_text
from kpi_catalog.actuals.due import Owed, owed
from kpi_catalog.actuals.gaps import kpi_gaps
from kpi_catalog.actuals.sources import COLUMNS, IN_INDONESIAN
from kpi_catalog.export.tables import CSV_STYLES, CsvStyle, spreadsheet_safe, write_csv
from kpi_catalog.i18n.labels import current_labels
from kpi_catalog.i18n.messages import _, ngettext
from kpi_catalog.model.catalog import Catalog

TEMPLATE_COLUMNS = (*COLUMNS, "name", "unit", "due_since")
_INDONESIAN_COLUMNS = {**IN_INDONESIAN,
                       "name": "nama", "unit": "satuan", "due_since": "jatuh_tempo"}
"""The template's header in Indonesian: the import's columns by the names it reads
(:data:`~.sources.IN_INDONESIAN`), the columns for the reader (ignored by the import) in words."""


def template_columns(language: str) -> tuple[str, ...]:
    """The template's header in ``language``, as the template names the KPIs: whoever fills
    it in reads one language, and the import reads it back in either."""
    if language != "id":
        return TEMPLATE_COLUMNS
    return tuple(_INDONESIAN_COLUMNS.get(column, column) for column in TEMPLATE_COLUMNS)


def empty_template(language: str) -> str:
    """The empty file of values the guide offers for download, headed in ``language``: in
    English as programs write CSV; in Indonesian as a spreadsheet set to Indonesian saves it
    (semicolons, a UTF-8 mark), so that Excel opens it in columns with a double-click."""
    style = CSV_STYLES["semicolon" if language == "id" else "plain"]
    return write_csv([template_columns(language)[:len(COLUMNS)]], style)


def all_owed(catalog: Catalog, today: date) -> list[Owed]:
    """Every value due by ``today``, by KPI id then period."""
    grace = catalog.config.status.grace_days
    return [item for kpi in catalog.kpis.values() for item in owed(kpi, today, grace)]


def all_gaps(catalog: Catalog, today: date) -> list[Owed]:
    """Every period inside a series without a value, by KPI id then period."""
    grace = catalog.config.status.grace_days
    return [item for kpi in catalog.kpis.values() for item in kpi_gaps(kpi, today, grace)]


def due_csv(catalog: Catalog, today: date, style: CsvStyle = CSV_STYLES["plain"], *,
            gaps: bool = False, language: str = "en") -> str:
    """The import template: ids and periods filled in, values left for the reader (with
    ``gaps``, each KPI's empty periods inside its series before its periods due), headed in
    ``language`` (``catalog``: its names in that language).

    ``name``, ``unit`` and ``due_since`` help whoever fills it in; the import ignores them.
    """
    grace = catalog.config.status.grace_days
    items = [item for kpi in catalog.kpis.values()
             for item in (kpi_gaps(kpi, today, grace) if gaps else []) + owed(kpi, today, grace)]
    rows = [[item.kpi.id, item.period, "", "", spreadsheet_safe(item.kpi.name),
             spreadsheet_safe(item.kpi.measurement.unit), item.due.isoformat()]
            for item in items]
    return write_csv([template_columns(language), *rows], style)


def due_json(catalog: Catalog, today: date, *, gaps: bool = False) -> str:
    """``due``: the periods owed; with ``gaps``, ``gaps``: the empty periods inside the
    series, in the same form."""
    out = {
        "today": today.isoformat(),
        "grace_days": catalog.config.status.grace_days,
        "due": _json_items(catalog, all_owed(catalog, today)),
    }
    if gaps:
        out["gaps"] = _json_items(catalog, all_gaps(catalog, today))
    return json_text.dumps(out, indent=2)


def _json_items(catalog: Catalog, items: list[Owed]) -> list[dict[str, str]]:
    return [{"kpi": item.kpi.id, "period": item.period, "due_since": item.due.isoformat(),
             "name": item.kpi.name, "unit": item.kpi.measurement.unit,
             "path": catalog.kpi_path(item.kpi.id)} for item in items]


def due_table(catalog: Catalog, today: date, *, gaps: bool = False) -> str:
    """The values due as a table, with how to fill them in; with ``gaps``, a second table of
    the empty periods inside the series."""
    out = [_owed_table(catalog, today)]
    if gaps:
        out += ["", _gaps_table(catalog, all_gaps(catalog, today))]
    return "\n".join(out)


def _owed_table(catalog: Catalog, today: date) -> str:
    items = all_owed(catalog, today)
    if not items:
        return _("Nothing is due on {day}: every active KPI has its values.",
                 day=current_labels().date(today))  # a sentence: the date as one is read
    out = _table(catalog, items)
    kpis = len({i.kpi.id for i in items})
    out.append("")
    values = ngettext("{count} value", "{count} values", len(items), count=len(items))
    out.append(ngettext("{values} due from {count} KPI. Fill them in: kpi due --format csv -o "
                        "due.csv (add --csv-style semicolon for a spreadsheet that writes "
                        "decimal commas), then kpi actuals import due.csv.",
                        "{values} due from {count} KPIs. Fill them in: kpi due --format csv -o "
                        "due.csv (add --csv-style semicolon for a spreadsheet that writes "
                        "decimal commas), then kpi actuals import due.csv.", kpis,
                        values=values, count=kpis))
    return "\n".join(out)


def _gaps_table(catalog: Catalog, items: list[Owed]) -> str:
    if not items:
        return _("No series has an empty period between its values.")
    out = [_("Earlier periods without a value, between a KPI's first and latest values:"), "",
           *_table(catalog, items), ""]
    kpis = len({i.kpi.id for i in items})
    periods = ngettext("{count} period", "{count} periods", len(items), count=len(items))
    out.append(ngettext(
        "{periods} without a value in {count} KPI. Import their values with the others "
        "(kpi due --gaps --format csv writes them into the template), or leave them empty "
        "if they were never measured.",
        "{periods} without a value in {count} KPIs. Import their values with the others "
        "(kpi due --gaps --format csv writes them into the template), or leave them empty "
        "if they were never measured.", kpis, periods=periods, count=kpis))
    return "\n".join(out)


def _table(catalog: Catalog, items: list[Owed]) -> list[str]:
    """KPI, period, due date and file of each item, in aligned columns under a header."""
    lines = [(_("KPI"), _("PERIOD"), _("DUE SINCE"), _("FILE"))]
    lines += [(i.kpi.id, i.period, i.due.isoformat(), catalog.kpi_path(i.kpi.id)) for i in items]
    widths = [max(len(line[c]) for line in lines) for c in range(4)]
    out = ["  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
           for line in lines]
    out.insert(1, "  ".join("-" * w for w in widths))
    return out
