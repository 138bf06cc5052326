"""The language helpers behind the statement rules: sentences, dates, numbers."""

from __future__ import annotations

from datetime import date

import pytest

from kpi_catalog.checking.text import (
    DOWN,
    UP,
    count_amounts,
    count_sentences,
    find_bound,
    find_change,
    find_dates,
    find_from_to,
    find_numbers,
    find_target,
    find_two_measures,
    number_values,
    states_number,
    verb_way,
)


@pytest.mark.parametrize("text", [
    "Grow from 12.5 to 15 by 2027.",
    "Naik dari 1.200 menjadi 2.000 pada 2027.",
    "Raise sales to Rp. 5 miliar by 2027.",
    "Cut costs, e.g. Freight and Fuel, by 2027.",
    "Cut costs, i.e. Freight, by 2027.",
    "Kurangi biaya (bensin, tol, dll.) Jakarta pada 2027.",
    "Kurangi biaya (bensin, tol, dsb.) Bandung pada 2027.",
    "Ship order No. 5 first vs. Order No. 6 by 2027.",
    "Work with A. Rahman and J. R. Smith by 2027.",
    "See https://example.com/Plan.Html and www.Example.com. For details by 2027",
    "Open at 10.30 WIB by 2027.",
    "Supply PT Maju Tbk. Surabaya by Dec. 2027.",
    "Ship to the U.S. Market by 2027.",
    "Naikkan penjualan s.d. Desember 2027.",
])
def test_one_sentence(text):
    assert count_sentences(text) == 1


@pytest.mark.parametrize(("text", "n"), [
    ("Grow by 10% by 2027. Then hold.", 2),
    ("Grow by 10% by 2027! Then hold? Yes.", 3),
    ("Naik 10% pada 2027. Lalu bertahan.", 2),
    ("Grow by 10% by 2027.  \n  Then hold.", 2),
    ("Grow by 10% (by 2027). Then hold.", 2),
    ("He said \"grow by 10%.\" Then we held.", 2),
    ("Raise availability to 99.9%. Then keep it there.", 2),  # a decimal is no abbreviation
    ("Naikkan pelanggan dari 1.200 menjadi 2.000. Target ini mendukung rencana.", 2),
    ("Grow to 12.5. Then hold.", 2),
])
def test_several_sentences(text, n):
    assert count_sentences(text) == n


@pytest.mark.parametrize(("text", "first", "last"), [
    ("by 31 December 2026", "2026-12-31", "2026-12-31"),
    ("by 31 Desember 2026", "2026-12-31", "2026-12-31"),
    ("by 31 Des 2026", "2026-12-31", "2026-12-31"),
    ("by 1st of August, 2027", "2027-08-01", "2027-08-01"),
    ("pada 17 Agustus 2027", "2027-08-17", "2027-08-17"),
    ("pada 17 Agu 2027", "2027-08-17", "2027-08-17"),
    ("pada 31 Mei 2027", "2027-05-31", "2027-05-31"),
    ("by December 31, 2026", "2026-12-31", "2026-12-31"),
    ("by December 2026", "2026-12-01", "2026-12-31"),
    ("by Dec. 2026", "2026-12-01", "2026-12-31"),
    ("pada Februari 2028", "2028-02-01", "2028-02-29"),
    ("by 2026-12-31", "2026-12-31", "2026-12-31"),
    ("by 2026-06", "2026-06-01", "2026-06-30"),
    ("by 31/12/2026", "2026-12-31", "2026-12-31"),
    ("by 31-12-2026", "2026-12-31", "2026-12-31"),
    ("by Q4 2026", "2026-10-01", "2026-12-31"),
    ("by Q1-2027", "2027-01-01", "2027-03-31"),
    ("by 2027 Q2", "2027-04-01", "2027-06-30"),
    ("by H1 2027", "2027-01-01", "2027-06-30"),
    ("by the third quarter of 2027", "2027-07-01", "2027-09-30"),
    ("pada triwulan IV 2026", "2026-10-01", "2026-12-31"),
    ("pada kuartal ke-2 tahun 2027", "2027-04-01", "2027-06-30"),
    ("pada semester 2 2027", "2027-07-01", "2027-12-31"),
    ("by the end of 2026", "2026-10-01", "2026-12-31"),
    ("by year-end 2026", "2026-10-01", "2026-12-31"),
    ("by mid-2027", "2027-04-01", "2027-09-30"),
    ("pada akhir 2026", "2026-10-01", "2026-12-31"),
    ("pada akhir tahun 2026", "2026-10-01", "2026-12-31"),
    ("pada awal 2027", "2027-01-01", "2027-03-31"),
    ("pada tahun 2027", "2027-01-01", "2027-12-31"),
    ("by 2027.", "2027-01-01", "2027-12-31"),
    ("in FY2027", "2027-01-01", "2027-12-31"),
    # a year alone, after the words both languages put before it
    ("naik menjadi 200 di 2027.", "2027-01-01", "2027-12-31"),
    ("naik menjadi 200 di 2027 untuk semua cabang", "2027-01-01", "2027-12-31"),
    ("naik menjadi 200 dalam 2027", "2027-01-01", "2027-12-31"),
    ("naik menjadi 200 sampai dengan 2027", "2027-01-01", "2027-12-31"),
    ("grow to 200 in the year 2027", "2027-01-01", "2027-12-31"),
    ("grow to 200 in fiscal year 2027", "2027-01-01", "2027-12-31"),
    ("grow to 200 within 2027", "2027-01-01", "2027-12-31"),
    ("grow to 200 over 2027", "2027-01-01", "2027-12-31"),
    ("grow to 200 by end of 2027", "2027-10-01", "2027-12-31"),
    # "before 2028" is met by the end of 2027
    ("grow to 200 before 2028.", "2027-01-01", "2027-12-31"),
    ("naik menjadi 200 sebelum 2028.", "2027-01-01", "2027-12-31"),
    # the second half of a year, as Indonesian writes it
    ("pada paruh kedua 2027", "2027-07-01", "2027-12-31"),
    ("pada paruh pertama tahun 2027", "2027-01-01", "2027-06-30"),
    ("pada S2 2027", "2027-07-01", "2027-12-31"),
    # as plans, reports and sectors write them
    ("by Q4/2027", "2027-10-01", "2027-12-31"),
    ("pada TW IV/2027", "2027-10-01", "2027-12-31"),
    ("pada Semester II/2027", "2027-07-01", "2027-12-31"),
    ("hingga kuartal terakhir 2027", "2027-10-01", "2027-12-31"),
    ("by Q4 FY27", "2027-10-01", "2027-12-31"),
    ("by Dec '27", "2027-12-01", "2027-12-31"),
    ("by 2027/06/30", "2027-06-30", "2027-06-30"),
    ("pada 2027.06.30", "2027-06-30", "2027-06-30"),
    ("in CY2027", "2027-01-01", "2027-12-31"),
    ("pada T.A. 2027", "2027-01-01", "2027-12-31"),
    ("by EOY2027", "2027-10-01", "2027-12-31"),
    ("in early 2027", "2027-01-01", "2027-03-31"),
    ("by late 2027", "2027-10-01", "2027-12-31"),
    ("in the 2027 financial year", "2027-01-01", "2027-12-31"),
    ("by the 2027 milling season", "2027-01-01", "2027-12-31"),
    ("pada musim giling 2027", "2027-01-01", "2027-12-31"),
    ("350 penerima per tahun mulai 2027", "2027-01-01", "2027-12-31"),
    ("the minimum wage to IDR 5 million from 2027.", "2027-01-01", "2027-12-31"),
    ("upah minimum menjadi Rp 5 juta dari 2027.", "2027-01-01", "2027-12-31"),
    # a period's word before a year that a date word leads, in both languages alike
    ("stock opname bulanan pada 2027", "2027-01-01", "2027-12-31"),
    ("stock opname bulanan tahun 2027", "2027-01-01", "2027-12-31"),
    ("monthly stock count in 2027", "2027-01-01", "2027-12-31"),
    # a joiner after the year ends it as and/dan/while do (stmt16: K103 said no date)
    ("naik menjadi 200 pada 2027 sambil menjaga mutu", "2027-01-01", "2027-12-31"),
    ("naik menjadi 200 pada 2027 seraya menjaga mutu", "2027-01-01", "2027-12-31"),
    ("grow to 200 in 2027 whilst keeping quality", "2027-01-01", "2027-12-31"),
    ("grow to 200 in 2027 plus 50 volunteers", "2027-01-01", "2027-12-31"),
    # stmt18: a year is a date unless what follows makes it a count, whatever word follows
    ("cut water losses to 25% by 2027 statewide", "2027-01-01", "2027-12-31"),
    ("to 900 cases by 2027 per the judicial council's plan", "2027-01-01", "2027-12-31"),
    ("to 97% by 2027 regardless of the season", "2027-01-01", "2027-12-31"),
    ("to 60% by 2027 vs. the 2025 level", "2027-01-01", "2027-12-31"),
    ("to 90% in 2027 overall", "2027-01-01", "2027-12-31"),
    ("by late 2027 nationally", "2027-10-01", "2027-12-31"),
    ("menjadi 25% pada 2027 berdasarkan rencana bisnis", "2027-01-01", "2027-12-31"),
    ("menjadi 80% pada 2027 mendatang", "2027-01-01", "2027-12-31"),
    ("menjadi 75% pada 2027 lintas rumah sakit", "2027-01-01", "2027-12-31"),
    ("menjadi 6 per 10.000 pelanggan pada 2027 per operator", "2027-01-01", "2027-12-31"),
    ("reach 95% by 2027 a year ahead of plan", "2027-01-01", "2027-12-31"),
    # and a count before a deadline of its own is none (`by 2000 in 2027`: one date)
    ("grow members by 2000 in 2027", "2027-01-01", "2027-12-31"),
    # a year before a count of its own is a date (stmt19: `in 2030 villages` made it a count)
    ("connect 90% of homes by 2027 in 2030 villages", "2027-01-01", "2027-12-31"),
    ("sambungkan 90% rumah pada 2027 dalam 2030 desa", "2027-01-01", "2027-12-31"),
    ("vaccinate 90% of cattle by 2027 in 2030 herds", "2027-01-01", "2027-12-31"),
    # and before an adverb that ends in s, no plural (stmt19)
    ("cut falls from 12 to 6 a month by 2027 indoors and outdoors", "2027-01-01", "2027-12-31"),
    ("raise play from 30 to 60 minutes by 2027 outdoors", "2027-01-01", "2027-12-31"),
    ("raise bids to 60% by 2027 upwards of plan", "2027-01-01", "2027-12-31"),
    # a span of years, dated by its end (stmt22: it was a range of counts, no date)
    ("keep the plant open from 2025 to 2027 with uptime at 99%", "2027-01-01", "2027-12-31"),
    ("jaga pabrik tetap buka dari 2025 hingga 2027", "2027-01-01", "2027-12-31"),
    ("keep churn below 3% between 2026 and 2028.", "2028-01-01", "2028-12-31"),
    # and a count before a word of its kind and a plural is none (stmt22)
    ("grow the register by 2030 funeral directors in 2027", "2027-01-01", "2027-12-31"),
    # `pada` and `tahun` cut short, as notes write them: `pd`, `thn`, `th.` (stmt23: no date)
    ("turunkan rasio klaim menjadi 62% pd 2027", "2027-01-01", "2027-12-31"),
    ("kurangi tunggakan pd akhir thn 2027", "2027-10-01", "2027-12-31"),
    ("pulihkan 95% gangguan pada thn 2027", "2027-01-01", "2027-12-31"),
    ("naikkan simpanan pd th. 2027", "2027-01-01", "2027-12-31"),
    ("capai 90% pada triwulan III thn 2027", "2027-07-01", "2027-09-30"),
    ("capai 90% pada musim tanam thn 2027", "2027-01-01", "2027-12-31"),
    # a plural that ends a part of its own (stmt23: a count, no date)
    ("open 3 terminals by 2027 year-round operations included", "2027-01-01", "2027-12-31"),
    ("buka 3 terminal pada 2027 unit sewa termasuk", "2027-01-01", "2027-12-31"),
    # an event the year names (stmt23: no date)
    ("win 5 medals at the 2027 SEA Games", "2027-01-01", "2027-12-31"),
    ("raih 5 medali pada SEA Games 2027", "2027-01-01", "2027-12-31"),
    ("raise turnout at the 2027 regional election", "2027-01-01", "2027-12-31"),
])
def test_dates(text, first, last):
    [mention] = find_dates(text)
    assert mention.periods[0] == (date.fromisoformat(first), date.fromisoformat(last))


@pytest.mark.parametrize("text", [
    "by December", "within 12 months", "dalam 6 bulan", "by 2000 units",
    "by 2026-13", "every month", "Q4", "akhir tahun ini",
    "by 10.30", "from 1.200 to 2.000", "di 2027 kantor", "over 2027 customers",
    "for 2030 households", "bekerja paruh waktu 2027", "cut late 2000 orders", "Q4 27",
    "by Dec 27", "from the 2025 level", "dari 2026 menjadi 2027",
    # two values a verb of change moves, no span of years (stmt22; "from 2026 to 2027" alone
    # was here: a span is a date now)
    "grow members from 2026 to 2027", "cut stock from 2026 to 2027 units",
    # a year alone after words that make it no date, in either language (K103's page)
    "stock opname bulanan 2027", "monthly stock count 2027", "laporan tahunan 2027",
    # stmt18: a number written like a year that what follows makes a count
    "by 2030 cases", "by 2000 new members", "by 2028 more donors", "by 2000 people",
    "by 2025 households a year", "by 2000 to 12,000", "by 2000 on average", "by 2000 a month",
    "by 2026 tonnes", "by 2000 staff", "by 2030 million",
    "hingga 2000 orang", "sampai 2030 perkara", "hingga 2000 nasabah baru", "untuk 2000 desa",
    "di 2030 desa", "untuk 2026 rumah tangga", "hingga 2000 orang lagi", "sampai 2027 unit",
    # a word cut short is read as in full: a count stays one (`pd 2000 desa`), an ordinal no
    # `th.` (`the 5th. 2027`)
    "pd 2030 desa", "the 5th. 2027",
    # a name before a count is no event (`di Jawa 2030 desa`)
    "di Jawa 2030 desa", "at SEA Games 2027 medals",
])
def test_not_dates(text):
    assert not find_dates(text)


def test_an_impossible_day_leaves_its_month():
    [mention] = find_dates("by 31 February 2027")
    assert mention.text == "February 2027"


@pytest.mark.parametrize(("text", "numbers"), [
    ("from 1,200 to 2,000", ["1,200", "2,000"]),
    ("dari 1.200 menjadi 2.000", ["1.200", "2.000"]),
    ("to 12,5% and 12.5%", ["12,5", "12.5"]),
    ("to Rp 5 miliar", ["5", "miliar"]),
    ("to Rp5.000.000", ["5.000.000"]),
    ("to IDR 2.5 billion", ["2.5", "billion"]),
    ("within 30 days", ["30"]),
    ("double it", ["double"]),
    ("tiga puluh persen", ["tiga", "puluh", "persen"]),
    ("in Q4 with B2B and H1 by 31 December 2026", []),
])
def test_numbers(text, numbers):
    assert [n.text for n in find_numbers(text)] == numbers


def test_written_numbers_in_both_languages():
    assert number_values("1,200") == {1200.0, 1.2}
    assert number_values("1.200") == {1.2, 1200.0}
    assert number_values("12,5") == {12.5}
    assert number_values("1.200.000") == {1200000.0}
    assert number_values("1,200,000.5") == {1200000.5}


@pytest.mark.parametrize(("statement", "ratio"), [
    ("Kurangi biaya ſetengahnya pada 2027.", 0.5),  # ſ: the long s, which re.I reads as s
    ("Sales will doubleſ by 2027.", 2.0),
    ("Sales will doublE by 2027.", 2.0),
])
def test_a_change_written_with_letters_re_reads_as_others_is_read(statement, ratio):
    """A KeyError here once stopped `kpi validate`: the pattern matched `ſetengahnya`, the
    table had `setengah` only."""
    change = find_change(statement)
    assert change is not None and ratio in change.ratios


@pytest.mark.parametrize(("statement", "period"), [
    ("by the fırst quarter of 2027", (date(2027, 1, 1), date(2027, 3, 31))),  # not all 2027
    ("by ſtart 2027", (date(2027, 1, 1), date(2027, 3, 31))),  # not the middle of 2027
    ("by 31 Deſember 2027", (date(2027, 12, 31), date(2027, 12, 31))),
])
def test_a_date_written_with_letters_re_reads_as_others_is_read(statement, period):
    (mention,) = find_dates(statement)
    assert mention.periods == (period,)


@pytest.mark.parametrize(("statement", "start", "end"), [
    # ends in different units of time: each read in both (fields hold one unit)
    ("Cut approval time from 3 days to 4 hours by 2027.", {3, 72}, {4, 4 / 24}),
    ("Percepat pemulangan dari 6 jam menjadi 90 menit pada 2027.", {6, 360}, {90, 1.5}),
    ("Cut claims time from 2 weeks to 5 days by 2027.", {2, 14}, {5, 5 / 7}),
    ("Cut claims time from 3 to 2 days by 2027.", {3}, {2}),  # one unit
    # rupiah in `M` are miliar, dollars in `M` millions
    ("Naikkan omzet dari Rp 850 juta menjadi Rp 1,1 M pada 2027.", {8.5e8}, {1.1e9}),
    ("Grow sales from USD 850k to USD 1.1M by 2027.", {8.5e5}, {1.1e6}),
])
def test_the_ends_of_a_from_to_in_their_units(statement, start, end):
    phrase = find_from_to(statement)
    assert phrase is not None
    assert {round(v, 6) for v in phrase.start} == {round(v, 6) for v in start}
    assert {round(v, 6) for v in phrase.end} == {round(v, 6) for v in end}


@pytest.mark.parametrize(("statement", "target"), [
    ("Achieve sales of IDR 50 billion in FY2027.", 50e9),
    ("Mencapai tingkat hunian kamar 75% pada akhir 2027.", 75),
    ("Mencapai penjualan batu bara 18 juta ton pada TA 2027.", 18e6),
    ("Reach 95% on-time delivery by 2027.", 95),
    # another amount, or a word that starts another part: no target read
    ("Reach farmers in 30 districts by 2027.", None),
    ("Reach customers aged 18 and over with 95% coverage by 2027.", None),
])
def test_a_target_after_the_words_of_what_is_reached(statement, target):
    found = find_target(statement)
    assert (found and min(found.values)) == target


def test_a_number_joined_to_a_word_is_no_second_amount():
    assert count_amounts("Reduce 30-day mortality to at most 2.5% by 2027.") == 1
    assert find_bound("Reduce 30-day mortality to at most 2.5% by 2027.") is not None
    assert count_amounts("Reduce mortality within 30 days to at most 2.5% by 2027.") == 2


@pytest.mark.parametrize("bound", ["at least", "no less than", "a minimum of", "minimal",
                                   "minimum", "sekurang-kurangnya", "sekurangnya", "setidaknya",
                                   "paling sedikit", "tidak kurang dari", "at most",
                                   "no more than", "maksimal", "paling banyak"])
def test_a_bound_after_with_starts_a_condition_of_the_same_measure(bound):
    """After with/dengan, a bound phrase (the bound phrases of phrases.AT_LEAST and AT_MOST,
    one source) starts a condition of the first measure, not a second measure, even where
    no amount follows it: `with at least one tutor per school reaching 90%`."""
    assert find_two_measures(f"Raise the pass rate to 80% by 2027 with {bound} one tutor per "
                             "school reaching 90%.") is None


def test_sekurangnya_is_a_bound():
    bound = find_bound("Jaga cakupan imunisasi dasar sekurangnya 90% sepanjang 2027.")
    assert bound is not None and bound.at_least and bound.values == {90}


# Every form of the verbs that multiply the value, the multiple it says, and whether it is
# said after the measure (`exports doubled`, `ekspor digandakan`).
MULTIPLYING = [
    *[(form, times, form.endswith("d")) for verb, times in
      (("halv", 0.5), ("doubl", 2.0), ("tripl", 3.0), ("quadrupl", 4.0))
      for form in (verb + "e", verb + "es", verb + "ing", verb + "ed")],
    ("gandakan", 2.0, False), ("menggandakan", 2.0, False), ("lipatgandakan", 2.0, False),
    ("melipatgandakan", 2.0, False), ("digandakan", 2.0, True), ("dilipatgandakan", 2.0, True),
]


@pytest.mark.parametrize(("verb", "times", "after"), MULTIPLYING)
def test_a_verb_that_multiplies_is_read_alike_by_the_rules_that_read_it(verb, times, after):
    """K113 reads the change (`Lipatgandakan` was none to it), K121 its way (`Quadruple`,
    `tripling` were none to it) and K123 a second measure's change (`and quadrupling exports`
    was none to it): one list of those verbs, read by all three."""
    statement = f"{verb.capitalize()} exports from 100 to 150 by 2027."
    change = find_change(statement)  # K113's
    assert change is not None and change.ratios == {times}
    assert verb_way(statement) == (UP if times > 1 else DOWN, verb.capitalize())  # K121's
    second = f"exports {verb}" if after else f"{verb} exports"
    assert find_two_measures(f"Raise on-time delivery from 88% to 95% and {second} by "
                             "2027.") is not None  # K123's


@pytest.mark.parametrize("verb", [verb for verb, _, _ in MULTIPLYING])
def test_a_verb_that_multiplies_states_a_number(verb):
    """K102 took `double` for a number but not `doubling`, `gandakan` or `melipatgandakan`:
    each says how much the value moves, in either language."""
    assert states_number(f"{verb.capitalize()} coffee exports by 2027.")


# The shares said in Indonesian words, and what each is.
SHARES = [("setengah", 0.5), ("separuh", 0.5), ("sepertiga", 1 / 3), ("seperempat", 0.25),
          ("seperlima", 0.2), ("dua pertiga", 2 / 3)]


@pytest.mark.parametrize(("share", "part"), SHARES)
def test_a_share_said_in_indonesian_is_read_alike_by_the_rules_that_read_it(share, part):
    """K113 reads the change, K102 a number and K123 a second measure's change: `seperlima`
    was a change to K113 only, `dua pertiganya` none to K123."""
    statement = f"Kurangi keluhan {share}nya pada 2027."
    change = find_change(statement)  # K113's: by the share, or to it
    assert change is not None and change.ratios == {part, 1 - part}
    assert states_number(statement)  # K102's
    assert find_two_measures("Naikkan ketepatan pengiriman dari 88% menjadi 95% dan kurangi "
                             f"keluhan {share}nya pada 2027.") is not None  # K123's


@pytest.mark.parametrize(("word", "ratio"), [
    ("naik", 1.1), ("meningkat", 1.1), ("tumbuh", 1.1), ("bertambah", 1.1), ("grows", 1.1),
    ("rises", 1.1), ("turun", 0.9), ("menurun", 0.9), ("berkurang", 0.9)])
def test_a_verb_before_a_percentage_says_the_way_of_the_change(word, ratio):
    """K113 read `naik 10%` but not `meningkat 10%`, `tumbuh 10%` or `menurun 10%`: those
    were words of change to it, but no way to K121's verbs (:func:`verb_way`), which it asks."""
    change = find_change(f"Penjualan {word} 10% pada 2027.")
    assert change is not None and change.ratios == {ratio}


@pytest.mark.parametrize("statement", [
    *[f"Raise on-time delivery from 88% to 95% while exports {verb} 10% by 2027."
      for verb in ("grow", "grows", "rise", "rises", "fall", "falls")],
    *[f"Naikkan ketepatan pengiriman dari 88% menjadi 95% sambil ekspor {verb} 10% pada 2027."
      for verb in ("naik", "turun", "meningkat", "menurun", "tumbuh", "bertambah", "berkurang")],
])
def test_a_verb_and_a_percentage_after_a_first_measure_is_a_second_measure(statement):
    """K123 read `sambil ekspor tumbuh 10%` but not `while exports grow 10%`: the verbs
    before a change are one list (CHANGE_VERBS), K113's and K123's."""
    assert find_two_measures(statement) is not None


@pytest.mark.parametrize("joiner", ["sambil", "seraya"])
@pytest.mark.parametrize("second", ["menurunkan biaya menjadi 25%", "menggandakan ekspor"])
def test_seraya_joins_a_second_measure_as_sambil_does(joiner, second):
    """K113 read `seraya` (while) as `sambil` before a verb of change; K123 did not know it,
    and took `… seraya menurunkan biaya menjadi 25%` for one measure."""
    assert find_two_measures(f"Naikkan ketepatan pengiriman dari 88% menjadi 95% {joiner} "
                             f"{second} pada 2027.") is not None


@pytest.mark.parametrize("verb", ["Raih", "Raihlah", "Capai", "Capailah"])
def test_each_verb_that_reaches_a_level_names_a_target(verb):
    """K123 read `raihlah` (reach!) as a level; K113 read no target after it: one list of
    those verbs (REACH_VERBS), read by both."""
    for statement in (f"{verb} tingkat hunian 75% pada 2027.", f"{verb} 75% tingkat hunian "
                      "pada 2027."):
        target = find_target(statement)
        assert target is not None and target.values == {75}
