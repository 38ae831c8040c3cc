"""Large type (Ctrl++, for a projector): the analysis pages follow the window's font — no
widget keeps a size of its own, tables grow with their rows, radar labels grow too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from diagapp.ui import app, settings
from diagapp.ui.main_window import MainWindow
from diagapp.ui.pages.comparison import ComparisonPage
from diagapp.ui.pages.funding import FundingPage
from diagapp.ui.pages.recommendations import RecommendationsPage
from diagapp.ui.pages.results import ResultsPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ANALYSIS_PAGES = ("governance", "funding", "results", "recommendations", "comparison")


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    opened = app.open_window(demo=True)
    assert isinstance(opened, MainWindow)
    qtbot.addWidget(opened)
    opened.resize(1400, 900)
    opened.show()
    for key in ANALYSIS_PAGES:
        opened.show_page(key)
    comparison = opened.pages["comparison"]
    assert isinstance(comparison, ComparisonPage)
    qtbot.waitUntil(lambda: not comparison.busy and comparison.comparison is not None)
    yield opened
    opened.close()
    opened.workshop.workspace.close()


def test_every_widget_of_the_analysis_pages_follows_large_type(window: MainWindow) -> None:
    normal = window.font().pointSizeF()
    settings.put(settings.LARGE_TEXT, True)
    large = window.font().pointSizeF()
    assert large == pytest.approx(normal * settings.LARGE_TEXT_FACTOR)
    for key in ANALYSIS_PAGES:
        page = window.pages[key]
        frozen = {
            f"{type(w).__name__} {w.objectName()}"
            for w in page.findChildren(QWidget)
            if w.font().pointSizeF() != pytest.approx(large)
        }
        assert frozen == set(), key
    recommendations = window.pages["recommendations"]
    assert isinstance(recommendations, RecommendationsPage)
    card = next(iter(recommendations.cards.values()))
    assert card.text.font().pointSizeF() == pytest.approx(large)
    assert card.accept_button.font().pointSizeF() == pytest.approx(large)


def test_the_funding_tables_keep_every_row_visible(window: MainWindow) -> None:
    funding, results = window.pages["funding"], window.pages["results"]
    assert isinstance(funding, FundingPage) and isinstance(results, ResultsPage)
    before = (funding.table.height(), results.heatmap.height())
    settings.put(settings.LARGE_TEXT, True)
    for table in (funding.table, results.heatmap):
        rows = table.model().rowCount()
        assert rows == 2
        line = table.fontMetrics().height()
        row = table.verticalHeader().defaultSectionSize()
        assert row >= 1.5 * line  # room for the cell's combo box
        header = table.horizontalHeader().sizeHint().height()
        assert table.height() >= header + rows * row
    assert funding.table.height() > before[0] and results.heatmap.height() > before[1]


def test_radar_labels_grow_with_the_window(window: MainWindow) -> None:
    import pyqtgraph as pg

    results = window.pages["results"]
    assert isinstance(results, ResultsPage) and results.radar is not None
    chart = results.radar.overall

    def labels_follow() -> bool:
        sizes = [
            item.textItem.font().pointSizeF()
            for item in chart.getPlotItem().items
            if isinstance(item, pg.TextItem)
        ]
        return bool(sizes) and all(s == pytest.approx(window.font().pointSizeF()) for s in sizes)

    assert labels_follow()
    settings.put(settings.LARGE_TEXT, True)
    assert labels_follow()


@pytest.fixture
def projected(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """Large type in a 1600 × 1000 window, as projected on a wall."""
    window.resize(1600, 1000)
    settings.put(settings.LARGE_TEXT, True)
    qtbot.wait(50)  # the pages lay out again in the larger type
    return window


def test_the_five_dimension_radar_stays_large_when_projected(
    projected: MainWindow, qtbot: QtBot
) -> None:
    results = projected.pages["results"]
    assert isinstance(results, ResultsPage)
    projected.show_page("results")
    assert results.radar is not None
    chart = results.radar.overall
    view = chart.getPlotItem().getViewBox()

    def ring_radius() -> float:
        (left, right), _ = view.viewRange()
        return view.width() / (right - left) * 3  # ring 3, in pixels

    # the labels leave the radar at least 60 % of its room (it was under half)
    qtbot.waitUntil(lambda: ring_radius() >= 0.6 * min(view.width(), view.height()) / 2)


def test_no_table_scrolls_sideways_when_projected(projected: MainWindow, qtbot: QtBot) -> None:
    from diagapp.ui.pages.governance import GovernancePage

    governance, funding = projected.pages["governance"], projected.pages["funding"]
    assert isinstance(governance, GovernancePage) and isinstance(funding, FundingPage)
    for key, table in (("governance", governance.typology), ("funding", funding.table)):
        projected.show_page(key)
        qtbot.waitUntil(table.isVisible)
        qtbot.wait(50)
        assert table.horizontalScrollBar().maximum() == 0, key


def test_deliberation_item_names_wrap_instead_of_shrinking(
    projected: MainWindow, qtbot: QtBot
) -> None:
    projected.show_page("deliberation")
    page = projected.current_page()
    table = page.table  # type: ignore[union-attr]
    qtbot.waitUntil(table.isVisible)
    text = str(table.model().index(0, 0).data())
    width = table.columnWidth(0)
    lines = -(-table.fontMetrics().horizontalAdvance(text) // max(width, 1))
    assert width >= 20 * table.fontMetrics().averageCharWidth()  # not a word per line
    assert lines > 1  # the whole name does not fit on one line…
    assert table.rowHeight(0) >= lines * table.fontMetrics().lineSpacing() * 0.9  # …so it wraps


def test_menus_and_dialogs_grow_with_large_type(projected: MainWindow) -> None:
    from diagapp.ui.dialogs.settings import SettingsDialog

    large = projected.font().pointSizeF()
    menu = projected.menuBar().actions()[0].menu()
    assert menu is not None and menu.font().pointSizeF() == pytest.approx(large)
    dialog = SettingsDialog(projected)
    try:
        assert dialog.font().pointSizeF() == pytest.approx(large)
    finally:
        dialog.deleteLater()
