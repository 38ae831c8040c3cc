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
from diagapp.domain.errors import DiagappError
from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.text import Text
from diagapp.domain.version_mapping import (
    DROPPED,
    NEW,
    RENAMED,
    SAME,
    SPLIT,
    Step,
    VersionMapping,
    dropped_after,
    trace_back,
)

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


@dataclass(frozen=True)
class ItemPoint:
    """An item in one assessment."""

    source_id: str  # the item's id in that assessment's questionnaire
    consensus: int | None
    not_applicable: bool
    mean: float | None  # participants' mean level
    spread: int | None  # max - min of participants' levels
    stdev: float | None
    respondents: int  # participants who answered (a level or "non concerné")
    coverage: float  # respondents / participants (0..1)


def _delta(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else b - a


@dataclass(frozen=True)
class ItemChange:
    item_id: str  # id in the newest version (the old id for a dropped item)
    dimension_id: str
    label: Text
    status: str  # SAME | RENAMED | SPLIT | NEW | DROPPED
    note: Text | None  # the version change in words, when there is one
    points: tuple[ItemPoint | None, ...]  # one per assessment, oldest first; None: not asked

    def change(self, attr: str, start: int = 0, end: int = -1) -> float | None:
        a, b = self.points[start], self.points[end]
        if a is None or b is None:
            return None
        return _delta(getattr(a, attr), getattr(b, attr))

    @property
    def delta(self) -> int | None:
        """Change in consensus level, first to last assessment."""
        value = self.change("consensus")
        return None if value is None else int(value)

    @property
    def last_delta(self) -> int | None:
        """Change in consensus level since the previous assessment."""
        if len(self.points) < 2:
            return None
        value = self.change("consensus", -2, -1)
        return None if value is None else int(value)

    @property
    def spread_delta(self) -> int | None:
        value = self.change("spread")
        return None if value is None else int(value)

    @property
    def stdev_delta(self) -> float | None:
        return self.change("stdev")

    @property
    def coverage_delta(self) -> float | None:
        return self.change("coverage")


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


def _item_point(assessment: Assessment, source_id: str) -> ItemPoint:
    result = scoring.item_result(assessment, source_id)
    respondents = sum(1 for a in assessment.answers_for(source_id) if a.answered)
    people = len(assessment.participants)
    return ItemPoint(
        source_id=source_id,
        consensus=result.consensus,
        not_applicable=result.consensus_not_applicable,
        mean=result.mean,
        spread=result.spread,
        stdev=result.stdev,
        respondents=respondents,
        coverage=respondents / people if people else 0.0,
    )


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


def _ids(ids: Sequence[str]) -> str:
    quoted = [f"« {i} »" for i in ids]
    return ", ".join(quoted[:-1]) + " et " + quoted[-1] if len(quoted) > 1 else quoted[0]


def _step_note(step: Step) -> Text:
    v_old, v_new = step.older_version, step.newer_version
    if step.kind == SPLIT:
        parts = _ids(step.newer_ids)
        text = Text(
            fr=f"Élément scindé en v{v_new} : « {step.older_id} » (v{v_old}) est devenu {parts} ; "
            "les années antérieures sont comparées à l'élément d'origine.",
            en=f"Item split in v{v_new}: “{step.older_id}” (v{v_old}) became "
            f"{parts.replace('«', '“').replace('»', '”').replace(' et ', ' and ')}; "
            "earlier years are compared with the original item.",
        )
    elif step.kind == RENAMED:
        text = Text(
            fr=f"Élément renommé en v{v_new} : anciennement « {step.older_id} » (v{v_old}).",
            en=f"Item renamed in v{v_new}: formerly “{step.older_id}” (v{v_old}).",
        )
    else:
        text = Text(
            fr=f"Nouvel élément en v{v_new} : pas de valeur pour les évaluations en v{v_old}.",
            en=f"New item in v{v_new}: no value for the v{v_old} assessments.",
        )
    if step.note is not None:
        text = Text(fr=f"{text.fr} {step.note.fr}", en=f"{text.en} {step.note.en}")
    return text


def _join(notes: Sequence[Text]) -> Text | None:
    if not notes:
        return None
    return Text(fr=" ".join(n.fr for n in notes), en=" ".join(n.en for n in notes))


def _status(steps: Sequence[Step]) -> str:
    kinds = {s.kind for s in steps}
    for kind in (SPLIT, RENAMED, NEW):
        if kind in kinds:
            return kind
    return SAME


def _item_rows(
    entries: Sequence[Entry], newest: Questionnaire, chain: Sequence[VersionMapping]
) -> list[ItemChange]:
    rows = []
    for item in newest.items:
        points: list[ItemPoint | None] = []
        steps: dict[tuple[int, int, str], Step] = {}
        for e in entries:
            source, found = trace_back(chain, item.id, newest.version, e.questionnaire.version)
            for s in found:
                steps[(s.older_version, s.newer_version, s.kind)] = s
            points.append(
                _item_point(e.assessment, source)
                if source is not None and e.questionnaire.has_item(source)
                else None
            )
        ordered = sorted(steps.values(), key=lambda s: s.newer_version)
        rows.append(
            ItemChange(
                item_id=item.id,
                dimension_id=item.section_id,
                label=item.label,
                status=_status(ordered),
                note=_join([_step_note(s) for s in ordered]),
                points=tuple(points),
            )
        )
    for old_id, mapping in dropped_after(chain):
        older = next(e.questionnaire for e in entries if e.questionnaire.version <= mapping.older)
        points = []
        for e in entries:
            source = None
            if e.questionnaire.version <= mapping.older:
                source, _ = trace_back(chain, old_id, mapping.older, e.questionnaire.version)
            points.append(
                _item_point(e.assessment, source)
                if source is not None and e.questionnaire.has_item(source)
                else None
            )
        label = older.item(old_id).label if older.has_item(old_id) else Text(old_id, old_id)
        note = Text(
            fr=f"Élément supprimé en v{mapping.newer} : il n'est plus évalué depuis.",
            en=f"Item dropped in v{mapping.newer}: no longer assessed since.",
        )
        extra = mapping.notes.get(old_id)
        if extra is not None:
            note = Text(fr=f"{note.fr} {extra.fr}", en=f"{note.en} {extra.en}")
        rows.append(
            ItemChange(
                item_id=old_id,
                dimension_id=old_id.split(".", 1)[0],
                label=label,
                status=DROPPED,
                note=note,
                points=tuple(points),
            )
        )
    return rows


def _version_notes(entries: Sequence[Entry], items: Sequence[ItemChange]) -> tuple[Text, ...]:
    versions = sorted({e.questionnaire.version for e in entries})
    if len(versions) < 2:
        return ()
    used = ", ".join(
        f"v{e.questionnaire.version} en {e.assessment.date.year}" for e in entries
    )
    used_en = ", ".join(
        f"v{e.questionnaire.version} in {e.assessment.date.year}" for e in entries
    )
    counts = {k: sum(1 for i in items if i.status == k) for k in (RENAMED, SPLIT, DROPPED, NEW)}
    fr = (
        f"Les évaluations n'utilisent pas la même version du questionnaire ({used}) : "
        f"{counts[RENAMED]} élément(s) renommé(s), {counts[SPLIT]} issu(s) d'un élément scindé, "
        f"{counts[DROPPED]} supprimé(s), {counts[NEW]} nouveau(x)."
    )
    en = (
        f"The assessments do not use the same questionnaire version ({used_en}): "
        f"{counts[RENAMED]} item(s) renamed, {counts[SPLIT]} from a split item, "
        f"{counts[DROPPED]} dropped, {counts[NEW]} new."
    )
    return (Text(fr=fr, en=en),)


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
    items = _item_rows(ordered, newest, chain)
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
            [e.assessment for e in ordered], newest.funding, history or [e.assessment for e in ordered]
        ),
        fields=tuple(compare_fields([(e.assessment, e.questionnaire) for e in ordered])),
        recommendations=tuple(
            follow_recommendations(
                [(e.decisions, e.triggered) for e in ordered], recommendation_titles or {}
            )
        ),
        notes=_version_notes(ordered, items),
        overall=overall,
    )
