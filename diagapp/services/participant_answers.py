"""One participant's own answers, and how far each participant is: what room mode reads after
every answer a phone sends, without loading the whole assessment (30 phones × 56 items)."""

from __future__ import annotations

from sqlalchemy import func, or_, select

from diagapp.domain import model
from diagapp.services.assessments import ANSWER_COLUMNS
from diagapp.storage.database import Database
from diagapp.storage.schema import AnswerRow, ParticipantRow


def own_answers(
    db: Database, *, assessment_id: int, participant_id: int
) -> dict[str, model.Answer]:
    """item id -> this participant's answer in this assessment (private note included: it
    is shown to its author only)."""
    with db.reading() as s:
        rows = s.execute(
            select(*ANSWER_COLUMNS).where(
                AnswerRow.assessment_id == assessment_id,
                AnswerRow.participant_id == participant_id,
            )
        )
        return {row.item_id: model.Answer(*row) for row in rows}


def answered_counts(db: Database, *, assessment_id: int) -> dict[int, int]:
    """participant id -> number of items answered (a level or « non concerné »), every
    participant of the assessment included (0 when none)."""
    with db.reading() as s:
        counts = dict(
            s.execute(
                select(AnswerRow.participant_id, func.count())
                .where(
                    AnswerRow.assessment_id == assessment_id,
                    or_(AnswerRow.value.is_not(None), AnswerRow.not_applicable),
                )
                .group_by(AnswerRow.participant_id)
            ).all()
        )
        people = s.scalars(
            select(ParticipantRow.id).where(ParticipantRow.assessment_id == assessment_id)
        ).all()
        return {p: int(counts.get(p, 0)) for p in people}
