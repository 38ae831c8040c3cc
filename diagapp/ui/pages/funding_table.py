"""The funding matrix's table view: keys 0 to 3 set an intensity, a combo edits it, a line
edit takes a yearly amount in euros."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from diagapp.ui.models.funding_model import MODE_AMOUNTS, MODE_INTENSITY, FundingModel

_Index = QModelIndex | QPersistentModelIndex


class CellDelegate(QStyledItemDelegate):
    """A combo of Néant/+/++/+++ for intensities; a line edit for amounts. The current cell
    is framed rather than filled, so that its intensity colour stays visible."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        plain = QStyleOptionViewItem(option)
        selected = bool(plain.state & QStyle.StateFlag.State_Selected)
        plain.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, index)
        if selected:
            painter.save()
            painter.setPen(QPen(plain.palette.highlight().color(), 3))
            painter.drawRect(plain.rect.adjusted(1, 1, -2, -2))
            painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        model = index.model()
        if isinstance(model, FundingModel) and model.mode == MODE_INTENSITY:
            combo = QComboBox(parent)
            for value, label in enumerate(model.intensity_labels()):
                combo.addItem(label, value)
            combo.activated.connect(lambda _i: self._commit(combo))
            return combo
        editor = QLineEdit(parent)
        editor.setPlaceholderText(self.tr("montant annuel en euros"))
        return editor

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(int(value or 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else f"{value:g}")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentIndex(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class FundingTable(QTableView):
    """Keys 0 to 3 set the current cell's intensity, Suppr clears an amount."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        index = self.currentIndex()
        if (
            isinstance(model, FundingModel)
            and index.isValid()
            and self.state() != self.State.EditingState
        ):
            text = event.text()
            if model.mode == MODE_INTENSITY and text in ("0", "1", "2", "3"):
                model.setData(index, int(text), Qt.ItemDataRole.EditRole)
                return
            if model.mode == MODE_AMOUNTS and event.key() in (
                Qt.Key.Key_Delete,
                Qt.Key.Key_Backspace,
            ):
                model.setData(index, None, Qt.ItemDataRole.EditRole)
                return
        super().keyPressEvent(event)
