"""Year over year: what changed between two or more assessments of a dynamic.

Items are compared by their id in the newest questionnaire version among the assessments;
older assessments are read through the version mappings (renamed, split, dropped items are
carried and said in a note). Deltas run from the first (oldest) to the last assessment.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from diagapp.domain import scoring
from diagapp.domain.compare_context import (
    FieldChange,
    FundingComparison,
    RecommendationFollowUp,
    compare_fields,
    compare_funding,
    follow_recommendations,
)
from diagapp.domain.compare_items import ItemChange, ItemPoint, item_rows, version_notes
from diagapp.domain.errors import DiagappError
from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.text import Text
from diagapp.domain.version_mapping import DROPPED, NEW, RENAMED, SAME, SPLIT, VersionMapping

__all__ = [
    "DROPPED",
    "NEW",
    "RENAMED",
    "SAME",
    "SPLIT",
    "Comparison",
    "ComparisonError",
    "Decision",
    "DimensionChange",
    "DimensionPoint",
    "Entry",
    "FieldChange",
    "FundingComparison",
    "ItemChange",
    "ItemPoint",
    "RecommendationFollowUp",
    "Snapshot",
    "compare",
]


class ComparisonError(DiagappError):
    pass


@dataclass(frozen=True)
class Decision:
    """What the team decided about a recommendation during an assessment."""

    decision: str  # accepted | set_aside | open
    note: str = ""


@dataclass(frozen=True)
class Entry:
    """One assessment to compare, with its questionnaire and its recommendation decisions."""

    assessment: Assessment
    questionnaire: Questionnaire
    decisions: Mapping[str, Decision] = field(default_factory=dict)
    triggered: frozenset[str] | None = None  # recommendations its answers trigger (None: unknown)


@dataclass(frozen=True)
class Snapshot:
    assessment_id: int
    label: str
    date: dt.date
    questionnaire_version: int
    participants: int

    @property
    def year(self) -> int:
        return self.date.year


def _delta(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else b - a


@dataclass(frozen=True)
class DimensionPoint:
    """A dimension in one assessment."""

    mean: float | None  # consensus score (0..3)
    team_mean: float | None  # all participants together
    coverage: float  # share of applicable items with a consensus level (0..1)
    answered: int
    applicable: int
    spread: float | None  # mean over items of the participants' spread
    stdev: float | None  # mean over items of the participants' standard deviation
    strong_disagreements: int  # items with a spread >= STRONG_DISAGREEMENT_SPREAD


@dataclass(frozen=True)
class DimensionChange:
    dimension_id: str
    number: int
    title: Text
    points: tuple[DimensionPoint, ...]  # one per assessment, oldest first

    def change(self, attr: str, start: int = 0, end: int = -1) -> float | None:
        return _delta(getattr(self.points[start], attr), getattr(self.points[end], attr))

    @property
    def delta(self) -> float | None:
        return self.change("mean")

    @property
    def spread_delta(self) -> float | None:
        return self.change("spread")

    @property
    def coverage_delta(self) -> float:
        return self.points[-1].coverage - self.points[0].coverage


@dataclass(frozen=True)
class Comparison:
    dynamic_id: int
    dynamic_name: str
    version: int  # the questionnaire version items are keyed in
    snapshots: tuple[Snapshot, ...]  # oldest first
    dimensions: tuple[DimensionChange, ...]
    items: tuple[ItemChange, ...]
    funding: FundingComparison
    fields: tuple[FieldChange, ...]
    recommendations: tuple[RecommendationFollowUp, ...]
    notes: tuple[Text, ...]  # questionnaire changes, said in words
    overall: tuple[float | None, ...]  # mean of the dimensions' consensus scores, per assessment

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(s.year for s in self.snapshots)

    def moved_up(self, count: int = 5) -> list[ItemChange]:
        """Items whose consensus rose most, first to last assessment."""
        ranked = [i for i in self.items if i.delta is not None and i.delta > 0]
        return sorted(ranked, key=lambda i: (-(i.delta or 0), i.item_id))[:count]

    def moved_down(self, count: int = 5) -> list[ItemChange]:
        ranked = [i for i in self.items if i.delta is not None and i.delta < 0]
        return sorted(ranked, key=lambda i: (i.delta or 0, i.item_id))[:count]

    def changed_fields(self) -> list[FieldChange]:
        return [f for f in self.fields if f.changed]

    def item(self, item_id: str) -> ItemChange:
        return next(i for i in self.items if i.item_id == item_id)

    def dimension(self, dimension_id: str) -> DimensionChange:
        return next(d for d in self.dimensions if d.dimension_id == dimension_id)


# --- computing ----------------------------------------------------------------------------


def _mean(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.fmean(known) if known else None


def _dimension_points(entry: Entry) -> dict[int, DimensionPoint]:
    """Per dimension number (stable across versions), scored with the entry's own items."""
    a, q = entry.assessment, entry.questionnaire
    consensus = scoring.consensus_scores(a, q)
    team = scoring.team_scores(a, q)
    results = scoring.item_results(a, q)
    points = {}
    for d in q.dimensions:
        items = [results[i.id] for i in d.items]
        score = consensus[d.id]
        points[d.number] = DimensionPoint(
            mean=score.mean,
            team_mean=team[d.id].mean,
            coverage=score.coverage,
            answered=score.answered,
            applicable=score.applicable,
            spread=_mean([r.spread for r in items]),
            stdev=_mean([r.stdev for r in items]),
            strong_disagreements=sum(1 for r in items if r.strong_disagreement),
        )
    return points


def compare(
    entries: Sequence[Entry],
    chain: Sequence[VersionMapping] = (),
    *,
    recommendation_titles: Mapping[str, Text] | None = None,
    history: Sequence[Assessment] = (),
) -> Comparison:
    """Compare assessments of one dynamic (any order; sorted oldest first).

    `chain` holds the mappings from the oldest questionnaire version used to the newest;
    `history` the dynamic's other assessments (for the de minimis sum over three years).
    """
    if len(entries) < 2:
        raise ComparisonError("Choisissez au moins deux évaluations à comparer.")
    ordered = sorted(entries, key=lambda e: (e.assessment.date, e.assessment.id))
    ids = [e.assessment.id for e in ordered]
    if len(set(ids)) != len(ids):
        raise ComparisonError("La même évaluation ne peut pas être comparée à elle-même.")
    if len({e.assessment.dynamic_id for e in ordered}) != 1:
        raise ComparisonError("Seules les évaluations d'une même dynamique peuvent être comparées.")
    newest = max((e.questionnaire for e in ordered), key=lambda q: q.version)
    pairs = [(e.assessment, e.questionnaire) for e in ordered]
    items = item_rows(pairs, newest, chain)
    per_entry = [_dimension_points(e) for e in ordered]
    dimensions = tuple(
        DimensionChange(
            dimension_id=d.id,
            number=d.number,
            title=d.title,
            points=tuple(p[d.number] for p in per_entry),
        )
        for d in newest.dimensions
    )
    overall = tuple(_mean([p.mean for p in points.values()]) for points in per_entry)
    last = ordered[-1].assessment
    return Comparison(
        dynamic_id=last.dynamic_id,
        dynamic_name=last.dynamic_name,
        version=newest.version,
        snapshots=tuple(
            Snapshot(
                e.assessment.id,
                e.assessment.label,
                e.assessment.date,
                e.questionnaire.version,
                len(e.assessment.participants),
            )
            for e in ordered
        ),
        dimensions=dimensions,
        items=tuple(items),
        funding=compare_funding(
            [e.assessment for e in ordered],
            newest.funding,
            history or [e.assessment for e in ordered],
        ),
        fields=tuple(compare_fields(pairs)),
        recommendations=tuple(
            follow_recommendations(
                [(e.decisions, e.triggered) for e in ordered], recommendation_titles or {}
            )
        ),
        notes=version_notes(pairs, items),
        overall=overall,
    )
