"""The reread before sending, shown in « Envoyer aux financeurs » before the PDF is written:
what the diagnosis claims without evidence or contradicts, and a way to accept a point
with a note (fixing it is done where the answer lives, then the list is read again)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain.errors import DiagappError
from diagapp.services import reread
from diagapp.ui.dialogs import ask


class RereadPanel(QWidget):
    def __init__(
        self, *, db: Any, assessment_id: int, lang: str = "fr", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.assessment_id, self.lang = db, assessment_id, lang
        self.report: reread.RereadReport | None = None
        title = QLabel(f"<b>{self.tr('Relecture avant envoi')}</b>")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Relecture avant envoi"))
        self.findings.setWordWrap(True)
        self.findings.setMaximumHeight(150)
        self.accept_button = QPushButton(self.tr("Accepter ce point…"))
        self.accept_button.setToolTip(
            self.tr("Garder ce point tel quel en disant pourquoi : il ne compte plus comme grave.")
        )
        self.accept_button.clicked.connect(lambda: self.accept_selected())
        self.findings.currentRowChanged.connect(self._enable)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.findings)
        self.refresh()

    def refresh(self) -> None:
        """Read the diagnosis again (after a fix or an acceptance)."""
        self.findings.clear()
        try:
            self.report = reread.reread(self.db, assessment_id=self.assessment_id, lang=self.lang)
        except DiagappError as exc:  # a broken rules file must not block sending
            self.report = None
            self.summary.setText(self.tr("Relecture impossible : %1").replace("%1", str(exc)))
            self._enable()
            return
        for f in self.report.findings:
            state = f" ({self.tr('accepté')})" if f.accepted else ""
            entry = QListWidgetItem(f"[{f.severity_label}{state}] {f.title} — {f.detail}")
            entry.setToolTip(f.advice + (f"\n{f.note}" if f.note else ""))
            entry.setData(Qt.ItemDataRole.UserRole, (f.rule_id, f.subject))
            if f.serious:
                font = entry.font()
                font.setBold(True)
                entry.setFont(font)
            self.findings.addItem(entry)
        serious = len(self.report.serious)
        if serious:
            text = self.tr("%1 point(s) à corriger avant d'envoyer : corrigez-les ou acceptez-les.")
            self.summary.setText(text.replace("%1", str(serious)))
        elif self.report.findings:
            self.summary.setText(self.tr("Rien à corriger ; quelques points à vérifier."))
        else:
            self.summary.setText(self.tr("La relecture n'a rien trouvé."))
        self._enable()

    def _enable(self) -> None:
        entry = self.findings.currentItem()
        self.accept_button.setEnabled(entry is not None and self.report is not None)

    def accept_selected(self, note: str | None = None) -> bool:
        """Accept the selected point with a note (asked when not given); True when stored."""
        entry = self.findings.currentItem()
        if entry is None:
            return False
        rule_id, subject = entry.data(Qt.ItemDataRole.UserRole)
        if note is None:
            note = ask.text(
                self,
                self.tr("Accepter ce point"),
                self.tr("Pourquoi l'équipe garde-t-elle ce point tel quel ?"),
            )
            if note is None:
                return False
        try:
            reread.accept(
                self.db,
                assessment_id=self.assessment_id,
                rule_id=str(rule_id),
                subject=str(subject),
                note=note,
            )
        except DiagappError as exc:
            ask.warn(self, self.tr("Accepter ce point"), str(exc))
            return False
        self.refresh()
        return True
