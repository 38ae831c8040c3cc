"""Charts drawn with pyqtgraph. Imported only by the results page when it is first shown:
start-up never pays for pyqtgraph.

The radar is the report's "surface d'atteinte" (l.1312): pyqtgraph has no polar plot, so
each series is a closed QGraphicsPolygonItem in a PlotWidget with hidden axes, over rings
for the levels 1 to 3 and labelled spokes.
"""

from __future__ import annotations

import html
import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPolygonItem, QWidget

MAX_LEVEL = 3
RING_COLOR = "#c8c8c8"
LABEL_COLOR = "#303030"
# Distinct colours that stay apart on a projector; the consensus is always the first.
SERIES_COLORS = (
    "#1f3a93",
    "#d62728",
    "#2ca02c",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#7f7f7f",
)


@dataclass(frozen=True)
class RadarSeries:
    name: str
    values: Sequence[float | None]  # one per spoke, 0..3; None: no answer (drawn at 0)
    color: str
    filled: bool = True


def series_color(index: int) -> str:
    return SERIES_COLORS[index % len(SERIES_COLORS)]


def _direction(index: int, count: int) -> tuple[float, float]:
    """Unit vector of spoke `index`: the first at the top, then clockwise."""
    angle = math.pi / 2 - 2 * math.pi * index / count
    return math.cos(angle), math.sin(angle)


def _polygon(values: Sequence[float], count: int) -> QPolygonF:
    points = []
    for index, value in enumerate(values):
        dx, dy = _direction(index, count)
        points.append(QPointF(dx * value, dy * value))
    return QPolygonF(points)


class RadarChart(pg.PlotWidget):
    """A radar with `set_axes(labels)` then `set_series([...])`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        plot = self.getPlotItem()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        self.setAspectLocked(True)
        self.setMinimumSize(320, 300)
        self.labels: list[str] = []
        self.series: list[RadarSeries] = []
        self._grid: list[QGraphicsItem] = []
        self._drawn: list[QGraphicsItem] = []

    def set_axes(self, labels: Sequence[str], wrap: int = 16, tooltips: Sequence[str] = ()) -> None:
        if list(labels) == self.labels and self._grid:
            return
        for item in self._grid:
            self.removeItem(item)
        self._grid = []
        self.labels = list(labels)
        count = len(self.labels)
        if count < 3:
            return
        pen = QPen(QColor(RING_COLOR))
        pen.setCosmetic(True)
        for level in range(1, MAX_LEVEL + 1):
            ring = QGraphicsPolygonItem(_polygon([level] * count, count))
            ring.setPen(pen)
            self._add_grid(ring)
            mark = pg.TextItem(str(level), color=RING_COLOR, anchor=(0.5, 1.0))
            dx, dy = _direction(0, count)
            mark.setPos(dx * level + 0.12, dy * level)
            self._add_grid(mark)
        for index, label in enumerate(self.labels):
            dx, dy = _direction(index, count)
            spoke = pg.PlotDataItem([0, dx * MAX_LEVEL], [0, dy * MAX_LEVEL], pen=pen)
            self._add_grid(spoke)
            text = "<br>".join(html.escape(line) for line in textwrap.wrap(label, wrap))
            anchor = (0.5 - 0.5 * dx, 0.5 + 0.5 * dy)  # text grows away from the centre
            tag = pg.TextItem(
                html=f'<div style="text-align:center; color:{LABEL_COLOR}">{text}</div>',
                anchor=anchor,
            )
            tag.setPos(dx * (MAX_LEVEL + 0.18), dy * (MAX_LEVEL + 0.18))
            if index < len(tooltips):
                tag.setToolTip(tooltips[index])
            self._add_grid(tag)
        # One call for both axes: with the aspect locked, two calls would zoom in.
        reach = MAX_LEVEL + 0.3
        self.setRange(
            xRange=(-reach - 2.4, reach + 2.4), yRange=(-reach - 0.7, reach + 0.7), padding=0
        )
        self._draw()

    def _add_grid(self, item: QGraphicsItem) -> None:
        item.setZValue(-10)
        self.addItem(item)
        self._grid.append(item)

    def set_series(self, series: Sequence[RadarSeries]) -> None:
        self.series = list(series)
        self._draw()

    def _draw(self) -> None:
        for item in self._drawn:
            self.removeItem(item)
        self._drawn = []
        count = len(self.labels)
        if count < 3:
            return
        for order, one in enumerate(self.series):
            values = [max(0.0, min(float(v or 0.0), MAX_LEVEL)) for v in one.values][:count]
            values += [0.0] * (count - len(values))
            color = QColor(one.color)
            polygon = QGraphicsPolygonItem(_polygon(values, count))
            pen = QPen(color, 3 if order == 0 else 2)
            pen.setCosmetic(True)
            polygon.setPen(pen)
            fill = QColor(color)
            # Many filled polygons turn to mud: beyond two, only the first is filled.
            filled = one.filled and (order == 0 or len(self.series) <= 2)
            fill.setAlpha((70 if order == 0 else 45) if filled else 0)
            polygon.setBrush(QBrush(fill))
            polygon.setZValue(order)
            polygon.setToolTip(one.name)
            self.addItem(polygon)
            self._drawn.append(polygon)
            xs, ys = zip(*(_direction(i, count) for i in range(count)), strict=True)
            dots = pg.ScatterPlotItem(
                [x * v for x, v in zip(xs, values, strict=True)],
                [y * v for y, v in zip(ys, values, strict=True)],
                size=7,
                brush=pg.mkBrush(color),
                pen=pg.mkPen(None),
            )
            dots.setZValue(order + 0.5)
            self.addItem(dots)
            self._drawn.append(dots)

    def polygon_points(self, index: int) -> list[tuple[float, float]]:
        """The drawn vertices of series `index` (for tests and exports)."""
        polygons = [i for i in self._drawn if isinstance(i, QGraphicsPolygonItem)]
        polygon = polygons[index].polygon()
        return [(polygon.at(i).x(), polygon.at(i).y()) for i in range(polygon.count())]
