"""« Feuille de route »: the actions the team commits to (report l.1260-1268: evaluation
as internal steering, « la promesse tenue »), by dimension or by date, filtered by status,
edited from the keyboard; every change is saved at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain import plan
from diagapp.domain.model import Assessment
from diagapp.domain.plan import Action
from diagapp.services import plan as plans
from diagapp.ui.dialogs import ask
from diagapp.ui.pages.assessment_page import AssessmentPage
from diagapp.ui.pages.plan_editor import ActionEditor, french_date
from diagapp.ui.pages.plan_review import ReviewPanel
from diagapp.ui.widgets.readable import muted
from diagapp.ui.workshop import Workshop

PLAN_CHANGED = "plan"
BY_DIMENSION, BY_DATE = "dimension", "date"
ALL, OPEN, LATE = "all", "open", "late"
STATUS_COLORS = {
    plan.TO_START: "#8a5a00",
    plan.IN_PROGRESS: "#1f3a93",
    plan.DONE: "#2e7d32",
    plan.DROPPED: "#616161",
}
LATE_COLOR = "#b00020"


def confirm_delete(parent: QWidget, title: str) -> bool:
    """Ask before an action goes: « Annuler » is the default, as everywhere (ask.confirm)."""
    return ask.confirm(
        parent,
        QCoreApplication.translate(
            "PlanPage", "Supprimer l'action « %1 » de la feuille de route ?"
        ).replace("%1", title),
        title=QCoreApplication.translate("PlanPage", "Supprimer l'action"),
        yes=QCoreApplication.translate("PlanPage", "Supprimer"),
    )


class PlanPage(AssessmentPage):
    relevant_changes = frozenset({PLAN_CHANGED, "participants", "funding"})

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.today: Callable[[], dt.date] = dt.date.today  # injected by tests
        self.ask_delete: Callable[[QWidget, str], bool] = confirm_delete
        self.plan_actions: tuple[Action, ...] = ()
        self._saving = False
        self.heading = QLabel()
        self.intro = muted(QLabel())
        self.intro.setWordWrap(True)
        self.review = ReviewPanel(workshop)
        self.review.reviewed.connect(self._after_review)
        self.group_by = QComboBox()
        self.filter = QComboBox()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_action)
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)  # a long title wraps rather than being cut
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Who shares the room with the title (a partner's name can be long); both wrap.
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for index in (2, 3):
            self.tree.header().setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._selected)
        self.editor = ActionEditor()
        self.editor.changed.connect(self._edit)
        self.editor.delete_requested.connect(self.delete_action)
        self.editor.failed.connect(self.workshop.failed.emit)
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setWidget(self.editor)
        self.group_by.currentIndexChanged.connect(lambda _i: self._fill_tree())
        self.filter.currentIndexChanged.connect(lambda _i: self._fill_tree())
        bar = QHBoxLayout()
        self.group_label, self.filter_label = QLabel(), QLabel()
        self.group_label.setBuddy(self.group_by)
        self.filter_label.setBuddy(self.filter)
        for widget in (self.group_label, self.group_by, self.filter_label, self.filter):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        left = QWidget()
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(bar)
        side.addWidget(self.summary)
        side.addWidget(self.tree, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(editor_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([3000, 2000])  # the list gets the larger share at first show
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.review)
        layout.addWidget(self.splitter, 1)
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        insert.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        insert.activated.connect(self.add_action)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete_current)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title = self.tr("Feuille de route")
        self.heading.setText("<h2>" + self.tr("Notre feuille de route") + "</h2>")
        self.intro.setText(
            self.tr(
                "Ce que l'équipe s'engage à faire après le diagnostic : qui porte chaque "
                "action, pour quand, et quels items elle doit faire bouger. Tout est "
                "enregistré aussitôt. Inser (ou Alt+N) ajoute une action ; Suppr la retire de la liste."
            )
        )
        self.group_label.setText(self.tr("&Classer par"))
        self.filter_label.setText(self.tr("&Montrer"))
        self.add_button.setText(self.tr("&Nouvelle action"))
        self.tree.setHeaderLabels(
            [self.tr("Action"), self.tr("Qui"), self.tr("Échéance"), self.tr("Statut")]
        )
        self._fill_combo(
            self.group_by,
            [(self.tr("dimension"), BY_DIMENSION), (self.tr("date d'échéance"), BY_DATE)],
        )
        self._fill_combo(
            self.filter,
            [
                (self.tr("toutes les actions"), ALL),
                (self.tr("les actions ouvertes"), OPEN),
                (self.tr("les actions en retard"), LATE),
            ]
            + [(plan.status_label(s, self.lang), s) for s in plan.STATUSES],
        )
        self.editor.retranslate()
        self.review.retranslate()

    @staticmethod
    def _fill_combo(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        kept = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(kept), 0))
        combo.blockSignals(blocked)

    # --- data -----------------------------------------------------------------------------

    def _on_data_changed(self, what: str) -> None:
        if what == PLAN_CHANGED and self._saving:
            return  # the page already shows what it saved
        super()._on_data_changed(what)

    def flush(self) -> None:
        self.editor.flush()
        self.review.flush()

    def load(self, assessment: Assessment) -> None:
        self.editor.flush()
        self.plan_actions = plans.actions(self.workshop.db, assessment_id=assessment.id)
        self.review.load(assessment.id, self.lang)
        self._fill_tree()

    def visible_actions(self) -> tuple[Action, ...]:
        wanted = self.filter.currentData() or ALL
        today = self.today()
        if wanted == ALL:
            return self.plan_actions
        if wanted == OPEN:
            return tuple(a for a in self.plan_actions if a.is_open)
        if wanted == LATE:
            return tuple(a for a in self.plan_actions if a.is_late(today))
        return tuple(a for a in self.plan_actions if a.status == wanted)

    def _fill_tree(self, select: int | None = None, refresh_editor: bool = True) -> None:
        current = self.current_action()
        select = select if select is not None else (current.id if current else None)
        shown = self.visible_actions()
        self.tree.blockSignals(True)
        self.tree.clear()
        questionnaire = self.workshop.questionnaire()
        if self.group_by.currentData() == BY_DATE:
            for a in plan.by_date(shown):
                self.tree.addTopLevelItem(self._row(a))
        else:
            for dimension_id, group in plan.by_dimension(shown, questionnaire):
                if dimension_id:
                    d = questionnaire.dimension(dimension_id)
                    name = f"{d.number}. {d.title.get(self.lang)}"
                else:
                    name = self.tr("Sans dimension")
                top = QTreeWidgetItem([f"{name} ({len(group)})"])
                top.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                self.tree.addTopLevelItem(top)
                top.setFirstColumnSpanned(True)  # the dimension's whole title
                top.addChildren([self._row(a) for a in group])
                top.setExpanded(True)
        self.tree.blockSignals(False)
        counts = plan.counts(self.plan_actions)
        late = sum(1 for a in self.plan_actions if a.is_late(self.today()))
        self.summary.setText(
            self.tr(
                "%1 actions : %2 à lancer, %3 en cours, %4 faites, %5 abandonnées ; %6 en retard."
            )
            .replace("%1", str(len(self.plan_actions)))
            .replace("%2", str(counts[plan.TO_START]))
            .replace("%3", str(counts[plan.IN_PROGRESS]))
            .replace("%4", str(counts[plan.DONE]))
            .replace("%5", str(counts[plan.DROPPED]))
            .replace("%6", str(late))
        )
        target = self._find(select) if select is not None else None
        if target is None:
            target = self._first_action_item()
        if target is not None:
            blocked = self.tree.blockSignals(True)  # the editor is filled below, once
            self.tree.setCurrentItem(target)
            self.tree.blockSignals(blocked)
        current = self.current_action()
        if refresh_editor or current is None or self.editor.action is None:
            self._selected(target, None)
        elif current.id == self.editor.action.id:
            self.editor.keep(current)
        else:
            self._selected(target, None)

    def _row(self, a: Action) -> QTreeWidgetItem:
        late = a.is_late(self.today())
        status = plan.status_label(a.status, self.lang)
        if late:
            status = self.tr("%1, en retard").replace("%1", status)
        item = QTreeWidgetItem([a.title, a.owner_label, french_date(a.target_date), status])
        item.setToolTip(0, a.title)
        item.setToolTip(1, a.owner_label)
        item.setData(0, Qt.ItemDataRole.UserRole, a.id)
        item.setForeground(3, QBrush(QColor(LATE_COLOR if late else STATUS_COLORS[a.status])))
        if a.status == plan.DROPPED and a.status_note:
            item.setToolTip(3, a.status_note)
        return item

    def _items(self) -> list[QTreeWidgetItem]:
        """The rows that are actions (not dimension headings), top to bottom."""
        found: list[QTreeWidgetItem] = []
        cursor = QTreeWidgetItemIterator(self.tree)
        while (item := cursor.value()) is not None:
            if item.data(0, Qt.ItemDataRole.UserRole) is not None:
                found.append(item)
            cursor += 1
        return found

    def _find(self, action_id: int) -> QTreeWidgetItem | None:
        return next(
            (it for it in self._items() if it.data(0, Qt.ItemDataRole.UserRole) == action_id),
            None,
        )

    def _first_action_item(self) -> QTreeWidgetItem | None:
        items = self._items()
        return items[0] if items else None

    def current_action(self) -> Action | None:
        item = self.tree.currentItem()
        action_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return next((a for a in self.plan_actions if a.id == action_id), None)

    def _selected(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        assessment_id = self.workshop.assessment_id
        action = self.current_action() if item is not None else None
        choices = (
            plans.owners(self.workshop.db, assessment_id=assessment_id)
            if assessment_id is not None
            else ()
        )
        self.editor.show_action(
            action,
            self.workshop.questionnaire(),
            choices,
            self.lang,
            self._recommendation_title(action),
        )

    def _recommendation_title(self, action: Action | None) -> str:
        if action is None or not action.recommendation_id:
            return ""
        from diagapp.services import recommendations

        text = recommendations.titles().get(action.recommendation_id)
        return text.get(self.lang) if text else ""

    # --- edits ----------------------------------------------------------------------------

    def add_action(self) -> int | None:
        """A new action « à lancer », selected, its title ready to type."""
        assessment_id = self.workshop.assessment_id
        if assessment_id is None:
            return None
        new_id = self._save(
            plans.add_action, assessment_id=assessment_id, title=self.tr("Nouvelle action")
        )
        if isinstance(new_id, int):
            self.filter.setCurrentIndex(0)  # a filter must not hide what was just added
            self.reload(select=new_id)
            self.editor.title.setFocus()
            self.editor.title.selectAll()
            return new_id
        return None

    def _edit(self, action_id: int, changes: dict[str, object]) -> None:
        self._saving = True
        try:
            saved = self.save(PLAN_CHANGED, plans.update_action, action_id=action_id, **changes)
        finally:
            self._saving = False
        # The editor keeps what is typed; it is filled again only when the stored action
        # differs from it (a refused edit) or its item list depends on the change.
        self.reload(select=action_id, refresh_editor=not saved or "dimension_id" in changes)

    def delete_action(self, action_id: int) -> None:
        action = next((a for a in self.plan_actions if a.id == action_id), None)
        if action is None or not self.ask_delete(self, action.title):
            return
        self._save(plans.delete_action, action_id=action_id)
        self.reload()
        self.tree.setFocus()

    def _delete_current(self) -> None:
        current = self.current_action()
        if current is not None:
            self.delete_action(current.id)

    def _save(self, service: Callable[..., object], **kwargs: object) -> object:
        self._saving = True
        try:
            return self.workshop.save(PLAN_CHANGED, service, **kwargs)
        finally:
            self._saving = False

    def reload(self, select: int | None = None, refresh_editor: bool = True) -> None:
        assessment_id = self.workshop.assessment_id
        if assessment_id is None:
            return
        self.plan_actions = plans.actions(self.workshop.db, assessment_id=assessment_id)
        self._fill_tree(select, refresh_editor)

    def _after_review(self) -> None:
        self.reload()
