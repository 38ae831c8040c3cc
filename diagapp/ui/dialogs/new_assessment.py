"""A new yearly assessment: date, label, and whether to start from last year's answers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class NewAssessment:
    date: dt.date
    label: str
    copy_forward: bool


class NewAssessmentDialog(QDialog):
    def __init__(
        self, dynamic_name: str, previous_label: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouvelle évaluation"))
        today = dt.date.today()
        intro = QLabel(self.tr("Nouvelle évaluation pour « %1 ».").replace("%1", dynamic_name))
        intro.setWordWrap(True)
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Date de l'atelier"))
        self.label = QLineEdit(self.tr("Diagnostic %1").replace("%1", str(today.year)))
        self.label.setAccessibleName(self.tr("Intitulé"))
        self.date.dateChanged.connect(self._date_changed)
        self.copy = QCheckBox(
            self.tr("Partir des réponses de « %1 » (marquées « à revoir »)").replace(
                "%1", previous_label or ""
            )
        )
        # Whether there is a year to copy from; not copy.isVisible(): once exec() has
        # returned the dialog is hidden, and so are its children.
        self.can_copy = previous_label is not None
        self.copy.setVisible(self.can_copy)
        self.copy.setChecked(self.can_copy)
        # What copy-forward brings (services.assessments._copy_forward): said before « Créer ».
        self.carried = QLabel(
            self.tr(
                "Ce qui est repris de l'an dernier :\n"
                "• les participants et leurs réponses, à revoir ensemble ;\n"
                "• les structures et leurs financements ;\n"
                "• les lignes de financement en cours (pas les comptes de l'année) ;\n"
                "• les objectifs, avec la valeur de l'an dernier ;\n"
                "• les actions ouvertes de la feuille de route."
            )
        )
        self.carried.setWordWrap(True)
        self.carried.setContentsMargins(24, 0, 0, 0)
        self.carried.setVisible(self.can_copy)
        self.copy.toggled.connect(self.carried.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Date de l'atelier :"), self.date)
        form.addRow(self.tr("Intitulé :"), self.label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Créer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.copy)
        layout.addWidget(self.carried)
        layout.addWidget(buttons)

    def _date_changed(self, date: QDate) -> None:
        if self.label.text().startswith(self.tr("Diagnostic ")):
            self.label.setText(self.tr("Diagnostic %1").replace("%1", str(date.year())))

    def choice(self) -> NewAssessment:
        picked = self.date.date()
        return NewAssessment(
            dt.date(picked.year(), picked.month(), picked.day()),
            self.label.text().strip(),
            self.can_copy and self.copy.isChecked(),
        )


def ask_new_assessment(
    parent: QWidget | None, dynamic_name: str, previous_label: str | None
) -> NewAssessment | None:
    """The user's choice, or None when cancelled (tests replace this function)."""
    dialog = NewAssessmentDialog(dynamic_name, previous_label, parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
