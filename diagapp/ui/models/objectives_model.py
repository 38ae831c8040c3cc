"""The team's objectives as a Qt table: one row per objective, one column per value the team
types (issue 17). Every edit goes straight to `on_edit`, which saves it: there is nothing to
« save » afterwards. Last year's reached value is shown, not edited."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from diagapp.domain.objectives import Objective
from diagapp.report.typography import number
from diagapp.ui import i18n

MISSING = "—"
# Column keys in the editor's order; "previous" is last year's reached value (read only).
COLUMNS = (
    "title",
    "unit",
    "dimension",
    "baseline",
    "baseline_year",
    "target",
    "target_date",
    "previous",
    "reached",
    "comment",
)
NUMBERS = ("baseline", "target", "reached")
READ_ONLY = frozenset({"previous"})
TEXTS = frozenset({"title", "unit", "dimension", "comment"})  # left-aligned; figures right

# (objective id, key, typed value) -> the objective as stored, or None when refused
EditFn = Callable[[int, str, Any], Objective | None]
_Index = QModelIndex | QPersistentModelIndex


class ObjectivesModel(QAbstractTableModel):
    def __init__(self, on_edit: EditFn | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_edit = on_edit
        self._rows: list[Objective] = []
        self.headers: list[str] = list(COLUMNS)  # set by the page in the window's language
        self.dimensions: Mapping[str, str] = {}  # dimension id -> its title

    # --- what the page changes ------------------------------------------------------------

    def set_objectives(self, objectives: Sequence[Objective]) -> None:
        self.beginResetModel()
        self._rows = list(objectives)
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        self.headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def objective(self, row: int) -> Objective:
        return self._rows[row]

    def row_of(self, objective_id: int) -> int:
        return next(i for i, o in enumerate(self._rows) if o.id == objective_id)

    # --- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return self.headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._on_edit is not None and COLUMNS[index.column()] not in READ_ONLY:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        o, key = self._rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(o, key, shown=True)
        if role == Qt.ItemDataRole.EditRole:
            return o.dimension if key == "dimension" else self.text(o, key, shown=False)
        if role == Qt.ItemDataRole.ToolTipRole and key == "comment" and o.comment:
            return o.comment
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in TEXTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, o: Objective, key: str, *, shown: bool) -> str:
        """A cell as shown (« — » when empty) or as offered for editing ("" when empty)."""
        lang = i18n.language()
        empty = MISSING if shown else ""
        if key in NUMBERS:
            value = getattr(o, key)
            return empty if value is None else number(value, lang)
        if key == "previous":
            if o.previous is None:
                return empty
            return f"{number(o.previous, lang)} ({o.previous_year})"
        if key == "baseline_year":
            return empty if o.baseline_year is None else str(o.baseline_year)
        if key == "target_date":
            return empty if o.target_date is None else o.target_date.strftime("%d/%m/%Y")
        if key == "dimension":
            return self.dimensions.get(o.dimension, o.dimension) if o.dimension else empty
        return str(getattr(o, key))

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self._on_edit is None or not index.isValid():
            return False
        o, key = self._rows[index.row()], COLUMNS[index.column()]
        if key in READ_ONLY or value == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        stored = self._on_edit(o.id, key, value)
        if stored is None:
            return False
        self._rows[index.row()] = stored
        left, right = self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1)
        self.dataChanged.emit(left, right)
        return True
