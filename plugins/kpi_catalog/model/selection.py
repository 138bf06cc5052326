"""Which KPIs a listing shows: one filter for the site's listings, the page macros,
`kpi status` and the MCP server's queries.

A filter names a department, an objective, a lifecycle, a tag, a status and an owner, each
optional; a KPI matches when it matches every one given. The status is not a field of the
KPI (it is computed for a day), so the caller passes it to :meth:`KpiFilter.matches`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import Enum
from typing import ClassVar

from kpi_catalog.escape import one_line
from kpi_catalog.i18n.messages import _
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.enums import Lifecycle, StatusValue
from kpi_catalog.model.kpi import Kpi


class UnknownFilter(ValueError):
    """A filter names something the catalog does not have (a typo in a page or a query
    must not quietly show an empty list); the message says what there is."""


@dataclass(frozen=True)
class KpiFilter:
    """Every field given must match; ``None`` (or an empty text) matches every KPI."""

    department: str | None = None
    """The id of the KPI's department."""
    objective: str | None = None
    """The id of the strategic objective the KPI measures."""
    lifecycle: str | None = None
    """The KPI's lifecycle."""
    tag: str | None = None
    """One of the KPI's tags."""
    status: str | None = None
    """The KPI's status on the day the site shows."""
    owner: str | None = None
    """The KPI's owner, as written (spaces and line breaks count as one space)."""

    CHOICES: ClassVar[dict[str, type[Enum]]] = {"lifecycle": Lifecycle, "status": StatusValue}
    """The filters that take one of a fixed set of values."""

    def __post_init__(self) -> None:
        # the owner as the pages show it, once: not again for every KPI matched
        if self.owner:
            object.__setattr__(self, "owner", one_line(self.owner))

    @classmethod
    def keys(cls) -> list[str]:
        """The filters' names, in the order a reader meets them."""
        return [field.name for field in fields(cls)]

    @classmethod
    def of(cls, given: Mapping[str, str | None], *, asked_by: str) -> KpiFilter:
        """The filter from keyword arguments (a macro's); a name that is no filter is an
        error naming ``asked_by`` and the filters there are."""
        for key in given:
            if key not in cls.keys():
                raise UnknownFilter(_("`{name}` has no filter `{key}`; use one of: {keys}.",
                                      name=asked_by, key=key, keys=", ".join(cls.keys())))
        return cls(**given)

    def matches(self, kpi: Kpi, status: str | None = None) -> bool:
        """Whether ``kpi`` (whose status value is ``status``) matches every filter given."""
        return not (
            (self.department and kpi.department != self.department)
            or (self.objective and kpi.objective != self.objective)
            or (self.lifecycle and kpi.lifecycle.value != self.lifecycle)
            or (self.tag and self.tag not in kpi.tags)
            or (self.status and status != self.status)
            or (self.owner and one_line(kpi.owner) != self.owner)
        )

    def check(self, catalog: Catalog) -> None:
        """Raises :class:`UnknownFilter` for the first filter that names nothing in
        ``catalog``, with the values it could name (the first 20)."""
        kpis = catalog.kpis.values()
        known = {
            "department": list(catalog.departments),
            "objective": list(catalog.objectives),
            **{key: [v.value for v in values] for key, values in self.CHOICES.items()},
            "tag": sorted({tag for kpi in kpis for tag in kpi.tags}),
            "owner": sorted({one_line(kpi.owner) for kpi in kpis if kpi.owner}),
        }
        for key in self.keys():
            value = getattr(self, key)
            if value and value not in known[key]:
                shown = known[key][:20] + (["…"] if len(known[key]) > 20 else [])
                raise UnknownFilter(_("There is no {key} `{value}` in the catalog; use one "
                                      "of: {values}", key=key, value=value,
                                      values=", ".join(shown)))


EVERY_KPI = KpiFilter()
"""The filter that matches every KPI."""
