"""Recommendations on stored assessments, the team's decisions, and last year's decisions."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from diagapp.domain.errors import DiagappError
from diagapp.services import answers, assessments, recommendations
from diagapp.services.assessments import NotFound
from diagapp.storage.database import Database


def demo_ids(db: Database) -> list[int]:
    (dynamic,) = assessments.list_dynamics(db)
    return [a.id for a in dynamic.assessments]


def test_the_shipped_catalog_loads_and_is_cached() -> None:
    catalog = recommendations.load_catalog()
    assert len(catalog.entries) >= 40
    assert recommendations.load_catalog() is catalog
    assert recommendations.titles()["gouvernance.scic_ouverture"].fr.startswith(
        "Ouvrir la gouvernance"
    )


def test_demo_assessment_gets_a_handful_with_why_and_where(demo_db: Database) -> None:
    latest = demo_ids(demo_db)[-1]
    report = recommendations.recommend(demo_db, assessment_id=latest)
    assert report.subject == "Pôle coopératif du Haut-Vallon"
    assert 1 <= len(report.highlighted) <= 5
    for shown in report.highlighted + report.further + report.funders + report.advocacy:
        assert shown.triggered and shown.why and shown.where
        assert "l. " in shown.where
    assert all(s.audience == "funders" for s in report.funders)
    assert {s.audience for s in report.advocacy} <= {"public_authorities", "legislator"}
    assert not any(s.triggered for s in report.not_triggered)
    every = report.triggered + report.not_triggered
    assert len(every) == len(recommendations.load_catalog().entries)


def test_the_funding_matrix_of_the_demo_triggers_the_de_minimis_check(demo_db: Database) -> None:
    """The association received 120 + 110 + 95 k€ of subsidies over 2024-2026 (> 200 k€, l.847)."""
    latest = demo_ids(demo_db)[-1]
    report = recommendations.recommend(demo_db, assessment_id=latest)
    shown = report.find("modele.aides_etat")
    assert shown is not None and shown.triggered
    assert shown.why == ("Structures au-delà du plafond de minimis des aides publiques : 1",)
    assert (
        recommendations.recommend(demo_db, assessment_id=demo_ids(demo_db)[0])
        .find("modele.aides_etat")
        .triggered
        is False
    )  # type: ignore[union-attr]


def test_english_report(demo_db: Database) -> None:
    report = recommendations.recommend(demo_db, assessment_id=demo_ids(demo_db)[0], lang="en")
    assert report.lang == "en"
    first = report.highlighted[0]
    assert first.title == recommendations.titles()[first.id].en
    assert "consensus" in " ".join(s for r in report.triggered for s in r.why)


def test_report_is_json_able(demo_db: Database) -> None:
    report = recommendations.recommend(demo_db, assessment_id=demo_ids(demo_db)[1])
    data = json.loads(json.dumps(report.as_dict(), ensure_ascii=False))
    assert data["assessment_id"] == demo_ids(demo_db)[1]
    assert data["highlighted"][0]["why"]
    assert data["last_year"][0]["date"] == "2024-11-14"


def test_a_decision_is_stored_shown_and_reopened(demo_db: Database) -> None:
    latest = demo_ids(demo_db)[-1]
    rec_id = recommendations.recommend(demo_db, assessment_id=latest).highlighted[0].id
    recommendations.set_decision(
        demo_db, assessment_id=latest, recommendation_id=rec_id, decision="accepted", note=" Oui ! "
    )
    decided = recommendations.decisions(demo_db, assessment_id=latest)
    assert (decided[rec_id].decision, decided[rec_id].note) == ("accepted", "Oui !")
    shown = recommendations.recommend(demo_db, assessment_id=latest).find(rec_id)
    assert shown is not None
    assert (shown.decision, shown.decision_label, shown.note) == ("accepted", "Retenue", "Oui !")
    recommendations.set_decision(
        demo_db,
        assessment_id=latest,
        recommendation_id=rec_id,
        decision="set_aside",
        note="Plus tard",
    )
    assert recommendations.decisions(demo_db, assessment_id=latest)[rec_id].decision == "set_aside"
    # Reopened without a note: nothing is left stored.
    recommendations.set_decision(
        demo_db, assessment_id=latest, recommendation_id=rec_id, decision="open", note=""
    )
    assert rec_id not in recommendations.decisions(demo_db, assessment_id=latest)
    # Reopened with a note: the annotation is kept.
    recommendations.set_decision(
        demo_db,
        assessment_id=latest,
        recommendation_id=rec_id,
        decision="open",
        note="À rediscuter",
    )
    assert recommendations.decisions(demo_db, assessment_id=latest)[rec_id].note == "À rediscuter"


def test_decisions_on_a_non_triggered_recommendation_are_allowed(demo_db: Database) -> None:
    latest = demo_ids(demo_db)[-1]
    quiet = recommendations.recommend(demo_db, assessment_id=latest).not_triggered[0]
    recommendations.set_decision(
        demo_db, assessment_id=latest, recommendation_id=quiet.id, decision="accepted"
    )
    assert (
        recommendations.recommend(demo_db, assessment_id=latest).find(quiet.id).decision
        == "accepted"
    )  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"recommendation_id": "nope.nope", "decision": "accepted"}, "Recommandation inconnue"),
        (
            {"recommendation_id": "evaluation.trois_etapes", "decision": "maybe"},
            "Décision inconnue",
        ),
    ],
)
def test_bad_decisions_are_refused_in_french(demo_db: Database, kwargs: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(DiagappError, match=message):
        recommendations.set_decision(demo_db, assessment_id=demo_ids(demo_db)[0], **kwargs)


def test_unknown_assessment(demo_db: Database) -> None:
    with pytest.raises(NotFound):
        recommendations.set_decision(
            demo_db,
            assessment_id=999,
            recommendation_id="evaluation.trois_etapes",
            decision="accepted",
        )
    with pytest.raises(NotFound):
        recommendations.recommend(demo_db, assessment_id=999)


def test_the_demo_shows_last_years_decisions_the_year_after(demo_db: Database) -> None:
    first, second, third = demo_ids(demo_db)
    assert recommendations.last_year_decisions(demo_db, assessment_id=first) == ()
    past = recommendations.last_year_decisions(demo_db, assessment_id=second)
    assert {p.assessment_id for p in past} == {first}
    assert [p.decision for p in past] == ["accepted", "accepted", "accepted", "set_aside"]
    aside = past[-1]
    assert aside.recommendation_id == "modele.prelevement_chiffre_affaires"
    assert aside.note == "Les entreprises hébergées sont encore trop fragiles."
    assert aside.decision_label == "Écartée" and aside.title
    # The recommendation itself carries last year's decision.
    report = recommendations.recommend(demo_db, assessment_id=third)
    assert report.last_year and all(p.assessment_id == second for p in report.last_year)
    shown = report.find("outils.communaute_apprenante")
    assert shown is not None and shown.previous is not None
    assert shown.previous.decision == "set_aside"
    assert shown.previous.note == "Pas le temps cette année ; à revoir en 2026."


def test_last_year_is_the_previous_assessment_by_date_not_by_creation(db: Database) -> None:
    dynamic = assessments.create_dynamic(db, name="Tiers-lieu de la gare")
    later = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2026, 3, 1))
    earlier = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2025, 3, 1))
    recommendations.set_decision(
        db,
        assessment_id=earlier,
        recommendation_id="cooperation.recit",
        decision="accepted",
        note="n",
    )
    assert recommendations.previous_assessment(db, assessment_id=later) == earlier
    assert recommendations.previous_assessment(db, assessment_id=earlier) is None
    (past,) = recommendations.last_year_decisions(db, assessment_id=later)
    assert (past.recommendation_id, past.date) == ("cooperation.recit", dt.date(2025, 3, 1))


def test_an_empty_assessment_triggers_nothing(db: Database) -> None:
    dynamic = assessments.create_dynamic(db, name="Nouvelle dynamique")
    aid = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2026, 1, 10))
    report = recommendations.recommend(db, assessment_id=aid)
    assert report.triggered == ()
    assert recommendations.triggered_ids(db, assessment_id=aid) == frozenset()


def test_answers_typed_in_the_workshop_change_the_recommendations(db: Database) -> None:
    dynamic = assessments.create_dynamic(db, name="PAT du Val")
    aid = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2026, 1, 10))
    answers.set_field(
        db, assessment_id=aid, field_id="governance.legal_statuses", value=["none_collectivite"]
    )
    answers.set_field(db, assessment_id=aid, field_id="identity.origin", value="collectivites")
    # No structure and a local authority is not enough: the report says it of a PAT whose
    # agglomeration remains the only decision-maker (l.483, l.1021).
    assert "gouvernance.scic_ouverture" not in recommendations.triggered_ids(db, assessment_id=aid)
    answers.set_field(db, assessment_id=aid, field_id="governance.debate", value=1)
    assert "gouvernance.scic_ouverture" in recommendations.triggered_ids(db, assessment_id=aid)
    answers.set_field(db, assessment_id=aid, field_id="governance.debate", value=3)
    answers.record_answer(
        db,
        assessment_id=aid,
        participant_id=None,
        item_id="robustesse.gouvernance_partagee",
        value=3,
    )
    assert "gouvernance.scic_ouverture" not in recommendations.triggered_ids(db, assessment_id=aid)
    answers.record_answer(
        db, assessment_id=aid, participant_id=None, item_id="energie.implication_habitants", value=0
    )
    report = recommendations.recommend(db, assessment_id=aid)
    habitants = [s for s in report.triggered if s.group == "habitants"]
    assert len(habitants) >= 8
    assert any("Implication des habitants : consensus 0 — Absent" in s.why for s in habitants)


def test_a_reference_dynamic(demo_db: Database) -> None:
    report = recommendations.recommend_reference("Douaisis")
    assert report.reference_id == "pat_douaisis" and report.assessment_id is None
    assert "gouvernance.scic_ouverture" in [r.id for r in report.highlighted[:3]]
    assert report.last_year == ()
    with pytest.raises(DiagappError, match="Dynamique de référence introuvable : « Atlantide »"):
        recommendations.recommend_reference("Atlantide")


def test_catalog_as_dict_has_both_languages_and_sources() -> None:
    data = recommendations.catalog_as_dict()
    assert data["count"] == len(data["entries"]) >= 40
    first = data["entries"][0]
    assert set(first["title"]) == {"fr", "en"}
    assert first["source"]["lines"][0] == 1414
    json.dumps(data)
