"""The team's objectives as stored rows ↔ domain data, and their copy into next year's
assessment: what services.assessments needs without importing services.objectives (which
imports it)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from diagapp.domain.objectives import Objective
from diagapp.services.clock import new_uid, now
from diagapp.storage.schema import AssessmentRow, ObjectiveRow


def _to_domain(row: ObjectiveRow, previous: dict[str, tuple[float | None, int]]) -> Objective:
    before, before_year = previous.get(row.carried_from, (None, None))
    return Objective(
        id=row.id,
        title=row.title,
        unit=row.unit,
        dimension=row.dimension,
        baseline=row.baseline,
        baseline_year=row.baseline_year,
        target=row.target,
        target_date=dt.date.fromisoformat(row.target_date) if row.target_date else None,
        reached=row.reached,
        comment=row.comment,
        previous=before,
        previous_year=before_year,
        uid=row.uid,
        position=row.position,
    )


def read(s: Session, assessment_id: int) -> tuple[Objective, ...]:
    """The assessment's objectives in the team's order, each with last year's reached value."""
    rows = s.scalars(
        select(ObjectiveRow)
        .where(ObjectiveRow.assessment_id == assessment_id)
        .order_by(ObjectiveRow.position, ObjectiveRow.id)
    ).all()
    carried = [r.carried_from for r in rows if r.carried_from]
    previous: dict[str, tuple[float | None, int]] = {}
    if carried:
        for uid, reached, date in s.execute(
            select(ObjectiveRow.uid, ObjectiveRow.reached, AssessmentRow.date)
            .join(AssessmentRow, AssessmentRow.id == ObjectiveRow.assessment_id)
            .where(ObjectiveRow.uid.in_(carried))
        ):
            previous[uid] = (reached, int(date[:4]))
    return tuple(_to_domain(r, previous) for r in rows)


def carry_forward(s: Session, *, source_id: int, target_id: int) -> None:
    """Last year's objectives into the new assessment: same wording, baseline and target;
    reached and comment left for this year (last year's reached shows as the previous)."""
    stamp = now()
    for row in s.scalars(
        select(ObjectiveRow)
        .where(ObjectiveRow.assessment_id == source_id)
        .order_by(ObjectiveRow.position, ObjectiveRow.id)
    ):
        values = {c.key: getattr(row, c.key) for c in ObjectiveRow.__table__.columns}
        values.update(
            id=None,
            uid=new_uid(),
            assessment_id=target_id,
            reached=None,
            comment="",
            carried_from=row.uid,
            updated_at=stamp,
        )
        s.add(ObjectiveRow(**values))
