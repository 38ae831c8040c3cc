"""The recommendations page: what the engine triggers, in its order, with why and where;
the team's decisions stored with the assessment and shown again the year after."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from diagapp.domain.errors import DiagappError
from diagapp.services import answers, assessments, recommendations
from diagapp.services.workspace import open_workspace
from diagapp.ui.pages.recommendations import RecommendationsPage
from diagapp.ui.workshop import Workshop

if TYPE_CHECKING:
    from conftest import ShowPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(workshop: Workshop, show_page: ShowPage) -> RecommendationsPage:
    return show_page(RecommendationsPage(workshop))


def expected(workshop: Workshop) -> recommendations.RecommendationReport:
    assert workshop.assessment_id is not None
    return recommendations.recommend(workshop.db, assessment_id=workshop.assessment_id)


def plain(label: QLabel) -> str:
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


def stored_decisions(workshop: Workshop) -> dict[str, tuple[str, str]]:
    assert workshop.assessment_id is not None
    found = recommendations.decisions(workshop.db, assessment_id=workshop.assessment_id)
    return {k: (d.decision, d.note) for k, d in found.items()}


def test_the_highlighted_recommendations_come_first_with_why_and_where(
    page: RecommendationsPage, workshop: Workshop
) -> None:
    report = expected(workshop)
    assert 0 < len(report.highlighted) <= 5
    shown = [card.recommendation_id for card in page.dynamic_list.cards]
    assert shown == [r.id for r in report.highlighted + report.further]
    first = report.highlighted[0]
    card = page.cards[first.id]
    assert plain(card.title) == first.title
    assert card.text.text() == first.text
    assert all(reason in plain(card.why) for reason in first.why)
    assert plain(card.where).endswith(first.where)
    assert first.audience_label in plain(card.meta)
    assert plain(card.state) == "À discuter"
    assert page.title == "Recommandations"


def test_proposals_to_funders_form_their_own_list(
    page: RecommendationsPage, workshop: Workshop
) -> None:
    report = expected(workshop)
    assert report.funders
    assert [c.recommendation_id for c in page.funders_list.cards] == [r.id for r in report.funders]
    assert [c.recommendation_id for c in page.advocacy_list.cards] == [
        r.id for r in report.advocacy
    ]
    assert page.others.rowCount() == len(report.not_triggered)
    assert all(r.audience == "funders" for r in report.funders)


def test_the_team_accepts_sets_aside_and_annotates(
    page: RecommendationsPage, workshop: Workshop
) -> None:
    report = expected(workshop)
    first, second = report.highlighted[0].id, report.highlighted[1].id
    card = page.cards[first]
    card.accept_button.click()
    assert stored_decisions(workshop)[first] == ("accepted", "")
    assert plain(card.state) == "Retenue"
    assert page.cards[first] is card  # the list is not rebuilt under the team's eyes
    card.note.setText("On en parle au CA de janvier")
    card.flush()
    assert stored_decisions(workshop)[first] == ("accepted", "On en parle au CA de janvier")
    card.accept_button.click()  # a second click reopens it, the note stays
    assert stored_decisions(workshop)[first] == ("open", "On en parle au CA de janvier")

    other = page.cards[second]
    other.set_aside_button.click()
    assert stored_decisions(workshop)[second] == ("set_aside", "")
    assert other.set_aside_button.isChecked() and not other.accept_button.isChecked()
    assert page.decide(second, "accepted")
    assert other.accept_button.isChecked() and not other.set_aside_button.isChecked()


def test_last_year_decisions_are_shown_next_to_this_year(workshop: Workshop, qtbot: QtBot) -> None:
    assert workshop.assessment_id is not None
    previous = recommendations.previous_assessment(
        workshop.db, assessment_id=workshop.assessment_id
    )
    assert previous is not None
    target = next(r for r in expected(workshop).highlighted if r.previous is None)
    recommendations.set_decision(
        workshop.db,
        assessment_id=previous,
        recommendation_id=target.id,
        decision="set_aside",
        note="Pas prioritaire cette année",
    )
    page = RecommendationsPage(workshop)
    qtbot.addWidget(page)
    page.show()
    card = page.cards[target.id]
    assert card.previous.isVisible()
    assert plain(card.previous) == (
        "L’an dernier (Atelier 2025) : Écartée — « Pas prioritaire cette année »"
    )
    past = expected(workshop).last_year
    assert target.id in {p.recommendation_id for p in past}
    assert page.last_year.rowCount() == len(past)
    assert page.tabs.tabText(page.tabs.indexOf(page.last_year_tab)).endswith(f"({len(past)})")
    assert page.last_year_tab.currentWidget() is page.last_year
    # This year's decision is still to be taken.
    assert card.decision == "open"


def test_new_answers_change_the_recommendations(
    page: RecommendationsPage, workshop: Workshop
) -> None:
    assert workshop.assessment_id is not None
    before = {c.recommendation_id for c in page.dynamic_list.cards}
    workshop.save(
        "answers",
        answers.record_answer,
        assessment_id=workshop.assessment_id,
        participant_id=None,
        item_id="energie.implication_habitants",
        value=0,
    )
    report = expected(workshop)
    after = [c.recommendation_id for c in page.dynamic_list.cards]
    assert after == [r.id for r in report.highlighted + report.further]
    assert set(after) != before  # inhabitants at Néant call for the levers of §1.3


def test_an_engine_failure_is_said_not_raised(
    workshop: Workshop, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise DiagappError("Fichier invalide : questionnaires/recommendations.yaml")

    monkeypatch.setattr(recommendations, "recommend", broken)
    page = RecommendationsPage(workshop)
    qtbot.addWidget(page)
    page.show()
    assert page.error.isVisible()
    assert "recommendations.yaml" in page.error.text()
    assert not page.tabs.isVisible()


def test_without_an_assessment_the_page_waits(workshop: Workshop, qtbot: QtBot) -> None:
    workshop.set_assessment(None)
    page = RecommendationsPage(workshop)
    qtbot.addWidget(page)
    page.show()
    assert page.placeholder.isVisible()
    assert not page.decide("evaluation.outil_pilotage", "accepted")


def test_no_decision_from_last_year_is_explained_not_an_empty_table(
    tmp_path: Path, show_page: ShowPage
) -> None:
    workspace = open_workspace(tmp_path / "first.sqlite")
    try:
        db = workspace.db
        dynamic = assessments.create_dynamic(db, name="Tiers-lieu des Tilleuls")
        first = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2024, 3, 1))
        shop = Workshop(workspace)
        shop.set_assessment(first)
        page = show_page(RecommendationsPage(shop))
        page.tabs.setCurrentWidget(page.last_year_tab)
        assert page.last_year_empty.isVisible() and not page.last_year.isVisible()
        assert page.last_year_empty.text().startswith("Aucune évaluation précédente")

        second = assessments.create_assessment(
            db, dynamic_id=dynamic, date=dt.date(2025, 3, 1), copy_from=None
        )
        shop.set_assessment(second)  # the year before decided nothing
        assert page.last_year_empty.isVisible()
        assert "L'évaluation précédente ne contient aucune décision" in (
            page.last_year_empty.text()
        )
    finally:
        workspace.close()
