"""A number written as a report or a spreadsheet shows it, and the number a YAML file wants.

People copy numbers from where they read them: ``1 250`` and ``1.234.567`` (thousands
grouped by a space or a point, as in Bahasa Indonesia), ``1,234,567`` (by a comma),
``24,5`` (a decimal comma), ``1.234,5`` (both), ``24,5%``. YAML reads those as text, or in
``{...}`` splits them at the comma; a message can say what was meant, but only where the
writing says it: ``1,250`` is 1250 in English and 1.25 in Indonesian, so both are offered,
and ``1.234`` (a valid number already) is never second-guessed. Around the number, what
reports add: brackets for a negative amount (``(1,250)``, in accounts), a currency before it
(``Rp 1.250.000``: the groups say the points are thousands; ``Rp 1.250`` may be either, and
both are offered) and a scale word after it (``12.5k``, ``2,5 jt``).

The YAML reader's hints (E106, E203), `kpi new`'s questions and values imported from
spreadsheets read them here, each saying it in its own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from kpi_catalog.i18n.messages import N_, _

# A sign, digits with single separators between them, a percent sign: nothing else.
_WRITTEN = re.compile(r"([-+\u2212]?)([0-9]+(?:[ \u00a0\u202f'\u2019,.][0-9]+)*)[ \u00a0]?(%?)")
_SEPARATOR = re.compile(r"[^0-9]")

THOUSANDS = "thousands"  # 1 250, 1.234.567, 1,234,567: write 1250, 1234567
DECIMAL_COMMA = "decimal comma"  # 24,5: write 24.5
BOTH = "both"  # 1.234,5 and 1,234.5: write 1234.5
EITHER = "either"  # 1,250: 1250 (thousands) or 1.250 (a decimal comma)
PERCENT = "percent"  # 24.5%: write 24.5
MINUS = "minus"  # −5 (U+2212): write -5
PLAIN = "plain"  # 1250 inside brackets, after a currency, before a scale word
POINT_EITHER = "point either"  # Rp 1.250: 1250 (thousands) or 1.250 (a decimal point)

# What reports write around a number: brackets (a negative amount), a currency before it, a
# scale word after it (lower-case `m` is left out: minutes and metres too).
_BRACKETS = re.compile(r"\((.+)\)")
_CURRENCY = re.compile(r"(?:Rp\.?|IDR|USD|US\$|SGD|S\$|EUR|\$|\u20ac|\u00a3)[ \u00a0]?", re.I)
_SCALES = {"k": 3, "K": 3, "rb": 3, "ribu": 3, "thousand": 3, "jt": 6, "juta": 6, "M": 6,
           "mn": 6, "million": 6, "bn": 9, "B": 9, "miliar": 9, "milyar": 9, "billion": 9}
_SCALE = re.compile(r"(.*?[0-9])[ \u00a0]?(" + "|".join(sorted(_SCALES, key=len, reverse=True))
                    + r")\.?")
BRACKETS, CURRENCY = "brackets", "currency"  # the notes: what was written around the number


@dataclass(frozen=True)
class WrittenNumber:
    """What a written number means: ``number`` to write (and ``other`` for ``EITHER``);
    ``percent`` and ``minus``: it had a percent sign, or Word's minus sign (U+2212)."""

    kind: str
    number: str
    other: str = ""
    percent: bool = False
    minus: bool = False
    notes: tuple[str, ...] = ()
    """What was written around it: ``BRACKETS``, ``CURRENCY``, or the scale word."""


def written_number(text: str) -> WrittenNumber | None:
    """The number ``text`` writes with separators, a percent sign, brackets, a currency or a
    scale word; ``None`` when it is no such number (a plain number, a version such as
    ``1.2.3``, a date, words)."""
    inner, notes = text.strip(), []
    bracketed = _BRACKETS.fullmatch(inner)
    if bracketed is not None:
        inner = bracketed.group(1).strip()
        notes.append(BRACKETS)
    currency = _CURRENCY.match(inner)
    if currency is not None and inner[currency.end():currency.end() + 1].isdigit():
        inner = inner[currency.end():]
        notes.append(CURRENCY)
    scaled = _SCALE.fullmatch(inner)
    if scaled is not None:
        inner = scaled.group(1)
        notes.append(scaled.group(2))
    found = _number(inner) if notes else _number(inner, plain=False)
    if found is None or not notes:
        return found
    if inner[:1] in "-+\u2212" and BRACKETS in notes:
        return None  # `(-5)`: a sign and brackets, which is meant is in doubt
    if found.kind == PLAIN and CURRENCY in notes and scaled is None and re.fullmatch(
            r"[0-9]{1,3}\.[0-9]{3}", inner):  # Rp 1.250: thousands, or a decimal point
        found = WrittenNumber(POINT_EITHER, inner.replace(".", ""), inner)
    sign = "-" if BRACKETS in notes else ""
    power = _SCALES[scaled.group(2)] if scaled is not None else 0
    kind = PLAIN if power and found.kind not in (EITHER, POINT_EITHER) else found.kind
    return replace(found, kind=kind, number=_times(sign + found.number, power),
                   other=_times(sign + found.other, power) if found.other else "",
                   notes=tuple(notes))


def _times(number: str, power: int) -> str:
    """``number`` times ten to ``power``, as a YAML number: 12.5 and 3 make 12500."""
    if not power:
        return number
    value = Decimal(number).scaleb(power).normalize()
    return f"{value:f}"


def _number(text: str, plain: bool = True) -> WrittenNumber | None:
    """:func:`written_number` for the number itself; ``plain``: a plain number too (kind
    ``PLAIN``), which bare is no such number."""
    found = _WRITTEN.fullmatch(text.strip())
    if found is None:
        return None
    sign, body, percent = found.groups()
    minus = sign == "\u2212"  # Word's minus sign, which YAML does not take for one
    meant = _meaning("-" if minus else sign, body, percent, minus, plain)
    return replace(meant, percent=bool(percent), minus=minus) if meant else None


def decimal_comma_number(text: str, *, either: bool = False) -> str | None:
    """The number ``text`` writes with a decimal comma and nothing else to change (`24,5`:
    ``24.5``); with ``either`` (where the writer said commas are decimal), `1,250` too
    (``1.250``). None for any other writing, a percent or Word's minus sign among them."""
    return decimal_comma_of(written_number(text), either=either)


def decimal_comma_of(found: WrittenNumber | None, *, either: bool = False) -> str | None:
    """:func:`decimal_comma_number` of a text already read by :func:`written_number`
    (``found``): a caller that needs both reads it once."""
    if found is None or found.percent or found.minus or found.notes:
        return None
    if found.kind == DECIMAL_COMMA:
        return found.number
    return found.other if found.kind == EITHER and either else None


def _meaning(sign: str, body: str, percent: str, minus: bool, plain: bool
             ) -> WrittenNumber | None:
    """What digits and separators (``body``) after ``sign`` mean, as :func:`written_number`."""
    groups = _SEPARATOR.split(body)
    separators = _SEPARATOR.findall(body)
    if not separators:
        return (WrittenNumber(PERCENT, sign + body) if percent
                else WrittenNumber(MINUS, sign + body) if minus
                else WrittenNumber(PLAIN, sign + body) if plain else None)
    last = separators[-1]
    grouping = separators if len(set(separators)) == 1 else separators[:-1]
    if len(set(grouping)) > 1:
        return None
    if len(set(separators)) == 2:  # 1.234,5 or 1,234.5: the last mark is the decimal one
        if last not in ",." or separators.count(last) > 1 or not _thousands(groups[:-1]):
            return None
        return WrittenNumber(BOTH, sign + "".join(groups[:-1]) + "." + groups[-1])
    if len(separators) > 1 or last not in ",.":  # 1 250, 1'250, 1.234.567, 1,234,567
        return WrittenNumber(THOUSANDS, sign + "".join(groups)) if _thousands(groups) else None
    if last == ".":  # a plain decimal, with a percent sign or a minus sign (else YAML reads it)
        return (WrittenNumber(PERCENT, sign + body) if percent
                else WrittenNumber(MINUS, sign + body) if minus
                else WrittenNumber(PLAIN, sign + body) if plain else None)
    if _thousands(groups):  # 1,250
        return WrittenNumber(EITHER, sign + "".join(groups), sign + ".".join(groups))
    return WrittenNumber(DECIMAL_COMMA, sign + ".".join(groups))


def _thousands(groups: list[str]) -> bool:
    """Whether digit groups are a number grouped by thousands: 1 to 3 digits, then 3s."""
    return 1 <= len(groups[0]) <= 3 and groups[0][0] != "0" and len(groups) > 1 and all(
        len(group) == 3 for group in groups[1:])


def number_hint(written: WrittenNumber, name: str) -> str:
    """How to write a number written as a report shows it (`1 250`, `24,5`), as the line of
    field ``name`` to write."""
    said = [_(_NOTES.get(note, _SCALE_NOTE), scale=note) for note in written.notes]
    return " ".join([*said, _kind_hint(written, name)])


_SCALE_NOTE = N_("`{scale}` after a number is text to YAML: write the number in full.")
_NOTES = {
    BRACKETS: N_("Brackets around a number (a negative amount, in accounts) are text to YAML: "
                 "write it with a minus sign."),
    CURRENCY: N_("A currency before a number is text to YAML: write the number alone (the "
                 "currency goes in `unit`)."),
}


def _kind_hint(written: WrittenNumber, name: str) -> str:
    """The line to write, for the kind of ``written``."""
    line = f"{name}: {written.number}"
    if written.kind == PLAIN:
        return _("Write: `{line}`.", line=line)
    if written.kind == POINT_EITHER:
        other = f"{name}: {written.other}"
        return _("Write `{line}` if the point separates thousands, or `{other}` if it is a "
                 "decimal point.", line=line, other=other)
    if written.kind == THOUSANDS:
        return _("Write it without thousands separators: `{line}`.", line=line)
    if written.kind == DECIMAL_COMMA:
        return _("Write decimals with a point: `{line}`.", line=line)
    if written.kind == BOTH:
        return _("Write it with a decimal point and no thousands separators: `{line}`.",
                 line=line)
    if written.kind == EITHER:
        other = f"{name}: {written.other}"
        return _("Write `{line}` if the comma separates thousands, or `{other}` if it is a "
                 "decimal comma: numbers are written without thousands separators, with a "
                 "decimal point.", line=line, other=other)
    if written.kind == MINUS:
        return _("Write the minus sign as a hyphen (-), the one YAML reads: `{line}`.",
                 line=line)
    return _("Write the number without the percent sign: `{line}` (the unit goes in `unit`).",
             line=line)
