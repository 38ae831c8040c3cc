"""The demo's feuille de route tells a consistent story over its three workshops: actions
done, dropped (with why), late and carried; accepted recommendations turned into actions."""

from __future__ import annotations

from pathlib import Path

import pytest

from diagapp.domain import plan
from diagapp.services import assessments, plan_review, recommendations
from diagapp.services import plan as plans
from diagapp.services.demo import write_demo
from diagapp.storage.database import Database, open_database


def _ids(db: Database) -> list[int]:
    return [a.id for a in assessments.list_dynamics(db)[0].assessments]


def test_every_workshop_has_a_plan_and_the_story_holds(demo_db: Database) -> None:
    first, second, latest = _ids(demo_db)
    by_year = {aid: plans.actions(demo_db, assessment_id=aid) for aid in (first, second, latest)}
    assert all(by_year.values())
    reviewed = [a for aid in (first, second) for a in by_year[aid]]
    statuses = {a.status for a in reviewed}
    assert {plan.DONE, plan.DROPPED, plan.IN_PROGRESS} <= statuses
    assert all(a.status_note for a in reviewed if a.status == plan.DROPPED)
    assert all(a.outcome for a in reviewed)  # the next workshop said what happened
    assert not any(a.outcome for a in by_year[latest])  # not reviewed yet
    workshop = assessments.load_assessment(demo_db, latest).date
    late = [a for a in by_year[latest] if a.is_late(workshop)]
    assert late and all(a.carried_from_id for a in late)
    # every carried action points at its own thread in the plan before
    earlier = {a.id: a for aid in (first, second) for a in by_year[aid]}
    for a in by_year[second] + by_year[latest]:
        if a.carried_from_id is not None:
            assert earlier[a.carried_from_id].title == a.title
            assert earlier[a.carried_from_id].status in plan.OPEN_STATUSES


def test_accepted_recommendations_became_actions(demo_db: Database) -> None:
    first, second, _ = _ids(demo_db)
    for aid in (first, second):
        accepted = {
            rid
            for rid, d in recommendations.decisions(demo_db, assessment_id=aid).items()
            if d.decision == "accepted"
        }
        linked = {a.recommendation_id for a in plans.actions(demo_db, assessment_id=aid)}
        assert accepted <= linked | {""}, accepted - linked


def test_the_latest_workshop_reviews_last_years_plan(demo_db: Database) -> None:
    _, second, latest = _ids(demo_db)
    reviewed = plan_review.review(demo_db, assessment_id=latest)
    assert {r.action.id for r in reviewed} == {
        a.id for a in plans.actions(demo_db, assessment_id=second)
    }
    follow = plan_review.outcomes(demo_db, before_id=second, after_id=latest)
    assert any(d.done for d in follow)


@pytest.mark.parametrize("years", [1, 2, 5])
def test_shorter_and_longer_demos_still_write_a_plan(tmp_path: Path, years: int) -> None:
    path = tmp_path / f"demo{years}.sqlite"
    write_demo(path, years=years, participants=3)
    db = open_database(path)
    try:
        latest = _ids(db)[-1]
        assert plans.actions(db, assessment_id=latest)
    finally:
        db.close()
