"""Start page: dynamics and their assessments, creating and opening them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from diagapp.services import assessments
from diagapp.services.workspace import Workspace, open_workspace
from diagapp.ui.dialogs import ask, new_assessment
from diagapp.ui.dialogs.new_assessment import NewAssessment, NewAssessmentDialog
from diagapp.ui.pages.start import StartPage
from diagapp.ui.workshop import Workshop

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = open_workspace(tmp_path / "start.sqlite")
    yield opened
    opened.close()


def make_page(workspace: Workspace, qtbot: QtBot) -> StartPage:
    page = StartPage(Workshop(workspace))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def test_an_empty_database_says_how_to_begin(workspace: Workspace, qtbot: QtBot) -> None:
    page = make_page(workspace, qtbot)
    assert page.empty.isVisible()
    assert "Nouvelle dynamique" in page.empty.text()
    assert page.tree.topLevelItemCount() == 0
    assert not page.new_assessment_button.isEnabled()
    assert not page.open_button.isEnabled()


def test_the_workshop_steps_name_room_mode_objectives_the_roadmap_and_the_funders_report(
    workspace: Workspace, qtbot: QtBot
) -> None:
    """A new facilitator reads on the start page where each part of the workshop lives."""
    steps = make_page(workspace, qtbot).steps.text()
    assert "<b>mode salle</b> (menu Atelier)" in steps
    assert "<b>objectifs</b>" in steps
    assert "<b>Feuille de route</b>" in steps and "commence par leur revue" in steps
    assert "« Envoyer aux financeurs (PDF)… » (Ctrl+P)" in steps


def test_the_demo_lists_its_assessments(demo_path: Path, qtbot: QtBot) -> None:
    opened = open_workspace(demo_path)
    try:
        page = make_page(opened, qtbot)
        top = page.tree.topLevelItem(0)
        assert top is not None
        assert top.text(0) == "Pôle coopératif du Haut-Vallon"
        assert top.childCount() == 3
        newest = top.child(0)
        assert newest is not None
        summary = assessments.list_dynamics(opened.db)[0].assessments[-1]
        assert newest.text(0) == summary.label
        assert newest.text(1) == summary.date.strftime("%d/%m/%Y")
        assert newest.text(3) == f"{summary.completion * 100:.0f}\u202f%"
        assert newest.text(4) == "9"
        assert not page.empty.isVisible()
    finally:
        opened.close()


def test_create_a_dynamic_then_its_first_assessment(
    workspace: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(workspace, qtbot)
    monkeypatch.setattr(ask, "text", lambda *_a, **_k: "Tiers-lieu La Fabrique")
    page.new_dynamic_button.click()
    dynamics = assessments.list_dynamics(workspace.db)
    assert [d.name for d in dynamics] == ["Tiers-lieu La Fabrique"]
    assert page.selected() == ("dynamic", dynamics[0].id)
    offered: list[str | None] = []

    def choose(_parent: object, _name: str, previous: str | None) -> NewAssessment:
        offered.append(previous)
        return NewAssessment(dt.date(2025, 4, 2), "Atelier de printemps", copy_forward=False)

    monkeypatch.setattr(new_assessment, "ask_new_assessment", choose)
    created = page.create_assessment()
    assert offered == [None]  # nothing to copy from yet
    assert created is not None
    assert page.workshop.assessment_id == created
    summary = assessments.list_dynamics(workspace.db)[0].assessments[0]
    assert (summary.label, summary.date) == ("Atelier de printemps", dt.date(2025, 4, 2))


def test_next_year_starts_from_last_years_answers(
    demo_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = open_workspace(demo_path)
    try:
        page = make_page(opened, qtbot)
        dynamic = assessments.list_dynamics(opened.db)[0]
        last = dynamic.assessments[-1]
        page.select("dynamic", dynamic.id)
        monkeypatch.setattr(
            new_assessment,
            "ask_new_assessment",
            lambda _p, _n, previous: NewAssessment(
                dt.date(2027, 3, 1), "Atelier 2027", previous is not None
            ),
        )
        created = page.create_assessment()
        assert created is not None
        copied = assessments.load_assessment(opened.db, created)
        assert len(copied.participants) == 9
        assert copied.answers and all(a.to_review for a in copied.answers)
        assert page.tree.topLevelItem(0).child(0).text(0) == "Atelier 2027"  # type: ignore[union-attr]
        assert last.id != created
    finally:
        opened.close()


def test_the_real_dialog_copies_last_years_work_by_default(demo_path: Path, qtbot: QtBot) -> None:
    """« Partir des réponses de … » is ticked by default: pressing « Créer » in the real
    dialog brings last year's participants, consensus, funding and governance along."""
    opened = open_workspace(demo_path)
    try:
        page = make_page(opened, qtbot)
        dynamic = assessments.list_dynamics(opened.db)[0]
        last = assessments.load_assessment(opened.db, dynamic.assessments[-1].id)
        page.select("dynamic", dynamic.id)
        seen: list[bool] = []

        def press_create() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, NewAssessmentDialog)
            seen.append(dialog.copy.isChecked())
            dialog.date.setDate(QDate(2027, 3, 1))
            buttons = dialog.findChild(QDialogButtonBox)
            assert buttons is not None
            buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        QTimer.singleShot(0, press_create)
        created = page.create_assessment()
        assert seen == [True]
        assert created is not None and created != last.id
        copied = assessments.load_assessment(opened.db, created)
        assert copied.date == dt.date(2027, 3, 1)
        assert [p.name for p in copied.participants] == [p.name for p in last.participants]
        consensus = [a for a in copied.answers if a.participant_id is None]
        assert len(consensus) == len([a for a in last.answers if a.participant_id is None])
        assert consensus and all(a.to_review for a in consensus)
        assert [s.name for s in copied.structures] == [s.name for s in last.structures]
        assert copied.structures and copied.structures[0].cells == last.structures[0].cells
        governance = {k: v for k, v in last.fields.items() if k.startswith("governance.")}
        assert governance
        assert {k: copied.fields.get(k) for k in governance} == governance
    finally:
        opened.close()


def test_cancelling_creates_nothing(
    workspace: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(workspace, qtbot)
    monkeypatch.setattr(ask, "text", lambda *_a, **_k: None)
    assert page.create_dynamic() is None
    assert assessments.list_dynamics(workspace.db) == []


def test_open_and_mark_done(demo_path: Path, qtbot: QtBot) -> None:
    opened = open_workspace(demo_path)
    try:
        page = make_page(opened, qtbot)
        first = assessments.list_dynamics(opened.db)[0].assessments[0]
        page.select("assessment", first.id)
        page.open_button.click()
        assert page.workshop.assessment_id == first.id
        page.select("assessment", first.id)
        assert first.status == "done"  # the demo's past workshops are closed
        assert page.tree.currentItem().text(2) == "Terminée"  # type: ignore[union-attr]
        assert page.status_button.text() == "Rouvrir (en cours)"
        page.status_button.click()
        assert assessments.list_dynamics(opened.db)[0].assessments[0].status == "draft"
        assert page.tree.currentItem().text(2) == "En cours"  # type: ignore[union-attr]
        assert page.status_button.text() == "Marquer comme terminée"
    finally:
        opened.close()


@pytest.fixture
def mistaken(workspace: Workspace) -> tuple[int, int]:
    """A dynamic with this year's assessment and one created by mistake (with a participant)."""
    db = workspace.db
    dynamic = assessments.create_dynamic(db, name="Tiers-lieu des Tilleuls")
    kept = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2025, 3, 1))
    wrong = assessments.create_assessment(
        db, dynamic_id=dynamic, date=dt.date(2025, 3, 2), label="Essai par erreur"
    )
    from diagapp.services import answers

    answers.add_participant(db, assessment_id=wrong, name="Alice", college="Habitants")
    return kept, wrong


def test_an_assessment_made_by_mistake_can_be_renamed(
    workspace: Workspace, mistaken: tuple[int, int], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _kept, wrong = mistaken
    page = make_page(workspace, qtbot)
    page.select("assessment", wrong)
    assert page.rename_button.isEnabled()
    monkeypatch.setattr(ask, "text", lambda *_a, **_k: "  Atelier de printemps ")
    assert page.rename_selected()
    assert assessments.load_assessment(workspace.db, wrong).label == "Atelier de printemps"
    monkeypatch.setattr(ask, "text", lambda *_a, **_k: "   ")  # empty: nothing changes
    assert not page.rename_selected()
    assert assessments.load_assessment(workspace.db, wrong).label == "Atelier de printemps"


def test_deleting_an_assessment_asks_first_and_keeps_a_copy(
    workspace: Workspace,
    mistaken: tuple[int, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str, str]],
) -> None:
    import sqlite3

    kept, wrong = mistaken
    page = make_page(workspace, qtbot)
    page.workshop.set_assessment(wrong)
    page.select("assessment", wrong)
    asked: list[str] = []

    def answer(answer: bool) -> None:
        monkeypatch.setattr(
            ask, "confirm", lambda _p, question, **_k: asked.append(question) or answer
        )

    answer(False)  # « Annuler »: nothing is deleted
    assert not page.delete_selected()
    assert "Essai par erreur" in asked[0] and "1 participant" in asked[0]
    assert {a.id for a in assessments.list_dynamics(workspace.db)[0].assessments} == {kept, wrong}

    answer(True)
    assert page.delete_selected()
    assert {a.id for a in assessments.list_dynamics(workspace.db)[0].assessments} == {kept}
    assert page.workshop.assessment_id is None  # no longer open on a deleted assessment
    kind, _title, text = messages[-1]
    assert kind == "inform"
    copy = Path(text.rsplit(" : ", 1)[1])
    with sqlite3.connect(copy) as con:  # the copy still holds what was deleted
        labels = {label for (label,) in con.execute("SELECT label FROM assessments")}
    assert "Essai par erreur" in labels


def test_a_finished_assessment_says_so_on_its_pages_and_reopens(
    workspace: Workspace, mistaken: tuple[int, int], qtbot: QtBot
) -> None:
    from diagapp.domain.model import STATUS_DONE, STATUS_DRAFT
    from diagapp.ui.pages.participants import ParticipantsPage

    kept, _wrong = mistaken
    assessments.set_status(workspace.db, assessment_id=kept, status=STATUS_DONE)
    shop = Workshop(workspace)
    shop.set_assessment(kept)
    page = ParticipantsPage(shop)
    qtbot.addWidget(page)
    page.show()
    assert page.done_banner.isVisible()
    assert "Terminée" in page.done_banner.text.text()
    page.done_banner.reopen_button.click()
    assert assessments.load_assessment(workspace.db, kept).status == STATUS_DRAFT
    assert not page.done_banner.isVisible()
    assessments.set_status(workspace.db, assessment_id=kept, status=STATUS_DONE)
    shop.data_changed.emit("assessments")  # marked done from the start page
    assert page.done_banner.isVisible()
