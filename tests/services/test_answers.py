"""Recording what the team types, validated, and copying last year forward."""

from __future__ import annotations

import datetime as dt

import pytest

from diagapp.domain.errors import DiagappError
from diagapp.services import answers, assessments, catalog
from diagapp.storage.database import Database

ITEM = "energie.implication_habitants"  # may be answered "non concerné"


@pytest.fixture
def ids(db: Database) -> tuple[int, int]:
    dynamic = assessments.create_dynamic(db, name="Monnaie locale du Pays")
    aid = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2025, 10, 1))
    pid = answers.add_participant(db, assessment_id=aid, name="Marc", college="Associations")
    return aid, pid


def test_partial_updates_keep_the_rest(db: Database, ids: tuple[int, int]) -> None:
    aid, pid = ids
    answers.record_answer(db, assessment_id=aid, participant_id=pid, item_id=ITEM, value=2)
    answers.record_answer(
        db, assessment_id=aid, participant_id=pid, item_id=ITEM, evidence="Un collège habitants"
    )
    answers.record_answer(
        db,
        assessment_id=aid,
        participant_id=None,
        item_id=ITEM,
        value=1,
        private_note="entre nous",
        justification="pour le financeur",
    )
    a = assessments.load_assessment(db, aid)
    mine = a.answers_for(ITEM)[0]
    assert (mine.value, mine.evidence) == (2, "Un collège habitants")
    consensus = a.consensus(ITEM)
    assert consensus is not None
    assert (consensus.value, consensus.private_note, consensus.justification) == (
        1,
        "entre nous",
        "pour le financeur",
    )


def test_not_applicable_clears_the_level_and_a_level_clears_it(
    db: Database, ids: tuple[int, int]
) -> None:
    aid, pid = ids
    answers.record_answer(db, assessment_id=aid, participant_id=pid, item_id=ITEM, value=3)
    answers.record_answer(
        db, assessment_id=aid, participant_id=pid, item_id=ITEM, not_applicable=True
    )
    a = assessments.load_assessment(db, aid).answers_for(ITEM)[0]
    assert (a.value, a.not_applicable) == (None, True)
    answers.record_answer(db, assessment_id=aid, participant_id=pid, item_id=ITEM, value=1)
    a = assessments.load_assessment(db, aid).answers_for(ITEM)[0]
    assert (a.value, a.not_applicable) == (1, False)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"item_id": "ressort.inconnu", "value": 1}, "Élément inconnu"),
        ({"item_id": ITEM, "value": 4}, "hors de l'échelle"),
        ({"item_id": ITEM, "value": True}, "hors de l'échelle"),
        ({"item_id": "ressort.besoin_territoire", "not_applicable": True}, "Non concerné"),
    ],
)
def test_absurd_answers_are_refused_and_nothing_is_stored(
    db: Database, ids: tuple[int, int], kwargs: dict[str, object], message: str
) -> None:
    aid, pid = ids
    with pytest.raises(DiagappError, match=message):
        answers.record_answer(db, assessment_id=aid, participant_id=pid, **kwargs)  # type: ignore[arg-type]
    assert assessments.load_assessment(db, aid).answers == ()


def test_fields_are_validated(db: Database, ids: tuple[int, int]) -> None:
    aid, _ = ids
    answers.set_field(db, assessment_id=aid, field_id="identity.type", value="monnaie_locale")
    answers.set_field(
        db,
        assessment_id=aid,
        field_id="governance.legal_statuses",
        value=["association_1901", "scic"],
    )
    answers.set_field(db, assessment_id=aid, field_id="identity.year_founded", value=2013)
    with pytest.raises(DiagappError):
        answers.set_field(db, assessment_id=aid, field_id="identity.type", value="fusée")
    with pytest.raises(DiagappError, match="entre"):
        answers.set_field(db, assessment_id=aid, field_id="identity.year_founded", value=1200)
    with pytest.raises(DiagappError):
        answers.set_field(db, assessment_id=aid, field_id="governance.inhabitants", value=7)
    fields = assessments.load_assessment(db, aid).fields
    assert fields["identity.type"] == "monnaie_locale"
    assert fields["governance.legal_statuses"] == ["association_1901", "scic"]
    assert fields["identity.year_founded"] == 2013


def test_funding_cells_and_volunteering(db: Database, ids: tuple[int, int]) -> None:
    aid, _ = ids
    sid = answers.add_structure(
        db, assessment_id=aid, name="Euskal Moneta", legal_status="association_1901"
    )
    answers.set_funding_cell(
        db, structure_id=sid, resource="public_subsidies", intensity=2, amount_eur=90_000
    )
    # With an amount, a monetary intensity follows the amounts: typed alone, it is refused.
    with pytest.raises(DiagappError, match="déduite"):
        answers.set_funding_cell(db, structure_id=sid, resource="loans", intensity=1)
    answers.set_funding_cell(db, structure_id=sid, resource="in_kind", intensity=1)
    answers.update_structure(db, structure_id=sid, volunteer_hours=500, volunteer_smic_multiple=3)
    with pytest.raises(DiagappError):
        answers.set_funding_cell(db, structure_id=sid, resource="bitcoin", intensity=1)
    with pytest.raises(DiagappError):
        answers.set_funding_cell(db, structure_id=sid, resource="sales", amount_eur=-5)
    with pytest.raises(DiagappError):
        answers.update_structure(db, structure_id=sid, volunteer_smic_multiple=5)
    structure = assessments.load_assessment(db, aid).structures[0]
    assert structure.cell("public_subsidies").amount_eur == 90_000
    assert structure.cell("public_subsidies").intensity == 3  # all of its money: derived
    assert structure.cell("loans").intensity == 0
    assert structure.cell("in_kind").intensity == 1  # in kind: the team's judgement
    assert structure.cell("sales").intensity == 0
    assert (structure.volunteer_hours, structure.volunteer_smic_multiple) == (500, 3)


def test_a_new_year_starts_from_last_years_answers_marked_to_review(
    db: Database, ids: tuple[int, int]
) -> None:
    aid, pid = ids
    answers.record_answer(
        db, assessment_id=aid, participant_id=pid, item_id=ITEM, value=2, evidence="2025"
    )
    answers.record_answer(db, assessment_id=aid, participant_id=None, item_id=ITEM, value=1)
    answers.set_field(db, assessment_id=aid, field_id="identity.type", value="monnaie_locale")
    sid = answers.add_structure(db, assessment_id=aid, name="Asso")
    answers.set_funding_cell(db, structure_id=sid, resource="sales", intensity=3)
    dynamic = assessments.load_assessment(db, aid).dynamic_id
    new = assessments.create_assessment(
        db, dynamic_id=dynamic, date=dt.date(2026, 10, 1), copy_from=aid
    )
    a = assessments.load_assessment(db, new)
    assert [p.name for p in a.participants] == ["Marc"]
    copied = a.answers_for(ITEM)[0]
    assert (copied.value, copied.evidence, copied.to_review) == (2, "2025", True)
    assert a.consensus(ITEM) is not None and a.consensus(ITEM).to_review  # type: ignore[union-attr]
    assert a.fields["identity.type"] == "monnaie_locale"
    assert a.structures[0].cell("sales").intensity == 3
    # Confirming an answer (or changing it) takes the "to review" mark away.
    answers.confirm_review(db, assessment_id=new, participant_id=a.participants[0].id, item_id=ITEM)
    assert not assessments.load_assessment(db, new).answers_for(ITEM)[0].to_review
    # Last year is left as it was.
    assert not assessments.load_assessment(db, aid).answers_for(ITEM)[0].to_review


def test_listing_shows_completion(db: Database, ids: tuple[int, int]) -> None:
    aid, _ = ids
    answers.record_answer(db, assessment_id=aid, participant_id=None, item_id=ITEM, value=1)
    (dynamic,) = assessments.list_dynamics(db)
    (summary,) = dynamic.assessments
    assert summary.participants == 1
    assert summary.completion == pytest.approx(1 / len(catalog.questionnaire().items))


def test_copy_forward_carries_the_funder_front_sheet(db: Database, ids: tuple[int, int]) -> None:
    aid, _ = ids
    values = {
        "identity.funder_mission": "Deux phrases.",
        "identity.funder_request_amount": 135_000,
        "identity.funder_legal_entities": "Asso — SIRET 812 345 678 00017",
    }
    for field_id, value in values.items():
        answers.set_field(db, assessment_id=aid, field_id=field_id, value=value)
    dynamic = assessments.load_assessment(db, aid).dynamic_id
    new = assessments.create_assessment(
        db, dynamic_id=dynamic, date=dt.date(2027, 10, 1), copy_from=aid
    )
    fields = assessments.load_assessment(db, new).fields
    assert {k: fields[k] for k in values} == values
