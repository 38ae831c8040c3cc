"""The funding-resource matrix (report §1.5, l.783-832): structures × resource kinds,
intensity and optional yearly amounts per cell, valued volunteering per structure, and
the indicators the report discusses, recomputed at every change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain.model import Assessment, Structure
from diagapp.services import answers
from diagapp.ui.dialogs import ask
from diagapp.ui.models.funding_model import MODE_AMOUNTS, MODE_INTENSITY, FundingModel
from diagapp.ui.pages.assessment_page import AssessmentPage
from diagapp.ui.pages.funder_finances import FunderFinancesPanel
from diagapp.ui.pages.funding_indicators import IndicatorsPanel
from diagapp.ui.pages.funding_table import CellDelegate, FundingTable
from diagapp.ui.workshop import Workshop

BOX_CHARS = 52  # the selected structure's box beside the indicators, in average characters
SIDE_BY_SIDE_CHARS = 130  # narrower than this, the box goes above the indicators


class FundingPage(AssessmentPage):
    relevant_changes = frozenset({"funding", "fields", "assessments", "import", "all"})

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self._assessment: Assessment | None = None
        spec = workshop.questionnaire().funding
        self.model = FundingModel(spec, workshop.lang, on_edit=self._save_cell, parent=self)
        self._build()
        self.retranslate()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self.content)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)

        bar = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_structure())
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_current_structure)
        self.amounts_toggle = QCheckBox()
        self.amounts_toggle.toggled.connect(self.show_amounts)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        bar.addWidget(self.amounts_toggle)
        layout.addLayout(bar)

        self.lower_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.table = FundingTable()
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        layout.addWidget(self.table)

        self.structure_box = QGroupBox()
        form = QFormLayout(self.structure_box)
        self.name_edit = QLineEdit()
        self.name_edit.editingFinished.connect(self._name_edited)
        self.status_combo = QComboBox()
        self.status_combo.currentIndexChanged.connect(self._status_chosen)
        self.hours_spin = QDoubleSpinBox()
        self.hours_spin.setRange(0, 1_000_000)
        self.hours_spin.setDecimals(0)
        self.hours_spin.setSingleStep(50)
        self.hours_spin.setKeyboardTracking(False)
        self.hours_spin.valueChanged.connect(self._hours_edited)
        self.smic_combo = QComboBox()
        self.smic_combo.currentIndexChanged.connect(self._smic_chosen)
        self.volunteering_value = QLabel()
        self.name_label, self.status_label = QLabel(), QLabel()
        self.hours_label, self.smic_label = QLabel(), QLabel()
        self.value_label = QLabel()
        for label, widget in (
            (self.name_label, self.name_edit),
            (self.status_label, self.status_combo),
            (self.hours_label, self.hours_spin),
            (self.smic_label, self.smic_combo),
            (self.value_label, self.volunteering_value),
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.lower_row.addWidget(self.structure_box, 0, Qt.AlignmentFlag.AlignTop)
        self.indicators = IndicatorsPanel(self.lang)
        self.lower_row.addWidget(self.indicators, 1)
        layout.addLayout(self.lower_row)
        self.finances = FunderFinancesPanel(self.save)
        layout.addWidget(self.finances)
        self._follow_font()
        layout.addStretch(1)

    def _follow_font(self) -> None:
        """The structure's box beside the indicators when there is room, else above them."""
        chars = self.fontMetrics().averageCharWidth()
        side_by_side = self.content.width() >= chars * SIDE_BY_SIDE_CHARS
        self.structure_box.setMaximumWidth(chars * (BOX_CHARS if side_by_side else 80))
        self.lower_row.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._follow_font()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._follow_font()

    def retranslate(self) -> None:
        super().retranslate()
        self.title = self.tr("Financement")
        self.heading.setText("<h2>" + self.tr("Matrice des ressources") + "</h2>")
        self.intro.setText(
            self.tr(
                "Une ligne par structure de la dynamique, une colonne par type de ressource "
                "(rapport, § 1.5, l. 783-832). Choisissez l'intensité de chaque ressource avec les "
                "touches 0 à 3 (Néant, +, ++, +++) ou un double clic ; cochez « Montants » pour "
                "saisir les montants annuels en euros. Tout est enregistré aussitôt."
            )
            + "<br/>"
            + self.tr(
                "<b>Intensités et montants :</b> dès qu'une structure a un montant annuel, "
                "l'intensité de chacune de ses ressources monétaires est déduite de sa part "
                "dans le total de la structure (en italique) : Néant sans montant, « + » sous "
                "20 %, « ++ » de 20 à moins de 50 %, « +++ » à partir de 50 %. Sans montant, "
                "l'intensité est votre appréciation, comme dans le tableau du rapport. Les "
                "contributions en nature restent votre appréciation."
            )
        )
        self.model.derived_note = self.tr(
            "Intensité déduite des montants : %1 des ressources monétaires de la structure."
        )
        self.add_button.setText(self.tr("&Ajouter une structure"))
        self.remove_button.setText(self.tr("&Supprimer la structure"))
        self.amounts_toggle.setText(self.tr("&Montants annuels (€)"))
        self.table.setAccessibleName(self.tr("Matrice des ressources"))
        self.structure_box.setTitle(self.tr("Structure sélectionnée"))
        self.name_label.setText(self.tr("&Nom :"))
        self.status_label.setText(self.tr("Statut &juridique :"))
        self.hours_label.setText(self.tr("&Bénévolat (heures/an) :"))
        self.hours_spin.setSpecialValueText(self.tr("aucun"))
        self.smic_label.setText(self.tr("&Valorisé à :"))
        self.value_label.setText(self.tr("Valeur du bénévolat :"))
        self.hours_spin.setToolTip(
            self.tr(
                "Heures de bénévolat et de mécénat de compétences reçues dans l'année, "
                "valorisées de 1 à 3 SMIC selon le niveau de compétence (l. 898)."
            )
        )
        self.indicators.retranslate()
        self.finances.retranslate()

    # --- data -----------------------------------------------------------------------------

    def assessment_switched(self) -> None:
        self.indicators.forget_history()

    def load(self, assessment: Assessment) -> None:
        self._assessment = assessment
        questionnaire = self.workshop.questionnaire()
        spec = questionnaire.funding
        current = self._current_structure_id()
        self.model.set_language(self.lang)
        self.model.set_structures(assessment.structures, spec)
        self._fill_choices(questionnaire)
        self.indicators.show_indicators(self.workshop, assessment, spec)
        self._select_structure(current)
        self._fill_structure_box()
        self.remove_button.setEnabled(bool(assessment.structures))
        self.table.fit()
        self.finances.load(assessment, self.lang)

    def _fill_choices(self, questionnaire: Any) -> None:
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("— non précisé —"), "")
        if questionnaire.has_field("governance.legal_statuses"):
            for option in questionnaire.field("governance.legal_statuses").options:
                self.status_combo.addItem(option.text.get(self.lang), option.value)
        self.status_combo.blockSignals(False)
        self.smic_combo.blockSignals(True)
        self.smic_combo.clear()
        for multiple in questionnaire.funding.volunteering_multiples:
            self.smic_combo.addItem(self._smic_text(multiple), multiple)
        self.smic_combo.blockSignals(False)

    def _smic_text(self, multiple: int) -> str:
        # The report values volunteering at 1 to 3 SMIC by level of skill (l.898).
        texts = {
            1: self.tr("1 SMIC (compétences courantes)"),
            2: self.tr("2 SMIC (compétences qualifiées)"),
            3: self.tr("3 SMIC (compétences expertes)"),
        }
        return texts.get(multiple, f"{multiple} SMIC")

    def _current_structure_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.structure(index.row()).id

    def current_structure(self) -> Structure | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.structure(index.row())

    def _select_structure(self, structure_id: int | None) -> None:
        row = self.model.row_of(structure_id) if structure_id is not None else None
        if row is None:
            row = 0 if self.model.rowCount() else None
        if row is None:
            return
        column = max(self.table.currentIndex().column(), 0)
        if self.table.currentIndex().row() != row or not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(row, column))

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.row() != previous.row():
            self._fill_structure_box()

    def _fill_structure_box(self) -> None:
        structure = self.current_structure()
        self.structure_box.setEnabled(structure is not None)
        was_loading, self._loading = self._loading, True
        try:
            if structure is None:
                self.name_edit.clear()
                self.hours_spin.setValue(0)
                self.volunteering_value.setText("—")
                return
            if self.name_edit.text() != structure.name:
                self.name_edit.setText(structure.name)
                self.name_edit.setCursorPosition(0)  # the start of a long name, not its end
            index = self.status_combo.findData(structure.legal_status)
            if index < 0:
                self.status_combo.addItem(structure.legal_status, structure.legal_status)
                index = self.status_combo.count() - 1
            self.status_combo.setCurrentIndex(index)
            self.hours_spin.setValue(structure.volunteer_hours or 0)
            smic = self.smic_combo.findData(structure.volunteer_smic_multiple)
            self.smic_combo.setCurrentIndex(max(smic, 0))
            self.volunteering_value.setText(self.indicators.volunteering_text(structure))
        finally:
            self._loading = was_loading

    # --- user actions ---------------------------------------------------------------------

    def show_amounts(self, on: bool) -> None:
        if self.amounts_toggle.isChecked() != on:
            self.amounts_toggle.setChecked(on)  # comes back here through toggled
            return
        self.model.set_mode(MODE_AMOUNTS if on else MODE_INTENSITY)

    def _save_cell(self, structure_id: int, resource: str, changes: dict[str, Any]) -> bool:
        return self.save(
            "funding",
            answers.set_funding_cell,
            structure_id=structure_id,
            resource=resource,
            **changes,
        )

    def set_cell(self, row: int, resource: str, value: int | float | str | None) -> bool:
        """Set one cell as if typed: an intensity, or an amount in "amounts" mode."""
        index = self.model.index(row, self.model.column_of(resource))
        self.table.setCurrentIndex(index)
        return self.model.setData(index, value, Qt.ItemDataRole.EditRole)

    def add_structure(self, name: str = "", legal_status: str = "") -> int | None:
        assessment_id = self.workshop.assessment_id
        if assessment_id is None:
            return None
        if not name:
            taken = {s.name for s in self.model_structures()}
            base = self.tr("Nouvelle structure")
            name = base
            number = 2
            while name in taken:
                name, number = f"{base} {number}", number + 1
        new_id: int | None = None

        def add(db: Any, **kwargs: Any) -> int:
            nonlocal new_id
            new_id = answers.add_structure(db, **kwargs)
            return new_id

        self.save("funding", add, assessment_id=assessment_id, name=name, legal_status=legal_status)
        if new_id is not None:
            self._select_structure(new_id)
            self._fill_structure_box()
            self.name_edit.setFocus()
            self.name_edit.selectAll()
        return new_id

    def model_structures(self) -> list[Structure]:
        return [self.model.structure(r) for r in range(self.model.rowCount())]

    def remove_current_structure(self) -> bool:
        structure = self.current_structure()
        if structure is None:
            return False
        question = self.tr(
            "Supprimer la structure « %1 » et toutes ses ressources de cette évaluation ?"
        ).replace("%1", structure.name)
        if not ask.confirm(self, question, yes=self.tr("Supprimer")):
            return False
        return self.save("funding", answers.remove_structure, structure_id=structure.id)

    def _update_structure(self, **changes: Any) -> None:
        structure = self.current_structure()
        if structure is None or self._loading:
            return
        self.save("funding", answers.update_structure, structure_id=structure.id, **changes)

    def _name_edited(self) -> None:
        structure = self.current_structure()
        if structure is not None and self.name_edit.text().strip() != structure.name:
            if not self.name_edit.text().strip():
                self.name_edit.setText(structure.name)
                return
            self._update_structure(name=self.name_edit.text())

    def _status_chosen(self, index: int) -> None:
        structure = self.current_structure()
        value = self.status_combo.itemData(index)
        if structure is not None and value is not None and value != structure.legal_status:
            self._update_structure(legal_status=value)

    def _hours_edited(self, hours: float) -> None:
        structure = self.current_structure()
        if structure is not None and (hours or None) != structure.volunteer_hours:
            self._update_structure(volunteer_hours=hours or None)

    def _smic_chosen(self, index: int) -> None:
        structure = self.current_structure()
        multiple = self.smic_combo.itemData(index)
        if structure is not None and multiple and multiple != structure.volunteer_smic_multiple:
            self._update_structure(volunteer_smic_multiple=int(multiple))
