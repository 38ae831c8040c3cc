"""The feuille de route stored: actions added and edited at once, checked, carried forward."""

from __future__ import annotations

import datetime as dt

import pytest

from diagapp.domain import plan
from diagapp.domain.errors import DiagappError
from diagapp.domain.plan import Owner, PlanError
from diagapp.services import answers, assessments
from diagapp.services import plan as plans
from diagapp.storage.database import Database


@pytest.fixture
def workshop(db: Database) -> int:
    dynamic = assessments.create_dynamic(db, name="Tiers-lieu des Combes")
    aid = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2026, 3, 10))
    answers.add_participant(db, assessment_id=aid, name="Léa Roux", college="Habitants")
    answers.add_structure(db, assessment_id=aid, name="Association des Combes")
    return aid


def _people(db: Database, aid: int) -> tuple[Owner, Owner]:
    choices = plans.owners(db, assessment_id=aid)
    return choices[0].owner, choices[1].owner


def test_actions_are_stored_with_owner_items_and_budget(db: Database, workshop: int) -> None:
    person, structure = _people(db, workshop)
    first = plans.add_action(
        db,
        assessment_id=workshop,
        title="Écrire la charte",
        done_when="Charte votée en assemblée",
        owner=person,
        target_date=dt.date(2026, 6, 30),
        item_ids=["ressort.besoin_territoire"],
        budget_eur=800.0,
        resource_key="public_subsidies",
        recommendation_id="a1.dyn.dispositifs_accompagnement",
    )
    plans.add_action(db, assessment_id=workshop, title="Idée à nous", owner=structure)
    plans.add_action(
        db,
        assessment_id=workshop,
        title="Rencontrer la mairie",
        owner=Owner(plan.OWNER_PARTNER, text="Mairie des Combes"),
    )
    stored = plans.actions(db, assessment_id=workshop)
    assert [a.title for a in stored] == ["Écrire la charte", "Idée à nous", "Rencontrer la mairie"]
    assert stored[0].dimension_id == "ressort"  # taken from its item
    assert stored[0].owner_label == "Léa Roux" and stored[0].budget_eur == 800.0
    assert stored[1].owner_label == "Association des Combes" and not stored[1].recommendation_id
    assert stored[2].owner_label == "Mairie des Combes"
    plans.update_action(db, action_id=first, status=plan.IN_PROGRESS)
    assert plans.action(db, action_id=first).status == "in_progress"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "  "}, "besoin d'un titre"),
        ({"status": plan.DROPPED}, "raison de l'abandon"),
        ({"item_ids": ["impact.nothing"]}, "Item inconnu"),
        ({"owner": Owner(plan.OWNER_PARTNER, text="")}, "Nommez le partenaire"),
        ({"owner": Owner(plan.OWNER_PARTICIPANT, participant_id=999)}, "pas dans cette"),
        ({"budget_eur": -1.0}, "positif ou nul"),
        ({"recommendation_id": "nope"}, "Recommandation inconnue"),
        ({"title": "x" * 300}, "dépasse la longueur"),
        ({"colour": "red"}, "Champ d'action inconnu"),
    ],
)
def test_a_refused_edit_says_why_in_french_and_keeps_the_action(
    db: Database, workshop: int, changes: dict[str, object], message: str
) -> None:
    aid = plans.add_action(db, assessment_id=workshop, title="Écrire la charte")
    before = plans.action(db, action_id=aid)
    with pytest.raises(DiagappError, match=message):
        plans.update_action(db, action_id=aid, **changes)
    assert plans.action(db, action_id=aid) == before


def test_an_unknown_action_or_assessment_is_refused(db: Database, workshop: int) -> None:
    with pytest.raises(assessments.NotFound, match="Action n° 77 introuvable"):
        plans.update_action(db, action_id=77, title="x")
    with pytest.raises(assessments.NotFound):
        plans.add_action(db, assessment_id=999, title="x")
    assert isinstance(PlanError("x"), DiagappError)


def test_copy_forward_carries_open_actions_with_their_owners(db: Database, workshop: int) -> None:
    person, structure = _people(db, workshop)
    keep = plans.add_action(db, assessment_id=workshop, title="À lancer", owner=person)
    going = plans.add_action(db, assessment_id=workshop, title="En cours", owner=structure)
    plans.update_action(db, action_id=going, status=plan.IN_PROGRESS)
    done = plans.add_action(db, assessment_id=workshop, title="Fait")
    plans.update_action(db, action_id=done, status=plan.DONE)
    dropped = plans.add_action(db, assessment_id=workshop, title="Abandonné")
    plans.update_action(db, action_id=dropped, status=plan.DROPPED, status_note="Trop cher.")
    dynamic = assessments.load_assessment(db, workshop).dynamic_id
    nxt = assessments.create_assessment(
        db, dynamic_id=dynamic, date=dt.date(2027, 3, 10), copy_from=workshop
    )
    carried = plans.actions(db, assessment_id=nxt)
    assert [(a.title, a.status, a.carried_from_id) for a in carried] == [
        ("À lancer", "to_start", keep),
        ("En cours", "in_progress", going),
    ]
    # owners follow the copied participant and structure, not last year's rows
    new_owners = {c.owner for c in plans.owners(db, assessment_id=nxt)}
    assert {a.owner for a in carried} <= new_owners
    assert [a.owner_label for a in carried] == ["Léa Roux", "Association des Combes"]
    assert len(plans.actions(db, assessment_id=workshop)) == 4  # last year's plan unchanged
