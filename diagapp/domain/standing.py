"""Where a dynamic stands among its peers of the network (« Au regard du réseau »): its own
levels against the benchmark file's median and quartiles for dynamics like it (same type and
phase when that group is published, else the nearest published group), and who offered to
help on the items where it is furthest below its peers (report l.1227)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from diagapp.domain import scoring
from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import Questionnaire

WEAKEST_COUNT = 3
# The peer groups to try, nearest first: (grouping, the identity fields that define it).
PREFERENCE = (
    ("type_phase", ("identity.type", "identity.phase")),
    ("type", ("identity.type",)),
    ("phase", ("identity.phase",)),
    ("all", ()),
)
BELOW, WITHIN, ABOVE = "below", "within", "above"


@dataclass(frozen=True)
class Comparison:
    metric: str  # "dimension:<id>" or "item:<id>"
    own: float | None
    n: int
    q1: float
    median: float
    q3: float

    @property
    def position(self) -> str | None:
        if self.own is None:
            return None
        if self.own < self.q1:
            return BELOW
        return ABOVE if self.own > self.q3 else WITHIN


@dataclass(frozen=True)
class Helper:
    contact: str
    items: tuple[str, ...]  # among the weakest items
    same_type: bool


@dataclass(frozen=True)
class Standing:
    grouping: str  # which peer group was used
    criteria: Mapping[str, str]
    group_size: int
    generated_at: str
    dimensions: tuple[Comparison, ...]
    items: tuple[Comparison, ...]
    weakest: tuple[str, ...]  # item ids, furthest below the median first
    helpers: tuple[Helper, ...]


def _group(benchmark: Mapping[str, Any], assessment: Assessment) -> Mapping[str, Any] | None:
    published = {
        (g["grouping"], tuple(sorted(g["criteria"].items()))): g for g in benchmark["groups"]
    }
    for grouping, fields in PREFERENCE:
        values = [assessment.fields.get(f) for f in fields]
        if any(not isinstance(v, str) for v in values):
            continue
        criteria = tuple(sorted(zip((f.split(".")[1] for f in fields), values, strict=True)))
        found = published.get((grouping, criteria))
        if found is not None:
            return found
    return None


def _compare(metric: str, own: float | None, stats: Mapping[str, Any]) -> Comparison:
    return Comparison(metric, own, stats["n"], stats["q1"], stats["median"], stats["q3"])


def standing(
    benchmark: Mapping[str, Any], assessment: Assessment, questionnaire: Questionnaire
) -> Standing | None:
    """None when no published group fits the dynamic (or the file has none)."""
    group = _group(benchmark, assessment)
    if group is None:
        return None
    metrics = group["metrics"]
    scores = scoring.consensus_scores(assessment, questionnaire)
    dimensions = tuple(
        _compare(f"dimension:{d.id}", scores[d.id].mean, metrics[f"dimension:{d.id}"])
        for d in questionnaire.dimensions
        if f"dimension:{d.id}" in metrics
    )
    items = []
    for item in questionnaire.items:
        key = f"item:{item.id}"
        if key in metrics:
            answer = assessment.consensus(item.id)
            own = None if answer is None or answer.not_applicable else answer.value
            items.append(_compare(key, None if own is None else float(own), metrics[key]))
    gaps = sorted(
        (c for c in items if c.own is not None and c.own < c.median),
        key=lambda c: (c.own - c.median if c.own is not None else 0.0, c.metric),
    )
    weakest = tuple(c.metric.split(":", 1)[1] for c in gaps[:WEAKEST_COUNT])
    own_type = assessment.fields.get("identity.type")
    helpers = []
    for h in benchmark.get("helpers", ()):
        offered = tuple(i for i in weakest if i in h["items"])
        if offered:
            helpers.append(Helper(h["contact"], offered, h.get("type") == own_type))
    helpers.sort(key=lambda h: (not h.same_type, -len(h.items), h.contact))
    return Standing(
        grouping=group["grouping"],
        criteria=dict(group["criteria"]),
        group_size=group["n"],
        generated_at=str(benchmark["generated_at"]),
        dimensions=dimensions,
        items=tuple(items),
        weakest=weakest,
        helpers=tuple(helpers),
    )
