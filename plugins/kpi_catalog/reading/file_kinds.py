"""The kinds of file a catalog folder holds, in one table.

The loader reads each kind with its model, ``kpi schema`` writes a JSON Schema per kind
(``schemas/<kind>.schema.json``, which ``.vscode/settings.json`` maps onto the files), and
the ``kpi_fields`` macro documents the fields of each kind's entries: all of them read this
table, so a new kind of file is added here once.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from kpi_catalog.i18n.messages import N_
from kpi_catalog.model.config import CatalogConfig
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.registries import (
    Department,
    DepartmentsFile,
    GlossaryFile,
    GlossaryTerm,
    Objective,
    ObjectivesFile,
)

YAML_SUFFIXES = (".yml", ".yaml")
"""What a KPI file's name ends with (in any case)."""


@dataclass(frozen=True)
class FileKind:
    kind: str
    """The kind's name: ``kpi schema <kind>`` and ``schemas/<kind>.schema.json``."""
    model: type[BaseModel]
    """The model a whole file of this kind is validated against."""
    file_name: str | None
    """Its name in the catalog folder; ``None`` for KPI files (one per KPI, in the folder
    of its department)."""
    required: bool
    """Whether a catalog without this file is incomplete."""
    describes: str
    """What the file describes, for messages: "it should describe {describes}"."""
    entry: str
    """The ``kpi_fields`` macro's name for the model of one entry of the file."""
    entry_model: type[BaseModel]
    """The model of one entry: a department of ``departments.yml``; the file's own model
    for files that hold one thing."""
    words_as_text: frozenset[tuple[str, ...]] = frozenset()
    """Field paths where `off`, `on`, `yes` and `no` are text (see ``parse_yaml``)."""

    @property
    def fixed_name(self) -> str:
        """The file's name in the catalog folder, for the kinds that have one."""
        if self.file_name is None:
            raise ValueError(f"{self.kind} files have no fixed name")
        return self.file_name

    def editor_globs(self, catalog: str = "kpis") -> tuple[str, ...]:
        """The files of this kind, as editor settings match them (from the repository root)."""
        if self.file_name is None:
            return tuple(f"{catalog}/*/*{suffix}" for suffix in YAML_SUFFIXES)
        return (f"{catalog}/{self.file_name}",)


KPI = FileKind("kpi", Kpi, None, True, N_("one KPI"), "kpi", Kpi)
CONFIG = FileKind("catalog", CatalogConfig, "catalog.yml", False, N_("the catalog's settings"),
                  "catalog", CatalogConfig, frozenset({("rules", "*")}))  # `K104: off`
REGISTRIES = (
    FileKind("departments", DepartmentsFile, "departments.yml", True, N_("departments"),
             "department", Department),
    FileKind("objectives", ObjectivesFile, "objectives.yml", True, N_("objectives"),
             "objective", Objective),
    FileKind("glossary", GlossaryFile, "glossary.yml", False, N_("glossary terms"),
             "glossary_term", GlossaryTerm),
)
"""The files that list what KPIs refer to (departments, objectives, glossary terms)."""

FILE_KINDS: dict[str, FileKind] = {k.kind: k for k in (KPI, *REGISTRIES, CONFIG)}
CATALOG_FILE_NAMES = frozenset(k.file_name for k in FILE_KINDS.values() if k.file_name)
"""The files of the catalog folder itself; any other YAML file there is misplaced."""
