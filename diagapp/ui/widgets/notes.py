"""The three free-text fields of an answer: evidence, private note, funder-visible
justification, each saved after a short pause and when it loses focus."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QPlainTextEdit, QWidget

from diagapp.domain.model import Answer
from diagapp.ui.widgets.autosave import DebouncedSaver

KINDS = ("evidence", "private_note", "justification")


class NoteEdit(QPlainTextEdit):
    """A text box `lines` lines high in the current font (follows large type and DPI)."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setTabChangesFocus(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        height = self.fontMetrics().lineSpacing() * self.lines + margins.top() + margins.bottom()
        return QSize(hint.width(), int(height + 2 * self.document().documentMargin()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc leaves the box for the page around it, where 0-3 and N choose again.
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            parent = self.parentWidget()
            if parent is not None:
                parent.setFocus(Qt.FocusReason.OtherFocusReason)
                event.accept()
                return
        super().keyPressEvent(event)

    def minimumSizeHint(self) -> QSize:
        # Its lines high, but narrow if need be: two boxes side by side must not push the
        # page wider than a small window (they wrap their text).
        return QSize(self.fontMetrics().averageCharWidth() * 16, self.sizeHint().height())


class AnswerNotes(QWidget):
    """Evidence on its own line; the private note and the justification side by side,
    labelled so nobody confuses what stays in the room with what goes to funders."""

    def __init__(self, commit: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = {kind: NoteEdit(4 if kind == "evidence" else 3, self) for kind in KINDS}
        self.labels = {kind: QLabel(self) for kind in KINDS}
        self.savers = {
            kind: DebouncedSaver(edit, functools.partial(commit, kind))
            for kind, edit in self.edits.items()
        }
        self._flushing = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.labels["evidence"], 0, 0, 1, 2)
        grid.addWidget(self.edits["evidence"], 1, 0, 1, 2)
        grid.addWidget(self.labels["private_note"], 2, 0)
        grid.addWidget(self.labels["justification"], 2, 1)
        grid.addWidget(self.edits["private_note"], 3, 0)
        grid.addWidget(self.edits["justification"], 3, 1)
        for kind, label in self.labels.items():
            label.setBuddy(self.edits[kind])
            label.setWordWrap(True)
        self.retranslate()

    def retranslate(self, evidence_label: str = "") -> None:
        texts = {
            "evidence": evidence_label
            or self.tr("Éléments de preuve (faits, documents, exemples)"),
            "private_note": self.tr("Note privée (jamais dans le PDF)"),
            "justification": self.tr("Justification pour les financeurs"),
        }
        for kind, text in texts.items():
            self.labels[kind].setText(f"<b>{text}</b>")
            self.edits[kind].setAccessibleName(text)
        self.edits["justification"].setPlaceholderText(
            self.tr("Visible dans le rapport PDF envoyé aux financeurs.")
        )
        self.edits["private_note"].setPlaceholderText(
            self.tr("Reste dans l’application : pour l’équipe seulement.")
        )

    def load(self, values: dict[str, str], *, force: bool) -> None:
        for kind, saver in self.savers.items():
            saver.load(values.get(kind, ""), force=force)

    def load_answer(self, answer: Answer | None, *, force: bool) -> None:
        """The answer's texts; empty boxes without an answer."""
        self.load(
            {
                "evidence": answer.evidence if answer else "",
                "private_note": answer.private_note if answer else "",
                "justification": answer.justification if answer else "",
            },
            force=force,
        )

    @property
    def flushing(self) -> bool:
        """True while `flush` saves: the page reloaded by that save must leave the boxes."""
        return self._flushing

    def flush(self) -> None:
        """Save typing still waiting for its pause (a flush within a flush does nothing)."""
        if self._flushing:
            return
        self._flushing = True
        try:
            for saver in self.savers.values():
                saver.flush()
        finally:
            self._flushing = False

    def has_focus(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and self.isAncestorOf(focused)

    def set_enabled(self, enabled: bool) -> None:
        for edit in self.edits.values():
            edit.setEnabled(enabled)
