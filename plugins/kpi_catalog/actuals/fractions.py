"""A share written as a fraction for a KPI in %: 0.45 where 45 was meant.

A spreadsheet cell formatted as a percentage shows 45% and holds 0.45; copied as values,
or exported by a program, it arrives as 0.45. The value alone cannot tell: a defect rate of
0.3% is written 0.3. The KPI's own numbers can: its recent values, baseline and target give
its scale, and a value is refused only where that scale is one, and the value fits it once
read as a percentage (times 100) and does not as written.

The rule, for a value written as a plain number (not ``45%``, not a workbook's percentage
cell) of a KPI whose unit starts with ``%``:

- the references are the KPI's last :data:`RECENT` values (other than the period written),
  its baseline and its target (value, min, max); there must be at least one, each above 0,
  the largest at most :data:`SPREAD` times the smallest (a KPI whose values change sign or
  order of magnitude, a growth rate, has no scale to judge by);
- the band is the references widened :data:`MARGIN` times each way: from the smallest / 3
  to the largest x 3;
- the value is refused when it is above 0, not a whole number, and 100 x the value lies in
  the band. The band spans at most 90 times, under 100, so the value as written then lies
  below it: of the two readings, only the percentage fits. A whole number is kept: the only
  fraction it could be is 1 (100%), and 1 may as well be 1%; a sheet of fractions has others
  that are refused.

A defect rate whose baseline is 0.5 and recent values 0.4 to 0.6 has the band 0.13 to 1.8:
0.3 is kept (30 is far outside it), 0.003 is refused (0.3 fits). A value really 100 times
smaller than all the KPI's history is written with its sign (``0.45%``), which is read as it
stands.
"""

from __future__ import annotations

from kpi_catalog.model.kpi import Kpi

RECENT = 6
"""The KPI's last values that give its scale, with its baseline and target."""
SPREAD = 10.0
"""The largest reference may be this many times the smallest; beyond, no scale is judged."""
MARGIN = 3.0
"""How far (times, each way) from the references a value may lie and still fit them."""


def in_percent(kpi: Kpi) -> bool:
    """Whether the KPI's unit is a percentage (``%``, ``% of orders``)."""
    return kpi.measurement.unit.strip().startswith("%")


def references(kpi: Kpi, period: str | None) -> list[float]:
    """The numbers that give the KPI's scale: its last values (the period being written left
    out: a replaced value judges nothing), its baseline and its target."""
    recent = sorted((a for a in kpi.actuals if a.period != period), key=lambda a: a.period)
    found = [a.value for a in recent[-RECENT:]]
    if kpi.baseline is not None:
        found.append(kpi.baseline.value)
    if kpi.target is not None:
        found.extend(v for v in (kpi.target.value, kpi.target.min, kpi.target.max)
                     if v is not None)
    return [float(v) for v in found]


def scale(kpi: Kpi, period: str | None) -> tuple[float, float] | None:
    """The smallest and largest of the KPI's references, where they make a scale: at least
    one, each above 0, the largest at most :data:`SPREAD` times the smallest."""
    found = references(kpi, period)
    if not found or min(found) <= 0 or max(found) > SPREAD * min(found):
        return None
    return min(found), max(found)


class Fractions:
    """Which values are likely shares written as fractions (0.45 for 45%), each KPI's scale
    worked out once (an import may check 200,000 rows of a few KPIs)."""

    def __init__(self) -> None:
        self._scales: dict[str, tuple[set[str], tuple[float, float] | None]] = {}

    def __call__(self, kpi: Kpi, value: float, period: str | None
                 ) -> tuple[float, float] | None:
        """The KPI's scale (smallest, largest reference) where ``value`` fits it only once
        read as a percentage, else None."""
        known = self._scales.get(kpi.id)
        if known is None:
            known = self._scales[kpi.id] = (
                {a.period for a in kpi.actuals}, scale(kpi, None) if in_percent(kpi) else None)
        periods, found = known
        if found is None or value <= 0 or float(value).is_integer():
            return None
        if period in periods:  # a value replaced: the scale without it
            found = scale(kpi, period)
        if found is None or not found[0] / MARGIN <= value * 100 <= found[1] * MARGIN:
            return None
        return found

