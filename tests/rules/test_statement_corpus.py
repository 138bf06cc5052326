"""Statements written the many ways people write them, against the KPI's fields.

Each agreeing statement is built from a way of writing the numbers (`30 %`, `1.200`,
`Rp 185 ribu`, `IDR 1.2bn`, `-5%`, `4,2/5`), a verb and a way of writing the deadline
(`December 31, 2027`, `YE 2027`, `paling lambat 31 Des 2027`), in a few sentence shapes
(`from X to Y`, `X → Y`, `to Y (from X)`, `from X in 2026 to Y`): no statement rule may fire
on any of them; nor on hand-written ones with a target named alone (`reach 95%`,
`mencapai 95%`, `reduce churn to 3%`), approximate numbers (`about 30%`, `sekitar
30%`, `~30%`: within 5% of themselves), verbs whose way is in doubt (a negative number, a
rank, a negation, two verbs that go opposite ways) and well-known abbreviations (`VAT`,
`PPN`). Each disagreeing statement (another baseline, target, range or date, a verb against
its numbers or the direction) must draw exactly the rules that compare it. What K113 and K121
do not compare is listed on their pages in docs/rules/.
"""

from __future__ import annotations

from itertools import cycle

import pytest
from rules_helpers import TODAY, kpi_data, memory_catalog

from kpi_catalog.checking.rules import RULES, Context
from kpi_catalog.model.kpi import Kpi

CODES = ("K101", "K102", "K103", "K104", "K112", "K113", "K114", "K121")
END, MID = "2027-12-31", "2027-06-30"

NUMBERS_EN = [  # (baseline as written, target as written, baseline.value, target.value)
    ("30%", "45%", 30, 45), ("30 %", "45 %", 30, 45), ("30 percent", "45 percent", 30, 45),
    ("30 per cent", "45 per cent", 0.30, 0.45), ("1,200", "2,000", 1200, 2000),
    ("IDR 185,000", "IDR 140,000", 185000, 140000), ("IDR 1.2bn", "IDR 1.5bn", 1.2e9, 1.5e9),
    ("IDR 1.2 billion", "IDR 1.5 billion", 1200, 1500), ("$3k", "$5k", 3000, 5000),
    ("3 million", "4.5 million", 3e6, 4.5e6), ("12.5 hours", "8 hours", 12.5, 8),
    ("3.9/5", "4.5/5", 3.9, 4.5), ("+20", "+35", 20, 35), ("-5%", "3%", -5, 3),
    ("−12%", "−5%", -12, -5), ("USD 3M", "USD 5M", 3e6, 5e6), ("€40k", "€55k", 40000, 55000),
    ("0.72", "0.8", 0.72, 0.8), ("1,200,000", "1,500,000", 1213456, 1500000),
]
NUMBERS_ID = [
    ("30%", "45%", 30, 45), ("30 persen", "45 persen", 30, 45), ("1.200", "2.000", 1200, 2000),
    ("1,5", "2,5", 1.5, 2.5), ("Rp185.000", "Rp140.000", 185000, 140000),
    ("Rp 185 ribu", "Rp 140 ribu", 185000, 140000), ("Rp1,2 miliar", "Rp1,5 miliar", 1200, 1500),
    ("2,5 juta", "3 juta", 2.5e6, 3e6), ("Rp 2,5 jt", "Rp 3 jt", 2.5e6, 3e6),
    ("12,5 jam", "8 jam", 12.5, 8), ("4,2/5", "4,6/5", 4.2, 4.6), ("-5%", "3%", -5, 3),
    ("Rp 1.250.000", "Rp 1.500.000", 1.25e6, 1.5e6), ("IDR 1,2 miliar", "IDR 1,5 miliar", 1.2, 1.5),
    ("12,5%", "15%", 12.5, 15),
]
DATES_EN = [
    ("by 31 December 2027", END), ("by December 31, 2027", END), ("by 31 Dec 2027", END),
    ("by the end of 2027", END), ("by end of 2027", END), ("by Q4 2027", END),
    ("in FY2027", END), ("by 2027-12-31", END), ("by 31.12.2027", END),
    ("by Dec. 31, 2027", END), ("by YE 2027", END), ("by year-end 2027", END),
    ("by 31st December 2027", END), ("before 1 January 2028", END),
    ("by the fourth quarter of 2027", END), ("by 31/12/2027", END), ("by H2 2027", END),
    ("by end-2027", END), ("by Q2 2027", MID), ("by mid-2027", MID), ("by June 2027", MID),
    ("by 30 Jun 2027", MID), ("by the end of FY2027", END), ("by FY27", END), ("in 2027", END),
]
DATES_ID = [
    ("pada 31 Desember 2027", END), ("paling lambat 31 Des 2027", END),
    ("pada akhir 2027", END), ("pada akhir tahun 2027", END), ("akhir 2027", END),
    ("pada Q4 2027", END), ("pada triwulan IV 2027", END), ("pada kuartal ke-4 2027", END),
    ("sebelum 31 Desember 2027", END), ("hingga Desember 2027", END), ("pada TA 2027", END),
    ("pada 31-12-2027", END), ("pada tahun 2027", END),
    ("selambat-lambatnya 31 Desember 2027", END), ("pada semester I 2027", MID),
    ("pada pertengahan 2027", MID), ("pada Juni 2027", MID), ("di akhir 2027", END),
    ("sampai akhir tahun buku 2027", END), ("sepanjang 2027", END),
]
SHAPES_EN = [
    "{verb} the measure from {a} to {b} {date}.",
    "{Date}, move the measure from {a} to {b}.",
    "The measure: {a} → {b} {date}.",
    "Bring the measure to {b} (from {a}) {date}.",
    "Take the measure from {a} in 2026 to {b} {date}.",
    "{verb} the measure from **{a}** to **{b}** {date} (approx. 1,500 more, e.g. repeat buyers).",
]
SHAPES_ID = [
    "{verb} ukuran bulanan dari {a} menjadi {b} {date}.",
    "{Date}, ukuran bulanan {moves} dari {a} ke {b}.",
    "Ukuran bulanan: {a} → {b} {date}.",
    "Mencapai {b} (dari {a}) {date}.",
    "Mengubah ukuran dari {a} pada 2026 menjadi {b} {date}.",
]
VERBS_EN = (["Increase", "Raise", "Grow", "Lift"], ["Reduce", "Cut", "Lower", "Bring down"])
VERBS_ID = (["Meningkatkan", "Menaikkan", "Menumbuhkan"], ["Menurunkan", "Mengurangi", "Menekan"])


def _corpus(numbers, dates, shapes, verbs):
    """Every number form and every date form at least once in each shape."""
    out = []
    for shape in shapes:
        size = max(len(numbers), len(dates))
        for (a, b, base, goal), (date, deadline), n in zip(cycle(numbers), cycle(dates),
                                                          cycle(range(12))):
            up, down = verbs
            verb = up[n % len(up)] if goal > base else down[n % len(down)]
            out.append((shape.format(a=a, b=b, date=date, Date=date[0].upper() + date[1:],
                                     verb=verb, moves="naik" if goal > base else "turun"),
                        base, goal, deadline))
            if len(out) % size == 0:
                break
    return out


WRITTEN = [  # (statement, baseline.value, target.value, target.date)
    # a target named alone
    ("Reach 95% on-time delivery by the end of 2027.", 88, 95, END),
    ("Capai 95% pengiriman tepat waktu pada akhir 2027.", 88, 95, END),
    ("Increase the share of tickets answered within 4 hours to 90% by Q4 2027.", 70, 90, END),
    ("Menaikkan persentase tiket yang dijawab dalam 4 jam menjadi 90% pada akhir 2027.", 70, 90,
     END),
    ("Hit IDR 1.5bn of monthly online sales by 31 December 2027.", 1.2e9, 1.5e9, END),
    ("Mencapai Rp1,5 miliar penjualan online bulanan pada akhir 2027.", 1200, 1500, END),
    ("Reach ~30% of sales online by the end of 2027.", 20, 31, END),
    ("Capai sekitar 30% penjualan online pada akhir 2027.", 20, 28.5, END),
    ("Cut returns to roughly 200 a month by 31 December 2027.", 300, 208, END),
    # approximate numbers: within 5% of the stated number
    ("Raise repeat purchases from about 18% to about 25% by 31 December 2027.", 18.4, 25.9,
     END),
    ("Menaikkan pembelian ulang dari sekitar 18% menjadi sekitar 25% pada akhir 2027.", 18.4,
     25.9, END),
    ("Repeat purchases: ~18% → ~25% by 31 December 2027.", 17.2, 24, END),
    ("Cut returns from roughly 300 to roughly 200 a month by 31 December 2027.", 310, 208,
     END),
    ("Kurangi retur dari kira-kira 300 menjadi kira-kira 200 per bulan pada akhir 2027.", 290,
     192, END),
    ("Keep cash between about 95% and 98% of plan by 31 December 2027.", 96, (91, 98), END),
    # verbs: the way of the numbers, by size where they are negative; in doubt, nothing
    ("Reduce net losses from -12% to -5% by 31 December 2027.", -12, -5, END),
    ("Mengurangi rugi bersih dari -12% menjadi -5% pada akhir 2027.", -12, -5, END),
    ("Bring down returns from 8% to 5% by 31 December 2027.", 8, 5, END),
    ("Reduce churn to 3% by 31 December 2027.", 5, 3, END),
    ("Turunkan churn menjadi 3% pada akhir 2027.", 5, 3, END),
    ("Raise the store ranking from 5th to 1st by 31 December 2027.", 5, 1, END),
    ("Menaikkan peringkat toko dari 5 menjadi 1 pada akhir 2027.", 5, 1, END),
    ("Raise the share of lower income buyers from 10% to 15% by 31 December 2027.", 10, 15,
     END),
    ("Increase speed: reduce the response time from 12 hours to 8 hours by 31 December 2027.",
     12, 8, END),
    ("Jaga retur agar tidak naik di atas 5% sepanjang 2027.", 6, 5, END),
    ("Cut the time from purchase request to approved order from 9 days to 4 days by "
     "31 December 2027.", 9, 4, END),
    # well-known abbreviations
    ("Reduce the VAT refund time from 30 days to 14 days by 31 December 2027.", 30, 14, END),
    ("Mempersingkat waktu restitusi PPN dari 30 hari menjadi 14 hari pada akhir 2027.", 30, 14,
     END),
    ("Raise the share of SME and BUMN suppliers from 35% to 50% by 31 December 2027.", 35, 50,
     END),
    ("Menaikkan porsi pemasok UMKM dari 35% menjadi 50% pada akhir 2027.", 35, 50, END),
    ("Lower the CFO's approval time from 5 days to 2 days by 31 December 2027.", 5, 2, END),
    ("Mempercepat pelaporan SDM dan BPJS dari 10 hari menjadi 5 hari pada akhir 2027.", 10, 5,
     END),
]

AGREE = (_corpus(NUMBERS_EN, DATES_EN, SHAPES_EN, VERBS_EN)
         + _corpus(NUMBERS_ID, DATES_ID, SHAPES_ID, VERBS_ID) + WRITTEN)

DISAGREE = [  # (statement, baseline.value, target.value, target.date, the rule that fires)
    ("Increase leads from 150 to 200 by 31 December 2027.", 120, 200, END, "K113"),
    ("Menaikkan prospek dari 1.500 menjadi 2.000 pada akhir 2027.", 1200, 2000, END, "K113"),
    ("Leads: 150 → 200 by 31 December 2027.", 120, 200, END, "K113"),
    ("Bring leads to 200 (from 150) by 31 December 2027.", 120, 200, END, "K113"),
    ("Increase leads to 200 by 31 December 2027, up from 150.", 120, 200, END, "K113"),
    ("Mencapai 200 prospek (dari 150) pada akhir 2027.", 120, 200, END, "K113"),
    ("Menaikkan prospek dari 150 pada 2026 menjadi 200 pada akhir 2027.", 120, 200, END, "K113"),
    ("Raise repeat purchases from 18 percent to 30 percent by YE 2027.", 18, 24, END, "K113"),
    ("Meningkatkan pembelian ulang dari 18% menjadi 25% pada akhir 2027.", 18, 24, END, "K113"),
    ("Grow revenue from IDR 2.5bn to IDR 4bn by 31 December 2027.", 2500, 3000, END, "K113"),
    ("Menaikkan pendapatan dari Rp 2.500 juta menjadi Rp 4.000 juta pada 2027.", 2500, 3000,
     END, "K113"),
    ("Reduce net losses from 12% to 5% by the end of 2027.", -12, -5, END, "K113"),
    ("Increase leads from 200 to 120 by 31 December 2027.", 120, 200, END, "K113 K121"),
    ("Keep cash between 90% and 98% of plan by 31 December 2027.", 96, (95, 98), END, "K113"),
    ("Menjaga kas pada kisaran 95–99% dari rencana pada akhir 2027.", 96, (95, 98), END,
     "K113"),
    ("Increase leads from 120 to 200 by December 31, 2027.", 120, 200, MID, "K112"),
    ("Increase leads from 120 to 200 by YE 2027.", 120, 200, MID, "K112"),
    ("Increase leads from 120 to 200 by Q4 2027.", 120, 200, MID, "K112"),
    ("Menaikkan prospek dari 120 menjadi 200 paling lambat 31 Des 2027.", 120, 200, MID, "K112"),
    ("Menaikkan prospek dari 120 menjadi 200 pada akhir tahun 2027.", 120, 200, MID, "K112"),
    ("Menaikkan prospek dari 120 menjadi 200 pada triwulan IV 2027.", 120, 200, MID, "K112"),
    # approximate numbers beyond 5% of themselves; without "about", the rounding of the digits
    ("Raise repeat purchases from about 18% to about 25% by 31 December 2027.", 18, 27, END,
     "K113"),
    ("Menaikkan pembelian ulang dari ~18% menjadi ~25% pada akhir 2027.", 17, 25, END, "K113"),
    ("Raise repeat purchases from 18% to 25% by 31 December 2027.", 18.4, 25.9, END, "K113"),
    ("Menaikkan pembelian ulang dari 18% menjadi 25% pada akhir 2027.", 18, 25.9, END, "K113"),
    # a target named alone: the same rounding, and 5% for an approximate one
    ("Reach 95% on-time delivery by the end of 2027.", 88, 96, END, "K113"),
    ("Capai 95% pengiriman tepat waktu pada akhir 2027.", 88, 96, END, "K113"),
    ("Reduce churn to 3% by 31 December 2027.", 5, 2, END, "K113"),
    ("Turunkan churn menjadi 3% pada akhir 2027.", 5, 2, END, "K113"),
    ("Reach 30% of sales online by the end of 2027.", 20, 31, END, "K113"),
    ("Reach about 30% of sales online by the end of 2027.", 20, 32, END, "K113"),
    ("Capai sekitar 30% penjualan online pada akhir 2027.", 20, 28, END, "K113"),
    # a verb against its numbers, or against the direction
    ("Reduce churn from 5% to 8% by 31 December 2027.", 5, 8, END, "K121"),
    ("Turunkan churn dari 5% menjadi 8% pada akhir 2027.", 5, 8, END, "K121"),
    ("Increase returns from 8% to 5% by 31 December 2027.", 8, 5, END, "K121"),
    ("Menaikkan retur dari 8% menjadi 5% pada akhir 2027.", 8, 5, END, "K121"),
    ("Reduce churn to 8% by 31 December 2027.", 5, 8, END, "K121"),
    ("Turunkan churn menjadi 8% pada akhir 2027.", 5, 8, END, "K121"),
    ("Increase returns to 5% by 31 December 2027.", 8, 5, END, "K121"),
    ("Naikkan retur menjadi 5% pada akhir 2027.", 8, 5, END, "K121"),
    ("Bring down the share of repeat buyers by 31 December 2027 (now 24%).", 24, 32, END,
     "K121"),
    # team words stay jargon
    ("Raise the ARPU from IDR 50,000 to IDR 65,000 by 31 December 2027.", 50000, 65000, END,
     "K104"),
    ("Menaikkan ARPU dari Rp50.000 menjadi Rp65.000 pada akhir 2027.", 50000, 65000, END,
     "K104"),
]


def _fired(statement: str, base: float, goal, deadline: str) -> set[str]:
    if isinstance(goal, tuple):
        target = {"value": None, "min": goal[0], "max": goal[1], "date": deadline}
        direction = "within_range"
    else:
        target = {"value": goal, "date": deadline}
        direction = "higher_is_better" if goal > base else "lower_is_better"
    kpi = Kpi.model_validate(kpi_data(statement=statement, direction=direction,
                                      baseline={"value": base}, target=target,
                                      thresholds=None))
    context = Context(memory_catalog(kpi), TODAY)
    return {code for code in CODES if list(RULES[code].check(kpi, context))}


@pytest.mark.parametrize(("statement", "base", "goal", "deadline"), AGREE)
def test_a_statement_that_agrees_with_its_fields_breaks_no_rule(statement, base, goal,
                                                                 deadline):
    assert _fired(statement, base, goal, deadline) == set()


@pytest.mark.parametrize(("statement", "base", "goal", "deadline", "code"), DISAGREE)
def test_a_statement_that_disagrees_draws_the_rule_that_compares_it(statement, base, goal,
                                                                    deadline, code):
    assert _fired(statement, base, goal, deadline) == set(code.split())
