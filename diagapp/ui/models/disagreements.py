"""Items sorted by disagreement among participants, strong disagreements first
(domain.scoring: spread of two levels or more)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from diagapp.domain import scoring
from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import Item, Questionnaire
from diagapp.ui.formats import format_level

_Index = QModelIndex | QPersistentModelIndex

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole
STRONG_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("DisagreementModel", "Élément")),
    str(QT_TRANSLATE_NOOP("DisagreementModel", "Écart")),
    str(QT_TRANSLATE_NOOP("DisagreementModel", "Moyenne")),
    str(QT_TRANSLATE_NOOP("DisagreementModel", "Consensus")),
)
STRONG_BACKGROUND = QColor("#fbd9b5")  # warm, readable on a projector
STRONG_FOREGROUND = QColor("#3a2000")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DisagreementModel", text)


class DisagreementModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Item, scoring.ItemResult, int]] = []  # item, result, dimension no
        self.lang = "fr"

    def set_assessment(
        self, assessment: Assessment | None, questionnaire: Questionnaire, lang: str
    ) -> None:
        self.beginResetModel()
        self.lang = lang
        self.rows = []
        if assessment is not None:
            results = scoring.item_results(assessment, questionnaire)
            numbers = {i.id: d.number for d in questionnaire.dimensions for i in d.items}
            order = {item.id: n for n, item in enumerate(questionnaire.items)}
            for result in scoring.disagreements(results, order=order):
                item = questionnaire.item(result.item_id)
                self.rows.append((item, result, numbers[item.id]))
        self.endResetModel()

    def item_id(self, row: int) -> str | None:
        return self.rows[row][0].id if 0 <= row < len(self.rows) else None

    def row_of(self, item_id: str) -> int | None:
        return next((r for r, (item, _res, _n) in enumerate(self.rows) if item.id == item_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  # Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return _tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item, result, number = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, result, number, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return item.label.get(self.lang)
        if role == ITEM_ID_ROLE:
            return item.id
        if role == STRONG_ROLE:
            return result.strong_disagreement
        if role == Qt.ItemDataRole.BackgroundRole and result.strong_disagreement:
            return QBrush(STRONG_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and result.strong_disagreement:
            return QBrush(STRONG_FOREGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, item: Item, result: scoring.ItemResult, number: int, column: int) -> str:
        if column == 0:
            return f"{number}. {item.label.get(self.lang)}"
        if column == 1:
            if result.spread is None:
                return "—"
            return ("⚠ " if result.strong_disagreement else "") + str(result.spread)
        if column == 2:
            if result.mean is None:
                return "—"
            return format_level(result.mean)
        if result.consensus_not_applicable:
            return QCoreApplication.translate("DisagreementModel", "Non concerné")
        return "—" if result.consensus is None else str(result.consensus)
