"""The « Feuille de route » page on the real demo: actions added from the keyboard, edited in
place and saved at once, grouped and filtered; « Créer une action » from an accepted
recommendation; the review of last year's plan at the top of a copied assessment."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from diagapp.domain import plan
from diagapp.services import assessments, plan_review
from diagapp.services import plan as plans
from diagapp.ui.dialogs import new_assessment
from diagapp.ui.dialogs.new_assessment import NewAssessment
from diagapp.ui.main_window import MainWindow
from diagapp.ui.pages.plan import PlanPage, confirm_delete
from diagapp.ui.pages.recommendations import RecommendationsPage
from diagapp.ui.pages.start import StartPage
from diagapp.ui.workshop import Workshop

if TYPE_CHECKING:
    from conftest import ShowPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
TODAY = dt.date(2026, 11, 15)


@pytest.fixture
def page(workshop: Workshop, show_page: ShowPage) -> PlanPage:
    shown = PlanPage(workshop)
    shown.today = lambda: TODAY
    shown.ask_delete = lambda _parent, _title: True
    shown.refresh()
    return show_page(shown)


def stored(workshop: Workshop) -> tuple[plan.Action, ...]:
    assert workshop.assessment_id is not None
    return plans.actions(workshop.db, assessment_id=workshop.assessment_id)


def test_insert_adds_an_action_whose_fields_are_saved_as_typed(
    page: PlanPage, workshop: Workshop, qtbot: QtBot
) -> None:
    before = len(stored(workshop))
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Insert)
    assert len(stored(workshop)) == before + 1
    new = page.current_action()
    assert new is not None and page.editor.title.hasFocus()
    editor = page.editor
    editor.title.setText("Ouvrir un café des habitants")
    editor.flush()
    editor.done_when.setText("Premier café tenu, vingt habitants")
    editor.target_date.setText("30/06/2027")
    editor.flush()
    editor.owner.setCurrentIndex(1)  # the first participant
    editor.dimension.setCurrentIndex(editor.dimension.findData("energie"))
    editor.items.item(0).setCheckState(Qt.CheckState.Checked)
    editor.budget.setText("1 200")
    editor.flush()
    editor.status.setCurrentIndex(plan.STATUSES.index(plan.IN_PROGRESS))
    kept = plans.action(workshop.db, action_id=new.id)
    assert kept.title == "Ouvrir un café des habitants"
    assert kept.done_when == "Premier café tenu, vingt habitants"
    assert kept.target_date == dt.date(2027, 6, 30)
    assert kept.owner.kind == plan.OWNER_PARTICIPANT and kept.owner_label
    assert kept.dimension_id == "energie" and len(kept.item_ids) == 1
    assert kept.budget_eur == 1200.0 and kept.status == plan.IN_PROGRESS
    row = page._find(new.id)
    assert row is not None and row.text(0) == "Ouvrir un café des habitants"
    assert row.text(2) == "30/06/2027" and row.text(3) == "en cours"


def test_a_partner_can_carry_an_action(page: PlanPage, workshop: Workshop) -> None:
    new = page.add_action()
    assert new is not None
    page.editor.owner.setCurrentIndex(page.editor.owner.count() - 1)
    assert page.editor.partner.isVisibleTo(page)
    page.editor.partner.setText("Communauté de communes")
    page.editor.flush()
    assert plans.action(workshop.db, action_id=new).owner_label == "Communauté de communes"


def test_dropping_an_action_needs_a_word_on_why(
    page: PlanPage, workshop: Workshop, quiet: list[str]
) -> None:
    failures: list[str] = []
    workshop.failed.connect(failures.append)
    new = page.add_action()
    assert new is not None
    page.editor.status.setCurrentIndex(plan.STATUSES.index(plan.DROPPED))
    assert failures and "raison de l'abandon" in failures[-1]
    assert plans.action(workshop.db, action_id=new).status == plan.TO_START
    assert page.editor.status.currentData() == plan.TO_START  # shows what is stored
    page.editor.status_note.setText("Le local a fermé.")
    page.editor.status.setCurrentIndex(plan.STATUSES.index(plan.DROPPED))
    kept = plans.action(workshop.db, action_id=new)
    assert (kept.status, kept.status_note) == (plan.DROPPED, "Le local a fermé.")


def test_a_date_that_cannot_be_read_is_refused_in_french(
    page: PlanPage, workshop: Workshop
) -> None:
    failures: list[str] = []
    workshop.failed.connect(failures.append)
    new = page.add_action()
    assert new is not None
    page.editor.target_date.setText("fin juin")
    page.editor.flush()
    assert failures and "JJ/MM/AAAA" in failures[-1]
    assert plans.action(workshop.db, action_id=new).target_date is None


def test_grouped_by_dimension_or_by_date_and_filtered_by_status(
    page: PlanPage, workshop: Workshop
) -> None:
    assert workshop.assessment_id is not None
    aid = workshop.assessment_id
    late = plans.add_action(
        workshop.db,
        assessment_id=aid,
        title="Action en retard",
        target_date=dt.date(2026, 9, 1),
        dimension_id="impact",
    )
    done = plans.add_action(
        workshop.db,
        assessment_id=aid,
        title="Action faite",
        target_date=dt.date(2026, 3, 1),
        dimension_id="ressort",
        status=plan.DONE,
    )
    page.reload()
    tops = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert any(t.startswith("1.") for t in tops) and any(t.startswith("4.") for t in tops)
    row = page._find(late)
    assert row is not None and row.text(3) == "à lancer, en retard"
    page.group_by.setCurrentIndex(page.group_by.findData("date"))
    order = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert order.index("Action faite") < order.index("Action en retard")
    page.filter.setCurrentIndex(page.filter.findData("late"))
    shown = [a.id for a in page.visible_actions()]
    assert late in shown and done not in shown
    page.filter.setCurrentIndex(page.filter.findData(plan.DONE))
    assert [a.id for a in page.visible_actions()] == [
        a.id for a in stored(workshop) if a.status == plan.DONE
    ]
    assert "en retard" in page.summary.text()


def test_delete_key_removes_the_action_after_asking(
    page: PlanPage, workshop: Workshop, qtbot: QtBot
) -> None:
    new = page.add_action()
    assert new is not None
    page.tree.setCurrentItem(page._find(new))
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert new not in [a.id for a in stored(workshop)]


def test_the_real_question_keeps_the_action_on_enter_and_removes_it_on_supprimer(
    page: PlanPage, workshop: Workshop, qtbot: QtBot
) -> None:
    """The real confirmation (not a replacement): Entrée answers « Annuler », the action
    stays; « Supprimer » removes it."""
    page.ask_delete = confirm_delete  # the page's own question, put back
    new = page.add_action()
    assert new is not None
    seen: list[str] = []

    def answer(button: str | None) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not up yet: look again shortly
            QTimer.singleShot(20, lambda: answer(button))
            return
        seen.append(box.text())
        if button is None:
            qtbot.keyClick(box, Qt.Key.Key_Return)  # a slip of Entrée
        else:
            next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, lambda: answer(None))
    page.tree.setCurrentItem(page._find(new))
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert new in [a.id for a in stored(workshop)]
    QTimer.singleShot(0, lambda: answer("Supprimer"))
    page.delete_action(new)  # what the key and the editor's button call
    assert "de la feuille de route ?" in seen[0] and len(seen) == 2
    assert new not in [a.id for a in stored(workshop)]


def test_create_an_action_from_an_accepted_recommendation(
    workshop: Workshop, show_page: ShowPage
) -> None:
    recs = show_page(RecommendationsPage(workshop))
    first = next(iter(recs.cards.values()))
    assert not first.plan_button.isVisibleTo(recs)
    recs.decide(first.recommendation_id, "accepted")
    assert first.plan_button.isVisibleTo(recs)
    before = {a.id for a in stored(workshop)}
    first.plan_button.click()
    (new,) = [a for a in stored(workshop) if a.id not in before]
    assert new.recommendation_id == first.recommendation_id
    assert new.title == recs.report.find(first.recommendation_id).title  # type: ignore[union-attr]
    assert new.status == plan.TO_START


def test_a_copied_assessment_opens_on_the_review_of_last_years_plan(
    workshop: Workshop, show_page: ShowPage
) -> None:
    assert workshop.assessment_id is not None
    last = workshop.assessment_id
    open_one = plans.add_action(workshop.db, assessment_id=last, title="Trouver un local")
    dynamic = assessments.load_assessment(workshop.db, last).dynamic_id
    new = assessments.create_assessment(
        workshop.db, dynamic_id=dynamic, date=dt.date(2027, 3, 1), copy_from=last
    )
    workshop.set_assessment(new)
    page = show_page(PlanPage(workshop))
    assert page.review.isVisibleTo(page)
    titles = [page.review.table.item(r, 0).text() for r in range(page.review.table.rowCount())]
    row = titles.index("Trouver un local")
    page.review.outcomes[row].setText("Local trouvé à la mairie, bail signé.")
    page.review.statuses[row].setCurrentIndex(plan.STATUSES.index(plan.DONE))
    kept = plans.action(workshop.db, action_id=open_one)
    assert kept.status == plan.DONE and kept.outcome == "Local trouvé à la mairie, bail signé."
    (reviewed,) = [
        r for r in plan_review.review(workshop.db, assessment_id=new) if r.action.id == open_one
    ]
    assert reviewed.carried_id is not None
    assert plans.action(workshop.db, action_id=reviewed.carried_id).status == plan.DONE
    carried_row = page._find(reviewed.carried_id)
    assert carried_row is not None and carried_row.text(3) == "fait"


def test_next_years_workshop_opens_on_the_review(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = demo_window.workshop.db
    dynamic = assessments.list_dynamics(db)[0]
    last = dynamic.assessments[-1].id
    plans.add_action(db, assessment_id=last, title="Ouvrir un collège habitants")
    start = demo_window.pages["start"]
    assert isinstance(start, StartPage)
    start.refresh()
    start.select("dynamic", dynamic.id)
    monkeypatch.setattr(
        new_assessment,
        "ask_new_assessment",
        lambda _p, _n, previous: NewAssessment(dt.date(2027, 3, 1), "Atelier 2027", True),
    )
    created = start.create_assessment()
    assert created is not None
    page = demo_window.current_page()
    assert isinstance(page, PlanPage)
    assert page.review.isVisible()
    titles = [page.review.table.item(r, 0).text() for r in range(page.review.table.rowCount())]
    assert "Ouvrir un collège habitants" in titles


def test_the_comparison_page_shows_done_actions_beside_their_items(
    workshop: Workshop, show_page: ShowPage, qtbot: QtBot
) -> None:
    from diagapp.ui.pages.comparison import ComparisonPage

    assert workshop.assessment_id is not None
    db = workshop.db
    earlier = assessments.history(
        db, dynamic_id=assessments.load_assessment(db, workshop.assessment_id).dynamic_id
    )[-2]
    plans.add_action(
        db,
        assessment_id=earlier,
        title="Restituer le diagnostic aux habitants",
        item_ids=["ressort.besoin_territoire"],
        status=plan.DONE,
    )
    page = show_page(ComparisonPage(workshop))
    qtbot.waitUntil(lambda: page.comparison is not None, timeout=20_000)
    texts = [page.context.plan.item(i).text() for i in range(page.context.plan.count())]
    assert any("Restituer le diagnostic aux habitants" in t and "→" in t for t in texts)
    assert any(t.startswith("Le ressort") and "1 action(s) faite(s)" in t for t in texts)


def test_an_item_in_deliberation_becomes_an_action_on_the_plan_page(
    demo_window: MainWindow,
) -> None:
    from diagapp.ui.pages.deliberation import DeliberationPage

    shop = demo_window.workshop
    shop.set_assessment(assessments.latest_assessment(shop.db))
    demo_window.show_page("deliberation")
    deliberation = demo_window.current_page()
    assert isinstance(deliberation, DeliberationPage)
    item = "robustesse.garder_des_traces"
    deliberation.select_item(item)
    failures: list[str] = []
    demo_window.workshop.failed.connect(failures.append)
    assert deliberation.item_id == item
    deliberation.plan_button.click()
    assert failures == []
    page = demo_window.current_page()
    assert isinstance(page, PlanPage)
    current = page.current_action()
    assert current is not None and current.item_ids == (item,)
    assert current.dimension_id == item.split(".")[0]
    assert page.editor.title.hasFocus()
