"""Acronyms that neither the glossary nor a list of well-known tokens explains
(:func:`find_jargon`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kpi_catalog.checking.text import clues
from kpi_catalog.checking.text.dates import without_dates
from kpi_catalog.checking.text.sentences import URL, mask

# --- jargon --------------------------------------------------------------------------

WELL_KNOWN = frozenset("""
    KPI IDR USD EUR SGD GBP JPY AUD CNY MYR HKD CHF THB INR KRW NZD CAD
    FY AM PM WIB WITA WIT UTC GMT KM KG CM MM KWH MW GB TB MB PT TBK KW GW GJ MJ
    MWH GWH TWH MWP GWP KVA MVA MHZ GHZ
    US USA UK EU ASEAN DKI DIY NTB NTT TV CO2
    CEO CFO COO CTO CIO VAT GST GDP SME MSME ATM PhD MoU
    PPN PPh PBB NPWP SPT PDB UMKM BUMN SDM THR UMR UMP BPJS OJK
    ID KTP KK NIK SIM SD SMP SMA SMK PAUD PNS ASN APBN APBD DPR DPRD BPS BBM PLN PDAM
    RSUD IGD ICU ASI HIV AIDS TBC COVID
""".split())
"""Tokens every reader knows: currency codes, time words, units (`kW`, `GJ`), `PT`/`Tbk`,
`KPI`, `TV`, `CO2`, places (`UK`, `EU`, the provinces `DKI`, `DIY`, `NTB`, `NTT`), degrees
and agreements (`PhD`, `MoU`), and the business abbreviations of the news, a payslip or a
receipt, which say one thing to everyone: company officers (`CEO`, `CFO`), taxes (`VAT`,
`PPN`, `PPh`: the income tax on every payslip, `SPT`: the yearly tax return), the economy
(`GDP`, `PDB`), small firms (`SME`, `UMKM`), state firms (`BUMN`), staff (`SDM`, `THR`,
`UMR`, `BPJS`); and those of public services every citizen meets: papers (`ID`, `KTP`, `KK`,
`NIK`, `SIM`), schools (`SD`, `SMP`, `SMA`, `SMK`, `PAUD`), the state (`PNS`, `ASN`, `APBN`,
`APBD`, `DPRD`, `BPS`, `BBM`), the electricity and water companies (`PLN`, `PDAM`: a bill
every household pays), hospitals (`RSUD`, `IGD`, `ICU`) and health words (`ASI`, `HIV`,
`AIDS`, `TBC`, `COVID`). Team words that name a measure or a process (`CAC`, `SQL`, `OTIF`,
`ROI`, `YoY`, `SaaS`) stay jargon: the glossary says how this catalog counts them; so do the
public sector's words that not every citizen meets or that mean several things (`KPP`, one
agency's offices; `KRL`, one region's trains; `DAS`, a sector's word; `TPA`, three meanings)."""

_ROMAN = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})\Z")  # I to XXIX: triwulan IV, fase II
# The lookahead asks for a capital letter once, instead of trying every split of the run.
# An acronym may start with one lower-case letter before two capitals: eNPS, iOS, mPOS; or
# with a short capitalised syllable: RevPAR, ChatGPT.
_LOWER_LEAD = r"(?:(?:[A-Z][a-z]{1,3}+|[a-z])(?=[A-Z]{2}))?"
# Or a word that starts and ends with a capital, a few lower-case letters between: YoY,
# MoM, QoQ, SaaS (not DevOps, LinkedIn: a capital inside a word is no acronym).
_CAPITAL_ENDS = r"[A-Z][a-z]{1,3}+[A-Z](?![\w&])"
# Or capitals with one or two lower-case letters after them, and more capitals or none:
# Indonesian writes them so (`PPh`, pajak penghasilan; `PPnBM`; `BUMDes`), and units (`GWh`).
_MIXED = r"[A-Z]{2,}+[a-z]{1,2}+(?:[A-Z]++)?(?![\w&])"
_ACRONYM = re.compile(
    r"(?<![\w&])(?P<base>" + _CAPITAL_ENDS + "|" + _LOWER_LEAD
    + r"(?=[0-9&]*+[A-Z])[A-Z0-9&]++(?![a-rt-z])|" + _MIXED + r")(?:s|['’]s)?(?![\w&])")
_ANY_ACRONYM = ("(" + _CAPITAL_ENDS + "|" + _LOWER_LEAD + r"[A-Z0-9&]{2,}+(?![a-rt-z])|" + _MIXED
                + ")")
_PAREN_ACRONYM = re.compile(r"\(\s*+" + _ANY_ACRONYM + r"s?\s*+\)")
# An acronym that opens brackets after words, a few words after it: the name of what the
# words before describe (`annual tax returns (SPT Tahunan)`, `income tax (PPh Pasal 21)`).
_PAREN_NAME = re.compile(r"(?:(?<=[^\W\d_])|(?<=[^\W\d_]\s))\(\s*+" + _ANY_ACRONYM
                         + r"s?(?:\s++[^\s()]++){1,3}+\s*+\)")
_ACRONYM_BEFORE_PAREN = re.compile(r"(?<![\w&])" + _ANY_ACRONYM + r"s?\s*+\(")
_LOWER_CASE = re.compile(r"[a-z]")
# Every acronym find_jargon reports has two capitals with at most digits or `&` between them
# (CAC, B2B, P&L, eNPS), or a few lower-case letters (YoY, SaaS): a text without such a pair
# is neither masked nor searched.
_TWO_CAPITALS = re.compile(r"[A-Z][0-9&]*+[A-Z]|[A-Z][a-z]{1,3}+[A-Z]")


def _explained_before_parentheses(text: str) -> set[str]:
    """Acronyms followed by words in parentheses: `CAC (customer acquisition cost)`.

    The closing parenthesis and the next lower-case letter are looked up again only when
    the previous answer lies behind the acronym: many acronyms before one far parenthesis
    cost one search, not one each.
    """
    explained: set[str] = set()
    close = lower = -1
    for match in _ACRONYM_BEFORE_PAREN.finditer(text):
        inside = match.end()
        if close < inside:
            close = text.find(")", inside)
            if close < 0:
                break
        if lower < inside:
            found = _LOWER_CASE.search(text, inside)
            lower = found.start() if found else len(text)
        if lower < close:
            explained.add(match.group(1).casefold())
    return explained


def is_acronym(token: str) -> bool:
    """Two or more capital letters, possibly with digits or `&` (`CAC`, `B2B`, `P&L`, `eNPS`)."""
    return sum(c.isupper() for c in token) >= 2


def _folds(word: str) -> set[str]:
    """A word and its singular/plural forms, case-folded: `SQLs` -> {sqls, sql}.

    Only a lower-case `s` makes a plural: `TBS` (tandan buah segar) is no plural of `TB`.
    """
    w = word.casefold()
    forms = {w, w + "s"}
    if w.endswith("'s") or w.endswith("’s"):
        forms.add(w[:-2])
    elif word.endswith("s") and len(w) > 2:
        forms.add(w[:-1])
    return forms


@dataclass(frozen=True)
class Glossary:
    """What the glossary explains: single words (every form), and multi-word phrases."""

    words: frozenset[str]
    phrases: tuple[re.Pattern[str], ...]

    @classmethod
    def build(cls, entries: Iterable[str]) -> Glossary:
        words: set[str] = set()
        phrases = []
        for entry in entries:
            entry = entry.strip()
            if not entry:
                continue
            if re.search(r"\s", entry):
                phrases.append(r"\s+".join(map(re.escape, entry.split())))
            words |= _folds(entry)
            for inner in _PAREN_ACRONYM.finditer(entry):  # `Net Promoter Score (NPS)`
                words |= _folds(inner.group(1))
        phrases.sort(key=len, reverse=True)  # the longest phrase wins
        pattern = (re.compile(r"(?<![\w&])(?:" + "|".join(phrases) + r")s?(?![\w&])", re.I),)
        return cls(frozenset(words), pattern if phrases else ())

    def knows(self, token: str) -> bool:
        return bool(_folds(token) & self.words)


@lru_cache(maxsize=64)
def _known_folded(extra_known: frozenset[str]) -> frozenset[str]:
    """The words that are no jargon, case-folded (once per catalog, not once per KPI)."""
    return frozenset(w.casefold() for w in WELL_KNOWN | extra_known)


def find_jargon(text: str, glossary: Glossary, extra_known: Iterable[str] = ()) -> list[str]:
    """Acronyms in the text that the glossary does not explain, first seen first, once each.

    Not jargon: glossary terms and aliases (any case, singular or plural; multi-word
    terms as a whole), :data:`WELL_KNOWN` tokens, roman numerals, and acronyms the text
    explains itself: `customer acquisition cost (CAC)` or `CAC (customer acquisition cost)`.
    """
    if clues.active and not _TWO_CAPITALS.search(text):
        return []
    masked = mask(without_dates(text), URL)  # Q4 2026, FY2026: dates, not jargon
    for phrase in glossary.phrases:
        masked = mask(masked, phrase)
    explained = {m.group(1).casefold() for m in _PAREN_ACRONYM.finditer(masked)}
    if "(" in masked:
        explained |= {m.group(1).casefold() for m in _PAREN_NAME.finditer(masked)}
    explained |= _explained_before_parentheses(masked)
    known = _known_folded(frozenset(extra_known))
    out: list[str] = []
    for match in _ACRONYM.finditer(masked):
        base = match.group("base")
        if not is_acronym(base) or _ROMAN.match(base):
            continue
        folded = _folds(base)
        if folded & known or folded & explained or glossary.knows(base):
            continue
        if match.group() not in out:
            out.append(match.group())
    return out
