"""Every message a person reads goes through the message catalogs (``_()``): a text written
straight into a diagnostic, a hint or a line of the `kpi` command would stay English in an
Indonesian catalog, and no catalog test would notice it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import kpi_catalog

PACKAGE = Path(kpi_catalog.__file__).parent

# Calls whose text arguments people read: diagnostics and their parts, the command's output
# and errors, the MkDocs build's log lines.
SINKS = {
    "Finding", "Diagnostic", "diagnostic", "report", "YamlProblem", "_problem_at", "_Ambiguous",
    "FixableError", "SourceProblem", "RevisionError", "DatabaseProblem", "EditProblem",
    "_QueryFailed", "echo", "secho", "prompt", "confirm", "UsageError", "ClickException",
    "BadParameter", "fail", "say", "ask", "numbered", "warning", "info", "error",
}
WORDS = re.compile(r"[A-Za-z]{2,}\W* \W*[A-Za-z]{2,}")  # two words: a phrase, not a key


def _text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return (_text(node.left) or "") + (_text(node.right) or "") or None
    if isinstance(node, ast.IfExp):
        return _text(node.body) or _text(node.orelse)
    return None


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr \
        if isinstance(func, ast.Attribute) else ""


def unmarked(path: Path, root: Path = PACKAGE.parent) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node) not in SINKS:
            continue
        for arg in node.args:
            text = _text(arg)
            if text and WORDS.search(text):
                where = path.relative_to(root).as_posix()
                found.append(f"{where}:{arg.lineno}: {text[:60]!r}")
    return found


# Modules whose messages are not converted yet (issue 21); the list only shrinks.
NOT_YET = {"docs_gen"}


def _converted(path: Path) -> bool:
    rel = path.relative_to(PACKAGE).as_posix()
    return not any(rel == name or rel.startswith(name + "/") for name in NOT_YET)


def test_every_message_is_marked_for_translation():
    found = [line for path in sorted(PACKAGE.rglob("*.py")) if _converted(path)
             for line in unmarked(path)]
    assert not found, ("messages not marked with _() (see TEAM.md, How to write a message):\n"
                       + "\n".join(found))


def _assigns_underscore(tree: ast.Module) -> list[int]:
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Name)
            and node.id == "_" and isinstance(node.ctx, ast.Store)]


def test_no_module_that_translates_uses_underscore_as_a_throwaway_name():
    """``for _, value in ...`` in a module that imports ``_`` would shadow it."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports = any(isinstance(node, ast.ImportFrom) and node.module
                      and node.module.endswith("i18n.messages")
                      and any(alias.name == "_" for alias in node.names)
                      for node in ast.walk(tree))
        if imports:
            found += [f"{path.relative_to(PACKAGE).as_posix()}:{line}"
                      for line in _assigns_underscore(tree)]
    assert not found, "use another throwaway name than `_` here:\n" + "\n".join(found)


def test_the_check_finds_an_unmarked_message(tmp_path):
    module = tmp_path / "module.py"
    module.write_text('raise click.UsageError(f"There is no catalog at {root}.")\n'
                      'click.echo(_("Marked: {x}", x=1))\nprint(key, "a_b")\n')
    assert [line.split(": ", 1)[1] for line in unmarked(module, tmp_path)] == [
        "'There is no catalog at .'"]
