"""The open workshop's shared state: the database, the current assessment, the active
participant, the language. Pages listen to its signals instead of to each other."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from diagapp.domain.errors import DiagappError
from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import Questionnaire
from diagapp.services import assessments, catalog
from diagapp.services.workspace import Workspace


class Workshop(QObject):
    assessment_changed = Signal(object)  # int | None
    participant_changed = Signal(object)  # int | None (None: the consensus)
    data_changed = Signal(str)  # "answers", "participants", "fields", "funding", "decisions"…
    saved = Signal()  # something was written to the database
    failed = Signal(str)  # a clear French message for the user
    language_changed = Signal(str)

    def __init__(
        self, workspace: Workspace, lang: str = "fr", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.lang = lang
        self.assessment_id: int | None = None
        self.participant_id: int | None = None
        self._snapshot: Assessment | None = None
        self.data_changed.connect(self._forget)

    @property
    def db(self) -> Any:
        return self.workspace.db

    def _forget(self, _what: str = "") -> None:
        self._snapshot = None

    def set_assessment(self, assessment_id: int | None) -> None:
        self.assessment_id = assessment_id
        self.participant_id = None
        self._forget()
        self.assessment_changed.emit(assessment_id)
        self.participant_changed.emit(None)

    def set_participant(self, participant_id: int | None) -> None:
        if participant_id != self.participant_id:
            self.participant_id = participant_id
            self.participant_changed.emit(participant_id)

    def set_language(self, lang: str) -> None:
        if lang != self.lang:
            self.lang = lang
            self.language_changed.emit(lang)

    def assessment(self) -> Assessment | None:
        """The current assessment as frozen data (reloaded after each change)."""
        if self.assessment_id is None:
            return None
        if self._snapshot is None:
            self._snapshot = assessments.load_assessment(self.db, self.assessment_id)
        return self._snapshot

    def questionnaire(self) -> Questionnaire:
        current = self.assessment()
        return catalog.questionnaire(current.questionnaire_version if current else None)

    def save(self, what: str, action: Callable[..., Any], /, **kwargs: Any) -> Any:
        """Run a service call that writes; report success (saved) or a clear failure (failed).

        Returns the service's result, or None when it failed.
        """
        try:
            result = action(self.db, **kwargs)
        except DiagappError as exc:
            self.failed.emit(str(exc))
            return None
        self.data_changed.emit(what)
        self.saved.emit()
        return result
