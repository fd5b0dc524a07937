"""A server-side SVG timeline of events per month: cooperation above the axis, conflict below.

Written by hand as a string: no JavaScript, no external resources, no charting library. Every piece of
text that goes into the SVG (labels, tooltips, the caption) is escaped and stripped of the characters XML
forbids, so the result is well-formed XML whether it is served alone or inlined in an HTML page. Colours
are presentation attributes (not ``style``), which the page's Content-Security-Policy allows.

Each bar is stacked by quad class: material cooperation (quad 2) next to the axis with verbal cooperation
(quad 1) on top of it; verbal conflict (quad 3) next to the axis with material conflict (quad 4) below.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from markupsafe import Markup, escape

from detente.calendarnames import MONTH_ABBR, MONTH_NAMES
from detente.store.events import MonthCount, Timeline
from detente.web.render import xml_text

WIDTH = 720
HEIGHT = 260
LEFT = 48
RIGHT = 10
TOP = 34
BOTTOM = 30
COLOURS = ("#86b6e8", "#1d5aa6", "#f2a76b", "#b23b17")
"""Quad 1 to 4: verbal and material cooperation (blues), verbal and material conflict (oranges)."""
LABELS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
AXIS = "#5b6570"


def _text(value: object) -> str:
    """Text for an SVG text node or attribute: XML-invalid characters dropped, then escaped."""
    return str(escape(xml_text(str(value))))


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def nice_ceiling(value: int) -> int:
    """The smallest 1, 2 or 5 times a power of ten that is at least ``value`` (at least 1)."""
    if value <= 1:
        return 1
    power: int = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power


def month_label(month: str, *, full: bool = False) -> str:
    """``2014-04`` as ``Apr 2014`` (or ``April 2014``)."""
    year, number = month.split("-")
    names = MONTH_NAMES if full else MONTH_ABBR
    return f"{names[int(number) - 1]} {year}"


@dataclass(frozen=True, slots=True)
class _Frame:
    months: int
    top_value: int

    @property
    def plot_width(self) -> float:
        return WIDTH - LEFT - RIGHT

    @property
    def half(self) -> float:
        return (HEIGHT - TOP - BOTTOM) / 2

    @property
    def axis_y(self) -> float:
        return TOP + self.half

    @property
    def bar_width(self) -> float:
        return self.plot_width / max(1, self.months)

    def height(self, count: int) -> float:
        return self.half * count / self.top_value


def _tooltip(item: MonthCount) -> str:
    q = item.quads
    return (
        f"{month_label(item.month, full=True)}: {item.cooperation} cooperation ({q[0]} verbal, "
        f"{q[1]} material), {item.conflict} conflict ({q[2]} verbal, {q[3]} material)"
    )


def _bars(frame: _Frame, index: int, item: MonthCount) -> str:
    if not sum(item.quads):
        return ""
    width = frame.bar_width
    gap = 1.0 if width >= 4 else 0.0
    x = LEFT + index * width + gap / 2
    w = max(width - gap, 0.5)
    rects = []
    # Cooperation grows up from the axis: material first, verbal on top; conflict grows down.
    y = frame.axis_y
    for quad in (1, 0):
        h = frame.height(item.quads[quad])
        if h > 0:
            y -= h
            rects.append(_rect(x, y, w, h, COLOURS[quad]))
    y = frame.axis_y
    for quad in (2, 3):
        h = frame.height(item.quads[quad])
        if h > 0:
            rects.append(_rect(x, y, w, h, COLOURS[quad]))
            y += h
    return f"<g><title>{_text(_tooltip(item))}</title>{''.join(rects)}</g>"


def _rect(x: float, y: float, w: float, h: float, colour: str) -> str:
    return f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(w)}" height="{_num(h)}" fill="{colour}"/>'


def _ticks(frame: _Frame, months: list[MonthCount]) -> list[str]:
    """X-axis labels: months when the span is short, else years (at most about twelve labels)."""
    out = []
    bottom = HEIGHT - BOTTOM
    if len(months) <= 24:
        step = max(1, math.ceil(len(months) / 8))
        chosen = [(i, month_label(m.month)) for i, m in enumerate(months) if i % step == 0]
    else:
        years = len(months) / 12
        step = next((s for s in (1, 2, 5, 10, 20, 50, 100) if years / s <= 12), 100)
        chosen = [
            (i, m.month[:4])
            for i, m in enumerate(months)
            if m.month.endswith("-01") and int(m.month[:4]) % step == 0
        ]
    for i, label in chosen:
        x = LEFT + i * frame.bar_width
        out.append(f'<line x1="{_num(x)}" y1="{bottom}" x2="{_num(x)}" y2="{bottom + 4}" stroke="{AXIS}"/>')
        out.append(f'<text x="{_num(x)}" y="{bottom + 16}" text-anchor="middle">{_text(label)}</text>')
    return out


def _legend() -> list[str]:
    out = []
    x = LEFT
    for colour, label in zip(COLOURS, LABELS, strict=True):
        out.append(f'<rect x="{x}" y="8" width="12" height="12" fill="{colour}"/>')
        out.append(f'<text x="{x + 16}" y="18">{_text(label)}</text>')
        x += 24 + 7 * len(label)
    return out


def timeline_svg(timeline: Timeline, *, title: str, svg_id: str = "timeline") -> Markup:
    """The timeline as an ``<svg>`` element (well-formed XML), labelled by ``title`` for screen readers."""
    months = timeline.months
    peak = max((max(m.cooperation, m.conflict) for m in months), default=0)
    frame = _Frame(months=len(months), top_value=nice_ceiling(peak))
    title_id, desc_id = f"{svg_id}-title", f"{svg_id}-desc"
    if months:
        span = f"{month_label(months[0].month, full=True)} to {month_label(months[-1].month, full=True)}"
        desc = (
            f"{timeline.events} dated events counted by month, {span}; "
            "cooperation above the axis, conflict below"
            + ("; only the newest events were counted" if timeline.capped else "")
            + "."
        )
    else:
        desc = "No dated events."
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" id="{_text(svg_id)}" class="timeline" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" '
        f'aria-labelledby="{_text(title_id)} {_text(desc_id)}" font-family="system-ui, sans-serif" '
        f'font-size="11" fill="{AXIS}">',
        f'<title id="{_text(title_id)}">{_text(title)}</title>',
        f'<desc id="{_text(desc_id)}">{_text(desc)}</desc>',
        *_legend(),
        f'<text x="{LEFT - 6}" y="{TOP + 4}" text-anchor="end">{frame.top_value}</text>',
        f'<text x="{LEFT - 6}" y="{_num(frame.axis_y + 4)}" text-anchor="end">0</text>',
        f'<text x="{LEFT - 6}" y="{HEIGHT - BOTTOM}" text-anchor="end">{frame.top_value}</text>',
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{HEIGHT - BOTTOM}" stroke="{AXIS}"/>',
        *(_bars(frame, i, m) for i, m in enumerate(months)),
        f'<line x1="{LEFT}" y1="{_num(frame.axis_y)}" x2="{WIDTH - RIGHT}" y2="{_num(frame.axis_y)}" '
        f'stroke="{AXIS}"/>',
        *_ticks(frame, months),
        "</svg>",
    ]
    return Markup("".join(parts))  # noqa: S704 - every text piece above is escaped by _text
