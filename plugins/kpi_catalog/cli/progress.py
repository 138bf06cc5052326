"""The progress line of a long command: a counter on one line of stderr, for a person
watching a terminal (never in a CI log or a pipe, whose output stays as it was), erased when
the step is done. `kpi validate` and every command that checks a catalog show it while the
KPI files are read; `kpi diff` and `kpi alerts` also while a revision is read out of git."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from kpi_catalog.i18n.messages import N_, _, count_text
from kpi_catalog.reading.loader import ProgressCallback

if TYPE_CHECKING:
    from kpi_catalog.changes.revisions import Progress

PROGRESS_FILES = 500
"""A catalog of this many KPI files takes a second or more to read: a person watching is
shown how far it is (a smaller one, nothing)."""
PROGRESS_STEP = 250
"""Files between two updates of the count."""

READING_KPIS = N_("Reading KPI files: {done}/{total}")
FROM_GIT = N_("Reading files from git: {done}/{total}")
"""A revision's catalog, written out of git before it is read (`kpi diff`, `kpi alerts`)."""


def on_terminal() -> bool:
    """Whether a person watches stderr (a terminal; never a CI log or a pipe, whose output
    stays as it was): progress is shown only then."""
    return sys.stderr.isatty()


@contextmanager
def progress_line(show: bool = True) -> Iterator[bool]:
    """Whether to show progress (``show`` and :func:`on_terminal`); the line is erased at the
    end, whatever happened, so that what follows is printed as without it."""
    shown = show and on_terminal()
    try:
        yield shown
    finally:
        if shown:
            click.echo("\r\033[K", nl=False, err=True)


def progress_printer(message: str = READING_KPIS) -> ProgressCallback:
    """A one-line counter on stderr for large catalogs; silent for small ones. Each count
    erases the line first: a shorter one can follow a longer (another step)."""
    def show(done: int, total: int) -> None:
        if total >= PROGRESS_FILES and (done % PROGRESS_STEP == 0 or done == total):
            click.echo("\r\033[K" + _(message, done=count_text(done), total=count_text(total)),
                       nl=False, err=True)
    return show


def sides_progress(shown: bool) -> Progress:
    """The counters of reading the sides `kpi diff` and `kpi alerts` compare (a large
    catalog: seconds each), when shown."""
    from kpi_catalog.changes.revisions import SILENT, Progress  # not for `kpi validate`

    return Progress(progress_printer(FROM_GIT), progress_printer()) if shown else SILENT
