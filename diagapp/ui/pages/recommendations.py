"""Recommendations drawn from the report's proposals (Annex 1, l.1406-1494), levers of
chapters 1-3 and the référentiel (Annex 4), as the diagnosis triggers them: the handful
put forward first, the others, those addressed to funders, advocacy; the team accepts,
sets aside or annotates each one, and sees last year's decisions."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain.errors import DiagappError
from diagapp.domain.model import Assessment
from diagapp.services import recommendations
from diagapp.services.recommendations import (
    PastDecision,
    RecommendationReport,
    ShownRecommendation,
)
from diagapp.ui.pages.assessment_page import AssessmentPage
from diagapp.ui.pages.recommendation_card import RecommendationCard
from diagapp.ui.widgets.readable import alert
from diagapp.ui.workshop import Workshop

DECISIONS_CHANGED = "decisions"


class CardList(QScrollArea):
    """A scrolling column of section titles and recommendation cards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards: list[RecommendationCard] = []

    def fill(
        self, sections: list[tuple[str, str, tuple[ShownRecommendation, ...], bool]]
    ) -> list[RecommendationCard]:
        """sections: (title, text shown when empty, recommendations, highlighted)."""
        for card in self.cards:
            card.flush()
        body = QWidget()
        layout = QVBoxLayout(body)
        self.cards = []
        for title, empty, shown, highlighted in sections:
            heading = QLabel(f"<h3>{html.escape(title)}</h3>")
            layout.addWidget(heading)
            if not shown:
                note = QLabel(empty)
                note.setWordWrap(True)
                layout.addWidget(note)
            for one in shown:
                card = RecommendationCard(one, highlighted)
                layout.addWidget(card)
                self.cards.append(card)
        layout.addStretch(1)
        self.setWidget(body)
        return list(self.cards)


class RecommendationsPage(AssessmentPage):
    relevant_changes = None  # any answer can trigger or settle a recommendation

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.report: RecommendationReport | None = None
        self.cards: dict[str, RecommendationCard] = {}
        self._saving = False
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        alert(self.error)
        self.tabs = QTabWidget()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.error)
        self.dynamic_list = CardList()
        self.funders_list = CardList()
        self.advocacy_list = CardList()
        self.last_year = QTableWidget(0, 3)
        self.others = QTableWidget(0, 3)
        for table in (self.last_year, self.others):
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setWordWrap(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # An empty table says nothing: a sentence says why there is no decision to show.
        self.last_year_empty = QLabel()
        self.last_year_empty.setWordWrap(True)
        self.last_year_empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.last_year_empty.setMargin(self.fontMetrics().averageCharWidth() * 2)
        self.last_year_tab = QStackedWidget()
        self.last_year_tab.addWidget(self.last_year)
        self.last_year_tab.addWidget(self.last_year_empty)
        tabs: tuple[QWidget, ...] = (
            self.dynamic_list,
            self.funders_list,
            self.advocacy_list,
            self.last_year_tab,
            self.others,
        )
        for tab in tabs:
            self.tabs.addTab(tab, "")
        for label in (self.heading, self.intro, self.summary):
            layout.addWidget(label)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title = self.tr("Recommandations")
        self.heading.setText("<h2>" + self.tr("Recommandations tirées du rapport") + "</h2>")
        self.intro.setText(
            self.tr(
                "Les propositions du rapport (annexe 1, l. 1406-1494), les leviers des chapitres "
                "1 à 3 et le référentiel méthodologique (annexe 4) que vos réponses font "
                "ressortir, les plus utiles d'abord. Pour chacune : pourquoi, où le rapport le "
                "dit, et la décision de l'équipe, conservée pour l'an prochain."
            )
        )
        for index, text in enumerate(
            (
                self.tr("Pour la dynamique"),
                self.tr("Pour les financeurs"),
                self.tr("Plaidoyer"),
                self.tr("Décisions de l'an dernier"),
                self.tr("Non déclenchées"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.last_year.setHorizontalHeaderLabels(
            [self.tr("Recommandation"), self.tr("Décision"), self.tr("Note")]
        )
        self.others.setHorizontalHeaderLabels(
            [self.tr("Recommandation"), self.tr("Pour qui"), self.tr("Où dans le rapport")]
        )

    # --- data -----------------------------------------------------------------------------

    def _on_data_changed(self, what: str) -> None:
        if what == DECISIONS_CHANGED and self._saving:
            return  # the card already shows what was saved
        super()._on_data_changed(what)

    def flush(self) -> None:
        for card in self.cards.values():
            card.flush()

    def load(self, assessment: Assessment) -> None:
        self.flush()
        try:
            report = recommendations.recommend(
                self.workshop.db, assessment_id=assessment.id, lang=self.lang
            )
        except DiagappError as exc:
            self.report = None
            self.error.setText(
                self.tr("Les recommandations ne peuvent pas être calculées : %1").replace(
                    "%1", str(exc)
                )
            )
            self.stack.setCurrentWidget(self.error)
            self.summary.clear()
            return
        self.stack.setCurrentWidget(self.tabs)
        self.report = report
        self._show(report)

    def _show(self, report: RecommendationReport) -> None:
        self.summary.setText(
            self.tr(
                "%1 recommandations s'appliquent à votre situation : %2 mises en avant, %3 "
                "pour les financeurs, %4 à porter auprès des pouvoirs publics."
            )
            .replace("%1", str(len(report.triggered)))
            .replace("%2", str(len(report.highlighted)))
            .replace("%3", str(len(report.funders)))
            .replace("%4", str(len(report.advocacy)))
        )
        none = self.tr("Aucune pour l'instant : complétez le diagnostic pour en faire ressortir.")
        cards = self.dynamic_list.fill(
            [
                (self.tr("À regarder d'abord"), none, report.highlighted, True),
                (
                    self.tr("Autres recommandations"),
                    self.tr("Aucune autre."),
                    report.further,
                    False,
                ),
            ]
        )
        cards += self.funders_list.fill(
            [
                (
                    self.tr("Propositions du rapport à l'attention des financeurs"),
                    self.tr("Aucune proposition aux financeurs ne ressort de votre situation."),
                    report.funders,
                    False,
                )
            ]
        )
        cards += self.advocacy_list.fill(
            [
                (
                    self.tr("À porter auprès des pouvoirs publics et du législateur"),
                    self.tr("Aucune."),
                    report.advocacy,
                    False,
                )
            ]
        )
        self.cards = {card.recommendation_id: card for card in cards}
        for card in cards:
            card.decided.connect(self.decide)
            card.action_requested.connect(self.create_action)
        self._fill_last_year(report.last_year)
        self._fill_others(report.not_triggered)

    def _fill_last_year(self, past: tuple[PastDecision, ...]) -> None:
        self.last_year.setRowCount(len(past))
        for row, p in enumerate(past):
            title = p.title or p.recommendation_id
            for column, text in enumerate((title, p.decision_label, p.note)):
                self.last_year.setItem(row, column, QTableWidgetItem(text))
        self.last_year_tab.setCurrentWidget(self.last_year if past else self.last_year_empty)
        if not past:
            self.last_year_empty.setText(self._no_past_decision())
        index = self.tabs.indexOf(self.last_year_tab)
        label = self.tr("Décisions de l'an dernier")
        self.tabs.setTabText(index, f"{label} ({len(past)})" if past else label)

    def _no_past_decision(self) -> str:
        assessment_id = self.workshop.assessment_id
        earlier = (
            None
            if assessment_id is None
            else recommendations.previous_assessment(self.workshop.db, assessment_id=assessment_id)
        )
        if earlier is None:
            return self.tr(
                "Aucune évaluation précédente de cette dynamique : les décisions que l'équipe "
                "prend cette année sur chaque recommandation (retenue, écartée) apparaîtront "
                "ici lors de la prochaine évaluation."
            )
        return self.tr(
            "L'évaluation précédente ne contient aucune décision sur les recommandations : "
            "l'équipe n'en avait retenu ni écarté aucune. Celles que vous prenez cette année "
            "apparaîtront ici l'an prochain."
        )

    def _fill_others(self, shown: tuple[ShownRecommendation, ...]) -> None:
        self.others.setRowCount(len(shown))
        for row, one in enumerate(shown):
            for column, text in enumerate((one.title, one.audience_label, one.where)):
                item = QTableWidgetItem(text)
                item.setToolTip(one.text)
                self.others.setItem(row, column, item)

    # --- decisions ------------------------------------------------------------------------

    def decide(self, recommendation_id: str, decision: str, note: str = "") -> bool:
        """Store the team's decision (accepted, set_aside, open) and note."""
        assessment_id = self.workshop.assessment_id
        if assessment_id is None:
            return False
        self._saving = True
        try:
            saved = self.save(
                DECISIONS_CHANGED,
                recommendations.set_decision,
                assessment_id=assessment_id,
                recommendation_id=recommendation_id,
                decision=decision,
                note=note,
            )
        finally:
            self._saving = False
        stored = recommendations.decisions(self.workshop.db, assessment_id=assessment_id)
        card = self.cards.get(recommendation_id)
        if card is not None:
            kept = stored.get(recommendation_id)
            card.show_decision(kept.decision if kept else "open", kept.note if kept else "")
        return saved

    def create_action(self, recommendation_id: str) -> int | None:
        """An action of the feuille de route drawn from an accepted recommendation: its title
        and the items it addresses; the plan page opens on it to say who and when."""
        from diagapp.services import plan as plans

        shown = self.report.find(recommendation_id) if self.report else None
        assessment_id = self.workshop.assessment_id
        if shown is None or assessment_id is None:
            return None
        questionnaire = self.workshop.questionnaire()
        items = [i for i in shown.item_ids if questionnaire.has_item(i)]
        # one dimension per action: the first item's
        dimension = questionnaire.item(items[0]).section_id if items else ""
        new_id = self.workshop.save(
            "plan",
            plans.add_action,
            assessment_id=assessment_id,
            title=shown.title[:200],
            item_ids=[i for i in items if questionnaire.item(i).section_id == dimension],
            recommendation_id=recommendation_id,
        )
        if not isinstance(new_id, int):
            return None
        show_page = getattr(self.window(), "show_page", None)
        if callable(show_page):
            show_page("plan")
            plan_page = getattr(self.window(), "pages", {}).get("plan")
            if plan_page is not None:
                plan_page.reload(select=new_id)
        return new_id
