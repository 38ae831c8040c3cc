"""The feuille de route in the JSON exchange file: its export, its checks and its merge.

Actions are matched by uid like every record: a newer one (updated_at) replaces an older
one, importing the same file twice changes nothing. Owners travel as the uid of their
participant or structure, a carried action as the uid of last year's action.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from diagapp.domain import plan
from diagapp.domain.errors import DiagappError
from diagapp.domain.questionnaire import Questionnaire
from diagapp.storage.schema import ParticipantRow, PlanActionRow, StructureRow

TEXTS = ("done_when", "owner_text", "status_note", "outcome", "private_note")


def export_actions(s: Session, assessment_id: int) -> list[dict[str, Any]]:
    rows = s.scalars(
        select(PlanActionRow)
        .where(PlanActionRow.assessment_id == assessment_id)
        .order_by(PlanActionRow.uid)
    ).all()

    def uid_of(table: Any, row_id: int | None) -> str | None:
        if row_id is None:
            return None
        found = s.get(table, row_id)
        return found.uid if found is not None else None

    return [
        {
            "uid": r.uid,
            "title": r.title,
            "done_when": r.done_when,
            "owner_kind": r.owner_kind,
            "owner_participant": uid_of(ParticipantRow, r.owner_participant_id),
            "owner_structure": uid_of(StructureRow, r.owner_structure_id),
            "owner_text": r.owner_text,
            "target_date": r.target_date,
            "dimension_id": r.dimension_id,
            "item_ids": json.loads(r.item_ids or "[]"),
            "budget_eur": r.budget_eur,
            "resource_key": r.resource_key,
            "status": r.status,
            "status_note": r.status_note,
            "outcome": r.outcome,
            "private_note": r.private_note,
            "recommendation_id": r.recommendation_id,
            "carried_from": uid_of(PlanActionRow, r.carried_from_id),
            "position": r.position,
            "created_at": r.created_at,
            "updated_at": r.updated_at,
        }
        for r in rows
    ]


# --- checks (before anything is written) ------------------------------------------------


def validate_actions(c: Any, a: Mapping[str, Any], questionnaire: Questionnaire) -> None:
    """`c` is exchange_check's checker: it says where in the file and raises DataFileError."""
    actions = a.get("plan_actions") or []
    if not isinstance(actions, list):
        raise c.fail("liste « plan_actions » invalide")
    for action in actions:
        action = c.obj(action, "action de la feuille de route")
        for key in ("uid", "created_at", "updated_at"):
            c.string(action, key)
        c.unique("plan_action", action)
        title = action.get("title")
        if not isinstance(title, str) or not title.strip() or len(title) > 200:
            raise c.fail("titre d'action manquant ou trop long")
        for key in TEXTS:
            c.string(action, key, optional=True)
        c.optional_int(action, "position", 1_000_000)
        try:
            _check_action(action, questionnaire)
        except DiagappError as exc:
            raise c.fail(str(exc)) from None


def _check_action(action: Mapping[str, Any], questionnaire: Questionnaire) -> None:
    plan.check_status(str(action.get("status")), str(action.get("status_note") or ""))
    kind = action.get("owner_kind") or ""
    if kind not in plan.OWNER_KINDS:
        raise plan.PlanError(f"porteur d'action inconnu « {kind} »")
    # An owner absent from the file (a partial file) leaves the action with nobody: the
    # merge keeps the action rather than refusing the file.
    date = action.get("target_date")
    if date is not None:
        try:
            dt.date.fromisoformat(str(date))
        except ValueError:
            raise plan.PlanError(f"échéance invalide « {date} »") from None
    items = action.get("item_ids") or []
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise plan.PlanError("liste d'items invalide")
    plan.check_targets(questionnaire, str(action.get("dimension_id") or ""), items)
    budget = action.get("budget_eur")
    if budget is not None and (isinstance(budget, bool) or not isinstance(budget, int | float)):
        raise plan.PlanError("budget invalide")
    plan.check_budget(budget, str(action.get("resource_key") or ""), questionnaire.funding.keys)


# --- merge ------------------------------------------------------------------------------


def _uid_to_id(s: Session, table: Any, uid: str | None, assessment_id: int | None) -> int | None:
    if not uid:
        return None
    row = s.scalar(select(table).where(table.uid == uid))
    if row is None or (assessment_id is not None and row.assessment_id != assessment_id):
        return None
    return int(row.id)


def import_actions(s: Session, assessment_id: int, actions: list[Mapping[str, Any]]) -> int:
    """Merge the file's actions into the assessment; return how many were added or updated."""
    changed = 0
    for action in actions:
        row = s.scalar(select(PlanActionRow).where(PlanActionRow.uid == action["uid"]))
        if row is not None and row.assessment_id != assessment_id:
            continue  # the same uid elsewhere: exchange refuses such files before (uids)
        if row is not None and not action["updated_at"] > row.updated_at:
            continue
        values = {
            "title": action["title"].strip(),
            "owner_kind": action.get("owner_kind") or "",
            "owner_participant_id": _uid_to_id(
                s, ParticipantRow, action.get("owner_participant"), assessment_id
            ),
            "owner_structure_id": _uid_to_id(
                s, StructureRow, action.get("owner_structure"), assessment_id
            ),
            "target_date": action.get("target_date"),
            "dimension_id": action.get("dimension_id") or "",
            "item_ids": json.dumps(list(action.get("item_ids") or [])),
            "budget_eur": action.get("budget_eur"),
            "resource_key": action.get("resource_key") or "",
            "status": action["status"],
            "recommendation_id": action.get("recommendation_id") or "",
            "carried_from_id": _uid_to_id(s, PlanActionRow, action.get("carried_from"), None),
            "position": int(action.get("position") or 0),
            "updated_at": action["updated_at"],
            **{k: action.get(k) or "" for k in TEXTS},
        }
        if row is None:
            s.add(
                PlanActionRow(
                    uid=action["uid"],
                    assessment_id=assessment_id,
                    created_at=action["created_at"],
                    **values,
                )
            )
        else:
            for key, value in values.items():
                setattr(row, key, value)
        changed += 1
    s.flush()
    return changed
