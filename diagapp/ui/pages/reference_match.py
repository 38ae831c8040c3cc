"""Putting the dynamic beside the report's 18 studied dynamics: its origin and statuses
(table of the four structuring variables, l.1023-1043) and its funding profile
(l.810-832). Pure functions over domain data, shared by the governance and results pages."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from diagapp.domain import funding, governance_variables, references
from diagapp.domain.model import Assessment
from diagapp.domain.references import ReferenceDynamic

# The report's marks for an intensity or a governance scale, 0 to 3 (l.810-832, l.1023-1043),
# in the interface's language (this module stays free of Qt, hence no tr()).
SYMBOLS = {"fr": ("Néant", "+", "++", "+++"), "en": ("None", "+", "++", "+++")}


def symbol(value: int, lang: str) -> str:
    return SYMBOLS.get(lang, SYMBOLS["fr"])[value]


def dynamic_origin(fields: Mapping[str, Any]) -> str | None:
    """The origin as the report's governance table classes it (from the identity card)."""
    return governance_variables.table_origin(fields)


def scale_value(fields: Mapping[str, Any], field_id: str) -> int | None:
    value = fields.get(field_id)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass(frozen=True)
class Kinship:
    reference: ReferenceDynamic
    statuses: tuple[str, ...]  # the legal statuses both have
    same_origin: bool
    same_inhabitants: bool
    same_debate: bool

    @property
    def score(self) -> int:
        return (
            2 * bool(self.statuses)
            + 2 * self.same_origin
            + self.same_inhabitants
            + self.same_debate
        )


def kinships(refs: Sequence[ReferenceDynamic], assessment: Assessment) -> list[Kinship]:
    """The reference dynamics sharing a legal status or the origin, closest first."""
    fields = assessment.fields
    statuses = set(fields.get("governance.legal_statuses") or ())
    origin = dynamic_origin(fields)
    inhabitants = governance_variables.inhabitants(assessment)
    debate = scale_value(fields, "governance.debate")
    found = []
    for ref in refs:
        kin = Kinship(
            reference=ref,
            statuses=tuple(s for s in ref.legal_statuses if s in statuses),
            same_origin=origin is not None and ref.origin == origin,
            same_inhabitants=inhabitants is not None and ref.inhabitants == inhabitants,
            same_debate=debate is not None and ref.debate == debate,
        )
        if kin.statuses or kin.same_origin:
            found.append(kin)
    return sorted(found, key=lambda k: (-k.score, k.reference.name))


def nearest_references(
    refs: Sequence[ReferenceDynamic], assessment: Assessment, count: int = 5
) -> list[references.Match]:
    """The report's dynamics closest by funding profile, governance scales and origin."""
    profile = funding.profile(assessment.structures, references.RESOURCE_KEYS)
    return references.nearest(
        refs,
        profile,
        inhabitants=governance_variables.inhabitants(assessment),
        debate=scale_value(assessment.fields, "governance.debate"),
        origin=dynamic_origin(assessment.fields),
        count=count,
    )
