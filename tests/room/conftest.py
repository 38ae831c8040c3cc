"""A fresh database with one assessment and two participants, and a room on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from diagapp.room.server import RoomServer
from diagapp.room.state import RoomState
from diagapp.services import answers, assessments
from diagapp.services.workspace import Workspace, open_workspace


@dataclass
class Workshop:
    workspace: Workspace
    assessment_id: int
    alice: int
    bruno: int

    @property
    def db(self):  # type: ignore[no-untyped-def]
        return self.workspace.db

    def stored(self, participant_id: int | None) -> dict[str, tuple[int | None, bool, str, str]]:
        """item -> (level, not applicable, evidence, private note) as the window reads them."""
        loaded = assessments.load_assessment(self.db, self.assessment_id)
        return {
            a.item_id: (a.value, a.not_applicable, a.evidence, a.private_note)
            for a in loaded.answers
            if a.participant_id == participant_id
        }


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Workshop]:
    ws = open_workspace(tmp_path / "room.sqlite")
    dynamic = assessments.create_dynamic(ws.db, name="Territoire zéro chômeur")
    aid = assessments.create_assessment(ws.db, dynamic_id=dynamic, date=dt.date(2026, 3, 12))
    alice = answers.add_participant(ws.db, assessment_id=aid, name="Alice", college="Habitants")
    bruno = answers.add_participant(ws.db, assessment_id=aid, name="Bruno", college="Élus")
    yield Workshop(ws, aid, alice, bruno)
    ws.close()


@pytest.fixture
def room_server(workshop: Workshop) -> Iterator[RoomServer]:
    server = RoomServer(workshop.db, RoomState(workshop.assessment_id), address="127.0.0.1", port=0)
    server.start()
    yield server
    server.stop()
