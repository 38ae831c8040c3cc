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
