"""Record what the team types: each call is one committed transaction."""

from __future__ import annotations

import json
import math
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from diagapp.domain import funding
from diagapp.domain.errors import DiagappError
from diagapp.domain.questionnaire import MATURITY_VALUES, Field, Questionnaire
from diagapp.services import catalog, finance_rows
from diagapp.services.assessments import NotFound, _assessment_row, touch
from diagapp.services.clock import new_uid, now
from diagapp.services.limits import (
    MAX_LONG_TEXT,
    MAX_SHORT_TEXT,
    check_long_text,
    check_name,
    check_text,
)
from diagapp.storage.database import Database
from diagapp.storage.schema import (
    AnswerRow,
    ConsensusRow,
    FieldValueRow,
    FundingCellRow,
    ParticipantRow,
    StructureRow,
)

_UNSET: Any = object()


class InvalidAnswer(DiagappError):
    pass


def _questionnaire(s: Session, assessment_id: int) -> Questionnaire:
    return catalog.questionnaire(_assessment_row(s, assessment_id).questionnaire_version)


def _check_level(questionnaire: Questionnaire, item_id: str, value: Any, na: Any) -> None:
    if not questionnaire.has_item(item_id):
        raise InvalidAnswer(
            f"Élément inconnu du questionnaire v{questionnaire.version} : {item_id}"
        )
    if (
        value is not _UNSET
        and value is not None
        and (isinstance(value, bool) or value not in MATURITY_VALUES)
    ):
        raise InvalidAnswer(f"Niveau {value!r} hors de l'échelle 0 à 3 pour {item_id}.")
    if na is True and not questionnaire.item(item_id).not_applicable:
        raise InvalidAnswer(f"« Non concerné » n'est pas proposé pour {item_id}.")


def _apply(row: AnswerRow | ConsensusRow, **changes: Any) -> None:
    for key, value in changes.items():
        if value is not _UNSET:
            setattr(row, key, value)
    if changes["value"] not in (_UNSET, None) and changes["not_applicable"] is _UNSET:
        row.not_applicable = False  # choosing a level clears "non concerné"
    if row.not_applicable:
        row.value = None
    row.to_review = False
    row.updated_at = now()


def record_answer(
    db: Database,
    *,
    assessment_id: int,
    participant_id: int | None,
    item_id: str,
    value: int | None = _UNSET,
    not_applicable: bool = _UNSET,
    evidence: str = _UNSET,
    private_note: str = _UNSET,
    justification: str = _UNSET,
) -> None:
    """Save one participant's answer (or the consensus when participant_id is None).

    Only the given keywords change; the answer stops being "to review".
    """
    for text, what in (
        (evidence, "L'élément de preuve"),
        (private_note, "La note personnelle"),
        (justification, "La justification"),
    ):
        if text is not _UNSET and text is not None:
            check_long_text(text, what)
    changes = dict(
        value=value,
        not_applicable=not_applicable,
        evidence=evidence,
        private_note=private_note,
        justification=justification,
    )
    with db.session() as s:
        _check_level(_questionnaire(s, assessment_id), item_id, value, not_applicable)
        row: AnswerRow | ConsensusRow | None
        if participant_id is None:
            row = s.scalar(
                select(ConsensusRow).where(
                    ConsensusRow.assessment_id == assessment_id, ConsensusRow.item_id == item_id
                )
            )
            if row is None:
                row = ConsensusRow(assessment_id=assessment_id, item_id=item_id, value=None)
                s.add(row)
        else:
            participant = s.get(ParticipantRow, participant_id)
            if participant is None or participant.assessment_id != assessment_id:
                raise NotFound(
                    f"Participant n° {participant_id} introuvable dans cette évaluation."
                )
            row = s.scalar(
                select(AnswerRow).where(
                    AnswerRow.participant_id == participant_id, AnswerRow.item_id == item_id
                )
            )
            if row is None:
                row = AnswerRow(
                    assessment_id=assessment_id,
                    participant_id=participant_id,
                    item_id=item_id,
                    value=None,
                )
                s.add(row)
        for key in ("evidence", "private_note", "justification"):
            if getattr(row, key) is None:
                setattr(row, key, "")
        if row.not_applicable is None:
            row.not_applicable = False
        _apply(row, **changes)
        touch(s, assessment_id)


def confirm_review(
    db: Database, *, assessment_id: int, participant_id: int | None, item_id: str
) -> None:
    """Keep last year's answer as it is: it stops being "to review"."""
    record_answer(db, assessment_id=assessment_id, participant_id=participant_id, item_id=item_id)


def validate_field(field: Field, value: Any) -> Any:
    """The value to store for a team-level field, or InvalidAnswer."""
    if value is None or value == "" or value == []:
        return None
    kind = field.kind
    wrong = InvalidAnswer(f"Valeur {value!r} invalide pour « {field.label.fr} ».")
    if kind == "choice":
        if not isinstance(value, str) or field.option(value) is None:
            raise wrong
    elif kind == "multichoice":
        if not isinstance(value, list) or any(field.option(str(v)) is None for v in value):
            raise wrong
        value = list(dict.fromkeys(str(v) for v in value))
    elif kind in ("text", "longtext"):
        if not isinstance(value, str):
            raise wrong
        long = kind == "longtext"
        check_text(
            value,
            limit=MAX_LONG_TEXT if long else MAX_SHORT_TEXT,
            what=f"Le champ « {field.label.fr} »",
            multiline=long,
        )
    elif kind == "bool":
        if not isinstance(value, bool):
            raise wrong
    elif kind == "scale":
        if isinstance(value, bool) or value not in MATURITY_VALUES:
            raise wrong
    elif kind in ("year", "number"):
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
        ):
            raise wrong
        if (field.minimum is not None and value < field.minimum) or (
            field.maximum is not None and value > field.maximum
        ):
            raise InvalidAnswer(
                f"« {field.label.fr} » doit être entre {field.minimum:g} et {field.maximum:g}."
            )
        if kind == "year" and int(value) != value:
            raise wrong
    return value


def set_field(db: Database, *, assessment_id: int, field_id: str, value: Any) -> None:
    """Identity card or governance answer (team-level)."""
    with db.session() as s:
        questionnaire = _questionnaire(s, assessment_id)
        if not questionnaire.has_field(field_id):
            raise InvalidAnswer(f"Champ inconnu du questionnaire : {field_id}")
        stored = validate_field(questionnaire.field(field_id), value)
        row = s.scalar(
            select(FieldValueRow).where(
                FieldValueRow.assessment_id == assessment_id, FieldValueRow.field_id == field_id
            )
        )
        encoded = json.dumps(stored, ensure_ascii=False)
        if row is None:
            s.add(
                FieldValueRow(
                    assessment_id=assessment_id,
                    field_id=field_id,
                    value_json=encoded,
                    updated_at=now(),
                )
            )
        else:
            row.value_json, row.updated_at = encoded, now()
        touch(s, assessment_id)


# --- participants -------------------------------------------------------------------------


def add_participant(
    db: Database, *, assessment_id: int, name: str, college: str = "", pseudonym: str = ""
) -> int:
    if not name.strip():
        raise DiagappError("Le nom du participant ne peut pas être vide.")
    name, college, pseudonym = _participant_texts(name, college, pseudonym)
    with db.session() as s:
        _assessment_row(s, assessment_id)
        count = len(
            s.scalars(
                select(ParticipantRow.id).where(ParticipantRow.assessment_id == assessment_id)
            ).all()
        )
        row = ParticipantRow(
            uid=new_uid(),
            assessment_id=assessment_id,
            name=name,
            pseudonym=pseudonym,
            college=college,
            position=count,
            created_at=now(),
        )
        s.add(row)
        s.flush()
        touch(s, assessment_id)
        return row.id


def _participant_texts(name: str, college: str, pseudonym: str) -> tuple[str, str, str]:
    """The participant's texts, stripped, or TextRefused (_UNSET passes through)."""
    checked = [
        value if value is _UNSET else check_name(value, what)
        for value, what in (
            (name, "Le nom du participant"),
            (college, "Le collège"),
            (pseudonym, "Le pseudonyme"),
        )
    ]
    return checked[0], checked[1], checked[2]


def update_participant(
    db: Database,
    *,
    participant_id: int,
    name: str = _UNSET,
    college: str = _UNSET,
    pseudonym: str = _UNSET,
) -> None:
    if name is not _UNSET and not name.strip():
        raise DiagappError("Le nom du participant ne peut pas être vide.")
    name, college, pseudonym = _participant_texts(name, college, pseudonym)
    with db.session() as s:
        row = s.get(ParticipantRow, participant_id)
        if row is None:
            raise NotFound(f"Participant n° {participant_id} introuvable.")
        if name is not _UNSET:
            row.name = name
        if college is not _UNSET:
            row.college = college
        if pseudonym is not _UNSET:
            row.pseudonym = pseudonym
        touch(s, row.assessment_id)


def remove_participant(db: Database, *, participant_id: int) -> None:
    with db.session() as s:
        row = s.get(ParticipantRow, participant_id)
        if row is None:
            raise NotFound(f"Participant n° {participant_id} introuvable.")
        touch(s, row.assessment_id)
        s.delete(row)
        s.flush()
        others = s.scalars(
            select(StructureRow.name).where(StructureRow.assessment_id == row.assessment_id)
        )
        finance_rows.forget_structure(s, row.assessment_id, row.name, list(others))


# --- funding matrix -----------------------------------------------------------------------


def add_structure(db: Database, *, assessment_id: int, name: str, legal_status: str = "") -> int:
    if not name.strip():
        raise DiagappError("Le nom de la structure ne peut pas être vide.")
    name = check_name(name, "Le nom de la structure")
    legal_status = check_name(legal_status, "Le statut juridique")
    with db.session() as s:
        _assessment_row(s, assessment_id)
        count = len(
            s.scalars(
                select(StructureRow.id).where(StructureRow.assessment_id == assessment_id)
            ).all()
        )
        row = StructureRow(
            uid=new_uid(),
            assessment_id=assessment_id,
            name=name,
            legal_status=legal_status,
            position=count,
            volunteer_hours=None,
            volunteer_smic_multiple=1,
            updated_at=now(),
        )
        s.add(row)
        s.flush()
        touch(s, assessment_id)
        return row.id


def update_structure(
    db: Database,
    *,
    structure_id: int,
    name: str = _UNSET,
    legal_status: str = _UNSET,
    volunteer_hours: float | None = _UNSET,
    volunteer_smic_multiple: int = _UNSET,
) -> None:
    with db.session() as s:
        row = s.get(StructureRow, structure_id)
        if row is None:
            raise NotFound(f"Structure n° {structure_id} introuvable.")
        questionnaire = _questionnaire(s, row.assessment_id)
        if name is not _UNSET:
            if not name.strip():
                raise DiagappError("Le nom de la structure ne peut pas être vide.")
            old_name, row.name = row.name, check_name(name, "Le nom de la structure")
            finance_rows.rename_structure(s, row.assessment_id, old_name, row.name)
        if legal_status is not _UNSET:
            row.legal_status = check_name(legal_status, "Le statut juridique")
        if volunteer_hours is not _UNSET:
            if volunteer_hours is not None and not 0 <= volunteer_hours <= 1_000_000:
                raise InvalidAnswer(
                    "Le nombre d'heures de bénévolat doit être entre 0 et 1 000 000."
                )
            row.volunteer_hours = volunteer_hours
        if volunteer_smic_multiple is not _UNSET:
            if volunteer_smic_multiple not in questionnaire.funding.volunteering_multiples:
                raise InvalidAnswer("La valorisation du bénévolat va de 1 à 3 SMIC.")
            row.volunteer_smic_multiple = volunteer_smic_multiple
        row.updated_at = now()
        touch(s, row.assessment_id)


def remove_structure(db: Database, *, structure_id: int) -> None:
    with db.session() as s:
        row = s.get(StructureRow, structure_id)
        if row is None:
            raise NotFound(f"Structure n° {structure_id} introuvable.")
        touch(s, row.assessment_id)
        s.delete(row)
        s.flush()
        others = s.scalars(
            select(StructureRow.name).where(StructureRow.assessment_id == row.assessment_id)
        )
        finance_rows.forget_structure(s, row.assessment_id, row.name, list(others))


MAX_AMOUNT_EUR = 1e10


def set_funding_cell(
    db: Database,
    *,
    structure_id: int,
    resource: str,
    intensity: int = _UNSET,
    amount_eur: float | None = _UNSET,
) -> None:
    with db.session() as s:
        structure = s.get(StructureRow, structure_id)
        if structure is None:
            raise NotFound(f"Structure n° {structure_id} introuvable.")
        spec = _questionnaire(s, structure.assessment_id).funding
        if resource not in spec.keys:
            raise InvalidAnswer(f"Ressource inconnue : {resource}")
        if intensity is not _UNSET and (
            isinstance(intensity, bool) or intensity not in MATURITY_VALUES
        ):
            raise InvalidAnswer("L'intensité va de Néant (0) à +++ (3).")
        if (
            amount_eur is not _UNSET
            and amount_eur is not None
            and not 0 <= amount_eur < MAX_AMOUNT_EUR
        ):
            raise InvalidAnswer(
                "Le montant doit être positif et réaliste (moins de 10 milliards d'euros)."
            )
        # The one rule (diagapp.domain.funding): with amounts, the monetary intensities follow
        # them. An intensity given alone for such a structure is refused; one given with an
        # amount in the same call is kept in storage but read as the derived one.
        if (
            intensity is not _UNSET
            and amount_eur is _UNSET
            and resource in funding.monetary_keys(spec)
        ):
            amounts = s.scalars(
                select(FundingCellRow.amount_eur).where(
                    FundingCellRow.structure_id == structure_id,
                    FundingCellRow.resource_key.in_(funding.monetary_keys(spec)),
                    FundingCellRow.amount_eur.is_not(None),
                )
            ).first()
            if amounts is not None:
                raise InvalidAnswer(
                    "Cette structure a des montants annuels : l'intensité de chaque ressource "
                    "monétaire en est déduite. Modifiez le montant, ou effacez les montants "
                    "pour revenir aux intensités."
                )
        row = s.scalar(
            select(FundingCellRow).where(
                FundingCellRow.structure_id == structure_id, FundingCellRow.resource_key == resource
            )
        )
        if row is None:
            row = FundingCellRow(structure_id=structure_id, resource_key=resource, intensity=0)
            s.add(row)
        if intensity is not _UNSET:
            row.intensity = intensity
        if amount_eur is not _UNSET:
            row.amount_eur = amount_eur
        row.updated_at = now()
        touch(s, structure.assessment_id)
