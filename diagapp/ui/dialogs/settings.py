"""Preferences: interface language, large type for projection, participants' names."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from diagapp.ui import settings


class SettingsDialog(QDialog):
    """Changes apply when « OK » is pressed (the language at once, in the whole window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Préférences"))
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(self.language.findData(settings.get(settings.LANGUAGE)), 0)
        )
        self.language.setAccessibleName(self.tr("Langue de l’interface"))
        self.large_text = QCheckBox(self.tr("Grand texte, pour projeter au mur"))
        self.large_text.setChecked(settings.get(settings.LARGE_TEXT))
        self.show_names = QCheckBox(
            self.tr("Afficher les noms des participants pendant la délibération")
        )
        self.show_names.setToolTip(
            self.tr("Sinon, chacun apparaît par son collège et un numéro (« Habitants 2 »).")
        )
        self.show_names.setChecked(settings.get(settings.SHOW_NAMES))
        form = QFormLayout()
        form.addRow(self.tr("&Langue :"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.large_text)
        layout.addWidget(self.show_names)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.apply()
        super().accept()

    def apply(self) -> None:
        settings.put(settings.LARGE_TEXT, self.large_text.isChecked())
        settings.put(settings.SHOW_NAMES, self.show_names.isChecked())
        settings.put(settings.LANGUAGE, str(self.language.currentData()))
