"""The comparison's charts: the five dimensions' radar with one polygon per assessment (the
"surface d'atteinte", l.1312, year over year), a dimension's items the same way, and the
trend of each dimension's consensus score across the assessments.

Imports pyqtgraph (through charts): the comparison page imports it only when first shown.
"""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from diagapp.domain.compare import Comparison
from diagapp.ui.charts import RadarChart, RadarSeries, series_color

# Up to three assessments: the oldest pale, the newest strong (and filled).
YEAR_COLORS = ("#8fb3d9", "#f0a35e", "#1f3a93")
MAX_LEVEL = 3


def year_color(index: int, count: int) -> str:
    """The colour of assessment `index` (oldest first) among `count`."""
    if count <= len(YEAR_COLORS):
        return YEAR_COLORS[len(YEAR_COLORS) - count + index]
    return series_color(index)


def legend_html(entries: list[tuple[str, str]]) -> str:
    """A legend as text under a chart: (colour, name) pairs."""
    return "&nbsp;&nbsp; ".join(
        f'<span style="color:{color}; font-size:large">■</span>&nbsp;{html.escape(name)}'
        for color, name in entries
    )


def _names(comparison: Comparison) -> list[str]:
    return [f"{s.label} ({s.date:%d/%m/%Y})" for s in comparison.snapshots]


class RadarsTab(QWidget):
    """Overlaid radars: the five dimensions, and the items of one dimension."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._lang = "fr"
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.overall_caption = QLabel()
        self.overall = RadarChart()
        left.addWidget(self.overall_caption)
        left.addWidget(self.overall, 1)
        right = QVBoxLayout()
        self.dimension_combo = QComboBox()
        self.dimension_combo.currentIndexChanged.connect(lambda _i: self._draw_dimension())
        self.dimension_chart = RadarChart()
        right.addWidget(self.dimension_combo)
        right.addWidget(self.dimension_chart, 1)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        left.addWidget(self.legend)
        self.retranslate()

    def retranslate(self) -> None:
        self.overall_caption.setText(
            self.tr("Surface d'atteinte par dimension (consensus), une couleur par évaluation")
        )

    def show_comparison(self, comparison: Comparison, lang: str) -> None:
        self._comparison, self._lang = comparison, lang
        count = len(comparison.snapshots)
        names = _names(comparison)
        self.overall.set_axes(
            [f"{d.number}. {d.title.get(lang)}" for d in comparison.dimensions],
            compact=[f"{d.number}." for d in comparison.dimensions],
        )
        self.overall.set_series(
            [
                RadarSeries(
                    names[i],
                    [d.points[i].mean for d in comparison.dimensions],
                    year_color(i, count),
                    filled=i == count - 1,
                )
                for i in range(count)
            ][::-1]  # the newest first: drawn on top and filled
        )
        self.legend.setText(legend_html([(year_color(i, count), n) for i, n in enumerate(names)]))
        current = self.dimension_combo.currentData()
        self.dimension_combo.blockSignals(True)
        self.dimension_combo.clear()
        for d in comparison.dimensions:
            self.dimension_combo.addItem(f"{d.number}. {d.title.get(lang)}", d.dimension_id)
        self.dimension_combo.setCurrentIndex(max(self.dimension_combo.findData(current), 0))
        self.dimension_combo.blockSignals(False)
        self._draw_dimension()

    def _draw_dimension(self) -> None:
        comparison, dimension_id = self._comparison, self.dimension_combo.currentData()
        if comparison is None or dimension_id is None:
            return
        items = [i for i in comparison.items if i.dimension_id == dimension_id]
        count = len(comparison.snapshots)
        labels = [i.label.get(self._lang) for i in items]
        short = [
            text if len(text) <= 28 else text[:27].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
            for text in labels
        ]
        number = next(
            (d.number for d in comparison.dimensions if d.dimension_id == dimension_id), 0
        )
        numbers = [f"{number}.{n}" for n in range(1, len(items) + 1)]
        self.dimension_chart.set_axes(
            [f"{n} {text}" for n, text in zip(numbers, short, strict=True)],
            wrap=14,
            tooltips=labels,
            compact=numbers,
        )
        names = _names(comparison)
        self.dimension_chart.set_series(
            [
                RadarSeries(
                    names[i],
                    [p.consensus if (p := item.points[i]) else None for item in items],
                    year_color(i, count),
                    filled=i == count - 1,
                )
                for i in range(count)
            ][::-1]
        )


class TrendsChart(QWidget):
    """Each dimension's consensus score (0..3) across the compared assessments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot_widget = pg.PlotWidget(background="w")
        plot = self.plot_widget.getPlotItem()
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.showGrid(y=True, alpha=0.25)
        self.plot_widget.setMinimumSize(420, 300)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.legend)
        self.lines: dict[str, pg.PlotDataItem] = {}

    def show_comparison(self, comparison: Comparison, lang: str) -> None:
        plot = self.plot_widget.getPlotItem()
        plot.clear()
        xs = list(range(len(comparison.snapshots)))
        axis = plot.getAxis("bottom")
        axis.setTicks([[(x, s.label) for x, s in zip(xs, comparison.snapshots, strict=True)]])
        axis.setTextPen("#303030")
        left = plot.getAxis("left")
        left.setTicks([[(v, str(v)) for v in range(MAX_LEVEL + 1)]])
        left.setTextPen("#303030")
        plot.setLabel("left", self.tr("Score de consensus (0 à 3)"), color="#303030")
        self.lines = {}
        entries = []
        for order, d in enumerate(comparison.dimensions):
            points = [(x, p.mean) for x, p in zip(xs, d.points, strict=True) if p.mean is not None]
            if not points:
                continue
            color = series_color(order)
            self.lines[d.dimension_id] = plot.plot(
                [x for x, _ in points],
                [y for _, y in points],
                pen=pg.mkPen(color, width=3),
                symbol="o",
                symbolSize=9,
                symbolBrush=color,
                symbolPen=None,
            )
            entries.append((color, f"{d.number}. {d.title.get(lang)}"))
        overall = [(x, v) for x, v in zip(xs, comparison.overall, strict=True) if v is not None]
        if overall:
            self.lines["overall"] = plot.plot(
                [x for x, _ in overall],
                [y for _, y in overall],
                pen=pg.mkPen("#303030", width=2, style=Qt.PenStyle.DashLine),
            )
            entries.append(("#303030", self.tr("Ensemble (pointillés)")))
        self.legend.setText(legend_html(entries))
        plot.setYRange(0, MAX_LEVEL + 0.1, padding=0.02)
        plot.setXRange(-0.3, max(xs[-1], 1) + 0.3, padding=0)
