"""Year over year: the current assessment beside the dynamic's earlier ones.

A row of check boxes chooses the assessments; the comparison (services.compare) runs off
the UI thread, then fills a summary, overlaid radars per year, the trend of each dimension
(pyqtgraph, imported when the page is first filled), a sortable table of the items' changes
and the funding, governance and recommendations side by side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain.compare import Comparison
from diagapp.domain.model import Assessment
from diagapp.services import assessments, compare, plan_review
from diagapp.ui.models.comparison_model import ComparisonItemsModel, ComparisonItemsProxy
from diagapp.ui.pages.assessment_page import AssessmentPage
from diagapp.ui.pages.comparison_panels import ContextPanel, SummaryPanel
from diagapp.ui.widgets.items_tab import ItemsTab
from diagapp.ui.workshop import Workshop

if TYPE_CHECKING:
    from diagapp.ui.pages.comparison_charts import RadarsTab, TrendsChart

SUMMARY, RADARS, TRENDS, ITEMS, CONTEXT = range(5)


class ComparisonPage(AssessmentPage):
    relevant_changes = None  # every change may move a comparison

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.comparison: Comparison | None = None
        self.radars: RadarsTab | None = None
        self.trends: TrendsChart | None = None
        self.boxes: dict[int, QCheckBox] = {}
        self._generation = 0
        self._running = False

        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        chooser = QHBoxLayout()
        self.chooser_caption = QLabel()
        chooser.addWidget(self.chooser_caption)
        self.boxes_row = QHBoxLayout()
        chooser.addLayout(self.boxes_row)
        chooser.addStretch(1)
        layout.addLayout(chooser)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.message)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.summary = SummaryPanel()
        self.tabs.addTab(self.summary, "")
        self.radars_holder, self.trends_holder = QWidget(), QWidget()
        for holder in (self.radars_holder, self.trends_holder):
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, "")
        self.items_tab = self._build_items()
        self.tabs.addTab(self.items_tab, "")
        self.context = ContextPanel()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.context)
        self.tabs.addTab(scroll, "")
        self.retranslate()

    def _build_items(self) -> ItemsTab:
        self.items_model = ComparisonItemsModel(self)
        self.items_proxy = ComparisonItemsProxy(self)
        self.items_proxy.setSourceModel(self.items_model)
        tab = ItemsTab(self.items_proxy, self.items_proxy.set_moved_only)
        tab.caption.setWordWrap(True)
        self.items_caption, self.dimension_filter = tab.caption, tab.dimension_filter
        self.moved_only, self.items_table = tab.switch, tab.table
        return tab

    def retranslate(self) -> None:
        super().retranslate()
        self.title = self.tr("Évolution")
        self.heading.setText("<h2>" + self.tr("Évolution d'une évaluation à l'autre") + "</h2>")
        self.chooser_caption.setText(self.tr("Évaluations comparées :"))
        for index, text in enumerate(
            (
                self.tr("Synthèse"),
                self.tr("Surface d'atteinte"),
                self.tr("Tendances"),
                self.tr("Éléments"),
                self.tr("Financement et gouvernance"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.items_caption.setText(
            self.tr(
                "Niveau de consensus à chaque évaluation et son évolution ; triez par colonne. "
                "Survolez une ligne pour lire l'élément et les changements de questionnaire."
            )
        )
        self.moved_only.setText(self.tr("Éléments qui ont bougé seulement"))
        self.items_table.setAccessibleName(self.tr("Évolution par élément"))
        self.summary.retranslate()
        self.context.retranslate()
        if self.radars is not None:
            self.radars.retranslate()

    # --- choosing the assessments ---------------------------------------------------------

    def assessment_switched(self) -> None:
        self.comparison = None
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}

    def load(self, assessment: Assessment) -> None:
        dynamic = next(
            (
                d
                for d in assessments.list_dynamics(self.workshop.db)
                if d.id == assessment.dynamic_id
            ),
            None,
        )
        summaries = dynamic.assessments if dynamic else ()
        if set(self.boxes) != {s.id for s in summaries}:
            for box in self.boxes.values():
                box.deleteLater()
            self.boxes = {}
            earlier = compare.comparable_assessments(self.workshop.db, assessment_id=assessment.id)
            for s in summaries:
                # The label only (it holds the year by default): three boxes stay on one
                # line in large type; the date is in the tooltip.
                box = QCheckBox(s.label or f"{s.date:%d/%m/%Y}")
                box.setToolTip(f"{s.label} ({s.date:%d/%m/%Y})")
                box.setChecked(s.id in earlier)
                box.toggled.connect(lambda _on: self.recompute())
                self.boxes_row.addWidget(box)
                self.boxes[s.id] = box
        self.recompute()

    def chosen_ids(self) -> list[int]:
        return [i for i, box in self.boxes.items() if box.isChecked()]

    def set_chosen(self, ids: list[int]) -> None:
        """Check exactly these assessments (one recomputation)."""
        for assessment_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(assessment_id in ids)
            box.blockSignals(False)
        self.recompute()

    def recompute(self) -> None:
        ids = self.chosen_ids()
        self._generation += 1
        if len(ids) < 2:
            self.comparison = None
            self.tabs.setEnabled(False)
            self._say(
                self.tr(
                    "Cochez au moins deux évaluations de la dynamique pour les comparer. "
                    "Une nouvelle évaluation se crée chaque année depuis la page d'accueil, "
                    "en reprenant les réponses de la précédente."
                )
            )
            return
        from diagapp.ui.jobs import run_job

        generation = self._generation
        self._running = True
        run_job(
            self,
            self.tr("Comparaison des évaluations…"),
            compare.compare,
            show_progress=False,
            on_done=lambda result: self._show(result, generation),
            on_error=lambda text: self._failed(text, generation),
            db=self.workshop.db,
            assessment_ids=ids,
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @property
    def busy(self) -> bool:
        return self._running

    def _failed(self, text: str, generation: int) -> None:
        if generation != self._generation:
            return
        self._running = False
        self.comparison = None
        self.tabs.setEnabled(False)
        self._say(f'<span style="color:#a00">{text}</span>')

    # --- showing --------------------------------------------------------------------------

    def _show(self, comparison: Comparison, generation: int) -> None:
        if generation != self._generation:
            return  # a newer choice is being computed
        self._running = False
        self.comparison = comparison
        self.tabs.setEnabled(True)
        notes = " ".join(n.get(self.lang) for n in comparison.notes)
        self._say(f'<span style="color:#8a5a00">⚠ {notes}</span>' if notes else "")
        self.summary.show_comparison(comparison, self.lang)
        self.context.show_plan(
            plan_review.follow_up(
                self.workshop.db, assessment_ids=self.chosen_ids(), lang=self.lang
            )
        )
        if self.radars is None or self.trends is None:
            from diagapp.ui.pages.comparison_charts import RadarsTab, TrendsChart

            self.radars, self.trends = RadarsTab(), TrendsChart()
            for holder, widget in (
                (self.radars_holder, self.radars),
                (self.trends_holder, self.trends),
            ):
                holder_layout = holder.layout()
                assert holder_layout is not None
                holder_layout.addWidget(widget)
        self.radars.show_comparison(comparison, self.lang)
        self.trends.show_comparison(comparison, self.lang)
        self.items_model.set_comparison(comparison, self.lang)
        self.items_tab.set_dimensions(
            self.tr("Toutes les dimensions"),
            ((d.number, d.title.get(self.lang), d.dimension_id) for d in comparison.dimensions),
        )
        self.context.show_comparison(comparison, self.lang)
