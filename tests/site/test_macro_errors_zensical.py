"""A macro's error under Zensical: its message alone, without Python's tracebacks.

Zensical's macros extension stops `zensical build` and `zensical serve` at a macro's error
(`on_error_fail`), and Zensical raises it again from its Rust core as a ``RuntimeError``
that holds the message and both Python tracebacks, left to Python to print when the command
ends. The macros show their message alone then; any other error stays as Python shows it.
These run the macros in a Python of their own, the way Zensical's command ends; the build
itself is tested with Zensical in tests/browser/test_browser_engines.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from site_helpers import ENV, REPO

ZENSICAL_LIKE = """
import sys
from types import SimpleNamespace
from kpi_catalog.site import macros

found = {}
env = SimpleNamespace(conf={"root_dir": sys.argv[1], "docs_dir": "docs"},
                      page=SimpleNamespace(path="guide/broken.md", meta={}),
                      macro=lambda f: found.setdefault(f.__name__, f))
for _ in range(2):  # the extension loads the module again for every page
    macros.define_env(env)
try:
    found["kpi_card"]("no-such-kpi")
except ValueError as error:  # as Zensical's core gives it back
    raise RuntimeError(f"Python error: ValueError: {error}\\nTraceback (most recent call "
                       f"last):\\n  File \\"macros.py\\", line 1, in guarded\\n") from None
"""


def run(script: str, root: Path) -> subprocess.CompletedProcess[str]:
    env = ENV | {"PYTHONPATH": os.pathsep.join(
        [str(REPO / "plugins"), ENV.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    return subprocess.run([sys.executable, "-c", script, str(root)], env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_macro_error_that_stops_zensical_is_its_message_alone(tmp_path):
    (tmp_path / "docs").mkdir()  # nothing rendered into it: the macros have no catalog
    done = run(ZENSICAL_LIKE, tmp_path)
    assert done.returncode == 1
    assert done.stderr == (
        f"guide/broken.md, in kpi_card: The kpi_catalog macros need the catalog's pages in "
        f"{tmp_path / 'docs'}: run `kpi render {tmp_path / 'docs'}` before building the "
        f"site.\n"), done.stderr


def test_any_other_error_under_zensical_is_shown_as_python_shows_it(tmp_path):
    (tmp_path / "docs").mkdir()
    other = ZENSICAL_LIKE.replace('raise RuntimeError(f"Python error',
                                  'raise RuntimeError(f"Python error: KeyError: x; was')
    assert other != ZENSICAL_LIKE
    done = run(other.replace("{error}", "something else"), tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("Traceback (most recent call last):"), done.stderr
    assert "RuntimeError: Python error: KeyError: x; was" in done.stderr
