"""A fresh database with one assessment and two participants, and a room on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from room_workshop import Workshop

from diagapp.room.server import RoomServer
from diagapp.room.state import RoomState
from diagapp.services import answers, assessments
from diagapp.services.workspace import open_workspace


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
