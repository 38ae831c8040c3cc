"""A small window (a laptop's 1020 × 672, the old default size) still shows what matters:
the five dimensions' tabs of the walk-through and the deliberation's detail uncut."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from diagapp.ui.main_window import MainWindow
from diagapp.ui.pages.deliberation import DeliberationPage
from diagapp.ui.pages.walkthrough import WalkthroughPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(fresh_demo_window: MainWindow, qtbot: QtBot) -> MainWindow:
    fresh_demo_window.resize(1020, 672)
    fresh_demo_window.show()
    qtbot.waitExposed(fresh_demo_window)
    return fresh_demo_window


def test_the_five_dimension_tabs_fit_a_small_window(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("walkthrough")
    page = window.current_page()
    assert isinstance(page, WalkthroughPage)
    bar = page.sections
    assert bar.count() == 5
    # once the layout has settled: titles shortened, not dropped, at this width
    qtbot.waitUntil(lambda: "Le ressort" in bar.tabText(0))
    for index in range(5):
        assert bar.tabRect(index).right() <= bar.width(), bar.tabText(index)
        assert bar.tabText(index).startswith(f"{index + 1}. ")


def test_the_deliberation_detail_is_not_cut_in_a_small_window(window: MainWindow) -> None:
    window.show_page("deliberation")
    page = window.current_page()
    assert isinstance(page, DeliberationPage)
    area = next(a for a in page.findChildren(QScrollArea) if a.widget().isAncestorOf(page.scale))
    assert area.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
    card = page.scale.cards[0]
    assert card.mapTo(area.viewport(), card.rect().topRight()).x() <= area.viewport().width()


def test_the_default_window_is_roomier_than_before(fresh_demo_window: MainWindow) -> None:
    screen = fresh_demo_window.screen().availableGeometry()
    metrics = fresh_demo_window.fontMetrics()
    assert fresh_demo_window.width() >= min(metrics.averageCharWidth() * 200, screen.width() * 0.85)
    assert (
        fresh_demo_window.width() <= screen.width()
        and fresh_demo_window.height() <= screen.height()
    )
