"""« Partager avec le réseau »: the anonymised share file of a dynamic, and its withdrawal.

The dynamic keeps a random pseudonymous id (and a key proving later files come from it) in
its own database, so next year's file updates this year's in the network's pool. Nothing
leaves the laptop but the file the team chooses to send.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from diagapp.domain import share_format
from diagapp.domain.errors import DiagappError
from diagapp.domain.share_check import read_share
from diagapp.domain.territory import normalise_departement
from diagapp.services import assessments, catalog
from diagapp.services.clock import now
from diagapp.services.files import write_atomic
from diagapp.storage.database import Database
from diagapp.storage.schema import AssessmentRow, NetworkMembershipRow

Clock = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def shipped_questionnaires() -> dict[int, Any]:
    """Every questionnaire version this diagapp knows, by version."""
    return {v: catalog.questionnaire(v) for v in range(1, catalog.current_version() + 1)}


def _membership(s: Session, dynamic_id: int, create: bool) -> NetworkMembershipRow | None:
    row = s.scalar(
        select(NetworkMembershipRow).where(NetworkMembershipRow.dynamic_id == dynamic_id)
    )
    if row is None and create:
        row = NetworkMembershipRow(
            dynamic_id=dynamic_id,
            pseudonym=secrets.token_hex(16),
            token=secrets.token_hex(32),
            created_at=now(),
        )
        s.add(row)
        s.flush()
    return row


def _dynamic_of(db: Database, assessment_id: int) -> int:
    with db.reading() as s:
        row = s.get(AssessmentRow, assessment_id) if 0 < assessment_id < 2**63 else None
        if row is None:
            raise assessments.NotFound(f"Évaluation n° {assessment_id} introuvable.")
        return row.dynamic_id


def _years(db: Database, dynamic_id: int, chosen: int) -> list[Any]:
    """The dynamic's assessments up to the chosen one, the last of each calendar year."""
    loaded = [
        assessments.load_assessment(db, a) for a in assessments.history(db, dynamic_id=dynamic_id)
    ]
    last = next(a for a in loaded if a.id == chosen)
    by_year = {}
    for a in loaded:
        if a.date <= last.date:
            by_year[a.date.year] = a
    by_year[last.date.year] = last
    return [by_year[y] for y in sorted(by_year)]


def shareable_years(db: Database, *, assessment_id: int) -> list[tuple[int, dt.date]]:
    """(assessment id, date) of each year a share file up to this assessment holds."""
    return [(a.id, a.date) for a in _years(db, _dynamic_of(db, assessment_id), assessment_id)]


def build_share(
    db: Database,
    *,
    assessment_id: int,
    contact: str | None = None,
    helping: Sequence[str] = (),
    departement: str | None = None,
    years: Collection[int] | None = None,
    clock: Clock = _utc_now,
) -> dict[str, Any]:
    """The share file of the assessment's dynamic (every year up to this assessment, or only
    the calendar `years` chosen among them), as data; the pseudonymous id is made and stored
    on first use."""
    dynamic_id = _dynamic_of(db, assessment_id)
    code = None
    if departement:
        code = normalise_departement(departement)
        if code is None:
            raise DiagappError(
                f"« {departement[:20]} » n'est pas un numéro de département (ex. 07, 2A, 974)."
            )
    contact = share_format.check_contact(contact) if contact else None
    chosen = [
        a for a in _years(db, dynamic_id, assessment_id) if years is None or a.date.year in years
    ]
    if not chosen:
        raise DiagappError("Choisissez au moins une année à partager.")
    latest = chosen[-1]
    questionnaire = catalog.questionnaire(latest.questionnaire_version)
    unknown = [i for i in helping if not questionnaire.has_item(i)]
    if unknown:
        raise DiagappError(f"Item inconnu pour l'entraide : « {unknown[0][:60]} ».")
    if helping and not contact:
        raise DiagappError("Pour proposer votre aide, indiquez un contact (--contact).")
    records = [
        share_format.year_record(a, catalog.questionnaire(a.questionnaire_version)) for a in chosen
    ]
    with db.session() as s:
        member = _membership(s, dynamic_id, create=True)
        assert member is not None
        pseudonym, token = member.pseudonym, member.token
    document = share_format.share_document(
        pseudonym=pseudonym,
        token=token,
        generated_at=clock(),
        typology=share_format.typology(latest, questionnaire, code),
        years=records,
        contact=contact,
        helping=helping,
    )
    read_share(document, shipped_questionnaires())  # what we send, we would accept
    return document


def build_withdrawal(
    db: Database, *, assessment_id: int, clock: Clock = _utc_now
) -> dict[str, Any]:
    """The withdrawal file of the assessment's dynamic (`forget` once it is written)."""
    dynamic_id = _dynamic_of(db, assessment_id)
    with db.reading() as s:
        member = _membership(s, dynamic_id, create=False)
        if member is None:
            raise DiagappError("Cette dynamique n'a encore rien partagé avec un réseau.")
        return share_format.withdrawal_document(
            pseudonym=member.pseudonym, token=member.token, generated_at=clock()
        )


def forget(db: Database, *, assessment_id: int) -> None:
    """The dynamic forgets its id once its withdrawal file is written: a later share starts
    afresh under a new one, unrelated to the withdrawn one."""
    dynamic_id = _dynamic_of(db, assessment_id)
    with db.session() as s:
        member = _membership(s, dynamic_id, create=False)
        if member is not None:
            s.delete(member)


def write_document(path: Path, document: dict[str, Any]) -> Path:
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return write_atomic(path, text.encode("utf-8"))
