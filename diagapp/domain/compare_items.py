"""Year over year per item: its state in each assessment, read through the version mappings
(renamed, split, dropped, new items are carried and said in a note)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from diagapp.domain import scoring
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


def _delta(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else b - a


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


def item_rows(
    entries: Sequence[tuple[Assessment, Questionnaire]],
    newest: Questionnaire,
    chain: Sequence[VersionMapping],
) -> list[ItemChange]:
    """One row per item of `newest`, then one per item a mapping dropped (oldest first)."""
    rows = []
    for item in newest.items:
        points: list[ItemPoint | None] = []
        steps: dict[tuple[int, int, str], Step] = {}
        for a, q in entries:
            source, found = trace_back(chain, item.id, newest.version, q.version)
            for s in found:
                steps[(s.older_version, s.newer_version, s.kind)] = s
            points.append(
                _item_point(a, source) if source is not None and q.has_item(source) else None
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
        older = next(q for a, q in entries if q.version <= mapping.older)
        points = []
        for a, q in entries:
            source = None
            if q.version <= mapping.older:
                source, _ = trace_back(chain, old_id, mapping.older, q.version)
            points.append(
                _item_point(a, source) if source is not None and q.has_item(source) else None
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


def version_notes(
    entries: Sequence[tuple[Assessment, Questionnaire]], items: Sequence[ItemChange]
) -> tuple[Text, ...]:
    """The questionnaire versions used, and how many items changed, said in words."""
    versions = sorted({q.version for a, q in entries})
    if len(versions) < 2:
        return ()
    used = ", ".join(f"v{q.version} en {a.date.year}" for a, q in entries)
    used_en = ", ".join(f"v{q.version} in {a.date.year}" for a, q in entries)
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
