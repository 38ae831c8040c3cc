"""Recommendations for an assessment or a reference dynamic, and the team's decisions on them.

Public API (stable; the window, the PDF, the comparison and the CLI share it):
    load_catalog() -> domain Catalog (validated against the current questionnaire)
    recommend(db, *, assessment_id, lang="fr") -> RecommendationReport
    recommend_reference(name, lang="fr") -> RecommendationReport
    set_decision(db, *, assessment_id, recommendation_id, decision, note="") -> None
    decisions(db, *, assessment_id) -> dict[str, Decision]
    last_year_decisions(db, *, assessment_id, lang="fr") -> tuple[PastDecision, ...]
    previous_assessment(db, *, assessment_id) -> int | None
    triggered_ids(db, *, assessment_id) -> frozenset[str]
    titles() -> dict[str, Text]
RecommendationReport.as_dict() and catalog_as_dict() give JSON-able dicts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from diagapp.domain import funding
from diagapp.domain.errors import DiagappError
from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.recommendations import (
    AUDIENCE_LABELS,
    DECISION_LABELS,
    DECISIONS,
    GROUPS,
    Catalog,
    Decision,
    Evaluation,
    Recommendation,
    Result,
    evaluate,
)
from diagapp.domain.recommendations import evaluate_reference as evaluate_reference_dynamic
from diagapp.domain.recommendations_loader import load_catalog as _load
from diagapp.domain.references import find_reference
from diagapp.domain.text import Text
from diagapp.paths import questionnaires_dir
from diagapp.services import assessments, catalog
from diagapp.services.clock import now
from diagapp.services.limits import check_long_text
from diagapp.storage.database import Database
from diagapp.storage.schema import AssessmentRow, RecommendationDecisionRow


class RecommendationError(DiagappError):
    pass


@dataclass(frozen=True)
class PastDecision:
    """A decision taken during an earlier assessment, shown again the year after."""

    recommendation_id: str
    title: str  # "" when the recommendation left the catalog
    decision: str  # accepted | set_aside | open
    decision_label: str
    note: str
    assessment_id: int
    assessment_label: str
    date: dt.date


@dataclass(frozen=True)
class ShownRecommendation:
    """One recommendation in one language, ready for the window, the PDF or the CLI."""

    id: str
    title: str
    text: str
    audience: str  # dynamic | funders | public_authorities | legislator
    audience_label: str
    group: str
    group_label: str
    section: str
    lines: tuple[int, int]
    where: str  # "section, l. a-b (voir aussi …)"
    emphasis: int  # 1..3
    triggered: bool
    why: tuple[str, ...]  # the answers that triggered it, in words
    score: float
    gap: float
    current_level: float | None
    target_level: int
    item_ids: tuple[str, ...]  # items it addresses
    decision: str  # accepted | set_aside | open
    decision_label: str
    note: str
    previous: PastDecision | None  # last year's decision on it, if any


@dataclass(frozen=True)
class RecommendationReport:
    lang: str
    subject: str  # the dynamic's or the reference's name
    assessment_id: int | None
    reference_id: str | None
    highlighted: tuple[ShownRecommendation, ...]  # at most 5, for the dynamic
    further: tuple[ShownRecommendation, ...]  # the other triggered ones for the dynamic
    funders: tuple[ShownRecommendation, ...]  # proposals to funders that fit the situation
    advocacy: tuple[ShownRecommendation, ...]  # to public authorities and the legislator
    not_triggered: tuple[ShownRecommendation, ...]
    last_year: tuple[PastDecision, ...]  # decisions of the previous assessment

    @property
    def triggered(self) -> tuple[ShownRecommendation, ...]:
        return self.highlighted + self.further + self.funders + self.advocacy

    def find(self, recommendation_id: str) -> ShownRecommendation | None:
        every = self.triggered + self.not_triggered
        return next((r for r in every if r.id == recommendation_id), None)

    def as_dict(self) -> dict[str, Any]:
        return _jsonable(asdict(self))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# --- catalog ---------------------------------------------------------------------------------


def catalog_path() -> Path:
    return questionnaires_dir() / "recommendations.yaml"


@cache
def _cached(path: Path, version: int) -> Catalog:
    return _load(path, catalog.questionnaire(version))


def load_catalog() -> Catalog:
    """The shipped catalog, validated against the newest questionnaire (cached)."""
    return _cached(catalog_path(), catalog.current_version())


def titles() -> dict[str, Text]:
    return {r.id: r.title for r in load_catalog().entries}


# --- evaluation ------------------------------------------------------------------------------


def _dynamic_assessments(db: Database, assessment_id: int) -> list[tuple[int, str, dt.date]]:
    """(id, label, date) of every assessment of the same dynamic, oldest first."""
    with db.reading() as s:
        row = assessments._assessment_row(s, assessment_id)
        rows = s.execute(
            select(AssessmentRow.id, AssessmentRow.label, AssessmentRow.date)
            .where(AssessmentRow.dynamic_id == row.dynamic_id)
            .order_by(AssessmentRow.date, AssessmentRow.id)
        ).all()
    return [(i, label, dt.date.fromisoformat(date)) for i, label, date in rows]


def previous_assessment(db: Database, *, assessment_id: int) -> int | None:
    """The same dynamic's assessment just before this one (by date), if any."""
    ids = [i for i, _, _ in _dynamic_assessments(db, assessment_id)]
    position = ids.index(assessment_id)
    return ids[position - 1] if position > 0 else None


def _evaluate(db: Database, assessment_id: int) -> tuple[Assessment, Evaluation]:
    assessment = catalog.asked_once(assessments.load_assessment(db, assessment_id))
    questionnaire: Questionnaire = catalog.questionnaire(assessment.questionnaire_version)
    start = funding.de_minimis_window_start(assessment, questionnaire.funding)
    earlier = [
        assessments.load_assessment(db, i)
        for i, _, date in _dynamic_assessments(db, assessment_id)
        if i != assessment_id and start <= date <= assessment.date
    ]
    sieg = assessment.fields.get("governance.sieg") == "oui"
    indicators = (
        funding.indicators(assessment, questionnaire.funding, earlier, sieg)
        if assessment.structures
        else None
    )
    return assessment, evaluate(load_catalog(), assessment, questionnaire, indicators)


def triggered_ids(db: Database, *, assessment_id: int) -> frozenset[str]:
    _, evaluation = _evaluate(db, assessment_id)
    return frozenset(r.id for r in evaluation.triggered)


def _shown(
    result: Result,
    lang: str,
    decided: dict[str, Decision],
    past: dict[str, PastDecision],
) -> ShownRecommendation:
    r: Recommendation = result.recommendation
    decision = decided.get(r.id)
    state = decision.decision if decision else "open"
    return ShownRecommendation(
        id=r.id,
        title=r.title.get(lang),
        text=r.text.get(lang),
        audience=r.audience,
        audience_label=AUDIENCE_LABELS[r.audience].get(lang),
        group=r.group,
        group_label=GROUPS[r.group].get(lang),
        section=r.source.section,
        lines=r.source.lines,
        where=r.where(lang),
        emphasis=r.emphasis,
        triggered=result.triggered,
        why=tuple(reason.text.get(lang) for reason in result.reasons),
        score=result.score,
        gap=result.gap,
        current_level=None if result.current_level is None else round(result.current_level, 2),
        target_level=r.target.level,
        item_ids=r.target.items,
        decision=state,
        decision_label=DECISION_LABELS[state].get(lang),
        note=decision.note if decision else "",
        previous=past.get(r.id),
    )


def _report(
    evaluation: Evaluation,
    lang: str,
    subject: str,
    *,
    assessment_id: int | None = None,
    reference_id: str | None = None,
    decided: dict[str, Decision] | None = None,
    last_year: tuple[PastDecision, ...] = (),
) -> RecommendationReport:
    decided = decided or {}
    past = {p.recommendation_id: p for p in last_year}

    def show(results: tuple[Result, ...]) -> tuple[ShownRecommendation, ...]:
        return tuple(_shown(r, lang, decided, past) for r in results)

    return RecommendationReport(
        lang=lang,
        subject=subject,
        assessment_id=assessment_id,
        reference_id=reference_id,
        highlighted=show(evaluation.highlighted),
        further=show(evaluation.further),
        funders=show(evaluation.for_funders),
        advocacy=show(evaluation.advocacy),
        not_triggered=show(evaluation.not_triggered),
        last_year=last_year,
    )


def recommend(db: Database, *, assessment_id: int, lang: str = "fr") -> RecommendationReport:
    """Evaluate the catalog on one assessment, with the team's decisions and last year's."""
    assessment, evaluation = _evaluate(db, assessment_id)
    return _report(
        evaluation,
        lang,
        assessment.dynamic_name,
        assessment_id=assessment_id,
        decided=decisions(db, assessment_id=assessment_id),
        last_year=last_year_decisions(db, assessment_id=assessment_id, lang=lang),
    )


def evaluate_reference(name: str) -> tuple[str, Evaluation]:
    """(reference id, evaluation) for one of the report's 18 dynamics."""
    refs = catalog.references()
    ref = find_reference(refs, name)
    if ref is None:
        known = ", ".join(r.id for r in refs)
        raise RecommendationError(
            f"Dynamique de référence introuvable : « {name} ». Dynamiques connues : {known}."
        )
    return ref.id, evaluate_reference_dynamic(load_catalog(), ref, catalog.questionnaire())


def recommend_reference(name: str, lang: str = "fr") -> RecommendationReport:
    """Run the engine on a reference dynamic: only its governance and funding are known."""
    ref_id, evaluation = evaluate_reference(name)
    ref = next(r for r in catalog.references() if r.id == ref_id)
    return _report(evaluation, lang, ref.name, reference_id=ref_id)


# --- decisions -------------------------------------------------------------------------------


def set_decision(
    db: Database,
    *,
    assessment_id: int,
    recommendation_id: str,
    decision: str,
    note: str = "",
) -> None:
    """Accept, set aside or reopen a recommendation, with the team's note (one transaction)."""
    if decision not in DECISIONS:
        raise RecommendationError(
            f"Décision inconnue « {decision} » : attendu accepted, set_aside ou open."
        )
    if recommendation_id not in load_catalog():
        raise RecommendationError(f"Recommandation inconnue : « {recommendation_id} ».")
    note = check_long_text((note or "").strip(), "La note sur la recommandation")
    with db.session() as s:
        assessments._assessment_row(s, assessment_id)  # NotFound when it does not exist
        row = s.scalar(
            select(RecommendationDecisionRow).where(
                RecommendationDecisionRow.assessment_id == assessment_id,
                RecommendationDecisionRow.recommendation_id == recommendation_id,
            )
        )
        if decision == "open" and not note:
            if row is not None:
                s.execute(
                    delete(RecommendationDecisionRow).where(RecommendationDecisionRow.id == row.id)
                )
        elif row is None:
            s.add(
                RecommendationDecisionRow(
                    assessment_id=assessment_id,
                    recommendation_id=recommendation_id,
                    decision=decision,
                    note=note,
                    updated_at=now(),
                )
            )
        else:
            row.decision, row.note, row.updated_at = decision, note, now()
        assessments.touch(s, assessment_id)


def decisions(db: Database, *, assessment_id: int) -> dict[str, Decision]:
    """The team's decisions during one assessment, by recommendation id."""
    with db.reading() as s:
        assessments._assessment_row(s, assessment_id)
        rows = s.scalars(
            select(RecommendationDecisionRow).where(
                RecommendationDecisionRow.assessment_id == assessment_id
            )
        ).all()
        return {
            r.recommendation_id: Decision(
                r.decision if r.decision in DECISIONS else "open", r.note or "", r.updated_at
            )
            for r in rows
        }


def last_year_decisions(
    db: Database, *, assessment_id: int, lang: str = "fr"
) -> tuple[PastDecision, ...]:
    """Decisions taken during the previous assessment of the same dynamic (by date)."""
    rows = _dynamic_assessments(db, assessment_id)
    ids = [i for i, _, _ in rows]
    position = ids.index(assessment_id)
    if position == 0:
        return ()
    previous_id, label, date = rows[position - 1]
    names = titles()
    order = {r.id: n for n, r in enumerate(load_catalog().entries)}
    found = decisions(db, assessment_id=previous_id)
    return tuple(
        PastDecision(
            recommendation_id=rec_id,
            title=names[rec_id].get(lang) if rec_id in names else "",
            decision=d.decision,
            decision_label=DECISION_LABELS[d.decision].get(lang),
            note=d.note,
            assessment_id=previous_id,
            assessment_label=label,
            date=date,
        )
        for rec_id, d in sorted(
            found.items(),
            key=lambda kv: (DECISIONS.index(kv[1].decision), order.get(kv[0], len(order))),
        )
    )


# --- the catalog as data ---------------------------------------------------------------------


def catalog_as_dict(cat: Catalog | None = None) -> dict[str, Any]:
    """Every entry with both languages, its source, emphasis and target (for --catalog --json)."""
    cat = cat or load_catalog()
    return {
        "version": cat.version,
        "count": len(cat.entries),
        "entries": [
            {
                "id": r.id,
                "group": r.group,
                "audience": r.audience,
                "title": {"fr": r.title.fr, "en": r.title.en},
                "text": {"fr": r.text.fr, "en": r.text.en},
                "source": {"section": r.source.section, "lines": list(r.source.lines)},
                "also": [{"section": s.section, "lines": list(s.lines)} for s in r.also],
                "emphasis": r.emphasis,
                "addresses": {
                    "items": list(r.target.items),
                    "field": r.target.field,
                    "dimension": r.target.dimension,
                    "level": r.target.level,
                },
            }
            for r in cat.entries
        ],
    }
