"""Identity card of the dynamic (DESIGN.md §1), built from the questionnaire's fields.

Every change is saved at once (text after a short pause): there is nothing to "save".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from diagapp.domain.model import Assessment
from diagapp.report.monograph import FUNDER_FIELDS
from diagapp.services import answers, assessments
from diagapp.ui.pages.assessment_page import AssessmentPage
from diagapp.ui.widgets.autosave import DebouncedSaver
from diagapp.ui.widgets.field_editors import FieldEditor, editor_for
from diagapp.ui.widgets.readable import Column, muted, scrolling
from diagapp.ui.workshop import Workshop

SECTION = "identity"


class IdentityPage(AssessmentPage):
    relevant_changes = frozenset({"fields", "dynamic", "assessments"})

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.editors: dict[str, FieldEditor] = {}
        self.funder_heading: QLabel | None = None  # above the funder edition's items
        self._built_for: tuple[int, str] | None = None  # (questionnaire version, language)
        self.column = Column(120)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.name_label = QLabel()
        bold = self.name_label.font()
        bold.setBold(True)
        self.name_label.setFont(bold)
        self.name_edit = QLineEdit()
        self.name_label.setBuddy(self.name_edit)
        self.name_saver = DebouncedSaver(self.name_edit, self._rename)
        self.fields_box = QWidget()
        self.fields_layout = QVBoxLayout(self.fields_box)
        self.fields_layout.setContentsMargins(0, 0, 0, 0)
        layout = self.column.layout_
        layout.addWidget(self.heading)
        layout.addWidget(self.name_label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.fields_box)
        layout.addStretch(1)
        outer = QVBoxLayout(self.content)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(self.column))
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title = self.tr("Fiche d’identité")
        self.name_label.setText(self.tr("&Nom de la dynamique"))
        self.name_edit.setAccessibleName(self.tr("Nom de la dynamique"))

    def _build(self, assessment: Assessment) -> None:
        key = (assessment.questionnaire_version, self.lang)
        if key == self._built_for:
            return
        self.flush()
        self._built_for = key
        while self.fields_layout.count():
            taken = self.fields_layout.takeAt(0)
            child = taken.widget() if taken is not None else None
            if child is not None:
                child.deleteLater()
        self.editors.clear()
        self.funder_heading = None
        section = self.workshop.questionnaire().field_section(SECTION)
        self.heading.setText(f"<h2>{section.title.get(self.lang)}</h2>")
        for field in section.fields:
            if field.id.startswith(FUNDER_FIELDS) and self.funder_heading is None:
                self._add_funder_heading()
            label = QLabel(f"<b>{field.label.get(self.lang)}</b>")
            label.setWordWrap(True)
            editor = editor_for(field, self.lang)
            label.setBuddy(editor)
            editor.committed.connect(lambda value, f=field.id: self.set_field(f, value))
            help_text = QLabel(field.help.get(self.lang))
            help_text.setWordWrap(True)
            muted(help_text)
            self.fields_layout.addSpacing(label.fontMetrics().height() // 2)
            self.fields_layout.addWidget(label)
            self.fields_layout.addWidget(editor)
            self.fields_layout.addWidget(help_text)
            self.editors[field.id] = editor

    def _add_funder_heading(self) -> None:
        """The funder edition's items, set apart: filled once, carried forward each year."""
        self.funder_heading = QLabel(
            "<h3>" + self.tr("Pour le dossier destiné aux financeurs") + "</h3>"
        )
        note = QLabel(
            self.tr(
                "Remplis une fois puis repris chaque année, ces champs ne figurent que dans "
                "l'édition pour les financeurs (« Envoyer aux financeurs », édition Financeurs)."
            )
        )
        note.setWordWrap(True)
        muted(note)
        self.fields_layout.addSpacing(self.funder_heading.fontMetrics().height())
        self.fields_layout.addWidget(self.funder_heading)
        self.fields_layout.addWidget(note)

    def load(self, assessment: Assessment) -> None:
        self._build(assessment)
        self.name_saver.load(assessment.dynamic_name)
        for field_id, editor in self.editors.items():
            editor.set_value(assessment.fields.get(field_id))

    def set_field(self, field_id: str, value: Any) -> bool:
        """Save one field of the card (what the editors call)."""
        if self.workshop.assessment_id is None:
            return False
        return self.save(
            "fields",
            answers.set_field,
            assessment_id=self.workshop.assessment_id,
            field_id=field_id,
            value=value,
        )

    def _rename(self, name: str) -> None:
        assessment = self.workshop.assessment()
        if assessment is None or not name.strip():
            return  # an emptied name waits for the new one
        self.save(
            "dynamic", assessments.rename_dynamic, dynamic_id=assessment.dynamic_id, name=name
        )

    def flush(self) -> None:
        self.name_saver.flush()
        for editor in self.editors.values():
            editor.flush()
