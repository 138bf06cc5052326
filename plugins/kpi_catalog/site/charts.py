"""A KPI's trend as a static SVG, made at build time and readable without JavaScript.

The chart shows the measured values over time, the target (a line, or a band for
``within_range`` KPIs) and the expected straight-line path from the baseline to the
target, with dates along the bottom and values up the side. It is an image for screen
readers too: ``role="img"``, a ``<title>`` and a ``<desc>`` that says the values in
words. It draws with ``currentColor`` only, so it follows the page's text colour in
light and dark themes; each part has a class for a site to colour it:

``kpi-trend-actual`` (line and dots), ``kpi-trend-target``, ``kpi-trend-range``,
``kpi-trend-expected`` (through the milestones when the KPI has some),
``kpi-trend-milestone``, ``kpi-trend-method`` (the day the method changed: values before
it are drawn lighter, apart), ``kpi-trend-grid``, ``kpi-trend-axis`` (in it
``kpi-trend-values``, and ``kpi-trend-minor`` on every other month when there are many),
``kpi-trend-legend``,
``kpi-trend-change`` (a change of the target or the baseline, from the KPI's history).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import ClassVar, NamedTuple

from kpi_catalog import escape
from kpi_catalog.i18n.numbers import format_number
from kpi_catalog.model.enums import Direction
from kpi_catalog.model.kpi import Actual, Kpi, Target
from kpi_catalog.status.compute import (
    KpiStatus,
    expected_path,
    goal_value,
    method_break,
    shown_expected,
)

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 70, 20, 44, 34
DEFAULT_LABELS = {"actual": "Actual", "target": "Target", "expected": "Expected",
                  "milestone": "Milestone", "method_change": "Method changed",
                  "trend_title": "Trend of {name}"}
FADED = ' stroke-opacity="0.45" fill-opacity="0.45"'
"""Values measured before the latest change of method: drawn apart, lighter."""


def _nice_step(span: float, count: int = 5) -> float:
    raw = span / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def _value_ticks(low: float, high: float) -> tuple[float, float, list[float]]:
    if high - low < 1e-12:
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
    step = _nice_step(high - low)
    first = math.floor(low / step) * step
    last = math.ceil(high / step) * step
    # rounded against a double's noise (0.30000000000000004), to ten decimals or, for a
    # step smaller than 10^-4, to six digits below the step (a tick of 10^-12 stays)
    digits = max(10, 6 - math.floor(math.log10(step)))
    ticks = []
    n = 0
    while first + n * step <= last + step / 1e6:
        ticks.append(round(first + n * step, digits))
        n += 1
    return first, last, ticks


def _month_ticks(start: date, end: date) -> tuple[list[date], bool]:
    """First days of months between the dates, thinned to at most seven; and whether
    every tick is a January (label years only)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    step = next((s for s in (1, 2, 3, 6, 12, 24, 60) if months / s <= 6), 120)
    ticks = []
    year, month = start.year, start.month
    if start.day != 1:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    while date(year, month, 1) <= end:
        if ((year * 12 + month - 1) % step) == 0:
            ticks.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return ticks, step >= 12


def trend_svg(
    kpi: Kpi,
    status: KpiStatus | None,
    today: date,
    *,
    labels: Mapping[str, str],
    format_number: Callable[[float], str] = format_number,
    format_date: Callable[[date], str] = date.isoformat,
    format_period: Callable[[str], str] = str,
    changes: Sequence[tuple[date, str]] = (),
    no_values: str | None = None,
    name: str | None = None,
) -> str | None:
    """The SVG of the KPI's values up to ``today``; ``None`` when none is measured yet,
    unless ``no_values`` says why there is none (`No values yet`): then the chart draws the
    plan (baseline, expected path, milestones, target) with that note, and is ``None`` only
    for a KPI without a baseline, a milestone or a target.

    ``labels`` gives the chart's words in the site's language:

    * ``"actual"``: the measured values (legend and description), e.g. "Actual";
    * ``"target"``: the target value or range, e.g. "Target";
    * ``"expected"``: the straight line from baseline to target, e.g. "Expected";
    * ``"milestone"``: a milestone on the way (its tooltip), e.g. "Milestone";
    * ``"method_change"``: the day the method changed (its tooltip), e.g. "Method changed";
    * ``"trend_title"``: the chart's title, e.g. "Trend of {name}"; ``{name}`` (optional)
      is replaced by ``name``, by default the KPI's name (the site gives the name that
      tells apart two KPIs of one name: ``Deals won (Sales)``).

    Missing keys fall back to English. ``format_number`` and ``format_date`` write values
    and dates in the description and on the axes (default: ``1,250`` and ISO dates);
    ``format_period`` names a value's period in the description (default: as written).
    ``changes`` marks the days the target or the baseline changed (day, what changed in
    words) with a thin vertical line, when the day lies inside the chart.
    Every text is XML-escaped, its line breaks too (so that no text can end the HTML block
    the SVG sits in on a Markdown page); the SVG has a ``viewBox`` and no fixed size, so it
    scales to the width of its container, and it loads nothing from outside.
    """
    words = {**DEFAULT_LABELS, **labels}
    points = sorted(((a.date, i, a) for i, a in enumerate(kpi.actuals) if a.date <= today),
                    key=lambda item: item[:2])
    actuals = [a for _, _, a in points]
    planned = kpi.baseline is not None or kpi.target is not None or bool(kpi.milestones)
    if not actuals and (no_values is None or not planned):
        return None
    frame = Frame.around(kpi, actuals)
    path = _expected_path(kpi)
    title = words["trend_title"].replace("{name}", kpi.name if name is None else name)
    desc = _description(kpi, status, actuals, path, words, format_number, format_date,
                        format_period)
    if not actuals:
        desc = f"{no_values} {desc}"
    ident = f"kpi-trend-{kpi.id}"
    return escape.latin1("\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-labelledby="{ident}-title {ident}-desc" class="kpi-trend" '
        'font-family="inherit" font-size="12" fill="none" stroke="none">',
        f'<title id="{ident}-title">{escape.html(title)}</title>',
        f'<desc id="{ident}-desc">{escape.html(desc)}</desc>',
        *_grid(frame),
        *_axes(frame, kpi.measurement.unit, format_number),
        *_target(kpi, frame, words, format_number, format_date),
        *_expected(kpi, frame, path, words, format_number, format_date),
        *_changes(frame, changes, format_date),
        *_actuals(frame, actuals, method_break(kpi)),
        *_method_change(kpi, frame, words, format_date),
        *_legend(kpi, path, words, bool(actuals)),
        *([] if actuals else [_note(no_values or "")]),
        "</svg>",
    ]))


def _note(text: str) -> str:
    """A line of text in the middle of the plot (why there is no value to draw), on a
    band of the background's colour where lines would cross it."""
    x, y = LEFT + Frame.plot_w / 2, TOP + Frame.plot_h / 2
    return (f'<g class="kpi-trend-note"><rect x="{LEFT}" y="{y - 17}" width="{Frame.plot_w}" '
            'height="26" fill="Canvas" fill-opacity="0.9"/>'
            f'<text x="{x}" y="{y}" text-anchor="middle" fill="currentColor" '
            f'font-size="14">{escape.html(text)}</text></g>')


# --- the frame: where days and values land -------------------------------------------


@dataclass(frozen=True)
class Frame:
    """The plot area's scales: :meth:`x` places a day, :meth:`y` a value, and the ticks
    say where the grid lines and axis labels go."""

    first_day: date
    last_day: date
    low: float
    high: float
    value_ticks: list[float]

    plot_w: ClassVar[int] = WIDTH - LEFT - RIGHT
    plot_h: ClassVar[int] = HEIGHT - TOP - BOTTOM

    @classmethod
    def around(cls, kpi: Kpi, actuals: list[Actual]) -> Frame:
        """Room for the values, the baseline and the target (or its range)."""
        baseline, target = kpi.baseline, kpi.target
        days = [a.date for a in actuals]
        values = [a.value for a in actuals]
        if baseline is not None:
            days.append(baseline.date)
            values.append(baseline.value)
        for goal in (*kpi.milestones, *([target] if target is not None else [])):
            days.append(goal.date)
            values += [v for v in (goal.value, goal.min, goal.max) if v is not None]
        first_day, last_day = min(days), max(days)
        if first_day == last_day:
            first_day, last_day = first_day - timedelta(days=15), last_day + timedelta(days=15)
        low, high, value_ticks = _value_ticks(min(values), max(values))
        return cls(first_day, last_day, low, high, value_ticks)

    def x(self, day: date) -> float:
        span = (self.last_day - self.first_day).days
        return round(LEFT + self.plot_w * (day - self.first_day).days / span, 2)

    def y(self, value: float) -> float:
        return round(TOP + self.plot_h * (self.high - value) / (self.high - self.low), 2)

    def month_ticks(self) -> tuple[list[date], bool]:
        return _month_ticks(self.first_day, self.last_day)


# --- the parts of the chart ------------------------------------------------------------


class ExpectedPath(NamedTuple):
    """The straight line from the baseline to the target (its nearest edge for a range)."""

    start: date
    start_value: float
    end: date
    end_value: float


def _expected_path(kpi: Kpi) -> ExpectedPath | None:
    """The expected path, when it goes anywhere."""
    goal = goal_value(kpi)
    if kpi.baseline is None or kpi.target is None or goal is None \
            or goal == kpi.baseline.value:
        return None
    return ExpectedPath(kpi.baseline.date, kpi.baseline.value, kpi.target.date, goal)


def _goal_text(target: Target, format_number: Callable[[float], str]) -> str:
    if target.value is not None:
        return format_number(target.value)
    low, high = target.min, target.max  # a range: the model requires both
    return f"{format_number(low)} – {format_number(high)}" if low is not None and \
        high is not None else ""


def _description(
    kpi: Kpi, status: KpiStatus | None, actuals: list[Actual],
    path: ExpectedPath | None, words: Mapping[str, str],
    format_number: Callable[[float], str], format_date: Callable[[date], str],
    format_period: Callable[[str], str] = str,
) -> str:
    """The chart in words, for screen readers: the values, the target, the expected path."""
    target = kpi.target

    def said_of(shown: list[Actual]) -> str:
        return "; ".join(f"{format_period(a.period)}: {format_number(a.value)}" for a in shown)

    said = said_of(actuals)
    if len(actuals) > 12:
        said = f"{said_of(actuals[:1])}; …; {said_of(actuals[-11:])}"
    desc = [f"{words['actual']} ({kpi.measurement.unit}): {said}."] if actuals else []
    if target is not None:
        desc.append(f"{words['target']}: {_goal_text(target, format_number)} "
                    f"({format_date(target.date)}).")
    if path is not None:
        desc.append(f"{words['expected']}: {format_number(path.start_value)} "
                    f"({format_date(path.start)}) → {format_number(path.end_value)} "
                    f"({format_date(path.end)})")
        if status is not None and status.expected is not None and status.latest is not None:
            expected = format_number(shown_expected(status.expected))
            desc[-1] += f"; {format_period(status.latest.period)}: {expected}"
        desc[-1] += "."
    if kpi.method_changed:
        change = max(kpi.method_changed, key=lambda c: c.date)
        desc.append(f"{words['method_change']} ({format_date(change.date)}): {change.change}")
    return " ".join(desc)


def _grid(frame: Frame) -> list[str]:
    """A line across the plot at each value tick: one path (each page holds its chart,
    and MkDocs and the search read every element of it)."""
    lines = "".join(f"M{LEFT} {frame.y(tick)}H{WIDTH - RIGHT}" for tick in frame.value_ticks)
    return [f'<path class="kpi-trend-grid" d="{lines}" stroke="currentColor" '
            'stroke-opacity="0.15"/>']


LABEL_CHARS = 9
"""The most characters a value label has room for left of the plot (`9,999,999`): the
labels are drawn 14 units high on a narrow chart, where ten characters reached past the
chart's left edge and lost their first digit."""


def _value_labels(ticks: list[float], format_number: Callable[[float], str],
                  ) -> tuple[list[str], float]:
    """The value axis's labels, and the factor they are counted in (1: as written). Labels
    longer than :data:`LABEL_CHARS` (`800,000,000,000,000` for a GMV in rupiah) are
    counted in thousands, millions...: the largest power of 1,000 that keeps the step
    between ticks a whole number (`200` ... `800`, the unit `IDR (x 1,000,000,000,000)`)."""
    labels = [format_number(tick) for tick in ticks]
    if len(ticks) < 2 or max(len(label) for label in labels) <= LABEL_CHARS:
        return labels, 1
    step = ticks[1] - ticks[0]
    power = math.floor(math.log10(step) / 3 + 1e-9)
    if power < 1:
        return labels, 1
    factor = 1000.0**power
    return [format_number(tick / factor) for tick in ticks], factor


def _axes(frame: Frame, unit: str, format_number: Callable[[float], str]) -> list[str]:
    """The value labels right-aligned, lowest first (``kpi-trend-values``), the months
    centred and the unit over the value axis. When there are more than four months, every
    other one is ``kpi-trend-minor``: a narrow chart, whose text the site's CSS draws larger,
    hides those to leave room between the others."""
    out = ['<g class="kpi-trend-axis" fill="currentColor">',
           '<g class="kpi-trend-values" text-anchor="end">']
    labels, factor = _value_labels(frame.value_ticks, format_number)
    for tick, label in zip(frame.value_ticks, labels, strict=True):
        out.append(f'<text x="{LEFT - 8}" y="{frame.y(tick) + 4}">{escape.html(label)}</text>')
    out.append("</g>")
    ticks, years_only = frame.month_ticks()
    out.append('<g text-anchor="middle">')
    for n, month in enumerate(ticks):
        label = str(month.year) if years_only else f"{month.year}-{month.month:02d}"
        minor = ' class="kpi-trend-minor"' if len(ticks) > 4 and n % 2 else ""
        out.append(f'<text{minor} x="{frame.x(month)}" y="{HEIGHT - BOTTOM + 18}">'
                   f"{escape.html(label)}</text>")
    out.append("</g>")
    language = escape.language_attribute(unit)  # a unit shown untranslated
    if factor != 1:
        unit = f"{unit} (\u00d7 {format_number(factor)})"
    out.append(f'<text x="{LEFT}" y="{TOP - 10}" font-size="11"{language}>'
               f"{escape.html(unit)}</text>")
    bottom = TOP + frame.plot_h
    out.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{bottom}" y2="{bottom}" '
               'stroke="currentColor" stroke-opacity="0.5"/>')
    out.append("</g>")
    return out


def _target(
    kpi: Kpi, frame: Frame, words: Mapping[str, str],
    format_number: Callable[[float], str], format_date: Callable[[date], str],
) -> list[str]:
    """The target: a band for a range, else a dashed line with a mark on its date."""
    target = kpi.target
    if target is None:
        return []
    goal_text = _goal_text(target, format_number)
    if kpi.direction is Direction.WITHIN_RANGE and target.min is not None \
            and target.max is not None:
        top, bottom = frame.y(target.max), frame.y(target.min)
        return [f'<rect class="kpi-trend-range" x="{LEFT}" y="{top}" width="{frame.plot_w}" '
                f'height="{max(bottom - top, 1)}" fill="currentColor" fill-opacity="0.12">'
                f"<title>{escape.html(words['target'])}: {escape.html(goal_text)}</title></rect>"]
    if target.value is None:
        return []
    ty = frame.y(target.value)
    return [f'<g class="kpi-trend-target" stroke="currentColor" stroke-width="1.5">'
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{ty}" y2="{ty}" '
            'stroke-dasharray="8 5" stroke-opacity="0.7"/>'
            f'<path d="M{frame.x(target.date)} {ty - 6}l6 6-6 6-6-6z" fill="currentColor">'
            f"<title>{escape.html(words['target'])}: {escape.html(goal_text)} "
            f"({escape.html(format_date(target.date))})</title></path></g>"]


def _changes(frame: Frame, changes: Sequence[tuple[date, str]],
             format_date: Callable[[date], str]) -> list[str]:
    """A thin dotted vertical line on each day the target or baseline changed."""
    lines = []
    for day, text in changes:
        if frame.first_day <= day <= frame.last_day:
            x = frame.x(day)
            lines.append(f'<line class="kpi-trend-change" x1="{x}" x2="{x}" y1="{TOP}" '
                         f'y2="{HEIGHT - BOTTOM}" stroke="currentColor" stroke-width="1" '
                         f'stroke-dasharray="1 3" stroke-opacity="0.7">'
                         f"<title>{escape.html(format_date(day))}: {escape.html(text)}"
                         "</title></line>")
    return lines


def _expected(
    kpi: Kpi, frame: Frame, path: ExpectedPath | None, words: Mapping[str, str],
    format_number: Callable[[float], str], format_date: Callable[[date], str],
) -> list[str]:
    """The expected path: a straight line, or a line through the milestones, each marked."""
    if path is None:
        return []
    style = ('stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 4" '
             'stroke-linecap="round" stroke-opacity="0.8"')
    if not kpi.milestones:
        return [f'<line class="kpi-trend-expected" x1="{frame.x(path.start)}" '
                f'y1="{frame.y(path.start_value)}" x2="{frame.x(path.end)}" '
                f'y2="{frame.y(path.end_value)}" {style}/>']
    points = expected_path(kpi)
    line = " ".join(f"{frame.x(day)},{frame.y(value)}" for day, value in points)
    out = [f'<polyline class="kpi-trend-expected" points="{line}" {style}/>',
           '<g class="kpi-trend-milestone" fill="currentColor">']
    for milestone, (day, value) in zip(kpi.milestones, points[1:-1], strict=False):
        out.append(f'<path d="M{frame.x(day)} {frame.y(value) - 5}l5 5-5 5-5-5z"><title>'
                   f'{escape.html(words["milestone"])}: '
                   f"{escape.html(_goal_text(milestone, format_number))}"
                   f" ({escape.html(format_date(day))})</title></path>")
    out.append("</g>")
    return out


DOT_ROOM = 12
"""The fewest units (on average) between two values' dots, 9 units wide, for each value to
get its dot: 120 monthly values over ten years are 4.6 units apart, and their dots ran
together into a band as thick as the dots (on a phone, half the chart's 640 units wide,
a band of 5 px with the line lost in it). Closer than this, the line alone is drawn,
thinner, with a dot on the latest value. Two years of monthly values are 23 units apart."""


def _actuals(frame: Frame, actuals: list[Actual], changed: date | None) -> list[str]:
    """The measured values: a line through them and a dot on each; values before the latest
    change of method (``changed``) apart and lighter. The dots of a run are one path of
    zero-length segments with round caps, as wide as a point was (radius 4 and its stroke):
    one element instead of a circle and a tooltip per value, for the browser, MkDocs and
    the search index to read on every KPI page. Each value, its period and its note are in
    the table under the chart, and the values in the chart's description. A long series
    whose dots would touch (see :data:`DOT_ROOM`) is a thinner line with the latest dot."""
    out = ['<g class="kpi-trend-actual" stroke="currentColor" fill="none">']
    def measured_before(a: Actual) -> bool:
        return changed is not None and a.date < changed

    runs = [([a for a in actuals if measured_before(a)], FADED),
            ([a for a in actuals if not measured_before(a)], "")]
    dense = len(actuals) > 2 and (
        frame.x(actuals[-1].date) - frame.x(actuals[0].date)) / (len(actuals) - 1) < DOT_ROOM
    line = "1.75" if dense else "2.5"
    for run, faded in runs:
        if len(run) > 1:
            points = " ".join(f"{frame.x(a.date)},{frame.y(a.value)}" for a in run)
            out.append(f'<polyline points="{points}" stroke-width="{line}" '
                       f'stroke-linejoin="round"{faded}/>')
    for run, faded in runs:
        if run:
            dotted = run[-1:] if dense else run
            dots = "".join(f"M{frame.x(a.date)} {frame.y(a.value)}h0" for a in dotted)
            out.append(f'<path stroke-width="9" stroke-linecap="round"{faded} d="{dots}"/>')
    out.append("</g>")
    return out


def _method_change(kpi: Kpi, frame: Frame, words: Mapping[str, str],
                   format_date: Callable[[date], str]) -> list[str]:
    """A marked vertical line on the day of the latest change of method, with what changed."""
    if not kpi.method_changed:
        return []
    change = max(kpi.method_changed, key=lambda c: c.date)
    if not frame.first_day < change.date <= frame.last_day:
        return []
    x = frame.x(change.date)
    said = f"{words['method_change']} ({format_date(change.date)}): {change.change}"
    return [f'<g class="kpi-trend-method" stroke="currentColor" fill="currentColor">'
            f"<title>{escape.html(said)}</title>"
            f'<line x1="{x}" x2="{x}" y1="{TOP}" y2="{TOP + frame.plot_h}" stroke-width="1.5" '
            'stroke-dasharray="1 3"/>'
            f'<text x="{x + 4}" y="{TOP + 12}" stroke="none" font-size="11">'
            f"{escape.html(words['method_change'])}</text></g>"]


def _legend(kpi: Kpi, path: ExpectedPath | None, words: Mapping[str, str],
            measured: bool = True) -> list[str]:
    """A sample of each line the chart draws, right-aligned above the plot."""
    legend = [("actual", 'stroke-width="2.5"')] if measured else []
    if kpi.target is not None:
        legend.append(("target", 'stroke-width="1.5" stroke-dasharray="8 5"'))
    if path is not None:
        legend.append(("expected", 'stroke-width="1.5" stroke-dasharray="2 4"'))
    out = ['<g class="kpi-trend-legend" fill="currentColor">']
    lx = WIDTH - RIGHT
    for key, style in reversed(legend):
        word = escape.html(words[key])
        width = 30 + 7 * len(words[key])
        lx -= width
        if key == "target" and kpi.direction is Direction.WITHIN_RANGE:
            out.append(f'<rect x="{lx}" y="8" width="20" height="12" fill="currentColor" '
                       'fill-opacity="0.12"/>')
        else:
            out.append(f'<line x1="{lx}" x2="{lx + 20}" y1="14" y2="14" stroke="currentColor" '
                       f"{style}/>")
        out.append(f'<text x="{lx + 25}" y="18">{word}</text>')
    out.append("</g>")
    return out
