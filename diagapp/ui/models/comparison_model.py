"""Year over year per item as a Qt table: the consensus level in each compared assessment,
then the change in level, in spread and in coverage, and the questionnaire change (renamed,
split, dropped, new). Sortable on SORT_ROLE; filterable by dimension or to moved items."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from diagapp.domain.compare import Comparison, ItemChange
from diagapp.ui import formats, i18n
from diagapp.ui.models.item_table import (
    DIMENSION_ROLE,
    ITEM_ID_ROLE,
    SORT_ROLE,
    Index,
    ItemTableProxy,
)

UP_COLOR = "#d4edda"
DOWN_COLOR = "#f8d7da"
MISSING = -99.0  # sorts unanswered and not-comparable rows below every value


def signed(value: float | None, places: int = 0, percent: bool = False) -> str:
    """« +1 », « −0,5 », « −50 % », « 0 », « — » (the minus sign, not a hyphen)."""
    if value is None:
        return formats.MISSING
    number = value * 100 if percent else value
    text = formats.format_number(abs(number), places)
    if round(number, places) == 0:
        sign, text = "", formats.format_number(0, places)
    else:
        sign = "+" if number > 0 else "−"
    if percent:  # « −50 % » in French, « −50% » in English
        text += "\u202f%" if i18n.language() == "fr" else "%"
    return f"{sign}{text}"


@dataclass(frozen=True)
class Row:
    number: str
    position: int
    dimension: str
    change: ItemChange


class ComparisonItemsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._years: list[str] = []
        self._lang = "fr"

    # columns: N°, dimension, item, one per assessment, Δ level, Δ spread, Δ coverage, change
    @property
    def first_delta(self) -> int:
        return 3 + len(self._years)

    def set_comparison(self, comparison: Comparison | None, lang: str = "fr") -> None:
        self.beginResetModel()
        self._lang = lang
        self._rows = []
        self._years = []
        if comparison is not None:
            self._years = [s.label or str(s.year) for s in comparison.snapshots]
            titles = {d.dimension_id: (d.number, d.title.get(lang)) for d in comparison.dimensions}
            counters: dict[str, int] = {}
            for change in comparison.items:
                number, title = titles.get(change.dimension_id, (0, change.dimension_id))
                counters[change.dimension_id] = counters.get(change.dimension_id, 0) + 1
                self._rows.append(
                    Row(
                        f"{number}.{counters[change.dimension_id]}",
                        len(self._rows),
                        title,
                        change,
                    )
                )
        self.endResetModel()

    def row(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.first_delta + 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        first = self.first_delta
        if role == Qt.ItemDataRole.DisplayRole:
            fixed = [self.tr("N°"), self.tr("Dimension"), self.tr("Élément")]
            deltas = [
                self.tr("Δ niveau"),
                self.tr("Δ écart"),
                self.tr("Δ couverture"),
                self.tr("Changement"),
            ]
            return [*fixed, *self._years, *deltas][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if 3 <= section < first:
                return self.tr("Niveau de consensus (0 à 3)")
            return {
                first: self.tr("Évolution du niveau de consensus, de la première à la dernière"),
                first + 1: self.tr(
                    "Évolution de l'écart entre participants (négatif : plus d'accord)"
                ),
                first + 2: self.tr("Évolution de la part des participants qui ont répondu"),
                first + 3: self.tr("Changement de questionnaire (élément renommé, scindé…)"),
            }.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ITEM_ID_ROLE:
            return row.change.item_id
        if role == DIMENSION_ROLE:
            return row.change.dimension_id
        if role == Qt.ItemDataRole.ToolTipRole:
            note = row.change.note.get(self._lang) if row.change.note else ""
            return "\n".join(t for t in (row.change.label.get(self._lang), note) if t)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (1, 2, self.first_delta + 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.first_delta:
            delta = row.change.delta
            if delta:
                return QColor(UP_COLOR if delta > 0 else DOWN_COLOR)
        return None

    def _level(self, change: ItemChange, index: int) -> str:
        point = change.points[index]
        if point is None:
            return "·"
        if point.not_applicable:
            return self.tr("n.c.")
        return "—" if point.consensus is None else str(point.consensus)

    def _status(self, change: ItemChange) -> str:
        return {
            "renamed": self.tr("renommé"),
            "split": self.tr("scindé"),
            "dropped": self.tr("supprimé"),
            "new": self.tr("nouveau"),
        }.get(change.status, "")

    def _display(self, row: Row, column: int) -> str:
        change, first = row.change, self.first_delta
        if column == 0:
            return row.number
        if column == 1:
            return row.dimension
        if column == 2:
            return change.label.get(self._lang)
        if column < first:
            return self._level(change, column - 3)
        if column == first:
            return signed(change.delta)
        if column == first + 1:
            return signed(change.spread_delta)
        if column == first + 2:
            return signed(change.coverage_delta, percent=True)
        return self._status(change)

    def _sort_key(self, row: Row, column: int) -> Any:
        change, first = row.change, self.first_delta
        if column == 0:
            return row.position
        if column in (1, 2, first + 3):
            return self._display(row, column).casefold()
        if column < first:
            point = change.points[column - 3]
            return MISSING if point is None or point.consensus is None else float(point.consensus)
        value = (change.delta, change.spread_delta, change.coverage_delta)[column - first]
        return MISSING if value is None else float(value)


class ComparisonItemsProxy(ItemTableProxy):
    """Sorts on SORT_ROLE; shows one dimension, or only the items whose level moved."""

    def set_moved_only(self, on: bool) -> None:
        self._set_marked_only(on)

    def _source_row(self, source_row: int) -> tuple[str, bool] | None:
        model = self.sourceModel()
        if not isinstance(model, ComparisonItemsModel):
            return None
        change = model.row(source_row).change
        return change.dimension_id, bool(change.delta)
