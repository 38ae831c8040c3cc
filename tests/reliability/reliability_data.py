"""Small realistic databases for the bad-file tests, and what "still usable" means."""

from __future__ import annotations

import contextlib
import datetime as dt
import math
from pathlib import Path

from diagapp.domain import funding, scoring
from diagapp.domain.errors import DiagappError
from diagapp.services import answers, assessments, catalog, compare, recommendations
from diagapp.storage.database import Database, open_database


def small_database(path: Path) -> Database:
    """One dynamic, one assessment: two participants, answers, fields, funding."""
    db = open_database(path, backup=False)
    dynamic = assessments.create_dynamic(db, name="Tiers-lieu La Grange")
    aid = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2026, 5, 4))
    people = [
        answers.add_participant(db, assessment_id=aid, name=n, college=c)
        for n, c in (("Léa", "Habitants"), ("Omar", "Collectivités"))
    ]
    for index, item in enumerate(catalog.questionnaire().items[:6]):
        for pid in [*people, None]:
            answers.record_answer(
                db,
                assessment_id=aid,
                participant_id=pid,
                item_id=item.id,
                value=index % 4,
                evidence="« preuve » n° " + str(index),
            )
    answers.set_field(db, assessment_id=aid, field_id="identity.type", value="ptce")
    answers.set_field(db, assessment_id=aid, field_id="identity.year_founded", value=2015)
    sid = answers.add_structure(db, assessment_id=aid, name="SCIC La Grange", legal_status="scic")
    answers.set_funding_cell(
        db, structure_id=sid, resource="sales", intensity=2, amount_eur=42_000.0
    )
    answers.update_structure(db, structure_id=sid, volunteer_hours=800.0)
    return db


def usable(db: Database) -> None:
    """Everything the window and the PDF read of a database still works: each assessment
    with its scores, funding indicators and recommendations, and the year-over-year
    comparison of each dynamic."""
    for dynamic in assessments.list_dynamics(db):
        for summary in dynamic.assessments:
            snapshot = assessments.load_assessment(db, summary.id)
            q = catalog.questionnaire(snapshot.questionnaire_version)
            scoring.consensus_scores(snapshot, q)
            scoring.college_scores(snapshot, q)
            scoring.item_results(snapshot, q)
            indicators = funding.indicators(snapshot, q.funding)
            assert math.isfinite(indicators.volunteering_eur), "absurd volunteering value"
            recommendations.recommend(db, assessment_id=summary.id)
        ids = [a.id for a in dynamic.assessments]
        # The comparison page on every year of the dynamic (a DiagappError, such as versions
        # without a mapping, is a clear refusal: allowed).
        with contextlib.suppress(DiagappError):
            compare.compare(db, assessment_ids=ids)
