"""The team's objectives in the exports (issue 17): the JSON file's « objectives » list of each
assessment (written, checked, merged by uid: a newer record wins) and the workbook's sheet.

Kept apart from services.exchange and services.tabular, which call it in one line each.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from diagapp.domain.errors import DiagappError
from diagapp.domain.objectives import Objective, problem
from diagapp.domain.questionnaire import Questionnaire
from diagapp.services.objectives import KEYS
from diagapp.services.objectives import typed_value as typed
from diagapp.storage.schema import ObjectiveRow

KEY = "objectives"
TEXTS = ("title", "unit", "dimension", "comment")
NUMBERS = ("baseline", "target", "reached")
_UID = re.compile(r"[0-9A-Za-z_-]{1,64}")


# --- JSON export --------------------------------------------------------------------------


def export(s: Session, assessment_id: int) -> list[dict[str, Any]]:
    rows = s.scalars(
        select(ObjectiveRow)
        .where(ObjectiveRow.assessment_id == assessment_id)
        .order_by(ObjectiveRow.position, ObjectiveRow.uid)
    )
    return [
        {
            "uid": r.uid,
            "position": r.position,
            **{k: getattr(r, k) for k in TEXTS},
            **{k: getattr(r, k) for k in NUMBERS},
            "baseline_year": r.baseline_year,
            "target_date": r.target_date,
            "carried_from": r.carried_from,
            "updated_at": r.updated_at,
        }
        for r in rows
    ]


# --- checking a file (services.exchange_check passes its checker) ---------------------------


def validate(c: Any, a: Mapping[str, Any], questionnaire: Questionnaire) -> None:
    """The assessment's « objectives » (absent in files made before them): each checked as
    the window checks what a team types, so no import stores an absurd value."""
    found = a.get(KEY)
    if found is None:
        return
    if not isinstance(found, list):
        raise c.fail(f"liste « {KEY} » invalide")
    year = int(a["date"][:4])
    dimensions = {d.id for d in questionnaire.dimensions}
    for o in found:
        o = c.obj(o, "objectif")
        c.string(o, "uid")
        c.string(o, "updated_at")
        c.unique("objective", o)
        c.optional_int(o, "position", 1_000_000)
        carried = o.get("carried_from", "")
        if not isinstance(carried, str) or (carried and not _UID.fullmatch(carried)):
            raise c.fail("objectif : champ « carried_from » invalide")
        try:
            values = {key: typed(key, o.get(key)) for key in KEYS}
        except DiagappError as exc:
            raise c.fail(f"objectif {str(o.get('title'))[:60]!r} : {exc}") from None
        if values["dimension"] and values["dimension"] not in dimensions:
            raise c.fail(f"objectif : dimension inconnue {values['dimension'][:60]!r}")
        found_problem = problem(Objective(0, **values), year)
        if found_problem:
            raise c.fail(f"objectif « {values['title'][:60]} » : {found_problem}")


# --- merging a checked file ---------------------------------------------------------------


def merge(
    s: Session,
    assessment_id: int,
    incoming: Sequence[Mapping[str, Any]] | None,
    conflict: type[Exception] = DiagappError,
) -> int:
    """Add the file's objectives or replace older ones (by uid); return how many changed."""
    changed = 0
    for o in incoming or ():
        values = {key: typed(key, o.get(key)) for key in KEYS}  # checked already: no error
        due = values["target_date"]
        values |= {
            "target_date": due.isoformat() if due is not None else None,
            "carried_from": o.get("carried_from") or "",
            "position": int(o.get("position") or 0),
            "updated_at": o["updated_at"],
        }
        row = s.scalar(select(ObjectiveRow).where(ObjectiveRow.uid == o["uid"]))
        if row is not None and row.assessment_id != assessment_id:
            raise conflict(
                f"l'objectif « {o['title']} » appartient, dans cette base, à une autre "
                "évaluation : rien n'a été importé"
            )
        if row is None:
            s.add(ObjectiveRow(uid=o["uid"], assessment_id=assessment_id, **values))
            changed += 1
        elif o["updated_at"] > row.updated_at:
            for key, value in values.items():
                setattr(row, key, value)
            changed += 1
    return changed


# --- the workbook's sheet -----------------------------------------------------------------

SHEET = "Objectifs"
COLUMNS = (
    "Objectif",
    "Indicateur (unité)",
    "Dimension",
    "Valeur de départ",
    "Année de départ",
    "Cible",
    "Échéance",
    "Valeur l'année précédente",
    "Valeur atteinte",
    "Commentaire",
)


def sheet_rows(
    head: Mapping[str, Any], objectives: Sequence[Objective], questionnaire: Questionnaire
) -> list[dict[str, Any]]:
    """One row per objective, after the assessment's own columns (`head`)."""
    titles = {d.id: d.title.fr for d in questionnaire.dimensions}
    return [
        {
            **head,
            "Objectif": o.title,
            "Indicateur (unité)": o.unit,
            "Dimension": titles.get(o.dimension, o.dimension),
            "Valeur de départ": o.baseline,
            "Année de départ": o.baseline_year,
            "Cible": o.target,
            "Échéance": o.target_date,
            "Valeur l'année précédente": o.previous,
            "Valeur atteinte": o.reached,
            "Commentaire": o.comment,
        }
        for o in objectives
    ]
