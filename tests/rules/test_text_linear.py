"""Text analysis takes time linear in the length of a statement, whatever it holds.

A contributor's statement is hostile input: patterns that backtrack over a run, or a
search from the start of the text for every match, turn a 1 MB statement into hours of
CI. Each shape below once took time quadratic in its length.

Work is counted as this process's CPU time, not wall time (other jobs on the machine do
not count), and never against an absolute number: the analysis of a statement ten times
longer may cost at most 40 times as much, from 10 KB to 100 KB (a hundred times the longest
statement the model takes), and in `nox -s fuzz` from 100 KB to 1 MB too (at 1 MB the linear
work of the 49 shapes alone took about 6 of CI's minutes, twice: in `tests` and `lowest`).
Linear work costs about 10 times as much; quadratic work about 100 times. A CPU-time
timer (SIGPROF) stops each longer run at its budget, so a quadratic regression fails in
seconds instead of running for hours.
"""

from __future__ import annotations

import os
import signal
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpi_catalog.checking import text
from kpi_catalog.checking.agreement import compare_statements
from kpi_catalog.checking.text import (
    Glossary,
    count_sentences,
    find_bound,
    find_change,
    find_dates,
    find_from_to,
    find_jargon,
    find_numbers,
    find_range,
    find_relative_deadline,
    find_target,
    find_two_measures,
    verb_way,
)

FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"  # `nox -s fuzz`
SIZES = (10_000, 100_000, 1_000_000) if FUZZ else (10_000, 100_000)
BAR = 40  # ten times the text: linear ~10 times the work, quadratic ~100 times
GLOSSARY = Glossary.build(["CRM", "net promoter score", "Net Promoter Score (NPS)"])

SHAPES = {
    "numbers after letters": "a1 ",
    "abbreviation-like words": "Ab. ",
    "a run of punctuation": "!",
    "an e-mail-like run": "a.",
    "an e-mail-like run with @": "x+y-z@",
    "a run of capitals": "A",
    "capitalised syllables before capitals": "AbcDE",
    "acronyms before a parenthesis": "(AB ",
    "acronyms without their closing parenthesis": "AB (a ",
    "dates": "FY26 ",
    "ISO dates": "2026-01-01 ",
    "dotted digits": "1.1.",
    "from-to phrases": "from 1 to ",
    "amounts with a currency": "Rp1.000 ",
    "the same amount in percent": "12% ",
    "arrows": "1 → ",
    "baselines after the target": "to 1 (from ",
    "ranges": "between 1 and ",
    "dashed ranges": "1-",
    "signed amounts": "-1 ",
    "verbs": "bring down ",
    "targets named alone": "reach about 1 ",
    "targets after a verb": "reduce to ~1 ",
    "bounds": "at least 1 ",
    "bounds after the number": "1 or more ",
    "ratios": "1:1:",
    "quarters as budgets abbreviate them": "TW IV 2026 ",
    "school years": "2026/2027/",
    "every month of a year": "setiap akhir bulan 2026 ",
    "relative deadlines": "within the next 12 months from ",
    "relative deadlines in Indonesian": "dalam dua belas bulan ke ",
    "years after a deadline word": "sampai dengan 2026 di ",
    "levels of measures joined": "and a to 1, b menjadi 2 ",
    "baselines between levels": "to 1 from 2 and from 3 ",
    "measures named after their numbers": "to 1 a and 2 b and ",
    "second from-tos named after their numbers": "to 1 a and from 2 to 3 b ",
    "words between levels": "to 1 and a b c ",
    "measures named before their levels": "a b to 1 and ",
    "measures named after of": "to 1% of a and 2% of b ",
    "percentages after commas": "reach 1% a, 2% b, ",
    "verbs that set a level": "achieve 1 a and ",
    "durations in two units": "to 2 hours and 3 minutes ",
    "changes of measures": "by 1% and a by 2 points ",
    "measures after with": "to 1% with a to 2% with ",
    "measures after with, their last words": "to 1% with a b to 2% with b c ",
    "levels said again after or": "to 1, or a to 2, ",
    "changes by amounts of money": "by Rp1 and a by IDR 2 ",
    "changes said in a word": "to 1 and halve a and double ",
    "changes said in a word in Indonesian": "menjadi 1 dan a separuhnya dan 2 kali lipat ",
    "changes said in a word after commas": "Halve a, double the number of b, to 1 ",
    "verbs of change in Indonesian": "gandakan a, juga gandakan jumlah b menjadi 1 ",
    "changes said in a word after a comma or while": "a, doubled b while double c, triples d ",
    "verbs of change after sambil and seraya": "a sambil ganda b seraya menggandakanx c ",
    "changes said after their measure": "to 1 and a in half and b doubled in half of c ",
    "changes said after their measure in Indonesian": "menjadi 1 dan a digandakan, b "
    "dilipatgandakan ",
    "changes by counts": "by 1 a and b by 2 ",
    "counts after by that are no change": "by 1 pm by 2 months by 3 June ",
    "measures after with, their head words": "a b to 1% with c b to 2% with ",
    "measures after dengan, their head words": "a b menjadi 1% dengan a c minimal 2% dengan ",
    "verbs of change in emphasis": "a, *doubling* b while **double** c will _triple_ ",
    "kinds named with double": "a, double b c included, and triple d only. double e f g h ",
    "kinds named with double in Indonesian": "a double dan triple termasuk, double b saja ",
    "changes by durations and by years": "cut a b by 3 days by 2000 by 2027 sebanyak 2030 ",
    "names with hyphens after joiners": "to 1 and on-time-a-b-c ",
    "years before the words that make them counts": "by 2027 a-b-c-ds by 2000 to 1 pada 2027 "
    "orang lagi di 2030 kantor by 2000 in a b c d e f ",
    "counts after hingga beside baselines' years": "dari 40% pada 2024 hingga 2000 orang "
    "menjadi 2000 a dan ",
    "counts after hingga beside a deadline": "hingga 2028 a pada 2027 dan b hingga 2000 c ",
    "years after to and bounds": "grow a to 2000 b, up to 2000 c d at least *2000* e ",
    "mixed-case acronyms": "PPh PPnBM ",
    "acronyms opening brackets after words": "a (AB c d ",
    "thousands grouped by spaces": "111 ",
    "thousands grouped by spaces before a tolerance": "from 1 111 ± 1 to ",
    "shares of a whole": "1 in 2 dari 3 out of ",
    "tolerances": "1 ± 2% +/- ",
    "shares after a deadline and a comma": "By 2027, 95% a, ",
}


def analyse(statement: str) -> None:
    """Everything the statement rules ask of a statement."""
    count_sentences(statement)
    find_numbers(statement)
    find_dates(statement)
    find_jargon(statement, GLOSSARY)
    find_from_to(statement)
    find_range(statement)
    find_target(statement)
    find_bound(statement)
    find_change(statement)  # K113's
    verb_way(statement)
    find_relative_deadline(statement)
    find_two_measures(statement)
    compare_statements(statement, statement[::-1])  # a translation against its original


def _forget() -> None:
    text.find_dates.cache_clear()
    text.without_dates.cache_clear()
    text.find_from_to.cache_clear()
    text.find_two_measures.cache_clear()


def cpu_time(statement: str, work=analyse) -> float:
    _forget()
    start = time.process_time()
    work(statement)
    return time.process_time() - start


class _OverBudget(Exception):
    pass


def _stop(signum, frame):
    raise _OverBudget


def cpu_time_within(statement: str, budget: float, work=analyse) -> float | None:
    """CPU time of ``work``, or ``None`` when it exceeds ``budget`` seconds."""
    previous = signal.signal(signal.SIGPROF, _stop)
    try:
        signal.setitimer(signal.ITIMER_PROF, budget)
        try:
            return cpu_time(statement, work)
        except _OverBudget:
            return None
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
    finally:
        signal.signal(signal.SIGPROF, previous)
        _forget()


@pytest.mark.fuzz
@pytest.mark.parametrize("unit", SHAPES.values(), ids=SHAPES.keys())
def test_ten_times_the_statement_costs_at_most_40_times_the_work(unit):
    def statement(size: int) -> str:
        return unit * (size // len(unit))

    cost = min(cpu_time(statement(SIZES[0])) for _ in range(3))
    for shorter, size in zip(SIZES, SIZES[1:], strict=False):
        budget = BAR * max(cost, 1e-3)  # a floor: 10 KB can take well under a millisecond
        longer = cpu_time_within(statement(size), budget)
        assert longer is not None, (
            f"{size:,} characters of {unit!r} took over {budget:.2f} s of CPU: more than "
            f"{BAR} times the {cost:.3f} s of {shorter:,}, so the analysis is not linear")
        cost = longer


def test_the_budget_timer_stops_a_quadratic_analysis():
    """The timer itself works: it stops work that runs past its budget."""
    def quadratic(statement: str) -> None:
        for i in range(len(statement)):
            statement[:i].count("!")

    assert cpu_time_within("!" * 200_000, 0.2, quadratic) is None
    assert cpu_time_within("!" * 2_000, 5.0, quadratic) is not None


# --- generated text ----------------------------------------------------------------------

PIECES = [".", "!", "?", " ", "  ", "a", "A", "Ab", "AB", "1", "12", "2026", "1.2", "1,2",
          "@", "+", "-", "/", "(", ")", "&", "'", "\"", "”", "e.g.", "Rp", "IDR", "Q4", "H1",
          "FY", "Dec", "Desember", "from", "to", "dari", "menjadi", "by", "end of", "www.",
          "https://", "mailto:", "x@y.z", "%", "juta", "at least", "or more", "atau lebih", "1:",
          "TW", "tiap", "\n", "\u2028", "\u00a0", "\u202e"]
unit = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), min_size=1,
                max_size=8).map("".join).filter(bool)


@pytest.mark.fuzz
@settings(max_examples=1000 if FUZZ else 100, deadline=None, derandomize=not FUZZ,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40)
       .map("".join))
def test_any_text_is_analysed_without_an_error(statement):
    analyse(statement)


@pytest.mark.fuzz
@settings(max_examples=300 if FUZZ else 25, deadline=None, derandomize=not FUZZ,
          suppress_health_check=[HealthCheck.too_slow])
@given(unit)
def test_generated_repetitions_stay_linear(unit):
    """Any short unit repeated: 32 times the text costs at most 320 times the work
    (linear: ~32; quadratic: ~1,000)."""
    short, long = unit * (2_000 // len(unit) + 1), unit * (64_000 // len(unit) + 1)
    cost = min(cpu_time(short) for _ in range(3))
    budget = 10 * 32 * max(cost, 1e-3)
    assert cpu_time_within(long, budget) is not None, (
        f"64 KB of {unit!r} took over {budget:.2f} s of CPU, 320 times 2 KB")
