"""Diagnostics: one located, plain-words problem with a catalog file.

Every part of kpi-catalog (YAML reading, the model, cross-file checks and the
KPI-writing rules) reports through :class:`Diagnostic`, so the command line, CI
annotations and the MkDocs build all print the same message for the same problem.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field

from kpi_catalog.i18n.messages import N_, _, shown

# The words of the severities, as `kpi validate` shows them ("[warning]").
_SEVERITY_WORDS = (N_("warning"), N_("info"))


class Severity(str, enum.Enum):
    """How serious a diagnostic is; only errors make a catalog invalid.

    ``INFO`` says something worth knowing that is no fault (a file the catalog does not
    read): shown, but not counted as a warning.
    """

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    OFF = "off"


FieldPath = tuple[str | int, ...]


@dataclass(frozen=True, order=True)
class Diagnostic:
    """A problem at a place in a file.

    ``line`` and ``column`` are 1-based (as editors count); ``path`` is relative to
    the repository root when the file lies inside it. ``field`` is the path of the
    field inside the document (``("measurement", "unit")``), empty for the file.
    """

    path: str
    line: int
    column: int
    code: str
    message: str
    hint: str = ""
    severity: Severity = field(default=Severity.ERROR, compare=False)
    field: FieldPath = field(default=(), compare=False)

    @property
    def field_label(self) -> str:
        """The field path as people write it: ``actuals[2].value``."""
        return format_field_path(self.field)

    def text(self) -> str:
        """``path:line:col: CODE message (field) hint``: the format of ruff and compilers.

        Always one line: control characters that came from a file (a quoted field name
        with a line break in it) are shown escaped, so that they cannot start a line of
        their own (a GitHub workflow command such as ``::warning::``) or drive the terminal.
        """
        where = " " + _("(field `{field}`)", field=self.field_label) if self.field else ""
        hint = f" {self.hint}" if self.hint else ""
        level = "" if self.severity is Severity.ERROR else f"[{_(self.severity.value)}] "
        return visible(f"{self.path}:{self.line}:{self.column}: {self.code} "
                       f"{level}{self.message}{where}{hint}")

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "severity": self.severity.value,
            "field": self.field_label,
            "message": self.message,
            "hint": self.hint,
        }


BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Bidirectional controls: they reorder what a reader sees ("gnp.exe" shown for "exe.png").
Escaped in messages (:func:`visible`), dropped wherever text is shown to readers."""
_CONTROL = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}]")
_CONTROL_BUT_BREAKS = re.compile(f"(?![\r\n]){_CONTROL.pattern}")


def visible(text: str, *, keep_breaks: bool = False) -> str:
    """``text`` with control characters, bidirectional controls and line breaks escaped
    (``\\n``, ``\\x1b``, ``\\u202e``): shown, so that they can be found and removed.
    ``keep_breaks``: ``\\r`` and ``\\n`` left as they are, for a format that escapes them
    its own way (GitHub's annotations: ``%0A``)."""
    if text.isprintable():
        return text
    return (_CONTROL_BUT_BREAKS if keep_breaks else _CONTROL).sub(
        lambda m: repr(m.group())[1:-1], text)


def quoted_value(value: str) -> str:
    """A contributor's value as a message quotes it: cut at 60 characters with an ellipsis
    (a 5,000-digit period still makes one readable line), then :func:`visible`."""
    return visible(shown(value, 60))


def format_field_path(path: FieldPath) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def sort_diagnostics(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Deterministic order: by file, then position, then code."""
    return sorted(diagnostics)
