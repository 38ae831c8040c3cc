"""The reread listed in « Envoyer aux financeurs » before the PDF is written (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from diagapp.services import answers, reread
from diagapp.ui.dialogs import ask
from diagapp.ui.dialogs import export_pdf as dialog
from diagapp.ui.dialogs.reread_panel import RereadPanel
from diagapp.ui.workshop import Workshop


def _texts(panel: RereadPanel) -> list[str]:
    return [panel.findings.item(i).text() for i in range(panel.findings.count())]


def test_the_export_dialog_lists_the_reread_before_export(
    qtbot: QtBot, workshop: Workshop, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[dialog.ExportDialog] = []

    def look(box: dialog.ExportDialog) -> int:
        shown.append(box)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialog.ExportDialog, "exec", look)
    monkeypatch.setattr(dialog, "documents_dir", lambda: tmp_path)
    assert dialog.ask_export(None, workshop) is None
    panel = shown[0].findChild(RereadPanel)
    assert panel is not None
    # The demo's last workshop: nothing to fix, two points to check.
    assert panel.summary.text() == "Rien à corriger ; quelques points à vérifier."
    assert [t.split("]")[0] for t in _texts(panel)] == ["[À vérifier", "[À vérifier"]


def test_a_point_to_fix_is_shown_then_accepted_with_a_note(
    qtbot: QtBot, workshop: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    aid = workshop.assessment_id
    assert aid is not None
    answers.record_answer(
        workshop.db,
        assessment_id=aid,
        participant_id=None,
        item_id="impact.effets_negatifs",
        value=3,
        evidence="",
    )
    panel = RereadPanel(db=workshop.db, assessment_id=aid)
    qtbot.addWidget(panel)
    assert panel.summary.text().startswith("1 point(s) à corriger")
    assert _texts(panel)[0].startswith("[À corriger] Niveau le plus haut sans preuve — 4.4")
    assert not panel.accept_button.isEnabled()
    panel.findings.setCurrentRow(0)
    assert panel.accept_button.isEnabled()
    monkeypatch.setattr(ask, "text", lambda *_args: "Bilan des effets négatifs en annexe.")
    panel.accept_button.click()
    assert panel.summary.text() == "Rien à corriger ; quelques points à vérifier."
    assert _texts(panel)[0].startswith("[À corriger (accepté)] Niveau le plus haut sans preuve")
    kept = reread.reread(workshop.db, assessment_id=aid)
    accepted = [f for f in kept.findings if f.accepted]
    assert [(f.subject, f.note) for f in accepted] == [
        ("impact.effets_negatifs", "Bilan des effets négatifs en annexe.")
    ]


def test_cancelling_the_note_accepts_nothing(
    qtbot: QtBot, workshop: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    aid = workshop.assessment_id
    assert aid is not None
    panel = RereadPanel(db=workshop.db, assessment_id=aid)
    qtbot.addWidget(panel)
    panel.findings.setCurrentRow(0)
    monkeypatch.setattr(ask, "text", lambda *_args: None)
    assert panel.accept_selected() is False
    assert not any(f.accepted for f in reread.reread(workshop.db, assessment_id=aid).findings)
