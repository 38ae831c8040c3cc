"""The « Objectifs » page (issue 17): the demo's objectives with last year's values, adding
with Entrée, Tab from cell to cell with each value saved as typed, a refused value said in
red, Suppr with a question."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from diagapp.domain.objectives import Objective
from diagapp.services import objectives
from diagapp.ui.dialogs import ask
from diagapp.ui.main_window import MainWindow
from diagapp.ui.models.objectives_model import COLUMNS
from diagapp.ui.pages.objectives import ObjectivesPage
from diagapp.ui.workshop import Workshop

if TYPE_CHECKING:
    from conftest import ShowPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(workshop: Workshop, show_page: ShowPage) -> ObjectivesPage:
    return show_page(ObjectivesPage(workshop), (1400, 800))


def stored(workshop: Workshop) -> list[Objective]:
    assert workshop.assessment_id is not None
    return objectives.list_objectives(workshop.db, assessment_id=workshop.assessment_id)


def cell(page: ObjectivesPage, row: int, key: str) -> str:
    return str(page.model.index(row, COLUMNS.index(key)).data())


def press(widget: object, key: Qt.Key, text: str = "") -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def type_text(qtbot: QtBot, text: str) -> None:
    """ASCII keys one by one to whatever has the focus (the cell's editor once it opens)."""
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)


def test_the_demos_objectives_show_with_last_years_value(
    page: ObjectivesPage, qtmodeltester: object
) -> None:
    assert page.model.rowCount() == 4
    assert cell(page, 0, "title") == "Chiffre d'affaires de la SCIC"
    assert cell(page, 0, "baseline") == "58" and cell(page, 0, "baseline_year") == "2024"
    assert cell(page, 0, "target") == "120" and cell(page, 0, "target_date") == "31/12/2027"
    assert cell(page, 0, "previous") == "84 (2025)" and cell(page, 0, "reached") == "112"
    assert cell(page, 0, "dimension") == "L'énergie cinétique"
    flags = page.model.flags(page.model.index(0, COLUMNS.index("previous")))
    assert not flags & Qt.ItemFlag.ItemIsEditable  # last year's value is not this year's
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]


def test_typing_a_title_and_entree_adds_an_objective(
    page: ObjectivesPage, workshop: Workshop
) -> None:
    page.new_title.setText("Repas locaux servis aux cantines")
    press(page.new_title, Qt.Key.Key_Return, "\r")
    assert [o.title for o in stored(workshop)][-1] == "Repas locaux servis aux cantines"
    assert page.model.rowCount() == 5 and page.new_title.text() == ""
    current = page.table.currentIndex()
    assert (current.row(), COLUMNS[current.column()]) == (4, "unit")  # ready for the next cell


def test_tab_moves_from_cell_to_cell_and_each_value_is_saved_as_typed(
    page: ObjectivesPage, workshop: Workshop, qtbot: QtBot
) -> None:
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(3, COLUMNS.index("reached")))
    type_text(qtbot, "40")  # typing opens the cell's editor
    editor = QApplication.focusWidget()
    assert editor is not page.table
    press(editor, Qt.Key.Key_Tab)
    assert stored(workshop)[3].reached == 40  # saved on leaving the cell: nothing to « save »
    assert COLUMNS[page.table.currentIndex().column()] == "comment"
    QApplication.processEvents()  # the closed editor goes; the next cell's editor opens
    type_text(qtbot, "Campagne relancee")
    press(QApplication.focusWidget(), Qt.Key.Key_Return, "\r")
    QApplication.processEvents()  # Qt commits an editor's Entrée through its event queue
    assert stored(workshop)[3].comment == "Campagne relancee"
    assert cell(page, 3, "reached") == "40"


def test_a_refused_value_is_said_in_red_and_nothing_is_stored(
    page: ObjectivesPage, workshop: Workshop
) -> None:
    before = stored(workshop)
    assert not page.set_cell(1, "target", "1")  # the baseline is 1: nothing to reach
    assert page.error.isVisible()
    assert "égale à la valeur de départ" in page.error.text()
    assert not page.set_cell(1, "reached", "douze")
    assert "n'est pas un nombre" in page.error.text()
    assert stored(workshop) == before and cell(page, 1, "target") == "3"
    assert page.set_cell(1, "target", "4")
    assert not page.error.isVisible() and stored(workshop)[1].target == 4


def test_the_dimension_is_chosen_in_a_list(page: ObjectivesPage, workshop: Workshop) -> None:
    index = page.model.index(2, COLUMNS.index("dimension"))
    delegate = page.table.itemDelegate()
    editor = delegate.createEditor(page.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox) and editor.count() == 6
    delegate.setEditorData(editor, index)
    assert editor.currentData() == "robustesse"
    editor.setCurrentIndex(editor.findData("systeme"))
    delegate.setModelData(editor, page.model, index)
    assert stored(workshop)[2].dimension == "systeme"


def test_suppr_asks_before_removing_the_chosen_objective(
    page: ObjectivesPage, workshop: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answer = [False]

    def confirm(_parent: object, question: str, **_kw: object) -> bool:
        asked.append(question)
        return answer[0]

    monkeypatch.setattr(ask, "confirm", confirm)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(1, 0))
    press(page.table, Qt.Key.Key_Delete)
    assert "Cantines approvisionnées par la légumerie" in asked[0]
    assert len(stored(workshop)) == 4  # « Annuler »: nothing removed
    answer[0] = True
    press(page.table, Qt.Key.Key_Delete)
    assert [o.title for o in stored(workshop)] == [
        "Chiffre d'affaires de la SCIC",
        "Personnes prêtes à reprendre la coordination",
        "Habitants sociétaires de la SCIC",
    ]
    assert page.model.rowCount() == 3


def test_the_window_offers_the_page_after_the_funding(demo_window: MainWindow) -> None:
    from diagapp.services import assessments

    shop = demo_window.workshop
    shop.set_assessment(assessments.latest_assessment(shop.db))
    demo_window.show_page("objectives")
    keys = [
        demo_window.nav.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(demo_window.nav.count())
    ]
    assert keys.index("objectives") == keys.index("funding") + 1
    assert demo_window.nav.currentItem().text() == "Objectifs"
    page = demo_window.current_page()
    assert isinstance(page, ObjectivesPage) and page.model.rowCount() == 4


def test_the_real_question_offers_annuler_first_then_removes(
    page: ObjectivesPage, workshop: Workshop
) -> None:
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        remove = next(b for b in box.buttons() if b.text() == "Supprimer")
        assert box.defaultButton() is not remove  # a slip of Entrée removes nothing
        remove.click()

    QTimer.singleShot(0, answer)  # once the question is up (it blocks until answered)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(2, 0))
    press(page.table, Qt.Key.Key_Delete)
    assert "Personnes prêtes à reprendre la coordination" in seen[0]
    assert len(stored(workshop)) == 3 and page.model.rowCount() == 3
