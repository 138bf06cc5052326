"""The catalog site's pages, generated from a catalog, independent of MkDocs.

:func:`generate_pages` turns a :class:`~kpi_catalog.catalog.Catalog` into
:class:`SitePage` objects: a Markdown text (with front matter), where it goes
(``kpis/<id>/index.md``), its title, the YAML file it was made from (for edit links) and
its metadata (tags). :func:`write_pages` writes them into any folder, so that any
static-site generator that reads Markdown can build the site; the MkDocs plugin
(:mod:`kpi_catalog.site.plugin`) only hands the same pages to MkDocs.

Layouts are jinja2 templates (``templates/*.md.j2``); a site overrides one by placing a
file of the same name in one of ``SiteOptions.template_dirs``. Contributor text never
becomes a template: it is only ever a *value* given to one, and every value is escaped
for HTML and Markdown on output (see :mod:`kpi_catalog.site.escape`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

import jinja2
from markupsafe import Markup

from .. import i18n
from ..catalog import Catalog
from ..charts import trend_svg
from ..models import (
    Department,
    GlossaryTerm,
    Kpi,
    Lifecycle,
    Objective,
    StatusValue,
    SuccessPart,
)
from ..status import KpiStatus, catalog_statuses, expected_value, rollup
from . import escape
from .urls import page_url, relative_url

TEMPLATES = Path(__file__).parent / "templates"
STATUS_ORDER = {value: rank for rank, value in enumerate(StatusValue)}
SAFE_LINK_SCHEMES = ("http://", "https://", "mailto:")
# A glossary word the `abbr` Markdown extension can explain: plain words only.
_ABBR_SAFE = re.compile(r"^[\w][\w .,'/()%-]*$")


@dataclass(frozen=True)
class SiteOptions:
    """Where the generated pages go and how they read. Paths are relative to the docs folder."""

    kpi_prefix: str = "kpis"
    department_prefix: str = "departments"
    objective_prefix: str = "objectives"
    overview: str = "kpis/index.md"
    glossary: str | None = "glossary/index.md"
    language: str | None = None
    """``en`` or ``id``; ``None`` takes the catalog's ``language``."""
    use_directory_urls: bool = True
    nav: bool = True
    """Whether department and objective pages belong in the navigation (``in_nav``)."""
    template_dirs: tuple[Path, ...] = ()
    """Folders searched before the built-in templates (overrides by file name)."""
    rule_page: str = "rules/{code}.md"
    """Where a rule's documentation lives; linked from silenced rules when it exists."""
    existing_pages: frozenset[str] = frozenset()
    """Hand-written pages of the site (to know which rule pages exist)."""

    def kpi_src(self, kpi_id: str) -> str:
        return f"{self.kpi_prefix}/{kpi_id}/index.md"

    def department_src(self, department_id: str) -> str:
        return f"{self.department_prefix}/{department_id}/index.md"

    def objective_src(self, objective_id: str) -> str:
        return f"{self.objective_prefix}/{objective_id}/index.md"

    @property
    def departments_src(self) -> str:
        return f"{self.department_prefix}/index.md"

    @property
    def objectives_src(self) -> str:
        return f"{self.objective_prefix}/index.md"


@dataclass
class SitePage:
    """One generated page."""

    src: str
    """Where the page goes, relative to the docs folder: ``kpis/<id>/index.md``."""
    kind: str
    """``kpi``, ``department``, ``objective``, ``overview``, ``departments``,
    ``objectives`` or ``glossary``."""
    title: str
    """The page's title as plain text (not escaped)."""
    body: str
    """The Markdown, without front matter."""
    meta: dict = field(default_factory=dict)
    """Front matter: ``tags``, and ``render_macros: false`` so that no macro engine runs."""
    source: str | None = None
    """The YAML file the page shows, relative to the repository root (for edit links)."""
    in_nav: bool = False
    key: str | None = None
    """The id of the KPI, department or objective."""

    @cached_property
    def text(self) -> str:
        """The whole Markdown file: front matter, then the body."""
        return self._front_matter() + self.body

    def _front_matter(self) -> str:
        lines = ["---"]
        for name, value in self.meta.items():
            lines.append(f"{name}: {json.dumps(value, ensure_ascii=False)}")  # JSON is YAML
        lines.append("---")
        lines.append("")
        return "\n".join(lines)

    def skeleton(self, marker: str) -> tuple[str, list[str]]:
        """The page with its HTML blocks taken out, for Markdown tools that pass HTML through.

        Returns the text (front matter and body) with each top-level HTML block replaced
        by an HTML comment ``<!--{marker}-N-->``, and the blocks. Markdown keeps comments as
        they are, so putting ``blocks[N]`` back after rendering gives the same HTML as
        rendering :attr:`text`, without Markdown parsing every tag of every table and chart.
        """
        blocks: list[str] = []
        chunks = []
        for chunk in _CHUNK.split(self.body):
            if _is_html_block(chunk):
                chunks.append(f"<!--{marker}-{len(blocks)}-->")
                blocks.append(chunk.strip())
            else:
                chunks.append(chunk)
        return self._front_matter() + "\n\n".join(chunks), blocks


_CHUNK = re.compile(r"\n[ \t]*\n")
_BLOCK_START = re.compile(
    r"<(div|table|figure|dl|ul|ol|p|section|blockquote|nav|aside)[\s>]", re.IGNORECASE)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(/?)>")
_MARKDOWN_ATTRIBUTE = re.compile(r"<[^>]*\smarkdown[\s=>]", re.IGNORECASE)


def _is_html_block(chunk: str) -> bool:
    """Whether Markdown passes ``chunk`` through untouched: a sequence of complete
    block-level elements, each closing at the end of a line, without `markdown` attributes
    (md_in_html). Anything else stays with Markdown, which is always correct."""
    chunk = chunk.strip()
    if _MARKDOWN_ATTRIBUTE.search(chunk):
        return False
    pos, size = 0, len(chunk)
    while pos < size:
        start = _BLOCK_START.match(chunk, pos)
        if not start:
            return False
        name, depth, end = start.group(1).lower(), 0, -1
        for tag in _TAG.finditer(chunk, pos):
            if tag.group(2).lower() != name:
                continue
            depth += -1 if tag.group(1) else (0 if tag.group(3) else 1)
            if depth == 0:
                end = tag.end()
                break
        if end < 0:
            return False
        pos = end
        while pos < size and chunk[pos] in " \t":
            pos += 1
        if pos < size and chunk[pos] != "\n":
            return False
        while pos < size and chunk[pos] in " \t\n":
            pos += 1
    return True


# --- views: what the templates show, computed once per KPI ------------------------------


@dataclass
class KpiView:
    kpi: Kpi
    status: KpiStatus
    src: str
    source: str | None
    department: Department | None
    objective: Objective | None
    part: SuccessPart | None
    progress: int | None
    expected: int | None
    t: i18n.Labels = field(repr=False)

    @property
    def id(self) -> str:
        return self.kpi.id

    @property
    def name(self) -> str:
        return self.kpi.name

    @property
    def owner(self) -> str:
        return escape.one_line(self.kpi.owner)

    @property
    def status_value(self) -> str:
        return self.status.value.value

    @property
    def status_label(self) -> str:
        return self.t.status(self.status.value)

    @property
    def status_rank(self) -> int:
        return STATUS_ORDER[self.status.value]

    @property
    def lifecycle(self) -> str:
        return self.kpi.lifecycle.value

    @property
    def lifecycle_label(self) -> str:
        return self.t.lifecycle(self.kpi.lifecycle)

    @property
    def department_id(self) -> str:
        return self.kpi.department

    @property
    def objective_id(self) -> str:
        return self.kpi.objective

    @property
    def department_name(self) -> str:
        return self.department.name if self.department else self.kpi.department

    @property
    def objective_name(self) -> str:
        return self.objective.name if self.objective else self.kpi.objective

    def quantity(self, value: float | None) -> str:
        """``1,200 subscribers per month``, ``45%``."""
        if value is None:
            return ""
        return _with_unit(self.t.number(value), self.kpi.measurement.unit)

    @property
    def baseline_text(self) -> str:
        return self.quantity(self.kpi.baseline.value) if self.kpi.baseline else ""

    @property
    def target_text(self) -> str:
        target = self.kpi.target
        if target is None:
            return ""
        if target.value is not None:
            return self.quantity(target.value)
        low, high = self.t.number(target.min), self.t.number(target.max)
        return _with_unit(self.t.get("text.range", min=low, max=high), self.kpi.measurement.unit)

    @property
    def latest_text(self) -> str:
        latest = self.status.latest
        return f"{self.quantity(latest.value)} ({latest.period})" if latest else ""

    @property
    def progress_label(self) -> str:
        if self.progress is None:
            return self.t["text.no_progress"]
        if self.expected is None:
            return self.t.get("text.progress", progress=self.progress)
        return self.t.get("text.progress_expected", progress=self.progress, expected=self.expected)

    @property
    def has_progress_bar(self) -> bool:
        return self.kpi.baseline is not None and self.kpi.target is not None

    @property
    def has_expected(self) -> bool:
        """Whether there is a straight line from baseline to target to compare with."""
        return self.has_progress_bar

    @property
    def actual_rows(self) -> list[dict[str, str]]:
        """The measured values, oldest first, formatted (with the expected value)."""
        rows = []
        for actual in sorted(self.kpi.actuals, key=lambda a: a.date):
            expected = expected_value(self.kpi, actual.date) if self.has_expected else None
            rows.append({
                "period": actual.period,
                "value": self.t.number(actual.value),
                "expected": self.t.number(expected) if expected is not None else "",
                "note": escape.one_line(actual.note),
            })
        return rows


def _with_unit(number: str, unit: str) -> str:
    """``1,200 subscribers``; ``45%`` and ``24.5% of net sales`` without a space."""
    unit = escape.one_line(unit)
    return f"{number}{unit}" if unit.startswith("%") else f"{number} {unit}"


def _percent(share: float | None) -> int | None:
    return None if share is None else round(100 * min(1.0, max(0.0, share)))


def _progress(kpi: Kpi, status: KpiStatus) -> tuple[int | None, int | None]:
    """Share of the way from baseline to target, and the share expected by today (percent).

    For ``within_range`` KPIs the way leads to the nearest edge of the range (see
    :func:`kpi_catalog.status.goal_value`); one whose baseline already lies in the range
    is all the way there while its latest value stays inside.
    """
    if kpi.baseline is None or kpi.target is None:
        return None, None
    progress = status.progress
    latest = status.latest
    if progress is None and latest is not None:
        target = kpi.target
        if target.value is None:
            progress = 1.0 if target.min <= latest.value <= target.max else 0.0
        else:
            progress = 1.0 if latest.value == target.value else 0.0
    return _percent(progress), _percent(status.expected_progress)


# --- the generator -------------------------------------------------------------------


class _Finalize:
    """Every ``{{ value }}`` in a template goes through :func:`escape.html`."""

    def __call__(self, value: object) -> object:
        if value is None:
            return Markup("")
        if isinstance(value, Markup):
            return value
        return escape.html(value)


def template_environment(template_dirs: Sequence[Path] = ()) -> jinja2.Environment:
    """The jinja2 environment of the site's templates: overrides first, then the built-ins.

    The built-in templates are also reachable as ``builtin/<name>``, so that an override
    can ``{% extends "builtin/kpi.md.j2" %}`` and replace single blocks.
    """
    builtin = jinja2.FileSystemLoader(str(TEMPLATES))
    loaders: list[jinja2.BaseLoader] = []
    dirs = [str(d) for d in template_dirs if Path(d).is_dir()]
    if dirs:
        loaders.append(jinja2.FileSystemLoader(dirs))
    loaders += [builtin, jinja2.PrefixLoader({"builtin": builtin})]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        finalize=_Finalize(),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        auto_reload=False,
    )
    env.filters["md"] = escape.markdown
    env.filters["paragraphs"] = escape.paragraphs
    env.filters["one_line"] = escape.one_line
    env.globals["Markup"] = Markup
    return env


class Site:
    """The pages of one catalog, and the pieces (tables, cards) macros embed elsewhere."""

    def __init__(
        self,
        catalog: Catalog,
        *,
        statuses: dict[str, KpiStatus] | None = None,
        today: date | None = None,
        options: SiteOptions | None = None,
    ):
        self.catalog = catalog
        self.options = options or SiteOptions()
        self.today = today or date.today()
        self.statuses = statuses if statuses is not None else catalog_statuses(catalog, self.today)
        self.t = i18n.labels(self.options.language or catalog.config.language)
        self.env = template_environment(self.options.template_dirs)
        self._glossary_re, self._glossary_words = self._glossary_index(catalog.glossary)
        self.views = {kpi_id: self._view(kpi) for kpi_id, kpi in catalog.kpis.items()}

    # --- building blocks -------------------------------------------------------------

    def _view(self, kpi: Kpi) -> KpiView:
        catalog = self.catalog
        objective = catalog.objectives.get(kpi.objective)
        part = None
        if objective is not None:
            part = next((p for p in objective.success if p.id == kpi.success_part), None)
        status = self.statuses[kpi.id]
        progress, expected = _progress(kpi, status)
        source = catalog.kpi_sources[kpi.id].rel if kpi.id in catalog.kpi_sources else None
        return KpiView(
            kpi=kpi, status=status, src=self.options.kpi_src(kpi.id), source=source,
            department=catalog.departments.get(kpi.department), objective=objective, part=part,
            progress=progress, expected=expected, t=self.t,
        )

    @staticmethod
    def _glossary_index(
        terms: list[GlossaryTerm],
    ) -> tuple[re.Pattern | None, dict[str, GlossaryTerm]]:
        words: dict[str, GlossaryTerm] = {}
        for term in terms:
            for word in (term.term, *term.aliases):
                word = escape.one_line(word)
                if word:
                    words.setdefault(word, term)
        if not words:
            return None, words
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), words

    def glossary_words(self, *texts: str | None) -> list[str]:
        """The glossary words (terms or aliases) used in the texts, in glossary order."""
        if self._glossary_re is None:
            return []
        found = {m.group(0) for text in texts if text for m in self._glossary_re.finditer(text)}
        order = {word: i for i, word in enumerate(self._glossary_words)}
        return sorted(found, key=order.__getitem__)

    def url_from(self, src: str):
        """``url(target_src)`` for links on the page at ``src``."""
        here = page_url(src, self.options.use_directory_urls)
        directory_urls = self.options.use_directory_urls

        def url(target_src: str, query: str = "") -> str:
            link = relative_url(page_url(target_src, directory_urls), here)
            return f"{link}?{query}" if query else link

        return url

    def fmt(self, key: str, **values: object) -> Markup:
        """A label with ``{placeholders}``, the values escaped (Markup values kept)."""
        return Markup(escape.html(self.t[key]).replace("&#123;", "{").replace("&#125;", "}")) \
            .format(**{k: escape.html(v) for k, v in values.items()})

    def rollup(self, views: Iterable[KpiView]) -> list[dict]:
        """Counts per status of the KPIs still in use: a retired KPI is history, not progress."""
        counts = rollup(v.status for v in views if v.kpi.lifecycle is not Lifecycle.RETIRED)
        return [
            {"value": s.value, "label": self.t.status(s), "count": n} for s, n in counts.items()
        ]

    def select(
        self,
        *,
        department: str | None = None,
        objective: str | None = None,
        lifecycle: str | None = None,
        tag: str | None = None,
        status: str | None = None,
        owner: str | None = None,
    ) -> list[KpiView]:
        """KPIs matching every given filter, by name."""
        found = []
        for view in self.views.values():
            kpi = view.kpi
            if department and kpi.department != department:
                continue
            if objective and kpi.objective != objective:
                continue
            if lifecycle and kpi.lifecycle.value != lifecycle:
                continue
            if status and view.status_value != status:
                continue
            if owner and view.owner != owner:
                continue
            if tag and tag not in kpi.tags:
                continue
            found.append(view)
        return sorted(found, key=lambda v: (v.name.casefold(), v.id))

    def context(self, src: str, **values: object) -> dict:
        url = self.url_from(src)

        def link(target_src: str, text: object) -> Markup:
            return Markup(f'<a href="{escape.html(url(target_src))}">{escape.html(text)}</a>')

        return {
            "t": self.t,
            "fmt": self.fmt,
            "url": url,
            "link": link,
            "options": self.options,
            "catalog": self.catalog,
            "config": self.catalog.config,
            "today": self.today,
            "src": src,
            **values,
        }

    def render(self, template: str, src: str, **values: object) -> str:
        return self.env.get_template(template).render(self.context(src, **values))

    # --- pages -------------------------------------------------------------------------

    def pages(self) -> list[SitePage]:
        """Every page: overview, glossary, the index pages, departments, objectives, KPIs."""
        out = [self.overview_page()]
        if self.options.glossary:
            out.append(self.glossary_page())
        out.append(self.departments_page())
        out.append(self.objectives_page())
        out += [self.department_page(d) for d in self.catalog.departments.values()]
        out += [self.objective_page(o) for o in self.catalog.objectives.values()]
        out += [self.kpi_page(v) for v in self.views.values()]
        return out

    def _registry_source(self, name: str) -> str | None:
        source = self.catalog.registry_sources.get(name)
        return source.rel if source else None

    def kpi_page(self, view: KpiView) -> SitePage:
        kpi = view.kpi
        words = self.glossary_words(kpi.name, kpi.statement, kpi.description)
        terms_used = self.glossary_words(
            kpi.name, kpi.statement, kpi.description, kpi.measurement.metric,
            kpi.measurement.method, kpi.measurement.data_source,
            view.part.description if view.part else None,
        )
        terms: list[GlossaryTerm] = []
        for word in terms_used:
            term = self._glossary_words[word]
            if term not in terms:
                terms.append(term)
        abbreviations = [  # the word is written as is: _ABBR_SAFE allows no markup
            (Markup(word), self._glossary_words[word].definition)
            for word in words if _ABBR_SAFE.match(word)
        ]
        related = [self.views[r] for r in kpi.related if r in self.views]
        links = [link for link in kpi.links if link.url.lower().startswith(SAFE_LINK_SCHEMES)]
        silenced = []
        for silence in kpi.silence:
            page = self.options.rule_page.format(code=silence.rule)
            silenced.append({
                "rule": silence.rule, "reason": silence.reason,
                "src": page if page in self.options.existing_pages else None,
            })
        body = self.render(
            "kpi.md.j2", view.src, kpi=kpi, v=view, related=related, links=links,
            terms=terms, abbreviations=abbreviations, silenced=silenced,
            chart=self.chart(view),
        )
        tags = [view.department_name, view.objective_name, view.lifecycle_label]
        return SitePage(
            src=view.src, kind="kpi", title=kpi.name, body=body, source=view.source, key=kpi.id,
            meta={"render_macros": False, "tags": [str(escape.html(t)) for t in tags]},
        )

    def chart(self, view: KpiView) -> str | None:
        """The trend chart (an SVG), when the KPI has values to draw."""
        if not view.kpi.actuals:
            return None
        t = self.t
        labels = {"actual": t["chart.actual"], "target": t["chart.target"],
                  "expected": t["chart.expected"], "trend_title": t["text.trend"]}
        return trend_svg(view.kpi, view.status, self.today, labels=labels,
                         format_number=t.number, format_date=t.date)

    def department_page(self, department: Department) -> SitePage:
        src = self.options.department_src(department.id)
        views = self.select(department=department.id)
        groups = []
        for objective in self.catalog.objectives.values():
            members = [v for v in views if v.kpi.objective == objective.id]
            if members:
                groups.append({"objective": objective, "kpis": members})
        orphans = [v for v in views if v.kpi.objective not in self.catalog.objectives]
        body = self.render(
            "department.md.j2", src, department=department, kpis=views, groups=groups,
            orphans=orphans, rollup=self.rollup(views),
        )
        return SitePage(
            src=src, kind="department", title=department.name, body=body,
            meta={"render_macros": False}, source=self._registry_source("departments"),
            in_nav=self.options.nav, key=department.id,
        )

    def objective_page(self, objective: Objective) -> SitePage:
        src = self.options.objective_src(objective.id)
        views = self.select(objective=objective.id)
        parts = [
            {"part": part, "kpis": [v for v in views if v.kpi.success_part == part.id]}
            for part in objective.success
        ]
        body = self.render(
            "objective.md.j2", src, objective=objective, kpis=views, parts=parts,
            rollup=self.rollup(views), perspective=objective.perspective,
        )
        return SitePage(
            src=src, kind="objective", title=objective.name, body=body,
            meta={"render_macros": False}, source=self._registry_source("objectives"),
            in_nav=self.options.nav, key=objective.id,
        )

    def departments_page(self) -> SitePage:
        src = self.options.departments_src
        rows = [
            {"department": d, "kpis": (views := self.select(department=d.id)),
             "rollup": self.rollup(views)}
            for d in self.catalog.departments.values()
        ]
        body = self.render("departments.md.j2", src, rows=rows)
        return SitePage(
            src=src, kind="departments", title=self.t["departments.title"], body=body,
            meta={"render_macros": False}, source=self._registry_source("departments"),
            in_nav=True,
        )

    def objectives_page(self) -> SitePage:
        src = self.options.objectives_src
        rows = [
            {"objective": o, "kpis": (views := self.select(objective=o.id)),
             "rollup": self.rollup(views)}
            for o in self.catalog.objectives.values()
        ]
        body = self.render("objectives.md.j2", src, rows=rows)
        return SitePage(
            src=src, kind="objectives", title=self.t["objectives.title"], body=body,
            meta={"render_macros": False}, source=self._registry_source("objectives"),
            in_nav=True,
        )

    def overview_page(self) -> SitePage:
        src = self.options.overview
        views = self.select()
        filters = self.filters(views)
        body = self.render(
            "overview.md.j2", src, kpis=views, filters=filters, rollup=self.rollup(views),
        )
        return SitePage(
            src=src, kind="overview", title=self.t["overview.title"], body=body,
            # the table needs the width; `hide` is mkdocs-material's, other tools ignore it
            meta={"render_macros": False, "hide": ["toc"]}, source=None, in_nav=True,
        )

    def filters(self, views: list[KpiView]) -> list[dict]:
        """The overview's filters: each with its values, labels and counts."""
        def count(attribute: str) -> dict[str, int]:
            counts: dict[str, int] = {}
            for view in views:
                value = getattr(view, attribute)
                counts[value] = counts.get(value, 0) + 1
            return counts

        departments = count("department_id")
        objectives = count("objective_id")
        owners = count("owner")
        lifecycles = count("lifecycle")
        statuses = count("status_value")
        catalog, t = self.catalog, self.t
        return [
            {"key": "department", "label": t["field.department"], "options": [
                (d.id, d.name, departments[d.id]) for d in catalog.departments.values()
                if d.id in departments]},
            {"key": "objective", "label": t["field.objective"], "options": [
                (o.id, o.name, objectives[o.id]) for o in catalog.objectives.values()
                if o.id in objectives]},
            {"key": "owner", "label": t["field.owner"], "options": [
                (o, o, n) for o, n in sorted(owners.items(), key=lambda i: i[0].casefold()) if o]},
            {"key": "lifecycle", "label": t["field.lifecycle"], "options": [
                (value, t.lifecycle(value), lifecycles[value]) for value in
                ("active", "draft", "retired") if value in lifecycles]},
            {"key": "status", "label": t["field.status"], "options": [
                (s.value, t.status(s), statuses[s.value]) for s in StatusValue
                if s.value in statuses]},
        ]

    def glossary_page(self) -> SitePage:
        src = self.options.glossary
        used_by: dict[int, list[KpiView]] = {}
        for view in self.select():
            kpi = view.kpi
            for word in self.glossary_words(
                kpi.name, kpi.statement, kpi.description, kpi.measurement.metric,
                kpi.measurement.method, kpi.measurement.data_source,
            ):
                users = used_by.setdefault(id(self._glossary_words[word]), [])
                if view not in users:
                    users.append(view)
        entries = []
        seen_anchors: set[str] = set()
        for term in sorted(self.catalog.glossary, key=lambda g: g.term.casefold()):
            anchor = _anchor(term.term, seen_anchors)
            entries.append({"term": term, "anchor": anchor, "kpis": used_by.get(id(term), [])})
        body = self.render("glossary.md.j2", src, entries=entries)
        return SitePage(
            src=src, kind="glossary", title=self.t["glossary.title"], body=body,
            meta={"render_macros": False}, source=self._registry_source("glossary"), in_nav=True,
        )


def _anchor(text: str, seen: set[str]) -> str:
    base = "term-" + (re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "x")
    anchor, n = base, 2
    while anchor in seen:
        anchor, n = f"{base}-{n}", n + 1
    seen.add(anchor)
    return anchor


# --- the public functions -------------------------------------------------------------


def generate_pages(
    catalog: Catalog,
    *,
    statuses: dict[str, KpiStatus] | None = None,
    today: date | None = None,
    options: SiteOptions | None = None,
) -> list[SitePage]:
    """Every page of the catalog site."""
    return Site(catalog, statuses=statuses, today=today, options=options).pages()


def write_pages(
    catalog: Catalog,
    folder: Path | str,
    *,
    statuses: dict[str, KpiStatus] | None = None,
    today: date | None = None,
    options: SiteOptions | None = None,
) -> list[Path]:
    """Write every page into ``folder`` (e.g. a docs folder); returns the files written."""
    folder = Path(folder)
    written = []
    for page in generate_pages(catalog, statuses=statuses, today=today, options=options):
        path = folder / page.src
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page.text, encoding="utf-8")
        written.append(path)
    return written
