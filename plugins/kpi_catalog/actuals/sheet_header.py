"""Find a sheet's header row as the sheet shows it: under a title, over merged cells.

A sheet made for people often starts with a title merged across the top ("Laporan KPI
November 2026"), a row grouping the columns ("Identitas", "Nilai"), or names a column in a
cell merged over two rows or two columns. The header is the first of the first
:data:`MAX_ROWS_LOOKED_AT` rows holding anything that names the columns ``kpi``, ``period``
and ``value``, each cell read as the sheet shows it (a name merged down from the row above
is that row's too). The rows above it are passed over only when they hold no number: a
number there may be a value, and nothing is left out unsaid. When the next row names the
columns too, it is the header: the first grouped them (`Nilai`, Indonesian for `value`,
merged over the columns `value` and `note`), or gave them in the other language.

A column name merged over several columns (``value`` over C1:D1) names them all: a row's
value is the one cell under it that holds something; two are refused (which is the value?).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kpi_catalog.actuals.sources import (
    MAX_ROWS_LOOKED_AT,
    HeaderRefused,
    NoHeader,
    SourceProblem,
    cell_name,
    header_of,
    holds_number,
    likelier,
    number_above_header,
    placed,
)
from kpi_catalog.i18n.messages import _
from kpi_catalog.model import codes
from kpi_catalog.model.diagnostics import Diagnostic

Range = tuple[int, int, int, int]  # first column, first row, last column, last row


@dataclass(frozen=True)
class Header:
    line: int
    names: dict[int, str]
    """The column each index names (0 for column A)."""
    spans: dict[int, tuple[list[int], str]]
    """The indices a named cell merged across columns covers too, and the range's name."""

    @property
    def width(self) -> int:
        covered = (index for indices, _range in self.spans.values() for index in indices)
        return max([*self.names, *covered]) + 1


def find_header(rows: Iterable[tuple[int, list[object]]], merged: list[Range], path: str,
                sheet: str, max_columns: int) -> Header:
    """The header among ``rows`` (``(line, values)`` of the rows holding anything); when none
    names the columns, the problem of the row naming most of them (else of the first)."""
    downward = [bounds for bounds in merged if bounds[3] > bounds[1]]
    tops: dict[tuple[int, int], object] = {}
    passed: list[tuple[int, list[object]]] = []
    first: NoHeader | None = None
    found: Header | None = None
    for line, values in rows:
        shown = [_shown(values, index, line, downward, tops) for index in range(len(values))]
        tops.update(((line, index + 1), value) for index, value in enumerate(values)
                    if value is not None)
        try:
            names = header_of(["" if value is None else str(value) for value in shown],
                              path, line)
        except HeaderRefused as problem:
            raise _placed(problem, sheet) from None
        except NoHeader as problem:
            if found is not None:
                return found
            first = likelier(first, problem)
            passed.append((line, values))
            if len(passed) >= MAX_ROWS_LOOKED_AT:
                break
            continue
        if found is not None:  # the row above grouped the columns (`Nilai` over two)
            return Header(line, names, _spans(names, line, merged, max_columns))
        _check_passed(passed, line, path, sheet)
        found = Header(line, names, _spans(names, line, merged, max_columns))
    if found is not None:
        return found
    assert first is not None  # the sheet holds a row, or it is said empty before
    raise _placed(first, sheet) from None


def _placed(problem: SourceProblem, sheet: str) -> SourceProblem:
    return SourceProblem([Diagnostic(
        d.path, d.line, d.column, d.code, placed(d.message, sheet, cell_name(d.line, d.column)),
        d.hint) for d in problem.diagnostics])


def _shown(values: list[object], index: int, line: int, downward: list[Range],
           tops: dict[tuple[int, int], object]) -> object:
    """The cell's value, or the value of a range merged down from a row above it."""
    if values[index] is not None:
        return values[index]
    column = index + 1
    for first_column, first_row, _last_column, last_row in downward:
        if first_column == column and first_row < line <= last_row:
            return tops.get((first_row, column))
    return None


def _check_passed(passed: list[tuple[int, list[object]]], line: int, path: str,
                  sheet: str) -> None:
    """A row above the header may be a title, never a value: a number there is said, typed
    as a number or as text (`'118,2`), as in a CSV file."""
    for above, values in passed:
        column = next((index + 1 for index, value in enumerate(values)
                       if isinstance(value, (int, float))
                       or isinstance(value, str) and holds_number(value)), None)
        if column is not None:
            raise SourceProblem([number_above_header(path, above, column, line, sheet)])


def _spans(names: dict[int, str], line: int, merged: list[Range], max_columns: int
           ) -> dict[int, tuple[list[int], str]]:
    spans: dict[int, tuple[list[int], str]] = {}
    for first_column, first_row, last_column, last_row in merged:
        index = first_column - 1
        if index in names and last_column > first_column and first_row <= line <= last_row:
            covered = [i for i in range(first_column, min(last_column, max_columns))
                       if i not in names]
            if covered:
                spans[index] = (covered, f"{cell_name(first_row, first_column)}:"
                                         f"{cell_name(last_row, last_column)}")
    return spans


def merged_across(name: str, spans: tuple[list[int], str], held: list[tuple[int, object]],
                  line: int) -> tuple[int, tuple[str, str, str] | None]:
    """The index of the cell that is the row's ``name`` under a name merged across columns
    (``held``: the indices of the span's cells that hold something, and their values), and
    what to say when two cells hold something."""
    if len(held) < 2:
        return (held[0][0] if held else -1), None
    first, second = held[0][0] + 1, held[1][0] + 1
    return held[1][0], (codes.BAD_VALUES_FILE, _(
        "The header `{name}` is merged over the cells {cells}, and this row has something "
        "under it in two cells ({first} and {second}): which one is its {name}?", name=name,
        cells=spans[1], first=cell_name(line, first), second=cell_name(line, second)),
        _("Unmerge the header's cells and give each column its own name (the columns the "
          "header does not name are not read)."))
