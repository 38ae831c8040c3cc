"""Every key of the window's menus is bound once and fires its action when pressed."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import QEvent, QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diagapp.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    demo_window.build_pages()  # the menus list every page once all are built
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # old menus' actions
    return demo_window


def _typed(combination: QKeyCombination) -> QKeyCombination:
    """The key as a keyboard sends it: Shift+Tab arrives as Backtab (X11, Windows, macOS),
    so Qt matches « Ctrl+Shift+Tab » and « Ctrl+Backtab » alike."""
    if combination.key() == Qt.Key.Key_Tab and combination.keyboardModifiers() & SHIFT:
        return QKeyCombination(combination.keyboardModifiers(), Qt.Key.Key_Backtab)
    if combination.key() == Qt.Key.Key_Backtab:
        return QKeyCombination(combination.keyboardModifiers() | SHIFT, Qt.Key.Key_Backtab)
    return combination


def _keys(sequences: list[QKeySequence]) -> list[str]:
    return [QKeySequence(_typed(s[0])).toString() for s in sequences if not s.isEmpty()]


def test_no_key_is_bound_twice(window: MainWindow) -> None:
    """Two bindings of one key make Qt refuse both (« Ambiguous shortcut overload »)."""
    window_keys: list[str] = []
    for action in window.findChildren(QAction):
        if action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut:
            window_keys += _keys(action.shortcuts())
    repeated = [key for key, n in Counter(window_keys).items() if n > 1]
    assert repeated == []
    # Keys bound within one page (0-3, N) must not collide with the window's either.
    by_area: Counter[tuple[int, str]] = Counter()
    for shortcut in window.findChildren(QShortcut):
        for key in _keys([shortcut.key()]):
            assert key not in window_keys, key
            by_area[(id(shortcut.parent()), key)] += 1
    assert [key for key, n in by_area.items() if n > 1] == []


def test_the_shortcuts_help_lists_each_key_once(window: MainWindow) -> None:
    cells = re.findall(r"<tr><td>(.*?)</td>", window.shortcuts_text())
    listed = [key for cell in cells for key in cell.split(", ")]
    assert "Ctrl+Q" in listed and "Ctrl+P" in listed
    assert [key for key, n in Counter(listed).items() if n > 1] == []


def test_each_menu_shortcut_fires_its_action(window: MainWindow, qtbot: QtBot) -> None:
    fired: list[str] = []
    for name, action in window.actions_by_name.items():
        action.triggered.disconnect()  # record instead of quitting, printing, opening…
        action.triggered.connect(lambda _checked=False, name=name: fired.append(name))
    window.activateWindow()
    window.show_page("start")
    window.pages["start"].setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    pressed = 0
    for name, action in window.actions_by_name.items():
        for sequence in action.shortcuts():
            typed = _typed(sequence[0])
            fired.clear()
            QTest.keyClick(window, typed.key(), typed.keyboardModifiers())
            assert fired == [name], f"{sequence.toString()} should fire {name}"
            pressed += 1
    assert pressed >= 20
