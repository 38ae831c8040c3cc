"""Dynamics, assessments and participants: create, list, load as domain data."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diagapp.domain import funding, model
from diagapp.domain.errors import DiagappError
from diagapp.domain.questionnaire import Questionnaire
from diagapp.services import catalog, finance_rows, objective_rows, plan_carry
from diagapp.services.clock import new_uid, now
from diagapp.services.limits import check_name
from diagapp.storage.database import Database
from diagapp.storage.schema import (
    AnswerRow,
    AssessmentRow,
    ConsensusRow,
    DynamicRow,
    FieldValueRow,
    FundingCellRow,
    ParticipantRow,
    StructureRow,
)


class NotFound(DiagappError):
    pass


@dataclass(frozen=True)
class AssessmentSummary:
    id: int
    label: str
    date: dt.date
    status: str
    questionnaire_version: int
    participants: int
    completion: float  # share of items with a consensus (0..1)


@dataclass(frozen=True)
class DynamicSummary:
    id: int
    name: str
    assessments: tuple[AssessmentSummary, ...]


def _assessment_row(session: Session, assessment_id: int) -> AssessmentRow:
    # an id beyond SQLite's integers would overflow inside the driver: it names no assessment
    in_range = isinstance(assessment_id, int) and 0 < assessment_id < 2**63
    row = session.get(AssessmentRow, assessment_id) if in_range else None
    if row is None:
        raise NotFound(f"Évaluation n° {assessment_id} introuvable.")
    return row


def touch(session: Session, assessment_id: int) -> None:
    row = _assessment_row(session, assessment_id)
    row.updated_at = now()
    row.dynamic.updated_at = row.updated_at


def create_dynamic(db: Database, *, name: str) -> int:
    name = check_name(name, "Le nom de la dynamique")
    if not name:
        raise DiagappError("Le nom de la dynamique ne peut pas être vide.")
    with db.session() as s:
        stamp = now()
        row = DynamicRow(uid=new_uid(), name=name, created_at=stamp, updated_at=stamp)
        s.add(row)
        s.flush()
        return row.id


def rename_dynamic(db: Database, *, dynamic_id: int, name: str) -> None:
    name = check_name(name, "Le nom de la dynamique")
    if not name:
        raise DiagappError("Le nom de la dynamique ne peut pas être vide.")
    with db.session() as s:
        row = s.get(DynamicRow, dynamic_id)
        if row is None:
            raise NotFound(f"Dynamique n° {dynamic_id} introuvable.")
        row.name, row.updated_at = name, now()


def create_assessment(
    db: Database,
    *,
    dynamic_id: int,
    date: dt.date,
    label: str = "",
    copy_from: int | None = None,
    questionnaire_version: int | None = None,
) -> int:
    """A new assessment; with `copy_from`, last year's answers come along marked "to review"."""
    version = questionnaire_version or catalog.current_version()
    label = check_name(label, "Le nom de l'évaluation")
    with db.session() as s:
        if s.get(DynamicRow, dynamic_id) is None:
            raise NotFound(f"Dynamique n° {dynamic_id} introuvable.")
        stamp = now()
        row = AssessmentRow(
            uid=new_uid(),
            dynamic_id=dynamic_id,
            label=label or f"Diagnostic {date.year}",
            date=date.isoformat(),
            questionnaire_version=version,
            status=model.STATUS_DRAFT,
            copied_from_id=copy_from,
            created_at=stamp,
            updated_at=stamp,
        )
        s.add(row)
        s.flush()
        if copy_from is not None:
            _copy_forward(s, source_id=copy_from, target_id=row.id, version=version)
        return row.id


def _clone(row: Any, **overrides: Any) -> Any:
    """A new row of the same table with the same column values, except id and overrides."""
    values = {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key != "id"}
    return type(row)(**(values | overrides))


def _carries(questionnaire: Questionnaire, answer: AnswerRow | ConsensusRow) -> bool:
    """Whether last year's answer can be offered again: its item is still asked and, when it
    said « non concerné », the new questionnaire still allows it there (v2 no longer does on
    the effects of the dynamic nor on handover): otherwise the item is left to answer."""
    if not questionnaire.has_item(answer.item_id):
        return False
    return not answer.not_applicable or questionnaire.item(answer.item_id).not_applicable


def _copy_forward(s: Session, *, source_id: int, target_id: int, version: int) -> None:
    """Copy last year's participants, answers, fields, funding and open actions into the new
    assessment; answers are marked "to review"; items and fields the new questionnaire lacks
    are left."""
    _assessment_row(s, source_id)  # NotFound when it does not exist
    questionnaire = catalog.questionnaire(version)
    stamp = now()
    moved = {"assessment_id": target_id, "updated_at": stamp}
    participant_map: dict[int, int] = {}
    for p in s.scalars(select(ParticipantRow).where(ParticipantRow.assessment_id == source_id)):
        copy = _clone(p, uid=new_uid(), assessment_id=target_id, created_at=stamp)
        s.add(copy)
        s.flush()
        participant_map[p.id] = copy.id
    for a in s.scalars(select(AnswerRow).where(AnswerRow.assessment_id == source_id)):
        if _carries(questionnaire, a):
            pid = participant_map[a.participant_id]
            s.add(_clone(a, participant_id=pid, to_review=True, **moved))
    for c in s.scalars(select(ConsensusRow).where(ConsensusRow.assessment_id == source_id)):
        if _carries(questionnaire, c):
            s.add(_clone(c, to_review=True, **moved))
    for f in s.scalars(select(FieldValueRow).where(FieldValueRow.assessment_id == source_id)):
        if questionnaire.has_field(f.field_id):
            s.add(_clone(f, **moved))
    _carry_merged(s, source_id=source_id, target_id=target_id, stamp=stamp)
    structure_map: dict[int, int] = {}
    for st in s.scalars(select(StructureRow).where(StructureRow.assessment_id == source_id)):
        copy_st = _clone(st, uid=new_uid(), **moved)
        s.add(copy_st)
        s.flush()
        structure_map[st.id] = copy_st.id
        for cell in s.scalars(select(FundingCellRow).where(FundingCellRow.structure_id == st.id)):
            s.add(_clone(cell, structure_id=copy_st.id, updated_at=stamp))
    finance_rows.copy_forward(s, source_id=source_id, target_id=target_id)
    objective_rows.carry_forward(s, source_id=source_id, target_id=target_id)
    plan_carry.carry_open_actions(
        s,
        source_id=source_id,
        target_id=target_id,
        participants=participant_map,
        structures=structure_map,
        stamp=stamp,
    )


def _carry_merged(s: Session, *, source_id: int, target_id: int, stamp: str) -> None:
    """What an older year answered only through a question the newer version dropped feeds
    the one question kept (the mappings' « merged », e.g. v1's governance.inhabitants feeds
    energie.implication_habitants), marked "to review" like the rest."""
    source = _assessment_row(s, source_id)
    fields = {
        f.field_id: json.loads(f.value_json)
        for f in s.scalars(select(FieldValueRow).where(FieldValueRow.assessment_id == source_id))
    }
    consensus = tuple(
        model.Answer(c.item_id, None, c.value, c.not_applicable)
        for c in s.scalars(select(ConsensusRow).where(ConsensusRow.assessment_id == source_id))
    )
    before = model.Assessment(
        id=source_id,
        dynamic_id=source.dynamic_id,
        dynamic_name="",
        label=source.label,
        date=dt.date.fromisoformat(source.date),
        questionnaire_version=source.questionnaire_version,
        answers=consensus,
        fields=fields,
    )
    after = catalog.asked_once(before)
    questionnaire = catalog.questionnaire(_assessment_row(s, target_id).questionnaire_version)
    for field_id, value in after.fields.items():
        if fields.get(field_id) == value or not questionnaire.has_field(field_id):
            continue
        field_row = s.scalar(
            select(FieldValueRow).where(
                FieldValueRow.assessment_id == target_id, FieldValueRow.field_id == field_id
            )
        )
        if field_row is None:
            field_row = FieldValueRow(assessment_id=target_id, field_id=field_id)
            s.add(field_row)
        field_row.value_json = json.dumps(value, ensure_ascii=False)
        field_row.updated_at = stamp
    for answer in set(after.answers) - set(consensus):
        if not questionnaire.has_item(answer.item_id):
            continue
        row = s.scalar(
            select(ConsensusRow).where(
                ConsensusRow.assessment_id == target_id, ConsensusRow.item_id == answer.item_id
            )
        )
        if row is None:
            row = ConsensusRow(assessment_id=target_id, item_id=answer.item_id, updated_at=stamp)
            s.add(row)
        row.value, row.to_review = answer.value, True


def set_status(db: Database, *, assessment_id: int, status: str) -> None:
    if status not in (model.STATUS_DRAFT, model.STATUS_DONE):
        raise DiagappError(f"Statut inconnu : {status}")
    with db.session() as s:
        _assessment_row(s, assessment_id).status = status
        touch(s, assessment_id)


def rename_assessment(db: Database, *, assessment_id: int, label: str) -> None:
    if not label.strip():
        raise DiagappError("Le nom de l'évaluation ne peut pas être vide.")
    with db.session() as s:
        _assessment_row(s, assessment_id).label = label.strip()
        touch(s, assessment_id)


def delete_assessment_after_backup(db: Database, *, assessment_id: int) -> Path:
    """Delete an assessment (made by mistake) once a verified copy of the whole database is
    taken; returns that copy's path. Without a copy, nothing is deleted."""
    try:
        copy = db.backup("before-delete")
    except (OSError, sqlite3.Error) as exc:
        raise DiagappError(
            f"La copie de sauvegarde n'a pas pu être faite ({exc}) : l'évaluation n'a pas "
            "été supprimée."
        ) from exc
    delete_assessment(db, assessment_id=assessment_id)
    return copy.path


def delete_assessment(db: Database, *, assessment_id: int) -> None:
    with db.session() as s:
        s.delete(_assessment_row(s, assessment_id))


def list_dynamics(db: Database) -> list[DynamicSummary]:
    """Every dynamic with its assessments, oldest assessment first."""
    with db.reading() as s:
        participants = dict(
            s.execute(
                select(ParticipantRow.assessment_id, func.count()).group_by(
                    ParticipantRow.assessment_id
                )
            ).all()
        )
        consensus = dict(
            s.execute(
                select(ConsensusRow.assessment_id, func.count())
                .where((ConsensusRow.value.is_not(None)) | ConsensusRow.not_applicable)
                .group_by(ConsensusRow.assessment_id)
            ).all()
        )
        result = []
        for d in s.scalars(select(DynamicRow).order_by(DynamicRow.name)):
            summaries = []
            for a in d.assessments:
                total = len(catalog.questionnaire(a.questionnaire_version).items)
                summaries.append(
                    AssessmentSummary(
                        id=a.id,
                        label=a.label,
                        date=dt.date.fromisoformat(a.date),
                        status=a.status,
                        questionnaire_version=a.questionnaire_version,
                        participants=participants.get(a.id, 0),
                        completion=consensus.get(a.id, 0) / total if total else 0.0,
                    )
                )
            result.append(DynamicSummary(d.id, d.name, tuple(summaries)))
        return result


def history(db: Database, *, dynamic_id: int) -> list[int]:
    """Assessment ids of a dynamic, oldest first."""
    with db.reading() as s:
        return list(
            s.scalars(
                select(AssessmentRow.id)
                .where(AssessmentRow.dynamic_id == dynamic_id)
                .order_by(AssessmentRow.date, AssessmentRow.id)
            )
        )


def latest_assessment(db: Database) -> int:
    with db.reading() as s:
        found = s.scalar(
            select(AssessmentRow.id).order_by(AssessmentRow.date.desc(), AssessmentRow.id.desc())
        )
    if found is None:
        raise NotFound("La base de données ne contient aucune évaluation.")
    return found


# A participant's answer as plain row values, in model.Answer's order.
ANSWER_COLUMNS = (
    AnswerRow.item_id,
    AnswerRow.participant_id,
    AnswerRow.value,
    AnswerRow.not_applicable,
    AnswerRow.evidence,
    AnswerRow.private_note,
    AnswerRow.justification,
    AnswerRow.to_review,
    AnswerRow.updated_at,
)


def load_assessment(db: Database, assessment_id: int) -> model.Assessment:
    """The whole assessment as frozen domain data."""
    with db.reading() as s:
        row = _assessment_row(s, assessment_id)
        participants = tuple(
            model.Participant(p.id, p.name, p.college, p.pseudonym)
            for p in s.scalars(
                select(ParticipantRow)
                .where(ParticipantRow.assessment_id == assessment_id)
                .order_by(ParticipantRow.position, ParticipantRow.id)
            )
        )
        # Plain rows, not ORM objects: a 40-participant workshop has 2,000 answers and the
        # 20-year comparison loads twenty of them (profiled: 4x faster this way).
        answers = [
            model.Answer(*row)
            for row in s.execute(
                select(*ANSWER_COLUMNS).where(AnswerRow.assessment_id == assessment_id)
            )
        ]
        answers += [
            model.Answer(c.item_id, None, *c[1:])
            for c in s.execute(
                select(
                    ConsensusRow.item_id,
                    ConsensusRow.value,
                    ConsensusRow.not_applicable,
                    ConsensusRow.evidence,
                    ConsensusRow.private_note,
                    ConsensusRow.justification,
                    ConsensusRow.to_review,
                    ConsensusRow.updated_at,
                ).where(ConsensusRow.assessment_id == assessment_id)
            )
        ]
        fields = {
            f.field_id: json.loads(f.value_json)
            for f in s.scalars(
                select(FieldValueRow).where(FieldValueRow.assessment_id == assessment_id)
            )
        }
        structures = []
        for st in s.scalars(
            select(StructureRow)
            .where(StructureRow.assessment_id == assessment_id)
            .order_by(StructureRow.position, StructureRow.id)
        ):
            cells = tuple(
                model.FundingCell(c.resource_key, c.intensity, c.amount_eur)
                for c in s.scalars(
                    select(FundingCellRow).where(FundingCellRow.structure_id == st.id)
                )
            )
            structures.append(
                model.Structure(
                    st.id,
                    st.name,
                    st.legal_status,
                    cells,
                    st.volunteer_hours,
                    st.volunteer_smic_multiple,
                )
            )
        # Intensities as everyone reads them: derived from the amounts where a structure
        # gave any (the one rule, diagapp.domain.funding).
        spec = catalog.questionnaire(row.questionnaire_version).funding
        structures = [funding.with_derived_intensities(st, spec) for st in structures]
        lines, accounts = finance_rows.load(s, assessment_id)
        return model.Assessment(
            id=row.id,
            dynamic_id=row.dynamic_id,
            dynamic_name=row.dynamic.name,
            label=row.label,
            date=dt.date.fromisoformat(row.date),
            questionnaire_version=row.questionnaire_version,
            status=row.status,
            participants=participants,
            answers=tuple(sorted(answers, key=lambda a: (a.item_id, a.participant_id or 0))),
            fields=fields,
            structures=tuple(structures),
            funding_lines=lines,
            accounts=accounts,
            objectives=objective_rows.read(s, assessment_id),
        )
