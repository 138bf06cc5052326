"""The loaded catalog: validated models, where each came from, and lookups between them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from kpi_catalog.model.config import CatalogConfig
from kpi_catalog.model.diagnostics import Diagnostic, FieldPath, Severity
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.registries import Department, GlossaryTerm, Objective
from kpi_catalog.reading.field_lines import field_positions, top_level_spans
from kpi_catalog.reading.yaml_reader import YamlProblem, parse_yaml


@dataclass
class SourceFile:
    """A catalog file's text, kept so that any later check can point at a line."""

    path: Path
    rel: str  # relative to the repository root, with forward slashes
    text: str
    field_count: int | None = None  # top-level fields the text parsed into, when known

    @cached_property
    def _top_level_spans(self) -> dict[str, tuple[int, int]] | None:
        if self.field_count is None:
            return None
        return top_level_spans(self.text, self.field_count)

    @cached_property
    def _positions(self) -> dict[FieldPath, tuple[int, int]]:
        positions: dict[FieldPath, tuple[int, int]] = {}
        try:
            parse_yaml(self.text, positions=positions)
        except YamlProblem:
            pass  # only files that parsed once are ever located
        return positions

    @cached_property
    def _field_positions(self) -> dict[str, dict[FieldPath, tuple[int, int]] | None]:
        return {}  # top-level field -> the positions in its lines alone (None: unknown)

    def locate(self, field_path: FieldPath) -> tuple[int, int]:
        """Line and column of a field; of its nearest located parent if it is missing."""
        path = tuple(field_path)
        positions: dict[FieldPath, tuple[int, int]] | None = self.__dict__.get("_positions")
        spans = self._top_level_spans if path and positions is None else None
        if spans is not None:  # most findings: no need to parse the whole file again
            if path[0] not in spans:
                return 1, 1
            if len(path) == 1:
                return spans[path[0]][0], 1
            known = self._field_positions
            if path[0] not in known:
                known[path[0]] = field_positions(self.text, spans, path[0])
            positions = known[path[0]]
        if positions is None:
            positions = self._positions
        while path:
            if path in positions:
                return positions[path]
            path = path[:-1]
        return 1, 1

    def diagnostic(
        self,
        field_path: FieldPath,
        code: str,
        message: str,
        hint: str = "",
        severity: Severity = Severity.ERROR,
    ) -> Diagnostic:
        line, column = self.locate(field_path)
        return Diagnostic(self.rel, line, column, code, message, hint, severity, tuple(field_path))


@dataclass
class Catalog:
    """Everything that loaded; ``kpis`` is ordered by id."""

    root: Path
    repo_root: Path
    config: CatalogConfig = field(default_factory=CatalogConfig)
    departments: dict[str, Department] = field(default_factory=dict)
    objectives: dict[str, Objective] = field(default_factory=dict)
    glossary: list[GlossaryTerm] = field(default_factory=list)
    kpis: dict[str, Kpi] = field(default_factory=dict)
    kpi_sources: dict[str, SourceFile] = field(default_factory=dict)
    registry_sources: dict[str, SourceFile] = field(default_factory=dict)
    unread: set[str] = field(default_factory=set)
    """The kinds of the catalog's own files (``catalog``, ``glossary``...) that are there but
    did not load, or are there by a name that is not read (`glossary.yaml`): an error says
    why, and the KPIs are not checked against what they would say meanwhile."""

    def kpi_path(self, kpi_id: str) -> str:
        """The KPI's YAML file, relative to the repository root."""
        return self.kpi_sources[kpi_id].rel

    @property
    def driven_by(self) -> dict[str, list[str]]:
        """For each KPI id, the ids of the KPIs it drives (the reverse of `drivers`).
        Computed on each use: a cache would go stale as the catalog changes."""
        grouped: dict[str, list[str]] = defaultdict(list)
        for kpi in self.kpis.values():
            for driver in dict.fromkeys(kpi.drivers):
                if driver in self.kpis and driver != kpi.id:
                    grouped[driver].append(kpi.id)
        return dict(grouped)
