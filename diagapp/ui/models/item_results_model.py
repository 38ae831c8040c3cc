"""Per-item results as a Qt table: consensus level, participants' mean, spread and
standard deviation, sortable (the proxy sorts on SORT_ROLE) and filterable by dimension
or to strong disagreements only."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from diagapp.domain.questionnaire import Item, Questionnaire
from diagapp.domain.scoring import ItemResult
from diagapp.ui.formats import MISSING, format_number
from diagapp.ui.models.item_table import (
    DIMENSION_ROLE,
    ITEM_ID_ROLE,
    SORT_ROLE,
    Index,
    ItemTableProxy,
)

NUMBER, DIMENSION, LABEL, CONSENSUS, MEAN, SPREAD, STDEV, ANSWERS = range(8)
COLUMN_COUNT = 8
DISAGREEMENT_COLOR = "#f8d7da"


def decimal(value: float | None, places: int = 1) -> str:
    """2,3 (French interface) or 2.3 (English); « — » for no value."""
    return MISSING if value is None else format_number(value, places)


@dataclass(frozen=True)
class Row:
    number: str  # "2.5": dimension number, item position
    position: int
    dimension_id: str
    dimension: str
    item: Item
    result: ItemResult


class ItemResultsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._lang = "fr"
        self._levels: tuple[str, ...] = ()

    def set_results(
        self, questionnaire: Questionnaire, results: Mapping[str, ItemResult], lang: str
    ) -> None:
        self.beginResetModel()
        self._lang = lang
        self._levels = tuple(t.get(lang) for t in questionnaire.maturity_labels)
        self._rows = []
        for dimension in questionnaire.dimensions:
            for n, item in enumerate(dimension.items, start=1):
                if item.id in results:
                    self._rows.append(
                        Row(
                            f"{dimension.number}.{n}",
                            len(self._rows),
                            dimension.id,
                            dimension.title.get(lang),
                            item,
                            results[item.id],
                        )
                    )
        self.endResetModel()

    def row(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("N°"),
                self.tr("Dimension"),
                self.tr("Élément"),
                self.tr("Consensus"),
                self.tr("Moyenne"),
                self.tr("Écart"),
                self.tr("Écart-type"),
                self.tr("Réponses"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                CONSENSUS: self.tr("Niveau retenu par l'équipe (0 à 3)"),
                MEAN: self.tr("Moyenne des niveaux donnés par les participants"),
                SPREAD: self.tr("Écart entre la réponse la plus haute et la plus basse"),
                STDEV: self.tr("Écart-type des réponses des participants"),
                ANSWERS: self.tr("Réponses données (et « non concerné »)"),
            }.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        r, column = row.result, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ITEM_ID_ROLE:
            return row.item.id
        if role == DIMENSION_ROLE:
            return row.dimension_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.item.label.get(self._lang)}\n({row.item.source.cite()})"
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (DIMENSION, LABEL):
            return int(Qt.AlignmentFlag.AlignCenter)
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and r.strong_disagreement
            and column in (SPREAD, STDEV)
        ):
            return QColor(DISAGREEMENT_COLOR)
        return None

    def _display(self, row: Row, column: int) -> str:
        r = row.result
        if column == NUMBER:
            return row.number
        if column == DIMENSION:
            return row.dimension
        if column == LABEL:
            return row.item.label.get(self._lang)
        if column == CONSENSUS:
            if r.consensus_not_applicable:
                return self.tr("non concerné")
            if r.consensus is None:
                return "—"
            label = self._levels[r.consensus] if r.consensus < len(self._levels) else ""
            return f"{r.consensus} · {label}" if label else str(r.consensus)
        if column == MEAN:
            return decimal(r.mean)
        if column == SPREAD:
            return "—" if r.spread is None else str(r.spread)
        if column == STDEV:
            return decimal(r.stdev, 2)
        answered = str(len(r.values))
        if not r.not_applicable_count:
            return answered
        # "n.c.": non concerné, the answers "not applicable"
        return (
            self.tr("%1 (+%2 n.c.)")
            .replace("%1", answered)
            .replace("%2", str(r.not_applicable_count))
        )

    def _sort_key(self, row: Row, column: int) -> Any:
        r = row.result
        missing = -1.0  # unanswered sorts below every level
        if column == NUMBER:
            return row.position
        if column in (DIMENSION, LABEL):
            return self._display(row, column).casefold()
        if column == CONSENSUS:
            return missing if r.consensus is None else float(r.consensus)
        if column == MEAN:
            return missing if r.mean is None else r.mean
        if column == SPREAD:
            return missing if r.spread is None else r.disagreement  # ties: by stdev
        if column == STDEV:
            return missing if r.stdev is None else r.stdev
        return len(r.values)


class ItemResultsProxy(ItemTableProxy):
    """Sorts on SORT_ROLE; shows one dimension, or only strong disagreements."""

    def set_strong_only(self, on: bool) -> None:
        self._set_marked_only(on)

    def _source_row(self, source_row: int) -> tuple[str, bool] | None:
        model = self.sourceModel()
        if not isinstance(model, ItemResultsModel):
            return None
        row = model.row(source_row)
        return row.dimension_id, row.result.strong_disagreement
