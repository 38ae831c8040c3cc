"""The walk-through: the scale shown in full, answers saved at once for the active
participant or the consensus, keyboard operation, typing never lost."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from diagapp.domain.model import Answer
from diagapp.services import answers, assessments, catalog
from diagapp.services.workspace import open_workspace
from diagapp.ui.main_window import MainWindow
from diagapp.ui.pages.walkthrough import WalkthroughPage
from diagapp.ui.workshop import Workshop

if TYPE_CHECKING:
    from conftest import ShowPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Workshop]:
    workspace = open_workspace(tmp_path / "walk.sqlite")
    db = workspace.db
    dynamic = assessments.create_dynamic(db, name="Tiers-lieu des Tilleuls")
    assessment = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2025, 3, 1))
    for name, college in (("Alice", "Habitants"), ("Bruno", "Collectivités")):
        answers.add_participant(db, assessment_id=assessment, name=name, college=college)
    shop = Workshop(workspace)
    shop.set_assessment(assessment)
    yield shop
    workspace.close()


@pytest.fixture
def page(workshop: Workshop, qtbot: QtBot, show_page: ShowPage) -> WalkthroughPage:
    widget = show_page(WalkthroughPage(workshop), (1200, 900))
    qtbot.waitExposed(widget)
    return widget


def stored(workshop: Workshop, item_id: str, participant_id: int | None) -> Answer | None:
    assert workshop.assessment_id is not None
    snapshot = assessments.load_assessment(workshop.db, workshop.assessment_id)
    return next(
        (
            a
            for a in snapshot.answers
            if a.item_id == item_id and a.participant_id == participant_id
        ),
        None,
    )


def participant_ids(workshop: Workshop) -> list[int]:
    current = workshop.assessment()
    assert current is not None
    return [p.id for p in current.participants]


def test_the_first_item_shows_its_scale_in_full(page: WalkthroughPage) -> None:
    first = catalog.questionnaire().items[0]
    assert page.item is not None and page.item.id == first.id
    cards = page.scale.cards
    assert [c.value for c in cards] == [0, 1, 2, 3]
    assert [c.description.text() for c in cards] == [lv.text.fr for lv in first.levels]
    assert cards[2].radio.text() == "2 · En place"
    assert page.position.text() == "Dimension 1 · Le ressort — élément 1 sur 10"
    assert first.label.fr in page.item_label.text()
    assert "Note privée (jamais dans le PDF)" in page.notes.labels["private_note"].text()
    assert "Justification pour les financeurs" in page.notes.labels["justification"].text()
    assert page.respondent.currentText() == "Consensus de l’équipe"


def test_clicking_a_level_saves_it_for_the_active_participant(
    page: WalkthroughPage, workshop: Workshop
) -> None:
    alice, bruno = participant_ids(workshop)
    workshop.set_participant(alice)
    assert page.respondent.currentData() == alice
    page.scale.cards[3].radio.click()
    item = page.item
    assert item is not None
    answer = stored(workshop, item.id, alice)
    assert answer is not None and answer.value == 3
    assert stored(workshop, item.id, bruno) is None
    assert page.section_text("ressort").endswith("1/10")
    assert page.overall.value() == 1
    workshop.set_participant(bruno)  # Bruno has not answered: nothing is selected for him
    assert page.scale.value is None
    assert not any(card.radio.isChecked() for card in page.scale.cards)


def test_number_keys_choose_a_level_and_n_marks_not_concerned(
    page: WalkthroughPage, workshop: Workshop, qtbot: QtBot
) -> None:
    alice = alice_answers_in_the_active_window(page, workshop, qtbot)
    page.scale.cards[0].radio.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_2)
    item = page.item
    assert item is not None
    answer = stored(workshop, item.id, alice)
    assert answer is not None and answer.value == 2
    assert page.scale.cards[2].radio.isChecked()

    allowed = next(i for i in page.items if i.not_applicable)
    page.go_to_item(allowed.id)
    page.scale.cards[0].radio.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_N)
    answer = stored(workshop, allowed.id, alice)
    assert answer is not None and answer.not_applicable and answer.value is None
    qtbot.keyClick(page, Qt.Key.Key_1)  # a level replaces « non concerné »
    answer = stored(workshop, allowed.id, alice)
    assert answer is not None and answer.value == 1 and not answer.not_applicable


def test_digits_typed_in_a_text_field_stay_text(
    page: WalkthroughPage, workshop: Workshop, qtbot: QtBot
) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    evidence = page.notes.edits["evidence"]
    evidence.setFocus()
    qtbot.keyClicks(evidence, "12 reunions")
    assert evidence.toPlainText() == "12 reunions"
    assert page.scale.value is None
    item = page.item
    assert item is not None
    qtbot.waitUntil(
        lambda: (a := stored(workshop, item.id, None)) is not None and a.evidence == "12 reunions"
    )


def test_typing_is_saved_to_the_item_it_was_typed_in(
    page: WalkthroughPage, workshop: Workshop
) -> None:
    first = page.item
    assert first is not None
    page.notes.edits["justification"].setPlainText(
        "Convention signée avec la communauté de communes"
    )
    page.notes.edits["private_note"].setPlainText("Bruno n’était pas d’accord")
    page.next_item()  # before the pause: the text must still reach the first item
    kept = stored(workshop, first.id, None)
    assert kept is not None
    assert kept.justification == "Convention signée avec la communauté de communes"
    assert kept.private_note == "Bruno n’était pas d’accord"
    assert page.notes.edits["justification"].toPlainText() == ""  # the second item is empty
    page.previous_item()
    assert page.notes.edits["justification"].toPlainText().startswith("Convention")


def test_switching_participant_keeps_each_ones_text(
    page: WalkthroughPage, workshop: Workshop
) -> None:
    alice, bruno = participant_ids(workshop)
    workshop.set_participant(alice)
    page.notes.edits["evidence"].setPlainText("Compte rendu du 12 mars")
    workshop.set_participant(bruno)
    item = page.item
    assert item is not None
    answer = stored(workshop, item.id, alice)
    assert answer is not None and answer.evidence == "Compte rendu du 12 mars"
    assert stored(workshop, item.id, bruno) is None
    assert page.notes.edits["evidence"].toPlainText() == ""


def test_text_is_saved_after_a_short_pause(
    page: WalkthroughPage, workshop: Workshop, qtbot: QtBot
) -> None:
    page.notes.edits["evidence"].setPlainText("Délibération du conseil")
    item = page.item
    assert item is not None
    assert stored(workshop, item.id, None) is None  # not at each keystroke
    with qtbot.waitSignal(workshop.saved, timeout=2000):
        pass
    answer = stored(workshop, item.id, None)
    assert answer is not None and answer.evidence == "Délibération du conseil"


def test_sections_and_navigation(page: WalkthroughPage, workshop: Workshop) -> None:
    page.go_to_section("impact")
    assert page.item is not None and page.item.section_id == "impact"
    assert page.section_ids[page.sections.currentIndex()] == "impact"
    page.go_to(len(page.items) - 1)
    assert not page.next_button.isEnabled()
    page.next_item()  # stays on the last item
    assert page.index == len(page.items) - 1
    page.go_to(0)
    assert not page.previous_button.isEnabled()


def test_answers_copied_from_last_year_are_marked_to_review(
    workshop: Workshop, qtbot: QtBot
) -> None:
    db = workshop.db
    old = workshop.assessment()
    assert old is not None
    item_id = catalog.questionnaire().items[0].id
    answers.record_answer(db, assessment_id=old.id, participant_id=None, item_id=item_id, value=2)
    new = assessments.create_assessment(
        db, dynamic_id=old.dynamic_id, date=dt.date(2026, 3, 1), copy_from=old.id
    )
    workshop.set_assessment(new)
    page = WalkthroughPage(workshop)
    qtbot.addWidget(page)
    page.show()
    assert page.review.isVisible()
    assert page.scale.value == 2
    page.review_button.click()
    answer = stored(workshop, item_id, None)
    assert answer is not None and not answer.to_review and answer.value == 2
    assert not page.review.isVisible()


def test_without_an_assessment_the_page_says_what_to_do(qtbot: QtBot, workshop: Workshop) -> None:
    workshop.set_assessment(None)
    page = WalkthroughPage(workshop)
    qtbot.addWidget(page)
    page.show()
    assert page.placeholder.isVisible()
    assert "page d'accueil" in page.placeholder.text()


def test_the_next_item_shows_its_question_from_the_top(
    workshop: Workshop, qtbot: QtBot, show_page: ShowPage
) -> None:
    page = show_page(WalkthroughPage(workshop), (900, 420))
    qtbot.waitExposed(page)
    bar = page.item_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the item does not fit: it scrolls
    bar.setValue(bar.maximum())  # read down to the text boxes
    page.next_item()
    assert bar.value() == 0
    assert page.item_label.visibleRegion().boundingRect().height() > 0


def alice_answers_in_the_active_window(
    page: WalkthroughPage, workshop: Workshop, qtbot: QtBot
) -> int:
    alice = participant_ids(workshop)[0]
    workshop.set_participant(alice)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return alice


def press_and_read(
    qtbot: QtBot, key: int, workshop: Workshop, page: WalkthroughPage, who: int | None
) -> Answer | None:
    """A digit typed where the keyboard focus is; the current item's stored answer then."""
    focused = QApplication.focusWidget()
    assert focused is not None and not isinstance(focused, QPlainTextEdit)
    qtbot.keyClick(focused, Qt.Key(Qt.Key.Key_0 + key))
    item = page.item
    assert item is not None
    return stored(workshop, item.id, who)


def test_esc_or_moving_on_leaves_the_text_box_so_a_digit_chooses_a_level(
    page: WalkthroughPage, workshop: Workshop, qtbot: QtBot
) -> None:
    alice = alice_answers_in_the_active_window(page, workshop, qtbot)
    evidence = page.notes.edits["evidence"]
    evidence.setFocus()
    qtbot.keyClicks(evidence, "PV du 3 mars")
    qtbot.keyClick(evidence, Qt.Key.Key_Escape)
    assert not evidence.hasFocus()
    answer = press_and_read(qtbot, 2, workshop, page, alice)
    assert evidence.toPlainText() == "PV du 3 mars"
    assert answer is not None and answer.value == 2

    justification = page.notes.edits["justification"]
    justification.setFocus()
    qtbot.waitUntil(justification.hasFocus)
    page.next_item()  # PageDown or Alt+→, typed from the box
    answer = press_and_read(qtbot, 3, workshop, page, alice)
    assert answer is not None and answer.value == 3
    assert justification.toPlainText() == ""


def test_number_keys_work_right_after_clicking_the_section_list(
    fresh_demo_window: MainWindow, qtbot: QtBot
) -> None:
    fresh_demo_window.show()
    fresh_demo_window.activateWindow()
    qtbot.waitUntil(fresh_demo_window.isActiveWindow)
    fresh_demo_window.page_keys()
    nav = fresh_demo_window.nav
    row = fresh_demo_window.page_keys().index("walkthrough")
    where = nav.visualItemRect(nav.item(row)).center()
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert fresh_demo_window.current_key() == "walkthrough"
    page = fresh_demo_window.current_page()
    assert isinstance(page, WalkthroughPage)
    item = page.item
    assert item is not None
    who = fresh_demo_window.workshop.participant_id
    before = stored(fresh_demo_window.workshop, item.id, who)
    key = 0 if before is not None and before.value != 0 else 1
    after = press_and_read(qtbot, key, fresh_demo_window.workshop, page, who)
    assert after is not None and after.value == key


def test_after_a_restart_a_participant_answers_not_the_consensus(
    fresh_demo_window: MainWindow,
) -> None:
    assessment = fresh_demo_window.workshop.assessment()
    assert assessment is not None and assessment.participants
    first = assessment.participants[0]
    assert fresh_demo_window.workshop.participant_id == first.id
    fresh_demo_window.show()
    fresh_demo_window.show_page("walkthrough")
    page = fresh_demo_window.current_page()
    assert isinstance(page, WalkthroughPage)
    assert page.respondent.currentData() == first.id
