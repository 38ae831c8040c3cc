"""A whole workshop through the window, on a fresh database: a dynamic, three participants
in two collèges, every item of one dimension answered by each through the walk-through
(by keyboard), consensus settled on a disagreement, the funding matrix, the results;
then the stored data and the scores are checked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diagapp.domain import funding, scoring
from diagapp.services import assessments, catalog
from diagapp.ui import app
from diagapp.ui.dialogs import ask, new_assessment
from diagapp.ui.dialogs.new_assessment import NewAssessment
from diagapp.ui.main_window import MainWindow
from diagapp.ui.pages.deliberation import DeliberationPage
from diagapp.ui.pages.funding import FundingPage
from diagapp.ui.pages.participants import ParticipantsPage
from diagapp.ui.pages.results import ResultsPage
from diagapp.ui.pages.start import StartPage
from diagapp.ui.pages.walkthrough import WalkthroughPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

DIMENSION = "ressort"
PEOPLE = [
    ("Alice Martin", "Habitants"),
    ("Bruno Petit", "Collectivités"),
    ("Chloé Roux", "Habitants"),
]
# Levels per participant for the ten items of the dimension; item 4 splits the room (0 vs 3).
LEVELS = [
    [2, 1, 2, 3, 0, 2, 1, 2, 2, 1],
    [2, 2, 2, 2, 3, 2, 1, 1, 2, 1],
    [3, 1, 2, 3, 3, 2, 2, 2, 2, 1],
]
KEYS = [Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3]


@pytest.fixture
def window(tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(ask, "warn", lambda *a: pytest.fail(f"unexpected dialog {a}"))
    opened = app.open_window(tmp_path / "atelier.sqlite")
    assert isinstance(opened, MainWindow)
    qtbot.addWidget(opened)
    opened.resize(1400, 900)
    opened.show()
    qtbot.waitExposed(opened)
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    yield opened
    opened.close()
    opened.workshop.workspace.close()


def test_a_full_workshop(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    workshop = window.workshop
    questionnaire = catalog.questionnaire()
    items = questionnaire.dimension(DIMENSION).items

    # 1. The start page: a new dynamic and its first assessment.
    start = window.pages["start"]
    assert isinstance(start, StartPage)
    monkeypatch.setattr(ask, "text", lambda *_a, **_k: "Territoire zéro chômeur du Val")
    window.actions_by_name["new_dynamic"].trigger()
    monkeypatch.setattr(
        new_assessment,
        "ask_new_assessment",
        lambda *_a: NewAssessment(dt.date(2025, 11, 14), "Atelier 2025", copy_forward=False),
    )
    window.actions_by_name["new_assessment"].trigger()
    assessment_id = workshop.assessment_id
    assert assessment_id is not None
    assert window.current_key() == "participants"  # no one yet: the team is entered first

    # 2. Three participants in two collèges.
    people_page = window.pages["participants"]
    assert isinstance(people_page, ParticipantsPage)
    for name, college in PEOPLE:
        people_page.new_name.setText(name)
        people_page.new_college.setEditText(college)
        people_page.add_button.click()
    current = workshop.assessment()
    assert current is not None
    ids = [p.id for p in current.participants]
    assert len(ids) == 3

    # 3. The walk-through, each participant in turn (Ctrl+Tab), levels by number keys.
    window.show_page("walkthrough")
    walk = window.current_page()
    assert isinstance(walk, WalkthroughPage)
    for person, levels in zip(ids, LEVELS, strict=True):
        qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert workshop.participant_id == person
        walk.go_to_section(DIMENSION)
        assert walk.item is not None and walk.item.id == items[0].id
        for position, level in enumerate(levels):
            assert walk.item is not None and walk.item.id == items[position].id
            walk.scale.cards[0].radio.setFocus()
            qtbot.keyClick(walk, KEYS[level])
            if position == 4:
                walk.notes.edits["evidence"].setPlainText(f"Vu par {person}")
            qtbot.keyClick(window, Qt.Key.Key_PageDown)
        assert walk.section_text(DIMENSION).endswith("10/10")
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert workshop.participant_id is None  # after the last participant: the consensus

    # 4. Deliberation: the strongest disagreement comes first; the team settles it.
    window.show_page("deliberation")
    deliberation = window.current_page()
    assert isinstance(deliberation, DeliberationPage)
    assert deliberation.item_id == items[4].id
    assert deliberation.scale.cards[3].extra.text() == "Choisi par 2 : Bruno Petit, Chloé Roux"
    deliberation.table.setFocus()
    qtbot.keyClick(deliberation.table, Qt.Key.Key_2)
    deliberation.notes.edits["justification"].setPlainText(
        "Les habitants voient le projet démarrer, les élus le voient installé."
    )
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # the note is saved on the way

    # 5. The funding matrix, on its page.
    window.show_page("funding")
    money = window.current_page()
    assert isinstance(money, FundingPage)
    assert money.add_structure("EBE du Val", "association_1901") is not None
    assert money.set_cell(0, "public_subsidies", 3)
    assert money.set_cell(0, "sales", 1)

    # 6. The results.
    window.show_page("results")
    results = window.current_page()
    assert isinstance(results, ResultsPage)
    assert results.items_model.rowCount() == len(questionnaire.items)

    # 7. What was stored, and the scores computed from it.
    stored = assessments.load_assessment(workshop.db, assessment_id)
    assert (
        stored.label == "Atelier 2025" and stored.dynamic_name == "Territoire zéro chômeur du Val"
    )
    assert [(p.name, p.college) for p in stored.participants] == PEOPLE
    for person, levels in zip(ids, LEVELS, strict=True):
        mine = {a.item_id: a.value for a in stored.answers if a.participant_id == person}
        assert mine == {item.id: level for item, level in zip(items, levels, strict=True)}
        score = scoring.participant_scores(stored, questionnaire, person)[DIMENSION]
        assert score.mean == pytest.approx(sum(levels) / 10)
        assert score.coverage == 1.0
    evidence = {a.participant_id: a.evidence for a in stored.answers_for(items[4].id)}
    assert evidence == {person: f"Vu par {person}" for person in ids}
    consensus = stored.consensus(items[4].id)
    assert consensus is not None and consensus.value == 2
    assert consensus.justification.startswith("Les habitants voient")
    result = scoring.item_result(stored, items[4].id)
    assert result.strong_disagreement and result.spread == 3 and result.consensus == 2
    colleges = scoring.college_scores(stored, questionnaire)
    habitants = [(a + c) / 2 for a, c in zip(LEVELS[0], LEVELS[2], strict=True)]
    assert colleges["Habitants"][DIMENSION].mean == pytest.approx(sum(habitants) / 10)
    assert colleges["Collectivités"][DIMENSION].mean == pytest.approx(sum(LEVELS[1]) / 10)
    assert scoring.consensus_scores(stored, questionnaire)[DIMENSION].mean == 2
    (matrix,) = stored.structures
    assert matrix.name == "EBE du Val"
    assert (matrix.cell("public_subsidies").intensity, matrix.cell("sales").intensity) == (3, 1)
    indicators = funding.indicators(stored, questionnaire.funding)
    assert indicators.basis == "intensity" and indicators.kinds_used == 2
    assert indicators.public_dependence == pytest.approx(0.75)  # +++ against +
    assert window.indicator.text() == "Enregistré ✓"
