"""What readers call a KPI: its name, told apart from another KPI's of the same name.

K120 warns when two KPIs go by one name, and a catalog may keep them (silenced): wherever a
name is shown for people (the site's listings and pages, alerts, ...) what tells each apart
goes beside it (:func:`qualifiers`), and where a name stands alone as plain text it reads
``Deals won (Sales)`` (:func:`distinct_name`).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping

from kpi_catalog import escape
from kpi_catalog.i18n.messages import _
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.diagnostics import visible


def name_key(text: str) -> str:
    """A name as readers and search tell it apart: without capitals, accents, extra spaces
    or the characters no one sees (`Léads `, `LEADS`, `leads`, and `leads` with a
    zero-width space in it, are one name)."""
    if text.isascii():  # no accents to take off: the same key, without a pass per letter
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)
                            and unicodedata.category(c) != "Cf").split())


def spelling_key(text: str) -> str:
    """A word as readers see it written, to tell whether two are the same: in any case,
    however its accented letters are encoded (one character, or a letter and an accent:
    NFC, NFD), in full-width forms, and without the characters no one sees (zero-width
    space, soft hyphen, bidirectional controls: Unicode's format characters). Accents
    count, unlike in :func:`name_key`: `résumé` is not `resume`."""
    if text.isascii():
        return text.casefold()
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return "".join(c for c in folded if unicodedata.category(c) != "Cf")


def look_alike(word: str, first: str) -> str:
    """What tells ``word`` apart from the ``first`` one written, which :func:`spelling_key`
    makes the same (when more than capitals differ): the characters each has and the other
    has not, by name; for a message, since the reader cannot see them."""
    odd = sorted(set(word.casefold()) ^ set(first.casefold()))
    if not odd:
        return ""
    named = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, '')}".rstrip() for c in odd[:4])
    return _("It looks like `{first}`, written before, and differs from it only in characters "
             "that look the same or cannot be seen: {characters}.",
             first=visible(first), characters=named)


def qualifiers(named: Iterable[tuple[str, str, str]]) -> dict[str, str]:
    """What tells apart each KPI whose name another has too, by id (``named``: each KPI's
    id, name and department's name), ignoring capitals and accents as K120 compares them:
    the department's name when no other KPI of that name is in the same department, else
    the KPI's id; on one line. A KPI whose name is its own is not in the result."""
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for kpi in named:
        by_name.setdefault(name_key(kpi[1]), []).append(kpi)
    told: dict[str, str] = {}
    for same in by_name.values():
        if len(same) < 2:
            continue
        departments = Counter(name_key(department) for _id, _name, department in same)
        for kpi_id, _name, department in same:
            told[kpi_id] = escape.one_line(
                department if departments[name_key(department)] == 1 else kpi_id)
    return told


def distinct_name(name: str, qualifier: str) -> str:
    """``Deals won (Sales)``: the name with what tells it apart in brackets; the name alone
    without a ``qualifier``."""
    return f"{name} ({qualifier})" if qualifier else name


def department_name(catalog: Catalog, department: str) -> str:
    """The department's name, or its id when ``departments.yml`` does not list it."""
    found = catalog.departments.get(department)
    return found.name if found is not None else department


def distinct_names(catalog: Catalog) -> Mapping[str, str]:
    """Each KPI's name as :func:`distinct_name` gives it, by id, among the KPIs of
    ``catalog`` (as its readers may read it: one left out for them tells nothing apart)."""
    told = qualifiers((kpi.id, kpi.name, department_name(catalog, kpi.department))
                      for kpi in catalog.kpis.values())
    return {kpi_id: distinct_name(kpi.name, told.get(kpi_id, ""))
            for kpi_id, kpi in catalog.kpis.items()}
