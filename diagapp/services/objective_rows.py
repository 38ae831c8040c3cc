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


def _to_domain(row: ObjectiveRow, before: tuple[float | None, int | None]) -> Objective:
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
        previous=before[0],
        previous_year=before[1],
        uid=row.uid,
        position=row.position,
    )


def _title_key(title: str) -> str:
    return " ".join(title.casefold().split())


def _by_title_last_year(s: Session, assessment_id: int) -> dict[str, tuple[float | None, int]]:
    """The dynamic's assessment just before this one: its objectives' reached values by
    title (for objectives typed again rather than carried forward)."""
    current = s.get(AssessmentRow, assessment_id)
    if current is None:
        return {}
    earlier = s.execute(
        select(AssessmentRow.id, AssessmentRow.date)
        .where(
            AssessmentRow.dynamic_id == current.dynamic_id,
            (AssessmentRow.date < current.date)
            | ((AssessmentRow.date == current.date) & (AssessmentRow.id < current.id)),
        )
        .order_by(AssessmentRow.date.desc(), AssessmentRow.id.desc())
        .limit(1)
    ).first()
    if earlier is None:
        return {}
    return {
        _title_key(title): (reached, int(earlier.date[:4]))
        for title, reached in s.execute(
            select(ObjectiveRow.title, ObjectiveRow.reached).where(
                ObjectiveRow.assessment_id == earlier.id
            )
        )
    }


def read(s: Session, assessment_id: int) -> tuple[Objective, ...]:
    """The assessment's objectives in the team's order, each with last year's reached value:
    the objective it was carried from, else last year's of the same title."""
    rows = s.scalars(
        select(ObjectiveRow)
        .where(ObjectiveRow.assessment_id == assessment_id)
        .order_by(ObjectiveRow.position, ObjectiveRow.id)
    ).all()
    carried = [r.carried_from for r in rows if r.carried_from]
    by_uid: dict[str, tuple[float | None, int]] = {}
    if carried:
        for uid, reached, date in s.execute(
            select(ObjectiveRow.uid, ObjectiveRow.reached, AssessmentRow.date)
            .join(AssessmentRow, AssessmentRow.id == ObjectiveRow.assessment_id)
            .where(ObjectiveRow.uid.in_(carried))
        ):
            by_uid[uid] = (reached, int(date[:4]))
    by_title = (
        _by_title_last_year(s, assessment_id)
        if any(r.carried_from not in by_uid for r in rows)
        else {}
    )

    def before(row: ObjectiveRow) -> tuple[float | None, int | None]:
        if row.carried_from in by_uid:
            return by_uid[row.carried_from]
        return by_title.get(_title_key(row.title), (None, None))

    return tuple(_to_domain(r, before(r)) for r in rows)


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
