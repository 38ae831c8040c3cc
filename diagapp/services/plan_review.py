"""Next year's look back at the feuille de route: the review step that opens the workshop of
a copied assessment, and, in the comparison, the actions done beside the movement of the
items they targeted (report l.1260-1268: the promise, the proof, the deliberation).

Public API:
    previous_plan(db, *, assessment_id) -> int | None
    review(db, *, assessment_id) -> tuple[ReviewedAction, ...]
    set_review(db, *, action_id, status, outcome, status_note="") -> None
    outcomes(db, *, before_id, after_id, lang="fr") -> tuple[DimensionOutcome, ...]
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from sqlalchemy import select

from diagapp.domain import plan
from diagapp.domain.model import Assessment
from diagapp.domain.plan import Action
from diagapp.services import assessments, catalog
from diagapp.services import plan as plans
from diagapp.storage.database import Database
from diagapp.storage.schema import AssessmentRow, PlanActionRow


@dataclass(frozen=True)
class ReviewedAction:
    """Last year's action, with the id of its copy in this year's plan when it was open."""

    action: Action
    carried_id: int | None


@dataclass(frozen=True)
class ItemMove:
    item_id: str
    label: str
    before: int | None  # the team's consensus level, None when not answered
    after: int | None

    @property
    def delta(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class DoneAction:
    action: Action
    moves: tuple[ItemMove, ...]


@dataclass(frozen=True)
class DimensionOutcome:
    dimension_id: str
    title: str
    done: tuple[DoneAction, ...]
    planned: int  # actions of the earlier plan on this dimension, whatever became of them


def previous_plan(db: Database, *, assessment_id: int) -> int | None:
    """The assessment whose plan this one reviews: the one it was copied from, or else the
    same dynamic's assessment just before it."""
    with db.reading() as s:
        row = assessments._assessment_row(s, assessment_id)
        if row.copied_from_id is not None:
            return row.copied_from_id
        earlier = s.scalars(
            select(AssessmentRow.id)
            .where(AssessmentRow.dynamic_id == row.dynamic_id, AssessmentRow.id != row.id)
            .where(
                (AssessmentRow.date < row.date)
                | ((AssessmentRow.date == row.date) & (AssessmentRow.id < row.id))
            )
            .order_by(AssessmentRow.date.desc(), AssessmentRow.id.desc())
        ).first()
        return earlier


def label(db: Database, *, assessment_id: int) -> str:
    with db.reading() as s:
        return assessments._assessment_row(s, assessment_id).label


def review(db: Database, *, assessment_id: int) -> tuple[ReviewedAction, ...]:
    """Every action of last year's plan, for the review step (empty without one)."""
    previous = previous_plan(db, assessment_id=assessment_id)
    if previous is None:
        return ()
    carried = {
        a.carried_from_id: a.id
        for a in plans.actions(db, assessment_id=assessment_id)
        if a.carried_from_id is not None
    }
    return tuple(
        ReviewedAction(a, carried.get(a.id)) for a in plans.actions(db, assessment_id=previous)
    )


def set_review(
    db: Database, *, action_id: int, status: str, outcome: str, status_note: str = ""
) -> None:
    """Record what became of last year's action; its copy in this year's plan (if any)
    takes the same status and note."""
    plans.update_action(
        db, action_id=action_id, status=status, outcome=outcome, status_note=status_note
    )
    with db.reading() as s:
        copies = list(
            s.scalars(select(PlanActionRow.id).where(PlanActionRow.carried_from_id == action_id))
        )
    for copy in copies:
        plans.update_action(db, action_id=copy, status=status, status_note=status_note)


def _consensus(assessment: Assessment) -> dict[str, int | None]:
    return {a.item_id: a.value for a in assessment.answers if a.participant_id is None}


def outcomes(
    db: Database, *, before_id: int, after_id: int, lang: str = "fr"
) -> tuple[DimensionOutcome, ...]:
    """Per dimension, the actions of `before`'s plan marked done, each with the movement of
    the items it targeted between the two assessments' consensus."""
    before = assessments.load_assessment(db, before_id)
    after = assessments.load_assessment(db, after_id)
    questionnaire = catalog.questionnaire(after.questionnaire_version)
    old, new = _consensus(before), _consensus(after)
    found = []
    for dimension_id, group in plan.by_dimension(
        plans.actions(db, assessment_id=before_id), questionnaire
    ):
        done = tuple(
            DoneAction(
                a,
                tuple(
                    ItemMove(
                        item,
                        questionnaire.item(item).label.get(lang)
                        if questionnaire.has_item(item)
                        else item,
                        old.get(item),
                        new.get(item),
                    )
                    for item in a.item_ids
                ),
            )
            for a in group
            if a.status == plan.DONE
        )
        title = (
            questionnaire.dimension(dimension_id).title.get(lang)
            if dimension_id
            else ("Sans dimension" if lang == "fr" else "No dimension")
        )
        found.append(DimensionOutcome(dimension_id, title, done, len(group)))
    return tuple(found)


@dataclass(frozen=True)
class PlanFollowUp:
    """One year's plan looked at from the next assessment compared."""

    plan_label: str  # the assessment whose plan it was
    next_label: str
    dimensions: tuple[DimensionOutcome, ...]


def follow_up(
    db: Database, *, assessment_ids: list[int], lang: str = "fr"
) -> tuple[PlanFollowUp, ...]:
    """For each assessment compared and the next one (by date), what its plan achieved."""
    with db.reading() as s:
        rows = [assessments._assessment_row(s, i) for i in dict.fromkeys(assessment_ids)]
        ordered = [(r.id, r.label) for r in sorted(rows, key=lambda r: (r.date, r.id))]
    return tuple(
        PlanFollowUp(a_label, b_label, outcomes(db, before_id=a, after_id=b, lang=lang))
        for (a, a_label), (b, b_label) in itertools.pairwise(ordered)
    )
