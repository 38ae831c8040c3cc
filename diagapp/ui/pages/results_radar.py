"""The "surface d'atteinte" tab of the results (report l.1312): an overall radar of the five
dimensions and a radar of one dimension's items, overlaying the consensus, the team, the
collèges or chosen participants, beside the scores and coverage per dimension.

Imports pyqtgraph (through charts): the results page imports this module only when shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain import scoring
from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import Dimension, Item, Questionnaire
from diagapp.ui.charts import RadarChart, RadarSeries, series_color
from diagapp.ui.formats import format_percent
from diagapp.ui.models.item_results_model import decimal
from diagapp.ui.widgets.readable import ALERT_COLOR, short

CONSENSUS, TEAM = "consensus", "team"
OVERLAY_CHARS = 22  # the overlays' list is at most this wide, in average characters
KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Overlay:
    key: str  # "consensus", "team", "college:<name>", "participant:<id>"
    name: str
    color: str


def short_label(item: Item, lang: str, width: int = 30) -> str:
    """A spoke label: the item's statement without its usual subject, cut at a word."""
    text = item.label.get(lang).strip()
    for subject in ("La dynamique ", "The dynamic "):
        if text.startswith(subject):
            text = text[len(subject) :]
            text = text[:1].upper() + text[1:]
    if len(text) <= width:
        return text
    return text[: width - 1].rsplit(" ", 1)[0].rstrip(" ,;:—–") + "…"


class RadarTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._assessment: Assessment | None = None
        self._questionnaire: Questionnaire | None = None
        self._lang = "fr"
        self._checked: set[str] = {CONSENSUS}
        self.overlays: list[Overlay] = []

        # The two radars side by side, the scores under them, the overlays on the right.
        layout = QGridLayout(self)
        self.overall_caption = QLabel()
        self.overall_caption.setWordWrap(True)
        self.basis = QLabel()  # the overall figure and what it rests on
        self.basis.setWordWrap(True)
        self.basis.setTextFormat(Qt.TextFormat.RichText)
        self.overall = RadarChart()
        self.dimension_combo = QComboBox()
        self.dimension_combo.currentIndexChanged.connect(lambda _i: self._draw_dimension())
        self.dimension_chart = RadarChart()
        self.overlay_caption = QLabel()
        self.overlay_list = QListWidget()
        self.overlay_list.setWordWrap(True)
        self.overlay_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.overlay_list.itemChanged.connect(self._overlay_toggled)
        buttons = QVBoxLayout()
        self.only_consensus = QPushButton()
        self.only_consensus.clicked.connect(lambda: self.check_only({CONSENSUS}))
        self.with_colleges = QPushButton()
        self.with_colleges.clicked.connect(self._check_colleges)
        buttons.addWidget(self.only_consensus)
        buttons.addWidget(self.with_colleges)
        self.scores = QTableWidget(0, 4)
        self.scores.verticalHeader().hide()
        self.scores.setWordWrap(True)
        self.scores.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.scores.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.scores.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scores.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.scores.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.scores.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.scores.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        captions = QVBoxLayout()
        captions.addWidget(self.overall_caption)
        captions.addWidget(self.basis)
        layout.addLayout(captions, 0, 0)
        layout.addWidget(self.dimension_combo, 0, 1)
        layout.addWidget(self.overlay_caption, 0, 2)
        layout.addWidget(self.overall, 1, 0)
        layout.addWidget(self.dimension_chart, 1, 1)
        layout.addWidget(self.overlay_list, 1, 2, 2, 1)
        layout.addWidget(self.scores, 2, 0, 2, 2)
        layout.addLayout(buttons, 3, 2)
        layout.setColumnStretch(0, 6)  # the five dimensions: the chart a room reads
        layout.setColumnStretch(1, 4)
        layout.setColumnStretch(2, 2)
        layout.setRowStretch(1, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_overlays()

    def _fit_overlays(self) -> None:
        """Wide enough for the names, up to a limit in characters (longer ones wrap)."""
        metrics = self.overlay_list.fontMetrics()
        widest = self.overlay_list.sizeHintForColumn(0) + metrics.averageCharWidth() * 2
        limit = metrics.averageCharWidth() * OVERLAY_CHARS
        self.overlay_list.setMinimumWidth(min(widest, limit) + 2 * self.overlay_list.frameWidth())

    def retranslate(self) -> None:
        self.overall_caption.setText(self.tr("<b>Les cinq dimensions</b> (score moyen, 0 à 3)"))
        self.overlay_caption.setText(self.tr("<b>Superposer</b>"))
        self.overlay_list.setAccessibleName(self.tr("Séries affichées sur les radars"))
        self.dimension_combo.setAccessibleName(self.tr("Dimension du radar détaillé"))
        self.only_consensus.setText(self.tr("Consensus seul"))
        self.with_colleges.setText(self.tr("Consensus et collèges"))
        self.scores.setHorizontalHeaderLabels(
            [self.tr("Dimension"), self.tr("Consensus"), self.tr("Équipe"), self.tr("Couverture")]
        )
        self.overall.setAccessibleName(self.tr("Radar des cinq dimensions"))
        self.dimension_chart.setAccessibleName(self.tr("Radar des éléments d'une dimension"))

    # --- data -----------------------------------------------------------------------------

    def show_assessment(
        self, assessment: Assessment, questionnaire: Questionnaire, lang: str
    ) -> None:
        self._assessment, self._questionnaire, self._lang = assessment, questionnaire, lang
        current = self.dimension_combo.currentData()
        self.dimension_combo.blockSignals(True)
        self.dimension_combo.clear()
        for d in questionnaire.dimensions:
            self.dimension_combo.addItem(f"{d.number}. {d.title.get(lang)}", d.id)
        found = self.dimension_combo.findData(current)
        self.dimension_combo.setCurrentIndex(max(found, 0))
        self.dimension_combo.blockSignals(False)
        self._fill_overlays(assessment)
        self._fill_scores(assessment, questionnaire)
        self.basis.setText(self.basis_text(scoring.consensus_scores(assessment, questionnaire)))
        dimensions = questionnaire.dimensions
        self.overall.set_axes(
            [f"{d.number}. {d.title.get(lang)}" for d in dimensions],
            wrap=14,
            compact=[f"{d.number}. {short(d.title.get(lang), 12)}" for d in dimensions],
        )
        self.redraw()

    def _fill_overlays(self, assessment: Assessment) -> None:
        overlays = [
            Overlay(CONSENSUS, self.tr("Consensus de l'équipe"), series_color(0)),
            Overlay(TEAM, self.tr("Moyenne des participants"), series_color(9)),
        ]
        for college in assessment.colleges:
            name = college or self.tr("Sans collège")
            overlays.append(
                Overlay(
                    f"college:{college}",
                    self.tr("Collège : %1").replace("%1", name),
                    series_color(len(overlays) - 1),
                )
            )
        for p in assessment.participants:
            overlays.append(
                Overlay(f"participant:{p.id}", p.display_name(), series_color(len(overlays) - 1))
            )
        self.overlays = overlays
        self.overlay_list.blockSignals(True)
        self.overlay_list.clear()
        for overlay in overlays:
            item = QListWidgetItem(overlay.name, self.overlay_list)
            pixmap = QPixmap(14, 14)
            pixmap.fill(QColor(overlay.color))
            item.setIcon(QIcon(pixmap))
            item.setData(KEY_ROLE, overlay.key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = overlay.key in self._checked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.overlay_list.blockSignals(False)
        self._fit_overlays()

    def _fill_scores(self, assessment: Assessment, questionnaire: Questionnaire) -> None:
        consensus = scoring.consensus_scores(assessment, questionnaire)
        team = scoring.team_scores(assessment, questionnaire)
        self.scores.setRowCount(len(questionnaire.dimensions))
        for row, d in enumerate(questionnaire.dimensions):
            c = consensus[d.id]
            cells = [
                f"{d.number}. {d.title.get(self._lang)}",
                decimal(c.mean),
                decimal(team[d.id].mean),
                f"{c.answered}/{c.applicable} ({format_percent(c.coverage)})",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.scores.setItem(row, column, cell)

    def basis_text(self, scores: dict[str, scoring.DimensionScore]) -> str:
        """« Maturité d'ensemble : 1,6 sur 3 », with what it rests on; a partial diagnostic
        says so first."""
        score, basis = scoring.overall(scores), scoring.basis(scores)
        if score is None:
            return self.tr("Maturité d'ensemble : aucun élément n'a encore de niveau de consensus.")
        text = (
            self.tr("Maturité d'ensemble : %1 sur 3, sur %2 éléments de %3 (%4 dimensions sur %5)")
            .replace("%1", decimal(score))
            .replace("%2", str(basis.items))
            .replace("%3", str(basis.total))
            .replace("%4", str(basis.dimensions))
            .replace("%5", str(basis.dimension_count))
        )
        if basis.partial:
            partial = self.tr("Diagnostic partiel")
            return f'<b style="color:{ALERT_COLOR}">{partial}</b> — {text}'
        return text

    # --- overlays -------------------------------------------------------------------------

    def checked_keys(self) -> list[str]:
        return [o.key for o in self.overlays if o.key in self._checked]

    def check_only(self, keys: set[str]) -> None:
        self._checked = set(keys)
        self.overlay_list.blockSignals(True)
        for row in range(self.overlay_list.count()):
            item = self.overlay_list.item(row)
            on = item.data(KEY_ROLE) in self._checked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.overlay_list.blockSignals(False)
        self.redraw()

    def _check_colleges(self) -> None:
        self.check_only(
            {CONSENSUS} | {o.key for o in self.overlays if o.key.startswith("college:")}
        )

    def _overlay_toggled(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.redraw()

    def _participants(self, key: str) -> list[int]:
        assert self._assessment is not None
        if key == TEAM:
            return [p.id for p in self._assessment.participants]
        if key.startswith("college:"):
            college = key.split(":", 1)[1]
            return [p.id for p in self._assessment.participants if p.college == college]
        return [int(key.split(":", 1)[1])]

    def item_levels(self, key: str) -> dict[str, float]:
        assessment = self._assessment
        assert assessment is not None
        if key == CONSENSUS:
            return {
                a.item_id: float(a.value)
                for a in assessment.answers
                if a.participant_id is None and a.value is not None and not a.not_applicable
            }
        return scoring.group_levels(assessment, self._participants(key))

    def dimension_means(self, key: str) -> dict[str, float | None]:
        assessment, questionnaire = self._assessment, self._questionnaire
        assert assessment is not None and questionnaire is not None
        if key == CONSENSUS:
            scores = scoring.consensus_scores(assessment, questionnaire)
        elif key.startswith("participant:"):
            scores = scoring.participant_scores(assessment, questionnaire, int(key.split(":")[1]))
        else:
            levels = scoring.group_levels(assessment, self._participants(key))
            return {
                d.id: _mean([levels[i.id] for i in d.items if i.id in levels])
                for d in questionnaire.dimensions
            }
        return {d: s.mean for d, s in scores.items()}

    def current_dimension(self) -> Dimension | None:
        if self._questionnaire is None or self.dimension_combo.currentIndex() < 0:
            return None
        return self._questionnaire.dimension(self.dimension_combo.currentData())

    def redraw(self) -> None:
        if self._assessment is None or self._questionnaire is None:
            return
        dimensions = self._questionnaire.dimensions
        shown = [o for o in self.overlays if o.key in self._checked]
        self.overall.set_series(
            [
                RadarSeries(
                    o.name, [self.dimension_means(o.key)[d.id] for d in dimensions], o.color
                )
                for o in shown
            ]
        )
        self._draw_dimension()

    def _draw_dimension(self) -> None:
        dimension = self.current_dimension()
        if dimension is None:
            return
        items = dimension.items
        self.dimension_chart.set_axes(
            [
                f"{dimension.number}.{n} {short_label(i, self._lang)}"
                for n, i in enumerate(items, 1)
            ],
            tooltips=[i.label.get(self._lang) for i in items],
            compact=[f"{dimension.number}.{n}" for n in range(1, len(items) + 1)],
        )
        series = []
        for o in self.overlays:
            if o.key in self._checked:
                levels = self.item_levels(o.key)
                series.append(RadarSeries(o.name, [levels.get(i.id) for i in items], o.color))
        self.dimension_chart.set_series(series)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None
