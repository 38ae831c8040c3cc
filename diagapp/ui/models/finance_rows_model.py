"""A table of typed rows (funding lines, yearly accounts) edited in place from the keyboard:
type in a cell, Tab to the next, each change saved as it is typed.

Rows are plain dicts by column key; the page turns them into domain rows and saves them
(`on_edit` returns None when saved, else the French message to show). A growable table ends
with an empty row: typing there starts a new row, kept as a draft (not saved) until its
`required` column is filled.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from diagapp.domain.funder_rows import parse_month
from diagapp.ui.formats import MISSING, format_eur, format_integer, format_number, parse_amount

_Index = QModelIndex | QPersistentModelIndex
Row = dict[str, Any]
EditFn = Callable[[list[Row]], str | None]

TEXT, EUROS, SIGNED_EUROS, MONTH, NUMBER, COUNT, YEAR, CHOICE = (
    "text", "euros", "signed_euros", "month", "number", "count", "year", "choice",
)  # fmt: skip


@dataclass(frozen=True)
class Column:
    key: str
    kind: str
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label) for CHOICE


class Unreadable(ValueError):
    """A typed value that is not one of its column's kind (the message says which)."""


def _number(text: str) -> float | None:
    cleaned = text.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    value = float(cleaned.replace(",", ".").replace("−", "-"))
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def read_value(column: Column, value: Any) -> Any:
    """A typed value as the row keeps it; Unreadable with a French message otherwise."""
    if column.kind == CHOICE:
        values = [v for v, _ in column.choices]
        labels = {label.casefold(): v for v, label in column.choices}
        text = str(value or "")
        if text in values:
            return text
        if text.strip().casefold() in labels:
            return labels[text.strip().casefold()]
        raise Unreadable(
            QCoreApplication.translate(
                "FinanceRowsModel", "« %1 » n'est pas un choix de la liste."
            ).replace("%1", text)
        )
    text = "" if value is None else str(value)
    if column.kind == TEXT:
        return text.strip()
    if column.kind == MONTH:
        if not text.strip():
            return ""
        found = parse_month(text)
        if found is None:
            raise Unreadable(
                QCoreApplication.translate(
                    "FinanceRowsModel", "« %1 » n'est pas un mois (écrivez par exemple 2026-12)."
                ).replace("%1", text)
            )
        return f"{found[0]:04d}-{found[1]:02d}"
    body = text.strip()
    sign = -1 if body.startswith(("-", "−")) else 1
    body = body.lstrip("-−").strip()
    try:
        number = parse_amount(body) if column.kind in (EUROS, SIGNED_EUROS) else _number(body)
    except ValueError:
        raise Unreadable(
            QCoreApplication.translate("FinanceRowsModel", "« %1 » n'est pas un nombre.").replace(
                "%1", text
            )
        ) from None
    if number is None:
        return None
    number *= sign
    if column.kind in (COUNT, YEAR):
        if number != int(number):
            raise Unreadable(
                QCoreApplication.translate(
                    "FinanceRowsModel", "« %1 » n'est pas un nombre entier."
                ).replace("%1", text)
            )
        return int(number)
    return number


def shown(column: Column, value: Any) -> str:
    if value is None or value == "":
        return "" if column.kind in (TEXT, MONTH) else MISSING
    if column.kind == CHOICE:
        return next((label for v, label in column.choices if v == value), str(value))
    if column.kind in (EUROS, SIGNED_EUROS):
        return ("−" if value < 0 else "") + format_eur(abs(value))
    if column.kind == NUMBER:
        return format_number(value, 1)
    if column.kind == COUNT:
        return format_integer(value)
    return str(value)


def edited(column: Column, value: Any) -> str:
    """The value as the editor opens it: plain digits, no thousands separator."""
    if value is None:
        return ""
    if column.kind in (EUROS, SIGNED_EUROS, COUNT, YEAR):
        return f"{value:.0f}"
    if column.kind == NUMBER:
        return format_number(value, 1)
    return str(value)


class FinanceRowsModel(QAbstractTableModel):
    message = Signal(str)  # a French message: why a typed value was not kept

    def __init__(
        self,
        columns: Sequence[Column],
        on_edit: EditFn,
        required: str = "",
        growable: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._on_edit = on_edit
        self._required = required
        self._growable = growable
        self._rows: list[Row] = []
        self._draft: Row = {}
        self._headers = [c.key for c in self.columns]

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def set_choices(self, key: str, choices: Sequence[tuple[str, str]]) -> None:
        self.columns = [
            Column(c.key, c.kind, tuple(choices)) if c.key == key else c for c in self.columns
        ]

    def rows(self) -> list[Row]:
        return [dict(r) for r in self._rows]

    def set_rows(self, rows: Sequence[Row]) -> None:
        """New rows, the view's current cell kept: rows added or removed at the end."""
        before, after = self.rowCount(), len(rows) + (1 if self._growable else 0)
        if len(rows) > len(self._rows):
            self._draft = {}
        if after > before:
            self.beginInsertRows(QModelIndex(), before, after - 1)
            self._rows = [dict(r) for r in rows]
            self.endInsertRows()
        elif after < before:
            self.beginRemoveRows(QModelIndex(), after, before - 1)
            self._rows = [dict(r) for r in rows]
            self.endRemoveRows()
        else:
            self._rows = [dict(r) for r in rows]
        if after:
            last = self.index(after - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def is_draft(self, row: int) -> bool:
        return self._growable and row == len(self._rows)

    # --- Qt's model -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows) + (1 if self._growable else 0)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def _row(self, row: int) -> Row:
        return self._draft if self.is_draft(row) else self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self._row(index.row()).get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                shown(column, value)
                if value not in (None, "") or not self.is_draft(index.row())
                else ""
            )
        if role == Qt.ItemDataRole.EditRole:
            return value if column.kind == CHOICE else edited(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind not in (TEXT, CHOICE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return "*" if self.is_draft(section) else str(section + 1)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        try:
            typed = read_value(column, value)
        except Unreadable as exc:
            self.message.emit(str(exc))
            return False
        row = dict(self._row(index.row()))
        if row.get(column.key) == typed:
            return True
        row[column.key] = typed
        rows = self.rows()
        if self.is_draft(index.row()):
            if self._required and not row.get(self._required):
                self._draft = row  # kept until its required column is typed
                self.dataChanged.emit(index, index)
                return True
            rows.append(row)
        else:
            rows[index.row()] = row
        problem = self._on_edit(rows)
        if problem:
            self.message.emit(problem)
            return False
        self.message.emit("")
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A list to choose from in CHOICE columns (arrow keys, then Tab); a line edit elsewhere."""

    def _column(self, index: _Index) -> Column | None:
        model = index.model()
        if isinstance(model, FinanceRowsModel):
            column = model.columns[index.column()]
            return column if column.kind == CHOICE else None
        return None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        column = self._column(index)
        if column is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in column.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
