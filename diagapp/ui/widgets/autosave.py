"""Text typed in the workshop is saved after a short pause and when the field loses focus.

    saver = DebouncedSaver(editor, lambda text: workshop.save(...))
    saver.load("text from the database")    # never triggers a save
    saver.flush()                           # before switching item or participant

Nothing typed is lost: a page flushes its savers before showing other data, and the main
window flushes every live saver (flush_all) before it closes.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

DELAY_MS = 400

TextEditor = QLineEdit | QPlainTextEdit


class SaveTracker(QObject):
    """Tells the status bar that typing is waiting to be saved."""

    pending = Signal()


_tracker: SaveTracker | None = None
_savers: weakref.WeakSet[DebouncedSaver] = weakref.WeakSet()


def tracker() -> SaveTracker:
    global _tracker
    if _tracker is None:
        _tracker = SaveTracker()
    return _tracker


def flush_all() -> None:
    """Save whatever is still waiting in any text field of the window."""
    for saver in list(_savers):
        if shiboken6.isValid(saver) and shiboken6.isValid(saver.editor):
            saver.flush()


def _text(editor: TextEditor) -> str:
    return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()


class DebouncedSaver(QObject):
    committed = Signal(str)

    def __init__(self, editor: TextEditor, commit: Callable[[str], object] | None = None) -> None:
        super().__init__(editor)
        self.editor = editor
        self._saved = _text(editor)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)
        editor.textChanged.connect(self._edited)
        editor.installEventFilter(self)
        if commit is not None:
            self.committed.connect(commit)
        _savers.add(self)

    @property
    def dirty(self) -> bool:
        return _text(self.editor) != self._saved

    def _edited(self, *_args: object) -> None:
        if self.dirty:
            self._timer.start()
            tracker().pending.emit()

    def load(self, text: str, *, force: bool = False) -> None:
        """Show stored text (not a user change); keeps the cursor when nothing changed.

        Typing not yet saved is kept (a reload after another field's save must not erase
        it) unless `force`: flush() first when switching to other data.
        """
        if self.dirty and not force:
            return
        self._timer.stop()
        self._saved = text
        if _text(self.editor) == text:
            return
        blocked = self.editor.blockSignals(True)
        try:
            if isinstance(self.editor, QPlainTextEdit):
                self.editor.setPlainText(text)
            else:
                self.editor.setText(text)
        finally:
            self.editor.blockSignals(blocked)

    def flush(self) -> None:
        self._timer.stop()
        text = _text(self.editor)
        if text != self._saved:
            self._saved = text
            self.committed.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False
