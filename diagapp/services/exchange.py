"""JSON export of a whole database and merge-import of such a file (another laptop's answers).

Records are matched by their uid; a record is replaced only by a newer one (updated_at),
so importing the same file twice changes nothing. The file is validated entirely before
anything is written, and the import runs in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from diagapp import __version__
from diagapp.domain.errors import DataFileError
from diagapp.services import exchange_finances, exchange_plan, objectives_exchange
from diagapp.services.exchange_check import (  # the file format and its checks
    FORMAT,
    FORMAT_VERSION,
    read_import_file,
)
from diagapp.services.files import write_atomic
from diagapp.storage.database import Database
from diagapp.storage.schema import (
    AnswerRow,
    AssessmentRow,
    ConsensusRow,
    DynamicRow,
    FieldValueRow,
    FundingCellRow,
    ParticipantRow,
    RecommendationDecisionRow,
    StructureRow,
)

ANSWER_KEYS = ("value", "not_applicable", "evidence", "private_note", "justification", "to_review")


_SUMMARY = {
    "fr": (
        "{dynamics} dynamique(s), {assessments} évaluation(s), {participants} participant(s) et "
        "{answers} réponse(s) ajoutés ou mis à jour ; {unchanged} élément(s) déjà à jour.",
        " {objectives} objectif(s).",
        " {actions} action(s) de feuille de route.",
    ),
    "en": (
        "{dynamics} dynamic(s), {assessments} assessment(s), {participants} participant(s) and "
        "{answers} answer(s) added or updated; {unchanged} item(s) already up to date.",
        " {objectives} objective(s).",
        " {actions} roadmap action(s).",
    ),
}


@dataclass
class ImportReport:
    dynamics: int = 0
    assessments: int = 0
    participants: int = 0
    answers: int = 0
    unchanged: int = 0
    objectives: int = 0  # added or updated
    actions: int = 0  # of the feuille de route, added or updated

    def summary(self, lang: str = "fr") -> str:
        counts, objectives, actions = _SUMMARY["en" if lang == "en" else "fr"]
        values = vars(self)
        return (
            counts.format(**values)
            + (objectives.format(**values) if self.objectives else "")
            + (actions.format(**values) if self.actions else "")
        )


# --- export -------------------------------------------------------------------------------


def _answer(row: AnswerRow | ConsensusRow) -> dict[str, Any]:
    return {
        "item_id": row.item_id,
        **{k: getattr(row, k) for k in ANSWER_KEYS},
        "updated_at": row.updated_at,
    }


def export_data(db: Database, dynamic_id: int | None = None) -> dict[str, Any]:
    with db.reading() as s:
        query = select(DynamicRow).order_by(DynamicRow.uid)
        if dynamic_id is not None:
            query = query.where(DynamicRow.id == dynamic_id)
        dynamics = [_export_dynamic(s, d) for d in s.scalars(query)]
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "dynamics": dynamics}


def _export_dynamic(s: Session, d: DynamicRow) -> dict[str, Any]:
    assessments = []
    uids = {a.id: a.uid for a in d.assessments}
    for a in sorted(d.assessments, key=lambda a: a.uid):
        participants = s.scalars(
            select(ParticipantRow)
            .where(ParticipantRow.assessment_id == a.id)
            .order_by(ParticipantRow.uid)
        ).all()
        p_uid = {p.id: p.uid for p in participants}
        answers = s.scalars(select(AnswerRow).where(AnswerRow.assessment_id == a.id)).all()
        consensus = s.scalars(select(ConsensusRow).where(ConsensusRow.assessment_id == a.id)).all()
        fields = s.scalars(select(FieldValueRow).where(FieldValueRow.assessment_id == a.id)).all()
        structures = s.scalars(
            select(StructureRow)
            .where(StructureRow.assessment_id == a.id)
            .order_by(StructureRow.uid)
        ).all()
        decisions = s.scalars(
            select(RecommendationDecisionRow).where(RecommendationDecisionRow.assessment_id == a.id)
        ).all()
        assessments.append(
            {
                "uid": a.uid,
                "label": a.label,
                "date": a.date,
                "questionnaire_version": a.questionnaire_version,
                "status": a.status,
                "copied_from": uids.get(a.copied_from_id) if a.copied_from_id else None,
                "created_at": a.created_at,
                "updated_at": a.updated_at,
                "participants": [
                    {
                        "uid": p.uid,
                        "name": p.name,
                        "pseudonym": p.pseudonym,
                        "college": p.college,
                        "position": p.position,
                        "created_at": p.created_at,
                    }
                    for p in participants
                ],
                "answers": sorted(
                    ({"participant": p_uid[r.participant_id], **_answer(r)} for r in answers),
                    key=lambda r: (r["participant"], r["item_id"]),
                ),
                "consensus": sorted((_answer(r) for r in consensus), key=lambda r: r["item_id"]),
                "fields": sorted(
                    (
                        {
                            "field_id": f.field_id,
                            "value": json.loads(f.value_json),
                            "updated_at": f.updated_at,
                        }
                        for f in fields
                    ),
                    key=lambda r: r["field_id"],
                ),
                "structures": [_export_structure(s, st) for st in structures],
                **exchange_finances.export(s, a.id),
                "recommendation_decisions": sorted(
                    (
                        {
                            "recommendation_id": r.recommendation_id,
                            "decision": r.decision,
                            "note": r.note,
                            "updated_at": r.updated_at,
                        }
                        for r in decisions
                    ),
                    key=lambda r: r["recommendation_id"],
                ),
                "objectives": objectives_exchange.export(s, a.id),
                "plan_actions": exchange_plan.export_actions(s, a.id),
            }
        )
    return {
        "uid": d.uid,
        "name": d.name,
        "created_at": d.created_at,
        "updated_at": d.updated_at,
        "assessments": assessments,
    }


def _export_structure(s: Session, st: StructureRow) -> dict[str, Any]:
    cells = s.scalars(
        select(FundingCellRow)
        .where(FundingCellRow.structure_id == st.id)
        .order_by(FundingCellRow.resource_key)
    ).all()
    return {
        "uid": st.uid,
        "name": st.name,
        "legal_status": st.legal_status,
        "position": st.position,
        "volunteer_hours": st.volunteer_hours,
        "volunteer_smic_multiple": st.volunteer_smic_multiple,
        "updated_at": st.updated_at,
        "cells": [
            {
                "resource": c.resource_key,
                "intensity": c.intensity,
                "amount_eur": c.amount_eur,
                "updated_at": c.updated_at,
            }
            for c in cells
        ],
    }


def export_json(db: Database, out: Path, dynamic_id: int | None = None) -> Path:
    text = json.dumps(export_data(db, dynamic_id), ensure_ascii=False, indent=1, sort_keys=False)
    return write_atomic(out, (text + "\n").encode("utf-8"))


# --- import (the file is read and checked by exchange_check) ------------------------------


class _Conflict(Exception):
    """A record of the file already exists in this database under another assessment."""


def import_file(db: Database, path: Path) -> ImportReport:
    data = read_import_file(path)
    db.backup("before-import")
    report = ImportReport()
    try:
        with db.session() as s:
            for d in data["dynamics"]:
                _import_dynamic(s, d, report)
    except _Conflict as exc:  # the transaction was rolled back: nothing was written
        raise DataFileError(path.name, "", str(exc)) from None
    return report


def _newer(incoming: str, current: str) -> bool:
    return incoming > current


def _import_dynamic(s: Session, d: Mapping[str, Any], report: ImportReport) -> None:
    row = s.scalar(select(DynamicRow).where(DynamicRow.uid == d["uid"]))
    if row is None:
        row = DynamicRow(
            uid=d["uid"], name=d["name"], created_at=d["created_at"], updated_at=d["updated_at"]
        )
        s.add(row)
        s.flush()
        report.dynamics += 1
    elif _newer(d["updated_at"], row.updated_at):
        row.name, row.updated_at = d["name"], d["updated_at"]
    else:
        report.unchanged += 1
    by_uid: dict[str, int] = {}
    # Oldest first: new rows get ids in the order the workshops happened, as on the laptop
    # that made them (the file lists them by uid).
    for a in sorted(d["assessments"], key=lambda a: (a["date"], a["created_at"])):
        by_uid[a["uid"]] = _import_assessment(s, row.id, a, report)
    for a in d["assessments"]:
        if a.get("copied_from") in by_uid:
            s.get(AssessmentRow, by_uid[a["uid"]]).copied_from_id = by_uid[a["copied_from"]]  # type: ignore[union-attr]


def _import_assessment(
    s: Session, dynamic_id: int, a: Mapping[str, Any], report: ImportReport
) -> int:
    row = s.scalar(select(AssessmentRow).where(AssessmentRow.uid == a["uid"]))
    if row is not None and row.dynamic_id != dynamic_id:
        raise _Conflict(
            f"l'évaluation « {row.label} » de ce fichier appartient, dans cette base, à une "
            f"autre dynamique (« {row.dynamic.name} ») : rien n'a été importé"
        )
    fields = dict(
        label=a["label"],
        date=a["date"],
        questionnaire_version=a["questionnaire_version"],
        status=a["status"],
        updated_at=a["updated_at"],
    )
    if row is None:
        row = AssessmentRow(
            uid=a["uid"], dynamic_id=dynamic_id, created_at=a["created_at"], **fields
        )
        s.add(row)
        s.flush()
        report.assessments += 1
    elif _newer(a["updated_at"], row.updated_at):
        for key, value in fields.items():
            setattr(row, key, value)
    participants: dict[str, int] = {}
    for p in a["participants"]:
        prow = s.scalar(select(ParticipantRow).where(ParticipantRow.uid == p["uid"]))
        if prow is not None and prow.assessment_id != row.id:
            raise _Conflict(
                f"le participant « {p['name']} » appartient, dans cette base, à une autre "
                "évaluation : rien n'a été importé"
            )
        if prow is None:
            prow = ParticipantRow(
                uid=p["uid"],
                assessment_id=row.id,
                name=p["name"],
                pseudonym=p["pseudonym"],
                college=p["college"],
                position=int(p.get("position") or 0),
                created_at=p["created_at"],
            )
            s.add(prow)
            s.flush()
            report.participants += 1
        participants[p["uid"]] = prow.id
    # Each table is read once and merged in memory: a query per answer made a 20-year file
    # take 14 s to import (profiled); new rows go in with one bulk insert per table.
    known = s.scalars(
        select(AnswerRow).where(AnswerRow.participant_id.in_(list(participants.values())))
    )
    _merge_answers(
        s,
        AnswerRow,
        {(r.participant_id, r.item_id): r for r in known},
        [((participants[r["participant"]], r["item_id"]), r) for r in a["answers"]],
        report,
        assessment_id=row.id,
    )
    known_c = s.scalars(select(ConsensusRow).where(ConsensusRow.assessment_id == row.id))
    _merge_answers(
        s,
        ConsensusRow,
        {(None, r.item_id): r for r in known_c},
        [((None, r["item_id"]), r) for r in a["consensus"]],
        report,
        assessment_id=row.id,
    )
    for f in a["fields"]:
        if exchange_finances.old_text(a, f["field_id"]):
            continue  # read into rows by exchange_finances.merge
        frow = s.scalar(
            select(FieldValueRow).where(
                FieldValueRow.assessment_id == row.id, FieldValueRow.field_id == f["field_id"]
            )
        )
        encoded = json.dumps(f["value"], ensure_ascii=False)
        if frow is None:
            s.add(
                FieldValueRow(
                    assessment_id=row.id,
                    field_id=f["field_id"],
                    value_json=encoded,
                    updated_at=f["updated_at"],
                )
            )
        elif _newer(f["updated_at"], frow.updated_at):
            frow.value_json, frow.updated_at = encoded, f["updated_at"]
    for st in a["structures"]:
        _import_structure(s, row.id, st)
    exchange_finances.merge(s, row.id, a)
    for r in a.get("recommendation_decisions", []) or []:
        drow = s.scalar(
            select(RecommendationDecisionRow).where(
                RecommendationDecisionRow.assessment_id == row.id,
                RecommendationDecisionRow.recommendation_id == r["recommendation_id"],
            )
        )
        if drow is None:
            s.add(
                RecommendationDecisionRow(
                    assessment_id=row.id,
                    recommendation_id=r["recommendation_id"],
                    decision=r["decision"],
                    note=r.get("note", ""),
                    updated_at=r["updated_at"],
                )
            )
        elif _newer(r["updated_at"], drow.updated_at):
            drow.decision, drow.note, drow.updated_at = (
                r["decision"],
                r.get("note", ""),
                r["updated_at"],
            )
    report.objectives += objectives_exchange.merge(
        s, row.id, a.get("objectives"), conflict=_Conflict
    )
    report.actions += exchange_plan.import_actions(s, row.id, a.get("plan_actions") or [])
    return row.id


Key = tuple[int | None, str]  # (participant id or None for the consensus, item id)


def _merge_answers(
    s: Session,
    table: type[AnswerRow] | type[ConsensusRow],
    existing: dict[Key, Any],
    incoming: list[tuple[Key, Mapping[str, Any]]],
    report: ImportReport,
    assessment_id: int,
) -> None:
    """A newer answer replaces an older one; new answers are inserted in one statement."""
    new: dict[Key, dict[str, Any]] = {}
    for key, r in incoming:
        values = {k: r[k] for k in ANSWER_KEYS}
        current = existing.get(key)
        if current is not None:
            if _newer(r["updated_at"], current.updated_at):
                for k, v in values.items():
                    setattr(current, k, v)
                current.updated_at = r["updated_at"]
                report.answers += 1
            else:
                report.unchanged += 1
        elif key in new:  # the same answer twice in the file: the newer wins
            if _newer(r["updated_at"], new[key]["updated_at"]):
                new[key].update(values, updated_at=r["updated_at"])
                report.answers += 1
            else:
                report.unchanged += 1
        else:
            who = {} if table is ConsensusRow else {"participant_id": key[0]}
            new[key] = {
                "assessment_id": assessment_id,
                **who,
                "item_id": key[1],
                **values,
                "updated_at": r["updated_at"],
            }
            report.answers += 1
    if new:
        s.execute(insert(table), list(new.values()))


def _import_structure(s: Session, assessment_id: int, st: Mapping[str, Any]) -> None:
    row = s.scalar(select(StructureRow).where(StructureRow.uid == st["uid"]))
    if row is not None and row.assessment_id != assessment_id:
        raise _Conflict(
            f"la structure « {st['name']} » appartient, dans cette base, à une autre "
            "évaluation : rien n'a été importé"
        )
    values = dict(
        name=st["name"],
        legal_status=st.get("legal_status") or "",
        position=int(st.get("position") or 0),
        volunteer_hours=st.get("volunteer_hours"),
        volunteer_smic_multiple=st["volunteer_smic_multiple"],
        updated_at=st["updated_at"],
    )
    if row is None:
        row = StructureRow(uid=st["uid"], assessment_id=assessment_id, **values)
        s.add(row)
        s.flush()
    elif _newer(st["updated_at"], row.updated_at):
        for k, v in values.items():
            setattr(row, k, v)
    for cell in st["cells"]:
        crow = s.scalar(
            select(FundingCellRow).where(
                FundingCellRow.structure_id == row.id,
                FundingCellRow.resource_key == cell["resource"],
            )
        )
        if crow is None:
            s.add(
                FundingCellRow(
                    structure_id=row.id,
                    resource_key=cell["resource"],
                    intensity=cell["intensity"],
                    amount_eur=cell.get("amount_eur"),
                    updated_at=cell["updated_at"],
                )
            )
        elif _newer(cell["updated_at"], crow.updated_at):
            crow.intensity, crow.amount_eur, crow.updated_at = (
                cell["intensity"],
                cell.get("amount_eur"),
                cell["updated_at"],
            )


def app_version() -> str:
    return __version__
