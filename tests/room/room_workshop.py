"""The workshop the room tests open: a fresh database, one assessment, two participants."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from diagapp.services import assessments
from diagapp.services.workspace import Workspace


@dataclass
class Workshop:
    workspace: Workspace
    assessment_id: int
    alice: int
    bruno: int

    @property
    def db(self) -> Any:
        return self.workspace.db

    def stored(self, participant_id: int | None) -> dict[str, tuple[int | None, bool, str, str]]:
        """item -> (level, not applicable, evidence, private note) as the window reads them."""
        loaded = assessments.load_assessment(self.db, self.assessment_id)
        return {
            a.item_id: (a.value, a.not_applicable, a.evidence, a.private_note)
            for a in loaded.answers
            if a.participant_id == participant_id
        }
