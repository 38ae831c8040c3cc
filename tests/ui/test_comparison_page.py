"""The comparison page on the demo (three yearly workshops, 2024-2026)."""

from __future__ import annotations

import math
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diagapp.report.typography import level
from diagapp.services import assessments, catalog, compare
from diagapp.ui.models.comparison_model import ITEM_ID_ROLE, ComparisonItemsModel
from diagapp.ui.pages.comparison import CONTEXT, ComparisonPage
from diagapp.ui.workshop import Workshop

if TYPE_CHECKING:
    from conftest import ShowPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _wait(qtbot: QtBot, page: ComparisonPage) -> None:
    qtbot.waitUntil(lambda: not page.busy and page.comparison is not None, timeout=15000)


@pytest.fixture
def page(workshop: Workshop, qtbot: QtBot, show_page: ShowPage) -> ComparisonPage:
    widget = show_page(ComparisonPage(workshop))
    _wait(qtbot, widget)
    return widget


def test_the_three_years_are_compared_by_default(page: ComparisonPage) -> None:
    assert page.title == "Évolution"
    assert page.comparison is not None and page.comparison.years == (2024, 2025, 2026)
    assert [box.isChecked() for box in page.boxes.values()] == [True, True, True]
    table = page.summary.dimensions
    assert table.rowCount() == 6  # five dimensions and the whole
    first = page.comparison.dimensions[0]
    assert table.item(0, 1).text() == level(first.points[0].mean or 0, "fr")


def test_radars_overlay_one_polygon_per_year(page: ComparisonPage) -> None:
    assert page.radars is not None and page.comparison is not None
    overall = page.radars.overall
    assert [s.name.split(" (")[0] for s in overall.series] == [
        "Atelier 2026",
        "Atelier 2025",
        "Atelier 2024",
    ]
    oldest = [math.hypot(*p) for p in overall.polygon_points(2)]
    wanted = [d.points[0].mean or 0.0 for d in page.comparison.dimensions]
    assert oldest == pytest.approx(wanted)
    lines = page.trends.lines if page.trends else {}
    assert set(lines) == {d.dimension_id for d in page.comparison.dimensions} | {"overall"}
    xs, ys = lines["energie"].getData()
    assert list(xs) == [0, 1, 2]
    assert list(ys) == pytest.approx([p.mean for p in page.comparison.dimension("energie").points])


def test_the_delta_table_sorts_and_filters(page: ComparisonPage, qtmodeltester: Any) -> None:
    qtmodeltester.check(page.items_model)
    proxy = page.items_proxy
    delta_column = page.items_model.first_delta
    page.items_table.sortByColumn(delta_column, Qt.SortOrder.DescendingOrder)
    top = proxy.index(0, 0).data(ITEM_ID_ROLE)
    assert page.comparison is not None
    assert top == page.comparison.moved_up(1)[0].item_id
    assert proxy.index(0, delta_column).data().startswith("+")
    page.moved_only.setChecked(True)
    moved = [i for i in page.comparison.items if i.delta]
    assert proxy.rowCount() == len(moved)
    page.dimension_filter.setCurrentIndex(page.dimension_filter.findData("impact"))
    assert all(
        proxy.index(r, 0).data(ITEM_ID_ROLE).startswith("impact.") for r in range(proxy.rowCount())
    )


def test_two_years_chosen_and_context(page: ComparisonPage, qtbot: QtBot) -> None:
    ids = list(page.boxes)
    page.set_chosen([ids[0], ids[2]])
    _wait(qtbot, page)
    assert page.comparison is not None and page.comparison.years == (2024, 2026)
    assert page.items_model.columnCount() == 3 + 2 + 4
    page.tabs.setCurrentIndex(CONTEXT)
    fields = page.context.fields
    names = {fields.item(r, 0).text() for r in range(fields.rowCount())}
    assert "Place accordée au débat et degré de partage de la prise de décision" in names
    indicators = page.context.indicators
    assert indicators.item(0, 0).text() == "Dépendance aux subventions publiques"
    assert indicators.item(0, 1).text() == "61\u202f%"


def test_one_year_only_asks_for_another(page: ComparisonPage, qtbot: QtBot) -> None:
    page.set_chosen([next(iter(page.boxes))])
    assert page.comparison is None and not page.tabs.isEnabled()
    assert "au moins deux" in page.message.text()


def test_the_model_on_its_own(workshop: Workshop, qtmodeltester: Any) -> None:
    model = ComparisonItemsModel()
    qtmodeltester.check(model)
    ids = assessments.history(workshop.db, dynamic_id=1)
    model.set_comparison(compare.compare(workshop.db, assessment_ids=ids[:2]))
    qtmodeltester.check(model)
    assert model.rowCount() == len(catalog.questionnaire().items)
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Atelier 2024"


def _number(text: str) -> Decimal:
    return Decimal(text.replace("−", "-").replace(",", "."))


def test_each_printed_change_is_the_change_of_the_printed_scores(
    page: ComparisonPage, qtbot: QtBot
) -> None:
    """2025 → 2026 in the demo: every change shown is the difference of the scores shown
    (« faire système » 1,7 → 2,25 was once shown 2,2 and +0,6)."""
    ids = list(page.boxes)
    page.set_chosen([ids[1], ids[2]])
    _wait(qtbot, page)
    table = page.summary.dimensions
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert [r[1:] for r in rows if r[0].startswith("5. ")] == [["1,8", "2,0", "+0,2"]]  # v2 demo
    for label, before, after, change in rows:
        shown = Decimal(0) if change in ("0", "0,0") else _number(change)
        assert shown == _number(after) - _number(before), label


def test_context_counts_round_as_the_monograph(
    workshop: Workshop, qtbot: QtBot, show_page: ShowPage
) -> None:
    from diagapp.services import answers

    latest = assessments.load_assessment(workshop.db, workshop.assessment_id)
    volunteers = next(s for s in latest.structures if s.volunteer_hours)
    answers.update_structure(workshop.db, structure_id=volunteers.id, volunteer_hours=2100.5)
    page = show_page(ComparisonPage(workshop))
    _wait(qtbot, page)
    page.tabs.setCurrentIndex(CONTEXT)
    table = page.context.indicators
    hours = next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith("Heures"))
    assert table.item(hours, table.columnCount() - 1).text() == "2\u202f101"  # was 2 100
