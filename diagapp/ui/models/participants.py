"""The assessment's participants as a table: name, pseudonym, collège, progress."""

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

from diagapp.domain import scoring
from diagapp.domain.model import Assessment, Participant
from diagapp.domain.questionnaire import Questionnaire
from diagapp.ui.formats import format_percent

_Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole

COLUMNS: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("ParticipantsModel", "Nom")),
    str(QT_TRANSLATE_NOOP("ParticipantsModel", "Pseudonyme")),
    str(QT_TRANSLATE_NOOP("ParticipantsModel", "Collège")),
    str(QT_TRANSLATE_NOOP("ParticipantsModel", "Avancement")),
)
ACTIVE_MARK = "▶ "  # the participant who answers in the walk-through


class ParticipantsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.participants: tuple[Participant, ...] = ()
        self.progress: dict[int, tuple[int, int]] = {}
        self.active: int | None = None

    def set_assessment(
        self, assessment: Assessment | None, questionnaire: Questionnaire, active: int | None
    ) -> None:
        self.beginResetModel()
        self.participants = assessment.participants if assessment else ()
        self.progress = {
            p.id: scoring.participant_progress(assessment, questionnaire, p.id)
            for p in self.participants
            if assessment is not None
        }
        self.active = active
        self.endResetModel()

    def set_active(self, active: int | None) -> None:
        self.active = active
        if self.participants:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.participants) - 1, len(COLUMNS) - 1),
                [Qt.ItemDataRole.DisplayRole],
            )

    def row_of(self, participant_id: int) -> int | None:
        return next((i for i, p in enumerate(self.participants) if p.id == participant_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  # Qt's signature
        return 0 if parent.isValid() else len(self.participants)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("ParticipantsModel", COLUMNS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.participants):
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.participants):
            return None
        participant = self.participants[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                mark = ACTIVE_MARK if participant.id == self.active else ""
                return mark + participant.name
            if column == 1:
                return participant.pseudonym
            if column == 2:
                return participant.college
            if column == 3:
                done, total = self.progress.get(participant.id, (0, 0))
                return f"{done} / {total} ({format_percent(done / total if total else 0)})"
        if role == ID_ROLE:
            return participant.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
