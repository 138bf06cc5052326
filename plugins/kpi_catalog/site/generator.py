"""The catalog site's pages, generated from a catalog, independent of MkDocs.

:func:`generate_pages` turns a :class:`~kpi_catalog.model.catalog.Catalog` into
:class:`~.page.SitePage` objects: a Markdown text (with front matter), where it goes
(``kpis/<id>/index.md``), its title, the YAML file it was made from (for edit links) and
its metadata (tags). :func:`write_pages` writes them into any folder, so that any
static-site generator that reads Markdown can build the site; the MkDocs plugin
(:mod:`kpi_catalog.site.plugin`) only hands the same pages to MkDocs.

Layouts are jinja2 templates (``templates/*.md.j2``, see :mod:`.environment`); a site
overrides one by placing a file of the same name in one of ``SiteOptions.template_dirs``.
Templates see each KPI as a :class:`~.views.KpiView`.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cached_property

import jinja2
from markupsafe import Markup

from kpi_catalog import escape
from kpi_catalog.changes.history import HistoryEntry, former_ids, read_history
from kpi_catalog.changes.words import move_names
from kpi_catalog.checking.semantic import definition_of
from kpi_catalog.i18n import labels as i18n
from kpi_catalog.model.audience import for_audience, values_hidden
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.enums import Lifecycle, StatusValue
from kpi_catalog.model.handles import KnownBy
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.language import Original, given_texts, in_language, language_of
from kpi_catalog.model.named_ids import NamedIds
from kpi_catalog.model.registries import Department, GlossaryTerm, Objective
from kpi_catalog.model.selection import EVERY_KPI, KpiFilter
from kpi_catalog.reading.semantic_manifest import MetricDefinition
from kpi_catalog.site import api, images, search_words
from kpi_catalog.site.charts import trend_svg
from kpi_catalog.site.environment import template_environment
from kpi_catalog.site.history_view import chart_marks, history_view
from kpi_catalog.site.languages import HOME, language_root
from kpi_catalog.site.options import SiteOptions
from kpi_catalog.site.page import SitePage
from kpi_catalog.site.rebuild_cache import PageMemo, digest, folder_state, linked_kpis
from kpi_catalog.site.tree import MAX_DEPTH, MAX_ROWS, TreeNode, tree_svg
from kpi_catalog.site.urls import page_url, relative_url
from kpi_catalog.site.views import KpiView, progress_percents, tell_apart
from kpi_catalog.status.compute import COUNTED, KpiStatus, catalog_statuses, rollup

SAFE_LINK_SCHEMES = ("http://", "https://", "mailto:")
UNTRANSLATED_SLOT = "<!-- kpi-catalog: the notice of untranslated texts -->"
"""Where partials/languages.html.j2 wants the notice of untranslated texts: the generator
knows whether a page needs one only once the page is made."""
# How escape.marked marks a text shown untranslated (contributor text cannot write it: its
# quotes are escaped).
_UNTRANSLATED = re.compile(r'<span class="kpi-untranslated" lang="([a-z]{2,3})">')
# A glossary word the `abbr` Markdown extension can explain: plain words only.
_ABBR_SAFE = re.compile(r"^[\w][\w .,'/()%-]*$")


class Site:
    """The pages of one catalog, and the pieces (tables, cards) macros embed elsewhere."""

    def __init__(
        self,
        catalog: Catalog,
        *,
        statuses: dict[str, KpiStatus] | None = None,
        today: date | None = None,
        options: SiteOptions | None = None,
        env: jinja2.Environment | None = None,
    ):
        self.options = options or SiteOptions()
        self.audience = self.options.audience or catalog.config.audience
        self.language = self.options.language or catalog.config.language
        self.languages = self.options.languages or (self.language,)
        # where this language's outputs go: "" (the first language) or "id/"
        self.root = language_root(self.language, self.languages)
        # The one place visibility is applied: every page, table, tree and macro reads
        # self.catalog, so nothing a reader may not see can reach any of them.
        readable = for_audience(catalog, self.audience)
        self._unreadable = frozenset(catalog.kpis) - frozenset(readable.kpis)
        # the KPIs this audience reads whole: a commit's subject is shown only if it changed
        # none but these
        self._shown_in_full = frozenset(kpi_id for kpi_id, kpi in readable.kpis.items()
                                        if not values_hidden(kpi, self.audience))
        self._subjects_shown: dict[str, bool] = {}  # commit -> _subject_shown
        # The one place the texts of the site's language are chosen (translated where the
        # files give them, else the original, marked): every page reads them from
        # self.catalog; the files' own texts are what git history compares.
        self.as_written = readable
        self.catalog = in_language(readable, self.language)
        self.today = today or date.today()
        if statuses is None or self.catalog is not catalog:  # given ones may show values
            statuses = catalog_statuses(self.catalog, self.today)
        self.statuses = statuses
        catalog = self.catalog
        # Once per site, not per page: Catalog.driven_by goes over every KPI (10,000 pages
        # asking for it cost a hundred million steps).
        self._driven_by = catalog.driven_by
        self.t = i18n.labels(self.language)
        # `env`: an environment of the same template folders, kept between builds
        self.env = env or template_environment(self.options.template_dirs)
        self._glossary_re, self._glossary_words = self._glossary_index(catalog.glossary)
        self.known_by = KnownBy(catalog.glossary)
        self._parts = {(objective.id, part.id): part  # an objective may have many parts
                       for objective in catalog.objectives.values() for part in objective.success}
        self.views = {kpi_id: self._view(kpi) for kpi_id, kpi in catalog.kpis.items()}
        tell_apart(self.views.values())  # two KPIs of one name: what tells them apart
        # Each KPI page's trend chart, kept until its image (site/images.py, made after the
        # pages) takes it: the same drawing, drawn once (1k KPIs: 4.3 -> 3.95 s of CPU).
        self._charts_for_images: dict[str, str] = {}
        self.history = (read_history(self.as_written) or {}) if self.options.history else {}
        # hidden too: the ids a hidden KPI had before a rename, and every KPI deleted since
        # (it may have been confidential, which the build cannot know)
        self._unreadable |= (frozenset(self.history) - frozenset(self.catalog.kpis)) | {
            old for kpi_id in self._unreadable for old in former_ids(self.history.get(kpi_id, []))}
        self._named_unreadable = NamedIds(self._unreadable)  # looked for in every change

    # --- building blocks -------------------------------------------------------------

    def _view(self, kpi: Kpi) -> KpiView:
        catalog = self.catalog
        objective = catalog.objectives.get(kpi.objective)
        part = self._parts.get((kpi.objective, kpi.success_part))
        status = self.statuses[kpi.id]
        progress, expected = progress_percents(kpi, status)
        source = catalog.kpi_sources.get(kpi.id)
        return KpiView(
            kpi=kpi, status=status, src_uri=self.options.kpi_src(kpi.id),
            yaml_path=source.rel if source else None,
            department=catalog.departments.get(kpi.department), objective=objective, part=part,
            progress=progress, expected=expected, t=self.t, today=self.today,
            grace_days=catalog.config.status.grace_days,
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
        return Markup(escape.html(self.t.template(key, **values)).replace("&#123;", "{")
                      .replace("&#125;", "}")) \
            .format(**{k: escape.text(v) for k, v in values.items()})

    @staticmethod
    def in_use(views: Iterable[KpiView]) -> list[KpiView]:
        """The KPIs still in use: a retired KPI is history, not progress."""
        return [v for v in views if v.kpi.lifecycle is not Lifecycle.RETIRED]

    @staticmethod
    def counted(views: Iterable[KpiView]) -> list[KpiView]:
        """The KPIs the site's status counts are of (every roll-up: the home page's, the
        overview's, each department's and objective's, and the lists of them): the active
        ones, as alerts. A draft is not agreed yet and a retired KPI is history; both keep
        their status on their own page and row."""
        return [v for v in views if v.kpi.lifecycle is COUNTED]

    def rollup(self, views: Iterable[KpiView]) -> list[dict]:
        """Counts per status of ``views`` (the caller chooses them: :meth:`counted`)."""
        counts = rollup(v.status for v in views)
        return [
            {"value": s.value, "label": self.t.status(s), "count": n} for s, n in counts.items()
        ]

    def select(self, which: KpiFilter = EVERY_KPI) -> list[KpiView]:
        """The KPIs ``which`` matches (every KPI by default), by name."""
        found = [view for view in self.views.values()
                 if which.matches(view.kpi, view.status_value)]
        return sorted(found, key=lambda v: (v.name.casefold(), v.id))

    @cached_property
    def _move_names(self) -> dict[str, dict[str, str]]:
        """Departments' and objectives' names in the site's language, for a move in a KPI's
        history."""
        return move_names(self.catalog)

    @cached_property
    def members(self) -> dict[str, dict[str, list[KpiView]]]:
        """The KPIs of each department and of each objective, by name (as :meth:`select`
        orders them): one pass over the KPIs for all listing pages, not one per department
        and objective (50 objectives x 10,000 KPIs)."""
        grouped: dict[str, dict[str, list[KpiView]]] = {
            "department": defaultdict(list), "objective": defaultdict(list)}
        for view in self.select():
            grouped["department"][view.kpi.department].append(view)
            grouped["objective"][view.kpi.objective].append(view)
        return grouped

    def context(self, src: str, **values: object) -> dict:
        url = self.url_from(src)

        def link(target_src: str, text: object) -> Markup:
            return Markup(f'<a href="{escape.html(url(target_src))}">{escape.text(text)}</a>')

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
            "twins": self.twins(src),
            "untranslated_notice": Markup(UNTRANSLATED_SLOT),
            "rollup_lifecycle": COUNTED.value,  # whose statuses a `rollup` counts
            **values,
        }

    def render(self, template: str, src: str, **values: object) -> str:
        body = self.env.get_template(template).render(self.context(src, **values))
        if UNTRANSLATED_SLOT in body:
            body = body.replace(UNTRANSLATED_SLOT, self._untranslated_notice(body), 1)
        return body

    def _untranslated_notice(self, body: str) -> str:
        """The notice of a page that shows texts in their original language (each marked
        where it stands, see :func:`escape.marked`); empty when the page shows none."""
        found = sorted(set(_UNTRANSLATED.findall(body)))
        if not found:
            return ""
        originals = ", ".join(self.t[f"language.{code}"] for code in found)
        return self.env.get_template("partials/untranslated.html.j2").render(
            self.context("", originals=originals))

    def twins(self, src: str) -> list[dict[str, str]]:
        """The page at ``src`` in the site's other languages: ``language`` (its code),
        ``url`` (relative to this page) and ``leads_to``, ``page`` (the same page in that
        language) or ``catalog`` (that language's overview: the home page's twin when the
        first language has no home page), for the link's words; none for a site in one
        language."""
        if len(self.languages) < 2:
            return []
        directory_urls = self.options.use_directory_urls
        here = page_url(self.root + src, directory_urls)

        def twin(language: str) -> tuple[str, str]:
            root = language_root(language, self.languages)
            if src == HOME and not root and not self.options.first_home:
                # no home page written by hand at the root
                return self.options.overview, "catalog"
            return root + src, "page"

        found = []
        for language in self.languages:
            if language != self.language:
                target, leads_to = twin(language)
                found.append({"language": language, "leads_to": leads_to,
                              "url": relative_url(page_url(target, directory_urls), here)})
        return found

    # --- pages -------------------------------------------------------------------------

    def pages(self) -> list[SitePage]:
        """Every page: overview, glossary, the index pages, departments, objectives, KPIs."""
        return list(self.iter_pages())

    def iter_pages(self, memo: PageMemo | None = None) -> Iterator[SitePage]:
        """The pages of :meth:`pages` one at a time, so that a large catalog's pages need
        not all be in memory at once (a consumer that keeps less than a page's text).

        With a ``memo`` (``mkdocs serve``), a page whose inputs did not change since the
        memo's last build is reused instead of made again (see :mod:`.rebuild_cache`)."""
        if memo is None:
            yield from self._make_pages(lambda src, members, make: make())
            return
        shared, links = self.inputs_key(), linked_kpis(self.catalog)
        # each file's fingerprint once: the listing pages' keys would repeat every text
        fingerprints = {kpi_id: digest(source.text)
                 for kpi_id, source in self.catalog.kpi_sources.items()}

        def reuse(src: str, members, make):
            """A listing page: keyed by the files and statuses of the KPIs it lists (and what
            tells a KPI apart from another of its name, which another KPI's file decides)."""
            listed = [(v.id, fingerprints.get(v.id), v.status_value, v.qualifier)
                      for v in members]
            return memo.page(src, digest(shared, listed), make)

        yield from self._make_pages(reuse, skip_kpis=True)
        for view in self.views.values():
            key = self._kpi_page_key(view, shared, links.get(view.id, ()))
            yield memo.page(view.src_uri, key, functools.partial(self.kpi_page, view))
        memo.forget_others(memo.made)

    def _make_pages(self, page, skip_kpis: bool = False) -> Iterator[SitePage]:
        """Every page through ``page(src, kpis it shows, make)``."""
        every = list(self.views.values())
        options = self.options
        by_department, by_objective = self.members["department"], self.members["objective"]
        if self.makes_home:
            yield page(HOME, every, self.home_page)
        yield page(options.overview, every, self.overview_page)
        if options.glossary:
            yield page(options.glossary, every, self.glossary_page)
        yield page(options.departments_src, every, self.departments_page)
        yield page(options.objectives_src, every, self.objectives_page)
        for d in self.catalog.departments.values():
            yield page(options.department_src(d.id), by_department.get(d.id, []),
                       lambda d=d: self.department_page(d))
        for o in self.catalog.objectives.values():
            yield page(options.objective_src(o.id), by_objective.get(o.id, []),
                       lambda o=o: self.objective_page(o))
        if not skip_kpis:
            for view in every:
                yield page(view.src_uri, [view], lambda view=view: self.kpi_page(view))

    def inputs_key(self) -> str:
        """A fingerprint of what every page depends on besides the KPIs: the registries and
        catalog.yml as written, the options, the day, the language and the templates."""
        registries = sorted((name, source.text)
                            for name, source in self.catalog.registry_sources.items())
        return digest(registries, self.options, self.today, self.t.language,
                      folder_state(self.options.template_dirs))

    def _kpi_page_key(self, view: KpiView, shared: str, linked) -> str:
        source = self.catalog.kpi_sources.get(view.id)
        text = source.text if source is not None else view.kpi.model_dump_json()
        neighbours = [(other, self.views[other].name, self.views[other].status_value,
                       self.views[other].qualifier)
                      for other in sorted(linked) if other in self.views]
        return digest(shared, text, view.status_value, view.qualifier, neighbours)

    def _registry_path(self, name: str) -> str | None:
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
        terms = self._terms(terms_used)
        abbreviations = [  # the word is written as is: _ABBR_SAFE allows no markup
            (Markup(word), self._glossary_words[word].definition)
            for word in words if _ABBR_SAFE.fullmatch(word)
        ]
        related = [self.views[r] for r in kpi.related if r in self.views]
        drivers = [self.views[d] for d in kpi.drivers if d in self.views]
        drives = [self.views[d] for d in self._driven_by.get(kpi.id, [])]
        successor = self.views.get(kpi.replaced_by) if kpi.replaced_by else None
        links = [link for link in kpi.links if link.url.lower().startswith(SAFE_LINK_SCHEMES)]
        silenced = []
        for silence in kpi.silence:
            page = self.options.rule_page.format(code=silence.rule)
            silenced.append({
                "rule": silence.rule, "reason": silence.reason,
                "src": page if page in self.options.existing_pages else None,
            })
        body = self.render(
            "kpi.md.j2", view.src_uri, kpi=kpi, v=view, related=related, links=links,
            terms=terms, abbreviations=abbreviations, silenced=silenced,
            chart=self._page_chart(view),
            history=history_view(self.readable_history(kpi), self.t, self._written_in(kpi),
                                 self._move_names),
            drivers=drivers, drives=drives, successor=successor,
            values_hidden=values_hidden(kpi, self.audience), files=self._files(view),
            semantic=self._semantic_definition(kpi),
            search_words=self._search_words(kpi, terms, view.qualifier),
        )
        # The KPI's own keywords, not its department or objective: mkdocs-material's search
        # weighs tags a million times the text, so a department's name as a tag would list
        # all its KPIs before the page a reader looks for. Departments have pages of their own.
        tags = [escape.one_line(tag) for tag in kpi.tags]
        return SitePage(
            src_uri=view.src_uri, kind="kpi", title=view.distinct_name, body=body,
            yaml_path=view.yaml_path,
            # The title as MkDocs takes it from a heading (escaped HTML): the page's heading
            # also holds the hidden words that search weighs as the title (kpi.md.j2). A KPI
            # of another's name is told apart there too (a tab, a bookmark, the history).
            meta={**_title_meta(view.distinct_name),
                  "tags": [str(escape.html(t)) for t in tags if t]},
        )

    def _semantic_definition(self, kpi: Kpi) -> MetricDefinition | None:
        """What the KPI's semantic metric computes, its label and description (the dbt
        project's words, which no translation gives) marked as texts in the catalog's
        language on a page of another: an English description read as Indonesian."""
        definition = definition_of(self.catalog, kpi)
        written_in = self.as_written.config.language
        if definition is None or written_in == self.language:
            return definition
        label, description = definition.label, definition.description
        return dataclasses.replace(
            definition, label=Original(label, written_in) if label else label,
            description=Original(description, written_in) if description else description)

    def _written_in(self, kpi: Kpi) -> str:
        """The language the KPI's file is written in (its own texts, as git holds them)."""
        written = self.as_written.kpis.get(kpi.id, kpi)
        return language_of(written, self.as_written.config.language)

    def readable_history(self, kpi: Kpi) -> list[HistoryEntry]:
        """The KPI's history as this build's audience may read it on the KPI's page: none
        for a KPI shown without its values (its past values are values), and otherwise
        :meth:`history_for_audience`."""
        if values_hidden(kpi, self.audience):
            return []
        return self.history_for_audience(kpi.id)

    def history_for_audience(self, kpi_id: str) -> list[HistoryEntry]:
        """The commits that changed a KPI with nothing this build's audience may not read:
        no change that names a KPI the audience may not read (a `related` list of old), and
        no subject of a commit that also changed such a KPI, or one deleted since (its
        subject may speak of it). Every output that shows history (pages, feeds) reads it
        through here."""
        entries = self.history.get(kpi_id, [])
        if self.audience == "internal":
            return entries

        def readable(change) -> bool:
            said = json.dumps([change.old, change.new], ensure_ascii=False)
            return not self._named_unreadable.named_in(said)

        return [dataclasses.replace(
            entry, changes=tuple(filter(readable, entry.changes)) if self._named_unreadable
            else entry.changes, subject=entry.subject if self._subject_shown(entry) else None)
            for entry in entries]

    def _subject_shown(self, entry: HistoryEntry) -> bool:
        """Whether the audience reads in full every KPI the entry's commit changed: asked
        once per commit, not per KPI (the commit that added 10,000 KPIs is in every KPI's
        history, and the question goes over all it touched)."""
        shown = self._subjects_shown.get(entry.commit)
        if shown is None:
            shown = self._subjects_shown[entry.commit] = entry.touched <= self._shown_in_full
        return shown

    def _terms(self, words: list[str]) -> list[GlossaryTerm]:
        """The glossary entries of ``words``, each once, in order (by identity: comparing
        pydantic models by value costs a comparison of every field)."""
        seen: set[int] = set()
        terms = []
        for word in words:
            term = self._glossary_words[word]
            if id(term) not in seen:
                seen.add(id(term))
                terms.append(term)
        return terms

    def _search_words(self, kpi: Kpi, terms: list[GlossaryTerm],
                      qualifier: str = "") -> tuple[str, str, str]:
        """What search should find a KPI by besides its text (see :mod:`.search_words`): its
        other handles (its names in the catalog's other languages among them: a reader
        may search in either), weighed as its title; its name and the glossary terms it
        uses, as text; those terms again, weighed as the title of its section of terms. The
        page holds them hidden where each is weighed (kpi.md.j2). A KPI that shares its
        name with another has what tells it apart (:func:`.views.tell_apart`) beside its
        name in the heading, so in the title search results show (``Deals won (Sales)``),
        and not once more among these words."""
        handles = search_words.new_handles(  # nothing the qualifier says once more
            f"{kpi.name} {qualifier}", [*self.known_by.handles(kpi)[1:],
                                        *self._other_names(kpi.id)])
        used = [word for term in terms for word in (term.term, *term.aliases)]
        return (search_words.SEPARATOR.join(escape.one_line(h) for h in handles),
                search_words.SEPARATOR.join(escape.one_line(w) for w in [kpi.name, *used]),
                search_words.SEPARATOR.join(escape.one_line(w) for w in used))

    def _other_names(self, kpi_id: str) -> list[str]:
        """The KPI's names in the catalog's other languages, as its file gives them."""
        written = self.as_written.kpis.get(kpi_id)
        if written is None or len(self.catalog.config.languages) < 2:
            return []
        names = given_texts(written, ("name",), self.as_written.config.language)
        return [name for language, name in names.items() if language != self.language]

    def chart(self, view: KpiView, no_values: str | None = None) -> str | None:
        """The trend chart (an SVG), when the KPI has values to draw; with ``no_values`` (why
        there are none), its plan when it has none."""
        if not view.kpi.actuals and no_values is None:
            return None
        t = self.t
        labels = {"actual": t["chart.actual"], "target": t["chart.target"],
                  "expected": t["chart.expected"], "milestone": t["chart.milestone"],
                  "method_change": t["chart.method_change"], "trend_title": t["text.trend"]}
        return trend_svg(view.kpi, view.status, self.today, labels=labels,
                         format_number=t.number, format_date=t.date, format_period=t.period,
                         changes=chart_marks(self.readable_history(view.kpi), t),
                         no_values=no_values, name=view.distinct_name)

    def _page_chart(self, view: KpiView) -> str | None:
        """The chart of the KPI's page, kept for its image when the site has images."""
        chart = self.chart(view)
        if chart is not None and self.options.machine_readable:
            self._charts_for_images[view.id] = chart
        return chart

    def image_chart(self, view: KpiView, no_values: str) -> str | None:
        """The chart of the KPI's image: its page's, when the page was just made; else
        :meth:`chart` with ``no_values`` (the same drawing when the KPI has values)."""
        return self._charts_for_images.pop(view.id, None) or self.chart(view, no_values)

    def _files(self, view: KpiView) -> dict[str, str] | None:
        """Links from a KPI's page to its images and JSON (site/images.py, site/api.py)."""
        if not self.options.machine_readable:
            return None
        here = page_url(view.src_uri, self.options.use_directory_urls)
        return {"chart": relative_url(images.chart_path(self, view.id), here),
                "badge": relative_url(images.badge_path(self, view.id), here),
                "json": relative_url(api.kpi_json_path(view.id), here)}

    def values_hidden(self, kpi: Kpi) -> bool:
        """Whether this build shows ``kpi`` without its values (see :mod:`.model.audience`)."""
        return values_hidden(kpi, self.audience)

    def absolute_url(self, src: str) -> str:
        """The address of the page or file at ``src``: absolute under the site's
        ``site_url`` when it has one, else relative to the site's root."""
        url = page_url(src, self.options.use_directory_urls) if src.endswith(".md") else src
        base = self.options.site_url
        if base.lower().startswith(("https://", "http://")):
            return base.rstrip("/") + "/" + url
        return url

    def department_page(self, department: Department) -> SitePage:
        src = self.options.department_src(department.id)
        views = self.members["department"].get(department.id, [])
        groups = []
        for objective in self.catalog.objectives.values():
            members = [v for v in views if v.kpi.objective == objective.id]
            if members:
                groups.append({"objective": objective, "kpis": members})
        orphans = [v for v in views if v.kpi.objective not in self.catalog.objectives]
        body = self.render(
            "department.md.j2", src, department=department, kpis=views, groups=groups,
            orphans=orphans, rollup=self.rollup(self.counted(views)),
        )
        return SitePage(
            src_uri=src, kind="department", title=department.name, body=body,
            meta=_title_meta(department.name), yaml_path=self._registry_path("departments"),
            in_nav=self.options.nav,
        )

    def objective_page(self, objective: Objective) -> SitePage:
        src = self.options.objective_src(objective.id)
        views = self.members["objective"].get(objective.id, [])
        parts = [
            {"part": part, "kpis": [v for v in views if v.kpi.success_part == part.id]}
            for part in objective.success
        ]
        body = self.render(
            "objective.md.j2", src, objective=objective, kpis=views, parts=parts,
            rollup=self.rollup(self.counted(views)), perspective=objective.perspective,
            tree=self.objective_tree(objective, src),
        )
        return SitePage(
            src_uri=src, kind="objective", title=objective.name, body=body,
            meta=_title_meta(objective.name), yaml_path=self._registry_path("objectives"),
            in_nav=self.options.nav,
        )

    def objective_tree(self, objective: Objective, src: str) -> Markup:
        """The objective's KPI tree (see :mod:`.tree`), linked from the page at ``src``."""
        url = self.url_from(src)
        nodes = [TreeNode(0, objective.name)]

        def add(view: KpiView, depth: int, path: tuple[str, ...]) -> None:
            if len(nodes) >= MAX_ROWS:
                return
            nodes.append(TreeNode(depth, view.distinct_name, url(view.src_uri), view.status_value,
                                  view.status_label))
            if depth >= MAX_DEPTH or view.id in path:
                return
            for driver in view.kpi.drivers:
                driving = self.views.get(driver)
                if driving is not None and driving.kpi.lifecycle is not Lifecycle.RETIRED:
                    add(driving, depth + 1, (*path, view.id))

        views = self.in_use(self.members["objective"].get(objective.id, []))
        for part in objective.success:
            nodes.append(TreeNode(1, part.description))
            for view in views:
                if view.kpi.success_part == part.id:
                    add(view, 2, ())
        return Markup(tree_svg(
            nodes, ident=f"kpi-tree-{objective.id}",
            title=self.t.get("text.tree_title", name=objective.name),
            desc=self.t["text.tree_desc"]))

    def departments_page(self) -> SitePage:
        return self._list_page("department")

    def objectives_page(self) -> SitePage:
        return self._list_page("objective")

    def _list_page(self, kind: str) -> SitePage:
        """The list of the departments or of the objectives (``kind``), each with the count
        and roll-up of its KPIs in use."""
        plural = f"{kind}s"
        src = getattr(self.options, f"{plural}_src")
        rows = [{kind: item, "kpis": (views := self.counted(self.members[kind].get(item.id, []))),
                 "rollup": self.rollup(views)}
                for item in getattr(self.catalog, plural).values()]
        body = self.render(f"{plural}.md.j2", src, rows=rows)
        return SitePage(
            src_uri=src, kind=plural, title=self.t[f"{plural}.title"], body=body,
            meta={"render_macros": False}, yaml_path=self._registry_path(plural), in_nav=True,
        )

    @property
    def makes_home(self) -> bool:
        """Whether the site makes its language's home page (:data:`.languages.HOME`): a
        language other than the first whose folder has none written by hand."""
        return bool(self.root) and HOME not in self.options.existing_pages

    def home_page(self) -> SitePage:
        """The home page of a language other than the first (``id/``): the catalog's name,
        what it is, the status of its active KPIs and links to its pages, in its language;
        the first language's home (written by hand) is its twin."""
        views = self.select()
        body = self.render("home.md.j2", HOME, kpis=views,
                           rollup=self.rollup(self.counted(views)))
        # titled "Home" ("Beranda"), its heading the catalog's name: themes write a page's
        # title before the site's name in the browser's tab, which read the catalog's name
        # twice ("Katalog X - Katalog X"); the navigation names it as readers name it
        title = self.t["home.title"]
        return SitePage(
            src_uri=HOME, kind="home", title=title, body=body,
            meta={**_title_meta(title), "hide": ["toc"]}, yaml_path=None, in_nav=True,
            replaceable=True,
        )

    def overview_page(self) -> SitePage:
        src = self.options.overview
        views = self.select()
        filters = self.filters(views)
        body = self.render(
            "overview.md.j2", src, kpis=views, filters=filters,
            rollup=self.rollup(self.counted(views)),
        )
        return SitePage(
            src_uri=src, kind="overview", title=self.t["overview.title"], body=body,
            # the table needs the width; `hide` is mkdocs-material's, other tools ignore it
            meta={"render_macros": False, "hide": ["toc"]}, yaml_path=None, in_nav=True,
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
        assert src is not None, "made only for a site with a glossary page"
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
            src_uri=src, kind="glossary", title=self.t["glossary.title"], body=body,
            meta={"render_macros": False}, yaml_path=self._registry_path("glossary"), in_nav=True,
        )


def _title_meta(name: str) -> dict[str, object]:
    """The front matter of a page named by a contributor: its title as MkDocs takes it from
    a heading (escaped HTML), and no macros. Zensical, which runs no plugin, writes a page's
    title into ``<title>`` as HTML, and without this one takes it from the heading
    unescaped: a department named ``</title><script>...`` ran its script there."""
    return {"title": str(escape.html(name)), "render_macros": False}


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
