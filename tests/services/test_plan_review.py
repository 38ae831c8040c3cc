"""Next year's look at the plan: the review of last year's actions, and, per dimension, the
actions done beside the movement of the items they targeted."""

from __future__ import annotations

import datetime as dt

import pytest

from diagapp.domain import plan
from diagapp.domain.errors import DiagappError
from diagapp.services import answers, assessments, plan_review
from diagapp.services import plan as plans
from diagapp.storage.database import Database

ITEM = "ressort.besoin_territoire"


@pytest.fixture
def two_years(db: Database) -> tuple[int, int, dict[str, int]]:
    dynamic = assessments.create_dynamic(db, name="PTCE du Val")
    first = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2025, 3, 1))
    answers.record_answer(db, assessment_id=first, participant_id=None, item_id=ITEM, value=1)
    ids = {
        "done": plans.add_action(
            db, assessment_id=first, title="Diagnostic des besoins", item_ids=[ITEM]
        ),
        "open": plans.add_action(db, assessment_id=first, title="Trouver un mécène"),
        "dropped": plans.add_action(
            db, assessment_id=first, title="Salarier une animatrice", dimension_id="robustesse"
        ),
    }
    plans.update_action(db, action_id=ids["open"], status=plan.IN_PROGRESS)
    second = assessments.create_assessment(
        db, dynamic_id=dynamic, date=dt.date(2026, 3, 1), copy_from=first
    )
    return first, second, ids


def test_the_review_lists_last_years_actions_and_their_copies(
    db: Database, two_years: tuple[int, int, dict[str, int]]
) -> None:
    first, second, _ids = two_years
    reviewed = plan_review.review(db, assessment_id=second)
    assert [r.action.title for r in reviewed] == [
        "Diagnostic des besoins",
        "Trouver un mécène",
        "Salarier une animatrice",
    ]
    assert all(r.carried_id is not None for r in reviewed)  # all three were still open
    assert plan_review.review(db, assessment_id=first) == ()  # the first year reviews nothing
    assert plan_review.previous_plan(db, assessment_id=second) == first


def test_recording_what_happened_updates_both_years(
    db: Database, two_years: tuple[int, int, dict[str, int]]
) -> None:
    _first, second, ids = two_years
    plan_review.set_review(
        db, action_id=ids["done"], status=plan.DONE, outcome="Restitué en juin à 40 acteurs."
    )
    with pytest.raises(DiagappError, match="raison de l'abandon"):
        plan_review.set_review(db, action_id=ids["dropped"], status=plan.DROPPED, outcome="")
    plan_review.set_review(
        db,
        action_id=ids["dropped"],
        status=plan.DROPPED,
        outcome="Budget refusé.",
        status_note="Budget refusé.",
    )
    by_id = {r.action.id: r for r in plan_review.review(db, assessment_id=second)}
    assert by_id[ids["done"]].action.outcome == "Restitué en juin à 40 acteurs."
    copy = plans.action(db, action_id=by_id[ids["done"]].carried_id or 0)
    assert copy.status == plan.DONE
    dropped_copy = plans.action(db, action_id=by_id[ids["dropped"]].carried_id or 0)
    assert (dropped_copy.status, dropped_copy.status_note) == (plan.DROPPED, "Budget refusé.")


def test_the_comparison_shows_done_actions_beside_their_items_movement(
    db: Database, two_years: tuple[int, int, dict[str, int]]
) -> None:
    first, second, ids = two_years
    plan_review.set_review(db, action_id=ids["done"], status=plan.DONE, outcome="Fait.")
    answers.record_answer(db, assessment_id=second, participant_id=None, item_id=ITEM, value=3)
    found = {o.dimension_id: o for o in plan_review.outcomes(db, before_id=first, after_id=second)}
    ressort = found["ressort"]
    assert ressort.planned == 1 and ressort.title.startswith("Le ressort")
    (done,) = ressort.done
    assert done.action.title == "Diagnostic des besoins"
    (move,) = done.moves
    assert (move.item_id, move.before, move.after, move.delta) == (ITEM, 1, 3, 2)
    assert found["robustesse"].done == ()  # dropped: planned, not done
    assert found["robustesse"].planned == 1
    assert found[""].planned == 1 and found[""].done == ()  # the open one, no dimension
