"""The open workshop's shared state: the database, the current assessment, the active
participant, the language. Pages listen to its signals instead of to each other.

At start-up the workshop exists before its database is open (workspace None): the window
shows at once and the database opens behind it (app.run), then `attach` completes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from diagapp.domain.errors import DiagappError

if TYPE_CHECKING:  # the services (and SQLAlchemy) load after the window shows
    from diagapp.domain.model import Assessment
    from diagapp.domain.questionnaire import Questionnaire
    from diagapp.services.workspace import Workspace


class Workshop(QObject):
    assessment_changed = Signal(object)  # int | None
    participant_changed = Signal(object)  # int | None (None: the consensus)
    data_changed = Signal(str)  # "answers", "participants", "fields", "funding", "decisions"…
    saved = Signal()  # something was written to the database
    failed = Signal(str)  # a clear French message for the user
    language_changed = Signal(str)
    opened = Signal()  # the database was attached (start-up)

    def __init__(
        self, workspace: Workspace | None, lang: str = "fr", parent: QObject | None = None
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
        if self.workspace is None:
            raise RuntimeError("the workshop's database is not open yet")
        return self.workspace.db

    def is_open(self) -> bool:
        return self.workspace is not None

    def attach(self, workspace: Workspace) -> None:
        """The database opened after the window showed."""
        self.workspace = workspace
        self._forget()
        self.opened.emit()

    def _forget(self, _what: str = "") -> None:
        self._snapshot = None

    def set_assessment(self, assessment_id: int | None) -> None:
        self.assessment_id = assessment_id
        self.participant_id = None
        self._forget()
        self.assessment_changed.emit(assessment_id)
        self.participant_changed.emit(None)

    def start_with_a_participant(self) -> None:
        """On opening an assessment, the walk-through answers for its first participant:
        the team's consensus is settled in the deliberation, not typed by mistake here."""
        current = self.assessment()
        if current is not None and current.participants:
            self.set_participant(current.participants[0].id)

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
            from diagapp.services import assessments

            self._snapshot = assessments.load_assessment(self.db, self.assessment_id)
        return self._snapshot

    def questionnaire(self) -> Questionnaire:
        from diagapp.services import catalog

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
