"""Copy-forward of the « feuille de route »: last year's open actions come into the new
assessment, owners following their copied participant or structure (used inside the
copy-forward transaction of services.assessments)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from diagapp.domain.plan import OPEN_STATUSES
from diagapp.services.clock import new_uid
from diagapp.storage.schema import PlanActionRow


def carry_open_actions(
    s: Session,
    *,
    source_id: int,
    target_id: int,
    participants: dict[int, int],
    structures: dict[int, int],
    stamp: str,
) -> int:
    """Copy the source's actions still à lancer or en cours; return how many came."""
    count = 0
    rows = s.scalars(
        select(PlanActionRow)
        .where(PlanActionRow.assessment_id == source_id)
        .order_by(PlanActionRow.position, PlanActionRow.id)
    )
    for row in rows:
        if row.status not in OPEN_STATUSES:
            continue
        values = {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key != "id"}
        values.update(
            uid=new_uid(),
            assessment_id=target_id,
            carried_from_id=row.id,
            outcome="",
            owner_participant_id=participants.get(row.owner_participant_id or 0),
            owner_structure_id=structures.get(row.owner_structure_id or 0),
            created_at=stamp,
            updated_at=stamp,
        )
        s.add(PlanActionRow(**values))
        count += 1
    return count
