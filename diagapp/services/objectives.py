"""The team's objectives of result (issue 17): add, change cell by cell as typed, delete, and
carry them into next year's assessment.

Every change is checked as a whole objective (diagapp.domain.objectives.problem): a value no
team means is refused with a French message and nothing is stored. Carried forward, an
objective keeps its title, unit, baseline and target; last year's reached value shows as the
previous one (read through `carried_from`), and this year's is left for the team to fill.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from diagapp.domain.errors import DiagappError
from diagapp.domain.objectives import Objective, ObjectiveRefused, parse_date, parse_number
from diagapp.domain.objectives import problem as objective_problem
from diagapp.services import assessments, catalog, objective_rows
from diagapp.services.clock import new_uid, now
from diagapp.services.limits import check_name, check_text
from diagapp.storage.database import Database
from diagapp.storage.schema import AssessmentRow, ObjectiveRow

MAX_UNIT = 60
MAX_COMMENT = 500

# The columns a team types into, in the editor's order: key → what it is, for messages.
KEYS = {
    "title": "L'intitulé de l'objectif",
    "unit": "L'indicateur (unité)",
    "dimension": "La dimension",
    "baseline": "La valeur de départ",
    "baseline_year": "L'année de départ",
    "target": "La cible",
    "target_date": "L'échéance",
    "reached": "La valeur atteinte",
    "comment": "Le commentaire",
}
NUMBERS = ("baseline", "target", "reached")


def carry_into(db: Database, *, source_id: int, target_id: int) -> None:
    """`carry_forward` in its own transaction (the demo builds its years this way)."""
    with db.session() as s:
        assessments._assessment_row(s, source_id)
        assessments._assessment_row(s, target_id)
        objective_rows.carry_forward(s, source_id=source_id, target_id=target_id)


# --- use cases ----------------------------------------------------------------------------


def list_objectives(db: Database, *, assessment_id: int) -> list[Objective]:
    with db.reading() as s:
        assessments._assessment_row(s, assessment_id)
        return list(objective_rows.read(s, assessment_id))


def _checked(s: Session, candidate: Objective, assessment: AssessmentRow) -> None:
    year = int(assessment.date[:4])
    found = objective_problem(candidate, year)
    if found:
        raise ObjectiveRefused(found + " Rien n'a été enregistré.")
    if candidate.dimension:
        known = catalog.questionnaire(assessment.questionnaire_version).dimensions
        if candidate.dimension not in {d.id for d in known}:
            raise ObjectiveRefused(
                f"Dimension inconnue « {candidate.dimension} ». Rien n'a été enregistré."
            )


def _cleaned(values: dict[str, Any]) -> dict[str, Any]:
    try:
        return {k: typed_value(k, v) for k, v in values.items()}
    except DiagappError as exc:
        raise ObjectiveRefused(f"{exc} Rien n'a été enregistré.") from None


def typed_value(key: str, value: Any) -> Any:
    """A value of `key` as stored: texts checked, numbers and dates typed or parsed (also
    what an imported file's objectives go through)."""
    what = KEYS[key]
    if key == "title":
        return check_name(str(value or ""), what)
    if key in ("unit", "dimension"):
        return check_text(str(value or "").strip(), limit=MAX_UNIT, what=what)
    if key == "comment":
        return check_text(str(value or "").strip(), limit=MAX_COMMENT, what=what, multiline=True)
    if key in NUMBERS:
        return parse_number(value, what) if isinstance(value, str) else _number(value, what)
    if key == "baseline_year":
        if isinstance(value, str):
            number = parse_number(value, what)
            if number is not None and number != int(number):
                raise ObjectiveRefused(f"{what} doit être une année, par exemple 2024.")
            return None if number is None else int(number)
        return value if value is None or isinstance(value, int) else _bad(what)
    if key == "target_date":
        if isinstance(value, str):
            return parse_date(value)
        return value if value is None or isinstance(value, dt.date) else _bad(what)
    raise ObjectiveRefused(f"Colonne inconnue « {key} ».")


def _number(value: Any, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        _bad(what)
    return float(value)


def _bad(what: str) -> Any:
    raise ObjectiveRefused(f"{what} n'a pas la bonne forme.")


def _store(row: ObjectiveRow, o: Objective, stamp: str) -> None:
    row.title, row.unit, row.dimension = o.title, o.unit, o.dimension
    row.baseline, row.baseline_year, row.target = o.baseline, o.baseline_year, o.target
    row.target_date = o.target_date.isoformat() if o.target_date else None
    row.reached, row.comment, row.updated_at = o.reached, o.comment, stamp


def add_objective(db: Database, *, assessment_id: int, title: str, **values: Any) -> int:
    """A new objective at the end of the list; `values` as `update_objective` takes them."""
    cleaned = _cleaned({"title": title, **values})
    if not cleaned["title"]:
        raise ObjectiveRefused("Un objectif doit avoir un intitulé. Rien n'a été enregistré.")
    with db.session() as s:
        assessment = assessments._assessment_row(s, assessment_id)
        candidate = Objective(id=0, **cleaned)
        _checked(s, candidate, assessment)
        last = s.scalar(
            select(func.max(ObjectiveRow.position)).where(
                ObjectiveRow.assessment_id == assessment_id
            )
        )
        stamp = now()
        row = ObjectiveRow(
            uid=new_uid(),
            assessment_id=assessment_id,
            position=(last + 1) if last is not None else 0,
            title="",
            carried_from="",
            updated_at=stamp,
        )
        _store(row, candidate, stamp)
        s.add(row)
        assessments.touch(s, assessment_id)
        s.flush()
        return row.id


def _row(s: Session, objective_id: int) -> ObjectiveRow:
    in_range = isinstance(objective_id, int) and 0 < objective_id < 2**63
    row = s.get(ObjectiveRow, objective_id) if in_range else None
    if row is None:
        raise assessments.NotFound(f"Objectif n° {objective_id} introuvable.")
    return row


def update_objective(db: Database, *, objective_id: int, **changes: Any) -> Objective:
    """Change some values (texts are parsed: « 1 200,5 », « 06/2027 »); return the objective
    as stored. A refused change leaves the stored objective as it was."""
    cleaned = _cleaned(changes)
    if "title" in cleaned and not cleaned["title"]:
        raise ObjectiveRefused(
            "Un objectif doit garder un intitulé (supprimez-le plutôt). Rien n'a été enregistré."
        )
    with db.session() as s:
        row = _row(s, objective_id)
        assessment = assessments._assessment_row(s, row.assessment_id)
        current = next(o for o in objective_rows.read(s, row.assessment_id) if o.id == objective_id)
        candidate = dataclasses.replace(current, **cleaned)
        _checked(s, candidate, assessment)
        _store(row, candidate, now())
        assessments.touch(s, row.assessment_id)
        return candidate


def delete_objective(db: Database, *, objective_id: int) -> None:
    with db.session() as s:
        row = _row(s, objective_id)
        assessment_id = row.assessment_id
        s.execute(delete(ObjectiveRow).where(ObjectiveRow.id == objective_id))
        assessments.touch(s, assessment_id)
