"""One action of the feuille de route, edited in place: every field is saved as it changes
(text after a short pause or when the field is left), nothing to « save »."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain import plan
from diagapp.domain.plan import Action, Owner, PlanError
from diagapp.domain.questionnaire import Questionnaire
from diagapp.services.plan import OwnerChoice
from diagapp.ui.widgets.autosave import DebouncedSaver
from diagapp.ui.widgets.readable import muted

PARTNER = "partner"  # the owner combo's entry for a partner named in text


def french_date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def french_amount(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{value:,.2f}".replace(",", "\u202f").replace(".", ",")
    return text[:-3] if text.endswith(",00") else text


class ActionEditor(QWidget):
    # (action id, {field: value}): the page saves it through services.plan.update_action
    changed = Signal(int, dict)
    delete_requested = Signal(int)
    failed = Signal(str)  # a French message: what was typed could not be read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action: Action | None = None
        self._filling = False
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.title = QLineEdit()
        self.done_when = QLineEdit()
        self.owner = QComboBox()
        self.partner = QLineEdit()
        self.target_date = QLineEdit()
        self.dimension = QComboBox()
        self.items = QListWidget()
        self.items.setMaximumHeight(self.fontMetrics().height() * 8)
        # Long item labels wrap rather than widen the editor beyond the window.
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.budget = QLineEdit()
        self.resource = QComboBox()
        self.status = QComboBox()
        self.status_note = QLineEdit()
        self.outcome = QLineEdit()
        self.private_note = QLineEdit()
        self.recommendation = muted(QLabel())
        self.recommendation.setWordWrap(True)
        self.delete_button = QPushButton()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner, 1)
        owner_row.addWidget(self.partner, 1)
        self._labels: dict[str, QLabel] = {}
        rows: list[tuple[str, Any]] = [
            ("title", self.title),
            ("done_when", self.done_when),
            ("owner", owner_row),
            ("target_date", self.target_date),
            ("status", self.status),
            ("status_note", self.status_note),
            ("dimension", self.dimension),
            ("items", self.items),
            ("budget", self.budget),
            ("resource", self.resource),
            ("outcome", self.outcome),
            ("private_note", self.private_note),
        ]
        for key, widget in rows:
            label = QLabel()
            self._labels[key] = label
            self.form.addRow(label, widget)
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
        self._labels["owner"].setBuddy(self.owner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.recommendation)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self._texts = {
            "title": DebouncedSaver(self.title, lambda t: self._emit(title=t)),
            "done_when": DebouncedSaver(self.done_when, lambda t: self._emit(done_when=t)),
            "partner": DebouncedSaver(self.partner, self._partner_typed),
            "target_date": DebouncedSaver(self.target_date, self._date_typed),
            "budget": DebouncedSaver(self.budget, self._budget_typed),
            "status_note": DebouncedSaver(self.status_note, lambda t: self._emit(status_note=t)),
            "outcome": DebouncedSaver(self.outcome, lambda t: self._emit(outcome=t)),
            "private_note": DebouncedSaver(self.private_note, lambda t: self._emit(private_note=t)),
        }
        self.owner.currentIndexChanged.connect(self._owner_chosen)
        self.dimension.currentIndexChanged.connect(self._dimension_chosen)
        self.items.itemChanged.connect(self._items_ticked)
        self.resource.currentIndexChanged.connect(
            lambda _i: self._emit(resource_key=self.resource.currentData() or "")
        )
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.delete_button.clicked.connect(self._delete)
        self.retranslate()
        self.setEnabled(False)

    def retranslate(self) -> None:
        words = {
            "title": self.tr("&Action"),
            "done_when": self.tr("« &Fait » quand"),
            "owner": self.tr("&Qui la porte"),
            "target_date": self.tr("É&chéance"),
            "status": self.tr("&Statut"),
            "status_note": self.tr("&Pourquoi"),
            "dimension": self.tr("&Dimension"),
            "items": self.tr("&Items à faire bouger"),
            "budget": self.tr("&Budget (€)"),
            "resource": self.tr("&Financement"),
            "outcome": self.tr("Ce qui s'est &passé"),
            "private_note": self.tr("&Note privée"),
        }
        for key, text in words.items():
            self._labels[key].setText(text)
        self.title.setPlaceholderText(self.tr("Un titre court"))
        self.done_when.setPlaceholderText(self.tr("Ce que « fait » veut dire"))
        self.partner.setPlaceholderText(self.tr("Nom du partenaire"))
        self.target_date.setPlaceholderText(self.tr("JJ/MM/AAAA"))
        self.status_note.setPlaceholderText(self.tr("Un mot sur le statut (requis si abandonnée)"))
        self.outcome.setPlaceholderText(self.tr("À remplir lors de la revue de l'an prochain"))
        self.private_note.setPlaceholderText(self.tr("Reste dans l'application (pas dans le PDF)"))
        self.delete_button.setText(self.tr("Supprimer l'action"))

    # --- filling --------------------------------------------------------------------------

    def show_action(
        self,
        action: Action | None,
        questionnaire: Questionnaire,
        choices: tuple[OwnerChoice, ...],
        lang: str,
        recommendation_title: str = "",
    ) -> None:
        self.flush()
        self.action = action
        self.setEnabled(action is not None)
        self._filling = True
        try:
            self._fill(action, questionnaire, choices, lang, recommendation_title)
        finally:
            self._filling = False
        for line in self.findChildren(QLineEdit):
            line.setCursorPosition(0)  # a long text shows its beginning

    def _fill(
        self,
        action: Action | None,
        questionnaire: Questionnaire,
        choices: tuple[OwnerChoice, ...],
        lang: str,
        recommendation_title: str,
    ) -> None:
        a = action or Action(0, 0, "")
        title = a.title or self.tr("Aucune action choisie")
        self.heading.setText(f"<h3>{html.escape(title, quote=False)}</h3>")
        self._texts["title"].load(a.title, force=True)
        self._texts["done_when"].load(a.done_when, force=True)
        self.owner.clear()
        self.owner.addItem(self.tr("— personne pour l'instant —"), Owner())
        for choice in choices:
            self.owner.addItem(choice.label, choice.owner)
        self.owner.addItem(self.tr("Un partenaire (nommé à côté)"), PARTNER)
        if a.owner.kind == plan.OWNER_PARTNER:
            self.owner.setCurrentIndex(self.owner.count() - 1)
        else:
            found = next(
                (i for i in range(self.owner.count()) if self.owner.itemData(i) == a.owner), 0
            )
            self.owner.setCurrentIndex(found)
        self.partner.setVisible(a.owner.kind == plan.OWNER_PARTNER)
        self._texts["partner"].load(
            a.owner.text if a.owner.kind == plan.OWNER_PARTNER else "", force=True
        )
        self._texts["target_date"].load(french_date(a.target_date), force=True)
        self.status.clear()
        for status in plan.STATUSES:
            self.status.addItem(plan.status_label(status, lang), status)
        self.status.setCurrentIndex(plan.STATUSES.index(a.status))
        self._texts["status_note"].load(a.status_note, force=True)
        self.dimension.clear()
        self.dimension.addItem(self.tr("— aucune —"), "")
        for d in questionnaire.dimensions:
            self.dimension.addItem(f"{d.number}. {d.title.get(lang)}", d.id)
        self.dimension.setCurrentIndex(max(self.dimension.findData(a.dimension_id), 0))
        self._fill_items(questionnaire, a, lang)
        self._texts["budget"].load(french_amount(a.budget_eur), force=True)
        self.resource.clear()
        self.resource.addItem(self.tr("— aucune —"), "")
        for r in questionnaire.funding.resources:
            self.resource.addItem(r.label.get(lang), r.key)
        self.resource.setCurrentIndex(max(self.resource.findData(a.resource_key), 0))
        self._texts["outcome"].load(a.outcome, force=True)
        self._texts["private_note"].load(a.private_note, force=True)
        self.recommendation.setVisible(bool(a.recommendation_id))
        self.recommendation.setText(
            self.tr("Issue de la recommandation : %1").replace(
                "%1", recommendation_title or a.recommendation_id
            )
        )

    def keep(self, action: Action) -> None:
        """The same action saved: keep the fields as typed, update the heading."""
        self.action = action
        title = action.title or self.tr("Aucune action choisie")
        self.heading.setText(f"<h3>{html.escape(title, quote=False)}</h3>")

    def _fill_items(self, questionnaire: Questionnaire, a: Action, lang: str) -> None:
        self.items.clear()
        if not a.dimension_id:
            return
        for item in questionnaire.dimension(a.dimension_id).items:
            entry = QListWidgetItem(item.label.get(lang))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = item.id in a.item_ids
            entry.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.items.addItem(entry)

    # --- edits ----------------------------------------------------------------------------

    def _emit(self, **changes: Any) -> None:
        if self._filling or self.action is None:
            return
        self.changed.emit(self.action.id, changes)

    def _owner_chosen(self, _index: int) -> None:
        data = self.owner.currentData()
        self.partner.setVisible(data == PARTNER)
        if data == PARTNER:
            if not self._filling:
                self.partner.setFocus()
            if self.partner.text().strip():
                self._partner_typed(self.partner.text())
            return
        self._emit(owner=data if isinstance(data, Owner) else Owner())

    def _partner_typed(self, text: str) -> None:
        if self.owner.currentData() == PARTNER and text.strip():
            self._emit(owner=Owner(plan.OWNER_PARTNER, text=text))

    def _date_typed(self, text: str) -> None:
        try:
            self._emit(target_date=plan.parse_date(text))
        except PlanError as exc:
            self.failed.emit(str(exc))

    def _budget_typed(self, text: str) -> None:
        try:
            self._emit(budget_eur=plan.parse_budget(text))
        except PlanError as exc:
            self.failed.emit(str(exc))

    def _status_chosen(self, _index: int) -> None:
        # the reason typed goes with the status: « abandonné » needs one
        self._texts["status_note"].flush()
        self._emit(status=self.status.currentData(), status_note=self.status_note.text())

    def _dimension_chosen(self, _index: int) -> None:
        self._emit(dimension_id=self.dimension.currentData() or "")

    def _items_ticked(self, _item: QListWidgetItem) -> None:
        ticked = [
            self.items.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.items.count())
            if self.items.item(i).checkState() == Qt.CheckState.Checked
        ]
        self._emit(item_ids=ticked)

    def _delete(self) -> None:
        if self.action is not None:
            self.delete_requested.emit(self.action.id)

    def flush(self) -> None:
        for saver in self._texts.values():
            saver.flush()
