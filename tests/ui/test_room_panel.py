"""« Mode salle »: the real panel opens the room on the chosen address, shows address, QR code
and code, counts the phones, follows each participant, closes joining, then the workshop; the
deliberation fills as the phones answer."""

from __future__ import annotations

import datetime as dt
import http.client
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlencode

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from diagapp.room import server as room_server
from diagapp.services import answers, assessments, catalog
from diagapp.services.workspace import open_workspace
from diagapp.ui.dialogs.room_panel import RoomPanel
from diagapp.ui.pages.deliberation import DeliberationPage
from diagapp.ui.workshop import Workshop

if TYPE_CHECKING:
    from conftest import ShowPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ITEM = catalog.questionnaire().items[0].id


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Workshop]:
    workspace = open_workspace(tmp_path / "salle.sqlite")
    db = workspace.db
    dynamic = assessments.create_dynamic(db, name="PAT du Val")
    assessment = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2026, 6, 1))
    for name, college in (("Alice Martin", "Habitants"), ("Bruno Petit", "Élus")):
        answers.add_participant(db, assessment_id=assessment, name=name, college=college)
    shop = Workshop(workspace)
    shop.set_assessment(assessment)
    yield shop
    workspace.close()


class Phone:
    """A phone's HTTP requests with its own cookie."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port, self.cookie = host, port, ""

    def send(self, method: str, path: str, body: bytes, kind: str) -> int:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        headers = {"Content-Type": kind, **({"Cookie": self.cookie} if self.cookie else {})}
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        set_cookie = response.getheader("Set-Cookie")
        if set_cookie:
            self.cookie = set_cookie.split(";")[0]
        conn.close()
        return response.status

    def pick(self, code: str, participant: int) -> int:
        body = urlencode({"code": code, "participant": str(participant)}).encode()
        return self.send("POST", "/pick", body, "application/x-www-form-urlencoded")

    def answer(self, level: int) -> int:
        body = json.dumps({"item": ITEM, "level": level}).encode()
        return self.send("POST", "/api/answer", body, "application/json")


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_the_room_panel_runs_a_workshop_from_phones(
    workshop: Workshop,
    qtbot: QtBot,
    show_page: ShowPage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(room_server, "CLOSING_GRACE_S", 0.3)
    window = show_page(QWidget())
    deliberation = show_page(DeliberationPage(workshop))
    panel = RoomPanel(workshop, window)  # the window's child: closed with it
    panel.show()

    # the laptop's addresses, one at a time, never every interface; nothing runs yet
    offered = [panel.network.itemData(i) for i in range(panel.network.count())]
    assert "127.0.0.1" in offered and "0.0.0.0" not in offered
    assert panel.network.currentData() == offered[0]
    assert not panel.address.isVisible() and panel.server is None

    # tests only ever talk to this computer: choose the loopback address
    panel.network.setCurrentIndex(offered.index("127.0.0.1"))
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert panel.server is not None and panel.server.running
    port = panel.server.port
    code = panel.server.room.join_code
    assert panel.address.text() == f"http://127.0.0.1:{port}/"
    assert panel.code.text() == f"Code : {code}"
    assert not panel.qr.pixmap().isNull() and panel.qr.pixmap().width() >= 200
    assert not panel.network.isEnabled()

    # two phones join and disagree: the panel counts them, the deliberation shows it live
    people = workshop.assessment().participants  # type: ignore[union-attr]
    alice, bruno = Phone("127.0.0.1", port), Phone("127.0.0.1", port)
    assert alice.pick(code, people[0].id) == 303
    assert bruno.pick(code, people[1].id) == 303
    qtbot.waitUntil(lambda: panel.connected.text().startswith("2 téléphone(s) connecté(s)"))
    assert alice.answer(0) == 200
    assert bruno.answer(3) == 200
    qtbot.waitUntil(lambda: panel.progress.item(0, 1).text() == "1 / 56")
    assert panel.progress.item(1, 1).text() == "1 / 56"
    assert "connecté·e" in panel.progress.item(0, 0).text()
    qtbot.waitUntil(lambda: deliberation.strong_count.text().startswith("1 désaccord"))
    row = next(r for r in deliberation.model.rows if r[0].id == ITEM)
    assert sorted(row[1].values) == [0, 3]

    # Alice changes phone: her name is taken until the facilitator frees it
    new_phone = Phone("127.0.0.1", port)
    assert new_phone.pick(code, people[0].id) == 409
    assert not panel.release.isEnabled()
    panel.progress.selectRow(0)
    assert panel.release.isEnabled()
    qtbot.mouseClick(panel.release, Qt.MouseButton.LeftButton)
    assert panel.connected.text().startswith("1 téléphone(s) connecté(s)")
    assert alice.answer(2) == 401  # the old phone writes nothing any more
    assert new_phone.pick(code, people[0].id) == 303
    alice = new_phone

    # « Fermer les inscriptions »: the phones inside go on, a newcomer is refused
    qtbot.mouseClick(panel.close_joining, Qt.MouseButton.LeftButton)
    assert "inscriptions fermées" in panel.connected.text()
    assert Phone("127.0.0.1", port).pick(code, people[1].id) == 403
    assert alice.answer(1) == 200

    # « Fermer l'atelier »: the end page at once, then nothing listens
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert alice.answer(2) == 410
    qtbot.waitUntil(lambda: not _listening(port), timeout=5000)
    assert panel.server is None and panel.network.isEnabled()
    stored = {
        a.participant_id: a.value
        for a in assessments.load_assessment(workshop.db, workshop.assessment_id).answers  # type: ignore[arg-type]
        if a.item_id == ITEM
    }
    assert stored == {people[0].id: 1, people[1].id: 3}


def test_the_room_stops_with_the_window(workshop: Workshop, qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    panel = RoomPanel(workshop, window)
    panel.network.setCurrentIndex(panel.network.findData("127.0.0.1"))
    assert panel.open_room()
    port = panel.server.port
    assert _listening(port)
    window.close()
    assert not _listening(port)
