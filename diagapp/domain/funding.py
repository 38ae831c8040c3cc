"""Funding indicators the report discusses (§1.5, l.783-967).

With yearly amounts the shares are computed on euros; without them, on intensities
(Néant=0 … +++=3), as the report's own matrix does (l.810-832).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from diagapp.domain.figures import apportion, whole
from diagapp.domain.model import Assessment, Structure
from diagapp.domain.questionnaire import FundingSpec

PUBLIC = "public_subsidies"
# Near-total reliance on public subsidies (l.802: "la plupart … reposent fortement").
HIGH_PUBLIC_DEPENDENCE = 0.7


@dataclass(frozen=True)
class DeMinimisAlert:
    structure: str
    public_aid_eur: float
    ceiling_eur: float
    years: tuple[int, ...]  # the years summed


@dataclass(frozen=True)
class FundingIndicators:
    basis: str  # "amounts" or "intensity"
    # Shares in whole percent (0.32 is 32 %), apportioned with every monetary resource's share
    # so the printed shares add up to 100 % and the own share is the sum of its printed parts.
    public_dependence: float | None  # share of public subsidies in monetary resources (0..1)
    own_resource_share: float | None  # share of own resources in monetary resources (0..1)
    kinds_used: int  # resource kinds with an intensity above Néant, over all structures
    kinds_total: int
    diversification: float | None  # 1 - Herfindahl index over resource kinds (0..1)
    monetary_total_eur: float | None
    volunteering_eur: float  # valued volunteering (hours × SMIC × multiple)
    volunteering_hours: float
    in_kind_share: float | None  # valued volunteering / (monetary + valued volunteering)
    de_minimis: tuple[DeMinimisAlert, ...] = ()
    resource_percents: Mapping[str, int] = field(default_factory=dict)  # monetary key -> %

    @property
    def high_public_dependence(self) -> bool:
        return (
            self.public_dependence is not None and self.public_dependence >= HIGH_PUBLIC_DEPENDENCE
        )


def profile(structures: Sequence[Structure], keys: Sequence[str]) -> dict[str, int]:
    """The dynamic's intensity per resource kind: the highest over its structures."""
    return {k: max((s.cell(k).intensity for s in structures), default=0) for k in keys}


def amount_total(structures: Sequence[Structure], key: str) -> float | None:
    """One resource's yearly euros over the structures, as the sum of the whole euros each
    structure's amount is printed with (a total beside its parts adds up); None without any."""
    known = [s.cell(key).amount_eur for s in structures]
    amounts = [whole(a) for a in known if a is not None]
    return float(sum(amounts)) if amounts else None


def _weights(structures: Sequence[Structure], spec: FundingSpec) -> tuple[str, dict[str, float]]:
    monetary = [r.key for r in spec.resources if r.monetary]
    amounts_known = any(s.cell(k).amount_eur is not None for s in structures for k in monetary)
    if amounts_known:
        return "amounts", {k: amount_total(structures, k) or 0.0 for k in monetary}
    return "intensity", {k: float(sum(s.cell(k).intensity for s in structures)) for k in monetary}


def volunteering_value(structure: Structure, spec: FundingSpec) -> float:
    hours = structure.volunteer_hours or 0.0
    return hours * spec.smic_hourly_eur * structure.volunteer_smic_multiple


def indicators(
    assessment: Assessment,
    spec: FundingSpec,
    history: Sequence[Assessment] = (),
    sieg: bool = False,
) -> FundingIndicators:
    """Compute the indicators; `history` holds earlier assessments for the de minimis sum."""
    structures = assessment.structures
    basis, weights = _weights(structures, spec)
    total = sum(weights.values())
    shares = [w / total for w in weights.values()] if total else []
    percents = dict(zip(weights, apportion(list(weights.values())), strict=True))
    own_percent = sum(percents[r.key] for r in spec.resources if r.monetary and r.own_resource)
    kinds = profile(structures, spec.keys)
    volunteering = sum(volunteering_value(s, spec) for s in structures)
    hours = sum(s.volunteer_hours or 0.0 for s in structures)
    monetary_eur = total if basis == "amounts" else None
    return FundingIndicators(
        basis=basis,
        public_dependence=percents.get(PUBLIC, 0) / 100 if total else None,
        own_resource_share=own_percent / 100 if total else None,
        kinds_used=sum(1 for v in kinds.values() if v > 0),
        kinds_total=len(kinds),
        diversification=1 - sum(s * s for s in shares) if shares else None,
        monetary_total_eur=monetary_eur,
        volunteering_eur=volunteering,
        volunteering_hours=hours,
        in_kind_share=(
            volunteering / (monetary_eur + volunteering)
            if monetary_eur is not None and monetary_eur + volunteering > 0
            else None
        ),
        de_minimis=de_minimis_alerts(assessment, spec, history, sieg),
        resource_percents=percents if total else {},
    )


def de_minimis_alerts(
    assessment: Assessment, spec: FundingSpec, history: Sequence[Assessment], sieg: bool
) -> tuple[DeMinimisAlert, ...]:
    """Public aid to one structure over the last 3 years above the de minimis ceiling (l.847).

    Amounts are yearly; the same structure is recognised by name across assessments.
    """
    ceiling = spec.de_minimis_sieg_ceiling_eur if sieg else spec.de_minimis_ceiling_eur
    year = assessment.date.year
    window = [assessment] + [
        a
        for a in history
        if a.dynamic_id == assessment.dynamic_id
        and year - spec.de_minimis_years < a.date.year < year
    ]
    alerts = []
    for structure in assessment.structures:
        total, years = 0.0, []
        for past in window:
            match = next((s for s in past.structures if s.name == structure.name), None)
            amount = match.cell(PUBLIC).amount_eur if match else None
            if amount:
                total += amount
                years.append(past.date.year)
        if total > ceiling:
            alerts.append(DeMinimisAlert(structure.name, total, ceiling, tuple(sorted(years))))
    return tuple(alerts)
