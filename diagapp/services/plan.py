"""The « feuille de route »: add, edit, list and review the actions of an assessment.

Public API (the window, the PDF, the exports and the CLI share it):
    add_action(db, *, assessment_id, title, ...) -> int
    update_action(db, *, action_id, **changes) -> None   (each edit is saved at once)
    delete_action(db, *, action_id) -> None
    actions(db, *, assessment_id) -> tuple[Action, ...]
    action(db, *, action_id) -> Action
    owners(db, *, assessment_id) -> tuple[OwnerChoice, ...]
Every text is checked (length, control characters) and every reference (owner, items,
resource, recommendation) against the assessment; a refused edit stores nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diagapp.domain import plan
from diagapp.domain.plan import Action, Owner, PlanError
from diagapp.services import assessments, catalog
from diagapp.services.clock import new_uid, now
from diagapp.services.limits import check_long_text, check_name
from diagapp.storage.database import Database
from diagapp.storage.schema import (
    AssessmentRow,
    ParticipantRow,
    PlanActionRow,
    StructureRow,
)

EDITABLE = frozenset(
    {
        "title",
        "done_when",
        "owner",
        "target_date",
        "dimension_id",
        "item_ids",
        "budget_eur",
        "resource_key",
        "status",
        "status_note",
        "outcome",
        "private_note",
        "recommendation_id",
        "position",
    }
)


@dataclass(frozen=True)
class OwnerChoice:
    """Someone who can carry an action, as the window offers them."""

    owner: Owner
    label: str


def _row(s: Session, action_id: int) -> PlanActionRow:
    in_range = isinstance(action_id, int) and 0 < action_id < 2**63
    row = s.get(PlanActionRow, action_id) if in_range else None
    if row is None:
        raise assessments.NotFound(f"Action n° {action_id} introuvable.")
    return row


def _owner_names(s: Session, assessment_id: int) -> tuple[dict[int, str], dict[int, str]]:
    people = {
        p.id: p.pseudonym or p.name
        for p in s.scalars(
            select(ParticipantRow).where(ParticipantRow.assessment_id == assessment_id)
        )
    }
    structures = {
        st.id: st.name
        for st in s.scalars(select(StructureRow).where(StructureRow.assessment_id == assessment_id))
    }
    return people, structures


def _owner_label(owner: Owner, people: dict[int, str], structures: dict[int, str]) -> str:
    if owner.kind == plan.OWNER_PARTICIPANT:
        return people.get(owner.participant_id or 0, "")
    if owner.kind == plan.OWNER_STRUCTURE:
        return structures.get(owner.structure_id or 0, "")
    return owner.text if owner.kind == plan.OWNER_PARTNER else ""


def _domain(row: PlanActionRow, people: dict[int, str], structures: dict[int, str]) -> Action:
    kind = row.owner_kind
    # an owner whose participant or structure was removed is no one any more
    if (kind == plan.OWNER_PARTICIPANT and row.owner_participant_id is None) or (
        kind == plan.OWNER_STRUCTURE and row.owner_structure_id is None
    ):
        kind = plan.OWNER_NONE
    owner = Owner(kind, row.owner_participant_id, row.owner_structure_id, row.owner_text)
    return Action(
        id=row.id,
        assessment_id=row.assessment_id,
        title=row.title,
        done_when=row.done_when,
        owner=owner,
        owner_label=_owner_label(owner, people, structures),
        target_date=dt.date.fromisoformat(row.target_date) if row.target_date else None,
        dimension_id=row.dimension_id,
        item_ids=tuple(json.loads(row.item_ids or "[]")),
        budget_eur=row.budget_eur,
        resource_key=row.resource_key,
        status=row.status if row.status in plan.STATUSES else plan.TO_START,
        status_note=row.status_note,
        outcome=row.outcome,
        private_note=row.private_note,
        recommendation_id=row.recommendation_id,
        carried_from_id=row.carried_from_id,
        position=row.position,
    )


def _checked(s: Session, assessment: AssessmentRow, action: Action) -> Action:
    """The action as it will be stored, or PlanError / TextRefused saying what is wrong."""
    title = plan.check_title(check_name(action.title, "Le titre de l'action"))
    texts = {
        "done_when": "Ce que « fait » veut dire",
        "status_note": "Le mot sur le statut",
        "outcome": "Ce qui s'est passé",
        "private_note": "La note privée de l'action",
    }
    cleaned: dict[str, Any] = {
        k: check_long_text(getattr(action, k).strip(), what) for k, what in texts.items()
    }
    plan.check_status(action.status, cleaned["status_note"])
    questionnaire = catalog.questionnaire(assessment.questionnaire_version)
    dimension, items = plan.check_targets(questionnaire, action.dimension_id, action.item_ids)
    plan.check_budget(action.budget_eur, action.resource_key, questionnaire.funding.keys)
    owner = _checked_owner(s, assessment.id, action.owner)
    if action.recommendation_id:
        from diagapp.services import recommendations  # the catalog loads only when linked

        if action.recommendation_id not in recommendations.load_catalog():
            raise PlanError(f"Recommandation inconnue : « {action.recommendation_id} ».")
    return dataclasses.replace(
        action, title=title, dimension_id=dimension, item_ids=items, owner=owner, **cleaned
    )


def _checked_owner(s: Session, assessment_id: int, owner: Owner) -> Owner:
    if owner.kind not in plan.OWNER_KINDS:
        raise PlanError(f"Porteur d'action inconnu « {owner.kind} ».")
    if owner.kind == plan.OWNER_PARTICIPANT:
        p = s.get(ParticipantRow, owner.participant_id or 0)
        if p is None or p.assessment_id != assessment_id:
            raise PlanError("Le participant qui porte l'action n'est pas dans cette évaluation.")
        return Owner(plan.OWNER_PARTICIPANT, participant_id=p.id)
    if owner.kind == plan.OWNER_STRUCTURE:
        st = s.get(StructureRow, owner.structure_id or 0)
        if st is None or st.assessment_id != assessment_id:
            raise PlanError("La structure qui porte l'action n'est pas dans cette évaluation.")
        return Owner(plan.OWNER_STRUCTURE, structure_id=st.id)
    if owner.kind == plan.OWNER_PARTNER:
        text = check_name(owner.text, "Le nom du partenaire")
        if not text:
            raise PlanError("Nommez le partenaire qui porte l'action.")
        return Owner(plan.OWNER_PARTNER, text=text)
    return Owner()


def _store(row: PlanActionRow, action: Action) -> None:
    row.title, row.done_when = action.title, action.done_when
    row.owner_kind = action.owner.kind
    row.owner_participant_id = action.owner.participant_id
    row.owner_structure_id = action.owner.structure_id
    row.owner_text = action.owner.text
    row.target_date = action.target_date.isoformat() if action.target_date else None
    row.dimension_id = action.dimension_id
    row.item_ids = json.dumps(list(action.item_ids))
    row.budget_eur = action.budget_eur
    row.resource_key = action.resource_key
    row.status, row.status_note = action.status, action.status_note
    row.outcome, row.private_note = action.outcome, action.private_note
    row.recommendation_id = action.recommendation_id
    row.position = action.position
    row.updated_at = now()


def add_action(
    db: Database,
    *,
    assessment_id: int,
    title: str,
    done_when: str = "",
    owner: Owner | None = None,
    target_date: dt.date | None = None,
    dimension_id: str = "",
    item_ids: Sequence[str] = (),
    budget_eur: float | None = None,
    resource_key: str = "",
    status: str = plan.TO_START,
    status_note: str = "",
    recommendation_id: str = "",
    private_note: str = "",
) -> int:
    """A new action at the end of the assessment's plan (one transaction)."""
    with db.session() as s:
        assessment = assessments._assessment_row(s, assessment_id)
        last = s.scalar(
            select(func.max(PlanActionRow.position)).where(
                PlanActionRow.assessment_id == assessment_id
            )
        )
        draft = Action(
            id=0,
            assessment_id=assessment_id,
            title=title,
            done_when=done_when,
            owner=owner or Owner(),
            target_date=target_date,
            dimension_id=dimension_id,
            item_ids=tuple(item_ids),
            budget_eur=budget_eur,
            resource_key=resource_key,
            status=status,
            status_note=status_note,
            private_note=private_note,
            recommendation_id=recommendation_id,
            position=(last or 0) + 1,
        )
        action = _checked(s, assessment, draft)
        stamp = now()
        row = PlanActionRow(
            uid=new_uid(), assessment_id=assessment_id, created_at=stamp, updated_at=stamp
        )
        _store(row, action)
        s.add(row)
        assessments.touch(s, assessment_id)
        s.flush()
        return row.id


def update_action(db: Database, *, action_id: int, **changes: Any) -> None:
    """Change some fields of an action (e.g. status="done"); nothing stored when refused."""
    unknown = sorted(set(changes) - EDITABLE)
    if unknown:
        raise PlanError(f"Champ d'action inconnu : {', '.join(unknown)}.")
    if "item_ids" in changes:
        changes["item_ids"] = tuple(changes["item_ids"])
    with db.session() as s:
        row = _row(s, action_id)
        assessment = assessments._assessment_row(s, row.assessment_id)
        people, structures = _owner_names(s, row.assessment_id)
        current = _domain(row, people, structures)
        moved = changes.get("dimension_id", current.dimension_id) != current.dimension_id
        if moved and "item_ids" not in changes:
            changes["item_ids"] = ()  # items of another dimension no longer fit
        action = _checked(s, assessment, dataclasses.replace(current, **changes))
        _store(row, action)
        assessments.touch(s, row.assessment_id)


def delete_action(db: Database, *, action_id: int) -> None:
    with db.session() as s:
        row = _row(s, action_id)
        assessments.touch(s, row.assessment_id)
        s.delete(row)


def actions(db: Database, *, assessment_id: int) -> tuple[Action, ...]:
    """The assessment's plan in the team's order."""
    with db.reading() as s:
        assessments._assessment_row(s, assessment_id)
        people, structures = _owner_names(s, assessment_id)
        rows = s.scalars(
            select(PlanActionRow)
            .where(PlanActionRow.assessment_id == assessment_id)
            .order_by(PlanActionRow.position, PlanActionRow.id)
        )
        return tuple(_domain(r, people, structures) for r in rows)


def action(db: Database, *, action_id: int) -> Action:
    with db.reading() as s:
        row = _row(s, action_id)
        people, structures = _owner_names(s, row.assessment_id)
        return _domain(row, people, structures)


def owners(db: Database, *, assessment_id: int) -> tuple[OwnerChoice, ...]:
    """The participants and structures of the assessment, as owners to pick from."""
    with db.reading() as s:
        assessments._assessment_row(s, assessment_id)
        people = s.scalars(
            select(ParticipantRow)
            .where(ParticipantRow.assessment_id == assessment_id)
            .order_by(ParticipantRow.position, ParticipantRow.id)
        ).all()
        structures = s.scalars(
            select(StructureRow)
            .where(StructureRow.assessment_id == assessment_id)
            .order_by(StructureRow.position, StructureRow.id)
        ).all()
        return tuple(
            OwnerChoice(Owner(plan.OWNER_PARTICIPANT, participant_id=p.id), p.pseudonym or p.name)
            for p in people
        ) + tuple(
            OwnerChoice(Owner(plan.OWNER_STRUCTURE, structure_id=st.id), st.name)
            for st in structures
        )
