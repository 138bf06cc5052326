"""Rules on the statement: one plain sentence, with a number and a date (the S, M and T
of SMART), no unexplained jargon, and the same numbers and date as the fields."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kpi_catalog.checking.rules.registry import Context, Finding, rule
from kpi_catalog.checking.text import (
    DOWN,
    NEXT_WORD,
    RATIO,
    TIME_UNITS,
    UP,
    DateMention,
    FromTo,
    TwoMeasures,
    beyond_bound,
    change_agrees,
    count_amounts,
    count_sentences,
    counted_words,
    find_bound,
    find_change,
    find_dates,
    find_deadlines,
    find_from_to,
    find_jargon,
    find_lead_share,
    find_range,
    find_relative_deadline,
    find_target,
    find_two_measures,
    in_percent,
    re_lower,
    same_quantity,
    states_number,
    unemphasised,
    unit_word,
    verb_way,
    word_stem,
)
from kpi_catalog.i18n.labels import format_date
from kpi_catalog.i18n.messages import N_, _, current_language, ngettext
from kpi_catalog.i18n.numbers import as_in_yaml, format_number, number_marks
from kpi_catalog.model.diagnostics import Severity
from kpi_catalog.model.enums import Direction
from kpi_catalog.model.kpi import Kpi

STATEMENT = ("statement",)
_EXAMPLE_DEADLINE = date(2028, 6, 30)


def _and_list(shown: list[str], most: int = 3) -> str:
    """```a`, `b` and `c``: at most ``most`` items, then "and 2 more"."""
    more = len(shown) - most
    if more > 0:
        return _("{items} and {count} more", items=", ".join(shown[:most]), count=more)
    if len(shown) == 1:
        return shown[0]
    return _("{items} and {last}", items=", ".join(shown[:-1]), last=shown[-1])


@rule("K101", "one-sentence",
      N_("The statement is one sentence."),
      Severity.WARNING, reads_statement=True)
def one_sentence(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    n = count_sentences(kpi.statement)
    if n > 1:
        yield Finding(STATEMENT, _("The statement has {n} sentences; write the KPI as one "
                                   "sentence.", n=n),
                      _("Keep one sentence from the baseline to the target by a date; move "
                        "background to `description`."))


@rule("K123", "one-measure",
      N_("The statement moves one measure: not two KPIs joined in one sentence."),
      Severity.WARNING, reads_statement=True)
def one_measure(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    found = find_two_measures(kpi.statement)
    if found is not None:
        yield Finding(STATEMENT, _("The statement holds two KPIs: `{first}` and `{second}`; a "
                                   "KPI moves one measure from a baseline to a target.",
                                   first=found.first, second=found.second),
                      _("Split it into two KPI files, one measure each; or keep the second "
                        "measure in `description` as context."))


@rule("K102", "measurable",
      N_("The statement states a number (measurable)."),
      Severity.WARNING, reads_statement=True)
def measurable(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    if not states_number(kpi.statement) and not any(
            _year_counts(kpi, m) for m in find_dates(kpi.statement)):  # `hingga 2000 pelajar`
        yield Finding(STATEMENT, _("The statement states no number; say how much, e.g. \"from "
                                   "120 to 200\"."),
                      _("A measurable KPI names the value to reach: a count, a percentage or an "
                        "amount."))


_YEARS_BEFORE_BASELINE = 10


def _year_counts(kpi: Kpi, mention: DateMention, text: str | None = None) -> bool:
    """Whether a year alone after a word that leads to a count too (`hingga 2000`, `by 2029`)
    is a count: more than ten years before the baseline's (`hingga 2000 pelajar`, a baseline
    of 2025), as no deadline falls before the baseline; or before a word of what the KPI's
    unit counts, as many as a field says (`hingga 2029 berkas`, unit `berkas`, target 2029;
    `by 2026 store visit`, unit `store visits`, from 4,000 to 6,026): not `by 2027 store by
    store` of a KPI of `% of stores`. A year nearer is a date, wrong (K112: `by 2024`)."""
    if not mention.alone:
        return False
    year = mention.periods[0][1].year
    if kpi.baseline and year < kpi.baseline.date.year - _YEARS_BEFORE_BASELINE:
        return True
    if year not in _field_amounts(kpi):
        return False
    after = NEXT_WORD.match(unemphasised(kpi.statement if text is None else text), mention.end)
    return after is not None and word_stem(re_lower(after.group(1))) in counted_words(
        kpi.measurement.unit)


def _counted_years(kpi: Kpi, text: str) -> frozenset[int]:
    """Where the years of ``text`` end that :func:`_year_counts` makes counts: K113 reads them
    as amounts (`Menjangkau hingga 2000 pelajar.` with a target of 2500)."""
    return frozenset(m.end for m in find_dates(text) if _year_counts(kpi, m, text))


def _field_amounts(kpi: Kpi) -> set[float]:
    """The amounts the fields state: the baseline's and target's values, the target's range
    and the change from one to the other."""
    base = kpi.baseline.value if kpi.baseline else None
    target = kpi.target
    amounts = {base} | ({target.value, target.min, target.max} if target else set())
    if base is not None and target is not None and target.value is not None:
        amounts.add(abs(target.value - base))
    return {a for a in amounts if a is not None}


def _deadlines(kpi: Kpi) -> list[DateMention]:
    """The statement's deadlines (:func:`find_deadlines`), less the years that are counts
    (:func:`_year_counts`)."""
    return [m for m in find_deadlines(kpi.statement) if not _year_counts(kpi, m)]


@rule("K103", "time-bound",
      N_("The statement states a date or deadline (time-bound)."),
      Severity.WARNING, reads_statement=True)
def time_bound(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    if _deadlines(kpi):
        return  # a baseline's date (`from 88% in 2025`) is no deadline
    relative = find_relative_deadline(kpi.statement)
    deadline = kpi.target.date if kpi.target else _EXAMPLE_DEADLINE  # the KPI's own, to copy
    if relative is not None:
        yield Finding(STATEMENT, _("The statement states no date: `{said}` does not say from "
                                   "when it counts; write the day it ends, e.g. \"by "
                                   "{deadline}\".", said=relative,
                                   deadline=format_date(deadline, current_language())),
                      _("A relative deadline means another day each time the KPI is read; a "
                        "date with its year (a day, a month, a quarter or a year) stays the "
                        "same, and agrees with `target.date`."))
    else:
        yield Finding(STATEMENT, _("The statement states no date; say by when, e.g. \"by "
                                   "{deadline}\".",
                                   deadline=format_date(deadline, current_language())),
                      _("Write the deadline with its year: a day, a month (December 2026), a "
                        "quarter (Q4 2026) or a year (by 2027)."))


@rule("K104", "no-jargon",
      N_("Acronyms in the statement are in the glossary or written out."),
      Severity.WARNING, reads_statement=True)
def no_jargon(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    if ctx.glossary_unread:  # its error says why; each acronym would be reported meanwhile
        return
    terms = find_jargon(kpi.statement, ctx.glossary, ctx.known_words)
    if not terms:
        return
    listed = _and_list([f"`{t}`" for t in terms])
    yield Finding(STATEMENT, ngettext("{listed} is jargon that readers may not know.",
                                      "{listed} are jargon that readers may not know.",
                                      len(terms), listed=listed),
                  _("Write it out, or add it to glossary.yml."))


@rule("K114", "no-vague-words",
      N_("The statement names what is measured, without vague verbs or buzzwords."),
      Severity.WARNING, reads_statement=True)
def no_vague_words(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    words = ctx.vague_words.find(kpi.statement)
    if not words:
        return
    listed = _and_list([f"`{w}`" for w in words])
    yield Finding(STATEMENT, ngettext("{listed} is a vague word: a reader cannot check what it "
                                      "means.",
                                      "{listed} are vague words: a reader cannot check what it "
                                      "means.", len(words), listed=listed),
                  _("Name the measured thing and how it moves, e.g. \"raise repeat purchases "
                    "from 18% to 24%\" instead of \"drive loyalty\"."))


@rule("K112", "statement-date-matches",
      N_("The date in the statement agrees with target.date."),
      Severity.WARNING, reads_statement=True)
def statement_date_matches(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    if kpi.target is None or kpi.runs_backwards:
        return  # K106 or E311 names the target dated before the baseline
    mentions = _deadlines(kpi)
    if mentions and not any(m.covers(kpi.target.date) for m in mentions):
        said = ", ".join(f"`{m.text}`" for m in mentions[:2])
        yield Finding(STATEMENT, _("The statement says {said} but target.date is {target_date}; "
                                   "make them agree.",
                                   said=said, target_date=kpi.target.date.isoformat()),
                      _("Correct the date in the statement or in `target.date`."))


@rule("K113", "statement-numbers-match",
      N_("A \"from X to Y\" in the statement agrees with baseline.value and target.value; a target"
         " named alone, with target.value; a bound (at least X, no more than X), with a "
         "target.value on its side; a range, with target.min and target.max; a change (halve, "
         "double, by 20%, by 5 percentage points), with the way from baseline.value to "
         "target.value."),
      Severity.WARNING, reads_statement=True)
def statement_numbers_match(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    findings = _numbers_findings(kpi, kpi.statement)
    if findings:
        two = find_two_measures(kpi.statement)  # K123's; the fields hold one of the two
        if two is not None and _other_measure_agrees(kpi, two):
            return
    yield from findings


def _numbers_findings(kpi: Kpi, text: str) -> list[Finding]:
    findings = [*_range_matches(kpi, text), *_numbers_match(kpi, text)]
    return findings or list(_change_matches(kpi, text))


def _other_measure_agrees(kpi: Kpi, two: TwoMeasures) -> bool:
    """Whether the fields are those of one of a two-KPI statement's measures, so that the
    other's numbers are no disagreement (`Resolve 90% of claims … and cut the appeal rate to
    10%`): the first's numbers disagree with nothing, or the second's agree with them."""
    first, second = kpi.statement[:two.at], kpi.statement[two.at:]
    if not _numbers_findings(kpi, first):
        return True
    read = (find_from_to(second) or find_range(second) or find_target(second)
            or find_bound(second) or find_change(second))
    return read is not None and not _numbers_findings(kpi, second)


def _numbers_match(kpi: Kpi, text: str) -> Iterator[Finding]:
    """A "from X to Y", or a target or bound named alone, against the fields."""
    phrase = find_from_to(text)
    if phrase is None:
        yield from _target_matches(kpi, text)
        return
    baseline_value = kpi.baseline.value if kpi.baseline else None
    target_value = kpi.target.value if kpi.target else None
    baseline = _unlike(phrase.start, baseline_value, phrase.start_about)
    target = _unlike(phrase.end, target_value, phrase.end_about)
    said = phrase.text
    if (not (baseline or target) and baseline_value is not None and target_value is not None
            and _units_mixed(phrase, baseline_value, target_value, kpi.measurement.unit)):
        yield Finding(STATEMENT, _(
            "The statement says `{said}` but baseline.value is {baseline} and target.value is "
            "{target}; make them agree.", said=said, baseline=as_in_yaml(baseline_value),
            target=as_in_yaml(target_value)), _two_units_hint(phrase, kpi.measurement.unit))
        return
    if baseline and target:
        message = _("The statement says `{said}` but baseline.value is {baseline} and "
                    "target.value is {target}; make them agree.", said=said,
                    baseline=baseline, target=target)
    elif baseline:
        message = _("The statement says `{said}` but baseline.value is {baseline}; make them "
                    "agree.", said=said, baseline=baseline)
    elif target:
        message = _("The statement says `{said}` but target.value is {target}; make them "
                    "agree.", said=said, target=target)
    else:
        return
    yield Finding(STATEMENT, message,
                      _("Correct the numbers in the statement or in the fields."))


def _change_matches(kpi: Kpi, text: str) -> Iterator[Finding]:
    """A change named in the statement (`halve`, `double`, `by 20%`, `by 5 percentage
    points`) against the way from baseline.value to target.value."""
    if kpi.baseline is None or kpi.target is None or kpi.target.value is None:
        return
    change = find_change(text)
    if change is None:
        return
    baseline, target = kpi.baseline.value, kpi.target.value
    if change_agrees(change, baseline, target):
        return
    shown = dict(said=change.text, baseline=as_in_yaml(baseline), target=as_in_yaml(target))
    if change.ratios and baseline > 0:
        percent = format_number((target / baseline - 1) * 100,
                                number_marks(current_language()), 1)
        message = _("The statement says `{said}` but from baseline.value {baseline} to "
                    "target.value {target} is a change of {change}%; make them agree.",
                    change=("+" if target > baseline else "") + percent, **shown)
    else:
        message = _("The statement says `{said}` but baseline.value {baseline} and "
                    "target.value {target} are {points} apart; make them agree.",
                    points=as_in_yaml(abs(target - baseline)), **shown)
    yield Finding(STATEMENT, message,
                  _("Correct the change in the statement (halve, double, by 20%, by 5 "
                    "percentage points) or the values in the fields."))


def _range_matches(kpi: Kpi, text: str) -> Iterator[Finding]:
    """A range in the statement (`between 95% and 98%`) against the target's range."""
    target = kpi.target
    if target is None or target.min is None or target.max is None:
        return
    phrase = find_range(text)
    if phrase is None:
        return
    mixed = _units_mixed(phrase, target.min, target.max, kpi.measurement.unit)
    if (_unlike(phrase.start, target.min, phrase.start_about)
            or _unlike(phrase.end, target.max, phrase.end_about) or mixed):
        yield Finding(STATEMENT, _("The statement says `{said}` but the target range is {low} "
                                   "to {high} (target.min, target.max); make them agree.",
                                   said=phrase.text, low=as_in_yaml(target.min),
                                   high=as_in_yaml(target.max)),
                      _two_units_hint(phrase, kpi.measurement.unit) if mixed
                      else _("Correct the numbers in the statement or in the fields."))


def _units_mixed(phrase: FromTo, first: float | None, second: float | None,
                 unit: str) -> bool:
    """Whether the fields' two values agree with the phrase's ends in two units of time only
    by reading each end in another unit (`between 2 hours and 30 minutes`: min 0.5, in
    hours, with max 120, in minutes), or in another unit than the KPI's ``unit`` (120 and
    30 for a KPI in hours): a KPI's fields are in its one unit."""
    if not phrase.in_one_unit or first is None or second is None:
        return False
    return not any(
        same_quantity(start, first, phrase.start_about)
        and same_quantity(end, second, phrase.end_about)
        for start, end in _readings(phrase, unit))


def _readings(phrase: FromTo, unit: str) -> tuple[tuple[frozenset[float], frozenset[float]], ...]:
    """The phrase's ends read in one unit: in the KPI's ``unit`` where the phrase names it
    (`hours`, `jam`, `hours per ticket`), else in either of the two."""
    named = TIME_UNITS.get(unit_word(unit))
    kept = tuple(reading for reading, word in zip(phrase.in_one_unit, phrase.units, strict=True)
                 if named is not None and TIME_UNITS.get(re_lower(word)) == named)
    return kept or phrase.in_one_unit


def _two_units_hint(phrase: FromTo, unit: str) -> str:
    """What the ends in two units of time are in one unit: the fields hold one of those (the
    one of the KPI's unit, where the phrase names it)."""
    readings = _readings(phrase, unit)
    if len(readings) == 1:
        (low, high), = readings
        return _("The statement names two units of time; in the KPI's unit, {unit}, its "
                 "numbers are {low} and {high}. Correct the fields or the statement.",
                 unit=unit, low=_one(low), high=_one(high))
    (first_low, first_high), (second_low, second_high) = phrase.in_one_unit
    first_unit, second_unit = phrase.units
    return _("The statement names two units of time; the fields hold both numbers in the "
             "KPI's one unit: {first_low} and {first_high} ({first_unit}), or {second_low} "
             "and {second_high} ({second_unit}). Correct the fields or the statement.",
             first_low=_one(first_low), first_high=_one(first_high), first_unit=first_unit,
             second_low=_one(second_low), second_high=_one(second_high),
             second_unit=second_unit)


def _one(values: frozenset[float]) -> str:
    """One reading of a number the statement writes (the smallest, `1,200` may be 1.2), to
    four digits (4 hours are 0.1667 days)."""
    return as_in_yaml(float(f"{min(values):.4g}"))


def _target_matches(kpi: Kpi, text: str) -> Iterator[Finding]:
    """A target named alone (`reach 95%`, `reduce churn to 3%`) against target.value."""
    if kpi.target is None or kpi.target.value is None:
        return
    counts = _counted_years(kpi, text)
    named = find_target(text, counts)
    if named is None and in_percent(kpi.measurement.unit):
        named = find_lead_share(text)  # `Deliver 98% of parcels within 48 hours`
    if named is None:
        yield from _bound_matches(text, kpi.target.value, counts,
                                  kpi.baseline.value if kpi.baseline else None)
        return
    target = _unlike(named.values, kpi.target.value, named.about)
    if target:
        yield Finding(STATEMENT, _("The statement says `{said}` but target.value is {target}; "
                                   "make them agree.", said=named.text, target=target),
                      _("Correct the number in the statement or in `target.value`."))


def _bound_matches(text: str, value: float, counts: frozenset[int],
                   baseline: float | None) -> Iterator[Finding]:
    """A bound named alone (`at least 18%`, `tidak lebih dari 1,5%`) against target.value:
    only a value on the wrong side of it disagrees (a target of 20 keeps "at least 18%"); a
    bound of the change (`menambah hingga 2000 nasabah baru`), against the change from
    baseline.value."""
    bound = find_bound(text, counts)
    if bound is None or (bound.change and baseline is None):
        return
    bounded = value - baseline if bound.change and baseline is not None else value
    if not beyond_bound(bound.values, bounded, bound.at_least, bound.about):
        return
    if bound.change and baseline is not None:
        yield Finding(STATEMENT, _(
            "The statement says `{said}`, the most the value is to grow by, but from "
            "baseline.value {baseline} to target.value {target} it grows by {change}; make "
            "them agree.", said=bound.text, baseline=as_in_yaml(baseline),
            target=as_in_yaml(value), change=as_in_yaml(bounded)),
            _("Correct the number in the statement, or baseline.value or target.value."))
        return
    yield Finding(STATEMENT, _("The statement says `{said}` but target.value is {target}; "
                               "make them agree.", said=bound.text, target=as_in_yaml(value)),
                  _("Correct the number in the statement or in `target.value`."))


def _unlike(stated: frozenset[float], value: float | None, about: bool = False) -> str | None:
    """``value`` as its YAML writes it, when the statement says another number (one said to
    be approximate, `about 30%`, may be off by APPROXIMATE of itself)."""
    if value is None or same_quantity(stated, value, about):
        return None
    return as_in_yaml(value)


@rule("K121", "statement-verb-matches",
      N_("The statement's verb moves the value the way its numbers go and the KPI's direction "
         "says."),
      Severity.WARNING, reads_statement=True)
def statement_verb_matches(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    if RATIO.search(kpi.statement):
        return  # 1:3,000 to 1:2,500 raises the ratio while its number falls
    phrase = find_from_to(kpi.statement)
    if phrase is not None:
        yield from _verb_against_numbers(kpi.statement[:phrase.offset], phrase)
    elif kpi.direction in (Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER):
        yield from _verb_against_direction(kpi)


def _moves(start: frozenset[float], end: frozenset[float]) -> set[int]:
    """The ways a value may move from ``start`` to ``end`` (each set: what a written number
    may mean, `1,200`; both read alike); by size too when a number is negative (`reduce net
    losses from -12% to -5%`: the loss shrinks while the number rises). Empty when in doubt."""
    if not start or not end:
        return set()
    ways = {_way(min(start), min(end)), _way(max(start), max(end))}
    moves = ways - {0} if len(ways) == 1 else set()
    if moves and (min(start) < 0 or min(end) < 0):
        sizes = _moves(frozenset(map(abs, start)), frozenset(map(abs, end)))
        return moves | sizes if sizes else set()
    return moves


def _way(first: float, last: float) -> int:
    return UP if last > first else DOWN if last < first else 0


def _verb_against_numbers(before: str, phrase: FromTo) -> Iterator[Finding]:
    """The verb before a "from X to Y" against the way X to Y goes."""
    said = verb_way(before)
    if said is None:
        return
    way, verb = said
    moves = _moves(phrase.start, phrase.end)
    if not moves or way in moves:
        return
    if way == UP:
        yield Finding(STATEMENT, _("The statement says `{verb}` but its numbers fall "
                                   "(`{said}`); make them agree.", verb=verb, said=phrase.text),
                      _("Write a verb that lowers the value (reduce, cut), or correct the "
                        "numbers: the baseline first, then the target."))
    else:
        yield Finding(STATEMENT, _("The statement says `{verb}` but its numbers rise "
                                   "(`{said}`); make them agree.", verb=verb, said=phrase.text),
                      _("Write a verb that raises the value (increase, raise), or correct the "
                        "numbers: the baseline first, then the target."))


def _verb_against_direction(kpi: Kpi) -> Iterator[Finding]:
    """The verb of a statement without "from X to Y" against the KPI's direction."""
    values = [v for v in (kpi.baseline.value if kpi.baseline else None,
                          kpi.target.value if kpi.target else None) if v is not None]
    if any(v < 0 for v in values):
        return  # `reduce net losses to -5%`: the verb may speak of the loss's size
    if count_amounts(kpi.statement) > 1:
        return  # `cut the wait to under 30 minutes for 90% of patients`: which one moves?
    said = verb_way(kpi.statement)
    if said is None:
        return
    way, verb = said
    if way == UP and kpi.direction is Direction.LOWER_IS_BETTER:
        yield Finding(STATEMENT, _("The statement says `{verb}` but lower is better "
                                   "(direction: lower_is_better); make them agree.", verb=verb),
                      _("Write a verb that lowers the value (reduce, cut), or, if higher is "
                        "better, set `direction: higher_is_better`."))
    elif way != UP and kpi.direction is Direction.HIGHER_IS_BETTER:
        yield Finding(STATEMENT, _("The statement says `{verb}` but higher is better "
                                   "(direction: higher_is_better); make them agree.", verb=verb),
                      _("Write a verb that raises the value (increase, raise), or, if lower "
                        "is better, set `direction: lower_is_better`."))
