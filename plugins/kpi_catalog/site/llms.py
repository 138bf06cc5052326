"""``llms.txt`` and ``llms-full.txt``: the catalog for AI assistants, as the llmstxt.org
convention describes.

``llms.txt`` is a Markdown file at the site's root: the catalog's name (``#``), a summary
(``>``), its description (catalog.yml's), a few lines on how to read it, then one section
per department listing its page and its KPIs, each a link with a one-line summary (status
and statement), the strategic objectives, and under ``## Optional`` the glossary, the JSON
and the full text.
``llms-full.txt`` is that full text: every KPI with its statement, measurement, plan,
values and status, so that an assistant can read the catalog as it is without visiting
each page. Both are in the site's language and hold only what the build's audience may
read; contributor text is escaped so that it stays text (:func:`.escape.markdown_text`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from kpi_catalog.escape import markdown_text as md
from kpi_catalog.escape import one_line, paragraph_texts
from kpi_catalog.model.enums import StatusValue
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.site.api import CATALOG_JSON, SCHEMAS, kpi_json_path
from kpi_catalog.site.outputs import SiteFile
from kpi_catalog.status.compute import counted_rollup

if TYPE_CHECKING:
    from kpi_catalog.site.generator import Site
    from kpi_catalog.site.views import KpiView

LLMS_TXT = "llms.txt"
LLMS_FULL = "llms-full.txt"
SUMMARY_LIMIT = 300


def _link(site: Site, text: str, src: str) -> str:
    return f"[{md(text)}](<{site.absolute_url(src)}>)"


def _standing(site: Site) -> str:
    """Where the active KPIs stand (those the site's roll-ups count): drafts and retired
    KPIs are listed with their status, but not counted."""
    t = site.t
    counts = counted_rollup(site.catalog.kpis.values(), site.statuses)
    total = sum(counts.values())
    if not total:
        return t.get("llms.standing_none", date=t.date(site.today))
    return t.get("llms.standing", count=total, date=t.date(site.today),
                 rollup=", ".join(f"{n} {t.status(value).lower()}"
                                  for value, n in counts.items() if n))


def kpi_line(site: Site, view: KpiView) -> str:
    """A KPI in one line: its name as a link to its page (with what tells it apart from
    another KPI of the same name, :func:`.views.tell_apart`), its status and its statement."""
    statement = one_line(view.kpi.statement)
    if len(statement) > SUMMARY_LIMIT:
        statement = statement[:SUMMARY_LIMIT - 1].rstrip() + "…"
    known = f" ({md(', '.join(view.kpi.aliases))})" if view.kpi.aliases else ""
    return (f"- {_link(site, view.distinct_name, view.src_uri)}{known}: "
            f"{md(view.status_label)}. {md(statement)}")


def _description(site: Site) -> list[str]:
    """catalog.yml's `description`, each paragraph on a line of its own, then a blank line
    (none without one): what the catalog is for, in its owners' words."""
    paragraphs = [one_line(part) for part in paragraph_texts(site.catalog.config.description)]
    return [line for part in paragraphs if part for line in (md(part), "")]


def llms_txt(site: Site) -> str:
    """The file (see the module's docstring)."""
    t, catalog = site.t, site.catalog
    name = catalog.config.name
    lines = [
        f"# {md(name)}", "",
        "> " + md(t.get("llms.summary", count=len(catalog.kpis), name=name,
                        standing=_standing(site))), "",
        *_description(site),
        md(t.get("llms.statuses", statuses=", ".join(t.status(v) for v in StatusValue))),
        "",
        t.get("llms.notes", full=f"[{LLMS_FULL}](<{site.absolute_url(LLMS_FULL)}>)",
              json=f"[{CATALOG_JSON}](<{site.absolute_url(CATALOG_JSON)}>)"),
    ]
    views = site.views
    for department_id, department in catalog.departments.items():
        members = [views[k.id] for k in catalog.kpis.values() if k.department == department_id]
        if not members:
            continue
        lines += ["", f"## {md(department.name)}", "",
                  f"- {_link(site, department.name, site.options.department_src(department_id))}"
                  f": {md(t['llms.department'])}"]
        lines += [kpi_line(site, view) for view in members]
    lines += ["", f"## {md(t['llms.objectives'])}", ""]
    for objective_id, objective in catalog.objectives.items():
        about = one_line(objective.description) or "; ".join(
            one_line(part.description) for part in objective.success)
        lines.append(f"- {_link(site, objective.name, site.options.objective_src(objective_id))}"
                     + (f": {md(about)}" if about else ""))
    lines += ["", "## Optional", ""]
    if site.options.glossary and catalog.glossary:
        lines.append(f"- {_link(site, t['llms.glossary_title'], site.options.glossary)}: "
                     f"{md(t['llms.glossary'])}")
    lines.append(f"- [{LLMS_FULL}](<{site.absolute_url(LLMS_FULL)}>): "
                 f"{md(t.get('llms.full_summary', name=name, date=t.date(site.today)))}")
    lines.append(f"- [{CATALOG_JSON}](<{site.absolute_url(CATALOG_JSON)}>): "
                 + md(t.get("llms.json", schema=SCHEMAS["catalog"])))
    return "\n".join(lines) + "\n"


def _fields(pairs: list[tuple[str, str]]) -> list[str]:
    return [f"- {_label(label)}: {md(value)}" for label, value in pairs if value]


@functools.lru_cache(maxsize=256)
def _label(label: str) -> str:
    """A field's label, escaped once for every KPI: a label is one of a few dozen texts."""
    return md(label)


def kpi_text(site: Site, view: KpiView) -> list[str]:
    """One KPI in full, as a section of ``llms-full.txt``."""
    t, kpi = site.t, view.kpi
    m = kpi.measurement
    part = view.part.description if view.part else ""
    status = view.status_label + (f" ({view.latest_text})" if view.latest_text else "")
    if view.status.manual:
        status += f"; {t.get('text.manual_reason', reason=one_line(view.status.reason))}"
    pairs = [
        (t["field.status"], status),
        (t["field.progress"], view.progress_label if kpi.target is not None else ""),
        (t["field.aliases"], ", ".join(kpi.aliases)),
        (t["field.question"], kpi.question or ""),
        (t["field.lifecycle"], view.lifecycle_label),
        (t["field.department"], view.department_name),
        (t["field.objective"], view.objective_name),
        (t["field.success_part"], part),
        (t["field.owner"], kpi.owner or ""),
        (t["field.data_steward"], kpi.data_steward or ""),
        (t["field.metric"], m.metric),
        (t["field.unit"], m.unit),
        (t["field.data_source"], m.data_source or ""),
        (t["field.method"], m.method or ""),
        (t["field.collection_frequency"], t.frequency(m.collection_frequency)),
        (t["field.reporting_frequency"], t.frequency(m.reporting_frequency)),
        (t["field.direction"], t.direction(kpi.direction)),
        (t["field.baseline"], f"{view.baseline_text} ({t.date(kpi.baseline.date)})"
         if kpi.baseline else ""),
        (t["field.target"], f"{view.target_text} {t.get('text.by', date=t.date(kpi.target.date))}"
         if kpi.target else ""),
        (t["field.milestones"], "; ".join(
            f"{view.goal_text(ms)} {t.get('text.by', date=t.date(ms.date))}"
            for ms in kpi.milestones)),
        (t["section.actuals"], _values(site, view)),
        (t["field.target_rationale"], kpi.target_rationale),
        (t["section.description"], kpi.description),
        (t["field.limitations"], kpi.limitations),
        (t["field.unintended_effects"], kpi.unintended_effects),
        (t["field.tags"], ", ".join(kpi.tags)),
    ]
    return [
        f"## {md(kpi.name)} ({md(kpi.id)})", "",
        md(kpi.statement), "",
        *_fields(pairs),
        f"- {_link(site, t['llms.page'], view.src_uri)}, "
        f"[JSON](<{site.absolute_url(kpi_json_path(kpi.id))}>)",
        "",
    ]


def _values(site: Site, view: KpiView) -> str:
    if site.values_hidden(view.kpi):
        return site.t["text.values_internal"]
    return "; ".join(f"{a.period}: {view.quantity(a.value)}"
                     + (f" ({one_line(a.note)})" if a.note.strip() else "")
                     for a in _by_period(view.kpi))


def _by_period(kpi: Kpi):
    return sorted(kpi.actuals, key=lambda a: a.date)


def llms_full(site: Site) -> str:
    """Every KPI in full (see the module's docstring)."""
    t, name = site.t, site.catalog.config.name
    lines = [f"# {md(t.get('llms.full_title', name=name))}", "",
             "> " + md(t.get("llms.full_summary", name=name, date=t.date(site.today))), "",
             *_description(site)]
    for view in site.views.values():
        lines += kpi_text(site, view)
    return "\n".join(lines)


def llms_files(site: Site) -> Iterator[SiteFile]:
    """The maker (:data:`~kpi_catalog.site.outputs.MAKERS`) of both files."""
    if not site.options.machine_readable:
        return
    yield SiteFile(LLMS_TXT, llms_txt(site))
    yield SiteFile(LLMS_FULL, llms_full(site))
