"""Text lengths and characters are bounded in the services (services/limits.py), with a clear
French message and nothing stored: a 6,000-character evidence is fine, a 4,000-character name,
a 10,000-character territory or a 30,000-character justification are refused."""

from __future__ import annotations

import datetime as dt

import pytest

from diagapp.services import answers, assessments, recommendations
from diagapp.services.limits import MAX_LONG_TEXT, MAX_NAME, MAX_SHORT_TEXT, TextRefused
from diagapp.storage.database import Database

ITEM = "energie.implication_habitants"


@pytest.fixture
def ids(db: Database) -> tuple[int, int]:
    dynamic = assessments.create_dynamic(db, name="Monnaie locale du Pays")
    aid = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2025, 10, 1))
    pid = answers.add_participant(db, assessment_id=aid, name="Marc", college="Associations")
    return aid, pid


def test_the_limits_are_sensible() -> None:
    assert (MAX_NAME, MAX_SHORT_TEXT, MAX_LONG_TEXT) == (200, 500, 20_000)


def test_long_texts_up_to_the_limit_are_kept(db: Database, ids: tuple[int, int]) -> None:
    aid, pid = ids
    evidence = "Compte rendu du comité de pilotage.\n" * 166  # ~6,000 characters
    answers.record_answer(
        db, assessment_id=aid, participant_id=pid, item_id=ITEM, value=2, evidence=evidence
    )
    answers.set_field(db, assessment_id=aid, field_id="identity.territory", value="V" * 500)
    answers.add_participant(db, assessment_id=aid, name="N" * 200)
    a = assessments.load_assessment(db, aid)
    assert len(a.participants) == 2


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (
            lambda db, aid, pid: answers.add_participant(db, assessment_id=aid, name="N" * 4000),
            "Le nom du participant dépasse la longueur permise : 4\u202f000 caractères pour 200 au plus",
        ),
        (
            lambda db, aid, pid: answers.update_participant(
                db, participant_id=pid, college="C" * 201
            ),
            "Le collège dépasse la longueur permise",
        ),
        (
            lambda db, aid, pid: answers.set_field(
                db, assessment_id=aid, field_id="identity.territory", value="T" * 10_000
            ),
            "Le champ « Territoire d'action » dépasse la longueur permise : 10\u202f000 caractères pour 500 au plus",
        ),
        (
            lambda db, aid, pid: answers.record_answer(
                db, assessment_id=aid, participant_id=pid, item_id=ITEM, justification="J" * 30_000
            ),
            "La justification dépasse la longueur permise",
        ),
        (
            lambda db, aid, pid: answers.record_answer(
                db, assessment_id=aid, participant_id=None, item_id=ITEM, evidence="E" * 20_001
            ),
            "L'élément de preuve dépasse la longueur permise",
        ),
        (
            lambda db, aid, pid: answers.add_structure(db, assessment_id=aid, name="S" * 300),
            "Le nom de la structure dépasse la longueur permise",
        ),
        (
            lambda db, aid, pid: assessments.create_dynamic(db, name="D" * 4000),
            "Le nom de la dynamique dépasse la longueur permise",
        ),
        (
            lambda db, aid, pid: answers.add_participant(
                db, assessment_id=aid, name="Marc\x1b[31m"
            ),
            "Le nom du participant contient un caractère de contrôle",
        ),
        (
            lambda db, aid, pid: assessments.create_dynamic(db, name="Pôle\nInjecté: oui"),
            "Le nom de la dynamique contient un retour à la ligne",
        ),
        (
            lambda db, aid, pid: recommendations.set_decision(
                db,
                assessment_id=aid,
                recommendation_id=recommendations.load_catalog().entries[0].id,
                decision="accepted",
                note="x" * 20_001,
            ),
            "La note sur la recommandation dépasse la longueur permise",
        ),
    ],
)
def test_too_long_or_control_characters_are_refused_and_nothing_changes(
    db: Database, ids: tuple[int, int], action: object, message: str
) -> None:
    aid, pid = ids
    before = assessments.load_assessment(db, aid)
    with pytest.raises(TextRefused, match=message):
        action(db, aid, pid)  # type: ignore[operator]
    assert assessments.load_assessment(db, aid) == before
    assert [d.name for d in assessments.list_dynamics(db)] == ["Monnaie locale du Pays"]
