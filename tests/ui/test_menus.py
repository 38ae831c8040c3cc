"""The Fichier menu reaches every export and import a facilitator needs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from diagapp.services import assessments, exchange
from diagapp.storage.database import open_database
from diagapp.ui import app
from diagapp.ui.dialogs import ask, export_pdf, forms, spreadsheets
from diagapp.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: QtBot, demo_path: Path) -> Iterator[MainWindow]:
    opened = app.open_window(demo_path, False)
    assert isinstance(opened, MainWindow)
    qtbot.addWidget(opened)
    yield opened
    opened.close()
    opened.workshop.workspace.close()


def test_export_and_form_actions_open_their_dialogs(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    called: list[str] = []
    monkeypatch.setattr(export_pdf, "open_export_dialog", lambda *_: called.append("pdf"))
    monkeypatch.setattr(spreadsheets, "export_spreadsheet", lambda *_: called.append("xlsx"))
    monkeypatch.setattr(forms, "export_participant_form", lambda *_: called.append("form"))
    monkeypatch.setattr(forms, "import_participant_forms", lambda *_: called.append("forms"))
    for name in ("send_to_funders", "export_spreadsheet", "export_form", "import_forms"):
        window.actions_by_name[name].trigger()
    assert called == ["pdf", "xlsx", "form", "forms"]
    assert window.actions_by_name["send_to_funders"].shortcut().toString() == "Ctrl+P"


def test_answers_from_another_laptop_are_imported(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another laptop: a copy of the same database where one more participant answered.
    other_path = tmp_path / "other.sqlite"
    other_path.write_bytes(window.workshop.db.path.read_bytes())
    other = open_database(other_path)
    try:
        from diagapp.services import answers

        aid = assessments.latest_assessment(other)
        pid = answers.add_participant(
            other, assessment_id=aid, name="Yann Le Goff", college="Habitants"
        )
        answers.record_answer(
            other,
            assessment_id=aid,
            participant_id=pid,
            item_id="ressort.besoin_territoire",
            value=3,
        )
        exported = exchange.export_json(other, tmp_path / "other.json")
    finally:
        other.close()
    shown: list[str] = []
    monkeypatch.setattr(ask, "inform", lambda _p, _title, text: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(exported), ""))
    window.actions_by_name["import_json"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "1 participant(s)" in shown[0]
    latest = assessments.load_assessment(window.workshop.db, aid)
    assert "Yann Le Goff" in [p.name for p in latest.participants]
