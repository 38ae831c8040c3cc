"""Participant forms from the window: export for an absent member, import with a report."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from diagapp.services import assessments, forms
from diagapp.services.forms import COL_ANSWER, COL_EVIDENCE, COL_ID, SHEET_ITEMS
from diagapp.ui.dialogs import forms as dialogs
from diagapp.ui.workshop import Workshop

# Message boxes are replaced by a list of what they would have said.
pytestmark = pytest.mark.usefixtures("quiet")


def _lucas(workshop: Workshop) -> int:
    demo = workshop.assessment()
    assert demo is not None
    return next(p.id for p in demo.participants if p.name == "Lucas Petit")


def test_export_for_an_absent_member(
    workshop: Workshop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet: list[str]
) -> None:
    target = tmp_path / "lucas.xlsx"
    suggested: list[str] = []
    monkeypatch.setattr(dialogs, "choose_participant", lambda _p, _people, _c: _lucas(workshop))
    monkeypatch.setattr(
        dialogs, "choose_save_path", lambda _p, _t, name: suggested.append(name) or target
    )
    assert dialogs.export_participant_form(None, workshop) == target
    assert suggested == ["Formulaire Lucas Petit - Atelier 2026.xlsx"]
    book = openpyxl.load_workbook(target)
    assert "Lucas Petit" in str(book["Mode d'emploi"]["A5"].value)
    assert "Lucas Petit" in quiet[-1]


def test_import_reports_each_form(
    workshop: Workshop, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "lucas.xlsx"
    forms.export_form(
        workshop.db, assessment_id=workshop.assessment_id or 0, participant="Lucas Petit", path=good
    )
    book = openpyxl.load_workbook(good)
    sheet = book[SHEET_ITEMS]
    assert sheet.cell(row=2, column=COL_ID).value == "ressort.besoin_territoire"
    sheet.cell(row=2, column=COL_ANSWER, value="1 — Émergent")
    sheet.cell(row=2, column=COL_EVIDENCE, value="Pas encore écrit noir sur blanc.")
    sheet.cell(row=3, column=COL_ANSWER, value=9)
    book.save(good)
    older = tmp_path / "ancien.xlsx"
    first = assessments.history(workshop.db, dynamic_id=1)[0]
    forms.export_form(workshop.db, assessment_id=first, participant="Lucas Petit", path=older)

    shown: list[list[dialogs.FormOutcome]] = []
    monkeypatch.setattr(dialogs, "choose_open_paths", lambda _p, _t: [good, older])
    monkeypatch.setattr(dialogs, "show_report", lambda _p, outcome: shown.append(outcome))
    with qtbot.waitSignal(workshop.data_changed) as changed:
        outcome = dialogs.import_participant_forms(None, workshop)
    assert changed.args == ["answers"]
    assert shown == [outcome]
    report = outcome[0].report
    assert report is not None and report.count("imported") == 1 and report.count("refused") == 1
    assert outcome[1].report is None and "Atelier 2024" in outcome[1].error
    demo = workshop.assessment()
    assert demo is not None
    mine = next(
        a
        for a in demo.answers
        if a.participant_id == _lucas(workshop) and a.item_id == "ressort.besoin_territoire"
    )
    assert (mine.value, mine.evidence) == (1, "Pas encore écrit noir sur blanc.")

    dialog = dialogs.FormImportDialog(outcome)
    qtbot.addWidget(dialog)
    lines = [dialog.details.item(i).text() for i in range(dialog.details.count())]
    assert lines[0] == "lucas.xlsx"
    assert any("9 n'est pas un niveau de l'échelle" in line for line in lines)
    assert any(line.strip().startswith("Refusé : Ce formulaire concerne") for line in lines)
    assert (
        dialog.summary.text()
    ) == "2 formulaire(s) lu(s) : 1 réponse(s) importée(s), 1 formulaire(s) refusé(s)."
