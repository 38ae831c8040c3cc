"""Participants: add, rename, pseudonymise, collège, progress, remove with confirmation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diagapp.domain.model import Assessment
from diagapp.services import answers, assessments, catalog
from diagapp.services.workspace import open_workspace
from diagapp.ui.dialogs import ask
from diagapp.ui.main_window import MainWindow
from diagapp.ui.models.participants import ParticipantsModel
from diagapp.ui.pages.participants import ParticipantsPage
from diagapp.ui.workshop import Workshop

if TYPE_CHECKING:
    from conftest import ShowPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Workshop]:
    workspace = open_workspace(tmp_path / "people.sqlite")
    dynamic = assessments.create_dynamic(workspace.db, name="Monnaie locale du Pays")
    assessment = assessments.create_assessment(
        workspace.db, dynamic_id=dynamic, date=dt.date(2025, 1, 20)
    )
    shop = Workshop(workspace)
    shop.set_assessment(assessment)
    yield shop
    workspace.close()


@pytest.fixture
def page(workshop: Workshop, show_page: ShowPage) -> ParticipantsPage:
    return show_page(ParticipantsPage(workshop), (1200, 800))


def stored(workshop: Workshop) -> Assessment:
    assert workshop.assessment_id is not None
    return assessments.load_assessment(workshop.db, workshop.assessment_id)


def test_adding_participants_from_the_form(
    page: ParticipantsPage, workshop: Workshop, qtmodeltester: object
) -> None:
    page.new_name.setText("Alice Martin")
    page.new_college.setEditText("Habitants")
    page.add_button.click()
    page.new_name.setText("Bruno Petit")
    page.new_college.setEditText("Collectivités")
    page.add_from_form()
    people = stored(workshop).participants
    assert [(p.name, p.college) for p in people] == [
        ("Alice Martin", "Habitants"),
        ("Bruno Petit", "Collectivités"),
    ]
    assert page.new_name.text() == ""
    assert page.model.rowCount() == 2
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    assert page.selected_participant() is not None
    assert page.selected_participant().name == "Bruno Petit"  # type: ignore[union-attr]
    # The collèges in use are offered first, then the report's usual ones.
    offered = [page.college_combo.itemText(i) for i in range(page.college_combo.count())]
    assert offered[:2] == ["Habitants", "Collectivités"]
    assert "Acteurs économiques" in offered


def test_an_empty_name_adds_nobody(page: ParticipantsPage, workshop: Workshop) -> None:
    page.new_name.setText("   ")
    page.add_from_form()
    assert stored(workshop).participants == ()


def test_rename_college_and_pseudonym_are_saved(page: ParticipantsPage, workshop: Workshop) -> None:
    page.add("Alice Martin", "Habitants")
    page.add("Chloé Roux", "Habitants")
    page.table.selectRow(1)
    page.name_edit.setText("Chloé Roux-Bernard")
    page.flush()
    page.college_combo.setEditText("Acteurs associatifs")
    page.flush()
    person = stored(workshop).participants[1]
    assert (person.name, person.college) == ("Chloé Roux-Bernard", "Acteurs associatifs")
    page.pseudonymise()
    assert stored(workshop).participants[1].pseudonym == "Acteurs associatifs 1"
    assert page.pseudonym_edit.text() == "Acteurs associatifs 1"
    page.table.selectRow(0)
    page.pseudonymise()
    assert stored(workshop).participants[0].pseudonym == "Habitants 1"


def test_progress_and_the_active_participant(page: ParticipantsPage, workshop: Workshop) -> None:
    alice = page.add("Alice Martin", "Habitants")
    assert alice is not None and workshop.assessment_id is not None
    for item in catalog.questionnaire().items[:5]:
        answers.record_answer(
            workshop.db,
            assessment_id=workshop.assessment_id,
            participant_id=alice,
            item_id=item.id,
            value=2,
        )
    workshop.data_changed.emit("answers")
    assert page.model.data(page.model.index(0, 3)) == "5 / 56 (9\u202f%)"  # questionnaire v2
    page.table.selectRow(0)
    page.active_button.click()
    assert workshop.participant_id == alice
    assert page.model.data(page.model.index(0, 0)).startswith("▶ ")


def test_removing_asks_first(
    page: ParticipantsPage, workshop: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.add("Alice Martin", "Habitants")
    questions: list[str] = []

    def refuse(_parent: object, question: str, **_kw: object) -> bool:
        questions.append(question)
        return False

    monkeypatch.setattr(ask, "confirm", refuse)
    page.table.selectRow(0)
    assert not page.remove_selected()
    assert len(stored(workshop).participants) == 1
    assert "Alice Martin" in questions[0]
    monkeypatch.setattr(ask, "confirm", lambda *_a, **_k: True)
    assert page.remove_selected()
    assert stored(workshop).participants == ()
    assert page.model.rowCount() == 0


def test_the_model_copes_with_no_assessment(qtmodeltester: object) -> None:
    model = ParticipantsModel()
    model.set_assessment(None, catalog.questionnaire(), None)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_enter_in_the_college_adds_the_participant(
    page: ParticipantsPage, workshop: Workshop, qtbot: QtBot
) -> None:
    before = len(page.model.participants)
    page.new_name.setText("Chloe Martin")
    page.new_college.setEditText("Habitants")
    line = page.new_college.lineEdit()
    assert line is not None
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert len(page.model.participants) == before + 1
    added = page.model.participants[-1]
    assert (added.name, added.college) == ("Chloe Martin", "Habitants")
    assert page.new_name.text() == ""


def test_answering_in_someones_name_opens_the_walk_through(
    fresh_demo_window: MainWindow,
) -> None:
    fresh_demo_window.show()
    fresh_demo_window.show_page("participants")
    page = fresh_demo_window.current_page()
    assert isinstance(page, ParticipantsPage)
    page.table.selectRow(1)
    chosen = page.selected_participant()
    assert chosen is not None
    page.active_button.click()
    assert fresh_demo_window.workshop.participant_id == chosen.id
    assert fresh_demo_window.current_key() == "walkthrough"
