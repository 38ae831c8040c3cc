"""The review step at the top of the feuille de route of a copied assessment: for each of
last year's actions, its status now and what happened (saved as typed)."""

from __future__ import annotations

import functools

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain import plan
from diagapp.services import plan_review
from diagapp.services.plan_review import ReviewedAction
from diagapp.ui.pages.plan_editor import french_date
from diagapp.ui.widgets.autosave import DebouncedSaver
from diagapp.ui.widgets.readable import muted
from diagapp.ui.workshop import Workshop

REVIEW_CHANGED = "plan"


class ReviewPanel(QGroupBox):
    reviewed = Signal()

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.rows: list[ReviewedAction] = []
        self.statuses: list[QComboBox] = []
        self.outcomes: list[QLineEdit] = []
        self._savers: list[DebouncedSaver] = []
        self._lang = "fr"
        self.note = muted(QLabel())
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(self.fontMetrics().height() * 12)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Action de l'an dernier"),
                self.tr("Échéance"),
                self.tr("Statut"),
                self.tr("Ce qui s'est passé"),
            ]
        )
        self.note.setText(
            self.tr(
                "L'atelier commence par la revue de la feuille de route de l'an dernier : "
                "pour chaque action, où elle en est et ce qui s'est passé. Les actions encore "
                "ouvertes ont été reprises dans celle de cette année."
            )
        )

    def load(self, assessment_id: int, lang: str) -> None:
        self.flush()
        self._lang = lang
        self.rows = list(plan_review.review(self.workshop.db, assessment_id=assessment_id))
        previous = plan_review.previous_plan(self.workshop.db, assessment_id=assessment_id)
        self.setVisible(bool(self.rows))
        if previous is not None and self.rows:
            label = plan_review.label(self.workshop.db, assessment_id=previous)
            self.setTitle(self.tr("Revue de la feuille de route : %1").replace("%1", label))
        self.table.setRowCount(len(self.rows))
        self.statuses, self.outcomes, self._savers = [], [], []
        for row, reviewed in enumerate(self.rows):
            a = reviewed.action
            self.table.setItem(row, 0, QTableWidgetItem(a.title))
            self.table.setItem(row, 1, QTableWidgetItem(french_date(a.target_date)))
            combo = QComboBox()
            for status in plan.STATUSES:
                combo.addItem(plan.status_label(status, lang), status)
            combo.setCurrentIndex(plan.STATUSES.index(a.status))
            combo.setAccessibleName(self.tr("Statut de : %1").replace("%1", a.title))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._save(r))
            outcome = QLineEdit(a.outcome)
            outcome.setCursorPosition(0)
            outcome.setPlaceholderText(self.tr("Ce qui s'est passé (ou pourquoi abandonnée)"))
            outcome.setAccessibleName(self.tr("Ce qui s'est passé : %1").replace("%1", a.title))
            self._savers.append(DebouncedSaver(outcome, functools.partial(self._typed, row)))
            self.table.setCellWidget(row, 2, combo)
            self.table.setCellWidget(row, 3, outcome)
            self.statuses.append(combo)
            self.outcomes.append(outcome)

    def _typed(self, row: int, _text: str) -> None:
        self._save(row)

    def _save(self, row: int) -> None:
        a = self.rows[row].action
        status = self.statuses[row].currentData()
        outcome = self.outcomes[row].text()
        # What happened is also the word on why an action was dropped.
        note = outcome if status == plan.DROPPED else a.status_note
        result = self.workshop.save(
            REVIEW_CHANGED,
            _set_review,
            action_id=a.id,
            status=status,
            outcome=outcome,
            status_note=note,
        )
        if result is None:  # refused: show what is stored
            blocked = self.statuses[row].blockSignals(True)
            self.statuses[row].setCurrentIndex(plan.STATUSES.index(a.status))
            self.statuses[row].blockSignals(blocked)
            return
        stored = plan_review.plans.action(self.workshop.db, action_id=a.id)
        self.rows[row] = ReviewedAction(stored, self.rows[row].carried_id)
        self.reviewed.emit()

    def flush(self) -> None:
        for saver in self._savers:
            saver.flush()


def _set_review(db: object, **kwargs: object) -> bool:
    plan_review.set_review(db, **kwargs)  # type: ignore[arg-type]
    return True  # Workshop.save returns None only when refused
