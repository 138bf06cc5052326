"""A translated statement against its original: the same amounts, units and dates, however
each language writes them."""

from __future__ import annotations

import pytest

from kpi_catalog.checking.agreement import compare_statements

AGREE = [
    ("Reduce the CAC from IDR 185,000 to IDR 140,000 by 31 December 2027.",
     "Menurunkan CAC dari Rp185.000 menjadi Rp140.000 paling lambat 31 Desember 2027."),
    ("Raise gross margin from 24.5% to 27% of net sales by 31 December 2027.",
     "Menaikkan marjin kotor dari 24,5% menjadi 27% dari penjualan bersih pada 31 Desember 2027."),
    ("Grow GMV from IDR 85 billion to IDR 125 billion by the end of 2027.",
     "Menaikkan GMV dari Rp85 miliar menjadi Rp125 miliar pada akhir 2027."),
    ("Cut delivery time from 2.8 days to 1.5 days in Q2 2027.",
     "Memangkas waktu pengiriman dari 2,8 hari menjadi 1,5 hari pada triwulan II 2027."),
    ("Raise the share from 18 percent to 28 percent by June 2027.",
     "Menaikkan persentase dari 18% menjadi 28% paling lambat Juni 2027."),
    ("Bring stock cover from 62 days to between 30 and 45 days by 30 June 2027.",
     "Membawa hari persediaan dari 62 hari menjadi antara 30 dan 45 hari pada 30 Juni 2027."),
    ("Double the members from zero to 250,000 by 2027.",  # a number in words: not compared
     "Menambah anggota dari 0 menjadi 250.000 pada tahun 2027."),
    ("Reduce net losses from -12% to −5% by end of 2027.",
     "Menurunkan kerugian bersih dari −12% menjadi -5% pada akhir 2027."),
    ("Raise NPS from +20 to 35 and keep returns at 2-3 days by YE 2027.",
     "Menaikkan NPS dari 20 menjadi +35 dan menjaga retur 2-3 hari pada akhir 2027."),
    # thousands grouped by a space or a no-break space (they were two amounts each)
    ("Raise monthly orders from 1 234 to 1\u00a0500 by 2027.",
     "Menaikkan pesanan bulanan dari 1.234 menjadi 1.500 pada 2027."),
]


@pytest.mark.parametrize(("original", "translated"), AGREE)
def test_the_same_amounts_and_dates_agree(original, translated):
    assert not compare_statements(original, translated)


def test_another_amount_is_named_on_both_sides():
    found = compare_statements("Raise leads from 120 to 200 by 31 December 2026.",
                               "Menaikkan prospek dari 120 menjadi 250 pada 31 Desember 2026.")
    assert (found.missing, found.added) == (("200",), ("250",))


def test_thousands_grouped_by_spaces_are_one_amount():
    found = compare_statements("Raise monthly orders from 1 234 to 1 600 by 2027.",
                               "Menaikkan pesanan bulanan dari 1.234 menjadi 1.500 pada 2027.")
    assert (found.missing, found.added) == (("1 600",), ("1.500",))


def test_a_share_is_not_an_amount_of_days():
    found = compare_statements("Raise the share from 18% to 28% by 30 June 2027.",
                               "Menaikkan persentase dari 18% menjadi 28 hari pada 30 Juni 2027.")
    assert found.missing == ("28%",) and found.added == ("28",)


def test_another_currency_disagrees():
    found = compare_statements("Cut the cost from IDR 120 to IDR 90 by 2027.",
                               "Memangkas biaya dari USD 120 menjadi USD 90 pada tahun 2027.")
    assert found.missing == ("IDR 120", "IDR 90")


def test_another_date_is_named_on_both_sides():
    found = compare_statements("Raise leads from 120 to 200 by 31 December 2026.",
                               "Menaikkan prospek dari 120 menjadi 200 pada 31 Desember 2027.")
    assert found.missing == ("31 December 2026",) and found.added == ("31 Desember 2027",)


def test_codes_are_not_amounts():
    assert not compare_statements("Grow B2B orders from 10 to 20 in H1 2027.",
                                  "Menaikkan pesanan B2B dari 10 menjadi 20 pada semester 1 2027.")


def test_a_minus_sign_is_part_of_the_amount():
    found = compare_statements("Reduce net losses from -12% to -5% by end of 2027.",
                               "Menurunkan kerugian bersih dari 12% menjadi 5% pada akhir 2027.")
    assert (found.missing, found.added) == (("-12%", "-5%"), ("12%", "5%"))
