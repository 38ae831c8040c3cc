"""The results page: radars, item table, funding heatmap, nearest reference dynamics."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from diagapp.domain import funding, scoring
from diagapp.domain.model import Assessment
from diagapp.services import answers, assessments, catalog
from diagapp.ui.formats import format_percent
from diagapp.ui.models.funding_model import INTENSITY_ROLE
from diagapp.ui.models.item_results_model import ITEM_ID_ROLE
from diagapp.ui.pages.reference_match import nearest_references
from diagapp.ui.pages.results import ResultsPage
from diagapp.ui.workshop import Workshop

if TYPE_CHECKING:
    from conftest import ShowPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(workshop: Workshop, show_page: ShowPage) -> ResultsPage:
    return show_page(ResultsPage(workshop))


def current(workshop: Workshop) -> Assessment:
    assert workshop.assessment_id is not None
    return assessments.load_assessment(workshop.db, workshop.assessment_id)


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def radius(point: tuple[float, float]) -> float:
    return math.hypot(*point)


def test_building_the_page_does_not_import_pyqtgraph(tmp_path: Path) -> None:
    """The main window builds every page at start-up: the charts wait for the first show."""
    code = (
        "import sys; from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from diagapp.services.workspace import open_workspace\n"
        "from diagapp.ui.workshop import Workshop\n"
        "from diagapp.ui.pages.results import ResultsPage\n"
        "app = QApplication([])\n"
        f"ws = open_workspace(Path({str(tmp_path / 'x.sqlite')!r}))\n"
        "page = ResultsPage(Workshop(ws))\n"
        "print('pyqtgraph' in sys.modules)\n"
        "ws.close()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_the_radars_draw_the_consensus_surface(page: ResultsPage, workshop: Workshop) -> None:
    radar = page.radar
    assert radar is not None and radar.overall.isVisible()
    demo = current(workshop)
    questionnaire = catalog.questionnaire(demo.questionnaire_version)
    scores = scoring.consensus_scores(demo, questionnaire)
    assert radar.checked_keys() == ["consensus"]
    assert len(radar.overall.labels) == 5
    drawn = [radius(p) for p in radar.overall.polygon_points(0)]
    wanted = [scores[d.id].mean or 0.0 for d in questionnaire.dimensions]
    assert drawn == pytest.approx(wanted)
    # The detailed radar shows the items of the chosen dimension.
    radar.dimension_combo.setCurrentIndex(2)
    robustesse = questionnaire.dimensions[2]
    assert len(radar.dimension_chart.labels) == len(robustesse.items)
    levels = [demo.consensus(i.id) for i in robustesse.items]
    assert [radius(p) for p in radar.dimension_chart.polygon_points(0)] == pytest.approx(
        [float(a.value or 0) if a else 0.0 for a in levels]
    )


def test_collèges_and_participants_can_be_overlaid(page: ResultsPage, workshop: Workshop) -> None:
    radar = page.radar
    assert radar is not None
    demo = current(workshop)
    radar.with_colleges.click()
    assert len(radar.overall.series) == 1 + len(demo.colleges) == 6
    first = demo.participants[0]
    radar.only_consensus.click()
    for row in range(radar.overlay_list.count()):
        item = radar.overlay_list.item(row)
        if item.text() == first.display_name():
            item.setCheckState(item.checkState().Checked)
    assert [s.name for s in radar.overall.series] == ["Consensus de l'équipe", first.display_name()]
    questionnaire = catalog.questionnaire(demo.questionnaire_version)
    mine = scoring.participant_scores(demo, questionnaire, first.id)
    drawn = [radius(p) for p in radar.overall.polygon_points(1)]
    assert drawn == pytest.approx([mine[d.id].mean or 0.0 for d in questionnaire.dimensions])


def test_the_item_table_sorts_the_most_disputed_item_first(
    page: ResultsPage, workshop: Workshop
) -> None:
    demo = current(workshop)
    results = scoring.item_results(demo, catalog.questionnaire(demo.questionnaire_version))
    page.sort_by_disagreement()
    proxy = page.items_proxy
    first = proxy.index(0, 0).data(ITEM_ID_ROLE)
    assert first == scoring.disagreements(results)[0].item_id
    page.strong_only.setChecked(True)
    assert proxy.rowCount() == len(scoring.disagreements(results, strong_only=True))


def test_a_new_consensus_shows_at_once(page: ResultsPage, workshop: Workshop) -> None:
    assert workshop.assessment_id is not None
    item_id = "systeme.resilience"  # the demo's last workshop has no consensus on it yet
    assert current(workshop).consensus(item_id) is None
    workshop.save(
        "answers",
        answers.record_answer,
        assessment_id=workshop.assessment_id,
        participant_id=None,
        item_id=item_id,
        value=3,
    )
    model = page.items_model
    row = next(r for r in range(model.rowCount()) if model.row(r).item.id == item_id)
    assert model.row(row).result.consensus == 3
    assert page.radar is not None
    assert cell(page.radar.scores, 4, 3).startswith("10/11")  # systeme has 11 items in v2


def test_the_heatmap_and_indicators_match_the_funding_matrix(
    page: ResultsPage, workshop: Workshop
) -> None:
    demo = current(workshop)
    model = page.heatmap_model
    assert model.rowCount() == 2
    for row, structure in enumerate(demo.structures):
        for column, key in enumerate(catalog.questionnaire(1).funding.keys):
            assert model.index(row, column).data(INTENSITY_ROLE) == structure.cell(key).intensity
    spec = catalog.questionnaire(1).funding
    history = [
        assessments.load_assessment(workshop.db, a)
        for a in assessments.history(workshop.db, dynamic_id=demo.dynamic_id)
        if a != demo.id
    ]
    expected = funding.indicators(demo, spec, history)
    assert page.indicators.values["public_dependence"].text() == format_percent(
        expected.public_dependence
    )
    assert page.indicators.de_minimis.text().startswith("À vérifier avec vos financeurs")


def test_the_nearest_reference_dynamics_are_listed_with_their_matrix(
    page: ResultsPage, workshop: Workshop
) -> None:
    demo = current(workshop)
    matches = nearest_references(catalog.references(), demo, 5)
    table = page.references
    assert cell(table, 0, 0) == "Votre dynamique"
    assert cell(table, 1, 0).startswith(matches[0].reference.name)
    assert cell(table, 1, 1) == format_percent(matches[0].similarity)
    rows = 1 + sum(len(m.reference.structures) for m in matches)
    assert table.rowCount() == rows
    # The reference's own matrix row, as the report prints it (l.810-832).
    first = matches[0].reference.structures[0]
    public = "+++"[: first.intensity["public_subsidies"]]
    assert cell(table, 1, 5) == public


def test_without_an_assessment_the_page_waits(workshop: Workshop, qtbot: QtBot) -> None:
    workshop.set_assessment(None)
    widget = ResultsPage(workshop)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.placeholder.isVisible()
    assert widget.radar is None
