"""The radar at its maximum: labels, level ticks and the polygon do not overdraw each other."""

from __future__ import annotations

import math
from typing import Any

import pytest

from diagapp.report import charts, fonts
from diagapp.report.styles import PRIMARY


def _box(string: Any) -> tuple[float, float, float, float]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = stringWidth(string.text, string.fontName, string.fontSize)
    x = string.x - {"start": 0, "middle": width / 2, "end": width}[string.textAnchor]
    return x, string.y - string.fontSize * 0.22, x + width, string.y + string.fontSize * 0.78


def _distance(box: tuple[float, float, float, float], cx: float, cy: float) -> float:
    x0, y0, x1, y1 = box
    dx = max(x0 - cx, 0, cx - x1)
    dy = max(y0 - cy, 0, cy - y1)
    return math.hypot(dx, dy)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize(
    ("labels", "size", "label_width"),
    [
        (
            [
                "Le ressort",
                "L’énergie cinétique",
                "La robustesse interne",
                "L’impact",
                "Le «faire»",
            ],
            7.2,
            78,
        ),
        ([f"1.{i}" for i in range(1, 11)], 7, 20),
    ],
)
def test_labels_clear_the_polygon_at_the_maximum(
    labels: list[str], size: float, label_width: float
) -> None:
    from reportlab.graphics.shapes import Polygon, String

    fonts.register()
    drawing = charts.radar(
        labels,
        [charts.Series([3.0] * len(labels), PRIMARY)],
        label_size=size,
        label_width=label_width,
    )
    cx, cy = drawing.width / 2, drawing.height / 2
    points = [
        (shape.points[i], shape.points[i + 1])
        for shape in drawing.contents
        if isinstance(shape, Polygon)
        for i in range(0, len(shape.points), 2)
    ]
    radius = max(math.hypot(x - cx, y - cy) for x, y in points)
    strings = [s for s in drawing.contents if isinstance(s, String)]
    axis = [s for s in strings if s.text not in ("1", "2", "3")]
    ticks = [s for s in strings if s.text in ("1", "2", "3")]
    for label in axis:  # clear of the outer ring, its dots and line width
        assert _distance(_box(label), cx, cy) > radius + 3, label.text
    last_polygon = max(i for i, s in enumerate(drawing.contents) if isinstance(s, Polygon))
    for tick in ticks:  # readable over the polygon, and away from the labels
        assert drawing.contents.index(tick) > last_polygon
        for label in axis:
            assert not _overlap(_box(tick), _box(label)), (tick.text, label.text)
