"""Catalog content in hand-written pages, through mkdocs-macros-plugin.

Enable it in mkdocs.yml, after the ``kpi-catalog`` plugin::

    plugins:
      - kpi-catalog
      - macros:
          modules: [kpi_catalog.site.macros]

Zensical's macros extension reads the same lines: there the plugin does not run, and the
macros find the catalog through the manifest `kpi render` left in the docs folder.

Then, in any page of docs/ (each block macro on a line of its own)::

    {{ kpi_table(department="marketing", status="behind") }}
    {{ kpi_card("new-pipeline-subscribers") }}
    There are {{ kpi_count(lifecycle="active") }} active KPIs.

Every macro returns HTML in which catalog text is escaped: contributor text is shown,
never run. The macros used inside a sentence (``kpi_link``, ``catalog_name``) escape it for
Markdown too, since a hand-written page is Markdown around them (a name written as a
Markdown link stays text); the block macros return HTML blocks, which Markdown leaves
alone. Unknown ids and filter values fail loudly, so a typo in a page does not silently
show an empty table: with the macros' ``on_error_fail``, the build stops with the message
alone (the page, the macro, what to write instead), under MkDocs through the plugin
(``KpiCatalogPlugin.macro_errors``), under Zensical through :func:`_plain_stop`.
"""

from __future__ import annotations

import collections
import functools
import sys
from datetime import date
from pathlib import Path

from markupsafe import Markup

from kpi_catalog import escape
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.i18n.labels import current_labels
from kpi_catalog.i18n.messages import LANGUAGES, _, speaking
from kpi_catalog.model import config as config_file
from kpi_catalog.model import kpi as kpi_file
from kpi_catalog.model import registries, translations
from kpi_catalog.model.diagnostics import visible
from kpi_catalog.model.fields import Shape
from kpi_catalog.model.selection import KpiFilter
from kpi_catalog.reading.file_kinds import FILE_KINDS
from kpi_catalog.reading.loader import find_repo_root
from kpi_catalog.site.field_docs import FieldWords, field_table
from kpi_catalog.site.generator import Site
from kpi_catalog.site.language_links import language_links
from kpi_catalog.site.languages import HOME, language_root, language_sites
from kpi_catalog.site.options import SiteOptions
from kpi_catalog.site.render import MANIFEST, read_manifest
from kpi_catalog.status.compute import COUNTED

MODELS: dict[str, Shape] = {
    # what one entry of each kind of catalog file holds, then the parts of those
    **{kind.entry: kind.entry_model for kind in FILE_KINDS.values()},
    "measurement": kpi_file.Measurement,
    "semantic_metric": kpi_file.SemanticMetric,
    "baseline": kpi_file.Baseline,
    "target": kpi_file.Target,
    "thresholds": kpi_file.Thresholds,
    "milestone": kpi_file.Milestone,
    "valid_range": kpi_file.ValidRange,
    "actual": kpi_file.Actual,
    "method_change": kpi_file.MethodChange,
    "status": kpi_file.ManualStatus,
    "link": kpi_file.Link,
    "silence": kpi_file.Silence,
    "success_part": registries.SuccessPart,
    "period": registries.Period,
    "status_config": config_file.StatusConfig,
    "review_config": config_file.ReviewConfig,
    "deleted_kpi": config_file.DeletedKpi,
    "semantic_layer": config_file.SemanticLayerConfig,
    "change_note": kpi_file.ChangeNote,
    # the `translations:` blocks
    "kpi_texts": translations.KpiTexts,
    "measurement_texts": translations.MeasurementTexts,
    "department_texts": translations.DepartmentTexts,
    "objective_texts": translations.ObjectiveTexts,
    "glossary_term_texts": translations.GlossaryTermTexts,
    "catalog_texts": translations.CatalogTexts,
}


def _block(html: str) -> str:
    """HTML that Markdown keeps as a block, whatever surrounds the macro call."""
    return f"\n\n{html.strip()}\n\n"


class NoCatalog(RuntimeError):
    """The macros find no catalog to show: the build is not set up for them (no plugin, no
    pages rendered); the message says what to do."""


class CatalogUnavailable(Exception):
    """The catalog has errors, and there is no valid site to show instead.

    ``name``: the catalog's name all the same when catalog.yml itself is sound (the errors
    are in other files), else None."""

    def __init__(self, name: str | None = None):
        super().__init__(name)
        self.name = name


def _settings_name(checked) -> str | None:
    """The name in catalog.yml of a catalog that has errors, when that file is not among the
    files that failed to load (a catalog without the file has the default name)."""
    if checked is None:
        return None
    catalog = checked.catalog
    if "catalog" in catalog.registry_sources or not (catalog.root / "catalog.yml").exists():
        return catalog.config.name
    return None


def catalog_site(env, src: str = "index.md") -> Site:
    """The site the macros show on the page at ``src``, in the page's language. Under
    MkDocs, that of the ``kpi-catalog`` plugin of this build (while the catalog has errors
    under `mkdocs serve`, that of its last valid build): the first language's, but on
    another language's home page written by hand (``id/index.md``), which speaks that
    language. Under an engine without the plugin (Zensical), the site `kpi render` wrote
    into the docs folder, made again from the settings of its manifest; into a language's
    folder of it (``docs/id``, the docs folder of Zensical's Indonesian project), that
    language's."""
    if not isinstance(env.conf, dict):  # MkDocs' configuration (Zensical's is a dict)
        plugin = _catalog_plugin(env)
        if plugin is not None:
            site = plugin.site_of_page(src)
            if site is None:
                raise CatalogUnavailable(_settings_name(plugin.checked))
            return site
        raise NoCatalog(_(
            "The kpi_catalog macros need the kpi-catalog plugin: add `- kpi-catalog` to "
            "`plugins` in mkdocs.yml (before `macros`)."))
    return rendered_site(_docs_dir(env.conf))


def _docs_dir(conf: dict) -> Path:
    """The docs folder of Zensical's configuration."""
    return Path(conf.get("root_dir") or ".") / str(conf.get("docs_dir") or "docs")


def _catalog_plugin(env):
    """The ``kpi-catalog`` plugin of this MkDocs build, None without it."""
    from kpi_catalog.site.plugin import KpiCatalogPlugin

    return next((plugin for plugin in env.conf.plugins.values()
                 if isinstance(plugin, KpiCatalogPlugin)), None)


def _links_base(src: str) -> str:
    """The page whose URL a Zensical page's relative links are to be made from: the index of
    its Markdown file's folder. Zensical takes every relative link of a page (in raw HTML
    too) as relative to its Markdown file, as MkDocs takes a link to a `.md` file, and
    rewrites it for the page's URL: a link made from `guide/x/` (`../../kpis/a/`) gained a
    `../` and climbed above the site's root (a site at `/kpi-catalog/` led to `/kpis/a/`)."""
    folder = src.rpartition("/")[0]
    return f"{folder}/index.md" if folder else "index.md"


def _inline(env, text: str) -> Markup:
    """Text for a sentence or a heading of a hand-written page, escaped for Markdown. Under
    Zensical each ``<`` is followed by a zero-width space: Zensical takes a page's title from
    its heading, unescaped, and writes it into ``<title>`` as HTML, where a catalog named
    ``</title><script>...`` ran its script (under MkDocs the plugin guards the title so)."""
    value = escape.markdown(text)
    if isinstance(env.conf, dict):  # Zensical's configuration (MkDocs' is an object)
        return Markup(escape.tag_proof(value))
    return value


_RENDERED: dict[Path, tuple[bytes, list[Site]]] = {}  # docs folder -> its manifest, the sites


def rendered_site(docs_dir: Path) -> Site:
    """The site whose files `kpi render` wrote into ``docs_dir``: same catalog, day and
    options (the manifest's settings), so that a public build's macros show no more than
    its pages; kept while the manifest stays the same. A docs folder that is a language's
    folder of a rendered one (``docs/id``, the docs folder of Zensical's Indonesian
    project) gets that language's site."""
    rendered, root = language_folder(docs_dir)
    sites = _rendered_sites(rendered)
    return next((site for site in sites if site.root == root), sites[0])


def language_folder(docs_dir: Path) -> tuple[Path, str]:
    """(the folder `kpi render` wrote into, the language's folder in it: ``id/``, or ``""``)
    for a docs folder: ``docs/id``, Zensical's Indonesian project's, is ``docs``'s ``id/``."""
    name = docs_dir.name
    if (name in LANGUAGES and not (docs_dir / MANIFEST).is_file()
            and (docs_dir.parent / MANIFEST).is_file()):
        return docs_dir.parent, f"{name}/"
    return docs_dir, ""


def _rendered_sites(docs_dir: Path) -> list[Site]:
    """The site of each language `kpi render` wrote into ``docs_dir``, the first one's
    (at the root) first."""
    path = docs_dir / MANIFEST
    try:
        data = path.read_bytes()
    except OSError:
        raise NoCatalog(_(
            "The kpi_catalog macros need the catalog's pages in {folder}: run "
            "`kpi render {folder}` before building the site.", folder=docs_dir)) from None
    kept = _RENDERED.get(docs_dir)
    if kept is not None and kept[0] == data:
        return kept[1]
    settings = (read_manifest(docs_dir) or {}).get("settings") or {}
    if "catalog" not in settings:
        raise NoCatalog(_("{manifest} does not say which catalog was rendered: render "
                             "again.", manifest=path))
    catalog = (docs_dir / settings["catalog"]).resolve()
    today = date.fromisoformat(settings["today"])
    result = check_catalog(catalog, today=today, repo_root=find_repo_root(catalog))
    if not result.ok:
        raise CatalogUnavailable
    sites = language_sites(result.catalog, today=today, options=SiteOptions.from_settings(
        settings.get("options") or {}, docs_dir))
    _RENDERED[docs_dir] = (data, sites)
    return sites


def _select(site: Site, which: KpiFilter) -> list:
    """The KPIs ``which`` matches; a filter naming nothing in the catalog is an error (a
    typo in a page must not quietly show an empty table), said in the site's language."""
    with speaking(site.t.language):  # the page author reads the site's language
        which.check(site.catalog)
    return site.select(which)


def _filter(macro: str, site: Site, given: dict[str, str | None]) -> KpiFilter:
    with speaking(site.t.language):
        return KpiFilter.of(given, asked_by=macro)


def _view(site: Site, kpi_id: str):
    if kpi_id not in site.views:
        with speaking(site.t.language):
            raise ValueError(_("There is no KPI `{id}` in the catalog. Write the id of one of "
                               "its KPIs, as its YAML file's `id:` line gives it.", id=kpi_id))
    return site.views[kpi_id]


# the messages of the latest macro errors in this process, in order: under `zensical serve` an
# author's wrong argument fails again at each rebuild, so the list keeps only the latest
_STOPPED: collections.deque[str] = collections.deque(maxlen=64)
_PREVIOUS_HOOK = sys.excepthook


def _plain_stop(kind: type[BaseException], error: BaseException, trace) -> None:
    """What Python shows of an error that stopped the program (``sys.excepthook``), under
    Zensical: a macro's error stops `zensical build` and `zensical serve`, but Zensical
    raises it again from its Rust core as a ``RuntimeError`` holding both Python
    tracebacks, which its command leaves to Python to print. The macro's message alone then,
    as the catalog's other errors are; any other error as Python (or whoever set the hook
    before) shows it."""
    if isinstance(error, RuntimeError):
        text = str(error)
        for message in reversed(_STOPPED):
            if message in text:
                print(message, file=sys.stderr, flush=True)
                return
    _PREVIOUS_HOOK(kind, error, trace)


def define_env(env) -> None:
    """Called by mkdocs-macros (and Zensical's macros extension): registers the macros."""

    zensical = isinstance(env.conf, dict)  # Zensical's configuration (MkDocs' is an object)

    def here() -> str:
        """The page being written, relative to the docs folder `kpi render` wrote into (a
        page of Zensical's Indonesian project, whose docs folder is `docs/id`: `id/...`)."""
        page = getattr(env, "page", None)
        file = getattr(page, "file", None)
        if file is not None:
            return file.src_uri
        src = getattr(page, "path", None) or "index.md"
        return language_folder(_docs_dir(env.conf))[1] + src if zensical else src

    def where(site: Site) -> str:
        """The page links are made from, as ``site`` names its pages: relative to its
        language's folder (``id/index.md`` is the Indonesian site's ``index.md``). Under
        Zensical, the folder of the page's Markdown file (:func:`_links_base`)."""
        src = here()
        src = src[len(site.root):] if site.root and src.startswith(site.root) else src
        return _links_base(src) if zensical else src

    def macro(function):
        """Registers a macro that shows a short notice while the catalog is unavailable."""
        def guarded(*args, **kwargs):
            try:
                return function(*args, **kwargs)
            except CatalogUnavailable:
                return Markup('<span class="kpi-unavailable">{}</span>').format(
                    current_labels()["errors.unavailable"])
            except (ValueError, TypeError, NoCatalog) as exc:  # a wrong id, filter or
                # argument, or no catalog to show: the page and the macro that have it
                # (Zensical's macros extension names none); one line, its controls shown
                # escaped: an argument is a page author's text, and the build's log no place
                # for a line of theirs (`::error::`)
                message = visible(_("{page}, in {macro}: {problem}", page=here(),
                                    macro=function.__name__, problem=exc))
                if zensical:
                    _STOPPED.append(message)
                elif (getattr(env, "config", None) or {}).get("on_error_fail"):
                    # under MkDocs, mkdocs-macros would log the error with its traceback and
                    # stop the build: the plugin stops it instead once the page's macros
                    # have run, with the message alone (KpiCatalogPlugin.macro_errors)
                    plugin = _catalog_plugin(env)
                    if plugin is not None:
                        plugin.macro_errors.append(message)
                        return ""
                raise ValueError(message) from None
        return env.macro(functools.wraps(function)(guarded))

    if zensical and sys.excepthook is not _plain_stop:
        global _PREVIOUS_HOOK
        _PREVIOUS_HOOK = sys.excepthook
        sys.excepthook = _plain_stop

    @macro
    def kpi_table(*, caption: str | None = None, **filters: str | None) -> str:
        """A table of the KPIs matching every filter given (all KPIs without filters); the
        filters are those of :class:`~kpi_catalog.model.selection.KpiFilter`."""
        site = catalog_site(env, here())
        views = _select(site, _filter("kpi_table", site, filters))
        if not views:
            return _block(f"<p>{escape.html(site.t['text.no_kpis_here'])}</p>")
        return _block(site.render(
            "partials/kpi-table.html.j2", where(site), kpis=views,
            caption=caption or site.t["section.kpis"],
        ))

    @macro
    def kpi_card(kpi_id: str) -> str:
        """One KPI in a box: name, status, statement, progress, owner, department."""
        site = catalog_site(env, here())
        return _block(site.render("partials/kpi-card.html.j2", where(site),
                                  v=_view(site, kpi_id)))

    @macro
    def kpi_count(**filters: str | None) -> int:
        """How many KPIs match every filter given (those of ``kpi_table``)."""
        site = catalog_site(env, here())
        return len(_select(site, _filter("kpi_count", site, filters)))

    @macro
    def kpi_counts(
        department: str | None = None,
        objective: str | None = None,
        lifecycle: str | None = None,
    ) -> dict[str, int]:
        """Active KPIs per status (``{"achieved": 3, "behind": 1, ...}``), every status
        listed; ``lifecycle=`` counts the KPIs of another lifecycle instead."""
        site = catalog_site(env, here())
        views = _select(site, KpiFilter(department=department, objective=objective,
                                          lifecycle=lifecycle or COUNTED.value))
        return {item["value"]: item["count"] for item in site.rollup(views)}

    @macro
    def kpi_rollup(
        department: str | None = None,
        objective: str | None = None,
        lifecycle: str | None = None,
    ) -> str:
        """The status roll-up of the active KPIs (counts per status, each linking to the
        overview's rows); ``lifecycle=`` counts the KPIs of another lifecycle instead."""
        site = catalog_site(env, here())
        lifecycle = lifecycle or COUNTED.value
        views = _select(site, KpiFilter(department=department, objective=objective,
                                          lifecycle=lifecycle))
        query = "&".join(f"{k}={v}" for k, v in (
            ("department", department), ("objective", objective)) if v)
        return _block(site.render(
            "partials/rollup.html.j2", where(site), rollup=site.rollup(views),
            filter_query=query,
            rollup_lifecycle=lifecycle,
        ))

    @macro
    def kpi_link(kpi_id: str) -> Markup:
        """A link to the KPI's page, its name as the text."""
        site = catalog_site(env, here())
        view = _view(site, kpi_id)
        url = site.url_from(where(site))(view.src_uri)
        return Markup('<a href="{}">{}</a>').format(url, _inline(env, view.name))

    @macro
    def kpi_statement(kpi_id: str) -> str:
        """The KPI's statement, as a quote linking to the KPI."""
        site = catalog_site(env, here())
        view = _view(site, kpi_id)
        url = site.url_from(where(site))(view.src_uri)
        return _block(
            Markup('<blockquote class="kpi-quote"><p>{}</p><p class="kpi-muted">— '
                   '<a href="{}">{}</a></p></blockquote>').format(
                escape.html(escape.one_line(view.kpi.statement)), url, escape.html(view.name))
        )

    @macro
    def kpi_measurement(kpi_id: str) -> str:
        """How the KPI is measured: metric, unit, data source, method, frequencies."""
        site = catalog_site(env, here())
        view = _view(site, kpi_id)
        return _block(site.render("partials/measurement.html.j2", where(site), kpi=view.kpi,
                                  v=view))

    @macro
    def objective_card(objective_id: str) -> str:
        """An objective, its success part by part, and the KPIs that measure each part."""
        site = catalog_site(env, here())
        views = _select(site, KpiFilter(objective=objective_id))  # refuses an unknown objective
        objective = site.catalog.objectives[objective_id]
        parts = [
            {"part": part, "kpis": [v for v in views if v.kpi.success_part == part.id]}
            for part in objective.success
        ]
        return _block(site.render(
            "partials/objective-card.html.j2", where(site), objective=objective, parts=parts,
        ))

    @macro
    def catalog_name() -> str:
        """The catalog's name (``name`` in catalog.yml), as text in a sentence or heading;
        while the catalog has errors and no valid build came before, catalog.yml's name all
        the same (a home page's title, in the navigation) when that file is sound."""
        try:
            name = catalog_site(env, here()).catalog.config.name
        except CatalogUnavailable as unavailable:
            if unavailable.name is None:
                raise
            name = unavailable.name
        return _inline(env, name)

    @macro
    def catalog_description() -> str:
        """The catalog's ``description`` in catalog.yml, in the page's language, as
        paragraphs of text (nothing when it has none): a home page says what the catalog is
        for in its owners' words, kept where the catalog is."""
        paragraphs = escape.paragraphs(catalog_site(env, here()).catalog.config.description)
        return _block("\n\n".join(paragraphs)) if paragraphs else ""

    @macro
    def kpi_languages() -> str:
        """Links to the catalog in the site's other languages (each one's home page,
        ``id/``: see :data:`.languages.HOME`), each worded in its own language: a page
        written by hand has no twin in another language, so its reader of that language
        needs a way in (on the first language's home page, the link is to its twin). Nothing
        for a site in one language."""
        site = catalog_site(env, here())
        url = site.url_from(_links_base(here()) if zensical else here())
        paragraph = language_links(
            {"language": language, "leads_to": "catalog",
             "url": url(language_root(language, site.languages) + HOME)}
            for language in site.languages if language != site.language)
        return _block(paragraph) if paragraph else ""

    @macro
    def kpi_fields(model: str = "kpi") -> str:
        """The fields of a catalog file (``kpi``, ``measurement``, ``catalog``...) as a
        table, from the data model's own field documentation."""
        if model not in MODELS:
            raise ValueError(_("Unknown model `{model}`; use one of: {models}", model=model,
                               models=", ".join(MODELS)))
        t = catalog_site(env, here()).t  # the headers in the site's language
        return field_table(MODELS[model], FieldWords(
            t["fields.field"], t["fields.type"], t["fields.default"], t["fields.meaning"],
            t["fields.required"]))
