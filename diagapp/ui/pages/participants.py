"""Participants of the assessment: add, rename, pseudonymise, assign a collège, remove;
each one's progress; choose who answers in the walk-through (Ctrl+Tab / F6 anywhere)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain.model import Assessment, Participant
from diagapp.services import answers
from diagapp.ui.dialogs import ask
from diagapp.ui.models.participants import ID_ROLE, ParticipantsModel
from diagapp.ui.pages.assessment_page import AssessmentPage
from diagapp.ui.widgets.autosave import DebouncedSaver
from diagapp.ui.workshop import Workshop


class ParticipantsPage(AssessmentPage):
    relevant_changes = frozenset({"participants", "answers", "assessments"})

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.model = ParticipantsModel(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _index: self.make_active())

        self.edit_box = QGroupBox()
        self.name_edit = QLineEdit()
        self.pseudonym_edit = QLineEdit()
        self.college_combo = QComboBox()
        self.college_combo.setEditable(True)
        self.name_saver = DebouncedSaver(self.name_edit, lambda t: self._update(name=t))
        self.pseudonym_saver = DebouncedSaver(
            self.pseudonym_edit, lambda t: self._update(pseudonym=t)
        )
        line = self.college_combo.lineEdit()
        assert line is not None
        self.college_saver = DebouncedSaver(line, lambda t: self._update(college=t))
        self.pseudonymise_button = QPushButton()
        self.pseudonymise_button.clicked.connect(self.pseudonymise)
        self.active_button = QPushButton()
        self.active_button.clicked.connect(self.make_active)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.edit_form = QFormLayout(self.edit_box)
        pseudo_row = QHBoxLayout()
        pseudo_row.addWidget(self.pseudonym_edit, 1)
        pseudo_row.addWidget(self.pseudonymise_button)
        self.form_labels = [QLabel(), QLabel(), QLabel()]
        self.edit_form.addRow(self.form_labels[0], self.name_edit)
        self.edit_form.addRow(self.form_labels[1], pseudo_row)
        self.edit_form.addRow(self.form_labels[2], self.college_combo)
        self.form_labels[0].setBuddy(self.name_edit)
        self.form_labels[1].setBuddy(self.pseudonym_edit)
        self.form_labels[2].setBuddy(self.college_combo)
        actions = QHBoxLayout()
        actions.addWidget(self.active_button)
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        self.edit_form.addRow(actions)

        self.add_box = QGroupBox()
        self.new_name = QLineEdit()
        self.new_name.returnPressed.connect(self.add_from_form)
        self.new_college = QComboBox()
        self.new_college.setEditable(True)
        # Enter in the collège adds the participant, as in the name; the list of collèges
        # comes from the assessment, not from what was typed.
        self.new_college.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        college_line = self.new_college.lineEdit()
        assert college_line is not None
        college_line.returnPressed.connect(self.add_from_form)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_from_form)
        add_row = QHBoxLayout(self.add_box)
        add_row.addWidget(self.new_name, 2)
        add_row.addWidget(self.new_college, 2)
        add_row.addWidget(self.add_button)

        side = QVBoxLayout()
        side.addWidget(self.edit_box)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        layout.addWidget(self.add_box)
        workshop.participant_changed.connect(self._active_changed)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title = self.tr("Participants")
        self.heading.setText(
            "<h2>"
            + self.tr("Participants")
            + "</h2><p>"
            + self.tr(
                "Chacun répond au parcours en son nom, puis l’équipe délibère. "
                "Ctrl+Tab ou F6 passe au participant suivant, partout dans la fenêtre."
            )
            + "</p>"
        )
        self.table.setAccessibleName(self.tr("Liste des participants"))
        self.edit_box.setTitle(self.tr("Participant sélectionné"))
        for label, text in zip(
            self.form_labels,
            (self.tr("&Nom :"), self.tr("&Pseudonyme :"), self.tr("&Collège :")),
            strict=True,
        ):
            label.setText(text)
        self.name_edit.setAccessibleName(self.tr("Nom du participant"))
        self.pseudonym_edit.setAccessibleName(self.tr("Pseudonyme du participant"))
        self.pseudonym_edit.setPlaceholderText(self.tr("(aucun : le nom est affiché)"))
        self._fit_pseudonym()
        self.college_combo.setAccessibleName(self.tr("Collège du participant"))
        self.pseudonymise_button.setText(self.tr("Pseudonymiser"))
        self.pseudonymise_button.setToolTip(
            self.tr("Remplace le nom affiché par « collège + numéro »")
        )
        self.active_button.setText(self.tr("Répondre en son nom"))
        self.remove_button.setText(self.tr("Retirer…"))
        self.add_box.setTitle(self.tr("Ajouter un participant"))
        self.new_name.setPlaceholderText(self.tr("Prénom Nom"))
        self.new_name.setAccessibleName(self.tr("Nom du nouveau participant"))
        self.new_college.setAccessibleName(self.tr("Collège du nouveau participant"))
        self.add_button.setText(self.tr("Ajouter"))

    def _fit_pseudonym(self) -> None:
        """Wide enough for its placeholder, which says what an empty pseudonym means."""
        metrics = self.pseudonym_edit.fontMetrics()
        text = self.pseudonym_edit.placeholderText()
        self.pseudonym_edit.setMinimumWidth(
            metrics.horizontalAdvance(text) + metrics.averageCharWidth() * 3
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_pseudonym()

    # --- loading --------------------------------------------------------------------------

    def default_colleges(self) -> list[str]:
        """The Biovallée's four collèges (report l.1049) and the team itself."""
        return [
            self.tr("Collectivités"),
            self.tr("Acteurs économiques"),
            self.tr("Acteurs associatifs"),
            self.tr("Habitants"),
            self.tr("Salariés et bénévoles"),
        ]

    def load(self, assessment: Assessment) -> None:
        chosen = self.selected_participant()
        self.flush()
        self.model.set_assessment(
            assessment, self.workshop.questionnaire(), self.workshop.participant_id
        )
        colleges = list(
            dict.fromkeys([c for c in assessment.colleges if c] + self.default_colleges())
        )
        for combo in (self.college_combo, self.new_college):
            text = combo.currentText()
            line = combo.lineEdit()
            blocked = combo.blockSignals(True), line.blockSignals(True) if line else False
            combo.clear()
            combo.addItems(colleges)
            combo.setEditText(text)
            combo.blockSignals(blocked[0])
            if line is not None:
                line.blockSignals(blocked[1])
        row = self.model.row_of(chosen.id) if chosen else None
        if row is None and assessment.participants:
            row = 0
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._fill_form()

    def selected_participant(self) -> Participant | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        ident = self.model.data(index, ID_ROLE)
        return next((p for p in self.model.participants if p.id == ident), None)

    def _row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush()
        self._fill_form()

    def _fill_form(self) -> None:
        participant = self.selected_participant()
        self.edit_box.setEnabled(participant is not None)
        self.name_saver.load(participant.name if participant else "", force=True)
        self.pseudonym_saver.load(participant.pseudonym if participant else "", force=True)
        self.college_saver.load(participant.college if participant else "", force=True)

    def _active_changed(self, participant_id: object) -> None:
        self.model.set_active(participant_id if isinstance(participant_id, int) else None)

    # --- actions --------------------------------------------------------------------------

    def flush(self) -> None:
        for saver in (self.name_saver, self.pseudonym_saver, self.college_saver):
            saver.flush()

    def _update(self, **changes: str) -> None:
        participant = self.selected_participant()
        if participant is None:
            return
        if "name" in changes and not changes["name"].strip():
            return  # an emptied name waits for the new one
        self.save(
            "participants", answers.update_participant, participant_id=participant.id, **changes
        )

    def add(self, name: str, college: str = "") -> int | None:
        if self.workshop.assessment_id is None or not name.strip():
            return None
        added = self.workshop.save(
            "participants",
            answers.add_participant,
            assessment_id=self.workshop.assessment_id,
            name=name,
            college=college,
        )
        if isinstance(added, int):
            row = self.model.row_of(added)
            if row is not None:
                self.table.selectRow(row)
        return added if isinstance(added, int) else None

    def add_from_form(self) -> None:
        if self.add(self.new_name.text(), self.new_college.currentText()) is not None:
            self.new_name.clear()
            self.new_name.setFocus()

    def pseudonymise(self) -> None:
        """« Habitants 2 »: the collège and the rank in it, or « Participant 3 »."""
        participant = self.selected_participant()
        if participant is None:
            return
        everyone = self.model.participants
        if participant.college:
            same = [p.id for p in everyone if p.college == participant.college]
            pseudonym = f"{participant.college} {same.index(participant.id) + 1}"
        else:
            pseudonym = self.tr("Participant %1").replace(
                "%1", str([p.id for p in everyone].index(participant.id) + 1)
            )
        self.pseudonym_saver.load(pseudonym, force=True)
        self.save(
            "participants",
            answers.update_participant,
            participant_id=participant.id,
            pseudonym=pseudonym,
        )

    def make_active(self) -> None:
        """« Répondre en son nom »: that participant answers, in the walk-through."""
        participant = self.selected_participant()
        if participant is not None:
            self.workshop.set_participant(participant.id)
            show_page = getattr(self.window(), "show_page", None)
            if callable(show_page):
                show_page("walkthrough")

    def remove_selected(self) -> bool:
        participant = self.selected_participant()
        assessment = self.workshop.assessment()
        if participant is None or assessment is None:
            return False
        count = sum(1 for a in assessment.answers if a.participant_id == participant.id)
        question = self.tr("Retirer « %1 » et ses %2 réponses ? Cette action est définitive.")
        question = question.replace("%1", participant.display_name()).replace("%2", str(count))
        if not ask.confirm(
            self, question, title=self.tr("Retirer un participant"), yes=self.tr("Retirer")
        ):
            return False
        if self.workshop.participant_id == participant.id:
            self.workshop.set_participant(None)
        return self.save("participants", answers.remove_participant, participant_id=participant.id)
