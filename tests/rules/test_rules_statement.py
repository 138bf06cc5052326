"""K101-K104, K114, K112, K113, K123: the statement, in English and Bahasa Indonesia.

Each table row is a statement and the rules it must break; good statements break none.
Precision matters more than recall: the good tables are where false alarms would show.
"""

from __future__ import annotations

import pytest

from kpi_catalog.checking.rules import RULES
from kpi_catalog.i18n.messages import speaking

STATEMENT_RULES = ("K101", "K102", "K103", "K104", "K114", "K123")

GOOD = [
    # English
    "Increase monthly sales-qualified leads from 120 to 200 by 31 December 2026.",
    "Raise online revenue to IDR 2.5 billion per month by Q4 2026.",
    "Reduce the average handling time from 12.5 minutes to 8 minutes by December 2026.",
    "Grow app sales to Rp 5 miliar per month by the end of 2026, e.g. through vouchers.",
    "Cut returns from 1,200 to 800 per month by 2026-12-31.",
    "Ship 95% of orders within 2 days by 2027.",
    "Increase NPS from 30 to 45 by H1 2027 vs. the level of 2025.",
    "Lower the CAC of new customers from IDR 185,000 to IDR 140,000 by 30 June 2027.",
    "Increase the SQLs handed to Sales from 150 to 260 per month by 30 June 2027.",
    "Open 12 stores with PT Maju Jaya Tbk in Sumatra by 1 January 2027.",
    "Answer 80% of calls within 20 seconds from 10.30 to 17.00 WIB by Dec. 2026.",
    "Raise repeat purchases from 24% to 32% in the fourth quarter of 2027.",
    "Reduce staff turnover in phase II stores from 18% to 12% by mid-2027.",
    "Double the number of B2B SaaS customers by 31 Dec 2027.",
    "Grow the customer base that A. Rahman's team serves from 3,000 to 4,500 by FY2027.",
    "Reach zero lost-time accidents in the warehouses by 30/06/2027.",
    "Reduce the cost of the customer acquisition cost (CAC) report to USD 500 by March 2027.",
    "Raise the score from 3.5 to 4.2 out of 5 (see https://example.com/survey.html) by 2027.",
    # Bahasa Indonesia
    "Menurunkan tingkat perputaran karyawan dari 18% menjadi 12% pada 31 Desember 2027.",
    "Meningkatkan penjualan daring dari Rp 3,5 miliar menjadi Rp 5 miliar pada akhir 2026.",
    "Menaikkan jumlah pelanggan baru dari 1.200 menjadi 2.000 per bulan pada Desember 2026.",
    "Meningkatkan skor kepuasan dari 12,5 menjadi 15 pada triwulan IV 2026.",
    "Menurunkan waktu pengiriman menjadi 2 hari pada tahun 2027.",
    "Meningkatkan penjualan Rp. 5 miliar per bulan pada Q2 2027.",
    "Mengurangi keluhan pelanggan sebesar 25 persen paling lambat 30 Juni 2027.",
    "Menaikkan kunjungan toko menjadi dua kali lipat pada akhir tahun 2027.",
    "Mencapai nol kecelakaan kerja di gudang pada 2027.",
    "Menaikkan SQL dari 150 menjadi 260 per bulan sebelum 31 Agu 2027.",
    "Menurunkan biaya logistik (bahan bakar, tol, dll.) sebesar 10% pada Mei 2027.",
    "Menaikkan pangsa pasar PT Sumber Rejeki Tbk. Jawa Timur dari 8% menjadi 11% pada 2027.",
    "Meningkatkan kualitas data toko: produk tanpa foto turun dari 12% menjadi 3% pada 2027.",
    # plain verbs, things named drive, explained lower-case acronyms (K104, K114 stay quiet)
    "Cut the average drive time to stores from 45 to 35 minutes by 2027.",
    "Raise the employee NPS (eNPS) from 5 to 25 by 31 December 2027.",
    "Improve on-time delivery from 85% to 95% by 2027.",
    "Menaikkan skor eNPS (employee Net Promoter Score) dari 5 menjadi 25 pada 2027.",
    # deadlines as finance teams and plans write them
    "Grow the monthly measure from $3k to $5k by YE 2027.",
    "Raise gross margin from 31.5% to 34% by EOY 2027.",
    "Keep the complaint rate below 1.5% every month of 2027.",
    "Mempertahankan ketepatan pengiriman di atas 95% sepanjang 2027.",
    "Menjaga tingkat kesalahan di bawah 2% selama 2027.",
    "Cut costs from 12 to 10 per unit by 2027 vs. the 2025 level.",
    "Menaikkan penjualan 10% pada 2027 dibanding 2025.",
    # a year's level is neither a date nor a count: no second level (stmt19)
    "Cut emissions from 120 to 90 kilotonnes by 2027 and to 2005 levels by 2030.",
    "Raise output from 120 to 150 units by 2027 and return costs to 2019 figures.",
    # but before a bound or a group of the same measure: one KPI
    "Cut churn from 6% to 4% by 2027 but not below 3% in any region.",
    "Cut wait times from 20 to 10 minutes, but to 5 minutes for emergencies, by 2027.",
    "Naikkan penjualan dari Rp 4 M menjadi Rp 5 M pada 2027 namun tetap di atas Rp 3 M.",
]

BAD = [
    # (statement, rules it breaks)
    ("Increase leads from 120 to 200 by 31 December 2026. This supports the growth plan.",
     {"K101"}),
    ("Raise NPS from 30 to 45 by 2027! Everyone helps.", {"K101"}),
    ("Grow sales to IDR 5 billion by 2027. Then keep them there? Yes.", {"K101"}),
    ("Menaikkan penjualan dari Rp 3 miliar menjadi Rp 5 miliar pada akhir 2026. Target ini "
     "mendukung rencana pertumbuhan.", {"K101"}),
    ("Menurunkan keluhan dari 300 menjadi 150 per bulan pada Juni 2027. Tim layanan "
     "bertanggung jawab.", {"K101"}),
    ("Improve customer satisfaction by 31 December 2026.", {"K102"}),
    ("Make onboarding faster and simpler by Q2 2027.", {"K102"}),
    ("Return sales to their old level in 2027.", {"K102"}),
    ("Meningkatkan kepuasan pelanggan pada akhir 2026.", {"K102"}),
    ("Mempercepat proses pengadaan pada tahun 2027.", {"K102"}),
    ("Increase monthly sales-qualified leads from 120 to 200.", {"K103"}),
    ("Cut churn to 5% within 12 months.", {"K103"}),
    ("Reduce returns to 2% by December.", {"K103"}),
    ("Increase output by 2000 units.", {"K103"}),
    # a number written like a year, more than ten years before the baseline (2026): a count
    # whatever follows it, no deadline (stmt18)
    ("Grow sales from 120 to 200 by 2000 store visits.", {"K103"}),
    ("Menaikkan peserta dari 120 menjadi 200 orang sebelum 2001 kunjungan.", {"K103"}),
    # ... and then no date blanks it: the statement states that number (stmt19)
    ("Menjangkau hingga 2000 pelajar sekolah dasar.", {"K103"}),
    ("Menerjemahkan hingga 2000 halaman dokumen hukum per bulan.", {"K103"}),
    ("Menurunkan tingkat perputaran karyawan dari 18% menjadi 12%.", {"K103"}),
    ("Menaikkan penjualan menjadi Rp 5 miliar dalam 12 bulan.", {"K103"}),
    ("Raise the ARPU from IDR 50,000 to IDR 65,000 by 31 December 2026.", {"K104"}),
    ("Increase B2B SQOs from 40 to 60 by Q4 2026.", {"K104"}),
    ("Cut the LTV:CAC payback from 14 to 10 months by 2027.", {"K104"}),
    ("Menaikkan ARPU dari Rp 50.000 menjadi Rp 65.000 pada 31 Desember 2026.", {"K104"}),
    ("Menurunkan rasio NPL menjadi 2% pada akhir 2026.", {"K104"}),
    ("Raise eNPS from 5 to 25 by 31 December 2027.", {"K104"}),
    ("Menaikkan pengguna iOS dari 10.000 menjadi 20.000 pada 2027.", {"K104"}),
    ("Leverage synergies to grow online sales from IDR 2 to 3 billion by 2027.", {"K114"}),
    ("Drive loyalty with best-in-class service, from 18% to 24% repeat buyers by 2027.",
     {"K114"}),
    ("Optimise stock cover from 40 to 30 days by Q4 2026.", {"K114"}),
    ("Mengoptimalkan biaya logistik dari Rp 8 miliar menjadi Rp 7 miliar pada 2027.",
     {"K114"}),
    ("Memaksimalkan penjualan daring menjadi Rp 5 miliar pada akhir 2026.", {"K114"}),
    ("Bersinergi dengan mitra untuk layanan kelas dunia pada 2027.", {"K102", "K114"}),
    ("Be better.", {"K102", "K103"}),
    ("Menjadi lebih baik. Semua ikut.", {"K101", "K102", "K103"}),
    ("Improve the EBITDA margin. Soon.", {"K101", "K102", "K103", "K104"}),
    ("Raise literacy from 45% to 60% and numeracy from 38% to 55% by 2027.", {"K123"}),
    ("Naikkan penjualan dari Rp 10 M menjadi Rp 15 M dan turunkan biaya operasional dari 30% "
     "menjadi 25% pada Desember 2027.", {"K123"}),
    # a second measure's level written like a year, a count by what follows it (stmt19)
    ("Menaikkan ketepatan pengiriman dari 88% menjadi 95% dan menambah nasabah hingga 2000 "
     "nasabah baru pada 2027.", {"K123"}),
    ("Menaikkan pengunjung dari 400 ribu menjadi 520 ribu orang dan anggota menjadi 2000 orang "
     "pada 2027.", {"K123"}),
    ("Raise on-time delivery from 88% to 95% and grow members to 2000 members by 2027.",
     {"K123"}),
    ("Naikkan pelanggan langganan menjadi 2000 pelanggan dan turunkan cuci ulang menjadi 3% pada "
     "2027.", {"K123"}),
    # after menjadi, mencapai or reach a number is never a date; a count leads a statement too
    ("Naikkan ketepatan pengiriman dari 88% menjadi 95% pada 2027 dan anggota koperasi menjadi "
     "2000.", {"K123"}),
    ("Train 2000 teachers and cut absenteeism to 5% by 2027.", {"K123"}),
    # joined at the same time, alongside or but (stmt19)
    ("Naikkan kunjungan museum dari 80 ribu menjadi 120 ribu sekaligus menurunkan biaya per "
     "pengunjung menjadi Rp 40 ribu pada 2027.", {"K123"}),
    ("Naikkan kunjungan museum dari 80 ribu menjadi 120 ribu sembari menekan biaya per "
     "pengunjung menjadi Rp 40 ribu pada 2027.", {"K123"}),
    ("Naikkan kunjungan museum dari 80 ribu menjadi 120 ribu namun tekan biaya per pengunjung "
     "menjadi Rp 40 ribu pada 2027.", {"K123"}),
    ("Raise museum visits from 80,000 to 120,000 alongside cutting the cost per visitor to USD 4 "
     "by 2027.", {"K123"}),
    ("Raise museum visits from 80,000 to 120,000 and at the same time cut the cost per visitor "
     "to USD 4 by 2027.", {"K123"}),
    ("Raise sales from IDR 4bn to IDR 5bn by 2027 but keep margins above 20%.", {"K123"}),
    ("Raise exports from 400 to 600 containers by 2027 but halve rejected shipments.", {"K123"}),
]


@pytest.mark.parametrize("statement", GOOD)
def test_good_statements_break_no_rule(findings, statement):
    for code in STATEMENT_RULES:
        assert findings(code, statement=statement) == [], (code, statement)


@pytest.mark.parametrize(("statement", "codes"), BAD)
def test_bad_statements_break_exactly_their_rules(findings, statement, codes):
    broken = {code for code in STATEMENT_RULES if findings(code, statement=statement)}
    assert broken == codes


def test_findings_point_at_the_statement_and_say_how_to_fix(findings):
    [finding] = findings("K101", statement="Grow by 10% by 2027. Then more.")
    assert finding.field == ("statement",)
    assert "2 sentences" in finding.message and "one sentence" in finding.message
    [finding] = findings("K102", statement="Grow a lot by 2027.")
    assert "no number" in finding.message
    [finding] = findings("K103", statement="Grow by 10%.")
    assert "no date" in finding.message


def test_two_kpis_in_one_statement_are_quoted_with_how_to_split_them(findings):
    """K123 quotes both parts as written, and says how to fix it, in both languages."""
    [finding] = findings("K123", statement="Raise literacy from 45% to 60% and numeracy from "
                         "38% to 55% by 2027.")
    assert finding.field == ("statement",)
    assert finding.message == ("The statement holds two KPIs: `Raise literacy from 45% to 60%` "
                               "and `numeracy from 38% to 55%`; a KPI moves one measure from a "
                               "baseline to a target.")
    assert "two KPI files" in finding.hint and "`description`" in finding.hint
    with speaking("id"):
        [finding] = findings("K123", statement="Naikkan penjualan dari Rp 10 M menjadi Rp 15 M "
                             "dan turunkan biaya operasional dari 30% menjadi 25% pada 2027.")
    assert finding.message.startswith(
        "Pernyataan ini memuat dua KPI: `Naikkan penjualan dari Rp 10 M menjadi Rp 15 M` dan "
        "`turunkan biaya operasional dari 30% menjadi 25%`;")
    assert "dua berkas KPI" in finding.hint and "`description`" in finding.hint


@pytest.mark.parametrize(("statement", "first", "second"), [
    ("Cut the wait from 8 to 5 minutes and complaints from 40 to 20 by 2027.",
     "Cut the wait from 8 to 5 minutes", "complaints from 40 to 20"),
    ("Cut the wait from 8 minutes to 5 minutes, and complaints from 40 to 20, by 2027.",
     "Cut the wait from 8 minutes to 5 minutes", "complaints from 40 to 20"),
    ("Increase from 120 to 200 leads and from 40 to 70 customers per month by 2027.",
     "Increase from 120 to 200 leads", "from 40 to 70 customers"),
    ("Reach 95% on-time delivery and 90% first-time fix by 2027.",
     "Reach 95% on-time delivery", "90% first-time fix"),
    ("Pangkas waktu tunggu dari 95 menjadi 60 menit dan keluhan dari 40 menjadi 20 pada 2027.",
     "Pangkas waktu tunggu dari 95 menjadi 60 menit", "keluhan dari 40 menjadi 20"),
    ("Naikkan dari 120 menjadi 200 prospek dan dari 40 menjadi 70 pelanggan pada 2027.",
     "Naikkan dari 120 menjadi 200 prospek", "dari 40 menjadi 70 pelanggan"),
    ("Mencapai 95% pengiriman tepat waktu dan 90% perbaikan tuntas pada 2027.",
     "Mencapai 95% pengiriman tepat waktu", "90% perbaikan tuntas"),
    # the first level said another way after "or" is no part of the second (stmt14)
    ("Cut churn to 5%, or 500 customers, and keep NPS above 40 by 2027.",
     "Cut churn to 5%", "keep NPS above 40"),
    ("Turunkan churn menjadi 5%, atau pelanggan berhenti menjadi 500, dan keluhan menjadi 3% "
     "pada 2027.", "Turunkan churn menjadi 5%", "keluhan menjadi 3%"),
    ("Raise on-time delivery from 88% to 95% and halve complaints by 2027.",
     "Raise on-time delivery from 88% to 95%", "halve complaints"),
    ("Naikkan ketepatan pengiriman dari 88% menjadi 95% dan kurangi keluhan separuhnya pada 2027.",
     "Naikkan ketepatan pengiriman dari 88% menjadi 95%", "kurangi keluhan separuhnya"),
    ("Raise the loan book to IDR 1 trillion and grow deposits by IDR 20 billion by 2027.",
     "Raise the loan book to IDR 1 trillion", "grow deposits by IDR 20 billion"),
    ("Raise customer satisfaction to 85% with customer churn under 5% by 2027.",
     "Raise customer satisfaction to 85%", "customer churn under 5%"),
])
def test_each_part_is_quoted_with_the_words_after_its_number(findings, statement, first,
                                                             second):
    """A part is quoted to the end of the words that name what its level counts (its unit or
    its measure), not cut at its number (`from 8 to 5` was quoted for `from 8 to 5 minutes`)."""
    [finding] = findings("K123", statement=statement)
    assert f"`{first}` and `{second}`;" in finding.message


@pytest.mark.parametrize(("code", "statement", "fields", "quoted"), [
    ("K123", "Raise NPS from 30 to 40 and grow members by **200** by 2027.", (30, 40),
     "`Raise NPS from 30 to 40` and `grow members by 200`;"),
    ("K123", "Naikkan NPS dari 30 menjadi 40 dan tambah anggota sebanyak **200** pada 2027.",
     (30, 40), "`Naikkan NPS dari 30 menjadi 40` and `tambah anggota sebanyak 200`;"),
    ("K123", "Raise _on-time_ delivery from **88%** to 95% and cut `complaints` to 20 by 2027.",
     (88, 95), "`Raise on-time delivery from 88% to 95%` and `cut complaints to 20`;"),
    # an underscore inside a word is no emphasis: it stays
    ("K123", "Raise on_time_rate from 88% to 95% and cut complaints to **20** by 2027.",
     (88, 95), "`Raise on_time_rate from 88% to 95%` and `cut complaints to 20`;"),
    ("K113", "Raise NPS from **30** to **40** by 2027.", (30, 45), "`from 30 to 40`"),
    ("K113", "Reach **95%** uptime by 2027.", (80, 97), "`Reach 95%`"),
    ("K113", "Keep churn *under 5%* by 2027.", (8, 6), "`under 5%`"),
    ("K113", "Cut churn by **20%** by 2027.", (10, 5), "`by 20%`"),
    ("K113", "**Double** exports by 2027.", (400, 900), "`Double`"),
    ("K113", "Keep stock cover between **30** and **50** days through 2027.", (60, (30, 45)),
     "`between 30 and 50`"),
])
def test_a_quote_reads_as_the_reader_sees_it_without_emphasis_marks(findings, code, statement,
                                                                     fields, quoted):
    """Markdown emphasis (`**200**`) is read past by the rules, and left out of their quotes:
    `grow members by **200` was quoted, half a mark the reader never sees."""
    base, goal = fields
    ranged = isinstance(goal, tuple)
    target = {"value": None, "min": goal[0], "max": goal[1]} if ranged else {"value": goal}
    direction = ("within_range" if ranged else "higher_is_better" if goal > base
                 else "lower_is_better")
    [finding] = findings(code, statement=statement, baseline={"value": base}, target=target,
                         direction=direction, thresholds=None)
    assert quoted in finding.message


@pytest.mark.parametrize(("statement", "said"), [
    ("Cut churn to 5% within 18 months.", "within 18 months"),
    ("Within 18 months, cut churn to 5%.", "Within 18 months"),
    ("Cut churn to 5% in the next 90 days across all stores.", "in the next 90 days"),
    ("Cut churn to 5% over the next two years.", "over the next two years"),
    ("Cut churn to 5% by the end of next year.", "next year"),
    ("Turunkan churn menjadi 5% dalam 18 bulan.", "dalam 18 bulan"),
    ("Dalam waktu 18 bulan, turunkan churn menjadi 5%.", "Dalam waktu 18 bulan"),
    ("Turunkan churn menjadi 5% dalam setahun.", "dalam setahun"),
    ("Turunkan churn menjadi 5% selama 2 tahun ke depan.", "selama 2 tahun ke depan"),
    ("Turunkan churn menjadi 5% pada akhir tahun ini.", "akhir tahun ini"),
    # months, years and `dalam` cut short (stmt23: "states no date" without saying why)
    ("Turunkan churn menjadi 5% dalam 12 bln ke depan.", "dalam 12 bln ke depan"),
    ("Turunkan churn menjadi 5% dlm 2 thn.", "dlm 2 thn"),
])
def test_a_relative_deadline_is_named_with_the_date_to_write(findings, statement, said):
    [finding] = findings("K103", statement=statement, target={"date": "2028-06-30"})
    assert finding.message == (f"The statement states no date: `{said}` does not say from "
                               "when it counts; write the day it ends, e.g. \"by 30 June 2028\".")
    assert "target.date" in finding.hint


def test_a_relative_deadline_is_said_in_indonesian(findings):
    with speaking("id"):
        [finding] = findings("K103", statement="Turunkan churn menjadi 5% dalam 18 bulan.",
                             target={"date": "2028-06-30"})
    assert "`dalam 18 bulan`" in finding.message
    assert "30 Juni 2028" in finding.message and "tidak menyebut tanggal" in finding.message
    assert "target.date" in finding.hint and "relatif" in finding.hint


@pytest.mark.parametrize("statement", [
    "Answer 90% of calls within 20 seconds.",  # a duration the KPI measures
    "Issue 95% of ID cards within 3 working days.",
    "Raise the share of graduates employed within six months from 55% to 70%.",
    "Menerbitkan 95% KTP dalam 3 hari kerja.",
])
def test_a_duration_the_kpi_measures_is_not_called_a_deadline(findings, statement):
    [finding] = findings("K103", statement=statement)
    assert finding.message == ("The statement states no date; say by when, e.g. \"by 31 "
                               "December 2026\".")


@pytest.mark.parametrize(("language", "said"), [
    ("en", "The statement states no date; say by when, e.g. \"by 31 December 2027\"."),
    ("id", "Pernyataan tidak menyebut tanggal; sebutkan kapan, misalnya \"paling lambat 31 "
           "Desember 2027\"."),
])
def test_a_statement_without_a_date_is_given_its_own_deadline_to_write(findings, language,
                                                                      said):
    """The example was always "by 31 December 2026", another date than the KPI's target
    (`kpi new` showed it under a deadline of 2027-12-31): a reader copying it wrote the
    wrong deadline, then got K112."""
    from kpi_catalog.i18n.messages import speaking

    with speaking(language):
        [finding] = findings("K103", statement="Raise leads from 100 to 150 per month.",
                             target={"date": "2027-12-31"})
    assert finding.message == said


def test_jargon_message_names_the_first_terms(findings):
    [finding] = findings("K104", statement="Raise ARPU and cut CAC-LTV churn by 2027 to 10%.")
    assert finding.message == "`ARPU` and `LTV` are jargon that readers may not know."
    assert finding.hint == "Write it out, or add it to glossary.yml."
    [finding] = findings("K104", statement="Fix AA, BB, CC, DD and EE by 10% by 2027.")
    assert finding.message.startswith("`AA`, `BB`, `CC` and 2 more are jargon")


def test_jargon_is_reported_once_per_statement(findings):
    result = findings("K104", statement="Raise ARPU by 10% by 2027 and ARPU again by 2028.")
    assert len(result) == 1 and result[0].message.startswith("`ARPU` is jargon")


@pytest.mark.parametrize("statement", [
    "Raise the HR survey score from 60 to 70 by 2027.",  # a department's name
    "Grow KPIs covered from 10 to 20 by 2027.",          # KPI itself
    "Raise sales in the UK and US from 10 to 20 by 2027.",
    "Cut costs in triwulan IV from 10 to 8 by 2027.",
    # business abbreviations everyone reads alike, in both languages
    "Cut the VAT refund time from 30 to 14 days by 2027.",
    "Mempersingkat restitusi PPN dari 30 menjadi 14 hari pada 2027.",
    "Raise the share of SME suppliers from 35% to 50% by 2027.",
    "Menaikkan porsi pemasok UMKM dan BUMN dari 35% menjadi 50% pada 2027.",
    "Cut the CFO's approval time from 5 to 2 days by 2027.",
    "Menaikkan peserta BPJS dari 80% menjadi 95% staf SDM pada 2027.",
    # brands whose capitals stand alone, and an acronym the statement explains
    "Grow YouTube and LinkedIn followers from 12,000 to 20,000 by 2027.",
    "Raise revenue per available room (RevPAR) from IDR 650,000 to IDR 780,000 by 2027.",
    # capitals at both ends, not inside a word; units, degrees, health words
    "Grow revenue 12% year on year (YoY) to IDR 50 billion by 2027.",
    "Grow DevOps and iPad sales from 10 to 20 by 2027.",
    "Raise the share of lecturers with a PhD from 38% to 50% and sign 12 MoU by 2027.",
    "Cut energy use from 3.5 GJ to 3.2 GJ per tonne, 5 kW per line, by 2027.",
    "Menaikkan keberhasilan pengobatan TBC dari 85% menjadi 90% pada 2027.",
    # the income tax on every payslip, written in mixed case; units with a lower-case end
    "Menaikkan penerimaan PPh Pasal 21 dari Rp 412 M menjadi Rp 460 M pada 2027.",
    "Raise solar output from 120 GWh to 180 GWh and 40 MWp installed by 2027.",
    # words of every day (stmt13's fresh statements drew K104 for them)
    "Meningkatkan pangsa pemirsa stasiun TV dari 3,2% menjadi 4% pada 2027.",
    "Cut CO2 emissions per tonne of cement from 0.62 to 0.55 tonnes by 2027.",
    # an acronym that opens brackets after the words it names, more words after it
    "Raise on-time regional financial reports (LKPD Tahunan) from 60% to 90% by 2027.",
    "Menaikkan laporan keuangan desa tepat waktu (LPJ Dana Desa) dari 60% menjadi 90% pada 2027.",
])
def test_well_known_tokens_are_not_jargon(findings, statement):
    assert findings("K104", statement=statement) == []


@pytest.mark.parametrize(("statement", "terms"), [
    ("Raise the ROI of campaigns from 2 to 3 by 2027.", "`ROI`"),
    ("Menaikkan ROI kampanye dari 2 menjadi 3 pada 2027.", "`ROI`"),
    ("Raise OTIF from 82% to 95% and cut DSO from 58 to 40 days by 2027.", "`OTIF` and `DSO`"),
    ("Menaikkan OTIF dari 82% menjadi 95% pada 2027.", "`OTIF`"),
    # a capitalised syllable before the capitals
    ("Raise RevPAR from IDR 650,000 to IDR 780,000 by Q4 2027.", "`RevPAR`"),
    ("Menaikkan RevPAR hotel dari Rp650.000 menjadi Rp780.000 pada TW IV 2027.", "`RevPAR`"),
    # a capital at each end (YoY, SaaS were read as no acronym)
    ("Grow revenue 12% YoY to IDR 50 billion by 2027.", "`YoY`"),
    ("Naikkan penjualan online 20% MoM dan 5% QoQ sampai Desember 2027.", "`MoM` and `QoQ`"),
    ("Grow SaaS revenue from USD 2M to USD 3M by 2027.", "`SaaS`"),
    # capitals with lower-case letters after them (PPnBM, BUMDes were read as no acronym)
    ("Naikkan penerimaan PPnBM dari Rp 2 T menjadi Rp 3 T pada 2027.", "`PPnBM`"),
    ("Naikkan laba BUMDes dari Rp 50 juta menjadi Rp 80 juta pada 2027.", "`BUMDes`"),
    # brackets that name no words before them, or an acronym inside them after other words
    ("Raise on-time LKPD Tahunan from 60% to 90% by 2027.", "`LKPD`"),
    ("Raise on-time reports (the LKPD Tahunan) from 60% to 90% by 2027.", "`LKPD`"),
])
def test_team_abbreviations_stay_jargon(findings, statement, terms):
    [finding] = findings("K104", statement=statement)
    assert finding.message.startswith(terms + " ")


def test_glossary_matching_ignores_case_and_plural(findings):
    assert findings("K104", statement="Grow sqls from 10 to 20 by 2027.") == []
    assert findings("K104", statement="Grow NPSs from 10 to 20 by 2027.") == []


def test_a_glossary_phrase_explains_acronyms_inside_it(findings):
    assert findings("K104", statement="Win 20 B2B SaaS deals by 2027.") == []
    assert findings("K104", statement="Win 20 B2B deals by 2027.") != []


# --- K112: the statement's date agrees with target.date -----------------------------

@pytest.mark.parametrize(("statement", "unit", "base", "goal", "codes"), [
    # a count of what the unit counts, as many as a field says: no date (K103)
    ("Menyelesaikan hingga 2029 berkas sertifikat tanah.", "berkas", 1500, 2029, {"K103"}),
    ("Menyelesaikan hingga 2029 berkas sertifikat tanah per bulan pada 2027.", "berkas per bulan",
     1500, 2029, set()),
    ("Add by 2026 store visit slots, from 4,000 to 6,026, by 2027.", "store visits", 4000, 6026,
     set()),
    ("Add by 2026 store visit slots.", "store visit slots", 4000, 6026, {"K103"}),
    # another unit, or another number than the fields': the year is a date
    ("Menyelesaikan hingga 2029 berkas sertifikat tanah.", "sertifikat", 1500, 2029,
     {"K102", "K112"}),
    ("Menyelesaikan hingga 2029 berkas sertifikat tanah.", "berkas", 1500, 2500,
     {"K102", "K112"}),
    ("Raise coverage from 40% to 60% by 2027 store by store.", "% of stores", 40, 60, set()),
])
def test_a_year_before_a_word_of_the_kpis_unit_is_a_count(findings, statement, unit, base,
                                                           goal, codes):
    """A year after a word that leads to a count too, then a singular word no list has, is a
    date; where that word is what the KPI's unit counts and the number a field's, a count."""
    fired = {code for code in ("K102", "K103", "K112", "K113") if findings(
        code, statement=statement, measurement={"unit": unit}, baseline={"value": base},
        target={"value": goal, "date": "2027-12-31"})}
    assert fired == codes


@pytest.mark.parametrize(("statement", "deadline", "fires"), [
    # a fiscal year may be named for the year it starts (April 2027 to March 2028) or ends
    # (April 2026 to March 2027): any day from 1 January 2027 to 30 November 2028 meets it,
    # as the catalog does not say when its fiscal year starts (FY2027 was read as 2027 alone)
    ("Grow from 120 to 200 by FY2027.", "2028-03-31", False),
    ("Grow from 120 to 200 by the end of FY2027.", "2027-03-31", False),
    ("Grow from 120 to 200 by the end of fiscal year 2027.", "2028-06-30", False),
    ("Grow from 120 to 200 in the 2027 financial year.", "2028-03-31", False),
    ("Menaikkan dari 120 menjadi 200 pada tahun anggaran 2027.", "2028-03-31", False),
    ("Menaikkan dari 120 menjadi 200 pada akhir tahun buku 2027.", "2027-06-30", False),
    ("Menaikkan dari 120 menjadi 200 pada TA 2027.", "2028-03-31", False),
    # a quarter or half of a fiscal year: any month its part may end on (it was read as
    # the calendar's: Q4 FY27 with 30 June 2027, the end of a fiscal year from July, fired)
    ("Grow from 120 to 200 by Q4 FY27.", "2027-06-30", False),
    ("Grow from 120 to 200 by Q4 FY2027.", "2028-03-31", False),
    ("Grow from 120 to 200 by Q1 FY2027.", "2026-04-30", False),
    ("Grow from 120 to 200 by H1 FY2027.", "2028-05-31", False),
    ("Grow from 120 to 200 by the fourth quarter of fiscal year 2027.", "2027-03-31", False),
    ("Grow from 120 to 200 by Q4 FY27.", "2026-12-31", True),
    ("Grow from 120 to 200 by Q1 FY2027.", "2028-03-31", True),
    ("Grow from 120 to 200 by Q4 2027.", "2027-06-30", True),  # a calendar quarter
    ("Grow from 120 to 200 by FY2027.", "2026-12-31", True),  # a year too early
    ("Grow from 120 to 200 by FY2027.", "2028-12-31", True),  # no fiscal year 2027 ends so late
    ("Grow from 120 to 200 in CY2027.", "2028-03-31", True),  # a calendar year
    ("Grow from 120 to 200 by 2027.", "2028-03-31", True),
    ("Grow from 120 to 200 by 31 December 2026.", "2026-12-31", False),
    ("Grow from 120 to 200 by 31 December 2026.", "2027-06-30", True),
    ("Grow from 120 to 200 by 2027.", "2026-12-31", False),
    ("Grow from 120 to 200 by 2027.", "2027-06-30", False),
    ("Grow from 120 to 200 by 2027.", "2027-12-31", False),
    ("Grow from 120 to 200 by Q4 2026.", "2026-11-30", False),
    ("Grow from 120 to 200 by Q3 2026.", "2026-12-31", True),
    ("Menaikkan dari 120 menjadi 200 pada Desember 2026.", "2026-12-31", False),
    ("Menaikkan dari 120 menjadi 200 pada Desember 2026.", "2027-01-31", True),
    ("Menaikkan dari 120 menjadi 200 pada akhir 2026.", "2026-12-31", False),
    ("Grow from 120 in January 2026 to 200 by June 2027.", "2027-06-30", False),
    ("Grow from 120 to 200.", "2026-12-31", False),  # no date: K103's business
    ("Grow from 120 to 200 by YE 2027.", "2027-12-31", False),
    ("Grow from 120 to 200 by YE 2027.", "2027-06-30", True),
    ("Menjaga di atas 95% sepanjang 2027.", "2027-12-31", False),
    ("Menjaga di atas 95% sepanjang 2027.", "2026-06-30", True),
    # a year alone: any day of it; "by 2027" also the day before it starts, "in 2027" not
    ("Menaikkan dari 120 menjadi 200 di 2027.", "2027-12-31", False),
    ("Menaikkan dari 120 menjadi 200 di 2027.", "2028-06-30", True),
    ("Menaikkan dari 120 menjadi 200 pada 2027.", "2026-12-31", True),
    ("Grow from 120 to 200 in 2027.", "2026-12-31", True),
    ("Grow from 120 to 200 during 2027.", "2027-09-30", False),
    ("Grow from 120 to 200 in 2027.", "2028-01-01", True),
    ("Grow from 120 to 200 before 2028.", "2027-12-31", False),
    ("Grow from 120 to 200 before 2028.", "2028-12-31", True),
    ("Grow from 120 to 200 by end of 2027.", "2027-12-31", False),
    ("Grow from 120 to 200 by year-end 2027.", "2027-06-30", True),
    # a half year: a deadline inside it or at its end, not the day before it starts
    ("Menaikkan dari 120 menjadi 200 pada semester II 2027.", "2027-12-31", False),
    ("Menaikkan dari 120 menjadi 200 pada semester II 2027.", "2027-09-30", False),
    ("Menaikkan dari 120 menjadi 200 pada semester II 2027.", "2027-06-30", True),
    ("Menaikkan dari 120 menjadi 200 pada semester 2 2027.", "2027-06-30", True),
    ("Menaikkan dari 120 menjadi 200 pada S2 2027.", "2027-06-30", True),
    ("Menaikkan dari 120 menjadi 200 pada paruh kedua 2027.", "2027-06-30", True),
    ("Menaikkan dari 120 menjadi 200 pada paruh kedua 2027.", "2027-12-31", False),
    ("Grow from 120 to 200 in H2 2027.", "2027-06-30", True),
    ("Grow from 120 to 200 in H2 2027.", "2028-01-01", True),
    ("Grow from 120 to 200 by Q2 2027.", "2027-03-31", True),
    # a year alone before the baseline's (2026) is a date, wrong; one more than ten years
    # before it, a count (stmt18)
    ("Grow from 120 to 200 by 2024.", "2027-12-31", True),
    ("Grow from 120 to 200 by 2016 store by store.", "2027-12-31", True),
    ("Grow from 120 to 200 by 2015 store by store.", "2027-12-31", False),
    # a plural after a word of its kind makes a count whatever the year (stmt22)
    ("Grow from 120 to 200 by 2016 store visits.", "2027-12-31", False),
    ("Grow visits by 2026 funeral directors in 2028.", "2027-12-31", True),
    # a day: give or take a day
    ("Grow from 120 to 200 by 31 December 2027.", "2028-01-01", False),
    ("Grow from 120 to 200 before 1 January 2028.", "2027-12-31", False),
])
def test_statement_date_matches_target_date(findings, statement, deadline, fires):
    result = findings("K112", statement=statement, target={"date": deadline})
    assert bool(result) is fires
    if fires:
        assert deadline in result[0].message


# --- K113: "from X to Y" agrees with baseline and target ----------------------------

OTHER_FROM_TO = (
    "Leads: 120 → 200 by 31 December 2027.",
    "Prospek: 120 -> 200 pada akhir 2027.",
    "Bring leads to 200 (from 120) by 31 December 2027.",
    "Mencapai 200 prospek (dari 120) pada akhir 2027.",
    "Increase leads to 200 by 31 December 2027, up from 120 in 2025.",
    "Menaikkan prospek menjadi 200 pada akhir 2027, naik dari 120 pada 2025.",
    "Increase leads from 120 in 2026 to 200 by 31 December 2027.",
    "Menaikkan prospek dari 120 pada 2026 menjadi 200 pada akhir 2027.",
    "Increase leads from 120 per month (2025 average) to 200 by 2027.",
    "Increase leads from **120** to **200** by *31 December 2027*.",
    "Increase leads from c. 120 to 200 by 2027.",
    "Increase leads from 120/month to 200/month by 2027.",
    "Raise leads to 200 from 120 by 31 December 2027.",
    "Raise monthly leads to 200 a month from 120 in Q4 2027.",
)
"""Ways of writing "from 120 to 200" other than those words."""


@pytest.mark.parametrize(("statement", "base", "goal", "fires"), [
    ("Grow leads from 120 to 200 by 2026.", 120, 200, False),
    ("Grow leads from 120 to 200 by 2026.", 150, 200, True),
    ("Grow leads from 120 to 200 by 2026.", 120, 250, True),
    ("Grow leads from 1,200 to 2,000 by 2026.", 1200, 2000, False),
    ("Grow leads from about 1.2 million to 2 million by 2026.", 1213456, 2000000, False),
    ("Naikkan pelanggan dari 1.200 menjadi 2.000 pada 2026.", 1200, 2000, False),
    ("Naikkan skor dari 12,5 menjadi 15 pada 2026.", 12.5, 15, False),
    ("Grow revenue from IDR 2.5 billion to IDR 3 billion by 2026.", 2500, 3000, False),
    ("Grow revenue from IDR 2.5 billion to IDR 3 billion by 2026.", 2500, 3500, True),
    ("Naikkan pendapatan dari Rp 2,5 miliar menjadi Rp 3 miliar pada 2026.", 2.5, 3, False),
    ("Grow the share from 18% to 24% by 2026.", 0.18, 0.24, False),
    ("Grow the share from 18% to 24% by 2026.", 18, 24, False),
    ("Grow the share from 18% to 24% by 2026.", 18, 30, True),
    ("Grow from 1 January 2026 to 31 December 2026 by 20%.", 120, 144, False),  # dates
    ("Grow sales by 20% from 2026 to 2027.", 120, 144, False),  # years
    # a change named as such, against the way from baseline to target (120 to 200 is +67%)
    ("Grow sales by 20% from 2026 to 2027.", 120, 200, True),
    ("Halve complaints from 20 to 12 by 2027.", 20, 12, True),
    ("Halve complaints from 20 to 10 by 2027.", 20, 10, False),
    ("Turunkan keluhan setengahnya pada 2027.", 20, 12, True),
    ("Cut churn by 5 percentage points by 2027.", 12, 7, False),
    ("Turunkan churn 5 poin persentase pada 2027.", 12, 8, True),
    ("Grow revenue 10% year on year to IDR 50 billion by 2027.", 41.3e9, 50e9, False),
    # a target named alone, after a verb that moves the value or after reach/mencapai
    ("Grow leads to 200 by 2026.", 150, 200, False),
    ("Grow leads to 200 by 2026.", 150, 300, True),
    ("Reach 95% on-time delivery by the end of 2027.", 80, 95, False),
    ("Reach 95% on-time delivery by the end of 2027.", 80, 96, True),
    ("Capai 95% pengiriman tepat waktu pada akhir 2027.", 80, 96, True),
    ("Turunkan churn menjadi 3% pada akhir 2027.", 5, 3, False),
    ("Turunkan churn menjadi 3% pada akhir 2027.", 5, 2, True),
    ("Reach 1st place in the regional ranking by 2027.", 5, 1, False),  # a rank, not 1
    ("Answer tickets within 4 hours for up to 90% of orders by 2026.", 80, 95, False),  # up to
    ("Respond to 90% of tickets within 4 hours by 2026.", 80, 95, False),  # no verb, no reach
    # the other ways people write "from X to Y": both sides of each
    *[(statement, 120, 200, False) for statement in OTHER_FROM_TO],
    *[(statement, 150, 200, True) for statement in OTHER_FROM_TO],
    ("Raise the score from 3.9/5 to 4.5/5 by 2027.", 3.9, 4.5, False),
    ("Raise the score from 3.9/5 to 4.5/5 by 2027.", 3.9, 4.8, True),
    ("Menaikkan skor dari 3,9/5 menjadi 4,5/5 pada 2027.", 3.9, 4.8, True),
    # signs: -12% is not 12%
    ("Reduce net losses from -12% to -5% by 2027.", -12, -5, False),
    ("Reduce net losses from −12% to −5% by 2027.", -12, -5, False),
    ("Reduce net losses from -12% to -5% by 2027.", 12, 5, True),
    ("Menaikkan laba dari -5% menjadi +3% pada 2027.", -5, 3, False),
    ("Menaikkan laba dari -5% menjadi +3% pada 2027.", 5, 3, True),
    ("Cut handling to 8 hours (from 12.5 hours) by 2027.", 12.5, 8, False),
    ("Memangkas penanganan menjadi 8 jam (dari 12,5 jam) pada 2027.", 12.5, 8, False),
    ("Memangkas penanganan menjadi 8 jam (dari 12,5 jam) pada 2027.", 12, 8, True),
    # a number is rounded to its last digit, no further: 24% is not 25%, 200 is not 210
    ("Grow the share from 18% to 24% by 2026.", 18, 25, True),
    ("Naikkan pangsa dari 18% menjadi 24% pada 2026.", 18, 24.4, False),
    ("Grow leads from 120 to 200 by 2026.", 120, 210, True),
    ("Grow revenue from IDR 2.5 billion to IDR 3 billion by 2026.", 2500, 3400, False),
    ("Grow leads from 12,000 to 15,000 by 2026.", 12040, 15000, False),
    # a zero after the decimal mark says the place: 0.20 is 0.2 to the hundredth
    ("Cut the cost per order from USD 0.30 to USD 0.20 by 2027.", 0.3, 0.2, False),
    ("Cut the cost per order from USD 0.30 to USD 0.20 by 2027.", 0.3, 0.22, True),
    ("Cut the cost per order from USD 0.3 to USD 0.2 by 2027.", 0.3, 0.22, False),
    ("Turunkan biaya per pesanan dari Rp0,30 juta menjadi Rp0,20 juta pada 2027.", 0.3e6,
     0.21e6, True),
    ("Turunkan biaya per pesanan dari Rp0,30 juta menjadi Rp0,20 juta pada 2027.", 0.3e6,
     0.2e6, False),
    ("Raise uptime from 99.50% to 99.90% by 2027.", 99.5, 99.94, True),
    ("Raise uptime from 99.5% to 99.9% by 2027.", 99.5, 99.94, False),
    # a note or a count beside the target is not a baseline
    ("Serve 200 customers (from 12 stores) by 2027.", 150, 200, False),
    ("Grow sales to 200 by 2027, from 12 stores.", 150, 200, False),
    ("Grow sales to 200 units from 12 stores by 2027.", 150, 200, False),
    ("Naikkan porsi daring menjadi 30% dari total penjualan pada 2027.", 20, 30, False),
    ("Raise the minimum wage to IDR 5 million from 2027.", 4e6, 5e6, False),  # a year
    # "dari" is also "of": 12 of 15 health centres, no baseline
    ("Menaikkan puskesmas terakreditasi Paripurna menjadi 12 dari 15 pada 2027.", 5, 12, False),
    ("Naikkan porsi daring menjadi 30 persen dari 20 persen pada 2027.", 20, 30, False),
    ("Naikkan porsi daring menjadi 30 persen dari 20 persen pada 2027.", 25, 30, True),
    ("Naikkan upah minimum menjadi Rp 5 juta dari 2027.", 4e6, 5e6, False),
    # a target written like a year: a count where what follows makes it one, or after a word
    # that never leads to a date (stmt19); a year's level is none
    ("Reach 2000 pupils by 2027.", 1200, 2500, True),
    ("Reach 2000 pupils by 2027.", 1200, 2000, False),
    ("Raise members to 2000 members by 2027.", 1200, 2500, True),
    ("Naikkan koloni lebah menjadi 2000 koloni pada 2027.", 1200, 2500, True),
    ("Naikkan anggota menjadi 2000 pada 2027.", 1200, 2500, True),
    ("Keep at least 2000 members through 2027.", 2200, 2500, False),
    ("Serve no more than 2030 patients a day by 2027.", 1800, 2100, True),
    ("Serve no more than 2030 patients a day by 2027.", 1800, 2000, False),
    ("Raise sales to 2027 levels of output by 2027.", 40, 60, False),
    ("Raise literacy to 2030 targets by 2027.", 40, 60, False),
])
def test_statement_numbers_match_fields(findings, statement, base, goal, fires):
    result = findings("K113", statement=statement, baseline={"value": base},
                      target={"value": goal})
    assert bool(result) is fires


def test_an_acronym_in_brackets_in_the_glossary_is_explained():
    from kpi_catalog.checking.text import Glossary, find_jargon

    glossary = Glossary.build(["Net Promoter Score (NPS)"])
    assert find_jargon("Raise NPS to 40 by 2027.", glossary) == []
    assert find_jargon("Raise ENPS to 40 by 2027.", glossary) == ["ENPS"]


def test_a_numbers_message_quotes_the_phrase_as_written(findings):
    [finding] = findings("K113", statement="Leads:\u00a0120\u00a0→ 200 by 2027.",
                         baseline={"value": 150}, target={"value": 200})
    assert "`120 → 200`" in finding.message
    assert "baseline.value is 150" in finding.message


def test_a_bound_of_the_change_is_said_as_one(findings):
    """`up to 40` after a verb that adds bounds the change: the message names the change the
    fields make, not target.value alone (stmt22)."""
    [finding] = findings("K113", statement="Add up to 40 new clinics by 2027.",
                         baseline={"value": 100}, target={"value": 150, "date": "2027-12-31"})
    assert finding.message == ("The statement says `up to 40`, the most the value is to grow "
                               "by, but from baseline.value 100 to target.value 150 it grows "
                               "by 50; make them agree.")
    assert "baseline.value or target.value" in finding.hint
    with speaking("id"):
        [finding] = findings("K113", statement="Menambah nasabah hingga 2000 nasabah baru pada "
                             "2027.", baseline={"value": 10000},
                             target={"value": 13000, "date": "2027-12-31"})
    assert "`hingga 2000`, tambahan paling banyak" in finding.message
    assert "bertambah 3000" in finding.message


@pytest.mark.parametrize(("statement", "fires"), [
    ("Keep stock cover between 30 and 45 days through 2027.", False),
    ("Menjaga persediaan antara 30 hingga 45 hari sepanjang 2027.", False),
    ("Keep stock cover at 30–45 days through 2027.", False),
    ("Menjaga persediaan pada kisaran 30-45 hari selama 2027.", False),
    ("Bring stock cover from 62 days to between 30 and 45 days by 2027.", False),
    ("Keep stock cover between 30 and 50 days through 2027.", True),
    ("Menjaga persediaan antara 25 dan 45 hari sepanjang 2027.", True),
    ("Keep stock cover at 30–50 days through 2027.", True),
    ("Keep stock cover in the range of 20 to 45 days through 2027.", True),
    ("Keep stock cover below 45 days through 2027.", False),  # no range: nothing to compare
])
def test_a_range_in_the_statement_agrees_with_the_target_range(findings, statement, fires):
    result = findings("K113", statement=statement, direction="within_range",
                      baseline={"value": 62},
                      target={"value": None, "min": 30, "max": 45}, thresholds=None)
    assert bool(result) is fires
    if fires:
        assert "the target range is 30 to 45" in result[0].message


@pytest.mark.parametrize("statement", [
    "Keep first response between 2 hours and 30 minutes through 2027.",
    "Keep first response between 30 minutes and 2 hours through 2027.",
    "Jaga respons pertama antara 2 jam dan 30 menit sepanjang 2027.",
])
@pytest.mark.parametrize(("low", "high", "fires"), [
    (30, 120, False), (0.5, 2, False),  # the range in minutes, or in hours
    (2, 30, True),  # was read as 2 to 30, and agreed with these
])
def test_a_range_whose_ends_name_two_units_compares_them_in_one(findings, statement, low,
                                                                 high, fires):
    """`between 2 hours and 30 minutes` is the range 30 to 120 minutes (0.5 to 2 hours): the
    ends are compared in one unit, the lower one first, not as 2 to 30."""
    result = findings("K113", statement=statement, direction="within_range",
                      baseline={"value": 200},
                      target={"value": None, "min": low, "max": high}, thresholds=None)
    assert bool(result) is fires
    if fires:
        said = statement.split("between ")[-1].split("antara ")[-1].split(" through")[0]
        assert f"{said.split(' sepanjang')[0]}`" in result[0].message, result[0].message


@pytest.mark.parametrize("statement", [
    "Keep first response between 2 hours and 30 minutes through 2027.",
    "Keep first response between 30 minutes and 2 hours through 2027.",
    "Jaga respons pertama antara 2 jam dan 30 menit sepanjang 2027.",
])
@pytest.mark.parametrize(("low", "high"), [(0.5, 120)])
def test_a_range_in_two_units_is_not_met_by_ends_in_two_units(findings, statement, low,
                                                                high):
    """min 0.5 (hours) with max 120 (minutes) agreed: each end was looked up among both
    readings on its own, though a KPI's fields are in its one unit."""
    result = findings("K113", statement=statement, direction="within_range",
                      baseline={"value": 200},
                      target={"value": None, "min": low, "max": high}, thresholds=None)
    assert len(result) == 1
    assert f"the target range is {low} to {high}" in result[0].message
    assert "names two units of time" in result[0].hint
    assert "0.5 and 2 (" in result[0].hint and "30 and 120 (" in result[0].hint


@pytest.mark.parametrize(("baseline", "target", "fires"), [
    (2, 0.5, False), (48, 12, False),  # in days, or in hours
    (2, 12, True), (48, 0.5, True),  # each end in its own unit: these agreed
])
def test_a_from_to_in_two_units_reads_both_ends_in_one(findings, baseline, target, fires):
    result = findings("K113", statement="Cut delivery time from 2 days to 12 hours by 2027.",
                      direction="lower_is_better", baseline={"value": baseline},
                      target={"value": target})
    assert bool(result) is fires, result
    if fires:
        assert result[0].message == (
            "The statement says `from 2 days to 12 hours` but baseline.value is "
            f"{baseline} and target.value is {target}; make them agree.")
        assert "2 and 0.5 (days), or 48 and 12 (hours)" in result[0].hint


@pytest.mark.parametrize(("unit", "baseline", "target", "fires"), [
    ("days", 2, 0.5, False), ("days", 48, 12, True),  # 48 and 12 are hours
    ("hours", 48, 12, False), ("jam", 2, 0.5, True), ("hours per parcel", 2, 0.5, True),
    ("jam/paket", 2, 0.5, True), ("working days", 2, 0.5, False),  # no unit of time
    ("parcels", 48, 12, False), ("parcels", 2, 0.5, False),  # no unit of time: either
    ("minutes", 48, 12, False),  # a unit the phrase does not name: either reading
])
def test_a_from_to_in_two_units_is_read_in_the_kpis_unit(findings, unit, baseline, target,
                                                         fires):
    """A KPI in hours whose fields hold the days' numbers of `from 2 days to 12 hours` (2
    and 0.5) agreed: either reading of the phrase was taken, not the one of its unit."""
    result = findings("K113", statement="Cut delivery time from 2 days to 12 hours by 2027.",
                      direction="lower_is_better", baseline={"value": baseline},
                      target={"value": target}, measurement={"unit": unit})
    assert bool(result) is fires, result
    if fires:
        in_unit = "2 and 0.5" if unit == "days" else "48 and 12"
        assert result[0].hint == (
            f"The statement names two units of time; in the KPI's unit, {unit}, its numbers "
            f"are {in_unit}. Correct the fields or the statement.")


@pytest.mark.parametrize(("unit", "low", "high", "fires"), [
    ("minutes", 30, 120, False), ("minutes", 0.5, 2, True), ("menit", 0.5, 2, True),
    ("hours", 0.5, 2, False), ("hours", 30, 120, True), ("tickets", 30, 120, False),
])
def test_a_range_in_two_units_is_read_in_the_kpis_unit(findings, unit, low, high, fires):
    result = findings("K113", statement="Keep first response between 2 hours and 30 minutes "
                      "through 2027.", direction="within_range", baseline={"value": 200},
                      target={"value": None, "min": low, "max": high}, thresholds=None,
                      measurement={"unit": unit})
    assert bool(result) is fires, result
    if fires:
        assert f"in the KPI's unit, {unit}," in result[0].hint


def test_a_range_in_two_units_holds_its_ends_low_first():
    from kpi_catalog.checking.text import find_range

    phrase = find_range("Keep first response between 2 hours and 30 minutes in 2027.")
    assert phrase is not None
    assert phrase.text == "between 2 hours and 30 minutes"
    assert phrase.start == {30, 0.5} and phrase.end == {120, 2}


def test_the_numbers_rule_says_what_it_compares():
    """K113's one line (its page, the index of rules, the MCP server) names each thing it
    reads: a bound too, since `at least 18%` is checked against target.value."""
    summary = RULES["K113"].summary
    for words in ("from X to Y", "named alone", "at least", "no more than", "range"):
        assert words in summary


def test_a_change_that_disagrees_says_the_change_of_the_fields_in_both_languages(findings):
    from kpi_catalog.i18n.messages import speaking

    english = findings("K113", statement="Halve complaints from 20 to 12 by 2027.",
                       baseline={"value": 20}, target={"value": 12})
    assert "`Halve`" in english[0].message and "-40%" in english[0].message
    with speaking("id"):
        indonesian = findings("K113", statement="Turunkan keluhan setengahnya pada 2027.",
                              baseline={"value": 20}, target={"value": 12.5})
        points = findings("K113", statement="Turunkan churn 5 poin persentase pada 2027.",
                          baseline={"value": 12}, target={"value": 8})
    assert indonesian[0].message.startswith("Pernyataan menyebut `setengahnya`")
    assert "-37,5%" in indonesian[0].message
    assert "`5 poin persentase`" in points[0].message and "adalah 4;" in points[0].message
