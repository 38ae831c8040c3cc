"""The team's objectives of result (issue 17): validation, saving as typed, copy forward."""

from __future__ import annotations

import datetime as dt

import pytest

from diagapp.domain import objectives as domain
from diagapp.domain.errors import DiagappError
from diagapp.services import assessments, objectives
from diagapp.storage.database import Database


@pytest.fixture
def aid(db: Database) -> int:
    dynamic = assessments.create_dynamic(db, name="Tiers-lieu des Combes")
    return assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2025, 11, 5))


def _one(db: Database, aid: int) -> domain.Objective:
    (found,) = objectives.list_objectives(db, assessment_id=aid)
    return found


def test_an_objective_is_stored_as_typed_in_french_numbers(db: Database, aid: int) -> None:
    oid = objectives.add_objective(db, assessment_id=aid, title="Emplois créés")
    objectives.update_objective(db, objective_id=oid, unit="emplois", baseline="4")
    objectives.update_objective(db, objective_id=oid, baseline_year="2023", target="1 200,5")
    objectives.update_objective(db, objective_id=oid, target_date="06/2027", reached="12,5")
    objectives.update_objective(db, objective_id=oid, comment="Deux à temps partiel.")
    o = _one(db, aid)
    assert (o.title, o.unit, o.baseline, o.baseline_year) == ("Emplois créés", "emplois", 4, 2023)
    assert (o.target, o.target_date, o.reached) == (1200.5, dt.date(2027, 6, 30), 12.5)
    assert o.comment == "Deux à temps partiel."
    # the assessment carries them too (the PDF and the reread read them there)
    assert assessments.load_assessment(db, aid).objectives == (o,)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"reached": "douze"}, "n'est pas un nombre"),
        ({"target": "1e15"}, "hors de toute mesure"),
        ({"baseline_year": "1850"}, "L'année de départ 1850"),
        ({"baseline_year": "2031"}, "L'année de départ 2031"),
        ({"target_date": "2099"}, r"L'échéance \(2099\)"),
        ({"target_date": "31/02/2027"}, "n'est pas une date"),
        ({"baseline": "10", "target": "10"}, "égale à la valeur de départ"),
        ({"unit": "%", "reached": "140"}, "entre 0 et 100"),
        ({"baseline": "0", "target": "50", "reached": "-5"}, "négative"),
        ({"dimension": "bonheur"}, "Dimension inconnue"),
        ({"title": "  "}, "intitulé"),
    ],
)
def test_absurd_values_are_refused_in_french_and_nothing_is_stored(
    db: Database, aid: int, changes: dict[str, str], message: str
) -> None:
    oid = objectives.add_objective(
        db, assessment_id=aid, title="Sociétaires", baseline=5, target=40, reached=20
    )
    before = _one(db, aid)
    with pytest.raises(DiagappError, match=message) as refused:
        objectives.update_objective(db, objective_id=oid, **changes)
    assert str(refused.value).endswith("Rien n'a été enregistré.")
    assert _one(db, aid) == before


def test_a_new_objective_needs_a_title_and_sane_values(db: Database, aid: int) -> None:
    with pytest.raises(DiagappError, match="intitulé"):
        objectives.add_objective(db, assessment_id=aid, title=" ")
    with pytest.raises(DiagappError, match="pourcentage"):
        objectives.add_objective(db, assessment_id=aid, title="Part", unit="%", target=250)
    assert objectives.list_objectives(db, assessment_id=aid) == []


def test_deleting_an_objective_keeps_the_others_in_order(db: Database, aid: int) -> None:
    first = objectives.add_objective(db, assessment_id=aid, title="Un")
    objectives.add_objective(db, assessment_id=aid, title="Deux")
    objectives.add_objective(db, assessment_id=aid, title="Trois")
    objectives.delete_objective(db, objective_id=first + 1)
    assert [o.title for o in objectives.list_objectives(db, assessment_id=aid)] == ["Un", "Trois"]


def test_next_year_carries_the_objectives_with_last_years_reached_as_previous(
    db: Database, aid: int
) -> None:
    oid = objectives.add_objective(
        db,
        assessment_id=aid,
        title="Sociétaires habitants",
        unit="sociétaires",
        dimension="energie",
        baseline=0,
        baseline_year=2024,
        target=50,
        target_date="2026",
        reached=18,
        comment="Campagne lancée en mai.",
    )
    dynamic = assessments.load_assessment(db, aid).dynamic_id
    new = assessments.create_assessment(
        db, dynamic_id=dynamic, date=dt.date(2026, 11, 5), copy_from=aid
    )
    carried = _one(db, new)
    assert (carried.title, carried.unit, carried.dimension) == (
        "Sociétaires habitants",
        "sociétaires",
        "energie",
    )
    assert (carried.baseline, carried.baseline_year, carried.target) == (0, 2024, 50)
    assert carried.target_date == dt.date(2026, 12, 31)
    # last year's value shows as the previous one; this year's is the team's to fill
    assert (carried.previous, carried.previous_year) == (18, 2025)
    assert carried.reached is None and carried.comment == ""
    objectives.update_objective(db, objective_id=carried.id, reached="34")
    assert _one(db, aid).reached == 18  # last year's stays as it was
    # a correction of last year's figure shows at once as this year's previous
    objectives.update_objective(db, objective_id=oid, reached="19")
    assert _one(db, new).previous == 19


def test_status_says_reached_ongoing_or_missed() -> None:
    on = dt.date(2026, 11, 14)
    base = domain.Objective(0, "x", baseline=0, target=50, target_date=dt.date(2026, 6, 30))
    assert domain.status(base, on) == domain.UNKNOWN
    assert domain.status(base.__class__(**{**base.__dict__, "reached": 50}), on) == "reached"
    assert domain.status(base.__class__(**{**base.__dict__, "reached": 34}), on) == "missed"
    later = base.__class__(**{**base.__dict__, "reached": 34, "target_date": dt.date(2027, 1, 1)})
    assert domain.status(later, on) == "ongoing"
    # an objective may be a decrease: reaching means going below the target
    down = domain.Objective(0, "x", baseline=60, target=40, reached=38)
    assert domain.status(down, on) == "reached"


def test_an_objective_typed_again_next_year_finds_last_years_value_by_its_title(
    db: Database, aid: int
) -> None:
    objectives.add_objective(db, assessment_id=aid, title="Repas locaux servis", reached=1200)
    dynamic = assessments.load_assessment(db, aid).dynamic_id
    new = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2026, 11, 5))
    objectives.add_objective(db, assessment_id=new, title="Repas  locaux servis ", reached=1500)
    objectives.add_objective(db, assessment_id=new, title="Autre chose")
    again, other = objectives.list_objectives(db, assessment_id=new)
    assert (again.previous, again.previous_year) == (1200, 2025)
    assert other.previous is None
