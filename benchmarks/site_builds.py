"""Site builds for the benchmarks: the catalog site and its floor, each built in a child process.

A build runs in a fresh child process so that its CPU time, wall time and *peak memory*
(the child's maximum resident set size, from ``wait4``) are its own: nothing the benchmark
process imported or built before counts.

The floor (issue 10) is what mkdocs-material costs for the same information written as
plain Markdown: one page per KPI (name, statement, a table of its fields, a table of its
actual values, its description) and one page per department and per objective listing
its KPIs, all out of the navigation, built with the search plugin.

Site size is compared page for page: the floor publishes pages only, while the catalog's
site also publishes files for other programs (issue 22, after the floor was defined): the
KPIs as JSON (``api/``), each KPI's chart and badge as images of their own
(``kpis/<id>/chart.svg``, ``badge.svg``), ``llms.txt`` and ``llms-full.txt``, and the
Atom feeds. They hold no page's HTML and cost no page's build; counting them against a
floor that has none would measure what the catalog publishes, not what its pages weigh.
So the size bar is judged on the site without them (:func:`machine_outputs_size`), and
the whole site's size is reported beside it, measured, without a bar.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

THEME = {
    "name": "material",
    "features": ["navigation.instant", "navigation.indexes", "navigation.prune",
                 "navigation.top", "navigation.footer", "content.action.edit",
                 "content.tooltips", "search.highlight", "search.suggest"],
    "font": False,
}
COMMON = {
    "site_name": "Benchmark", "site_url": "https://example.org/",
    "repo_url": "https://github.com/example/catalog", "edit_uri": "edit/main/",
    "theme": THEME, "markdown_extensions": ["abbr", "attr_list", "tables", "toc"],
}
# The child says its own peak (VmHWM of /proc/self/status): wait4's ru_maxrss also counts
# the benchmark process's memory, which the child had before exec (Linux keeps that peak).
_BUILD = ("import logging, sys\n"
          "logging.basicConfig(level=logging.ERROR)\n"
          "from mkdocs.commands.build import build\n"
          "from mkdocs.config import load_config\n"
          "build(load_config(sys.argv[1], site_dir=sys.argv[2]))\n"
          "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')]\n"
          "print('PEAK_KB', peak[0].split()[1] if peak else 0)\n")


@dataclass(frozen=True)
class Usage:
    """What one build cost: seconds of CPU (user + system), seconds of wall time, peak MB."""

    cpu: float
    wall: float
    peak_mb: float


def build_in_child(project: Path) -> Usage:
    """``mkdocs build`` of ``project`` in a child process; its own CPU, wall and peak memory."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with tempfile.TemporaryFile() as output:
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", _BUILD, str(project / "mkdocs.yml"), str(project / "site")],
            cwd=project, env=env, stdout=output, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        said = output.read().decode("utf-8", "replace")
        if child.returncode:
            raise SystemExit(f"building {project} failed ({child.returncode}):\n{said[-3000:]}")
    peak = [line.split()[1] for line in said.splitlines() if line.startswith("PEAK_KB ")]
    peak_kb = int(peak[-1]) if peak and int(peak[-1]) else usage.ru_maxrss
    return Usage(usage.ru_utime + usage.ru_stime, wall, peak_kb / 1024)


# The child says its own peak at exit, whatever the command does (`kpi`, `zensical`).
_PEAK_AT_EXIT = ("import atexit, sys\n"
                 "def _peak():\n"
                 "    hw = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')]\n"
                 "    print('PEAK_KB', hw[0].split()[1] if hw else 0, flush=True)\n"
                 "atexit.register(_peak)\n")
_RENDER = _PEAK_AT_EXIT + ("sys.argv = ['kpi', 'render', 'docs']\n"
                           "from kpi_catalog.cli import main\nmain()\n")
_ZENSICAL = _PEAK_AT_EXIT + ("sys.argv = ['zensical', 'build', '--clean', '-f', 'zensical.yml']\n"
                             "from zensical.main import cli\ncli()\n")


def _child(code: str, project: Path) -> Usage:
    """``python -c code`` in ``project``; its own CPU, wall and peak memory."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with tempfile.TemporaryFile() as output:
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", code], cwd=project, env=env,
                                 stdout=output, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        output.seek(0)
        said = output.read().decode("utf-8", "replace")
        if os.waitstatus_to_exitcode(status):
            raise SystemExit(f"{code.splitlines()[-3]} in {project} failed:\n{said[-3000:]}")
    peak = [line.split()[1] for line in said.splitlines() if line.startswith("PEAK_KB ")]
    return Usage(usage.ru_utime + usage.ru_stime, wall, int(peak[-1]) / 1024 if peak else 0)


def render_and_zensical_in_child(project: Path) -> Usage:
    """`kpi render docs`, then `zensical build` (zensical.yml): both processes' CPU and wall
    time, the larger peak memory."""
    shutil.rmtree(project / "docs" / "kpis", ignore_errors=True)  # a fresh render each time
    (project / "docs" / ".kpi-render.json").unlink(missing_ok=True)
    for folder in ("departments", "objectives", "glossary", "assets"):
        shutil.rmtree(project / "docs" / folder, ignore_errors=True)
    render, build = _child(_RENDER, project), _child(_ZENSICAL, project)
    return Usage(render.cpu + build.cpu, render.wall + build.wall,
                 max(render.peak_mb, build.peak_mb))


def write_zensical_project(folder: Path) -> Path:
    """zensical.yml beside the catalog project's mkdocs.yml, as the repository's, with the
    navigation the plugin makes under MkDocs (the list pages; without a `nav` Zensical lists
    every KPI page in every page's navigation: 12x the size at 1,000 KPIs)."""
    (folder / "zensical.yml").write_text(
        "INHERIT: mkdocs.yml\nsite_dir: site-zensical\n"
        "nav: [index.md, kpis/index.md, departments/index.md, objectives/index.md]\n"
        "extra_css: [assets/kpi-catalog/kpi-catalog.css]\n"
        "extra_javascript: [assets/kpi-catalog/kpi-catalog.js]\n"
        "markdown_extensions: [kpi_catalog.site.html_blocks]\n", encoding="utf-8")
    return folder


def site_size(folder: Path) -> int:
    """Bytes of every file of a built site."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


MACHINE_OUTPUTS = ("api/**/*", "**/chart.svg", "**/badge.svg", "llms*.txt", "feed*.xml")
"""The catalog site's files for programs, that the floor does not publish (see the module)."""


def machine_outputs_size(folder: Path) -> int:
    """Bytes of a built site's :data:`MACHINE_OUTPUTS`."""
    found = {p for pattern in MACHINE_OUTPUTS for p in folder.glob(pattern) if p.is_file()}
    return sum(p.stat().st_size for p in found)


def write_catalog_project(folder: Path, today: str, plugins: list | None = None) -> Path:
    """mkdocs.yml and docs/ for the catalog in ``folder/kpis``: the plugin, search, tags."""
    (folder / "docs").mkdir(exist_ok=True)
    (folder / "docs" / "index.md").write_text("# Catalog\n\nSee [all KPIs](kpis/index.md).\n")
    config = {**COMMON, "plugins": plugins or [
        "search", {"kpi-catalog": {"today": today}}, "tags"]}
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False))
    return folder


def write_floor_project(folder: Path, catalog) -> Path:
    """The floor: the same information as plain Markdown pages, out of the navigation."""
    docs = folder / "docs"
    for sub in ("kpis", "departments", "objectives"):
        (docs / sub).mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text("# Catalog\n")
    for kpi in catalog.kpis.values():
        (docs / "kpis" / f"{kpi.id}.md").write_text(_kpi_page(catalog, kpi), encoding="utf-8")
    for department in catalog.departments.values():
        kpis = [k for k in catalog.kpis.values() if k.department == department.id]
        (docs / "departments" / f"{department.id}.md").write_text(
            _list_page(department.name, department.description, kpis), encoding="utf-8")
    for objective in catalog.objectives.values():
        kpis = [k for k in catalog.kpis.values() if k.objective == objective.id]
        (docs / "objectives" / f"{objective.id}.md").write_text(
            _list_page(objective.name, objective.description, kpis), encoding="utf-8")
    config = {**COMMON, "plugins": ["search"],
              "not_in_nav": "/kpis/\n/departments/\n/objectives/"}
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False))
    return folder


def _cell(value: object) -> str:
    return " ".join(str("" if value is None else value).split()).replace("|", "\\|")


def _kpi_page(catalog, kpi) -> str:
    m, b, t, th = kpi.measurement, kpi.baseline, kpi.target, kpi.thresholds
    objective = catalog.objectives.get(kpi.objective)
    fields = [
        ("Department", catalog.departments[kpi.department].name),
        ("Objective", objective.name if objective else kpi.objective),
        ("Success part", kpi.success_part), ("Owner", kpi.owner),
        ("Lifecycle", kpi.lifecycle.value), ("Direction", kpi.direction.value),
        ("Metric", m.metric), ("Unit", m.unit), ("Data source", m.data_source),
        ("Method", m.method), ("Collected", m.collection_frequency.value),
        ("Reported", m.reporting_frequency.value),
        ("Baseline", f"{b.value:,} ({b.date})" if b else ""),
        ("Target", (f"{t.value:,}" if t.value is not None else f"{t.min:,} to {t.max:,}")
         + f" by {t.date}" if t else ""),
        ("Thresholds", f"green {th.green:,}, amber {th.amber:,}" if th else ""),
        ("Review date", kpi.review_date), ("Tags", ", ".join(kpi.tags)),
    ]
    lines = [f"# {_cell(kpi.name)}", "", _cell(kpi.statement), "", "| Field | Value |",
             "| --- | --- |"]
    lines += [f"| {name} | {_cell(value)} |" for name, value in fields]
    lines += ["", "## Actual values", "", "| Period | Value | Note |", "| --- | --- | --- |"]
    lines += [f"| {a.period} | {a.value:,} | {_cell(a.note)} |" for a in kpi.actuals]
    lines += ["", "## Description", "", kpi.description.strip(), ""]
    return "\n".join(lines)


def _list_page(title: str, description: str, kpis: list) -> str:
    lines = [f"# {_cell(title)}", "", _cell(description), "", "| KPI | Statement |",
             "| --- | --- |"]
    lines += [f"| [{_cell(k.name)}](../kpis/{k.id}.md) | {_cell(k.statement)} |" for k in kpis]
    return "\n".join(lines) + "\n"
