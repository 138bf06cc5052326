"""Where a statement's sentences end (:func:`count_sentences`)."""

from __future__ import annotations

import re

from kpi_catalog.checking.text import clues
from kpi_catalog.checking.text.words import MONTH_NUMBERS

# --- sentences -----------------------------------------------------------------------

ABBREVIATIONS = frozenset("""
    e.g i.e etc vs approx ca cf no nos nr mr mrs ms dr prof st jr sr inc ltd co corp
    dept est fig min max avg incl excl resp tbk pt rp jl bpk ibu sdr yth dll dsb dst tsb
    spt sbg dgn utk yg hlm hal kab kec kel prov no tgl thn bln
""".split()) | frozenset(MONTH_NUMBERS)
"""Words that end with a dot without ending the sentence (compared in lower case)."""

# `(?<![.!?])`: a run of `!!!!` is tried once, from its start, not again from each `!`.
_SENTENCE_END = re.compile(r"(?<![.!?])([.!?]++)[\"'”’)\]]*+\s++(?=[\"'“‘(\[]?(\w))")
URL = re.compile(r"(?:https?://|www\.|mailto:)\S+"
                  r"|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+", re.I)
_LAST_WORD = re.compile(r"(?<!\S)(\S++)$")  # searched only back to the previous sentence end
# What a sentence end needs, looked for before the URLs are masked (masking adds none of it).
_MAY_END = re.compile(r"[.!?][\"'”’)\]]*+\s")


def mask(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: "x" * len(m.group()), text)


def sentence_breaks(text: str) -> list[int]:
    """Offsets where a new sentence starts (not counting the first)."""
    if clues.active and not _MAY_END.search(text):
        return []
    masked = mask(text, URL)
    breaks = []
    previous_end = 0  # the word before a dot lies after the previous match (which ends a space)
    for match in _SENTENCE_END.finditer(masked):
        start, previous_end = previous_end, match.end()
        if not match.group(2).isupper():
            continue
        if match.group(1) == ".":
            word = _LAST_WORD.search(masked, start, match.start())
            token = word.group(1).lstrip("\"'“‘([") if word else ""
            bare = token.lower()
            dotted = "." in bare and not any(c.isdigit() for c in bare)  # U.S., not 99.9
            if (bare in ABBREVIATIONS or dotted  # e.g., U.S., s.d.
                    or (len(token) == 1 and token.isalpha())):  # an initial: A. Rahman
                continue
        breaks.append(match.end())
    return breaks


def count_sentences(text: str) -> int:
    return len(sentence_breaks(text.strip())) + 1 if text.strip() else 0
