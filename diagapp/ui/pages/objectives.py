"""« Objectifs »: the team's objectives of result for the year, each with a baseline and a
target, what was reached, and last year's value when it was carried forward (issue 17; the
report's « surface d'atteinte », l.1312, and promise then proof, l.1260-1266).

Keyboard first: type a title and press Entrée to add; Tab moves from cell to cell, typing
edits the cell and each value is saved as it is confirmed; Suppr removes the selected
objective after a question. A value no team means is refused with the reason, in red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain.model import Assessment
from diagapp.domain.objectives import Objective
from diagapp.services import objectives
from diagapp.ui.dialogs import ask
from diagapp.ui.models.objectives_model import COLUMNS, ObjectivesModel
from diagapp.ui.pages.assessment_page import AssessmentPage
from diagapp.ui.workshop import Workshop

ERROR_COLOUR = "#a11d1d"
TITLE_CHARS = 34  # the title column's width, in average characters
_Index = QModelIndex | QPersistentModelIndex


class DimensionDelegate(QStyledItemDelegate):
    """The dimension column: a choice among the five dimensions, or none."""

    def __init__(self, page: ObjectivesPage) -> None:
        super().__init__(page.table)
        self.page = page

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        if COLUMNS[index.column()] != "dimension":
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItem(self.page.no_dimension, "")
        for dimension_id, title in self.page.model.dimensions.items():
            combo.addItem(title, dimension_id)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class ObjectivesPage(AssessmentPage):
    relevant_changes = frozenset({"objectives", "assessments", "import", "all"})

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.model = ObjectivesModel(on_edit=self._save_cell, parent=self)
        self._writing = False
        self.no_dimension = ""
        self._build()
        self.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self.content)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)

        row = QHBoxLayout()
        self.new_title = QLineEdit()
        self.new_title.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda _checked=False: self.add_typed())
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_current())
        row.addWidget(self.new_title, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(DimensionDelegate(self))
        self.table.setTabKeyNavigation(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The title gets room to read (the team may widen it); the comment takes the rest.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, self.fontMetrics().averageCharWidth() * TITLE_CHARS)
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)

        self.keys_hint = QLabel()
        self.keys_hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addWidget(self.keys_hint)

    def retranslate(self) -> None:
        super().retranslate()
        self.title = self.tr("Objectifs")
        self.no_dimension = self.tr("— aucune —")
        self.heading.setText("<h2>" + self.tr("Objectifs de résultat") + "</h2>")
        self.intro.setText(
            self.tr(
                "Les objectifs que l'équipe se fixe avec ses partenaires : pour chacun, la "
                "valeur de départ et son année, la cible et son échéance, puis ce qui est "
                "atteint cette année. Les objectifs de l'an dernier sont repris : leur valeur "
                "atteinte l'an dernier s'affiche à côté. Le dossier pour les financeurs les "
                "présente en tableau."
            )
        )
        self.new_title.setPlaceholderText(
            self.tr("Nouvel objectif : tapez son intitulé puis Entrée")
        )
        self.new_title.setAccessibleName(self.tr("Intitulé du nouvel objectif"))
        self.add_button.setText(self.tr("&Ajouter l'objectif"))
        self.remove_button.setText(self.tr("&Supprimer l'objectif"))
        self.table.setAccessibleName(self.tr("Objectifs de résultat"))
        self.keys_hint.setText(
            self.tr(
                "Tab : cellule suivante · tapez pour modifier, Entrée pour valider (c'est "
                "enregistré aussitôt) · Suppr : supprimer l'objectif choisi."
            )
        )
        self.model.set_headers(
            [
                self.tr("Objectif"),
                self.tr("Indicateur (unité)"),
                self.tr("Dimension"),
                self.tr("Départ"),
                self.tr("Année de départ"),
                self.tr("Cible"),
                self.tr("Échéance"),
                self.tr("L'an dernier"),
                self.tr("Atteint cette année"),
                self.tr("Commentaire"),
            ]
        )

    def load(self, assessment: Assessment) -> None:
        questionnaire = self.workshop.questionnaire()
        self.model.dimensions = {d.id: d.title.get(self.lang) for d in questionnaire.dimensions}
        self.model.set_objectives(assessment.objectives)

    def _on_data_changed(self, what: str) -> None:
        if not self._writing:  # its own edits are already in the table: keep the cursor
            super()._on_data_changed(what)

    # --- saving ---------------------------------------------------------------------------

    def _write(self, action: Any, **kwargs: Any) -> Any:
        """Save through the workshop; the refusal, if any, is shown in red on the page."""
        failures: list[str] = []

        def note(message: str) -> None:
            failures.append(message)

        self.workshop.failed.connect(note)
        self._writing = True
        try:
            result = self.workshop.save("objectives", action, **kwargs)
        finally:
            self._writing = False
            self.workshop.failed.disconnect(note)
        self.error.setText(failures[0] if failures else "")
        self.error.setVisible(bool(failures))
        return None if failures else result

    def _save_cell(self, objective_id: int, key: str, value: Any) -> Objective | None:
        result = self._write(objectives.update_objective, objective_id=objective_id, **{key: value})
        return result if isinstance(result, Objective) else None

    def set_cell(self, row: int, key: str, text: str) -> bool:
        """Type `text` into a cell, as the table's editor does."""
        return self.model.setData(self.model.index(row, COLUMNS.index(key)), text)

    def add_typed(self) -> int | None:
        """Entrée in the title box: a new objective, then its unit cell to fill."""
        title = self.new_title.text().strip()
        if not title or self.workshop.assessment_id is None:
            return None
        new_id = self._write(
            objectives.add_objective, assessment_id=self.workshop.assessment_id, title=title
        )
        if new_id is None:
            return None
        self.new_title.clear()
        self.refresh()
        row = self.model.row_of(new_id)
        self.table.setCurrentIndex(self.model.index(row, COLUMNS.index("unit")))
        self.table.setFocus()
        return int(new_id)

    def current_objective(self) -> Objective | None:
        index = self.table.currentIndex()
        return self.model.objective(index.row()) if index.isValid() else None

    def remove_current(self) -> bool:
        """Suppr or the button: remove the selected objective once the team confirms."""
        chosen = self.current_objective()
        if chosen is None:
            return False
        question = self.tr("Supprimer l'objectif « %1 » ? Ses valeurs seront perdues.").replace(
            "%1", chosen.title
        )
        if not ask.confirm(self, question, yes=self.tr("Supprimer")):
            return False
        row = self.table.currentIndex().row()
        if self._write(objectives.delete_objective, objective_id=chosen.id) is None and (
            self.error.isVisible()
        ):
            return False
        self.refresh()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)
