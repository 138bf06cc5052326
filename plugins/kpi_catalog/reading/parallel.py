"""Reading and parsing KPI files in worker processes: a large catalog on every core.

Reading and parsing the YAML is most of what `kpi validate` does on a large catalog. Here
worker processes (forked: they start at once and already hold every module) read and parse
slices of the KPI files, in file order, while the parent validates the slices that have
arrived with its usual code. Only reading and parsing move to the workers, so every message
comes from the same code as in a sequential load: the diagnostics are identical.

Small catalogs, machines with one core, systems without ``fork`` and processes that run
threads (forking a threaded process is unsafe: ``mkdocs serve``) are loaded sequentially.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import repeat
from pathlib import Path
from typing import Any, TypeVar

from kpi_catalog.reading.yaml_reader import Limits, YamlProblem, read_yaml_file

T = TypeVar("T")
R = TypeVar("R")
MIN_FILES = 500  # below this, starting the workers costs more than it saves
SLICE = 200  # files per task: small enough that the parent validates while workers parse

Parsed = tuple[str, Any] | list[tuple[int, int, str, str, str]]
"""A file's text and data, or its problems as ``(line, column, code, message, hint)``."""


def worker_count(files: int) -> int:
    """How many worker processes to use for ``files`` KPI files; 0: load sequentially."""
    if files < MIN_FILES or threading.active_count() > 1:
        return 0
    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(cores or 1, 8) if (cores or 1) > 1 else 0


def parse_ahead(paths: list[Path], limits: Limits, parsed: dict[Path, Parsed]) -> Iterator[Path]:
    """Yield ``paths`` in order; before each slice, its files' parse results go into ``parsed``.

    A path without a result (a link, or when the workers failed) is read by the caller.
    """
    workers = worker_count(len(paths))
    if not workers:
        yield from paths
        return
    slices = [paths[start:start + SLICE] for start in range(0, len(paths), SLICE)]
    done = 0
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            arriving = pool.map(_parse_slice, slices, repeat(limits))
            for part, results in zip(slices, arriving, strict=True):
                parsed.update((path, result) for path, result in zip(part, results, strict=True)
                              if result is not None)
                done += len(part)
                yield from part
    except (OSError, BrokenProcessPool):  # no processes to be had: the rest in this one
        yield from paths[done:]


def fork_map(task: Callable[[list[T]], list[R]], items: list[T]) -> list[R]:
    """``task(items)``, with the items split over forked workers when there are many.

    Each worker runs ``task`` on a contiguous slice, on its fork-time copy of the parent's
    objects (nothing but the slices and results is pickled); the results are joined in
    order, so the outcome is the same as ``task(items)``.
    """
    global _TASK
    workers = worker_count(len(items))
    if not workers:
        return task(items)
    size = -(-len(items) // (workers * 4))  # a few slices per worker: none waits on the last
    slices = [items[start:start + size] for start in range(0, len(items), size)]
    _TASK = task  # what the forked workers call (a closure cannot be pickled to them)
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            return [result for part in pool.map(_run_task, slices) for result in part]
    except (OSError, BrokenProcessPool):  # no processes to be had: all in this one
        return task(items)
    finally:
        _TASK = None


_TASK: Callable[[list[Any]], list[Any]] | None = None


def _run_task(part: list[Any]) -> list[Any]:
    # A worker is short-lived and holds the parent's whole heap: cyclic garbage collection
    # would walk it again and again (and copy every page it touches) to free nothing.
    gc.disable()
    assert _TASK is not None  # set before the workers fork
    return _TASK(part)


def take(parsed: Parsed) -> tuple[str, Any]:
    """The text and data a worker parsed; raises its :class:`YamlProblem` as reading would."""
    if isinstance(parsed, tuple):
        return parsed
    first, *also = (YamlProblem(*problem) for problem in parsed)
    first.also = also
    raise first


def _parse_slice(paths: list[Path], limits: Limits) -> list[Parsed | None]:
    """In a worker: read and parse each file; links are left to the parent, which checks
    where they lead before reading them."""
    results: list[Parsed | None] = []
    for path in paths:
        if os.path.islink(path):
            results.append(None)
            continue
        try:
            results.append(read_yaml_file(path, limits))
        except YamlProblem as found:
            results.append([(p.line, p.column, p.code, p.message, p.hint) for p in found.all()])
    return results
