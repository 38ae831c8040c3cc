"""« Financeurs et comptes » under the funding matrix: typed from the keyboard, Tab from cell
to cell, saved as typed (nothing to « save »), absurd values refused with a French message."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from diagapp.domain.model import Assessment
from diagapp.services import assessments
from diagapp.ui.formats import format_eur
from diagapp.ui.pages.funding import FundingPage
from diagapp.ui.workshop import Workshop

if TYPE_CHECKING:
    from conftest import ShowPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(workshop: Workshop, show_page: ShowPage, qtbot: QtBot) -> FundingPage:
    shown = show_page(FundingPage(workshop), (1300, 900))
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def stored(workshop: Workshop) -> Assessment:
    assert workshop.assessment_id is not None
    return assessments.load_assessment(workshop.db, workshop.assessment_id)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(widget: QWidget, k: Qt.Key, text: str = "") -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, k, Qt.KeyboardModifier.NoModifier, text))


def type_text(qtbot: QtBot, text: str) -> None:
    """ASCII only (qtbot.keyClicks aborts on accented characters)."""
    qtbot.keyClicks(focused(), text)


def test_a_funding_line_is_typed_with_tab_between_cells_and_saved_as_typed(
    page: FundingPage, workshop: Workshop, qtbot: QtBot
) -> None:
    panel = page.finances
    before = len(stored(workshop).funding_lines)
    assert panel.lines_model.rowCount() == before + 1  # the empty row to type in
    panel.start_new_line()
    type_text(qtbot, "Fondation Macif")
    key(focused(), Qt.Key.Key_Tab)
    type_text(qtbot, "tiers-lieu")
    key(focused(), Qt.Key.Key_Tab)
    kind = focused()
    assert isinstance(kind, QComboBox)  # the kind is chosen from the list
    kind.setCurrentIndex(kind.findText("Subvention de projet"))
    key(kind, Qt.Key.Key_Tab)
    type_text(qtbot, "12000")
    key(focused(), Qt.Key.Key_Tab)
    type_text(qtbot, "2026-01")
    key(focused(), Qt.Key.Key_Tab)
    type_text(qtbot, "2027-06")
    key(focused(), Qt.Key.Key_Tab)
    # no « save » anywhere: the database already has it
    line = stored(workshop).funding_lines[before]
    assert (line.funder, line.purpose, line.kind, line.amount) == (
        "Fondation Macif", "tiers-lieu", "subvention_projet", 12_000
    )  # fmt: skip
    assert (line.starts, line.ends) == (dt.date(2026, 1, 1), dt.date(2027, 6, 30))
    assert panel.lines_model.rowCount() == before + 2  # a new empty row below it
    assert panel.message.text() == ""


def test_an_absurd_amount_is_refused_in_french_and_the_stored_line_kept(
    page: FundingPage, workshop: Workshop, qtbot: QtBot
) -> None:
    panel = page.finances
    region = stored(workshop).funding_lines[0]
    index = panel.lines_model.index(0, 3)
    panel.lines_table.setCurrentIndex(index)
    panel.lines_table.setFocus()
    panel.lines_table.edit(index)
    focused().clear()  # type: ignore[attr-defined]
    type_text(qtbot, "-45000")
    key(focused(), Qt.Key.Key_Tab)
    assert "ne peut pas être négatif" in panel.message.text()
    assert stored(workshop).funding_lines[0] == region
    assert panel.lines_model.index(0, 3).data() == format_eur(45_000)  # shown as stored
    key(focused(), Qt.Key.Key_Tab)  # the start month, unchanged; on to the end month
    focused().clear()  # type: ignore[attr-defined]
    type_text(qtbot, "bientot")
    key(focused(), Qt.Key.Key_Tab)
    assert "n'est pas un mois" in panel.message.text()
    assert stored(workshop).funding_lines[0] == region


def test_accounts_are_added_and_typed_per_structure(
    page: FundingPage, workshop: Workshop, qtbot: QtBot
) -> None:
    panel = page.finances
    assert panel.add_accounts()  # every structure has 2026's: one of 2025 is added
    added = [a for a in stored(workshop).accounts if a.year == 2025]
    assert [a.structure for a in added] == ["Association Haut-Vallon Coopère"]
    row = next(
        r
        for r in range(panel.accounts_model.rowCount())
        if panel.accounts_model.index(r, 1).data() == "2025"
    )
    index = panel.accounts_model.index(row, panel.accounts_model.columns.index(
        next(c for c in panel.accounts_model.columns if c.key == "result")
    ))  # fmt: skip
    panel.accounts_table.setCurrentIndex(index)
    panel.accounts_table.setFocus()
    panel.accounts_table.edit(index)
    type_text(qtbot, "-3800")
    key(focused(), Qt.Key.Key_Tab)
    type_text(qtbot, "43500")
    key(focused(), Qt.Key.Key_Tab)
    entry = next(a for a in stored(workshop).accounts if a.year == 2025)
    assert entry.value("result") == -3_800 and entry.value("equity") == 43_500


def test_in_english_the_tables_speak_english(
    workshop: Workshop, show_page: ShowPage, french_again: None
) -> None:
    from diagapp.ui import app, i18n

    i18n.install(app.application(), "en")
    workshop.set_language("en")
    panel = show_page(FundingPage(workshop)).finances
    assert panel.title() == "Funders and accounts"
    assert panel.lines_model.headerData(2, Qt.Orientation.Horizontal) == "Kind"
    assert panel.lines_model.index(0, 2).data() == "Operating grant"
    assert panel.lines_model.index(0, 3).data() == "€45,000"
