"""A scrolling page whose text column stays at a readable width, in characters.

The width follows the font, so it holds at 200 % scaling and in large-type mode.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget


class Column(QWidget):
    def __init__(self, chars: int = 110, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chars = chars
        self.layout_ = QVBoxLayout(self)
        self._fit()

    def _fit(self) -> None:
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * self.chars)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


def scrolling(column: Column) -> QScrollArea:
    """`column` at the left of a vertical scroll area."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.addWidget(column, 1)
    row.addStretch(0)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(holder)
    return area


def muted(label: QLabel) -> QLabel:
    """Guidance text: quieter than the data, but still readable on a projector
    (a disabled label would be too pale)."""
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    background = palette.color(QPalette.ColorRole.Window)
    mixed = text.toRgb()
    for channel in ("Red", "Green", "Blue"):
        value = (
            0.7 * getattr(text, channel.lower())() + 0.3 * getattr(background, channel.lower())()
        )
        getattr(mixed, f"set{channel}")(round(value))
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)
    return label


ALERT_COLOR = "#a4161a"  # dark red, readable on white and on a projector


def bold(widget: QWidget, on: bool = True) -> QWidget:
    """Bold text whose size still follows the window (large type): only the weight is set.

    Not `widget.font()`: once the window has a font of its own, that copy carries the size
    too, and the widget would stop following. A style sheet would freeze the font as well.
    """
    font = QFont()
    font.setBold(on)
    widget.setFont(font)
    return widget


def alert(label: QLabel, on: bool = True) -> QLabel:
    """Dark red bold text (an alert), or back to ordinary text; through the palette."""
    if on:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ALERT_COLOR))
        label.setPalette(palette)
    else:
        label.setPalette(QPalette())  # inherits the parent's again
    bold(label, on)
    return label


_SMALL_WORDS = {"le", "la", "les", "l'", "sur", "et", "de", "du", "des", "en", "son", "sa"}
_SMALL_WORDS |= {"in", "on", "the", "of", "and", "its", "a"}


def short(title: str, chars: int = 30) -> str:
    """A section title cut at a word, for the tabs (the full title is in the tooltip)."""
    if len(title) <= chars:
        return title
    words = title[:chars].rsplit(" ", 1)[0].split(" ")
    while len(words) > 1 and words[-1].lower() in _SMALL_WORDS:
        words.pop()
    return " ".join(words).rstrip(" ,;:«") + "…"
