"""Speed goals of kpi-catalog, each a ratio against a baseline measured in the same run.

Absolute times depend on the machine; a ratio against a floor measured a moment before,
on the same files, does not (much). Each benchmark times its subject and its baseline
alternately, several rounds, keeps the best time of each, and compares the ratio with
its bar.

    python benchmarks/bench.py                  # every benchmark (nox -s bench)
    python benchmarks/bench.py validate         # only these
    python benchmarks/bench.py --list           # what there is
    python benchmarks/bench.py --kpis 2000 --repeat 5 validate

Both wall-clock and CPU time are measured and printed. The bar is judged on CPU time
(this process and the child processes it waited for): on a shared machine, such as a
developer's laptop during a build or CI next to other jobs, it varies far less than
wall time. ``--clock wall`` judges on wall time instead.

The exit code is 1 when a benchmark misses its bar.

Adding a benchmark: write a function that takes the :class:`Context` (the synthetic
catalog, generated once per run and shared) and returns :func:`compare` of a baseline
and a subject, and register it with ``@benchmark("name", bar=..., about="...")``.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 27)


# --- the registry --------------------------------------------------------------------------


CLOCKS = ("cpu", "wall")


@dataclass(frozen=True)
class Check:
    """One more goal of a benchmark besides its time: ``subject <= bar x baseline``."""

    what: str  # "site size", "peak memory"
    unit: str  # "MB"
    baseline: float
    subject: float
    bar: float | None  # None: measured and reported, no goal

    @property
    def ratio(self) -> float:
        return self.subject / self.baseline

    @property
    def passed(self) -> bool:
        return within(self.ratio, self.bar)


@dataclass
class Result:
    name: str
    baseline: str
    subject: str
    times: dict[str, dict[str, float]]  # clock -> run name -> best seconds
    bar: float | None  # the subject may take at most bar x the baseline (None: no goal)
    clock: str = "cpu"  # the clock the bar is judged on
    notes: list[str] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)  # size, memory...

    def ratio_on(self, clock: str) -> float:
        return self.times[clock][self.subject] / self.times[clock][self.baseline]

    @property
    def ratio(self) -> float:
        return self.ratio_on(self.clock)

    @property
    def passed(self) -> bool:
        return within(self.ratio, self.bar) and all(check.passed for check in self.checks)

    def as_dict(self) -> dict:
        """What ``--json`` writes: every ratio with its bar."""
        goals = [{"what": f"{self.clock} time", "unit": "s",
                  "baseline": round(self.times[self.clock][self.baseline], 3),
                  "subject": round(self.times[self.clock][self.subject], 3),
                  "ratio": round(self.ratio, 3), "bar": self.bar,
                  "passed": within(self.ratio, self.bar)}]
        goals += [{"what": c.what, "unit": c.unit, "baseline": round(c.baseline, 3),
                   "subject": round(c.subject, 3), "ratio": round(c.ratio, 3), "bar": c.bar,
                   "passed": c.passed} for c in self.checks]
        return {"name": self.name, "baseline": self.baseline, "subject": self.subject,
                "passed": self.passed, "goals": goals, "notes": self.notes}


@dataclass(frozen=True)
class Benchmark:
    name: str
    run: Callable[[Context], Result]
    bar: float | None
    about: str


BENCHMARKS: dict[str, Benchmark] = {}


def within(ratio: float, bar: float | None) -> bool:
    return bar is None or ratio <= bar


def bar_text(bar: float | None) -> str:
    return "-" if bar is None else f"{bar:g}x"


def benchmark(name: str, *, bar: float | None, about: str):
    """Register ``run(ctx) -> Result`` under ``name``, with its bar (max ratio)."""
    def register(run: Callable[[Context], Result]) -> Callable[[Context], Result]:
        BENCHMARKS[name] = Benchmark(name, run, bar, about)
        return run
    return register


def _cpu_time() -> float:
    t = os.times()  # user + system, of this process and of the children it waited for
    return t.user + t.system + t.children_user + t.children_system


def best_of_interleaved(runs: dict[str, Callable[[], object]],
                        repeat: int) -> dict[str, dict[str, float]]:
    """Run each callable ``repeat`` times, alternating between them; the best times of each.

    Alternating spreads any slow spell of the machine over all of them; the best time is
    the least disturbed one. The garbage collector runs before each timing, not during.
    Returns ``{"wall": {name: seconds}, "cpu": {name: seconds}}``.
    """
    best = {clock: {name: float("inf") for name in runs} for clock in CLOCKS}
    for _ in range(repeat):
        for name, run in runs.items():
            gc.collect()
            wall, cpu = time.perf_counter(), _cpu_time()
            run()
            cpu, wall = _cpu_time() - cpu, time.perf_counter() - wall
            best["wall"][name] = min(best["wall"][name], wall)
            best["cpu"][name] = min(best["cpu"][name], cpu)
    return best


def compare(ctx: Context, name: str, baseline: tuple[str, Callable[[], object]],
            subject: tuple[str, Callable[[], object]]) -> Result:
    """Time ``baseline`` and ``subject`` (label, callable) alternately; the bar is the
    registered one of benchmark ``name``."""
    times = best_of_interleaved(dict([baseline, subject]), ctx.repeat)
    return Result(name, baseline[0], subject[0], times, BENCHMARKS[name].bar, ctx.clock)


# --- the synthetic catalog -----------------------------------------------------------------


DEPARTMENTS = ["marketing", "sales", "finance", "operations", "people", "customer-service",
               "it", "logistics", "procurement", "legal", "stores", "e-commerce", "merchandising",
               "supply-chain", "quality", "risk", "audit", "facilities", "communications",
               "strategy"]  # about 20 departments and 50 objectives, as a large company has
OBJECTIVES = 50
THEMES = ["pipeline", "retention", "cost", "quality", "speed", "growth", "safety", "compliance",
          "satisfaction", "efficiency", "digital", "training"]
UNITS = ["contacts per month", "%", "IDR million", "days", "orders", "tickets", "hours", "people"]


@dataclass
class Context:
    """What every benchmark may use: one synthetic catalog, generated on first use."""

    kpi_count: int
    repeat: int
    workdir: Path
    clock: str = "cpu"
    _root: Path | None = None
    kpi_files: list[Path] = field(default_factory=list)

    @property
    def root(self) -> Path:
        if self._root is None:
            started = time.perf_counter()
            self._root, self.kpi_files = write_catalog(self.workdir, self.kpi_count)
            size = sum(p.stat().st_size for p in self.kpi_files)
            lines = sum(p.read_bytes().count(b"\n") for p in self.kpi_files)
            print(f"synthetic catalog: {len(self.kpi_files):,} KPI files in "
                  f"{len(DEPARTMENTS)} departments, {lines / len(self.kpi_files):.0f} lines and "
                  f"{size / len(self.kpi_files):,.0f} bytes each ({size / 1e6:.1f} MB), "
                  f"written in {time.perf_counter() - started:.1f}s", flush=True)
        return self._root


def write_catalog(workdir: Path, kpi_count: int, seed: int = 20261127) -> tuple[Path, list[Path]]:
    """A valid catalog of ``kpi_count`` KPIs (about 40 lines each) in ``workdir/kpis``."""
    rng = random.Random(seed)
    root = workdir / "kpis"
    root.mkdir(parents=True)
    (workdir / ".git").mkdir()  # paths in messages are relative to the "repository"
    (root / "catalog.yml").write_text("name: Benchmark catalog\nlanguage: en\n")
    (root / "departments.yml").write_text("departments:\n" + "".join(
        f"  - id: {d}\n    name: {d.replace('-', ' ').title()}\n    head: Head of {d}\n"
        f"    description: The {d} department.\n" for d in DEPARTMENTS))
    objectives = [(f"objective-{i:02d}", [f"part-{j}" for j in range(1, 2 + i % 3)])
                  for i in range(OBJECTIVES)]
    perspectives = ["financial", "customer", "internal-process", "learning-growth"]
    (root / "objectives.yml").write_text("objectives:\n" + "".join(
        f"  - id: {oid}\n    name: Objective {oid}\n    owner: Chief Officer {i}\n"
        f"    perspective: {perspectives[i % 4]}\n"
        "    period: {start: 2026-01-01, end: 2027-12-31}\n    success:\n" + "".join(
            f"      - id: {p}\n        description: Success part {p} of {oid}.\n" for p in parts)
        for i, (oid, parts) in enumerate(objectives)))
    (root / "glossary.yml").write_text(
        "glossary:\n  - term: CRM\n    definition: Customer relationship management system.\n")
    ids = [f"{DEPARTMENTS[n % len(DEPARTMENTS)]}-kpi-{n:05d}" for n in range(kpi_count)]
    files = []
    for n, kpi_id in enumerate(ids):
        department = DEPARTMENTS[n % len(DEPARTMENTS)]
        objective, parts = objectives[rng.randrange(len(objectives))]
        folder = root / department
        folder.mkdir(exist_ok=True)
        path = folder / f"{kpi_id}.yml"
        related = [r for r in rng.sample(ids, 3) if r != kpi_id][:2]
        text = _kpi_text(rng, kpi_id, department, objective, rng.choice(parts), related)
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return root, sorted(files)


def _kpi_text(rng: random.Random, kpi_id: str, department: str, objective: str, part: str,
              related: list[str]) -> str:
    theme, unit = rng.choice(THEMES), rng.choice(UNITS)
    kind = rng.random()
    base = rng.randrange(100, 5000)
    if kind < 0.8:
        direction, goal = "higher_is_better", base + rng.randrange(50, 2000)
        target = f"{{value: {goal}, date: 2026-12-31}}"
        thresholds = f"thresholds: {{green: {goal - 10}, amber: {base}}}\n"
        values = [base + (goal - base) * m // 14 + rng.randrange(-20, 20) for m in range(1, 11)]
    elif kind < 0.9:
        direction, goal = "lower_is_better", max(1, base - rng.randrange(50, 90))
        target = f"{{value: {goal}, date: 2026-12-31}}"
        thresholds = f"thresholds: {{green: {goal + 5}, amber: {base}}}\n"
        values = [base - (base - goal) * m // 14 for m in range(1, 11)]
    else:
        direction, goal = "within_range", base
        target = f"{{min: {base - 50}, max: {base + 50}, date: 2026-12-31}}"
        thresholds = ""
        values = [base + rng.randrange(-40, 40) for _ in range(10)]
    actuals = "".join(
        f"  - {{period: 2026-{m:02d}, value: {v}"
        + (", note: Campaign started." if m == 4 else "") + "}\n"
        for m, v in enumerate(values, 1))
    return (
        f"id: {kpi_id}\n"
        f"name: {theme.title()} measure {kpi_id[-5:]} of {department}\n"
        f"statement: Move {theme} {unit} from {base} to {goal} by 31 December 2026.\n"
        f"department: {department}\n"
        f"objective: {objective}\n"
        f"success_part: {part}\n"
        f"owner: {department.title()} {theme} lead\n"
        "lifecycle: active\n"
        "measurement:\n"
        f"  metric: {theme.title()} {unit} of series {kpi_id[-5:]} in the {department} "
        "reporting system\n"
        f'  unit: "{unit}"\n'
        f"  data_source: {department.title()} monthly report, sheet {rng.randrange(1, 9)}\n"
        f"  method: Sum of the month's {theme} records, excluding duplicates and tests.\n"
        "  collection_frequency: monthly\n"
        "  reporting_frequency: quarterly\n"
        f"direction: {direction}\n"
        f"baseline: {{value: {base}, date: 2026-01-01}}\n"
        f"target: {target}\n"
        f"{thresholds}"
        "actuals:\n"
        f"{actuals}"
        "review_date: 2027-01-15\n"
        f"tags: [{theme}, {department}]\n"
        f"related: [{', '.join(related)}]\n"
        "links:\n"
        f"  - title: Dashboard of {kpi_id}\n"
        f"    url: https://bi.example.org/dashboards/{kpi_id}\n"
        "description: |\n"
        f"  Tracks {theme} for the {department} department, month by month.\n"
        "  The value comes from the monthly report and is checked by the owner.\n"
    )


# --- the benchmarks ------------------------------------------------------------------------


def parse_only(files: list[Path]) -> int:
    """The floor: read every KPI file and parse it with PyYAML's C loader, nothing else."""
    import yaml

    loader = yaml.CSafeLoader
    count = 0
    for path in files:
        yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - safe loader
        count += 1
    return count


@benchmark("validate", bar=1.5, about="check_catalog (load + validate + rules) against "
           "parsing every KPI file with yaml.CSafeLoader")
def bench_validate(ctx: Context) -> Result:
    from kpi_catalog.checking.check import check_catalog

    root, files = ctx.root, ctx.kpi_files
    result = check_catalog(root, today=TODAY)  # once untimed: it must be a valid catalog
    errors = result.errors
    if errors or len(result.catalog.kpis) != len(files):
        shown = "\n".join(d.text() for d in errors[:10])
        raise SystemExit(f"the synthetic catalog is not valid ({len(errors)} errors):\n{shown}")
    outcome = compare(ctx, "validate",
                      ("parse-only", lambda: parse_only(files)),
                      ("validate", lambda: check_catalog(root, today=TODAY)))
    warnings = len(result.diagnostics)
    if warnings:
        outcome.notes.append(f"{warnings:,} warnings from the rules on the synthetic catalog")
    return outcome


# --- the whole `kpi validate` process against the parse floor, both as child processes ----

_FLOOR = ("import sys, yaml\n"  # parse_only, in a process of its own
          "from pathlib import Path\n"
          "for path in sorted(Path(sys.argv[1]).glob('*/*.yml')):\n"
          "    yaml.load(path.read_text(encoding='utf-8'), Loader=yaml.CSafeLoader)\n")


def _child_times(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of a child process (start-up, imports and its own children
    included); it must succeed."""
    import subprocess

    with tempfile.TemporaryFile() as output:
        started = time.perf_counter()
        child = subprocess.Popen(argv, stdout=output, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status):
            output.seek(0)
            raise SystemExit(f"{argv[:4]} failed:\n{output.read().decode()[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime


def _validate_process(ctx: Context, name: str, root: Path, files: list[Path]) -> Result:
    """``kpi validate root`` in a child process against the floor in a child process, alternately,
    best wall time of each (the goal is on wall time: both cores may be used)."""
    kpi = [sys.executable, "-c", "from kpi_catalog.cli import main; main()", "validate",
           str(root), "--today", TODAY.isoformat()]
    floor = [sys.executable, "-c", _FLOOR, str(root)]
    times = {clock: {"parse-floor": float("inf"), "kpi-validate": float("inf")}
             for clock in CLOCKS}
    for _ in range(ctx.repeat):
        for run, argv in (("parse-floor", floor), ("kpi-validate", kpi)):
            wall, cpu = _child_times(argv)
            times["wall"][run] = min(times["wall"][run], wall)
            times["cpu"][run] = min(times["cpu"][run], cpu)
    outcome = Result(name, "parse-floor", "kpi-validate", times, BENCHMARKS[name].bar, "wall")
    outcome.notes.append(f"{len(files):,} KPI files; whole child processes, wall time, best "
                         f"of {ctx.repeat}; on a loaded machine wall time varies a lot")
    return outcome


@benchmark("validate-process", bar=1.0, about="the whole `kpi validate` process (start-up, "
           "imports, worker processes) against a process parsing every KPI file with "
           "yaml.CSafeLoader; wall time")
def bench_validate_process(ctx: Context) -> Result:
    return _validate_process(ctx, "validate-process", ctx.root, ctx.kpi_files)


@benchmark("validate-warnings", bar=1.3, about="the same when every KPI draws a warning "
           "(a review date in the past: every finding located)")
def bench_validate_warnings(ctx: Context) -> Result:
    root, files = write_catalog(ctx.workdir / "warnings", ctx.kpi_count)
    for path in files:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("review_date: 2027-01-15", "review_date: 2026-01-15"),
                        encoding="utf-8")
    return _validate_process(ctx, "validate-warnings", root, files)


# --- the site (kpi-catalog plugin) against plain mkdocs-material ---------------------------

SITE_TIME_BAR, SITE_SIZE_BAR, SITE_MEMORY_BAR = 1.5, 1.5, 2.0


def _site_benchmark(ctx: Context, name: str, count: int, rounds: int) -> Result:
    """The catalog site against its floor (see site_builds), each built in a child process."""
    from site_builds import (
        build_in_child,
        machine_outputs_size,
        site_size,
        write_catalog_project,
        write_floor_project,
    )

    from kpi_catalog.checking.check import check_catalog

    work = ctx.workdir / name
    catalog_root, _ = write_catalog(work / "catalog", count)
    result = check_catalog(catalog_root, today=TODAY)
    if not result.ok:
        raise SystemExit(f"the synthetic catalog is not valid: {result.errors[0].text()}")
    subject = write_catalog_project(work / "catalog", TODAY.isoformat())
    floor = write_floor_project(work / "floor", result.catalog)
    usages: dict[str, list] = {"floor": [], "kpi-catalog": []}
    for _ in range(rounds):  # alternately, so a slow spell of the machine hits both
        usages["floor"].append(build_in_child(floor))
        usages["kpi-catalog"].append(build_in_child(subject))
    times = {clock: {run: min(getattr(u, clock) for u in runs) for run, runs in usages.items()}
             for clock in CLOCKS}
    outcome = Result(name, "floor", "kpi-catalog", times, SITE_TIME_BAR, ctx.clock)
    peak = {run: min(u.peak_mb for u in runs) for run, runs in usages.items()}
    size = {"floor": site_size(floor / "site") / 1e6,
            "kpi-catalog": site_size(subject / "site") / 1e6}
    for_machines = machine_outputs_size(subject / "site") / 1e6
    outcome.checks += [  # pages against pages (see site_builds' docstring)
        Check("site size, pages", "MB", size["floor"], size["kpi-catalog"] - for_machines,
              SITE_SIZE_BAR),
        Check("site size, with the files for programs", "MB", size["floor"],
              size["kpi-catalog"], None),
        Check("peak memory", "MB", peak["floor"], peak["kpi-catalog"], SITE_MEMORY_BAR),
    ]
    pages = sum(1 for _ in (subject / "site").rglob("*.html"))
    outcome.notes.append(f"{count:,} KPIs in {len(result.catalog.departments)} departments and "
                         f"{len(result.catalog.objectives)} objectives; {pages:,} HTML pages; "
                         f"best of {rounds} round(s), each build in a fresh process")
    return outcome


@benchmark("site", bar=SITE_TIME_BAR, about="mkdocs build of a 1,000-KPI catalog site "
           "(plugin, search, tags) against the floor: mkdocs-material building the same "
           "information as plain pages; also site size (1.5x) and peak memory (2x)")
def bench_site(ctx: Context) -> Result:
    return _site_benchmark(ctx, "site", 1_000, ctx.repeat)


@benchmark("serve", bar=0.25, about="live preview: under `mkdocs serve`, the rebuild after one "
           "KPI file of 1,000 changed, against the served site's first (full) build")
def bench_serve(ctx: Context) -> Result:
    import json
    import subprocess

    from site_builds import write_catalog_project

    runs = []
    for round_ in range(ctx.repeat):
        work = ctx.workdir / f"serve-{round_}"
        _, files = write_catalog(work, 1_000)
        write_catalog_project(work, TODAY.isoformat())
        done = subprocess.run(
            [sys.executable, str(Path(__file__).parent / "serve_rebuild.py"), str(work),
             str(work / "site"), "--edit", str(files[len(files) // 2])],
            capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        if done.returncode:
            raise SystemExit(f"serve_rebuild.py failed:\n{done.stderr[-3000:]}")
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    times = {clock: {"full build": min(r[f"first_{clock}"] for r in runs),
                     "rebuild": min(r[f"rebuild_{clock}"] for r in runs)} for clock in CLOCKS}
    outcome = Result("serve", "full build", "rebuild", times, 0.25, ctx.clock)
    outcome.notes.append(f"one KPI's name changed (its page, listing pages and linked KPIs "
                         f"made again); reused in the last round: {runs[-1]['reused']}")
    return outcome


@benchmark("site-10k", bar=SITE_TIME_BAR, about="the same at 10,000 KPIs (one round: each "
           "build takes minutes)")
def bench_site_10k(ctx: Context) -> Result:
    return _site_benchmark(ctx, "site-10k", 10_000, 1)

# --- another engine: Zensical builds the pages `kpi render` wrote -------------------------


def _zensical_benchmark(ctx: Context, name: str, count: int, rounds: int) -> Result:
    """The same catalog built by MkDocs with the plugin, and by `kpi render` then Zensical
    (each a child process; the Zensical side's time is both processes', its peak memory
    the larger one)."""
    from site_builds import (
        build_in_child,
        render_and_zensical_in_child,
        site_size,
        write_catalog_project,
        write_zensical_project,
    )

    work = ctx.workdir / name
    write_catalog(work, count)
    write_catalog_project(work, TODAY.isoformat())
    write_zensical_project(work)
    usages: dict[str, list] = {"mkdocs": [], "zensical": []}
    for _ in range(rounds):  # alternately, so a slow spell of the machine hits both
        usages["mkdocs"].append(build_in_child(work))
        usages["zensical"].append(render_and_zensical_in_child(work))
    times = {clock: {run: min(getattr(u, clock) for u in runs) for run, runs in usages.items()}
             for clock in CLOCKS}
    outcome = Result(name, "mkdocs", "zensical", times, None, ctx.clock)
    peak = {run: min(u.peak_mb for u in runs) for run, runs in usages.items()}
    outcome.checks += [
        Check("site size", "MB", site_size(work / "site") / 1e6,
              site_size(work / "site-zensical") / 1e6, None),
        Check("peak memory", "MB", peak["mkdocs"], peak["zensical"], None),
    ]
    outcome.notes.append(f"{count:,} KPIs; MkDocs with the kpi-catalog plugin against "
                         f"`kpi render` + `zensical build`; best of {rounds} round(s)")
    return outcome


@benchmark("zensical", bar=None, about="the 1,000-KPI catalog built by Zensical from the pages "
           "`kpi render` wrote, against MkDocs with the plugin: time, size and peak memory, "
           "measured (no bar)")
def bench_zensical(ctx: Context) -> Result:
    return _zensical_benchmark(ctx, "zensical", 1_000, ctx.repeat)


@benchmark("zensical-10k", bar=None, about="the same at 10,000 KPIs (one round)")
def bench_zensical_10k(ctx: Context) -> Result:
    return _zensical_benchmark(ctx, "zensical-10k", 10_000, 1)


# --- importing actual values ---------------------------------------------------------------

IMPORT_KPIS, IMPORT_VALUES_EACH = 1_000, 10  # 10,000 values into a 1,000-KPI catalog


@benchmark("import", bar=1.0, about=f"kpi actuals import of {IMPORT_KPIS * IMPORT_VALUES_EACH:,} "
           f"values into {IMPORT_KPIS:,} KPI files (load, check, edit, re-check, write) "
           "against a ruamel.yaml round trip (load + dump) of the same files")
def bench_import(ctx: Context) -> Result:
    import io

    from ruamel.yaml import YAML

    from kpi_catalog.cli import main as kpi_main

    root, files = write_catalog(ctx.workdir / "import", IMPORT_KPIS)
    originals = {path: path.read_bytes() for path in files}
    periods = [f"2026-{m:02d}" for m in (11, 12)] + [f"2027-{m:02d}" for m in range(1, 9)]
    values = ctx.workdir / "import-values.csv"
    values.write_text("kpi,period,value,note\n" + "".join(
        f"{path.stem},{period},{n + 0.5},{'Checked' if n % 3 == 0 else ''}\n"
        for path in files for n, period in enumerate(periods[:IMPORT_VALUES_EACH])))

    def restore() -> None:
        for path, data in originals.items():
            path.write_bytes(data)

    def round_trip() -> None:
        """The floor: what a round-trip YAML library costs to load and dump the same files."""
        restore()
        yaml = YAML()
        for path in files:
            out = io.StringIO()
            yaml.dump(yaml.load(path.read_text(encoding="utf-8")), out)

    def run_import() -> None:
        restore()
        try:
            kpi_main(["actuals", "import", str(values), str(root), "--today", "2027-09-30"])
        except SystemExit as done:
            if done.code:
                raise SystemExit(f"the import failed (exit {done.code})") from None

    run_import()  # once untimed: it must succeed and write every value
    written = sum(path.read_bytes().count(b"{period: 202") for path in files)
    if written != len(files) * (10 + IMPORT_VALUES_EACH):
        raise SystemExit(f"the import wrote {written} values, not all of them")
    outcome = compare(ctx, "import", ("ruamel-round-trip", round_trip), ("import", run_import))
    outcome.notes.append(f"{IMPORT_KPIS * IMPORT_VALUES_EACH:,} values into {IMPORT_KPIS:,} KPI "
                         f"files: {outcome.times['wall']['import']:.1f} s wall, "
                         f"{outcome.times['cpu']['import']:.1f} s cpu")
    return outcome


# --- history on the KPI pages --------------------------------------------------------------

HISTORY_BAR = 1.10


def _git(work: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(work), "-c", "user.name=Bench", "-c", "user.email=b@x.id",
                    *args], check=True, capture_output=True)


def _write_history(work: Path, files: list[Path]) -> int:
    """A real repository: the catalog, then new owners for a fifth of the KPIs, then later
    deadlines for a tenth (as a year of pull requests would leave it); returns the commits."""
    shutil.rmtree(work / ".git")
    _git(work, "init", "-q", "-b", "main")
    _git(work, "add", "-A")
    _git(work, "commit", "-q", "-m", "The catalog")
    edits = [("New owners", files[::5], r"(?m)^owner: (.*)$", r"owner: \1 (acting)"),
             ("Later deadlines", files[::10], r"date: 2026-12-31\}", "date: 2027-03-31}")]
    for message, chosen, pattern, replacement in edits:
        for path in chosen:
            text = path.read_text(encoding="utf-8")
            path.write_text(re.sub(pattern, replacement, text, count=1), encoding="utf-8")
        _git(work, "commit", "-q", "-am", message)
    return 1 + len(edits)


@benchmark("history", bar=HISTORY_BAR, about="mkdocs build of a 1,000-KPI catalog in a git "
           "repository with each KPI's history on its page, against the same build with "
           "`history: false`")
def bench_history(ctx: Context) -> Result:
    from site_builds import build_in_child, write_catalog_project

    work = ctx.workdir / "history"
    _, files = write_catalog(work, 1_000)
    commits = _write_history(work, files)
    usages: dict[str, list] = {"without history": [], "with history": []}
    for _ in range(ctx.repeat):  # alternately, so a slow spell of the machine hits both
        for name, history in (("without history", False), ("with history", True)):
            write_catalog_project(work, TODAY.isoformat(), plugins=[
                "search", {"kpi-catalog": {"today": TODAY.isoformat(), "history": history}},
                "tags"])
            usages[name].append(build_in_child(work))
    times = {clock: {run: min(getattr(u, clock) for u in runs) for run, runs in usages.items()}
             for clock in CLOCKS}
    outcome = Result("history", "without history", "with history", times, HISTORY_BAR,
                     ctx.clock)
    shown = (work / "site" / "kpis" / files[0].stem / "index.html").read_text(encoding="utf-8")
    if "kpi-history" not in shown:
        raise SystemExit("the history benchmark's pages show no history")
    outcome.notes.append(f"1,000 KPIs, {commits} commits (1,000 files added, 200 and 100 "
                         f"changed); best of {ctx.repeat} round(s), each build in a fresh process")
    return outcome


# --- running -------------------------------------------------------------------------------


def report(result: Result) -> str:
    lines = [f"[{result.name}]  best of the rounds, seconds"]
    lines.append(f"  {'':<14} {'cpu':>8} {'wall':>8}")
    for name in (result.baseline, result.subject):
        lines.append(f"  {name:<14} {result.times['cpu'][name]:8.3f} "
                     f"{result.times['wall'][name]:8.3f}")
    lines.append(f"  {'ratio':<14} {result.ratio_on('cpu'):7.2f}x {result.ratio_on('wall'):7.2f}x")
    verdict = "measured" if result.bar is None else (
        "ok" if result.ratio <= result.bar else "MISSED")
    lines.append(f"  bar: {result.subject} <= {bar_text(result.bar)} {result.baseline} "
                 f"({result.clock} time): {result.ratio:.2f}x, {verdict}")
    for check in result.checks:
        verdict = "measured" if check.bar is None else "ok" if check.passed else "MISSED"
        lines.append(f"  bar: {check.what} {check.subject:,.1f} {check.unit} <= "
                     f"{bar_text(check.bar)} {check.baseline:,.1f} {check.unit}: "
                     f"{check.ratio:.2f}x, {verdict}")
    lines.extend(f"  note: {note}" for note in result.notes)
    return "\n".join(lines)


def write_json(path: Path, results: list[Result], args: argparse.Namespace) -> None:
    """The results with the machine they ran on, for the README's table."""
    import json
    import platform

    data = {
        "date": date.today().isoformat(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "system": f"{platform.system()} {platform.machine()}"},
        "kpis": args.kpis, "repeat": args.repeat, "clock": args.clock,
        "results": [r.as_dict() for r in results],
    }
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path}")


RESULTS = Path(__file__).parent / "results.json"
README = Path(__file__).parent.parent / "README.md"
TABLE_START, TABLE_END = "<!-- bench: start -->", "<!-- bench: end -->"


def results_table(data: dict) -> str:
    """The README's table of a results.json: every goal of every benchmark, with its bar."""
    machine = data["machine"]
    lines = [f"Measured on {data['date']}: {machine['system']}, {machine['cpus']} CPUs, Python "
             f"{machine['python']} (`{data['clock']}` time, best of {data['repeat']} "
             "round(s)).", "",
             "| benchmark | goal | baseline | subject | ratio | bar | |",
             "| --- | --- | ---: | ---: | ---: | ---: | --- |"]
    for result in data["results"]:
        for goal in result["goals"]:
            lines.append(
                f"| {result['name']} | {goal['what']}: {result['subject']} vs "
                f"{result['baseline']} | {goal['baseline']:,.2f} {goal['unit']} | "
                f"{goal['subject']:,.2f} {goal['unit']} | {goal['ratio']:.2f}x | "
                f"{bar_text(goal['bar'])} | "
                f"{'measured' if goal['bar'] is None else 'ok' if goal['passed'] else 'missed'} |")
    return "\n".join(lines)


def readme_with_table(readme: str, data: dict) -> str:
    start, end = readme.index(TABLE_START) + len(TABLE_START), readme.index(TABLE_END)
    return readme[:start] + "\n" + results_table(data) + "\n" + readme[end:]


def precompile() -> None:
    """Byte-compile kpi_catalog before anything is timed, as installing it does. nox -s bench
    installs it editable, so it runs from its sources; with PYTHONDONTWRITEBYTECODE set (as
    on the project's machines) every timed child process compiled them again: a site
    build loads 111 modules, 1 MB of source, 0.2-0.3 s of CPU to compile (1-1.5% of the
    build at 1,000 KPIs), which the floors' libraries, compiled when installed, never
    pay."""
    import compileall

    import kpi_catalog

    compileall.compile_dir(Path(kpi_catalog.__file__).parent, quiet=2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"benchmarks to run (default: all of {', '.join(BENCHMARKS)})")
    parser.add_argument("--kpis", type=int, default=10_000, help="KPI files to generate")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best one counts")
    parser.add_argument("--clock", choices=CLOCKS, default="cpu",
                        help="the time the bars are judged on (both are printed)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument("--json", type=Path, default=None, metavar="FILE",
                        help="also write the results, with the machine, as JSON")
    parser.add_argument("--readme", action="store_true",
                        help=f"copy the table of {RESULTS.name} into the README and exit")
    args = parser.parse_args(argv)
    if args.readme:
        import json

        data = json.loads(RESULTS.read_text(encoding="utf-8"))
        README.write_text(readme_with_table(README.read_text(encoding="utf-8"), data),
                          encoding="utf-8")
        print(f"wrote the table of {RESULTS} into {README}")
        return 0
    if args.list:
        for b in BENCHMARKS.values():
            print(f"{b.name:<12} bar {bar_text(b.bar)}  {b.about}")
        return 0
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; "
                     f"known: {', '.join(BENCHMARKS)}")
    if args.kpis < 1 or args.repeat < 1:
        parser.error("--kpis and --repeat must be at least 1")
    selected = [BENCHMARKS[n] for n in (args.names or BENCHMARKS)]
    precompile()
    with tempfile.TemporaryDirectory(prefix="kpi-bench-") as tmp:
        ctx = Context(kpi_count=args.kpis, repeat=args.repeat, workdir=Path(tmp),
                      clock=args.clock)
        results = []
        for b in selected:
            results.append(b.run(ctx))
            print(report(results[-1]), flush=True)
        if args.json:
            write_json(args.json, results, args)
    missed = [r.name for r in results if not r.passed]
    print("all bars met" if not missed else f"bars missed: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
