"""The problems of a refused run, as lines: the first few of each kind (code), located,
then how many more of that kind there are. A file of 100,000 bad rows made 100,000 lines,
burying the summary and the first problem, which is most often the cause of the rest
(a comma file read as semicolons, a header one column off): compilers stop as early."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from kpi_catalog.i18n.messages import ngettext
from kpi_catalog.model.diagnostics import Diagnostic

SHOWN_PER_CODE = 20
"""Problems of one code printed; the rest are counted."""


def capped_lines(diagnostics: Sequence[Diagnostic], every_option: str,
                 shown: int = SHOWN_PER_CODE) -> list[str]:
    """The first ``shown`` problems of each code in the order found, then a line per code
    counting the rest and naming ``every_option``, the option that prints them all."""
    seen: Counter[str] = Counter()
    lines = []
    for diagnostic in diagnostics:
        seen[diagnostic.code] += 1
        if seen[diagnostic.code] <= shown:
            lines.append(diagnostic.text())
    for code, count in seen.items():
        more = count - shown
        if more > 0:
            lines.append(ngettext(
                "... and {count} more {code} problem, not shown: correct the ones above "
                "first (they are most often the cause), or add {option} to see every one.",
                "... and {count} more {code} problems, not shown: correct the ones above "
                "first (they are most often the cause), or add {option} to see every one.",
                more, count=more, code=code, option=every_option))
    return lines
