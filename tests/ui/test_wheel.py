"""The mouse wheel scrolls the pages: it never changes an answer the pointer passes over."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from diagapp.services import assessments
from diagapp.ui.main_window import MainWindow
from diagapp.ui.widgets import wheel_guard

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

CONTROLS = (QComboBox, QAbstractSpinBox, QAbstractSlider)


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    demo_window.resize(1020, 672)  # small enough for every page to scroll
    return demo_window


def _value(control: QWidget) -> object:
    if isinstance(control, QComboBox):
        return (control.currentIndex(), control.currentText())
    if isinstance(control, QAbstractSpinBox):
        return control.text()
    assert isinstance(control, QAbstractSlider)
    return control.value()


def _turn_wheel(control: QWidget, notches: int) -> None:
    """A wheel turn over the middle of `control`, as the mouse sends it."""
    local = QPointF(control.rect().center())
    event = QWheelEvent(
        local,
        QPointF(control.mapToGlobal(local.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(control, event)


def _scroll_positions(control: QWidget) -> list[int]:
    positions = []
    parent = control.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            positions.append(parent.verticalScrollBar().value())
        parent = parent.parentWidget()
    return positions


def _shown_controls(page: QWidget) -> Iterator[QWidget]:
    """Every answer control visible on the page, tab by tab."""
    tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
    for tab_widget in tabs or [None]:
        for index in range(tab_widget.count() if tab_widget else 1):
            if tab_widget is not None:
                tab_widget.setCurrentIndex(index)
            for control in page.findChildren(QWidget):
                if (
                    isinstance(control, CONTROLS)
                    and not isinstance(control, QScrollBar)
                    and control.isVisible()
                    and control.isEnabled()
                ):
                    yield control


def test_the_wheel_scrolls_every_page_instead_of_changing_answers(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.workshop.set_assessment(assessments.latest_assessment(window.workshop.db))
    saves: list[object] = []
    window.workshop.saved.connect(lambda *args: saves.append(args))
    checked, scrolled = [], 0
    for key in window.page_keys():
        window.show_page(key)
        QApplication.processEvents()  # pages fill themselves when shown
        page = window.pages[key]
        for control in _shown_controls(page):
            assert control.focusPolicy() == Qt.FocusPolicy.StrongFocus, control
            window.nav.setFocus()
            before, positions = _value(control), _scroll_positions(control)
            for notches in (-1, 1, -2):  # down past the last choice, and back up
                _turn_wheel(control, notches)
            name = f"{key}: {type(control).__name__} {control.accessibleName()!r}"
            assert _value(control) == before, name
            scrolled += _scroll_positions(control) != positions
            checked.append(name)
    assert len(checked) >= 15, checked
    assert any(n.startswith("governance") for n in checked)
    assert any(n.startswith("identity") for n in checked), checked
    assert scrolled, "the pages scroll under the wheel"
    qtbot.wait(50)
    assert saves == []


def test_a_focused_control_still_takes_the_wheel(window: MainWindow, qtbot: QtBot) -> None:
    window.workshop.set_assessment(assessments.latest_assessment(window.workshop.db))
    window.show_page("governance")
    combo = next(c for c in _shown_controls(window.pages["governance"]) if isinstance(c, QComboBox))
    window.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    before = combo.currentIndex()
    _turn_wheel(combo, -1 if before < combo.count() - 1 else 1)
    assert combo.currentIndex() != before


def test_the_policy_is_one_filter_on_the_application(window: MainWindow) -> None:
    """Dialogs get it too: a combo made after the window, anywhere, is guarded (the rule
    lives in one filter on the application, not in each page)."""
    combo = QComboBox()
    combo.addItems(["a", "b"])
    combo.ensurePolished()
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    _turn_wheel(combo, -1)
    assert combo.currentIndex() == 0


def test_the_wheel_over_the_results_tabs_scrolls_the_page_and_keeps_the_tab(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.workshop.set_assessment(assessments.latest_assessment(window.workshop.db))
    window.show_page("results")
    QApplication.processEvents()
    page = window.pages["results"]
    tabs = page.findChild(QTabWidget)
    assert tabs is not None and tabs.count() > 2
    bar = tabs.tabBar()
    tabs.setCurrentIndex(1)  # the items' table: longer than the window
    QApplication.processEvents()
    table = tabs.currentWidget().findChild(QAbstractScrollArea)
    assert table is not None and table.verticalScrollBar().maximum() > 0
    scroll = table.verticalScrollBar()
    scroll.setValue(0)
    for notches in (-1, -1, 1, -3):  # down, down, up, down: each would have changed the tab
        _turn_wheel(bar, notches)
        assert tabs.currentIndex() == 1
    assert scroll.value() > 0, "the wheel scrolls the tab's page instead"
    # clicking a tab, or the arrows on the focused tab bar, still change it (in this window
    # Ctrl+Tab is « participant suivant »)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert tabs.currentIndex() == 2
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert tabs.currentIndex() == 3


def test_tabs_elsewhere_keep_ctrl_tab_but_not_the_wheel(qtbot: QtBot) -> None:
    """Outside the main window (its Ctrl+Tab is « participant suivant »), Ctrl+Tab still
    changes the tab; the wheel over the tab bar does not, even with nothing to scroll."""
    wheel_guard.install(QApplication.instance())  # as the application does at start
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    for name in ("a", "b", "c"):
        tabs.addTab(QWidget(), name)
    tabs.show()
    qtbot.waitExposed(tabs)
    for notches in (-1, 1, -2):
        _turn_wheel(tabs.tabBar(), notches)
        assert tabs.currentIndex() == 0
    qtbot.keyClick(tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
