"""The funding matrix's table views: as tall as their rows, sized from the font (large type,
200 % scaling); in the editable one, keys 0 to 3 set an intensity, a combo edits it, a line
edit takes a yearly amount in euros."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from diagapp.ui.models.funding_model import MODE_AMOUNTS, MODE_INTENSITY, FundingModel

_Index = QModelIndex | QPersistentModelIndex

ROW_LINES = 1.9  # a row's height in text lines: room for the cell's combo box
NAME_CHARS = 15  # the structures' names beyond this width are elided (full name in the box)


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


class MatrixView(QTableView):
    """Structures × resources, as tall as its rows: the page scrolls, not the table.

    Row heights and column widths come from the font, so that nothing is clipped in large
    type or at 200 %: a column is at least as wide as the longest line of its title and its
    cells, the room left is shared out; when the columns cannot all fit, it scrolls sideways.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # A bold current name would be wider than the header measured it: not highlighted
        # (the selected structure's box names it).
        self.verticalHeader().setHighlightSections(False)
        self.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._follow_font()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(self.fit)
            model.headerDataChanged.connect(lambda *_args: self.fit())
            model.dataChanged.connect(lambda *_args: self.fit())  # amounts are wider
        self.fit()

    def _follow_font(self) -> None:
        metrics = self.fontMetrics()
        self.verticalHeader().setDefaultSectionSize(round(metrics.height() * ROW_LINES))
        self.verticalHeader().setMaximumWidth(metrics.averageCharWidth() * NAME_CHARS)
        self.fit()

    def column_needs(self) -> list[int]:
        """Each column's narrowest width: its title's longest line (in bold: the current
        column's title is; the model wraps the titles), its widest cell."""
        model = self.model()
        if model is None:
            return []
        regular = QFont(self.horizontalHeader().font())
        bold = QFont(regular)
        bold.setBold(True)
        current = self.currentIndex().column()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        pad = 2 * margin + 2  # the header draws its title inside its margins
        needs = []
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            # Only the current column's title is bold: the others need less room.
            metrics = QFontMetrics(bold if column == current else regular)
            lines = max((metrics.horizontalAdvance(t) for t in title.splitlines()), default=0)
            needs.append(max(lines + pad, self.sizeHintForColumn(column)))
        return needs

    def fit(self) -> None:
        """Share the width out between the columns; as tall as the header and the rows, plus
        the sideways scroll bar when the columns do not fit."""
        model = self.model()
        needs = self.column_needs()
        names = self.verticalHeader()
        room = self.width() - 2 * self.frameWidth()
        room -= min(max(names.sizeHint().width(), names.minimumWidth()), names.maximumWidth())
        if self.isVisible():  # the names' header as laid out may be wider than its hint
            room = min(room, self.viewport().width())
        if needs:
            share, rest = divmod(max(room - sum(needs), 0), len(needs))
            header = self.horizontalHeader()
            for column, need in enumerate(needs):
                header.resizeSection(column, need + share + (rest if column == 0 else 0))
        rows = max(model.rowCount() if model is not None else 0, 1)
        height = self.horizontalHeader().sizeHint().height() + names.defaultSectionSize() * rows
        height += 2 * self.frameWidth()
        if sum(needs) > room:
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._follow_font()

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().currentChanged(current, previous)
        if current.column() != previous.column():
            self.fit()  # the bold title moved to another column

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


class FundingTable(MatrixView):
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
