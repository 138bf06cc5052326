"""Guesses at a mistyped id (reading/closest.py) stay cheap however many references are
broken: each id is guessed at once, and past MAX_GUESSES distinct ids the rest are reported
without a guess (a catalog whose every id was renamed would otherwise take minutes)."""

from __future__ import annotations

from kpi_catalog.reading.closest import MAX_GUESSES, Guesser, closest


def _guesser(reads: list[int]) -> Guesser:
    def names() -> dict[str, dict[str, str]]:
        reads.append(1)
        return {"won-deals": {"en": "Deals won per quarter"},
                "gross-margin": {"en": "Gross margin"},
                "on-time-delivery": {"en": "Orders delivered on time"},
                **{f"measure-{n}": {"en": f"Measure {n}"} for n in range(50)}}
    return Guesser(names)


def test_a_slip_is_guessed_and_the_names_are_read_once() -> None:
    reads: list[int] = []
    guesser = _guesser(reads)
    assert "`won-deals`" in guesser.did_you_mean("won-deal")
    assert "`won-deals`" in guesser.did_you_mean("won-deal")
    assert "`gross-margin`" in guesser.did_you_mean("gros-margin")
    assert reads == [1]


def test_past_the_budget_ids_not_guessed_before_get_no_guess() -> None:
    guesser = _guesser([])
    first = guesser.did_you_mean("won-deal")
    assert "`won-deals`" in first
    for n in range(MAX_GUESSES):
        guesser.did_you_mean(f"unrelated-{n}-x")
    assert guesser.did_you_mean("gros-margin") == ""  # a new id, past the budget
    assert guesser.did_you_mean("won-deal") == first  # guessed before: still said


def _large() -> dict[str, list[str]]:
    """A catalog past a thousand ids that read alike (`logistics-kpi-00827`)."""
    departments = ["logistics", "sales", "finance", "marketing", "operations"]
    return {f"{departments[n % 5]}-kpi-{n:05d}": [] for n in range(2000)}


def test_a_slip_of_one_letter_in_a_long_id_is_guessed_alone() -> None:
    assert closest("logistics-kpl-00820", _large()) == ["logistics-kpi-00820"]


def test_ids_about_equally_close_are_all_offered() -> None:
    entries = {f"logistics-kpi-0082{n}": [] for n in range(4)}
    found = closest("logistics-kpi-0082", entries)  # a digit left out: each reads alike
    assert len(found) == 3 and set(found) < set(entries)


def test_a_slip_of_the_first_letter_is_guessed_in_a_large_catalog() -> None:
    entries = {**_large(), "sales-won": ["Deals won"]}
    assert closest("eales-won", entries) == ["sales-won"]
    assert closest("fogistics-kpi-00820", entries) == ["logistics-kpi-00820"]


def test_a_first_letter_left_out_added_or_swapped_is_guessed_in_a_large_catalog() -> None:
    entries = {**_large(), "sales-won": ["Deals won"]}
    assert closest("ogistics-kpi-00820", entries) == ["logistics-kpi-00820"]  # left out
    assert closest("ales-won", entries) == ["sales-won"]
    assert closest("xlogistics-kpi-00820", entries) == ["logistics-kpi-00820"]  # put before
    assert closest("olgistics-kpi-00820", entries) == ["logistics-kpi-00820"]  # swapped
