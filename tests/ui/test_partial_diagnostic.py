"""A partial diagnostic does not look finished: unassessed dimensions are absent from the
radar (not drawn at 0), the overall figure says on what it rests, and marking the assessment
« terminée » or sending it to funders warns first."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

from diagapp.services import answers, assessments, catalog
from diagapp.services.workspace import open_workspace
from diagapp.ui.dialogs import ask, export_pdf
from diagapp.ui.pages.results import ResultsPage
from diagapp.ui.pages.start import StartPage
from diagapp.ui.workshop import Workshop

ITEMS = len(catalog.questionnaire().items)  # the newest questionnaire's

if TYPE_CHECKING:
    from conftest import ShowPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def partial(tmp_path: Path) -> Iterator[Workshop]:
    """5 of the items with a consensus level, in the first two dimensions (2 + 1 levels)."""
    workspace = open_workspace(tmp_path / "partial.sqlite")
    dynamic = assessments.create_dynamic(workspace.db, name="Tiers-lieu La Fabrique")
    aid = assessments.create_assessment(workspace.db, dynamic_id=dynamic, date=dt.date(2026, 3, 1))
    q = catalog.questionnaire(None)
    chosen = [(i.id, 2) for i in q.dimensions[0].items[:3]]
    chosen += [(i.id, 1) for i in q.dimensions[1].items[:2]]
    for item_id, value in chosen:
        answers.record_answer(
            workspace.db, assessment_id=aid, participant_id=None, item_id=item_id, value=value
        )
    shop = Workshop(workspace)
    shop.set_assessment(aid)
    yield shop
    workspace.close()


def start_page(shop: Workshop, qtbot: QtBot) -> StartPage:
    """The start page with the workshop's assessment selected."""
    page = StartPage(shop)
    qtbot.addWidget(page)
    page.show()
    assert shop.assessment_id is not None
    page.select("assessment", shop.assessment_id)
    return page


def statuses(shop: Workshop) -> dict[int, str]:
    return {a.id: a.status for d in assessments.list_dynamics(shop.db) for a in d.assessments}


def test_unassessed_dimensions_are_absent_from_the_radar_not_zero(
    partial: Workshop, show_page: ShowPage, qtbot: QtBot
) -> None:
    page = show_page(ResultsPage(partial))
    qtbot.waitUntil(lambda: page.radar is not None)
    radar = page.radar
    assert radar is not None
    drawn = radar.overall.polygon_points(0)
    assert sorted(round(math.hypot(*p), 6) for p in drawn) == [1.0, 2.0]  # no point at 0
    assert radar.overall.absent == [2, 3, 4]  # spokes 3, 4 and 5 say « non évalué »
    text = radar.basis.text()
    assert "Diagnostic partiel" in text
    assert "1,5 sur 3" in text  # (2 + 1) / 2: the unassessed dimensions do not pull it down
    assert f"sur 5 éléments de {ITEMS}" in text and "2 dimensions sur 5" in text


def test_marking_a_partial_diagnostic_done_asks_first(
    partial: Workshop, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = start_page(partial, qtbot)
    asked: list[str] = []
    answer = False

    def confirm(_parent: object, question: str, **_k: object) -> bool:
        asked.append(question)
        return answer

    monkeypatch.setattr(ask, "confirm", confirm)
    page.status_button.click()
    assert f"5 éléments sur {ITEMS}" in asked[0] and "2 dimensions évaluées sur 5" in asked[0]
    assert list(statuses(partial).values()) == ["draft"]
    answer = True
    page.status_button.click()
    assert list(statuses(partial).values()) == ["done"]


def test_the_export_dialog_says_the_diagnostic_is_partial(
    partial: Workshop, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[bool, str]] = []

    def look(dialog: export_pdf.ExportDialog) -> int:
        seen.append((dialog.partial.isVisibleTo(dialog), dialog.partial.text()))
        return 0  # cancelled

    monkeypatch.setattr(export_pdf.ExportDialog, "exec", look)
    assert export_pdf.ask_export(None, partial) is None
    visible, text = seen[0]
    assert visible and "Diagnostic partiel" in text and f"5 éléments sur {ITEMS}" in text


def test_a_complete_diagnostic_is_marked_done_without_a_question(
    workshop: Workshop, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = start_page(workshop, qtbot)
    monkeypatch.setattr(ask, "confirm", lambda *_a, **_k: pytest.fail("asked"))
    page.status_button.click()
    assert statuses(workshop)[workshop.assessment_id] == "done"  # type: ignore[index]
