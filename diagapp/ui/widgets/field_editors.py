"""An editor for each kind of team-level field of the questionnaire (identity, governance).

    editor = editor_for(field, lang)
    editor.committed.connect(lambda value: save(field.id, value))
    editor.set_value(stored)        # never emits committed

choice → combo box · multichoice → checkable list · text / longtext → line / text box saved
after a short pause · year / number → spin box (« — » when empty) · bool → Oui / Non combo ·
scale → the levels in full.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain.questionnaire import Field
from diagapp.ui.widgets.autosave import DebouncedSaver
from diagapp.ui.widgets.level_scale import LevelScale


class FieldEditor(QWidget):
    committed = Signal(object)  # the new value; None when emptied

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field, self.lang = field, lang
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        """Commit text still waiting for its pause (only text fields wait)."""

    def _finish(self, control: QWidget) -> None:
        control.setAccessibleName(self.field.label.get(self.lang))
        control.setToolTip(self.field.help.get(self.lang))
        self._layout.addWidget(control)
        self.setFocusProxy(control)


class ChoiceEditor(FieldEditor):
    """choice, bool and anything picked from a short list; first entry « — » means empty."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("— non renseigné —"), None)
        if field.kind == "bool":
            self.combo.addItem(self.tr("Oui"), True)
            self.combo.addItem(self.tr("Non"), False)
        else:
            for option in field.options:
                self.combo.addItem(option.text.get(lang), option.value)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(20)
        self.combo.currentIndexChanged.connect(
            lambda _i: self.committed.emit(self.combo.currentData())
        )
        self._finish(self.combo)

    def set_value(self, value: Any) -> None:
        index = next(
            (
                i
                for i in range(self.combo.count())
                if self.combo.itemData(i) == value and (type(self.combo.itemData(i)) is type(value))
            ),
            0,
        )
        blocked = self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(blocked)


class MultiChoiceEditor(FieldEditor):
    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.list = QListWidget(self)
        for option in field.options:
            item = QListWidgetItem(option.text.get(lang), self.list)
            item.setData(Qt.ItemDataRole.UserRole, option.value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemChanged.connect(lambda _item: self.committed.emit(self.checked() or None))
        self._finish(self.list)
        self._fit()

    def _fit(self) -> None:
        rows = self.list.count()
        height = sum(self.list.sizeHintForRow(i) for i in range(rows))
        self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 4)

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit()

    def checked(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, value: str, checked: bool) -> None:
        """Tick or untick an option as the user would."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == value:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_value(self, value: Any) -> None:
        wanted = set(value or ())
        blocked = self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(blocked)


class TextEditor(FieldEditor):
    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.edit: QLineEdit | QPlainTextEdit
        if field.kind == "longtext":
            self.edit = QPlainTextEdit(self)
            self.edit.setTabChangesFocus(True)
            self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * 6)
        else:
            self.edit = QLineEdit(self)
        self.saver = DebouncedSaver(self.edit, lambda text: self.committed.emit(text or None))
        self._finish(self.edit)

    def set_value(self, value: Any) -> None:
        self.saver.load(str(value) if value is not None else "")

    def flush(self) -> None:
        self.saver.flush()


class CountSpinBox(QDoubleSpinBox):
    """A number shown as typed: « 14 » for a count, « 1,5 » for a fraction (never « 14,0 »)."""

    def textFromValue(self, value: float) -> str:
        if float(value).is_integer():
            locale = self.locale()
            if not self.isGroupSeparatorShown():
                locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
            return locale.toString(int(value))
        return super().textFromValue(value)


class NumberEditor(FieldEditor):
    """year and number; the lowest position of the spin box, shown « — », means empty."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        low = field.minimum if field.minimum is not None else 0
        high = field.maximum if field.maximum is not None else 1e9
        self.spin: QSpinBox | QDoubleSpinBox
        if field.kind == "year":
            self.spin = QSpinBox(self)
            self.spin.setRange(int(low) - 1, int(high))
            self.spin.setGroupSeparatorShown(False)
        else:
            self.spin = CountSpinBox(self)
            self.spin.setDecimals(1)
            self.spin.setRange(low - 1, high)
            self.spin.setGroupSeparatorShown(True)
        self.empty = self.spin.minimum()
        self.spin.setSpecialValueText("—")
        self.spin.setKeyboardTracking(False)  # commit once typing is done, not at each digit
        self.spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.spin.valueChanged.connect(lambda _v: self.committed.emit(self.value()))
        self._finish(self.spin)

    def value(self) -> int | float | None:
        raw = self.spin.value()
        if raw == self.empty:
            return None
        return int(raw) if float(raw).is_integer() else float(raw)

    def set_value(self, value: Any) -> None:
        blocked = self.spin.blockSignals(True)
        wanted = self.empty if value is None else value
        if isinstance(self.spin, QSpinBox):
            self.spin.setValue(int(wanted))
        else:
            self.spin.setValue(float(wanted))
        self.spin.blockSignals(blocked)


class ScaleEditor(FieldEditor):
    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.scale = LevelScale(self)
        self.scale.set_levels(
            [
                (lv.value, _level_title(lv.text.get(lang)), _level_body(lv.text.get(lang)))
                for lv in field.levels
            ]
        )
        self.scale.level_chosen.connect(self.committed.emit)
        self._finish(self.scale)

    def set_value(self, value: Any) -> None:
        self.scale.show_answer(value if isinstance(value, int) else None, False)


def _level_title(text: str) -> str:
    """« Néant — les habitants… » → « Néant »: governance levels start with their symbol."""
    head, sep, _rest = text.partition(" — ")
    return head if sep else text


def _level_body(text: str) -> str:
    _head, sep, rest = text.partition(" — ")
    return rest if sep else ""


def editor_for(field: Field, lang: str, parent: QWidget | None = None) -> FieldEditor:
    kinds: dict[str, type[FieldEditor]] = {
        "choice": ChoiceEditor,
        "bool": ChoiceEditor,
        "multichoice": MultiChoiceEditor,
        "text": TextEditor,
        "longtext": TextEditor,
        "year": NumberEditor,
        "number": NumberEditor,
        "scale": ScaleEditor,
    }
    return kinds[field.kind](field, lang, parent)
