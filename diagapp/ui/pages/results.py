"""Results: the radars of the "surface d'atteinte" (l.1312), the item table sortable by
score and by disagreement, the funding heatmap and indicators, and the report's dynamics
nearest to this one by governance and funding profile (l.810-832, l.1023-1043).

pyqtgraph is imported only when the page is first shown (start-up stays light).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain import governance_variables, scoring
from diagapp.domain.funding import profile
from diagapp.domain.model import Assessment
from diagapp.domain.references import RESOURCE_KEYS
from diagapp.services import catalog, peers
from diagapp.ui.formats import format_percent
from diagapp.ui.models.funding_model import (
    INTENSITY_COLORS,
    INTENSITY_TEXT_COLORS,
    MODE_AMOUNTS,
    MODE_INTENSITY,
    FundingModel,
    wrap_header,
)
from diagapp.ui.models.item_results_model import (
    SPREAD,
    ItemResultsModel,
    ItemResultsProxy,
)
from diagapp.ui.pages.assessment_page import AssessmentPage
from diagapp.ui.pages.funding_indicators import IndicatorsPanel
from diagapp.ui.pages.funding_table import MatrixView
from diagapp.ui.pages.reference_match import dynamic_origin, nearest_references, symbol
from diagapp.ui.pages.results_network import NetworkTab
from diagapp.ui.widgets.items_tab import ItemsTab
from diagapp.ui.workshop import Workshop

if TYPE_CHECKING:
    from diagapp.ui.pages.results_radar import RadarTab

NEAREST_COUNT = 5


class ResultsPage(AssessmentPage):
    relevant_changes = None  # answers, consensus, fields and funding all show here

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.radar: RadarTab | None = None  # built at first display (imports pyqtgraph)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.radar_holder = QWidget()
        QVBoxLayout(self.radar_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.radar_holder, "")
        self.items_tab = self._build_items()
        self.tabs.addTab(self.items_tab, "")
        self.tabs.addTab(self._build_funding(workshop), "")
        self.tabs.addTab(self._build_references(), "")
        self.network_tab = NetworkTab()  # « Au regard du réseau » (issue 16)
        self.tabs.addTab(self.network_tab, "")
        self.retranslate()

    # --- tabs -----------------------------------------------------------------------------

    def _build_items(self) -> ItemsTab:
        self.items_model = ItemResultsModel(self)
        self.items_proxy = ItemResultsProxy(self)
        self.items_proxy.setSourceModel(self.items_model)
        tab = ItemsTab(self.items_proxy, self.items_proxy.set_strong_only)
        self.items_caption, self.dimension_filter = tab.caption, tab.dimension_filter
        self.strong_only, self.items_table = tab.switch, tab.table
        return tab

    def _build_funding(self, workshop: Workshop) -> QWidget:
        spec = workshop.questionnaire().funding
        self.heatmap_model = FundingModel(spec, workshop.lang, None, self)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.heatmap_caption = QLabel()
        self.heatmap_amounts = QCheckBox()
        self.heatmap_amounts.toggled.connect(
            lambda on: self.heatmap_model.set_mode(MODE_AMOUNTS if on else MODE_INTENSITY)
        )
        bar.addWidget(self.heatmap_caption, 1)
        bar.addWidget(self.heatmap_amounts)
        layout.addLayout(bar)
        self.heatmap = MatrixView()
        self.heatmap.setModel(self.heatmap_model)
        self.heatmap.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.heatmap)
        self.indicators = IndicatorsPanel(workshop.lang)
        layout.addWidget(self.indicators)
        layout.addStretch(1)
        return tab

    def _build_references(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.references_caption = QLabel()
        self.references_caption.setWordWrap(True)
        self.references = QTableWidget(0, 5 + len(RESOURCE_KEYS))
        self.references.verticalHeader().hide()
        self.references.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.references.setWordWrap(True)
        header = self.references.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.references.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        layout.addWidget(self.references_caption)
        layout.addWidget(self.references)
        return tab

    def retranslate(self) -> None:
        super().retranslate()
        self.title = self.tr("Résultats")
        self.heading.setText("<h2>" + self.tr("Résultats de l'évaluation") + "</h2>")
        for index, text in enumerate(
            (
                self.tr("Surface d'atteinte"),
                self.tr("Éléments"),
                self.tr("Financement"),
                self.tr("Dynamiques proches"),
                self.tr("Au regard du réseau"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.items_caption.setText(
            self.tr("Triez par consensus ou par écart : les désaccords forts sont en rouge.")
        )
        self.strong_only.setText(self.tr("Désaccords forts seulement"))
        self.items_table.setAccessibleName(self.tr("Résultats par élément"))
        self.heatmap_caption.setText(
            self.tr("Intensité de chaque ressource par structure (Néant à +++).")
        )
        self.heatmap_amounts.setText(self.tr("Montants annuels (€)"))
        self.heatmap.setAccessibleName(self.tr("Carte des ressources"))
        self.references_caption.setText(
            self.tr(
                "Les dynamiques étudiées par le rapport les plus proches de la vôtre par le "
                "profil de ressources (tableau l. 810-832), l'implication des habitants, la "
                "place du débat et l'origine (tableau l. 1023-1043). Première ligne : la vôtre."
            )
        )
        labels = [
            self.tr("Dynamique"),
            self.tr("Proximité"),
            self.tr("Origine"),
            self.tr("Hab."),
            self.tr("Débat"),
        ]
        spec = self.workshop.questionnaire().funding
        by_key = {r.key: r.label.get(self.lang) for r in spec.resources}
        labels += [wrap_header(by_key.get(k, k)) for k in RESOURCE_KEYS]
        self.references.setHorizontalHeaderLabels(labels)
        self.indicators.retranslate()
        self.network_tab.retranslate()
        if self.radar is not None:
            self.radar.retranslate()

    # --- data -----------------------------------------------------------------------------

    def assessment_switched(self) -> None:
        self.indicators.forget_history()

    def load(self, assessment: Assessment) -> None:
        questionnaire = self.workshop.questionnaire()
        if self.radar is None:
            from diagapp.ui.pages.results_radar import RadarTab

            self.radar = RadarTab()
            holder = self.radar_holder.layout()
            assert holder is not None
            holder.addWidget(self.radar)
        self.radar.show_assessment(assessment, questionnaire, self.lang)

        results = scoring.item_results(assessment, questionnaire)
        self.items_model.set_results(questionnaire, results, self.lang)
        self.items_tab.set_dimensions(
            self.tr("Toutes les dimensions"),
            ((d.number, d.title.get(self.lang), d.id) for d in questionnaire.dimensions),
        )

        self.heatmap_model.set_language(self.lang)
        self.heatmap_model.set_structures(assessment.structures, questionnaire.funding)
        self.heatmap.fit()
        self.indicators.show_indicators(self.workshop, assessment, questionnaire.funding)
        self._show_references(assessment)
        standing = peers.standing_of(self.workshop.db, assessment)
        self.network_tab.show_standing(standing, questionnaire, self.lang)

    def sort_by_disagreement(self) -> None:
        self.items_table.sortByColumn(SPREAD, Qt.SortOrder.DescendingOrder)

    def _show_references(self, assessment: Assessment) -> None:
        assessment = catalog.asked_once(assessment)  # a v1 year's twin fields, read once

        def origin_text(value: str | None) -> str:
            return governance_variables.table_origin_words(value, self.lang) or "—"

        def level(value: object) -> str:
            return symbol(value, self.lang) if isinstance(value, int) and 0 <= value <= 3 else "—"

        rows: list[tuple[list[str], dict[str, int | None], bool]] = [
            (
                [
                    self.tr("Votre dynamique"),
                    "",
                    origin_text(dynamic_origin(assessment.fields)),
                    level(governance_variables.inhabitants(assessment)),
                    level(assessment.fields.get("governance.debate")),
                ],
                dict(profile(assessment.structures, RESOURCE_KEYS)),
                True,
            )
        ]
        for match in nearest_references(catalog.references(), assessment, NEAREST_COUNT):
            ref = match.reference
            for n, structure in enumerate(ref.structures):
                name = ref.name if not structure.name else f"{ref.name} — {structure.name}"
                cells = [f"{name} (l. {structure.line})", "", "", "", ""]
                if n == 0:
                    cells[1:] = [
                        format_percent(match.similarity),
                        origin_text(ref.origin),
                        level(ref.inhabitants),
                        level(ref.debate),
                    ]
                rows.append((cells, dict(structure.intensity), False))
        self.references.setRowCount(len(rows))
        for row, (cells, intensity, own) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if own:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.references.setItem(row, column, item)
            for offset, key in enumerate(RESOURCE_KEYS):
                given = intensity.get(key, 0)
                if given is None:  # a column the report's table does not have: unknown
                    item = QTableWidgetItem("?")
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setToolTip(self.tr("Non renseigné dans le tableau du rapport"))
                    self.references.setItem(row, len(cells) + offset, item)
                    continue
                value = max(0, min(3, given))
                item = QTableWidgetItem(symbol(value, self.lang) if value else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QColor(INTENSITY_COLORS[value]))
                item.setForeground(QColor(INTENSITY_TEXT_COLORS[value]))
                self.references.setItem(row, len(cells) + offset, item)
