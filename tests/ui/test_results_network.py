"""The results' « Au regard du réseau » tab (issue 16), on the real page."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from diagapp.domain import scoring
from diagapp.services import assessments, catalog, peers
from diagapp.ui.formats import format_level
from diagapp.ui.pages.results import ResultsPage
from diagapp.ui.workshop import Workshop

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services" / "network"))
from network_scenario import HELPER, benchmark_for

if TYPE_CHECKING:
    from conftest import ShowPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_network_tab_says_where_the_dynamic_stands_and_who_can_help(
    workshop: Workshop, show_page: ShowPage, tmp_path: Path
) -> None:
    page = show_page(ResultsPage(workshop))
    tab = page.network_tab
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Au regard du réseau"
    assert "Aucun référentiel" in tab.caption.text()  # before any import

    assert workshop.assessment_id is not None
    peers.import_benchmark(
        workshop.db, benchmark_for(workshop.db, workshop.assessment_id, tmp_path)
    )
    demo = assessments.load_assessment(workshop.db, workshop.assessment_id)
    page.load(demo)
    page.tabs.setCurrentWidget(tab)

    assert "13 dynamiques du même type et de la même phase" in tab.caption.text()
    questionnaire = catalog.questionnaire(demo.questionnaire_version)
    first = questionnaire.dimensions[0]
    row0 = [tab.table.item(0, c).text() for c in range(6)]  # type: ignore[union-attr]
    assert row0[0].endswith(first.title.get("fr"))
    own = scoring.consensus_scores(demo, questionnaire)[first.id].mean
    assert row0[1] == format_level(own)
    assert row0[5] == "13"
    assert tab.table.rowCount() == len(questionnaire.dimensions) + len(questionnaire.items)
    assert HELPER in tab.helpers.text()
