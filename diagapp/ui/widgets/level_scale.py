"""The anchored 4-level scale shown in full: one card per level with its description.

The level descriptions are what the team debates, so they are never hidden in a combo box.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QRadioButton, QVBoxLayout, QWidget

from diagapp.domain.questionnaire import Item, Questionnaire


class LevelCard(QFrame):
    clicked = Signal(int)

    def __init__(
        self, value: int, title: str, description: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.value = value
        self.setProperty("selected", False)
        self.radio = QRadioButton(title, self)
        self.radio.setAutoExclusive(False)
        font = self.radio.font()
        font.setBold(True)
        self.radio.setFont(font)
        self.radio.setAccessibleName(title)
        self.radio.setAccessibleDescription(description)
        self.radio.clicked.connect(lambda _checked=False: self.clicked.emit(self.value))
        self.description = QLabel(description, self)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.extra = QLabel(self)  # e.g. who chose this level (deliberation)
        self.extra.setWordWrap(True)
        self.extra.setTextFormat(Qt.TextFormat.PlainText)
        self.extra.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.radio)
        layout.addWidget(self.description)
        layout.addWidget(self.extra)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_selected(self, selected: bool) -> None:
        self.radio.setChecked(selected)
        if self.property("selected") != selected:
            self.setProperty("selected", selected)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        # Painted, not styled with a style sheet: a style sheet would stop the window's
        # font (large type) from reaching the card.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        selected = bool(self.property("selected"))
        role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid
        painter.setPen(QPen(palette.color(role), 2.5 if selected else 1.0))
        if selected:
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        radius = self.fontMetrics().height() / 3
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), radius, radius)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.radio.click()
            event.accept()
        else:
            super().mousePressEvent(event)


class LevelScale(QWidget):
    """Cards for levels 0..3, plus « Non concerné » when the item allows it."""

    level_chosen = Signal(int)
    not_applicable_chosen = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[LevelCard] = []
        self.value: int | None = None
        self.not_applicable = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.na_box = QCheckBox(self)
        self.na_box.clicked.connect(self._na_clicked)
        self._layout.addWidget(self.na_box)

    def set_levels(
        self,
        levels: Sequence[tuple[int, str, str]],
        *,
        allow_not_applicable: bool = False,
        not_applicable_text: str = "",
    ) -> None:
        """levels: (value, title, description) in order."""
        for card in self.cards:
            self._layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for index, (value, title, description) in enumerate(levels):
            card = LevelCard(value, title, description, self)
            card.clicked.connect(self._card_clicked)
            self._layout.insertWidget(index, card)
            self.cards.append(card)
        self.na_box.setText(not_applicable_text)
        self.na_box.setAccessibleName(not_applicable_text)
        self.na_box.setVisible(allow_not_applicable)
        self.show_answer(None, False)

    def set_item(
        self, item: Item, questionnaire: Questionnaire, lang: str, not_applicable_text: str
    ) -> None:
        """The item's levels, each titled with its maturity label (« 2 · … »)."""
        self.set_levels(
            [
                (
                    lv.value,
                    f"{lv.value} · {questionnaire.maturity_labels[lv.value].get(lang)}",
                    lv.text.get(lang),
                )
                for lv in item.levels
            ],
            allow_not_applicable=item.not_applicable,
            not_applicable_text=not_applicable_text,
        )

    def bind_keys(self, area: QWidget) -> list[QShortcut]:
        """Keys 0 to 3 pick a level and N toggles « non concerné » anywhere in `area`."""
        slots: list[tuple[str, Callable[[], object]]] = [
            (str(value), functools.partial(self.choose, value)) for value in range(4)
        ]
        slots.append(("N", self.toggle_not_applicable))
        shortcuts = []
        for keys, slot in slots:
            shortcut = QShortcut(QKeySequence(keys), area)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            shortcuts.append(shortcut)
        return shortcuts

    def set_extras(self, extras: dict[int, str]) -> None:
        """A line under some levels' descriptions (others show none)."""
        for card in self.cards:
            text = extras.get(card.value, "")
            card.extra.setText(text)
            card.extra.setVisible(bool(text))
            card.radio.setAccessibleDescription(
                card.description.text() + (f" — {text}" if text else "")
            )

    @property
    def allows_not_applicable(self) -> bool:
        return not self.na_box.isHidden()

    def show_answer(self, value: int | None, not_applicable: bool) -> None:
        self.value, self.not_applicable = value, not_applicable
        for card in self.cards:
            card.set_selected(not not_applicable and card.value == value)
        self.na_box.setChecked(not_applicable)

    def choose(self, value: int) -> None:
        """Pick a level as the user would (number keys)."""
        if any(card.value == value for card in self.cards):
            self._card_clicked(value)

    def toggle_not_applicable(self) -> None:
        if self.allows_not_applicable:
            self.na_box.click()

    def _card_clicked(self, value: int) -> None:
        self.show_answer(value, False)
        self.level_chosen.emit(value)

    def _na_clicked(self, checked: bool) -> None:
        self.show_answer(None if checked else self.value, checked)
        self.not_applicable_chosen.emit(checked)
