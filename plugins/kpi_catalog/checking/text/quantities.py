"""Whether a stated number agrees with a field's value, units and rounding allowed
(:func:`same_quantity`, :func:`beyond_bound`)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal


class Written(float):
    """A stated number whose writing says more than its float: ``0.20`` is written to the
    hundredth, where the float 0.2 reads as written to the tenth."""

    place: float

    def __new__(cls, value: float, place: float) -> Written:
        number = super().__new__(cls, value)
        number.place = place
        return number

    def times(self, factor: float) -> Written:
        """The same writing in another unit (`0.20 million`)."""
        return Written(self * factor, self.place * abs(factor))


def last_digit(number: float) -> float:
    """The place of the last digit a number is written to: 0.1 for 12.5, 0.01 for 0.20
    (:class:`Written`), 100 for 1,200, 100,000 for 1.2 million (1,200,000). A whole number
    under 1,000 is taken as exact (1 for 200): people round large amounts in prose, not 24%
    or 200 leads."""
    if isinstance(number, Written):
        return number.place
    magnitude = abs(number)
    if magnitude < 1e12 and magnitude.is_integer():  # most amounts: no Decimal needed
        digits = str(int(magnitude))
        return 1.0 if magnitude < 1000 else 10.0 ** (len(digits) - len(digits.rstrip("0")))
    written = Decimal(f"{abs(number):.12g}").normalize()
    exponent = written.as_tuple().exponent
    assert isinstance(exponent, int)  # a float is finite
    if exponent > 0 and abs(number) < 1000:
        return 1.0
    return 10.0 ** exponent


_THOUSANDS = [10.0 ** (3 * k) for k in range(-4, 5)]
_SCALES_TRIED = tuple(_THOUSANDS + [s * 100 for s in _THOUSANDS] + [s / 100 for s in _THOUSANDS])
"""The units a statement and a field may differ by: powers of a thousand, and of 100 more."""
_SCALES_SAME_FIRST = (1.0, *(scale for scale in _SCALES_TRIED if scale != 1.0))
"""The same, the same unit first: where most numbers agree."""

APPROXIMATE = 0.05
"""How far a number said to be approximate (`about 30%`, `sekitar 30%`, `~30%`) may be from
the field's value, as a share of the stated number: `about 30%` agrees with 28.5 to 31.5."""


def beyond_bound(stated: Iterable[float], value: float, at_least: bool,
                 approximate: bool = False) -> bool:
    """Whether a field's value lies on the wrong side of a stated bound (below "at least
    18%", above "at most 12%"). A bound is a line, not a rounded amount: `at least 2000`
    is crossed by 1900, though `2000` alone agrees with it (:func:`last_digit`); only a bound
    said to be approximate (`at least about 2000`) keeps its leeway. The bound is taken in
    the unit (:data:`_SCALES_TRIED`) that brings it nearest the value: `at least 18%` is 0.18
    to a field of 0.16. Each reading of a written number must be crossed (`1.200`)."""
    stated = tuple(stated)
    if not stated or (approximate and same_quantity(stated, value, approximate)):
        return False
    for number in stated:
        if number == 0 or value == 0 or (number < 0) != (value < 0):
            bound = number
        else:
            bound = min((number * scale for scale in _SCALES_TRIED),
                        key=lambda b: abs(math.log(value / b)))
        slack = 1e-9 * max(abs(bound), abs(value))  # equal but for the float's last bits
        if (value >= bound - slack) if at_least else (value <= bound + slack):
            return False
    return True


def same_quantity(stated: Iterable[float], value: float, approximate: bool = False) -> bool:
    """Whether a stated number matches a field's value, allowing for units and rounding.

    The statement may say ``Rp 5 miliar`` where the field holds 5000 (IDR million), or
    ``18%`` where it holds 0.18: scales by powers of a thousand and by 100 are allowed.
    A stated number is taken as rounded to its last digit (:func:`last_digit`):
    ``1.2 million`` agrees with 1,213,456, ``24%`` does not agree with 25. An
    ``approximate`` number may also be off by :data:`APPROXIMATE` of itself.
    """
    for number in stated:
        half = last_digit(number) / 2
        if approximate:  # "about 30%": 28.5 to 31.5 (the bound itself too, float or not)
            half = max(half, APPROXIMATE * abs(number) * (1 + 1e-9))
        for scale in _SCALES_SAME_FIRST:
            scaled = number * scale
            off = abs(scaled - value)
            # rounds to the stated number (a half is not: 3.5 billion is not "3 billion"),
            # or equal but for the float's last bits
            if off < half * scale or off <= 1e-9 * max(abs(scaled), abs(value)):
                return True
    return False
