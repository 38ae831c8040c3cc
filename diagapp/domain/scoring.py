"""Scores per item, dimension, participant, collège and consensus; dispersion.

Levels run 0..3. A dimension's score is the mean of its answered items; "non concerné"
is excluded from both the mean and the coverage's denominator.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from diagapp.domain.model import Answer, Assessment
from diagapp.domain.questionnaire import Dimension, Questionnaire

# Two participants three levels apart, or a spread of two levels or more, is worth a debate.
STRONG_DISAGREEMENT_SPREAD = 2


@dataclass(frozen=True)
class ItemResult:
    item_id: str
    consensus: int | None
    consensus_not_applicable: bool
    values: tuple[int, ...]  # participants' levels (answered, not "non concerné")
    not_applicable_count: int
    mean: float | None
    spread: int | None  # max - min
    stdev: float | None  # population standard deviation

    @property
    def strong_disagreement(self) -> bool:
        return self.spread is not None and self.spread >= STRONG_DISAGREEMENT_SPREAD

    @property
    def disagreement(self) -> float:
        """Sort key: spread first, then standard deviation."""
        return (self.spread or 0) + (self.stdev or 0.0) / 10


@dataclass(frozen=True)
class DimensionScore:
    dimension_id: str
    mean: float | None
    answered: int  # items with a level
    not_applicable: int
    total: int  # items in the dimension

    @property
    def applicable(self) -> int:
        return self.total - self.not_applicable

    @property
    def coverage(self) -> float:
        """Share of applicable items that have a level (0..1)."""
        return self.answered / self.applicable if self.applicable else 0.0


def item_result(assessment: Assessment, item_id: str) -> ItemResult:
    answers = assessment.answers_for(item_id)
    values = tuple(a.value for a in answers if a.value is not None and not a.not_applicable)
    consensus = assessment.consensus(item_id)
    return ItemResult(
        item_id=item_id,
        consensus=None if consensus is None or consensus.not_applicable else consensus.value,
        consensus_not_applicable=bool(consensus and consensus.not_applicable),
        values=values,
        not_applicable_count=sum(1 for a in answers if a.not_applicable),
        mean=statistics.fmean(values) if values else None,
        spread=max(values) - min(values) if values else None,
        stdev=statistics.pstdev(values) if len(values) > 1 else (0.0 if values else None),
    )


def item_results(assessment: Assessment, questionnaire: Questionnaire) -> dict[str, ItemResult]:
    return {item.id: item_result(assessment, item.id) for item in questionnaire.items}


def dimension_score(
    dimension: Dimension, levels: Mapping[str, int | None], not_applicable: Iterable[str] = ()
) -> DimensionScore:
    """Score one dimension from a respondent's levels by item id."""
    excluded = set(not_applicable)
    answered = [
        levels[i.id]
        for i in dimension.items
        if i.id not in excluded and levels.get(i.id) is not None
    ]
    return DimensionScore(
        dimension_id=dimension.id,
        mean=statistics.fmean(v for v in answered if v is not None) if answered else None,
        answered=len(answered),
        not_applicable=sum(1 for i in dimension.items if i.id in excluded),
        total=len(dimension.items),
    )


def _respondent_scores(
    questionnaire: Questionnaire, answers: Sequence[Answer]
) -> dict[str, DimensionScore]:
    levels = {a.item_id: a.value for a in answers if not a.not_applicable}
    na = [a.item_id for a in answers if a.not_applicable]
    return {d.id: dimension_score(d, levels, na) for d in questionnaire.dimensions}


def consensus_scores(
    assessment: Assessment, questionnaire: Questionnaire
) -> dict[str, DimensionScore]:
    answers = [a for a in assessment.answers if a.participant_id is None]
    return _respondent_scores(questionnaire, answers)


def participant_scores(
    assessment: Assessment, questionnaire: Questionnaire, participant_id: int
) -> dict[str, DimensionScore]:
    answers = [a for a in assessment.answers if a.participant_id == participant_id]
    return _respondent_scores(questionnaire, answers)


def group_levels(assessment: Assessment, participant_ids: Iterable[int]) -> dict[str, float]:
    """Mean level per item over a group of participants (a collège, the whole team)."""
    wanted = set(participant_ids)
    by_item: dict[str, list[int]] = {}
    for a in assessment.answers:
        if a.participant_id in wanted and a.value is not None and not a.not_applicable:
            by_item.setdefault(a.item_id, []).append(a.value)
    return {item_id: statistics.fmean(v) for item_id, v in by_item.items()}


def _group_scores(
    questionnaire: Questionnaire, levels: Mapping[str, float]
) -> dict[str, DimensionScore]:
    result = {}
    for d in questionnaire.dimensions:
        answered = [levels[i.id] for i in d.items if i.id in levels]
        result[d.id] = DimensionScore(
            dimension_id=d.id,
            mean=statistics.fmean(answered) if answered else None,
            answered=len(answered),
            not_applicable=0,
            total=len(d.items),
        )
    return result


def college_scores(
    assessment: Assessment, questionnaire: Questionnaire
) -> dict[str, dict[str, DimensionScore]]:
    """Per collège, per dimension: mean over items of the collège's mean level."""
    result = {}
    for college in assessment.colleges:
        ids = [p.id for p in assessment.participants if p.college == college]
        result[college] = _group_scores(questionnaire, group_levels(assessment, ids))
    return result


def team_scores(assessment: Assessment, questionnaire: Questionnaire) -> dict[str, DimensionScore]:
    """All participants together (before or beside the consensus)."""
    ids = [p.id for p in assessment.participants]
    return _group_scores(questionnaire, group_levels(assessment, ids))


def overall(scores: Mapping[str, DimensionScore]) -> float | None:
    """Mean of the assessed dimensions; a dimension nobody assessed is absent, not zero
    (say on what the figure rests with `basis`)."""
    means = [s.mean for s in scores.values() if s.mean is not None]
    return statistics.fmean(means) if means else None


# Below this share of applicable items with a level, a diagnostic is called partial.
LOW_COVERAGE = 0.8


@dataclass(frozen=True)
class Basis:
    """What an overall figure rests on: items with a level, dimensions assessed."""

    items: int  # items with a level
    applicable: int  # items not marked « non concerné »
    total: int  # items in the questionnaire
    dimensions: int  # dimensions with at least one level
    dimension_count: int

    @property
    def coverage(self) -> float:
        return self.items / self.applicable if self.applicable else 0.0

    @property
    def partial(self) -> bool:
        """Some dimension unassessed, or too few items with a level to stand for the whole."""
        return self.dimensions < self.dimension_count or self.coverage < LOW_COVERAGE


def basis(scores: Mapping[str, DimensionScore]) -> Basis:
    values = scores.values()
    return Basis(
        items=sum(s.answered for s in values),
        applicable=sum(s.applicable for s in values),
        total=sum(s.total for s in values),
        dimensions=sum(1 for s in values if s.mean is not None),
        dimension_count=len(scores),
    )


def participant_progress(
    assessment: Assessment, questionnaire: Questionnaire, participant_id: int | None
) -> tuple[int, int]:
    """(items answered or marked "non concerné", items in the questionnaire)."""
    done = {
        a.item_id
        for a in assessment.answers
        if a.participant_id == participant_id and a.answered and questionnaire.has_item(a.item_id)
    }
    return len(done), len(questionnaire.items)


def disagreements(
    results: Mapping[str, ItemResult],
    strong_only: bool = False,
    order: Mapping[str, int] | None = None,
) -> list[ItemResult]:
    """Items sorted by disagreement, strongest first; ties in `order` (the questionnaire's:
    dimension then item), else by id."""

    def place(item_id: str) -> tuple[int, str]:
        return (order.get(item_id, len(order)) if order else 0, item_id)

    ranked = sorted(
        results.values(), key=lambda r: (-r.disagreement, not r.values, place(r.item_id))
    )
    return [r for r in ranked if r.strong_disagreement or not strong_only]
