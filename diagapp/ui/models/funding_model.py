"""The funding matrix as a Qt table: structures as rows, the resource kinds as columns
(report §1.5, table l.810-832). Cells show the intensity (Néant, +, ++, +++) or, in
"amounts" mode, the yearly amount in euros; the background always shows the intensity.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from diagapp.domain import funding
from diagapp.domain.model import Structure
from diagapp.domain.questionnaire import FundingSpec
from diagapp.ui.formats import format_eur, format_percent, parse_amount

MODE_INTENSITY = "intensity"
MODE_AMOUNTS = "amounts"

INTENSITY_ROLE = Qt.ItemDataRole.UserRole
AMOUNT_ROLE = Qt.ItemDataRole.UserRole + 1

# Light to dark green: readable on a projector, and Néant stays almost white.
INTENSITY_COLORS = ("#f5f5f2", "#d4ead0", "#8fc78b", "#3d8b47")
INTENSITY_TEXT_COLORS = ("#8a8a8a", "#1d3b20", "#102812", "#ffffff")


# (structure id, resource key, changes) -> saved?  changes: {"intensity": int} or
# {"amount_eur": float | None}
EditFn = Callable[[int, str, dict[str, Any]], bool]

_Index = QModelIndex | QPersistentModelIndex


def wrap_header(text: str, width: int = 11) -> str:
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    return "\n".join(lines) or text


class FundingModel(QAbstractTableModel):
    """Read-only (a heatmap) unless given `on_edit`, which saves one cell."""

    def __init__(
        self,
        spec: FundingSpec,
        lang: str = "fr",
        on_edit: EditFn | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._spec = spec
        self._lang = lang
        self._on_edit = on_edit
        self._structures: tuple[Structure, ...] = ()
        self._mode = MODE_INTENSITY
        # Set by the page in the window's language (the model has no tr() context of its own).
        self.derived_note = (
            "Intensité déduite des montants : %1 des ressources monétaires de la structure."
        )

    # --- what the page changes ------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        if mode != self._mode:
            self._mode = mode
            self._all_changed()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._all_changed()
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_structures(self, structures: Sequence[Structure], spec: FundingSpec | None) -> None:
        """New data; keeps the view's current cell when the rows are the same structures."""
        structures = tuple(structures)
        same_shape = (spec is None or spec.keys == self._spec.keys) and [
            s.id for s in structures
        ] == [s.id for s in self._structures]
        if same_shape:
            self._structures = structures
            if spec is not None:
                self._spec = spec
            self._all_changed()
            if structures:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(structures) - 1)
            return
        self.beginResetModel()
        self._structures = structures
        if spec is not None:
            self._spec = spec
        self.endResetModel()

    def structure(self, row: int) -> Structure:
        return self._structures[row]

    def row_of(self, structure_id: int) -> int | None:
        return next((r for r, s in enumerate(self._structures) if s.id == structure_id), None)

    def resource_key(self, column: int) -> str:
        return self._spec.keys[column]

    def column_of(self, resource: str) -> int:
        return self._spec.keys.index(resource)

    def intensity_labels(self) -> list[str]:
        return [t.get(self._lang) for t in self._spec.intensity]

    def _all_changed(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._structures)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._spec.resources)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._on_edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        structure = self._structures[index.row()]
        resource = self._spec.resources[index.column()]
        cell = structure.cell(resource.key)
        intensity = max(0, min(3, cell.intensity))
        symbol = self._spec.intensity[intensity].get(self._lang)
        if role == Qt.ItemDataRole.DisplayRole:
            if self._mode == MODE_AMOUNTS:
                return format_eur(cell.amount_eur) if cell.amount_eur is not None else ""
            return symbol
        if role == Qt.ItemDataRole.EditRole:
            return cell.amount_eur if self._mode == MODE_AMOUNTS else intensity
        if role == INTENSITY_ROLE:
            return intensity
        if role == AMOUNT_ROLE:
            return cell.amount_eur
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(INTENSITY_COLORS[intensity])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(INTENSITY_TEXT_COLORS[intensity])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self._mode == MODE_AMOUNTS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            amount = f" — {format_eur(cell.amount_eur)}" if cell.amount_eur is not None else ""
            text = f"{structure.name} · {resource.label.get(self._lang)} : {symbol}{amount}"
            if funding.is_derived(structure, resource.key, self._spec):
                total = funding.monetary_total(structure, self._spec)
                share = format_percent((cell.amount_eur or 0.0) / total if total else 0.0)
                text += "\n" + self.derived_note.replace("%1", share)
            return text
        if role == Qt.ItemDataRole.FontRole and funding.is_derived(
            structure, resource.key, self._spec
        ):
            font = QFont()
            font.setItalic(True)  # derived from the amounts, not typed
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._spec.resources):
                return None
            resource = self._spec.resources[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return wrap_header(resource.label.get(self._lang))
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{resource.label.get(self._lang)}\n{resource.help.get(self._lang)}"
            return None
        if not 0 <= section < len(self._structures):
            return None
        structure = self._structures[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return structure.name
        if role == Qt.ItemDataRole.ToolTipRole:
            # The full name: the header elides long ones.
            status = structure.legal_status
            return f"{structure.name} ({status})" if status else structure.name
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self._on_edit is None or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        structure = self._structures[index.row()]
        key = self._spec.keys[index.column()]
        changes: dict[str, Any]
        if self._mode == MODE_AMOUNTS:
            try:
                amount = parse_amount(value) if isinstance(value, str) else value
            except ValueError:
                return False
            if amount is not None and not isinstance(amount, (int, float)):
                return False
            # No intensity is set here: with amounts, the structure's monetary intensities
            # are derived from its shares (the one rule, diagapp.domain.funding).
            changes = {"amount_eur": None if amount is None else float(amount)}
        else:
            if isinstance(value, bool) or value not in (0, 1, 2, 3):
                return False
            changes = {"intensity": int(value)}
        return self._on_edit(structure.id, key, changes)
