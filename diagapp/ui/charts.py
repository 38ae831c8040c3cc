"""Charts drawn with pyqtgraph. Imported only by the results page when it is first shown:
start-up never pays for pyqtgraph.

The radar is the report's "surface d'atteinte" (l.1312): pyqtgraph has no polar plot, so
each series is a closed QGraphicsPolygonItem in a PlotWidget with hidden axes, over rings
for the levels 1 to 3 and labelled spokes. The labels use the widget's font (large type
follows) and the radar shrinks until they fit in the widget.
"""

from __future__ import annotations

import html
import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsPolygonItem, QWidget

MAX_LEVEL = 3
LABEL_REACH = MAX_LEVEL + 0.18  # where the spokes' labels are anchored
# Below this share of the room, the full labels leave too small a radar (large type, a
# projector): the compact labels take their place.
READABLE_RADIUS = 0.6
RING_COLOR = "#c8c8c8"
LABEL_COLOR = "#303030"
ABSENT_COLOR = "#8a8a8a"  # « non évalué » on a spoke nobody assessed
ABSENT_REACH = 0.72 * MAX_LEVEL  # where it is written: room between neighbouring spokes
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
    values: Sequence[float | None]  # one per spoke, 0..3; None: not assessed (no point)
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
    """A radar with `set_axes(labels)` then `set_series([...])`.

    The spoke labels are sized in pixels (the widget's font) while the radar is scaled to the
    widget: the radar takes the room the labels leave. When the labels would crowd the radar
    or each other, the `compact` labels given to set_axes (e.g. item numbers) replace them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        plot = self.getPlotItem()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        self.setAspectLocked(True)
        self.labels: list[str] = []
        self.compact_labels: list[str] = []
        self.compact = False  # the compact labels are shown
        self.series: list[RadarSeries] = []
        self._grid: list[QGraphicsItem] = []
        self._drawn: list[QGraphicsItem] = []
        self.absent: list[int] = []  # spokes marked « non évalué »
        self._wrap = 16
        self._tooltips: list[str] = []
        self._built: list[str] | None = None  # which labels the grid was built with
        plot.getViewBox().sigResized.connect(self.fit_range)
        self._follow_font()

    def _follow_font(self) -> None:
        metrics = self.fontMetrics()
        self.setMinimumSize(metrics.averageCharWidth() * 24, metrics.lineSpacing() * 12)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._follow_font()
            self._built = None
            self.fit_range()

    def set_axes(
        self,
        labels: Sequence[str],
        wrap: int = 16,
        tooltips: Sequence[str] = (),
        compact: Sequence[str] = (),
    ) -> None:
        if list(labels) == self.labels and self._grid:
            return
        self.labels, self._wrap = list(labels), wrap
        self._tooltips = list(tooltips) or list(labels)
        self.compact_labels = list(compact) if len(compact) == len(labels) else []
        self._built = None
        self.fit_range()

    # --- geometry, in pixels from the centre (y upwards) -----------------------------------

    def _lines(self, label: str) -> list[str]:
        return textwrap.wrap(label, self._wrap) or [label]

    def _sizes(self, labels: Sequence[str]) -> list[tuple[float, float]]:
        metrics = self.fontMetrics()
        margin = 8  # QGraphicsTextItem's document margin, both sides
        return [
            (
                max(metrics.horizontalAdvance(line) for line in self._lines(label)) + margin,
                len(self._lines(label)) * metrics.lineSpacing() + margin,
            )
            for label in labels
        ]

    def _radius(self, sizes: list[tuple[float, float]], half_w: float, half_h: float) -> float:
        """The largest radius (ring 3, in pixels) that keeps every label inside the plot."""
        k = LABEL_REACH / MAX_LEVEL
        radius = 0.92 * min(half_w, half_h)
        for index, (width, height) in enumerate(sizes):
            dx, dy = _direction(index, len(sizes))
            for direction, extent, half in ((dx, width, half_w), (dy, height, half_h)):
                # The label starts at direction·k·R and grows outwards over its extent.
                reach = abs(direction)
                room = half - (0.5 + 0.5 * reach) * extent
                if room < 0:
                    return 0.0
                if reach > 0.05:
                    radius = min(radius, room / (reach * k))
        return radius

    def _crowded(self, sizes: list[tuple[float, float]], radius: float) -> bool:
        """Neighbouring labels overlap, or the labels leave the radar too small to read."""
        half = min(self._half_size())
        if radius < READABLE_RADIUS * half:
            return True
        k = LABEL_REACH / MAX_LEVEL
        boxes = []
        for index, (width, height) in enumerate(sizes):
            dx, dy = _direction(index, len(sizes))
            left = dx * k * radius - (0.5 - 0.5 * dx) * width
            bottom = dy * k * radius - (0.5 - 0.5 * dy) * height
            boxes.append((left + 4, bottom + 4, left + width - 4, bottom + height - 4))
        return any(
            a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
            for a, b in zip(boxes, boxes[1:] + boxes[:1], strict=True)
        )

    def _half_size(self) -> tuple[float, float]:
        view = self.getPlotItem().getViewBox()
        return view.width() / 2, view.height() / 2

    def fit_range(self) -> None:
        """Choose the labels (full or compact) and the largest radar that leaves them room."""
        half_w, half_h = self._half_size()
        if len(self.labels) < 3 or half_w <= 0 or half_h <= 0:
            if self._built is None:
                self._build_axes(self.labels)
            return
        # Full labels, else the compact ones, else only their numbers (« 1. »): the first
        # that leaves a radar large enough to read.
        choices = [self.labels]
        if self.compact_labels:
            choices.append(self.compact_labels)
            numbers = [label.split(" ", 1)[0] for label in self.compact_labels]
            if numbers != self.compact_labels:
                choices.append(numbers)
        for labels in choices:
            sizes = self._sizes(labels)
            radius = self._radius(sizes, half_w, half_h)
            if labels is choices[-1] or not self._crowded(sizes, radius):
                break
        if self._built != labels:
            self._build_axes(labels)
        radius = max(radius, 0.25 * min(half_w, half_h))  # too small to read: let labels clip
        units = MAX_LEVEL / radius  # data units per pixel
        wanted = ((-half_w * units, half_w * units), (-half_h * units, half_h * units))
        current = self.getPlotItem().getViewBox().viewRange()
        if all(
            abs(a - b) <= 1e-9 * abs(b)
            for have, want in zip(current, wanted, strict=True)
            for a, b in zip(have, want, strict=True)
        ):
            return  # unchanged: spare pyqtgraph its round of signals
        # One call for both axes: with the aspect locked, two calls would zoom in.
        self.setRange(xRange=wanted[0], yRange=wanted[1], padding=0)

    def _build_axes(self, labels: list[str]) -> None:
        for item in self._grid:
            self.removeItem(item)
        self._grid = []
        self._built, self.compact = labels, labels is not self.labels
        count = len(labels)
        if count < 3:
            self._draw()
            return
        pen = QPen(QColor(RING_COLOR))
        pen.setCosmetic(True)
        for level in range(1, MAX_LEVEL + 1):
            ring = QGraphicsPolygonItem(_polygon([level] * count, count))
            ring.setPen(pen)
            self._add_grid(ring)
            # Inside the ring, beside the first spoke: clear of the labels above it.
            mark = pg.TextItem(str(level), color=RING_COLOR, anchor=(0.0, 0.0))
            mark.setFont(self.font())
            mark.setPos(0.06, level)
            self._add_grid(mark)
        for index, label in enumerate(labels):
            dx, dy = _direction(index, count)
            spoke = pg.PlotDataItem([0, dx * MAX_LEVEL], [0, dy * MAX_LEVEL], pen=pen)
            self._add_grid(spoke)
            text = "<br>".join(html.escape(line) for line in self._lines(label))
            anchor = (0.5 - 0.5 * dx, 0.5 + 0.5 * dy)  # text grows away from the centre
            tag = pg.TextItem(
                html=f'<div style="text-align:center; color:{LABEL_COLOR}">{text}</div>',
                anchor=anchor,
            )
            tag.setFont(self.font())
            tag.setPos(dx * LABEL_REACH, dy * LABEL_REACH)
            if index < len(self._tooltips):
                tag.setToolTip(self._tooltips[index])
            self._add_grid(tag)
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
        self.absent = []
        count = len(self.labels)
        if count < 3:
            return
        for order, one in enumerate(self.series):
            # None is absent (nobody assessed it), not 0: no point, and the outline breaks.
            values = [None if v is None else max(0.0, min(float(v), MAX_LEVEL)) for v in one.values]
            values = (values + [None] * count)[:count]
            color = QColor(one.color)
            pen = QPen(color, 3 if order == 0 else 2)
            pen.setCosmetic(True)
            shape = _outline(values, count)
            shape.setPen(pen)
            fill = QColor(color)
            # Many filled polygons turn to mud: beyond two, only the first is filled. A broken
            # outline is not filled: its area would mean nothing.
            filled = one.filled and (order == 0 or len(self.series) <= 2)
            filled = filled and None not in values
            fill.setAlpha((70 if order == 0 else 45) if filled else 0)
            shape.setBrush(QBrush(fill))
            shape.setZValue(order)
            shape.setToolTip(one.name)
            self.addItem(shape)
            self._drawn.append(shape)
            present = [(i, v) for i, v in enumerate(values) if v is not None]
            dots = pg.ScatterPlotItem(
                [_direction(i, count)[0] * v for i, v in present],
                [_direction(i, count)[1] * v for i, v in present],
                size=7,
                brush=pg.mkBrush(color),
                pen=pg.mkPen(None),
            )
            dots.setZValue(order + 0.5)
            self.addItem(dots)
            self._drawn.append(dots)
        self._mark_absent(count)

    def _mark_absent(self, count: int) -> None:
        """A spoke no shown series assessed says so, instead of a point at 0."""
        if not self.series:
            return
        text = QCoreApplication.translate("RadarChart", "non évalué")
        for index in range(count):
            if all(index >= len(s.values) or s.values[index] is None for s in self.series):
                dx, dy = _direction(index, count)
                mark = pg.TextItem(text, color=ABSENT_COLOR, anchor=(0.5, 0.5))
                font = self.font()
                font.setItalic(True)
                mark.setFont(font)
                mark.setPos(dx * ABSENT_REACH, dy * ABSENT_REACH)
                mark.setZValue(len(self.series) + 1)
                self.addItem(mark)
                self._drawn.append(mark)
                self.absent.append(index)

    def polygon_points(self, index: int) -> list[tuple[float, float]]:
        """The drawn vertices of series `index` (for tests): in spoke order when the outline
        is closed; absent spokes have none."""
        shapes = [i for i in self._drawn if isinstance(i, QGraphicsPathItem)]
        path = shapes[index].path()
        points = [(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]
        if len(points) > 1 and points[-1] == points[0]:
            points.pop()  # the closing line back to the first vertex
        return points


def _outline(values: Sequence[float | None], count: int) -> QGraphicsPathItem:
    """The series' outline: closed when every spoke has a value, otherwise only the runs of
    neighbouring spokes that have one (a lone value is just its dot)."""
    path = QPainterPath()
    points = [
        None if v is None else QPointF(_direction(i, count)[0] * v, _direction(i, count)[1] * v)
        for i, v in enumerate(values)
    ]
    if all(p is not None for p in points):
        path.addPolygon(QPolygonF([p for p in points if p is not None]))
        path.closeSubpath()
        return QGraphicsPathItem(path)
    start = next(i for i, p in enumerate(points) if p is None)  # walk from a gap, round
    run: list[QPointF] = []
    for step in range(1, count + 1):
        point = points[(start + step) % count]
        if point is not None:
            run.append(point)
            continue
        _add_run(path, run)
        run = []
    _add_run(path, run)
    return QGraphicsPathItem(path)


def _add_run(path: QPainterPath, run: list[QPointF]) -> None:
    if not run:
        return
    path.moveTo(run[0])
    for point in run[1:]:
        path.lineTo(point)
