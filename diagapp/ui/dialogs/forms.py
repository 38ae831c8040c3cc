"""Participant forms from the window: export a form for an absent member, import filled
forms (several at once) and show what was imported and what was refused, and why.

Menu entries call `export_participant_form(parent, workshop)` and
`import_participant_forms(parent, workshop)`. The file choosers and the participant
question are small module functions, so tests replace them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain.errors import DiagappError
from diagapp.domain.model import Participant
from diagapp.services import forms
from diagapp.services.forms_import import FormImportReport, import_form
from diagapp.ui.dialogs import ask
from diagapp.ui.workshop import Workshop

XLSX_FILTER = str(QT_TRANSLATE_NOOP("forms", "Classeur Excel (*.xlsx)"))
REFUSED_COLOR = "#a00000"


translate = QCoreApplication.translate  # spelled out below so that pyside6-lupdate sees it


# --- questions (replaced in tests) ---------------------------------------------------------


def choose_participant(
    parent: QWidget | None, participants: list[Participant], current: int | None
) -> int | None:
    names = [f"{p.name} ({p.college})" if p.college else p.name for p in participants]
    index = next((i for i, p in enumerate(participants) if p.id == current), 0)
    chosen, ok = QInputDialog.getItem(
        parent,
        translate("forms", "Formulaire pour un participant absent"),
        translate("forms", "Pour qui ?"),
        names,
        index,
        False,
    )
    return participants[names.index(chosen)].id if ok and chosen in names else None


def choose_save_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, suggested, translate("forms", XLSX_FILTER)
    )
    if not path:
        return None
    return Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")


def choose_open_paths(parent: QWidget | None, title: str) -> list[Path]:
    paths, _filter = QFileDialog.getOpenFileNames(
        parent, title, "", translate("forms", XLSX_FILTER)
    )
    return [Path(p) for p in paths]


def show_report(parent: QWidget | None, outcome: list[FormOutcome]) -> None:
    FormImportDialog(outcome, parent).exec()


# --- export --------------------------------------------------------------------------------


def _file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|]+', "-", text).strip() or "formulaire"


def export_participant_form(parent: QWidget | None, workshop: Workshop) -> Path | None:
    """Ask for whom and where, write the form; None when cancelled or refused."""
    assessment = workshop.assessment()
    if assessment is None:
        ask.warn(
            parent,
            "",
            translate("forms", "Choisissez d'abord une évaluation sur la page d'accueil."),
        )
        return None
    if not assessment.participants:
        ask.warn(
            parent,
            "",
            translate("forms", "Ajoutez d'abord le membre absent sur la page « Participants »."),
        )
        return None
    participant_id = choose_participant(
        parent, list(assessment.participants), workshop.participant_id
    )
    if participant_id is None:
        return None
    person = assessment.participant(participant_id)
    suggested = (
        _file_name(
            translate("forms", "Formulaire %1 - %2")
            .replace("%1", person.name)
            .replace("%2", assessment.label)
        )
        + ".xlsx"
    )
    path = choose_save_path(parent, translate("forms", "Enregistrer le formulaire"), suggested)
    if path is None:
        return None
    try:
        forms.export_form(
            workshop.db, assessment_id=assessment.id, participant=participant_id, path=path
        )
    except DiagappError as exc:
        ask.warn(parent, "", str(exc))
        return None
    ask.inform(
        parent,
        translate("forms", "Formulaire enregistré"),
        translate(
            "forms",
            "Le formulaire de %1 est enregistré :\n%2\n\nEnvoyez-le-lui : il se remplit dans "
            "Excel ou LibreOffice, sans connexion. Une fois rempli, importez-le par "
            "« Importer des formulaires remplis… ».",
        )
        .replace("%1", person.name)
        .replace("%2", str(path)),
    )
    return path


# --- import --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FormOutcome:
    file: str
    report: FormImportReport | None  # None: the whole form was refused
    error: str = ""


def import_participant_forms(parent: QWidget | None, workshop: Workshop) -> list[FormOutcome]:
    """Ask for filled forms, import each into the current assessment, show the report."""
    if workshop.assessment_id is None:
        ask.warn(
            parent,
            "",
            translate("forms", "Choisissez d'abord une évaluation sur la page d'accueil."),
        )
        return []
    paths = choose_open_paths(parent, translate("forms", "Importer des formulaires remplis"))
    if not paths:
        return []
    outcome = []
    for path in paths:
        try:
            report = import_form(workshop.db, path, assessment_id=workshop.assessment_id)
        except DiagappError as exc:
            outcome.append(FormOutcome(path.name, None, str(exc)))
        else:
            outcome.append(FormOutcome(path.name, report))
    if any(o.report is not None and o.report.changed for o in outcome):
        workshop.data_changed.emit("answers")
        workshop.saved.emit()
    show_report(parent, outcome)
    return outcome


class FormImportDialog(QDialog):
    """What each form brought: imported, already there, refused (with the reason)."""

    def __init__(self, outcome: list[FormOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("forms", "Import des formulaires"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        self.details = QListWidget()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(translate("forms", "Détail de l'import"))
        for one in outcome:
            title = QListWidgetItem(one.file)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            self.details.addItem(title)
            if one.report is None:
                self._line(translate("forms", "Refusé : %1").replace("%1", one.error), refused=True)
                continue
            self._line(one.report.summary())
            for line in one.report.details():
                self._line(line, refused=True)
        imported = sum(o.report.count("imported") for o in outcome if o.report)
        refused_forms = sum(1 for o in outcome if o.report is None)
        self.summary = QLabel(
            translate(
                "forms",
                "%1 formulaire(s) lu(s) : %2 réponse(s) importée(s), %3 formulaire(s) refusé(s).",
            )
            .replace("%1", str(len(outcome)))
            .replace("%2", str(imported))
            .replace("%3", str(refused_forms))
        )
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def _line(self, text: str, refused: bool = False) -> None:
        item = QListWidgetItem("    " + text)
        if refused:
            item.setForeground(QColor(REFUSED_COLOR))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self.details.addItem(item)
