"""Rules on the statement: one plain sentence, with a number and a date (the S, M and T
of SMART), no unexplained jargon, and the same numbers and date as the fields."""

from __future__ import annotations

from collections.abc import Iterator

from kpi_catalog.checking.rules.registry import Context, Finding, rule
from kpi_catalog.checking.text import (
    count_sentences,
    find_dates,
    find_from_to,
    find_jargon,
    find_numbers,
    same_quantity,
)
from kpi_catalog.i18n.numbers import as_in_yaml
from kpi_catalog.model.diagnostics import Severity
from kpi_catalog.model.kpi import Kpi

STATEMENT = ("statement",)


def _and_list(shown: list[str], most: int = 3) -> str:
    """```a`, `b` and `c``: at most ``most`` items, then "and 2 more"."""
    more = len(shown) - most
    if more > 0:
        return ", ".join(shown[:most]) + f" and {more} more"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]



@rule("K101", "one-sentence", "The statement is one sentence.", Severity.WARNING)
def one_sentence(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    n = count_sentences(kpi.statement)
    if n > 1:
        yield Finding(STATEMENT, f"The statement has {n} sentences; write the KPI as one sentence.",
                      "Keep one sentence from the baseline to the target by a date; move "
                      "background to `description`.")


@rule("K102", "measurable", "The statement states a number (measurable).", Severity.WARNING)
def measurable(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    if not find_numbers(kpi.statement):
        yield Finding(STATEMENT, "The statement states no number; say how much, e.g. "
                      "\"from 120 to 200\".",
                      "A measurable KPI names the value to reach: a count, a percentage or an "
                      "amount.")


@rule("K103", "time-bound", "The statement states a date or deadline (time-bound).",
      Severity.WARNING)
def time_bound(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    if not find_dates(kpi.statement):
        yield Finding(STATEMENT, "The statement states no date; say by when, e.g. "
                      "\"by 31 December 2026\".",
                      "Write the deadline with its year: a day, a month (December 2026), a "
                      "quarter (Q4 2026) or a year (by 2027).")


@rule("K104", "no-jargon", "Acronyms in the statement are in the glossary or written out.",
      Severity.WARNING)
def no_jargon(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    terms = find_jargon(kpi.statement, ctx.glossary, ctx.known_words)
    if not terms:
        return
    listed = _and_list([f"`{t}`" for t in terms])
    verb = "is" if len(terms) == 1 else "are"
    yield Finding(STATEMENT, f"{listed} {verb} jargon that readers may not know.",
                  "Write it out, or add it to glossary.yml.")


@rule("K114", "no-vague-words", "The statement names what is measured, without vague verbs "
      "or buzzwords.", Severity.WARNING)
def no_vague_words(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    words = ctx.vague_words.find(kpi.statement)
    if not words:
        return
    listed = _and_list([f"`{w}`" for w in words])
    verb = "is a vague word" if len(words) == 1 else "are vague words"
    yield Finding(STATEMENT, f"{listed} {verb}: a reader cannot check what it means.",
                  "Name the measured thing and how it moves, e.g. \"raise repeat purchases "
                  "from 18% to 24%\" instead of \"drive loyalty\".")


@rule("K112", "statement-date-matches", "The date in the statement agrees with target.date.",
      Severity.WARNING)
def statement_date_matches(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    if kpi.target is None:
        return
    mentions = find_dates(kpi.statement)
    if mentions and not any(m.covers(kpi.target.date) for m in mentions):
        said = ", ".join(f"`{m.text}`" for m in mentions[:2])
        yield Finding(STATEMENT, f"The statement says {said} but target.date is "
                      f"{kpi.target.date.isoformat()}; make them agree.",
                      "Correct the date in the statement or in `target.date`.")


@rule("K113", "statement-numbers-match", "A \"from X to Y\" in the statement agrees with "
      "baseline.value and target.value.", Severity.WARNING)
def statement_numbers_match(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    phrase = find_from_to(kpi.statement)
    if phrase is None:
        return
    wrong = []
    if kpi.baseline is not None and not same_quantity(phrase.start, kpi.baseline.value):
        wrong.append(f"baseline.value is {as_in_yaml(kpi.baseline.value)}")
    target = kpi.target
    if target is not None and target.value is not None and not same_quantity(phrase.end,
                                                                             target.value):
        wrong.append(f"target.value is {as_in_yaml(target.value)}")
    if wrong:
        yield Finding(STATEMENT, f"The statement says `{phrase.text}` but "
                      + " and ".join(wrong) + "; make them agree.",
                      "Correct the numbers in the statement or in the fields.")
