"""The `kpi` commands the README and the guides show, run as a reader would copy them.

Only the commands that read (status, due, validate, export to the terminal) are run, on the
example catalog from the repository root; none may be a usage error (exit 2), which is what
a command naming an option or an id that does not exist gets.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from kpi_catalog.cli import main

ROOT = Path(__file__).resolve().parents[1]
READING = ("status", "due", "validate")
_FENCE = re.compile(r"^```[a-z]*\n(.*?)^```", re.DOTALL | re.MULTILINE)


def _shown_commands() -> list[tuple[str, str]]:
    found = []
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]:
        for block in _FENCE.findall(page.read_text(encoding="utf-8")):
            for line in block.splitlines():
                if not line.startswith("kpi "):
                    continue
                try:
                    words = shlex.split(line, comments=True)
                except ValueError:  # not a shell line (a usage line of the reference)
                    continue
                if len(words) > 1 and words[1] in READING and ">" not in line \
                        and "[OPTIONS]" not in line:
                    found.append((page.relative_to(ROOT).as_posix(), line))
    return found


COMMANDS = _shown_commands()


def test_the_docs_show_commands_to_run():
    assert len(COMMANDS) > 10


@pytest.mark.parametrize(("page", "line"), COMMANDS, ids=[f"{p}: {c}" for p, c in COMMANDS])
def test_a_command_the_docs_show_runs(page, line, monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    args = shlex.split(line, comments=True)[1:]
    for index, word in enumerate(args[:-1]):  # a file it writes goes elsewhere
        if word in ("-o", "--output"):
            args[index + 1] = str(tmp_path / Path(args[index + 1]).name)
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code in (0, 1), f"{page}: `{line}` -> {result.exit_code}\n{result.output}"
