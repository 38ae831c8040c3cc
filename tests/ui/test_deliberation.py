"""Deliberation: strong disagreements first, who said what (by collège when names are
hidden), the team's consensus and note saved, large type for the projector."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diagapp.domain import scoring
from diagapp.services import answers, assessments, catalog
from diagapp.services.workspace import open_workspace
from diagapp.ui import settings
from diagapp.ui.models.disagreements import STRONG_ROLE, DisagreementModel
from diagapp.ui.pages.deliberation import DeliberationPage
from diagapp.ui.workshop import Workshop

if TYPE_CHECKING:
    from conftest import ShowPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ITEMS = [i.id for i in catalog.questionnaire().items]
# Three participants: 0 / 3 on ITEMS[4] (strong), 1 / 2 / 2 on ITEMS[0] (mild), 2 / 2 / 2 on ITEMS[1].
LEVELS = {ITEMS[4]: (0, 3, 3), ITEMS[0]: (1, 2, 2), ITEMS[1]: (2, 2, 2)}


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Workshop]:
    workspace = open_workspace(tmp_path / "delib.sqlite")
    db = workspace.db
    dynamic = assessments.create_dynamic(db, name="PAT du Val")
    assessment = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2025, 6, 1))
    people = [
        answers.add_participant(db, assessment_id=assessment, name=name, college=college)
        for name, college in (
            ("Alice Martin", "Habitants"),
            ("Bruno Petit", "Collectivités"),
            ("Chloé Roux", "Habitants"),
        )
    ]
    for item_id, levels in LEVELS.items():
        for person, level in zip(people, levels, strict=True):
            answers.record_answer(
                db, assessment_id=assessment, participant_id=person, item_id=item_id, value=level
            )
    shop = Workshop(workspace)
    shop.set_assessment(assessment)
    yield shop
    workspace.close()


@pytest.fixture
def page(workshop: Workshop, qtbot: QtBot, show_page: ShowPage) -> DeliberationPage:
    widget = show_page(DeliberationPage(workshop))
    qtbot.waitExposed(widget)
    return widget


def test_strong_disagreements_come_first(page: DeliberationPage, qtmodeltester: object) -> None:
    model = page.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.item_id(0) == ITEMS[4]
    assert model.data(model.index(0, 0), STRONG_ROLE) is True
    assert model.data(model.index(0, 1)) == "⚠ 3"
    assert model.item_id(1) == ITEMS[0]
    assert model.data(model.index(1, 0), STRONG_ROLE) is False
    assert model.data(model.index(1, 2)) == "1,7"
    assert "1 désaccord(s) fort(s)" in page.strong_count.text()
    assert page.item_id == ITEMS[4]  # the page opens on the strongest disagreement


def test_the_model_passes_the_model_tester_when_empty(qtmodeltester: object) -> None:
    model = DisagreementModel()
    model.set_assessment(None, catalog.questionnaire(), "fr")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 0


def test_who_said_what_with_names_or_by_college(page: DeliberationPage) -> None:
    extras = {card.value: card.extra.text() for card in page.scale.cards}
    assert extras[0] == "Choisi par 1 : Alice Martin"
    assert extras[3] == "Choisi par 2 : Bruno Petit, Chloé Roux"
    assert extras[1] == ""
    settings.put(settings.SHOW_NAMES, False)
    extras = {card.value: card.extra.text() for card in page.scale.cards}
    assert extras[0] == "Choisi par 1 : Habitants 1"
    assert extras[3] == "Choisi par 2 : Collectivités 1, Habitants 2"
    assert not page.names.isChecked()


def test_settling_the_consensus_and_its_note(
    page: DeliberationPage, workshop: Workshop, qtbot: QtBot
) -> None:
    page.scale.cards[2].radio.click()
    page.notes.edits["justification"].setPlainText(
        "Deux collèges sur trois voient un projet en place."
    )
    page.next_item()  # the note is saved before moving on
    assert page.item_id == ITEMS[0]
    assert workshop.assessment_id is not None
    stored = assessments.load_assessment(workshop.db, workshop.assessment_id)
    consensus = stored.consensus(ITEMS[4])
    assert consensus is not None and consensus.value == 2
    assert consensus.justification.startswith("Deux collèges")
    result = scoring.item_result(stored, ITEMS[4])
    assert result.consensus == 2 and result.strong_disagreement
    assert page.model.data(page.model.index(0, 3)) == "2"
    page.previous_item()
    assert page.scale.value == 2
    assert page.notes.edits["justification"].toPlainText().startswith("Deux collèges")


def test_number_keys_set_the_consensus(
    page: DeliberationPage, workshop: Workshop, qtbot: QtBot
) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_3)
    assert workshop.assessment_id is not None
    stored = assessments.load_assessment(workshop.db, workshop.assessment_id)
    consensus = stored.consensus(ITEMS[4])
    assert consensus is not None and consensus.value == 3


def test_large_type_switch_is_the_window_preference(page: DeliberationPage) -> None:
    assert not page.large.isChecked()
    page.large.click()
    assert settings.get(settings.LARGE_TEXT) is True
    page.large.click()
    assert settings.get(settings.LARGE_TEXT) is False
