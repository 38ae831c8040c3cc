"""Vector charts drawn with reportlab.graphics: radars, level gauges, shares, trends.

The report asks for results shown as a « surface d'atteinte » of objectives rather than
static tables (l.1312): each dimension gets a radar, drawn from the same scores as the screen.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from diagapp.report import fonts
from diagapp.report.styles import INK, LEVEL_COLOURS, MUTED, RULE

MAX_LEVEL = 3
LABEL_GAP = 5.0  # points between the outer ring and an axis label


@dataclass(frozen=True)
class Series:
    values: Sequence[float | None]  # one per axis, 0..3; None: not assessed (no point)
    colour: str
    label: str = ""
    dashed: bool = False
    fill: bool = True


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy wrap at plain spaces only: no-break spaces (« faire système ») hold."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for word in text.split(" "):
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def radar(
    labels: Sequence[str],
    series: Sequence[Series],
    width: float = 250,
    height: float = 210,
    label_size: float = 7.2,
    label_width: float = 78,
    ring_labels: Sequence[str] = ("1", "2", "3"),
    absent: str = "",
) -> Any:
    """A radar on the 0..3 scale: one axis per label, one polygon per series. A value None
    is absent (not assessed): no point there; `absent` (« non évalué ») marks an axis that
    no series assessed."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, String
    from reportlab.lib import colors

    fonts.register()
    drawing = Drawing(width, height)
    count = len(labels)
    cx, cy = width / 2, height / 2
    radius = min(width / 2 - label_width * 0.62, height / 2 - 22)
    angles = [math.pi / 2 - 2 * math.pi * i / count for i in range(count)]

    def point(angle: float, value: float) -> tuple[float, float]:
        r = radius * max(0.0, min(value, MAX_LEVEL)) / MAX_LEVEL
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    rule = colors.HexColor(RULE)
    for ring in range(1, MAX_LEVEL + 1):
        ring_points = [c for a in angles for c in point(a, ring)]
        drawing.add(
            Polygon(
                ring_points,
                strokeColor=rule,
                strokeWidth=0.5 if ring < MAX_LEVEL else 0.8,
                fillColor=None,
            )
        )
    for angle in angles:
        x, y = point(angle, MAX_LEVEL)
        drawing.add(Line(cx, cy, x, y, strokeColor=rule, strokeWidth=0.5))
    for s in series:
        colour = colors.HexColor(s.colour)
        stroke: dict[str, Any] = {
            "strokeColor": colour,
            "strokeWidth": 1.4 if not s.dashed else 1.0,
            "strokeDashArray": [3, 2] if s.dashed else None,
        }
        if None in s.values:  # absent, not 0: only neighbouring assessed axes are joined
            for run in _runs(s.values):
                drawing.add(
                    PolyLine([c for i in run for c in point(angles[i], s.values[i] or 0)], **stroke)
                )
        else:
            pts = [c for a, v in zip(angles, s.values, strict=True) for c in point(a, v or 0.0)]
            fill = {"fillColor": colour, "fillOpacity": 0.18} if s.fill else {"fillColor": None}
            drawing.add(Polygon(pts, **stroke, **fill))
        for a, v in zip(angles, s.values, strict=True):
            if v is not None and not s.dashed:
                x, y = point(a, v)
                drawing.add(Circle(x, y, 1.6, fillColor=colour, strokeColor=None))
    unassessed = [i for i in range(count) if series and all(s.values[i] is None for s in series)]
    for index in unassessed if absent else ():
        x, y = point(angles[index], 0.72 * MAX_LEVEL)  # room between neighbouring axes
        drawing.add(
            String(
                x,
                y - 2,
                absent,
                fontName=fonts.SANS_ITALIC,
                fontSize=6,
                fillColor=colors.HexColor(MUTED),
                textAnchor="middle",
            )
        )
    if ring_labels:  # drawn over the polygons, on a light ground, so they stay readable
        _ring_ticks(
            drawing, [point(angles[0], ring) for ring in range(1, MAX_LEVEL + 1)], ring_labels
        )
    ink = colors.HexColor(INK)
    gap = max(LABEL_GAP, label_size * 0.7)  # clear of the outer ring, its dots and its line
    for angle, label in zip(angles, labels, strict=True):
        cos, sin = math.cos(angle), math.sin(angle)
        x, y = cx + (radius + gap) * cos, cy + (radius + gap) * sin
        anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
        lines = wrap(label, fonts.SANS, label_size, label_width)
        leading = label_size * 1.18
        top = y + (len(lines) - 1) * leading / 2 - label_size / 3
        if sin > 0.8:  # above the top: the last line's descent clears the ring
            top = y + (len(lines) - 1) * leading + label_size * 0.22
        elif sin < -0.8:  # below the bottom: the first line's cap height clears it
            top = y - label_size * 0.78
        for index, line in enumerate(lines):
            drawing.add(
                String(
                    x,
                    top - index * leading,
                    line,
                    fontName=fonts.SANS,
                    fontSize=label_size,
                    fillColor=ink,
                    textAnchor=anchor,
                )
            )
    return drawing


def _runs(values: Sequence[float | None]) -> list[list[int]]:
    """Indices of the runs of two or more neighbouring present values, going round the radar
    from a gap (a lone value is left out: its dot says it)."""
    count = len(values)
    start = next(i for i, v in enumerate(values) if v is None)
    runs: list[list[int]] = [[]]
    for step in range(1, count + 1):
        index = (start + step) % count
        if values[index] is None:
            runs.append([])
        else:
            runs[-1].append(index)
    return [run for run in runs if len(run) > 1]


def _ring_ticks(drawing: Any, points: Sequence[tuple[float, float]], texts: Sequence[str]) -> None:
    """The level numbers along the first axis, just right of it and below each ring."""
    from reportlab.graphics.shapes import Rect, String
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = 5.5
    muted = colors.HexColor(MUTED)
    for (x, y), text in zip(points, texts, strict=False):
        left, base = x + 2.5, y - 6.5
        width = stringWidth(text, fonts.SANS, size)
        drawing.add(
            Rect(
                left - 0.8,
                base - 1.2,
                width + 1.6,
                size + 1.4,
                fillColor=colors.white,
                fillOpacity=0.75,
                strokeColor=None,
            )
        )
        drawing.add(String(left, base, text, fontName=fonts.SANS, fontSize=size, fillColor=muted))


def gauge(
    level: int | None,
    mean: float | None = None,
    low: int | None = None,
    high: int | None = None,
    cell: float = 10.5,
) -> Any:
    """Four cells filled up to the consensus level; a line spans the participants' levels
    (low..high) and a small triangle marks their mean."""
    from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect
    from reportlab.lib import colors

    height = 13.0
    drawing = Drawing(cell * 4 + 2, height)
    top = height - 7.5
    empty = colors.HexColor("#e3e8ea")
    for value in range(4):
        filled = level is not None and value <= level
        colour = colors.HexColor(LEVEL_COLOURS[level]) if filled and level is not None else empty
        drawing.add(
            Rect(1 + value * cell, top, cell - 1.2, 6.5, fillColor=colour, strokeColor=None)
        )
    if low is not None and high is not None:
        y = 2.2
        x0, x1 = 1 + (low + 0.5) * cell, 1 + (high + 0.5) * cell
        stroke = colors.HexColor(MUTED)
        drawing.add(Line(x0, y, x1, y, strokeColor=stroke, strokeWidth=0.8))
        drawing.add(Line(x0, y - 1.4, x0, y + 1.4, strokeColor=stroke, strokeWidth=0.8))
        drawing.add(Line(x1, y - 1.4, x1, y + 1.4, strokeColor=stroke, strokeWidth=0.8))
    if mean is not None:
        x = 1 + (mean + 0.5) * cell
        drawing.add(
            Polygon(
                [x - 2.2, 0.2, x + 2.2, 0.2, x, 4.2],
                fillColor=colors.HexColor(INK),
                strokeColor=None,
            )
        )
    return drawing


def shares_bar(
    parts: Sequence[tuple[str, float, str]], width: float = 480, bar_height: float = 16
) -> Any:
    """One horizontal bar split by share, with a legend below (label, value, colour)."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    total = sum(value for _, value, _ in parts if value > 0)
    columns = 2
    legend_rows = math.ceil(len(parts) / columns) if parts else 0
    height = bar_height + 6 + legend_rows * 11
    drawing = Drawing(width, height)
    x = 0.0
    top = height - bar_height
    for _, value, colour in parts:
        if total <= 0 or value <= 0:
            continue
        w = width * value / total
        drawing.add(
            Rect(x, top, w, bar_height, fillColor=colors.HexColor(colour), strokeColor=None)
        )
        x += w
    column_width = width / columns
    for index, (label, _, colour) in enumerate(parts):
        row, col = divmod(index, columns)
        lx, ly = col * column_width, top - 12 - row * 11
        drawing.add(Rect(lx, ly, 7, 7, fillColor=colors.HexColor(colour), strokeColor=None))
        drawing.add(
            String(
                lx + 10,
                ly + 0.8,
                label,
                fontName=fonts.SANS,
                fontSize=6.8,
                fillColor=colors.HexColor(INK),
            )
        )
    return drawing


def trend(
    periods: Sequence[str],
    lines: Sequence[Series],
    width: float = 300,
    height: float = 170,
) -> Any:
    """Levels 0..3 over assessments: one line per series, legend on the right."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
    from reportlab.lib import colors

    fonts.register()
    legend_width = 118.0
    left, bottom, top_pad = 18.0, 16.0, 8.0
    plot_w = width - left - legend_width - 8
    plot_h = height - bottom - top_pad
    drawing = Drawing(width, height)
    rule, muted = colors.HexColor(RULE), colors.HexColor(MUTED)
    for level in range(MAX_LEVEL + 1):
        y = bottom + plot_h * level / MAX_LEVEL
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=rule, strokeWidth=0.4))
        drawing.add(
            String(
                left - 5,
                y - 2.5,
                str(level),
                fontName=fonts.SANS,
                fontSize=6.5,
                fillColor=muted,
                textAnchor="end",
            )
        )
    count = len(periods)

    def x_of(index: int) -> float:
        return left + (plot_w * (index + 0.5) / count if count else 0)

    step = math.ceil(count / 8) if count > 8 else 1  # long histories: every n-th year
    for index, period in enumerate(periods):
        last = index == count - 1
        if (index % step or count - 1 - index < step) and not last and step > 1:
            continue
        drawing.add(
            String(
                x_of(index),
                4,
                period,
                fontName=fonts.SANS,
                fontSize=6.8,
                fillColor=colors.HexColor(INK),
                textAnchor="middle",
            )
        )
    for s in lines:
        colour = colors.HexColor(s.colour)
        pts = [
            (x_of(i), bottom + plot_h * v / MAX_LEVEL)
            for i, v in enumerate(s.values)
            if v is not None
        ]
        if len(pts) > 1:
            drawing.add(PolyLine([c for p in pts for c in p], strokeColor=colour, strokeWidth=1.3))
        for px, py in pts:
            drawing.add(Circle(px, py, 1.8, fillColor=colour, strokeColor=None))
    for index, s in enumerate(lines):
        y = height - top_pad - 6 - index * 24
        lx = width - legend_width
        drawing.add(
            Line(
                lx, y + 2.5, lx + 10, y + 2.5, strokeColor=colors.HexColor(s.colour), strokeWidth=2
            )
        )
        for row, text in enumerate(wrap(s.label, fonts.SANS, 6.6, legend_width - 14)[:2]):
            drawing.add(
                String(
                    lx + 14,
                    y - row * 8,
                    text,
                    fontName=fonts.SANS,
                    fontSize=6.6,
                    fillColor=colors.HexColor(INK),
                )
            )
    return drawing
