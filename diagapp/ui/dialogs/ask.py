"""Modal questions and messages behind small functions returning plain values.

Tests replace them: `monkeypatch.setattr(ask, "confirm", lambda *a, **k: True)`.
Pages call them through the module (`ask.confirm(...)`) so that the replacement is seen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def confirm(parent: QWidget | None, question: str, *, title: str = "", yes: str = "") -> bool:
    """Yes / No; No is the default (a slip of the keyboard removes nothing)."""
    box = QMessageBox(QMessageBox.Icon.Question, title or "diagapp", question, parent=parent)
    yes_button = box.addButton(
        yes or QCoreApplication.translate("ask", "Oui"), QMessageBox.ButtonRole.AcceptRole
    )
    no_button = box.addButton(
        QCoreApplication.translate("ask", "Annuler"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def text(parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
    """A line of text, or None when cancelled."""
    answer, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, value)
    return answer if ok else None


def inform(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title or "diagapp", message)


def warn(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title or "diagapp", message)
