"""Compare assessments of a dynamic year over year (the window, the CLI and the PDF share it).

Public API (stable):
    compare(db, *, assessment_ids) -> domain.compare.Comparison
    previous_assessment(db, *, assessment_id) -> int | None     # "last year"
    comparable_assessments(db, *, assessment_id) -> list[int]  # the dynamic's, up to this one
    resolve_compare_option(db, *, assessment_id, option) -> list[int]  # "--compare" values
    read_decisions(db, *, assessment_id) -> dict[str, Decision]
    recommendation_titles() -> dict[str, Text]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select

from diagapp.domain import version_mapping
from diagapp.domain.compare import Comparison, ComparisonError, Decision, Entry
from diagapp.domain.compare import compare as compare_entries
from diagapp.domain.errors import DiagappError
from diagapp.domain.model import Assessment
from diagapp.domain.text import Text
from diagapp.paths import questionnaires_dir
from diagapp.services import assessments, catalog, recommendations
from diagapp.services.errors import log_bug
from diagapp.storage.database import Database
from diagapp.storage.schema import AssessmentRow

__all__ = [
    "Comparison",
    "ComparisonError",
    "comparable_assessments",
    "compare",
    "previous_assessment",
    "read_decisions",
    "recommendation_titles",
    "resolve_compare_option",
]


def _dynamic_dates(db: Database, assessment_id: int) -> list[tuple[int, dt.date]]:
    """(id, date) of every assessment of the same dynamic, oldest first."""
    with db.reading() as s:
        row = s.get(AssessmentRow, assessment_id)
        if row is None:
            raise assessments.NotFound(f"Évaluation n° {assessment_id} introuvable.")
        rows = s.execute(
            select(AssessmentRow.id, AssessmentRow.date)
            .where(AssessmentRow.dynamic_id == row.dynamic_id)
            .order_by(AssessmentRow.date, AssessmentRow.id)
        ).all()
    return [(r.id, dt.date.fromisoformat(r.date)) for r in rows]


def comparable_assessments(db: Database, *, assessment_id: int) -> list[int]:
    """The dynamic's assessments up to this one (included), oldest first."""
    ids = [i for i, _ in _dynamic_dates(db, assessment_id)]
    return ids[: ids.index(assessment_id) + 1]


def previous_assessment(db: Database, *, assessment_id: int) -> int | None:
    """ "Last year": the dynamic's assessment just before this one (by date), if any."""
    earlier = comparable_assessments(db, assessment_id=assessment_id)[:-1]
    return earlier[-1] if earlier else None


def resolve_compare_option(db: Database, *, assessment_id: int, option: str) -> list[int]:
    """Assessment ids to compare from a `--compare` value, the given assessment last.

    `option` is "ID[,ID…]", "previous" (précédente) or "all" (toutes: the whole history).
    """
    value = option.strip().lower()
    if value in ("previous", "precedente", "précédente", "last-year"):
        previous = previous_assessment(db, assessment_id=assessment_id)
        if previous is None:
            raise ComparisonError(
                "Aucune évaluation antérieure de cette dynamique : rien à comparer."
            )
        return [previous, assessment_id]
    if value in ("all", "toutes"):
        ids = comparable_assessments(db, assessment_id=assessment_id)
        if len(ids) < 2:
            raise ComparisonError(
                "Aucune évaluation antérieure de cette dynamique : rien à comparer."
            )
        return ids
    try:
        others = [int(part) for part in value.split(",") if part.strip()]
    except ValueError:
        raise ComparisonError(
            f"« {option} » : indiquez des numéros d'évaluations séparés par des virgules "
            "(par exemple 3,4), « previous » ou « all »."
        ) from None
    ids = list(dict.fromkeys([*others, assessment_id]))
    if len(ids) < 2:
        raise ComparisonError("Choisissez au moins une autre évaluation à comparer.")
    return ids


def read_decisions(db: Database, *, assessment_id: int) -> dict[str, Decision]:
    """The team's decisions on recommendations during one assessment."""
    found = recommendations.decisions(db, assessment_id=assessment_id)
    return {rec_id: Decision(d.decision, d.note) for rec_id, d in found.items()}


def _history(db: Database, loaded: Sequence[Assessment]) -> list[Assessment]:
    """The dynamic's assessments that count for the de minimis sum (the 3 years before)."""
    first = min(a.date for a in loaded)
    window_start = dt.date(first.year - 2, 1, 1)
    known = {a.id for a in loaded}
    extra = [
        assessments.load_assessment(db, i)
        for i, date in _dynamic_dates(db, loaded[0].id)
        if i not in known and window_start <= date <= first
    ]
    return [*loaded, *extra]


def recommendation_titles() -> dict[str, Text]:
    """Titles of the shipped recommendations; empty (and the problem logged) when the
    catalog does not load: a comparison does not depend on it."""
    try:
        return recommendations.titles()
    except DiagappError as exc:
        log_bug(exc)
        return {}


def _recommendation_context(
    db: Database, loaded: Sequence[Assessment]
) -> tuple[dict[str, Text], dict[int, frozenset[str] | None]]:
    """Recommendation titles and, for the last assessment, the recommendations it triggers.

    The earlier ones are not evaluated (only the last one tells what became of them).
    Unknown (no titles, None) when the catalog does not load.
    """
    last = max(loaded, key=lambda a: (a.date, a.id))
    triggered: dict[int, frozenset[str] | None] = {a.id: None for a in loaded}
    titles = recommendation_titles()
    if titles:
        triggered[last.id] = recommendations.triggered_ids(db, assessment_id=last.id)
    return titles, triggered


def compare(db: Database, *, assessment_ids: Sequence[int]) -> Comparison:
    """Compare two or more assessments of one dynamic (any order: sorted by date)."""
    ids = list(dict.fromkeys(assessment_ids))
    if len(ids) < 2:
        raise ComparisonError("Choisissez au moins deux évaluations à comparer.")
    loaded = [catalog.asked_once(assessments.load_assessment(db, i)) for i in ids]
    if len({a.dynamic_id for a in loaded}) != 1:
        raise ComparisonError("Seules les évaluations d'une même dynamique peuvent être comparées.")
    versions = sorted({a.questionnaire_version for a in loaded})
    chain = version_mapping.load_chain(questionnaires_dir(), versions[0], versions[-1])
    titles, triggered = _recommendation_context(db, loaded)
    entries = [
        Entry(
            assessment=a,
            questionnaire=catalog.questionnaire(a.questionnaire_version),
            decisions=read_decisions(db, assessment_id=a.id),
            triggered=triggered.get(a.id),
        )
        for a in loaded
    ]
    return compare_entries(
        entries, chain, recommendation_titles=titles, history=_history(db, loaded)
    )
